pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// F1, Ctrl+/ or Help → Keyboard shortcuts: every shortcut of the app, grouped, with the keys as
// this platform writes them. The rows come from the one table the app's keys are checked against
// (qt/shortcut_table.py), so the sheet says what the keys really do. Esc closes it.
Popup {
    id: sheet

    // app.help
    required property var help
    property var rows: []

    objectName: "shortcutsSheet"
    parent: Overlay.overlay
    modal: true
    focus: true
    width: Math.min(640, parent ? parent.width - 2 * Theme.s8 : 640)
    height: Math.min(680, parent ? parent.height - 2 * Theme.s8 : 680)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        sheet.rows = sheet.help.shortcuts()
        list.currentIndex = 0
        list.positionViewAtBeginning()
    }
    onOpened: list.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 0
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Keyboard shortcuts")

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s6
            Layout.rightMargin: Theme.s3
            Layout.topMargin: Theme.s3
            Layout.bottomMargin: Theme.s2
            spacing: Theme.s2

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Keyboard shortcuts")
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
            }
            RoundIconButton {
                objectName: "closeShortcuts"
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close")
                onClicked: sheet.close()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        ListView {
            id: list
            objectName: "shortcutsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: sheet.rows
            bottomMargin: Theme.s4
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Keyboard shortcuts")
            ScrollBar.vertical: ScrollBar { }

            // the current row is drawn by its delegate (a highlight would cover the group's heading);
            // this one only makes the list scroll along with the arrow keys
            highlight: Item { }

            delegate: Item {
                id: row
                required property var modelData
                required property int index
                // the first row of a group carries its heading
                readonly property bool first: index === 0 || sheet.rows[index - 1].group !== modelData.group

                width: ListView.view.width
                height: heading.height + line.height
                Accessible.role: Accessible.ListItem
                Accessible.name: row.modelData.action + ": " + row.modelData.keys.join(qsTr(" or "))

                Label {
                    id: heading
                    textFormat: Text.PlainText
                    visible: row.first
                    height: row.first ? implicitHeight : 0
                    x: Theme.s6
                    topPadding: Theme.s4
                    bottomPadding: Theme.s1
                    verticalAlignment: Text.AlignBottom
                    text: row.modelData.group
                    color: Theme.accent
                    font.pixelSize: Theme.fontMeta
                    font.weight: Font.DemiBold
                }

                Rectangle {
                    y: heading.height
                    width: row.width
                    height: line.height
                    color: Theme.hover
                    visible: row.ListView.isCurrentItem && list.activeFocus
                }

                RowLayout {
                    id: line
                    y: heading.height
                    x: Theme.s6
                    width: row.width - 2 * Theme.s6
                    height: 34
                    spacing: Theme.s3

                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.action
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: row.modelData.keys
                        delegate: Rectangle {
                            id: chip
                            required property string modelData
                            implicitWidth: Math.max(28, keyText.implicitWidth + 2 * Theme.s2)
                            implicitHeight: 24
                            radius: 6
                            color: Theme.field
                            border.color: Theme.divider
                            Text {
                                id: keyText
                                anchors.centerIn: parent
                                textFormat: Text.PlainText
                                text: chip.modelData
                                color: Theme.text
                                font.pixelSize: Theme.fontMeta
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }
        }
    }
}
