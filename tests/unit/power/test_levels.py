"""Reading power levels: the spec's defaults, odd values from old rooms, creators of v12 rooms."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.power import (
    CREATOR_LEVEL,
    can,
    level_value,
    needed_level,
    outranks,
    room_levels,
    user_level,
)

FULL: dict[str, Any] = {
    "users": {"@admin:hs": 100, "@mod:hs": 50, "@odd:hs": "75", "@bad:hs": True},
    "users_default": 5,
    "events": {"m.room.name": 70, "m.reaction": 10, "m.room.message": "20"},
    "events_default": 30,
    "state_default": 60,
    "ban": 80,
    "kick": 40,
    "redact": 45,
    "invite": 15,
    "notifications": {"room": 90},
}


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (50, 50),
        (-3, -3),
        ("75", 75),
        (" 12 ", 12),
        ("+4", 4),
        ("1e3", None),
        ("", None),
        (True, None),
        (None, None),
        (1.5, None),
        ("9" * 17, None),
        ([50], None),
    ],
)
def test_a_level_is_an_integer_or_a_string_of_digits(value: object, level: int | None) -> None:
    assert level_value(value) == level


@pytest.mark.parametrize(
    ("user", "level"),
    [
        ("@admin:hs", 100),
        ("@mod:hs", 50),
        ("@odd:hs", 75),  # a string level of an old room
        ("@bad:hs", 5),  # not a level: users_default
        ("@nobody:hs", 5),
    ],
)
def test_user_levels(user: str, level: int) -> None:
    assert user_level(FULL, user) == level


@pytest.mark.parametrize(
    ("action", "full", "empty"),
    [
        ("ban", 80, 50),
        ("kick", 40, 50),
        ("redact", 45, 50),
        ("invite", 15, 0),
        ("state:m.room.name", 70, 50),
        ("state:m.room.topic", 60, 50),  # no entry: state_default
        ("event:m.reaction", 10, 0),
        ("event:m.room.message", 20, 0),
        ("event:m.sticker", 30, 0),  # no entry: events_default
        ("notify:room", 90, 50),
        ("events_default", 30, 0),
        ("state_default", 60, 50),
        ("users_default", 5, 0),
        ("fly", None, None),
        ("state:", None, None),
    ],
)
def test_needed_levels_with_the_spec_defaults_for_missing_keys(
    action: str, full: int | None, empty: int | None
) -> None:
    assert needed_level(FULL, action) == full
    assert needed_level({}, action) == empty


def test_a_room_without_power_levels_gives_its_creator_100_and_lets_anyone_set_state() -> None:
    levels = room_levels(None, {"room_version": "10", "creator": "@founder:hs"}, "@founder:hs")
    assert user_level(levels, "@founder:hs") == 100
    assert user_level(levels, "@guest:hs") == 0
    assert can(levels, "@guest:hs", "state:m.room.topic")
    assert not can(levels, "@guest:hs", "kick")


def test_room_v11_names_its_creator_by_the_create_events_sender() -> None:
    levels = room_levels(None, {"room_version": "11"}, "@founder:hs")
    assert user_level(levels, "@founder:hs") == 100


def test_creators_of_a_v12_room_outrank_every_level_and_are_not_in_the_users_table() -> None:
    content = {"users": {"@admin:hs": 100}, "users_default": 0}
    create = {"room_version": "12", "additional_creators": ["@co:hs", "not an id", 7]}
    levels = room_levels(content, create, "@founder:hs")
    assert levels.creators == {"@founder:hs", "@co:hs"}
    assert user_level(levels, "@founder:hs") == CREATOR_LEVEL
    assert user_level(levels, "@co:hs") == CREATOR_LEVEL
    assert outranks(levels, "@co:hs", "@admin:hs")
    assert not outranks(levels, "@admin:hs", "@founder:hs")
    assert dict(levels) == content  # sent back, the content carries no creators
    assert room_levels(None, create, "@founder:hs").get("users") == {}


def test_older_rooms_have_no_creators_above_the_table() -> None:
    levels = room_levels({"users": {"@founder:hs": 100}}, {"room_version": "10"}, "@founder:hs")
    assert levels.creators == frozenset()
    assert user_level(levels, "@founder:hs") == 100


def test_a_content_that_is_not_an_object_counts_as_empty() -> None:
    levels = room_levels(["junk"], None, "")
    assert needed_level(levels, "ban") == 50
    assert user_level(levels, "@a:hs") == 0
