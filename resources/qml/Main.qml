pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    id: window

    // The AppController (Python): screen, login, session, settings.
    required property var app
    // started in the tray (--minimised, or the "start minimised" setting)
    property bool startHidden: false

    width: 1280
    height: 800
    minimumWidth: 480
    minimumHeight: 400
    visible: !startHidden
    title: window.app.desktop.unreadCount > 0 ? qsTr("Messenger (%1)").arg(window.app.desktop.unreadCount)
                                              : qsTr("Messenger")
    color: Theme.window

    font.pixelSize: Theme.fontBody

    readonly property bool darkTheme: Theme.dark

    function bringUp() {
        window.show()
        if (window.visibility === Window.Minimized)
            window.showNormal()
        if (Qt.platform.pluginName !== "offscreen")  // which has no stacking to change, and says so
            window.raise()
        window.requestActivate()
    }

    // closing the window keeps the app in the tray (a setting); otherwise it quits
    onClosing: function(close) {
        if (!window.app.desktop.hideToTray())
            window.app.desktop.quitRequested()
    }

    Connections {
        target: window.app.desktop
        function onShowWindowRequested() { window.bringUp() }
        function onToggleWindowRequested() {
            if (window.visible && window.active)
                window.hide()
            else
                window.bringUp()
        }
    }

    // a call rings: the window comes up (hidden in the tray, the desktop's notification says it)
    Connections {
        target: window.app.session ? window.app.session.calls : null
        function onIncomingRinging() {
            if (window.visible)
                window.bringUp()
        }
    }

    Binding {
        target: Theme
        property: "mode"
        value: window.app.settings.theme
    }
    // -- text size, compact mode, message layout (Settings, Appearance)
    Binding {
        target: Theme
        property: "fontScale"
        value: window.app.settings.fontScale
    }
    Binding {
        target: Theme
        property: "compact"
        value: window.app.settings.compactMode
    }
    Binding {
        target: Theme
        property: "messageLayout"
        value: window.app.settings.messageLayout
    }

    // signed in or not; modal popups (and the dialog itself) hold it back while open
    Shortcut {
        sequences: [StandardKey.Preferences, "Ctrl+,"]
        onActivated: settingsDialog.open()
        onActivatedAmbiguously: settingsDialog.open()  // macOS: both are Cmd+,
    }

    // -- Help: the shortcuts sheet (F1, Ctrl+/), About, the log folder, diagnostics ---------------
    Shortcut {
        sequences: ["F1", "Ctrl+/"]
        onActivated: shortcutsSheet.open()
    }

    function help(what: string) {
        if (what === "shortcuts")
            shortcutsSheet.open()
        else if (what === "about")
            aboutDialog.open()
        else if (what === "logs")
            window.app.help.openLogFolder()
        else if (what === "diagnostics")
            window.app.help.copyDiagnostics()
    }

    // made the first time each opens (start-up builds none of them)
    LazyPopup {
        id: shortcutsSheet
        host: window.contentItem
        ShortcutsDialog {
            help: window.app.help
        }
    }

    LazyPopup {
        id: aboutDialog
        host: window.contentItem
        AboutDialog {
            help: window.app.help
        }
    }

    LazyPopup {
        id: settingsDialog
        host: window.contentItem
        SettingsDialog {
            rows: window.app.settingsRows
            keywords: window.app.session ? window.app.session.keywords : null
            safety: window.app.session ? window.app.session.safety : null
            account: window.app.session ? window.app.session.account : null
            avatars: window.app.session ? window.app.session.avatars : null
            mediaCache: window.app.session ? window.app.session.mediaCache : null
        }
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
            spelling: window.app.spelling
            onSettingsRequested: settingsDialog.open()
            onHelpRequested: (what) => window.help(what)
        }
    }
}
