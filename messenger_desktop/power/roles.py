"""Roles: the names people give to power levels (Owner, Admin, Moderator, Member, or a custom level)."""

from __future__ import annotations

from dataclasses import dataclass

from .levels import CREATOR_LEVEL


@dataclass(frozen=True, slots=True)
class Role:
    key: str
    """"owner", "admin", "moderator", "member" or "custom" (the UI names it)."""
    level: int


OWNER = Role("owner", CREATOR_LEVEL)
ADMIN = Role("admin", 100)
MODERATOR = Role("moderator", 50)
MEMBER = Role("member", 0)

PRESETS: tuple[Role, ...] = (ADMIN, MODERATOR, MEMBER)
"""The roles a user picks from (the owner of a room version 12+ is its creator, never picked)."""


def role_of(level: int, users_default: int = 0) -> Role:
    """The role someone at ``level`` has; a room where everyone starts higher than 0 calls that
    level "member" too."""
    if level >= CREATOR_LEVEL:
        return OWNER
    for role in PRESETS:
        if level == role.level:
            return role
    if level == users_default:
        return Role(MEMBER.key, level)
    return Role("custom", level)
