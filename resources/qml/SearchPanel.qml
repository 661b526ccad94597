pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Search in the open conversation: type, press Enter, pick a result to see it in the timeline.
// Down from the field goes to the results; Enter or a click on one shows it.
FocusScope {
    id: root

    required property var panels
    readonly property var results: panels.searchResults
    signal jumpRequested(string eventId)

    objectName: "searchInRoom"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Search in this conversation")

    function focusField() {
        field.forceActiveFocus()
        field.selectAll()
    }
    function activate(row: int) {
        const eventId = root.results.eventIdAt(row)
        if (eventId.length === 0)
            return
        list.currentIndex = row
        root.jumpRequested(eventId)
        root.panels.jumpTo(eventId)
    }

    Connections {
        target: root.panels
        function onRoomChanged() {
            field.clear()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: field
            objectName: "searchField"
            // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
            Layout.fillWidth: true
            Layout.margins: Theme.s3
            Layout.bottomMargin: Theme.s2
            implicitHeight: 36
            focus: true
            placeholderText: qsTr("Search messages")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: 36
            rightPadding: Theme.s3
            Accessible.name: qsTr("Search messages in this conversation")
            Accessible.description: qsTr("Press Enter to search")
            onAccepted: root.panels.search(text)
            Keys.onDownPressed: {
                if (list.count > 0) {
                    list.currentIndex = Math.max(0, list.currentIndex)
                    list.forceActiveFocus()
                }
            }
            Keys.onEscapePressed: function(event) {
                event.accepted = field.text.length > 0
                field.clear()
            }

            background: Rectangle {
                radius: 18
                color: Theme.field
                border.width: field.activeFocus ? 2 : 0
                border.color: Theme.accent
                Image {
                    source: "../icons/search.svg"
                    sourceSize.width: 18
                    sourceSize.height: 18
                    x: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            id: summary
            objectName: "searchSummary"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s4
            Layout.rightMargin: Theme.s4
            Layout.bottomMargin: Theme.s1
            visible: root.results.searched && root.results.count > 0
            readonly property int number: Math.max(root.results.total, root.results.count)
            text: qsTr("%n result(s)", "", summary.number)
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }

        ListView {
            id: list
            objectName: "searchResults"
            // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.results
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Search results")

            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: result
                objectName: "searchResult"

                required property int index
                required property string eventId
                required property string senderName
                required property string senderColor
                required property string initials
                required property string timeText
                required property string bodyHtml
                required property string bodyText
                required property string contextText
                required property string senderAvatar

                readonly property bool current: ListView.isCurrentItem && list.activeFocus

                width: ListView.view.width
                implicitHeight: Math.max(avatar.height, texts.implicitHeight) + 2 * Theme.s2 + 2
                padding: 0
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("%1 at %2: %3").arg(senderName).arg(timeText).arg(result.bodyText)
                onClicked: root.activate(index)

                background: Rectangle {
                    color: result.down ? Theme.divider : result.hovered || result.current ? Theme.hover : "transparent"
                    Rectangle {
                        visible: result.current
                        width: 3
                        height: parent.height
                        color: Theme.accent
                    }
                }

                contentItem: Item {
                    Avatar {
                        id: avatar
                        x: Theme.s4
                        y: Theme.s2 + 1
                        size: 32
                        initials: result.initials
                        tint: result.senderColor
                        source: result.senderAvatar
                    }
                    Column {
                        id: texts
                        anchors.left: avatar.right
                        anchors.leftMargin: Theme.s3
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s4
                        y: Theme.s2
                        spacing: 2

                        Item {
                            width: parent.width
                            height: nameText.height
                            Text {
                                textFormat: Text.PlainText
                                id: nameText
                                anchors.left: parent.left
                                anchors.right: time.left
                                anchors.rightMargin: Theme.s2
                                text: result.senderName
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                            }
                            Text {
                                textFormat: Text.PlainText
                                id: time
                                anchors.right: parent.right
                                anchors.baseline: nameText.baseline
                                text: result.timeText
                                color: Theme.textDim
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Text {
                            id: body
                            objectName: "searchResultBody"
                            width: parent.width
                            // the model escapes the message and marks each match <b><font>…</font></b>
                            text: result.bodyHtml.replace(/<font>/g, "<font color=\"" + Theme.accent + "\">")
                            textFormat: Text.StyledText
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            lineHeight: 1.05
                        }
                        Text {
                            visible: result.contextText.length > 0
                            width: parent.width
                            text: "↪ " + result.contextText
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            maximumLineCount: 1
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                        }
                    }
                }
            }

            Keys.onReturnPressed: root.activate(currentIndex)
            Keys.onEnterPressed: root.activate(currentIndex)
            Keys.onSpacePressed: root.activate(currentIndex)
            Keys.onUpPressed: function(event) {
                if (currentIndex <= 0)
                    field.forceActiveFocus()
                else
                    event.accepted = false
            }

            footer: Item {
                width: ListView.view ? ListView.view.width : 0
                height: root.results.count > 0 && (root.results.hasMore || root.results.busy) ? 56 : Theme.s2
                DialogButton {
                    objectName: "searchLoadMore"
                    // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
                    Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
                    anchors.centerIn: parent
                    visible: root.results.hasMore && !root.results.busy && root.results.error.length === 0
                    text: qsTr("Load more")
                    Accessible.name: qsTr("Load more results")
                    onClicked: root.panels.loadMoreResults()
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    width: 28
                    height: 28
                    running: root.results.busy && root.results.count > 0
                    visible: running
                }
            }
        }
    }

    // what to say when there are no results to show
    Column {
        id: emptyState
        objectName: "searchState"
        anchors.horizontalCenter: parent.horizontalCenter
        y: 96
        width: parent.width - 2 * Theme.s6
        spacing: Theme.s3
        visible: root.results.count === 0

        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 32
            height: 32
            running: root.results.busy
            visible: running
            Accessible.name: qsTr("Searching")
        }
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: !root.results.busy && root.results.error.length === 0
            source: "../icons/search.svg"
            sourceSize.width: 40
            sourceSize.height: 40
            opacity: 0.6
        }
        Label {
            textFormat: Text.PlainText
            objectName: "searchStateText"
            width: parent.width
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: root.results.error.length > 0 ? Theme.danger : Theme.textDim
            text: root.results.busy ? ""
                : root.results.error.length > 0 ? root.results.error
                : root.results.searched ? qsTr("No messages match “%1”").arg(root.results.term)
                : qsTr("Find messages in this conversation: type a word and press Enter.")
            Accessible.role: root.results.error.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        DialogButton {
            objectName: "searchRetry"
            // Esc belongs to the panel (clear, then close), not to the page's Esc shortcut
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.results.error.length > 0 && !root.results.busy
            text: qsTr("Try again")
            onClicked: root.panels.retrySearch()
        }
    }

    // an error while loading more shows under the list
    Label {
        textFormat: Text.PlainText
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.s3
        width: parent.width - 2 * Theme.s4
        visible: root.results.count > 0 && root.results.error.length > 0
        text: root.results.error
        color: Theme.danger
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        background: Rectangle {
            color: Theme.surfaceRaised
            radius: Theme.radiusControl
            border.color: Theme.danger
        }
        padding: Theme.s2
    }
}
