"""Evaluating push rules on events: the spec's default rules, every condition kind, edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.push import (
    NO_ACTIONS,
    PushContext,
    PushRules,
    evaluate,
    parse_push_rules,
    sender_power_level,
)
from messenger_desktop.push.rules import default_push_rules

ME = "@alice:example.org"
BOB = "@bob:example.org"
MOD = "@mod:example.org"
ROOM = "!room:example.org"
POWER = {"users": {MOD: 50, ME: 100}}

DEFAULTS = default_push_rules(ME)


def context(members: int = 5, name: str | None = "Alice Liddell", **extra: Any) -> PushContext:
    extra.setdefault("power_levels", POWER)
    extra.setdefault("room_id", ROOM)
    return PushContext(ME, display_name=name, room_member_count=members, **extra)


GROUP = context()
ONE_TO_ONE = context(members=2)


def event(event_type: str = "m.room.message", sender: str = BOB, **fields: Any) -> dict[str, Any]:
    return {"type": event_type, "sender": sender, "event_id": "$e", "origin_server_ts": 1, **fields}


def message(
    body: str = "hello", sender: str = BOB, msgtype: str = "m.text", extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    return event(sender=sender, content={"msgtype": msgtype, "body": body, **(extra or {})})


def member(state_key: str, membership: str) -> dict[str, Any]:
    return event("m.room.member", state_key=state_key, content={"membership": membership})


def account_data(**kinds: list[dict[str, Any]]) -> dict[str, Any]:
    return {"global": kinds}


def user_rule(rule_id: str, actions: list[Any], **extra: Any) -> dict[str, Any]:
    return {"rule_id": rule_id, "actions": actions, "enabled": True, "default": False, **extra}


SOUND = ["notify", {"set_tweak": "sound", "value": "default"}]

# (case, event, context, rule_id, notify, highlight, sound)
DEFAULT_CASES: list[tuple[str, dict[str, Any], PushContext, str, bool, bool, str | None]] = [
    ("1:1 message rings", message(), ONE_TO_ONE, ".m.rule.room_one_to_one", True, False, "default"),
    ("group message is silent", message(), GROUP, ".m.rule.message", True, False, None),
    (
        "1:1 encrypted rings",
        event("m.room.encrypted", content={}),
        ONE_TO_ONE,
        ".m.rule.encrypted_room_one_to_one",
        True,
        False,
        "default",
    ),
    (
        "group encrypted is silent",
        event("m.room.encrypted", content={}),
        GROUP,
        ".m.rule.encrypted",
        True,
        False,
        None,
    ),
    (
        "m.mentions of me highlights",
        message("hey", extra={"m.mentions": {"user_ids": [ME]}}),
        GROUP,
        ".m.rule.is_user_mention",
        True,
        True,
        "default",
    ),
    (
        "m.mentions of others does not",
        message("hey", extra={"m.mentions": {"user_ids": [BOB]}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "legacy display-name mention highlights",
        message("thanks ALICE liddell!"),
        GROUP,
        ".m.rule.contains_display_name",
        True,
        True,
        "default",
    ),
    (
        "legacy user-name mention highlights",
        message("ping alice"),
        context(name="Queen"),
        ".m.rule.contains_user_name",
        True,
        True,
        "default",
    ),
    (
        "m.mentions turns legacy display-name rule off",
        message("thanks Alice Liddell", extra={"m.mentions": {}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "m.mentions turns legacy user-name rule off",
        message("ping alice", extra={"m.mentions": {"user_ids": []}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "@room mention with permission highlights",
        message("all", sender=MOD, extra={"m.mentions": {"room": True}}),
        GROUP,
        ".m.rule.is_room_mention",
        True,
        True,
        None,
    ),
    (
        "@room mention without permission does not",
        message("all", extra={"m.mentions": {"room": True}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "m.mentions room false is no room mention",
        message("all", sender=MOD, extra={"m.mentions": {"room": False}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "legacy @room with permission highlights",
        message("hello @room!", sender=MOD),
        GROUP,
        ".m.rule.roomnotif",
        True,
        True,
        None,
    ),
    (
        "legacy @room without permission does not",
        message("hello @room!"),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "legacy @room is off with m.mentions",
        message("hello @room!", sender=MOD, extra={"m.mentions": {}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    ("@roomy is not @room", message("@roomy", sender=MOD), GROUP, ".m.rule.message", True, False, None),
    (
        "notices are suppressed",
        message("bot says", msgtype="m.notice"),
        ONE_TO_ONE,
        ".m.rule.suppress_notices",
        False,
        False,
        None,
    ),
    (
        "edits are suppressed",
        message("* fixed", extra={"m.relates_to": {"rel_type": "m.replace", "event_id": "$e0"}}),
        ONE_TO_ONE,
        ".m.rule.suppress_edits",
        False,
        False,
        None,
    ),
    (
        "replies notify",
        message("yes", extra={"m.relates_to": {"m.in_reply_to": {"event_id": "$e0"}}}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
    (
        "reactions do not notify",
        event(
            "m.reaction",
            content={"m.relates_to": {"rel_type": "m.annotation", "event_id": "$e", "key": "👍"}},
        ),
        ONE_TO_ONE,
        ".m.rule.reaction",
        False,
        False,
        None,
    ),
    ("joins do not notify", member(BOB, "join"), ONE_TO_ONE, ".m.rule.member_event", False, False, None),
    (
        "invites for others do not",
        member("@carol:example.org", "invite"),
        GROUP,
        ".m.rule.member_event",
        False,
        False,
        None,
    ),
    ("an invite for me rings", member(ME, "invite"), GROUP, ".m.rule.invite_for_me", True, False, "default"),
    (
        "tombstones highlight",
        event("m.room.tombstone", state_key="", content={"body": "moved"}),
        GROUP,
        ".m.rule.tombstone",
        True,
        True,
        None,
    ),
    (
        "a tombstone that is not state does not",
        event("m.room.tombstone", content={}),
        GROUP,
        "",
        False,
        False,
        None,
    ),
    (
        "server ACLs do not notify",
        event("m.room.server_acl", state_key="", content={}),
        GROUP,
        ".m.rule.room.server_acl",
        False,
        False,
        None,
    ),
    (
        "calls ring",
        event("m.call.invite", content={"call_id": "c"}),
        GROUP,
        ".m.rule.call",
        True,
        False,
        "ring",
    ),
    (
        "other events match nothing",
        event("m.room.topic", state_key="", content={"topic": "x"}),
        GROUP,
        "",
        False,
        False,
        None,
    ),
    (
        "event types compare case-insensitively",
        event("M.Room.Message", content={"body": "x"}),
        GROUP,
        ".m.rule.message",
        True,
        False,
        None,
    ),
]


@pytest.mark.parametrize(
    ("event_json", "ctx", "rule_id", "notify", "highlight", "sound"),
    [case[1:] for case in DEFAULT_CASES],
    ids=[case[0] for case in DEFAULT_CASES],
)
def test_default_rules(
    event_json: dict[str, Any],
    ctx: PushContext,
    rule_id: str,
    notify: bool,
    highlight: bool,
    sound: str | None,
) -> None:
    actions = evaluate(DEFAULTS, event_json, ctx)
    assert (actions.rule_id, actions.notify, actions.highlight, actions.sound) == (
        rule_id,
        notify,
        highlight,
        sound,
    )


def test_own_events_never_notify() -> None:
    assert (
        evaluate(DEFAULTS, message(f"hi {ME}", sender=ME, extra={"m.mentions": {"user_ids": [ME]}}), GROUP)
        is NO_ACTIONS
    )


@pytest.mark.parametrize(
    "junk",
    [
        {},
        {"type": 5, "sender": BOB},
        {"type": "m.room.message", "sender": BOB, "content": "body"},
        {"type": "m.room.message", "sender": BOB, "content": {"body": ["x"], "m.mentions": "all"}},
        {"type": "m.room.message", "sender": None, "content": {"body": "@room"}},
        {"type": "m.room.member", "sender": BOB, "content": None, "state_key": {}},
    ],
)
def test_malformed_events_never_raise(junk: dict[str, Any]) -> None:
    evaluate(DEFAULTS, junk, GROUP)
    assert evaluate(DEFAULTS, "not an event", GROUP) is NO_ACTIONS  # type: ignore[arg-type]


def test_the_master_rule_mutes_everything_when_enabled() -> None:
    master = user_rule(".m.rule.master", [], conditions=[], default=True)
    rules = parse_push_rules(account_data(override=[master]), ME)
    loud = [
        message("x", extra={"m.mentions": {"user_ids": [ME]}}),
        member(ME, "invite"),
        event("m.call.invite", content={}),
        message("hello"),
    ]
    for candidate in loud:
        actions = evaluate(rules, candidate, ONE_TO_ONE)
        assert not actions.notify and not actions.highlight
        assert actions.rule_id == ".m.rule.master"


def test_user_override_rules_beat_default_overrides_but_not_master() -> None:
    beer = user_rule(
        "beer",
        ["notify", {"set_tweak": "sound", "value": "beeroclock.wav"}],
        conditions=[
            {"kind": "event_match", "key": "content.body", "pattern": "beer"},
            {"kind": "room_member_count", "is": "<=10"},
        ],
    )
    rules = parse_push_rules(account_data(override=[beer]), ME)
    notice = message("Beer time", msgtype="m.notice")
    assert evaluate(rules, notice, GROUP).sound == "beeroclock.wav"
    assert evaluate(rules, notice, context(members=11)).rule_id == ".m.rule.suppress_notices"
    assert evaluate(rules, message("beers"), GROUP).rule_id == ".m.rule.message"


def test_disabled_rules_are_skipped() -> None:
    content = account_data(
        content=[user_rule("cake", ["notify", {"set_tweak": "highlight"}], pattern="cake", enabled=False)],
        underride=[
            user_rule(
                ".m.rule.message",
                ["notify"],
                conditions=[{"kind": "event_match", "key": "type", "pattern": "m.room.message"}],
                enabled=False,
                default=True,
            )
        ],
    )
    rules = parse_push_rules(content, ME)
    assert evaluate(rules, message("cake"), GROUP) is NO_ACTIONS
    assert evaluate(rules, message("cake"), ONE_TO_ONE).rule_id == ".m.rule.room_one_to_one"


@pytest.mark.parametrize(
    ("pattern", "body", "matches"),
    [
        ("cake", "Who wants CAKE?", True),
        ("cake", "cupcakes for all", False),
        ("cake", "cake_walk", False),
        ("cake*lie", "The cake is a lie", True),
        ("deploy?", "deploys failed", True),
        ("deploy?", "it failed: deploy", False),  # "?" needs a character
        ("deploy?", "redeploys failed", False),
        ("café", "Café au lait", True),
        ("[urgent]", "fyi [URGENT] now", True),
    ],
)
def test_keyword_content_rules(pattern: str, body: str, matches: bool) -> None:
    keyword = user_rule("kw", ["notify", {"set_tweak": "highlight"}], pattern=pattern)
    rules = parse_push_rules(account_data(content=[keyword]), ME)
    actions = evaluate(rules, message(body), GROUP)
    assert (actions.rule_id == "kw") is matches
    assert actions.highlight is matches


def test_keywords_come_before_room_sender_and_underride_rules() -> None:
    content = account_data(
        content=[user_rule("kw", ["notify", {"set_tweak": "highlight"}], pattern="cake")],
        room=[user_rule(ROOM, [])],
        sender=[user_rule(BOB, [])],
    )
    rules = parse_push_rules(content, ME)
    assert evaluate(rules, message("cake"), GROUP).rule_id == "kw"
    assert evaluate(rules, message("tea"), GROUP).rule_id == ROOM  # mentions-only room
    assert evaluate(rules, message("tea", extra={"m.mentions": {"user_ids": [ME]}}), GROUP).highlight
    elsewhere = context(room_id="!other:example.org")
    assert evaluate(rules, message("tea"), elsewhere).rule_id == BOB
    carol = message("tea", sender="@carol:example.org")
    assert evaluate(rules, carol, elsewhere).rule_id == ".m.rule.message"


def test_room_rules_use_the_event_room_id_first() -> None:
    rules = parse_push_rules(account_data(room=[user_rule("!quiet:hs", [])]), ME)
    assert evaluate(rules, {**message(), "room_id": "!quiet:hs"}, GROUP).rule_id == "!quiet:hs"
    assert evaluate(rules, message(), GROUP).rule_id == ".m.rule.message"
    assert evaluate(rules, message(), context(room_id="!quiet:hs")).rule_id == "!quiet:hs"
    assert evaluate(rules, message(), context(room_id="!QUIET:hs")).rule_id == ".m.rule.message"  # exact


def test_unknown_or_malformed_conditions_disable_their_rule() -> None:
    content = account_data(
        override=[
            user_rule("future", ["notify"], conditions=[{"kind": "org.example.future"}]),
            user_rule("broken", ["notify"], conditions=[{"kind": "event_match", "key": "type"}]),
            user_rule(
                "half", ["notify"], conditions=[{"kind": "event_match", "key": "type", "pattern": "*"}, 7]
            ),
        ]
    )
    rules = parse_push_rules(content, ME)
    assert evaluate(rules, member(BOB, "join"), GROUP).rule_id == ".m.rule.member_event"


def override_with(condition: dict[str, Any]) -> PushRules:
    return parse_push_rules(
        account_data(override=[user_rule("probe", ["notify"], conditions=[condition])]), ME
    )


def probe(condition: dict[str, Any], event_json: dict[str, Any], ctx: PushContext = GROUP) -> bool:
    return evaluate(override_with(condition), event_json, ctx).rule_id == "probe"


@pytest.mark.parametrize(
    ("key", "pattern", "content", "matches"),
    [
        ("content.topic", "lunc?*", {"topic": "Lunch plans"}, True),
        ("content.topic", "lunc?*", {"topic": " lunch"}, False),
        ("content.topic", "*", {"topic": None}, False),  # absent or not a string never matches
        ("content.topic", "*", {}, False),
        ("content.topic", "*", {"topic": 5}, False),
        ("content.topic", "*", {"topic": ["x"]}, False),
        ("content.topic", "lunch", {"topic": "lunch plans"}, False),  # whole value outside content.body
        ("content.body", "lunch", {"body": "lunch plans"}, True),  # words in content.body
        ("content.m\\.flag", "on", {"m.flag": "ON"}, True),
        ("content.m.flag", "on", {"m.flag": "on"}, False),  # unescaped dots walk into objects
        ("content.m.flag", "on", {"m": {"flag": "on"}}, True),
        ("content.a\\\\b", "x", {"a\\b": "x"}, True),
        ("content.body.deep", "*", {"body": "text"}, False),
    ],
)
def test_event_match(key: str, pattern: str, content: dict[str, Any], matches: bool) -> None:
    condition = {"kind": "event_match", "key": key, "pattern": pattern}
    assert probe(condition, event("m.room.topic", content=content)) is matches


@pytest.mark.parametrize(
    ("value", "actual", "matches"),
    [
        (True, True, True),
        (True, "true", False),
        (True, 1, False),
        (1, True, False),
        (1, 1, True),
        (1, 1.0, False),
        (0, False, False),
        (None, None, True),
        (None, "__absent__", False),
        ("m.replace", "m.replace", True),
        ("m.replace", "M.REPLACE", False),  # exact, not case-insensitive
        ("x", ["x"], False),
        ("x", {"x": 1}, False),
    ],
)
def test_event_property_is(value: object, actual: object, matches: bool) -> None:
    content = {} if actual == "__absent__" else {"m.federate": actual}
    condition = {"kind": "event_property_is", "key": "content.m\\.federate", "value": value}
    assert probe(condition, event("m.room.create", content=content)) is matches


@pytest.mark.parametrize(
    ("value", "array", "matches"),
    [
        ("#myroom:example.com", ["#somewhere:example.org", "#myroom:example.com"], True),
        (":example.com", ["#myroom:example.com"], False),  # partial values do not match
        ("#MYROOM:example.com", ["#myroom:example.com"], False),
        (1, [True, 1.0], False),
        (1, [True, 1], True),
        (True, [1], False),
        (None, [None], True),
        (None, [], False),
        ("x", "x", False),  # not an array
        ("x", [["x"], {"x": "x"}], False),
        ("x", "__absent__", False),
    ],
)
def test_event_property_contains(value: object, array: object, matches: bool) -> None:
    content = {} if array == "__absent__" else {"alt_aliases": array}
    condition = {"kind": "event_property_contains", "key": "content.alt_aliases", "value": value}
    assert probe(condition, event("m.room.canonical_alias", content=content)) is matches


@pytest.mark.parametrize(
    ("name", "body", "matches"),
    [
        ("Alice", "hi alice", True),
        ("Alice", "hi ALICE, how are you", True),
        ("Alice", "Alicent", False),
        ("Alice", "malice", False),
        ("a.b*c", "ping a.b*c please", True),
        ("a.b*c", "ping aXb*c please", False),
        ("a.b*c", "ping a.bbbbc please", False),
        ("(x)?", "who is (x)? now", True),
        ("(x)?", "who is (x)a now", False),
        ("", "anything", False),
        ("   ", "a   b", False),
        (None, "anything", False),
        ("Alice", None, False),
    ],
)
def test_contains_display_name(name: str | None, body: str | None, matches: bool) -> None:
    condition = {"kind": "contains_display_name"}
    content = {"msgtype": "m.text"} if body is None else {"msgtype": "m.text", "body": body}
    assert probe(condition, event(content=content), context(name=name)) is matches


@pytest.mark.parametrize(
    ("is_", "members", "matches"),
    [
        ("2", 2, True),
        ("2", 3, False),
        ("==2", 2, True),
        ("<3", 2, True),
        ("<3", 3, False),
        (">3", 4, True),
        (">3", 3, False),
        ("<=3", 3, True),
        ("<=3", 4, False),
        (">=3", 3, True),
        (">=3", 2, False),
        ("!=3", 2, False),  # not an operator: the condition is unknown
    ],
)
def test_room_member_count(is_: str, members: int, matches: bool) -> None:
    condition = {"kind": "room_member_count", "is": is_}
    assert probe(condition, message(), context(members=members)) is matches


@pytest.mark.parametrize(
    ("power_levels", "sender", "key", "matches"),
    [
        (POWER, MOD, "room", True),  # 50 >= the default 50
        (POWER, BOB, "room", False),
        ({"users": {BOB: 49}}, BOB, "room", False),
        ({"users_default": 50}, BOB, "room", True),
        ({"users_default": 50, "users": {BOB: 0}}, BOB, "room", False),
        ({"users": {MOD: 50}, "notifications": {"room": 100}}, MOD, "room", False),
        ({"users": {BOB: 0}, "notifications": {"room": 0}}, BOB, "room", True),
        ({"users": {MOD: "50"}, "notifications": {"room": "50"}}, MOD, "room", True),  # old rooms: strings
        ({"users": {MOD: 50.0}}, MOD, "room", True),
        ({"users": {MOD: "lots"}}, MOD, "room", False),
        ({"users": {MOD: 50}, "notifications": {"org.example.shout": 20}}, MOD, "org.example.shout", True),
        ({"users": {MOD: 10}, "notifications": {"org.example.shout": 20}}, MOD, "org.example.shout", False),
        ({"users": {MOD: 50}}, MOD, "org.example.other", True),  # unknown keys default to 50
        ({"users": "junk", "notifications": "junk"}, MOD, "room", False),
        (None, MOD, "room", False),  # no power levels: everyone is at 0
    ],
)
def test_sender_notification_permission(
    power_levels: dict[str, Any] | None, sender: str, key: str, matches: bool
) -> None:
    condition = {"kind": "sender_notification_permission", "key": key}
    assert probe(condition, message(sender=sender), context(power_levels=power_levels)) is matches


def test_creators_outrank_every_level() -> None:
    condition = {"kind": "sender_notification_permission", "key": "room"}
    ctx = context(power_levels={"notifications": {"room": 1000}}, creators=frozenset({BOB}))
    assert probe(condition, message(sender=BOB), ctx)
    assert not probe(condition, message(sender=MOD), ctx)


def test_sender_power_level() -> None:
    assert sender_power_level({"users": {BOB: 75}}, BOB) == 75
    assert sender_power_level({"users_default": 10}, BOB) == 10
    assert sender_power_level({"users": {BOB: None}, "users_default": 5}, BOB) == 5
    assert sender_power_level({}, BOB) == 0
    assert sender_power_level(None, BOB) == 0


def test_an_event_type_seen_for_the_first_time_and_again_gives_the_same_answer() -> None:
    rules = parse_push_rules({}, ME)
    for _ in range(2):
        for i in range(300):  # more types than the plan cache keeps
            assert evaluate(rules, event(f"org.example.t{i}", content={}), GROUP) is NO_ACTIONS
        assert evaluate(rules, message(), GROUP).rule_id == ".m.rule.message"


def test_a_type_glob_still_applies_to_every_type() -> None:
    any_room = user_rule(
        "rooms", ["notify"], conditions=[{"kind": "event_match", "key": "type", "pattern": "m.room.*"}]
    )
    rules = parse_push_rules(account_data(underride=[any_room]), ME)
    assert evaluate(rules, event("m.room.topic", state_key="", content={}), GROUP).rule_id == "rooms"
    assert evaluate(rules, event("m.call.invite", content={}), GROUP).rule_id == ".m.rule.call"
