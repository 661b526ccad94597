pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// The call screen, over the conversation pane (the list stays at hand): the other person's video,
// or their avatar and name large; the user's own picture small in a corner while the camera is on;
// the state ("Ringing…", "12:34"); mute, camera, screen sharing and the red end button. Esc or the
// corner button goes back to the conversations, with the call bar on top.
Rectangle {
    id: view

    required property var call
    // the user wants the screen (placed or answered a call, or clicked the call bar)
    property bool wanted: false
    readonly property bool shown: wanted && call.active
    readonly property bool remoteVideo: call.live && call.remoteView !== null && call.remoteView.hasVideo
    readonly property bool localVideo: call.live && call.cameraOn && call.localView !== null

    function show() {
        view.wanted = true
        view.forceActiveFocus()
    }
    function minimise() {
        view.wanted = false
    }

    visible: shown
    color: view.remoteVideo ? "#000000" : Theme.callScreen
    gradient: view.remoteVideo ? null : backdrop
    focus: shown
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Call with %1").arg(view.call.peerName)

    // a call over: the next one opens the screen again when placed or answered
    Connections {
        target: view.call
        function onChanged() {
            if (!view.call.active)
                view.wanted = false
        }
    }

    Gradient {
        id: backdrop
        GradientStop { position: 0.0; color: Qt.darker(view.call.peerColor, 2.3) }
        GradientStop { position: 0.65; color: Theme.callScreen }
    }

    // the screen takes the clicks: nothing reaches the conversation underneath
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: (wheel) => wheel.accepted = true
    }

    Shortcut {
        sequence: "Esc"
        enabled: view.shown && !devicesPopup.opened  // Esc closes the devices first
        onActivated: view.minimise()
    }

    // the other person's picture; CallVideo.qml is compiled only when a picture comes (by its
    // URL: naming the type here would load QtMultimedia with the main window)
    Loader {
        anchors.fill: parent
        active: view.shown && view.remoteVideo
        Component.onCompleted: setSource("CallVideo.qml", {
            view: Qt.binding(() => view.call.remoteView), which: "remote", outputName: "remoteVideo"
        })
    }

    // no video: who it is, large
    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: -controls.height / 2
        spacing: Theme.s2
        visible: !view.remoteVideo

        Item {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 168
            height: 168

            // calling: the avatar breathes
            Rectangle {
                anchors.centerIn: parent
                width: 128
                height: 128
                radius: width / 2
                color: "transparent"
                border.width: 2
                border.color: "#66ffffff"
                visible: view.call.state === "calling" || view.call.state === "ringing"
                SequentialAnimation on scale {
                    running: view.shown && (view.call.state === "calling" || view.call.state === "ringing")
                    loops: Animation.Infinite
                    NumberAnimation { from: 1.0; to: 1.3; duration: 1200; easing.type: Easing.OutCubic }
                    PauseAnimation { duration: 300 }
                }
                SequentialAnimation on opacity {
                    running: view.shown && (view.call.state === "calling" || view.call.state === "ringing")
                    loops: Animation.Infinite
                    NumberAnimation { from: 0.9; to: 0.0; duration: 1200; easing.type: Easing.OutCubic }
                    PauseAnimation { duration: 300 }
                }
            }
            Avatar {
                anchors.centerIn: parent
                size: 128
                initials: view.call.peerInitials
                tint: view.call.peerColor
                source: view.call.peerAvatar
            }
        }
        Label {
            objectName: "callPeerName"
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, view.width - 2 * Theme.s8)
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: view.call.peerName
            color: Theme.callText
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "callState"
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.call.stateText
            color: Theme.callTextDim
            font.pixelSize: Theme.fontBody
            font.features: { "tnum": 1 }
        }
    }

    // with video: name and state over a shade at the top
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 88
        visible: view.remoteVideo
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#99000000" }
            GradientStop { position: 1.0; color: "#00000000" }
        }
        Column {
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.s3
            spacing: 2
            Label {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                text: view.call.peerName
                color: Theme.callText
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Label {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                text: view.call.stateText
                color: Theme.callTextDim
                font.pixelSize: Theme.fontMeta
                font.features: { "tnum": 1 }
            }
        }
    }

    // with video: a shade under the buttons, so their words read on any picture
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: controls.height + 2 * Theme.s8
        visible: view.remoteVideo
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00000000" }
            GradientStop { position: 1.0; color: "#a6000000" }
        }
    }

    CallButton {
        objectName: "callMinimiseButton"
        x: Theme.s4
        y: Theme.s4
        size: 36
        showLabel: false
        iconSource: "../icons/minimise.svg"
        label: qsTr("Back to the conversations (Esc)")
        onClicked: view.minimise()
    }

    // something the user should know ("No microphone was found…")
    Rectangle {
        objectName: "callNotice"
        visible: view.call.notice.length > 0
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.s4 + (view.remoteVideo ? 48 : 0)
        width: Math.min(noticeText.implicitWidth + dismiss.width + 2 * Theme.s3 + Theme.s2, view.width - 2 * 64)
        height: Math.max(noticeText.implicitHeight, dismiss.height) + 2 * Theme.s2
        radius: Theme.radiusControl
        color: "#e6202b36"
        border.color: "#33ffffff"
        Accessible.role: Accessible.AlertMessage
        Accessible.name: noticeText.text

        Label {
            id: noticeText
            textFormat: Text.PlainText
            x: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - dismiss.width - 2 * Theme.s3 - Theme.s2
            wrapMode: Text.Wrap
            text: view.call.notice
            color: Theme.callText
        }
        CallButton {
            id: dismiss
            anchors.right: parent.right
            anchors.rightMargin: Theme.s2
            anchors.verticalCenter: parent.verticalCenter
            size: 24
            showLabel: false
            iconSource: "../icons/close.svg"
            label: qsTr("Dismiss")
            onClicked: view.call.dismissNotice()
        }
    }

    // the user's own picture
    Rectangle {
        objectName: "localPreview"
        visible: view.localVideo
        anchors.right: parent.right
        anchors.bottom: controls.top
        anchors.margins: Theme.s4
        width: Math.round(Math.min(200, view.width / 4))
        height: Math.round(width * 3 / 4)
        color: "#000000"
        clip: true
        Loader {
            anchors.fill: parent
            active: view.shown && view.localVideo
            Component.onCompleted: setSource("CallVideo.qml", {
                view: Qt.binding(() => view.call.localView), which: "local", outputName: "localVideo",
                crop: true, mirrored: true
            })
        }
        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.color: "#59ffffff"
        }
    }

    Row {
        id: controls
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.s8
        spacing: Theme.s6

        CallButton {
            objectName: "muteButton"
            enabled: view.call.live
            iconSource: view.call.muted ? "../icons/mic-off.svg" : "../icons/mic.svg"
            on: view.call.muted
            label: view.call.muted ? qsTr("Unmute") : qsTr("Mute")
            Accessible.name: view.call.muted ? qsTr("Unmute (Ctrl+D)") : qsTr("Mute (Ctrl+D)")
            onClicked: view.call.toggleMute()
        }
        CallButton {
            objectName: "cameraButton"
            iconSource: view.call.cameraOn ? "../icons/video.svg" : "../icons/video-off.svg"
            enabled: view.call.live
            on: view.call.cameraOn
            label: view.call.cameraOn ? qsTr("Stop video") : qsTr("Start video")
            Accessible.name: label + " " + qsTr("(Ctrl+E)")
            onClicked: view.call.toggleCamera()
        }
        CallButton {
            objectName: "screenShareButton"
            enabled: view.call.live
            iconSource: "../icons/screen-share.svg"
            on: view.call.sharing
            label: view.call.sharing ? qsTr("Stop sharing") : qsTr("Share screen")
            onClicked: view.call.toggleScreen()
        }
        CallButton {
            id: devicesButton
            objectName: "callDevicesButton"
            iconSource: "../icons/sliders.svg"
            on: devicesPopup.opened
            label: qsTr("Devices")
            Accessible.name: qsTr("Choose microphone, speaker and camera")
            onClicked: devicesPopup.opened ? devicesPopup.close() : devicesPopup.open()
        }
        CallButton {
            objectName: "hangupButton"
            kind: "end"
            iconSource: "../icons/phone-hangup.svg"
            label: view.call.live ? qsTr("End call") : qsTr("Close")
            Accessible.name: view.call.live ? qsTr("End call (Ctrl+Shift+H)") : qsTr("Close")
            onClicked: view.call.hangup()
        }
    }

    CallDevicesPopup {
        id: devicesPopup
        call: view.call
        parent: devicesButton
        x: (devicesButton.width - width) / 2
        y: -height - Theme.s2
    }
}
