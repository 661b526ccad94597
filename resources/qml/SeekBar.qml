import QtQuick
import QtQuick.Controls.Basic

// A thin seek bar over a recording's length in milliseconds: drag or click to go elsewhere, arrows
// step five seconds.
Slider {
    id: bar

    property color played: Theme.accent
    property color track: Theme.textDim
    property real trackOpacity: 0.3
    signal seekRequested(int position)

    from: 0
    stepSize: 5000
    snapMode: Slider.NoSnap
    implicitHeight: 20
    padding: 0
    leftPadding: 6
    rightPadding: 6
    focusPolicy: Qt.TabFocus
    Accessible.name: qsTr("Position")
    onMoved: bar.seekRequested(Math.round(bar.value))

    background: Item {
        x: bar.leftPadding
        width: bar.availableWidth
        height: bar.height
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 4
            radius: 2
            color: bar.track
            opacity: bar.trackOpacity
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: bar.visualPosition * parent.width
            height: 4
            radius: 2
            color: bar.played
        }
    }
    handle: Rectangle {
        x: bar.leftPadding + bar.visualPosition * bar.availableWidth - width / 2
        anchors.verticalCenter: parent.verticalCenter
        width: bar.pressed || bar.hovered || bar.visualFocus ? 12 : 10
        height: width
        radius: width / 2
        color: bar.played
        border.width: bar.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
