pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The emoji picker: a search field (focused on open), category tabs (Recent first), a grid of
// emoji and a footer with the emoji under the pointer or the keyboard and the skin-tone choice.
// Typing filters by name and keyword, Enter picks the first result (or the highlighted one),
// Down goes into the grid, where the arrows move and Enter or Space picks; Esc closes.
// `picked` carries the emoji with the skin tone applied; the pick is recorded as recent.
Popup {
    id: picker

    // An EmojiModel (Python): category, search, skin tone, recents.
    property var emojiModel: null
    // Close after a pick; a composer that inserts several emoji in a row may keep it open.
    property bool closeOnPick: true
    // The tab shown while not searching ("recent", "smileys", … "flags"); on opening, Recent
    // (or Smileys while nothing was used yet).
    property string category: "recent"
    readonly property bool searching: search.text.length > 0
    readonly property bool loaded: picker.emojiModel !== null && picker.emojiModel.loaded
    property bool choosingTone: false

    // The cell under the pointer or the keyboard (for the footer's preview).
    readonly property var current: grid.currentIndex >= 0 ? grid.currentItem : null

    readonly property var tabs: [
        { key: "recent", label: qsTr("Recently used") },
        { key: "smileys", label: qsTr("Smileys & emotion") },
        { key: "people", label: qsTr("People & body") },
        { key: "nature", label: qsTr("Animals & nature") },
        { key: "food", label: qsTr("Food & drink") },
        { key: "travel", label: qsTr("Travel & places") },
        { key: "activities", label: qsTr("Activities") },
        { key: "objects", label: qsTr("Objects") },
        { key: "symbols", label: qsTr("Symbols") },
        { key: "flags", label: qsTr("Flags") }
    ]
    readonly property var tones: [
        { sample: "\u270B", label: qsTr("Default skin tone") },
        { sample: "\u270B\u{1F3FB}", label: qsTr("Light skin tone") },
        { sample: "\u270B\u{1F3FC}", label: qsTr("Medium-light skin tone") },
        { sample: "\u270B\u{1F3FD}", label: qsTr("Medium skin tone") },
        { sample: "\u270B\u{1F3FE}", label: qsTr("Medium-dark skin tone") },
        { sample: "\u270B\u{1F3FF}", label: qsTr("Dark skin tone") }
    ]
    readonly property int skinTone: picker.emojiModel !== null ? picker.emojiModel.skinTone : 0

    signal picked(string emoji)

    function pick(index: int) {
        if (picker.emojiModel === null)
            return
        const emoji = picker.emojiModel.emojiAt(index)
        if (emoji.length === 0)
            return
        picker.emojiModel.recordUse(emoji)
        if (picker.closeOnPick)
            picker.close()
        picker.picked(emoji)
    }

    function showCategory(key: string) {
        search.clear()
        picker.category = key
        if (picker.emojiModel !== null)
            picker.emojiModel.setCategory(key)
        grid.currentIndex = -1
        grid.positionViewAtBeginning()
    }

    function labelOf(key: string): string {
        for (const tab of picker.tabs) {
            if (tab.key === key)
                return tab.label
        }
        return ""
    }

    function chooseTone(tone: int) {
        if (picker.emojiModel !== null)
            picker.emojiModel.skinTone = tone
        picker.choosingTone = false
        toneButton.forceActiveFocus()
    }

    objectName: "emojiPicker"
    width: 352
    height: 400
    padding: 0
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        picker.choosingTone = false
        if (picker.emojiModel === null)
            return
        picker.emojiModel.ensureLoaded()
        picker.showCategory(picker.emojiModel.recent.length > 0 ? "recent" : "smileys")
    }
    onOpened: search.forceActiveFocus()

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

    contentItem: ColumnLayout {
        spacing: 0
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Emoji")

        TextField {
            id: search
            objectName: "emojiSearch"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s3
            Layout.rightMargin: Theme.s3
            Layout.topMargin: Theme.s3
            implicitHeight: 36
            placeholderText: qsTr("Search emoji")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            font.pixelSize: Theme.fontBody
            leftPadding: 36
            rightPadding: search.text.length > 0 ? 36 : Theme.s3
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            Accessible.name: qsTr("Search emoji")

            onTextChanged: {
                if (picker.emojiModel === null)
                    return
                picker.emojiModel.setQuery(search.text)
                grid.currentIndex = search.text.length > 0 && grid.count > 0 ? 0 : -1
                grid.positionViewAtBeginning()
            }
            onAccepted: picker.pick(grid.currentIndex >= 0 ? grid.currentIndex : 0)
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

            ToolButton {
                id: clearButton
                objectName: "emojiSearchClear"
                anchors.right: parent.right
                anchors.rightMargin: Theme.s1
                anchors.verticalCenter: parent.verticalCenter
                width: 28
                height: 28
                visible: search.text.length > 0
                padding: 0
                display: AbstractButton.IconOnly
                icon.source: "../icons/close.svg"
                icon.color: Theme.textDim
                icon.width: 14
                icon.height: 14
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Clear search")
                onClicked: {
                    search.clear()
                    search.forceActiveFocus()
                }
                background: Rectangle {
                    radius: width / 2
                    color: clearButton.hovered ? Theme.hover : "transparent"
                }
            }
        }

        Row {
            id: tabRow
            objectName: "emojiTabs"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s2
            Layout.rightMargin: Theme.s2
            Layout.topMargin: Theme.s2
            Layout.bottomMargin: Theme.s1
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Emoji categories")

            Repeater {
                model: picker.tabs

                delegate: ToolButton {
                    id: tab
                    required property var modelData
                    readonly property bool selected: !picker.searching && picker.category === tab.modelData.key

                    objectName: "emojiTab_" + tab.modelData.key
                    width: tabRow.width / picker.tabs.length
                    height: 34
                    padding: 0
                    display: AbstractButton.IconOnly
                    icon.source: "../icons/emoji-" + tab.modelData.key + ".svg"
                    icon.color: tab.selected ? Theme.accent : Theme.textDim
                    icon.width: 20
                    icon.height: 20
                    focusPolicy: Qt.TabFocus
                    Accessible.role: Accessible.PageTab
                    Accessible.name: tab.modelData.label
                    Accessible.selected: tab.selected
                    ToolTip.visible: tab.hovered
                    ToolTip.text: tab.modelData.label
                    ToolTip.delay: 600
                    onClicked: picker.showCategory(tab.modelData.key)

                    background: Rectangle {
                        anchors.fill: parent
                        anchors.margins: 1
                        radius: Theme.radiusControl
                        color: tab.selected ? Qt.alpha(Theme.accent, 0.14)
                             : tab.hovered ? Theme.hover : "transparent"
                        border.width: tab.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        Label {
            textFormat: Text.PlainText
            id: heading
            objectName: "emojiHeading"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s3
            Layout.rightMargin: Theme.s3
            topPadding: Theme.s2
            bottomPadding: Theme.s1
            text: picker.searching ? qsTr("Search results") : picker.labelOf(picker.category)
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }

        GridView {
            id: grid
            objectName: "emojiGrid"
            readonly property int columns: 8
            // the pointer moved the current cell: no scrolling to it (the keyboard's moves do)
            property bool pointerMoved: false

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.s2
            Layout.rightMargin: Theme.s2
            cellWidth: Math.floor(width / grid.columns)
            cellHeight: grid.cellWidth
            clip: true
            model: picker.emojiModel
            reuseItems: true
            // No cache buffer: its delegates are created asynchronously, and a search resetting
            // the model meanwhile makes Qt warn ("DelegateModel::cancel: index out range").
            // The cells are one Text each: creating them as they scroll in is cheap.
            cacheBuffer: 0
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: heading.text

            ScrollBar.vertical: ScrollBar { }

            onCurrentIndexChanged: {
                if (!grid.pointerMoved && grid.currentIndex >= 0)
                    grid.positionViewAtIndex(grid.currentIndex, GridView.Contain)
            }

            Keys.onPressed: function(event) {
                // Typing while the grid has the focus goes on in the search field.
                const text = event.text
                if (text.length > 0 && /\S/.test(text) && !/[\u0000-\u001f\u007f]/.test(text)
                        && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))) {
                    search.forceActiveFocus()
                    search.insert(search.cursorPosition, text)
                    event.accepted = true
                }
            }
            Keys.onUpPressed: function(event) {
                if (grid.currentIndex < grid.columns)
                    search.forceActiveFocus()
                else
                    event.accepted = false
            }
            Keys.onReturnPressed: picker.pick(grid.currentIndex)
            Keys.onEnterPressed: picker.pick(grid.currentIndex)
            Keys.onSpacePressed: picker.pick(grid.currentIndex)

            delegate: Item {
                id: cell
                required property int index
                required property string emoji
                required property string name
                required property string description
                required property bool hasSkinTones

                width: grid.cellWidth
                height: grid.cellHeight
                Accessible.role: Accessible.Button
                Accessible.name: cell.description.length > 0 ? cell.description : cell.emoji
                Accessible.onPressAction: picker.pick(cell.index)

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 2
                    radius: Theme.radiusControl
                    color: cell.GridView.isCurrentItem && (pointer.containsMouse || grid.activeFocus || picker.searching)
                           ? Qt.alpha(Theme.accent, grid.activeFocus || picker.searching ? 0.18 : 0.12)
                           : "transparent"
                }
                Text {
                    anchors.centerIn: parent
                    text: cell.emoji
                    textFormat: Text.PlainText
                    font.pixelSize: 26
                }
                MouseArea {
                    id: pointer
                    anchors.fill: parent
                    hoverEnabled: true
                    onEntered: {
                        grid.pointerMoved = true
                        grid.currentIndex = cell.index
                        grid.pointerMoved = false
                    }
                    onClicked: picker.pick(cell.index)
                }
                ToolTip.visible: pointer.containsMouse && cell.name.length > 0
                ToolTip.text: ":" + cell.name + ":"
                ToolTip.delay: 800
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: visible
                visible: !picker.loaded && picker.emojiModel !== null
                Accessible.name: qsTr("Loading emoji")
            }
            Label {
                textFormat: Text.PlainText
                objectName: "emojiEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                visible: picker.loaded && grid.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textDim
                text: picker.searching ? qsTr("No emoji match “%1”").arg(search.text)
                                       : qsTr("Emoji you use will show up here")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        Item {
            Layout.fillWidth: true
            implicitHeight: 48

            // the emoji under the pointer or the keyboard
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.s3
                anchors.rightMargin: Theme.s2
                spacing: Theme.s2
                visible: !picker.choosingTone

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: picker.current === null
                    text: qsTr("Pick an emoji")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontMeta
                    elide: Text.ElideRight
                }
                Text {
                    Layout.preferredWidth: 32
                    visible: picker.current !== null
                    horizontalAlignment: Text.AlignHCenter
                    text: picker.current !== null ? picker.current.emoji : ""
                    textFormat: Text.PlainText
                    font.pixelSize: 26
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: picker.current !== null
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText
                        objectName: "emojiPreviewName"
                        Layout.fillWidth: true
                        text: picker.current !== null ? picker.current.description : ""
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: picker.current !== null && picker.current.name.length > 0
                              ? ":" + picker.current.name + ":" : ""
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                        elide: Text.ElideRight
                    }
                }
                ToolButton {
                    id: toneButton
                    objectName: "emojiToneButton"
                    implicitWidth: 36
                    implicitHeight: 36
                    padding: 0
                    text: picker.tones[picker.skinTone].sample
                    font.pixelSize: 22
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Skin tone: %1").arg(picker.tones[picker.skinTone].label)
                    ToolTip.visible: toneButton.hovered
                    ToolTip.text: qsTr("Skin tone")
                    ToolTip.delay: 600
                    onClicked: {
                        picker.choosingTone = true
                        toneRepeater.itemAt(picker.skinTone).forceActiveFocus()
                    }
                    contentItem: Text {
                        text: toneButton.text
                        textFormat: Text.PlainText
                        font: toneButton.font
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: width / 2
                        color: toneButton.down ? Theme.divider : toneButton.hovered ? Theme.hover : "transparent"
                        border.width: toneButton.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                }
            }

            // the skin tones, in place of the preview while choosing
            RowLayout {
                objectName: "emojiTones"
                anchors.fill: parent
                anchors.leftMargin: Theme.s3
                anchors.rightMargin: Theme.s2
                spacing: Theme.s1
                visible: picker.choosingTone
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Skin tone")

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Skin tone")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontMeta
                    elide: Text.ElideRight
                }
                Repeater {
                    id: toneRepeater
                    model: picker.tones

                    delegate: ToolButton {
                        id: toneOption
                        required property var modelData
                        required property int index
                        readonly property bool chosen: toneOption.index === picker.skinTone

                        objectName: "emojiTone" + toneOption.index
                        implicitWidth: 36
                        implicitHeight: 36
                        padding: 0
                        text: toneOption.modelData.sample
                        font.pixelSize: 22
                        focusPolicy: Qt.TabFocus
                        Accessible.name: toneOption.modelData.label
                        Accessible.checkable: true
                        Accessible.checked: toneOption.chosen
                        onClicked: picker.chooseTone(toneOption.index)

                        Keys.onShortcutOverride: function(event) {
                            // Esc closes the tone choice, not the picker
                            event.accepted = event.key === Qt.Key_Escape
                        }
                        Keys.onEscapePressed: {
                            picker.choosingTone = false
                            toneButton.forceActiveFocus()
                        }
                        Keys.onLeftPressed: {
                            if (toneOption.index > 0)
                                toneRepeater.itemAt(toneOption.index - 1).forceActiveFocus()
                        }
                        Keys.onRightPressed: {
                            if (toneOption.index < toneRepeater.count - 1)
                                toneRepeater.itemAt(toneOption.index + 1).forceActiveFocus()
                        }
                        Keys.onReturnPressed: picker.chooseTone(toneOption.index)
                        Keys.onEnterPressed: picker.chooseTone(toneOption.index)

                        contentItem: Text {
                            text: toneOption.text
                            textFormat: Text.PlainText
                            font: toneOption.font
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: width / 2
                            color: toneOption.chosen ? Qt.alpha(Theme.accent, 0.16)
                                 : toneOption.hovered ? Theme.hover : "transparent"
                            border.width: toneOption.activeFocus ? 2 : 0
                            border.color: Theme.accent
                        }
                    }
                }
            }
        }
    }
}
