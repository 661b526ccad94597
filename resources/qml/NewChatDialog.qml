pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Start a direct chat with someone, create a group, or create a channel (only its admins post;
// those who join read). A QML popup: never a nested event loop.
Popup {
    id: dialog

    required property var session
    property bool channel: false
    signal directoryRequested()

    objectName: "newChatDialog"

    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onOpened: dialog.channel ? channelName.forceActiveFocus() : people.forceActiveFocus()
    onClosed: {
        people.clear()
        groupName.clear()
        channelName.clear()
        channelTopic.clear()
        publicChannel.checked = false
        dialog.channel = false
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
            text: dialog.channel ? qsTr("New channel") : qsTr("New conversation")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        // what to create: a chat or group, or a channel
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 36
            radius: Theme.radiusControl
            color: "transparent"
            border.color: Theme.divider
            RowLayout {
                anchors.fill: parent
                anchors.margins: 2
                spacing: 2
                Repeater {
                    model: [{ channel: false, name: qsTr("Chat or group"), id: "createChat" },
                            { channel: true, name: qsTr("Channel"), id: "createChannel" }]
                    delegate: Button {
                        id: kind
                        required property var modelData
                        readonly property bool current: modelData.channel === dialog.channel
                        objectName: modelData.id
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: current
                        Accessible.name: modelData.name
                        onClicked: {
                            dialog.channel = modelData.channel
                            dialog.channel ? channelName.forceActiveFocus() : people.forceActiveFocus()
                        }
                        contentItem: Text {
                            textFormat: Text.PlainText
                            text: kind.modelData.name
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: Theme.fontMeta
                            font.weight: kind.current ? Font.DemiBold : Font.Normal
                            color: kind.current ? Theme.textOnAccent : Theme.text
                        }
                        background: Rectangle {
                            radius: Theme.radiusControl - 2
                            color: kind.current ? Theme.accent : kind.hovered ? Theme.hover : "transparent"
                            border.width: kind.visualFocus ? 2 : 0
                            border.color: kind.current ? Theme.textOnAccent : Theme.accent
                        }
                    }
                }
            }
        }
        FormField {
            id: channelName
            objectName: "newChannelName"
            visible: dialog.channel
            Layout.fillWidth: true
            label: qsTr("Channel name")
            Accessible.name: qsTr("Channel name")
            onAccepted: dialog.start()
        }
        FormField {
            id: channelTopic
            objectName: "newChannelTopic"
            visible: dialog.channel
            Layout.fillWidth: true
            label: qsTr("Description (optional)")
            Accessible.name: qsTr("Channel description")
            onAccepted: dialog.start()
        }
        CheckBox {
            id: publicChannel
            objectName: "newChannelPublic"
            visible: dialog.channel
            text: qsTr("Anyone with the link can join")
            Accessible.name: text
            indicator: Rectangle {
                x: publicChannel.leftPadding
                y: (publicChannel.height - height) / 2
                implicitWidth: 20
                implicitHeight: 20
                radius: 4
                color: publicChannel.checked ? Theme.accent : "transparent"
                border.width: publicChannel.checked ? 0 : 1.5
                border.color: publicChannel.visualFocus ? Theme.accent : Theme.textDim
                Text {
                    anchors.centerIn: parent
                    visible: publicChannel.checked
                    text: "✓"
                    textFormat: Text.PlainText
                    color: Theme.textOnAccent
                    font.pixelSize: 14
                    font.weight: Font.Bold
                }
            }
            contentItem: Text {
                textFormat: Text.PlainText
                text: publicChannel.text
                color: Theme.text
                leftPadding: publicChannel.indicator.width + Theme.s2
                verticalAlignment: Text.AlignVCenter
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: dialog.channel
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
            text: qsTr("You and the moderators you choose post; everyone else reads and reacts.")
        }
        FormField {
            id: people
            visible: !dialog.channel
            objectName: "newChatPeople"
            Layout.fillWidth: true
            label: qsTr("People")
            placeholderText: qsTr("@bob:example.org, @carol:example.org")
            Accessible.name: qsTr("People to invite")
            onAccepted: dialog.start()
        }
        FormField {
            id: groupName
            objectName: "newChatGroupName"
            visible: !dialog.channel
            Layout.fillWidth: true
            label: qsTr("Group name (leave empty for a direct chat)")
            Accessible.name: qsTr("Group name")
            onAccepted: dialog.start()
        }
        // or join a room others made: the server's public rooms, or one by its address
        DialogButton {
            objectName: "browsePublicRooms"
            Layout.leftMargin: -Theme.s3
            text: qsTr("Browse public rooms…")
            Accessible.name: qsTr("Browse public rooms or join by address (Ctrl+Shift+J)")
            onClicked: {
                dialog.close()
                dialog.directoryRequested()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "newChatStart"
                primary: true
                text: dialog.channel ? qsTr("Create channel") : qsTr("Start")
                enabled: dialog.channel ? channelName.text.trim().length > 0
                                        : people.text.trim().length > 0 || groupName.text.trim().length > 0
                Accessible.name: dialog.channel ? qsTr("Create the channel") : qsTr("Start the conversation")
                onClicked: dialog.start()
            }
        }
    }

    function start() {
        if (dialog.channel) {
            if (channelName.text.trim().length === 0)
                return
            dialog.session.createChannel(channelName.text.trim(), channelTopic.text.trim(), publicChannel.checked)
            dialog.close()
            return
        }
        const ids = people.text.split(/[\s,]+/).filter(s => s.length > 0)
        if (groupName.text.trim().length > 0)
            dialog.session.createGroup(groupName.text.trim(), ids)
        else if (ids.length === 1)
            dialog.session.startDirectChat(ids[0])
        else if (ids.length > 1)
            dialog.session.createGroup("", ids)
        else
            return
        dialog.close()
    }
}
