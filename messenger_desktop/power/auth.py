"""The spec's authorization rules as a UI needs them: may this user do that, and if not, why.

The server has the last word; these answers only decide what the UI offers and how it explains a
control it greys out. Each check returns None when allowed, else the :class:`Refusal` to explain.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from .levels import CREATOR_LEVEL, needed_level, user_level
from .rights import ROLES, Right, right_level


class Refusal(StrEnum):
    NO_RIGHT = "no_right"
    """The user's level is below what the action needs."""
    OUTRANKED = "outranked"
    """The other person's level (or the right's) is not below the user's."""
    ABOVE_OWN = "above_own"
    """Nobody may give a level above their own."""
    OWNER = "owner"
    """A room's creator (room version 12+) outranks everyone, for good."""


def may_act(levels: Mapping[str, Any], actor: str, action: str) -> Refusal | None:
    """May ``actor`` do ``action`` (see :func:`levels.needed_level`)?"""
    needed = needed_level(levels, action)
    if needed is None or user_level(levels, actor) < needed:
        return Refusal.NO_RIGHT
    return None


def may_use(levels: Mapping[str, Any], actor: str, right: Right) -> Refusal | None:
    """May ``actor`` use all of ``right`` (every action it is made of)?"""
    for action in right.actions:
        refusal = may_act(levels, actor, action)
        if refusal is not None:
            return refusal
    return None


def _over(levels: Mapping[str, Any], actor: str, target: str) -> Refusal | None:
    target_level = user_level(levels, target)
    if target_level >= CREATOR_LEVEL:
        return Refusal.OWNER
    if target_level >= user_level(levels, actor):
        return Refusal.OUTRANKED
    return None


def may_kick(levels: Mapping[str, Any], actor: str, target: str) -> Refusal | None:
    """Removing someone needs the kick level and a level above theirs."""
    return may_act(levels, actor, "kick") or _over(levels, actor, target)


def may_ban(levels: Mapping[str, Any], actor: str, target: str) -> Refusal | None:
    """Banning needs the ban level and a level above theirs."""
    return may_act(levels, actor, "ban") or _over(levels, actor, target)


def may_unban(levels: Mapping[str, Any], actor: str, target: str) -> Refusal | None:
    """Lifting a ban is a kick of a banned user: the ban level, the kick level and a level above
    theirs."""
    return may_act(levels, actor, "ban") or may_act(levels, actor, "kick") or _over(levels, actor, target)


def may_change_user(levels: Mapping[str, Any], actor: str, target: str, new_level: int) -> Refusal | None:
    """Giving ``target`` a new level needs the right to change roles, a level above the target's
    (anyone may lower their own) and ``new_level`` no higher than the actor's own."""
    refusal = may_use(levels, actor, ROLES)
    if refusal:
        return refusal
    if target != actor:
        refusal = _over(levels, actor, target)
        if refusal:
            return refusal
    elif user_level(levels, actor) >= CREATOR_LEVEL:
        return Refusal.OWNER
    if new_level > user_level(levels, actor):
        return Refusal.ABOVE_OWN
    return None


def may_change_right(levels: Mapping[str, Any], actor: str, right: Right, new_level: int) -> Refusal | None:
    """Changing the level a right needs takes the right to change roles, and both the level it
    needs now and the new one must be at most the actor's own."""
    refusal = may_use(levels, actor, ROLES)
    if refusal:
        return refusal
    own = user_level(levels, actor)
    if right_level(levels, right) > own:
        return Refusal.OUTRANKED
    if new_level > own:
        return Refusal.ABOVE_OWN
    return None
