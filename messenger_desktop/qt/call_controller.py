"""The call the user is in and the call ringing here, as QML shows them, and the buttons' slots.

Everything comes from the session's :class:`~messenger_desktop.session.call_service.CallService`:
its snapshots (``CallInfo``) arrive on the UI loop whenever a call changes, and each one is read
against the list of live calls, so the screen follows the switchboard whatever the order of events
(glare, "Hang up and answer", a call answered on another device).

Two calls at most matter to the user: the *current* one (placed, or answered: the call screen and
the call bar) and the *incoming* one (ringing, or offered while busy: the incoming-call popup). A
call ended by the other side stays on screen for a moment with the reason ("Bob is busy"); one the
user ended goes at once.

The devices (QtMultimedia) are made with the first call, not at start-up: loading QtMultimedia
costs time, and nothing needs it before a call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from ..api.ids import RoomId
from ..calls import CallState, EndReason
from ..calls.devices import AudioInput, AudioOutput, DeviceProvider
from ..session.call_service import CallInfo
from ..session.session import Session
from .call_tones import CallTones
from .formatting import avatar_color, initials
from .rooms_model import ROLE_NAMES as ROOM_ROLE_NAMES
from .rooms_model import RoomsModel
from .tasks import TaskGroup

if TYPE_CHECKING:
    from .settings import Settings

log = logging.getLogger(__name__)

LINGER_MS = 2_500
"""How long a call the other side ended stays on screen, with the reason."""

QUIET_ENDINGS = frozenset(
    {
        EndReason.LOCAL_HANGUP,
        EndReason.CANCELLED,
        EndReason.DECLINED,
        EndReason.BUSY_DECLINED,
        EndReason.IGNORED,
        EndReason.REPLACED,
    }
)
"""Endings the user caused (or that another call took over): the screen closes at once."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("calls", text)


def duration_text(seconds: int) -> str:
    """ "0:07", "12:34", "1:02:03" — a call's length as phones show it."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def ended_text(reason: EndReason | None, peer: str) -> str:
    """Why the call ended, in the other person's terms."""
    match reason:
        case EndReason.REMOTE_DECLINED:
            return _tr("%1 declined the call").replace("%1", peer)
        case EndReason.REMOTE_BUSY:
            return _tr("%1 is busy").replace("%1", peer)
        case EndReason.INVITE_TIMEOUT:
            return _tr("%1 did not answer").replace("%1", peer)
        case EndReason.ICE_FAILED:
            return _tr("The connection was lost")
        case EndReason.MEDIA_FAILED:
            return _tr("The call could not be set up")
        case EndReason.PEER_LEFT:
            return _tr("%1 left the conversation").replace("%1", peer)
        case EndReason.ANSWERED_ELSEWHERE:
            return _tr("Answered on another device")
        case EndReason.DECLINED_ELSEWHERE:
            return _tr("Declined on another device")
        case _:
            return _tr("Call ended")


def phase(info: CallInfo) -> str:
    """What the state line says, as a word QML can test: calling, ringing, connecting,
    connected or ended."""
    match info.state:
        case CallState.CREATING_OFFER:
            return "calling"
        case CallState.INVITING:
            return "ringing"
        case CallState.CONNECTED:
            return "connected"
        case CallState.ENDED:
            return "ended"
        case _:
            return "connecting"


