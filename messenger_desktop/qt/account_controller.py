"""Settings › Account as QML sees it (``session.account``): the display name, the devices signed in
to the account with Sign out, and Change password.

Slots return at once; the work runs as tasks. Signing out devices and changing the password may
need the user's password (the server's user-interactive authentication,
:mod:`~messenger_desktop.session.interactive_auth`): then :attr:`askingPassword` turns true, QML
shows a small dialog, and :meth:`submitPassword` or :meth:`cancelPassword` answers. A wrong
password keeps the dialog open with one sentence (:attr:`authError`). Results and failures are one
sentence next to where they happened: under the name, the devices list or the password form.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.errors import ApiError, MatrixError
from ..api.ids import DeviceId
from ..session import account
from ..session.account import Device
from ..session.interactive_auth import AuthCancelled, OtherStagesNeeded, TooManyAttempts
from ..session.session import Session
from .formatting import clock, day_label, local_time, tr, trn
from .privacy_settings import follow_privacy_settings
from .settings import Settings
from .tasks import TaskGroup

log = logging.getLogger(__name__)


def auth_failure(error: BaseException, describe: Callable[[BaseException], str]) -> str:
    """What went wrong with a guarded request, in one sentence ("" when the user cancelled)."""
    if isinstance(error, AuthCancelled):
        return ""
    if isinstance(error, OtherStagesNeeded):
        return tr(
            "Your server wants this confirmed in a way Messenger cannot do here; do it on your"
            " server's web page or in another Matrix app."
        )
    if isinstance(error, TooManyAttempts):
        return tr("The password was wrong too many times; try again later.")
    if isinstance(error, MatrixError) and error.errcode == "M_WEAK_PASSWORD":
        return tr("The server finds the new password too weak: %1").replace(
            "%1", error.error or error.errcode
        )
    return describe(error)


def last_seen_text(device: Device, now: datetime | None = None) -> str:
    """ "Last active: Today, 14:05 · 192.0.2.1" (what the server says of it)."""
    parts = []
    if device.last_seen_ms:
        when = local_time(device.last_seen_ms)  # a server may say the year 287396
        today = (now or datetime.now()).date()
        parts.append(
            tr("Last active: %1").replace(
                "%1", f"{day_label(when.date(), today)}, {clock(device.last_seen_ms)}"
            )
        )
    if device.last_seen_ip:
        parts.append(device.last_seen_ip)
    return " · ".join(parts)


class AccountController(QObject):
    nameChanged = Signal()
    devicesChanged = Signal()
    busyChanged = Signal()
    messagesChanged = Signal()
    authChanged = Signal()
    passwordChanged = Signal()
    """The password was changed (QML empties the form)."""

    def __init__(
        self,
        session: Session,
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._tasks = TaskGroup(on_error=lambda error: self._set_messages(devices=describe(error)))
        self._name = ""
        self._devices: list[Device] = []
        self._rows: list[dict[str, Any]] = []
        self._loading = False
        self._busy = ""
        """What runs now: "name", "devices", "password" ("" for nothing)."""
        self._signing_out: set[str] = set()
        self._messages = {"name": "", "devices": "", "password": ""}
        self._asking = False
        self._auth_busy = False
        self._auth_error = ""
        self._answer: asyncio.Future[str | None] | None = None
        self._stop_privacy: Callable[[], None] | None = None

    # -- life cycle (Python) ---------------------------------------------------------------------

    def use_settings(self, settings: Settings) -> None:
        """Follow the privacy settings (read receipts, typing notices) for this session."""
        self._stop_privacy = follow_privacy_settings(self._session, settings)

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        if self._stop_privacy is not None:
            self._stop_privacy()
            self._stop_privacy = None
        self._answer_with(None)
        await self._tasks.cancel_all()

    # -- for QML ---------------------------------------------------------------------------------

    def _get_user_id(self) -> str:
        return self._session.user_id

    userId = QtProperty(str, _get_user_id, constant=True)

    def _get_device_id(self) -> str:
        return self._session.credentials.device_id

    deviceId = QtProperty(str, _get_device_id, constant=True)
    """This device's id (marked "this device" in the list)."""

    def _get_name(self) -> str:
        return self._name

    displayName = QtProperty(str, _get_name, notify=nameChanged)
    """The display name as the server has it ("" before it is read, or when there is none)."""

    def _get_devices(self) -> list[dict[str, Any]]:
        return self._rows

    devices = QtProperty(list, _get_devices, notify=devicesChanged)
    """[{deviceId, name, lastSeen, current, signingOut}], this device first."""

    def _get_loading(self) -> bool:
        return self._loading

    loading = QtProperty(bool, _get_loading, notify=devicesChanged)

    def _get_busy(self) -> str:
        return self._busy

    busy = QtProperty(str, _get_busy, notify=busyChanged)
    """"name", "devices" or "password" while that is under way; "" otherwise."""

    def _get_name_message(self) -> str:
        return self._messages["name"]

    nameMessage = QtProperty(str, _get_name_message, notify=messagesChanged)
    """Why the name did not change ("" when it did)."""

    def _get_devices_message(self) -> str:
        return self._messages["devices"]

    devicesMessage = QtProperty(str, _get_devices_message, notify=messagesChanged)
    """Under the devices list: what signing out did, or why it did not."""

    def _get_password_message(self) -> str:
        return self._messages["password"]

    passwordMessage = QtProperty(str, _get_password_message, notify=messagesChanged)
    """Under the password form: changed, or why not."""

    def _get_asking(self) -> bool:
        return self._asking

    askingPassword = QtProperty(bool, _get_asking, notify=authChanged)
    """The server wants the user's password to go on: QML shows the password dialog."""

    def _get_auth_busy(self) -> bool:
        return self._auth_busy

    authBusy = QtProperty(bool, _get_auth_busy, notify=authChanged)
    """The password given is being checked by the server."""

    def _get_auth_error(self) -> str:
        return self._auth_error

    authError = QtProperty(str, _get_auth_error, notify=authChanged)

    @Slot()
    def load(self) -> None:
        """Read the name and the devices from the server (the Account page opens)."""
        self._loading = True
        self.devicesChanged.emit()
        self._tasks.spawn(self._load(), name="account-load")

    @Slot(str)
    def setDisplayName(self, name: str) -> None:
        if self._busy or not name.strip() or name.strip() == self._name:
            return
        self._run("name", self._change_name(name), "name")

    @Slot(str, str)
    def renameDevice(self, device_id: str, name: str) -> None:
        if not device_id or not name.strip():
            return

        async def rename() -> None:
            await account.rename_device(self._session.api, DeviceId(device_id), name)
            await self._load_devices()

        self._run("devices", rename(), "devices")

    @Slot(str)
    def signOutDevice(self, device_id: str) -> None:
        if device_id and device_id != self._session.credentials.device_id:
            self._sign_out((DeviceId(device_id),))

    @Slot()
    def signOutOtherDevices(self) -> None:
        own = self._session.credentials.device_id
        others = tuple(d.device_id for d in self._devices if d.device_id != own)
        if others:
            self._sign_out(others)

    @Slot(str, bool)
    def changePassword(self, new_password: str, sign_out_others: bool) -> None:
        if self._busy or not new_password:
            return
        self._run("password", self._change_password(new_password, sign_out_others), "password")

    @Slot(str)
    def submitPassword(self, password: str) -> None:
        if self._answer is not None and not self._answer.done() and password:
            self._auth_busy = True
            self._auth_error = ""
            self.authChanged.emit()
            self._answer_with(password)

    @Slot()
    def cancelPassword(self) -> None:
        self._answer_with(None)

    # -- the work --------------------------------------------------------------------------------

    async def _load(self) -> None:
        try:
            self._set_name(await account.display_name(self._session.api, self._session.user_id))
            await self._load_devices()
        except ApiError as exc:
            self._set_messages(devices=self._describe(exc))
        finally:
            self._loading = False
            self.devicesChanged.emit()

    async def _load_devices(self) -> None:
        self._devices = await account.devices(self._session.api)
        self._update_rows()

    async def _change_name(self, name: str) -> None:
        self._set_name(await account.set_display_name(self._session.api, self._session.user_id, name))

    def _sign_out(self, device_ids: tuple[DeviceId, ...]) -> None:
        if self._busy:
            return
        self._signing_out = set(device_ids)
        self._update_rows()

        async def sign_out() -> None:
            try:
                await account.sign_out_devices(
                    self._session.api, self._session.user_id, device_ids, self._ask
                )
                done = (
                    tr("The device is signed out.")
                    if len(device_ids) == 1
                    else trn("%n devices are signed out.", len(device_ids))
                )
                self._set_messages(devices=done)
            finally:
                self._signing_out = set()
                await self._load_devices()

        self._run("devices", sign_out(), "devices")

    async def _change_password(self, new_password: str, sign_out_others: bool) -> None:
        await account.change_password(
            self._session.api,
            self._session.user_id,
            new_password,
            sign_out_others=sign_out_others,
            ask=self._ask,
        )
        self._set_messages(password=tr("Your password is changed."))
        self.passwordChanged.emit()
        if sign_out_others:
            await self._load_devices()

    def _run(self, busy: str, work: Coroutine[Any, Any, None], message: str) -> None:
        """Run ``work`` with :attr:`busy` set; its failure becomes the ``message`` sentence."""

        async def guarded() -> None:
            self._set_busy(busy)
            self._set_messages(**{message: ""})
            try:
                await work
            except (ApiError, AuthCancelled, OtherStagesNeeded, TooManyAttempts) as exc:
                log.info("account %s: %s", busy, exc)
                self._set_messages(**{message: auth_failure(exc, self._describe)})
            finally:
                self._end_asking()
                self._set_busy("")

        self._tasks.spawn(guarded(), name=f"account-{busy}")

    async def _ask(self, wrong: bool) -> str | None:
        """The user's password, from the dialog (None: cancelled)."""
        self._answer = asyncio.get_running_loop().create_future()
        self._asking = True
        self._auth_busy = False
        self._auth_error = tr("That password is not right.") if wrong else ""
        self.authChanged.emit()
        try:
            return await self._answer
        finally:
            self._answer = None

    def _answer_with(self, password: str | None) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(password)

    def _end_asking(self) -> None:
        if self._asking or self._auth_busy:
            self._asking = self._auth_busy = False
            self._auth_error = ""
            self.authChanged.emit()

    # -- state -----------------------------------------------------------------------------------

    def _set_name(self, name: str) -> None:
        if name != self._name:
            self._name = name
            self.nameChanged.emit()

    def _set_busy(self, busy: str) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _set_messages(self, **messages: str) -> None:
        if any(self._messages[k] != v for k, v in messages.items()):
            self._messages.update(messages)
            self.messagesChanged.emit()

    def _update_rows(self) -> None:
        own = self._session.credentials.device_id
        ordered = sorted(self._devices, key=lambda d: d.device_id != own)  # stable: this one first
        self._rows = [
            {
                "deviceId": d.device_id,
                "name": d.name,
                "lastSeen": last_seen_text(d),
                "current": d.device_id == own,
                "signingOut": d.device_id in self._signing_out,
            }
            for d in ordered
        ]
        self.devicesChanged.emit()
