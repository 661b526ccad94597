pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts

// Choose the microphone, speaker and camera, during a call or before one: each section lists
// "System default" and the devices there are, a tick on the chosen one. A pick is kept for the
// next calls and the live call switches to it at once.
Popup {
    id: popup

    required property var call
    readonly property var devices: popup.call.deviceList

    objectName: "callDevicesPopup"
    focus: true
    padding: Theme.s3
    width: 320
    onAboutToShow: popup.call.loadDevices()

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    component Section: ColumnLayout {
        id: section

        required property string kind
        required property string title
        required property var rows
        required property string chosen

        Layout.fillWidth: true
        spacing: 0

        Label {
            Layout.leftMargin: Theme.s2
            Layout.topMargin: Theme.s1
            Layout.bottomMargin: Theme.s1
            textFormat: Text.PlainText
            text: section.title
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
            font.weight: Font.DemiBold
        }
        Repeater {
            model: [{ "id": "", "name": qsTr("System default") }].concat(section.rows || [])
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                readonly property bool chosen: section.chosen === row.modelData.id
                objectName: "device_" + section.kind + "_" + index
                text: row.modelData.name
                Layout.fillWidth: true
                implicitHeight: 36
                Accessible.role: Accessible.RadioButton
                Accessible.name: row.modelData.name
                Accessible.checkable: true
                Accessible.checked: row.chosen
                onClicked: {
                    popup.call.chooseDevice(section.kind, row.modelData.id)
                    popup.close()
                }
                contentItem: RowLayout {
                    spacing: Theme.s2
                    IconImage {
                        Layout.preferredWidth: 16
                        Layout.preferredHeight: 16
                        source: "../icons/check.svg"
                        color: Theme.accent
                        opacity: row.chosen ? 1 : 0
                    }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.text
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        font.weight: row.chosen ? Font.DemiBold : Font.Normal
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: row.hovered || row.visualFocus ? Theme.hover : "transparent"
                }
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.s2

        Label {
            Layout.leftMargin: Theme.s2
            textFormat: Text.PlainText
            text: qsTr("Devices")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
        Section {
            kind: "microphone"
            title: qsTr("Microphone")
            rows: popup.devices ? popup.devices.microphones : []
            chosen: popup.devices ? popup.devices.chosenMicrophone : ""
        }
        Section {
            kind: "speaker"
            title: qsTr("Speaker")
            rows: popup.devices ? popup.devices.speakers : []
            chosen: popup.devices ? popup.devices.chosenSpeaker : ""
        }
        Section {
            kind: "camera"
            title: qsTr("Camera")
            rows: popup.devices ? popup.devices.cameras : []
            chosen: popup.devices ? popup.devices.chosenCamera : ""
        }
    }
}
