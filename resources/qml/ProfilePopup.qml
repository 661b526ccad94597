import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One member's card: avatar, name, user ID, role and presence, and "Message" to open (or start)
// the direct chat with them. Call show() with a row of the members model (members.get(row)).
// Esc or a click outside closes it.
Popup {
    id: popup

    required property var panels
    signal messageRequested(string userId)

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
        open()
    }

    objectName: "profilePopup"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 320
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
}
