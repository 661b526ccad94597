import QtQuick
import QtQuick.Controls.Basic

// A drop-down menu in the app's style (items are AppMenuItems). Arrow keys move, Enter picks,
// Esc closes and gives the focus back.
Menu {
    id: menu

    topPadding: Theme.s1
    bottomPadding: Theme.s1
    // entries the menu makes itself (the one opening a submenu) look like the others
    delegate: AppMenuItem { }

    background: Rectangle {
        implicitWidth: 220
        radius: Theme.radiusControl
        color: Theme.surfaceRaised
        border.color: Theme.divider
    }
}
