pragma ComponentBehavior: Bound
import QtQuick
import "Durations.js" as Durations

// Recording a voice message, over the composer's field: a blinking dot, the time, the live level
// of the microphone, Cancel (Esc) and Send (Enter). Paused by a call: the dot stops, the bar says
// so, and Send or Cancel decide.
Rectangle {
    id: bar
    objectName: "voiceRecorder"

    property var recorder: null     // the session's VoiceRecorder
    property bool holding: false    // the mic is held down: letting go sends
    property bool letGoCancels: false  // ... unless the pointer has strayed away from it
    readonly property bool recording: recorder !== null && recorder.recording
    readonly property bool paused: recording && recorder.paused

    signal closed()

    visible: recording
    color: Theme.surface
    focus: recording
    onRecordingChanged: {
        if (recording)
            bar.forceActiveFocus()
        else
            bar.closed()
    }
    Keys.onEscapePressed: bar.recorder.cancel()
    Keys.onReturnPressed: bar.recorder.send()
    Keys.onEnterPressed: bar.recorder.send()

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Recording a voice message")

    RoundIconButton {
        id: cancel
        objectName: "voiceCancelButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.s2
        anchors.verticalCenter: parent.verticalCenter
        iconSource: "../icons/delete.svg"
        tint: Theme.danger
        accessibleName: qsTr("Cancel the recording (Esc)")
        onClicked: bar.recorder.cancel()
    }

    Rectangle {
        id: dot
        anchors.left: cancel.right
        anchors.leftMargin: Theme.s3
        anchors.verticalCenter: parent.verticalCenter
        width: 10
        height: 10
        radius: 5
        color: bar.paused ? Theme.textDim : Theme.callEnd
        SequentialAnimation on opacity {
            running: bar.recording && !bar.paused
            alwaysRunToEnd: true  // stopped, it rests lit
            loops: Animation.Infinite
            NumberAnimation { to: 0.25; duration: 600; easing.type: Easing.InOutQuad }
            NumberAnimation { to: 1; duration: 600; easing.type: Easing.InOutQuad }
        }
    }

    Text {
        id: time
        objectName: "voiceRecordTime"
        anchors.left: dot.right
        anchors.leftMargin: Theme.s2
        anchors.verticalCenter: parent.verticalCenter
        width: Math.max(implicitWidth, 44)
        textFormat: Text.PlainText
        text: Durations.text(bar.recorder ? bar.recorder.duration : 0)
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.features: { "tnum": 1 }
    }

    // the microphone's level over the last two seconds, newest on the right
    Item {
        id: meter
        objectName: "voiceLevel"
        anchors.left: time.right
        anchors.leftMargin: Theme.s2
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(40 * 5 - 2, send.x - x - Theme.s3)
        height: 24
        clip: true
        Row {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Repeater {
                model: 40
                Rectangle {
                    required property int index
                    readonly property real level: bar.recorder ? bar.recorder.levels[index] || 0 : 0
                    anchors.verticalCenter: parent.verticalCenter
                    width: 3
                    height: Math.max(3, Math.round(level * meter.height))
                    radius: 1.5
                    color: Theme.accent
                    opacity: 0.35 + 0.65 * (index / 39)
                }
            }
        }
    }

    Text {
        anchors.left: meter.right
        anchors.leftMargin: Theme.s4
        anchors.right: send.left
        anchors.rightMargin: Theme.s3
        anchors.verticalCenter: parent.verticalCenter
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignRight
        objectName: "voiceRecordHint"
        text: bar.paused ? qsTr("Paused for a call: Enter sends, Esc cancels")
              : !bar.holding ? qsTr("Enter sends, Esc cancels")
              : bar.letGoCancels ? qsTr("Let go to cancel")
              : qsTr("Let go to send, slide away to cancel")
        color: bar.holding && bar.letGoCancels ? Theme.danger : Theme.textDim
        font.pixelSize: Theme.fontMeta
        elide: Text.ElideRight
    }

    RoundIconButton {
        id: send
        objectName: "voiceSendButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s3
        anchors.verticalCenter: parent.verticalCenter
        iconSource: "../icons/send.svg"
        tint: Theme.accent
        accessibleName: qsTr("Send the voice message (Enter)")
        onClicked: bar.recorder.send()
    }
}
