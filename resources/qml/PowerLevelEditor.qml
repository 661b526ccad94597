pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Roles and permissions: for each right (send messages, delete others' messages, ban...), the
// least role that has it: everyone, moderators or admins (or the custom level a room set). Those
// whose role may not change it see it greyed out, with why. A change is sent at once and shows
// when the server has it.
Popup {
    id: dialog

    property var admin: null
    readonly property var rights: admin ? admin.rights : []

    objectName: "powerLevelEditor"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 680
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.s6 : implicitHeight)
    padding: Theme.s6
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: closeButton.forceActiveFocus()

    function rightName(key: string): string {
        switch (key) {
        case "send": return qsTr("Send messages")
        case "react": return qsTr("React to messages")
        case "invite": return qsTr("Invite people")
        case "redact": return qsTr("Delete others' messages")
        case "pin": return qsTr("Pin messages")
        case "call": return qsTr("Start calls")
        case "notify": return qsTr("Notify everyone with @room")
        case "kick": return qsTr("Remove people")
        case "ban": return qsTr("Ban people")
        case "profile": return qsTr("Change name, topic and picture")
        case "settings": return qsTr("Change who can join and read history")
        case "roles": return qsTr("Change roles and permissions")
        }
        return key
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s2

        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Roles and permissions")
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
            }
            RoundIconButton {
                id: closeButton
                objectName: "powerLevelEditorClose"
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close")
                onClicked: dialog.close()
            }
        }
        Label {
            objectName: "powerLevelEditorNote"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textDim
            text: dialog.admin && dialog.admin.canChangeRoles
                  ? qsTr("Who may do what in this conversation. Admins have every right moderators have.")
                  : qsTr("Your role does not allow changing these; this is who may do what here.")
        }

        ListView {
            id: list
            objectName: "rightsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.s2
            implicitHeight: contentHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: dialog.rights
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Permissions")
            ScrollBar.vertical: ScrollBar { }

            delegate: Item {
                id: row
                required property var modelData
                readonly property bool locked: modelData.disabledReason.length > 0
                readonly property bool custom: [0, 50, 100].indexOf(modelData.level) < 0
                property bool editing: false  // the custom level field is open
                objectName: "right_" + modelData.key
                width: ListView.view.width
                implicitHeight: Math.max(segments.height, labels.implicitHeight) + Theme.s3
                                + (levelField.visible ? levelField.implicitHeight + Theme.s2 : 0)

                ColumnLayout {
                    id: labels
                    anchors.left: parent.left
                    anchors.right: segments.left
                    anchors.rightMargin: Theme.s3
                    anchors.verticalCenter: segments.verticalCenter
                    spacing: 1
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: dialog.rightName(row.modelData.key)
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: row.locked && dialog.admin.canChangeRoles
                        text: row.modelData.disabledReason
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }

                Rectangle {
                    id: segments
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: Math.max(0, (labels.implicitHeight - height) / 2) + Theme.s3 / 2
                    width: 340
                    height: 32
                    radius: Theme.radiusControl
                    color: "transparent"
                    border.color: Theme.divider
                    RowLayout {
                        anchors.fill: parent
                        anchors.margins: 2
                        spacing: 2
                        Repeater {
                            // the three roles, and the custom level in force or "Custom…" to set one
                            model: [{ level: 0, name: qsTr("Everyone") },
                                    { level: 50, name: qsTr("Moderators") },
                                    { level: 100, name: qsTr("Admins") },
                                    row.custom ? { level: row.modelData.level, custom: true,
                                                   name: qsTr("Level %1").arg(row.modelData.level) }
                                               : { level: -1, custom: true, name: qsTr("Custom…") }]
                            delegate: Button {
                                id: segment
                                required property var modelData
                                readonly property bool current: modelData.level === row.modelData.level
                                objectName: modelData.custom ? "levelCustom" : "level" + modelData.level
                                text: modelData.name
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                enabled: !row.locked && !dialog.admin.busy && modelData.level <= dialog.admin.ownLevel
                                Accessible.role: Accessible.RadioButton
                                Accessible.checked: current
                                Accessible.name: dialog.rightName(row.modelData.key) + ": " + modelData.name
                                Accessible.description: row.modelData.disabledReason
                                onClicked: {
                                    if (segment.modelData.custom)
                                        row.editing = !row.editing
                                    else if (!current)
                                        dialog.admin.setRightLevel(row.modelData.key, modelData.level)
                                }
                                contentItem: Text {
                                    textFormat: Text.PlainText
                                    text: segment.text
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontMeta
                                    font.weight: segment.current ? Font.DemiBold : Font.Normal
                                    color: segment.current ? Theme.textOnAccent
                                         : segment.enabled ? Theme.text : Theme.textDim
                                }
                                background: Rectangle {
                                    radius: Theme.radiusControl - 2
                                    color: segment.current ? Theme.accent
                                         : (segment.hovered && segment.enabled)
                                           || (segment.modelData.custom && row.editing) ? Theme.hover
                                         : "transparent"
                                    opacity: segment.current && !segment.enabled ? 0.55 : 1.0
                                }
                            }
                        }
                    }
                }

                LevelField {
                    id: levelField
                    objectName: "rightLevelField"
                    anchors.right: parent.right
                    anchors.top: segments.bottom
                    anchors.topMargin: Theme.s2
                    width: segments.width
                    visible: row.editing && !row.locked
                    level: Math.min(row.modelData.level, 100)
                    busy: dialog.admin.busy
                    accessibleName: qsTr("Custom level for %1").arg(dialog.rightName(row.modelData.key))
                    refusalOf: level => dialog.admin.rightRefusal(row.modelData.key, level)
                    onVisibleChanged: if (visible) focusInput()
                    onApplied: level => {
                        row.editing = false
                        dialog.admin.setRightLevel(row.modelData.key, level)
                    }
                }
            }
        }
    }
}
