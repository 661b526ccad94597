"""Parsing ``m.push_rules``: untrusted JSON, the spec's default rules merged in the spec's order."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.push.rules import (
    DEFAULT_RULE_IDS,
    Actions,
    ContainsDisplayName,
    EventMatch,
    EventPropertyContains,
    EventPropertyIs,
    PushRules,
    RoomMemberCount,
    SenderNotificationPermission,
    UnknownCondition,
    default_push_rules,
    parse_actions,
    parse_condition,
    parse_push_rules,
    parse_rule,
    split_key,
)

ME = "@alice:example.org"

SPEC_OVERRIDE = [
    ".m.rule.master",
    ".m.rule.suppress_notices",
    ".m.rule.invite_for_me",
    ".m.rule.member_event",
    ".m.rule.is_user_mention",
    ".m.rule.contains_display_name",
    ".m.rule.is_room_mention",
    ".m.rule.roomnotif",
    ".m.rule.tombstone",
    ".m.rule.reaction",
    ".m.rule.room.server_acl",
    ".m.rule.suppress_edits",
]
SPEC_UNDERRIDE = [
    ".m.rule.call",
    ".m.rule.encrypted_room_one_to_one",
    ".m.rule.room_one_to_one",
    ".m.rule.message",
    ".m.rule.encrypted",
]


def ids(rules: PushRules, kind: str) -> list[str]:
    return [rule.rule_id for rule in getattr(rules, kind)]


def rule(rule_id: str, actions: list[Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"rule_id": rule_id, "actions": actions or [], "enabled": True, "default": False, **extra}


def test_the_defaults_are_the_spec_rules_in_the_spec_order() -> None:
    rules = default_push_rules(ME)
    assert ids(rules, "override") == SPEC_OVERRIDE
    assert ids(rules, "content") == [".m.rule.contains_user_name"]
    assert ids(rules, "room") == [] and ids(rules, "sender") == []
    assert ids(rules, "underride") == SPEC_UNDERRIDE
    assert list(DEFAULT_RULE_IDS["override"]) == SPEC_OVERRIDE
    assert [r.rule_id for r in rules if not r.enabled] == [".m.rule.master"]
    assert all(r.default for r in rules)


def test_the_defaults_are_instantiated_for_the_user() -> None:
    rules = default_push_rules(ME)
    invite = rules.find("override", ".m.rule.invite_for_me")
    assert invite is not None and EventMatch("state_key", ME) in invite.conditions
    mention = rules.find("override", ".m.rule.is_user_mention")
    assert mention is not None
    assert mention.conditions == (EventPropertyContains("content.m\\.mentions.user_ids", ME),)
    user_name = rules.find("content", ".m.rule.contains_user_name")
    assert user_name is not None and user_name.pattern == "alice"
    assert user_name.conditions == (EventMatch("content.body", "alice"),)


def test_default_actions() -> None:
    rules = default_push_rules(ME)
    expected = {
        ".m.rule.master": (False, False, None),
        ".m.rule.invite_for_me": (True, False, "default"),
        ".m.rule.is_user_mention": (True, True, "default"),
        ".m.rule.contains_display_name": (True, True, "default"),
        ".m.rule.is_room_mention": (True, True, None),
        ".m.rule.roomnotif": (True, True, None),
        ".m.rule.tombstone": (True, True, None),
        ".m.rule.contains_user_name": (True, True, "default"),
        ".m.rule.call": (True, False, "ring"),
        ".m.rule.room_one_to_one": (True, False, "default"),
        ".m.rule.encrypted_room_one_to_one": (True, False, "default"),
        ".m.rule.message": (True, False, None),
        ".m.rule.encrypted": (True, False, None),
    }
    for r in rules:
        notify, highlight, sound = expected.get(r.rule_id, (False, False, None))
        assert r.actions == Actions(notify, highlight, sound, r.rule_id), r.rule_id


def test_user_rules_go_in_their_kinds_place() -> None:
    content = {
        "global": {
            "override": [
                rule(".m.rule.master", enabled=True, default=True, conditions=[]),
                rule("mine-1", conditions=[]),
                rule(".m.rule.suppress_notices", default=True, conditions=[]),
                rule("mine-2", conditions=[]),
            ],
            "content": [rule(".m.rule.contains_user_name", pattern="alice"), rule("kw", pattern="cake")],
            "room": [rule("!a:hs"), rule("!b:hs")],
            "sender": [rule("@spam:hs")],
            "underride": [rule(".m.rule.call", conditions=[]), rule("late", conditions=[])],
        }
    }
    rules = parse_push_rules(content, ME)
    assert ids(rules, "override") == [".m.rule.master", "mine-1", "mine-2", *SPEC_OVERRIDE[1:]]
    assert ids(rules, "content") == ["kw", ".m.rule.contains_user_name"]
    assert ids(rules, "room") == ["!a:hs", "!b:hs"]
    assert ids(rules, "sender") == ["@spam:hs"]
    assert ids(rules, "underride") == ["late", *SPEC_UNDERRIDE]
    master = rules.find("override", ".m.rule.master")
    assert master is not None and master.enabled  # the server's version replaces the default


def test_server_versions_of_defaults_replace_them_wholesale() -> None:
    content = {
        "global": {
            "underride": [
                rule(
                    ".m.rule.message",
                    ["notify", {"set_tweak": "sound", "value": "bell"}],
                    enabled=False,
                    default=True,
                    conditions=[{"kind": "event_match", "key": "type", "pattern": "m.room.*"}],
                )
            ]
        }
    }
    message = parse_push_rules(content, ME).find("underride", ".m.rule.message")
    assert message is not None
    assert not message.enabled
    assert message.actions.sound == "bell"
    assert message.conditions == (EventMatch("type", "m.room.*"),)


def test_server_defaults_the_spec_does_not_list_follow_their_server_predecessor() -> None:
    poll = ".org.matrix.msc3930.rule.poll_response"
    early = ".org.matrix.msc4028.encrypted_event"
    jitsi = ".im.vector.jitsi"
    content = {
        "global": {
            "override": [
                rule(".m.rule.master", conditions=[], enabled=False),
                rule(early, conditions=[], enabled=False),
                rule(".m.rule.suppress_notices", conditions=[]),
                rule(".m.rule.suppress_edits", conditions=[]),
                rule(poll, conditions=[]),
            ],
            "underride": [rule(".m.rule.encrypted", conditions=[]), rule(jitsi, conditions=[])],
        }
    }
    rules = parse_push_rules(content, ME)
    assert ids(rules, "override") == [".m.rule.master", early, *SPEC_OVERRIDE[1:], poll]
    assert ids(rules, "underride") == [*SPEC_UNDERRIDE, jitsi]


def test_defaults_missing_from_an_old_server_are_filled_in() -> None:
    sent = [rule(rule_id, conditions=[]) for rule_id in SPEC_OVERRIDE if "mention" not in rule_id]
    rules = parse_push_rules({"global": {"override": sent}}, ME)
    assert ids(rules, "override") == SPEC_OVERRIDE
    mention = rules.find("override", ".m.rule.is_user_mention")
    assert mention is not None and mention.actions.highlight


@pytest.mark.parametrize(
    "content",
    [None, [], "junk", {}, {"global": None}, {"global": []}, {"global": {"override": "x", "content": {}}}],
)
def test_junk_account_data_gives_the_defaults(content: object) -> None:
    assert parse_push_rules(content, ME) == default_push_rules(ME)


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("override", None),
        ("override", "rule"),
        ("override", {"actions": []}),
        ("override", {"rule_id": "", "actions": []}),
        ("override", {"rule_id": 5, "actions": []}),
        ("override", {"rule_id": "x"}),
        ("override", {"rule_id": "x", "actions": "notify"}),
        ("override", {"rule_id": "x", "actions": [], "enabled": "yes"}),
        ("override", {"rule_id": "x", "actions": [], "conditions": {"kind": "event_match"}}),
        ("underride", {"rule_id": "x", "actions": [], "conditions": "all"}),
        ("content", {"rule_id": "x", "actions": []}),
        ("content", {"rule_id": "x", "actions": [], "pattern": 7}),
    ],
)
def test_malformed_rules_are_skipped(kind: Any, raw: object) -> None:
    assert parse_rule(kind, raw) is None
    rules = parse_push_rules({"global": {kind: [raw, rule("good", pattern="p")]}}, ME)
    user_rules = [rule_id for rule_id in ids(rules, kind) if not rule_id.startswith(".")]
    assert user_rules == ["good"]


def test_a_rule_without_enabled_or_conditions_is_an_enabled_rule_that_always_matches() -> None:
    parsed = parse_rule("override", {"rule_id": "x", "actions": ["notify"]})
    assert parsed is not None and parsed.enabled and parsed.conditions == ()
    assert not parsed.default


def test_duplicate_rule_ids_keep_the_first() -> None:
    content = {"global": {"room": [rule("!r:hs", ["notify"]), rule("!r:hs")]}}
    rules = parse_push_rules(content, ME)
    assert [r.actions.notify for r in rules.room] == [True]


def test_room_and_sender_rules_compare_ids_exactly() -> None:
    room = parse_rule("room", rule("!r:hs"))
    sender = parse_rule("sender", rule("@s:hs"))
    assert room is not None and room.conditions == (EventPropertyIs("room_id", "!r:hs"),)
    assert sender is not None and sender.conditions == (EventPropertyIs("sender", "@s:hs"),)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"kind": "event_match", "key": "type", "pattern": "m.*"}, EventMatch("type", "m.*")),
        ({"kind": "event_match", "key": "type"}, UnknownCondition("event_match")),
        ({"kind": "event_match", "pattern": "x"}, UnknownCondition("event_match")),
        ({"kind": "event_property_is", "key": "k", "value": None}, EventPropertyIs("k", None)),
        ({"kind": "event_property_is", "key": "k", "value": True}, EventPropertyIs("k", True)),
        ({"kind": "event_property_is", "key": "k", "value": -3}, EventPropertyIs("k", -3)),
        ({"kind": "event_property_is", "key": "k", "value": "s"}, EventPropertyIs("k", "s")),
        ({"kind": "event_property_is", "key": "k"}, UnknownCondition("event_property_is")),
        ({"kind": "event_property_is", "key": "k", "value": 1.5}, UnknownCondition("event_property_is")),
        ({"kind": "event_property_is", "key": "k", "value": 2**53}, UnknownCondition("event_property_is")),
        ({"kind": "event_property_is", "key": "k", "value": [1]}, UnknownCondition("event_property_is")),
        ({"kind": "event_property_contains", "key": "k", "value": "v"}, EventPropertyContains("k", "v")),
        (
            {"kind": "event_property_contains", "key": "k", "value": {}},
            UnknownCondition("event_property_contains"),
        ),
        ({"kind": "contains_display_name"}, ContainsDisplayName()),
        ({"kind": "room_member_count", "is": "2"}, RoomMemberCount("==", 2)),
        ({"kind": "room_member_count", "is": "==2"}, RoomMemberCount("==", 2)),
        ({"kind": "room_member_count", "is": "<10"}, RoomMemberCount("<", 10)),
        ({"kind": "room_member_count", "is": ">1"}, RoomMemberCount(">", 1)),
        ({"kind": "room_member_count", "is": "<=10"}, RoomMemberCount("<=", 10)),
        ({"kind": "room_member_count", "is": ">=3"}, RoomMemberCount(">=", 3)),
        ({"kind": "room_member_count", "is": "=<3"}, UnknownCondition("room_member_count")),
        ({"kind": "room_member_count", "is": "2 "}, UnknownCondition("room_member_count")),
        ({"kind": "room_member_count", "is": "-2"}, UnknownCondition("room_member_count")),
        ({"kind": "room_member_count", "is": "٣"}, UnknownCondition("room_member_count")),  # not ASCII
        ({"kind": "room_member_count", "is": "9" * 5000}, UnknownCondition("room_member_count")),
        ({"kind": "room_member_count", "is": 2}, UnknownCondition("room_member_count")),
        ({"kind": "room_member_count"}, UnknownCondition("room_member_count")),
        ({"kind": "sender_notification_permission", "key": "room"}, SenderNotificationPermission("room")),
        ({"kind": "sender_notification_permission"}, UnknownCondition("sender_notification_permission")),
        ({"kind": "org.example.future"}, UnknownCondition("org.example.future")),
        ({"key": "type"}, UnknownCondition("")),
        ("event_match", UnknownCondition("")),
    ],
)
def test_conditions(raw: object, expected: object) -> None:
    assert parse_condition(raw) == expected


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("content.body", ("content", "body")),
        ("type", ("type",)),
        ("content.m\\.relates_to.rel_type", ("content", "m.relates_to", "rel_type")),
        ("content.m\\.mentions.user_ids", ("content", "m.mentions", "user_ids")),
        ("content.m\\\\foo", ("content", "m\\foo")),
        ("content.m\\\\.foo", ("content", "m\\", "foo")),
        ("content.a\\xb", ("content", "a\\xb")),  # other escapes stay as they are
        ("content.trailing\\", ("content", "trailing\\")),
        ("a..b", ("a", "", "b")),
    ],
)
def test_dotted_keys_split_on_unescaped_dots(key: str, path: tuple[str, ...]) -> None:
    assert split_key(key) == path
    assert EventMatch(key, "*").path == path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([], (False, False, None)),
        (["notify"], (True, False, None)),
        (["dont_notify"], (False, False, None)),  # historical: same as []
        (["coalesce"], (False, False, None)),  # historical: ignored
        (["notify", "dont_notify"], (True, False, None)),
        (["notify", {"set_tweak": "highlight"}], (True, True, None)),
        ([{"set_tweak": "highlight", "value": False}], (False, False, None)),
        ([{"set_tweak": "highlight", "value": "yes"}], (False, False, None)),
        (
            [{"set_tweak": "highlight", "value": True}, {"set_tweak": "highlight", "value": False}],
            (False, True, None),
        ),
        (["notify", {"set_tweak": "sound", "value": "default"}], (True, False, "default")),
        ([{"set_tweak": "sound"}, {"set_tweak": "sound", "value": 3}], (False, False, None)),
        ([{"set_tweak": "sound", "value": "a"}, {"set_tweak": "sound", "value": "b"}], (False, False, "a")),
        ([7, None, ["notify"], {"set_tweak": "flash"}, "unknown"], (False, False, None)),
    ],
)
def test_actions(raw: list[object], expected: tuple[bool, bool, str | None]) -> None:
    notify, highlight, sound = expected
    assert parse_actions(raw, "r") == Actions(notify=notify, highlight=highlight, sound=sound, rule_id="r")
