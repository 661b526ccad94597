import QtQuick

// A round avatar: initials on a colour derived from the id, and over them the picture once it
// has loaded. `source` is an image://media/avatar/… address (or ""): every avatar of one person
// or room asks for the same address at the same size, so one picture serves every row. Until
// the picture is ready, and for good when it fails, the initials stay: no flash, no empty circle.
Rectangle {
    id: avatar

    property string initials: "?"
    property color tint: "#65aadd"
    property int size: 48
    property string source: ""
    // the picture is on show (tests read it: an Image's status enum is not readable from Python)
    readonly property bool loaded: source.length > 0 && picture.status === Image.Ready

    width: size
    height: size
    radius: size / 2
    // the picture's anti-aliased edge blends with what is behind the avatar, not with the tint
    color: loaded ? "transparent" : tint

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: !avatar.loaded
        text: avatar.initials
        color: "#ffffff"
        font.pixelSize: Math.round(avatar.size * 0.38)
        font.weight: Font.DemiBold
    }

    Image {
        id: picture
        anchors.fill: parent
        visible: avatar.loaded
        source: avatar.source
        asynchronous: true
        smooth: true
        mipmap: true
        fillMode: Image.PreserveAspectFit
    }
}
