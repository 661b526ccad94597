import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// What an invite link leads to, before joining: the room's picture, name, address, members and
// topic as its server describes them, and the one way in its join rule allows — Join, Ask to join
// (with an optional message to the admins), or why there is none. Everything shown comes from
// the server: plain text only.
Popup {
    id: dialog

    required property var session
    readonly property var link: session.linkPreview
    readonly property string wayIn: link.wayIn

    objectName: "linkPreviewDialog"
    modal: true
    focus: true
    width: 400
    padding: Theme.s6
    onClosed: if (dialog.link.active) dialog.link.close()
    onOpened: knockReason.clear()

    Connections {
        target: dialog.link
        function onChanged() {
            if (dialog.link.active && !dialog.visible)
                dialog.open()
            else if (!dialog.link.active && dialog.visible)
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

        Avatar {
            Layout.alignment: Qt.AlignHCenter
            size: 88
            radius: dialog.link.isSpace ? Theme.radiusBubble : size / 2
            initials: dialog.link.initials
            tint: dialog.link.avatarColor
            source: dialog.link.avatarSource
            visible: dialog.link.state !== "error"
        }
        Label {
            objectName: "linkPreviewName"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: dialog.link.name
            color: Theme.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle + 4
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "linkPreviewDetail"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: dialog.link.state === "ready"
            text: [dialog.link.isSpace ? qsTr("Space") : "", dialog.link.alias, dialog.link.membersText]
                  .filter(part => part.length > 0).join(" · ")
            color: Theme.textDim
            elide: Text.ElideMiddle
            font.pixelSize: Theme.fontMeta
        }
        Label {
            objectName: "linkPreviewTopic"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: dialog.link.state === "ready" && text.length > 0
            text: dialog.link.topic
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        BusyIndicator {
            objectName: "linkPreviewLoading"
            Layout.alignment: Qt.AlignHCenter
            running: dialog.link.state === "loading" || dialog.wayIn === "joining" || dialog.wayIn === "knocking"
            visible: running
            Accessible.name: dialog.link.state === "loading" ? qsTr("Loading the room") : qsTr("Joining")
        }
        // why there is no preview (a private room, an unknown address, no network)
        Label {
            objectName: "linkPreviewError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: dialog.link.state === "error"
            text: qsTr("This room can't be previewed. It may be private, or the link may be wrong.")
                  + "\n" + dialog.link.error
            color: Theme.textDim
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        // what the way in means, or why there is none
        Label {
            objectName: "linkPreviewStatus"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: dialog.wayIn === "banned" ? Theme.danger : Theme.textDim
            text: dialog.wayIn === "knock" ? qsTr("Its admins let people in. They will see your request.")
                  : dialog.wayIn === "requested" ? qsTr("Request sent. You will be let in when an admin approves it.")
                  : dialog.wayIn === "invited" ? qsTr("You are invited.")
                  : dialog.wayIn === "banned" ? qsTr("You are banned from this room.")
                  : dialog.wayIn === "closed" ? qsTr("This room is invite only. Ask a member to invite you.")
                  : ""
        }
        FormField {
            id: knockReason
            objectName: "linkPreviewReason"
            Layout.fillWidth: true
            visible: dialog.wayIn === "knock" || dialog.wayIn === "knocking"
            readOnly: dialog.wayIn === "knocking"
            label: qsTr("Message to the admins (optional)")
            placeholderText: qsTr("Hi, I'd like to join")
            Accessible.name: qsTr("Message to the admins")
            onAccepted: dialog.link.askToJoin(text)
        }
        Label {
            objectName: "linkPreviewActionError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.link.actionError
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                objectName: "linkPreviewCancel"
                text: dialog.wayIn === "requested" || dialog.wayIn === "closed" || dialog.wayIn === "banned"
                      || dialog.link.state === "error" ? qsTr("Close") : qsTr("Cancel")
                onClicked: dialog.link.close()
            }
            DialogButton {
                objectName: "linkPreviewRetry"
                visible: dialog.link.state === "error"
                text: qsTr("Try again")
                onClicked: dialog.link.retry()
            }
            DialogButton {
                objectName: "linkPreviewJoin"
                primary: true
                visible: ["join", "invited", "joining", "open"].indexOf(dialog.wayIn) >= 0
                enabled: dialog.wayIn !== "joining"
                text: dialog.wayIn === "open" ? qsTr("Open")
                      : dialog.wayIn === "joining" ? qsTr("Joining…")
                      : dialog.link.isSpace ? qsTr("Join space") : qsTr("Join")
                Accessible.name: dialog.wayIn === "open" ? qsTr("Open %1").arg(dialog.link.name)
                                                         : qsTr("Join %1").arg(dialog.link.name)
                onClicked: dialog.wayIn === "open" ? dialog.link.openRoom() : dialog.link.join()
            }
            DialogButton {
                objectName: "linkPreviewKnock"
                primary: true
                visible: dialog.wayIn === "knock" || dialog.wayIn === "knocking"
                enabled: dialog.wayIn === "knock"
                text: dialog.wayIn === "knocking" ? qsTr("Sending…") : qsTr("Ask to join")
                Accessible.name: qsTr("Ask to join %1").arg(dialog.link.name)
                onClicked: dialog.link.askToJoin(knockReason.text)
            }
        }
    }
}
