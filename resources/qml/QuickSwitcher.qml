pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Ctrl+K: type a few letters of a conversation or a person, Up/Down to choose, Enter to open.
Popup {
    id: switcher

    required property var model

    objectName: "quickSwitcher"
    modal: true
    focus: true
    width: Math.min(520, parent ? parent.width - 2 * Theme.s6 : 520)
    height: Math.min(440, parent ? parent.height - 2 * Theme.s8 : 440)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round(parent.height * 0.12) : 0
    padding: Theme.s3

    onOpened: {
        input.clear()
        switcher.model.query = ""
        switcher.model.refresh()
        results.currentIndex = 0
        input.forceActiveFocus()
    }

    function choose(row) {
        if (row < 0 || row >= results.count)
            return
        switcher.close()
        switcher.model.activate(row)
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s2

        TextField {
            id: input
            objectName: "quickSwitcherInput"
            Layout.fillWidth: true
            implicitHeight: 40
            placeholderText: qsTr("Go to a conversation or a person")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            font.pixelSize: Theme.fontBody + 1
            leftPadding: 36
            Accessible.name: qsTr("Quick switcher")
            onTextChanged: {
                switcher.model.query = text
                results.currentIndex = 0
            }
            onAccepted: switcher.choose(results.currentIndex)
            Keys.onDownPressed: results.currentIndex = Math.min(results.count - 1, results.currentIndex + 1)
            Keys.onUpPressed: results.currentIndex = Math.max(0, results.currentIndex - 1)
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.field
                Image {
                    source: "../icons/search.svg"
                    sourceSize.width: 18
                    sourceSize.height: 18
                    x: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.leftMargin: Theme.s2
            visible: input.text.length === 0 && results.count > 0
            text: qsTr("Recent")
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }

        ListView {
            id: results
            objectName: "quickSwitcherResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: switcher.model
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string name
                required property string detail
                required property string initials
                required property string avatarColor
                required property int unread
                required property string avatarSource

                width: ListView.view.width
                height: 48
                highlighted: ListView.isCurrentItem
                Accessible.name: entry.name
                onClicked: switcher.choose(entry.index)

                contentItem: RowLayout {
                    spacing: Theme.s3
                    Avatar {
                        size: 32
                        initials: entry.initials
                        tint: entry.avatarColor
                        source: entry.avatarSource
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: entry.name
                            color: Theme.text
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: entry.detail
                            color: Theme.textDim
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontMeta
                        }
                    }
                    Rectangle {
                        visible: entry.unread > 0
                        radius: height / 2
                        color: Theme.badge
                        implicitHeight: 20
                        implicitWidth: Math.max(20, count.implicitWidth + Theme.s3)
                        Text {
                            id: count
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: entry.unread > 99 ? "99+" : String(entry.unread)
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontMeta
                            font.weight: Font.DemiBold
                        }
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: entry.highlighted ? Theme.highlight : (entry.hovered ? Theme.hover : "transparent")
                }
            }

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: results.count === 0 && input.text.length > 0
                text: qsTr("Nothing matches “%1”").arg(input.text)
                color: Theme.textDim
            }
        }
    }
}
