"""The media side of calls, used from the UI loop, running on its own thread and loop.

Every coroutine here is awaited on the caller's (UI) loop and runs on the media loop; connection
states come back as callbacks scheduled on the caller's loop. Nothing blocks the caller: SDP work,
ICE, DTLS, codecs and device data stay on the media thread.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from aiortc import RTCIceServer

from ..calls.devices import AudioInput, AudioOutput, CallDevices, VideoInput
from ..calls.events import Candidate
from .ice import restrict_host_addresses
from .peer import CallPeer
from .thread import LoopThread

log = logging.getLogger(__name__)
T = TypeVar("T")


class IceState(enum.Enum):
    CONNECTED = "connected"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class MediaStats:
    audio_frames_sent: int
    audio_frames_received: int
    video_frames_sent: int
    video_frames_received: int
    sending_video: bool


class MediaEngine:
    """One per account. ``on_state(call_id, state)`` runs on the loop that first used the engine."""

    def __init__(
        self, on_state: Callable[[str, IceState], None], *, host_addresses: Sequence[str] | None = None
    ) -> None:
        self._on_state = on_state
        self._thread = LoopThread("call-media")
        self._peers: dict[str, CallPeer] = {}
        self._moved_devices: dict[str, CallDevices] = {}
        self._owner: asyncio.AbstractEventLoop | None = None
        if host_addresses is not None:
            restrict_host_addresses(host_addresses)

    async def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._owner is None:
            self._owner = asyncio.get_running_loop()
        return await self._thread.run(coro)

    def _report(self, call_id: str, state: str) -> None:
        """On the media thread: a peer's connection state changed."""
        mapped = {"connected": IceState.CONNECTED, "failed": IceState.FAILED}.get(state)
        if mapped is not None and self._owner is not None:
            self._owner.call_soon_threadsafe(self._on_state, call_id, mapped)

    def _peer(self, call_id: str, servers: list[RTCIceServer], devices: CallDevices) -> CallPeer:
        devices = self._moved_devices.pop(call_id, devices)
        peer = CallPeer(servers, devices, lambda state: self._report(call_id, state))
        self._peers[call_id] = peer
        return peer

    # --- SDP ------------------------------------------------------------------------------------

    async def create_offer(
        self, call_id: str, *, video: bool, devices: CallDevices, servers: list[RTCIceServer]
    ) -> str:
        async def work() -> str:
            return await self._peer(call_id, servers, devices).create_offer(video)

        return await self._run(work())

    async def create_answer(
        self, call_id: str, offer_sdp: str, *, video: bool, devices: CallDevices, servers: list[RTCIceServer]
    ) -> str:
        async def work() -> str:
            return await self._peer(call_id, servers, devices).create_answer(offer_sdp, video)

        return await self._run(work())

    async def set_remote_answer(self, call_id: str, sdp: str) -> None:
        async def work() -> None:
            peer = self._peers.get(call_id)
            if peer is not None:
                await peer.set_remote_answer(sdp)

        await self._run(work())

    async def add_candidates(self, call_id: str, candidates: Sequence[Candidate]) -> None:
        async def work() -> None:
            peer = self._peers.get(call_id)
            if peer is not None:
                await peer.add_candidates(candidates)

        await self._run(work())

    async def video_offer(self, call_id: str, source: VideoInput | None) -> str | None:
        async def work() -> str | None:
            peer = self._peers.get(call_id)
            return None if peer is None else await peer.video_offer(source)

        return await self._run(work())

    async def answer_renegotiation(self, call_id: str, offer_sdp: str) -> str | None:
        async def work() -> str | None:
            peer = self._peers.get(call_id)
            return None if peer is None else await peer.answer_renegotiation(offer_sdp)

        return await self._run(work())

    # --- controls -------------------------------------------------------------------------------

    def set_muted(self, call_id: str, muted: bool) -> None:
        peer = self._peers.get(call_id)
        if peer is not None:
            peer.set_muted(muted)  # a plain attribute: safe from any thread

    async def set_video_paused(self, call_id: str, paused: bool) -> None:
        async def work() -> None:
            peer = self._peers.get(call_id)
            if peer is not None:
                peer.set_video_paused(paused)

        await self._run(work())

    async def use_microphone(self, call_id: str, microphone: AudioInput | None) -> None:
        """Send from another microphone (a call that is gone closes it at once)."""

        async def work() -> None:
            peer = self._peers.get(call_id)
            if peer is not None:
                peer.use_microphone(microphone)
            elif microphone is not None:
                microphone.stop()

        await self._run(work())

    async def use_speaker(self, call_id: str, speaker: AudioOutput | None) -> None:
        """Play on another speaker (a call that is gone closes it at once)."""

        async def work() -> None:
            peer = self._peers.get(call_id)
            if peer is not None:
                peer.use_speaker(speaker)
            elif speaker is not None:
                speaker.stop()

        await self._run(work())

    def stats(self, call_id: str) -> MediaStats | None:
        peer = self._peers.get(call_id)
        if peer is None:
            return None
        camera = peer.camera
        return MediaStats(
            audio_frames_sent=peer.microphone.frames_sent,
            audio_frames_received=peer.counters.audio_frames_in,
            video_frames_sent=0 if camera is None else camera.frames_sent,
            video_frames_received=peer.counters.video_frames_in,
            sending_video=peer.sending_video,
        )

    # --- end ------------------------------------------------------------------------------------

    async def transfer(self, from_call: str, to_call: str) -> None:
        """Glare: the devices of ``from_call`` carry on in ``to_call`` (whose peer comes later)."""

        async def work() -> None:
            peer = self._peers.get(from_call)
            if peer is not None:
                self._moved_devices[to_call] = peer.devices
                peer.devices = CallDevices()

        await self._run(work())

    async def release(self, call_id: str) -> None:
        async def work() -> None:
            peer = self._peers.pop(call_id, None)
            if peer is not None:
                await peer.close()

        await self._run(work())

    async def close(self) -> None:
        async def work() -> None:
            peers = list(self._peers.values())
            self._peers.clear()
            await asyncio.gather(*(peer.close() for peer in peers), return_exceptions=True)

        if self._owner is not None:
            try:
                await asyncio.wait_for(self._run(work()), 10)
            except Exception:
                log.exception("closing call media failed")
        self._thread.stop()
