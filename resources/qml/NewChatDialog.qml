import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Start a direct chat with someone, or create a group (a QML popup: never a nested event loop).
Popup {
    id: dialog

    required property var session

    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: people.forceActiveFocus()
    onClosed: {
        people.clear()
        groupName.clear()
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        Label {
            textFormat: Text.PlainText
            text: qsTr("New conversation")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        FormField {
            id: people
            objectName: "newChatPeople"
            Layout.fillWidth: true
            label: qsTr("People")
            placeholderText: qsTr("@bob:example.org, @carol:example.org")
            Accessible.name: qsTr("People to invite")
            onAccepted: dialog.start()
        }
        FormField {
            id: groupName
            objectName: "newChatGroupName"
            Layout.fillWidth: true
            label: qsTr("Group name (leave empty for a direct chat)")
            Accessible.name: qsTr("Group name")
            onAccepted: dialog.start()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "newChatStart"
                text: qsTr("Start")
                highlighted: true
                enabled: people.text.trim().length > 0 || groupName.text.trim().length > 0
                Accessible.name: qsTr("Start the conversation")
                onClicked: dialog.start()
            }
        }
    }

    function start() {
        const ids = people.text.split(/[\s,]+/).filter(s => s.length > 0)
        if (groupName.text.trim().length > 0)
            dialog.session.createGroup(groupName.text.trim(), ids)
        else if (ids.length === 1)
            dialog.session.startDirectChat(ids[0])
        else if (ids.length > 1)
            dialog.session.createGroup("", ids)
        else
            return
        dialog.close()
    }
}
