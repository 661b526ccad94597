import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The sign-in form. The controller (LoginController) does the work; errors appear under the form.
Rectangle {
    id: page

    required property var controller

    color: Theme.chatBackground

    function submit() {
        page.controller.signIn(homeserver.text, user.text, password.text)
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(400, page.width - 2 * Theme.s6)
        height: form.implicitHeight + 2 * Theme.s8
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.s8
            spacing: Theme.s3

            Label {
                textFormat: Text.PlainText
                text: qsTr("Sign in")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Use your Matrix account. Your password is sent only to your homeserver.")
                color: Theme.textDim
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.s2
            }

            FormField {
                id: homeserver
                objectName: "loginHomeserver"
                label: qsTr("Homeserver")
                placeholderText: qsTr("matrix.org")
                Accessible.name: qsTr("Homeserver")
                enabled: !page.controller.busy
                focus: true
                KeyNavigation.tab: user
                onAccepted: user.forceActiveFocus()
                Layout.fillWidth: true
            }
            FormField {
                id: user
                objectName: "loginUser"
                label: qsTr("User name")
                placeholderText: qsTr("alice or @alice:matrix.org")
                Accessible.name: qsTr("User name")
                enabled: !page.controller.busy
                KeyNavigation.tab: password
                onAccepted: password.forceActiveFocus()
                Layout.fillWidth: true
            }
            FormField {
                id: password
                objectName: "loginPassword"
                label: qsTr("Password")
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                enabled: !page.controller.busy
                KeyNavigation.tab: signIn
                onAccepted: page.submit()
                Layout.fillWidth: true
            }

            Label {
                textFormat: Text.PlainText
                id: error
                objectName: "loginError"
                text: page.controller.error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                Layout.fillWidth: true
            }

            Button {
                id: signIn
                objectName: "loginButton"
                text: page.controller.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: !page.controller.busy
                Accessible.name: qsTr("Sign in")
                Layout.fillWidth: true
                Layout.topMargin: Theme.s2
                implicitHeight: 40
                onClicked: page.submit()
                Keys.onReturnPressed: page.submit()
                Keys.onEnterPressed: page.submit()

                contentItem: Label {
                    textFormat: Text.PlainText
                    text: signIn.text
                    color: Theme.textOnAccent
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: Theme.accentStrong
                    opacity: signIn.enabled ? (signIn.down ? 0.85 : 1.0) : 0.6
                    border.width: signIn.visualFocus ? 2 : 0
                    border.color: Theme.text
                }
            }
        }
    }
}
