pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Add rooms to a space (its admins): the user's conversations and spaces not in it yet, ticked and
// added together. The space browser shows them once the server has them; a refusal stays here.
Popup {
    id: dialog

    required property var adder  // session.spaceBrowser.adder
    property string spaceName: ""

    objectName: "addToSpaceDialog"
    modal: true
    focus: true
    width: Math.min(440, parent ? parent.width - 2 * Theme.s6 : 440)
    // as tall as the rooms need, never taller than the window
    height: Math.min(520, parent ? parent.height - 2 * Theme.s6 : 520,
                     Math.max(300, rooms.contentHeight + 190 + (error.visible ? error.height + Theme.s3 : 0)))
    padding: Theme.s6
    onOpened: filter.forceActiveFocus()
    onClosed: filter.clear()

    Connections {
        target: dialog.adder
        function onAdded() { dialog.close() }
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
            Layout.fillWidth: true
            text: qsTr("Add to %1").arg(dialog.spaceName)
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        TextField {
            id: filter
            objectName: "addToSpaceFilter"
            Layout.fillWidth: true
            implicitHeight: 32
            placeholderText: qsTr("Search conversations and spaces")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            font.pixelSize: Theme.fontMeta
            Accessible.name: qsTr("Search rooms to add")
            onTextChanged: dialog.adder.filterText = text
            Keys.onDownPressed: rooms.forceActiveFocus()
            background: Rectangle { radius: Theme.radiusControl; color: Theme.field }
        }
        ListView {
            id: rooms
            objectName: "addToSpaceRooms"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            clip: true
            model: dialog.adder
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: CheckDelegate {
                id: entry
                required property string roomId
                required property string name
                required property string initials
                required property string avatarColor
                required property string avatarSource
                required property bool isSpace
                required property bool ticked
                objectName: "addCandidate_" + entry.roomId
                width: ListView.view.width
                height: 44
                topPadding: 0
                bottomPadding: 0
                checkable: false  // the model holds the tick
                checked: entry.ticked
                enabled: !dialog.adder.busy
                text: entry.name
                Accessible.name: entry.isSpace ? qsTr("%1, space").arg(entry.name) : entry.name
                onClicked: dialog.adder.toggle(entry.roomId)
                indicator: CheckMark {
                    x: entry.width - width - Theme.s3
                    y: (entry.height - height) / 2
                    on: entry.checked
                }
                contentItem: RowLayout {
                    spacing: Theme.s3
                    Avatar {
                        size: 28
                        radius: entry.isSpace ? Theme.radiusControl - 2 : size / 2
                        initials: entry.initials
                        tint: entry.avatarColor
                        source: entry.avatarSource
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.name
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.rightMargin: entry.indicator.width + Theme.s3
                        visible: entry.isSpace
                        text: qsTr("Space")
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        leftPadding: 6
                        rightPadding: 6
                        topPadding: 1
                        bottomPadding: 1
                        background: Rectangle { radius: 4; color: Theme.chip }
                    }
                    Item {
                        visible: !entry.isSpace
                        Layout.preferredWidth: entry.indicator.width + Theme.s3
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: entry.hovered ? Theme.hover : "transparent"
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s4
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: rooms.count === 0
                textFormat: Text.PlainText
                text: dialog.adder.total === 0 ? qsTr("All your conversations are in this space already.")
                                               : qsTr("Nothing matches “%1”").arg(filter.text)
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
            }
        }
        Label {
            id: error
            objectName: "addToSpaceError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.danger
            text: dialog.adder.error
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s2
            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                running: dialog.adder.busy
                visible: running
                Accessible.name: qsTr("Adding")
            }
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "addToSpaceConfirm"
                primary: true
                enabled: dialog.adder.selectedCount > 0 && !dialog.adder.busy
                text: dialog.adder.selectedCount > 0 ? qsTr("Add (%1)").arg(dialog.adder.selectedCount) : qsTr("Add")
                Accessible.name: qsTr("Add the chosen rooms to the space")
                onClicked: dialog.adder.add()
            }
        }
    }
}
