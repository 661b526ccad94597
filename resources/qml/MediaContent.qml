pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl

// The media of one message (the row's `media` map): a picture at the size its `info` gives,
// a blurred placeholder until it loads and a clear placeholder if it cannot be shown; an audio
// file, a video or a voice message to play where it is (MediaPlayerContent, VoicePlayer); or a
// file card with icon, name, size and Download / Open. While a message's file goes up: a bar with
// cancel.
Item {
    id: media

    required property var info      // {kind, source, placeholder, width, height, name, sizeText, progress, broken}
    property string eventId: ""
    property string txnId: ""
    property bool isOwn: false
    property real maxWidth: 360
    property var player: null  // the session's Playback: audio, video and voice messages
    property var animations: null  // the session's Animations: GIF and WebP that play
    // the row is on screen (an animation off screen, or in a window in the background, pauses)
    property bool onScreen: true
    property string animationSource: ""
    // -- the session's AutoDownload: a video's or file's file fetched on sight up to the setting's
    // size; a larger one waits for Download. fileState: "ready", "waiting", "downloading", "failed"
    property var autoDownload: null
    property string fileState: ""
    readonly property bool heldBack: fileState === "waiting" || fileState === "failed"
    readonly property string downloadText: fileState === "failed" ? qsTr("Download failed. Try again")
        : info.sizeText.length > 0 ? qsTr("Download (%1)").arg(info.sizeText) : qsTr("Download")

    function askFile() {
        const kind = media.info.kind
        if (media.autoDownload && media.eventId.length > 0 && !media.uploading && media.info.broken.length === 0
                && (kind === "file" || kind === "video" || (kind === "audio" && !media.info.voice)))
            media.fileState = media.autoDownload.ask(media.eventId)
    }
    Component.onCompleted: media.askFile()
    onEventIdChanged: media.askFile()
    onAutoDownloadChanged: media.askFile()
    Connections {
        target: media.autoDownload
        enabled: media.fileState.length > 0 && media.fileState !== "ready"
        function onChanged(eventId: string, state: string) {
            if (eventId === media.eventId)
                media.fileState = state
        }
    }

    signal saveRequested(string eventId)
    signal openRequested(string eventId)
    signal cancelRequested(string txnId)
    signal viewRequested(string eventId)

    readonly property bool isPicture: info.kind === "image" || info.kind === "sticker"
    readonly property bool isPlayable: (info.kind === "audio" || info.kind === "video") && info.broken.length === 0
    readonly property bool uploading: info.progress >= 0 && info.progress < 1 && txnId.length > 0
    readonly property real scaleDown: isPicture ? Math.min(1, maxWidth / Math.max(1, info.width)) : 1

    implicitWidth: isPicture ? Math.round(info.width * scaleDown)
                             : isPlayable ? playable.implicitWidth : Math.min(maxWidth, 300)
    implicitHeight: isPicture ? Math.round(info.height * scaleDown)
                              : (isPlayable ? playable.implicitHeight : card.implicitHeight) + (uploading ? 32 : 0)
    width: implicitWidth
    height: implicitHeight

    // -- a picture ------------------------------------------------------------------------------
    Rectangle {
        id: frame
        visible: media.isPicture
        anchors.fill: parent
        radius: Theme.radiusBubble
        color: media.info.kind === "sticker" ? "transparent" : Theme.chip

        Image {
            id: blur
            anchors.fill: parent
            visible: source.toString().length > 0
            // let go of once the picture is in: only pictures on their way hold one
            source: media.isPicture && !picture.loaded ? media.info.placeholder : ""
            sourceSize: Qt.size(media.width, media.height)  // made at its size: drawn 1:1
            asynchronous: true
            smooth: true
            opacity: 0.9
        }
        Image {
            id: picture
            objectName: "mediaImage"
            readonly property bool loaded: status === Image.Ready
            readonly property bool failed: status === Image.Error
            anchors.fill: parent
            source: media.isPicture ? media.info.source : ""
            sourceSize: Qt.size(media.width, media.height)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            Accessible.role: Accessible.Graphic
            Accessible.name: media.info.kind === "sticker" ? qsTr("Sticker: %1").arg(media.info.name)
                                                           : qsTr("Photo: %1").arg(media.info.name)
        }
        // a GIF or WebP that plays: from the local file the loader fetched, over its still (made
        // only for one: most pictures never play)
        Loader {
            anchors.fill: parent
            active: media.animationSource.length > 0
            sourceComponent: AnimatedImage {
                objectName: "mediaAnimation"
                visible: status === AnimatedImage.Ready
                source: media.animationSource
                fillMode: Image.PreserveAspectFit
                cache: false
                playing: visible && media.onScreen && Application.state === Qt.ApplicationActive
            }
        }
        Connections {
            target: media.animations
            enabled: media.info.animated === true && media.animationSource.length === 0
            function onReady(eventId: string, url: string) {
                if (eventId === media.eventId)
                    media.animationSource = url
            }
        }
        // once the still is there, ask for the animation (the answer comes at once when known)
        Timer {
            running: picture.loaded && media.info.animated === true && media.animations !== null
                     && media.eventId.length > 0 && media.animationSource.length === 0
            interval: 0
            onTriggered: media.animationSource = media.animations.ask(media.eventId)
        }
        // it cannot be shown: say so in its place (a damaged, refused or missing picture)
        Loader {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.s3
            active: media.isPicture && (picture.status === Image.Error || media.info.broken.length > 0)
            sourceComponent: Column {
                objectName: "mediaPlaceholder"
                spacing: Theme.s1
                IconImage {
                    anchors.horizontalCenter: parent.horizontalCenter
                    source: "../icons/image.svg"
                    sourceSize: Qt.size(28, 28)
                    color: Theme.textDim
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    text: media.info.broken.length > 0 ? media.info.broken : qsTr("This picture cannot be shown.")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontMeta
                }
            }
        }
        // a click opens the viewer
        TapHandler {
            enabled: media.eventId.length > 0 && picture.loaded
            onTapped: media.viewRequested(media.eventId)
        }
        HoverHandler {
            enabled: media.eventId.length > 0 && picture.loaded
            cursorShape: Qt.PointingHandCursor
        }
        BusyIndicator {
            anchors.centerIn: parent
            width: 32
            height: 32
            running: picture.status === Image.Loading && !media.uploading
            visible: running
        }
    }

    // -- something to play ----------------------------------------------------------------------
    Loader {
        id: playable
        active: media.isPlayable
        visible: active
        sourceComponent: media.info.voice ? voiceMessage : recording
    }
    Component {
        id: voiceMessage
        VoicePlayer {
            info: media.info
            player: media.player
            eventId: media.eventId
            isOwn: media.isOwn
            maxWidth: media.maxWidth
        }
    }
    Component {
        id: recording
        MediaPlayerContent {
            info: media.info
            player: media.player
            eventId: media.eventId
            isOwn: media.isOwn
            maxWidth: media.maxWidth
            fileState: media.fileState
            downloadText: media.downloadText
            onSaveRequested: (eventId) => media.saveRequested(eventId)
            onDownloadRequested: media.autoDownload.download(media.eventId)
        }
    }

    // -- a file (made only for one) ---------------------------------------------------------------
    Loader {
        id: card
        width: parent.width
        active: !media.isPicture && !media.isPlayable
        visible: active
        sourceComponent: Row {
            id: fileRow
            spacing: Theme.s2
            topPadding: Theme.s1
            bottomPadding: Theme.s1

            AbstractButton {
                id: fileButton
                objectName: "openFileButton"
                width: 44
                height: 44
                enabled: media.eventId.length > 0
                Accessible.name: qsTr("Open %1").arg(media.info.name)
                onClicked: media.openRequested(media.eventId)
                background: Rectangle {
                    radius: width / 2
                    color: fileButton.hovered ? Theme.accentStrong : Theme.accent
                }
                contentItem: Item {
                    IconImage {
                        anchors.centerIn: parent
                        source: "../icons/file.svg"
                        sourceSize: Qt.size(22, 22)
                        color: Theme.textOnAccent
                    }
                }
            }
            Column {
                width: fileRow.width - fileButton.width - save.width - 2 * fileRow.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    objectName: "fileName"
                    width: parent.width
                    text: media.info.name
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideMiddle
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: !media.heldBack
                    text: media.info.broken.length > 0 ? media.info.broken
                          : media.fileState === "downloading" ? qsTr("Downloading… %1").arg(media.info.sizeText)
                          : media.info.sizeText
                    color: media.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                    font.pixelSize: Theme.fontMeta
                    elide: Text.ElideRight
                }
                // larger than "Download automatically": fetched when the user asks
                AbstractButton {
                    id: downloadFile
                    objectName: "downloadFileButton"
                    visible: media.heldBack
                    width: Math.min(parent.width, downloadLabel.implicitWidth)
                    height: downloadLabel.implicitHeight
                    text: media.downloadText
                    Accessible.name: media.downloadText
                    Keys.onReturnPressed: downloadFile.clicked()
                    Keys.onEnterPressed: downloadFile.clicked()
                    onClicked: media.autoDownload.download(media.eventId)
                    contentItem: Text {
                        id: downloadLabel
                        textFormat: Text.PlainText
                        text: downloadFile.text
                        color: media.fileState === "failed" ? Theme.danger : Theme.link
                        font.pixelSize: Theme.fontMeta
                        font.weight: Font.DemiBold
                        font.underline: downloadFile.hovered || downloadFile.visualFocus
                        elide: Text.ElideRight
                    }
                    background: Item { }
                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                }
            }
            RoundIconButton {
                id: save
                objectName: "saveFileButton"
                anchors.verticalCenter: parent.verticalCenter
                visible: media.eventId.length > 0 && media.info.broken.length === 0
                width: visible ? implicitWidth : 0
                iconSource: "../icons/download.svg"
                accessibleName: qsTr("Save to Downloads")
                onClicked: media.saveRequested(media.eventId)
            }
        }
    }

    // -- an upload under way (made only while one is) -----------------------------------------
    Loader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: media.isPicture ? Theme.s2 : 0
        height: 32
        active: media.uploading
        sourceComponent: Rectangle {
            objectName: "uploadProgress"
            radius: Theme.radiusControl
            color: media.isPicture ? "#99000000" : "transparent"
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("Uploading, %1%").arg(Math.round(media.info.progress * 100))

            Rectangle {
                id: track
                anchors.left: parent.left
                anchors.leftMargin: Theme.s2
                anchors.right: cancel.left
                anchors.rightMargin: Theme.s2
                anchors.verticalCenter: parent.verticalCenter
                height: 4
                radius: 2
                color: media.isPicture ? "#66ffffff" : Theme.divider
                Rectangle {
                    width: parent.width * Math.max(0.02, media.info.progress)
                    height: parent.height
                    radius: 2
                    color: media.isPicture ? "white" : Theme.accent
                    Behavior on width { NumberAnimation { duration: Theme.motion } }
                }
            }
            RoundIconButton {
                id: cancel
                objectName: "cancelUploadButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: 28
                height: 28
                iconSource: "../icons/close.svg"
                tint: media.isPicture ? "white" : Theme.textDim
                accessibleName: qsTr("Cancel the upload")
                onClicked: media.cancelRequested(media.txnId)
            }
        }
    }
}
