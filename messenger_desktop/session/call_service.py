"""Calls of one account: the pure switchboard, driven by sync and the clock, with real sending and media.

The switchboard (:mod:`messenger_desktop.calls`) decides; this module carries its effects out:
``m.call.*`` events go to the server in order, one queue per call, retried with the same transaction
id; SDP work goes to the media engine (its own thread); ringing, states and notices become
:class:`CallInfo` snapshots for the UI. Inputs come back into the switchboard with the time.

Call events are not put in the outbox: a call invite is worth nothing after its lifetime, and an
outbox persists across restarts. A call that cannot reach the server ends with a notice instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import time
import uuid
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from ..api.client import MatrixApi, TurnServers
from ..api.errors import ApiError, MatrixError
from ..api.events import EventKind
from ..api.ids import RoomId, TxnId, UserId
from ..calls import CallState, EndReason, Notice, Switchboard
from ..calls.devices import CallDevices, DeviceProvider
from ..calls.effects import (
    AddRemoteCandidates,
    AnswerRenegotiation,
    CreateAnswer,
    CreateOffer,
    Effect,
    OfferBusyChoice,
    RecordHistory,
    ReleaseMedia,
    RollbackLocalOffer,
    SendEvent,
    SetRemoteAnswer,
    ShowNotice,
    StartRingback,
    StartRinging,
    StateChanged,
    StopRingback,
    StopRinging,
    TransferMedia,
)
from ..calls.events import CALL_EVENT_TYPES, Candidate, RemoteEvent, parse_content
from ..calls.machine import Call
from ..store.rows import TimelineRow
from .backoff import Backoff

if TYPE_CHECKING:
    from ..callmedia import IceServers, IceState, MediaEngine

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 5
TURN_REFRESH_MARGIN_S = 60


@dataclass(frozen=True, slots=True)
class CallInfo:
    """What the UI shows of one call."""

    call_id: str
    room_id: RoomId
    peer: UserId
    outgoing: bool
    state: CallState
    video: bool
    """We send video (the camera is on)."""
    offered_video: bool
    """The call was placed (or offered to us) as a video call."""
    muted: bool = False
    camera_off: bool = False
    sharing_screen: bool = False
    ringing: bool = False
    """Incoming and ringing here (not silenced, not answered elsewhere)."""
    busy_choice: bool = False
    """Incoming while the user is in another call: offer "Hang up and answer"."""
    ringback: bool = False
    end_reason: EndReason | None = None
    connected_at: float | None = None
    """Wall-clock seconds when media started flowing (for the duration timer)."""
    notices: tuple[str, ...] = ()
    """Things the user should know: a missing microphone, a failed renegotiation..."""

    @property
    def ended(self) -> bool:
        return self.state is CallState.ENDED


CallListener = Callable[[CallInfo], None]

_NOTICE_TEXT = {
    Notice.ANSWERED_ELSEWHERE: "Answered on another device",
    Notice.DECLINED_ELSEWHERE: "Declined on another device",
    Notice.NEGOTIATION_FAILED: "The other side could not change the call",
    Notice.RENEGOTIATION_UNSUPPORTED: "The other person's app cannot add video to this call",
}


_MISSING = {
    "microphone": "No microphone was found: the other person will not hear you",
    "speaker": "No speaker was found: you will not hear the other person",
    "camera": "No camera was found: the call is voice only from this side",
}


@dataclass(slots=True)
class _Extra:
    """What the UI needs beyond the machine's own state."""

    muted: bool = False
    camera_off: bool = False
    sharing_screen: bool = False
    ringing: bool = False
    busy_choice: bool = False
    ringback: bool = False
    connected_at: float | None = None
    notices: list[str] = field(default_factory=list)
    devices: CallDevices | None = None
    video_sent: bool = False


