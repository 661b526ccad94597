pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Someone is calling: who, voice or video, Decline and Accept (a video call can be answered with
// voice only). During another call the choice is "Hang up and answer" or Decline. It opens and
// closes with the ringing: answered or declined here, given up by the caller, answered elsewhere.
// No button has the focus at first, so a key typed into the composer never answers by accident.
Popup {
    id: dialog

    required property var call

    objectName: "incomingCallDialog"
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    width: 340
    padding: Theme.s6
    topPadding: Theme.s8

    function follow() {
        if (dialog.call.hasIncoming && !dialog.visible)
            dialog.open()
        else if (!dialog.call.hasIncoming && dialog.visible)
            dialog.close()
    }

    Connections {
        target: dialog.call
        function onIncomingChanged() { dialog.follow() }
    }
    Component.onCompleted: follow()

    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: dialog.opened
        onActivated: dialog.call.accept(dialog.call.incomingVideo)
    }
    Shortcut {
        sequence: "Ctrl+Shift+D"
        enabled: dialog.opened
        onActivated: dialog.call.decline()
    }

    Overlay.modal: Rectangle {
        color: "#80000000"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s2

        Item {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.s2
            implicitWidth: 120
            implicitHeight: 120

            // ringing: rings go out from the avatar
            Repeater {
                model: 2
                Rectangle {
                    id: ring
                    required property int index
                    anchors.centerIn: parent
                    width: 88
                    height: 88
                    radius: width / 2
                    color: "transparent"
                    border.width: 2
                    border.color: Theme.callAccept
                    opacity: 0
                    SequentialAnimation {
                        running: dialog.visible
                        loops: Animation.Infinite
                        PauseAnimation { duration: ring.index * 700 }
                        ParallelAnimation {
                            NumberAnimation { target: ring; property: "scale"; from: 1.0; to: 1.36; duration: 1400; easing.type: Easing.OutCubic }
                            NumberAnimation { target: ring; property: "opacity"; from: 0.8; to: 0.0; duration: 1400; easing.type: Easing.OutCubic }
                        }
                        PauseAnimation { duration: 700 - ring.index * 700 }
                    }
                }
            }
            Avatar {
                anchors.centerIn: parent
                size: 88
                initials: dialog.call.incomingInitials
                tint: dialog.call.incomingColor
                source: dialog.call.incomingAvatar
            }
        }
        Label {
            objectName: "incomingCallName"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: dialog.call.incomingName
            color: Theme.text
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "incomingCallKind"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: dialog.call.incomingBusy
                  ? (dialog.call.incomingVideo ? qsTr("Incoming video call while you are in a call")
                                               : qsTr("Incoming voice call while you are in a call"))
                  : dialog.call.incomingVideo ? qsTr("Incoming video call") : qsTr("Incoming voice call")
            color: Theme.textDim
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.s6
            spacing: Theme.s8 + Theme.s6

            CallButton {
                objectName: "declineCallButton"
                kind: "end"
                iconSource: "../icons/phone-hangup.svg"
                label: qsTr("Decline")
                labelColor: Theme.textDim
                Accessible.name: qsTr("Decline (Ctrl+Shift+D)")
                onClicked: dialog.call.decline()
            }
            CallButton {
                objectName: "acceptCallButton"
                kind: "accept"
                iconSource: dialog.call.incomingVideo ? "../icons/video.svg" : "../icons/phone-fill.svg"
                label: dialog.call.incomingBusy ? qsTr("Hang up and answer")
                     : dialog.call.incomingVideo ? qsTr("Answer with video") : qsTr("Answer")
                labelColor: Theme.textDim
                Accessible.name: label + " " + qsTr("(Ctrl+Shift+A)")
                onClicked: dialog.call.accept(dialog.call.incomingVideo)
            }
        }

        DialogButton {
            objectName: "acceptVoiceButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.s2
            visible: dialog.call.incomingVideo
            text: qsTr("Answer with voice only")
            onClicked: dialog.call.accept(false)
        }
    }
}
