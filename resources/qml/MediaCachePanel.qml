import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Settings › Media, under the rows: how much the media cache holds now, and Clear cache (after a
// confirmation). Only downloaded pictures, videos and files go; messages and drafts stay.
ColumnLayout {
    id: panel

    // session.mediaCache (a MediaCache)
    required property var cache

    objectName: "mediaCachePanel"
    spacing: Theme.s2

    Rectangle {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.s2
        implicitHeight: 1
        color: Theme.divider
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.s3
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Media cache")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Text {
                textFormat: Text.PlainText
                objectName: "mediaCacheUsed"
                Layout.fillWidth: true
                text: panel.cache.busy === "clearing" ? qsTr("Clearing…") : panel.cache.usedText
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
                wrapMode: Text.Wrap
            }
        }
        DialogButton {
            objectName: "clearMediaCache"
            enabled: panel.cache.busy === "" && panel.cache.usedBytes > 0
            danger: true
            text: qsTr("Clear cache")
            onClicked: confirm.open()
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "mediaCacheError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.cache.error
        color: Theme.danger
        font.pixelSize: Theme.fontMeta
        wrapMode: Text.Wrap
    }

    ConfirmDialog {
        id: confirm
        objectName: "confirmClearCache"
        parent: Overlay.overlay
        // centred on the window, set as it opens (qmllint takes a popup here for an item of the layout)
        onAboutToShow: {
            x = Math.round((parent.width - width) / 2)
            y = Math.round((parent.height - height) / 2)
        }
        title: qsTr("Clear the media cache?")
        text: qsTr("Pictures, videos and files are downloaded again when you look at them. Your messages stay.")
        confirmText: qsTr("Clear cache")
        confirmName: "confirmClearCacheButton"
        onConfirmed: panel.cache.clear()
    }
}
