"""A room's "all / mentions / mute" level, read from and written as push rules the way Element does."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from messenger_desktop.push import (
    DeleteRule,
    Level,
    PushContext,
    PutRule,
    RuleChange,
    evaluate,
    notification_level,
    parse_push_rules,
    set_level_rules,
)

ME = "@alice:example.org"
ROOM = "!room:example.org"
OTHER = "!other:example.org"
MUTE_BODY = {"conditions": [{"kind": "event_match", "key": "room_id", "pattern": ROOM}], "actions": []}


def rule(rule_id: str, actions: list[Any], **extra: Any) -> dict[str, Any]:
    return {"rule_id": rule_id, "actions": actions, "enabled": True, "default": False, **extra}


def mute(room_id: str, rule_id: str | None = None, **extra: Any) -> dict[str, Any]:
    conditions = [{"kind": "event_match", "key": "room_id", "pattern": room_id}]
    return rule(rule_id or room_id, ["dont_notify"], conditions=conditions, **extra)


@pytest.mark.parametrize(
    ("content", "level"),
    [
        ({}, "all"),
        ({"room": [rule(ROOM, [])]}, "mentions"),
        ({"room": [rule(ROOM, ["dont_notify"])]}, "mentions"),
        ({"room": [rule(ROOM, [], enabled=False)]}, "all"),
        ({"room": [rule(ROOM, ["notify", {"set_tweak": "sound", "value": "default"}])]}, "all"),  # loud
        ({"room": [rule(OTHER, [])]}, "all"),
        ({"override": [mute(ROOM)]}, "mute"),
        ({"override": [mute(ROOM, "any-id")]}, "mute"),
        ({"override": [mute(ROOM)], "room": [rule(ROOM, [])]}, "mute"),
        ({"override": [mute(ROOM, enabled=False)], "room": [rule(ROOM, [])]}, "mentions"),
        ({"override": [mute(OTHER)]}, "all"),
        ({"override": [{**mute(ROOM), "actions": ["notify"]}]}, "all"),
        ({"override": [{**mute(ROOM), "conditions": [*mute(ROOM)["conditions"], {"kind": "x"}]}]}, "all"),
        ({"override": [rule(".m.rule.master", [], conditions=[], default=True)]}, "all"),
    ],
)
def test_notification_level(content: dict[str, Any], level: Level) -> None:
    assert notification_level(parse_push_rules({"global": content}, ME), ROOM) == level


@pytest.mark.parametrize(
    ("level", "changes"),
    [
        ("all", [DeleteRule("override", ROOM), DeleteRule("room", ROOM)]),
        ("mentions", [PutRule("room", ROOM, {"actions": []}), DeleteRule("override", ROOM)]),
        ("mute", [PutRule("override", ROOM, MUTE_BODY), DeleteRule("room", ROOM)]),
    ],
)
def test_changes_without_knowing_the_current_rules(level: Level, changes: list[RuleChange]) -> None:
    assert list(set_level_rules(level, ROOM)) == changes


def test_with_the_current_rules_only_existing_rules_are_deleted() -> None:
    current = parse_push_rules({"global": {"override": [mute(ROOM, "old-mute"), mute(OTHER)]}}, ME)
    assert set_level_rules("all", ROOM, current) == (DeleteRule("override", "old-mute"),)
    assert set_level_rules("mute", ROOM, current) == (PutRule("override", ROOM, MUTE_BODY),)
    nothing = parse_push_rules({}, ME)
    assert set_level_rules("all", ROOM, nothing) == ()
    assert set_level_rules("mentions", ROOM, nothing) == (PutRule("room", ROOM, {"actions": []}),)


def apply(content: dict[str, Any], changes: tuple[RuleChange, ...]) -> dict[str, Any]:
    """What the server does: a PUT replaces the rule or adds it first in its kind; DELETE removes it."""
    result = copy.deepcopy(content)
    scope = result.setdefault("global", {})
    for change in changes:
        rules = [r for r in scope.get(change.kind, []) if r["rule_id"] != change.rule_id]
        if isinstance(change, PutRule):
            rules.insert(0, {**change.body, "rule_id": change.rule_id, "enabled": True, "default": False})
        scope[change.kind] = rules
    return result


@pytest.mark.parametrize("start", ["all", "mentions", "mute"])
@pytest.mark.parametrize("target", ["all", "mentions", "mute"])
@pytest.mark.parametrize("informed", [True, False])
def test_every_level_change_round_trips(start: Level, target: Level, informed: bool) -> None:
    content = apply({}, set_level_rules(start, ROOM))
    assert notification_level(parse_push_rules(content, ME), ROOM) == start
    current = parse_push_rules(content, ME) if informed else None
    content = apply(content, set_level_rules(target, ROOM, current))
    rules = parse_push_rules(content, ME)
    assert notification_level(rules, ROOM) == target
    assert notification_level(rules, OTHER) == "all"


@pytest.mark.parametrize(
    ("level", "plain", "mention"),
    [("all", True, True), ("mentions", False, True), ("mute", False, False)],
)
def test_levels_decide_what_notifies(level: Level, plain: bool, mention: bool) -> None:
    rules = parse_push_rules(apply({}, set_level_rules(level, ROOM)), ME)
    ctx = PushContext(ME, "Alice", 5, room_id=ROOM)
    message: dict[str, Any] = {
        "type": "m.room.message",
        "sender": "@bob:example.org",
        "content": {"body": "hi", "msgtype": "m.text"},
    }
    mentioning = {**message, "content": {**message["content"], "m.mentions": {"user_ids": [ME]}}}
    assert evaluate(rules, message, ctx).notify is plain
    assert evaluate(rules, mentioning, ctx).notify is mention
    assert evaluate(rules, mentioning, ctx).highlight is mention