class CallService:
    """One per session; the Qt layer sets :attr:`devices` (no devices: calls connect silently)."""

    def __init__(
        self,
        api: MatrixApi,
        user_id: UserId,
        party_id: str,
        *,
        host_addresses: Sequence[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._api = api
        self.user_id = user_id
        self.switchboard = Switchboard(user_id, party_id)
        self._host_addresses = host_addresses
        self._engine: MediaEngine | None = None
        self._engine_loading: asyncio.Future[MediaEngine] | None = None
        self.devices: DeviceProvider | None = None
        self._clock = clock
        self._wall = wall_clock
        self._listeners: list[CallListener] = []
        self._extra: dict[str, _Extra] = {}
        self._send_chain: dict[str, asyncio.Future[None]] = {}
        self._media_chain: dict[str, asyncio.Future[None]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._turn: TurnServers | None = None
        self._turn_fetched_at = 0.0
        self._closed = False

    # --- the media engine ----------------------------------------------------------------------

    def warm_up(self) -> asyncio.Future[MediaEngine]:
        """Load the media engine (aiortc takes about half a second to import) in a worker thread,
        once: started as soon as a call is likely (one rings, or the user places one)."""
        if self._engine_loading is None:
            self._engine_loading = asyncio.ensure_future(self._load_engine())
        return self._engine_loading

    async def _load_engine(self) -> MediaEngine:
        module = await asyncio.to_thread(importlib.import_module, "messenger_desktop.callmedia")
        self._engine = module.MediaEngine(self._on_media_state, host_addresses=self._host_addresses)
        return self._engine

    async def engine(self) -> MediaEngine:
        return self._engine if self._engine is not None else await self.warm_up()

    # --- reading --------------------------------------------------------------------------------

    def subscribe(self, listener: CallListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def info(self, call_id: str) -> CallInfo | None:
        call = self.switchboard.get(call_id)
        return None if call is None else self._info(call)

    def live(self) -> list[CallInfo]:
        return [self._info(call) for call in self.switchboard.live_calls()]

    def _info(self, call: Call) -> CallInfo:
        extra = self._extra.setdefault(call.call_id, _Extra())
        return CallInfo(
            call_id=call.call_id,
            room_id=call.room_id,
            peer=call.peer,
            outgoing=call.outgoing,
            state=call.state,
            video=extra.video_sent and (extra.sharing_screen or not extra.camera_off),
            offered_video=call.video,
            muted=extra.muted,
            camera_off=extra.camera_off,
            sharing_screen=extra.sharing_screen,
            ringing=extra.ringing,
            busy_choice=extra.busy_choice,
            ringback=extra.ringback,
            end_reason=call.end_reason,
            connected_at=extra.connected_at,
            notices=tuple(extra.notices),
        )

    def _announce(self, call_ids: Iterable[str]) -> None:
        for call_id in dict.fromkeys(call_ids):
            info = self.info(call_id)
            if info is None:
                continue
            for listener in list(self._listeners):
                try:
                    listener(info)
                except Exception:
                    log.exception("call listener failed")

    # --- time -----------------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self._clock() * 1000)

    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        deadline = self.switchboard.next_deadline()
        if deadline is None or self._closed:
            return
        delay = max(0.0, (deadline - self._now()) / 1000)
        self._timer = asyncio.get_running_loop().call_later(delay, self._tick)

    def _tick(self) -> None:
        self._timer = None
        self._apply(self.switchboard.tick(self._now()))

    # --- user intents ---------------------------------------------------------------------------

    def place(self, room_id: RoomId, invitee: UserId, *, video: bool) -> CallInfo | None:
        """Call ``invitee``; ``None`` when the user is already in a call."""
        call, effects = self.switchboard.place(room_id, invitee, video=video, now=self._now())
        if call is None:
            return None
        self._extra[call.call_id] = _Extra()
        self.warm_up()
        self._apply(effects)
        return self._info(call)

    def accept(self, call_id: str, *, video: bool | None = None) -> None:
        self._apply(self.switchboard.accept(call_id, self._now(), video=video))

    def reject(self, call_id: str) -> None:
        call = self.switchboard.get(call_id)
        if call is not None and call.busy:
            self._apply(self.switchboard.decline_busy(call_id, self._now()))
        else:
            self._apply(self.switchboard.reject(call_id, self._now()))

    def ignore(self, call_id: str) -> None:
        """Stop ringing here only (another device may still answer)."""
        self._apply(self.switchboard.ignore(call_id, self._now()))

    def hangup(self, call_id: str) -> None:
        self._apply(self.switchboard.hangup(call_id, self._now()))

    def set_muted(self, call_id: str, muted: bool) -> None:
        extra = self._extra.get(call_id)
        if extra is None:
            return
        extra.muted = muted
        if self._engine is not None:
            self._engine.set_muted(call_id, muted)
        self._announce([call_id])

    def set_camera(self, call_id: str, on: bool) -> None:
        """Camera on or off. The first time video goes on in a voice call it is renegotiated
        (``m.call.negotiate``); after that the picture is paused and resumed. While the screen is
        shared the choice is remembered for when sharing stops."""
        call = self.switchboard.get(call_id)
        extra = self._extra.get(call_id)
        if call is None or extra is None or call.ended:
            return
        extra.camera_off = not on
        if extra.sharing_screen:
            pass
        elif on:
            self._media(call_id, self._turn_video_on(call_id, screen=False))
        else:
            self._media(call_id, self._pause_video(call_id, paused=True))
        self._announce([call_id])

    def use_device(self, call_id: str, kind: str) -> None:
        """Switch the live call to the provider's chosen ``kind`` of device (``"microphone"``,
        ``"speaker"`` or ``"camera"``): the user picked another one. A camera that is off or
        replaced by the shared screen is only picked up when it goes on again."""
        call = self.switchboard.get(call_id)
        if call is None or call.ended or call_id not in self._extra:
            return
        self._media(call_id, self._switch_device(call_id, kind))

    async def _switch_device(self, call_id: str, kind: str) -> None:
        extra = self._extra[call_id]
        provider = self.devices
        if provider is None:
            return
        engine = await self.engine()
        try:
            if kind == "microphone":
                await engine.use_microphone(call_id, provider.open_microphone())
            elif kind == "speaker":
                await engine.use_speaker(call_id, provider.open_speaker())
            elif kind == "camera" and extra.video_sent and not extra.camera_off and not extra.sharing_screen:
                source = provider.camera()
                if source is not None:
                    await engine.video_offer(call_id, source)  # a switch of source: nothing to negotiate
        except Exception:
            log.exception("call %s: switching the %s failed", call_id, kind)
            extra.notices.append(f"The {kind} could not be switched")
        self._announce([call_id])

    def share_screen(self, call_id: str, on: bool) -> None:
        """Send the screen instead of the camera; off: back to the camera if it was on."""
        call = self.switchboard.get(call_id)
        extra = self._extra.get(call_id)
        if call is None or extra is None or call.ended or extra.sharing_screen == on:
            return
        extra.sharing_screen = on
        if on:
            self._media(call_id, self._turn_video_on(call_id, screen=True))
        elif not extra.camera_off:
            self._media(call_id, self._turn_video_on(call_id, screen=False))
        else:
            self._media(call_id, self._pause_video(call_id, paused=True))
        self._announce([call_id])

    async def _pause_video(self, call_id: str, *, paused: bool) -> None:
        await (await self.engine()).set_video_paused(call_id, paused)

    async def _turn_video_on(self, call_id: str, *, screen: bool) -> None:
        """Start sending the camera (or the screen): a renegotiation the first time video goes on
        in this call, a switch of source after that."""
        extra = self._extra[call_id]
        provider = self.devices
        source = None
        if provider is not None:
            try:
                source = provider.screen() if screen else provider.camera()
            except Exception:
                log.exception("opening a video source failed")
        if source is None:
            if screen:
                extra.sharing_screen = False
                extra.notices.append("Screen sharing is not available here")
            else:
                extra.camera_off = True
                extra.notices.append("No camera was found")
            self._announce([call_id])
            return
        first = not extra.video_sent
        engine = await self.engine()
        offer = await engine.video_offer(call_id, source)
        await engine.set_video_paused(call_id, False)
        extra.video_sent = True
        if first and offer is not None:
            self._apply(self.switchboard.renegotiate(call_id, offer, self._now()))
        self._announce([call_id])

    # --- remote events --------------------------------------------------------------------------

    def on_timeline(self, appended: Mapping[RoomId, Sequence[TimelineRow]]) -> None:
        """New timeline rows of a sync (not history pages): call events and members leaving."""
        events: list[RemoteEvent] = []
        left: list[tuple[RoomId, UserId]] = []
        wall_ms = int(self._wall() * 1000)
        for room_id, rows in appended.items():
            for row in rows:
                if row.type in CALL_EVENT_TYPES and not row.redacted:
                    content = parse_content(row.type, row.content)
                    if content is not None:
                        events.append(
                            RemoteEvent(row.event_id, room_id, row.sender, content, max(0, wall_ms - row.ts))
                        )
                elif row.kind is EventKind.MEMBER and row.state_key and _left(row):
                    left.append((room_id, UserId(row.state_key)))
        now = self._now()
        effects: list[Effect] = []
        if events:
            effects += self.switchboard.receive(events, now)
        for room_id, user_id in left:
            effects += self.switchboard.peer_left(room_id, user_id, now)
        if effects:
            self._apply(effects)

    def _on_media_state(self, call_id: str, state: IceState) -> None:
        now = self._now()
        if state.value == "connected":
            extra = self._extra.setdefault(call_id, _Extra())
            if extra.connected_at is None:
                extra.connected_at = self._wall()
            self._apply(self.switchboard.ice_connected(call_id, now))
        else:
            self._apply(self.switchboard.ice_failed(call_id, now))

    # --- effects --------------------------------------------------------------------------------

    def _apply(self, effects: Sequence[Effect]) -> None:
        touched: list[str] = []
        for effect in effects:
            call_id = effect.from_call if isinstance(effect, TransferMedia) else effect.call_id
            touched.append(call_id)
            extra = self._extra.setdefault(call_id, _Extra())
            match effect:
                case SendEvent():
                    self._send(effect)
                case CreateOffer(call_id=cid, video=video):
                    self._media(cid, self._create(cid, video=video, offer_sdp=None))
                case CreateAnswer(call_id=cid, offer_sdp=sdp, video=video):
                    self._media(cid, self._create(cid, video=video, offer_sdp=sdp))
                case SetRemoteAnswer(call_id=cid, sdp=sdp):
                    self._media(cid, self._guard(cid, partial(_set_remote_answer, cid, sdp)))
                case AddRemoteCandidates(call_id=cid, candidates=candidates):
                    self._media(cid, self._guard(cid, partial(_add_candidates, cid, candidates)))
                case AnswerRenegotiation(call_id=cid, offer_sdp=sdp):
                    self._media(cid, self._answer_renegotiation(cid, sdp))
                case RollbackLocalOffer():
                    log.info("call %s: our renegotiation offer was dropped", effect.call_id)
                case TransferMedia(from_call=src, to_call=dst):
                    touched.append(dst)
                    self._extra.setdefault(dst, _Extra()).video_sent = extra.video_sent
                    self._media(src, self._guard(src, partial(_transfer, src, dst)))
                case ReleaseMedia(call_id=cid):
                    self._media(cid, self._release(cid))
                case StartRinging():
                    extra.ringing, extra.busy_choice = True, False
                    self.warm_up()
                case OfferBusyChoice():
                    extra.busy_choice, extra.ringing = True, False
                case StopRinging():
                    extra.ringing = extra.busy_choice = False
                case StartRingback():
                    extra.ringback = True
                case StopRingback():
                    extra.ringback = False
                case ShowNotice(notice=notice):
                    extra.notices.append(_NOTICE_TEXT.get(notice, notice.value))
                case StateChanged(state=state):
                    if state is CallState.ENDED:
                        extra.ringing = extra.busy_choice = extra.ringback = False
                case RecordHistory():
                    pass  # the timeline shows calls from their events
        self._schedule()
        self._announce(touched)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("call task failed", exc_info=task.exception())

    def _chain(
        self, chains: dict[str, asyncio.Future[None]], call_id: str, coro: Coroutine[Any, Any, Any]
    ) -> None:
        """Run ``coro`` after everything queued before it for this call, in order."""
        previous = chains.get(call_id)

        async def step() -> None:
            if previous is not None:
                with contextlib.suppress(BaseException):
                    await previous
            await coro

        task = asyncio.get_running_loop().create_task(step())
        chains[call_id] = task
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _media(self, call_id: str, coro: Coroutine[Any, Any, Any]) -> None:
        self._chain(self._media_chain, call_id, coro)

    async def _guard(self, call_id: str, step: Callable[[MediaEngine], Coroutine[Any, Any, Any]]) -> None:
        try:
            await step(await self.engine())
        except Exception:
            log.exception("call %s: media step failed", call_id)
            self._apply(self.switchboard.media_failed(call_id, self._now()))

    async def _create(self, call_id: str, *, video: bool, offer_sdp: str | None) -> None:
        extra = self._extra.setdefault(call_id, _Extra())
        try:
            engine = await self.engine()
            servers = await self._ice_servers()
            devices = self._open_devices(extra, video)
            if offer_sdp is None:
                sdp = await engine.create_offer(call_id, video=video, devices=devices, servers=servers)
            else:
                sdp = await engine.create_answer(
                    call_id, offer_sdp, video=video, devices=devices, servers=servers
                )
        except Exception:
            log.exception("call %s: could not prepare media", call_id)
            self._apply(self.switchboard.media_failed(call_id, self._now()))
            return
        stats = engine.stats(call_id)
        extra.video_sent = bool(stats and stats.sending_video)
        extra.camera_off = video and not extra.video_sent
        call = self.switchboard.get(call_id)
        if call is None or call.ended:
            await engine.release(call_id)  # hung up while the media side was busy
            return
        self._apply(self.switchboard.media_ready(call_id, sdp, self._now()))

    def _open_devices(self, extra: _Extra, video: bool) -> CallDevices:
        provider = self.devices
        try:
            devices = provider.open(video=video) if provider is not None else CallDevices()
        except Exception:
            log.exception("opening call devices failed")
            devices = CallDevices()
        extra.devices = devices
        notes = list(devices.notes)
        if not notes:  # the provider said nothing: say what is missing ourselves
            notes += [_MISSING[name] for name in devices.missing]
            if video and devices.camera is None:
                notes.append(_MISSING["camera"])
        extra.notices.extend(note for note in notes if note not in extra.notices)
        return devices

    async def _answer_renegotiation(self, call_id: str, offer_sdp: str) -> None:
        try:
            sdp = await (await self.engine()).answer_renegotiation(call_id, offer_sdp)
        except Exception:
            log.exception("call %s: renegotiation failed", call_id)
            return
        if sdp is not None:
            self._apply(self.switchboard.media_ready(call_id, sdp, self._now()))

    async def _release(self, call_id: str) -> None:
        if self._engine is not None:
            await self._engine.release(call_id)
        extra = self._extra.get(call_id)
        if extra is not None:
            extra.devices = None

    async def _ice_servers(self) -> IceServers:
        """The homeserver's TURN servers, fetched again shortly before their credentials expire."""
        age = self._clock() - self._turn_fetched_at
        if self._turn is None or age > max(0, self._turn.ttl - TURN_REFRESH_MARGIN_S):
            try:
                self._turn = await asyncio.wait_for(self._api.turn_servers(), 5)
                self._turn_fetched_at = self._clock()
            except (ApiError, TimeoutError):
                log.info("no TURN servers: direct connections only")
        from ..callmedia import ice_servers  # loaded with the engine

        return ice_servers(self._turn)

    # --- sending --------------------------------------------------------------------------------

    def _send(self, effect: SendEvent) -> None:
        self._chain(
            self._send_chain, effect.call_id, self._send_one(effect, TxnId(f"call{uuid.uuid4().hex}"))
        )

    async def _send_one(self, effect: SendEvent, txn_id: TxnId) -> None:
        backoff = Backoff(base=0.3, cap=4.0)
        for attempt in range(SEND_ATTEMPTS):
            try:
                await self._api.send(effect.room_id, effect.event_type, txn_id, effect.content)
                return
            except MatrixError as error:
                if not error.is_transient or attempt == SEND_ATTEMPTS - 1:
                    break
                await asyncio.sleep(backoff.next_delay(error.retry_after))
            except ApiError:
                if attempt == SEND_ATTEMPTS - 1:
                    break
                await asyncio.sleep(backoff.next_delay())
        log.warning("call %s: could not send %s", effect.call_id, effect.event_type)
        call = self.switchboard.get(effect.call_id)
        if call is not None and not call.ended and effect.event_type != "m.call.hangup":
            extra = self._extra.setdefault(effect.call_id, _Extra())
            extra.notices.append("The server could not be reached")
            self._apply(self.switchboard.hangup(effect.call_id, self._now()))

    # --- end ------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Hang up what is live (best effort, briefly) and stop the media thread."""
        if self._closed:
            return
        for call in self.switchboard.live_calls():
            self._apply(self.switchboard.hangup(call.call_id, self._now()))
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()
        pending = list(self._send_chain.values()) + list(self._media_chain.values())
        if pending:
            await asyncio.wait(pending, timeout=3)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._engine_loading is not None and not self._engine_loading.done():
            with contextlib.suppress(BaseException):
                await self._engine_loading
        if self._engine is not None:
            await self._engine.close()


def _left(row: TimelineRow) -> bool:
    return row.content.get("membership") in ("leave", "ban")


# Media steps with their arguments bound now (a lambda in the effects loop would see later values).


def _set_remote_answer(call_id: str, sdp: str, engine: MediaEngine) -> Coroutine[Any, Any, None]:
    return engine.set_remote_answer(call_id, sdp)


def _add_candidates(
    call_id: str, candidates: Sequence[Candidate], engine: MediaEngine
) -> Coroutine[Any, Any, None]:
    return engine.add_candidates(call_id, candidates)


def _transfer(from_call: str, to_call: str, engine: MediaEngine) -> Coroutine[Any, Any, None]:
    return engine.transfer(from_call, to_call)
