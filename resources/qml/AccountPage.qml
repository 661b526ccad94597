pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts
import QtQuick.Dialogs as Dialogs
import QtCore

// Settings › Account: the user's picture, display name and id; the devices signed in to the
// account, each other one with Sign out (and all of them at once); Change password. The name and
// the devices are what the server says (its echo), never what was typed. Signing out and changing
// the password may ask for the current password (AccountPasswordDialog, shown by the window).
ColumnLayout {
    id: page

    // session.account (an AccountController)
    required property var account
    // session.avatars (the user's own picture)
    required property var avatars

    objectName: "accountPage"
    spacing: Theme.s3

    component Heading: Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.s2
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
    component Divider: Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.s2
        implicitHeight: 1
        color: Theme.divider
    }
    component Sentence: Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.textDim
        font.pixelSize: Theme.fontMeta
    }

    // -- who: picture, name, id -------------------------------------------------------------------
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.s4

        Avatar {
            id: picture
            objectName: "accountAvatar"
            Layout.alignment: Qt.AlignTop
            size: 72
            initials: page.avatars.ownInitials
            tint: page.avatars.ownColor
            source: page.avatars.ownAvatar
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.s2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.s2
                FormField {
                    id: nameField
                    objectName: "displayNameField"
                    Layout.fillWidth: true
                    label: qsTr("Display name")
                    text: page.account.displayName
                    enabled: page.account.busy !== "name"
                    maximumLength: 256
                    Accessible.name: qsTr("Display name")
                    onAccepted: page.saveName()
                    Keys.onEscapePressed: function(event) {
                        if (nameField.text !== page.account.displayName) {
                            nameField.text = page.account.displayName
                            event.accepted = true
                        } else {
                            event.accepted = false
                        }
                    }
                }
                DialogButton {
                    objectName: "saveDisplayName"
                    visible: nameField.text.trim().length > 0 && nameField.text !== page.account.displayName
                    enabled: page.account.busy === ""
                    primary: true
                    text: page.account.busy === "name" ? qsTr("Saving…") : qsTr("Save")
                    Accessible.name: qsTr("Save the display name")
                    onClicked: page.saveName()
                }
            }
            Sentence {
                objectName: "nameMessage"
                text: page.account.nameMessage
                color: Theme.danger
            }
            TextEdit {
                objectName: "accountUserId"
                Layout.fillWidth: true
                textFormat: TextEdit.PlainText
                text: page.account.userId
                readOnly: true
                selectByMouse: true
                color: Theme.textDim
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.pixelSize: Theme.fontMeta
                wrapMode: TextEdit.WrapAnywhere
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Your Matrix ID: %1").arg(page.account.userId)
            }
            RowLayout {
                spacing: Theme.s2
                Layout.leftMargin: -Theme.s4  // flat buttons: their text lines up with the name's
                DialogButton {
                    objectName: "changeAvatarButton"
                    enabled: !page.avatars.busy
                    text: page.avatars.busy ? qsTr("Uploading…")
                        : page.avatars.ownAvatar.length > 0 ? qsTr("Change picture…") : qsTr("Set a picture…")
                    onClicked: avatarFile.open()
                }
                DialogButton {
                    objectName: "removeAvatarButton"
                    visible: page.avatars.ownAvatar.length > 0
                    enabled: !page.avatars.busy
                    danger: true
                    text: qsTr("Remove picture")
                    onClicked: page.avatars.removeOwnAvatar()
                }
            }
        }
    }

    // -- devices -----------------------------------------------------------------------------------
    Divider { }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.s2
        Heading {
            text: qsTr("Devices")
        }
        BusyIndicator {
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
            running: page.account.loading || page.account.busy === "devices"
            visible: running
            Accessible.name: qsTr("Working")
        }
    }
    Sentence {
        text: qsTr("Everywhere you are signed in. Sign out a device you no longer use or do not know.")
    }

    Repeater {
        model: page.account.devices
        delegate: RowLayout {
            id: device
            required property var modelData
            // this device's name is being edited (the name the devices list shows, here and elsewhere)
            property bool renaming: false
            objectName: "device_" + device.modelData.deviceId
            Layout.fillWidth: true
            Layout.topMargin: Theme.s1
            spacing: Theme.s3

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 36
                implicitHeight: 36
                radius: 18
                color: device.modelData.current ? Theme.chipMine : Theme.chip
                IconImage {
                    anchors.centerIn: parent
                    source: "../icons/device.svg"
                    sourceSize: Qt.size(20, 20)
                    color: device.modelData.current ? Theme.accent : Theme.textDim
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                // the name, and "This device" right after it (the name is cut to leave it room)
                Item {
                    Layout.fillWidth: true
                    visible: !device.renaming
                    implicitHeight: Math.max(deviceName.implicitHeight, thisDevice.height)
                    Text {
                        id: deviceName
                        textFormat: Text.PlainText
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, parent.width - (thisDevice.visible ? thisDevice.width + Theme.s2 : 0))
                        text: device.modelData.name.length > 0 ? device.modelData.name : device.modelData.deviceId
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Rectangle {
                        id: thisDevice
                        objectName: "thisDevice"
                        visible: device.modelData.current
                        x: deviceName.width + Theme.s2
                        anchors.verticalCenter: parent.verticalCenter
                        width: thisLabel.implicitWidth + 2 * Theme.s2
                        height: thisLabel.implicitHeight + 4
                        radius: height / 2
                        color: Theme.chip
                        Text {
                            id: thisLabel
                            anchors.centerIn: parent
                            textFormat: Text.PlainText
                            text: qsTr("This device")
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                        }
                    }
                }
                FormField {
                    id: renameField
                    objectName: "deviceNameField"
                    Layout.fillWidth: true
                    visible: device.renaming
                    label: qsTr("Name of this device")
                    maximumLength: 256
                    Accessible.name: qsTr("Name of this device")
                    onAccepted: {
                        if (text.trim().length > 0 && text.trim() !== device.modelData.name)
                            page.account.renameDevice(device.modelData.deviceId, text.trim())
                        device.renaming = false
                    }
                    Keys.onEscapePressed: device.renaming = false
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: device.modelData.lastSeen.length > 0
                          ? device.modelData.deviceId + " · " + device.modelData.lastSeen
                          : device.modelData.deviceId
                    color: Theme.textDim
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontMeta
                }
            }
            RoundIconButton {
                objectName: "renameDevice"
                Layout.alignment: Qt.AlignTop
                Layout.rightMargin: -Theme.s2  // the icon ends where the fields do
                visible: device.modelData.current && !device.renaming
                enabled: page.account.busy === ""
                iconSource: "../icons/edit.svg"
                accessibleName: qsTr("Rename this device")
                onClicked: {
                    device.renaming = true
                    renameField.text = device.modelData.name
                    renameField.selectAll()
                    renameField.forceActiveFocus()
                }
            }
            DialogButton {
                objectName: "signOutDevice"
                Layout.rightMargin: -Theme.s4  // the text ends where the fields do
                visible: !device.modelData.current
                enabled: page.account.busy === ""
                danger: true
                text: device.modelData.signingOut ? qsTr("Signing out…") : qsTr("Sign out")
                Accessible.name: qsTr("Sign out %1").arg(device.modelData.name.length > 0
                                                        ? device.modelData.name : device.modelData.deviceId)
                onClicked: page.account.signOutDevice(device.modelData.deviceId)
            }
        }
    }
    Sentence {
        objectName: "devicesMessage"
        text: page.account.devicesMessage
    }
    DialogButton {
        objectName: "signOutOtherDevices"
        Layout.leftMargin: -Theme.s4  // a flat button: its text lines up with the page's
        visible: page.account.devices.length > 1
        enabled: page.account.busy === ""
        danger: true
        text: qsTr("Sign out all other devices")
        onClicked: confirmOthers.open()
    }

    // -- password ----------------------------------------------------------------------------------
    Divider { }
    Heading {
        text: qsTr("Change password")
    }
    FormField {
        id: newPassword
        objectName: "newPasswordField"
        Layout.fillWidth: true
        label: qsTr("New password")
        echoMode: TextInput.Password
        Accessible.name: qsTr("New password")
        onAccepted: repeatPassword.forceActiveFocus()
    }
    FormField {
        id: repeatPassword
        objectName: "repeatPasswordField"
        Layout.fillWidth: true
        label: qsTr("New password again")
        echoMode: TextInput.Password
        Accessible.name: qsTr("New password again")
        onAccepted: page.changePassword()
    }
    Sentence {
        objectName: "passwordMismatch"
        text: repeatPassword.text.length > 0 && repeatPassword.text !== newPassword.text
              ? qsTr("The two passwords are not the same.") : ""
        color: Theme.danger
    }
    DialogSwitch {
        id: signOutOthers
        objectName: "passwordSignsOutOthers"
        Layout.fillWidth: true
        checked: true
        text: qsTr("Sign out my other devices")
        hint: qsTr("Anyone who has your old password is signed out too.")
    }
    RowLayout {
        Layout.fillWidth: true
        DialogButton {
            objectName: "changePasswordButton"
            primary: true
            enabled: page.account.busy === "" && newPassword.text.length > 0 && repeatPassword.text === newPassword.text
            text: page.account.busy === "password" ? qsTr("Changing…") : qsTr("Change password")
            onClicked: page.changePassword()
        }
        Item { Layout.fillWidth: true }
    }
    Sentence {
        objectName: "passwordMessage"
        text: page.account.passwordMessage
    }
    Item { implicitHeight: Theme.s2 }

    function saveName() {
        const name = nameField.text.trim()
        if (name.length > 0 && name !== page.account.displayName)
            page.account.setDisplayName(name)
    }

    function changePassword() {
        if (newPassword.text.length > 0 && repeatPassword.text === newPassword.text && page.account.busy === "")
            page.account.changePassword(newPassword.text, signOutOthers.checked)
    }

    Connections {
        target: page.account
        function onPasswordChanged() {
            newPassword.clear()
            repeatPassword.clear()
        }
        // the server's echo wins over what was typed (a name it shortened, or refused)
        function onNameChanged() {
            nameField.text = page.account.displayName
        }
    }

    ConfirmDialog {
        id: confirmOthers
        objectName: "confirmSignOutOthers"
        parent: Overlay.overlay
        // centred on the window, set as it opens (qmllint takes a popup here for an item of the layout)
        onAboutToShow: {
            x = Math.round((parent.width - width) / 2)
            y = Math.round((parent.height - height) / 2)
        }
        title: qsTr("Sign out all other devices?")
        text: qsTr("Only this device stays signed in. The others need your password to sign in again.")
        confirmText: qsTr("Sign out")
        confirmName: "confirmSignOutOthersButton"
        onConfirmed: page.account.signOutOtherDevices()
    }

    // the server wants the password (signing out, changing the password)
    AccountPasswordDialog {
        account: page.account
    }

    Dialogs.FileDialog {
        id: avatarFile
        objectName: "accountAvatarFileDialog"
        title: qsTr("Choose your picture")
        fileMode: Dialogs.FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        onAccepted: page.avatars.setOwnAvatar(selectedFile)
    }
}
