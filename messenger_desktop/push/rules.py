"""Push rules (spec "Push Notifications", client-server API v1.15): parsing, defaults, room levels.

The ``m.push_rules`` account data holds ``{"global": {kind: [rule, ...]}}`` for the five kinds, each
list in the server's evaluation order. It is untrusted JSON, so :func:`parse_push_rules` never
raises: a rule without a string ``rule_id``, an ``actions`` list, a boolean ``enabled`` (when
present), a string ``pattern`` (content rules) or a ``conditions`` list (override and underride
rules) is skipped, and so is a second rule with an id already seen in its kind. A condition that is
unknown or malformed is kept as :class:`UnknownCondition`, which never matches: the spec says an
unrecognised condition effectively disables its rule.

The spec's server-default rules (ids starting with ``.``) are merged in, so a client sees the same
rules whatever the server sent (an old server may lack ``.m.rule.is_user_mention``; a fresh account
may have no push-rule account data at all):

* ``override``: ``.m.rule.master`` first, then the user's rules, then the other defaults;
* ``content``: the user's keyword rules, then ``.m.rule.contains_user_name``;
* ``room``, ``sender``: the user's rules only (their ``rule_id`` is the room or user id);
* ``underride``: the user's rules, then the defaults.

A server-sent rule with a default's id replaces that default wholesale (its conditions, actions and
enabled flag). The defaults keep the spec's order; a server-default rule the spec does not list
(``.org.matrix.msc3930.rule.poll_response``, ``.im.vector.jitsi``…) is placed right after the rule
the server sent before it.

Globs are compiled here, once per rule set (see :mod:`.glob`), and each rule's outcome is built once
as an :class:`Actions`, so evaluating an event allocates nothing.

:func:`notification_level` and :func:`set_level_rules` express a room's "all / mentions / mute"
setting the way Element does, as plain data for the API layer to send.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from .glob import Glob

__all__ = [
    "DEFAULT_RULE_IDS",
    "KINDS",
    "LEGACY_MENTION_RULES",
    "MAX_PLANS",
    "NO_ACTIONS",
    "Actions",
    "Comparison",
    "Condition",
    "ContainsDisplayName",
    "DeleteRule",
    "EventMatch",
    "EventPropertyContains",
    "EventPropertyIs",
    "Kind",
    "Level",
    "PushRule",
    "PushRules",
    "PutRule",
    "RoomMemberCount",
    "RuleChange",
    "SenderNotificationPermission",
    "SimpleValue",
    "UnknownCondition",
    "default_push_rules",
    "notification_level",
    "parse_actions",
    "parse_condition",
    "parse_push_rules",
    "parse_rule",
    "set_level_rules",
    "split_key",
]

Kind = Literal["override", "content", "room", "sender", "underride"]
KINDS: tuple[Kind, ...] = ("override", "content", "room", "sender", "underride")
"""The kinds in the order they are checked."""

Comparison = Literal["==", "<", ">", "<=", ">="]
"""The operators of ``room_member_count`` (no prefix means ``==``)."""

SimpleValue: TypeAlias = str | int | bool | None
"""A non-compound canonical JSON value, the only kind ``event_property_*`` conditions compare."""

MAX_SAFE_INT = 2**53 - 1

LEGACY_MENTION_RULES = frozenset(
    {
        ("override", ".m.rule.contains_display_name"),
        ("override", ".m.rule.roomnotif"),
        ("content", ".m.rule.contains_user_name"),
    }
)
"""Deprecated in v1.7: these must not apply to an event whose content has ``m.mentions``."""


# -- outcome --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actions:
    """What a matching rule asks for: notify or not, highlight, which sound.

    ``rule_id`` names the rule that decided (``""`` when none matched). ``sound`` is only meaningful
    with ``notify``; ``highlight`` counts on its own (Synapse's highlight count does too).
    """

    notify: bool
    highlight: bool
    sound: str | None
    rule_id: str


NO_ACTIONS = Actions(notify=False, highlight=False, sound=None, rule_id="")
"""The outcome when no rule matches, or for the user's own events."""


def parse_actions(raw: Sequence[object], rule_id: str) -> Actions:
    """The actions of a rule from its JSON ``actions`` list.

    ``dont_notify`` and ``coalesce`` are historical and ignored, as the spec requires (so
    ``["dont_notify"]`` means the same as ``[]``); unknown actions and tweaks are ignored too. The
    first ``sound`` and the first ``highlight`` tweak count; ``highlight`` without a ``value`` is
    true, with a value that is not a boolean false.
    """
    notify = False
    sound: str | None = None
    highlight: bool | None = None
    for action in raw:
        if action == "notify":
            notify = True
        elif isinstance(action, dict):
            tweak = action.get("set_tweak")
            if tweak == "sound" and sound is None:
                value = action.get("value")
                if isinstance(value, str):
                    sound = value
            elif tweak == "highlight" and highlight is None:
                value = action.get("value", True)
                highlight = value if isinstance(value, bool) else False
    return Actions(notify=notify, highlight=bool(highlight), sound=sound, rule_id=rule_id)


# -- conditions -----------------------------------------------------------------------------------


def split_key(key: str) -> tuple[str, ...]:
    """A dot-separated property path split into its names (spec appendix, v1.7).

    ``\\.`` is a literal dot and ``\\\\`` a literal backslash; any other backslash is kept as is.
    """
    if "\\" not in key:
        return tuple(key.split("."))
    names: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(key):
        char = key[i]
        if char == "\\" and i + 1 < len(key) and key[i + 1] in ".\\":
            current.append(key[i + 1])
            i += 2
            continue
        if char == ".":
            names.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    names.append("".join(current))
    return tuple(names)


@dataclass(frozen=True, slots=True)
class EventMatch:
    """``event_match``: a glob on a string property; on ``content.body`` it matches whole words."""

    key: str
    pattern: str
    path: tuple[str, ...] = field(init=False, repr=False, compare=False)
    glob: Glob = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        path = split_key(self.key)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "glob", Glob(self.pattern, words=path == ("content", "body")))


