pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Pick the conversation to forward a message to; type to filter, Enter picks the first.
Popup {
    id: dialog

    required property var roomsModel
    property string eventId

    signal picked(string eventId, string roomId)

    objectName: "forwardDialog"
    modal: true
    focus: true
    width: 380
    height: 460
    padding: Theme.s4
    onOpened: {
        filter.clear()
        dialog.choices = dialog.roomsModel.choices("")
        filter.forceActiveFocus()
    }
    property var choices: []

    function pick(roomId) {
        dialog.close()
        dialog.picked(dialog.eventId, roomId)
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
            text: qsTr("Forward to…")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        TextField {
            id: filter
            objectName: "forwardFilter"
            Layout.fillWidth: true
            placeholderText: qsTr("Search conversations")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            Accessible.name: qsTr("Search conversations")
            onTextChanged: dialog.choices = dialog.roomsModel.choices(text)
            onAccepted: if (dialog.choices.length > 0) dialog.pick(dialog.choices[0].roomId)
            Keys.onDownPressed: rooms.forceActiveFocus()
            background: Rectangle { radius: Theme.radiusControl; color: Theme.field }
        }
        ListView {
            id: rooms
            objectName: "forwardRooms"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.choices
            keyNavigationEnabled: true
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                height: 48
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && rooms.activeFocus
                Accessible.name: modelData.name
                onClicked: dialog.pick(modelData.roomId)
                Keys.onReturnPressed: dialog.pick(modelData.roomId)
                contentItem: RowLayout {
                    spacing: Theme.s3
                    Avatar {
                        size: 32
                        initials: entry.modelData.initials
                        tint: entry.modelData.color
                        source: entry.modelData.avatar || ""
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.modelData.name
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: entry.hovered || entry.highlighted ? Theme.hover : "transparent"
                }
            }
        }
    }
}
