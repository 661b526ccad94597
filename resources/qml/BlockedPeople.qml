pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Settings › Privacy and safety: the people the user blocked (their account's ignore list, the
// same on every device), each with Unblock. Someone is blocked from their profile card.
ColumnLayout {
    id: block

    // session.safety (a SafetyController)
    required property var safety

    objectName: "blockedPeople"
    spacing: Theme.s2

    Rectangle {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.s2
        implicitHeight: 1
        color: Theme.divider
    }
    Text {
        textFormat: Text.PlainText
        text: qsTr("Blocked people")
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }
    Text {
        textFormat: Text.PlainText
        objectName: "blockedPeopleHint"
        Layout.fillWidth: true
        text: block.safety.blocked.length === 0
              ? qsTr("You have not blocked anyone. To block someone, open their profile from a conversation's members.")
              : qsTr("You see no messages or invitations from them, on any of your devices.")
        color: Theme.textDim
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }
    Repeater {
        model: block.safety.blocked
        delegate: RowLayout {
            id: person
            required property var modelData
            readonly property bool pending: block.safety.pendingIds.indexOf(person.modelData.userId) >= 0
            objectName: "blocked_" + person.modelData.userId
            Layout.fillWidth: true
            Layout.topMargin: Theme.s1
            spacing: Theme.s3
            Avatar {
                size: 36
                initials: person.modelData.initials
                tint: person.modelData.avatarColor
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: person.modelData.name
                    color: Theme.text
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: person.modelData.name !== person.modelData.userId
                    text: person.modelData.userId
                    color: Theme.textDim
                    elide: Text.ElideMiddle
                    font.pixelSize: Theme.fontMeta
                }
            }
            DialogButton {
                objectName: "unblockButton"
                text: person.pending ? qsTr("Unblocking…") : qsTr("Unblock")
                enabled: !person.pending
                Accessible.name: qsTr("Unblock %1").arg(person.modelData.name)
                onClicked: block.safety.setBlocked(person.modelData.userId, false)
            }
        }
    }
}
