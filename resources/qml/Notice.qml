import QtQuick
import QtQuick.Controls.Basic

// One sentence about an action that failed, with a way to dismiss it.
Rectangle {
    id: notice

    property alias text: label.text
    property int maximumWidth: 480
    signal dismissed()

    visible: text.length > 0
    width: label.width + closeButton.width + 2 * Theme.s3 + Theme.s2
    height: Math.max(label.height, closeButton.height) + 2 * Theme.s2
    radius: Theme.radiusControl
    color: Theme.surfaceRaised
    border.color: Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Label {
        textFormat: Text.PlainText
        id: label
        x: Theme.s3
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, notice.maximumWidth)
        wrapMode: Text.Wrap
        color: Theme.text
    }
    ToolButton {
        id: closeButton
        objectName: "noticeDismissButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s2
        anchors.verticalCenter: parent.verticalCenter
        icon.source: "../icons/close.svg"
        icon.color: Theme.textDim
        icon.width: 16
        icon.height: 16
        Accessible.name: qsTr("Dismiss")
        onClicked: notice.dismissed()
    }
}
