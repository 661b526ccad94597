import QtQuick
import QtMultimedia

// One picture of a call, the other person's or the user's own: a VideoOutput the call's devices
// draw into (the view is attached while this exists). Where Qt Quick renders in software a
// VideoOutput stays blank, so the same frames are shown as images (image://callframe).
// Loaded only during a call: QtMultimedia is not needed before.
Item {
    id: root

    required property var view      // the call's VideoView: attach(), hasVideo
    required property string which  // "remote" | "local"
    property string outputName
    // fill the area (cutting the edges) when the picture's shape is close to it, as for a
    // camera; a shared screen, of another shape, is shown whole
    property bool crop: false
    readonly property bool cropping: {
        if (root.crop)
            return true
        const frame = output.sourceRect
        if (frame.width <= 0 || frame.height <= 0 || root.width <= 0 || root.height <= 0)
            return false
        const shape = (frame.width / frame.height) / (root.width / root.height)
        return shape > 0.7 && shape < 1.45
    }
    property bool mirrored: false   // the user's own preview, as in a mirror

    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    property int serial: 0

    VideoOutput {
        id: output
        objectName: root.outputName
        anchors.fill: parent
        fillMode: root.cropping ? VideoOutput.PreserveAspectCrop : VideoOutput.PreserveAspectFit
        transform: Scale {
            origin.x: output.width / 2
            xScale: root.mirrored ? -1 : 1
        }
    }

    property var attached: null
    function reattach() {
        if (root.attached && root.attached !== root.view)
            root.attached.attach(null)
        root.attached = root.view
        if (root.view)
            root.view.attach(output)
    }
    onViewChanged: reattach()
    Component.onCompleted: reattach()
    Component.onDestruction: if (root.attached) root.attached.attach(null)

    Connections {
        target: root.software ? output.videoSink : null
        function onVideoFrameChanged() { root.serial += 1 }
    }

    Image {
        anchors.fill: parent
        visible: root.software
        cache: false
        smooth: true
        fillMode: root.cropping ? Image.PreserveAspectCrop : Image.PreserveAspectFit
        source: root.software && root.serial > 0 ? "image://callframe/" + root.which + "/" + root.serial : ""
        mirror: root.mirrored
    }
}
