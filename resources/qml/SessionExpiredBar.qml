import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The session expired (the server's soft logout, when the token could not be renewed): a strip
// above the conversations asks for the password. Nothing is lost meanwhile: the conversations
// stay readable and messages written now wait, then go out once the password is accepted.
Rectangle {
    id: bar
    objectName: "sessionExpiredBar"

    // session.expiry (a SessionExpiry)
    required property var expiry

    visible: expiry.expired
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.s2 : 0
    color: Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    function submit() {
        if (password.text.length > 0 && !bar.expiry.busy)
            bar.expiry.signIn(password.text)
    }

    onVisibleChanged: {
        password.clear()
        if (visible)
            password.forceActiveFocus()
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.s4
        anchors.rightMargin: Theme.s4
        anchors.topMargin: Theme.s2
        anchors.bottomMargin: Theme.s2
        spacing: Theme.s3

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: message
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Your session expired — enter your password to continue.")
                color: Theme.warningText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "sessionExpiredError"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: bar.expiry.error.length > 0 ? bar.expiry.error
                      : qsTr("Messages you write meanwhile are sent once you are signed in as %1.").arg(bar.expiry.userId)
                color: bar.expiry.error.length > 0 ? Theme.danger : Theme.warningText
                font.pixelSize: Theme.fontMeta
                wrapMode: Text.Wrap
            }
        }
        FormField {
            id: password
            objectName: "sessionExpiredPassword"
            Layout.preferredWidth: 220
            label: qsTr("Password")
            echoMode: TextInput.Password
            enabled: !bar.expiry.busy
            Accessible.name: qsTr("Your password")
            onAccepted: bar.submit()
        }
        BusyIndicator {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            running: bar.expiry.busy
            visible: running
            Accessible.name: qsTr("Signing in")
        }
        DialogButton {
            objectName: "sessionExpiredContinue"
            primary: true
            enabled: password.text.length > 0 && !bar.expiry.busy
            text: qsTr("Continue")
            onClicked: bar.submit()
        }
    }
}
