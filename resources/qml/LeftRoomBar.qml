import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// In place of the composer in a conversation the user left: its history can be read, nothing can
// be sent. Rejoin tries to join again (a refusal is a notice); Forget removes it for good.
Rectangle {
    id: bar

    required property var session
    readonly property var archive: session.archive
    readonly property string roomId: session.currentRoomId
    readonly property bool rejoining: archive.rejoining.indexOf(roomId) >= 0
    readonly property bool forgetting: archive.forgetting.indexOf(roomId) >= 0
    readonly property bool banned: roomId.length > 0 && archive.wasBanned(roomId)

    objectName: "leftRoomBar"
    implicitHeight: 64
    color: Theme.surface
    Accessible.role: Accessible.StatusBar
    Accessible.name: label.text

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.s4
        anchors.rightMargin: Theme.s4
        spacing: Theme.s2

        Image {
            source: "../icons/archive.svg"
            sourceSize.width: 20
            sourceSize.height: 20
            opacity: 0.6
        }
        Label {
            id: label
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: bar.banned ? qsTr("You were banned from this conversation") : qsTr("You left this conversation")
            color: Theme.textDim
            elide: Text.ElideRight
        }
        BusyIndicator {
            implicitWidth: 24
            implicitHeight: 24
            running: bar.rejoining || bar.forgetting
            visible: running
            Accessible.name: bar.rejoining ? qsTr("Rejoining") : qsTr("Forgetting")
        }
        DialogButton {
            objectName: "rejoinButton"
            text: bar.rejoining ? qsTr("Rejoining…") : qsTr("Rejoin")
            primary: true
            enabled: !bar.rejoining && !bar.forgetting
            Accessible.name: qsTr("Join this conversation again")
            onClicked: bar.archive.rejoin(bar.roomId)
        }
        DialogButton {
            objectName: "forgetButton"
            text: qsTr("Forget…")
            danger: true
            enabled: !bar.rejoining && !bar.forgetting
            Accessible.name: qsTr("Forget this conversation")
            onClicked: forget.ask(bar.roomId, bar.session.currentRoomName)
        }
    }

    ForgetRoomDialog {
        id: forget
        archive: bar.archive
    }
}
