import QtQuick
import QtQuick.Controls.Basic

// A labelled text field in the app's style.
TextField {
    id: field

    property string label

    color: Theme.text
    placeholderText: ""
    placeholderTextColor: Theme.placeholder
    selectByMouse: true
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    leftPadding: Theme.s3
    rightPadding: Theme.s3
    topPadding: Theme.s4 + Theme.s1
    bottomPadding: Theme.s2
    implicitHeight: 52

    // a screen reader's name for the field; Qt hides a password field's own name, so the
    // caption is also its label relation (Accessible.labelledBy, Qt 6.10 and later)
    Accessible.name: field.label
    Component.onCompleted: if (field.Accessible.labelledBy !== undefined) field.Accessible.labelledBy = caption

    Label {
        id: caption
        textFormat: Text.PlainText
        text: field.label
        color: field.activeFocus ? Theme.accent : Theme.textDim
        font.pixelSize: Theme.fontSmall
        x: Theme.s3
        y: Theme.s1 + 2
    }

    background: Rectangle {
        radius: Theme.radiusControl
        color: Theme.field
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.accent : Theme.divider
    }
}
