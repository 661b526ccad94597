import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// An invite link to share: the matrix.to link (selectable), Copy, and a QR code to scan with a
// phone. Whoever opens the link sees the room and the way in its settings allow.
Popup {
    id: dialog

    required property var links  // session.inviteLinks
    property string title
    property bool person: false

    function showRoom(roomId, name) {
        dialog.title = qsTr("Invite link to “%1”").arg(name)
        dialog.person = false
        dialog.links.forRoom(roomId)
        copiedLabel.visible = false
        dialog.open()
    }
    function showUser(userId, name) {
        dialog.title = qsTr("Link to %1").arg(name)
        dialog.person = true
        dialog.links.forUser(userId)
        copiedLabel.visible = false
        dialog.open()
    }

    objectName: "inviteLinkDialog"
    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: copyButton.forceActiveFocus()

    Connections {
        target: dialog.links
        function onCopied() { copiedLabel.visible = true }
        // a person's card asks for the link to them: it shows over the card
        function onShareUserRequested(userId, name) { dialog.showUser(userId, name) }
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.title
            color: Theme.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.person ? qsTr("Whoever opens the link can start a chat with this person.")
                                : qsTr("Anyone with the link can see the conversation's name and picture, and join if its settings allow.")
            color: Theme.textDim
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontMeta
        }
        // the QR code: always dark on white, what phone cameras read
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.s2
            implicitWidth: Math.max(208, qr.implicitWidth + 2 * Theme.s2)
            implicitHeight: implicitWidth
            radius: Theme.radiusControl
            color: "#ffffff"
            border.color: Theme.divider
            Image {
                id: qr
                objectName: "inviteQr"
                anchors.centerIn: parent
                source: dialog.links.qrSource  // drawn at its size: every module the same
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of the link")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: dialog.links.link.length === 0 && dialog.links.error.length === 0
                visible: running
                Accessible.name: qsTr("Making the link")
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            implicitHeight: linkText.implicitHeight + 2 * Theme.s2
            radius: Theme.radiusControl
            color: Theme.field
            TextEdit {
                id: linkText
                objectName: "inviteLinkText"
                anchors.fill: parent
                anchors.margins: Theme.s2
                anchors.leftMargin: Theme.s3
                anchors.rightMargin: Theme.s3
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.WrapAnywhere
                text: dialog.links.link
                color: Theme.text
                selectionColor: Theme.selection
                selectedTextColor: Theme.textOnAccent
                font.pixelSize: Theme.fontMeta
                Accessible.name: qsTr("The link")
            }
        }
        Label {
            objectName: "inviteLinkError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.links.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Label {
                id: copiedLabel
                objectName: "inviteLinkCopied"
                textFormat: Text.PlainText
                visible: false
                text: qsTr("Copied")
                color: Theme.accent
                font.pixelSize: Theme.fontMeta
                font.weight: Font.DemiBold
            }
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            DialogButton {
                id: copyButton
                objectName: "copyInviteLink"
                primary: true
                enabled: dialog.links.link.length > 0
                text: qsTr("Copy link")
                onClicked: dialog.links.copy()
            }
        }
    }
}
