pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The user's notification keywords (push rules on the server): a chip with a remove button for
// each, and a field where Enter adds one. Changes show at once and are saved in the background.
ColumnLayout {
    id: editor

    // session.keywords (a KeywordsController)
    required property var keywords

    function clear() {
        keywordInput.clear()
    }

    objectName: "keywordsBlock"
    spacing: Theme.s2

    Rectangle {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.s2
        implicitHeight: 1
        color: Theme.divider
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.s2
        Text {
            textFormat: Text.PlainText
            text: qsTr("Keywords")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        BusyIndicator {
            objectName: "keywordsBusy"
            visible: editor.keywords.busy
            running: visible
            implicitWidth: 18
            implicitHeight: 18
            padding: 0
            Accessible.name: qsTr("Saving keywords")
        }
        Item { Layout.fillWidth: true }
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Messages containing one of these words notify you as a mention does,"
                   + " in every conversation that is not muted.")
        color: Theme.textDim
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }
    Flow {
        id: chips
        objectName: "keywordChips"
        Layout.fillWidth: true
        Layout.topMargin: Theme.s1
        visible: chipRepeater.count > 0
        spacing: Theme.s2
        Repeater {
            id: chipRepeater
            model: editor.keywords.keywords
            delegate: Rectangle {
                id: chip
                required property string modelData
                objectName: "keyword_" + chip.modelData
                height: 30
                width: Math.min(chipText.implicitWidth + Theme.s3 + removeChip.width + Theme.s1, chips.width)
                radius: height / 2
                color: Theme.chip
                Text {
                    id: chipText
                    textFormat: Text.PlainText
                    x: Theme.s3
                    width: chip.width - x - removeChip.width - Theme.s1
                    anchors.verticalCenter: parent.verticalCenter
                    text: chip.modelData
                    color: Theme.text
                    font.pixelSize: Theme.fontMeta + 1
                    elide: Text.ElideRight
                }
                RoundIconButton {
                    id: removeChip
                    objectName: "removeKeyword"
                    anchors.right: parent.right
                    anchors.rightMargin: 3
                    anchors.verticalCenter: parent.verticalCenter
                    implicitWidth: 24
                    implicitHeight: 24
                    icon.width: 14
                    icon.height: 14
                    iconSource: "../icons/close.svg"
                    accessibleName: qsTr("Remove the keyword “%1”").arg(chip.modelData)
                    onClicked: editor.keywords.removeKeyword(chip.modelData)
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.s1
        spacing: Theme.s2
        TextField {
            id: keywordInput
            objectName: "keywordInput"
            Layout.fillWidth: true
            implicitHeight: 36
            maximumLength: editor.keywords.maxLength
            placeholderText: qsTr("Add a keyword")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: Theme.s3
            Accessible.name: qsTr("Add a keyword")
            onAccepted: addKeyword.add()
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.field
                border.width: keywordInput.activeFocus ? 2 : 0
                border.color: Theme.accent
            }
        }
        DialogButton {
            id: addKeyword
            objectName: "addKeywordButton"
            text: qsTr("Add")
            enabled: keywordInput.text.trim().length > 0
            opacity: enabled ? 1 : 0.5
            onClicked: add()
            function add() {
                if (editor.keywords.addKeyword(keywordInput.text))
                    keywordInput.clear()
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "keywordError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: editor.keywords.error
        color: Theme.danger
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }
}
