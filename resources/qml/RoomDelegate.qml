import QtQuick
import QtQuick.Controls.Basic

// One conversation in the list: avatar, name, time, last message, unread badge.
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
    property bool selected: false

    signal activated()
    signal accepted()
    signal declined()

    implicitHeight: 64
    padding: 0
    Accessible.name: unread > 0 ? qsTr("%1, %2 unread").arg(name).arg(unread) : name
    onClicked: delegate.activated()

    readonly property color primaryText: selected ? Theme.textOnAccent : Theme.text
    readonly property color secondaryText: selected ? Theme.textOnAccent : Theme.textDim

    background: Rectangle {
        color: delegate.selected ? Theme.selection : delegate.hovered ? Theme.hover : "transparent"
    }

    contentItem: Item {
        Avatar {
            id: avatar
            x: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            size: 48
            initials: delegate.initials
            tint: delegate.avatarColor
        }

        Text {
            textFormat: Text.PlainText
            id: nameText
            anchors.left: avatar.right
            anchors.leftMargin: Theme.s3
            anchors.right: time.left
            anchors.rightMargin: Theme.s2
            y: Theme.s3
            text: delegate.name
            elide: Text.ElideRight
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
            anchors.right: inviteActions.visible ? inviteActions.left : badge.visible ? badge.left : parent.right
            anchors.rightMargin: Theme.s3
            y: sender.y
            text: delegate.lastBody.replace(/\n/g, " ")
            elide: Text.ElideRight
            maximumLineCount: 1
            color: delegate.isInvite && !delegate.selected ? Theme.accent : delegate.secondaryText
            font.pixelSize: Theme.fontBody
        }

        // An invitation is answered right here: Join or Decline without opening it first.
        Row {
            id: inviteActions
            visible: delegate.isInvite
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

        Rectangle {
            id: badge
            visible: delegate.unread > 0 && !delegate.isInvite
            anchors.right: parent.right
            anchors.rightMargin: Theme.s3
            anchors.verticalCenter: preview.verticalCenter
            height: 20
            width: Math.max(20, count.implicitWidth + Theme.s3)
            radius: 10
            color: delegate.selected ? Theme.textOnAccent : Theme.badge
            Text {
                textFormat: Text.PlainText
                id: count
                anchors.centerIn: parent
                text: delegate.unread > 999 ? "999+" : delegate.unread
                color: delegate.selected ? Theme.selection : Theme.textOnAccent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