@dataclass(frozen=True, slots=True)
class EventPropertyIs:
    """``event_property_is``: the property is exactly this value (no casts: ``1`` is not ``true``)."""

    key: str
    value: SimpleValue
    path: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", split_key(self.key))


@dataclass(frozen=True, slots=True)
class EventPropertyContains:
    """``event_property_contains``: the property is an array holding exactly this value."""

    key: str
    value: SimpleValue
    path: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", split_key(self.key))


@dataclass(frozen=True, slots=True)
class ContainsDisplayName:
    """``contains_display_name``: ``content.body`` holds the user's room display name as a word."""


@dataclass(frozen=True, slots=True)
class RoomMemberCount:
    """``room_member_count``: compares the room's joined member count with ``count``."""

    op: Comparison
    count: int


@dataclass(frozen=True, slots=True)
class SenderNotificationPermission:
    """``sender_notification_permission``: the sender's power reaches ``notifications[key]``."""

    key: str


@dataclass(frozen=True, slots=True)
class UnknownCondition:
    """A condition of an unknown kind, or a malformed one: it never matches."""

    kind: str


Condition: TypeAlias = (
    EventMatch
    | EventPropertyIs
    | EventPropertyContains
    | ContainsDisplayName
    | RoomMemberCount
    | SenderNotificationPermission
    | UnknownCondition
)

_OPS: dict[str, Comparison] = {"==": "==", "<": "<", ">": ">", "<=": "<=", ">=": ">="}
_MEMBER_COUNT = re.compile(r"(==|<=|>=|<|>)?([0-9]{1,15})")


def _simple_value(raw: Mapping[str, Any]) -> tuple[bool, SimpleValue]:
    if "value" not in raw:
        return False, None
    value = raw["value"]
    if value is None or isinstance(value, str | bool):
        return True, value
    if type(value) is int and -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        return True, value
    return False, None


