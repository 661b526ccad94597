pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The conversation's members: a filter field, then Joined and Invited, each member with their
// presence and role. Down from the filter goes to the list; Enter or a click opens the profile.
FocusScope {
    id: root

    required property var panels
    property var admin: null  // the room's RoomAdmin: roles, moderation, the ban list
    property var safety: null  // session.safety: blocking and reporting from a member's card
    property var inviteLinks: null  // session.inviteLinks: the link to a member, from their card
    readonly property var members: panels.members
    readonly property bool profileOpen: profile.visible || moderation.visible || roles.visible
                                        || profile.dialogOpen
    readonly property color onlineColor: Theme.dark ? "#4cc26a" : "#2ea44f"
    readonly property color awayColor: Theme.dark ? "#e3a33b" : "#d08a14"

    objectName: "memberList"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Members")

    function focusFilter() {
        filter.forceActiveFocus()
    }
    function showProfile(row: int) {
        if (row >= 0 && row < list.count) {
            list.currentIndex = row
            profile.show(root.members.get(row))
        }
    }

    Connections {
        target: root.panels
        function onRoomChanged() {
            filter.clear()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: filter
            objectName: "memberFilter"
            // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
            Layout.fillWidth: true
            Layout.margins: Theme.s3
            Layout.bottomMargin: Theme.s2
            implicitHeight: 36
            focus: true
            placeholderText: qsTr("Find a member")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: 36
            rightPadding: Theme.s3
            Accessible.name: qsTr("Find a member")
            onTextChanged: root.members.filterText = text
            onAccepted: root.showProfile(0)
            Keys.onDownPressed: {
                if (list.count > 0) {
                    list.currentIndex = Math.max(0, list.currentIndex)
                    list.forceActiveFocus()
                }
            }
            Keys.onEscapePressed: function(event) {
                event.accepted = filter.text.length > 0
                filter.clear()
            }

            background: Rectangle {
                radius: 18
                color: Theme.field
                border.width: filter.activeFocus ? 2 : 0
                border.color: Theme.accent
                Image {
                    source: "../icons/search.svg"
                    sourceSize.width: 18
                    sourceSize.height: 18
                    x: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }

        DialogButton {
            objectName: "rolesButton"
            Layout.leftMargin: Theme.s3
            Layout.bottomMargin: Theme.s1
            visible: root.admin !== null && root.admin.roomId.length > 0
            text: qsTr("Roles and permissions")
            Accessible.name: qsTr("Roles and permissions of this conversation")
            onClicked: roles.open()
        }

        ListView {
            id: list
            objectName: "memberListView"
            // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.members
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Members")

            ScrollBar.vertical: ScrollBar { }

            section.property: "section"
            section.delegate: Item {
                id: sectionHeader
                required property string section
                width: ListView.view.width
                height: 32
                Text {
                    textFormat: Text.PlainText
                    x: Theme.s4
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.s1 + 2
                    text: sectionHeader.section.toUpperCase()
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    font.letterSpacing: 0.6
                }
            }

            delegate: ItemDelegate {
                id: member
                objectName: "memberDelegate"

                required property int index
                required property string userId
                required property string name
                required property string initials
                required property string avatarColor
                required property string membership
                required property string badge
                required property int powerLevel
                required property string presence
                required property bool isOwn
                required property string avatarSource

                width: ListView.view.width
                implicitHeight: 52
                padding: 0
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: [member.name, member.badge, member.membership === "invite" ? qsTr("invited") : ""]
                                 .filter(part => part.length > 0).join(", ")
                // the presence dot, as a screen reader says it after the name
                Accessible.description: member.presence === "online" ? qsTr("online")
                                      : member.presence === "unavailable" ? qsTr("away") : ""
                onClicked: root.showProfile(member.index)

                readonly property bool current: ListView.isCurrentItem && list.activeFocus

                background: Rectangle {
                    color: member.down ? Theme.divider : member.hovered || member.current ? Theme.hover : "transparent"
                    Rectangle {
                        visible: member.current
                        width: 3
                        height: parent.height
                        color: Theme.accent
                    }
                }

                contentItem: Item {
                    Avatar {
                        id: avatar
                        x: Theme.s4
                        anchors.verticalCenter: parent.verticalCenter
                        size: 36
                        initials: member.initials
                        tint: member.avatarColor
                        source: member.avatarSource
                        opacity: member.membership === "invite" ? 0.6 : 1.0
                    }
                    Rectangle {
                        visible: member.presence.length > 0
                        anchors.right: avatar.right
                        anchors.bottom: avatar.bottom
                        anchors.margins: -1
                        width: 12
                        height: 12
                        radius: 6
                        color: member.presence === "online" ? root.onlineColor : root.awayColor
                        border.width: 2
                        border.color: Theme.surface
                    }

                    Text {
                        textFormat: Text.PlainText
                        id: nameText
                        anchors.left: avatar.right
                        anchors.leftMargin: Theme.s3
                        anchors.right: badgePill.visible ? badgePill.left : parent.right
                        anchors.rightMargin: Theme.s2
                        y: Theme.s2 - 1
                        text: member.name + (member.isOwn ? "  " + qsTr("(you)") : "")
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        textFormat: Text.PlainText
                        anchors.left: nameText.left
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s4
                        anchors.top: nameText.bottom
                        anchors.topMargin: 1
                        text: member.userId
                        elide: Text.ElideMiddle
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                    }

                    Rectangle {
                        id: badgePill
                        visible: member.badge.length > 0
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s4
                        anchors.verticalCenter: nameText.verticalCenter
                        width: badgeText.implicitWidth + Theme.s3
                        height: 18
                        radius: 9
                        color: "transparent"
                        border.width: 1
                        border.color: member.powerLevel >= 100 ? Theme.accent : Theme.textDim
                        Text {
                            textFormat: Text.PlainText
                            id: badgeText
                            anchors.centerIn: parent
                            text: member.badge
                            color: badgePill.border.color
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                        }
                    }
                }
            }

            Keys.onReturnPressed: root.showProfile(currentIndex)
            Keys.onEnterPressed: root.showProfile(currentIndex)
            Keys.onSpacePressed: root.showProfile(currentIndex)
            Keys.onUpPressed: function(event) {
                if (currentIndex <= 0)
                    filter.forceActiveFocus()
                else
                    event.accepted = false
            }

            // requests to join (knocks), before the members, for those who may answer them
            header: Column {
                id: knockList
                objectName: "knockRequests"
                width: ListView.view.width
                visible: root.admin !== null && root.admin.knocks.length > 0 && filter.text.length === 0
                height: visible ? implicitHeight : 0
                Item {
                    width: parent.width
                    height: 32
                    Text {
                        textFormat: Text.PlainText
                        x: Theme.s4
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: Theme.s1 + 2
                        text: qsTr("Asking to join").toUpperCase()
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        font.letterSpacing: 0.6
                    }
                }
                Repeater {
                    model: root.admin ? root.admin.knocks : []
                    delegate: Item {
                        id: knockRow
                        required property var modelData
                        objectName: "knockDelegate"
                        width: knockList.width
                        height: knockText.y + knockText.height + Theme.s2 + answers.height + Theme.s3
                        Accessible.role: Accessible.ListItem
                        Accessible.name: [modelData.name, qsTr("asks to join"), modelData.reason]
                                         .filter(part => part.length > 0).join(", ")
                        Text {
                            id: knockName
                            textFormat: Text.PlainText
                            x: Theme.s4
                            y: Theme.s2
                            width: parent.width - x - Theme.s4
                            text: knockRow.modelData.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                        }
                        Text {
                            id: knockText
                            textFormat: Text.PlainText
                            anchors.left: knockName.left
                            anchors.right: knockName.right
                            anchors.top: knockName.bottom
                            anchors.topMargin: 1
                            text: knockRow.modelData.reason.length > 0
                                  ? "“" + knockRow.modelData.reason + "”  ·  " + knockRow.modelData.userId
                                  : knockRow.modelData.userId
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                        }
                        Row {
                            id: answers
                            anchors.left: knockName.left
                            anchors.top: knockText.bottom
                            anchors.topMargin: Theme.s2
                            spacing: Theme.s2
                            DialogButton {
                                objectName: "approveKnockButton"
                                implicitHeight: 30
                                primary: true
                                visible: knockRow.modelData.approveReason.length === 0
                                enabled: !root.admin.busy
                                text: qsTr("Approve")
                                Accessible.name: qsTr("Let %1 in").arg(knockRow.modelData.name)
                                onClicked: root.admin.approve(knockRow.modelData.userId)
                            }
                            DialogButton {
                                objectName: "denyKnockButton"
                                implicitHeight: 30
                                danger: true
                                visible: knockRow.modelData.denyReason.length === 0
                                enabled: !root.admin.busy
                                text: qsTr("Deny")
                                Accessible.name: qsTr("Turn down %1").arg(knockRow.modelData.name)
                                onClicked: root.admin.deny(knockRow.modelData.userId)
                            }
                        }
                    }
                }
                Rectangle {
                    x: Theme.s4
                    width: parent.width - 2 * Theme.s4
                    height: 1
                    color: Theme.divider
                }
            }

            // the ban list, after the members, with Unban for those whose role allows it
            footer: Column {
                id: bannedList
                width: ListView.view.width
                visible: root.admin !== null && root.admin.banned.length > 0 && filter.text.length === 0
                height: visible ? implicitHeight : 0
                Item {
                    width: parent.width
                    height: 32
                    Text {
                        textFormat: Text.PlainText
                        x: Theme.s4
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: Theme.s1 + 2
                        text: qsTr("Banned").toUpperCase()
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        font.letterSpacing: 0.6
                    }
                }
                Repeater {
                    model: root.admin ? root.admin.banned : []
                    delegate: Item {
                        id: bannedRow
                        required property var modelData
                        objectName: "bannedDelegate"
                        width: bannedList.width
                        height: 52
                        Accessible.role: Accessible.ListItem
                        Accessible.name: [modelData.name, qsTr("banned"), modelData.reason]
                                         .filter(part => part.length > 0).join(", ")
                        Text {
                            id: bannedName
                            textFormat: Text.PlainText
                            x: Theme.s4
                            y: Theme.s2 - 1
                            width: unban.x - x - Theme.s2
                            text: bannedRow.modelData.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                        }
                        Text {
                            textFormat: Text.PlainText
                            anchors.left: bannedName.left
                            anchors.right: bannedName.right
                            anchors.top: bannedName.bottom
                            anchors.topMargin: 1
                            text: bannedRow.modelData.reason.length > 0 ? bannedRow.modelData.reason
                                                                         : bannedRow.modelData.userId
                            elide: Text.ElideRight
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                        }
                        DialogButton {
                            id: unban
                            objectName: "unbanButton"
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.s3
                            anchors.verticalCenter: parent.verticalCenter
                            visible: bannedRow.modelData.disabledReason.length === 0
                            enabled: !root.admin.busy
                            text: qsTr("Unban")
                            Accessible.name: qsTr("Unban %1").arg(bannedRow.modelData.name)
                            onClicked: root.admin.moderate("unban", bannedRow.modelData.userId, "")
                        }
                    }
                }
            }

            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.s6
                width: 32
                height: 32
                running: root.members.loading
                visible: running
                Accessible.name: qsTr("Loading members")
            }

            Label {
                textFormat: Text.PlainText
                objectName: "memberListEmpty"
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.s6
                width: parent.width - 2 * Theme.s6
                visible: !root.members.loading && list.count === 0
                         && (root.members.loaded || root.members.error.length > 0)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: root.members.error.length > 0 ? Theme.danger : Theme.textDim
                text: root.members.error.length > 0 ? root.members.error
                    : root.members.total === 0 ? qsTr("No members to show")
                    : qsTr("No members match “%1”").arg(filter.text)
            }
        }
    }

    ProfilePopup {
        id: profile
        panels: root.panels
        admin: root.admin
        safety: root.safety
        inviteLinks: root.inviteLinks
        onModerationRequested: (action, userId, name) => moderation.ask(action, userId, name)
        onClosed: {
            if (list.count > 0 && list.currentIndex >= 0)
                list.forceActiveFocus()
            else
                filter.forceActiveFocus()
        }
    }

    ModerationDialog {
        id: moderation
        property string action
        property string userId
        property string name
        property int count: -1

        function ask(action: string, userId: string, name: string) {
            moderation.action = action
            moderation.userId = userId
            moderation.name = name
            moderation.count = -1
            if (action === "delete")
                root.admin.countRecent(userId)
            open()
        }

        ready: action !== "delete" || count > 0
        title: action === "kick" ? qsTr("Remove %1?").arg(name)
             : action === "ban" ? qsTr("Ban %1?").arg(name)
             : qsTr("Delete the recent messages of %1?").arg(name)
        text: action === "kick" ? qsTr("They leave the conversation and can come back if invited again.")
            : action === "ban" ? qsTr("They leave the conversation and cannot come back until unbanned.")
            : count < 0 ? qsTr("Counting their messages…")
            : count === 0 ? qsTr("This device holds no messages of theirs.")
            : qsTr("%n message(s) will be deleted for everyone.", "", count)
        confirmText: action === "kick" ? qsTr("Remove") : action === "ban" ? qsTr("Ban") : qsTr("Delete")
        confirmName: "confirmModerationButton"
        onConfirmed: (reason) => {
            if (action === "delete")
                root.admin.deleteRecent(userId, reason)
            else
                root.admin.moderate(action, userId, reason)
        }
        onClosed: list.count > 0 ? list.forceActiveFocus() : filter.forceActiveFocus()

        Connections {
            target: root.admin
            function onRecentCounted(userId: string, count: int) {
                if (userId === moderation.userId)
                    moderation.count = count
            }
        }
    }

    PowerLevelEditor {
        id: roles
        admin: root.admin
        onClosed: filter.forceActiveFocus()
    }
}
