pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One row of the Settings window, from a row of the settings model: a yes/no option is a switch
// (the whole row toggles it), an option with a few values a segmented choice beside its label.
// `picked` asks for a new value; the row shows the setting's value, whoever changes it.
Item {
    id: row

    required property string key
    required property string label
    required property string description
    required property string kind  // "toggle" | "choice"
    required property var choices  // [{value, label}]
    required property var value
    required property string section

    signal picked(var value)

    objectName: "setting_" + row.key
    implicitHeight: row.kind === "toggle" ? toggle.implicitHeight : choice.implicitHeight + 2 * Theme.s3

    component Caption: Column {
        spacing: 2
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: row.label
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: row.description
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
            wrapMode: Text.Wrap
        }
    }

    SwitchDelegate {
        id: toggle
        objectName: "toggle"
        visible: row.kind === "toggle"
        width: row.width
        focusPolicy: Qt.StrongFocus  // delegates take no Tab focus by default
        checked: row.value === true
        text: row.label
        padding: Theme.s3
        rightPadding: Theme.s3 + track.width + Theme.s4
        Accessible.name: row.label
        Accessible.description: row.description
        onToggled: {
            row.picked(toggle.checked)
            // the switch shows the setting, not the click: a value kept elsewhere (the server)
            // moves it when it changes, and a refused change leaves it where it was
            toggle.checked = Qt.binding(() => row.value === true)
        }

        contentItem: Caption { }
        indicator: Rectangle {
            id: track
            x: toggle.width - width - Theme.s3
            y: Math.round((toggle.height - height) / 2)
            implicitWidth: 40
            implicitHeight: 22
            radius: height / 2
            color: toggle.checked ? Theme.accent : Theme.divider
            border.width: toggle.checked ? 0 : 1
            border.color: Theme.placeholder
            Rectangle {
                width: 16
                height: 16
                radius: 8
                y: 3
                x: toggle.checked ? parent.width - width - 3 : 3
                color: toggle.checked ? Theme.textOnAccent : Theme.textDim
                Behavior on x { NumberAnimation { duration: Theme.motion / 2 } }
            }
        }
        background: Rectangle {
            radius: Theme.radiusControl
            color: toggle.hovered ? Theme.hover : "transparent"
            border.width: toggle.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
    }

    RowLayout {
        id: choice
        visible: row.kind === "choice"
        x: Theme.s3
        y: Theme.s3
        width: row.width - 2 * Theme.s3
        spacing: Theme.s4

        Caption {
            Layout.fillWidth: true
        }
        Rectangle {
            radius: Theme.radiusControl
            color: Theme.field
            implicitWidth: segments.implicitWidth + 4
            implicitHeight: segments.implicitHeight + 4
            Accessible.role: Accessible.Grouping
            Accessible.name: row.label

            Row {
                id: segments
                anchors.centerIn: parent
                spacing: 2
                Repeater {
                    model: row.choices
                    delegate: AbstractButton {
                        id: segment
                        required property var modelData
                        objectName: "choice_" + segment.modelData.value
                        checked: row.value === segment.modelData.value
                        text: segment.modelData.label
                        implicitWidth: Math.max(64, segmentText.implicitWidth + 2 * Theme.s3)
                        implicitHeight: 30
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: segment.modelData.label
                        Accessible.checked: segment.checked
                        Keys.onReturnPressed: segment.clicked()
                        Keys.onEnterPressed: segment.clicked()
                        onClicked: row.picked(segment.modelData.value)
                        contentItem: Text {
                            id: segmentText
                            textFormat: Text.PlainText
                            text: segment.text
                            color: segment.checked ? Theme.textOnAccent : Theme.text
                            font.pixelSize: Theme.fontMeta + 1
                            font.weight: segment.checked ? Font.DemiBold : Font.Normal
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: Theme.radiusControl - 2
                            color: segment.checked ? Theme.accentStrong : segment.hovered ? Theme.hover : "transparent"
                            border.width: segment.visualFocus ? 2 : 0
                            border.color: segment.checked ? Theme.text : Theme.accent
                        }
                    }
                }
            }
        }
    }
}
