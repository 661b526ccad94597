"""The settings registry: every option declared once (key, type, default, description, and for
the Settings window its label, section and choice labels).

Values live as JSON in the profile's ``settings.json``; unknown keys and values of the wrong type
are ignored (the default applies), so an old or hand-edited file never breaks start-up. Code
subscribes to one option (:meth:`Settings.subscribe`); QML binds to the property of the same name,
whose notify signal fires only when that option changes.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from .formatting import QT_TRANSLATE_NOOP
from .languages import NATIVE_NAMES, SHIPPED

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Section:
    """A page of the Settings window, in the order of :data:`SECTIONS`."""

    key: str
    label: str


SECTIONS: tuple[Section, ...] = (
    Section("account", QT_TRANSLATE_NOOP("settings", "Account")),  # shown when signed in
    Section("notifications", QT_TRANSLATE_NOOP("settings", "Notifications")),
    Section("chat", QT_TRANSLATE_NOOP("settings", "Chats")),
    Section("appearance", QT_TRANSLATE_NOOP("settings", "Appearance")),
    Section("window", QT_TRANSLATE_NOOP("settings", "Window")),
    Section("network", QT_TRANSLATE_NOOP("settings", "Network")),
    Section("privacy", QT_TRANSLATE_NOOP("settings", "Privacy and safety")),
    Section("media", QT_TRANSLATE_NOOP("settings", "Media")),
)


@dataclass(frozen=True, slots=True)
class Option:
    """One setting. With a ``section`` it is a row of the Settings window (``label`` its name there,
    ``choice_labels`` the names of its ``choices``, in order); without, it is kept for the app's own
    use (recent emoji, hints shown) and never shown."""

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    label: str = ""
    section: str = ""
    choice_labels: tuple[str, ...] = ()
    shown_when: tuple[str, tuple[Any, ...]] | None = None
    """(another option's key, its values): the row is shown only while that option has one of them
    (the proxy's server and port only with a proxy)."""
    bounds: tuple[int, int] | None = None
    """For a number typed in: the smallest and largest value accepted."""
    secret: bool = False
    """Kept in memory only, never in ``settings.json``: its owner stores it in the OS keyring
    (:mod:`.network_proxy` for the proxy's password)."""

    def accepts(self, value: Any) -> bool:
        if type(value) is not self.type:  # bool is an int; be exact
            return False
        if self.bounds is not None:
            low, high = self.bounds
            number = cast(int, value)
            if not low <= number <= high:
                return False
        return not self.choices or value in self.choices


OPTIONS: tuple[Option, ...] = (
    Option(
        "theme",
        str,
        "system",
        QT_TRANSLATE_NOOP("settings", "Colour theme: follow the system, or always light or dark."),
        ("system", "light", "dark"),
        label=QT_TRANSLATE_NOOP("settings", "Theme"),
        section="appearance",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "System"),
            QT_TRANSLATE_NOOP("settings", "Light"),
            QT_TRANSLATE_NOOP("settings", "Dark"),
        ),
    ),
    Option(
        "language",
        str,
        "system",
        QT_TRANSLATE_NOOP("settings", "The language of Messenger: the system's, or one chosen here."),
        ("system", *SHIPPED),
        label=QT_TRANSLATE_NOOP("settings", "Language"),
        section="appearance",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "System language"),
            *(NATIVE_NAMES[code] for code in SHIPPED),  # each in itself, never translated
        ),
    ),
    Option(
        "enterSends",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings",
            "Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Send with Enter"),
        section="chat",
    ),
    Option(
        "stripImageMetadata",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings",
            "Photos are sent without their location, camera and other metadata (turned upright first).",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Remove location and camera details from photos"),
        section="privacy",
    ),
    Option(
        "mediaCacheMegabytes",
        int,
        1024,
        QT_TRANSLATE_NOOP(
            "settings",
            "Pictures and files kept on this computer for viewing again, at most this many megabytes.",
        ),
        (256, 512, 1024, 2048, 5120),
        label=QT_TRANSLATE_NOOP("settings", "Media kept on this computer"),
        section="media",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "256 MB"),
            QT_TRANSLATE_NOOP("settings", "512 MB"),
            QT_TRANSLATE_NOOP("settings", "1 GB"),
            QT_TRANSLATE_NOOP("settings", "2 GB"),
            QT_TRANSLATE_NOOP("settings", "5 GB"),
        ),
    ),
    Option(
        "declineStrangerInvites",
        bool,
        False,
        QT_TRANSLATE_NOOP(
            "settings",
            "Invitations from people you share no conversation with are declined automatically.",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Only accept invites from people I share a conversation with"),
        section="privacy",
    ),
    # -- privacy: receipts and typing; media: what downloads by itself (Settings › Account's
    # neighbours; see qt/privacy_settings.py and qt/auto_download.py)
    Option(
        "sendReadReceipts",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings",
            "Others see how far you have read. When off, only your own devices know (unread counts"
            " still clear everywhere).",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Send read receipts"),
        section="privacy",
    ),
    Option(
        "sendTypingNotices",
        bool,
        True,
        QT_TRANSLATE_NOOP("settings", "Others see “typing…” while you write to them."),
        label=QT_TRANSLATE_NOOP("settings", "Send typing notices"),
        section="privacy",
    ),
    Option(
        "autoDownloadMegabytes",
        int,
        20,
        QT_TRANSLATE_NOOP(
            "settings",
            "Videos and files up to this size download as soon as they are on screen; larger ones"
            " wait for a click on Download.",
        ),
        (0, 5, 20, 50, 100),
        label=QT_TRANSLATE_NOOP("settings", "Download automatically"),
        section="media",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "Never"),
            QT_TRANSLATE_NOOP("settings", "5 MB"),
            QT_TRANSLATE_NOOP("settings", "20 MB"),
            QT_TRANSLATE_NOOP("settings", "50 MB"),
            QT_TRANSLATE_NOOP("settings", "100 MB"),
        ),
    ),
    Option(
        "recentEmoji",
        list,
        [],
        "The emoji picked most recently, newest first (at most 32), for the picker's Recent tab.",
    ),
    Option(
        "emojiSkinTone",
        int,
        0,
        "Skin tone for emoji that have them: 0 the default yellow, 1–5 light to dark.",
        (0, 1, 2, 3, 4, 5),
    ),
    Option(
        "notifications",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings",
            "Show a desktop notification for new messages that should notify you (each conversation's"
            " notification level decides which).",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Desktop notifications"),
        section="notifications",
    ),
    Option(
        "notificationPreview",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings",
            "Show who wrote and what in notifications; when off they only say there is a new message.",
        ),
        label=QT_TRANSLATE_NOOP("settings", "Show message content in notifications"),
        section="privacy",
    ),
    Option(
        "doNotDisturbUntil",
        float,
        0.0,
        "No notifications until this time (milliseconds since 1970, UTC; a float, as JavaScript's"
        " Date.now() is); 0 when off.",
    ),
    Option(
        "closeToTray",
        bool,
        True,
        QT_TRANSLATE_NOOP("settings", "Closing the window keeps Messenger running in the system tray."),
        label=QT_TRANSLATE_NOOP("settings", "Keep running in the tray when closed"),
        section="window",
    ),
    Option(
        "trayHintShown",
        bool,
        False,
        "The one-time hint that Messenger keeps running in the tray has been shown.",
    ),
    Option(
        "startMinimised",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Start in the system tray without showing the window."),
        label=QT_TRANSLATE_NOOP("settings", "Start minimised"),
        section="window",
    ),
    Option(
        "startAtLogin",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Start Messenger when you log in to your computer."),
        label=QT_TRANSLATE_NOOP("settings", "Start at login"),
        section="window",
    ),
    Option(
        "callMicrophone",
        str,
        "",
        "The microphone calls use (its device id); empty for the system's default.",
    ),
    Option(
        "callSpeaker",
        str,
        "",
        "The speaker or headphones calls use (its device id); empty for the system's default.",
    ),
    Option(
        "callCamera",
        str,
        "",
        "The camera video calls use (its device id); empty for the system's default.",
    ),
    # -- text size, compact mode, message layout, spelling, network proxy ---------------------------
    Option(
        "fontScale",
        int,
        100,
        QT_TRANSLATE_NOOP("settings", "The size of all text in Messenger, in percent of the usual size."),
        (90, 100, 115, 130),
        label=QT_TRANSLATE_NOOP("settings", "Text size"),
        section="appearance",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "90%"),
            QT_TRANSLATE_NOOP("settings", "100%"),
            QT_TRANSLATE_NOOP("settings", "115%"),
            QT_TRANSLATE_NOOP("settings", "130%"),
        ),
    ),
    Option(
        "compactMode",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Less space between messages and between conversations in the list."),
        label=QT_TRANSLATE_NOOP("settings", "Compact mode"),
        section="appearance",
    ),
    Option(
        "messageLayout",
        str,
        "bubbles",
        QT_TRANSLATE_NOOP(
            "settings", "Messages in bubbles, or one line each: time, name and text (as in IRC)."
        ),
        ("bubbles", "irc"),
        label=QT_TRANSLATE_NOOP("settings", "Message layout"),
        section="appearance",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "Bubbles"),
            QT_TRANSLATE_NOOP("settings", "One line (IRC)"),
        ),
    ),
    Option(
        "spellCheck",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "settings", "Underline misspelled words while you write; right-click one for suggestions."
        ),
        label=QT_TRANSLATE_NOOP("settings", "Check spelling"),
        section="chat",
    ),
    Option(
        "spellLanguage",
        str,
        "auto",
        QT_TRANSLATE_NOOP("settings", "The dictionary spelling is checked with."),
        ("auto", "en_US", "de_DE", "fr_FR", "pl_PL", "ro_RO", "ru_RU"),
        label=QT_TRANSLATE_NOOP("settings", "Spelling language"),
        section="chat",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "Messenger's language"),
            "English (US)",  # each in itself, never translated
            "Deutsch",
            "Français",
            "Polski",
            "Română",
            "Русский",
        ),
        shown_when=("spellCheck", (True,)),
    ),
    Option(
        "proxyMode",
        str,
        "none",
        QT_TRANSLATE_NOOP(
            "settings",
            "How Messenger reaches your server. System uses the proxy of the environment (the"
            " HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.",
        ),
        ("none", "system", "http", "socks5"),
        label=QT_TRANSLATE_NOOP("settings", "Proxy"),
        section="network",
        choice_labels=(
            QT_TRANSLATE_NOOP("settings", "None"),
            QT_TRANSLATE_NOOP("settings", "System"),
            QT_TRANSLATE_NOOP("settings", "HTTP"),
            QT_TRANSLATE_NOOP("settings", "SOCKS5"),
        ),
    ),
    Option(
        "proxyHost",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "The proxy's host name or address."),
        label=QT_TRANSLATE_NOOP("settings", "Proxy server"),
        section="network",
        shown_when=("proxyMode", ("http", "socks5")),
    ),
    Option(
        "proxyPort",
        int,
        0,
        QT_TRANSLATE_NOOP("settings", "Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5."),
        label=QT_TRANSLATE_NOOP("settings", "Port"),
        section="network",
        shown_when=("proxyMode", ("http", "socks5")),
        bounds=(0, 65535),
    ),
    Option(
        "proxyUser",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Only if the proxy asks for one."),
        label=QT_TRANSLATE_NOOP("settings", "User name"),
        section="network",
        shown_when=("proxyMode", ("http", "socks5")),
    ),
    Option(
        "proxyPassword",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Kept in the system's password store, never in a file."),
        label=QT_TRANSLATE_NOOP("settings", "Password"),
        section="network",
        shown_when=("proxyMode", ("http", "socks5")),
        secret=True,
    ),
)
BY_KEY = {option.key: option for option in OPTIONS}


