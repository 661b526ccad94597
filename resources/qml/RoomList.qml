pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Dialogs as Dialogs
import QtCore

// The conversation list with its filter field.
Rectangle {
    id: pane

    required property var session
    signal newChatRequested()
    signal signOutRequested()
    signal settingsRequested()
    // the Help submenu: "shortcuts", "logs", "diagnostics" or "about"
    signal helpRequested(string what)

    // the archive (conversations the user left) shown in place of the list
    property bool archiveOpen: false

    function openArchive() {
        pane.session.archive.refresh()
        pane.archiveOpen = true
        archivePanel.focusList()
    }
    function closeArchive() {
        pane.archiveOpen = false
        list.forceActiveFocus()
    }

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

                    Item {
                        width: parent ? parent.width : implicitWidth
                        implicitHeight: ownAvatar.height + 2 * Theme.s2
                        Avatar {
                            id: ownAvatar
                            objectName: "ownAvatar"
                            x: Theme.s4
                            anchors.verticalCenter: parent.verticalCenter
                            size: 32
                            initials: pane.session.avatars.ownInitials
                            tint: pane.session.avatars.ownColor
                            source: pane.session.avatars.ownAvatar
                        }
                        Label {
                            textFormat: Text.PlainText
                            anchors.left: ownAvatar.right
                            anchors.leftMargin: Theme.s3
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.s4
                            anchors.verticalCenter: parent.verticalCenter
                            text: pane.session.userId
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                            elide: Text.ElideMiddle
                        }
                    }
                    AppMenuItem {
                        objectName: "savedMessages"
                        text: qsTr("Saved messages")
                        onTriggered: pane.session.openSavedMessages()
                    }
                    AppMenuItem {
                        objectName: "archiveButton"
                        text: qsTr("Archive")
                        onTriggered: pane.openArchive()
                    }
                    AppMenuItem {
                        objectName: "newFolderButton"
                        text: qsTr("New folder…")
                        onTriggered: folderDialog.openNew("")
                    }
                    AppMenuItem {
                        objectName: "newSpaceMenuItem"
                        text: qsTr("New space…")
                        onTriggered: newSpaceDialog.open()
                    }
                    AppMenuItem {
                        objectName: "settingsButton"
                        text: qsTr("Settings")
                        onTriggered: pane.settingsRequested()
                    }
                    AppMenuItem {
                        objectName: "setOwnAvatarItem"
                        enabled: !pane.session.avatars.busy
                        text: pane.session.avatars.busy ? qsTr("Uploading avatar…")
                            : pane.session.avatars.ownAvatar.length > 0 ? qsTr("Change my avatar…")
                            : qsTr("Set my avatar…")
                        onTriggered: avatarDialog.pick("")
                    }
                    AppMenuItem {
                        objectName: "removeOwnAvatarItem"
                        visible: pane.session.avatars.ownAvatar.length > 0 && !pane.session.avatars.busy
                        enabled: visible
                        height: visible ? implicitHeight : 0
                        text: qsTr("Remove my avatar")
                        onTriggered: pane.session.avatars.removeOwnAvatar()
                    }
                    AppMenuItem {
                        objectName: "signOutButton"
                        text: qsTr("Sign out…")
                        danger: true
                        onTriggered: pane.signOutRequested()
                    }
                    // -- Help, last (tests pick the entries above by their position) --
                    MenuSeparator {
                        topPadding: Theme.s1
                        bottomPadding: Theme.s1
                        contentItem: Rectangle {
                            implicitHeight: 1
                            color: Theme.divider
                        }
                    }
                    AppMenu {
                        objectName: "helpMenu"
                        title: qsTr("Help")
                        AppMenuItem {
                            objectName: "shortcutsMenuItem"
                            text: qsTr("Keyboard shortcuts")
                            onTriggered: pane.helpRequested("shortcuts")
                        }
                        AppMenuItem {
                            objectName: "logFolderMenuItem"
                            text: qsTr("Open log folder")
                            onTriggered: pane.helpRequested("logs")
                        }
                        AppMenuItem {
                            objectName: "copyDiagnosticsMenuItem"
                            text: qsTr("Copy diagnostics")
                            onTriggered: pane.helpRequested("diagnostics")
                        }
                        AppMenuItem {
                            objectName: "aboutMenuItem"
                            text: qsTr("About Messenger")
                            onTriggered: pane.helpRequested("about")
                        }
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

        // folder tabs: All, Unread, People, Groups and the user's own, with their unread conversations
        ListView {
            id: tabs
            objectName: "folderTabs"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s2
            Layout.rightMargin: Theme.s2
            implicitHeight: 36
            orientation: ListView.Horizontal
            spacing: 0
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: pane.session.folderTabs
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Folders")
            // the keyboard: Tab reaches the tabs, Left and Right open the folder beside (the
            // tab that becomes current opens its folder)
            activeFocusOnTab: true
            highlightFollowsCurrentItem: false
            // the open folder's tab scrolls into view (custom tabs may start past the edge)
            function showCurrent() {
                const at = pane.session.folderTabs.indexOf(pane.session.rooms.folder)
                tabs.currentIndex = at
                if (at >= 0)
                    tabs.positionViewAtIndex(at, ListView.Contain)
            }
            onCountChanged: Qt.callLater(tabs.showCurrent)
            // a mouse wheel (vertical) scrolls the tabs sideways
            WheelHandler {
                parent: tabs
                target: null
                acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
                orientation: Qt.Vertical
                onWheel: function(event) {
                    const room = Math.max(0, tabs.contentWidth - tabs.width)
                    tabs.contentX = Math.max(tabs.originX, Math.min(tabs.originX + room,
                                                                    tabs.contentX - event.angleDelta.y / 2))
                }
            }
            Connections {
                target: pane.session.rooms
                function onFolderChanged() { Qt.callLater(tabs.showCurrent) }
            }
            // more tabs past an edge: that edge fades out
            Rectangle {
                parent: tabs
                visible: !tabs.atXEnd
                anchors.right: parent.right
                width: Theme.s6
                height: parent.height
                z: 1
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0.0; color: "transparent" }
                    GradientStop { position: 1.0; color: Theme.sidebar }
                }
            }
            Rectangle {
                parent: tabs
                visible: !tabs.atXBeginning
                anchors.left: parent.left
                width: Theme.s6
                height: parent.height
                z: 1
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0.0; color: Theme.sidebar }
                    GradientStop { position: 1.0; color: "transparent" }
                }
            }
            delegate: ItemDelegate {
                id: tab
                required property string key
                required property string name
                required property int unread
                required property bool custom
                readonly property bool current: pane.session.rooms.folder === tab.key
                objectName: "folderTab_" + tab.key
                height: 32
                leftPadding: 6
                rightPadding: 6
                Accessible.role: Accessible.PageTab
                Accessible.name: tab.unread > 0 ? qsTr("%1, %2 unread").arg(tab.name).arg(tab.unread) : tab.name
                Accessible.selected: tab.current
                onClicked: pane.session.rooms.folder = tab.key
                ListView.onIsCurrentItemChanged: if (ListView.isCurrentItem && tabs.activeFocus) pane.session.rooms.folder = tab.key
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    enabled: tab.custom
                    onTapped: {
                        folderMenu.folderId = tab.key
                        folderMenu.popup()
                    }
                }
                contentItem: Row {
                    spacing: Theme.s1
                    Text {
                        textFormat: Text.PlainText
                        anchors.verticalCenter: parent.verticalCenter
                        text: tab.name
                        color: tab.current ? Theme.accent : Theme.textDim
                        font.pixelSize: Theme.fontBody
                        font.weight: tab.current ? Font.DemiBold : Font.Normal
                    }
                    Rectangle {
                        // not on All: its count is the window title's and the tray's already
                        visible: tab.unread > 0 && tab.key !== "all"
                        anchors.verticalCenter: parent.verticalCenter
                        height: 18
                        width: Math.max(18, tabCount.implicitWidth + Theme.s2)
                        radius: 9
                        color: tab.current ? Theme.badge : Theme.textDim
                        Text {
                            id: tabCount
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: tab.unread
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                        }
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: tab.hovered ? Theme.hover : "transparent"
                    border.width: tab.current && tabs.activeFocus ? 2 : 0
                    border.color: Theme.accent
                    Rectangle {
                        visible: tab.current
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width - 2 * Theme.s2
                        height: 3
                        radius: 1.5
                        color: Theme.accent
                    }
                }
            }
        }

        AppMenu {
            id: folderMenu
            objectName: "folderMenu"
            property string folderId: ""
            AppMenuItem {
                objectName: "editFolderButton"
                text: qsTr("Edit folder…")
                onTriggered: folderDialog.openEdit(folderMenu.folderId)
            }
            AppMenuItem {
                objectName: "moveFolderLeft"
                text: qsTr("Move left")
                onTriggered: pane.session.folderEditor.move(folderMenu.folderId, -1)
            }
            AppMenuItem {
                objectName: "moveFolderRight"
                text: qsTr("Move right")
                onTriggered: pane.session.folderEditor.move(folderMenu.folderId, 1)
            }
            AppMenuItem {
                objectName: "deleteFolderButton"
                text: qsTr("Delete folder…")
                danger: true
                onTriggered: confirmDeleteFolder.ask(folderMenu.folderId)
            }
        }

        RowLayout {
          Layout.fillWidth: true
          Layout.fillHeight: true
          spacing: 0

          // the space bar: every conversation, or one space's
          ListView {
            id: spaceBar
            objectName: "spaceBar"
            visible: count > 0
            Layout.fillHeight: true
            implicitWidth: 56
            model: pane.session.spaces
            spacing: Theme.s2
            topMargin: Theme.s2
            clip: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Spaces")
            // the keyboard: Tab reaches the bar (on the space shown), Up and Down show the space
            // above or below, All at the top
            activeFocusOnTab: true
            keyNavigationEnabled: false
            highlightFollowsCurrentItem: false
            currentIndex: -1
            function step(by: int) {
                spaceBar.currentIndex = Math.max(-1, Math.min(spaceBar.count - 1, spaceBar.currentIndex + by))
                if (spaceBar.currentIndex < 0)
                    pane.session.rooms.space = ""
                spaceBar.positionViewAtIndex(Math.max(0, spaceBar.currentIndex), ListView.Contain)
            }
            Keys.onUpPressed: spaceBar.step(-1)
            Keys.onDownPressed: spaceBar.step(1)
            onActiveFocusChanged: {
                if (!spaceBar.activeFocus)
                    return
                let shown = -1
                for (let i = 0; i < spaceBar.count; ++i) {
                    const item = spaceBar.itemAtIndex(i)
                    if (item && item.objectName === "space_" + pane.session.rooms.space)
                        shown = i
                }
                spaceBar.currentIndex = shown
            }
            header: Item {
                width: 56
                height: 48
                Rectangle {
                    anchors.centerIn: parent
                    width: 40
                    height: 40
                    radius: Theme.radiusControl
                    color: pane.session.rooms.space === "" ? Theme.accent : Theme.field
                    border.width: spaceBar.activeFocus && spaceBar.currentIndex < 0 ? 2 : 0
                    border.color: pane.session.rooms.space === "" ? Theme.textOnAccent : Theme.accent
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("All conversations")
                    Accessible.onPressAction: pane.session.rooms.space = ""
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: qsTr("All")
                        color: pane.session.rooms.space === "" ? Theme.textOnAccent : Theme.text
                        font.pixelSize: Theme.fontMeta
                        font.weight: Font.DemiBold
                    }
                    TapHandler { onTapped: pane.session.rooms.space = "" }
                }
            }
            delegate: Item {
                id: spaceItem
                required property string roomId
                required property string name
                required property string initials
                required property string avatarColor
                required property int unread
                required property string avatarSource
                objectName: "space_" + spaceItem.roomId
                width: 56
                height: 44
                Accessible.role: Accessible.Button
                Accessible.name: spaceItem.name
                Accessible.onPressAction: pane.session.rooms.space = spaceItem.roomId
                ListView.onIsCurrentItemChanged: if (ListView.isCurrentItem && spaceBar.activeFocus) pane.session.rooms.space = spaceItem.roomId
                Rectangle {
                    anchors.centerIn: parent
                    width: 44
                    height: 44
                    radius: Theme.radiusControl + 2
                    color: spaceItem.ListView.isCurrentItem && spaceBar.activeFocus ? Theme.hover : "transparent"
                    border.width: pane.session.rooms.space === spaceItem.roomId ? 2 : 0
                    border.color: Theme.accent
                    Avatar {
                        anchors.centerIn: parent
                        size: 36
                        initials: spaceItem.initials
                        tint: spaceItem.avatarColor
                        source: spaceItem.avatarSource
                    }
                }
                Rectangle {
                    visible: spaceItem.unread > 0
                    anchors.right: parent.right
                    anchors.rightMargin: 4
                    y: 0
                    width: 10
                    height: 10
                    radius: 5
                    color: Theme.badge
                }
                PlainToolTip { visible: spaceHover.hovered; text: spaceItem.name }
                HoverHandler { id: spaceHover }
                TapHandler { onTapped: pane.session.rooms.space = spaceItem.roomId }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: (point) => spaceMenu.show(spaceItem, point.position.x, point.position.y)
                }
            }
            // after the spaces: make a new one
            footer: Item {
                width: 56
                height: 48
                RoundIconButton {
                    objectName: "newSpaceButton"
                    anchors.centerIn: parent
                    iconSource: "../icons/plus.svg"
                    accessibleName: qsTr("New space")
                    onClicked: newSpaceDialog.open()
                }
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
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conversations")
            currentIndex: pane.session.rooms.indexOf(pane.session.currentRoomId)

            ScrollBar.vertical: ScrollBar { }

            // in a space: its name, and its rooms the user is not in yet a click away
            header: Item {
                id: spaceHeader
                readonly property string spaceId: pane.session.rooms.space
                readonly property string spaceName: pane.session.spaceBrowser.nameOf(spaceId)
                width: list.width
                height: spaceId.length > 0 ? 48 : 0
                visible: spaceId.length > 0
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.s4
                    anchors.rightMargin: Theme.s2
                    spacing: Theme.s2
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: spaceHeader.spaceName
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    DialogButton {
                        objectName: "browseSpaceButton"
                        implicitHeight: 30
                        leftPadding: Theme.s3
                        rightPadding: Theme.s3
                        text: qsTr("Browse")
                        Accessible.name: qsTr("Browse the rooms of %1").arg(spaceHeader.spaceName)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("All the rooms of this space, to join or open")
                        onClicked: spaceBrowser.browse(spaceHeader.spaceId, spaceHeader.spaceName)
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            section.property: "section"
            section.delegate: Text {
                required property string section
                textFormat: Text.PlainText
                width: ListView.view.width
                visible: section.length > 0
                height: section.length > 0 ? implicitHeight : 0
                text: section
                leftPadding: Theme.s4
                topPadding: Theme.s3
                bottomPadding: Theme.s1
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
                font.weight: Font.DemiBold
            }

            delegate: RoomDelegate {
                id: room
                width: ListView.view.width
                selected: room.roomId === pane.session.currentRoomId
                keyboardCurrent: room.ListView.isCurrentItem && list.activeFocus
                onActivated: pane.session.openRoom(room.roomId)
                onAccepted: pane.session.acceptInvite(room.roomId)
                onDeclined: pane.session.declineInvite(room.roomId)
                onRevealed: pane.session.safety.revealInvite(room.roomId)
                onMenuRequested: (x, y) => roomMenu.show(room, x, y)
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

    // right-click on a conversation
    AppMenu {
        id: roomMenu
        objectName: "roomMenu"
        property string roomId: ""
        property bool favourite: false
        property bool lowPriority: false
        property bool unread: false
        property string level: "all"
        property bool isInvite: false
        property bool isGroup: false
        property bool hasAvatar: false
        property var folders: []

        function show(row, x, y) {
            roomId = row.roomId
            folders = pane.session.folderEditor.foldersOf(row.roomId)
            favourite = row.favourite
            lowPriority = row.lowPriority
            unread = row.unread > 0 || row.markedUnread
            level = row.level
            isInvite = row.isInvite
            isGroup = row.isGroup
            hasAvatar = row.avatarSource.length > 0
            popup(row, x, y)
        }

        AppMenuItem {
            objectName: "roomMenuFavourite"
            enabled: !roomMenu.isInvite
            text: roomMenu.favourite ? qsTr("Unpin") : qsTr("Pin to top")
            onTriggered: pane.session.setFavourite(roomMenu.roomId, !roomMenu.favourite)
        }
        AppMenuItem {
            objectName: "roomMenuMarkUnread"
            enabled: !roomMenu.isInvite
            text: roomMenu.unread ? qsTr("Mark as read") : qsTr("Mark as unread")
            onTriggered: pane.session.setMarkedUnread(roomMenu.roomId, !roomMenu.unread)
        }
        AppMenu {
            objectName: "notificationLevel"
            title: qsTr("Notifications")
            enabled: !roomMenu.isInvite
            AppMenuItem {
                objectName: "levelAll"
                text: (roomMenu.level === "all" ? "✓  " : "     ") + qsTr("All messages")
                onTriggered: pane.session.setNotificationLevel(roomMenu.roomId, "all")
            }
            AppMenuItem {
                objectName: "levelMentions"
                text: (roomMenu.level === "mentions" ? "✓  " : "     ") + qsTr("Mentions and keywords")
                onTriggered: pane.session.setNotificationLevel(roomMenu.roomId, "mentions")
            }
            AppMenuItem {
                objectName: "levelMute"
                text: (roomMenu.level === "mute" ? "✓  " : "     ") + qsTr("Mute")
                onTriggered: pane.session.setNotificationLevel(roomMenu.roomId, "mute")
            }
        }
        AppMenuItem {
            objectName: "roomMenuLowPriority"
            enabled: !roomMenu.isInvite
            text: roomMenu.lowPriority ? qsTr("Move out of low priority") : qsTr("Low priority")
            onTriggered: pane.session.setLowPriority(roomMenu.roomId, !roomMenu.lowPriority)
        }
        AppMenu {
            objectName: "roomMenuFolders"
            title: qsTr("Add to folder")
            enabled: !roomMenu.isInvite
            Repeater {
                model: roomMenu.folders
                delegate: AppMenuItem {
                    required property var modelData
                    objectName: "addToFolder_" + modelData.id
                    text: (modelData.member ? "✓  " : "     ") + modelData.name
                    onTriggered: pane.session.folderEditor.setMember(roomMenu.roomId, modelData.id, !modelData.member)
                }
            }
            AppMenuItem {
                objectName: "addToNewFolder"
                text: "     " + qsTr("New folder…")
                onTriggered: folderDialog.openNew(roomMenu.roomId)
            }
        }
        // a direct chat shows the other person's avatar: only groups get one of their own here
        AppMenuItem {
            objectName: "roomMenuSetAvatar"
            visible: roomMenu.isGroup && !roomMenu.isInvite
            enabled: visible && !pane.session.avatars.busy
            height: visible ? implicitHeight : 0
            text: roomMenu.hasAvatar ? qsTr("Change avatar…") : qsTr("Set avatar…")
            onTriggered: avatarDialog.pick(roomMenu.roomId)
        }
        AppMenuItem {
            objectName: "roomMenuRemoveAvatar"
            visible: roomMenu.isGroup && !roomMenu.isInvite && roomMenu.hasAvatar
            enabled: visible && !pane.session.avatars.busy
            height: visible ? implicitHeight : 0
            text: qsTr("Remove avatar")
            onTriggered: pane.session.avatars.removeRoomAvatar(roomMenu.roomId)
        }
    }

    // a picture for the user's avatar (roomId "") or a conversation's: a QML dialog, never a
    // nested event loop
    Dialogs.FileDialog {
        id: avatarDialog
        objectName: "avatarFileDialog"
        property string roomId: ""

        function pick(room: string) {
            roomId = room
            title = room.length > 0 ? qsTr("Choose the conversation's avatar") : qsTr("Choose your avatar")
            open()
        }

        fileMode: Dialogs.FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        onAccepted: {
            if (roomId.length > 0)
                pane.session.avatars.setRoomAvatar(roomId, selectedFile)
            else
                pane.session.avatars.setOwnAvatar(selectedFile)
        }
    }

    ConfirmDialog {
        id: confirmDeleteFolder
        objectName: "confirmDeleteFolder"
        property string folderId: ""
        function ask(id) {
            folderId = id
            const folder = pane.session.folderEditor.folder(id)
            title = qsTr("Delete the folder “%1”?").arg(folder.name || "")
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        text: qsTr("Its conversations stay in your list; only the tab goes, on your other devices too.")
        confirmText: qsTr("Delete")
        confirmName: "confirmDeleteFolderButton"
        onConfirmed: pane.session.folderEditor.remove(folderId)
    }

    FolderDialog {
        id: folderDialog
        roomsModel: pane.session.rooms
        editor: pane.session.folderEditor
        parent: Overlay.overlay  // wider than the list: centred in the window
        anchors.centerIn: parent
    }

    // right-click on a space
    AppMenu {
        id: spaceMenu
        objectName: "spaceMenu"
        property string spaceId: ""
        property string spaceName: ""

        function show(item, x, y) {
            spaceId = item.roomId
            spaceName = item.name
            popup(item, x, y)
        }

        AppMenuItem {
            objectName: "spaceMenuBrowse"
            text: qsTr("Browse rooms")
            onTriggered: spaceBrowser.browse(spaceMenu.spaceId, spaceMenu.spaceName)
        }
        AppMenuItem {
            objectName: "spaceMenuShow"
            text: qsTr("Show its conversations")
            onTriggered: pane.session.rooms.space = spaceMenu.spaceId
        }
        AppMenuItem {
            objectName: "spaceMenuNew"
            text: qsTr("New space…")
            onTriggered: newSpaceDialog.open()
        }
    }

    NewSpaceDialog {
        id: newSpaceDialog
        creator: pane.session.spaceBrowser.creator
        parent: Overlay.overlay
        anchors.centerIn: parent
    }

    SpaceBrowser {
        id: spaceBrowser
        session: pane.session
        parent: Overlay.overlay
        anchors.centerIn: parent
    }

    // the archive covers the list while it is open
    ArchivePanel {
        id: archivePanel
        anchors.fill: parent
        visible: pane.archiveOpen
        session: pane.session
        onCloseRequested: pane.closeArchive()
    }
}
