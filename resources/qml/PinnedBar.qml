pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// The slim bar under the chat header with the newest pinned message. Clicking it (or Enter /
// Space on it) shows that message in the timeline and moves on to the next older pin ("2 of 3").
// The pin-off button unpins the message on show (only for people allowed to).
Rectangle {
    id: bar

    required property var panels
    signal jumpRequested(string eventId)

    readonly property int count: panels.pinnedCount
    readonly property int shownIndex: panels.pinnedIndex

    objectName: "pinnedBar"
    visible: count > 0
    implicitHeight: visible ? 48 : 0
    color: Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Pinned messages")

    function activate() {
        const eventId = bar.panels.pinnedEventId
        if (eventId.length === 0)
            return
        bar.jumpRequested(eventId)
        bar.panels.jumpTo(eventId)
        bar.panels.nextPinned()
    }

    AbstractButton {
        id: pinned
        objectName: "pinnedMessageButton"
        anchors.left: parent.left
        anchors.right: unpinButton.visible ? unpinButton.left : parent.right
        anchors.rightMargin: unpinButton.visible ? Theme.s1 : Theme.s3
        height: parent.height - 1
        focusPolicy: Qt.TabFocus
        hoverEnabled: true
        Accessible.name: bar.count > 1
                         ? qsTr("Pinned message %1 of %2, from %3: %4. Show it")
                               .arg(bar.shownIndex + 1).arg(bar.count).arg(bar.panels.pinnedSender)
                               .arg(bar.panels.pinnedText)
                         : qsTr("Pinned message from %1: %2. Show it")
                               .arg(bar.panels.pinnedSender).arg(bar.panels.pinnedText)
        onClicked: bar.activate()
        Keys.onReturnPressed: bar.activate()
        Keys.onEnterPressed: bar.activate()

        background: Rectangle {
            color: pinned.down ? Theme.divider : pinned.hovered ? Theme.hover : "transparent"
            border.width: pinned.visualFocus ? 2 : 0
            border.color: Theme.accent
        }

        contentItem: Item {
            // one segment per pin (up to four), the one on show filled: where you are in the list
            Column {
                id: segments
                x: Theme.s4
                anchors.verticalCenter: parent.verticalCenter
                height: 32
                spacing: 2
                readonly property int shown: Math.min(bar.count, 4)
                readonly property int active: bar.count <= 4 ? bar.shownIndex
                                                             : Math.min(3, Math.floor(bar.shownIndex * 4 / bar.count))
                Repeater {
                    model: segments.shown
                    Rectangle {
                        required property int index
                        width: 3
                        height: (segments.height - (segments.shown - 1) * segments.spacing) / segments.shown
                        radius: 1.5
                        color: Theme.accent
                        opacity: index === segments.active ? 1.0 : 0.35
                    }
                }
            }

            Text {
                textFormat: Text.PlainText
                id: heading
                anchors.left: segments.right
                anchors.leftMargin: Theme.s3
                anchors.right: parent.right
                y: Theme.s1 + 2
                text: bar.count > 1 ? qsTr("Pinned message") + "  " + qsTr("%1 of %2").arg(bar.shownIndex + 1).arg(bar.count)
                                    : qsTr("Pinned message")
                color: Theme.accent
                font.pixelSize: Theme.fontMeta
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                objectName: "pinnedText"
                anchors.left: heading.left
                anchors.right: parent.right
                anchors.top: heading.bottom
                anchors.topMargin: 1
                text: bar.panels.pinnedSender.length > 0
                      ? "<b>" + bar.escaped(bar.panels.pinnedSender) + ":</b> " + bar.escaped(bar.panels.pinnedText)
                      : bar.escaped(bar.panels.pinnedText)
                textFormat: Text.StyledText
                color: Theme.text
                font.pixelSize: Theme.fontBody - 1
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }
    }

    RoundIconButton {
        id: unpinButton
        objectName: "unpinButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s3
        anchors.verticalCenter: pinned.verticalCenter
        visible: bar.panels.canPin
        iconSource: "../icons/unpin.svg"
        accessibleName: qsTr("Unpin this message")
        onClicked: bar.panels.unpin(bar.panels.pinnedEventId)
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }

    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }
}
