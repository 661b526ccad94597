pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A space's rooms as the server knows them, the ones the user is not in too: Join those (the
// button shows the join under way, then turns into Open), Open the others. A space inside the
// space is browsed in place, with a way back. Names and topics come from other people: plain text.
Popup {
    id: browser

    required property var session
    readonly property var rooms: session.spaceBrowser
    property var trail: []  // the spaces browsed into, outermost first: [{ id, name }]

    function browse(spaceId, name) {
        browser.trail = []
        browser.rooms.browse(spaceId, name)
        filter.clear()
        browser.open()
    }
    function browseInto(spaceId, name) {
        browser.trail = browser.trail.concat([{ id: browser.rooms.spaceId, name: browser.rooms.spaceName }])
        browser.rooms.browse(spaceId, name)
        filter.clear()
        filter.forceActiveFocus()
    }
    function back() {
        const last = browser.trail[browser.trail.length - 1]
        browser.trail = browser.trail.slice(0, -1)
        browser.rooms.browse(last.id, last.name)
        filter.clear()
        filter.forceActiveFocus()
    }
    function openRoom(roomId) {
        browser.session.openRoom(roomId)
        browser.close()
    }

    objectName: "spaceBrowser"
    modal: true
    focus: true
    width: Math.min(520, parent ? parent.width - 2 * Theme.s6 : 520)
    // as tall as the rooms need (room for the loading and error states), never taller than the window
    height: Math.min(640, parent ? parent.height - 2 * Theme.s6 : 640,
                     Math.max(360, top.height + filter.height + list.contentHeight + 2 * Theme.s3 + 2 * Theme.s4))
    padding: Theme.s4
    onOpened: filter.forceActiveFocus()

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        RowLayout {
            id: top
            Layout.fillWidth: true
            spacing: Theme.s2

            RoundIconButton {
                objectName: "spaceBrowserBack"
                visible: browser.trail.length > 0
                iconSource: "../icons/arrow-left.svg"
                accessibleName: browser.trail.length > 0
                                ? qsTr("Back to %1").arg(browser.trail[browser.trail.length - 1].name) : ""
                onClicked: browser.back()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Rooms in %1").arg(browser.rooms.spaceName)
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            DialogButton {
                objectName: "spaceBrowserAdd"
                visible: browser.rooms.state === "ready"
                enabled: browser.rooms.canEdit
                opacity: enabled ? 1 : 0.45  // a flat button shows no disabled state of its own
                implicitHeight: 30
                leftPadding: Theme.s3
                rightPadding: Theme.s3
                text: qsTr("Add rooms")
                Accessible.name: qsTr("Add rooms to %1").arg(browser.rooms.spaceName)
                Accessible.description: browser.rooms.editWhy
                onClicked: {
                    browser.rooms.openAdder()
                    addDialog.open()
                }
            }
            RoundIconButton {
                objectName: "spaceBrowserClose"
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close")
                onClicked: browser.close()
            }
        }

        TextField {
            id: filter
            objectName: "spaceBrowserFilter"
            Layout.fillWidth: true
            implicitHeight: 36
            placeholderText: qsTr("Search rooms")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            leftPadding: 36
            rightPadding: Theme.s3
            selectByMouse: true
            Accessible.name: qsTr("Search the rooms of this space")
            onTextChanged: browser.rooms.filterText = text
            Keys.onDownPressed: list.forceActiveFocus()
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

        // why "Add rooms" is greyed out
        Label {
            objectName: "spaceBrowserWhy"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: browser.rooms.state === "ready" && browser.rooms.editWhy.length > 0
            wrapMode: Text.Wrap
            text: browser.rooms.editWhy
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "spaceBrowserList"
                anchors.fill: parent
                clip: true
                visible: browser.rooms.state === "ready"
                model: browser.rooms
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                currentIndex: -1
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Rooms")
                Keys.onUpPressed: (event) => {
                    if (list.currentIndex <= 0)
                        filter.forceActiveFocus()
                    else
                        event.accepted = false
                }
                onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

                ScrollBar.vertical: ScrollBar { }

                delegate: ItemDelegate {
                    id: row

                    required property int index
                    required property string roomId
                    required property string name
                    required property string initials
                    required property string avatarColor
                    required property string topic
                    required property string membersText
                    required property bool isSpace
                    required property bool joined
                    required property bool joining
                    required property string error
                    required property string avatarSource
                    required property bool suggested

                    function act() {
                        if (!row.joined)
                            browser.rooms.join(row.roomId)
                        else if (row.isSpace)
                            browser.browseInto(row.roomId, row.name)
                        else
                            browser.openRoom(row.roomId)
                    }

                    objectName: "browsed_" + row.roomId
                    width: ListView.view.width
                    implicitHeight: 64
                    padding: 0
                    Accessible.name: (row.isSpace ? qsTr("%1, space, %2").arg(row.name).arg(row.membersText)
                                                  : qsTr("%1, %2").arg(row.name).arg(row.membersText))
                                     + (row.suggested ? ", " + qsTr("suggested") : "")
                    onClicked: if (row.joined) row.act()
                    Keys.onReturnPressed: row.act()
                    Keys.onEnterPressed: row.act()

                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: row.hovered || row.ListView.isCurrentItem && list.activeFocus ? Theme.hover : "transparent"
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

                            // the name, and right after it its tags: "Suggested" (by the space's admins), "Space"
                            Item {
                                Layout.fillWidth: true
                                implicitHeight: nameText.implicitHeight
                                Text {
                                    id: nameText
                                    textFormat: Text.PlainText
                                    width: Math.min(implicitWidth, parent.width - (tags.width > 0 ? tags.width + Theme.s2 : 0))
                                    text: row.name
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                }
                                Row {
                                    id: tags
                                    x: nameText.width + Theme.s2
                                    anchors.verticalCenter: nameText.verticalCenter
                                    spacing: Theme.s1
                                    Label {
                                        objectName: "suggestedTag"
                                        textFormat: Text.PlainText
                                        visible: row.suggested
                                        text: qsTr("Suggested")
                                        color: Theme.accent
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
                                    Label {
                                        id: spaceTag
                                        textFormat: Text.PlainText
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
                            }
                            Text {
                                objectName: "browsedDetail"
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: row.error.length > 0 ? row.error
                                      : row.topic.length > 0 ? row.membersText + " · " + row.topic : row.membersText
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                color: row.error.length > 0 ? Theme.danger : Theme.textDim
                                font.pixelSize: Theme.fontMeta
                            }
                        }

                        BusyIndicator {
                            Layout.preferredWidth: 24
                            Layout.preferredHeight: 24
                            running: row.joining
                            visible: running
                            Accessible.name: qsTr("Joining")
                        }

                        // the space's admins: suggest it, or take it out of the space
                        RoundIconButton {
                            objectName: "arrange_" + row.roomId
                            visible: browser.rooms.canEdit
                            iconSource: "../icons/more.svg"
                            accessibleName: qsTr("More for %1").arg(row.name)
                            onClicked: rowMenu.show(row, this)
                        }

                        DialogButton {
                            id: action
                            objectName: "join_" + row.roomId  // Join, then (once in) Open or Browse
                            Layout.rightMargin: Theme.s2
                            implicitHeight: 30
                            leftPadding: Theme.s3
                            rightPadding: Theme.s3
                            primary: !row.joined
                            enabled: !row.joining
                            focusPolicy: Qt.TabFocus
                            text: row.joining ? qsTr("Joining…")
                                  : !row.joined ? qsTr("Join")
                                  : row.isSpace ? qsTr("Browse") : qsTr("Open")
                            Accessible.name: row.joining ? qsTr("Joining %1").arg(row.name)
                                             : !row.joined ? qsTr("Join %1").arg(row.name)
                                             : row.isSpace ? qsTr("Browse %1").arg(row.name) : qsTr("Open %1").arg(row.name)
                            onClicked: row.act()
                        }
                    }
                }
            }

            BusyIndicator {
                objectName: "spaceBrowserLoading"
                anchors.centerIn: parent
                running: browser.rooms.state === "loading"
                visible: running
                Accessible.name: qsTr("Loading the rooms")
            }

            // the rooms could not be loaded: why, and a way to try again
            Column {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                spacing: Theme.s3
                visible: browser.rooms.state === "error"

                Label {
                    objectName: "spaceBrowserError"
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: browser.rooms.error
                    color: Theme.danger
                }
                DialogButton {
                    objectName: "spaceBrowserRetry"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Try again")
                    onClicked: browser.rooms.retry()
                }
            }

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.s6
                visible: browser.rooms.state === "ready" && list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textDim
                text: browser.rooms.total === 0 ? qsTr("This space has no rooms yet.")
                                                : qsTr("No rooms match “%1”").arg(filter.text)
            }
        }
            // an admin's actions on one room of the space
        AppMenu {
            id: rowMenu
            objectName: "spaceRowMenu"
            property string roomId: ""
            property bool suggested: false

            function show(row, button) {
                rowMenu.roomId = row.roomId
                rowMenu.suggested = row.suggested
                rowMenu.popup(button, 0, button.height)
            }

            AppMenuItem {
                objectName: "spaceRowSuggest"
                text: rowMenu.suggested ? qsTr("Don't suggest") : qsTr("Suggest to members")
                onTriggered: browser.rooms.toggleSuggested(rowMenu.roomId)
            }
            AppMenuItem {
                objectName: "spaceRowRemove"
                text: qsTr("Remove from space")
                danger: true
                onTriggered: browser.rooms.remove(rowMenu.roomId)
            }
        }

        // holds the "Add rooms" dialog out of the layout (it shows over the whole window)
        Item {
            visible: false  // takes no place in the layout
            AddToSpaceDialog {
                id: addDialog
                adder: browser.rooms.adder
                spaceName: browser.rooms.spaceName
                parent: Overlay.overlay
                anchors.centerIn: parent
            }
        }
    }
}
