import QtQuick
import QtQuick.Controls.Basic

// A calm strip above everything while the server cannot be reached.
Rectangle {
    id: banner
    objectName: "offlineBanner"

    property bool offline: false
    property alias text: label.text

    visible: offline
    implicitHeight: offline ? label.implicitHeight + 2 * Theme.s2 : 0
    color: Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Label {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 2 * Theme.s4)
        elide: Text.ElideRight
        color: Theme.warningText
        font.pixelSize: Theme.fontMeta
    }
}
