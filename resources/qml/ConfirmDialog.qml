import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// "Are you sure?" as a QML popup (never a nested event loop). The confirming button has the
// focus, so Enter or Space confirms and Esc cancels.
Popup {
    id: dialog

    property string title
    property string text
    property string confirmText: qsTr("OK")
    property string confirmName
    property bool danger: true

    signal confirmed()

    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: confirm.forceActiveFocus()

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
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.text
            color: Theme.textDim
            wrapMode: Text.Wrap
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
                danger: dialog.danger
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
        }
    }
}
