pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts

// The preview before files are sent (attach button, drop, paste): the pictures or the file names,
// a caption, "send as file", and for one picture rotate and crop. Enter sends, Esc cancels.
// The conversation has one and the thread panel one (inThread): each opens for the files meant
// for it (media.pendingThread says whether they go into a thread).
Popup {
    id: dialog
    objectName: inThread ? "threadSendFilesDialog" : "sendFilesDialog"

    required property var media  // the session's media controller
    property bool inThread: false
    // files wait to be sent, and they are meant for this preview (the conversation's or the
    // thread's); read from the controller in one binding, so that one change of the files never
    // opens the other preview for a moment
    readonly property bool waiting: media !== null && media.pending.length > 0
                                    && (media.pendingThread.length > 0) === inThread
    readonly property var files: media ? media.pending : []
    readonly property bool single: files.length === 1 && files[0].isImage
    property int turns: 0
    property bool cropping: false
    // the crop as fractions of the turned picture
    property real cropLeft: 0
    property real cropTop: 0
    property real cropRight: 1
    property real cropBottom: 1

    function resetEdits() {
        turns = 0
        cropping = false
        cropLeft = 0; cropTop = 0; cropRight = 1; cropBottom = 1
    }
    function send() {
        dialog.media.sendPending(caption.text, asFile.checked, dialog.turns,
                                 [dialog.cropLeft, dialog.cropTop, dialog.cropRight, dialog.cropBottom])
        caption.clear()
        dialog.close()
    }

    modal: true
    focus: true
    width: 460
    padding: Theme.s6
    visible: waiting
    onOpened: {
        resetEdits()
        caption.forceActiveFocus()
    }
    onClosed: if (waiting) media.discard()

    background: Rectangle {
        radius: Theme.radiusBubble
        color: Theme.surface
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.s3

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: dialog.single ? qsTr("Send a photo")
                                : dialog.files.length === 1 ? qsTr("Send a file")
                                                            : qsTr("Send %n files", "", dialog.files.length)
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            objectName: "sendFilesDestination"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.s2
            visible: dialog.inThread
            text: qsTr("In the thread")
            color: Theme.textDim
            font.pixelSize: Theme.fontMeta
        }

        // one picture: shown large, turned and cropped as it will be sent
        Item {
            id: stage
            visible: dialog.single
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 280 : 0
            readonly property bool sideways: dialog.turns % 2 === 1
            readonly property real sourceW: Math.max(1, sideways ? picture.implicitHeight : picture.implicitWidth)
            readonly property real sourceH: Math.max(1, sideways ? picture.implicitWidth : picture.implicitHeight)
            readonly property real fit: Math.min(width / sourceW, height / sourceH)
            readonly property real shownW: sourceW * fit
            readonly property real shownH: sourceH * fit

            Image {
                id: picture
                objectName: "previewImage"
                readonly property bool loaded: status === Image.Ready
                anchors.centerIn: parent
                width: stage.sideways ? stage.shownH : stage.shownW
                height: stage.sideways ? stage.shownW : stage.shownH
                rotation: dialog.turns * 90
                source: dialog.single ? dialog.files[0].preview : ""
                sourceSize: Qt.size(900, 900)
                asynchronous: true
                smooth: true
            }

            Item {
                id: frame
                x: (stage.width - stage.shownW) / 2
                y: (stage.height - stage.shownH) / 2
                width: stage.shownW
                height: stage.shownH
                visible: dialog.cropping

                // dim what is cut away
                Rectangle { color: "#99000000"; x: 0; y: 0; width: parent.width; height: cropBox.y }
                Rectangle { color: "#99000000"; x: 0; y: cropBox.y + cropBox.height; width: parent.width
                            height: parent.height - y }
                Rectangle { color: "#99000000"; x: 0; y: cropBox.y; width: cropBox.x; height: cropBox.height }
                Rectangle { color: "#99000000"; x: cropBox.x + cropBox.width; y: cropBox.y
                            width: parent.width - x; height: cropBox.height }

                Rectangle {
                    id: cropBox
                    objectName: "cropBox"
                    x: dialog.cropLeft * frame.width
                    y: dialog.cropTop * frame.height
                    width: (dialog.cropRight - dialog.cropLeft) * frame.width
                    height: (dialog.cropBottom - dialog.cropTop) * frame.height
                    color: "transparent"
                    border.color: "white"
                    border.width: 2
                }

                // a handle on each corner: drag to crop
                Repeater {
                    model: [["left", "top"], ["right", "top"], ["left", "bottom"], ["right", "bottom"]]
                    delegate: Rectangle {
                        id: handle
                        required property var modelData
                        required property int index
                        objectName: "cropHandle" + index
                        readonly property bool isLeft: modelData[0] === "left"
                        readonly property bool isTop: modelData[1] === "top"
                        width: 16
                        height: 16
                        radius: 8
                        color: "white"
                        border.color: Theme.accent
                        border.width: 2
                        x: (isLeft ? dialog.cropLeft : dialog.cropRight) * frame.width - width / 2
                        y: (isTop ? dialog.cropTop : dialog.cropBottom) * frame.height - height / 2
                        DragHandler {
                            target: null
                            property real startX
                            property real startY
                            onActiveChanged: if (active) {
                                startX = handle.isLeft ? dialog.cropLeft : dialog.cropRight
                                startY = handle.isTop ? dialog.cropTop : dialog.cropBottom
                            }
                            onTranslationChanged: {
                                const fx = Math.max(0, Math.min(1, startX + translation.x / frame.width))
                                const fy = Math.max(0, Math.min(1, startY + translation.y / frame.height))
                                if (handle.isLeft) dialog.cropLeft = Math.min(fx, dialog.cropRight - 0.1)
                                else dialog.cropRight = Math.max(fx, dialog.cropLeft + 0.1)
                                if (handle.isTop) dialog.cropTop = Math.min(fy, dialog.cropBottom - 0.1)
                                else dialog.cropBottom = Math.max(fy, dialog.cropTop + 0.1)
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            visible: dialog.single
            spacing: Theme.s1
            RoundIconButton {
                objectName: "rotateButton"
                iconSource: "../icons/rotate.svg"
                accessibleName: qsTr("Rotate")
                onClicked: {
                    dialog.turns = (dialog.turns + 1) % 4
                    dialog.cropLeft = 0; dialog.cropTop = 0; dialog.cropRight = 1; dialog.cropBottom = 1
                }
            }
            RoundIconButton {
                objectName: "cropButton"
                iconSource: "../icons/crop.svg"
                accessibleName: dialog.cropping ? qsTr("Done cropping") : qsTr("Crop")
                tint: dialog.cropping ? Theme.accent : Theme.textDim
                onClicked: dialog.cropping = !dialog.cropping
            }
        }

        // several files, or a file that is not a picture: their names
        Repeater {
            model: dialog.single ? [] : dialog.files
            delegate: RowLayout {
                id: fileRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.s2
                Rectangle {
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    radius: Theme.radiusControl
                    color: Theme.chip
                    clip: true
                    Image {
                        anchors.fill: parent
                        visible: fileRow.modelData.isImage
                        source: fileRow.modelData.isImage ? fileRow.modelData.preview : ""
                        sourceSize: Qt.size(80, 80)
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                    }
                    IconImage {
                        anchors.centerIn: parent
                        visible: !fileRow.modelData.isImage
                        source: "../icons/file.svg"
                        sourceSize: Qt.size(22, 22)
                        color: Theme.accent
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: fileRow.modelData.name
                    color: Theme.text
                    elide: Text.ElideMiddle
                }
            }
        }

        TextField {
            id: caption
            objectName: "captionField"
            Layout.fillWidth: true
            placeholderText: qsTr("Add a caption…")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            selectByMouse: true
            Accessible.name: qsTr("Caption")
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.field
                border.width: caption.activeFocus ? 2 : 0
                border.color: Theme.accent
            }
            Keys.onReturnPressed: dialog.send()
            Keys.onEnterPressed: dialog.send()
        }

        CheckBox {
            id: asFile
            objectName: "sendAsFileCheck"
            visible: dialog.files.some((f) => f.isImage)
            text: qsTr("Send as file (original quality, no preview)")
            Accessible.name: text
            leftPadding: 0
            indicator: CheckMark {
                x: 0
                y: (asFile.height - height) / 2
                on: asFile.checked
            }
            contentItem: Label {
                textFormat: Text.PlainText
                leftPadding: asFile.indicator.width + asFile.spacing
                text: asFile.text
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s2
            spacing: Theme.s2
            Item { Layout.fillWidth: true }
            DialogButton {
                objectName: "cancelSendFilesButton"
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            DialogButton {
                objectName: "sendFilesButton"
                text: qsTr("Send")
                primary: true
                onClicked: dialog.send()
            }
        }
    }
}
