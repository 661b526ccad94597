"""One call's WebRTC peer connection, on the media loop: SDP in and out, devices attached."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.sdp import candidate_from_sdp

from ..calls.devices import AudioInput, AudioOutput, CallDevices, VideoInput
from ..calls.events import Candidate
from .sinks import Counters, play_audio, show_video
from .tracks import CameraTrack, MicrophoneTrack

log = logging.getLogger(__name__)


class CallPeer:
    """Audio is always sent (silence without a microphone) so the call has a stream both ways;
    video only once the camera is on, added by renegotiation when the call started as voice."""

    def __init__(
        self, servers: list[RTCIceServer], devices: CallDevices, on_state: Callable[[str], None]
    ) -> None:
        self.pc = RTCPeerConnection(RTCConfiguration(iceServers=list(servers)))
        self.devices = devices
        self.counters = Counters()
        self.microphone = MicrophoneTrack()
        self.camera: CameraTrack | None = None
        self._camera_source: VideoInput | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._mic_started = False
        self._closed = False

        @self.pc.on("track")
        def on_track(track: object) -> None:
            loop = asyncio.get_running_loop()
            if getattr(track, "kind", "") == "audio":
                task = loop.create_task(play_audio(track, self._speaker, self.counters))  # type: ignore[arg-type]
            else:
                task = loop.create_task(show_video(track, devices.remote_view, self.counters))  # type: ignore[arg-type]
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        @self.pc.on("connectionstatechange")
        def on_connection() -> None:
            on_state(self.pc.connectionState)

    # --- devices --------------------------------------------------------------------------------

    def _speaker(self) -> AudioOutput | None:
        return self.devices.speaker

    def use_microphone(self, microphone: AudioInput | None) -> None:
        """Send from ``microphone`` from now on (the user picked another one); the old one
        closes. Mute stays as it was: it is applied to what is sent, not to the device."""
        previous, self.devices.microphone = self.devices.microphone, microphone
        if previous is not None and previous is not microphone:
            with contextlib.suppress(Exception):
                previous.stop()
        if self._mic_started and microphone is not None:
            microphone.start(self.microphone.push)

    def use_speaker(self, speaker: AudioOutput | None) -> None:
        """Play the other person on ``speaker`` from now on; the old one closes."""
        previous, self.devices.speaker = self.devices.speaker, speaker
        if previous is not None and previous is not speaker:
            with contextlib.suppress(Exception):
                previous.stop()
        if self._mic_started and speaker is not None:
            speaker.start()

    def _start_microphone(self) -> None:
        if self._mic_started:
            return
        self._mic_started = True
        if self.devices.speaker is not None:
            self.devices.speaker.start()
        if self.devices.microphone is not None:
            self.devices.microphone.start(self.microphone.push)

    def _add_camera(self, source: VideoInput | None) -> bool:
        """Send video from ``source``; False when there is none (no camera: voice only)."""
        if source is None:
            return False
        if self.camera is None:
            self.camera = CameraTrack()
            self.pc.addTrack(self.camera)
        previous, self._camera_source = self._camera_source, source
        if previous is not None and previous is not source:
            with contextlib.suppress(Exception):
                previous.stop()  # switching between the camera and the screen
        local = self.devices.local_view
        camera = self.camera

        def deliver(image: object) -> None:
            camera.push(image)  # type: ignore[arg-type]
            if local is not None:
                local.show(image)  # type: ignore[arg-type]

        source.start(deliver)
        return True

    def set_muted(self, muted: bool) -> None:
        self.microphone.muted = muted

    def set_video_paused(self, paused: bool) -> None:
        if self.camera is not None:
            self.camera.set_paused(paused)
        if paused and self._camera_source is not None:
            with contextlib.suppress(Exception):
                self._camera_source.stop()  # the camera's light goes off
            self._camera_source = None
        if self.devices.local_view is not None and paused:
            self.devices.local_view.show(None)

    @property
    def sending_video(self) -> bool:
        return self.camera is not None

    # --- SDP ------------------------------------------------------------------------------------

    async def create_offer(self, video: bool) -> str:
        self._start_microphone()
        self.pc.addTrack(self.microphone)
        if video:
            self._add_camera(self.devices.camera)
        return await self._local(await self.pc.createOffer())

    async def create_answer(self, offer_sdp: str, video: bool) -> str:
        await self.pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
        self._start_microphone()
        self.pc.addTrack(self.microphone)
        if video:
            self._add_camera(self.devices.camera)
        return await self._local(await self.pc.createAnswer())

    async def set_remote_answer(self, sdp: str) -> None:
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp, "answer"))

    async def add_candidates(self, candidates: Sequence[Candidate]) -> None:
        for item in candidates:
            if item.is_end:
                continue  # aiortc gathers and checks without trickle: nothing to finish
            text = item.candidate.removeprefix("a=").removeprefix("candidate:")
            try:
                candidate = candidate_from_sdp(text)
            except (ValueError, IndexError):
                log.info("ignoring a malformed ICE candidate")
                continue
            candidate.sdpMid = item.sdp_mid
            candidate.sdpMLineIndex = item.sdp_mline_index
            if candidate.sdpMid is None and candidate.sdpMLineIndex is None:
                candidate.sdpMLineIndex = 0
            with contextlib.suppress(Exception):
                await self.pc.addIceCandidate(candidate)

    async def video_offer(self, source: VideoInput | None) -> str | None:
        """Send video from ``source``. The first time in a call without video this needs a
        renegotiation: its offer is returned. Otherwise (a switch between the camera and the
        screen, the camera back on) ``None``: nothing to negotiate."""
        adds_track = self.camera is None
        if not self._add_camera(source) or not adds_track:
            return None
        return await self._local(await self.pc.createOffer())

    async def answer_renegotiation(self, offer_sdp: str) -> str:
        await self.pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
        return await self._local(await self.pc.createAnswer())

    async def _local(self, description: RTCSessionDescription) -> str:
        await self.pc.setLocalDescription(description)  # gathers every candidate into the SDP
        return self.pc.localDescription.sdp

    # --- end ------------------------------------------------------------------------------------

    async def close(self, *, keep_devices: bool = False) -> None:
        if self._closed:
            return
        self._closed = True
        if not keep_devices:
            self.stop_devices()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self.pc.close()

    def stop_devices(self) -> None:
        for device in (self.devices.microphone, self._camera_source, self.devices.speaker):
            if device is not None:
                with contextlib.suppress(Exception):
                    device.stop()
