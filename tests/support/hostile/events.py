"""Hypothesis strategies for the content of every event type the app knows — messages of every
msgtype, stickers, reactions, edits, replies, threads, redactions, encrypted events, calls, polls
and the state events (members, names, topics, avatars, power levels, pins, tombstones, spaces, the
channel setting, emote packs) — in envelopes whose every field may be wrong or missing."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .values import (
    MIME_TYPES,
    MSGTYPES,
    event_ids,
    field,
    file_names,
    floats,
    html,
    ints,
    json_values,
    mostly,
    mxc,
    obj,
    odd_text,
    rooms,
    users,
)

relates_to = obj(
    rel_type=st.sampled_from(("m.replace", "m.thread", "m.annotation", "m.reference", "m.in_reply_to", "x")),
    event_id=event_ids,
    key=st.one_of(st.sampled_from(("👍", "❤️", "\u202e", "x" * 200)), odd_text(long=False)),
    is_falling_back=st.booleans(),
    **{"m.in_reply_to": obj(event_id=event_ids)},
)
info = obj(
    w=ints,
    h=ints,
    size=ints,
    duration=ints,
    mimetype=st.sampled_from(MIME_TYPES),
    thumbnail_url=mxc,
    thumbnail_info=obj(w=ints, h=ints, size=ints, mimetype=st.sampled_from(MIME_TYPES)),
    **{"xyz.amorgan.blurhash": st.one_of(st.just("LEHV6nWB2yk8pyo0adR*.7kCMdnj"), odd_text(long=False))},
)
mentions = obj(user_ids=st.lists(users, max_size=3), room=st.booleans())


def _message_fields() -> dict[str, SearchStrategy[Any]]:
    return {
        "msgtype": st.sampled_from(MSGTYPES),
        "body": odd_text(),
        "format": st.sampled_from(("org.matrix.custom.html", "html", "")),
        "formatted_body": html,
        "url": mxc,
        "filename": file_names,
        "info": info,
        "geo_uri": st.sampled_from(("geo:51.5,-0.1", "geo:999,999", "javascript:alert(1)", "")),
        "m.mentions": mentions,
        "org.matrix.msc3245.voice": st.just({}),
        "org.matrix.msc1767.audio": obj(
            duration=ints, waveform=st.lists(st.one_of(ints, floats), max_size=60)
        ),
    }


new_content = obj(**_message_fields())
message_content = obj(**_message_fields(), **{"m.relates_to": relates_to, "m.new_content": new_content})
power_levels_content = obj(
    users=st.dictionaries(users, st.one_of(ints, st.sampled_from(("100", " 50 ", "9" * 30, "1e3", "-0")))),
    users_default=ints,
    events=st.dictionaries(
        st.sampled_from(("m.room.name", "m.room.power_levels", "m.room.message", "m.reaction", "")), ints
    ),
    events_default=ints,
    state_default=ints,
    ban=ints,
    kick=ints,
    redact=ints,
    invite=ints,
    notifications=obj(room=st.one_of(ints, st.just("50"))),
)
SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
call_fields: dict[str, SearchStrategy[Any]] = {
    "call_id": mostly(st.sampled_from(("c1", "c2")), odd_text(long=False), 9),
    "party_id": mostly(st.sampled_from(("p1", "p2")), odd_text(long=False), 9),
    "version": mostly(st.just("1"), st.sampled_from((0, 1, "2", None)), 9),
    "lifetime": mostly(st.integers(1, 120_000), ints, 8),
}
call_content = mostly(
    # well formed enough to make a call row (so its timer and wording run), the rest hostile
    st.fixed_dictionaries(
        call_fields,
        optional={
            "offer": field(st.fixed_dictionaries({"type": st.just("offer"), "sdp": st.just(SDP)}), 9),
            "answer": field(st.fixed_dictionaries({"type": st.just("answer"), "sdp": st.just(SDP)})),
            "reason": st.sampled_from(("user_hangup", "invite_timeout", "ice_failed", "user_busy", "x")),
            "invitee": users,
            "selected_party_id": st.sampled_from(("p1", "p2")),
            "candidates": st.lists(json_values, max_size=3),
        },
    ),
    obj(**call_fields, offer=obj(type=st.just("offer"), sdp=odd_text(long=False))),
    8,
)
poll_start = {
    "org.matrix.msc3381.poll.start": obj(
        question=obj(body=odd_text()),
        answers=st.lists(obj(id=odd_text(long=False), body=odd_text()), max_size=5),
    ),
    "body": odd_text(),
}

STATE_CONTENT: dict[str, SearchStrategy[Any]] = {
    "m.room.member": obj(
        membership=st.sampled_from(("join", "invite", "leave", "ban", "knock", "")),
        displayname=odd_text(),
        avatar_url=mxc,
        is_direct=st.booleans(),
        reason=odd_text(long=False),
    ),
    "m.room.name": obj(name=odd_text()),
    "m.room.topic": obj(topic=odd_text(), **{"m.topic": json_values}),
    "m.room.avatar": obj(url=mxc, info=info),
    "m.room.power_levels": power_levels_content,
    "m.room.pinned_events": obj(pinned=st.lists(event_ids, max_size=5)),
    "m.room.tombstone": obj(body=odd_text(), replacement_room=rooms),
    "m.room.create": obj(
        creator=users,
        room_version=st.sampled_from(("1", "10", "11", "12", "99999999999", "org.example.x")),
        type=st.sampled_from(("m.space", "", "x")),
        predecessor=obj(room_id=rooms, event_id=event_ids),
        additional_creators=st.lists(users, max_size=3),
    ),
    "m.room.canonical_alias": obj(
        alias=odd_text(long=False), alt_aliases=st.lists(odd_text(long=False), max_size=3)
    ),
    "m.room.join_rules": obj(join_rule=st.sampled_from(("public", "invite", "knock", "restricted", "x"))),
    "m.room.history_visibility": obj(history_visibility=st.sampled_from(("shared", "joined", "x"))),
    "m.room.encryption": obj(algorithm=st.just("m.megolm.v1.aes-sha2")),
    "m.room.retention": obj(max_lifetime=ints),
    "m.room.server_acl": obj(
        allow=st.lists(odd_text(long=False), max_size=3), deny=st.lists(odd_text(long=False), max_size=3)
    ),
    "m.space.child": obj(
        via=st.lists(odd_text(long=False), max_size=3), order=odd_text(long=False), suggested=st.booleans()
    ),
    "m.space.parent": obj(via=st.lists(odd_text(long=False), max_size=3), canonical=st.booleans()),
    "org.messenger_desktop.channel": obj(sign_posts=st.booleans()),
    "im.ponies.room_emotes": obj(
        images=st.dictionaries(
            odd_text(10, long=False), obj(url=mxc, body=odd_text(), info=info), max_size=3
        ),
        pack=obj(display_name=odd_text(), avatar_url=mxc, usage=st.lists(odd_text(long=False), max_size=2)),
    ),
}
STATE_KEYS: dict[str, SearchStrategy[Any]] = {
    "m.room.member": users,
    "m.space.child": rooms,
    "m.space.parent": rooms,
    "im.ponies.room_emotes": st.sampled_from(("", "pack")),
}
TIMELINE_CONTENT: dict[str, SearchStrategy[Any]] = {
    "m.room.message": message_content,
    "m.sticker": obj(body=odd_text(), url=mxc, info=info, **{"m.relates_to": relates_to}),
    "m.reaction": obj(**{"m.relates_to": relates_to}),
    "m.room.redaction": obj(redacts=event_ids, reason=odd_text(long=False)),
    "m.room.encrypted": obj(
        algorithm=st.just("m.megolm.v1.aes-sha2"),
        ciphertext=odd_text(long=False),
        session_id=odd_text(long=False),
        **{"m.relates_to": relates_to},
    ),
    **{f"m.call.{kind}": call_content for kind in ("invite", "candidates", "answer", "hangup", "reject")},
    **{f"m.call.{kind}": call_content for kind in ("select_answer", "negotiate")},
    "m.poll.start": st.fixed_dictionaries(poll_start),
    "org.matrix.msc3381.poll.start": st.fixed_dictionaries(poll_start),
    "m.poll.response": obj(**{"m.relates_to": relates_to, "org.matrix.msc3381.poll.response": json_values}),
    "m.poll.end": obj(**{"m.relates_to": relates_to}),
    "org.example.unknown": json_values,
}


def _envelope(
    etype: str, content: SearchStrategy[Any], state_key: SearchStrategy[Any] | None
) -> SearchStrategy[dict[str, Any]]:
    required: dict[str, SearchStrategy[Any]] = {
        "type": mostly(st.just(etype), st.one_of(json_values, st.just(""), st.just("x" * 300)), 9.7),
        "event_id": mostly(event_ids, json_values, 9.7),
        "sender": mostly(users, json_values, 9.7),
        "origin_server_ts": mostly(st.integers(0, 2_000_000_000_000), ints, 8),
        "content": mostly(content, json_values, 9.7),
    }
    if state_key is not None:
        required["state_key"] = mostly(state_key, json_values, 9.7)
    optional = {
        "unsigned": obj(
            transaction_id=odd_text(long=False),
            age=ints,
            prev_content=json_values,
            redacted_because=json_values,
            **{"m.relations": json_values},
        ),
        "redacts": event_ids,
        "room_id": rooms,
    }
    return st.fixed_dictionaries(required, optional=optional).flatmap(_some_missing)


def _some_missing(event: dict[str, Any]) -> SearchStrategy[dict[str, Any]]:
    """Now and then a required field goes missing."""
    keys = sorted(event)
    return mostly(
        st.just(event),
        st.sampled_from(keys).map(lambda gone: {k: v for k, v in event.items() if k != gone}),
        9.7,
    )


def state_events(etypes: tuple[str, ...] = tuple(STATE_CONTENT)) -> SearchStrategy[dict[str, Any]]:
    return st.sampled_from(etypes).flatmap(
        lambda t: _envelope(t, STATE_CONTENT[t], STATE_KEYS.get(t, st.just("")))
    )


def timeline_events() -> SearchStrategy[Any]:
    """Events of every type, state included; once in a while not an object at all."""
    message_like = st.sampled_from(tuple(TIMELINE_CONTENT)).flatmap(
        lambda t: _envelope(t, TIMELINE_CONTENT[t], None)
    )
    return mostly(st.one_of(message_like, message_like, state_events()), json_values, 9)
