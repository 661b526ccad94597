"""The conversation list stays exactly sorted and filtered through any sequence of changes, and
every change reaches views as valid Qt model signals (QAbstractItemModelTester checks them)."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.qt.rooms_model import ROLES, RoomsModel
from messenger_desktop.store.folders import Folder
from messenger_desktop.store.rows import RoomSummary


def _summary(rng: random.Random, i: int) -> RoomSummary:
    return RoomSummary(
        room_id=RoomId(f"!r{i}:t"),
        membership=rng.choice(("join", "join", "join", "invite")),
        name=f"room {i}",
        notification_count=rng.choice((0, 0, 2)),
        last_ts=rng.randint(0, 50) * 1000,  # ties on purpose: the room ID breaks them
        favourite=rng.random() < 0.1,
        low_priority=rng.random() < 0.1,
        tag_order=rng.choice((0.1, 0.5, 1.0)),
        marked_unread=rng.random() < 0.1,
        is_direct=rng.random() < 0.3,
    )


def _shown(model: RoomsModel) -> list[str]:
    return [model.data(model.index(i), ROLES["roomId"]) for i in range(model.rowCount())]


def test_any_sequence_of_changes_keeps_the_list_sorted_and_filtered(qapp: QApplication) -> None:
    rng = random.Random(11)
    model = RoomsModel(UserId("@me:t"))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    current = {f"!r{i}:t": _summary(rng, i) for i in range(60)}
    model.load(current.values())
    model.set_folders([Folder(id="mine", name="Mine", rooms=tuple(f"!r{i}:t" for i in range(0, 60, 3)))])
    for step in range(300):
        action = rng.random()
        if action < 0.6:
            changed = []
            for room in rng.sample(sorted(current), rng.randint(1, 8)):
                summary = dataclasses.replace(
                    current[room],
                    last_ts=rng.randint(0, 60) * 1000,
                    notification_count=rng.choice((0, 1, 5)),
                    favourite=rng.random() < 0.1,
                )
                current[room] = summary
                changed.append(summary)
            model.apply(changed)
        elif action < 0.75:
            room = rng.choice(sorted(current))
            del current[room]
            model.apply((), (RoomId(room),))
        elif action < 0.85:
            number = 100 + step
            current[f"!r{number}:t"] = _summary(rng, number)
            model.apply((current[f"!r{number}:t"],))
        else:
            model.setProperty("folder", rng.choice(("all", "unread", "people", "groups", "mine")))
            model.setProperty("filterText", rng.choice(("", "1", "room 2")))
        rows = sorted(
            (row for row in model.all_rows() if model.in_folder(row, model.property("folder"))),
            key=lambda row: row.sort_key,
        )
        needle = model.property("filterText")
        expected = [row.room_id for row in rows if needle in row.search_text]
        assert _shown(model) == expected, f"step {step}"
        assert sorted(r.room_id for r in model.all_rows()) == sorted(current)
        for room in current:
            assert model.indexOf(room) == (expected.index(room) if room in expected else -1)
