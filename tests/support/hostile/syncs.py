"""Hypothesis strategies for whole ``/sync`` bodies: joined, invited, left and knocked rooms with
timelines, state, ephemeral typing and receipts and room account data; account data (direct
chats, push rules, ignored users, folders, emote packs), presence and to-device events."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .events import STATE_CONTENT, STATE_KEYS, state_events, timeline_events
from .values import (
    event_ids,
    events_of,
    field,
    floats,
    ints,
    json_values,
    mostly,
    mxc,
    obj,
    odd_text,
    rooms,
    users,
)

account_data_content: dict[str, SearchStrategy[Any]] = {
    "m.direct": st.dictionaries(users, st.lists(rooms, max_size=3), max_size=3),
    "m.push_rules": obj(
        **{
            "global": obj(
                override=st.lists(json_values, max_size=3),
                content=st.lists(
                    obj(rule_id=odd_text(long=False), pattern=odd_text(long=False), actions=json_values),
                    max_size=2,
                ),
                room=st.lists(obj(rule_id=rooms, actions=st.just(["dont_notify"])), max_size=2),
                sender=st.lists(obj(rule_id=users, actions=json_values), max_size=2),
                underride=st.lists(json_values, max_size=2),
            )
        }
    ),
    "m.ignored_user_list": obj(ignored_users=st.dictionaries(users, json_values, max_size=3)),
    "im.messenger-desktop.folders": obj(
        folders=st.lists(
            obj(id=odd_text(long=False), name=odd_text(), rooms=st.lists(rooms, max_size=3)), max_size=3
        )
    ),
    "im.messenger-desktop.saved_messages": obj(room_id=rooms),
    "im.ponies.user_emotes": obj(images=st.dictionaries(odd_text(10, long=False), obj(url=mxc), max_size=3)),
    "im.ponies.emote_rooms": obj(rooms=st.dictionaries(rooms, json_values, max_size=2)),
}
room_account_data_content: dict[str, SearchStrategy[Any]] = {
    "m.fully_read": obj(event_id=event_ids),
    "m.tag": obj(
        tags=st.dictionaries(st.sampled_from(("m.favourite", "m.lowpriority", "u.x")), obj(order=floats))
    ),
    "m.marked_unread": obj(unread=st.booleans()),
}


def _typed(contents: dict[str, SearchStrategy[Any]]) -> SearchStrategy[Any]:
    return st.sampled_from(tuple(contents)).flatmap(lambda t: obj(9, type=st.just(t), content=contents[t]))


receipt_content = st.dictionaries(
    event_ids,
    obj(
        **{
            "m.read": st.dictionaries(users, obj(ts=ints, thread_id=odd_text(long=False)), max_size=3),
            "m.read.private": st.dictionaries(users, obj(ts=ints), max_size=2),
        }
    ),
    max_size=3,
)
ephemeral_events = _typed(
    {"m.typing": obj(user_ids=st.lists(users, max_size=5)), "m.receipt": receipt_content}
)
presence_events = obj(
    9,
    type=st.just("m.presence"),
    sender=users,
    content=obj(
        presence=st.sampled_from(("online", "offline", "unavailable", "x")),
        last_active_ago=ints,
        status_msg=odd_text(),
        currently_active=st.booleans(),
        avatar_url=mxc,
        displayname=odd_text(),
    ),
)
stripped_state = st.sampled_from(tuple(STATE_CONTENT)).flatmap(
    lambda t: obj(
        9, type=st.just(t), state_key=STATE_KEYS.get(t, st.just("")), sender=users, content=STATE_CONTENT[t]
    )
)
joined_room = st.fixed_dictionaries(
    {
        "timeline": field(
            st.fixed_dictionaries(
                {"events": mostly(st.lists(timeline_events(), min_size=1, max_size=6), json_values, 9)},
                optional={"limited": field(st.booleans()), "prev_batch": field(odd_text(long=False))},
            ),
            9,
        ),
        "state": field(events_of(state_events(), 4), 9),
    },
    optional={
        "org.matrix.msc4222.state_after": field(events_of(state_events(), 3)),
        "ephemeral": field(events_of(ephemeral_events, 3)),
        "account_data": field(events_of(_typed(room_account_data_content), 3)),
        "summary": obj(
            **{
                "m.heroes": st.lists(users, max_size=4),
                "m.joined_member_count": ints,
                "m.invited_member_count": ints,
            }
        ),
        "unread_notifications": obj(notification_count=ints, highlight_count=ints),
        "unread_thread_notifications": json_values,
    },
)


def _rooms_with(entry: SearchStrategy[Any], min_size: int = 0) -> SearchStrategy[dict[str, Any]]:
    return st.dictionaries(rooms, mostly(entry, json_values, 9), min_size=min_size, max_size=2)


sync_rooms = st.fixed_dictionaries(
    {"join": field(_rooms_with(joined_room, 1), 9)},
    optional={
        "invite": field(_rooms_with(obj(9, invite_state=events_of(stripped_state, 5))), 9),
        "leave": field(
            _rooms_with(obj(9, timeline=events_of(timeline_events(), 4), state=events_of(state_events(), 3))),
            9,
        ),
        "knock": field(_rooms_with(obj(9, knock_state=events_of(stripped_state, 3))), 9),
    },
)
sync_bodies: SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "next_batch": mostly(st.text(min_size=1, max_size=12), json_values, 9),
        "rooms": field(sync_rooms, 9),
    },
    optional={
        "account_data": field(events_of(_typed(account_data_content), 4)),
        "presence": field(events_of(presence_events, 3)),
        "to_device": field(events_of(json_values, 3)),
        "device_lists": json_values,
        "device_one_time_keys_count": json_values,
    },
)
"""A whole ``/sync`` response body (as a Python value; :func:`json_bytes` makes the wire form)."""
