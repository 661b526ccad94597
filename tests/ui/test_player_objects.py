"""The media player is made where no Python stands in for its virtuals (messenger_desktop.qt.playback).

A player, audio output or video sink made from Python is a binding subclass: each call of one of
its C++ virtuals (``disconnectNotify``, ``metaObject``…) first takes the interpreter lock. The
FFmpeg threads make such calls while the UI thread waits for them in ``QMediaPlayer.stop()``
holding that lock, and the app froze for good (a CI run hung in the voice tests). The freeze is a
race of threads that no test can set up on demand, so this checks the condition that rules it
out, and that the player made so still plays and goes away cleanly.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtQml import QQmlEngine
from pytestqt.qtbot import QtBot

from messenger_desktop.qt.playback import made_by_qml
from tests.support.recordings import song


def test_the_player_its_audio_output_and_its_sink_are_not_made_by_python(qtbot: QtBot) -> None:
    owner = QObject()
    player = made_by_qml(owner)
    audio, sink = player.audioOutput(), player.videoSink()
    assert audio is not None and sink is not None
    for part in (player, audio, sink):
        assert not shiboken6.createdByPython(part), f"{type(part).__name__} is a binding subclass"
    assert player.parent() is owner
    engines = player.findChildren(QQmlEngine)
    assert len(engines) == 1, "the player keeps the engine that made it"


def test_the_player_plays_a_file_to_its_end_and_goes_with_its_owner(qtbot: QtBot, tmp_path: Path) -> None:
    owner = QObject()
    player = made_by_qml(owner)
    engine = player.findChildren(QQmlEngine)[0]
    (tmp_path / "song.ogg").write_bytes(song(0.3))
    player.setSource(QUrl.fromLocalFile(str(tmp_path / "song.ogg")))
    with qtbot.waitSignal(player.durationChanged, timeout=5000) as duration:
        player.play()
    assert 250 <= duration.args[0] <= 350
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=5000)

    gone: list[str] = []
    player.destroyed.connect(lambda: gone.append("player"))
    engine.destroyed.connect(lambda: gone.append("engine"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: len(gone) == 2, timeout=2000)
    assert gone == ["player", "engine"], "the engine outlives what it made"
