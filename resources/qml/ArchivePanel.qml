pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The archive, in place of the conversation list: conversations the user left, newest first, with
// when they left. One opens read-only in the chat view beside it; the bar there (or the row's
// right-click menu) rejoins or forgets it. Back (or Esc) returns to the list.
Rectangle {
    id: panel

    required property var session
    readonly property var archive: session.archive

    signal closeRequested()

    function focusList() {
        list.forceActiveFocus()
    }

    objectName: "archive"
    color: Theme.sidebar
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Archive")

    // Esc here closes the archive (before the window's own Esc shortcut sees it)
    Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
    Keys.onEscapePressed: panel.closeRequested()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.s3
            spacing: Theme.s2

            RoundIconButton {
                objectName: "archiveBack"
                iconSource: "../icons/arrow-left.svg"
                accessibleName: qsTr("Back to the conversations (Esc)")
                onClicked: panel.closeRequested()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Archive")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: list.count > 0
            leftPadding: Theme.s4
            rightPadding: Theme.s4
            bottomPadding: Theme.s2
            text: qsTr("Conversations you left. Their history stays here, read-only, until you forget them.")
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "archiveList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.archive.model
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Archived conversations")
            currentIndex: -1

            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: row

                required property int index
                required property string roomId
                required property string name
                required property string initials
                required property string avatarColor
                required property string timeText
                required property string leftText
                required property string lastBody
                required property bool banned
                required property string avatarSource
                readonly property bool selected: row.roomId === panel.session.currentRoomId
                readonly property color primaryText: selected ? Theme.textOnAccent : Theme.text
                readonly property color secondaryText: selected ? Theme.textOnAccent : Theme.textDim

                objectName: "archived_" + row.roomId
                width: ListView.view.width
                implicitHeight: 64
                padding: 0
                Accessible.name: qsTr("%1, %2 %3").arg(row.name).arg(row.leftText).arg(row.timeText)
                onClicked: {
                    list.currentIndex = row.index
                    panel.session.openRoom(row.roomId)
                }
                Keys.onReturnPressed: panel.session.openRoom(row.roomId)

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: (point) => archiveMenu.show(row, point.position.x, point.position.y)
                }

                background: Rectangle {
                    color: row.selected ? Theme.selection
                         : row.hovered || row.ListView.isCurrentItem && list.activeFocus ? Theme.hover : "transparent"
                }

                contentItem: Item {
                    Avatar {
                        id: avatar
                        x: Theme.s3
                        anchors.verticalCenter: parent.verticalCenter
                        size: 48
                        initials: row.initials
                        tint: row.avatarColor
                        source: row.avatarSource
                        opacity: row.selected ? 1 : 0.8
                    }
                    Text {
                        id: nameText
                        textFormat: Text.PlainText
                        anchors.left: avatar.right
                        anchors.leftMargin: Theme.s3
                        anchors.right: time.left
                        anchors.rightMargin: Theme.s2
                        y: Theme.s3
                        text: row.name
                        elide: Text.ElideRight
                        color: row.primaryText
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        id: time
                        textFormat: Text.PlainText
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s3
                        anchors.baseline: nameText.baseline
                        text: row.timeText
                        color: row.secondaryText
                        font.pixelSize: Theme.fontMeta
                    }
                    Text {
                        textFormat: Text.PlainText
                        anchors.left: nameText.left
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.s3
                        y: nameText.y + nameText.height + Theme.s1
                        text: row.lastBody.length > 0 ? row.leftText + " · " + row.lastBody : row.leftText
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        color: row.banned && !row.selected ? Theme.danger : row.secondaryText
                        font.pixelSize: Theme.fontBody
                    }
                }
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: panel.archive.loading
                visible: running
                Accessible.name: qsTr("Loading the archive")
            }

            Column {
                objectName: "archiveEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                spacing: Theme.s2
                visible: list.count === 0 && !panel.archive.loading

                Image {
                    anchors.horizontalCenter: parent.horizontalCenter
                    source: "../icons/archive.svg"
                    sourceSize.width: 40
                    sourceSize.height: 40
                    opacity: 0.35
                }
                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No archived conversations")
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Label {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("When you leave a conversation, its history is kept here until you forget it.")
                    color: Theme.textDim
                    font.pixelSize: Theme.fontMeta
                }
            }
        }
    }

    // right-click on an archived conversation
    AppMenu {
        id: archiveMenu
        objectName: "archiveMenu"
        property string roomId: ""
        property string roomName: ""

        function show(row, x, y) {
            roomId = row.roomId
            roomName = row.name
            popup(row, x, y)
        }

        AppMenuItem {
            objectName: "archiveMenuOpen"
            text: qsTr("Open")
            onTriggered: panel.session.openRoom(archiveMenu.roomId)
        }
        AppMenuItem {
            objectName: "archiveMenuRejoin"
            text: qsTr("Rejoin")
            onTriggered: panel.archive.rejoin(archiveMenu.roomId)
        }
        AppMenuItem {
            objectName: "archiveMenuForget"
            text: qsTr("Forget…")
            danger: true
            onTriggered: forget.ask(archiveMenu.roomId, archiveMenu.roomName)
        }
    }

    ForgetRoomDialog {
        id: forget
        objectName: "archiveConfirmForget"
        confirmName: "archiveConfirmForgetButton"
        archive: panel.archive
    }
}
