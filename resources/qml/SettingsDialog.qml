pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Ctrl+, or the account menu: every option of the settings registry, one page per section, each
// change applied at once (there is no Save). The rows come from the registry (a switch for a
// yes/no option, a segmented choice otherwise); Notifications adds the user's keywords when signed in,
// Privacy and safety the people the user blocked.
Popup {
    id: dialog

    // app.settingsRows: the registry's visible options, with `sections` for the left column
    required property var rows
    // session.keywords, or null before signing in
    property var keywords: null
    // session.safety, or null before signing in
    property var safety: null
    // -- Account and Media: session.account, session.avatars, session.mediaCache (null before
    // signing in; the Account page is shown only when signed in, first)
    property var account: null
    property var avatars: null
    property var mediaCache: null
    readonly property var shownSections: dialog.rows.sections.filter(s => s.key !== "account" || dialog.account !== null)
    property string section: dialog.shownSections.length > 0 ? dialog.shownSections[0].key : ""

    objectName: "settingsDialog"
    parent: Overlay.overlay
    modal: true
    focus: true
    width: Math.min(760, parent ? parent.width - 2 * Theme.s8 : 760)
    height: Math.min(580, parent ? parent.height - 2 * Theme.s8 : 580)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        // the page shown last time, if it is still there (Account goes when signed out)
        const keys = dialog.shownSections.map(s => s.key)
        const at = Math.max(0, keys.indexOf(dialog.section))
        sections.currentIndex = at
        dialog.section = keys[at]
        if (dialog.account)
            dialog.account.load()
        if (dialog.mediaCache)
            dialog.mediaCache.refresh()
        if (dialog.keywords)
            dialog.keywords.load()
        if (keywordsLoader.item)
            (keywordsLoader.item as KeywordsEditor).clear()
        sections.forceActiveFocus()
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: RowLayout {
        spacing: 0

        // the sections: Up/Down or a click changes the page
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(200, Math.round(dialog.width * 0.3))
            Layout.margins: Theme.s3
            spacing: Theme.s2

            Label {
                textFormat: Text.PlainText
                Layout.leftMargin: Theme.s3
                Layout.topMargin: Theme.s2
                Layout.bottomMargin: Theme.s2
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.DemiBold
            }

            ListView {
                id: sections
                objectName: "settingsSections"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: dialog.shownSections
                spacing: 2
                clip: true
                activeFocusOnTab: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                currentIndex: 0
                Accessible.role: Accessible.PageTabList
                Accessible.name: qsTr("Settings sections")
                onCurrentIndexChanged: if (currentIndex >= 0 && currentIndex < dialog.shownSections.length) dialog.section = dialog.shownSections[currentIndex].key

                delegate: ItemDelegate {
                    id: entry
                    required property var modelData
                    required property int index
                    readonly property bool current: dialog.section === entry.modelData.key
                    objectName: "settingsSection_" + entry.modelData.key
                    width: ListView.view.width
                    height: 36
                    focusPolicy: Qt.NoFocus
                    leftPadding: Theme.s3
                    text: qsTranslate("settings", entry.modelData.label)
                    Accessible.role: Accessible.PageTab
                    Accessible.name: entry.text
                    onClicked: {
                        sections.currentIndex = entry.index
                        sections.forceActiveFocus(Qt.MouseFocusReason)
                    }
                    contentItem: Text {
                        textFormat: Text.PlainText
                        text: entry.text
                        color: entry.current ? Theme.accent : Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: entry.current ? Font.DemiBold : Font.Normal
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: entry.current ? Theme.chip : entry.hovered ? Theme.hover : "transparent"
                        border.width: entry.current && sections.activeFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }

        // the page of the chosen section (the close button last in the Tab order, after the page)
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                Label {
                    textFormat: Text.PlainText
                    objectName: "settingsTitle"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.s6
                    Layout.rightMargin: Theme.s3 + closeButton.width + Theme.s2
                    Layout.topMargin: Theme.s3
                    Layout.preferredHeight: closeButton.height
                    verticalAlignment: Text.AlignVCenter
                    text: sections.currentIndex >= 0 && sections.currentIndex < dialog.shownSections.length ? qsTranslate("settings", dialog.shownSections[sections.currentIndex].label) : ""
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle + 2
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }

                ScrollView {
                    id: scroll
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true

                    ColumnLayout {
                        id: page
                        objectName: "settingsPage"
                        width: scroll.availableWidth
                        spacing: Theme.s1

                        Item { implicitHeight: Theme.s2 }

                        // Account: name, picture, devices, password (signed in only)
                        Loader {
                            active: dialog.account !== null && dialog.avatars !== null
                            visible: dialog.section === "account" && active
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.s6
                            Layout.rightMargin: Theme.s6
                            Layout.topMargin: Theme.s2
                            Layout.bottomMargin: Theme.s6
                            sourceComponent: AccountPage {
                                account: dialog.account
                                avatars: dialog.avatars
                            }
                        }

                        Repeater {
                            model: dialog.rows
                            delegate: SettingRow {
                                id: settingRow
                                required shown
                                visible: settingRow.section === dialog.section && settingRow.shown
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.s3
                                Layout.rightMargin: Theme.s4
                                onPicked: value => dialog.rows.setValue(settingRow.key, value)
                            }
                        }

                        // Notifications: words that notify wherever they are written
                        Loader {
                            id: keywordsLoader
                            active: dialog.keywords !== null
                            visible: dialog.section === "notifications" && active
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.s6
                            Layout.rightMargin: Theme.s6
                            Layout.topMargin: Theme.s3
                            Layout.bottomMargin: Theme.s6
                            sourceComponent: KeywordsEditor {
                                keywords: dialog.keywords
                            }
                        }

                        // Privacy and safety: the people the user blocked, with Unblock
                        Loader {
                            active: dialog.safety !== null
                            visible: dialog.section === "privacy" && active
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.s6
                            Layout.rightMargin: Theme.s6
                            Layout.topMargin: Theme.s3
                            Layout.bottomMargin: Theme.s6
                            sourceComponent: BlockedPeople {
                                safety: dialog.safety
                            }
                        }

                        // Media: what the cache holds, and Clear cache (signed in only)
                        Loader {
                            active: dialog.mediaCache !== null
                            visible: dialog.section === "media" && active
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.s6
                            Layout.rightMargin: Theme.s6
                            Layout.topMargin: Theme.s3
                            Layout.bottomMargin: Theme.s6
                            sourceComponent: MediaCachePanel {
                                cache: dialog.mediaCache
                            }
                        }
                    }
                }
            }

            RoundIconButton {
                id: closeButton
                objectName: "settingsClose"
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.topMargin: Theme.s3
                anchors.rightMargin: Theme.s3
                iconSource: "../icons/close.svg"
                accessibleName: qsTr("Close settings")
                onClicked: dialog.close()
            }
        }
    }
}
