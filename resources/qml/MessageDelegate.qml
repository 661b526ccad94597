pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl

// One timeline row: a bubble (own on the right in the accent colour, others on the left), or a
// centred grey line for state changes and placeholders, with a date pill above the first row of a day.
// With the one-line layout (Theme.irc) the same items show a message as "time name text" on the
// left, without a bubble: the time and name lead the body's own rich text (no item more per row).
// A call is one centred line with a phone or camera ("Missed voice call", "Video call · 12:34").
// A message shows the original it replies to, its reactions, its thread and who has read it;
// hovering it shows the action bar (every action is also in the context menu and on keys).
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
    required property string html
    required property bool edited
    required property string replyTo
    required property string replySender
    required property string replyBody
    required property string replyColor
    required property var reactions
    required property int threadCount
    required property string threadText
    required property bool mentionsMe
    required property var readers
    required property int moreReaders
    required property bool unreadAbove
    required property bool highlighted
    required property bool canEdit
    required property bool canRedact
    required property bool callVideo
    required property bool callMissed
    required property var media
    required property string senderAvatar
    required property string senderInitials

    property bool showSenderNames: true
    property bool signed: false  // a channel's post, signed with its author's name beside the time
    property bool isChannel: false  // one-line layout: a channel's unsigned posts show no name
    property var player: null  // the session's Playback, for audio, video and voice messages
    property var animations: null  // the session's Animations (GIF and WebP that play)
    property var autoDownload: null  // the session's AutoDownload (videos and files fetched on sight)
    // some of the row is inside the list's viewport (animations pause outside it)
    readonly property bool onScreen: ListView.view !== null
        && row.y + row.height > ListView.view.contentY && row.y < ListView.view.contentY + ListView.view.height
    property bool readOnly: false  // a conversation the user left: no actions, no reactions
    property bool selected: false
    property bool barHovered: false
    // the pointer is on the message or its bar; the bar lingers a moment after it leaves, so
    // moving from the message up to the bar never loses it
    readonly property bool hot: hover.hovered || barHovered
    onHotChanged: if (!hot) linger.restart()
    // the list is being scrolled: rows pass under a resting pointer without showing their action
    // bar (made and dropped for each, it cost frames); the row under it shows it when it stops
    readonly property bool scrolling: ListView.view !== null && ListView.view.moving
    readonly property bool barShown: actionable && !scrolling && (hot || linger.running)

    Timer {
        id: linger
        interval: 250
    }
    property var quickReactions: []

    signal retryRequested(string txnId)
    signal deletePendingRequested(string txnId)
    signal toggleRunRequested(int index)
    signal replyRequested(string eventId)
    signal editRequested(string eventId)
    signal deleteRequested(string eventId)
    signal reactRequested(string eventId, Item anchor)
    signal reactionToggled(string eventId, string key)
    signal threadRequested(string eventId)
    signal menuRequested(int index, Item anchor, real x, real y)
    signal quoteClicked(string eventId)
    signal linkClicked(string link, string eventId)
    signal mediaSaveRequested(string eventId)
    signal mediaOpenRequested(string eventId)
    signal uploadCancelRequested(string txnId)
    signal mediaViewRequested(string eventId)

    readonly property bool isMessage: kind === "message"
    readonly property bool hasMedia: media && media.kind !== undefined
    readonly property bool hasCaption: hasMedia && media.caption.length > 0
    // a picture alone has no bubble frame: rounded corners and the time over it
    readonly property bool bare: hasMedia && (media.kind === "image" || media.kind === "sticker")
                                 && !hasCaption && replyTo.length === 0
    readonly property bool actionable: isMessage && eventId.length > 0 && sendState !== "sending"
                                       && sendState !== "failed" && !readOnly
    readonly property int sideMargin: Theme.s4
    // in a group, other people's messages keep a column on the left for their avatar, shown
    // beside the first message of each run (with the name), so every bubble of a run lines up
    readonly property bool avatarColumn: showSenderNames && !isOwn && !Theme.irc
    readonly property int leadMargin: sideMargin + (avatarColumn ? Theme.avatarTimeline + Theme.s2 : 0)
    readonly property int maxBubbleWidth: Theme.irc ? width - 2 * sideMargin + 2 * Theme.s3
                                                    : Math.min(Math.round(5.6 * Theme.fontScale), Math.round(width * 0.72))

    // -- one line per message (Theme.irc): everything on the left; the time and the coloured name
    // (escaped: a name is the sender's text) lead the body
    readonly property bool onRight: isOwn && !Theme.irc
    readonly property bool ircName: Theme.irc && (!isChannel || signed)
    readonly property string ircPrefix: Theme.irc && isMessage
        ? "<font color=\"" + Theme.textDim + "\">" + timeText + "</font>&nbsp;&nbsp;"
          + (ircName ? "<font color=\"" + senderColor + "\"><b>" + escapeHtml(senderName) + "</b></font>&nbsp;&nbsp;" : "")
        : ""
    function escapeHtml(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    }
    // the prefix goes inside a leading paragraph, so a formatted message starts on the same line
    function withIrcPrefix(html: string): string {
        return ircPrefix.length === 0 ? html : html.startsWith("<p>") ? "<p>" + ircPrefix + html.substring(3)
                                                                        : ircPrefix + html
    }

    z: barShown ? 1 : 0
    ListView.onReused: {
        barHovered = false
        linger.stop()
    }

    // a state line inside a collapsed run takes no room; the run's oldest row stands for it
    visible: !collapsed
    implicitHeight: collapsed ? 0 : column.implicitHeight + (groupedWithPrevious ? Theme.messageGapGrouped : Theme.messageGap)

    HoverHandler {
        id: hover
        enabled: row.actionable
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.highlight
        opacity: row.highlighted ? 0.55 : row.selected ? 0.3 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.motion } }
    }

    Column {
        id: column
        y: row.groupedWithPrevious ? Theme.messageGapGrouped : Theme.messageGap
        width: parent.width
        spacing: Theme.s2

        // date separator (made only above the first row of a day)
        Loader {
            active: row.showDateSeparator
            visible: active
            width: parent.width
            sourceComponent: Item {
                height: datePill.height + Theme.s2
                Label {
                    textFormat: Text.PlainText
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
        }

        // where the unread messages start
        Loader {
            active: row.unreadAbove
            visible: active
            width: parent.width
            sourceComponent: Item {
                objectName: "unreadLine"
                height: 24
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    x: row.sideMargin
                    width: parent.width - 2 * row.sideMargin
                    height: 1
                    color: Theme.accent
                    opacity: 0.6
                }
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("New messages")
                    color: Theme.accent
                    font.pixelSize: Theme.fontMeta
                    font.weight: Font.DemiBold
                    leftPadding: Theme.s3
                    rightPadding: Theme.s3
                    background: Rectangle { color: Theme.chatBackground; radius: height / 2 }
                }
            }
        }

        // a run of state changes, collapsed into one line; click (or Space) to see them all
        Loader {
            active: row.runCount > 0
            visible: active
            width: parent.width
            sourceComponent: Item {
                height: runButton.height
                AbstractButton {
                    id: runButton
                    objectName: "runSummary"
                    x: Theme.irc ? row.sideMargin - Theme.s3 : Math.round((parent.width - width) / 2)
                    width: Math.min(implicitWidth, parent.width - 2 * row.sideMargin)
                    focusPolicy: Qt.TabFocus
                    text: row.runText
                    Accessible.name: row.runExpanded ? qsTr("%1, shown; collapse").arg(row.runText)
                                                     : qsTr("%1; show all").arg(row.runText)
                    onClicked: row.toggleRunRequested(row.index)
                    contentItem: Text {
                        textFormat: Text.PlainText
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
        }

        // a call, worded from all its events; missed calls stand out (made only for one)
        Loader {
            active: row.kind === "call"
            visible: active
            width: parent.width
            sourceComponent: Item {
                id: callArea
                height: callPill.height
                // what the words may take: the line minus margins, padding, icon, time and gaps
                readonly property real textRoom: width - 2 * row.sideMargin - 2 * Theme.s3 - 14
                                                 - callTime.implicitWidth - 2 * Theme.s2
                Rectangle {
                    id: callPill
                    objectName: "callLine"
                    x: Theme.irc ? row.sideMargin - Theme.s3 : Math.round((parent.width - width) / 2)
                    width: Math.min(callContent.implicitWidth + 2 * Theme.s3, parent.width - 2 * row.sideMargin)
                    height: callContent.implicitHeight + 4
                    radius: height / 2
                    color: row.callMissed ? Theme.dangerFill : Theme.pill
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1 at %2").arg(row.body).arg(row.timeText)

                    Row {
                        id: callContent
                        anchors.centerIn: parent
                        spacing: Theme.s2
                        IconImage {
                            anchors.verticalCenter: parent.verticalCenter
                            source: row.callVideo ? "../icons/video.svg" : "../icons/phone.svg"
                            sourceSize.width: 14
                            sourceSize.height: 14
                            color: Theme.pillText
                        }
                        Label {
                            textFormat: Text.PlainText
                            objectName: "callText"
                            anchors.verticalCenter: parent.verticalCenter
                            width: Math.max(0, Math.min(implicitWidth, callArea.textRoom))
                            text: row.body
                            elide: Text.ElideRight
                            color: Theme.pillText
                            font.pixelSize: Theme.fontMeta
                            font.weight: Font.DemiBold
                            topPadding: 2
                            bottomPadding: 2
                        }
                        Label {
                            id: callTime
                            textFormat: Text.PlainText
                            anchors.verticalCenter: parent.verticalCenter
                            text: row.timeText
                            color: Theme.pillText
                            opacity: 0.8
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }

        // state change or placeholder
        Item {
            visible: !row.isMessage && row.kind !== "call" && (row.runCount === 0 || row.runExpanded)
            width: parent.width
            height: visible ? stateLine.height : 0
            Label {
                textFormat: Text.PlainText
                id: stateLine
                x: Theme.irc ? row.sideMargin - Theme.s3 : Math.round((parent.width - width) / 2)
                width: Math.min(implicitWidth, parent.width - 2 * row.sideMargin)
                text: row.body
                wrapMode: Text.Wrap
                horizontalAlignment: Theme.irc ? Text.AlignLeft : Text.AlignHCenter
                color: Theme.irc ? Theme.textDim : Theme.pillText
                font.pixelSize: Theme.fontMeta
                font.italic: row.kind === "placeholder"
                topPadding: 2
                bottomPadding: 2
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                background: Rectangle {
                    radius: height / 2
                    color: Theme.irc ? "transparent" : Theme.pill
                }
            }
        }

        // message bubble
        Item {
            id: bubbleArea
            visible: row.isMessage
            width: parent.width
            height: visible ? bubble.height : 0

            Avatar {
                objectName: "senderAvatar"
                visible: row.avatarColumn && !row.groupedWithPrevious
                x: row.sideMargin
                size: Theme.avatarTimeline
                initials: row.senderInitials
                tint: row.senderColor
                source: visible ? row.senderAvatar : ""
            }

            Rectangle {
                id: bubble
                objectName: "bubble"
                x: row.onRight ? parent.width - width - row.sideMargin : row.leadMargin - (Theme.irc ? Theme.s3 : 0)
                width: Math.max(content.width, meta.width) + (row.bare ? 0 : 2 * Theme.s3)
                height: content.height + (row.bare ? 0 : 2 * Theme.bubblePadding)
                radius: Theme.irc ? 4 : Theme.radiusBubble
                color: row.bare ? "transparent"
                       : Theme.irc ? (row.mentionsMe ? Theme.mention : "transparent")
                       : row.isOwn ? Theme.bubbleOwn : row.mentionsMe ? Theme.mention : Theme.bubbleOther
                border.width: row.mentionsMe && !Theme.irc ? 1 : 0
                border.color: Theme.accent

                // a flatter corner on the side of the sender marks where a group starts
                Rectangle {
                    visible: !row.groupedWithPrevious && !row.bare && !Theme.irc
                    width: Theme.radiusBubble
                    height: Theme.radiusBubble
                    color: bubble.color
                    x: row.isOwn ? bubble.width - width : 0
                    y: 0
                    radius: 4
                }

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    enabled: row.actionable
                    onTapped: (point) => row.menuRequested(row.index, bubble, point.position.x, point.position.y)
                }

                Column {
                    id: content
                    x: row.bare ? 0 : Theme.s3
                    y: row.bare ? 0 : Theme.bubblePadding
                    spacing: row.hasMedia ? Theme.s1 : 2
                    readonly property real widest: row.maxBubbleWidth - (row.bare ? 0 : 2 * Theme.s3)
                    readonly property real othersWidth: Math.max(sender.visible ? sender.implicitWidth : 0,
                                                                 quote.visible ? quote.implicitWidth : 0,
                                                                 mediaLoader.active ? mediaLoader.implicitWidth : 0)
                    // with media, the column is as wide as the media (a caption wraps to it):
                    // worked out without the text, which a reused row may still be laying out
                    readonly property real mediaWidth: mediaLoader.implicitWidth > 0 && row.media.kind !== "file"
                                                       ? Math.min(mediaLoader.implicitWidth, row.maxBubbleWidth)
                                                       : Math.min(othersWidth, widest)
                    width: row.hasMedia ? mediaWidth
                                        : Math.min(Math.max(othersWidth, bodyText.visible ? bodyText.implicitWidth : 0), widest)

                    Text {
                        textFormat: Text.PlainText
                        id: sender
                        // one line per message: only above a picture or file without a caption
                        visible: Theme.irc ? row.ircName && row.hasMedia && !row.hasCaption
                                           : row.showSenderNames && !row.isOwn && !row.groupedWithPrevious
                        // reads its natural width from the start: Qt works it out only once asked,
                        // and a first ask from the column's width (a grouped row reused for the
                        // first of a group) would change it inside that binding
                        width: Math.min(implicitWidth, parent.width)
                        text: row.senderName
                        elide: Text.ElideRight
                        color: row.senderColor
                        font.pixelSize: Theme.fontMeta + 1
                        font.weight: Font.DemiBold
                        bottomPadding: 2
                    }

                    // the message this one answers; a click goes there
                    AbstractButton {
                        id: quote
                        objectName: "replyQuote"
                        visible: row.replyTo.length > 0
                        width: parent.width
                        implicitWidth: Math.min(row.maxBubbleWidth - 2 * Theme.s3,
                                                Math.max(quoteName.implicitWidth, quoteText.implicitWidth) + Theme.s4)
                        implicitHeight: quoteColumn.implicitHeight + Theme.s2
                        focusPolicy: Qt.NoFocus
                        Accessible.name: qsTr("Reply to %1: %2").arg(row.replySender).arg(row.replyBody)
                        onClicked: row.quoteClicked(row.replyTo)
                        background: Rectangle {
                            radius: 6
                            color: Theme.quoteBackground
                            opacity: quote.hovered ? 1 : 0.85
                            Rectangle {
                                width: 3
                                height: parent.height
                                radius: 1.5
                                color: row.replyColor
                            }
                        }
                        contentItem: Column {
                            id: quoteColumn
                            leftPadding: Theme.s3
                            topPadding: Theme.s1
                            Text {
                                textFormat: Text.PlainText
                                id: quoteName
                                width: quote.width - Theme.s4
                                text: row.replySender
                                visible: text.length > 0
                                color: row.replyColor
                                font.pixelSize: Theme.fontMeta
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Text {
                                id: quoteText
                                width: quote.width - Theme.s4
                                text: row.replyBody
                                color: Theme.textDim
                                font.pixelSize: Theme.fontMeta
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                textFormat: Text.PlainText
                            }
                        }
                    }

                    // a picture, a file, or an upload under way
                    Loader {
                        id: mediaLoader
                        active: row.hasMedia
                        visible: active
                        sourceComponent: MediaContent {
                            info: row.media
                            eventId: row.eventId
                            txnId: row.txnId
                            isOwn: row.isOwn
                            maxWidth: row.maxBubbleWidth - (row.bare ? 0 : 2 * Theme.s3)
                            player: row.player
                            animations: row.animations
                            autoDownload: row.autoDownload
                            onScreen: row.onScreen
                            onSaveRequested: (eventId) => row.mediaSaveRequested(eventId)
                            onOpenRequested: (eventId) => row.mediaOpenRequested(eventId)
                            onCancelRequested: (txnId) => row.uploadCancelRequested(txnId)
                            onViewRequested: (eventId) => row.mediaViewRequested(eventId)
                        }
                    }

                    TextEdit {
                        id: bodyText
                        objectName: "messageBody"
                        visible: !row.hasMedia || row.hasCaption
                        // reads its natural width from the start, so the column's first read of
                        // it (a reused row turning from a picture to text) changes nothing
                        width: Math.min(implicitWidth, row.hasMedia ? content.mediaWidth : row.maxBubbleWidth - 2 * Theme.s3)
                        readOnly: true
                        selectByMouse: true
                        activeFocusOnPress: false
                        // trailing no-break spaces leave room for the time on the last line
                        // always rich text (the model escapes plain bodies): a reused row never
                        // switches format under a new text and shows markup as characters
                        textFormat: TextEdit.RichText
                        text: row.withIrcPrefix(row.hasMedia ? row.media.captionHtml : row.html) + row.metaSpacer
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        selectionColor: Theme.selection
                        selectedTextColor: Theme.textOnAccent
                        font.pixelSize: Theme.fontBody
                        onLinkActivated: (link) => row.linkClicked(link, row.eventId)

                        HoverHandler {
                            cursorShape: bodyText.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
                        }
                    }
                    // room for the time under a file without a caption
                    Item {
                        visible: row.hasMedia && !row.hasCaption && !row.bare
                        width: 1
                        height: Theme.fontSmall + 2
                    }
                }

                // the time over a picture without a frame
                Rectangle {
                    visible: row.bare
                    x: meta.x - Theme.s1 - 2
                    y: meta.y - 2
                    width: meta.width + 2 * Theme.s1 + 4
                    height: meta.height + 4
                    radius: height / 2
                    color: Theme.pill
                }

                Row {
                    id: meta
                    readonly property color tint: row.bare ? Theme.pillText
                                                           : row.onRight ? Theme.bubbleOwnMeta : Theme.textDim
                    anchors.right: parent.right
                    anchors.rightMargin: row.bare ? Theme.s2 + 2 : Theme.s3 - 2
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: row.bare ? Theme.s2 + 2 : Theme.s1 + 1
                    spacing: 3
                    Text {
                        objectName: "postSignature"
                        textFormat: Text.PlainText
                        visible: row.signed && row.isMessage
                        text: row.senderName
                        width: Math.min(implicitWidth, 160)
                        elide: Text.ElideRight
                        color: meta.tint
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Posted by %1").arg(row.senderName)
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: row.edited
                        text: qsTr("edited")
                        color: meta.tint
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: row.ircPrefix.length === 0 || !bodyText.visible  // else it leads the line
                        text: row.timeText
                        color: meta.tint
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: row.isOwn && row.sendState !== ""
                        text: row.sendState === "sending" ? "◷" : row.sendState === "failed" ? "!"
                              : row.sendState === "read" ? "✓✓" : "✓"
                        color: row.sendState === "failed" ? Theme.danger
                                                          : meta.tint
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        Accessible.name: row.sendState === "sending" ? qsTr("Sending")
                                       : row.sendState === "failed" ? qsTr("Not sent")
                                       : row.sendState === "read" ? qsTr("Read") : qsTr("Sent")
                    }
                }
            }

            // the action bar, made only while the pointer is over the message
            Loader {
                id: actionBar
                active: row.barShown
                anchors.bottom: bubble.top
                anchors.bottomMargin: -Theme.s2
                x: row.onRight ? Math.max(0, bubble.x + bubble.width - width)
                             : Math.min(parent.width - width, bubble.x)
                z: 2
                sourceComponent: MessageActionBar {
                    onHoveredChanged: row.barHovered = hovered
                    quickReactions: row.quickReactions
                    canEdit: row.canEdit
                    canRedact: row.canRedact
                    onReactionPicked: (key) => row.reactionToggled(row.eventId, key)
                    onReactRequested: row.reactRequested(row.eventId, actionBar)
                    onReplyRequested: row.replyRequested(row.eventId)
                    onThreadRequested: row.threadRequested(row.eventId)
                    onEditRequested: row.editRequested(row.eventId)
                    onDeleteRequested: row.deleteRequested(row.eventId)
                    onMoreRequested: (anchor) => row.menuRequested(row.index, anchor, 0, anchor.height)
                }
            }
        }

        // reactions under the bubble
        Flow {
            id: chips
            visible: row.isMessage && row.reactions.length > 0
            x: row.onRight ? parent.width - width - row.sideMargin : row.leadMargin
            width: Math.min(row.maxBubbleWidth, implicitWidth)
            spacing: Theme.s1
            height: visible ? implicitHeight : 0
            Repeater {
                model: row.isMessage ? row.reactions : []
                delegate: AbstractButton {
                    id: chip
                    objectName: "reactionChip"
                    required property var modelData
                    implicitHeight: 26
                    implicitWidth: chipText.implicitWidth + Theme.s4
                    focusPolicy: Qt.TabFocus
                    enabled: !row.readOnly
                    Accessible.name: qsTr("%1 %2, by %3").arg(modelData.key).arg(modelData.count).arg(modelData.who)
                    PlainToolTip {
                        visible: chip.hovered
                        text: qsTr("%1 reacted with %2").arg(chip.modelData.who).arg(chip.modelData.key)
                    }
                    onClicked: row.reactionToggled(row.eventId, modelData.key)
                    background: Rectangle {
                        radius: height / 2
                        color: chip.modelData.mine ? Theme.chipMine : Theme.chip
                        border.width: chip.visualFocus ? 2 : chip.modelData.mine ? 1 : 0
                        border.color: chip.visualFocus ? Theme.accent : Theme.chipMineBorder
                        opacity: chip.hovered ? 1 : 0.95
                    }
                    contentItem: Text {
                        id: chipText
                        text: chip.modelData.key + " " + chip.modelData.count
                        color: Theme.text
                        font.pixelSize: Theme.fontMeta
                        font.weight: chip.modelData.mine ? Font.DemiBold : Font.Normal
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        textFormat: Text.PlainText
                    }
                }
            }
        }

        // thread summary (made only under a thread's root)
        Loader {
            active: row.isMessage && row.threadCount > 0
            visible: active
            width: parent.width
            sourceComponent: Item {
                height: threadButton.implicitHeight
                AbstractButton {
                    id: threadButton
                    objectName: "threadSummary"
                    enabled: !row.readOnly
                    x: row.onRight ? parent.width - width - row.sideMargin : row.leadMargin
                    implicitHeight: 26
                    implicitWidth: threadLabel.implicitWidth + Theme.s6
                    focusPolicy: Qt.TabFocus
                    text: row.threadText
                    Accessible.name: qsTr("Thread: %1").arg(row.threadText)
                    onClicked: row.threadRequested(row.eventId)
                    background: Rectangle {
                        radius: height / 2
                        color: threadButton.hovered ? Theme.chipMine : Theme.chip
                        border.width: threadButton.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                    contentItem: Text {
                        textFormat: Text.PlainText
                        id: threadLabel
                        text: "💬 " + threadButton.text
                        color: Theme.link
                        font.pixelSize: Theme.fontMeta
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }

        // who has read up to here
        Row {
            objectName: "readers"
            visible: row.readers.length > 0
            anchors.right: parent.right
            anchors.rightMargin: row.sideMargin
            spacing: -4
            height: visible ? 16 : 0
            Repeater {
                model: row.readers
                delegate: Rectangle {
                    id: reader
                    required property var modelData
                    width: 16
                    height: 16
                    radius: 8
                    color: modelData.color
                    border.width: 1
                    border.color: Theme.chatBackground
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: parent.modelData.initials.charAt(0)
                        color: "white"
                        font.pixelSize: 9
                        font.weight: Font.DemiBold
                    }
                    PlainToolTip {
                        visible: readerHover.hovered
                        text: qsTr("Read by %1").arg(reader.modelData.name)
                    }
                    HoverHandler { id: readerHover }
                }
            }
            Text {
                textFormat: Text.PlainText
                visible: row.moreReaders > 0
                leftPadding: 6
                text: "+" + row.moreReaders
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
            }
        }

        // failed: why, and what to do (made only for a message that was not sent)
        Loader {
            active: row.sendState === "failed"
            visible: active
            anchors.right: parent.right
            anchors.rightMargin: row.sideMargin
            sourceComponent: Row {
                spacing: Theme.s2
                Label {
                    textFormat: Text.PlainText
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
                    objectName: "deletePendingButton"
                    text: qsTr("Delete")
                    flat: true
                    Accessible.name: qsTr("Delete the unsent message")
                    onClicked: row.deletePendingRequested(row.txnId)
                }
            }
        }
    }

    // the width of a no-break space in the body font, measured once by the list (not per row)
    property real spaceWidth: 4
    readonly property string metaSpacer: "\u00a0".repeat(
        Math.ceil((meta.implicitWidth + Theme.s2) / Math.max(1, spaceWidth)))

    Accessible.role: Accessible.ListItem
    Accessible.name: isMessage ? qsTr("%1 at %2: %3").arg(senderName).arg(timeText).arg(body) : body
}
