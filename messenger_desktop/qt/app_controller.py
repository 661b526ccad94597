"""The top-level state QML shows: starting, the sign-in form, or the signed-in main window.

Owns the sign-in flow and the life of the one :class:`SessionController`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ..api.client import Credentials, MatrixApi
from ..api.errors import ApiError
from ..diagnostics.logfiles import ProfileLog
from ..richtext import MatrixTarget, parse_matrix_link
from ..session import credentials as keychain
from ..session.profile import Profile
from ..session.session import AccountMismatch, Session
from ..store.database import StoreError
from .desktop_controller import DesktopController
from .emoji import EmojiModel
from .formatting import tr
from .help_controller import HelpController
from .login_controller import LoginController
from .network_proxy import NetworkProxy
from .session_controller import SessionController
from .settings import Settings
from .settings_rows import SettingsRowsModel
from .single_instance import InstanceServer
from .spell_check import SpellChecker
from .tasks import TaskGroup
from .translations import chosen_language

log = logging.getLogger(__name__)

LOGOUT_TIMEOUT = 10.0
"""Seconds to wait for the server to confirm a sign-out before forgetting the session anyway."""

SessionFactory = Callable[[Profile, Credentials, Callable[[str], None]], Session]


def default_session(profile: Profile, creds: Credentials, trace: Callable[[str], None]) -> Session:
    return Session(profile, creds, trace=trace)


def loopback_session(profile: Profile, creds: Credentials, trace: Callable[[str], None]) -> Session:
    """For a homeserver on this computer only (``--local``): calls use the loopback address, the
    one both ends can reach (ICE leaves it out by default)."""
    return Session(profile, creds, trace=trace, call_host_addresses=("127.0.0.1",))


class AppController(QObject):
    screenChanged = Signal()
    sessionChanged = Signal()
    statusChanged = Signal()

    def __init__(
        self,
        profile: Profile,
        settings: Settings,
        *,
        login: LoginController | None = None,
        session_factory: SessionFactory = default_session,
        trace: Callable[[str], None] | None = None,
        desktop: DesktopController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._settings = settings
        self._desktop = desktop if desktop is not None else DesktopController(settings, parent=self)
        # -- network proxy (Settings, Network): sign-in, the session and sign-out go through it
        self._network = NetworkProxy(settings, profile.key, self)
        self._login = login or LoginController(
            profile, transport_factory=self._network.transport, parent=self
        )
        # -- spell checking in the composer (its dictionary loads when the first field needs it)
        self._spelling = SpellChecker(
            settings,
            profile.path / "words.txt",
            lambda: chosen_language(settings.value("language"), QLocale.system()),
            self,
        )
        self._session_factory = session_factory
        self._trace = trace or (lambda milestone: None)
        self._screen = "starting"
        self._status = ""
        self._session: SessionController | None = None
        self._emoji: EmojiModel | None = None
        self._settings_rows = SettingsRowsModel(settings, self)
        self._tasks = TaskGroup(on_error=self._failed)
        self._login.signedIn.connect(self._signed_in)
        # -- diagnostics: the profile's log (redacted) from here until close(), and the Help menu
        self._log = ProfileLog(profile.logs).open()
        self._help = HelpController(profile, self._log.redactor, lambda: self._session, parent=self)
        self._pending_link: MatrixTarget | None = None  # see "links handed over by the system"

    # -- properties ------------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    screen = QtProperty(str, _get_screen, notify=screenChanged)
    """"starting" | "login" | "main"."""

    def _get_status(self) -> str:
        return self._status

    status = QtProperty(str, _get_status, notify=statusChanged)
    """What the start-up screen is waiting for ("" when there is nothing to say)."""

    def set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusChanged.emit()

    def _get_login(self) -> LoginController:
        return self._login

    login = QtProperty(QObject, _get_login, constant=True)

    def _get_settings(self) -> Settings:
        return self._settings

    settings = QtProperty(QObject, _get_settings, constant=True)

    def _get_settings_rows(self) -> SettingsRowsModel:
        return self._settings_rows

    settingsRows = QtProperty(QObject, _get_settings_rows, constant=True)
    """The Settings window's rows (signed in or not)."""

    def _get_spelling(self) -> SpellChecker:
        return self._spelling

    spelling = QtProperty(QObject, _get_spelling, constant=True)
    """Spell checking for the composer (Settings, Chats)."""

    def _get_desktop(self) -> DesktopController:
        return self._desktop

    desktop = QtProperty(QObject, _get_desktop, constant=True)
    """The tray, badges and notifications."""

    def _get_help(self) -> HelpController:
        return self._help

    help = QtProperty(QObject, _get_help, constant=True)
    """The Help menu: shortcuts, About, the log folder, diagnostics."""

    def _get_emoji(self) -> EmojiModel:
        """The emoji picker's model (its data loads the first time the picker opens)."""
        if self._emoji is None:
            self._emoji = EmojiModel(self, settings=self._settings)
        return self._emoji

    emoji = QtProperty(QObject, _get_emoji, constant=True)

    def _get_session(self) -> SessionController | None:
        return self._session

    session = QtProperty(QObject, _get_session, notify=sessionChanged)

    @property
    def session_controller(self) -> SessionController | None:
        return self._session

    def _set_screen(self, screen: str) -> None:
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    # -- life cycle ------------------------------------------------------------------------------

    async def start(self, credentials: Credentials | None = None) -> None:
        """Open the stored session (or ``credentials``), else show the sign-in form."""
        await self._network.load()
        if credentials is None:
            try:
                credentials = await keychain.load_async(self._profile.key)
            except keychain.NoSecureKeyring as exc:
                self._login.set_error(str(exc))
                credentials = None
        if credentials is None:
            self._set_screen("login")
            return
        await self.open_session(credentials)

    async def open_session(self, credentials: Credentials) -> None:
        self._log.redactor.remember(credentials.access_token, credentials.refresh_token)
        session = self._session_factory(self._profile, credentials, self._trace)
        # -- issue 8: tokens renewed (refresh token) or given by signing in again are redacted too
        redactor = self._log.redactor
        session.credential_listeners.append(lambda c: redactor.remember(c.access_token, c.refresh_token))
        self._network.attach(session)
        try:
            await session.open()
        except (AccountMismatch, StoreError) as exc:
            await session.close()
            self._login.set_error(str(exc))
            self._set_screen("login")
            return
        # -- issue 8: a fresh sign-in's first sync request goes out now; the server answers while
        # the window is built, and syncing (controller.start) takes that answer
        session.sync.prefetch()
        controller = SessionController(session, self._trace, parent=self)
        controller.signedOut.connect(self._on_signed_out)
        controller.calls_controller.use_settings(self._settings)
        controller.media_controller.use_settings(self._settings)
        controller.safety_controller.use_settings(self._settings)
        controller.account_controller.use_settings(self._settings)  # read receipts, typing
        self._session = controller
        self._desktop.attach(controller)
        self.sessionChanged.emit()
        self._set_screen("main")
        if self._login.warning:
            controller.show_notice(self._login.warning)
        await controller.start()
        self._open_pending_link()

    @Slot(object)
    def _signed_in(self, credentials: Credentials) -> None:
        self._tasks.spawn(self.open_session(credentials), name="open-session")

    @Slot(str, bool)
    def _on_signed_out(self, reason: str, keep_data: bool) -> None:
        self._tasks.spawn(self.sign_out(reason, keep_data=keep_data), name="sign-out")

    async def sign_out(self, reason: str = "", *, keep_data: bool = False) -> None:
        """End the session: tell the server (when the user asked), forget secrets and the cache.

        ``keep_data`` (a soft logout: the token expired but account and device live on) keeps the
        cache and the stored device id, so signing in again resumes on the same device."""
        controller, self._session = self._session, None
        if controller is None:
            return
        self._desktop.detach()
        self._network.attach(None)
        creds = controller.session.credentials
        # The main page goes first (before the session it binds to), then "Signing out…" until done.
        self.set_status(tr("Signing out…"))
        self._set_screen("starting")
        self.sessionChanged.emit()
        try:
            await controller.close()
            controller.deleteLater()
            if not reason:
                transport = self._network.transport()
                try:
                    api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
                    api.tokens.refresh_token = creds.refresh_token  # expired: renewed to sign out
                    await asyncio.wait_for(api.logout(), LOGOUT_TIMEOUT)
                except (ApiError, TimeoutError) as exc:
                    log.info("server did not confirm the sign-out: %s", exc)
                finally:
                    await transport.aclose()
            if not keep_data:
                with contextlib.suppress(keychain.NoSecureKeyring):
                    await keychain.delete_async(self._profile.key)
                self._profile.remove_local_data()  # issue 8: the media cache and files to send too
            self._login.set_error(reason)
        finally:
            self.set_status("")
            self._set_screen("login")

    # -- links handed over by the system (matrix: links, later launches) ------------------------

    def follow_instance(self, instance: InstanceServer) -> None:
        """Later launches with this profile hand over here: the window comes forward and their
        link (if any) opens."""
        instance.received.connect(self._handed_over)

    @Slot(str, str)
    def _handed_over(self, link: str, token: str) -> None:
        # Wayland gives the focus only to a window presenting the activation token the desktop
        # gave the launch; Qt's requestActivate() takes it from here (and clears it).
        if token and QGuiApplication.platformName().startswith("wayland"):
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        self.openLink(link)

    @Slot(str)
    def openLink(self, link: str) -> None:
        """Bring the window forward and open ``link`` (a ``matrix:`` URI or matrix.to link):
        now when signed in, else once signed in (the latest link wins)."""
        self._desktop.showWindowRequested.emit()
        if not link:
            return
        target = parse_matrix_link(link)
        if target is None:
            log.info("not a Matrix link: %.80r", link)
            if self._session is not None:
                self._session.show_notice(tr("This link could not be opened: it is not a valid Matrix link."))
            return
        self._pending_link = target
        if self._session is not None and self._screen == "main":
            self._open_pending_link()

    def _open_pending_link(self) -> None:
        target, self._pending_link = self._pending_link, None
        if target is not None and self._session is not None:
            self._session.open_external_link(target)

    def _failed(self, error: BaseException) -> None:
        self._login.set_error(tr("Could not open your conversations: %1").replace("%1", str(error)))
        self._set_screen("login")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()
        await self._login.close()
        await self._desktop.close()
        controller, self._session = self._session, None
        if controller is not None:
            await controller.close()
        await self._help.close()
        await self._network.close()
        await self._spelling.close()
        self._log.close()
