pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A folder made or changed: its name, whole categories it includes (every person, every group,
// whatever is unread, what is pinned), muted conversations left out, and conversations chosen by
// hand. It is a tab over the list; the user's other devices get it too.
Popup {
    id: dialog

    required property var roomsModel
    required property var editor
    property string folderId: ""
    property var choices: []
    property var chosen: ({})
    property int chosenCount: 0
    property var included: ({})
    property bool excludeMuted: false
    readonly property bool editing: folderId.length > 0
    readonly property var categories: [
        { key: "people", label: qsTr("People") },
        { key: "groups", label: qsTr("Groups") },
        { key: "unread", label: qsTr("Unread") },
        { key: "favourites", label: qsTr("Pinned") }
    ]

    objectName: "folderDialog"
    modal: true
    focus: true
    width: 420
    height: Math.min(600, parent ? parent.height - 2 * Theme.s6 : 600)
    padding: Theme.s4

    // a new folder (optionally holding `roomId` already), or the folder `id` to change
    function openNew(roomId) {
        dialog.folderId = ""
        dialog.fill("", roomId ? [roomId] : [], [], false)
        dialog.open()
    }

    function openEdit(id) {
        const folder = dialog.editor.folder(id)
        if (folder.id === undefined)
            return
        dialog.folderId = id
        dialog.fill(folder.name, folder.rooms, folder.include, folder.excludeMuted)
        dialog.open()
    }

    function fill(text, rooms, include, noMuted) {
        name.text = text
        filter.clear()
        const picked = {}
        for (const r of rooms)
            picked[r] = true
        dialog.chosen = picked
        dialog.chosenCount = rooms.length
        const whole = {}
        for (const i of include)
            whole[i] = true
        dialog.included = whole
        dialog.excludeMuted = noMuted
        dialog.choices = dialog.roomsModel.choices("")
    }

    onOpened: name.forceActiveFocus()

    function toggle(roomId) {
        const next = Object.assign({}, dialog.chosen)
        if (next[roomId])
            delete next[roomId]
        else
            next[roomId] = true
        dialog.chosen = next
        dialog.chosenCount = Object.keys(next).length
    }

    function toggleCategory(key) {
        const next = Object.assign({}, dialog.included)
        next[key] = !next[key]
        dialog.included = next
    }

    function save() {
        if (name.text.trim().length === 0)
            return
        const include = dialog.categories.map(c => c.key).filter(k => dialog.included[k] === true)
        dialog.editor.save(dialog.folderId, name.text, Object.keys(dialog.chosen), include, dialog.excludeMuted)
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
            text: dialog.editing ? qsTr("Edit folder") : qsTr("New folder")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        TextField {
            id: name
            objectName: "folderName"
            Layout.fillWidth: true
            maximumLength: 64
            placeholderText: qsTr("Folder name, e.g. Work")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            Accessible.name: qsTr("Folder name")
            onAccepted: dialog.save()
            background: Rectangle { radius: Theme.radiusControl; color: Theme.field }
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("Include every conversation that is")
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.s2
            Repeater {
                model: dialog.categories
                delegate: Button {
                    id: chip
                    required property var modelData
                    readonly property bool on: dialog.included[chip.modelData.key] === true
                    objectName: "folderInclude_" + chip.modelData.key
                    checkable: true
                    checked: chip.on
                    implicitHeight: 30
                    leftPadding: Theme.s3
                    rightPadding: Theme.s3
                    text: chip.modelData.label
                    Accessible.name: chip.modelData.label
                    onClicked: dialog.toggleCategory(chip.modelData.key)
                    contentItem: Text {
                        textFormat: Text.PlainText
                        text: (chip.on ? "✓ " : "") + chip.text
                        color: chip.on ? Theme.textOnAccent : Theme.text
                        font.pixelSize: Theme.fontMeta
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: 15
                        color: chip.on ? Theme.accentStrong : chip.hovered ? Theme.hover : Theme.chip
                        border.width: chip.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                }
            }
        }
        CheckDelegate {
            id: noMuted
            objectName: "folderExcludeMuted"
            Layout.fillWidth: true
            implicitHeight: 36
            leftPadding: 0
            checked: dialog.excludeMuted
            text: qsTr("Leave out muted conversations")
            Accessible.name: text
            onClicked: dialog.excludeMuted = !dialog.excludeMuted
            indicator: CheckMark {
                x: noMuted.width - width - Theme.s3
                y: (noMuted.height - height) / 2
                on: noMuted.checked
            }
            contentItem: Text {
                textFormat: Text.PlainText
                text: noMuted.text
                color: Theme.text
                font.pixelSize: Theme.fontBody
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radiusControl
                color: noMuted.hovered ? Theme.hover : "transparent"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s2
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: dialog.chosenCount === 0 ? qsTr("And these conversations")
                      : qsTr("And %n chosen conversation(s)", "", dialog.chosenCount)
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
            }
        }
        TextField {
            id: filter
            objectName: "folderRoomFilter"
            Layout.fillWidth: true
            implicitHeight: 32
            placeholderText: qsTr("Search conversations")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            font.pixelSize: Theme.fontMeta
            Accessible.name: qsTr("Search conversations to add")
            onTextChanged: dialog.choices = dialog.roomsModel.choices(text)
            Keys.onDownPressed: rooms.forceActiveFocus()
            background: Rectangle { radius: Theme.radiusControl; color: Theme.field }
        }
        ListView {
            id: rooms
            objectName: "folderRooms"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
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
                indicator: CheckMark {
                    x: entry.width - width - Theme.s3
                    y: (entry.height - height) / 2
                    on: entry.checked
                }
                contentItem: RowLayout {
                    spacing: Theme.s3
                    Avatar {
                        size: 28
                        initials: entry.modelData.initials
                        tint: entry.modelData.color
                        source: entry.modelData.avatar || ""
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
            Text {
                anchors.centerIn: parent
                visible: rooms.count === 0
                textFormat: Text.PlainText
                text: qsTr("No conversation matches")
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
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
                objectName: "folderSave"
                text: dialog.editing ? qsTr("Save") : qsTr("Create")
                primary: true
                enabled: name.text.trim().length > 0
                onClicked: dialog.save()
            }
        }
    }
}
