import QtQuick
import QtMultimedia

// The picture of the video playing in a row, on the GPU. Loaded by its URL only when a video
// plays: naming it in MediaPlayerContent would load QtMultimedia with the first video row.
VideoOutput {
    id: output

    required property var player    // the session's Playback
    required property string eventId

    fillMode: VideoOutput.PreserveAspectCrop  // the box has the video's shape (from info)
    Component.onCompleted: output.player.attachVideo(output.eventId, output)
    Component.onDestruction: output.player.attachVideo(output.eventId, null)
}
