import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl

// The round play/pause button of an audio, video or voice message; a spinner while its file
// downloads.
AbstractButton {
    id: button

    property bool playing: false
    property bool loading: false
    property string what: ""          // "voice message", a file's name: for screen readers
    property color fill: Theme.accent
    property color tint: Theme.textOnAccent

    implicitWidth: 40
    implicitHeight: 40
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: loading ? qsTr("Stop loading %1").arg(what)
                             : playing ? qsTr("Pause %1").arg(what) : qsTr("Play %1").arg(what)

    background: Rectangle {
        radius: width / 2
        color: button.fill
        opacity: button.enabled ? 1 : 0.5
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.text
        Rectangle {
            anchors.fill: parent
            radius: width / 2
            color: "#000000"
            opacity: button.down ? 0.18 : button.hovered ? 0.1 : 0
        }
    }
    contentItem: Item {
        IconImage {
            anchors.centerIn: parent
            // the triangle looks centred a little to the right of the middle
            anchors.horizontalCenterOffset: button.playing ? 0 : 1
            visible: !button.loading
            source: button.playing ? "../icons/pause.svg" : "../icons/play.svg"
            sourceSize: Qt.size(Math.round(button.width * 0.5), Math.round(button.width * 0.5))
            color: button.tint
        }
        BusyIndicator {
            anchors.centerIn: parent
            width: Math.round(button.width * 0.75)
            height: width
            running: button.loading
            visible: running
            palette.dark: button.tint
        }
    }
}
