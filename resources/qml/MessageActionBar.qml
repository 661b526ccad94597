pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// The bar over a hovered message: six quick reactions, the full picker, reply, thread, edit,
// delete and "more" (the context menu). Every entry is also in the menu and on a key.
Rectangle {
    id: bar

    property var quickReactions: []
    property bool canEdit: false
    property bool canRedact: false

    signal reactionPicked(string key)
    signal reactRequested()
    signal replyRequested()
    signal threadRequested()
    signal editRequested()
    signal deleteRequested()
    signal moreRequested(Item anchor)

    readonly property bool hovered: barHover.hovered

    HoverHandler {
        id: barHover
        blocking: true
    }

    implicitWidth: items.implicitWidth + Theme.s2
    implicitHeight: 36
    radius: height / 2
    color: Theme.surfaceRaised
    border.color: Theme.divider

    Row {
        id: items
        anchors.centerIn: parent
        spacing: 0

        Repeater {
            model: bar.quickReactions
            delegate: ToolButton {
                id: quick
                required property string modelData
                objectName: "quickReaction"
                implicitWidth: 32
                implicitHeight: 32
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("React with %1").arg(modelData)
                onClicked: bar.reactionPicked(modelData)
                contentItem: Text {
                    textFormat: Text.PlainText
                    text: quick.modelData
                    font.pixelSize: quick.hovered ? 20 : 18
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: width / 2
                    color: quick.hovered ? Theme.hover : "transparent"
                }
            }
        }
        Rectangle { width: 1; height: 20; anchors.verticalCenter: parent.verticalCenter; color: Theme.divider }
        BarButton {
            objectName: "reactButton"
            iconSource: "../icons/emoji.svg"
            accessibleName: qsTr("Add a reaction")
            onClicked: bar.reactRequested()
        }
        BarButton {
            objectName: "replyButton"
            iconSource: "../icons/reply.svg"
            accessibleName: qsTr("Reply (R)")
            onClicked: bar.replyRequested()
        }
        BarButton {
            objectName: "threadButton"
            iconSource: "../icons/thread.svg"
            accessibleName: qsTr("Reply in a thread (T)")
            onClicked: bar.threadRequested()
        }
        BarButton {
            objectName: "editButton"
            visible: bar.canEdit
            iconSource: "../icons/edit.svg"
            accessibleName: qsTr("Edit (E)")
            onClicked: bar.editRequested()
        }
        BarButton {
            objectName: "deleteButton"
            visible: bar.canRedact
            iconSource: "../icons/delete.svg"
            accessibleName: qsTr("Delete (Del)")
            tint: Theme.danger
            onClicked: bar.deleteRequested()
        }
        BarButton {
            id: moreButton
            objectName: "messageMoreButton"
            iconSource: "../icons/more.svg"
            accessibleName: qsTr("More actions (Menu)")
            onClicked: bar.moreRequested(moreButton)
        }
    }

    component BarButton: RoundIconButton {
        implicitWidth: 32
        implicitHeight: 32
        icon.width: 18
        icon.height: 18
        focusPolicy: Qt.NoFocus
    }
}
