pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The open conversation: header, timeline (newest at the bottom), composer.
Rectangle {
    id: chat

    required property var session
    property bool enterSends: true

    readonly property bool hasRoom: session.currentRoomId.length > 0
    readonly property var timelineModel: session.timeline

    signal inviteRequested()
    signal leaveRequested()

    // set while a menu entry opens a popup, so the closing menu leaves the focus to the popup
    property bool dialogOpening: false

    function focusComposer() {
        dialogOpening = false
        if (hasRoom)
            composer.focusInput()
    }
    function openConversationMenu() {
        if (hasRoom && !session.currentRoomIsInvite) {
            dialogOpening = false
            conversationMenu.open()
        }
    }

    color: Theme.chatBackground

    Connections {
        target: chat.session
        function onRoomOpened() {
            timeline.unseen = 0
            chat.focusComposer()
        }
    }

    Label {
        objectName: "chatEmptyState"
        anchors.centerIn: parent
        visible: !chat.hasRoom
        text: qsTr("Select a conversation")
        color: Theme.pillText
        padding: Theme.s2
        leftPadding: Theme.s3
        rightPadding: Theme.s3
        background: Rectangle {
            radius: height / 2
            color: Theme.pill
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: chat.hasRoom

        // header
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: Theme.surface

            Avatar {
                id: headerAvatar
                x: Theme.s4
                anchors.verticalCenter: parent.verticalCenter
                size: 40
                initials: chat.session.currentRoomInitials
                tint: chat.session.currentRoomColor
            }
            Text {
                id: title
                anchors.left: headerAvatar.right
                anchors.leftMargin: Theme.s3
                anchors.right: headerActions.left
                anchors.rightMargin: Theme.s2
                y: status.text.length > 0 ? Theme.s2 + 1 : (parent.height - height) / 2
                text: chat.session.currentRoomName
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                id: status
                anchors.left: title.left
                anchors.right: title.right
                anchors.top: title.bottom
                anchors.topMargin: 1
                text: chat.timelineModel.loading ? qsTr("loading…") : chat.session.currentRoomStatus
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
                elide: Text.ElideRight
            }
            Row {
                id: headerActions
                anchors.right: parent.right
                anchors.rightMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.s1

                RoundIconButton {
                    id: moreButton
                    objectName: "conversationMenuButton"
                    visible: !chat.session.currentRoomIsInvite
                    iconSource: "../icons/more.svg"
                    accessibleName: qsTr("More actions (Ctrl+Shift+M)")
                    onClicked: chat.openConversationMenu()

                    AppMenu {
                        id: conversationMenu
                        objectName: "conversationMenu"
                        y: moreButton.height + Theme.s1
                        x: moreButton.width - width
                        onClosed: if (!chat.dialogOpening) chat.focusComposer()

                        AppMenuItem {
                            objectName: "inviteMenuItem"
                            text: qsTr("Invite people…")
                            onTriggered: {
                                chat.dialogOpening = true
                                chat.inviteRequested()
                            }
                        }
                        AppMenuItem {
                            objectName: "leaveMenuItem"
                            text: qsTr("Leave conversation")
                            danger: true
                            onTriggered: {
                                chat.dialogOpening = true
                                chat.leaveRequested()
                            }
                        }
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        // timeline
        ListView {
            id: timeline
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: chat.timelineModel
            verticalLayoutDirection: ListView.BottomToTop
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            spacing: 0
            topMargin: Theme.s3
            bottomMargin: Theme.s3
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Messages")

            property int unseen: 0
            readonly property bool atBottom: atYEnd

            ScrollBar.vertical: ScrollBar { }

            delegate: MessageDelegate {
                width: ListView.view.width
                showSenderNames: chat.session.currentRoomIsGroup
                onRetryRequested: (txnId) => chat.session.retry(txnId)
                onDeleteRequested: (txnId) => chat.session.deletePending(txnId)
                onToggleRunRequested: (index) => chat.timelineModel.toggleRun(index)
            }

            function maybeLoadOlder() {
                if (count > 0 && !chat.timelineModel.loading && !chat.timelineModel.atStart
                        && contentY - originY < height)
                    chat.timelineModel.loadOlder()
            }
            onContentYChanged: maybeLoadOlder()
            onCountChanged: maybeLoadOlder()
            onAtBottomChanged: if (atBottom) unseen = 0

            // Rows that arrive below the reader (not history above): one sync may bring several.
            Connections {
                target: chat.timelineModel
                function onRowsInserted(parent: var, first: int, last: int) {
                    const added = last - first + 1
                    const below = first === 0 || first + added < chat.timelineModel.rowCount()
                    if (below && !timeline.atBottom)
                        timeline.unseen += added
                }
            }

            // positionViewAtBeginning() leaves a bottom-to-top view short of its bottomMargin,
            // where atYEnd is still false: go on to the very end.
            function scrollToNewest() {
                positionViewAtBeginning()
                contentY = originY + contentHeight + bottomMargin - height
                unseen = 0
            }

            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.s2
                width: 32
                height: 32
                running: chat.timelineModel.loading
                visible: running
            }

            RoundIconButton {
                id: jump
                objectName: "newMessagesButton"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.s4
                width: 44
                height: 44
                visible: !timeline.atBottom && timeline.count > 0
                iconSource: "../icons/arrow-down.svg"
                tint: Theme.textDim
                fill: Theme.surfaceRaised
                accessibleName: timeline.unseen > 0 ? qsTr("%n new message(s)", "", timeline.unseen)
                                                    : qsTr("Jump to the newest message")
                onClicked: timeline.scrollToNewest()

                Rectangle {
                    visible: timeline.unseen > 0
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.top
                    anchors.bottomMargin: -Theme.s2
                    height: 20
                    width: Math.max(20, unseenText.implicitWidth + Theme.s3)
                    radius: 10
                    color: Theme.badge
                    Text {
                        id: unseenText
                        anchors.centerIn: parent
                        text: timeline.unseen
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }
            }
        }

        // invitation actions instead of a composer
        Rectangle {
            Layout.fillWidth: true
            visible: chat.session.currentRoomIsInvite
            implicitHeight: 64
            color: Theme.surface
            Row {
                anchors.centerIn: parent
                spacing: Theme.s3
                Button {
                    objectName: "acceptInviteButton"
                    text: qsTr("Join")
                    Accessible.name: qsTr("Join the conversation")
                    highlighted: true
                    onClicked: chat.session.acceptInvite(chat.session.currentRoomId)
                }
                Button {
                    objectName: "declineInviteButton"
                    text: qsTr("Decline")
                    Accessible.name: qsTr("Decline the invitation")
                    onClicked: chat.session.declineInvite(chat.session.currentRoomId)
                }
            }
        }

        Composer {
            id: composer
            Layout.fillWidth: true
            Layout.maximumHeight: chat.height * 0.4
            visible: !chat.session.currentRoomIsInvite
            enterSends: chat.enterSends
            onSendRequested: (text) => {
                if (chat.session.sendMessage(text)) {
                    composer.clear()
                    timeline.scrollToNewest()
                }
            }
        }
    }
}
