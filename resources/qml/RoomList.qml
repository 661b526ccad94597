pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The conversation list with its filter field.
Rectangle {
    id: pane

    required property var session
    signal newChatRequested()
    signal signOutRequested()

    function focusFilter() {
        filter.forceActiveFocus()
        filter.selectAll()
    }

    function focusList() {
        list.forceActiveFocus()
    }

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.s3
            spacing: Theme.s2

            RoundIconButton {
                id: accountButton
                objectName: "accountMenuButton"
                iconSource: "../icons/menu.svg"
                accessibleName: qsTr("Account: %1").arg(pane.session.userId)
                onClicked: accountMenu.open()

                AppMenu {
                    id: accountMenu
                    objectName: "accountMenu"
                    y: accountButton.height + Theme.s1

                    Label {
                        textFormat: Text.PlainText
                        width: parent ? parent.width : implicitWidth
                        text: pane.session.userId
                        color: Theme.textDim
                        font.pixelSize: Theme.fontMeta
                        elide: Text.ElideMiddle
                        leftPadding: Theme.s4
                        rightPadding: Theme.s4
                        topPadding: Theme.s2
                        bottomPadding: Theme.s2
                    }
                    AppMenuItem {
                        objectName: "signOutButton"
                        text: qsTr("Sign out…")
                        danger: true
                        onTriggered: pane.signOutRequested()
                    }
                }
            }

            TextField {
                id: filter
                objectName: "roomFilter"
                Layout.fillWidth: true
                implicitHeight: 36
                placeholderText: qsTr("Search")
                placeholderTextColor: Theme.placeholder
                color: Theme.text
                leftPadding: 36
                rightPadding: Theme.s3
                selectByMouse: true
                Accessible.name: qsTr("Search conversations")
                onTextChanged: pane.session.rooms.filterText = text
                Keys.onEscapePressed: function(event) {
                    if (filter.text.length > 0) {
                        filter.clear()
                        event.accepted = true
                    } else {
                        event.accepted = false
                    }
                }
                Keys.onDownPressed: list.forceActiveFocus()
                onAccepted: if (list.count > 0) pane.session.openRoom(pane.session.rooms.roomIdAt(0))

                background: Rectangle {
                    radius: 18
                    color: Theme.field
                    border.width: filter.activeFocus ? 2 : 0
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

            RoundIconButton {
                objectName: "newChatButton"
                iconSource: "../icons/plus.svg"
                accessibleName: qsTr("New conversation (Ctrl+N)")
                onClicked: pane.newChatRequested()
            }
        }

        ListView {
            id: list
            objectName: "roomList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.session.rooms
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conversations")
            currentIndex: pane.session.rooms.indexOf(pane.session.currentRoomId)

            ScrollBar.vertical: ScrollBar { }

            delegate: RoomDelegate {
                id: room
                width: ListView.view.width
                selected: room.roomId === pane.session.currentRoomId
                onActivated: pane.session.openRoom(room.roomId)
                onAccepted: pane.session.acceptInvite(room.roomId)
                onDeclined: pane.session.declineInvite(room.roomId)
            }

            Keys.onReturnPressed: if (currentIndex >= 0) pane.session.openRoom(pane.session.rooms.roomIdAt(currentIndex))

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                visible: list.count === 0 && pane.session.rooms.loaded
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textDim
                text: pane.session.rooms.total === 0
                      ? qsTr("No conversations yet — start one with Ctrl+N")
                      : qsTr("No conversations match “%1”").arg(filter.text)
            }
        }
    }
}
