"""The user's notification settings as push rules: a room's level ("all", "mentions", "mute") and
keywords.

Reading uses the rules the cache holds (``m.push_rules`` account data, which sync keeps current).
Writing starts from the server's own rules (``GET /pushrules/``), not the cache, so two changes in
quick succession do not work from a copy the first one already made stale. Only the user's rules
are ever touched: server-default rules (ids starting with ``.``) are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import RoomId, UserId
from ..push import (
    Level,
    PushRule,
    PushRules,
    PutRule,
    RuleChange,
    notification_level,
    parse_push_rules,
    set_level_rules,
)
from ..store.database import Database
from ..store.organise import load_push_rules

LEVELS = ("all", "mentions", "mute")

MAX_KEYWORD = 255

KEYWORD_ACTIONS: list[object] = [
    "notify",
    {"set_tweak": "sound", "value": "default"},
    {"set_tweak": "highlight", "value": False},
]
"""A keyword notifies with a sound, without highlighting (as Element's keywords do)."""


async def level(db: Database, user_id: UserId, room_id: RoomId) -> str:
    rules = await db.run(load_push_rules, user_id)
    return notification_level(rules, room_id)


async def set_level(api: MatrixApi, user_id: UserId, room_id: RoomId, wanted: str) -> None:
    """Give the room the level ``wanted`` (one of :data:`LEVELS`; anything else is a ValueError)."""
    if wanted not in LEVELS:
        raise ValueError(f"not a notification level: {wanted!r}")
    current = parse_push_rules(await api.push_rules(), user_id)
    await apply(api, set_level_rules(cast(Level, wanted), room_id, current))


async def apply(api: MatrixApi, changes: Iterable[RuleChange]) -> None:
    """Send rule changes in order; deleting a rule that is already gone is fine."""
    for change in changes:
        if isinstance(change, PutRule):
            await api.put_push_rule(change.kind, change.rule_id, change.body)
        else:
            await _delete(api, change.kind, change.rule_id)


async def _delete(api: MatrixApi, kind: str, rule_id: str) -> None:
    try:
        await api.delete_push_rule(kind, rule_id)
    except MatrixError as exc:
        if exc.status != 404 and exc.errcode != "M_NOT_FOUND":
            raise


def keyword_rules(rules: PushRules) -> list[PushRule]:
    """The user's own content rules (keywords), not the server's defaults."""
    return [r for r in rules.content if not r.default and not r.rule_id.startswith(".") and r.pattern]


async def keywords(db: Database, user_id: UserId) -> tuple[str, ...]:
    """The user's keywords, in the rules' order."""
    rules = await db.run(load_push_rules, user_id)
    return tuple(dict.fromkeys(r.pattern for r in keyword_rules(rules) if r.pattern))


def clean_keywords(words: Iterable[str]) -> tuple[str, ...]:
    """The words that can be keyword rules: trimmed, not empty, without repeats, and with a rule id
    the server accepts (no slash or backslash, not starting with a dot, not too long)."""
    cleaned: dict[str, None] = {}
    for word in words:
        word = word.strip()
        if (
            word
            and len(word) <= MAX_KEYWORD
            and not word.startswith(".")
            and not any(c in word for c in "/\\")
        ):
            cleaned[word] = None
    return tuple(cleaned)


async def set_keywords(api: MatrixApi, user_id: UserId, words: Iterable[str]) -> tuple[str, ...]:
    """Make the user's keywords exactly ``words`` (see :func:`clean_keywords`; the kept words are
    returned). New ones are added before old ones go."""
    wanted = clean_keywords(words)
    current = keyword_rules(parse_push_rules(await api.push_rules(), user_id))
    have = {r.pattern for r in current}
    for word in wanted:
        if word not in have:
            await api.put_push_rule("content", word, {"pattern": word, "actions": KEYWORD_ACTIONS})
    for rule in current:
        if rule.pattern not in wanted:
            await _delete(api, "content", rule.rule_id)
    return wanted
