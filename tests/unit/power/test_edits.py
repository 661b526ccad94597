"""New power levels contents: a person's level, a right's level, a channel's levels."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from messenger_desktop.power import (
    RIGHTS,
    SIGNATURES_EVENT,
    can,
    channel_levels,
    is_channel,
    needed_level,
    right_level,
    room_levels,
    signatures_content,
    signs_posts,
    with_right_level,
    with_user_level,
)
from messenger_desktop.power.rights import BY_KEY

CONTENT: dict[str, Any] = {
    "users": {"@admin:hs": 100, "@mod:hs": 50},
    "users_default": 0,
    "events": {"m.room.name": 50},
    "org.example.unknown": {"kept": True},
}


def test_promoting_adds_a_user_and_demoting_to_the_default_drops_them() -> None:
    before = copy.deepcopy(CONTENT)
    promoted = with_user_level(CONTENT, "@member:hs", 50)
    assert promoted["users"] == {"@admin:hs": 100, "@mod:hs": 50, "@member:hs": 50}
    assert promoted["org.example.unknown"] == {"kept": True}
    demoted = with_user_level(promoted, "@mod:hs", 0)
    assert demoted["users"] == {"@admin:hs": 100, "@member:hs": 50}
    assert before == CONTENT  # the input is left alone


def test_a_level_equal_to_a_raised_default_drops_the_entry_too() -> None:
    content = with_user_level({**CONTENT, "users_default": 10}, "@mod:hs", 10)
    assert "@mod:hs" not in content["users"]


def test_a_creator_has_no_entry_to_change() -> None:
    levels = room_levels(CONTENT, {"room_version": "12"}, "@founder:hs")
    with pytest.raises(ValueError, match="creator"):
        with_user_level(levels, "@founder:hs", 50)
    assert "creators" not in with_user_level(levels, "@member:hs", 50)


@pytest.mark.parametrize("right", RIGHTS, ids=lambda r: r.key)
@pytest.mark.parametrize("level", [0, 75, 100])
def test_a_right_set_to_a_level_reads_back_as_that_level(right: Any, level: int) -> None:
    content = with_right_level(CONTENT, right, level)
    assert right_level(content, right) == level
    assert content["org.example.unknown"] == {"kept": True}


def test_the_right_to_post_covers_message_kinds_no_table_lists() -> None:
    content = with_right_level(CONTENT, BY_KEY["send"], 50)
    assert needed_level(content, "event:m.room.message") == 50
    assert needed_level(content, "event:m.sticker") == 50
    assert needed_level(content, "event:m.reaction") == 50


def test_a_right_made_of_several_keys_reads_as_the_highest() -> None:
    content = {"events": {"m.room.name": 10, "m.room.topic": 80}, "state_default": 20}
    assert right_level(content, BY_KEY["profile"]) == 80


def test_a_channel_lets_only_moderators_and_admins_post_and_everyone_react() -> None:
    levels = channel_levels()
    assert is_channel(levels)
    assert "users" not in levels  # the server puts the creator in, or (v12) must not
    assert can(with_user_level(levels, "@owner:hs", 100), "@owner:hs", "event:m.room.message")
    assert not can(levels, "@reader:hs", "event:m.room.message")
    assert not can(levels, "@reader:hs", "event:m.sticker")
    assert can(levels, "@reader:hs", "event:m.reaction")
    assert can(levels, "@reader:hs", "event:m.room.redaction")
    assert can(with_user_level(levels, "@mod:hs", 50), "@mod:hs", "event:m.room.message")
    assert not is_channel(CONTENT)
    assert not is_channel({})


@pytest.mark.parametrize(
    ("content", "signed"),
    [
        ({"sign_posts": True}, True),
        ({"sign_posts": False}, False),
        ({"sign_posts": "yes"}, False),  # only a true flag signs
        ({"sign_posts": 1}, False),
        ({}, False),
        (None, False),
        (["sign_posts"], False),
    ],
)
def test_a_channel_signs_its_posts_only_when_its_state_says_so(content: object, signed: bool) -> None:
    assert signs_posts(content) is signed


def test_signing_is_an_admins_choice_in_a_new_channel() -> None:
    assert signs_posts(signatures_content(True)) and not signs_posts(signatures_content(False))
    assert channel_levels()["events"][SIGNATURES_EVENT] == 100
