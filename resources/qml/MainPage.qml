import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Signed in: the conversation list on the left, the open conversation on the right.
Rectangle {
    id: page

    required property var session
    required property var settings

    color: Theme.window

    Shortcut {
        sequence: "Ctrl+K"
        onActivated: roomList.focusFilter()
    }
    Shortcut {
        sequence: "Ctrl+N"
        onActivated: newChat.open()
    }
    Shortcut {
        sequence: "Alt+Up"
        onActivated: page.session.openRelative(-1)
    }
    Shortcut {
        sequence: "Alt+Down"
        onActivated: page.session.openRelative(1)
    }
    Shortcut {
        sequence: "Esc"
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
            }

            ChatView {
                id: chat
                SplitView.fillWidth: true
                SplitView.minimumWidth: 200
                session: page.session
                enterSends: page.settings.enterSends
            }
        }
    }

    Notice {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 80
        text: page.session.notice
        onDismissed: page.session.dismissNotice()
    }

    NewChatDialog {
        id: newChat
        session: page.session
        anchors.centerIn: parent
    }
}
