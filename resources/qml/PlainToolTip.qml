import QtQuick
import QtQuick.Controls.Basic

// A tooltip for text that comes from other people (names, reactions): always plain text, so
// markup in it is shown as typed and never loads anything.
ToolTip {
    id: tip

    delay: 400
    contentItem: Text {
        text: tip.text
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: 6
        color: Theme.surfaceRaised
        border.color: Theme.divider
    }
}