def _option_property(key: str, notify: Signal) -> QtProperty:
    option = BY_KEY[key]

    def getter(self: Settings) -> Any:
        return self.value(key)

    def setter(self: Settings, value: Any) -> None:
        self.set_value(key, value)

    return QtProperty(option.type, getter, setter, notify=notify)


class Settings(QObject):
    changed = Signal(str)
    """Any option changed (its key)."""

    themeChanged = Signal()
    theme = _option_property("theme", themeChanged)
    languageChanged = Signal()
    language = _option_property("language", languageChanged)
    enterSendsChanged = Signal()
    enterSends = _option_property("enterSends", enterSendsChanged)
    recentEmojiChanged = Signal()
    recentEmoji = _option_property("recentEmoji", recentEmojiChanged)
    emojiSkinToneChanged = Signal()
    emojiSkinTone = _option_property("emojiSkinTone", emojiSkinToneChanged)
    notificationsChanged = Signal()
    notifications = _option_property("notifications", notificationsChanged)
    notificationPreviewChanged = Signal()
    notificationPreview = _option_property("notificationPreview", notificationPreviewChanged)
    doNotDisturbUntilChanged = Signal()
    doNotDisturbUntil = _option_property("doNotDisturbUntil", doNotDisturbUntilChanged)
    closeToTrayChanged = Signal()
    closeToTray = _option_property("closeToTray", closeToTrayChanged)
    trayHintShownChanged = Signal()
    trayHintShown = _option_property("trayHintShown", trayHintShownChanged)
    startMinimisedChanged = Signal()
    startMinimised = _option_property("startMinimised", startMinimisedChanged)
    startAtLoginChanged = Signal()
    startAtLogin = _option_property("startAtLogin", startAtLoginChanged)
    callMicrophoneChanged = Signal()
    callMicrophone = _option_property("callMicrophone", callMicrophoneChanged)
    callSpeakerChanged = Signal()
    callSpeaker = _option_property("callSpeaker", callSpeakerChanged)
    callCameraChanged = Signal()
    callCamera = _option_property("callCamera", callCameraChanged)
    stripImageMetadataChanged = Signal()
    stripImageMetadata = _option_property("stripImageMetadata", stripImageMetadataChanged)
    declineStrangerInvitesChanged = Signal()
    declineStrangerInvites = _option_property("declineStrangerInvites", declineStrangerInvitesChanged)
    mediaCacheMegabytesChanged = Signal()
    mediaCacheMegabytes = _option_property("mediaCacheMegabytes", mediaCacheMegabytesChanged)
    # -- read receipts, typing notices, automatic downloads
    sendReadReceiptsChanged = Signal()
    sendReadReceipts = _option_property("sendReadReceipts", sendReadReceiptsChanged)
    sendTypingNoticesChanged = Signal()
    sendTypingNotices = _option_property("sendTypingNotices", sendTypingNoticesChanged)
    autoDownloadMegabytesChanged = Signal()
    autoDownloadMegabytes = _option_property("autoDownloadMegabytes", autoDownloadMegabytesChanged)
    # -- text size, compact mode, message layout, spelling, network proxy
    fontScaleChanged = Signal()
    fontScale = _option_property("fontScale", fontScaleChanged)
    compactModeChanged = Signal()
    compactMode = _option_property("compactMode", compactModeChanged)
    messageLayoutChanged = Signal()
    messageLayout = _option_property("messageLayout", messageLayoutChanged)
    spellCheckChanged = Signal()
    spellCheck = _option_property("spellCheck", spellCheckChanged)
    spellLanguageChanged = Signal()
    spellLanguage = _option_property("spellLanguage", spellLanguageChanged)
    proxyModeChanged = Signal()
    proxyMode = _option_property("proxyMode", proxyModeChanged)
    proxyHostChanged = Signal()
    proxyHost = _option_property("proxyHost", proxyHostChanged)
    proxyPortChanged = Signal()
    proxyPort = _option_property("proxyPort", proxyPortChanged)
    proxyUserChanged = Signal()
    proxyUser = _option_property("proxyUser", proxyUserChanged)
    proxyPasswordChanged = Signal()
    proxyPassword = _option_property("proxyPassword", proxyPasswordChanged)

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._values: dict[str, Any] = {}
        self._subscribers: dict[str, list[Callable[[Any], None]]] = {}
        if path is not None:
            self._values = _read(path)

    def value(self, key: str) -> Any:
        option = BY_KEY[key]
        return self._values.get(key, option.default)

    @Slot(str, "QVariant")
    def setValue(self, key: str, value: Any) -> None:
        self.set_value(key, value)

    def set_value(self, key: str, value: Any) -> None:
        option = BY_KEY.get(key)
        if option is None:
            raise KeyError(f"unknown setting {key!r}")
        if not option.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for {key}")
        if self.value(key) == value:
            return
        self._values[key] = value
        if not option.secret:
            self._save()
        getattr(self, f"{key}Changed").emit()
        self.changed.emit(key)
        for callback in list(self._subscribers.get(key, ())):
            callback(value)

    def subscribe(self, key: str, callback: Callable[[Any], None]) -> Callable[[], None]:
        if key not in BY_KEY:
            raise KeyError(f"unknown setting {key!r}")
        self._subscribers.setdefault(key, []).append(callback)
        return lambda: self._subscribers[key].remove(callback)

    def _save(self) -> None:
        if self._path is None:
            return
        temporary = self._path.with_name(self._path.name + ".tmp")
        kept = {key: value for key, value in self._values.items() if not BY_KEY[key].secret}
        try:
            temporary.write_text(json.dumps(kept, indent=2, sort_keys=True), encoding="utf-8")
            os.replace(temporary, self._path)
        except OSError as exc:
            log.warning("settings not saved to %s: %s", self._path, exc)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in BY_KEY and not BY_KEY[k].secret and BY_KEY[k].accepts(v)}
