pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Dialogs
import QtCore

// The open conversation: header, timeline (newest at the bottom), composer.
Rectangle {
    id: chat

    required property var session
    property var emojiModel: null
    property var spelling: null  // the composer's spell checker
    property bool enterSends: true

    readonly property bool hasRoom: session.currentRoomId.length > 0
    readonly property var timelineModel: session.timeline

    signal inviteRequested()
    signal leaveRequested()
    signal listFocusRequested()

    // the message a reaction from the emoji picker goes to ("" inserts into the composer)
    property string reactionTarget: ""

    // set while a menu entry opens a popup, so the closing menu leaves the focus to the popup
    property bool dialogOpening: false

    function pickFiles() {
        fileDialog.open()
    }
    // reporting a message shown elsewhere (a thread's): the one report dialog asks why
    function reportMessage(eventId: string, senderName: string) {
        const dialog = messageReportDialog.get() as ReportDialog
        dialog.ask("message", eventId, senderName)
    }
    function viewMedia(eventId: string) {
        const viewer = mediaViewer.get() as MediaViewer
        viewer.show(eventId)
    }

    function focusComposer() {
        dialogOpening = false
        if (hasRoom)
            composer.focusInput()
    }
    function reply(eventId) {
        chat.session.composer.startReply(eventId)
        composer.focusInput()
    }
    function edit(eventId) {
        if (chat.session.composer.startEdit(eventId))
            composer.focusInput()
    }
    function confirmDelete(eventId) {
        const index = chat.timelineModel.indexOf(eventId)
        if (index < 0)
            return
        const dialog = redactDialog.get() as RedactDialog
        dialog.eventId = eventId
        const item = timeline.itemAtIndex(index) as MessageDelegate
        dialog.own = item ? item.isOwn : true
        dialog.open()
    }
    function openThread(eventId) {
        chat.session.panels.openThread(eventId)
    }
    function openReactionPicker(eventId, anchor) {
        chat.reactionTarget = eventId
        chat.showEmojiPicker(anchor, true)
    }
    function openMessageMenu(index, anchor, x, y) {
        const item = timeline.itemAtIndex(index)
        if (!item)
            return
        // positioned in the chat, not parented to the anchor: the hover bar may go away
        const point = anchor.mapToItem(chat, x, y)
        messageMenu.target = item
        messageMenu.x = Math.max(0, Math.min(chat.width - messageMenu.width, point.x))
        messageMenu.y = Math.max(0, Math.min(chat.height - messageMenu.height, point.y))
        messageMenu.open()
    }
    function selectNewestMessage() {
        if (timeline.count === 0)
            return
        timeline.currentIndex = 0
        timeline.forceActiveFocus()
    }
    function showEmojiPicker(anchor, reaction) {
        if (!reaction)
            chat.reactionTarget = ""
        const point = anchor.mapToItem(chat, 0, 0)
        const picker = emojiPicker.get()
        picker.x = Math.max(Theme.s2, Math.min(chat.width - picker.width - Theme.s2, point.x))
        picker.y = Math.max(Theme.s2, point.y - picker.height - Theme.s1)
        picker.open()
    }
    function showStickerPicker(anchor) {
        const point = anchor.mapToItem(chat, 0, 0)
        const picker = stickerPicker.get()
        picker.x = Math.max(Theme.s2, Math.min(chat.width - picker.width - Theme.s2, point.x))
        picker.y = Math.max(Theme.s2, point.y - picker.height - Theme.s1)
        picker.open()
    }
    function openConversationMenu() {
        if (hasRoom && !session.currentRoomIsInvite && !session.currentRoomIsLeft) {
            dialogOpening = false
            conversationMenu.open()
        }
    }

    color: Theme.chatBackground

    Connections {
        target: chat.session
        function onRoomOpened() {
            timeline.unseen = 0
            chat.focusComposer()
        }
    }

    Label {
        textFormat: Text.PlainText
        objectName: "chatEmptyState"
        anchors.centerIn: parent
        visible: !chat.hasRoom
        text: qsTr("Select a conversation")
        color: Theme.pillText
        padding: Theme.s2
        leftPadding: Theme.s3
        rightPadding: Theme.s3
        background: Rectangle {
            radius: height / 2
            color: Theme.pill
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: chat.hasRoom

        // header
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: Theme.surface

            Avatar {
                id: headerAvatar
                x: Theme.s4
                anchors.verticalCenter: parent.verticalCenter
                size: 40
                objectName: "headerAvatar"
                initials: chat.session.currentRoomInitials
                tint: chat.session.currentRoomColor
                source: chat.session.currentRoomAvatar
            }
            Text {
                textFormat: Text.PlainText
                id: title
                anchors.left: headerAvatar.right
                anchors.leftMargin: Theme.s3
                anchors.right: headerActions.left
                anchors.rightMargin: Theme.s2
                y: status.text.length > 0 ? Theme.s2 + 1 : (parent.height - height) / 2
                text: chat.session.currentRoomName
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                textFormat: Text.PlainText
                id: status
                anchors.left: title.left
                anchors.right: title.right
                anchors.top: title.bottom
                anchors.topMargin: 1
                objectName: "roomStatus"
                text: chat.session.typingText.length > 0 ? chat.session.typingText
                      : chat.timelineModel.loading ? qsTr("loading…")
                      : chat.session.roomAdmin.isChannel
                        ? qsTr("%n subscriber(s)", "", chat.session.roomAdmin.joinedCount)
                      : chat.session.currentRoomStatus
                color: chat.session.typingText.length > 0 ? Theme.accent : Theme.textDim
                font.pixelSize: Theme.fontMeta
                elide: Text.ElideRight
            }
            Row {
                id: headerActions
                anchors.right: parent.right
                anchors.rightMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.s1

                // calls: conversations of two only (not groups, not the saved messages)
                RoundIconButton {
                    objectName: "callVoiceButton"
                    visible: !chat.session.currentRoomIsGroup && !chat.session.currentRoomIsLeft
                             && chat.session.calls.canCall(chat.session.currentRoomId)
                    enabled: !chat.session.calls.busy
                    opacity: enabled ? 1.0 : 0.4
                    iconSource: "../icons/phone.svg"
                    accessibleName: qsTr("Voice call")
                    onClicked: chat.session.calls.place(chat.session.currentRoomId, false)
                }
                RoundIconButton {
                    objectName: "callVideoButton"
                    visible: !chat.session.currentRoomIsGroup && !chat.session.currentRoomIsLeft
                             && chat.session.calls.canCall(chat.session.currentRoomId)
                    enabled: !chat.session.calls.busy
                    opacity: enabled ? 1.0 : 0.4
                    iconSource: "../icons/video.svg"
                    accessibleName: qsTr("Video call")
                    onClicked: chat.session.calls.place(chat.session.currentRoomId, true)
                }
                RoundIconButton {
                    objectName: "searchButton"
                    visible: !chat.session.currentRoomIsInvite && !chat.session.currentRoomIsLeft
                    iconSource: "../icons/search.svg"
                    accessibleName: qsTr("Search in this conversation (Ctrl+F)")
                    tint: chat.session.panels.panel === "search" ? Theme.accent : Theme.textDim
                    onClicked: chat.session.panels.togglePanel("search")
                }
                RoundIconButton {
                    objectName: "membersButton"
                    visible: !chat.session.currentRoomIsInvite && !chat.session.currentRoomIsLeft
                    iconSource: "../icons/members.svg"
                    accessibleName: qsTr("Members")
                    tint: chat.session.panels.panel === "members" ? Theme.accent : Theme.textDim
                    onClicked: chat.session.panels.togglePanel("members")
                }
                RoundIconButton {
                    id: moreButton
                    objectName: "conversationMenuButton"
                    visible: !chat.session.currentRoomIsInvite && !chat.session.currentRoomIsLeft
                    iconSource: "../icons/more.svg"
                    accessibleName: qsTr("More actions (Ctrl+Shift+M)")
                    onClicked: chat.openConversationMenu()

                    AppMenu {
                        id: conversationMenu
                        objectName: "conversationMenu"
                        y: moreButton.height + Theme.s1
                        x: moreButton.width - width
                        // the entry's dialog keeps the focus (it may have opened already)
                        onClosed: if (chat.dialogOpening) chat.dialogOpening = false; else chat.focusComposer()

                        AppMenuItem {
                            objectName: "inviteMenuItem"
                            text: qsTr("Invite people…")
                            onTriggered: {
                                chat.dialogOpening = true
                                chat.inviteRequested()
                            }
                        }
                        AppMenuItem {
                            objectName: "roomSettingsMenuItem"
                            text: qsTr("Settings…")
                            onTriggered: {
                                chat.dialogOpening = true
                                roomSettingsDialog.open()
                            }
                        }
                        AppMenuItem {
                            objectName: "leaveMenuItem"
                            text: qsTr("Leave conversation")
                            danger: true
                            onTriggered: {
                                chat.dialogOpening = true
                                chat.leaveRequested()
                            }
                        }
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        PinnedBar {
            Layout.fillWidth: true
            panels: chat.session.panels
        }

        // timeline
        ListView {
            id: timeline
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: chat.timelineModel
            verticalLayoutDirection: ListView.BottomToTop
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            spacing: 0
            topMargin: Theme.s3
            bottomMargin: Theme.s3
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Messages")

            property int unseen: 0
            readonly property bool atBottom: atYEnd
            // the oldest row at least partly on screen (bottom-to-top: the highest index in view)
            property int topIndex: -1
            function updateTopIndex() {
                topIndex = indexAt(width / 2, contentY + topMargin + 2)
            }
            onContentYChanged: {
                updateTopIndex()
                maybeLoadOlder()
            }
            onHeightChanged: updateTopIndex()

            ScrollBar.vertical: ScrollBar { }

            // the mouse selects text; the wheel, the scroll bar and the keys scroll
            acceptedButtons: Qt.NoButton
            currentIndex: -1
            keyNavigationEnabled: false
            highlightFollowsCurrentItem: false
            activeFocusOnTab: true
            // reached with Tab: the newest message is selected, so the focus shows where it is
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
            // a row's control reached with Tab (a reaction, a thread) scrolls into view
            function reveal(item: Item) {
                const top = item.mapToItem(timeline, 0, 0).y
                const by = top < 0 ? top - Theme.s2
                         : top + item.height > timeline.height ? top + item.height - timeline.height + Theme.s2 : 0
                const lowest = timeline.originY - timeline.topMargin
                const highest = timeline.originY + timeline.contentHeight + timeline.bottomMargin - timeline.height
                if (by !== 0)
                    timeline.contentY = Math.max(lowest, Math.min(highest, timeline.contentY + by))
            }
            Connections {
                target: timeline.Window.window
                function onActiveFocusItemChanged() {
                    const item = timeline.Window.activeFocusItem
                    if (item && item !== timeline && timeline.activeFocus)
                        timeline.reveal(item)
                }
            }

            TextMetrics {
                id: spaceMetrics
                font.pixelSize: Theme.fontBody
                text: "\u00a0"
            }

            delegate: MessageDelegate {
                width: ListView.view.width
                spaceWidth: spaceMetrics.advanceWidth
                // a channel's posts are the channel's: no names or pictures, signed if it says so
                showSenderNames: chat.session.currentRoomIsGroup && !chat.session.roomAdmin.isChannel
                signed: chat.session.roomAdmin.signsPosts
                isChannel: chat.session.roomAdmin.isChannel  // the one-line layout names no one there
                readOnly: chat.session.currentRoomIsLeft
                selected: ListView.isCurrentItem && timeline.activeFocus
                quickReactions: chat.session.actions.quickReactions
                player: chat.session.media.playback
                animations: chat.session.media.animations
                autoDownload: chat.session.media.autoDownload
                onRetryRequested: (txnId) => chat.session.retry(txnId)
                onDeletePendingRequested: (txnId) => chat.session.deletePending(txnId)
                onToggleRunRequested: (index) => chat.timelineModel.toggleRun(index)
                onReplyRequested: (eventId) => chat.reply(eventId)
                onEditRequested: (eventId) => chat.edit(eventId)
                onDeleteRequested: (eventId) => chat.confirmDelete(eventId)
                onReactRequested: (eventId, anchor) => chat.openReactionPicker(eventId, anchor)
                onReactionToggled: (eventId, key) => chat.session.actions.toggleReaction(eventId, key)
                onThreadRequested: (eventId) => chat.openThread(eventId)
                onMenuRequested: (index, anchor, x, y) => chat.openMessageMenu(index, anchor, x, y)
                onQuoteClicked: (eventId) => chat.timelineModel.jumpTo(eventId)
                onLinkClicked: (link, eventId) => chat.session.actions.openLink(link, eventId)
                onMediaSaveRequested: (eventId) => chat.session.media.save(eventId)
                onMediaOpenRequested: (eventId) => chat.session.media.open(eventId)
                onUploadCancelRequested: (txnId) => chat.session.media.cancelUpload(txnId)
                onMediaViewRequested: (eventId) => chat.viewMedia(eventId)
            }

            // keyboard on the selected message (Ctrl+Up in the composer selects the newest)
            function selected(): MessageDelegate {
                return currentIndex >= 0 ? itemAtIndex(currentIndex) as MessageDelegate : null
            }
            function moveSelection(step) {
                let index = currentIndex
                let item = null
                do {
                    index += step
                    item = itemAtIndex(index) as MessageDelegate
                } while (index >= 0 && index < count && item && !item.actionable)
                if (index < 0) {
                    currentIndex = -1
                    chat.focusComposer()
                    return
                }
                if (index >= count) {
                    chat.timelineModel.loadOlder()
                    return
                }
                currentIndex = index
                positionViewAtIndex(index, ListView.Contain)
            }
            Keys.onPressed: function(event) {
                const item = selected()
                const id = item && item.actionable ? item.eventId : ""
                const key = event.key
                if (key === Qt.Key_Up) moveSelection(1)
                else if (key === Qt.Key_Down) moveSelection(-1)
                else if (key === Qt.Key_PageUp) contentY = Math.max(originY, contentY - height * 0.9)
                else if (key === Qt.Key_PageDown) contentY = Math.min(originY + contentHeight - height + bottomMargin, contentY + height * 0.9)
                else if (key === Qt.Key_Escape) { currentIndex = -1; chat.focusComposer() }
                else if (id && key === Qt.Key_R) chat.reply(id)
                else if (id && key === Qt.Key_E && item.canEdit) chat.edit(id)
                else if (id && key === Qt.Key_T) chat.openThread(id)
                else if (id && key === Qt.Key_Delete && item.canRedact) chat.confirmDelete(id)
                else if (id && (key === Qt.Key_Plus || key === Qt.Key_Equal)) chat.openReactionPicker(id, item)
                else if (id && key === Qt.Key_C && (event.modifiers & Qt.ControlModifier)) chat.session.actions.copyText(id)
                else if (id && (key === Qt.Key_Menu || (key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))))
                    chat.openMessageMenu(currentIndex, item, item.width / 2, 0)
                else if (id && (key === Qt.Key_Return || key === Qt.Key_Enter) && item.hasMedia && item.media.kind === "image")
                    chat.viewMedia(id)  // what a click on the picture does
                else return
                event.accepted = true
            }

            Connections {
                target: chat.timelineModel
                // a conversation opens at its first unread message
                function onOpened() {
                    const unread = chat.timelineModel.unreadIndex
                    if (unread > 0)
                        timeline.positionViewAtIndex(unread, ListView.End)
                }
                function onPositionRequested(index: int) {
                    timeline.positionViewAtIndex(index, ListView.Center)
                }
                function onNewestEventIdChanged() {
                    timeline.markSeen()
                }
            }
            function markSeen() {
                if (atBottom && count > 0 && Window.active && chat.timelineModel.newestEventId.length > 0)
                    chat.session.actions.markSeen(chat.timelineModel.newestEventId)
            }
            Window.onActiveChanged: markSeen()

            function maybeLoadOlder() {
                if (count > 0 && !chat.timelineModel.loading && !chat.timelineModel.atStart
                        && contentY - originY < height)
                    chat.timelineModel.loadOlder()
            }
            onCountChanged: maybeLoadOlder()
            onAtBottomChanged: {
                if (atBottom) {
                    unseen = 0
                    markSeen()
                }
            }

            // Rows that arrive below the reader (not history above): one sync may bring several.
            Connections {
                target: chat.timelineModel
                function onRowsInserted(parent: var, first: int, last: int) {
                    const added = last - first + 1
                    const below = first === 0 || first + added < chat.timelineModel.rowCount()
                    if (below && !timeline.atBottom)
                        timeline.unseen += added
                }
            }

            // positionViewAtBeginning() leaves a bottom-to-top view short of its bottomMargin,
            // where atYEnd is still false: go on to the very end.
            function scrollToNewest() {
                positionViewAtBeginning()
                contentY = originY + contentHeight + bottomMargin - height
                unseen = 0
            }

            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.s2
                width: 32
                height: 32
                running: chat.timelineModel.loading
                visible: running
            }

            // back to where the unread messages start
            RoundIconButton {
                objectName: "jumpToUnread"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.s4
                width: 44
                height: 44
                readonly property int unreadIndex: chat.timelineModel.unreadIndex
                visible: chat.timelineModel.hasUnread && timeline.count > 0
                         && (unreadIndex < 0 || unreadIndex > timeline.topIndex)
                iconSource: "../icons/arrow-up.svg"
                tint: Theme.accent
                fill: Theme.surfaceRaised
                accessibleName: qsTr("Jump to the first unread message")
                onClicked: chat.timelineModel.jumpToFirstUnread()
            }

            RoundIconButton {
                id: jump
                objectName: "jumpToBottom"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.s4
                width: 44
                height: 44
                visible: !timeline.atBottom && timeline.count > 0
                iconSource: "../icons/arrow-down.svg"
                tint: Theme.textDim
                fill: Theme.surfaceRaised
                accessibleName: timeline.unseen > 0 ? qsTr("%n new message(s)", "", timeline.unseen)
                                                    : qsTr("Jump to the newest message")
                onClicked: timeline.scrollToNewest()

                Rectangle {
                    visible: timeline.unseen > 0
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.top
                    anchors.bottomMargin: -Theme.s2
                    height: 20
                    width: Math.max(20, unseenText.implicitWidth + Theme.s3)
                    radius: 10
                    color: Theme.badge
                    Text {
                        textFormat: Text.PlainText
                        id: unseenText
                        anchors.centerIn: parent
                        text: timeline.unseen
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }
            }
        }

        // invitation actions instead of a composer
        Rectangle {
            Layout.fillWidth: true
            visible: chat.session.currentRoomIsInvite
            implicitHeight: 64
            color: Theme.surface
            Row {
                anchors.centerIn: parent
                spacing: Theme.s3
                Button {
                    objectName: "acceptInviteButton"
                    text: qsTr("Join")
                    Accessible.name: qsTr("Join the conversation")
                    highlighted: true
                    onClicked: chat.session.acceptInvite(chat.session.currentRoomId)
                }
                Button {
                    objectName: "declineInviteButton"
                    text: qsTr("Decline")
                    Accessible.name: qsTr("Decline the invitation")
                    onClicked: chat.session.declineInvite(chat.session.currentRoomId)
                }
            }
        }

        // a conversation the user left: read-only, with Rejoin and Forget
        LeftRoomBar {
            Layout.fillWidth: true
            visible: chat.session.currentRoomIsLeft
            session: chat.session
        }

        // the room was upgraded: the conversation goes on in its successor, one click away
        Rectangle {
            objectName: "replacedBar"
            Layout.fillWidth: true
            implicitHeight: 64
            visible: chat.session.currentReplacement.length > 0 && !chat.session.currentRoomIsLeft
            color: Theme.surface
            Accessible.role: Accessible.StatusBar
            Accessible.name: replacedLabel.text
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
            RowLayout {
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.s4)
                spacing: Theme.s3
                Label {
                    id: replacedLabel
                    objectName: "replacedLabel"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: qsTr("This conversation has been replaced and is no longer active.")
                    color: Theme.textDim
                }
                DialogButton {
                    objectName: "followReplacementButton"
                    primary: true
                    enabled: !chat.session.following
                    text: chat.session.following ? qsTr("Joining…") : qsTr("Go to the new conversation")
                    onClicked: chat.session.followReplacement()
                }
            }
        }

        // a channel's reader (or anyone whose role may not post): no composer
        Rectangle {
            objectName: "readOnlyBar"
            Layout.fillWidth: true
            implicitHeight: 56
            visible: !chat.session.currentRoomIsInvite && !chat.session.currentRoomIsLeft
                     && !chat.session.roomAdmin.canPost && chat.session.currentReplacement.length === 0
            color: Theme.surface
            Accessible.role: Accessible.StatusBar
            Accessible.name: readOnlyLabel.text
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
            Label {
                id: readOnlyLabel
                objectName: "readOnlyLabel"
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.s4)
                elide: Text.ElideRight
                text: chat.session.roomAdmin.isChannel ? qsTr("Only admins can post in this channel")
                                                       : qsTr("Your role does not allow posting here")
                color: Theme.textDim
            }
        }

        Composer {
            id: composer
            Layout.fillWidth: true
            Layout.maximumHeight: chat.height * 0.4
            visible: !chat.session.currentRoomIsInvite && !chat.session.currentRoomIsLeft
                     && chat.session.roomAdmin.canPost && chat.session.currentReplacement.length === 0
            controller: chat.session.composer
            enterSends: chat.enterSends
            onSent: timeline.scrollToNewest()
            onEmojiRequested: (anchor) => chat.showEmojiPicker(anchor, false)
            onStickersRequested: (anchor) => chat.showStickerPicker(anchor)
            media: chat.session.media
            emojiModel: chat.emojiModel
            spelling: chat.spelling
            stickers: chat.session.stickers
            onAttachRequested: chat.pickFiles()
            onSelectMessagesRequested: chat.selectNewestMessage()
            onEscapePressed: chat.listFocusRequested()
        }
    }

    // the context menu of a message (right click, the bar's "more", or the Menu key)
    AppMenu {
        id: messageMenu
        objectName: "messageMenu"
        property var target: null
        readonly property string eventId: target ? target.eventId : ""
        onClosed: if (!chat.dialogOpening) chat.focusComposer()

        AppMenuItem {
            objectName: "replyMenuItem"
            text: qsTr("Reply")
            onTriggered: chat.reply(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "threadMenuItem"
            text: qsTr("Reply in thread")
            onTriggered: chat.openThread(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "reactMenuItem"
            text: qsTr("React…")
            onTriggered: {
                chat.dialogOpening = true
                chat.openReactionPicker(messageMenu.eventId, messageMenu.target)
            }
        }
        AppMenuItem {
            objectName: "editMenuItem"
            text: qsTr("Edit")
            enabled: messageMenu.target !== null && messageMenu.target.canEdit
            height: enabled ? implicitHeight : 0
            onTriggered: chat.edit(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "addStickerMenuItem"
            text: qsTr("Add to My stickers")
            enabled: messageMenu.target !== null && messageMenu.target.hasMedia
                     && messageMenu.target.media.kind === "sticker"
            height: enabled ? implicitHeight : 0
            onTriggered: chat.session.stickers.addToMyStickers(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "copyMenuItem"
            text: qsTr("Copy text")
            onTriggered: chat.session.actions.copyText(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "copyLinkMenuItem"
            text: qsTr("Copy link to message")
            onTriggered: chat.session.actions.copyLink(messageMenu.eventId)
        }
        AppMenuItem {
            objectName: "forwardMenuItem"
            text: qsTr("Forward…")
            onTriggered: {
                chat.dialogOpening = true
                const dialog = forwardDialog.get() as ForwardDialog
                dialog.eventId = messageMenu.eventId
                dialog.open()
            }
        }
        AppMenuItem {
            objectName: "pinMenuItem"
            readonly property bool pinned: messageMenu.eventId.length > 0
                                           && chat.session.actions.isPinned(messageMenu.eventId)
            text: pinned ? qsTr("Unpin") : qsTr("Pin")
            onTriggered: chat.session.actions.setPinned(messageMenu.eventId, !pinned)
        }
        AppMenuItem {
            objectName: "deleteMenuItem"
            text: qsTr("Delete…")
            danger: true
            enabled: messageMenu.target !== null && messageMenu.target.canRedact
            height: enabled ? implicitHeight : 0
            onTriggered: {
                chat.dialogOpening = true
                chat.confirmDelete(messageMenu.eventId)
            }
        }
        // safety: someone else's message to the server's admins
        AppMenuItem {
            objectName: "reportMenuItem"
            text: qsTr("Report…")
            danger: true
            enabled: messageMenu.target !== null && !messageMenu.target.isOwn
            height: enabled ? implicitHeight : 0
            onTriggered: {
                chat.dialogOpening = true
                chat.reportMessage(messageMenu.eventId, messageMenu.target.senderName)
            }
        }
    }

    // the dialogs and pickers that say LazyPopup are made the first time they open
    LazyPopup {
        id: messageReportDialog
        host: chat
        ReportDialog {
            safety: chat.session.safety
            onClosed: chat.focusComposer()
        }
    }

    LazyPopup {
        id: emojiPicker
        host: chat
        EmojiPicker {
            emojiModel: chat.emojiModel
            onPicked: (emoji) => {
                if (chat.reactionTarget.length > 0)
                    chat.session.actions.toggleReaction(chat.reactionTarget, emoji)
                else
                    composer.insertText(emoji)
                chat.reactionTarget = ""
            }
            onClosed: {
                chat.reactionTarget = ""
                chat.focusComposer()
            }
        }
    }

    LazyPopup {
        id: stickerPicker
        host: chat
        StickerPicker {
            stickers: chat.session.stickers
            onSent: timeline.scrollToNewest()
            onClosed: chat.focusComposer()
        }
    }

    LazyPopup {
        id: redactDialog
        host: chat
        RedactDialog {
            anchors.centerIn: Overlay.overlay
            onConfirmed: (eventId, reason) => chat.session.actions.redact(eventId, reason)
            onClosed: chat.focusComposer()
        }
    }

    LazyPopup {
        id: forwardDialog
        host: chat
        ForwardDialog {
            anchors.centerIn: Overlay.overlay
            roomsModel: chat.session.rooms
            onPicked: (eventId, roomId) => chat.session.actions.forward(eventId, roomId)
            onClosed: chat.focusComposer()
        }
    }

    ConfirmDialog {
        id: linkDialog
        objectName: "linkDialog"
        property string url
        anchors.centerIn: Overlay.overlay
        title: qsTr("Open this link?")
        confirmText: qsTr("Open")
        confirmName: "openLinkButton"
        danger: false
        onConfirmed: chat.session.actions.openConfirmed(url)
    }

    Connections {
        target: chat.session.actions
        function onLinkConfirmation(url: string, question: string) {
            linkDialog.url = url
            linkDialog.text = question + "\n\n" + url
            linkDialog.open()
        }
    }

    // files to send: the dialog (a QML one, never a nested event loop), a drop, or a paste
    LazyPopup {
        id: roomSettingsDialog
        host: chat
        RoomSettingsDialog {
            session: chat.session
            onLeaveRequested: {
                chat.dialogOpening = true
                chat.leaveRequested()
            }
            onClosed: if (!chat.dialogOpening) chat.focusComposer()
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "attachFileDialog"
        title: qsTr("Send files")
        fileMode: FileDialog.OpenFiles
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        onAccepted: chat.session.media.attach(selectedFiles)
    }

    DropArea {
        id: drop
        objectName: "fileDropArea"
        anchors.fill: parent
        enabled: chat.hasRoom && !chat.session.currentRoomIsLeft && !chat.session.currentRoomIsInvite
        keys: ["text/uri-list"]
        onDropped: (event) => {
            if (event.hasUrls) {
                chat.session.media.attach(event.urls)
                event.acceptProposedAction()
            }
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.s3
            visible: drop.containsDrag
            radius: Theme.radiusBubble
            color: Qt.alpha(Theme.chatBackground, 0.9)
            border.color: Theme.accent
            border.width: 2
            Label {
                anchors.centerIn: parent
                textFormat: Text.PlainText
                text: qsTr("Drop files here to send them")
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
        }
    }

    LazyPopup {
        id: mediaViewer
        host: chat
        MediaViewer {
            media: chat.session.media
            onClosed: chat.focusComposer()
        }
    }

    SendFilesDialog {
        id: sendFilesDialog
        anchors.centerIn: Overlay.overlay
        media: chat.session.media
        onClosed: chat.focusComposer()
    }

    Shortcut {
        sequence: "Ctrl+O"
        enabled: chat.hasRoom && composer.visible
        onActivated: chat.pickFiles()
    }
}
