"""Notifications on Linux/BSD desktops: the ``org.freedesktop.Notifications`` D-Bus service.

Spoken with jeepney's asyncio client on the app's (qasync) loop, not QtDBus: from Python, QtDBus can
only send an ``int`` as ``i``/``x`` (``QDBusArgument << int`` even gives ``q``), while ``Notify`` and
``CloseNotification`` take ``u`` ids, which GDBus/KDE servers check strictly; QtDBus's typed path
(a ``QDBusInterface``'s dynamic methods) makes *blocking* calls with the GIL held and has no type for
the ``a{sv}`` hints without Qt-specific annotations. jeepney is pure Python and already installed on
Linux with ``keyring`` (its Secret Service backend uses it). Nothing here blocks: every call is
awaited on the loop, one at a time, so replacing a notification always uses the id of the last one.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    message_bus,
    new_method_call,
)
from jeepney.io.asyncio import DBusRouter, open_dbus_router  # type: ignore[import-untyped]
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage

from messenger_desktop.qt.formatting import tr
from messenger_desktop.qt.platform.notifier import Notifier
from messenger_desktop.qt.tasks import TaskGroup

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "Messenger"
DESKTOP_ENTRY = "messenger-desktop"
CALL_TIMEOUT = 5.0  # seconds; a notification server that takes longer is treated as gone
PICTURE_SIDE = 96
"""The largest side of a notification's picture: every byte of it crosses the bus, and servers
show it at 48 px or so."""

_NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
_SIGNALS = MatchRule(type="signal", interface=SERVICE, path=PATH)


def image_data(picture: QImage) -> tuple[str, tuple[int, int, int, bool, int, int, bytes]]:
    """The ``image-data`` hint of ``picture`` (spec 1.2: ``(iiibiiay)`` width, height, rowstride,
    has alpha, 8 bits per sample, 4 channels, RGBA rows), at most :data:`PICTURE_SIDE` square.

    The alpha is straight, not premultiplied (servers hand the bytes to a GdkPixbuf/QImage as
    straight RGBA): a circular avatar keeps transparent corners and an unblended edge."""
    if picture.width() > PICTURE_SIDE or picture.height() > PICTURE_SIDE:
        picture = picture.scaled(
            PICTURE_SIDE,
            PICTURE_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    rgba = picture.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())[: rgba.sizeInBytes()]
    return ("(iiibiiay)", (rgba.width(), rgba.height(), rgba.bytesPerLine(), True, 8, 4, data))


class _SignalSink:
    """Stands in for the queue of a jeepney filter: hands each signal straight to a callback."""

    def __init__(self, notifier: FreedesktopNotifier) -> None:
        self._notifier = notifier

    def put_nowait(self, message: Message) -> None:
        self._notifier._on_signal(message)


class FreedesktopNotifier(Notifier):
    """Call ``await start()`` once (after which :meth:`available` answers), ``await close()`` at exit.

    :meth:`show`/:meth:`withdraw` return at once; the D-Bus calls run in order on the loop.
    """

    def __init__(self, parent: QObject | None = None, *, bus: str = "SESSION") -> None:
        super().__init__(parent)
        self._bus = bus
        self._router_cm: Any = None
        self._router: DBusRouter | None = None
        self._filter: Any = None
        self._capabilities: frozenset[str] = frozenset()
        self._available = False
        self._ids: dict[str, int] = {}  # key -> id the server gave its notification
        self._keys: dict[int, str] = {}  # and back, for the server's signals
        self._serial = asyncio.Lock()
        self._tasks = TaskGroup()

    @property
    def capabilities(self) -> frozenset[str]:
        return self._capabilities

    def available(self) -> bool:
        return self._available

    async def start(self) -> bool:
        """Connect, subscribe to the server's signals and ask its capabilities once."""
        try:
            opening = open_dbus_router(bus=self._bus)
            router = await asyncio.wait_for(opening.__aenter__(), CALL_TIMEOUT)
            # kept only once open: a router that never opened (no session bus) has nothing to close
            self._router_cm, self._router = opening, router
            self._filter = router.filter(_SIGNALS, queue=_SignalSink(self))
            self._filter.__enter__()
            await self._call(message_bus.AddMatch(_SIGNALS))
            (has_owner,) = await self._call(message_bus.NameHasOwner(SERVICE))
            if has_owner:
                (capabilities,) = await self._call(new_method_call(_NOTIFICATIONS, "GetCapabilities"))
                self._capabilities = frozenset(capabilities)
                self._available = True
        except (OSError, KeyError, TimeoutError, RuntimeError) as error:
            log.info("no desktop notifications: %s", error)
            self._available = False
        return self._available

    async def close(self) -> None:
        await self._tasks.cancel_all()
        self._available = False
        if self._filter is not None:
            self._filter.__exit__(None, None, None)
            self._filter = None
        if self._router_cm is not None:
            cm, self._router_cm, self._router = self._router_cm, None, None
            await cm.__aexit__(None, None, None)

    def show(
        self, key: str, title: str, body: str, *, can_reply: bool, picture: QImage | None = None
    ) -> None:
        if self._available:
            self._tasks.spawn(self._notify(key, title, body, can_reply, picture), name=f"notify {key}")

    def withdraw(self, key: str) -> None:
        if self._available:
            self._tasks.spawn(self._close(key), name=f"withdraw {key}")

    def show_call(self, key: str, title: str, body: str, *, picture: QImage | None = None) -> None:
        """Urgent (it stays until withdrawn, over full-screen windows), with Accept and Decline."""
        if self._available:
            self._tasks.spawn(self._notify(key, title, body, False, picture, call=True), name=f"notify {key}")

    async def wait_idle(self) -> None:
        """Until every call asked for so far has been answered (for tests and shutdown)."""
        await self._tasks.wait()

    # --- calls -------------------------------------------------------------------------------

    async def _call(self, message: Message) -> tuple[Any, ...]:
        assert self._router is not None
        reply = await asyncio.wait_for(self._router.send_and_get_reply(message), CALL_TIMEOUT)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(f"{message.header.fields}: {reply.body}")
        return tuple(reply.body)

    def _actions(self, can_reply: bool) -> list[str]:
        actions = ["default", tr("Open"), "mark-read", tr("Mark as read")]
        if can_reply and "inline-reply" in self._capabilities:
            actions += ["inline-reply", tr("Reply")]
        return actions

    def _text(self, text: str) -> str:
        if "body-markup" in self._capabilities:
            return html.escape(text, quote=False)
        return text

    async def _notify(
        self, key: str, title: str, body: str, can_reply: bool, picture: QImage | None, *, call: bool = False
    ) -> None:
        hints: dict[str, tuple[str, Any]] = {
            "category": ("s", "im.received"),
            "desktop-entry": ("s", DESKTOP_ENTRY),
            "x-kde-reply-placeholder-text": ("s", tr("Reply…")),
        }
        actions, timeout = self._actions(can_reply), -1
        if call:
            hints = {"category": ("s", "call.incoming"), "desktop-entry": ("s", DESKTOP_ENTRY)}
            hints["urgency"] = ("y", 2)  # critical: it stays until the ringing stops
            answer, decline = tr("Accept"), tr("Decline")
            actions, timeout = ["default", tr("Open"), "call-accept", answer, "call-decline", decline], 0
        if picture is not None and not picture.isNull():
            hints["image-data"] = image_data(picture)
        async with self._serial:
            replaces_id = self._ids.get(key, 0)
            args = (APP_NAME, replaces_id, "", title, self._text(body), actions, hints, timeout)
            try:
                (new_id,) = await self._call(new_method_call(_NOTIFICATIONS, "Notify", "susssasa{sv}i", args))
            except (RuntimeError, TimeoutError, OSError) as error:
                log.warning("Notify failed: %s", error)
                return
            if replaces_id and replaces_id != new_id:
                self._keys.pop(replaces_id, None)
            self._ids[key] = new_id
            self._keys[new_id] = key

    async def _close(self, key: str) -> None:
        async with self._serial:
            notification_id = self._ids.pop(key, None)
            if notification_id is None:
                return
            self._keys.pop(notification_id, None)
            try:
                await self._call(
                    new_method_call(_NOTIFICATIONS, "CloseNotification", "u", (notification_id,))
                )
            except (RuntimeError, TimeoutError, OSError) as error:
                log.warning("CloseNotification failed: %s", error)

    # --- signals from the server ------------------------------------------------------------

    def _on_signal(self, message: Message) -> None:
        member = message.header.fields.get(HeaderFields.member)
        body = message.body
        if not body or not isinstance(body[0], int):
            return
        key = self._keys.get(body[0])
        if key is None:
            return  # another application's notification, or one already gone
        if member == "ActionInvoked":
            if body[1] == "default":
                self.activated.emit(key)
            elif body[1] == "mark-read":
                self.markedRead.emit(key)
            elif body[1] == "call-accept":
                self.callAnswered.emit(key)
            elif body[1] == "call-decline":
                self.callDeclined.emit(key)
        elif member == "NotificationReplied":
            self.replied.emit(key, body[1])
        elif member == "NotificationClosed":
            self._keys.pop(body[0], None)
            if self._ids.get(key) == body[0]:
                del self._ids[key]
