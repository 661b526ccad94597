pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Dialogs
import QtQuick.Layouts

// The sticker picker: a row of packs (the user's own first, the room's and enabled ones, the
// app's "Pip" pack last), a search over the shown pack's descriptions and a grid of stickers.
// Click or Enter sends one; the user's own pack has an "Add" cell that takes pictures from the
// computer, and its stickers can be removed from their context menu. Esc closes.
Popup {
    id: picker

    // A StickerController (Python): packs, send, addPictures, remove.
    property var stickers: null
    property string packId: ""
    // a pack just made in the room: shown as soon as it syncs
    property string created: ""
    readonly property var packs: picker.stickers !== null ? picker.stickers.packs : []
    readonly property var pack: {
        for (const p of picker.packs) {
            if (p.id === picker.packId)
                return p
        }
        return picker.packs.length > 0 ? picker.packs[0] : null
    }
    readonly property var shown: {
        if (picker.pack === null)
            return []
        const query = search.text.trim().toLowerCase()
        if (query.length === 0)
            return picker.pack.stickers
        return picker.pack.stickers.filter(s => s.body.toLowerCase().includes(query)
                                                || s.shortcode.toLowerCase().includes(query))
    }
    readonly property bool canAdd: picker.pack !== null && picker.pack.editable && search.text.length === 0

    // a sticker went into the outbox (the picker has closed)
    signal sent()

    function send(shortcode: string) {
        if (picker.stickers !== null && picker.pack !== null)
            picker.stickers.send(picker.pack.id, shortcode)
    }

    objectName: "stickerPicker"
    width: 368
    height: 420
    padding: 0
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        search.clear()
        if (picker.stickers !== null)
            picker.stickers.load()
    }
    onOpened: search.forceActiveFocus()
    onClosed: if (picker.stickers !== null) picker.stickers.stopWatching()
    onPacksChanged: {
        if (picker.created.length > 0 && picker.packs.some(p => p.id === picker.created)) {
            picker.packId = picker.created
            picker.created = ""
            return
        }
        // the first pack with stickers, unless the shown one is still there
        if (picker.packs.some(p => p.id === picker.packId))
            return
        const filled = picker.packs.find(p => p.stickers.length > 0)
        picker.packId = filled ? filled.id : (picker.packs.length > 0 ? picker.packs[0].id : "")
    }

    Connections {
        target: picker.stickers
        function onPackCreated(packId: string) {
            picker.created = packId
        }
        function onSent() {
            picker.close()
            picker.sent()
        }
    }

    enter: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120; easing.type: Easing.OutCubic }
        NumberAnimation { property: "scale"; from: 0.96; to: 1; duration: 120; easing.type: Easing.OutCubic }
    }
    exit: Transition {
        NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 100 }
    }

    background: Rectangle {
        radius: Theme.s3
        color: Theme.surface
        border.color: Theme.divider
    }

    FileDialog {
        id: addDialog
        objectName: "addStickersDialog"
        title: qsTr("Add stickers")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Pictures (*.png *.webp *.gif *.jpg *.jpeg)")]
        onAccepted: picker.stickers.addPictures(picker.pack.id, addDialog.selectedFiles)
    }

    contentItem: ColumnLayout {
        spacing: 0
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Stickers")

        TextField {
            id: search
            objectName: "stickerSearch"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s3
            Layout.rightMargin: Theme.s3
            Layout.topMargin: Theme.s3
            implicitHeight: 36
            placeholderText: qsTr("Search stickers")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            font.pixelSize: Theme.fontBody
            leftPadding: 36
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            Accessible.name: qsTr("Search stickers")
            onTextChanged: grid.currentIndex = search.text.length > 0 && picker.shown.length > 0 ? 0 : -1
            onAccepted: {
                if (picker.shown.length > 0)
                    picker.send(picker.shown[Math.max(0, grid.currentIndex)].shortcode)
            }
            Keys.onDownPressed: {
                if (grid.count === 0)
                    return
                grid.forceActiveFocus()
                if (grid.currentIndex < 0)
                    grid.currentIndex = 0
            }
            background: Rectangle {
                radius: 18
                color: Theme.field
                border.width: search.activeFocus ? 2 : 0
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

        ListView {
            id: tabs
            objectName: "stickerPacks"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s2
            Layout.rightMargin: Theme.s2
            Layout.topMargin: Theme.s2
            Layout.bottomMargin: Theme.s1
            implicitHeight: 44
            orientation: ListView.Horizontal
            spacing: Theme.s1
            clip: true
            model: picker.packs
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Sticker packs")

            footer: ToolButton {
                id: newPack
                objectName: "newPackButton"
                width: 44 + Theme.s1
                height: 44
                leftInset: Theme.s1
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("New sticker pack for this conversation")
                ToolTip.visible: newPack.hovered
                ToolTip.text: qsTr("New sticker pack for this conversation")
                ToolTip.delay: 600
                onClicked: {
                    packName.clear()
                    namePopup.open()
                }
                contentItem: Item {
                    IconImage {
                        anchors.centerIn: parent
                        anchors.horizontalCenterOffset: Theme.s1 / 2
                        source: "../icons/plus.svg"
                        sourceSize.width: 20
                        sourceSize.height: 20
                        color: newPack.hovered ? Theme.accent : Theme.textDim
                    }
                }
                background: Rectangle {
                    x: Theme.s1
                    width: 44
                    height: 44
                    radius: Theme.radiusControl
                    color: newPack.hovered ? Theme.hover : "transparent"
                    border.width: newPack.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }

            delegate: ToolButton {
                id: tab
                required property var modelData
                readonly property bool selected: picker.pack !== null && picker.pack.id === tab.modelData.id

                objectName: "stickerPack_" + tab.modelData.id
                width: 44
                height: 44
                padding: 4
                focusPolicy: Qt.TabFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: tab.modelData.name
                Accessible.selected: tab.selected
                ToolTip.visible: tab.hovered
                ToolTip.text: tab.modelData.name
                ToolTip.delay: 600
                onClicked: {
                    search.clear()
                    picker.packId = tab.modelData.id
                }
                // a room's pack: right-click offers it in every conversation (or only its own)
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    enabled: tab.modelData.roomPack === true
                    onTapped: {
                        packMenu.packId = tab.modelData.id
                        packMenu.everywhere = tab.modelData.everywhere === true
                        packMenu.popup()
                    }
                }
                contentItem: Item {
                    Image {
                        anchors.fill: parent
                        visible: tab.modelData.icon.length > 0
                        source: tab.modelData.icon
                        sourceSize.width: 72
                        sourceSize.height: 72
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    IconImage {
                        anchors.centerIn: parent
                        visible: tab.modelData.icon.length === 0
                        source: "../icons/sticker.svg"
                        sourceSize.width: 22
                        sourceSize.height: 22
                        color: tab.selected ? Theme.accent : Theme.textDim
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: tab.selected ? Qt.alpha(Theme.accent, 0.14) : tab.hovered ? Theme.hover : "transparent"
                    border.width: tab.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        Label {
            id: heading
            objectName: "stickerHeading"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s3
            Layout.rightMargin: Theme.s3
            topPadding: Theme.s2
            bottomPadding: Theme.s1
            text: picker.pack === null ? "" : search.text.length > 0 ? qsTr("Search results") : picker.pack.name
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridView {
                id: grid
                objectName: "stickerGrid"
                readonly property int columns: 4

                anchors.fill: parent
                anchors.leftMargin: Theme.s2
                anchors.rightMargin: Theme.s2
                cellWidth: Math.floor(width / grid.columns)
                cellHeight: grid.cellWidth
                clip: true
                model: picker.shown
                currentIndex: -1
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: heading.text
                ScrollBar.vertical: ScrollBar { }

                Keys.onUpPressed: function(event) {
                    if (grid.currentIndex < grid.columns)
                        search.forceActiveFocus()
                    else
                        event.accepted = false
                }
                Keys.onReturnPressed: if (grid.currentIndex >= 0) picker.send(picker.shown[grid.currentIndex].shortcode)
                Keys.onEnterPressed: if (grid.currentIndex >= 0) picker.send(picker.shown[grid.currentIndex].shortcode)

                footer: Item {
                    width: grid.width
                    height: picker.canAdd ? grid.cellHeight : 0
                    visible: picker.canAdd
                    ToolButton {
                        id: addCell
                        objectName: "addStickersButton"
                        x: (picker.pack !== null ? picker.pack.stickers.length % grid.columns : 0) * grid.cellWidth
                        y: picker.pack !== null && picker.pack.stickers.length % grid.columns !== 0 ? -grid.cellHeight : 0
                        width: grid.cellWidth
                        height: grid.cellHeight
                        padding: Theme.s2
                        focusPolicy: Qt.TabFocus
                        Accessible.name: qsTr("Add stickers from your computer")
                        ToolTip.visible: addCell.hovered
                        ToolTip.text: qsTr("Add stickers from your computer")
                        ToolTip.delay: 600
                        onClicked: addDialog.open()
                        contentItem: Rectangle {
                            radius: Theme.radiusControl
                            color: "transparent"
                            border.color: addCell.hovered ? Theme.accent : Theme.divider
                            border.width: 2
                            IconImage {
                                anchors.centerIn: parent
                                source: "../icons/plus.svg"
                                sourceSize.width: 24
                                sourceSize.height: 24
                                color: addCell.hovered ? Theme.accent : Theme.textDim
                            }
                        }
                        background: null
                    }
                }

                delegate: ToolButton {
                    id: cell
                    required property var modelData
                    required property int index

                    objectName: "sticker_" + cell.modelData.shortcode
                    width: grid.cellWidth
                    height: grid.cellHeight
                    padding: Theme.s1
                    focusPolicy: Qt.NoFocus
                    Accessible.name: cell.modelData.body
                    ToolTip.visible: cell.hovered
                    ToolTip.text: cell.modelData.body
                    ToolTip.delay: 600
                    onClicked: picker.send(cell.modelData.shortcode)
                    onHoveredChanged: if (cell.hovered) grid.currentIndex = cell.index

                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        enabled: picker.pack !== null && picker.pack.editable
                        onTapped: {
                            removeMenu.shortcode = cell.modelData.shortcode
                            removeMenu.popup()
                        }
                    }

                    contentItem: Image {
                        id: picture
                        source: cell.modelData.source
                        sourceSize.width: 160
                        sourceSize.height: 160
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        scale: cell.hovered || grid.currentIndex === cell.index && grid.activeFocus ? 1.08 : 1
                        Behavior on scale { NumberAnimation { duration: 100 } }
                    }
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: grid.currentIndex === cell.index && grid.activeFocus ? Theme.hover : "transparent"
                    }
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                visible: picker.pack !== null && picker.pack.editable && picker.pack.stickers.length === 0
                spacing: Theme.s2
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: grid.cellHeight
                    textFormat: Text.PlainText
                    text: picker.pack !== null && picker.pack.id === "user"
                          ? qsTr("Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.")
                          : qsTr("Add pictures from your computer: everyone in this conversation can send them.")
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                }
            }

            Label {
                anchors.centerIn: parent
                visible: search.text.length > 0 && picker.shown.length === 0
                textFormat: Text.PlainText
                text: qsTr("No stickers found")
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Popup {
        id: namePopup
        objectName: "newPackPopup"
        x: (picker.width - width) / 2
        y: Theme.s8 + Theme.s6
        width: picker.width - 2 * Theme.s4
        padding: Theme.s3
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        onOpened: packName.forceActiveFocus()
        background: Rectangle {
            radius: Theme.radiusControl
            color: Theme.surfaceRaised
            border.color: Theme.divider
        }
        contentItem: ColumnLayout {
            spacing: Theme.s2
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("A pack everyone in this conversation can use")
                wrapMode: Text.WordWrap
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
            TextField {
                id: packName
                objectName: "newPackName"
                Layout.fillWidth: true
                placeholderText: qsTr("Pack name")
                placeholderTextColor: Theme.placeholder
                color: Theme.text
                font.pixelSize: Theme.fontBody
                maximumLength: 100
                selectByMouse: true
                Accessible.name: qsTr("Pack name")
                onAccepted: createButton.clicked()
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: Theme.field
                    border.width: packName.activeFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
            DialogButton {
                id: createButton
                objectName: "createPackButton"
                Layout.alignment: Qt.AlignRight
                primary: true
                text: qsTr("Create")
                enabled: packName.text.trim().length > 0
                onClicked: {
                    if (!createButton.enabled)
                        return
                    picker.stickers.createRoomPack(packName.text.trim())
                    namePopup.close()
                }
            }
        }
    }

    AppMenu {
        id: packMenu
        objectName: "packMenu"
        property string packId: ""
        property bool everywhere: false
        AppMenuItem {
            objectName: "packEverywhereItem"
            text: packMenu.everywhere ? qsTr("Use only in its conversation") : qsTr("Use in every conversation")
            onTriggered: picker.stickers.setEverywhere(packMenu.packId, !packMenu.everywhere)
        }
    }

    AppMenu {
        id: removeMenu
        property string shortcode: ""
        AppMenuItem {
            objectName: "removeStickerItem"
            text: picker.pack !== null && picker.pack.id === "user" ? qsTr("Remove from My stickers")
                                                                    : qsTr("Remove from this pack")
            danger: true
            onTriggered: picker.stickers.remove(picker.pack.id, removeMenu.shortcode)
        }
    }
}
