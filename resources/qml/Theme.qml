pragma Singleton
import QtQuick

// Design tokens: one place for colours, spacing, radii and type sizes, light and dark together.
// `mode` comes from the settings ("system" follows the desktop's colour scheme, live: QStyleHints
// announces a change of colorScheme). So do the text size, compact mode and message layout.
QtObject {
    property string mode: "system"
    property int fontScale: 100  // percent: every font size below follows it
    property bool compact: false  // tighter timeline and conversation list
    property string messageLayout: "bubbles"  // "bubbles" | "irc" (one line per message)
    readonly property bool irc: messageLayout === "irc"
    readonly property bool dark: mode === "dark"
                                 || (mode === "system" && Application.styleHints.colorScheme === Qt.ColorScheme.Dark)

    // 4 px grid
    readonly property int s1: 4
    readonly property int s2: 8
    readonly property int s3: 12
    readonly property int s4: 16
    readonly property int s6: 24
    readonly property int s8: 32

    readonly property int avatarTimeline: 32  // beside other people's messages in a group

    readonly property int radiusControl: 8
    readonly property int radiusBubble: 16

    readonly property int fontBody: Math.round(14 * fontScale / 100)
    readonly property int fontMeta: Math.round(12 * fontScale / 100)
    readonly property int fontSmall: Math.round(11 * fontScale / 100)
    readonly property int fontTitle: Math.round(16 * fontScale / 100)
    readonly property int fontHeading: Math.round(22 * fontScale / 100)

    // the timeline: space above a message that starts a run of one sender's and above one that
    // continues it, and inside a bubble above and below its text
    readonly property int messageGap: compact ? 2 : s2
    readonly property int messageGapGrouped: compact ? 0 : 2
    readonly property int bubblePadding: irc ? 1 : compact ? 3 : s2 - 2
    // the conversation list: a row fits its two lines of text, and the avatar beside them
    readonly property int roomAvatar: compact ? 36 : 48
    readonly property int roomRowHeight: Math.max(roomAvatar + (compact ? s2 : s4),
                                                  Math.round(2.6 * fontBody) + (compact ? s2 : s4) + s1)

    readonly property int motion: 160

    // surfaces
    readonly property color window: dark ? "#17212b" : "#ffffff"
    readonly property color sidebar: dark ? "#17212b" : "#ffffff"
    readonly property color chatBackground: dark ? "#0e1621" : "#eef1f5"
    readonly property color surface: dark ? "#182533" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#202b36" : "#ffffff"
    readonly property color field: dark ? "#242f3d" : "#f1f3f5"
    readonly property color hover: dark ? "#202b36" : "#f4f5f7"
    readonly property color divider: dark ? "#0b121a" : "#e3e6ea"
    readonly property color shadow: dark ? "#40000000" : "#1a0e1621"

    // text
    readonly property color text: dark ? "#f5f7fa" : "#0f1419"
    readonly property color textDim: dark ? "#8d9ba8" : "#5f6b76"
    readonly property color textOnAccent: "#ffffff"
    readonly property color placeholder: dark ? "#6d7883" : "#8a949e"

    // accent and states
    readonly property color accent: dark ? "#5eadf0" : "#2f7dd6"
    readonly property color accentStrong: dark ? "#2b5278" : "#2f7dd6"
    readonly property color selection: dark ? "#2b5278" : "#2f7dd6"
    readonly property color bubbleOwn: dark ? "#2b5278" : "#d9eafe"
    readonly property color bubbleOther: dark ? "#182533" : "#ffffff"
    readonly property color bubbleOwnMeta: dark ? "#a8c6e4" : "#4f7aa8"
    readonly property color danger: dark ? "#ff7b72" : "#c62828"
    readonly property color dangerFill: dark ? "#b3362f" : "#c62828"
    readonly property color warning: dark ? "#5a4a1c" : "#fff4d6"
    readonly property color warningText: dark ? "#ffe3a3" : "#6b4e00"
    readonly property color badge: dark ? "#3e6a96" : "#2f7dd6"
    readonly property color pill: dark ? "#cc1b2733" : "#b3566b80"
    readonly property color pillText: "#ffffff"

    // conversation details
    readonly property color mention: dark ? "#3a3420" : "#fff6d6"
    readonly property color highlight: dark ? "#33507a" : "#bcd8fa"
    readonly property color chip: dark ? "#223344" : "#e8eef5"
    readonly property color chipMine: dark ? "#2f5f8f" : "#cfe3fb"
    readonly property color chipMineBorder: dark ? "#5eadf0" : "#2f7dd6"
    readonly property color quoteBackground: dark ? "#1a2f45" : "#eaf2fc"
    readonly property color link: dark ? "#71b7ff" : "#1f6fc5"

    // calls: the call screen is dark in both themes (faces and video read best on dark)
    readonly property color callAccept: "#2fb24c"
    readonly property color callEnd: "#e5483f"
    readonly property color callBar: dark ? "#1f6f35" : "#1f7f39"
    readonly property color callScreen: "#111a24"
    readonly property color callText: "#ffffff"
    readonly property color callTextDim: "#b3ffffff"
}
