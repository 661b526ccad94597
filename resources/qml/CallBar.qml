import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl

// The call while the user is elsewhere: a green bar across the top of the window with who and how
// long, mute and end; clicking it (or Space on it) goes back to the call screen.
Rectangle {
    id: bar

    required property var call
    signal clicked()

    implicitHeight: 36
    color: Theme.callBar
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Back to the call with %1, %2").arg(bar.call.peerName).arg(bar.call.stateText)
    Accessible.onPressAction: bar.clicked()
    Keys.onSpacePressed: bar.clicked()
    Keys.onReturnPressed: bar.clicked()

    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: bar.clicked()
    }
    Rectangle {
        anchors.fill: parent
        color: area.pressed ? "#26000000" : area.containsMouse ? "#14ffffff" : "transparent"
        border.width: bar.activeFocus ? 2 : 0
        border.color: "#ffffff"
    }

    Item {
        anchors.fill: parent
        Row {
            anchors.left: parent.left
            anchors.leftMargin: Theme.s4
            anchors.right: buttons.left
            anchors.rightMargin: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.s2

            IconImage {
                anchors.verticalCenter: parent.verticalCenter
                source: bar.call.videoCall ? "../icons/video.svg" : "../icons/phone-fill.svg"
                sourceSize.width: 16
                sourceSize.height: 16
                color: Theme.callText
            }
            Label {
                id: name
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.width - 16 - state.implicitWidth - 2 * Theme.s2)
                elide: Text.ElideRight
                text: bar.call.peerName
                color: Theme.callText
                font.weight: Font.DemiBold
            }
            Label {
                id: state
                objectName: "callBarState"
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: bar.call.stateText
                color: Theme.callText
                opacity: 0.85
                font.features: { "tnum": 1 }
            }
        }

        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.s2

            CallButton {
                objectName: "callBarMuteButton"
                anchors.verticalCenter: parent.verticalCenter
                size: 28
                showLabel: false
                enabled: bar.call.live
                on: bar.call.muted
                iconSource: bar.call.muted ? "../icons/mic-off.svg" : "../icons/mic.svg"
                label: bar.call.muted ? qsTr("Unmute (Ctrl+D)") : qsTr("Mute (Ctrl+D)")
                onClicked: bar.call.toggleMute()
            }
            CallButton {
                objectName: "callBarHangupButton"
                anchors.verticalCenter: parent.verticalCenter
                size: 28
                showLabel: false
                kind: "end"
                iconSource: "../icons/phone-hangup.svg"
                label: bar.call.live ? qsTr("End call (Ctrl+Shift+H)") : qsTr("Close")
                onClicked: bar.call.hangup()
            }
        }
    }
}
