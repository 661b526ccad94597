import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A custom power level: a number from 0 to `maximum` and "Set". The caller says, through
// `refusalOf`, why a typed level may not be set; the reason shows under the field and "Set" stays
// greyed out, so a level the server would refuse is never sent. Enter sets it too.
ColumnLayout {
    id: field

    property int level: 0  // the level in force, shown when the field opens
    property int maximum: 100  // levels above are for the rare room that needs them; not offered
    property bool busy: false
    property var refusalOf: null  // function(level) -> "" or why not
    property string accessibleName: qsTr("Custom level")
    signal applied(int level)

    readonly property int typed: input.acceptableInput ? parseInt(input.text) : -1
    readonly property string refusal: typed < 0 ? ""
                                      : field.refusalOf ? field.refusalOf(typed) : ""
    readonly property bool ready: typed >= 0 && typed !== level && refusal.length === 0 && !busy

    function apply() {
        if (field.ready)
            field.applied(field.typed)
    }
    function focusInput() {
        input.text = String(field.level)
        input.selectAll()
        input.forceActiveFocus()
    }

    spacing: Theme.s1

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.s2
        Label {
            textFormat: Text.PlainText
            text: qsTr("Level")
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }
        TextField {
            id: input
            objectName: "levelInput"
            Layout.preferredWidth: 72
            implicitHeight: 32
            text: String(field.level)
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: field.maximum }
            Accessible.name: field.accessibleName
            Accessible.description: field.refusal
            Keys.onReturnPressed: field.apply()
            Keys.onEnterPressed: field.apply()
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.field
                border.width: input.activeFocus ? 2 : 1
                border.color: input.activeFocus ? Theme.accent : Theme.divider
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("of %1").arg(field.maximum)
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }
        DialogButton {
            objectName: "levelSet"
            implicitHeight: 32
            text: qsTr("Set")
            primary: true
            enabled: field.ready
            Accessible.name: qsTr("Set %1").arg(field.accessibleName.toLowerCase())
            onClicked: field.apply()
        }
    }
    Label {
        objectName: "levelRefusal"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: field.refusal.length > 0
        text: field.refusal
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
