"""Audio, video and voice messages playing in the conversation: one player for the whole app, so
only one thing plays at once, and a voice message that ends starts the next one below it.

QML never hands the player an address. :meth:`Playback.toggle` names a message; the media loader
downloads its file into the disk cache (authenticated, size-capped, off the UI thread) and the
player opens that local file. QtMultimedia is loaded with the first message played, not at start.

A video's pictures arrive in the player's own sink and are passed to the row's QML
``VideoOutput`` (:meth:`Playback.attachVideo`); where Qt Quick renders in software and a
VideoOutput stays blank, the row shows the same frame as ``image://playback/<n>`` instead
(:mod:`.playback_frames`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QImage

from ..api.errors import ApiError, MatrixError, ResponseTooLarge
from ..api.mxc import Mxc, parse_mxc
from ..media.loader import MediaLoader, MediaRequest
from .formatting import tr
from .media_lists import MediaLists, ShownContent
from .media_rows import MSC3245_VOICE
from .tasks import TaskGroup

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

log = logging.getLogger(__name__)

SPEEDS = (1.0, 1.5, 2.0)
"""The voice speeds the toggle steps through (videos and other audio always play at 1×)."""


@dataclass(frozen=True, slots=True)
class Track:
    """A message that can be played: where its file is, and whether it is a voice message."""

    mxc: Mxc
    voice: bool


class Playback(QObject):
    """What plays now, for every row to show: :attr:`current` (an event id) is the row the state
    belongs to; the others show themselves stopped."""

    changed = Signal()
    """:attr:`current`, :attr:`state`, :attr:`error`, :attr:`duration` or :attr:`hasFrame`."""
    positionChanged = Signal()
    speedChanged = Signal()
    frameChanged = Signal()

    def __init__(
        self,
        loader: Callable[[], MediaLoader | None],
        track: Callable[[str], Track | None],
        next_voice: Callable[[str], str],
        describe_error: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._track_of = track
        self._next_voice = next_voice
        self._describe = describe_error
        self._tasks = TaskGroup(on_error=lambda error: self._load_failed(error))
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._sink: QVideoSink | None = None
        self._frame: QVideoFrame | None = None
        self._outputs: dict[str, QVideoSink] = {}
        """The QML VideoOutputs' sinks of the rows showing a video, by event id."""
        self._current = ""
        self._voice = False
        self._state = ""
        self._error = ""
        self._position = 0
        self._duration = 0
        self._start_at = 0
        self._speed = SPEEDS[0]
        self._serial = 0
        self._has_frame = False
        self._generation = 0
        """Counts the tracks started: a download that finishes after another track was chosen
        is not played."""

    # -- what QML reads -----------------------------------------------------------------------

    def _get_current(self) -> str:
        return self._current

    current = QtProperty(str, _get_current, notify=changed)
    """The event id of the message playing, paused, loading or failed ("" none)."""

    def _get_state(self) -> str:
        return self._state

    state = QtProperty(str, _get_state, notify=changed)
    """``""`` (stopped), ``"loading"``, ``"playing"``, ``"paused"`` or ``"failed"``."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)
    """Why :attr:`current` cannot play, in one sentence."""

    def _get_position(self) -> int:
        return self._position

    position = QtProperty(int, _get_position, notify=positionChanged)
    """Milliseconds into :attr:`current`."""

    def _get_duration(self) -> int:
        return self._duration

    duration = QtProperty(int, _get_duration, notify=changed)
    """The length of :attr:`current` as the player found it (0 until known)."""

    def _get_speed(self) -> float:
        return self._speed

    speed = QtProperty(float, _get_speed, notify=speedChanged)
    """The speed voice messages play at."""

    def _get_serial(self) -> int:
        return self._serial

    frameSerial = QtProperty(int, _get_serial, notify=frameChanged)
    """Counts the video frames shown (a new ``image://playback/<n>`` for each)."""

    def _get_has_frame(self) -> bool:
        return self._has_frame

    hasFrame = QtProperty(bool, _get_has_frame, notify=changed)
    """:attr:`current` is a video with a picture to show."""

    def frame_image(self) -> QImage:
        """The newest video frame as an image (software rendering); a null image when none."""
        return self._frame.toImage() if self._frame is not None and self._frame.isValid() else QImage()

    # -- what QML does ------------------------------------------------------------------------

    @Slot(str)
    def toggle(self, event_id: str) -> None:
        """The message's play/pause button: play it (stopping whatever played), pause, resume;
        while its file downloads, stop."""
        if event_id != self._current or self._state in ("", "failed"):
            self._start(event_id)
        elif self._state == "playing" and self._player is not None:
            self._player.pause()
            self._set_state("paused")
        elif self._state == "paused" and self._player is not None:
            self._player.play()
            self._set_state("playing")
        else:
            self.stop()

    @Slot()
    def pause(self) -> None:
        """Whatever plays pauses (the microphone is about to record)."""
        if self._state == "playing" and self._player is not None:
            self._player.pause()
            self._set_state("paused")

    @Slot(str, int)
    def seek(self, event_id: str, position: int) -> None:
        """Go to ``position`` ms of the message (a message not playing starts there)."""
        position = max(0, position)
        if event_id == self._current and self._state in ("playing", "paused") and self._player is not None:
            self._player.setPosition(position)
            self._set_position(position)
        else:
            self._start(event_id, position)

    @Slot()
    def cycleSpeed(self) -> None:
        """1× → 1.5× → 2× → 1× for voice messages."""
        index = SPEEDS.index(self._speed) if self._speed in SPEEDS else -1
        self._speed = SPEEDS[(index + 1) % len(SPEEDS)]
        if self._voice and self._player is not None:
            self._player.setPlaybackRate(self._speed)
        self.speedChanged.emit()

    @Slot()
    def stop(self) -> None:
        """Nothing plays any more (the conversation changed, the app closes)."""
        self._generation += 1
        if self._player is not None:
            self._player.stop()
        self._current, self._voice, self._error = "", False, ""
        self._position = self._duration = 0
        self._clear_frame()
        self._set_state("")
        self.positionChanged.emit()

    @Slot(str, QObject)
    def attachVideo(self, event_id: str, output: QObject | None) -> None:
        """The row of ``event_id`` shows its video in ``output`` (a QML ``VideoOutput``, or
        ``None``: no longer)."""
        sink = output.property("videoSink") if output is not None else None
        if sink is None:
            self._outputs.pop(event_id, None)
            return
        self._outputs[event_id] = sink
        sink.destroyed.connect(lambda: self._outputs.pop(event_id, None))
        if event_id == self._current and self._frame is not None:
            sink.setVideoFrame(self._frame)

    # -- playing ------------------------------------------------------------------------------

    def _start(self, event_id: str, at: int = 0) -> None:
        self.stop()
        track = self._track_of(event_id)
        loader = self._loader()
        self._current = event_id
        self._start_at = at
        self._position = at
        if track is None or loader is None:
            self._fail(tr("This file is not available."))
            return
        self._voice = track.voice
        self._set_state("loading")
        self.positionChanged.emit()
        generation = self._generation
        self._tasks.spawn(self._load(loader, track, generation), name="playback-load")

    async def _load(self, loader: MediaLoader, track: Track, generation: int) -> None:
        try:
            path = await loader.file(MediaRequest(track.mxc))
        except (ApiError, OSError) as error:
            if generation == self._generation:
                self._load_failed(error)
            return
        if generation != self._generation:
            return  # another message was chosen meanwhile
        player = self._ensure_player()
        player.setSource(QUrl())  # the same file again is loaded again: its LoadedMedia comes
        player.setSource(QUrl.fromLocalFile(str(path)))  # loads in the background
        player.setPlaybackRate(self._speed if track.voice else 1.0)
        player.play()
        self._set_state("playing")

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, ResponseTooLarge):
            self._fail(tr("This file is too large to play here; save it instead."))
        elif isinstance(error, MatrixError) and (error.status == 404 or error.errcode == "M_NOT_FOUND"):
            self._fail(tr("This file is no longer on the server."))
        elif isinstance(error, ApiError):
            self._fail(self._describe(error))
        elif isinstance(error, OSError):
            self._fail(tr("There is no room on this computer to keep this file."))
        else:
            log.error("a recording could not be loaded", exc_info=error)
            self._fail(tr("This recording cannot be played."))

    def _fail(self, sentence: str) -> None:
        if self._player is not None:
            self._player.stop()
        self._error = sentence
        self._set_state("failed")

    def _ensure_player(self) -> QMediaPlayer:
        from PySide6.QtMultimedia import QMediaDevices

        if self._player is not None and self._audio is not None:
            self._audio.setDevice(QMediaDevices.defaultAudioOutput())  # headphones plugged in since
            return self._player
        player = made_by_qml(self)
        audio, sink = player.audioOutput(), player.videoSink()
        assert audio is not None and sink is not None, "PLAYER_QML gives the player both"
        sink.videoFrameChanged.connect(lambda frame: self._show_frame(frame))
        player.positionChanged.connect(lambda position: self._player_position(position))
        player.durationChanged.connect(lambda duration: self._player_duration(duration))
        player.mediaStatusChanged.connect(lambda status: self._player_status(status))
        player.errorOccurred.connect(lambda error, text: self._player_error(text))
        self._player, self._audio, self._sink = player, audio, sink
        return player

    def _player_position(self, position: int) -> None:
        if self._state in ("playing", "paused") and not self._start_at:  # not the 0 before a seek
            self._set_position(position)

    def _player_duration(self, duration: int) -> None:
        if duration != self._duration:
            self._duration = max(0, duration)
            self.changed.emit()

    def _player_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        started = self._state in ("playing", "paused")
        if status == QMediaPlayer.MediaStatus.LoadedMedia and started and self._start_at and self._player:
            self._player.setPosition(self._start_at)  # not before: a position set while loading is lost
            self._start_at = 0
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._state == "playing":
            self._ended()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self._state in ("playing", "paused"):
            self._fail(tr("This recording cannot be played."))

    def _player_error(self, text: str) -> None:
        if self._state in ("playing", "paused"):
            log.info("a recording could not be played: %s", text)
            self._fail(tr("This recording cannot be played."))

    def _ended(self) -> None:
        """A voice message that ends starts the next one below it; anything else just stops."""
        finished, voice = self._current, self._voice
        following = self._next_voice(finished) if voice else ""
        if following:
            self._start(following)
        else:
            self.stop()

    def _show_frame(self, frame: QVideoFrame) -> None:
        if not self._current or not frame.isValid():
            return
        self._frame = frame
        sink = self._outputs.get(self._current)
        if sink is not None and shiboken6.isValid(sink):
            sink.setVideoFrame(frame)
        self._serial += 1
        self.frameChanged.emit()
        if not self._has_frame:
            self._has_frame = True
            self.changed.emit()

    def _clear_frame(self) -> None:
        self._frame = None
        self._has_frame = False

    def _set_state(self, state: str) -> None:
        self._state = state
        self.changed.emit()

    def _set_position(self, position: int) -> None:
        if position != self._position:
            self._position = position
            self.positionChanged.emit()

    async def close(self) -> None:
        self.stop()
        await self._tasks.cancel_all()
        if self._player is not None:
            self._player.setSource(QUrl())


