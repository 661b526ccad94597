pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Create a space: a name, a description, and whether anyone can find and join it. Only its admins
// add rooms. The dialog stays open while the server works and says why when it refuses; the space
// shows in the space bar once sync brings it.
Popup {
    id: dialog

    required property var creator  // session.spaceBrowser.creator

    function create() {
        if (spaceName.text.trim().length > 0)
            dialog.creator.create(spaceName.text.trim(), spaceTopic.text.trim(), publicSpace.checked)
    }

    objectName: "newSpaceDialog"
    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: {
        dialog.creator.reset()
        spaceName.forceActiveFocus()
    }
    onClosed: {
        spaceName.clear()
        spaceTopic.clear()
        publicSpace.checked = false
    }

    Connections {
        target: dialog.creator
        function onCreated() { dialog.close() }
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
            text: qsTr("New space")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
            text: qsTr("A space gathers rooms and groups for a community. Its admins choose its rooms.")
        }
        FormField {
            id: spaceName
            objectName: "newSpaceName"
            Layout.fillWidth: true
            label: qsTr("Space name")
            Accessible.name: qsTr("Space name")
            enabled: !dialog.creator.busy
            onAccepted: dialog.create()
        }
        FormField {
            id: spaceTopic
            objectName: "newSpaceTopic"
            Layout.fillWidth: true
            label: qsTr("Description (optional)")
            Accessible.name: qsTr("Space description")
            enabled: !dialog.creator.busy
            onAccepted: dialog.create()
        }
        SwitchDelegate {
            id: publicSpace
            objectName: "newSpacePublic"
            Layout.fillWidth: true
            enabled: !dialog.creator.busy
            text: qsTr("Anyone can find and join")
            padding: Theme.s2
            leftPadding: 0
            rightPadding: track.width + Theme.s2
            Accessible.name: text
            Accessible.description: hint.text
            contentItem: Column {
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: publicSpace.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                Text {
                    id: hint
                    textFormat: Text.PlainText
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: publicSpace.checked ? qsTr("Listed in the server's directory; anyone can join.")
                                              : qsTr("Only people you invite can join.")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontMeta
                }
            }
            indicator: Rectangle {
                id: track
                x: publicSpace.width - width
                y: Math.round((publicSpace.height - height) / 2)
                implicitWidth: 40
                implicitHeight: 22
                radius: height / 2
                color: publicSpace.checked ? Theme.accent : Theme.divider
                border.width: publicSpace.checked ? 0 : 1
                border.color: Theme.placeholder
                Rectangle {
                    width: 16
                    height: 16
                    radius: 8
                    y: 3
                    x: publicSpace.checked ? parent.width - width - 3 : 3
                    color: publicSpace.checked ? Theme.textOnAccent : Theme.textDim
                }
            }
            background: Rectangle {
                radius: Theme.radiusControl
                color: "transparent"
                border.width: publicSpace.visualFocus ? 2 : 0
                border.color: Theme.accent
            }
        }
        Label {
            objectName: "newSpaceError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.danger
            text: dialog.creator.error
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                running: dialog.creator.busy
                visible: running
                Accessible.name: qsTr("Creating the space")
            }
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "newSpaceCreate"
                primary: true
                text: dialog.creator.busy ? qsTr("Creating…") : qsTr("Create space")
                enabled: spaceName.text.trim().length > 0 && !dialog.creator.busy
                Accessible.name: qsTr("Create the space")
                onClicked: dialog.create()
            }
        }
    }
}
