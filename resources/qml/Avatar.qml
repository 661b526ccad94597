import QtQuick

// A round avatar: initials on a colour derived from the id (pictures come later).
Rectangle {
    id: avatar

    property string initials: "?"
    property color tint: "#65aadd"
    property int size: 48

    width: size
    height: size
    radius: size / 2
    color: tint

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        text: avatar.initials
        color: "#ffffff"
        font.pixelSize: Math.round(avatar.size * 0.38)
        font.weight: Font.DemiBold
    }
}
