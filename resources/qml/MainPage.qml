pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Signed in: the conversation list on the left, the open conversation on the right.
Rectangle {
    id: page

    required property var session
    required property var settings
    property var emojiModel: null
    property var spelling: null  // the composer's spell checker
    signal settingsRequested()
    signal helpRequested(string what)  // from the account menu's Help submenu

    color: Theme.window

    // while a popup is open, the page's shortcuts wait (Esc, Enter and Tab belong to the popup)
    // what the confirmations at the end ask about
    property string leavingRoomId
    property string leavingRoomName
    property string linkUserId

    function showDirectory() {
        const dialog = directory.get() as RoomDirectory
        dialog.show()
    }

    readonly property bool popupOpen: newChat.visible || invite.visible || confirmLeave.visible
                                      || confirmSignOut.visible || rightPanel.popupOpen || switcher.visible
                                      || incomingCall.visible || linkPreview.visible || directory.visible
                                      || inviteLink.visible || chatWithLink.visible

    Shortcut {
        sequence: "Ctrl+Shift+M"
        enabled: !page.popupOpen
        onActivated: chat.openConversationMenu()
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: !page.popupOpen
        onActivated: switcher.open()
    }
    Shortcut {
        sequence: "Ctrl+Shift+Up"
        enabled: !page.popupOpen
        onActivated: page.session.openUnread(-1)
    }
    Shortcut {
        sequence: "Ctrl+Shift+Down"
        enabled: !page.popupOpen
        onActivated: page.session.openUnread(1)
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: !page.popupOpen && page.session.currentRoomId.length > 0
        onActivated: {
            page.session.panels.showSearch()
            rightPanel.focusContent()
        }
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: !page.popupOpen
        onActivated: newChat.open()
    }
    Shortcut {
        sequence: "Ctrl+Shift+J"  // join a public room, or one by its address
        enabled: !page.popupOpen
        onActivated: page.showDirectory()
    }
    Shortcut {
        sequence: "Alt+Up"
        enabled: !page.popupOpen
        onActivated: page.session.openRelative(-1)
    }
    Shortcut {
        sequence: "Alt+Down"
        enabled: !page.popupOpen
        onActivated: page.session.openRelative(1)
    }
    Shortcut {
        sequence: "Esc"
        enabled: !page.popupOpen && !callView.shown  // the call screen's Esc goes back to the chat
        onActivated: chat.focusComposer()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        OfflineBanner {
            Layout.fillWidth: true
            offline: page.session.offline
            text: page.session.offlineText
        }

        // -- issue 8: the cache on disk cannot be written (full, read-only) or is damaged
        OfflineBanner {
            objectName: "storageBanner"
            Layout.fillWidth: true
            offline: page.session.storage.problem
            text: page.session.storage.text
        }

        // -- issue 8: the session expired (soft logout): the password, and carry on
        SessionExpiredBar {
            Layout.fillWidth: true
            expiry: page.session.expiry
        }

        CallBar {
            objectName: "callBar"
            Layout.fillWidth: true
            visible: page.session.calls.active && !callView.shown
            call: page.session.calls
            onClicked: callView.show()
        }

        SplitView {
            id: split
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            handle: Rectangle {
                implicitWidth: 1
                color: Theme.divider
            }

            RoomList {
                id: roomList
                SplitView.minimumWidth: 280
                SplitView.preferredWidth: 320
                SplitView.maximumWidth: 420
                session: page.session
                onNewChatRequested: newChat.open()
                onSignOutRequested: confirmSignOut.open()
                onSettingsRequested: page.settingsRequested()
                onHelpRequested: (what) => page.helpRequested(what)
            }

            // the open conversation, and beside it (never over the composer) the third pane
            RowLayout {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 200
                spacing: 0

                ChatView {
                    id: chat
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 200
                    session: page.session
                    emojiModel: page.emojiModel
                    spelling: page.spelling
                    enterSends: page.settings.enterSends
                    onInviteRequested: invite.open()
                    onListFocusRequested: roomList.focusList()
                    onLeaveRequested: {
                        page.leavingRoomId = page.session.currentRoomId
                        page.leavingRoomName = page.session.currentRoomName
                        confirmLeave.open()
                    }
                }

                Rectangle {
                    visible: rightPanel.width > 0
                    Layout.fillHeight: true
                    implicitWidth: 1
                    color: Theme.divider
                }

                Connections {
                    target: page.session.actions
                    function onUserRequested(userId: string) {
                        rightPanel.showUser(userId)
                    }
                }

                RightPanel {
                    id: rightPanel
                    Layout.fillHeight: true
                    Layout.preferredWidth: implicitWidth
                    panels: page.session.panels
                    admin: page.session.roomAdmin
                    safety: page.session.safety
                    inviteLinks: page.session.inviteLinks
                    media: page.session.media
                    enterSends: page.settings.enterSends
                    onClosed: chat.focusComposer()
                    onReportRequested: (eventId, senderName) => chat.reportMessage(eventId, senderName)
                }
            }
        }
    }

    // the call screen covers the conversation pane; the list stays usable (opening a
    // conversation from it goes back to the chat, with the call bar on top)
    CallView {
        id: callView
        objectName: "callView"
        x: roomList.width + 1
        y: split.y
        width: page.width - x
        height: split.height
        call: page.session.calls
        onShownChanged: if (!shown && !page.popupOpen) chat.focusComposer()
    }

    Connections {
        target: page.session.calls
        function onViewRequested() { callView.show() }
    }
    Connections {
        target: page.session
        function onRoomOpened() { callView.minimise() }
    }

    IncomingCallDialog {
        id: incomingCall
        anchors.centerIn: Overlay.overlay
        call: page.session.calls
        onClosed: if (!callView.shown) chat.focusComposer()
    }

    // during a call, wherever the focus is (Ctrl+D and Ctrl+E as in Google Meet, Ctrl+Shift+H as in Teams)
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.session.calls.live && !page.popupOpen
        onActivated: page.session.calls.toggleMute()
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: page.session.calls.live && !page.popupOpen
        onActivated: page.session.calls.toggleCamera()
    }
    Shortcut {
        sequence: "Ctrl+Shift+H"
        enabled: page.session.calls.live && !page.popupOpen
        onActivated: page.session.calls.hangup()
    }

    Notice {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 80
        text: page.session.notice
        onDismissed: page.session.dismissNotice()
    }

    // the dialogs below that say LazyPopup are made the first time they open
    LazyPopup {
        id: switcher
        host: page
        QuickSwitcher {
            model: page.session.switcher
            onClosed: if (!page.popupOpen) chat.focusComposer()
        }
    }

    LazyPopup {
        id: newChat
        host: page
        NewChatDialog {
            session: page.session
            anchors.centerIn: parent
            onDirectoryRequested: page.showDirectory()
        }
    }

    LazyPopup {
        id: directory
        host: page
        RoomDirectory {
            session: page.session
            anchors.centerIn: parent
            onClosed: if (!page.popupOpen) chat.focusComposer()
        }
    }

    LinkPreviewDialog {
        id: linkPreview
        session: page.session
        anchors.centerIn: parent
        onClosed: chat.focusComposer()
    }

    LazyPopup {
        id: invite
        host: page
        InviteDialog {
            objectName: "inviteDialog"
            session: page.session
            anchors.centerIn: parent
            onClosed: if (!inviteLink.visible) chat.focusComposer()
            onLinkRequested: inviteLink.showRoom(page.session.currentRoomId, page.session.currentRoomName)
        }
    }

    InviteLinkDialog {
        id: inviteLink
        links: page.session.inviteLinks
        anchors.centerIn: parent
        onClosed: chat.focusComposer()
    }

    LazyPopup {
        id: confirmLeave
        host: page
        ConfirmDialog {
            objectName: "confirmLeave"
            anchors.centerIn: parent
            title: qsTr("Leave “%1”?").arg(page.leavingRoomName)
            text: qsTr("You will stop receiving its messages. To come back, you may need a new invitation.")
            confirmText: qsTr("Leave")
            confirmName: "confirmLeaveButton"
            onConfirmed: page.session.leaveRoom(page.leavingRoomId)
            onClosed: chat.focusComposer()
        }
    }

    LazyPopup {
        id: confirmSignOut
        host: page
        ConfirmDialog {
            objectName: "confirmSignOut"
            anchors.centerIn: parent
            title: qsTr("Sign out?")
            text: qsTr("Your conversations will be removed from this computer. Sign in as %1 to see them again.")
                  .arg(page.session.userId)
            confirmText: qsTr("Sign out")
            confirmName: "confirmSignOutButton"
            onConfirmed: page.session.signOut()
        }
    }

    // -- a matrix: link to a person opened from outside the app, with no chat with them yet ----
    LazyPopup {
        id: chatWithLink
        host: page
        ConfirmDialog {
            objectName: "chatWithLink"
            anchors.centerIn: parent
            danger: false
            title: qsTr("Start a chat with %1?").arg(page.linkUserId)
            text: qsTr("You have no conversation with them yet. Starting one sends them an invitation.")
            confirmText: qsTr("Start chat")
            confirmName: "chatWithLinkStart"
            onConfirmed: page.session.panels.messageUser(page.linkUserId)
            onClosed: chat.focusComposer()
        }
    }
    Connections {
        target: page.session
        function onChatWithRequested(userId: string) {
            page.linkUserId = userId
            chatWithLink.open()
        }
    }
}
