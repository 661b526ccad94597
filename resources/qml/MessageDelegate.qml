import QtQuick
import QtQuick.Controls.Basic

// One timeline row: a bubble (own on the right in the accent colour, others on the left), or a
// centred grey line for state changes and placeholders, with a date pill above the first row of a day.
Item {
    id: row

    required property int index
    required property string eventId
    required property string txnId
    required property string senderName
    required property string senderColor
    required property string body
    required property string timeText
    required property string kind
    required property bool isOwn
    required property string sendState
    required property bool groupedWithPrevious
    required property bool showDateSeparator
    required property string dateText
    required property string error
    required property int runCount
    required property string runText
    required property bool runExpanded
    required property bool collapsed

    property bool showSenderNames: true

    signal retryRequested(string txnId)
    signal deleteRequested(string txnId)
    signal toggleRunRequested(int index)

    readonly property bool isMessage: kind === "message"
    readonly property int sideMargin: Theme.s4
    readonly property int maxBubbleWidth: Math.min(560, Math.round(width * 0.72))

    // a state line inside a collapsed run takes no room; the run's oldest row stands for it
    visible: !collapsed
    implicitHeight: collapsed ? 0 : column.implicitHeight + (groupedWithPrevious ? Theme.s1 / 2 : Theme.s2)

    Column {
        id: column
        y: row.groupedWithPrevious ? Theme.s1 / 2 : Theme.s2
        width: parent.width
        spacing: Theme.s2

        // date separator
        Item {
            visible: row.showDateSeparator
            width: parent.width
            height: visible ? datePill.height + Theme.s2 : 0
            Label {
                id: datePill
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.s1
                text: row.dateText
                color: Theme.pillText
                font.pixelSize: Theme.fontMeta
                font.weight: Font.DemiBold
                topPadding: Theme.s1
                bottomPadding: Theme.s1
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                background: Rectangle {
                    radius: height / 2
                    color: Theme.pill
                }
            }
        }

        // a run of state changes, collapsed into one line; click (or Space) to see them all
        Item {
            visible: row.runCount > 0
            width: parent.width
            height: visible ? runButton.height : 0
            AbstractButton {
                id: runButton
                objectName: "runSummary"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(implicitWidth, parent.width - 2 * row.sideMargin)
                focusPolicy: Qt.TabFocus
                text: row.runText
                Accessible.name: row.runExpanded ? qsTr("%1, shown; collapse").arg(row.runText)
                                                 : qsTr("%1; show all").arg(row.runText)
                onClicked: row.toggleRunRequested(row.index)
                contentItem: Text {
                    text: runButton.text + (row.runExpanded ? "  ▴" : "  ▾")
                    color: Theme.pillText
                    font.pixelSize: Theme.fontMeta
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                }
                topPadding: 2
                bottomPadding: 2
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                background: Rectangle {
                    radius: height / 2
                    color: Theme.pill
                    opacity: runButton.hovered || runButton.down ? 1.0 : 0.85
                    border.width: runButton.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
        }

        // state change or placeholder
        Item {
            visible: !row.isMessage && (row.runCount === 0 || row.runExpanded)
            width: parent.width
            height: visible ? stateLine.height : 0
            Label {
                id: stateLine
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(implicitWidth, parent.width - 2 * row.sideMargin)
                text: row.body
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.pillText
                font.pixelSize: Theme.fontMeta
                font.italic: row.kind === "placeholder"
                topPadding: 2
                bottomPadding: 2
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                background: Rectangle {
                    radius: height / 2
                    color: Theme.pill
                }
            }
        }

        // message bubble
        Item {
            visible: row.isMessage
            width: parent.width
            height: visible ? bubble.height : 0

            Rectangle {
                id: bubble
                x: row.isOwn ? parent.width - width - row.sideMargin : row.sideMargin
                width: Math.max(content.width, meta.width) + 2 * Theme.s3
                height: content.height + 2 * Theme.s2 - 2
                radius: Theme.radiusBubble
                color: row.isOwn ? Theme.bubbleOwn : Theme.bubbleOther

                // a flatter corner on the side of the sender marks where a group starts
                Rectangle {
                    visible: !row.groupedWithPrevious
                    width: Theme.radiusBubble
                    height: Theme.radiusBubble
                    color: bubble.color
                    x: row.isOwn ? bubble.width - width : 0
                    y: 0
                    radius: 4
                }

                Column {
                    id: content
                    x: Theme.s3
                    y: Theme.s2 - 2
                    width: Math.min(Math.max(sender.implicitWidth, bodyText.implicitWidth),
                                    row.maxBubbleWidth - 2 * Theme.s3)

                    Text {
                        id: sender
                        visible: row.showSenderNames && !row.isOwn && !row.groupedWithPrevious
                        width: parent.width
                        text: row.senderName
                        elide: Text.ElideRight
                        color: row.senderColor
                        font.pixelSize: Theme.fontMeta + 1
                        font.weight: Font.DemiBold
                        bottomPadding: 2
                    }
                    Text {
                        id: bodyText
                        width: Math.min(implicitWidth, row.maxBubbleWidth - 2 * Theme.s3)
                        // trailing no-break spaces leave room for the time on the last line
                        text: row.body + row.metaSpacer
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.1
                    }
                }

                Row {
                    id: meta
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.s3 - 2
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.s1 + 1
                    spacing: 3
                    Text {
                        text: row.timeText
                        color: row.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        visible: row.isOwn && row.sendState !== ""
                        text: row.sendState === "sending" ? "◷" : row.sendState === "failed" ? "!" : "✓"
                        color: row.sendState === "failed" ? Theme.danger
                                                          : row.isOwn ? Theme.bubbleOwnMeta : Theme.textDim
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        Accessible.name: row.sendState === "sending" ? qsTr("Sending")
                                       : row.sendState === "failed" ? qsTr("Not sent") : qsTr("Sent")
                    }
                }
            }
        }

        // failed: why, and what to do
        Row {
            visible: row.sendState === "failed"
            anchors.right: parent.right
            anchors.rightMargin: row.sideMargin
            spacing: Theme.s2
            height: visible ? implicitHeight : 0
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: row.error.length > 0 ? row.error : qsTr("Not sent.")
                color: Theme.danger
                font.pixelSize: Theme.fontMeta
                width: Math.min(implicitWidth, row.maxBubbleWidth - 160)
                elide: Text.ElideRight
            }
            Button {
                objectName: "retryButton"
                text: qsTr("Retry")
                flat: true
                Accessible.name: qsTr("Retry sending")
                onClicked: row.retryRequested(row.txnId)
            }
            Button {
                objectName: "deleteButton"
                text: qsTr("Delete")
                flat: true
                Accessible.name: qsTr("Delete the unsent message")
                onClicked: row.deleteRequested(row.txnId)
            }
        }
    }

    TextMetrics {
        id: spaceMetrics
        font: bodyText.font
        text: "\u00a0"
    }
    readonly property string metaSpacer: "\u00a0".repeat(
        Math.ceil((meta.implicitWidth + Theme.s2) / Math.max(1, spaceMetrics.advanceWidth)))

    Accessible.role: Accessible.ListItem
    Accessible.name: isMessage ? qsTr("%1 at %2: %3").arg(senderName).arg(timeText).arg(body) : body
}
