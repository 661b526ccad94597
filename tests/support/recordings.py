"""Recordings made in tests (no binary fixtures in the repository): a tone as PCM, an Ogg/Opus
song, an MP4 video with sound, and a voice message's content as another client sends it."""

from __future__ import annotations

import io
import math
from array import array
from typing import Any

import av
from PIL import Image

RATE = 48_000


def tone(seconds: float, frequency: float = 440.0, amplitude: int = 8000, rate: int = RATE) -> bytes:
    """A sine as signed 16-bit mono PCM."""
    count = int(seconds * rate)
    step = 2 * math.pi * frequency / rate
    return array("h", (int(amplitude * math.sin(step * i)) for i in range(count))).tobytes()


def song(seconds: float = 3.0, frequency: float = 330.0) -> bytes:
    """An Ogg/Opus file: a plain audio file, not a voice message."""
    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=RATE)
        stream.layout = "mono"
        _encode_audio(container, stream, tone(seconds, frequency), "flt")
    return out.getvalue()


def video(seconds: float = 2.0, size: tuple[int, int] = (320, 240), fps: int = 25) -> bytes:
    """An MP4 (H.264 and AAC) whose picture goes from blue to orange, with a tone."""
    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as container:
        picture = container.add_stream("libx264", rate=fps)
        picture.width, picture.height = size
        picture.pix_fmt = "yuv420p"
        sound = container.add_stream("aac", rate=RATE)
        sound.layout = "mono"
        frames = int(seconds * fps)
        for index in range(frames):
            t = index / max(1, frames - 1)
            colour = (int(40 + 200 * t), int(90 + 40 * t), int(210 - 170 * t))
            frame = av.VideoFrame.from_image(Image.new("RGB", size, colour))
            frame.pts = index
            for packet in picture.encode(frame):
                container.mux(packet)
        for packet in picture.encode(None):
            container.mux(packet)
        _encode_audio(container, sound, tone(seconds, 440, 4000), "fltp")
    return out.getvalue()


def _encode_audio(container: Any, stream: Any, pcm: bytes, sample_format: str) -> None:
    samples = array("h", pcm)
    size = 960
    for start in range(0, len(samples), size):
        piece = samples[start : start + size]
        frame = av.AudioFrame(format=sample_format, layout="mono", samples=len(piece))
        frame.planes[0].update(array("f", (s / 32768 for s in piece)).tobytes())
        frame.sample_rate = RATE
        frame.pts = start
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)


def voice_message(duration_ms: int, waveform: list[int]) -> dict[str, Any]:
    """The content another client sends for a voice message (MSC3245), without ``url``."""
    return {
        "msgtype": "m.audio",
        "body": "Voice message",
        "info": {"mimetype": "audio/ogg", "duration": duration_ms},
        "org.matrix.msc1767.audio": {"duration": duration_ms, "waveform": waveform},
        "org.matrix.msc3245.voice": {},
    }


def babble(seconds: float, rate: int = RATE) -> bytes:
    """Something with the rhythm of speech (for pictures of waveforms): syllables of a wavering
    tone rising and falling, louder and softer phrases, short pauses between."""
    samples = array("h")
    for i in range(int(seconds * rate)):
        t = i / rate
        syllable = max(0.0, math.sin(2 * math.pi * 2.6 * t)) ** 1.5
        phrase = 0.3 + 0.7 * abs(math.sin(2 * math.pi * 0.37 * t + 1.0))
        pitch = 180 + 40 * math.sin(2 * math.pi * 0.8 * t)
        samples.append(int(14_000 * syllable * phrase * math.sin(2 * math.pi * pitch * t)))
    return samples.tobytes()
