pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import "Durations.js" as Durations

// An audio file or a video playing in the conversation. Audio: a card with play/pause, name, a
// seek bar and the time. Video: its thumbnail at the size `info` gives until it plays (no layout
// jump), a play button over it, then the picture with a seek bar and the time along its bottom.
// The file is downloaded by the player when asked (a spinner meanwhile); QML never loads it.
Item {
    id: root
    objectName: "mediaPlayer"

    required property var info      // the row's media map: kind, name, sizeText, duration, width, height, thumbnail
    property var player: null       // the session's Playback (null: shown only)
    property string eventId: ""
    property bool isOwn: false
    property real maxWidth: 360
    // the file's download (see MediaContent): a video larger than "Download automatically" shows
    // Download (its size) instead of Play until it is fetched
    property string fileState: ""
    property string downloadText: ""

    signal saveRequested(string eventId)
    signal downloadRequested()

    readonly property bool isVideo: info.kind === "video"
    readonly property bool isCurrent: player !== null && eventId.length > 0 && player.current === eventId
    readonly property bool started: isCurrent && (player.state === "playing" || player.state === "paused")
    readonly property bool playing: isCurrent && player.state === "playing"
    readonly property bool loading: isCurrent && player.state === "loading"
    readonly property bool failed: isCurrent && player.state === "failed"
    readonly property bool showsFrame: started && player.hasFrame
    readonly property int total: isCurrent && player.duration > 0 ? player.duration : info.duration
    readonly property int elapsed: started ? player.position : 0
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    readonly property bool heldBack: isVideo && !isCurrent && (fileState === "waiting" || fileState === "failed")
    readonly property real scaleDown: Math.min(1, maxWidth / Math.max(1, info.width))

    implicitWidth: isVideo ? Math.round(info.width * scaleDown) : Math.min(maxWidth, 320)
    implicitHeight: isVideo ? Math.round(info.height * scaleDown) : part.implicitHeight

    function toggle() {
        if (root.player && root.eventId.length > 0)
            root.player.toggle(root.eventId)
    }

    Loader {
        id: part
        anchors.fill: parent
        sourceComponent: root.isVideo ? videoPart : audioPart
    }

    // -- an audio file --------------------------------------------------------------------------
    Component {
        id: audioPart
        Row {
            id: audio
            width: root.width
            spacing: Theme.s2
            topPadding: Theme.s1
            bottomPadding: Theme.s1

            PlayPauseButton {
                id: audioButton
                objectName: "mediaPlayButton"
                anchors.verticalCenter: parent.verticalCenter
                width: 44
                height: 44
                enabled: root.player !== null && root.eventId.length > 0
                playing: root.playing
                loading: root.loading
                what: root.info.name
                onClicked: root.toggle()
            }
            Column {
                width: audio.width - audioButton.width - save.width - 2 * audio.spacing
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    objectName: "fileName"
                    width: parent.width
                    textFormat: Text.PlainText
                    text: root.info.name
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideMiddle
                }
                SeekBar {
                    objectName: "mediaSeekBar"
                    width: parent.width + rightPadding
                    x: -leftPadding
                    visible: root.started
                    to: Math.max(1, root.total)
                    value: root.elapsed
                    played: Theme.accent
                    track: root.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                    onSeekRequested: (position) => root.player.seek(root.eventId, position)
                }
                Text {
                    objectName: "mediaTime"
                    width: parent.width
                    textFormat: Text.PlainText
                    text: root.failed ? root.player.error
                          : root.started ? Durations.text(root.elapsed) + " / " + Durations.text(root.total)
                          : [root.total > 0 ? Durations.text(root.total) : "", root.info.sizeText]
                                .filter(part => part.length > 0).join(" · ")
                    color: root.failed ? Theme.danger : root.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                    font.pixelSize: Theme.fontMeta
                    elide: Text.ElideRight
                }
            }
            RoundIconButton {
                id: save
                objectName: "saveFileButton"
                anchors.verticalCenter: parent.verticalCenter
                visible: root.eventId.length > 0
                width: visible ? implicitWidth : 0
                iconSource: "../icons/download.svg"
                accessibleName: qsTr("Save to Downloads")
                onClicked: root.saveRequested(root.eventId)
            }
        }
    }

    // -- a video --------------------------------------------------------------------------------
    Component {
        id: videoPart
        Rectangle {
            id: screen
            width: root.width
            height: root.height
            radius: Theme.radiusBubble  // as the thumbnail's corners (image://media rounds them)
            color: thumbnail.visible && thumbnail.loaded ? "transparent" : "#000000"
            clip: true

            Image {
                id: thumbnail
                objectName: "videoThumbnail"
                readonly property bool loaded: status === Image.Ready
                anchors.fill: parent
                visible: !root.showsFrame && source.toString().length > 0
                source: root.isVideo ? root.info.thumbnail : ""
                sourceSize: Qt.size(Math.max(1, root.width), Math.max(1, root.height))
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                smooth: true
            }
            // the picture: a VideoOutput on the GPU (QtMultimedia loads with the first video played);
            // with software rendering, where a VideoOutput stays blank, the same frames as images
            Loader {
                anchors.fill: parent
                active: root.isCurrent && root.started && !root.software
                Component.onCompleted: setSource("PlaybackVideo.qml", {
                    player: Qt.binding(() => root.player), eventId: Qt.binding(() => root.eventId)
                })
            }
            Image {
                objectName: "videoFrame"
                readonly property bool loaded: status === Image.Ready
                anchors.fill: parent
                visible: root.showsFrame && root.software
                cache: false
                smooth: true
                fillMode: Image.PreserveAspectCrop  // the box has the video's shape (from info)
                source: visible ? "image://playback/" + root.player.frameSerial : ""
            }
            TapHandler {
                enabled: root.player !== null && root.eventId.length > 0 && !root.heldBack
                onTapped: root.toggle()
            }

            // the length, until it plays
            Rectangle {
                visible: !root.started && root.total > 0
                x: Theme.s2
                y: Theme.s2
                width: lengthText.implicitWidth + 2 * Theme.s2
                height: lengthText.implicitHeight + Theme.s1
                radius: height / 2
                color: Theme.pill
                Text {
                    id: lengthText
                    anchors.centerIn: parent
                    textFormat: Text.PlainText
                    text: Durations.text(root.total)
                    color: Theme.pillText
                    font.pixelSize: Theme.fontSmall
                }
            }
            RoundIconButton {
                id: saveVideo
                objectName: "saveFileButton"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.s1
                width: 32
                height: 32
                visible: root.eventId.length > 0 && !root.started
                fill: Theme.pill
                tint: saveVideo.hovered || saveVideo.down ? Theme.text : Theme.pillText  // on the hover colour
                iconSource: "../icons/download.svg"
                accessibleName: qsTr("Save to Downloads")
                onClicked: root.saveRequested(root.eventId)
            }
            PlayPauseButton {
                objectName: "mediaPlayButton"
                anchors.centerIn: parent
                width: 52
                height: 52
                visible: !root.playing && !root.failed && !root.heldBack
                enabled: root.player !== null && root.eventId.length > 0
                fill: "#99000000"
                tint: "#ffffff"
                loading: root.loading || (root.fileState === "downloading" && !root.isCurrent)
                what: root.info.name
                onClicked: root.toggle()
            }
            // larger than "Download automatically": Download (its size) first
            AbstractButton {
                id: downloadVideo
                objectName: "downloadVideoButton"
                anchors.centerIn: parent
                visible: root.heldBack
                width: Math.min(parent.width - 2 * Theme.s2, downloadRow.implicitWidth + 2 * Theme.s3)
                height: 36
                text: root.downloadText
                Accessible.name: root.downloadText
                Keys.onReturnPressed: downloadVideo.clicked()
                Keys.onEnterPressed: downloadVideo.clicked()
                onClicked: root.downloadRequested()
                contentItem: Item {
                    Row {
                        id: downloadRow
                        anchors.centerIn: parent
                        spacing: Theme.s1
                        IconImage {
                            anchors.verticalCenter: parent.verticalCenter
                            source: "../icons/download.svg"
                            sourceSize: Qt.size(18, 18)
                            color: "#ffffff"
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            textFormat: Text.PlainText
                            text: downloadVideo.text
                            color: "#ffffff"
                            font.pixelSize: Theme.fontMeta
                            font.weight: Font.DemiBold
                        }
                    }
                }
                background: Rectangle {
                    radius: height / 2
                    color: downloadVideo.hovered ? "#cc000000" : "#99000000"
                    border.width: downloadVideo.visualFocus ? 2 : 0
                    border.color: "#ffffff"
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s4
                visible: root.failed
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: root.failed ? root.player.error : ""
                color: "#ffffff"
                font.pixelSize: Theme.fontMeta
            }

            // while it plays: pause, the seek bar and the time along the bottom
            Rectangle {
                visible: root.started
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 36
                color: "#80000000"
                Row {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.s1
                    anchors.rightMargin: Theme.s2
                    spacing: Theme.s1
                    RoundIconButton {
                        id: smallButton
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: 28
                        tint: "#ffffff"
                        iconSource: root.playing ? "../icons/pause.svg" : "../icons/play.svg"
                        accessibleName: root.playing ? qsTr("Pause %1").arg(root.info.name)
                                                     : qsTr("Play %1").arg(root.info.name)
                        onClicked: root.toggle()
                    }
                    SeekBar {
                        objectName: "mediaSeekBar"
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - smallButton.width - videoTime.width - 2 * parent.spacing
                        to: Math.max(1, root.total)
                        value: root.elapsed
                        played: "#ffffff"
                        track: "#ffffff"
                        trackOpacity: 0.4
                        onSeekRequested: (position) => root.player.seek(root.eventId, position)
                    }
                    Text {
                        id: videoTime
                        objectName: "mediaTime"
                        anchors.verticalCenter: parent.verticalCenter
                        textFormat: Text.PlainText
                        text: Durations.text(root.elapsed) + " / " + Durations.text(root.total)
                        color: "#ffffff"
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}
