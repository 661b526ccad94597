import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The server wants the user's password before it signs devices out or changes the password
// (its user-interactive authentication). Open while session.account.askingPassword; a wrong
// password keeps it open with one sentence; Cancel or Esc gives up, and nothing is done.
Popup {
    id: dialog

    // session.account (an AccountController)
    required property var account

    objectName: "accountPasswordDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: Math.min(400, parent ? parent.width - 2 * Theme.s8 : 400)
    padding: Theme.s6
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        password.clear()
        password.forceActiveFocus()
    }
    // Esc, or the server's answer while it was open: tell the account it is over
    onClosed: if (dialog.account.askingPassword) dialog.account.cancelPassword()

    Connections {
        target: dialog.account
        function onAuthChanged() {
            if (!dialog.account.askingPassword) {
                if (dialog.visible)
                    dialog.close()
            } else if (!dialog.visible) {
                dialog.open()
            } else if (!dialog.account.authBusy && dialog.account.authError.length > 0) {
                // asked again after a wrong one: the sentence says why, the field is ready
                password.selectAll()
                password.forceActiveFocus()
            }
        }
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    function submit() {
        if (password.text.length > 0 && !dialog.account.authBusy)
            dialog.account.submitPassword(password.text)
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Confirm it is you")
            color: Theme.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Your server asks for the password of %1 before it does this.").arg(dialog.account.userId)
            color: Theme.textDim
            wrapMode: Text.Wrap
        }
        FormField {
            id: password
            objectName: "authPasswordField"
            Layout.fillWidth: true
            label: qsTr("Password")
            echoMode: TextInput.Password
            enabled: !dialog.account.authBusy
            Accessible.name: qsTr("Your password")
            onAccepted: dialog.submit()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "authError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.account.authError
            color: Theme.danger
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontMeta
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                running: dialog.account.authBusy
                visible: running
                Accessible.name: qsTr("Checking")
            }
            Item { Layout.fillWidth: true }
            DialogButton {
                objectName: "authCancel"
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "authConfirm"
                primary: true
                enabled: password.text.length > 0 && !dialog.account.authBusy
                text: qsTr("Confirm")
                onClicked: dialog.submit()
            }
        }
    }
}
