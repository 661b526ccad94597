import QtQuick
import QtQuick.Controls.Basic

// "Forget this conversation?" — forgetting cannot be undone: the server stops giving the history
// to this account and this computer deletes its copy.
ConfirmDialog {
    id: dialog

    required property var archive
    property string roomId: ""

    function ask(roomId, roomName) {
        dialog.roomId = roomId
        dialog.title = qsTr("Forget “%1”?").arg(roomName)
        dialog.open()
    }

    objectName: "confirmForget"
    parent: Overlay.overlay
    anchors.centerIn: parent
    text: qsTr("Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.")
    confirmText: qsTr("Forget")
    confirmName: "confirmForgetButton"
    onConfirmed: dialog.archive.forget(dialog.roomId)
}
