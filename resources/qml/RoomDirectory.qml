pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The public room directory: a server's listed rooms (the user's own server's, or another's),
// searched as one types and paged on at the end of the list. Join a room (Open one the user is
// in; Ask to join one that lets people knock), or type an address (#name:server, !id, a
// matrix.to link) to join that room directly. Names and topics come from other people: plain text.
Popup {
    id: dialog

    required property var session
    readonly property var directory: session.roomDirectory

    function show() {
        search.clear()
        server.text = dialog.directory.ownServer
        dialog.directory.refresh()
        dialog.open()
    }

    objectName: "publicRoomDirectory"
    modal: true
    focus: true
    width: Math.min(560, parent ? parent.width - 2 * Theme.s6 : 560)
    height: Math.min(640, parent ? parent.height - 2 * Theme.s6 : 640)
    padding: Theme.s4
    onOpened: search.forceActiveFocus()

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    Connections {
        target: dialog.directory
        function onRoomReady(roomId: string, isSpace: bool) {
            if (isSpace)
                dialog.session.rooms.space = roomId
            else
                dialog.session.openRoom(roomId)
            dialog.close()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s2

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Public rooms")
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            RoundIconButton {
                objectName: "directoryClose"
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close")
                onClicked: dialog.close()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s2

            TextField {
                id: search
                objectName: "directorySearch"
                Layout.fillWidth: true
                implicitHeight: 36
                placeholderText: qsTr("Search, or an address: #room:server")
                placeholderTextColor: Theme.placeholder
                color: Theme.text
                leftPadding: 36
                rightPadding: searching.visible ? 36 : Theme.s3
                selectByMouse: true
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                Accessible.name: qsTr("Search public rooms, or a room's address to join")
                onTextChanged: dialog.directory.searchText = text
                Keys.onDownPressed: list.forceActiveFocus()
                // Enter joins the room at a typed address, else goes to the rooms found
                onAccepted: {
                    if (dialog.directory.address.length > 0)
                        dialog.directory.join(dialog.directory.address)
                    else
                        list.forceActiveFocus()
                }
                background: Rectangle {
                    radius: 18
                    color: Theme.field
                    border.width: search.activeFocus ? 2 : 0
                    border.color: Theme.accent
                    Image {
                        source: "../icons/search.svg"
                        sourceSize.width: 18
                        sourceSize.height: 18
                        x: Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
                // a new search is under way while the previous rooms are still shown
                BusyIndicator {
                    id: searching
                    objectName: "directorySearching"
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.s2
                    anchors.verticalCenter: parent.verticalCenter
                    width: 22
                    height: 22
                    running: dialog.directory.state === "loading" && list.count > 0
                    visible: running
                    Accessible.name: qsTr("Searching")
                }
            }

            TextField {
                id: server
                objectName: "directoryServer"
                Layout.preferredWidth: 190
                implicitHeight: 36
                placeholderText: qsTr("matrix.org")
                placeholderTextColor: Theme.placeholder
                color: Theme.text
                leftPadding: Theme.s3 + serverLabel.implicitWidth + Theme.s2
                rightPadding: Theme.s3
                selectByMouse: true
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                Accessible.name: qsTr("Server whose directory to show")
                onTextChanged: dialog.directory.server = text
                onAccepted: dialog.directory.refresh()
                background: Rectangle {
                    radius: 18
                    color: Theme.field
                    border.width: server.activeFocus ? 2 : 0
                    border.color: Theme.accent
                    Text {
                        id: serverLabel
                        textFormat: Text.PlainText
                        x: Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Server")
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                    }
                }
                PlainToolTip {
                    visible: server.hovered
                    text: qsTr("The server whose public rooms are listed")
                }
            }
        }

        Label {
            objectName: "directoryAddressHint"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s2
            visible: dialog.directory.address.length > 0
            text: qsTr("The room at this address")
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "directoryList"
                anchors.fill: parent
                clip: true
                visible: count > 0
                model: dialog.directory
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                currentIndex: -1
                spacing: 2
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Public rooms")
                Keys.onUpPressed: (event) => {
                    if (list.currentIndex <= 0)
                        search.forceActiveFocus()
                    else
                        event.accepted = false
                }
                onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

                // scrolled to the end (or the rooms do not fill the list): the next page
                function more() {
                    if (list.atYEnd && dialog.directory.hasMore && !dialog.directory.loadingMore
                            && dialog.directory.moreError.length === 0)
                        dialog.directory.loadMore()
                }
                onAtYEndChanged: Qt.callLater(list.more)
                onCountChanged: Qt.callLater(list.more)

                ScrollBar.vertical: ScrollBar { }

                footer: Item {
                    width: ListView.view ? ListView.view.width : 0
                    height: dialog.directory.loadingMore || dialog.directory.moreError.length > 0 ? 56 : 0
                    BusyIndicator {
                        objectName: "directoryLoadingMore"
                        anchors.centerIn: parent
                        width: 28
                        height: 28
                        running: dialog.directory.loadingMore
                        visible: running
                        Accessible.name: qsTr("Loading more rooms")
                    }
                    RowLayout {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.s4
                        visible: dialog.directory.moreError.length > 0
                        spacing: Theme.s2
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: dialog.directory.moreError
                            color: Theme.danger
                            elide: Text.ElideRight
                        }
                        DialogButton {
                            objectName: "directoryMoreRetry"
                            implicitHeight: 30
                            text: qsTr("Try again")
                            onClicked: dialog.directory.loadMore()
                        }
                    }
                }

                delegate: ItemDelegate {
                    id: row

                    required property int index
                    required property string roomId
                    required property string name
                    required property string initials
                    required property string avatarColor
                    required property string topic
                    required property string address
                    required property string membersText
                    required property bool isSpace
                    required property bool askToJoin
                    required property bool joined
                    required property bool busy
                    required property bool knocked
                    required property string error
                    required property string avatarSource
                    required property bool byAddress

                    readonly property string detail: [row.address, row.membersText, row.topic]
                                                     .filter(part => part.length > 0).join(" · ")

                    function act() {
                        if (row.knocked || row.busy)
                            return
                        if (row.askToJoin && !row.joined)
                            knock.ask(row.roomId, row.name)
                        else
                            dialog.directory.join(row.roomId)
                    }

                    objectName: "directoryRoom_" + row.roomId
                    width: ListView.view.width
                    implicitHeight: 64
                    padding: 0
                    Accessible.name: row.detail.length > 0 ? qsTr("%1, %2").arg(row.name).arg(row.detail) : row.name
                    onClicked: if (row.joined) row.act()
                    Keys.onReturnPressed: row.act()
                    Keys.onEnterPressed: row.act()

                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: row.hovered || row.ListView.isCurrentItem && list.activeFocus ? Theme.hover
                               : row.byAddress ? Theme.quoteBackground : "transparent"
                    }

                    contentItem: RowLayout {
                        spacing: Theme.s3

                        Avatar {
                            Layout.leftMargin: Theme.s2
                            size: 40
                            radius: row.isSpace ? Theme.radiusControl : size / 2
                            initials: row.initials
                            tint: row.avatarColor
                            source: row.avatarSource
                        }

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            // the name, and right after it a "Space" tag for a space
                            Item {
                                Layout.fillWidth: true
                                implicitHeight: nameText.implicitHeight
                                Text {
                                    id: nameText
                                    textFormat: Text.PlainText
                                    width: Math.min(implicitWidth, parent.width - (tag.visible ? tag.width + Theme.s2 : 0))
                                    text: row.name
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    id: tag
                                    textFormat: Text.PlainText
                                    x: nameText.width + Theme.s2
                                    anchors.verticalCenter: nameText.verticalCenter
                                    visible: row.isSpace
                                    text: qsTr("Space")
                                    color: Theme.textDim
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    leftPadding: 6
                                    rightPadding: 6
                                    topPadding: 1
                                    bottomPadding: 1
                                    background: Rectangle {
                                        radius: 4
                                        color: Theme.chip
                                    }
                                }
                            }
                            Text {
                                objectName: "directoryDetail"
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: row.error.length > 0 ? row.error
                                      : row.knocked ? qsTr("Request sent: a moderator will let you in")
                                      : row.detail
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                color: row.error.length > 0 ? Theme.danger : Theme.textDim
                                font.pixelSize: Theme.fontMeta
                            }
                        }

                        BusyIndicator {
                            Layout.preferredWidth: 24
                            Layout.preferredHeight: 24
                            running: row.busy
                            visible: running
                            Accessible.name: row.askToJoin ? qsTr("Sending the request") : qsTr("Joining")
                        }

                        DialogButton {
                            objectName: "directoryJoin_" + row.roomId  // Join, Ask to join; then Open or Request sent
                            Layout.rightMargin: Theme.s2
                            implicitHeight: 30
                            leftPadding: Theme.s3
                            rightPadding: Theme.s3
                            primary: !row.joined && !row.knocked
                            enabled: !row.busy && !row.knocked
                            focusPolicy: Qt.TabFocus
                            text: row.busy ? (row.askToJoin ? qsTr("Sending…") : qsTr("Joining…"))
                                  : row.joined ? qsTr("Open")
                                  : row.knocked ? qsTr("Request sent")
                                  : row.askToJoin ? qsTr("Ask to join") : qsTr("Join")
                            Accessible.name: row.busy ? qsTr("Joining %1").arg(row.name)
                                             : row.joined ? qsTr("Open %1").arg(row.name)
                                             : row.knocked ? qsTr("Request to join %1 sent").arg(row.name)
                                             : row.askToJoin ? qsTr("Ask to join %1").arg(row.name)
                                             : qsTr("Join %1").arg(row.byAddress ? row.roomId : row.name)
                            onClicked: row.act()
                        }
                    }
                }
            }

            BusyIndicator {
                objectName: "directoryLoading"
                anchors.centerIn: parent
                running: dialog.directory.state === "loading" && list.count === 0
                visible: running
                Accessible.name: qsTr("Loading the public rooms")
            }

            // the directory could not be loaded: why, and a way to try again
            Column {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                spacing: Theme.s3
                visible: dialog.directory.state === "error" && list.count === 0

                Label {
                    objectName: "directoryError"
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: dialog.directory.error
                    color: Theme.danger
                }
                DialogButton {
                    objectName: "directoryRetry"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Try again")
                    onClicked: dialog.directory.refresh()
                }
            }

            Label {
                objectName: "directoryEmpty"
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                visible: dialog.directory.state === "ready" && list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textDim
                text: search.text.trim().length > 0
                      ? qsTr("No public rooms match “%1”.").arg(search.text.trim())
                      : qsTr("%1 lists no public rooms yet.").arg(server.text.trim() || dialog.directory.ownServer)
            }
        }
    }

    // "Ask to join": an optional word to the moderators, then the request
    Popup {
        id: knock
        objectName: "knockRequest"

        property string roomKey
        property string roomName

        function ask(key, name) {
            knock.roomKey = key
            knock.roomName = name
            reason.clear()
            knock.open()
        }
        function send() {
            dialog.directory.knock(knock.roomKey, reason.text)
            knock.close()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        width: 380
        padding: Theme.s6
        onOpened: reason.forceActiveFocus()

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
                text: qsTr("Ask to join %1").arg(knock.roomName)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The room's moderators see your request and can let you in.")
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
            }
            FormField {
                id: reason
                objectName: "knockReason"
                Layout.fillWidth: true
                label: qsTr("Message (optional)")
                maximumLength: 500
                Accessible.name: qsTr("Message to the moderators")
                onAccepted: knock.send()
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.s2
                Item { Layout.fillWidth: true }
                DialogButton {
                    objectName: "knockCancel"
                    text: qsTr("Cancel")
                    onClicked: knock.close()
                }
                DialogButton {
                    objectName: "knockSend"
                    primary: true
                    text: qsTr("Send request")
                    Accessible.name: qsTr("Send the request to join %1").arg(knock.roomName)
                    onClicked: knock.send()
                }
            }
        }
    }
}
