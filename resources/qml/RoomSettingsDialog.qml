pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Dialogs as Dialogs
import QtCore

// The conversation's settings: name, topic and picture; who may join, who may read the history,
// guests; its address and whether the server's directory lists it; leaving it. What the user's
// role may not change is greyed out with why. A change shows once the server has it.
Popup {
    id: dialog

    required property var session
    readonly property var form: session.roomSettings
    property string error: ""
    signal leaveRequested()

    objectName: "roomSettings"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 640
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.s6 : implicitHeight)
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    // the user typed in the field since the dialog opened (the field keeps the focus it opens with)
    property bool nameTyped: false
    property bool topicTyped: false
    onOpened: {
        dialog.error = ""
        dialog.nameTyped = false
        dialog.topicTyped = false
        dialog.form.load()
        nameField.text = dialog.form.name
        topicField.text = dialog.form.topic
        aliasField.clear()
        nameField.forceActiveFocus()
    }

    Connections {
        target: dialog.form
        function onFailed(sentence: string) {
            dialog.error = sentence
        }
        function onChanged() {
            // the server's word replaces what was typed, unless the user is typing there
            if (!nameField.activeFocus || !dialog.nameTyped)
                nameField.text = dialog.form.name
            if (!topicField.activeFocus || !dialog.topicTyped)
                topicField.text = dialog.form.topic
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

    component SectionTitle: Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.s4
        color: Theme.textDim
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.letterSpacing: 0.6
    }
    component Reason: Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.textDim
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }

    contentItem: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.s6
            Layout.bottomMargin: Theme.s2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Conversation settings")
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
            }
            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                running: dialog.form.busy || !dialog.form.loaded
                visible: running
                Accessible.name: qsTr("Saving")
            }
            RoundIconButton {
                objectName: "roomSettingsClose"
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close")
                onClicked: dialog.close()
            }
        }

        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: body.implicitHeight
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }

            ColumnLayout {
                id: body
                x: Theme.s6
                width: scroller.width - 2 * Theme.s6
                spacing: Theme.s2

                Label {
                    objectName: "roomSettingsError"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: dialog.error.length > 0
                    text: dialog.error
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }

                // name, topic, picture
                SectionTitle { text: qsTr("Profile").toUpperCase(); Layout.topMargin: 0 }
                FormField {
                    id: nameField
                    objectName: "roomSettingsName"
                    Layout.fillWidth: true
                    enabled: dialog.form.profileReason.length === 0
                    label: qsTr("Name")
                    Accessible.name: qsTr("Conversation name")
                    onTextEdited: dialog.nameTyped = true
                    onAccepted: dialog.form.saveProfile(nameField.text, topicField.text)
                }
                FormField {
                    id: topicField
                    objectName: "roomSettingsTopic"
                    Layout.fillWidth: true
                    enabled: dialog.form.profileReason.length === 0
                    label: qsTr("Topic")
                    Accessible.name: qsTr("Conversation topic")
                    onTextEdited: dialog.topicTyped = true
                    onAccepted: dialog.form.saveProfile(nameField.text, topicField.text)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.s2
                    DialogButton {
                        objectName: "roomSettingsPicture"
                        enabled: dialog.form.profileReason.length === 0 && !dialog.session.avatars.busy
                        text: qsTr("Change picture…")
                        onClicked: pictureDialog.open()
                    }
                    Item { Layout.fillWidth: true }
                    DialogButton {
                        objectName: "roomSettingsSave"
                        primary: true
                        enabled: dialog.form.profileReason.length === 0
                                 && (nameField.text.trim() !== dialog.form.name || topicField.text.trim() !== dialog.form.topic)
                        text: qsTr("Save")
                        Accessible.name: qsTr("Save the name and topic")
                        onClicked: dialog.form.saveProfile(nameField.text, topicField.text)
                    }
                }
                Reason { text: dialog.form.profileReason }

                // who may join and read
                SectionTitle { text: qsTr("Access").toUpperCase() }
                Reason { objectName: "roomSettingsReason"; text: dialog.form.settingsReason }
                SettingRow {
                    objectName: "joinRuleRow"
                    Layout.fillWidth: true
                    enabled: dialog.form.settingsReason.length === 0
                    opacity: enabled ? 1 : 0.5
                    key: "joinRule"
                    label: qsTr("Who can join")
                    description: dialog.form.joinRule === "public" ? qsTr("Anyone with its address or link joins.")
                               : dialog.form.joinRule === "knock" ? qsTr("Anyone may ask; a moderator lets them in.")
                               : dialog.form.joinRule === "restricted" ? qsTr("Members of its space join; others need an invitation.")
                               : qsTr("Only people who are invited.")
                    kind: "choice"
                    choices: [{ value: "invite", label: qsTr("Invited") },
                              { value: "knock", label: qsTr("Ask to join") },
                              { value: "public", label: qsTr("Anyone") }]
                             .concat(dialog.form.joinRule === "restricted" ? [{ value: "restricted", label: qsTr("Space") }] : [])
                    value: dialog.form.joinRule
                    section: ""
                    onPicked: (value) => dialog.form.setJoinRule(value)
                }
                SettingRow {
                    objectName: "historyRow"
                    Layout.fillWidth: true
                    enabled: dialog.form.settingsReason.length === 0
                    opacity: enabled ? 1 : 0.5
                    key: "history"
                    label: qsTr("Who can read the history")
                    description: dialog.form.history === "world_readable" ? qsTr("Anyone, without joining.")
                               : dialog.form.history === "joined" ? qsTr("Members, from when they joined.")
                               : dialog.form.history === "invited" ? qsTr("Members, from when they were invited.")
                               : qsTr("Members, all of it.")
                    kind: "choice"
                    choices: [{ value: "shared", label: qsTr("Members") },
                              { value: "invited", label: qsTr("Since invited") },
                              { value: "joined", label: qsTr("Since joined") },
                              { value: "world_readable", label: qsTr("Anyone") }]
                    value: dialog.form.history
                    section: ""
                    onPicked: (value) => dialog.form.setHistory(value)
                }
                SettingRow {
                    objectName: "guestsRow"
                    Layout.fillWidth: true
                    enabled: dialog.form.settingsReason.length === 0
                    opacity: enabled ? 1 : 0.5
                    key: "guests"
                    label: qsTr("Let guests join")
                    description: qsTr("People without an account on any server.")
                    kind: "toggle"
                    choices: []
                    value: dialog.form.guests
                    section: ""
                    onPicked: (value) => dialog.form.setGuests(value)
                }

                // the space it belongs to
                SectionTitle { text: qsTr("Space").toUpperCase() }
                RowLayout {
                    objectName: "spaceParentRow"
                    Layout.fillWidth: true
                    spacing: Theme.s3
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "spaceParentName"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: dialog.form.spaceParent.length > 0 ? dialog.form.spaceParentName
                                                                      : qsTr("Not in a space")
                            color: dialog.form.spaceParent.length > 0 ? Theme.text : Theme.textDim
                            elide: Text.ElideRight
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("Its space lists it, and the space's members find it there.")
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                            wrapMode: Text.Wrap
                        }
                    }
                    DialogButton {
                        id: spaceButton
                        objectName: "spaceParentButton"
                        enabled: dialog.form.spaceReason.length === 0
                                 && (dialog.form.spaces.length > 0 || dialog.form.spaceParent.length > 0)
                        text: qsTr("Change…")
                        Accessible.name: qsTr("Change the conversation's space")
                        onClicked: spaceMenu.popup(spaceButton, 0, spaceButton.height)
                    }
                    AppMenu {
                        id: spaceMenu
                        objectName: "spaceParentMenu"
                        AppMenuItem {
                            objectName: "spaceParentNone"
                            text: (dialog.form.spaceParent.length === 0 ? "✓  " : "     ") + qsTr("No space")
                            onTriggered: dialog.form.setSpaceParent("")
                        }
                        Repeater {
                            model: dialog.form.spaces
                            delegate: AppMenuItem {
                                required property var modelData
                                objectName: "spaceParent_" + modelData.roomId
                                text: (modelData.current ? "✓  " : "     ") + modelData.name
                                onTriggered: dialog.form.setSpaceParent(modelData.roomId)
                            }
                        }
                    }
                }
                Reason { objectName: "spaceParentReason"; text: dialog.form.spaceReason }

                // a channel's posts: the channel's, or signed by their authors
                SectionTitle {
                    visible: dialog.session.roomAdmin.isChannel
                    text: qsTr("Channel").toUpperCase()
                }
                SettingRow {
                    objectName: "signPostsRow"
                    Layout.fillWidth: true
                    visible: dialog.session.roomAdmin.isChannel
                    enabled: dialog.session.roomAdmin.signaturesReason.length === 0 && !dialog.session.roomAdmin.busy
                    opacity: enabled ? 1 : 0.5
                    key: "signPosts"
                    label: qsTr("Sign posts")
                    description: qsTr("Show the name of the admin who wrote each post. Otherwise posts show as the channel's.")
                    kind: "toggle"
                    choices: []
                    value: dialog.session.roomAdmin.signsPosts
                    section: ""
                    onPicked: (value) => dialog.session.roomAdmin.setSignsPosts(value)
                }
                Reason {
                    visible: dialog.session.roomAdmin.isChannel && text.length > 0
                    text: dialog.session.roomAdmin.signaturesReason
                }

                // address and directory
                SectionTitle { text: qsTr("Address").toUpperCase() }
                Label {
                    objectName: "roomSettingsAlias"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: dialog.form.alias.length > 0 ? dialog.form.alias : qsTr("No address yet")
                    color: dialog.form.alias.length > 0 ? Theme.text : Theme.textDim
                    elide: Text.ElideMiddle
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.s2
                    FormField {
                        id: aliasField
                        objectName: "aliasField"
                        Layout.fillWidth: true
                        enabled: dialog.form.settingsReason.length === 0
                        label: qsTr("New address, e.g. climbing-club")
                        Accessible.name: qsTr("New address")
                        onAccepted: addAlias.clicked()
                    }
                    DialogButton {
                        id: addAlias
                        objectName: "addAliasButton"
                        enabled: aliasField.enabled && aliasField.text.trim().length > 0
                        text: qsTr("Add")
                        Accessible.name: qsTr("Add the address")
                        onClicked: {
                            dialog.error = ""
                            dialog.form.addAlias(aliasField.text)
                            aliasField.clear()
                        }
                    }
                }
                SettingRow {
                    objectName: "publishRow"
                    Layout.fillWidth: true
                    enabled: dialog.form.settingsReason.length === 0
                    opacity: enabled ? 1 : 0.5
                    key: "publish"
                    label: qsTr("List in the server's directory")
                    description: qsTr("Anyone browsing the server's public conversations finds it.")
                    kind: "toggle"
                    choices: []
                    value: dialog.form.published
                    section: ""
                    onPicked: (value) => dialog.form.setPublished(value)
                }
                Item { implicitHeight: Theme.s4 }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.s4
            Layout.leftMargin: Theme.s6 - Theme.s4
            DialogButton {
                objectName: "roomSettingsLeave"
                danger: true
                text: qsTr("Leave conversation…")
                onClicked: {
                    dialog.close()
                    dialog.leaveRequested()
                }
            }
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Done")
                onClicked: dialog.close()
            }
        }
    }

    Dialogs.FileDialog {
        id: pictureDialog
        objectName: "roomPictureDialog"
        title: qsTr("Choose the conversation's picture")
        fileMode: Dialogs.FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        onAccepted: dialog.session.avatars.setRoomAvatar(dialog.session.currentRoomId, selectedFile)
    }
}
