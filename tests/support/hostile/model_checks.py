"""Reading a list model the way QML does — ``data()`` for every role of every row — and checking
that each row shows something safe (see :mod:`.checks`) and that every value can cross into
QML: no None, no lone surrogate in a string, no integer beyond what JavaScript holds, no NaN."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractListModel

from .checks import assert_bidi_balanced, assert_safe_rich_text

KINDS = ("message", "state", "placeholder", "call")
JS_SAFE = 2**53


def assert_crosses_into_qml(value: Any, where: str) -> None:
    assert value is not None, f"{where} is None"
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            assert not any("\ud800" <= c <= "\udfff" for c in item), f"a lone surrogate in {where}"
        elif isinstance(item, bool):
            pass
        elif isinstance(item, int):
            assert -JS_SAFE <= item <= JS_SAFE, f"{where} = {item}"
        elif isinstance(item, float):
            assert math.isfinite(item), f"{where} = {item}"
        elif isinstance(item, dict):
            pending.extend(item.values())
            pending.extend(item.keys())
        elif isinstance(item, list | tuple):
            pending.extend(item)


def rows_of(model: QAbstractListModel) -> list[dict[str, Any]]:
    """Every row as QML reads it: ``data()`` for each role name."""
    roles = {bytes(name.data()).decode(): number for number, name in model.roleNames().items()}
    rows = []
    for index in range(model.rowCount()):
        at = model.index(index)
        row = {name: model.data(at, number) for name, number in roles.items()}
        for name, value in row.items():
            assert_crosses_into_qml(value, f"{type(model).__name__} row {index} {name}")
        rows.append(row)
    return rows


def check_timeline(model: QAbstractListModel) -> None:
    for row in rows_of(model):
        assert row["kind"] in KINDS, row["kind"]
        assert isinstance(row["body"], str) and isinstance(row["html"], str)
        shown = row["body"].strip() or row["html"].strip() or row["media"]
        assert shown, f"an empty {row['kind']} row: {row}"
        if row["kind"] == "message" and row["html"]:
            assert_safe_rich_text(row["html"])
        if row["kind"] == "state":  # a sentence around someone's name, a room's name or topic
            assert_bidi_balanced(row["body"])
        for sentence in ("senderName", "runText", "replySender", "threadText"):
            assert_bidi_balanced(row[sentence])
        assert row["senderAvatar"] == "" or row["senderAvatar"].startswith("image://media/avatar/")
        for key in ("source", "full", "placeholder", "thumbnail"):
            address = (row["media"] or {}).get(key, "")
            assert address == "" or address.startswith("image://media/"), address


def check_rooms(model: QAbstractListModel) -> None:
    for row in rows_of(model):
        assert isinstance(row["name"], str) and row["name"].strip(), row
        if row["isInvite"]:  # "<name> invited you"
            assert_bidi_balanced(row["lastBody"])
        assert row["avatarSource"] == "" or row["avatarSource"].startswith("image://media/avatar/")


def check_members(model: QAbstractListModel) -> None:
    for row in rows_of(model):
        assert all(isinstance(v, str | int | bool | list | dict) for v in row.values())
