"""Who may kick, ban, unban and change roles, and why not: the spec's authorization rules."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.power import (
    RIGHTS,
    Refusal,
    may_act,
    may_ban,
    may_change_right,
    may_change_user,
    may_kick,
    may_unban,
)
from messenger_desktop.power import room_levels as levels_of
from messenger_desktop.power.rights import BY_KEY

OWNER, ADMIN, ADMIN2, MOD, MEMBER = "@owner:hs", "@admin:hs", "@admin2:hs", "@mod:hs", "@member:hs"

CONTENT: dict[str, Any] = {
    "users": {ADMIN: 100, ADMIN2: 100, MOD: 50},
    "events": {"m.room.power_levels": 100, "m.room.name": 50},
    "kick": 50,
    "ban": 50,
    "state_default": 50,
}
LEVELS = levels_of(CONTENT, {"room_version": "12"}, OWNER)
LEGACY = levels_of(CONTENT, {"room_version": "10"}, OWNER)


@pytest.mark.parametrize(
    ("check", "actor", "target", "refusal"),
    [
        (may_kick, MOD, MEMBER, None),
        (may_kick, MEMBER, MOD, Refusal.NO_RIGHT),
        (may_kick, MEMBER, MEMBER, Refusal.NO_RIGHT),
        (may_kick, MOD, ADMIN, Refusal.OUTRANKED),
        (may_kick, ADMIN, ADMIN2, Refusal.OUTRANKED),  # equal is not above
        (may_kick, ADMIN, OWNER, Refusal.OWNER),
        (may_kick, OWNER, ADMIN, None),
        (may_ban, MOD, MEMBER, None),
        (may_ban, MOD, MOD, Refusal.OUTRANKED),
        (may_ban, MEMBER, MOD, Refusal.NO_RIGHT),
        (may_unban, MOD, MEMBER, None),
        (may_unban, MEMBER, MEMBER, Refusal.NO_RIGHT),
    ],
)
def test_removing_and_banning_need_the_level_and_a_level_above_the_target(
    check: Any, actor: str, target: str, refusal: Refusal | None
) -> None:
    assert check(LEVELS, actor, target) == refusal


def test_unbanning_needs_the_kick_level_too() -> None:
    levels = levels_of({**CONTENT, "kick": 100}, None, "")
    assert may_ban(levels, MOD, MEMBER) is None
    assert may_unban(levels, MOD, MEMBER) == Refusal.NO_RIGHT


@pytest.mark.parametrize(
    ("actor", "target", "new_level", "refusal"),
    [
        (ADMIN, MEMBER, 50, None),  # promote to moderator
        (ADMIN, MEMBER, 100, None),  # up to one's own level
        (ADMIN, MOD, 0, None),  # demote
        (ADMIN, MEMBER, 101, Refusal.ABOVE_OWN),
        (ADMIN, ADMIN2, 50, Refusal.OUTRANKED),  # an equal
        (ADMIN, ADMIN, 50, None),  # anyone may step down
        (MOD, MEMBER, 50, Refusal.NO_RIGHT),  # roles need 100 here
        (OWNER, ADMIN, 0, None),
        (OWNER, OWNER, 0, Refusal.OWNER),  # a v12 creator stays one
        (ADMIN, OWNER, 0, Refusal.OWNER),
    ],
)
def test_changing_a_role(actor: str, target: str, new_level: int, refusal: Refusal | None) -> None:
    assert may_change_user(LEVELS, actor, target, new_level) == refusal


def test_in_an_older_room_the_creator_is_one_admin_among_others() -> None:
    assert (
        may_change_user(
            levels_of({**CONTENT, "users": {**CONTENT["users"], OWNER: 100}}, None, ""), ADMIN, OWNER, 0
        )
        == Refusal.OUTRANKED
    )
    assert may_kick(LEGACY, ADMIN, OWNER) is None  # the owner is not in this table: a member


@pytest.mark.parametrize(
    ("actor", "right", "new_level", "refusal"),
    [
        (ADMIN, "kick", 100, None),
        (ADMIN, "kick", 0, None),
        (ADMIN, "roles", 50, None),
        (ADMIN, "send", 150, Refusal.ABOVE_OWN),
        (MOD, "kick", 0, Refusal.NO_RIGHT),
    ],
)
def test_changing_what_a_right_needs(actor: str, right: str, new_level: int, refusal: Refusal | None) -> None:
    assert may_change_right(LEVELS, actor, BY_KEY[right], new_level) == refusal


def test_a_right_set_above_the_actor_cannot_be_lowered_by_them() -> None:
    levels = levels_of(
        {**CONTENT, "users": {ADMIN: 60}, "events": {"m.room.power_levels": 60}, "ban": 90}, None, ""
    )
    assert may_change_right(levels, ADMIN, BY_KEY["ban"], 50) == Refusal.OUTRANKED
    assert may_change_right(levels, ADMIN, BY_KEY["kick"], 60) is None


def test_every_right_is_an_action_the_levels_know() -> None:
    for right in RIGHTS:
        for action in right.actions:
            assert may_act(LEVELS, OWNER, action) is None, action
