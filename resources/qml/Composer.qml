import QtQuick
import QtQuick.Controls.Basic

// The message field and the send button. Enter sends and Shift+Enter adds a line
// (or Ctrl+Enter sends, when the "enterSends" setting is off).
Rectangle {
    id: composer

    property bool enterSends: true
    signal sendRequested(string text)

    function focusInput() {
        input.forceActiveFocus()
    }
    function clear() {
        input.clear()
    }

    implicitHeight: Math.max(56, Math.min(scroll.contentHeight, 400) + 2 * Theme.s2 + 2)
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    ScrollView {
        id: scroll
        anchors.left: parent.left
        anchors.leftMargin: Theme.s3
        anchors.right: send.left
        anchors.rightMargin: Theme.s2
        anchors.top: parent.top
        anchors.topMargin: Theme.s2 + 1
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.s2

        TextArea {
            id: input
            objectName: "composer"
            placeholderText: qsTr("Write a message…")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            textFormat: TextEdit.PlainText
            verticalAlignment: TextEdit.AlignVCenter
            topPadding: Theme.s2
            bottomPadding: Theme.s2
            leftPadding: Theme.s1
            Accessible.name: qsTr("Message")
            background: null

            function trySend() {
                if (input.text.trim().length > 0)
                    composer.sendRequested(input.text)
            }

            Keys.onPressed: function(event) {
                if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                    return
                const shift = event.modifiers & Qt.ShiftModifier
                const ctrl = event.modifiers & Qt.ControlModifier
                if (composer.enterSends ? (!shift && !ctrl) || ctrl : ctrl) {
                    input.trySend()
                    event.accepted = true
                }
            }
        }
    }

    RoundIconButton {
        id: send
        objectName: "sendButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s3
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        iconSource: "../icons/send.svg"
        tint: input.text.trim().length > 0 ? Theme.accent : Theme.placeholder
        enabled: input.text.trim().length > 0
        accessibleName: qsTr("Send")
        onClicked: input.trySend()
    }
}
