"""Property: push rules and power levels are other people's data (rules are shared with other
clients, levels are room state anyone with the right may write): whatever they hold, evaluating
them never raises, never hangs on a crafted glob, and answers in the types the callers expect."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from messenger_desktop.power import (
    CREATOR_LEVEL,
    RIGHTS,
    can,
    channel_levels,
    is_channel,
    may_ban,
    may_change_right,
    may_change_user,
    may_kick,
    may_unban,
    may_use,
    needed_level,
    notification_level,
    outranks,
    right_level,
    role_of,
    room_levels,
    signs_posts,
    user_level,
    with_right_level,
    with_user_level,
)
from messenger_desktop.push import (
    Actions,
    PushContext,
    evaluate,
    parse_push_rules,
    sender_power_level,
    set_level_rules,
)
from messenger_desktop.push import notification_level as room_notification_level
from tests.support.hostile.events import power_levels_content, state_events, timeline_events
from tests.support.hostile.values import (
    ME,
    ROOMS,
    USERS,
    ints,
    json_values,
    lenient_value,
    mostly,
    obj,
    odd_text,
)
from tests.support.hypothesis_profiles import timeout

pytestmark = pytest.mark.timeout(timeout(120))

GLOBS = st.one_of(
    st.sampled_from(("*", "?", "*a*a*a*a*a*a*a*a*b", "?" * 50 + "*", "@room", "*bob*", "[", "(a+)+$", "\\")),
    odd_text(16),
)
conditions = obj(
    8,
    kind=st.sampled_from(
        (
            "event_match",
            "event_property_is",
            "event_property_contains",
            "contains_display_name",
            "room_member_count",
            "sender_notification_permission",
            "org.example.unknown",
        )
    ),
    key=st.sampled_from(
        ("content.body", "type", "room_id", "sender", "content.m\\.relates_to.rel_type", "a..b", "")
    ),
    pattern=GLOBS,
    value=json_values,
    **{"is": st.sampled_from(("2", "==2", ">=10", "<1", "<=99999999999999999999", ">", "x", ""))},
)
actions = st.lists(
    st.one_of(
        st.sampled_from(("notify", "dont_notify", "coalesce", "x")),
        obj(set_tweak=st.sampled_from(("sound", "highlight", "x")), value=json_values),
    ),
    max_size=3,
)
rules = st.lists(
    obj(
        rule_id=st.one_of(
            st.sampled_from((".m.rule.master", ".m.rule.contains_user_name", *ROOMS, *USERS)),
            odd_text(10, long=False),
        ),
        default=st.booleans(),
        enabled=st.booleans(),
        pattern=GLOBS,
        conditions=st.lists(conditions, max_size=3),
        actions=actions,
    ),
    max_size=4,
)
push_rules_content = mostly(
    obj(9, **{"global": obj(8, override=rules, content=rules, room=rules, sender=rules, underride=rules)}),
    json_values,
    9,
)
create_content = obj(
    creator=st.sampled_from(USERS),
    room_version=st.sampled_from(("1", "10", "12", "99", "x")),
    additional_creators=st.lists(st.sampled_from(USERS), max_size=2),
)
levels_content = st.one_of(power_levels_content, json_values, st.none())


@given(
    push_rules_content,
    st.one_of(timeline_events(), state_events()),
    odd_text(),
    ints,
    levels_content,
)
def test_push_rules_evaluate_any_event_without_raising(
    content: Any, event: Any, display: str, members: int, levels: Any
) -> None:
    parsed = parse_push_rules(lenient_value(content), ME)
    event = lenient_value(event)
    context = PushContext(
        ME,
        display_name=display,
        room_member_count=members,
        power_levels=levels if isinstance(levels, dict) else None,
        room_id="!r1:hs",
    )
    assert isinstance(evaluate(parsed, event if isinstance(event, dict) else {}, context), Actions)
    assert room_notification_level(parsed, "!r1:hs") in ("all", "mentions", "mute")
    for level in ("all", "mentions", "mute"):
        orjson.dumps([getattr(change, "body", None) for change in set_level_rules(level, "!r1:hs", parsed)])
    assert isinstance(sender_power_level(levels if isinstance(levels, dict) else None, "@bob:hs"), int)


def _storable(content: Any) -> bool:
    try:
        orjson.dumps(content)
    except orjson.JSONEncodeError:
        return False
    return True


@given(levels_content, create_content, st.sampled_from(USERS), st.sampled_from(USERS), ints)
def test_power_levels_answer_any_content_without_raising(
    content: Any, create: dict[str, Any], actor: str, target: str, new_level: int
) -> None:
    content = lenient_value(content)
    assume(_storable(content))  # deeper than the cache writes: never reaches the levels
    levels = room_levels(content, create, actor)
    assert isinstance(user_level(levels, target), int)
    assert isinstance(outranks(levels, actor, target), bool)
    for action in (
        "redact",
        "kick",
        "ban",
        "invite",
        "state:m.room.name",
        "event:m.room.message",
        "notify:room",
    ):
        needed = needed_level(levels, action)
        assert needed is None or isinstance(needed, int)
        assert isinstance(can(levels, actor, action), bool)
    assert isinstance(notification_level(levels), int)
    for check in (may_kick, may_ban, may_unban):
        check(levels, actor, target)
    may_change_user(levels, actor, target, new_level)
    role_of(user_level(levels, target))
    is_channel(levels)
    for right in RIGHTS:
        assert isinstance(right_level(levels, right), int)
        may_use(levels, actor, right)
        may_change_right(levels, actor, right, new_level)
        changed = with_right_level(levels, right, 50)
        orjson.dumps(changed)  # what would be sent is JSON
        assert right_level(changed, right) == 50
    if target not in levels.creators and user_level(levels, target) < CREATOR_LEVEL:
        changed = with_user_level(levels, target, 42)
        orjson.dumps(changed)
        assert user_level(room_levels(changed, create, actor), target) == 42


@given(json_values)
def test_channel_settings_read_any_content(content: Any) -> None:
    assert isinstance(signs_posts(lenient_value(content)), bool)
    assert is_channel(channel_levels())
