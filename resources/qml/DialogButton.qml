import QtQuick
import QtQuick.Controls.Basic

// A button for popups: flat, or filled for the main action (red when it loses something).
// Enter and Return press it too, as Space does.
Button {
    id: button

    property bool primary: false
    property bool danger: false

    implicitHeight: 36
    leftPadding: Theme.s4
    rightPadding: Theme.s4
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        textFormat: Text.PlainText
        text: button.text
        color: button.primary ? Theme.textOnAccent : button.danger ? Theme.danger : Theme.accent
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: !button.primary ? (button.down || button.hovered ? Theme.hover : "transparent")
               : button.danger ? Theme.dangerFill : Theme.accentStrong
        opacity: button.enabled ? (button.primary && button.down ? 0.85 : 1.0) : 0.5
        border.width: button.visualFocus ? 2 : 0
        border.color: button.primary ? Theme.text : Theme.accent
    }
}
