pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One member's card: avatar, name, user ID, role and presence, and "Message" to open (or start)
// the direct chat with them. Call show() with a row of the members model (members.get(row)).
// For those whose role allows it, the member's role (Admin / Moderator / Member) and Remove, Ban
// and "Delete recent messages"; a greyed-out control says why. Esc or a click outside closes it.
// With `safety`: Block / Unblock (after a confirmation that says what happens) and Report.
Popup {
    id: popup

    required property var panels
    property var admin: null  // the room's RoomAdmin: roles and moderation
    property var safety: null  // session.safety: blocking and reporting
    property var inviteLinks: null  // session.inviteLinks: the link to this person, and its QR code
    readonly property bool blocked: safety !== null && safety.blockedIds.indexOf(userId) >= 0
    readonly property bool blockPending: safety !== null && safety.pendingIds.indexOf(userId) >= 0
    // the block confirmation or the report dialog, which outlive the card
    readonly property bool dialogOpen: blockDialog.visible || reportDialog.visible
    signal messageRequested(string userId)
    signal moderationRequested(string action, string userId, string name)

    // what the user may do to this member (RoomAdmin.memberActions), refreshed when roles change
    property var rights: ({})
    property bool customRoleOpen: false  // the custom level field under the role segments
    readonly property bool showRole: admin !== null && admin.canChangeRoles && rights.roles !== undefined
    readonly property bool showModeration: admin !== null && admin.canModerate && rights.kickReason !== undefined
                                           && rights.kickReason !== "-"
    readonly property string adminReason: [showRole ? rights.roleReason : "",
                                           showModeration ? rights.kickReason : "",
                                           showModeration ? rights.banReason : ""]
                                          .filter(reason => reason && reason.length > 0)[0] || ""
    function refreshRights() {
        rights = admin && userId.length > 0 ? admin.memberActions(userId) : ({})
    }
    Connections {
        target: popup.admin
        function onChanged() {
            if (popup.visible)
                popup.refreshRights()
        }
    }

    property string userId
    property string name
    property string initials: "?"
    property color avatarColor: "#65aadd"
    property string avatarSource
    property string badge
    property string presence
    property string membership
    property bool isOwn: false

    readonly property color onlineColor: Theme.dark ? "#4cc26a" : "#2ea44f"
    readonly property color awayColor: Theme.dark ? "#e3a33b" : "#d08a14"

    function moderate(action: string) {
        const user = popup.userId, shown = popup.name
        popup.close()
        popup.moderationRequested(action, user, shown)
    }

    function show(member: var) {
        if (!member || !member.userId)
            return
        userId = member.userId
        name = member.name
        initials = member.initials
        avatarColor = member.avatarColor
        avatarSource = member.avatarSource || ""
        badge = member.badge
        presence = member.presence
        membership = member.membership
        isOwn = member.isOwn
        customRoleOpen = false
        refreshRights()
        open()
    }

    objectName: "profilePopup"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 340
    padding: Theme.s6
    topPadding: Theme.s8
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        if (message.visible)
            message.forceActiveFocus()
        else
            closeButton.forceActiveFocus()
    }

    property bool waiting: false
    Connections {
        target: popup.panels
        function onMessagingChanged() {
            if (popup.waiting && !popup.panels.messaging) {
                popup.waiting = false
                popup.close()
            }
        }
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surfaceRaised
        border.color: Theme.divider

        RoundIconButton {
            id: closeButton
            objectName: "profileCloseButton"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.s2
            width: 32
            height: 32
            iconSource: "../icons/close.svg"
            accessibleName: qsTr("Close")
            onClicked: popup.close()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.s2

        Item {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 88
            implicitHeight: 88
            Avatar {
                id: avatar
                size: 88
                objectName: "profileAvatar"
                initials: popup.initials
                tint: popup.avatarColor
                source: popup.avatarSource
            }
            Rectangle {
                visible: popup.presence.length > 0
                anchors.right: avatar.right
                anchors.bottom: avatar.bottom
                anchors.margins: 2
                width: 20
                height: 20
                radius: 10
                color: popup.presence === "online" ? popup.onlineColor : popup.awayColor
                border.width: 3
                border.color: Theme.surfaceRaised
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "profileName"
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            text: popup.name
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle + 4
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            objectName: "profileUserId"
            Layout.fillWidth: true
            text: popup.userId
            color: Theme.textDim
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
            font.pixelSize: Theme.fontBody
        }
        Row {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.s1
            spacing: Theme.s2
            visible: popup.badge.length > 0 || status.text.length > 0
            Rectangle {
                visible: popup.badge.length > 0
                width: badgeText.implicitWidth + Theme.s4
                height: 22
                radius: 11
                color: "transparent"
                border.width: 1
                border.color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    textFormat: Text.PlainText
                    id: badgeText
                    objectName: "profileBadge"
                    anchors.centerIn: parent
                    text: popup.badge
                    color: Theme.accent
                    font.pixelSize: Theme.fontMeta
                    font.weight: Font.DemiBold
                }
            }
            Text {
                textFormat: Text.PlainText
                id: status
                anchors.verticalCenter: parent.verticalCenter
                text: popup.membership === "invite" ? qsTr("invited")
                    : popup.presence === "online" ? qsTr("online")
                    : popup.presence === "unavailable" ? qsTr("away") : ""
                visible: text.length > 0
                color: popup.presence === "online" && popup.membership !== "invite" ? popup.onlineColor : Theme.textDim
                font.pixelSize: Theme.fontMeta
            }
        }

        DialogButton {
            id: message
            objectName: "profileMessageButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.s4
            visible: !popup.isOwn
            primary: true
            enabled: !popup.panels.messaging
            text: popup.panels.messaging ? qsTr("Opening…") : qsTr("Message")
            Accessible.name: qsTr("Send a message to %1").arg(popup.name)
            onClicked: {
                popup.waiting = true
                popup.messageRequested(popup.userId)
                popup.panels.messageUser(popup.userId)
            }
        }
        DialogButton {
            objectName: "profileShareLink"
            Layout.fillWidth: true
            visible: popup.inviteLinks !== null
            text: qsTr("Share link to profile")
            Accessible.name: qsTr("Share a link to %1").arg(popup.name)
            onClicked: popup.inviteLinks.shareUser(popup.userId, popup.name)
        }
        // the member's role: one segment per role, the current one filled
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s4
            visible: popup.showRole
            spacing: Theme.s1
            Label {
                textFormat: Text.PlainText
                text: qsTr("Role")
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 36
                radius: Theme.radiusControl
                color: "transparent"
                border.color: Theme.divider
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 2
                    spacing: 2
                    Repeater {
                        model: popup.rights.roles || []
                        delegate: Button {
                            id: segment
                            required property var modelData
                            readonly property bool current: segment.modelData.level === popup.rights.level
                            objectName: "roleSegment" + modelData.level
                            text: modelData.name
                            leftPadding: 2
                            rightPadding: 2
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            enabled: !popup.admin.busy && (current || segment.modelData.disabledReason.length === 0)
                                     && !(segment.modelData.custom && popup.rights.roleReason.length > 0)
                            checkable: false
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: current
                            Accessible.name: modelData.name
                            Accessible.description: modelData.disabledReason
                            onClicked: {
                                if (segment.modelData.custom)
                                    popup.customRoleOpen = !popup.customRoleOpen
                                else if (!current)
                                    popup.admin.setRole(popup.userId, segment.modelData.level)
                            }
                            contentItem: Text {
                                textFormat: Text.PlainText
                                text: segment.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontMeta
                                font.weight: segment.current ? Font.DemiBold : Font.Normal
                                color: segment.current ? Theme.textOnAccent
                                     : segment.enabled ? Theme.text : Theme.textDim
                            }
                            background: Rectangle {
                                radius: Theme.radiusControl - 2
                                color: segment.current ? Theme.accent
                                     : (segment.hovered && segment.enabled)
                                       || (segment.modelData.custom && popup.customRoleOpen) ? Theme.hover
                                     : "transparent"
                                opacity: segment.current && !segment.enabled ? 0.6 : 1.0
                            }
                        }
                    }
                }
            }
        }

        LevelField {
            id: customRole
            objectName: "customRoleLevel"
            Layout.fillWidth: true
            visible: popup.showRole && popup.customRoleOpen && popup.rights.roleReason.length === 0
            level: popup.rights.level !== undefined ? Math.min(popup.rights.level, 100) : 0
            busy: popup.admin !== null && popup.admin.busy
            accessibleName: qsTr("Custom level for %1").arg(popup.name)
            refusalOf: level => popup.admin ? popup.admin.roleRefusal(popup.userId, level) : ""
            onVisibleChanged: if (visible) focusInput()
            onApplied: level => {
                popup.customRoleOpen = false
                popup.admin.setRole(popup.userId, level)
            }
        }

        // removing and banning, for those whose role allows it
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            visible: popup.showModeration
            spacing: Theme.s2
            DialogButton {
                objectName: "kickButton"
                Layout.fillWidth: true
                danger: true
                text: qsTr("Remove")
                enabled: popup.rights.kickReason === ""
                Accessible.name: qsTr("Remove %1 from the conversation").arg(popup.name)
                Accessible.description: popup.rights.kickReason || ""
                onClicked: popup.moderate("kick")
            }
            DialogButton {
                objectName: "banButton"
                Layout.fillWidth: true
                danger: true
                text: qsTr("Ban")
                enabled: popup.rights.banReason === ""
                Accessible.name: qsTr("Ban %1").arg(popup.name)
                Accessible.description: popup.rights.banReason || ""
                onClicked: popup.moderate("ban")
            }
        }
        DialogButton {
            objectName: "deleteRecentButton"
            Layout.fillWidth: true
            visible: popup.showModeration && popup.rights.deleteReason === ""
            danger: true
            text: qsTr("Delete recent messages")
            Accessible.name: qsTr("Delete the recent messages of %1").arg(popup.name)
            onClicked: popup.moderate("delete")
        }
        Label {
            objectName: "adminReason"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: popup.adminReason
            color: Theme.textDim
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontMeta
        }

        // blocking and reporting, for anyone but the user
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            visible: popup.safety !== null && !popup.isOwn
            spacing: Theme.s2
            DialogButton {
                objectName: "ignoreUserButton"
                Layout.fillWidth: true
                danger: !popup.blocked
                enabled: !popup.blockPending
                text: popup.blockPending ? (popup.blocked ? qsTr("Unblocking…") : qsTr("Blocking…"))
                    : popup.blocked ? qsTr("Unblock") : qsTr("Block")
                Accessible.name: popup.blocked ? qsTr("Unblock %1").arg(popup.name) : qsTr("Block %1").arg(popup.name)
                onClicked: {
                    if (popup.blocked) {
                        popup.safety.setBlocked(popup.userId, false)
                        return
                    }
                    blockDialog.userId = popup.userId
                    blockDialog.title = qsTr("Block %1?").arg(popup.name)
                    popup.close()
                    blockDialog.open()
                }
            }
            DialogButton {
                objectName: "reportButton"
                Layout.fillWidth: true
                danger: true
                text: qsTr("Report…")
                Accessible.name: qsTr("Report %1 to the server's admins").arg(popup.name)
                onClicked: {
                    const user = popup.userId, shown = popup.name
                    popup.close()
                    reportDialog.ask("user", user, shown)
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: Theme.s3
            visible: popup.isOwn
            text: qsTr("This is you")
            color: Theme.textDim
            horizontalAlignment: Text.AlignHCenter
        }
    }

    ConfirmDialog {
        id: blockDialog
        property string userId
        objectName: "blockDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        text: qsTr("Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.")
        confirmText: qsTr("Block")
        confirmName: "confirmBlockButton"
        onConfirmed: popup.safety.setBlocked(blockDialog.userId, true)
    }

    ReportDialog {
        id: reportDialog
        objectName: "reportUserDialog"
        safety: popup.safety
    }
}
