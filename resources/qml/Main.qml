pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    id: window

    // The AppController (Python): screen, login, session, settings.
    required property var app

    width: 1280
    height: 800
    minimumWidth: 480
    minimumHeight: 400
    visible: true
    title: qsTr("Messenger")
    color: Theme.window

    font.pixelSize: Theme.fontBody

    readonly property bool darkTheme: Theme.dark

    Binding {
        target: Theme
        property: "mode"
        value: window.app.settings.theme
    }

    Loader {
        id: screenLoader
        anchors.fill: parent
        focus: true
        sourceComponent: window.app.screen === "main" && window.app.session ? mainComponent
                       : window.app.screen === "login" ? loginComponent
                       : startingComponent
    }

    Component {
        id: startingComponent
        Rectangle {
            color: Theme.window
            Column {
                anchors.centerIn: parent
                spacing: Theme.s3
                BusyIndicator {
                    anchors.horizontalCenter: parent.horizontalCenter
                    running: true
                    Accessible.name: qsTr("Starting")
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "startupStatus"
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: text.length > 0
                    text: window.app.status
                    color: Theme.textDim
                }
            }
        }
    }

    Component {
        id: loginComponent
        LoginPage {
            controller: window.app.login
        }
    }

    Component {
        id: mainComponent
        MainPage {
            session: window.app.session
            settings: window.app.settings
            emojiModel: window.app.emoji
        }
    }
}
