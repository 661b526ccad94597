pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A new folder: its name and the conversations in it; it becomes a tab over the list.
Popup {
    id: dialog

    required property var roomsModel
    property var choices: []
    property var chosen: ({})
    property int chosenCount: 0

    signal created(string name, var rooms)

    objectName: "newFolderDialog"
    modal: true
    focus: true
    width: 400
    height: 500
    padding: Theme.s4

    onOpened: {
        name.clear()
        dialog.chosen = {}
        dialog.chosenCount = 0
        dialog.choices = dialog.roomsModel.choices("")
        name.forceActiveFocus()
    }

    function toggle(roomId) {
        const next = Object.assign({}, dialog.chosen)
        if (next[roomId])
            delete next[roomId]
        else
            next[roomId] = true
        dialog.chosen = next
        dialog.chosenCount = Object.keys(next).length
    }

    function create() {
        if (name.text.trim().length === 0)
            return
        dialog.created(name.text, Object.keys(dialog.chosen))
        dialog.close()
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
            text: qsTr("New folder")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        TextField {
            id: name
            objectName: "newFolderName"
            Layout.fillWidth: true
            maximumLength: 64
            placeholderText: qsTr("Folder name, e.g. Work")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            Accessible.name: qsTr("Folder name")
            onAccepted: dialog.create()
            background: Rectangle { radius: Theme.radiusControl; color: Theme.field }
        }
        Label {
            textFormat: Text.PlainText
            text: dialog.chosenCount === 0 ? qsTr("Choose the conversations in it")
                  : dialog.chosenCount === 1 ? qsTr("1 conversation chosen")
                  : qsTr("%1 conversations chosen").arg(dialog.chosenCount)
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }
        ListView {
            id: rooms
            objectName: "newFolderRooms"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.choices
            delegate: CheckDelegate {
                id: entry
                required property var modelData
                width: ListView.view.width
                height: 44
                checked: dialog.chosen[entry.modelData.roomId] === true
                text: entry.modelData.name
                Accessible.name: entry.modelData.name
                onClicked: dialog.toggle(entry.modelData.roomId)
                indicator: Rectangle {
                    x: entry.width - width - Theme.s3
                    y: (entry.height - height) / 2
                    width: 20
                    height: 20
                    radius: 6
                    color: entry.checked ? Theme.accent : "transparent"
                    border.width: entry.checked ? 0 : 2
                    border.color: Theme.textDim
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        visible: entry.checked
                        text: "✓"
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.fontMeta
                        font.weight: Font.DemiBold
                    }
                }
                contentItem: RowLayout {
                    spacing: Theme.s3
                    Avatar {
                        size: 28
                        initials: entry.modelData.initials
                        tint: entry.modelData.color
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        Layout.rightMargin: entry.indicator.width + Theme.s2
                        text: entry.modelData.name
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: entry.hovered ? Theme.hover : "transparent"
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.s2
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "newFolderCreate"
                text: qsTr("Create")
                primary: true
                enabled: name.text.trim().length > 0
                onClicked: dialog.create()
            }
        }
    }
}
