import QtQuick
import QtQuick.Controls.Basic

// One conversation in the list: avatar, name, time, last message, unread badge. A spam-like
// invitation (a stranger's, to a room with a suspicious name) is collapsed: who sent it, why it is
// hidden, and Show (then Join) or Decline — its name and picture stay hidden until Show.
ItemDelegate {
    id: delegate

    required property string roomId
    required property string name
    required property string initials
    required property string avatarColor
    required property string lastBody
    required property string lastSender
    required property string timeText
    required property int unread
    required property bool isInvite
    required property bool favourite
    required property bool markedUnread
    required property string level
    required property bool mentions
    required property bool savedMessages
    required property bool lowPriority
    required property string section
    required property string avatarSource
    required property bool isGroup
    required property bool spamInvite
    required property string inviter
    property bool selected: false
    // the row the keyboard is on in the focused list (its ring)
    property bool keyboardCurrent: false

    signal activated()
    signal accepted()
    signal declined()
    signal revealed()
    signal menuRequested(real x, real y)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (point) => delegate.menuRequested(point.position.x, point.position.y)
    }

    // as tall as its two lines of text need (the text size setting), tighter in compact mode
    implicitHeight: spamInvite ? Theme.roomRowHeight + 28 : Theme.roomRowHeight
    padding: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: spamInvite ? qsTr("Invitation from %1, hidden because it looks like spam").arg(inviter) : name
    // what the row shows besides the name, as a screen reader says it after the name
    Accessible.description: spamInvite ? "" : [
        isInvite ? qsTr("Invitation") : "",
        unread > 0 ? qsTr("%n unread message(s)", "", unread) : markedUnread ? qsTr("Marked as unread") : "",
        mentions && unread > 0 ? qsTr("Mentions you") : "",
        level === "mute" ? qsTr("Muted") : "",
        favourite ? qsTr("Pinned") : "",
        lastSender.length > 0 ? lastSender + ": " + lastBody : lastBody,
        timeText
    ].filter(part => part.length > 0).join(", ")
    Accessible.selected: selected
    onClicked: delegate.spamInvite ? delegate.revealed() : delegate.activated()

    readonly property color primaryText: selected ? Theme.textOnAccent : Theme.text
    readonly property color secondaryText: selected ? Theme.textOnAccent : Theme.textDim

    background: Rectangle {
        color: delegate.selected ? Theme.selection : delegate.hovered ? Theme.hover : "transparent"
        Rectangle {
            visible: delegate.keyboardCurrent
            anchors.fill: parent
            anchors.margins: 2
            radius: Theme.radiusControl
            color: "transparent"
            border.width: 2
            border.color: delegate.selected ? Theme.textOnAccent : Theme.accent
        }
    }

    contentItem: Item {
        Avatar {
            id: avatar
            x: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            objectName: "roomAvatar"
            size: Theme.roomAvatar
            initials: delegate.spamInvite ? "?" : delegate.initials
            tint: delegate.spamInvite ? Theme.textDim : delegate.avatarColor
            source: delegate.spamInvite ? "" : delegate.avatarSource
        }

        Text {
            textFormat: Text.PlainText
            id: nameText
            anchors.left: avatar.right
            anchors.leftMargin: Theme.s3
            anchors.right: time.left
            anchors.rightMargin: Theme.s2
            // the name and the last message, centred together (a hidden invitation: from the top)
            y: delegate.spamInvite ? Theme.s3
                                   : Math.round((delegate.height - nameText.height - Theme.s1 - preview.height) / 2)
            objectName: "roomName"
            text: delegate.spamInvite ? qsTr("Invite from %1").arg(delegate.inviter) : delegate.name
            elide: delegate.spamInvite ? Text.ElideMiddle : Text.ElideRight
            color: delegate.primaryText
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Text {
            textFormat: Text.PlainText
            id: time
            anchors.right: parent.right
            anchors.rightMargin: Theme.s3
            anchors.baseline: nameText.baseline
            text: delegate.timeText
            color: delegate.secondaryText
            font.pixelSize: Theme.fontMeta
        }

        Text {
            textFormat: Text.PlainText
            id: sender
            anchors.left: nameText.left
            y: nameText.y + nameText.height + Theme.s1
            width: Math.min(implicitWidth, (delegate.width - avatar.width) / 2)
            visible: delegate.lastSender.length > 0
            text: delegate.lastSender + ":"
            elide: Text.ElideRight
            color: delegate.selected ? Theme.textOnAccent : Theme.accent
            font.pixelSize: Theme.fontBody
        }
        Text {
            textFormat: Text.PlainText
            id: preview
            anchors.left: sender.visible ? sender.right : nameText.left
            anchors.leftMargin: sender.visible ? Theme.s1 : 0
            anchors.right: inviteActions.visible ? inviteActions.left : marks.left
            anchors.rightMargin: Theme.s3
            y: sender.y
            objectName: "roomPreview"
            text: delegate.spamInvite ? qsTr("Hidden: it looks like spam")
                                      : delegate.lastBody.replace(/\n/g, " ")
            elide: Text.ElideRight
            maximumLineCount: 1
            color: delegate.isInvite && !delegate.spamInvite && !delegate.selected ? Theme.accent
                                                                                   : delegate.secondaryText
            font.pixelSize: Theme.fontBody
        }

        // An invitation is answered right here: Join or Decline without opening it first.
        Row {
            id: inviteActions
            visible: delegate.isInvite && !delegate.spamInvite
            anchors.right: parent.right
            anchors.rightMargin: Theme.s2
            anchors.verticalCenter: preview.verticalCenter
            spacing: Theme.s1

            DialogButton {
                objectName: "inviteJoinButton"
                text: qsTr("Join")
                primary: true
                implicitHeight: 26
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                Accessible.name: qsTr("Join %1").arg(delegate.name)
                onClicked: delegate.accepted()
            }
            DialogButton {
                objectName: "inviteDeclineButton"
                text: qsTr("Decline")
                danger: !delegate.selected
                implicitHeight: 26
                leftPadding: Theme.s2
                rightPadding: Theme.s2
                Accessible.name: qsTr("Decline the invitation to %1").arg(delegate.name)
                onClicked: delegate.declined()
            }
        }

        // A collapsed invitation offers Show (then Join, with its name) or Decline, on a line of
        // its own below "Hidden because it looks like spam".
        Row {
            visible: delegate.spamInvite
            anchors.left: nameText.left
            anchors.leftMargin: -Theme.s2
            y: preview.y + preview.height + Theme.s1
            spacing: Theme.s1

            DialogButton {
                objectName: "inviteShowButton"
                text: qsTr("Show")
                implicitHeight: 26
                leftPadding: Theme.s2
                rightPadding: Theme.s2
                Accessible.name: qsTr("Show the invitation from %1").arg(delegate.inviter)
                onClicked: delegate.revealed()
            }
            DialogButton {
                objectName: "spamDeclineButton"
                text: qsTr("Decline")
                danger: !delegate.selected
                implicitHeight: 26
                leftPadding: Theme.s2
                rightPadding: Theme.s2
                Accessible.name: qsTr("Decline the invitation from %1").arg(delegate.inviter)
                onClicked: delegate.declined()
            }
        }

        // the right end of the second line: @ for mentions, then the count (grey when muted), a
        // dot for "marked as unread", or a pin for a pinned conversation with nothing new
        Row {
            id: marks
            visible: !delegate.isInvite
            anchors.right: parent.right
            anchors.rightMargin: Theme.s3
            anchors.verticalCenter: preview.verticalCenter
            spacing: Theme.s1
            readonly property color fill: delegate.selected ? Theme.textOnAccent
                                          : delegate.level === "all" || delegate.mentions ? Theme.badge : Theme.textDim
            readonly property color ink: delegate.selected ? Theme.selection : Theme.textOnAccent

            Image {
                visible: delegate.level === "mute"
                anchors.verticalCenter: parent.verticalCenter
                source: "../icons/bell-off.svg"
                sourceSize.width: 16
                sourceSize.height: 16
                opacity: 0.7
                Accessible.name: qsTr("Muted")
            }
            Rectangle {
                visible: delegate.mentions && delegate.unread > 0
                width: 20
                height: 20
                radius: 10
                color: delegate.selected ? Theme.textOnAccent : Theme.badge
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: "@"
                    color: marks.ink
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
            Rectangle {
                id: badge
                visible: delegate.unread > 0
                height: 20
                width: Math.max(20, count.implicitWidth + Theme.s3)
                radius: 10
                color: marks.fill
                Text {
                    textFormat: Text.PlainText
                    id: count
                    anchors.centerIn: parent
                    text: delegate.unread > 999 ? "999+" : delegate.unread
                    color: marks.ink
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
            Rectangle {
                objectName: "markedUnreadDot"
                visible: delegate.markedUnread && delegate.unread === 0
                anchors.verticalCenter: parent.verticalCenter
                width: 12
                height: 12
                radius: 6
                color: marks.fill
                Accessible.name: qsTr("Marked as unread")
            }
            Image {
                visible: delegate.favourite && delegate.unread === 0 && !delegate.markedUnread
                anchors.verticalCenter: parent.verticalCenter
                source: "../icons/pin.svg"
                sourceSize.width: 16
                sourceSize.height: 16
                opacity: 0.7
                Accessible.name: qsTr("Pinned")
            }
        }
    }
}
