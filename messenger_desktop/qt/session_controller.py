"""One signed-in account as QML sees it: the conversation list, the open conversation, actions.

Slots return at once; network work runs as tasks on the qasync loop and reports failures as one
sentence in :attr:`SessionController.notice`. Sending is synchronous up to the local echo, so the
message is on screen in the same frame as the key press.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.errors import ApiError, MatrixError, ProxyFailed, TransportError
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..richtext import MatrixTarget
from ..session.changes import ChangeSet, Connection, ConnectionState
from ..session.errors import UserFacingError
from ..session.session import Session
from ..session.sync_loop import CERTIFICATE_REJECTED, PROXY_FAILED
from ..store.direct import direct_room_with
from .account_controller import AccountController
from .archive import Archive
from .arrival_announcer import ArrivalAnnouncer
from .avatar_controller import AvatarController
from .call_controller import CallController
from .composer_controller import ComposerController
from .engine import resources_dir
from .folder_editor import FolderEditor
from .formatting import members_text, tr
from .invite_links import InviteLinks
from .keywords_controller import KeywordsController
from .link_preview import LinkPreview
from .list_filters import FolderTabsModel, SpacesModel
from .media_cache import MediaCache
from .media_controller import MediaController
from .message_actions import MessageActions
from .quick_switcher import QuickSwitcherModel
from .room_admin import RoomAdmin
from .room_directory import RoomDirectory
from .room_panels import RoomPanels
from .room_settings_form import RoomSettingsForm
from .rooms_model import ROLE_NAMES as ROOM_ROLE_NAMES
from .rooms_model import RoomsModel
from .safety_controller import SafetyController
from .session_expiry import SessionExpiry
from .space_browser import SpaceBrowser
from .sticker_controller import StickerController
from .storage_status import StorageStatus
from .tasks import TaskGroup
from .timeline_model import TimelineModel
from .timeline_source import SessionSource

log = logging.getLogger(__name__)


def error_sentence(error: BaseException) -> str:
    """What went wrong, for the user, in one sentence."""
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, ProxyFailed):  # the proxy of Settings, Network
        return tr("The server could not be reached through the proxy. Check it in Settings, Network.")
    if isinstance(error, TransportError):
        return tr("The server could not be reached. Check your connection and try again.")
    if isinstance(error, MatrixError):
        if error.errcode == "M_FORBIDDEN":
            return tr("The server did not allow this: %1").replace("%1", error.error or error.errcode)
        if error.errcode in ("M_NOT_FOUND", "M_UNKNOWN") and error.error:
            return error.error
        return tr("The server refused: %1").replace("%1", error.error or error.errcode)
    if isinstance(error, ApiError):
        return tr("The server's answer was not understood.")
    return tr("Something went wrong: %1").replace("%1", str(error) or type(error).__name__)


USER_ID = re.compile(r"@[^:\s]+:\S+")


def invite_error_sentence(error: ApiError, user_id: str) -> str:
    """Why an invitation failed, in one sentence for the invite popup."""
    if isinstance(error, MatrixError):
        if error.status == 404 or error.errcode == "M_NOT_FOUND":
            return tr("There is no user %1 on that server.").replace("%1", user_id)
        if error.errcode == "M_FORBIDDEN" and error.error:
            return tr("The server did not allow this: %1").replace("%1", error.error)
        if error.errcode == "M_LIMIT_EXCEEDED":
            return tr("Too many invitations at once; wait a moment and try again.")
    return error_sentence(error)


class SessionController(QObject):
    currentRoomChanged = Signal()
    followingChanged = Signal()
    connectionChanged = Signal()
    noticeChanged = Signal()
    signedOut = Signal(str, bool)
    """(reason, keep_data): keep_data is true for a soft logout (same account and device)."""
    """The user signed out, or the server ended the session (the argument says why, or "")."""
    roomOpened = Signal(str)
    inviteChanged = Signal()
    invited = Signal(str)
    """An invitation the user sent was accepted by the server (the argument is the user ID)."""
    typingChanged = Signal()

    def __init__(
        self, session: Session, trace: Callable[[str], None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._trace = trace or (lambda milestone: None)
        self._rooms = RoomsModel(session.user_id, self)
        self._timeline = TimelineModel(SessionSource(session), session.user_id, self)
        self._composer = ComposerController(session, self._timeline, self._set_notice, self)
        self._panels = RoomPanels(session, session.user_id, self)
        self._admin = RoomAdmin(session, session.user_id, error_sentence, self)
        self._settings_form = RoomSettingsForm(
            session,
            error_sentence,
            self,
            joined_spaces=lambda: [(s.room_id, s.name or s.room_id) for s in self._rooms.spaces()],
        )
        self._actions = MessageActions(
            session, self._timeline, self._writable_room, self._set_notice, self._panels.is_pinned, self
        )
        self._panels.set_link_handler(self._actions.openLink)
        self._media = MediaController(
            session, self._timeline, self._writable_room, self._set_notice, error_sentence, self
        )
        self._stickers = StickerController(
            session,
            self._timeline,
            self._writable_room,
            self._set_notice,
            error_sentence,
            resources_dir() / "stickers",
            self,
        )
        self._switcher = QuickSwitcherModel(self._rooms, session.people, self)
        self._folder_tabs = FolderTabsModel(self._rooms, self)
        self._spaces = SpacesModel(self._rooms, self)
        self._folder_editor = FolderEditor(
            session, self._rooms, lambda error: self._set_notice(error_sentence(error)), self
        )
        self._archive = Archive(session, lambda error: self._set_notice(error_sentence(error)), self)
        self._archive.changed.connect(self._update_access)
        self._archive.forgotten.connect(self._room_forgotten)
        self._space_browser = SpaceBrowser(session, error_sentence, self._space_name, self)
        self._directory = RoomDirectory(session, error_sentence, self)
        self._link_preview = LinkPreview(session, error_sentence, self._is_listed, self)
        self._link_preview.openRoomRequested.connect(self.openRoom)
        self._invite_links = InviteLinks(session, error_sentence, self)
        self._read_only = False
        """The open room is one the user left: shown from the cache, nothing can be sent."""
        self._switcher.roomChosen.connect(self.openRoom)
        self._switcher.personChosen.connect(self._open_person)
        self._actions.also_look_in(self._panels.thread_model)
        self._media.also_look_in(
            self._panels.thread_model,
            lambda: self._panels.property("panel") == "thread",
            self._panels.panelChanged,
        )
        self._panels.openRoomRequested.connect(self.openRoom)
        self._panels.jumpRequested.connect(self._timeline.jumpTo)
        self._panels.noticeRequested.connect(self._set_notice)
        self._admin.noticeRequested.connect(self._set_notice)
        self._actions.openRoomRequested.connect(self._open_link_room)
        self._timeline.jumpFailed.connect(self._set_notice)
        self._typing: dict[RoomId, tuple[UserId, ...]] = {}
        self._current: RoomId | None = None
        self._connection = session.connection
        self._notice = ""
        self._leaving: set[RoomId] = set()
        """Rooms the user left: a sync that still shows them (sent before the server saw the
        leave) must not bring them back."""
        self._invite_busy = False
        self._following: RoomId | None = None
        self._invite_error = ""
        self._tasks = TaskGroup(on_error=lambda error: self._set_notice(error_sentence(error)))
        self._unsubscribe = session.subscribe(self._on_changes)
        self._keywords = KeywordsController(session, self._tasks.spawn, error_sentence, self)
        self._calls = CallController(session, self._rooms, self._set_notice, self)
        self._media.use_microphone(self._calls.open_microphone)
        self._media.follow_calls(self._calls)
        self._media.answer_with(self._composer.take_reply)
        self._stickers.answer_with(self._composer.take_reply)
        self._avatars = AvatarController(session, self._tasks.spawn, self._set_notice, error_sentence, self)
        self._safety = SafetyController(session, self._writable_room, self._set_notice, error_sentence, self)
        # Settings › Account and Settings › Media
        self._account = AccountController(session, error_sentence, self)
        self._media_cache = MediaCache(session, self._media.forget_cached_files, error_sentence, self)
        self._expiry = SessionExpiry(session, self)  # issue 8: soft logout, the password bar
        # accessibility: a screen reader hears the open conversation's new messages
        self._arrivals = ArrivalAnnouncer(self._timeline, self)
        # -- issue 8: the cache on disk (full, read-only, damaged, or set aside at start)
        self._storage = StorageStatus(session.db, self)
        if recovered := self._storage.recovery_notice():
            self._notice = recovered

    @property
    def session(self) -> Session:
        return self._session

    @property
    def rooms_model(self) -> RoomsModel:
        return self._rooms

    @property
    def arrivals(self) -> ArrivalAnnouncer:
        """What a screen reader is told of new messages (its ``announced`` says what was sent)."""
        return self._arrivals

    # -- life cycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Show the cached list at once, then start syncing."""
        self._rooms.load(await self._session.rooms())
        self._rooms.set_folders(await self._session.folders())
        self._trace(f"first rows ready ({self._rooms.rowCount()} conversations)")
        self._media.apply_outbox(await self._session.pending(), {})
        await self._session.start()
        self._avatars.refresh()
        self._safety.start()

    async def close(self) -> None:
        self._unsubscribe()
        self._storage.close()
        await self._composer.close()
        await self._actions.close()
        await self._media.close()
        await self._stickers.close()
        await self._panels.aclose()
        await self._admin.aclose()
        await self._settings_form.aclose()
        await self._switcher.aclose()
        await self._tasks.cancel_all()
        await self._folder_editor.cancel()
        await self._archive.close()
        await self._safety.close()
        await self._account.close()
        await self._media_cache.close()
        await self._expiry.close()
        await self._space_browser.close()
        await self._directory.close()
        await self._link_preview.close_tasks()
        await self._invite_links.close()
        await self._timeline.close()
        await self._session.close()
        await self._calls.close()  # after the session: its calls hang up with the devices still open

    async def wait_idle(self) -> None:
        """Until every action started from QML has finished (tests)."""
        await self._tasks.wait()
        await self._timeline.wait_idle()
        await self._composer.wait_idle()
        await self._actions.wait_idle()
        await self._panels.wait_idle()
        await self._admin.wait_idle()
        await self._settings_form.wait_idle()
        await self._switcher.wait_idle()
        await self._folder_editor.wait_idle()
        await self._archive.wait_idle()
        await self._space_browser.wait_idle()
        await self._directory.wait_idle()
        await self._link_preview.wait_idle()
        await self._invite_links.wait_idle()
        await self._calls.wait_idle()
        await self._safety.wait_idle()
        await self._session.safety.wait_idle()
        await self._account.wait_idle()
        await self._media_cache.wait_idle()

    # -- properties ------------------------------------------------------------------------------

    def _get_rooms(self) -> RoomsModel:
        return self._rooms

    rooms = QtProperty(QObject, _get_rooms, constant=True)

    def _get_timeline(self) -> TimelineModel:
        return self._timeline

    timeline = QtProperty(QObject, _get_timeline, constant=True)

    def _get_composer(self) -> ComposerController:
        return self._composer

    composer = QtProperty(QObject, _get_composer, constant=True)

    def _get_panels(self) -> RoomPanels:
        return self._panels

    panels = QtProperty(QObject, _get_panels, constant=True)

    def _get_admin(self) -> RoomAdmin:
        return self._admin

    roomAdmin = QtProperty(QObject, _get_admin, constant=True)

    def _get_settings_form(self) -> RoomSettingsForm:
        return self._settings_form

    roomSettings = QtProperty(QObject, _get_settings_form, constant=True)

    def _get_folder_tabs(self) -> FolderTabsModel:
        return self._folder_tabs

    folderTabs = QtProperty(QObject, _get_folder_tabs, constant=True)

    def _get_folder_editor(self) -> FolderEditor:
        return self._folder_editor

    folderEditor = QtProperty(QObject, _get_folder_editor, constant=True)

    def _get_spaces(self) -> SpacesModel:
        return self._spaces

    spaces = QtProperty(QObject, _get_spaces, constant=True)

    def _get_archive(self) -> Archive:
        return self._archive

    archive = QtProperty(QObject, _get_archive, constant=True)
    """The conversations the user left (read-only; rejoin or forget)."""

    def _get_space_browser(self) -> SpaceBrowser:
        return self._space_browser

    spaceBrowser = QtProperty(QObject, _get_space_browser, constant=True)

    def _get_directory(self) -> RoomDirectory:
        return self._directory

    roomDirectory = QtProperty(QObject, _get_directory, constant=True)
    """The public room directory: search, join, ask to join, join by address."""

    def _get_link_preview(self) -> LinkPreview:
        return self._link_preview

    linkPreview = QtProperty(QObject, _get_link_preview, constant=True)

    def _get_invite_links(self) -> InviteLinks:
        return self._invite_links

    inviteLinks = QtProperty(QObject, _get_invite_links, constant=True)

    def _get_switcher(self) -> QuickSwitcherModel:
        return self._switcher

    switcher = QtProperty(QObject, _get_switcher, constant=True)

    def _get_keywords(self) -> KeywordsController:
        return self._keywords

    keywords = QtProperty(QObject, _get_keywords, constant=True)
    """The user's notification keywords (the Settings window)."""

    def _get_calls(self) -> CallController:
        return self._calls

    calls = QtProperty(QObject, _get_calls, constant=True)
    """Voice and video calls: the current one, the one ringing, and what the buttons do."""

    @property
    def calls_controller(self) -> CallController:
        return self._calls

    def _get_actions(self) -> MessageActions:
        return self._actions

    def _get_media(self) -> MediaController:
        return self._media

    media = QtProperty(QObject, _get_media, constant=True)
    """Sending files, upload progress and cancel, saving and opening received files."""

    @property
    def media_controller(self) -> MediaController:
        return self._media

    def _get_stickers(self) -> StickerController:
        return self._stickers

    stickers = QtProperty(QObject, _get_stickers, constant=True)
    """The sticker picker: packs, sending, adding to the user's own pack."""

    @property
    def sticker_controller(self) -> StickerController:
        return self._stickers

    actions = QtProperty(QObject, _get_actions, constant=True)

    def _get_typing_text(self) -> str:
        room = self._current
        people = [self._timeline_name(u) for u in self._typing.get(room, ())] if room else []
        if not people:
            return ""
        if len(people) == 1:
            return tr("%1 is typing…").replace("%1", people[0])
        if len(people) == 2:
            return tr("%1 and %2 are typing…").replace("%1", people[0]).replace("%2", people[1])
        return tr("Several people are typing…")

    typingText = QtProperty(str, _get_typing_text, notify=typingChanged)

    def _timeline_name(self, user_id: str) -> str:
        return self._timeline.name_of(user_id)

    def _get_user_id(self) -> str:
        return self._session.user_id

    userId = QtProperty(str, _get_user_id, constant=True)

    def _get_current(self) -> str:
        return self._current or ""

    currentRoomId = QtProperty(str, _get_current, notify=currentRoomChanged)

    def _current_value(self, role: str, default: Any) -> Any:
        row = self._rooms.row_for(self._current) if self._current else None
        if row is None:
            left = self._archive.row_for(self._current)
            return default if left is None else left.value(role, default)
        return row.values[ROOM_ROLE_NAMES.index(role)]

    def _get_current_name(self) -> str:
        return str(self._current_value("name", ""))

    currentRoomName = QtProperty(str, _get_current_name, notify=currentRoomChanged)

    def _get_current_initials(self) -> str:
        return str(self._current_value("initials", ""))

    currentRoomInitials = QtProperty(str, _get_current_initials, notify=currentRoomChanged)

    def _get_current_color(self) -> str:
        return str(self._current_value("avatarColor", "#65aadd"))

    currentRoomColor = QtProperty(str, _get_current_color, notify=currentRoomChanged)

    def _get_current_avatar(self) -> str:
        return str(self._current_value("avatarSource", ""))

    currentRoomAvatar = QtProperty(str, _get_current_avatar, notify=currentRoomChanged)

    # -- safety: blocking, reporting, invitations -------------------------------------------------

    def _get_safety(self) -> SafetyController:
        return self._safety

    safety = QtProperty(QObject, _get_safety, constant=True)
    """Blocking people, reports to the server's admins, spam-like invitations."""

    @property
    def safety_controller(self) -> SafetyController:
        return self._safety

    # -- Settings › Account and Settings › Media --------------------------------------------------

    def _get_account(self) -> AccountController:
        return self._account

    account = QtProperty(QObject, _get_account, constant=True)
    """The display name, the devices signed in (sign out), the password."""

    @property
    def account_controller(self) -> AccountController:
        return self._account

    def _get_media_cache(self) -> MediaCache:
        return self._media_cache

    mediaCache = QtProperty(QObject, _get_media_cache, constant=True)
    """How much the media cache holds, and Clear cache."""

    # -- issue 8: the session expired (soft logout): the password bar ------------------------------

    def _get_expiry(self) -> SessionExpiry:
        return self._expiry

    expiry = QtProperty(QObject, _get_expiry, constant=True)
    """After a soft logout: ``expired``, and ``signIn(password)`` to carry on on this device."""

    def _get_avatars(self) -> AvatarController:
        return self._avatars

    avatars = QtProperty(QObject, _get_avatars, constant=True)
    """Setting the user's own avatar and a conversation's."""

    def _get_current_invite(self) -> bool:
        return bool(self._current_value("isInvite", False))

    currentRoomIsInvite = QtProperty(bool, _get_current_invite, notify=currentRoomChanged)

    def _get_current_group(self) -> bool:
        row = self._rooms.row_for(self._current) if self._current else None
        if row is None:
            left = self._archive.row_for(self._current)
            return left is not None and left.is_group
        return row.is_group

    currentRoomIsGroup = QtProperty(bool, _get_current_group, notify=currentRoomChanged)
    """Bubbles name their sender only in groups."""

    def _get_current_status(self) -> str:
        row = self._rooms.row_for(self._current) if self._current else None
        if row is None:
            left = self._archive.row_for(self._current)
            return "" if left is None else left.status
        if row.values[ROOM_ROLE_NAMES.index("isInvite")]:
            return tr("invitation")
        parts = []
        if row.is_group and row.members > 0:
            members = members_text(row.members)
            if row.invited > 0:
                members = tr("%1, %2 invited").replace("%1", members).replace("%2", str(row.invited))
            parts.append(members)
        if row.topic:
            parts.append(row.topic)
        return " · ".join(parts)

    currentRoomStatus = QtProperty(str, _get_current_status, notify=currentRoomChanged)

    def _get_current_left(self) -> bool:
        return self._read_only

    currentRoomIsLeft = QtProperty(bool, _get_current_left, notify=currentRoomChanged)
    """The open room is one the user left: its history is shown read-only."""

    # -- room upgrades ---------------------------------------------------------------------------

    def _get_replacement(self) -> str:
        row = self._rooms.row_for(self._current) if self._current is not None else None
        return row.replaced_by if row is not None else ""

    currentReplacement = QtProperty(str, _get_replacement, notify=currentRoomChanged)
    """The room that replaced the open one (an upgrade), or ''."""

    def _get_following(self) -> bool:
        return self._following is not None

    following = QtProperty(bool, _get_following, notify=followingChanged)
    """The user asked to go to the room that replaced this one, and is being let in."""

    @Slot()
    def followReplacement(self) -> None:
        """Go to the room that replaced the open one, joining it first if need be (it opens when
        sync brings it)."""
        successor = self._get_replacement()
        if not successor or self._current is None:
            return
        row = self._rooms.row_for(successor)
        if row is not None and not row.values[ROOM_ROLE_NAMES.index("isInvite")]:
            self.openRoom(successor)
            return
        self._following = RoomId(successor)
        self.followingChanged.emit()
        old = self._current

        async def follow() -> None:
            try:
                await self._session.follow_replacement(old)
            except Exception:
                self._following = None
                self.followingChanged.emit()
                raise

        self._tasks.spawn(follow(), name="follow-replacement")

    def _follow_arrived(self) -> None:
        successor = self._following
        if successor is None:
            return
        row = self._rooms.row_for(successor)
        if row is not None and not row.values[ROOM_ROLE_NAMES.index("isInvite")]:
            self._following = None
            self.followingChanged.emit()
            self.openRoom(successor)

    def _get_offline(self) -> bool:
        return self._connection.state is Connection.OFFLINE

    offline = QtProperty(bool, _get_offline, notify=connectionChanged)

    def _get_offline_text(self) -> str:
        state = self._connection
        if state.state is not Connection.OFFLINE:
            return ""
        if state.reason == PROXY_FAILED:  # the settings' proxy, not the server: say where to look
            return tr("No connection through the proxy server. Check it in Settings, Network; retrying…")
        if state.reason == CERTIFICATE_REJECTED:  # not the network: the server's administrator
            return tr("The server's security certificate is not valid; Messenger does not connect. Retrying…")
        if state.retry_in is not None and state.retry_in >= 1:
            seconds = str(round(state.retry_in))
            return tr("No connection to the server. Retrying in %1 s…").replace("%1", seconds)
        return tr("No connection to the server. Reconnecting…")

    offlineText = QtProperty(str, _get_offline_text, notify=connectionChanged)

    def _get_notice(self) -> str:
        return self._notice

    notice = QtProperty(str, _get_notice, notify=noticeChanged)
    """The last failed action, as one sentence ("" when there is nothing to say)."""

    @Slot(str)
    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit()

    # -- issue 8: the cache on disk --------------------------------------------------------------

    def _get_storage(self) -> StorageStatus:
        return self._storage

    storage = QtProperty(QObject, _get_storage, constant=True)
    """The strip shown while the cache cannot be written (see :mod:`.storage_status`)."""

    def show_notice(self, text: str) -> None:
        """Tell the user something about the session as a whole (e.g. it is kept in memory only)."""
        self._set_notice(text)

    @Slot()
    def dismissNotice(self) -> None:
        self._set_notice("")

    # -- change sets -----------------------------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.rooms or changes.removed_rooms:
            self._leaving.difference_update(changes.removed_rooms)
            rooms = tuple(r for r in changes.rooms if r.room_id not in self._leaving)
            self._rooms.apply(rooms, changes.removed_rooms)
            current = self._current
            left = current in changes.removed_rooms or any(
                s.room_id == current and s.membership not in ("join", "invite") for s in changes.rooms
            )
            if current is not None and left:
                self.openRoom("")
            elif current is not None and any(s.room_id == current for s in changes.rooms):
                self.currentRoomChanged.emit()
            self._archive.apply_changes(changes)
            self._space_browser.apply_changes(changes)
            self._directory.apply_changes(changes)
            self._link_preview.apply_changes(changes)
            self._update_access()
            self._follow_arrived()
        if changes.folders is not None:
            self._folder_editor.synced(changes.folders)
        self._media.apply_outbox(changes.outbox, changes.outbox_removed)
        self._stickers.apply_changes(changes.packs_changed)
        if self._current is not None and self._current in changes.reset_rooms:
            self._timeline.open(self._current)
        else:
            self._timeline.apply(changes.appended, changes.outbox, changes.outbox_removed)
            self._timeline.apply_relations(changes.aggregates, changes.redacted, changes.receipts)
            if changes.uploads:
                self._timeline.apply_uploads(changes.uploads)
        self._panels.apply_changes(changes)
        self._admin.apply_changes(changes)
        self._settings_form.apply_changes(changes)
        self._safety.apply_changes(changes)
        if changes.typing:
            own = self._session.user_id
            for room, users in changes.typing.items():
                self._typing[room] = tuple(u for u in users if u != own)
            if self._current in changes.typing:
                self.typingChanged.emit()
        if changes.connection is not None:
            self._on_connection(changes.connection)

    def _on_connection(self, state: ConnectionState) -> None:
        self._connection = state
        self.connectionChanged.emit()
        if state.state is Connection.SIGNED_OUT and state.keep_data:
            self._expiry.expire()  # a soft logout: the window stays, the bar asks for the password
        elif state.state is Connection.SIGNED_OUT:
            self.signedOut.emit(
                tr(
                    "This device was signed out from another device or by the server,"
                    " so its messages were removed from this computer."
                ),
                False,
            )

    # -- actions ---------------------------------------------------------------------------------

    @Slot(str)
    def openRoom(self, room_id: str) -> None:
        new = RoomId(room_id) if room_id else None
        if new == self._current:
            return
        self._current = new
        self._read_only = self._rooms.row_for(new or "") is None and self._archive.row_for(new) is not None
        self._timeline.open(new)
        self._composer.set_room(self._writable_room())
        self._panels.setRoom(self._writable_room())
        self._admin.setRoom(self._writable_room())
        self._settings_form.setRoom(self._writable_room())
        self.currentRoomChanged.emit()
        self.typingChanged.emit()
        self.roomOpened.emit(room_id)

    def _writable_room(self) -> RoomId | None:
        """The open room, unless it is one the user left: composer, panels and message actions
        get None for that, so nothing can be sent there."""
        return None if self._read_only else self._current

    @Slot()
    def _update_access(self) -> None:
        """A left room stays read-only until it is back in the list (rejoined): then the
        composer, panels and actions get it."""
        if self._read_only and self._current is not None and self._rooms.row_for(self._current) is not None:
            self._read_only = False
            self._composer.set_room(self._current)
            self._panels.setRoom(self._current)
            self._admin.setRoom(self._current)
            self._settings_form.setRoom(self._current)
            self.currentRoomChanged.emit()

    def _space_name(self, space_id: str) -> str:
        return next((s.name or s.room_id for s in self._rooms.spaces() if s.room_id == space_id), space_id)

    @Slot(str)
    def _room_forgotten(self, room_id: str) -> None:
        if room_id == self._current:
            self.openRoom("")

    def _is_listed(self, room_id: str) -> bool:
        return self._rooms.row_for(room_id) is not None

    @Slot(str, list)
    def _open_link_room(self, room_or_alias: str, via: list[str]) -> None:
        """A matrix.to / matrix: link to a room: open it when the user is in it, else preview it
        (a link never joins a room by itself)."""
        self._link_preview.show(room_or_alias, tuple(via))

    @Slot(str)
    def _open_person(self, user_id: str) -> None:
        """A person chosen in the quick switcher who has no direct chat yet: start one."""
        self.startDirectChat(user_id)

    @Slot(int)
    def openUnread(self, step: int) -> None:
        """Ctrl+Shift+Up / Down: the nearest conversation above or below with unread messages."""
        count = self._rooms.rowCount()
        index = self._rooms.indexOf(self._current or "")
        start = (count if step < 0 else -1) if index < 0 else index
        position = start + step
        while 0 <= position < count:
            if self._rooms.has_unread(position):
                self.openRoom(self._rooms.roomIdAt(position))
                return
            position += step

    @Slot(int)
    def openRelative(self, step: int) -> None:
        """Alt+Up / Alt+Down: the conversation above or below the open one in the list."""
        count = self._rooms.rowCount()
        if count == 0:
            return
        index = self._rooms.indexOf(self._current or "")
        target = 0 if index < 0 else max(0, min(count - 1, index + step))
        self.openRoom(self._rooms.roomIdAt(target))

    @Slot(str, result=bool)
    def sendMessage(self, text: str) -> bool:
        """Queue ``text`` for the open conversation; the echo is in the timeline on return."""
        return self._composer.send(text, {})

    @Slot(str)
    def retry(self, txn_id: str) -> None:
        self._tasks.spawn(self._session.retry(TxnId(txn_id)), name="retry")

    @Slot(str)
    def deletePending(self, txn_id: str) -> None:
        self._tasks.spawn(self._session.delete_pending(TxnId(txn_id)), name="delete-pending")

    @Slot(str)
    def acceptInvite(self, room_id: str) -> None:
        self._tasks.spawn(self._session.join(room_id), name="accept-invite")

    @Slot(str)
    def declineInvite(self, room_id: str) -> None:
        self._tasks.spawn(self._session.leave(RoomId(room_id)), name="decline-invite")

    @Slot(str)
    def leaveRoom(self, room_id: str) -> None:
        """Leave at once as far as the user can see: the room goes from the list and the chat pane
        empties; should the server refuse, the room comes back with a notice."""
        if not room_id:
            return
        room = RoomId(room_id)
        if room == self._current:
            self.openRoom("")
        self._leaving.add(room)
        self._rooms.apply((), (room,))

        async def leave() -> None:
            try:
                await self._session.leave(room)
            except Exception:
                self._leaving.discard(room)
                summary = await self._session.room(room)
                if summary is not None:
                    self._rooms.apply((summary,))
                raise

        self._tasks.spawn(leave(), name="leave")

    # -- inviting --------------------------------------------------------------------------------

    def _get_invite_busy(self) -> bool:
        return self._invite_busy

    inviteBusy = QtProperty(bool, _get_invite_busy, notify=inviteChanged)

    def _get_invite_error(self) -> str:
        return self._invite_error

    inviteError = QtProperty(str, _get_invite_error, notify=inviteChanged)
    """Why the last invitation failed, in one sentence, for the invite popup ("" if it did not)."""

    def _set_invite(self, busy: bool, error: str) -> None:
        if (busy, error) != (self._invite_busy, self._invite_error):
            self._invite_busy, self._invite_error = busy, error
            self.inviteChanged.emit()

    @Slot()
    def clearInviteError(self) -> None:
        self._set_invite(self._invite_busy, "")

    @Slot(str)
    def inviteUser(self, user_id: str) -> None:
        """Invite ``user_id`` to the open conversation; :attr:`invited` or :attr:`inviteError` tells."""
        room = self._current
        user = user_id.strip()
        if room is None or self._invite_busy:
            return
        if not USER_ID.fullmatch(user):
            self._set_invite(False, tr("A user ID looks like @name:example.org."))
            return
        self._set_invite(True, "")

        async def invite() -> None:
            try:
                # Synapse accepts an invitation for a user who does not exist; the profile tells.
                # Only "not found" stops here: a profile hidden or on an unreachable server is no proof.
                try:
                    await self._session.api.get_profile(UserId(user))
                except MatrixError as exc:
                    if exc.status == 404 or exc.errcode == "M_NOT_FOUND":
                        raise
                    log.info("profile of %s not available: %s", user, exc)
                await self._session.invite(room, UserId(user))
            except ApiError as exc:
                self._set_invite(False, invite_error_sentence(exc, user))
                return
            except BaseException:
                self._set_invite(False, "")
                raise
            self._set_invite(False, "")
            self.invited.emit(user)

        self._tasks.spawn(invite(), name="invite")

    @Slot(str)
    def startDirectChat(self, user_id: str) -> None:
        async def start() -> None:
            room = await self._session.start_direct_chat(UserId(user_id.strip()))
            self.openRoom(room)

        self._tasks.spawn(start(), name="direct-chat")

    @Slot(str, list)
    def createGroup(self, name: str, members: list[str]) -> None:
        async def create() -> None:
            invite = tuple(UserId(m.strip()) for m in members if m.strip())
            room = await self._session.create_group(name.strip(), invite)
            self.openRoom(room)

        self._tasks.spawn(create(), name="create-group")

    @Slot(str, str, bool)
    def createChannel(self, name: str, topic: str, public: bool) -> None:
        """A channel where the user posts and those who join read (see Session.create_channel)."""

        async def create() -> None:
            room = await self._session.create_channel(name.strip(), topic.strip(), public=public)
            self.openRoom(room)

        self._tasks.spawn(create(), name="create-channel")

    # -- organising ------------------------------------------------------------------------------

    @Slot(str, bool)
    def setFavourite(self, room_id: str, on: bool) -> None:
        """Pin the conversation to the top of the list (``m.favourite``), or unpin it."""
        self._tasks.spawn(self._session.set_favourite(RoomId(room_id), on), name="favourite")

    @Slot(str, bool)
    def setLowPriority(self, room_id: str, on: bool) -> None:
        self._tasks.spawn(self._session.set_low_priority(RoomId(room_id), on), name="low-priority")

    @Slot(str, bool)
    def setMarkedUnread(self, room_id: str, on: bool) -> None:
        """Mark as unread (a dot on the row), or mark as read: the read marker moves to the end."""
        room = RoomId(room_id)

        async def mark() -> None:
            if on:
                await self._session.set_marked_unread(room, True)
                return
            summary = await self._session.room(room)
            if summary is not None and summary.last_event_id:
                await self._session.mark_read(room, EventId(summary.last_event_id))  # clears the mark too
            else:
                await self._session.set_marked_unread(room, False)

        self._tasks.spawn(mark(), name="marked-unread")

    @Slot(str, str)
    def setNotificationLevel(self, room_id: str, level: str) -> None:
        """ "all", "mentions" or "mute", stored as push rules on the server."""
        if level in ("all", "mentions", "mute"):
            self._tasks.spawn(self._session.set_notification_level(RoomId(room_id), level), name="level")

    @Slot()
    def openSavedMessages(self) -> None:
        """Open the note-to-self conversation, making it the first time."""

        async def open_saved() -> None:
            self.openRoom(await self._session.saved_messages_room())

        self._tasks.spawn(open_saved(), name="saved-messages")

    @Slot()
    def signOut(self) -> None:
        self.signedOut.emit("", False)

    # -- links handed over by the system (a matrix: link opened on the desktop) ------------------

    chatWithRequested = Signal(str)
    """A link to a person with no direct chat yet: QML asks before one is started (it invites)."""

    def open_external_link(self, target: MatrixTarget) -> None:
        """Open what a link from outside the app names, like the same link clicked in a message:
        a room the user is in opens (at the event, for a link to one), any other room shows its
        preview with the way in, a person's direct chat opens. Right after sign-in the list is
        empty until the first sync: a room or person not found yet is looked for again then."""
        self._tasks.spawn(self._open_external(target), name="external-link")

    async def _open_external(self, target: MatrixTarget) -> None:
        if target.kind == "user":
            await self._open_person_link(UserId(target.id))
            return
        room = target.id
        if room.startswith("#"):
            try:
                room = await self._session.api.resolve_alias(room)
            except ApiError as exc:  # the preview says what is wrong with the address
                log.info("address %s not resolved: %s", target.id, exc)
        if not self._is_listed(room) and not self._session.synced.is_set():
            await self._session.synced.wait()
        if not self._is_listed(room):
            self._link_preview.show(target.id, target.via)
            return
        self.openRoom(room)
        if target.event_id:
            self._timeline.jumpTo(target.event_id)

    async def _open_person_link(self, user: UserId) -> None:
        if user == self._session.user_id:
            return
        room = await self._session.db.run(direct_room_with, user)
        if (room is None or not self._is_listed(room)) and not self._session.synced.is_set():
            await self._session.synced.wait()
            room = await self._session.db.run(direct_room_with, user)
        if room is not None and self._is_listed(room):
            self.openRoom(room)
        else:
            self.chatWithRequested.emit(user)
