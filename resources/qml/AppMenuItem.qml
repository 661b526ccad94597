import QtQuick
import QtQuick.Controls.Basic

// One entry of an AppMenu; `danger` for an action that loses something (leave, sign out). Also the
// entry that opens a submenu (AppMenu makes those with this delegate), with an arrow.
MenuItem {
    id: item

    property bool danger: false

    implicitHeight: 36
    leftPadding: Theme.s4
    rightPadding: Theme.s4
    Accessible.name: text

    contentItem: Text {
        textFormat: Text.PlainText
        text: item.text
        color: item.danger ? Theme.danger : Theme.text
        font.pixelSize: Theme.fontBody
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    arrow: Text {
        textFormat: Text.PlainText
        x: item.width - width - Theme.s3
        y: (item.height - height) / 2
        visible: item.subMenu !== null
        text: "›"
        color: Theme.textDim
        font.pixelSize: Theme.fontTitle
    }
    background: Rectangle {
        color: item.highlighted ? Theme.hover : "transparent"
        radius: item.visualFocus ? Theme.radiusControl - 2 : 0
        border.width: item.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
