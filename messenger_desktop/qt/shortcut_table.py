"""Every keyboard shortcut of the app, once: the Keyboard shortcuts sheet (F1) shows this table.

Each entry says where the key is handled — a ``Shortcut``'s ``sequence`` in a QML file, or (for
keys a ``Keys`` handler reads) the code that reads it — and a unit test holds the table and the
QML together both ways (tests/unit/test_shortcut_table.py): a new ``Shortcut`` missing here, or an
entry whose key is handled nowhere, fails it. Keys are written the portable way ("Ctrl+K") and
shown the platform's way (⌘K on macOS).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from .formatting import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    label: str


GROUPS: tuple[Group, ...] = (
    Group("general", QT_TRANSLATE_NOOP("shortcuts", "General")),
    Group("navigation", QT_TRANSLATE_NOOP("shortcuts", "Conversations")),
    Group("messages", QT_TRANSLATE_NOOP("shortcuts", "Messages")),
    Group("composer", QT_TRANSLATE_NOOP("shortcuts", "Writing")),
    Group("pictures", QT_TRANSLATE_NOOP("shortcuts", "Picture viewer")),
    Group("calls", QT_TRANSLATE_NOOP("shortcuts", "Calls")),
)


@dataclass(frozen=True, slots=True)
class KeyBinding:
    group: str
    keys: tuple[str, ...]
    """Portable key sequences ("Ctrl+Shift+Up"); several are alternatives."""
    action: str
    qml: str
    """The QML file handling it."""
    handled_by: tuple[str, ...] = ()
    """Empty: a ``Shortcut`` in :attr:`qml` has each of :attr:`keys` as its sequence. Otherwise the
    code of :attr:`qml` that reads the key (``Qt.Key_R``, ``StandardKey.Paste``, ``Keys.onEscapePressed``)."""


SHORTCUTS: tuple[KeyBinding, ...] = (
    # general
    KeyBinding("general", ("F1", "Ctrl+/"), QT_TRANSLATE_NOOP("shortcuts", "Keyboard shortcuts"), "Main.qml"),
    KeyBinding("general", ("Ctrl+,",), QT_TRANSLATE_NOOP("shortcuts", "Settings"), "Main.qml"),
    KeyBinding(
        "general",
        ("Esc",),
        QT_TRANSLATE_NOOP("shortcuts", "Close the panel, back to the message field"),
        "MainPage.qml",
    ),
    # between conversations
    KeyBinding(
        "navigation",
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP("shortcuts", "Find a conversation or a person"),
        "MainPage.qml",
    ),
    KeyBinding(
        "navigation", ("Alt+Up",), QT_TRANSLATE_NOOP("shortcuts", "Previous conversation"), "MainPage.qml"
    ),
    KeyBinding(
        "navigation", ("Alt+Down",), QT_TRANSLATE_NOOP("shortcuts", "Next conversation"), "MainPage.qml"
    ),
    KeyBinding(
        "navigation",
        ("Ctrl+Shift+Up",),
        QT_TRANSLATE_NOOP("shortcuts", "Previous unread conversation"),
        "MainPage.qml",
    ),
    KeyBinding(
        "navigation",
        ("Ctrl+Shift+Down",),
        QT_TRANSLATE_NOOP("shortcuts", "Next unread conversation"),
        "MainPage.qml",
    ),
    KeyBinding("navigation", ("Ctrl+N",), QT_TRANSLATE_NOOP("shortcuts", "New conversation"), "MainPage.qml"),
    KeyBinding(
        "navigation",
        ("Ctrl+Shift+J",),
        QT_TRANSLATE_NOOP("shortcuts", "Join a room by its name or address"),
        "MainPage.qml",
    ),
    KeyBinding(
        "navigation",
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("shortcuts", "Search in this conversation"),
        "MainPage.qml",
    ),
    KeyBinding(
        "navigation", ("Ctrl+Shift+M",), QT_TRANSLATE_NOOP("shortcuts", "Conversation menu"), "MainPage.qml"
    ),
    # a selected message in the timeline
    KeyBinding(
        "messages",
        ("Ctrl+Up",),
        QT_TRANSLATE_NOOP("shortcuts", "Select messages (from the message field)"),
        "Composer.qml",
        ("Qt.Key_Up",),
    ),
    KeyBinding(
        "messages", ("Up",), QT_TRANSLATE_NOOP("shortcuts", "Older message"), "ChatView.qml", ("Qt.Key_Up",)
    ),
    KeyBinding(
        "messages",
        ("Down",),
        QT_TRANSLATE_NOOP("shortcuts", "Newer message"),
        "ChatView.qml",
        ("Qt.Key_Down",),
    ),
    KeyBinding(
        "messages",
        ("PgUp", "PgDown"),
        QT_TRANSLATE_NOOP("shortcuts", "Scroll a page"),
        "ChatView.qml",
        ("Qt.Key_PageUp", "Qt.Key_PageDown"),
    ),
    KeyBinding("messages", ("R",), QT_TRANSLATE_NOOP("shortcuts", "Reply"), "ChatView.qml", ("Qt.Key_R",)),
    KeyBinding(
        "messages", ("E",), QT_TRANSLATE_NOOP("shortcuts", "Edit your message"), "ChatView.qml", ("Qt.Key_E",)
    ),
    KeyBinding(
        "messages", ("T",), QT_TRANSLATE_NOOP("shortcuts", "Reply in a thread"), "ChatView.qml", ("Qt.Key_T",)
    ),
    KeyBinding(
        "messages",
        ("+", "="),
        QT_TRANSLATE_NOOP("shortcuts", "React"),
        "ChatView.qml",
        ("Qt.Key_Plus", "Qt.Key_Equal"),
    ),
    KeyBinding(
        "messages",
        ("Ctrl+C",),
        QT_TRANSLATE_NOOP("shortcuts", "Copy the text"),
        "ChatView.qml",
        ("Qt.Key_C",),
    ),
    KeyBinding(
        "messages", ("Del",), QT_TRANSLATE_NOOP("shortcuts", "Delete"), "ChatView.qml", ("Qt.Key_Delete",)
    ),
    KeyBinding(
        "messages",
        ("Menu", "Shift+F10"),
        QT_TRANSLATE_NOOP("shortcuts", "More actions"),
        "ChatView.qml",
        ("Qt.Key_Menu", "Qt.Key_F10"),
    ),
    KeyBinding(
        "messages",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Open the picture"),
        "ChatView.qml",
        ("Qt.Key_Return", "Qt.Key_Enter"),
    ),
    KeyBinding(
        "messages",
        ("Esc",),
        QT_TRANSLATE_NOOP("shortcuts", "Back to the message field"),
        "ChatView.qml",
        ("Qt.Key_Escape",),
    ),
    # the message field
    KeyBinding(
        "composer",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Send (or a new line, as set in Settings)"),
        "Composer.qml",
        ("Qt.Key_Return",),
    ),
    KeyBinding(
        "composer",
        ("Ctrl+Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Send"),
        "Composer.qml",
        ("Qt.Key_Return",),
    ),
    KeyBinding(
        "composer",
        ("Shift+Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "New line"),
        "Composer.qml",
        ("Qt.ShiftModifier",),
    ),
    KeyBinding(
        "composer",
        ("Up",),
        QT_TRANSLATE_NOOP("shortcuts", "Edit your last message (in an empty field)"),
        "Composer.qml",
        ("Qt.Key_Up",),
    ),
    KeyBinding(
        "composer",
        ("Tab",),
        QT_TRANSLATE_NOOP("shortcuts", "Complete a name, emoji or command"),
        "Composer.qml",
        ("Qt.Key_Tab",),
    ),
    KeyBinding(
        "composer",
        ("Esc",),
        QT_TRANSLATE_NOOP("shortcuts", "Cancel the reply or the edit; in an empty field, back to the list"),
        "Composer.qml",
        ("Qt.Key_Escape",),
    ),
    KeyBinding("composer", ("Ctrl+O",), QT_TRANSLATE_NOOP("shortcuts", "Send files"), "ChatView.qml"),
    KeyBinding(
        "composer",
        ("Ctrl+V",),
        QT_TRANSLATE_NOOP("shortcuts", "Paste a picture or files"),
        "Composer.qml",
        ("StandardKey.Paste",),
    ),
    KeyBinding(
        "composer",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Send the voice message being recorded"),
        "VoiceRecorder.qml",
        ("Keys.onReturnPressed",),
    ),
    KeyBinding(
        "composer",
        ("Esc",),
        QT_TRANSLATE_NOOP("shortcuts", "Throw away the voice message being recorded"),
        "VoiceRecorder.qml",
        ("Keys.onEscapePressed",),
    ),
    # the picture viewer
    KeyBinding(
        "pictures",
        ("Left", "Right"),
        QT_TRANSLATE_NOOP("shortcuts", "Previous or next picture"),
        "MediaViewer.qml",
        ("Qt.Key_Left", "Qt.Key_Right"),
    ),
    KeyBinding(
        "pictures",
        ("+", "-"),
        QT_TRANSLATE_NOOP("shortcuts", "Zoom in or out"),
        "MediaViewer.qml",
        ("Qt.Key_Plus", "Qt.Key_Minus"),
    ),
    KeyBinding(
        "pictures", ("0",), QT_TRANSLATE_NOOP("shortcuts", "Actual size"), "MediaViewer.qml", ("Qt.Key_0",)
    ),
    KeyBinding(
        "pictures",
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("shortcuts", "Save the picture"),
        "MediaViewer.qml",
        ("StandardKey.Save",),
    ),
    # calls
    KeyBinding(
        "calls", ("Ctrl+Shift+A",), QT_TRANSLATE_NOOP("shortcuts", "Answer a call"), "IncomingCallDialog.qml"
    ),
    KeyBinding(
        "calls", ("Ctrl+Shift+D",), QT_TRANSLATE_NOOP("shortcuts", "Decline a call"), "IncomingCallDialog.qml"
    ),
    KeyBinding(
        "calls", ("Ctrl+D",), QT_TRANSLATE_NOOP("shortcuts", "Mute or unmute the microphone"), "MainPage.qml"
    ),
    KeyBinding(
        "calls", ("Ctrl+E",), QT_TRANSLATE_NOOP("shortcuts", "Turn the camera on or off"), "MainPage.qml"
    ),
    KeyBinding("calls", ("Ctrl+Shift+H",), QT_TRANSLATE_NOOP("shortcuts", "Hang up"), "MainPage.qml"),
    KeyBinding(
        "calls",
        ("Esc",),
        QT_TRANSLATE_NOOP("shortcuts", "Leave the call screen (the call goes on)"),
        "CallView.qml",
    ),
)


def native(keys: str) -> str:
    """``Ctrl+Shift+Up`` as the platform writes it (``⇧⌘↑`` on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def sheet_rows() -> list[dict[str, object]]:
    """The table for the sheet, translated now (the language can change while the app runs):
    ``group`` (its label), ``action``, ``keys`` (native texts), in table order."""
    labels = {g.key: QCoreApplication.translate("shortcuts", g.label) for g in GROUPS}
    order = {g.key: i for i, g in enumerate(GROUPS)}
    rows = sorted(SHORTCUTS, key=lambda b: order[b.group])
    return [
        {
            "group": labels[b.group],
            "action": QCoreApplication.translate("shortcuts", b.action),
            "keys": [native(k) for k in b.keys],
        }
        for b in rows
    ]
