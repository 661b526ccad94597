import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Invite someone to the open conversation by user ID. The popup stays open until the server
// has answered; a refusal is said in one sentence under the field.
Popup {
    id: dialog

    required property var session
    signal linkRequested()

    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: {
        dialog.session.clearInviteError()
        user.clear()
        user.forceActiveFocus()
    }

    function invite() {
        if (user.text.trim().length > 0 && !dialog.session.inviteBusy)
            dialog.session.inviteUser(user.text.trim())
    }

    Connections {
        target: dialog.session
        function onInvited() {
            dialog.close()
        }
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
            text: qsTr("Invite to “%1”").arg(dialog.session.currentRoomName)
            color: Theme.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        FormField {
            id: user
            objectName: "inviteUserField"
            Layout.fillWidth: true
            label: qsTr("User ID")
            placeholderText: qsTr("@bob:example.org")
            Accessible.name: qsTr("User ID of the person to invite")
            readOnly: dialog.session.inviteBusy
            onTextEdited: dialog.session.clearInviteError()
            onAccepted: dialog.invite()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "inviteError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.session.inviteError
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        // or a link (and its QR code) for people who are not known by their user ID
        ItemDelegate {
            id: linkButton
            objectName: "inviteLinkButton"
            Layout.fillWidth: true
            implicitHeight: 40
            leftPadding: Theme.s2
            Accessible.name: qsTr("Invite with a link")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                dialog.close()
                dialog.linkRequested()
            }
            background: Rectangle {
                radius: Theme.radiusControl
                color: linkButton.down || linkButton.hovered || linkButton.visualFocus ? Theme.hover : "transparent"
            }
            contentItem: RowLayout {
                spacing: Theme.s3
                Image {
                    source: "../icons/link.svg"
                    sourceSize.width: 20
                    sourceSize.height: 20
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Invite with a link or QR code")
                    color: Theme.accent
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "inviteButton"
                text: dialog.session.inviteBusy ? qsTr("Inviting…") : qsTr("Invite")
                primary: true
                enabled: user.text.trim().length > 0 && !dialog.session.inviteBusy
                Accessible.name: qsTr("Send the invitation")
                onClicked: dialog.invite()
            }
        }
    }
}