def parse_condition(raw: object) -> Condition:
    """One condition from JSON; anything unknown or malformed is an :class:`UnknownCondition`."""
    if not isinstance(raw, dict):
        return UnknownCondition("")
    kind = raw.get("kind")
    if not isinstance(kind, str):
        return UnknownCondition("")
    key = raw.get("key")
    if kind == "event_match":
        pattern = raw.get("pattern")
        if isinstance(key, str) and isinstance(pattern, str):
            return EventMatch(key, pattern)
    elif kind in ("event_property_is", "event_property_contains"):
        ok, value = _simple_value(raw)
        if isinstance(key, str) and ok and kind == "event_property_is":
            return EventPropertyIs(key, value)
        if isinstance(key, str) and ok:
            return EventPropertyContains(key, value)
    elif kind == "contains_display_name":
        return ContainsDisplayName()
    elif kind == "room_member_count":
        is_ = raw.get("is")
        found = _MEMBER_COUNT.fullmatch(is_) if isinstance(is_, str) else None
        if found is not None:
            return RoomMemberCount(_OPS[found.group(1) or "=="], int(found.group(2)))
    elif kind == "sender_notification_permission" and isinstance(key, str):
        return SenderNotificationPermission(key)
    return UnknownCondition(kind)


# -- rules ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushRule:
    """One push rule of any kind.

    ``conditions`` are the rule's own (override, underride) or the ones its kind implies: content
    rules match ``pattern`` against ``content.body``; room and sender rules compare ``room_id`` or
    ``sender`` with their ``rule_id`` exactly.
    """

    kind: Kind
    rule_id: str
    enabled: bool
    default: bool
    actions: Actions
    conditions: tuple[Condition, ...] = ()
    pattern: str | None = None
    legacy_mention: bool = field(init=False, repr=False, compare=False)
    """One of the deprecated mention rules, which events with ``m.mentions`` skip."""
    event_type: str | None = field(init=False, repr=False, compare=False)
    """The event type the rule requires (lower-cased ``event_match`` on ``type`` without wildcards)."""
    residual: tuple[Condition, ...] = field(init=False, repr=False, compare=False)
    """The conditions left to test once the event's type is known to be :attr:`event_type`."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "legacy_mention", (self.kind, self.rule_id) in LEGACY_MENTION_RULES)
        event_type, residual = None, self.conditions
        for i, condition in enumerate(self.conditions):
            if isinstance(condition, EventMatch) and condition.path == ("type",) and condition.glob.literal:
                event_type = condition.glob.literal
                residual = self.conditions[:i] + self.conditions[i + 1 :]
                break
        object.__setattr__(self, "event_type", event_type)
        object.__setattr__(self, "residual", residual)


def _implied_conditions(kind: Kind, rule_id: str, pattern: str | None) -> tuple[Condition, ...]:
    if kind == "content":
        return (EventMatch("content.body", pattern or ""),)
    if kind == "room":
        return (EventPropertyIs("room_id", rule_id),)
    if kind == "sender":
        return (EventPropertyIs("sender", rule_id),)
    return ()


def parse_rule(kind: Kind, raw: object) -> PushRule | None:
    """One rule of ``kind`` from JSON, or None when it is malformed (see the module notes)."""
    if not isinstance(raw, dict):
        return None
    rule_id, actions, enabled = raw.get("rule_id"), raw.get("actions"), raw.get("enabled", True)
    if not isinstance(rule_id, str) or not rule_id or not isinstance(actions, list):
        return None
    if not isinstance(enabled, bool):
        return None
    default = raw.get("default") is True
    pattern: str | None = None
    if kind in ("override", "underride"):
        raw_conditions = raw.get("conditions", [])
        if not isinstance(raw_conditions, list):
            return None
        conditions = tuple(parse_condition(c) for c in raw_conditions)
    else:
        if kind == "content":
            pattern = raw.get("pattern")
            if not isinstance(pattern, str):
                return None
        conditions = _implied_conditions(kind, rule_id, pattern)
    return PushRule(kind, rule_id, enabled, default, parse_actions(actions, rule_id), conditions, pattern)


def _default(kind: Kind, rule_id: str, conditions: Sequence[Condition], actions: list[object]) -> PushRule:
    enabled = rule_id != ".m.rule.master"
    return PushRule(kind, rule_id, enabled, True, parse_actions(actions, rule_id), tuple(conditions))


_SOUND: list[object] = ["notify", {"set_tweak": "sound", "value": "default"}]
_LOUD_HIGHLIGHT: list[object] = [*_SOUND, {"set_tweak": "highlight"}]
_HIGHLIGHT: list[object] = ["notify", {"set_tweak": "highlight"}]
_RING: list[object] = ["notify", {"set_tweak": "sound", "value": "ring"}]


def _type_is(event_type: str) -> EventMatch:
    return EventMatch("type", event_type)


def _spec_defaults(user_id: str) -> dict[Kind, tuple[PushRule, ...]]:
    """The spec's server-default rules (v1.15) for ``user_id``, in order, per kind."""
    localpart = user_id[1:].split(":", 1)[0] if user_id.startswith("@") else user_id
    room_permission = SenderNotificationPermission("room")
    override = (
        _default("override", ".m.rule.master", (), []),
        _default("override", ".m.rule.suppress_notices", [EventMatch("content.msgtype", "m.notice")], []),
        _default(
            "override",
            ".m.rule.invite_for_me",
            [
                _type_is("m.room.member"),
                EventMatch("content.membership", "invite"),
                EventMatch("state_key", user_id),
            ],
            _SOUND,
        ),
        _default("override", ".m.rule.member_event", [_type_is("m.room.member")], []),
        _default(
            "override",
            ".m.rule.is_user_mention",
            [EventPropertyContains("content.m\\.mentions.user_ids", user_id)],
            _LOUD_HIGHLIGHT,
        ),
        _default("override", ".m.rule.contains_display_name", [ContainsDisplayName()], _LOUD_HIGHLIGHT),
        _default(
            "override",
            ".m.rule.is_room_mention",
            [EventPropertyIs("content.m\\.mentions.room", True), room_permission],
            _HIGHLIGHT,
        ),
        _default(
            "override",
            ".m.rule.roomnotif",
            [EventMatch("content.body", "@room"), room_permission],
            _HIGHLIGHT,
        ),
        _default(
            "override",
            ".m.rule.tombstone",
            [_type_is("m.room.tombstone"), EventMatch("state_key", "")],
            _HIGHLIGHT,
        ),
        _default("override", ".m.rule.reaction", [_type_is("m.reaction")], []),
        _default(
            "override",
            ".m.rule.room.server_acl",
            [_type_is("m.room.server_acl"), EventMatch("state_key", "")],
            [],
        ),
        _default(
            "override",
            ".m.rule.suppress_edits",
            [EventPropertyIs("content.m\\.relates_to.rel_type", "m.replace")],
            [],
        ),
    )
    contains_user_name = PushRule(
        "content",
        ".m.rule.contains_user_name",
        True,
        True,
        parse_actions(_LOUD_HIGHLIGHT, ".m.rule.contains_user_name"),
        _implied_conditions("content", ".m.rule.contains_user_name", localpart),
        localpart,
    )
    one_to_one = RoomMemberCount("==", 2)
    underride = (
        _default("underride", ".m.rule.call", [_type_is("m.call.invite")], _RING),
        _default(
            "underride",
            ".m.rule.encrypted_room_one_to_one",
            [one_to_one, _type_is("m.room.encrypted")],
            _SOUND,
        ),
        _default("underride", ".m.rule.room_one_to_one", [one_to_one, _type_is("m.room.message")], _SOUND),
        _default("underride", ".m.rule.message", [_type_is("m.room.message")], ["notify"]),
        _default("underride", ".m.rule.encrypted", [_type_is("m.room.encrypted")], ["notify"]),
    )
    return {
        "override": override,
        "content": (contains_user_name,),
        "room": (),
        "sender": (),
        "underride": underride,
    }


