pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The third pane on the right of the chat: members, a thread or a search (panels.panel says
// which). It takes its own place beside the chat column — put it in the same RowLayout or
// SplitView, never over the chat — and slides in and out by animating its implicitWidth between
// 0 and paneWidth. Esc inside it, or the close button, closes it; closed() then asks for the
// focus to go back (to the composer).
FocusScope {
    id: pane

    required property var panels
    property var admin: null  // the room's RoomAdmin (members: roles, moderation)
    property var safety: null  // session.safety (members: blocking, reporting)
    property var inviteLinks: null  // session.inviteLinks (a member's card: the link to them)
    property var media: null  // the session's media controller (a thread's pictures, recordings, files)
    property int paneWidth: 320
    property bool enterSends: true
    signal jumpRequested(string eventId)
    signal closed()
    signal reportRequested(string eventId, string senderName)  // a thread's message

    readonly property string current: panels.panel
    // the panel on show; kept while the pane slides out so its content does not vanish first
    property string shown: current
    readonly property bool open: current.length > 0
    // a popup of the pane is open (the page's shortcuts should wait, as for its own popups)
    readonly property bool popupOpen: (members.item !== null && (members.item as MemberList).profileOpen)
                                      || (thread.item !== null && (thread.item as ThreadPanel).viewerOpen)
    // each panel is made the first time it shows (start-up makes none), then kept
    property bool membersMade: false
    property bool threadMade: false
    property bool searchMade: false
    function makeShown() {
        if (pane.shown === "members")
            pane.membersMade = true
        else if (pane.shown === "thread")
            pane.threadMade = true
        else if (pane.shown === "search")
            pane.searchMade = true
    }
    onShownChanged: pane.makeShown()
    Component.onCompleted: pane.makeShown()

    // a mention pill was clicked: that member's profile (once the list has them)
    function showUser(userId: string) {
        pane.panels.showMembers()
        pane.membersMade = true
        const row = pane.panels.members.indexOf(userId)
        if (row >= 0)
            (members.item as MemberList).showProfile(row)
    }

    function focusContent() {
        if (pane.shown === "members" && members.item !== null)
            (members.item as MemberList).focusFilter()
        else if (pane.shown === "thread" && thread.item !== null)
            (thread.item as ThreadPanel).focusComposer()
        else if (pane.shown === "search" && search.item !== null)
            (search.item as SearchPanel).focusField()
    }

    objectName: "rightPanel"
    implicitWidth: open ? paneWidth : 0
    visible: implicitWidth > 0
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: header.title

    Behavior on implicitWidth {
        NumberAnimation {
            duration: Theme.motion
            easing.type: Easing.OutCubic
        }
    }

    onCurrentChanged: {
        if (current.length > 0) {
            shown = current
            Qt.callLater(focusContent)
        } else {
            closed()
        }
    }

    // Esc closes the panel: the focused control takes it from the page's Esc shortcut
    // (Keys.onShortcutOverride, which Qt Quick does not pass up to parents), a field with text
    // clears it first, and an Esc nobody used comes up here
    Keys.onEscapePressed: pane.panels.close()

    Rectangle {
        // anchored to the pane's left edge and as wide as the open pane: it slides in with it
        width: pane.paneWidth
        height: parent.height
        color: Theme.surface

        Rectangle {
            width: 1
            height: parent.height
            color: Theme.divider
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 1
            spacing: 0

            Rectangle {
                id: header
                objectName: "rightPanelHeader"
                Layout.fillWidth: true
                implicitHeight: 56
                color: Theme.surface

                readonly property string title: pane.shown === "members" ? qsTr("Members")
                                              : pane.shown === "thread" ? qsTr("Thread")
                                              : pane.shown === "search" ? qsTr("Search") : ""
                readonly property string subtitle: {
                    if (pane.shown === "members") {
                        const joined = pane.panels.members.joinedCount
                        const invited = pane.panels.members.invitedCount
                        if (!pane.panels.members.loaded)
                            return ""
                        const people = qsTr("%n member(s)", "", joined)
                        return invited > 0 ? qsTr("%1, %2 invited").arg(people).arg(invited) : people
                    }
                    if (pane.shown === "thread" && !pane.panels.threadMessages.loading
                            && pane.panels.threadMessages.count > 0)
                        return qsTr("%n reply(s)", "", pane.panels.threadMessages.replyCount)
                    return ""
                }

                Column {
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.s4
                    anchors.right: closeButton.left
                    anchors.rightMargin: Theme.s2
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 1
                    Text {
                        textFormat: Text.PlainText
                        objectName: "rightPanelTitle"
                        width: parent.width
                        text: header.title
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        visible: text.length > 0
                        text: header.subtitle
                        elide: Text.ElideRight
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                    }
                }

                RoundIconButton {
                    id: closeButton
                    objectName: "rightPanelClose"
                    // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
                    Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                    iconSource: "../icons/close.svg"
                    accessibleName: qsTr("Close %1 (Esc)").arg(header.title)
                    onClicked: pane.panels.close()
                }

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: ["members", "thread", "search"].indexOf(pane.shown)

                Loader {
                    id: members
                    active: pane.membersMade
                    focus: pane.shown === "members"
                    sourceComponent: MemberList {
                        panels: pane.panels
                        admin: pane.admin
                        safety: pane.safety
                        inviteLinks: pane.inviteLinks
                        focus: true
                    }
                }
                Loader {
                    id: thread
                    active: pane.threadMade
                    focus: pane.shown === "thread"
                    sourceComponent: ThreadPanel {
                        panels: pane.panels
                        media: pane.media
                        safety: pane.safety
                        enterSends: pane.enterSends
                        onReportRequested: (eventId, senderName) => pane.reportRequested(eventId, senderName)
                        focus: true
                    }
                }
                Loader {
                    id: search
                    active: pane.searchMade
                    focus: pane.shown === "search"
                    sourceComponent: SearchPanel {
                        panels: pane.panels
                        focus: true
                        onJumpRequested: (eventId) => pane.jumpRequested(eventId)
                    }
                }
            }
        }
    }
}
