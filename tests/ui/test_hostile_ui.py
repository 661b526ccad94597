"""The hostile corpus (tests/support/hostile/corpus.py) in the real window: a hostile member sends
it through a real Synapse, the user opens the conversation and scrolls through all of it. Every
row is drawn without a QML warning (any warning fails the test), nothing is fetched from outside
``mxc://`` (the engine's network access manager notes every request it refuses: none), pictures
that are bombs show their placeholder, and the files with traversal names, saved with the save
button, all land inside the downloads folder."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.filenames import safe_file_name
from messenger_desktop.qt.engine import refused_requests
from tests.support.hostile.server import send_corpus
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(240),
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),  # see test_hostile_corpus
]


def _shown_rows(app: Shell) -> dict[str, QQuickItem]:
    """The rows on screen (the list also keeps delegates ready just outside it)."""
    view = app.find("timeline")
    return {
        item.property("eventId"): item
        for item in app.visual_children("timeline")
        if item.property("eventId")
        and item.isVisible()
        and item.property("kind") is not None
        and _on_screen(view, item)
    }


def _on_screen(view: QQuickItem, item: QQuickItem) -> bool:
    top = item.mapToItem(view, QPointF(0, 0)).y()
    return top + item.height() > 0 and top < view.height()


def _sweep(app: Shell, on_row: Callable[[str, QQuickItem], None]) -> set[str]:
    """Scroll the timeline from the newest row to the oldest, most of a screen at a time, calling
    ``on_row(event_id, item)`` once for each row drawn; the ids drawn."""
    view = app.find("timeline")
    view.setProperty("contentY", float(view.property("originY")) + float(view.property("contentHeight")))
    seen: set[str] = set()
    still = 0
    for _ in range(400):
        app.run(asyncio.sleep(0.05))  # the next frames lay out, load and draw
        # one row at a time, the lowest first: what on_row does (scrolling a button into view to
        # tap it) moves and reuses the delegates, and must only push done rows out of view
        while fresh := [(e, i) for e, i in _shown_rows(app).items() if e not in seen]:
            event_id, item = max(fresh, key=lambda pair: pair[1].mapToItem(view, QPointF(0, 0)).y())
            seen.add(event_id)
            on_row(event_id, item)
        top, y = float(view.property("originY")), float(view.property("contentY"))
        still = still + 1 if y <= top + 1 else 0
        if still > 3 and app.session.timeline.property("atStart"):
            break
        view.setProperty("contentY", max(top, y - view.height() * 0.7))
    return seen


def test_the_hostile_corpus_in_the_window_loads_nothing_from_outside_and_saves_inside(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    alice, troll = _people(app, synapse, new_user)
    room, sent = app.run(send_corpus(troll, alice), timeout=120)
    home = tmp_path / "home"
    downloads = home / "Downloads"
    app.start(alice)
    app.wait(lambda: room in _room_ids(app), what="the conversation")
    app.session.media_controller.downloads = downloads
    app.session.openRoom(RoomId(room))
    app.wait(lambda: app.session.timeline.rowCount() >= 1, what="the timeline")

    bombs = {event_id for event_id, (entry, _) in sent.items() if "bomb" in entry.tags}
    files = {event_id for event_id, (entry, _) in sent.items() if "download" in entry.tags}
    placeholders: list[str] = []

    def on_row(event_id: str, item: QQuickItem) -> None:
        if event_id in bombs:
            picture = app.inside(item, "mediaImage")
            app.wait(lambda: picture.property("failed"), what=f"{sent[event_id][0].name} to be refused")
            assert app.inside(item, "mediaPlaceholder").isVisible()
            placeholders.append(event_id)
        if event_id in files:
            shown = app.inside(item, "fileName").property("text")
            assert shown == safe_file_name(shown) or shown.endswith("…"), shown
            saved = len(list(downloads.iterdir())) if downloads.is_dir() else 0
            button = app.inside(item, "saveFileButton")
            app.scroll_to(button)
            app.tap(button)
            app.wait(
                lambda: downloads.is_dir() and len(list(downloads.iterdir())) > saved,
                what=f"{shown[:40]!r} saved",
            )
            app.click("noticeDismissButton")  # "Saved to …" would cover the rows below it

    def expand(event_id: str, item: QQuickItem) -> None:
        if item.property("runCount") and not item.property("runExpanded"):
            summary = app.inside(item, "runSummary")  # a run of state changes, collapsed
            app.scroll_to(summary)
            app.tap(summary)
        on_row(event_id, item)

    _sweep(app, expand)
    seen = _sweep(app, lambda _event, _item: None)  # again, with every run open
    timeline = app.session.timeline
    drawn_ids = {timeline.row(i)["eventId"] for i in range(timeline.rowCount())}
    assert set(sent) <= drawn_ids, "every event has its row"
    assert set(sent) <= seen, f"{len(set(sent) - seen)} rows never drawn"
    assert sorted(placeholders) == sorted(bombs)

    app.wait(
        lambda: downloads.is_dir() and len(list(downloads.iterdir())) == len(files), what="the saved files"
    )
    assert all(path.parent == downloads and path.read_bytes() for path in downloads.iterdir())
    # "../../.bashrc" and the others: nothing beside the folder, nothing above it
    assert [p for p in home.rglob("*") if p.parent != downloads] == [downloads]
    assert not list(tmp_path.glob(".bashrc")) and not list(tmp_path.parent.glob(".bashrc"))

    assert refused_requests(app.engine) == [], "QML tried to load something from the network"


@pytest.mark.qt_log_ignore(r'Protocol "refused" is unknown')
def test_the_engine_notes_every_network_request_it_refuses(shell: Shell) -> None:
    """The check above can fail: an image and a request from QML are refused, and noted."""
    component = QQmlComponent(shell.engine)
    component.setData(
        b"import QtQuick\n"
        b'Image { source: "http://127.0.0.1:9/probe.png"\n'
        b"  readonly property bool failed: status === Image.Error\n"
        b"  Component.onCompleted: {\n"
        b'    const r = new XMLHttpRequest(); r.open("GET", "https://127.0.0.1:9/x"); r.send() } }',
        QUrl("probe.qml"),
    )
    probe = component.create()
    assert probe is not None, component.errorString()
    shell.wait(lambda: len(refused_requests(shell.engine)) == 2, what="both requests refused")
    assert sorted(refused_requests(shell.engine)) == ["http://127.0.0.1:9/probe.png", "https://127.0.0.1:9/x"]
    shell.wait(lambda: probe.property("failed"), what="the image to fail: nothing was fetched")
    probe.deleteLater()
