import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// "Delete this message?" with an optional reason the other members see.
Popup {
    id: dialog

    property string eventId
    property bool own: true

    signal confirmed(string eventId, string reason)

    objectName: "redactDialog"
    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: {
        reason.clear()
        confirm.forceActiveFocus()
    }

    function accept() {
        dialog.close()
        dialog.confirmed(dialog.eventId, reason.text)
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
            text: qsTr("Delete this message?")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.own ? qsTr("It is deleted for everyone in the conversation.")
                             : qsTr("It is deleted for everyone; as a moderator you may say why.")
            color: Theme.textDim
            wrapMode: Text.Wrap
        }
        FormField {
            id: reason
            objectName: "redactReason"
            Layout.fillWidth: true
            label: qsTr("Reason (optional)")
            Accessible.name: qsTr("Reason for deleting")
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
                objectName: "confirmRedactButton"
                text: qsTr("Delete")
                primary: true
                danger: true
                onClicked: dialog.accept()
            }
        }
    }
}
