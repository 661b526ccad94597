import QtQuick
import QtQuick.Controls.Basic

// A 36 px round button with a tinted SVG icon.
ToolButton {
    id: button

    property url iconSource
    property string accessibleName
    property color tint: Theme.textDim
    property color fill: "transparent"

    implicitWidth: 36
    implicitHeight: 36
    icon.source: iconSource
    icon.color: tint
    icon.width: 22
    icon.height: 22
    padding: 0
    display: AbstractButton.IconOnly
    focusPolicy: Qt.TabFocus
    Accessible.name: accessibleName
    ToolTip.visible: hovered && accessibleName.length > 0
    ToolTip.text: accessibleName
    ToolTip.delay: 600

    background: Rectangle {
        radius: width / 2
        color: button.down ? Theme.divider : button.hovered ? Theme.hover : button.fill
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
