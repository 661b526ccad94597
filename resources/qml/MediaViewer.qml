pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// A picture full size over the window: zoom (wheel, + and -, double click), pan (drag), previous
// and next through the conversation's pictures (arrows), save (Ctrl+S), close (Esc or a click
// beside the picture).
Popup {
    id: viewer
    objectName: "mediaViewer"

    required property var media  // the session's media controller
    property var pictures: []
    property int index: -1
    readonly property var current: index >= 0 && index < pictures.length ? pictures[index] : null
    property real zoom: 1

    function show(eventId) {
        pictures = media.gallery(eventId)
        index = pictures.findIndex((p) => p.eventId === eventId)
        if (index < 0)
            return
        zoom = 1
        open()
    }
    function step(by) {
        const next = index + by
        if (next >= 0 && next < pictures.length) {
            index = next
            zoom = 1
        }
    }
    function zoomBy(factor) {
        zoom = Math.max(1, Math.min(8, zoom * factor))
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#e6000000" }
    Overlay.modal: Item {}

    contentItem: FocusScope {
        focus: true
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Left) viewer.step(-1)
            else if (event.key === Qt.Key_Right) viewer.step(1)
            else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) viewer.zoomBy(1.25)
            else if (event.key === Qt.Key_Minus) viewer.zoomBy(0.8)
            else if (event.key === Qt.Key_0) viewer.zoom = 1
            else if (event.matches(StandardKey.Save) && viewer.current) viewer.media.save(viewer.current.eventId)
            else return
            event.accepted = true
        }

        // a click beside the picture closes
        TapHandler {
            onTapped: viewer.close()
        }

        Flickable {
            id: flick
            anchors.fill: parent
            anchors.topMargin: 56
            anchors.bottomMargin: 24
            anchors.leftMargin: viewer.zoom > 1 ? 0 : 64
            anchors.rightMargin: viewer.zoom > 1 ? 0 : 64
            clip: true
            contentWidth: Math.max(width, frame.width)
            contentHeight: Math.max(height, frame.height)
            interactive: viewer.zoom > 1
            boundsBehavior: Flickable.StopAtBounds

            Item {
                id: frame
                // the picture's own size once decoded; until then the shape its info gives
                readonly property real naturalW: picture.implicitWidth > 0 ? picture.implicitWidth
                                                 : viewer.current ? viewer.current.width * 3 : 1
                readonly property real naturalH: picture.implicitHeight > 0 ? picture.implicitHeight
                                                 : viewer.current ? viewer.current.height * 3 : 1
                readonly property real fit: Math.min(1, flick.width / naturalW, flick.height / naturalH)
                width: naturalW * fit * viewer.zoom
                height: naturalH * fit * viewer.zoom
                x: Math.max(0, (flick.width - width) / 2)
                y: Math.max(0, (flick.height - height) / 2)

                Image {
                    anchors.fill: parent
                    visible: picture.status !== Image.Ready
                    source: viewer.current ? viewer.current.placeholder : ""
                    sourceSize: Qt.size(32, 32)
                    asynchronous: true
                }
                Image {
                    id: picture
                    objectName: "viewerImage"
                    readonly property bool loaded: status === Image.Ready
                    anchors.fill: parent
                    source: viewer.current ? viewer.current.full : ""
                    sourceSize: Qt.size(4096, 4096)
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    smooth: true
                    mipmap: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: viewer.current ? viewer.current.name : ""
                    // what the mouse does here, the keys do too
                    Accessible.description: qsTr("Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes")
                    // a click on the picture itself does not close
                    TapHandler {
                        onDoubleTapped: viewer.zoom = viewer.zoom > 1 ? 1 : 2
                    }
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: picture.status === Image.Loading
                    visible: running
                }
            }

            WheelHandler {
                acceptedModifiers: Qt.NoModifier | Qt.ControlModifier
                onWheel: (event) => viewer.zoomBy(event.angleDelta.y > 0 ? 1.15 : 1 / 1.15)
            }
        }

        // the top bar: who sent it, when, and the actions
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            height: 56
            color: "#80000000"
            Column {
                anchors.left: parent.left
                anchors.leftMargin: Theme.s4
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    textFormat: Text.PlainText
                    text: viewer.current ? viewer.current.sender : ""
                    color: "white"
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    textFormat: Text.PlainText
                    text: viewer.current ? qsTr("%1 · %2 of %3").arg(viewer.current.time)
                                                                .arg(viewer.index + 1).arg(viewer.pictures.length) : ""
                    color: "#ccffffff"
                    font.pixelSize: Theme.fontMeta
                }
            }
            Row {
                anchors.right: parent.right
                anchors.rightMargin: Theme.s3
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.s1
                RoundIconButton {
                    objectName: "viewerSaveButton"
                    iconSource: "../icons/download.svg"
                    tint: "white"
                    accessibleName: qsTr("Save to Downloads (Ctrl+S)")
                    onClicked: if (viewer.current) viewer.media.save(viewer.current.eventId)
                }
                RoundIconButton {
                    objectName: "viewerCloseButton"
                    iconSource: "../icons/close.svg"
                    tint: "white"
                    accessibleName: qsTr("Close (Esc)")
                    onClicked: viewer.close()
                }
            }
        }

        RoundIconButton {
            objectName: "viewerPreviousButton"
            visible: viewer.index > 0
            anchors.left: parent.left
            anchors.leftMargin: Theme.s4
            anchors.verticalCenter: parent.verticalCenter
            iconSource: "../icons/arrow-left.svg"
            tint: "white"
            fill: "#66000000"
            accessibleName: qsTr("Previous (Left)")
            onClicked: viewer.step(-1)
        }
        RoundIconButton {
            objectName: "viewerNextButton"
            visible: viewer.index >= 0 && viewer.index < viewer.pictures.length - 1
            anchors.right: parent.right
            anchors.rightMargin: Theme.s4
            anchors.verticalCenter: parent.verticalCenter
            iconSource: "../icons/arrow-left.svg"
            rotation: 180
            tint: "white"
            fill: "#66000000"
            accessibleName: qsTr("Next (Right)")
            onClicked: viewer.step(1)
        }
    }
}
