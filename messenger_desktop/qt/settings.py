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
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Section:
    """A page of the Settings window, in the order of :data:`SECTIONS`."""

    key: str
    label: str


SECTIONS: tuple[Section, ...] = (
    Section("notifications", "Notifications"),
    Section("chat", "Chats"),
    Section("appearance", "Appearance"),
    Section("window", "Window"),
    Section("privacy", "Privacy and safety"),
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

    def accepts(self, value: Any) -> bool:
        if type(value) is not self.type:  # bool is an int; be exact
            return False
        return not self.choices or value in self.choices


OPTIONS: tuple[Option, ...] = (
    Option(
        "theme",
        str,
        "system",
        "Colour theme: follow the system, or always light or dark.",
        ("system", "light", "dark"),
        label="Theme",
        section="appearance",
        choice_labels=("System", "Light", "Dark"),
    ),
    Option(
        "enterSends",
        bool,
        True,
        "Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.",
        label="Send with Enter",
        section="chat",
    ),
    Option(
        "stripImageMetadata",
        bool,
        True,
        "Photos are sent without their location, camera and other metadata (turned upright first).",
        label="Remove location and camera details from photos",
        section="chat",
    ),
    Option(
        "mediaCacheMegabytes",
        int,
        1024,
        "Pictures and files kept on this computer for viewing again, at most this many megabytes.",
        (256, 512, 1024, 2048, 5120),
        label="Media kept on this computer",
        section="chat",
        choice_labels=("256 MB", "512 MB", "1 GB", "2 GB", "5 GB"),
    ),
    Option(
        "declineStrangerInvites",
        bool,
        False,
        "Invitations from people you share no conversation with are declined automatically.",
        label="Only accept invites from people I share a conversation with",
        section="privacy",
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
        "Show a desktop notification for new messages that should notify you (each conversation's"
        " notification level decides which).",
        label="Desktop notifications",
        section="notifications",
    ),
    Option(
        "notificationPreview",
        bool,
        True,
        "Show who wrote and what in notifications; when off they only say there is a new message.",
        label="Show message content in notifications",
        section="notifications",
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
        "Closing the window keeps Messenger running in the system tray.",
        label="Keep running in the tray when closed",
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
        "Start in the system tray without showing the window.",
        label="Start minimised",
        section="window",
    ),
    Option(
        "startAtLogin",
        bool,
        False,
        "Start Messenger when you log in to your computer.",
        label="Start at login",
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
        try:
            temporary.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
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
    return {k: v for k, v in data.items() if k in BY_KEY and BY_KEY[k].accepts(v)}