def track_in(shown_in: ShownContent, event_id: str) -> Track | None:
    """The loaded message ``event_id`` (in the timeline or the open thread) as something to
    play; None when it has no valid file."""
    shown = shown_in.item_content(event_id)
    content = shown[1] if shown is not None else {}
    mxc = parse_mxc(content.get("url"))
    if mxc is None:
        return None
    return Track(mxc, voice=isinstance(content.get(MSC3245_VOICE), dict))


def next_voice_in(lists: MediaLists, event_id: str) -> str:
    """The first voice message sent after ``event_id`` in the list it is in — the loaded
    conversation, or the open thread ("" none)."""
    for row in lists.after(event_id):
        media = row.get("media") or {}
        if media.get("voice") and row["eventId"].startswith("$"):
            return str(row["eventId"])
    return ""


PLAYER_QML = b"""
import QtQml
import QtMultimedia

MediaPlayer {
    // An audio output even without a sound device: without one an audio file never ends.
    audioOutput: AudioOutput {}
    videoOutput: VideoSink {}
}
"""
"""The player, its audio output and its video sink, made by QML (see :func:`made_by_qml`)."""


def made_by_qml(parent: QObject) -> QMediaPlayer:
    """A player whose objects the Python binding does not stand in for.

    An object made from Python is a binding subclass whose C++ virtuals (``metaObject``,
    ``disconnectNotify``…) take the interpreter lock to look for a Python override. QtMultimedia's
    FFmpeg threads call such virtuals of the player's audio output while tearing down, and the
    UI thread, calling :meth:`QMediaPlayer.stop` with the lock held, waits for those threads:
    the app froze for good (seen in the voice and thread tests). Objects made by a QML engine
    are plain Qt classes, so nothing on those threads needs the lock. The engine is the player's
    child, so the player and its parts go first; it costs about 1 MB and 5 ms, once.
    """
    from PySide6.QtMultimedia import QMediaPlayer  # imported first, or the binding gives a QObject
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(PLAYER_QML, QUrl())
    player = component.create()
    if not isinstance(player, QMediaPlayer):
        raise RuntimeError(f"the media player could not be made: {component.errorString()}")
    QQmlEngine.setObjectOwnership(player, QQmlEngine.ObjectOwnership.CppOwnership)
    player.setParent(parent)
    engine.setParent(player)
    return player
