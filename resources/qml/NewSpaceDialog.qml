pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Create a space: a name, a description, whether anyone can find and join it, and whether it
// starts with an announcements channel. Only its admins
// add rooms. The dialog stays open while the server works and says why when it refuses; the space
// shows in the space bar once sync brings it.
Popup {
    id: dialog

    required property var creator  // session.spaceBrowser.creator

    function create() {
        if (spaceName.text.trim().length > 0)
            dialog.creator.create(spaceName.text.trim(), spaceTopic.text.trim(), publicSpace.checked,
                                  announcements.checked)
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
        announcements.checked = false
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
        DialogSwitch {
            id: publicSpace
            objectName: "newSpacePublic"
            Layout.fillWidth: true
            enabled: !dialog.creator.busy
            text: qsTr("Anyone can find and join")
            hint: publicSpace.checked ? qsTr("Listed in the server's directory; anyone can join.")
                                      : qsTr("Only people you invite can join.")
        }
        DialogSwitch {
            id: announcements
            objectName: "newSpaceAnnouncements"
            Layout.fillWidth: true
            enabled: !dialog.creator.busy
            text: qsTr("Start with an announcements channel")
            hint: qsTr("Where its admins post and every member reads.")
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
