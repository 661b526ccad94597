import QtQuick

// The app's check box square (the stock one is a white square in the dark theme).
Rectangle {
    property bool on: false

    width: 20
    height: 20
    radius: 6
    color: on ? Theme.accent : "transparent"
    border.width: on ? 0 : 2
    border.color: Theme.textDim

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: parent.on
        text: "✓"
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontMeta
        font.weight: Font.DemiBold
    }
}
