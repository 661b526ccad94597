import QtQuick
import QtQuick.Controls.Basic

// A yes/no choice in a dialog: its label, a line saying what it means now, and a switch at the
// right; the whole row toggles it.
SwitchDelegate {
    id: control

    property string hint

    padding: Theme.s2
    leftPadding: 0
    rightPadding: track.width + Theme.s2
    Accessible.name: text
    Accessible.description: hint

    contentItem: Column {
        spacing: 2
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: control.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: control.hint
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }
    }
    indicator: Rectangle {
        id: track
        x: control.width - width
        y: Math.round((control.height - height) / 2)
        implicitWidth: 40
        implicitHeight: 22
        radius: height / 2
        color: control.checked ? Theme.accent : Theme.divider
        border.width: control.checked ? 0 : 1
        border.color: Theme.placeholder
        opacity: control.enabled ? 1 : 0.5
        Rectangle {
            width: 16
            height: 16
            radius: 8
            y: 3
            x: control.checked ? parent.width - width - 3 : 3
            color: control.checked ? Theme.textOnAccent : Theme.textDim
        }
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
