pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One row of the Settings window, from a row of the settings model: a yes/no option is a switch
// (the whole row toggles it), an option with a few values a segmented choice beside its label,
// a typed value (text, a number, a password) a field beside it, taken when Enter or Tab leaves it.
// `picked` asks for a new value; the row shows the setting's value, whoever changes it.
Item {
    id: row

    required property string key
    required property string label
    required property string description
    required property string kind  // "toggle" | "choice" | "text" | "number" | "secret"
    required property var choices  // [{value, label}]
    required property var value
    required property string section
    property bool shown: true  // false while the option it depends on makes it meaningless
    readonly property bool typed: row.kind === "text" || row.kind === "number" || row.kind === "secret"

    signal picked(var value)

    objectName: "setting_" + row.key
    implicitHeight: row.kind === "toggle" ? toggle.implicitHeight
                  : row.typed ? typedRow.implicitHeight + 2 * Theme.s3
                  : choice.implicitHeight + 2 * Theme.s3

    component Caption: Column {
        property alias title: title
        spacing: 2
        Text {
            id: title
            Accessible.name: title.text  // a Text says nothing as a field's label without it
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

    // the choice beside its label; under it (wrapping) when the choices take more than half the
    // row, as many languages or long translations do
    GridLayout {
        id: choice
        readonly property real segmentsWidth: segments.widthNeeded + 4
        readonly property bool stacked: choice.segmentsWidth > choice.width / 2
        visible: row.kind === "choice"
        x: Theme.s3
        y: Theme.s3
        width: row.width - 2 * Theme.s3
        columns: choice.stacked ? 1 : 2
        columnSpacing: Theme.s4
        rowSpacing: Theme.s2

        Caption {
            Layout.fillWidth: true
        }
        Rectangle {
            radius: Theme.radiusControl
            color: Theme.field
            Layout.maximumWidth: choice.width
            implicitWidth: Math.min(choice.segmentsWidth, choice.width)
            implicitHeight: segments.implicitHeight + 4
            Accessible.role: Accessible.Grouping
            Accessible.name: row.label

            Flow {
                id: segments
                // the width of all segments in one line (Flow's implicitWidth follows its width)
                readonly property real widthNeeded: {
                    let total = 0
                    for (let i = 0; i < segmentRepeater.count; ++i) {
                        const item = segmentRepeater.itemAt(i)
                        total += (item ? item.implicitWidth : 0) + (i > 0 ? segments.spacing : 0)
                    }
                    return total
                }
                x: 2
                y: 2
                width: parent.width - 4
                spacing: 2
                Repeater {
                    id: segmentRepeater
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

    // -- a typed value: text, a number (empty is 0) or a password, beside its label (under it when
    // narrow); taken on Enter or when the focus leaves, so a half-typed value never applies
    GridLayout {
        id: typedRow
        readonly property bool stacked: typedRow.width < 2 * 220 + Theme.s4
        visible: row.typed
        x: Theme.s3
        y: Theme.s3
        width: row.width - 2 * Theme.s3
        columns: typedRow.stacked ? 1 : 2
        columnSpacing: Theme.s4
        rowSpacing: Theme.s2

        Caption {
            id: typedCaption
            Layout.fillWidth: true
        }
        TextField {
            id: field
            objectName: "field"
            readonly property string shownValue: row.kind === "number" ? (row.value > 0 ? String(row.value) : "")
                                                                       : String(row.value ?? "")
            Layout.preferredWidth: typedRow.stacked ? typedRow.width : 220
            text: field.shownValue
            echoMode: row.kind === "secret" ? TextInput.Password : TextInput.Normal
            inputMethodHints: row.kind === "number" ? Qt.ImhDigitsOnly
                            : row.kind === "secret" ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            : Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            validator: row.kind === "number" ? portValidator : null
            placeholderText: qsTr("Not set")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: Theme.s3
            rightPadding: Theme.s3
            Accessible.name: row.label
            Accessible.description: row.description
            // Qt hides a password field's own name: the caption names it (Qt 6.10 and later)
            Component.onCompleted: if (field.Accessible.labelledBy !== undefined) field.Accessible.labelledBy = typedCaption.title
            onEditingFinished: {
                if (field.text !== field.shownValue)
                    row.picked(row.kind === "number" ? (field.text.length > 0 ? parseInt(field.text, 10) : 0)
                                                     : field.text.trim())
                // the field shows the setting: a refused value goes back to the one kept
                field.text = Qt.binding(() => field.shownValue)
            }
            background: Rectangle {
                implicitHeight: 34
                radius: Theme.radiusControl
                color: Theme.field
                border.width: field.activeFocus ? 2 : 1
                border.color: field.activeFocus ? Theme.accent : Theme.divider
            }
            IntValidator {
                id: portValidator
                bottom: 0
                top: 65535
            }
        }
    }
}
