"""Organising figures of issue 6, with 1,000 conversations.

1. **List apply**: the UI-thread time to apply a sync that touches 100 of 1,000 rooms (new last
   message, new unread counts, so most rows move) to the conversation list — re-sort, badges,
   folder-tab counts, space bar, the tray icon — while the real ``RoomList.qml`` shows it, up to
   and including the next frame. Goal: ≤ 10 ms.
2. **Quick switcher keystroke**: the time from one more typed letter to the new result rows, over
   the 1,000 conversations and 2,000 people. Goal: ≤ 5 ms.

Both are UI-thread CPU time (``time.thread_time``) around the work, medians of 20 rounds after
2 warm-up rounds. Run: ``QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python bench/roomlist.py``
(or offscreen: ``QT_QPA_PLATFORM=offscreen``); ``QT_QUICK_BACKEND=software`` is set here.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QUrl
from PySide6.QtQuick import QQuickView
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summary import add_json_option, context, emit  # noqa: E402

from messenger_desktop.api.ids import RoomId, UserId  # noqa: E402
from messenger_desktop.qt.list_filters import FolderTabsModel, SpacesModel  # noqa: E402
from messenger_desktop.qt.platform.tray import TrayController  # noqa: E402
from messenger_desktop.qt.quick_switcher import QuickSwitcherModel  # noqa: E402
from messenger_desktop.qt.rooms_model import RoomsModel  # noqa: E402
from messenger_desktop.qt.settings import Settings  # noqa: E402
from messenger_desktop.store.folders import Folder  # noqa: E402
from messenger_desktop.store.people import Person  # noqa: E402
from messenger_desktop.store.rows import RoomSummary  # noqa: E402

ROOMS = 1000
TOUCHED = 100
PEOPLE = 2000
ROUNDS = 20
WARM_UP = 2
WORDS = ("alpha", "berry", "cedar", "delta", "ember", "fjord", "glade", "harbor", "iris", "juniper", "kite")

LIST_QML = b"""
import QtQuick
ListView {
    width: 360; height: 800
    model: rooms
    delegate: Rectangle {
        required property string name
        required property string lastBody
        required property int unread
        width: ListView.view.width; height: 64
        Text { text: parent.name; y: 12; x: 72 }
        Text { text: parent.lastBody; y: 36; x: 72; elide: Text.ElideRight; width: 250 }
        Rectangle { visible: parent.unread > 0; x: 330; y: 36; width: 20; height: 20; radius: 10 }
    }
}
"""


def summaries(rng: random.Random) -> list[RoomSummary]:
    rooms = []
    for i in range(ROOMS):
        name = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {i}"
        rooms.append(
            RoomSummary(
                room_id=RoomId(f"!room{i}:bench"),
                membership="join",
                name=name,
                explicit_name=i >= 100,
                is_direct=i < 100,
                joined_count=2 if i < 100 else rng.randint(3, 50),
                notification_count=rng.choice((0, 0, 0, 1, 3)),
                last_body=f"message {i}",
                last_sender="@someone:bench",
                last_sender_name="Someone",
                last_ts=1_700_000_000_000 + i * 1000,
                favourite=i % 97 == 0,
                low_priority=i % 89 == 0,
            )
        )
    return rooms


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_json_option(parser)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    rooms = summaries(rng)
    model = RoomsModel(UserId("@me:bench"))
    model.load(rooms)
    model.set_folders([Folder(id="work", name="Work", rooms=tuple(r.room_id for r in rooms[::7]))])
    tabs = FolderTabsModel(model)
    spaces = SpacesModel(model)
    settings = Settings(None)
    tray = TrayController(settings)
    model.unreadChanged.connect(
        lambda: tray.set_unread(model.property("unreadTotal"), model.property("mentionTotal") > 0)
    )
    view = QQuickView()
    view.setInitialProperties({})
    view.rootContext().setContextProperty("rooms", model)
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.resize(360, 800)
    from PySide6.QtCore import QByteArray

    component_data = QByteArray(LIST_QML)
    from PySide6.QtQml import QQmlComponent

    component = QQmlComponent(view.engine())
    component.setData(component_data, QUrl("roomlist.qml"))
    root = component.create(view.rootContext())
    root.setParentItem(view.contentItem())  # type: ignore[attr-defined]
    view.show()
    app.processEvents()

    clock = 1_800_000_000_000
    apply_samples: list[float] = []
    for round_number in range(WARM_UP + ROUNDS):
        touched = rng.sample(rooms, TOUCHED)
        changed = []
        for summary in touched:
            clock += 1000
            changed.append(
                dataclasses.replace(
                    summary,
                    last_ts=clock,
                    last_body=f"new {clock}",
                    notification_count=summary.notification_count + 1,
                )
            )
        swapped: list[float] = []

        def stamp(frames: list[float] = swapped) -> None:
            frames.append(time.thread_time())

        view.frameSwapped.connect(stamp)
        start = time.thread_time()
        model.apply(changed)
        deadline = time.monotonic() + 2
        while not swapped and time.monotonic() < deadline:
            app.processEvents()
        end = swapped[0] if swapped else time.thread_time()
        view.frameSwapped.disconnect()
        if round_number >= WARM_UP:
            apply_samples.append(end - start)
        rooms = [next((c for c in changed if c.room_id == r.room_id), r) for r in rooms]

    people = [
        Person(
            UserId(f"@{rng.choice(WORDS)}{i}:bench"),
            f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}",
            None,
        )
        for i in range(PEOPLE)
    ]

    async def load_people() -> list[Person]:
        return people

    switcher = QuickSwitcherModel(model, load_people)
    switcher._people = people  # what refresh() loads from the cache, without a loop
    switcher._rebuild()
    key_samples: list[float] = []
    for round_number in range(WARM_UP + ROUNDS):
        word = rng.choice(WORDS)
        switcher.setProperty("query", "")
        for length in range(1, 5):
            start = time.thread_time()
            switcher.setProperty("query", word[:length])
            elapsed = time.thread_time() - start
            if round_number >= WARM_UP:
                key_samples.append(elapsed)

    print(
        f"list apply, {TOUCHED} of {ROOMS} rooms, to the next frame: median {median_ms(apply_samples)} ms, "
        f"max {round(max(apply_samples) * 1000, 2)} ms (UI-thread CPU, {ROUNDS} rounds)"
    )
    print(
        f"quick switcher keystroke over {ROOMS} rooms + {PEOPLE} people: median {median_ms(key_samples)} ms, "
        f"p90 {round(statistics.quantiles(key_samples, n=10)[-1] * 1000, 2)} ms, "
        f"max {round(max(key_samples) * 1000, 2)} ms ({len(key_samples)} keystrokes)"
    )
    figures = {
        "apply_median_ms": median_ms(apply_samples),
        "apply_max_ms": round(max(apply_samples) * 1000, 2),
        "key_median_ms": median_ms(key_samples),
        "key_p90_ms": round(statistics.quantiles(key_samples, n=10)[-1] * 1000, 2),
        "key_max_ms": round(max(key_samples) * 1000, 2),
    }
    emit(args.json, {**context(), "rounds": ROUNDS, **figures})
    tray.close()
    del tabs, spaces
    asyncio.set_event_loop(None)


if __name__ == "__main__":
    main()