class CallController(QObject):
    changed = Signal()
    """Anything about the current call (the one on the call screen)."""
    durationChanged = Signal()
    incomingChanged = Signal()
    viewsChanged = Signal()
    deviceListChanged = Signal()
    viewRequested = Signal()
    """Show the call screen: the user placed or answered a call."""
    incomingRinging = Signal()
    """A call started ringing here: bring the window up."""

    def __init__(
        self,
        session: Session,
        rooms: RoomsModel,
        notice: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        """``notice`` tells the user something in one sentence (a call that cannot be placed)."""
        super().__init__(parent)
        self._session = session
        self._service = session.calls
        self._rooms = rooms
        self._notice = notice
        self._settings: Settings | None = None
        self._own_devices: QObject | None = None
        self._device_list: QObject | None = None
        self._current: CallInfo | None = None
        self._incoming: CallInfo | None = None
        self._problems: list[str] = []
        """Device failures during the current call (the provider's ``problem``)."""
        self._dismissed: dict[str, int] = {}
        """Per call, how many of its notices the user has closed."""
        self._duration = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)  # the second changes on time, whenever it connected
        self._ticker.timeout.connect(self._tick)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self._clear_ended)
        self._tasks = TaskGroup(on_error=lambda error: self._notice(str(error)))
        self._tones = CallTones(self._open_tone_speaker, self)
        self._unsubscribe = self._service.subscribe(self._on_call)

    # -- devices ---------------------------------------------------------------------------------

    def use_settings(self, settings: Settings) -> None:
        """Where the chosen microphone, speaker and camera are kept (the devices made later use
        them)."""
        self._settings = settings

    def set_devices(self, provider: DeviceProvider | None) -> None:
        """Use ``provider`` for calls (tests: synthetic devices); its ``remote_view`` and
        ``local_view``, when they are QObjects, are what the call screen attaches to."""
        self._service.devices = provider
        self.viewsChanged.emit()

    def _open_tone_speaker(self) -> AudioOutput | None:
        self._ensure_devices()
        open_speaker = getattr(self._service.devices, "open_speaker", None)
        return open_speaker() if open_speaker is not None else None

    def open_microphone(self) -> AudioInput | None:
        """The chosen microphone for something other than a call (a voice message), on the call
        devices' audio thread; None when there is none."""
        self._ensure_devices()
        open_microphone = getattr(self._service.devices, "open_microphone", None)
        return open_microphone() if open_microphone is not None else None

    def _update_tones(self) -> None:
        """The phone rings while a call rings here (not over a call in progress: the popup says
        it), and the caller hears ringback while the other side rings."""
        incoming, current = self._incoming, self._current
        if incoming is not None and incoming.ringing and not incoming.busy_choice:
            self._tones.play("ring")
        elif current is not None and current.ringback and not current.ended:
            self._tones.play("ringback")
        else:
            self._tones.play(None)

    @property
    def tone(self) -> str | None:
        """The tone playing now (``"ring"``, ``"ringback"``), for tests."""
        return self._tones.playing

    def _ensure_devices(self) -> None:
        if self._service.devices is not None:
            return
        try:
            from .call_devices import QtDeviceProvider  # QtMultimedia loads with the first call
        except ImportError as error:  # a Qt build without QtMultimedia: calls connect silently
            log.warning("no call devices: %s", error)
            return
        provider = QtDeviceProvider(self._settings, self)
        provider.problem.connect(self._device_problem)
        self._own_devices = provider
        self.set_devices(provider)

    @Slot(str)
    def _device_problem(self, text: str) -> None:
        if self._current is not None and not self._current.ended:
            self._problems.append(text)
            self.changed.emit()
        else:
            self._notice(text)

    def _view(self, name: str) -> QObject | None:
        view = getattr(self._service.devices, name, None)
        return view if isinstance(view, QObject) else None

    def _get_remote_view(self) -> QObject | None:
        return self._view("remote_view")

    remoteView = QtProperty(QObject, _get_remote_view, notify=viewsChanged)
    """The other person's picture (``attach`` a QML VideoOutput, read ``hasVideo``); null when
    the devices draw nowhere."""

    def _get_local_view(self) -> QObject | None:
        return self._view("local_view")

    localView = QtProperty(QObject, _get_local_view, notify=viewsChanged)
    """The user's own picture (the preview)."""

    def frame_image(self, which: str) -> QImage:
        """The newest frame of the ``remote`` or ``local`` view as an image (software rendering,
        see :mod:`.call_frames`); a null image when there is none."""
        frame = getattr(self._view(f"{which}_view"), "frame", None)
        if frame is None or not frame.isValid():
            return QImage()
        image = frame.toImage()
        return image if isinstance(image, QImage) else QImage()

    # -- following the calls ---------------------------------------------------------------------

    def _on_call(self, info: CallInfo) -> None:
        live = self._service.live()
        self._follow_incoming(live)
        engaged = [c for c in live if c.state is not CallState.RINGING]
        previous = self._current
        if engaged:
            same = next((c for c in engaged if previous is not None and c.call_id == previous.call_id), None)
            self._show(same or engaged[-1])
        elif previous is not None and not previous.ended:
            ended = self._service.info(previous.call_id) or info
            if ended.end_reason in QUIET_ENDINGS or not ended.ended:
                self._show(None)
            else:
                self._show(ended)
                self._linger.start()

    def _follow_incoming(self, live: list[CallInfo]) -> None:
        ringing = [c for c in live if c.ringing or c.busy_choice]
        incoming = ringing[-1] if ringing else None
        before = self._incoming
        if incoming == before:
            return
        self._incoming = incoming
        self.incomingChanged.emit()
        self.changed.emit()  # busy
        if incoming is not None and (before is None or before.call_id != incoming.call_id):
            self._ensure_devices()
            self.incomingRinging.emit()
        self._update_tones()

    def _show(self, info: CallInfo | None) -> None:
        if info is not None and self._current is not None and info.call_id != self._current.call_id:
            self._problems.clear()
        if info is None or not info.ended:
            self._linger.stop()
        if info is None:
            self._problems.clear()
        self._current = info
        connected = info is not None and info.state is CallState.CONNECTED
        if connected and not self._ticker.isActive():
            self._ticker.start()
        elif not connected:
            self._ticker.stop()
        self._tick(force=True)
        self._update_tones()
        self.changed.emit()

    @Slot()
    def _clear_ended(self) -> None:
        if self._current is not None and self._current.ended:
            self._show(None)

    @Slot()
    def _tick(self, *, force: bool = False) -> None:
        """The duration, and with it the state line (which shows it once connected)."""
        info = self._current
        seconds = 0
        if info is not None and info.connected_at is not None and info.state is CallState.CONNECTED:
            seconds = max(0, int(time.time() - info.connected_at))
        if seconds != self._duration or force:
            self._duration = seconds
            self.durationChanged.emit()

    # -- the current call ------------------------------------------------------------------------

    @property
    def current(self) -> CallInfo | None:
        return self._current

    @property
    def incoming(self) -> CallInfo | None:
        return self._incoming

    def _peer(self, info: CallInfo | None) -> tuple[str, str, str]:
        """Name, initials and avatar colour of the person at the other end: as the conversation
        list shows their direct chat (so the colour is the one the user just clicked)."""
        if info is None:
            return "", "", avatar_color("")
        row = self._rooms.row_for(info.room_id)
        if row is None:
            return info.peer, initials(info.peer), avatar_color(info.room_id)
        values = row.values
        return (
            str(values[ROOM_ROLE_NAMES.index("name")]),
            str(values[ROOM_ROLE_NAMES.index("initials")]),
            str(values[ROOM_ROLE_NAMES.index("avatarColor")]),
        )

    def _peer_avatar(self, info: CallInfo | None) -> str:
        """The picture of the conversation the call is in (a direct chat's is the other person's)."""
        row = self._rooms.row_for(info.room_id) if info is not None else None
        return "" if row is None else str(row.values[ROOM_ROLE_NAMES.index("avatarSource")])

    def _get_active(self) -> bool:
        return self._current is not None

    active = QtProperty(bool, _get_active, notify=changed)
    """There is a call to show: live, or just ended (for a moment)."""

    def _get_live(self) -> bool:
        return self._current is not None and not self._current.ended

    live = QtProperty(bool, _get_live, notify=changed)

    def _get_busy(self) -> bool:
        return self._get_live() or self._incoming is not None

    busy = QtProperty(bool, _get_busy, notify=changed)
    """In a call or being called: no other call can be placed (the header's buttons wait)."""

    def _get_call_id(self) -> str:
        return self._current.call_id if self._current else ""

    callId = QtProperty(str, _get_call_id, notify=changed)

    def _get_room_id(self) -> str:
        return self._current.room_id if self._current else ""

    roomId = QtProperty(str, _get_room_id, notify=changed)

    def _get_peer_name(self) -> str:
        return self._peer(self._current)[0]

    peerName = QtProperty(str, _get_peer_name, notify=changed)

    def _get_peer_initials(self) -> str:
        return self._peer(self._current)[1]

    peerInitials = QtProperty(str, _get_peer_initials, notify=changed)

    def _get_peer_color(self) -> str:
        return self._peer(self._current)[2]

    peerColor = QtProperty(str, _get_peer_color, notify=changed)

    def _get_peer_avatar(self) -> str:
        return self._peer_avatar(self._current)

    peerAvatar = QtProperty(str, _get_peer_avatar, notify=changed)

    def _get_phase(self) -> str:
        return phase(self._current) if self._current else ""

    state = QtProperty(str, _get_phase, notify=changed)
    """calling | ringing | connecting | connected | ended ("" without a call)."""

    def _get_state_text(self) -> str:
        info = self._current
        if info is None:
            return ""
        match phase(info):
            case "calling":
                return _tr("Calling…")
            case "ringing":
                return _tr("Ringing…")
            case "connecting":
                return _tr("Connecting…")
            case "connected":
                return duration_text(self._duration)
            case _:
                return ended_text(info.end_reason, self._peer(info)[0])

    stateText = QtProperty(str, _get_state_text, notify=durationChanged)
    """What the state line says: "Ringing…", "12:34", "Bob is busy"."""

    def _get_duration(self) -> int:
        return self._duration

    duration = QtProperty(int, _get_duration, notify=durationChanged)
    """Seconds since the call connected, ticking once a second."""

    def _get_duration_text(self) -> str:
        return duration_text(self._duration)

    durationText = QtProperty(str, _get_duration_text, notify=durationChanged)

    def _get_outgoing(self) -> bool:
        return bool(self._current and self._current.outgoing)

    outgoing = QtProperty(bool, _get_outgoing, notify=changed)

    def _get_video_call(self) -> bool:
        return bool(self._current and self._current.offered_video)

    videoCall = QtProperty(bool, _get_video_call, notify=changed)
    """Placed (or offered) as a video call."""

    def _get_muted(self) -> bool:
        return bool(self._current and self._current.muted)

    muted = QtProperty(bool, _get_muted, notify=changed)

    def _get_camera_on(self) -> bool:
        return bool(self._current and self._current.video)

    cameraOn = QtProperty(bool, _get_camera_on, notify=changed)
    """The user's camera is sending."""

    def _get_sharing(self) -> bool:
        return bool(self._current and self._current.sharing_screen)

    sharing = QtProperty(bool, _get_sharing, notify=changed)

    def _notices(self) -> list[str]:
        info = self._current
        return [] if info is None else [*info.notices, *self._problems]

    def _get_notice(self) -> str:
        info = self._current
        notices = self._notices()
        if info is None or len(notices) <= self._dismissed.get(info.call_id, 0):
            return ""
        return notices[-1]

    notice = QtProperty(str, _get_notice, notify=changed)
    """The newest thing the user should know about the call ("No microphone was found…"), until
    dismissed."""

    # -- the incoming call -----------------------------------------------------------------------

    def _get_has_incoming(self) -> bool:
        return self._incoming is not None

    hasIncoming = QtProperty(bool, _get_has_incoming, notify=incomingChanged)

    def _get_incoming_id(self) -> str:
        return self._incoming.call_id if self._incoming else ""

    incomingId = QtProperty(str, _get_incoming_id, notify=incomingChanged)

    def _get_incoming_name(self) -> str:
        return self._peer(self._incoming)[0]

    incomingName = QtProperty(str, _get_incoming_name, notify=incomingChanged)

    def _get_incoming_initials(self) -> str:
        return self._peer(self._incoming)[1]

    incomingInitials = QtProperty(str, _get_incoming_initials, notify=incomingChanged)

    def _get_incoming_color(self) -> str:
        return self._peer(self._incoming)[2]

    incomingColor = QtProperty(str, _get_incoming_color, notify=incomingChanged)

    def _get_incoming_avatar(self) -> str:
        return self._peer_avatar(self._incoming)

    incomingAvatar = QtProperty(str, _get_incoming_avatar, notify=incomingChanged)

    def _get_incoming_video(self) -> bool:
        return bool(self._incoming and self._incoming.offered_video)

    incomingVideo = QtProperty(bool, _get_incoming_video, notify=incomingChanged)

    def _get_incoming_busy(self) -> bool:
        return bool(self._incoming and self._incoming.busy_choice)

    incomingBusy = QtProperty(bool, _get_incoming_busy, notify=incomingChanged)
    """The user is in another call: the choice is "Hang up and answer" or "Decline"."""

    # -- the header's buttons --------------------------------------------------------------------

    @Slot(str, result=bool)
    def canCall(self, room_id: str) -> bool:
        """Whether ``room_id`` is a conversation of two the user may call (not a group, not the
        saved messages, not an invitation)."""
        row = self._rooms.row_for(room_id) if room_id else None
        if row is None or row.is_group:
            return False
        values = row.values
        if values[ROOM_ROLE_NAMES.index("isInvite")] or values[ROOM_ROLE_NAMES.index("savedMessages")]:
            return False
        return row.members + row.invited <= 2

    # -- slots -----------------------------------------------------------------------------------

    @Slot(str, bool)
    def place(self, room_id: str, video: bool) -> None:
        """Call the other person of ``room_id``; a call that cannot be placed says why."""
        if not room_id:
            return
        if self._get_busy():
            self._notice(_tr("You are already in a call."))
            return
        self._ensure_devices()

        async def start() -> None:
            try:
                info = await self._session.start_call(RoomId(room_id), video=video)
            except ValueError:
                self._notice(_tr("Calls are only possible in a conversation between two people."))
                return
            if info is None:
                self._notice(_tr("You are already in a call."))
                return
            self.viewRequested.emit()

        self._tasks.spawn(start(), name="place-call")

    @Slot(bool)
    def accept(self, video: bool) -> None:
        """Answer the ringing call (hanging up the current one when busy); ``video``: with the
        camera on."""
        if self._incoming is not None:
            self.accept_call(self._incoming.call_id, video=video)

    def accept_call(self, call_id: str, *, video: bool) -> None:
        self._ensure_devices()
        self._service.accept(call_id, video=video)
        self.viewRequested.emit()

    @Slot()
    def decline(self) -> None:
        """Decline the ringing call everywhere (as busy, when the user is in another call)."""
        if self._incoming is not None:
            self.decline_call(self._incoming.call_id)

    def decline_call(self, call_id: str) -> None:
        self._service.reject(call_id)

    @Slot()
    def hangup(self) -> None:
        """End the current call; a call already ended leaves the screen."""
        info = self._current
        if info is None:
            return
        if info.ended:
            self._show(None)
        else:
            self._service.hangup(info.call_id)

    @Slot()
    def toggleMute(self) -> None:
        info = self._current
        if info is not None and not info.ended:
            self._service.set_muted(info.call_id, not info.muted)

    @Slot()
    def toggleCamera(self) -> None:
        info = self._current
        if info is not None and not info.ended:
            self._service.set_camera(info.call_id, not info.video)

    @Slot()
    def toggleScreen(self) -> None:
        info = self._current
        if info is not None and not info.ended:
            self._service.share_screen(info.call_id, not info.sharing_screen)

    @Slot()
    def loadDevices(self) -> None:
        """List the microphones, speakers and cameras (:attr:`deviceList`), for the user to
        pick from; QtMultimedia loads now if no call has loaded it yet."""
        if self._device_list is not None:
            return
        try:
            from .call_devices import CallDeviceList
        except ImportError as error:  # a Qt build without QtMultimedia
            log.warning("no call devices: %s", error)
            return
        self._device_list = CallDeviceList(self._settings, self)
        self.deviceListChanged.emit()

    def _get_device_list(self) -> QObject | None:
        return self._device_list

    deviceList = QtProperty(QObject, _get_device_list, notify=deviceListChanged)
    """The devices there are and the chosen ones (``None`` until :meth:`loadDevices`)."""

    @Slot(str, str)
    def chooseDevice(self, kind: str, device_id: str) -> None:
        """Use ``device_id`` ("" the system's default) as the ``kind`` of device ("microphone",
        "speaker", "camera") from now on: kept for the next calls, and the live call switches to
        it at once. Picking the one in use opens it again (a device that went silent)."""
        self.loadDevices()
        devices = self._device_list
        choose = getattr(devices, "choose", None)
        if choose is None or kind not in ("microphone", "speaker", "camera"):
            return
        choose(kind, device_id)
        info = self._current
        if info is not None and not info.ended:
            self._service.use_device(info.call_id, kind)

    @Slot()
    def dismissNotice(self) -> None:
        info = self._current
        if info is not None:
            self._dismissed[info.call_id] = len(self._notices())
            self.changed.emit()

    # -- life ------------------------------------------------------------------------------------

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        self._unsubscribe()
        self._ticker.stop()
        self._linger.stop()
        self._tones.play(None)
        await self._tasks.cancel_all()
        close = getattr(self._own_devices, "close", None)
        if callable(close):
            close()
