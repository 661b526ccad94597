import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl

// A call screen's round button with its word underneath: translucent on the dark call screen,
// white when switched on (muted, camera off), green to answer, red to end.
AbstractButton {
    id: button

    property url iconSource
    property string label
    property string kind: "plain"   // plain | accept | end
    property bool on: false         // plain buttons: the state the label names is in force
    property int size: 56
    property bool showLabel: true
    property color labelColor: Theme.callTextDim

    implicitWidth: Math.max(size, showLabel ? caption.implicitWidth : 0)
    implicitHeight: size + (showLabel ? Theme.s2 + caption.implicitHeight : 0)
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.checkable: kind === "plain"
    Accessible.checked: on
    opacity: enabled ? 1.0 : 0.45
    hoverEnabled: true
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    ToolTip.visible: hovered && !showLabel && label.length > 0
    ToolTip.text: label
    ToolTip.delay: 600

    contentItem: Item {
        Rectangle {
            id: disc
            anchors.horizontalCenter: parent.horizontalCenter
            width: button.size
            height: button.size
            radius: width / 2
            color: button.kind === "accept" ? Theme.callAccept
                 : button.kind === "end" ? Theme.callEnd
                 : button.on ? "#ffffff" : "#33ffffff"
            border.width: button.visualFocus ? 2 : 0
            border.color: button.kind === "plain" && button.on ? Theme.accent : "#ffffff"

            // pressed and hovered: a veil, so every colour reacts alike
            Rectangle {
                anchors.fill: parent
                radius: parent.radius
                color: button.down ? "#33000000" : button.hovered ? "#1affffff" : "transparent"
            }
            IconImage {
                anchors.centerIn: parent
                source: button.iconSource
                sourceSize.width: Math.round(button.size * 0.46)
                sourceSize.height: Math.round(button.size * 0.46)
                color: button.kind === "plain" && button.on ? "#17212b" : "#ffffff"
            }
        }
        Text {
            id: caption
            textFormat: Text.PlainText
            visible: button.showLabel
            anchors.top: disc.bottom
            anchors.topMargin: Theme.s2
            anchors.horizontalCenter: parent.horizontalCenter
            text: button.label
            color: button.labelColor
            font.pixelSize: Theme.fontMeta
        }
    }
    background: null
}
