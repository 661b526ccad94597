pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtCore

// One thread: its first message on top, the replies under it (oldest first), and a small
// composer that answers in the thread. Enter sends, Shift+Enter adds a line; Esc closes the panel.
// Pictures, stickers, recordings, voice messages and files show as in the timeline (MediaContent),
// scaled down to the panel's width; a click on a picture opens the viewer over the window.
// A right click on someone else's message offers to report it.
// Files go into the thread as into the conversation: the attach button (or Ctrl+O in the reply
// field), a paste into the reply field or a drop on the panel opens the send preview.
FocusScope {
    id: root

    required property var panels
    property var media: null  // the session's media controller (null: media shown, not played)
    property var safety: null  // session.safety: someone's message may be reported (with it)
    signal reportRequested(string eventId, string senderName)  // the conversation's report dialog asks why
    property bool enterSends: true
    readonly property var thread: panels.threadMessages
    // the picture viewer or the send preview is open (the page's shortcuts wait, as for its own popups)
    readonly property bool viewerOpen: viewer.visible || sendFiles.visible
    // a reply (text or files) can be sent: a thread is loaded
    readonly property bool canReply: root.thread.rootEventId.length > 0 && root.thread.error.length === 0

    objectName: "threadPanel"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Thread")

    function focusComposer() {
        input.forceActiveFocus()
    }
    function pickFiles() {
        if (root.media && root.canReply)
            fileDialog.open()
    }
    function send() {
        if (input.text.trim().length > 0 && root.panels.sendInThread(input.text)) {
            input.clear()
            list.followEnd = true
            Qt.callLater(list.positionViewAtEnd)
        }
    }

    ListView {
        id: list
        objectName: "threadList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: composer.top
        clip: true
        model: root.thread
        boundsBehavior: Flickable.StopAtBounds
        topMargin: Theme.s2
        bottomMargin: Theme.s3
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Thread messages")

        // new replies scroll into view only for a reader at the end (the scroll position is sacred)
        property bool followEnd: true
        onMovementEnded: followEnd = atYEnd
        onCountChanged: if (followEnd) Qt.callLater(positionViewAtEnd)

        ScrollBar.vertical: ScrollBar { }

        delegate: Item {
            id: message

            required property int index
            required property string eventId
            required property string txnId
            required property string senderName
            required property string senderColor
            required property string initials
            required property string body
            required property string timeText
            required property string kind
            required property bool isOwn
            required property bool isRoot
            required property string sendState
            required property bool grouped
            required property string error
            required property string html
            required property string senderAvatar
            required property var media

            readonly property bool hasMedia: media && media.kind !== undefined
            readonly property bool hasCaption: hasMedia && media.caption.length > 0
            // in the list, not waiting in its pool (an animation off screen pauses)
            readonly property bool onScreen: ListView.view !== null && root.visible

            width: ListView.view.width
            implicitHeight: column.y + column.height + (isRoot ? 0 : Theme.s1)
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1 at %2: %3").arg(senderName).arg(timeText).arg(body)

            // a right click: what can be done with someone else's message here (report it)
            TapHandler {
                acceptedButtons: Qt.RightButton
                enabled: root.safety !== null && !message.isOwn && message.eventId.length > 0
                onTapped: {
                    threadMenu.eventId = message.eventId
                    threadMenu.senderName = message.senderName
                    threadMenu.popup()
                }
            }

            Avatar {
                id: avatar
                x: Theme.s4
                y: message.isRoot ? Theme.s3 : Theme.s2
                visible: !message.grouped
                size: message.isRoot ? 40 : 32
                initials: message.initials
                tint: message.senderColor
                source: message.senderAvatar
            }

            Column {
                id: column
                anchors.left: parent.left
                anchors.leftMargin: Theme.s4 + (message.isRoot ? 40 : 32) + Theme.s3
                anchors.right: parent.right
                anchors.rightMargin: Theme.s4
                y: message.grouped ? 0 : avatar.y
                spacing: message.hasMedia ? Theme.s1 : 2

                Row {
                    visible: !message.grouped
                    width: parent.width
                    spacing: Theme.s2
                    Text {
                        textFormat: Text.PlainText
                        id: nameLabel
                        width: Math.min(implicitWidth, parent.width - time.width - Theme.s2)
                        text: message.senderName
                        elide: Text.ElideRight
                        color: message.senderColor
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        textFormat: Text.PlainText
                        id: time
                        anchors.baseline: nameLabel.baseline
                        text: message.timeText
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Loader {
                    active: message.hasMedia
                    visible: active
                    sourceComponent: MediaContent {
                        info: message.media
                        eventId: message.eventId
                        txnId: message.txnId
                        isOwn: message.isOwn
                        maxWidth: column.width
                        player: root.media ? root.media.playback : null
                        animations: root.media ? root.media.animations : null
                        autoDownload: root.media ? root.media.autoDownload : null
                        onScreen: message.onScreen
                        onSaveRequested: (eventId) => root.media?.save(eventId)
                        onOpenRequested: (eventId) => root.media?.open(eventId)
                        onCancelRequested: (txnId) => root.media?.cancelUpload(txnId)
                        onViewRequested: (eventId) => { if (root.media) viewer.show(eventId) }
                    }
                }
                Text {
                    visible: !message.hasMedia || message.hasCaption
                    width: parent.width
                    // with a file, only its caption: plain text (the timeline escapes the same)
                    text: message.hasMedia ? message.media.caption
                                           : message.html.length > 0 ? message.html : message.body
                    textFormat: message.html.length > 0 && !message.hasMedia ? Text.RichText : Text.PlainText
                    onLinkActivated: (link) => root.panels.openLink(link, message.eventId)
                    wrapMode: Text.Wrap
                    color: message.kind === "message" ? Theme.text : Theme.textDim
                    font.italic: message.kind !== "message"
                    font.pixelSize: message.isRoot ? Theme.fontBody + 1 : Theme.fontBody
                    lineHeight: 1.1
                    opacity: message.sendState === "sending" ? 0.7 : 1.0
                }
                Text {
                    textFormat: Text.PlainText
                    visible: message.sendState === "sending"
                    text: qsTr("Sending…")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                }
                Row {
                    visible: message.sendState === "failed"
                    width: parent.width
                    spacing: Theme.s2
                    Text {
                        textFormat: Text.PlainText
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, parent.width - retry.width - Theme.s2)
                        text: message.error.length > 0 ? qsTr("Not sent: %1").arg(message.error) : qsTr("Not sent")
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    AbstractButton {
                        id: retry
                        objectName: "threadRetryButton"
                        focusPolicy: Qt.TabFocus
                        text: qsTr("Retry")
                        Accessible.name: qsTr("Retry sending")
                        onClicked: root.panels.retrySend(message.txnId)
                        contentItem: Text {
                            textFormat: Text.PlainText
                            text: retry.text
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            font.underline: retry.hovered || retry.visualFocus
                        }
                    }
                }

                // under the first message: how many replies follow
                Item {
                    visible: message.isRoot
                    width: parent.width + Theme.s4 + avatar.width + Theme.s3 + Theme.s4
                    x: -(Theme.s4 + avatar.width + Theme.s3)
                    height: visible ? 40 : 0
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: parent.left
                        anchors.right: repliesLabel.left
                        anchors.leftMargin: Theme.s4
                        anchors.rightMargin: Theme.s2
                        height: 1
                        color: Theme.divider
                    }
                    Text {
                        textFormat: Text.PlainText
                        id: repliesLabel
                        anchors.centerIn: parent
                        text: root.thread.replyCount === 0 ? qsTr("No replies yet")
                            : qsTr("%n reply(s)", "", root.thread.replyCount)
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                        font.weight: Font.DemiBold
                    }
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: repliesLabel.right
                        anchors.right: parent.right
                        anchors.leftMargin: Theme.s2
                        anchors.rightMargin: Theme.s4
                        height: 1
                        color: Theme.divider
                    }
                }
            }
        }

        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.s6
            width: 32
            height: 32
            running: root.thread.loading
            visible: running
            Accessible.name: qsTr("Loading the thread")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "threadError"
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.s6
            width: parent.width - 2 * Theme.s6
            visible: root.thread.error.length > 0
            text: root.thread.error
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    AppMenu {
        id: threadMenu
        objectName: "threadMessageMenu"
        property string eventId
        property string senderName
        AppMenuItem {
            objectName: "threadReportMenuItem"
            text: qsTr("Report…")
            danger: true
            onTriggered: root.reportRequested(threadMenu.eventId, threadMenu.senderName)
        }
    }

    MediaViewer {
        id: viewer
        objectName: "threadMediaViewer"
        media: root.media
        onClosed: root.focusComposer()
    }

    // files for the thread: the dialog (a QML one, never a nested event loop), a drop, or a paste
    FileDialog {
        id: fileDialog
        objectName: "threadFileDialog"
        title: qsTr("Send files to the thread")
        fileMode: FileDialog.OpenFiles
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        onAccepted: root.media?.attachInThread(selectedFiles)
    }

    DropArea {
        id: drop
        objectName: "threadDropArea"
        anchors.fill: parent
        z: 1  // its frame over the reply bar too
        enabled: root.media !== null && root.canReply
        keys: ["text/uri-list"]
        onDropped: (event) => {
            if (event.hasUrls) {
                root.media.attachInThread(event.urls)
                event.acceptProposedAction()
            }
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.s3
            visible: drop.containsDrag
            radius: Theme.radiusBubble
            color: Qt.alpha(Theme.surface, 0.9)
            border.color: Theme.accent
            border.width: 2
            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s4
                textFormat: Text.PlainText
                text: qsTr("Drop files here to send them to the thread")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
        }
    }

    SendFilesDialog {
        id: sendFiles
        anchors.centerIn: Overlay.overlay
        media: root.media
        inThread: true
        onClosed: root.focusComposer()
    }

    Rectangle {
        id: composer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: Math.max(56, Math.min(scroll.contentHeight, 160) + 2 * Theme.s2 + 2)
        height: implicitHeight
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }

        RoundIconButton {
            id: attach
            objectName: "threadAttachButton"
            anchors.left: parent.left
            anchors.leftMargin: Theme.s2
            anchors.bottom: parent.bottom
            anchors.bottomMargin: (56 - height) / 2
            visible: root.media !== null
            enabled: root.canReply
            iconSource: "../icons/paperclip.svg"
            accessibleName: qsTr("Attach files to the thread (Ctrl+O)")
            onClicked: root.pickFiles()
        }

        ScrollView {
            id: scroll
            anchors.left: attach.visible ? attach.right : parent.left
            anchors.leftMargin: attach.visible ? Theme.s1 : Theme.s3
            anchors.right: send.left
            anchors.rightMargin: Theme.s1
            anchors.top: parent.top
            anchors.topMargin: Theme.s2 + 1
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.s2

            TextArea {
                id: input
                objectName: "threadComposer"
                // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut, and
                // Ctrl+O attaches to the thread, not to the conversation
                Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
                    || (event.key === Qt.Key_O && event.modifiers === Qt.ControlModifier && root.media !== null)
                focus: true
                enabled: root.canReply
                placeholderText: qsTr("Reply in thread…")
                placeholderTextColor: Theme.placeholder
                color: Theme.text
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                textFormat: TextEdit.PlainText
                topPadding: Theme.s2
                bottomPadding: Theme.s2
                leftPadding: Theme.s1
                Accessible.name: qsTr("Reply in thread")
                background: null

                Keys.onPressed: function(event) {
                    if (event.matches(StandardKey.Paste) && root.media && root.media.pasteInThread()) {
                        event.accepted = true  // a picture or files: the send preview opens
                        return
                    }
                    if (event.key === Qt.Key_O && event.modifiers === Qt.ControlModifier) {
                        root.pickFiles()
                        event.accepted = true
                        return
                    }
                    if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                        return
                    const shift = event.modifiers & Qt.ShiftModifier
                    const ctrl = event.modifiers & Qt.ControlModifier
                    if (root.enterSends ? (!shift && !ctrl) || ctrl : ctrl) {
                        root.send()
                        event.accepted = true
                    }
                }
            }
        }

        RoundIconButton {
            id: send
            objectName: "threadSendButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.s2
            anchors.bottom: parent.bottom
            anchors.bottomMargin: (56 - height) / 2
            iconSource: "../icons/send.svg"
            tint: input.text.trim().length > 0 ? Theme.accent : Theme.placeholder
            enabled: input.text.trim().length > 0
            accessibleName: qsTr("Send reply")
            onClicked: root.send()
        }
    }
}
