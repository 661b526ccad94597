pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Help → About: the app's name, version and licence, and the components it ships with under
// their licences (read from the installation, so they are the ones really shipped). Esc, Enter
// or Close closes it.
Popup {
    id: dialog

    // app.help
    required property var help
    property var components: []
    property var about: ({ version: "", licence: "", projectUrl: "" })

    objectName: "aboutDialog"
    parent: Overlay.overlay
    modal: true
    focus: true
    width: Math.min(560, parent ? parent.width - 2 * Theme.s8 : 560)
    height: Math.min(640, parent ? parent.height - 2 * Theme.s8 : 640)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    padding: Theme.s6
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        dialog.about = dialog.help.about()
        dialog.components = dialog.help.components()
    }
    onOpened: closeButton.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#80000000" : "#590e1621"
    }

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("About Messenger")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s4

            Image {
                source: "../icons/app.svg"
                sourceSize.width: 56
                sourceSize.height: 56
                Layout.preferredWidth: 56
                Layout.preferredHeight: 56
                Accessible.ignored: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.s1
                Label {
                    textFormat: Text.PlainText
                    objectName: "aboutName"
                    text: qsTr("Messenger")
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "aboutVersion"
                    text: qsTr("Version %1").arg(dialog.about.version)
                    color: Theme.textDim
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("A fast, light and safe messenger for the Matrix network. Free software under the %1 licence.")
                  .arg(dialog.about.licence)
            color: Theme.text
        }

        Label {
            objectName: "aboutLink"
            Layout.fillWidth: true
            visible: dialog.about.projectUrl.length > 0
            textFormat: Text.StyledText
            text: "<a href=\"%1\">%2</a>".arg(dialog.about.projectUrl).arg(qsTr("The project's home page"))
            linkColor: Theme.link
            Accessible.role: Accessible.Link
            Accessible.name: qsTr("The project's home page")
            onLinkActivated: (link) => Qt.openUrlExternally(link)
            HoverHandler { cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor }
        }

        Label {
            textFormat: Text.PlainText
            Layout.topMargin: Theme.s2
            text: qsTr("Built with")
            color: Theme.accent
            font.pixelSize: Theme.fontMeta
            font.weight: Font.DemiBold
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusControl
            color: Theme.field

            ListView {
                id: list
                objectName: "aboutComponents"
                anchors.fill: parent
                anchors.margins: Theme.s1
                clip: true
                model: dialog.components
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Components and their licences")
                ScrollBar.vertical: ScrollBar { }
                highlight: Item { }

                delegate: Item {
                    id: row
                    required property var modelData
                    width: ListView.view.width
                    height: texts.implicitHeight + 2 * Theme.s2
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1 %2, licence %3").arg(row.modelData.name).arg(row.modelData.version)
                                     .arg(row.modelData.licence)

                    Rectangle {
                        anchors.fill: parent
                        radius: Theme.radiusControl - 2
                        color: Theme.hover
                        visible: row.ListView.isCurrentItem && list.activeFocus
                    }

                    RowLayout {
                        id: texts
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.s3
                        width: parent.width - 2 * Theme.s3
                        spacing: Theme.s3

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: row.modelData.version.length > 0
                                      ? row.modelData.name + "  " + row.modelData.version : row.modelData.name
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                visible: row.modelData.note.length > 0
                                text: row.modelData.note
                                color: Theme.textDim
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            objectName: "licence_" + row.modelData.name
                            Layout.maximumWidth: row.width * 0.45
                            horizontalAlignment: Text.AlignRight
                            wrapMode: Text.Wrap
                            text: row.modelData.licence
                            color: Theme.textDim
                            font.pixelSize: Theme.fontMeta
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            DialogButton {
                id: closeButton
                objectName: "closeAbout"
                text: qsTr("Close")
                primary: true
                onClicked: dialog.close()
            }
        }
    }
}