DEFAULT_RULE_IDS: dict[Kind, tuple[str, ...]] = {
    kind: tuple(rule.rule_id for rule in rules) for kind, rules in _spec_defaults("@user:example.org").items()
}
"""The ids of the spec's server-default rules per kind, in the spec's order."""


def _merge(server: Sequence[PushRule], defaults: Sequence[PushRule]) -> list[PushRule]:
    """User rules in server order, then the defaults (server versions replacing the spec's)."""
    user = [rule for rule in server if not rule.rule_id.startswith(".")]
    sent = [rule for rule in server if rule.rule_id.startswith(".")]
    by_id = {rule.rule_id: rule for rule in sent}
    known = {rule.rule_id for rule in defaults}
    merged = [by_id.get(rule.rule_id, rule) for rule in defaults]
    previous: str | None = None
    for rule in sent:
        if rule.rule_id not in known:
            ids = [r.rule_id for r in merged]
            merged.insert(ids.index(previous) + 1 if previous in ids else 0, rule)
        previous = rule.rule_id
    return user + merged


@dataclass(frozen=True, slots=True)
class PushRules:
    """A user's complete rule set, each kind in evaluation order (defaults merged in)."""

    override: tuple[PushRule, ...] = ()
    content: tuple[PushRule, ...] = ()
    room: tuple[PushRule, ...] = ()
    sender: tuple[PushRule, ...] = ()
    underride: tuple[PushRule, ...] = ()
    room_index: dict[str, PushRule] = field(init=False, repr=False, compare=False)
    """The enabled room rule of each room id (a room has at most one)."""
    sender_index: dict[str, PushRule] = field(init=False, repr=False, compare=False)
    """The enabled sender rule of each user id."""
    _plans: dict[str, tuple[tuple[PushRule, ...], tuple[PushRule, ...]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "room_index", _index(self.room))
        object.__setattr__(self, "sender_index", _index(self.sender))
        object.__setattr__(self, "_plans", {})

    def candidates(self, event_type: str) -> tuple[tuple[PushRule, ...], tuple[PushRule, ...]]:
        """The enabled override and content rules, and the enabled underride rules, that can match
        an event of ``event_type`` (lower-cased), in order. Room and sender rules come between.

        A rule that requires another type is left out, so a message is not tested against the
        member, tombstone or call rules. Plans are kept for the first :data:`MAX_PLANS` types seen.
        """
        plan = self._plans.get(event_type)
        if plan is None:
            head = tuple(_applicable((*self.override, *self.content), event_type))
            plan = (head, tuple(_applicable(self.underride, event_type)))
            if len(self._plans) < MAX_PLANS:
                self._plans[event_type] = plan
        return plan

    def of_kind(self, kind: Kind) -> tuple[PushRule, ...]:
        """The rules of one kind, in order."""
        rules: tuple[PushRule, ...] = getattr(self, kind)
        return rules

    def __iter__(self) -> Iterator[PushRule]:
        """Every rule in evaluation order."""
        for kind in KINDS:
            yield from self.of_kind(kind)

    def find(self, kind: Kind, rule_id: str) -> PushRule | None:
        """The rule of ``kind`` with ``rule_id``, if any."""
        return next((rule for rule in self.of_kind(kind) if rule.rule_id == rule_id), None)


MAX_PLANS = 256
"""Event types are chosen by senders: plans for more types than this are not cached."""


def _applicable(rules: Sequence[PushRule], event_type: str) -> Iterator[PushRule]:
    for rule in rules:
        if rule.enabled and rule.event_type in (None, event_type):
            yield rule


def _index(rules: Sequence[PushRule]) -> dict[str, PushRule]:
    index: dict[str, PushRule] = {}
    for rule in rules:
        if rule.enabled:
            index.setdefault(rule.rule_id, rule)
    return index


def _master_first(rules: list[PushRule]) -> list[PushRule]:
    master = [rule for rule in rules if rule.rule_id == ".m.rule.master"]
    return master + [rule for rule in rules if rule.rule_id != ".m.rule.master"]


def parse_push_rules(content: object, user_id: str) -> PushRules:
    """The rule set of ``m.push_rules`` account-data ``content`` for ``user_id``; never raises.

    Anything that is not the expected shape counts as absent, so junk gives the default rules.
    """
    scope = content.get("global") if isinstance(content, dict) else None
    if not isinstance(scope, dict):
        scope = {}
    defaults = _spec_defaults(user_id)
    merged: dict[Kind, tuple[PushRule, ...]] = {}
    for kind in KINDS:
        raw_rules = scope.get(kind)
        server: list[PushRule] = []
        seen: set[str] = set()
        for raw in raw_rules if isinstance(raw_rules, list) else ():
            rule = parse_rule(kind, raw)
            if rule is not None and rule.rule_id not in seen:
                seen.add(rule.rule_id)
                server.append(rule)
        rules = _merge(server, defaults[kind])
        merged[kind] = tuple(_master_first(rules) if kind == "override" else rules)
    return PushRules(
        merged["override"], merged["content"], merged["room"], merged["sender"], merged["underride"]
    )


def default_push_rules(user_id: str) -> PushRules:
    """The spec's server-default rules alone (an account whose push rules have not synced yet)."""
    return parse_push_rules({}, user_id)


# -- per-room notification level (Element's convention) -------------------------------------------

Level = Literal["all", "mentions", "mute"]


@dataclass(frozen=True, slots=True)
class PutRule:
    """``PUT /pushrules/global/{kind}/{rule_id}`` with ``body`` (the rule's conditions and actions)."""

    kind: Kind
    rule_id: str
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class DeleteRule:
    """``DELETE /pushrules/global/{kind}/{rule_id}``; a 404 ``M_NOT_FOUND`` means already done."""

    kind: Kind
    rule_id: str


RuleChange: TypeAlias = PutRule | DeleteRule


def _is_room_mute(rule: PushRule, room_id: str) -> bool:
    """Element's room mute: one ``event_match`` on ``room_id`` for this room, and no notify."""
    if rule.kind != "override" or rule.actions.notify or len(rule.conditions) != 1:
        return False
    (condition,) = rule.conditions
    # compared by its fields: building an EventMatch to compare with compiles a glob, for every
    # override rule of every room an initial sync names
    return isinstance(condition, EventMatch) and condition.key == "room_id" and condition.pattern == room_id


def notification_level(rules: PushRules, room_id: str) -> Level:
    """The room's level: ``mute`` (an enabled mute override), ``mentions`` (an enabled silent room
    rule: mentions and keywords still notify) or ``all``. The master rule is not a room level."""
    if any(rule.enabled and _is_room_mute(rule, room_id) for rule in rules.override):
        return "mute"
    room_rule = rules.room_index.get(room_id)
    if room_rule is not None and not room_rule.actions.notify:
        return "mentions"
    return "all"


def set_level_rules(level: Level, room_id: str, current: PushRules | None = None) -> tuple[RuleChange, ...]:
    """The rule changes that give the room ``level``, in the order to send them.

    ``all``: no mute override, no room rule. ``mentions``: a room rule with no actions. ``mute``:
    an override rule (id = the room id) matching ``room_id`` with no actions, and no room rule.
    Rules are added before others are removed, so the room never gets louder on the way. With
    ``current`` only rules that exist are deleted (mute overrides under any id included); without it
    the deletes name the conventional ids and a 404 is expected for the ones that are absent.
    """
    mute_ids: list[str] = [room_id]
    has_room_rule = True
    if current is not None:
        mute_ids = [rule.rule_id for rule in current.override if _is_room_mute(rule, room_id)]
        has_room_rule = current.find("room", room_id) is not None
    delete_mutes = [DeleteRule("override", rule_id) for rule_id in mute_ids]
    delete_room = [DeleteRule("room", room_id)] if has_room_rule else []
    if level == "mute":
        body = {"conditions": [{"kind": "event_match", "key": "room_id", "pattern": room_id}], "actions": []}
        return (PutRule("override", room_id, body), *delete_room)
    if level == "mentions":
        return (PutRule("room", room_id, {"actions": []}), *delete_mutes)
    return (*delete_mutes, *delete_room)
