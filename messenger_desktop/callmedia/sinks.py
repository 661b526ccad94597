"""What we receive: the peer's audio to the speaker, their video to the view, and counts of both."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioResampler, VideoFrame

from ..calls.devices import SAMPLE_RATE, AudioOutput, VideoImage, VideoOutput

log = logging.getLogger(__name__)

MAX_VIEW_WIDTH = 1280
MAX_VIEW_HEIGHT = 720
VIDEO_GONE_AFTER = 1.5
"""Seconds without a picture after which the view goes back to the avatar."""


class Counters:
    """Plain counters written on the media thread, read anywhere (int updates are atomic enough
    for figures shown to people and tests)."""

    def __init__(self) -> None:
        self.audio_frames_in = 0
        self.video_frames_in = 0
        self.last_video_at = 0.0


async def play_audio(
    track: MediaStreamTrack, output: Callable[[], AudioOutput | None], counters: Counters
) -> None:
    """Play ``track`` on ``output()``, asked for each frame: the user may pick another speaker
    during the call. A speaker that fails is not used again (the call goes on without it)."""
    resampler = AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    broken: AudioOutput | None = None
    while True:
        try:
            frame = await track.recv()
        except MediaStreamError:
            return
        for out in resampler.resample(frame):  # type: ignore[arg-type]
            counters.audio_frames_in += 1
            speaker = output()
            if speaker is not None and speaker is not broken:
                pcm = bytes(out.planes[0])[: out.samples * 2]
                try:
                    speaker.play(pcm)
                except Exception:  # a broken device must not end the call
                    log.exception("audio output failed")
                    broken = speaker


def frame_to_image(frame: VideoFrame) -> VideoImage:
    width, height = frame.width, frame.height
    scale = min(1.0, MAX_VIEW_WIDTH / width, MAX_VIEW_HEIGHT / height)
    width, height = max(2, int(width * scale) & ~1), max(2, int(height * scale) & ~1)
    rgb = frame.reformat(width=width, height=height, format="rgb24")
    plane = rgb.planes[0]
    data = bytes(plane)
    row = width * 3
    if plane.line_size != row:
        data = b"".join(data[y * plane.line_size : y * plane.line_size + row] for y in range(height))
    return VideoImage(width, height, data)


async def show_video(track: MediaStreamTrack, view: VideoOutput | None, counters: Counters) -> None:
    watchdog = asyncio.get_running_loop().create_task(_blank_when_stopped(view, counters))
    try:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            counters.video_frames_in += 1
            counters.last_video_at = time.monotonic()
            if view is not None and isinstance(frame, VideoFrame):
                try:
                    view.show(frame_to_image(frame))
                except Exception:
                    log.exception("video view failed")
                    view = None
    finally:
        watchdog.cancel()
        with contextlib.suppress(Exception):
            if view is not None:
                view.show(None)


async def _blank_when_stopped(view: VideoOutput | None, counters: Counters) -> None:
    showing = False
    while True:
        await asyncio.sleep(0.5)
        live = time.monotonic() - counters.last_video_at < VIDEO_GONE_AFTER
        if showing and not live and view is not None:
            view.show(None)
        showing = live
