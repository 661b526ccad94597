"""Reading a room's settings from the cached state, and turning what the user typed into an address."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from messenger_desktop.api import RoomId
from messenger_desktop.session.room_settings import RoomSettings, full_alias, read_settings
from tests.support.sync_builder import joined, state, sync
from tests.unit.store.conftest import conn, ingest

__all__ = ["conn"]  # the cache fixture

ROOM = RoomId("!r:hs")


def _with(conn: sqlite3.Connection, *events: dict[str, Any]) -> RoomSettings:
    ingest(conn, sync("s", {ROOM: joined([], list(events))}))
    return read_settings(conn, ROOM)


def test_a_room_without_those_events_has_the_specs_defaults(conn: sqlite3.Connection) -> None:
    assert _with(conn) == RoomSettings()


def test_each_setting_is_read_from_its_event(conn: sqlite3.Connection) -> None:
    settings = _with(
        conn,
        state("m.room.name", {"name": "  Climbing   club "}),
        state("m.room.topic", {"topic": "Saturdays"}),
        state("m.room.join_rules", {"join_rule": "knock"}),
        state("m.room.history_visibility", {"history_visibility": "joined"}),
        state("m.room.guest_access", {"guest_access": "can_join"}),
        state("m.room.canonical_alias", {"alias": "#club:hs", "alt_aliases": ["#old:hs", 7]}),
    )
    assert (settings.name, settings.topic) == ("Climbing club", "Saturdays")
    assert (settings.join_rule, settings.history, settings.guests) == ("knock", "joined", True)
    assert (settings.alias, settings.alt_aliases) == ("#club:hs", ("#old:hs",))


def test_a_space_restricted_room_names_its_spaces_and_odd_values_fall_back(conn: sqlite3.Connection) -> None:
    settings = _with(
        conn,
        state(
            "m.room.join_rules",
            {
                "join_rule": "knock_restricted",
                "allow": [{"type": "m.room_membership", "room_id": "!space:hs"}, {"type": "other"}, "junk"],
            },
        ),
        state("m.room.history_visibility", {"history_visibility": "everyone!"}),
        state("m.room.guest_access", {"guest_access": True}),
    )
    assert (settings.join_rule, settings.spaces) == ("restricted", ("!space:hs",))
    assert (settings.history, settings.guests) == ("shared", False)


@pytest.mark.parametrize(
    ("typed", "alias"),
    [
        ("climbing", "#climbing:hs"),
        ("#climbing", "#climbing:hs"),
        ("  #climbing:other.org ", "#climbing:other.org"),
        ("two words", ""),
        ("#", ""),
        ("a:b", ""),
        ("x" * 201, ""),
    ],
)
def test_an_address_from_what_the_user_typed(typed: str, alias: str) -> None:
    assert full_alias(typed, "hs") == alias
