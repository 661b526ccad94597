import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// "Report this message" / "Report Bob": a reason for the server's admins, then the answer —
// "Reported." or why it failed — in the same dialog. The person reported is not told. Call
// ask("message", eventId, senderName) or ask("user", userId, name).
Popup {
    id: dialog

    property var safety: null  // session.safety
    property string kind: "message"
    property string targetId
    property string targetName
    readonly property string reportState: safety ? safety.reportState : ""
    readonly property bool done: reportState === "done"

    function ask(kind: string, targetId: string, targetName: string) {
        dialog.kind = kind
        dialog.targetId = targetId
        dialog.targetName = targetName
        if (dialog.safety)
            dialog.safety.resetReport()
        open()
    }

    function send() {
        if (!dialog.safety || reason.text.trim().length === 0 || dialog.reportState === "sending")
            return
        if (dialog.kind === "message")
            dialog.safety.reportMessage(dialog.targetId, reason.text.trim())
        else
            dialog.safety.reportUser(dialog.targetId, reason.text.trim())
    }

    objectName: "reportDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: 420
    padding: Theme.s6
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        reason.clear()
        reason.forceActiveFocus()
    }
    onDoneChanged: if (done) closeButton.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
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
            text: dialog.kind === "message" ? qsTr("Report this message") : qsTr("Report %1").arg(dialog.targetName)
            color: Theme.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: !dialog.done
            text: dialog.kind === "message"
                  ? qsTr("The admins of your server see the message and your reason. %1 is not told.").arg(dialog.targetName)
                  : qsTr("The admins of your server see who you report and your reason. %1 is not told.").arg(dialog.targetName)
            color: Theme.textDim
            wrapMode: Text.Wrap
        }
        FormField {
            id: reason
            objectName: "reportReason"
            Layout.fillWidth: true
            visible: !dialog.done
            enabled: dialog.reportState !== "sending"
            label: qsTr("Reason (for the admins)")
            maximumLength: 1000
            Accessible.name: qsTr("Reason for the report")
            onAccepted: dialog.send()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "reportError"
            Layout.fillWidth: true
            visible: dialog.reportState === "failed"
            text: dialog.safety ? dialog.safety.reportError : ""
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            objectName: "reportDone"
            Layout.fillWidth: true
            visible: dialog.done
            text: qsTr("Reported. The server's admins will see it.")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                id: closeButton
                objectName: "reportCloseButton"
                text: dialog.done ? qsTr("Close") : qsTr("Cancel")
                primary: dialog.done
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "confirmReportButton"
                visible: !dialog.done
                text: dialog.reportState === "sending" ? qsTr("Reporting…") : qsTr("Report")
                primary: true
                danger: true
                enabled: reason.text.trim().length > 0 && dialog.reportState !== "sending"
                Accessible.name: qsTr("Send the report")
                onClicked: dialog.send()
            }
        }
    }
}
