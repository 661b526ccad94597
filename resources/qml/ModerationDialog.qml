import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// "Remove Bob?", "Ban Bob?", "Delete Bob's recent messages?": a confirmation with an optional
// reason, which everyone in the conversation reads with the change. The confirming button has the
// focus; Enter in the reason field confirms too, Esc cancels.
Popup {
    id: dialog

    property string title
    property string text
    property string confirmText
    property string confirmName
    property bool ready: true
    signal confirmed(string reason)

    objectName: "moderationDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: {
        reason.clear()
        confirm.forceActiveFocus()
    }

    function accept() {
        if (!dialog.ready)
            return
        dialog.close()
        dialog.confirmed(reason.text.trim())
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
        spacing: Theme.s3

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.title
            color: Theme.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            objectName: "moderationText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.text
            color: Theme.textDim
            wrapMode: Text.Wrap
        }
        FormField {
            id: reason
            objectName: "moderationReason"
            Layout.fillWidth: true
            label: qsTr("Reason (optional, everyone sees it)")
            Accessible.name: qsTr("Reason")
            onAccepted: dialog.accept()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                id: confirm
                objectName: dialog.confirmName
                text: dialog.confirmText
                primary: true
                danger: true
                enabled: dialog.ready
                onClicked: dialog.accept()
            }
        }
    }
}
