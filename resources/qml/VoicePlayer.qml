pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import "Durations.js" as Durations

// A voice message: play/pause, the waveform its sender drew filling in as it plays (a click
// seeks), its length (the time played while it plays) and the 1× / 1.5× / 2× speed.
Item {
    id: voice
    objectName: "voicePlayer"

    required property var info      // the row's media map: duration, waveform
    property var player: null       // the session's Playback (null: shown only)
    property string eventId: ""
    property bool isOwn: false
    // where less than its natural width is free (the thread panel), the bars stand closer
    property real maxWidth: 0

    readonly property bool isCurrent: player !== null && eventId.length > 0 && player.current === eventId
    readonly property bool started: isCurrent && (player.state === "playing" || player.state === "paused")
    readonly property bool playing: isCurrent && player.state === "playing"
    readonly property bool failed: isCurrent && player.state === "failed"
    readonly property int total: isCurrent && player.duration > 0 ? player.duration : info.duration
    readonly property int elapsed: started ? player.position : 0
    readonly property real progress: total > 0 ? Math.min(1, elapsed / total) : 0
    readonly property int barCount: 40
    // a bar and its gap: 5 px, down to 3 where the row is narrow
    readonly property int barStep: maxWidth > 0
        ? Math.max(3, Math.min(5, Math.floor((maxWidth - button.width - Theme.s3 + 2) / barCount))) : 5
    readonly property color played: isOwn ? Theme.accent : Theme.accent
    readonly property color unplayed: isOwn ? Theme.bubbleOwnMeta : Theme.textDim

    implicitWidth: button.width + Theme.s3 + wave.width
    implicitHeight: 48

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Voice message, %1").arg(Durations.text(info.duration))

    PlayPauseButton {
        id: button
        objectName: "voicePlayButton"
        anchors.verticalCenter: parent.verticalCenter
        width: 40
        height: 40
        enabled: voice.player !== null && voice.eventId.length > 0
        playing: voice.playing
        loading: voice.isCurrent && voice.player.state === "loading"
        what: qsTr("voice message")
        onClicked: voice.player.toggle(voice.eventId)
    }

    Item {
        id: wave
        objectName: "voiceWaveform"
        anchors.left: button.right
        anchors.leftMargin: Theme.s3
        y: 6
        width: voice.barCount * voice.barStep - 2
        height: 22

        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Repeater {
                model: voice.barCount
                Rectangle {
                    required property int index
                    readonly property real level: (voice.info.waveform[index] || 0) / 1024
                    anchors.verticalCenter: parent.verticalCenter
                    width: voice.barStep - 2
                    height: Math.max(3, Math.round(level * wave.height))
                    radius: width / 2
                    color: (index + 0.5) / voice.barCount <= voice.progress ? voice.played : voice.unplayed
                    opacity: (index + 0.5) / voice.barCount <= voice.progress ? 1 : 0.55
                }
            }
        }
        TapHandler {
            enabled: button.enabled && voice.total > 0
            onTapped: (point) => voice.player.seek(voice.eventId,
                                                   Math.round(point.position.x / wave.width * voice.total))
        }
        HoverHandler {
            enabled: button.enabled && voice.total > 0
            cursorShape: Qt.PointingHandCursor
        }
    }

    Row {
        anchors.left: wave.left
        anchors.top: wave.bottom
        anchors.topMargin: 2
        spacing: Theme.s2
        Text {
            objectName: "voiceTime"
            anchors.verticalCenter: parent.verticalCenter
            textFormat: Text.PlainText
            text: voice.failed ? voice.player.error
                               : Durations.text(voice.started ? voice.elapsed : voice.total)
            color: voice.failed ? Theme.danger : voice.unplayed
            font.pixelSize: Theme.fontSmall
            font.features: { "tnum": 1 }
            elide: Text.ElideRight
            width: voice.failed ? wave.width : implicitWidth
        }
        AbstractButton {
            id: speed
            objectName: "voiceSpeedButton"
            anchors.verticalCenter: parent.verticalCenter
            visible: voice.started
            implicitWidth: speedText.implicitWidth + Theme.s2
            implicitHeight: 16
            focusPolicy: Qt.TabFocus
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Playback speed %1×").arg(voice.player ? voice.player.speed : 1)
            onClicked: voice.player.cycleSpeed()
            background: Rectangle {
                radius: height / 2
                color: voice.unplayed
                opacity: speed.hovered || speed.visualFocus ? 0.35 : 0.2
            }
            contentItem: Text {
                id: speedText
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: (voice.player ? voice.player.speed : 1) + "×"
                color: voice.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
