"""Room summaries: the display name by the spec's rules, member counts and the last-message preview.

The spec's order for a room's name: ``m.room.name``, then ``m.room.canonical_alias``, then a name
made from the "heroes" (up to five other members, from the sync ``summary`` or, failing that, from
the members we know), then "Empty room". Display names that two members share are disambiguated
with the user id, and every name is cut to a sane length.
"""

from __future__ import annotations

import sqlite3
from typing import Any, TypedDict

import orjson

from ..api.events import EventKind, RoomEvent
from ..api.ids import RoomId, UserId
from .call_history import call_preview
from .database import transaction
from .organise import COLUMNS as ORGANISATION_COLUMNS
from .organise import Organisation, from_columns, is_space, valid_room_id
from .rows import RoomSummary

MAX_NAME = 255
MAX_PREVIEW = 300
MAX_HEROES = 5

_PREVIEW_LABELS = {
    "m.image": "Photo",
    "m.video": "Video",
    "m.audio": "Audio",
    "m.file": "File",
    "m.location": "Location",
}


def clean_text(value: object, limit: int = MAX_NAME) -> str:
    """A single line of at most ``limit`` characters, or '' for anything that is not a string."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    return text[:limit]


def member_name(conn: sqlite3.Connection, room_id: str, user_id: str) -> str:
    """The display name to show for ``user_id`` in ``room_id``, disambiguated when shared."""
    row = conn.execute(
        "SELECT m.displayname, EXISTS (SELECT 1 FROM members o WHERE o.room_id = m.room_id"
        " AND o.displayname = m.displayname AND o.user_id != m.user_id"
        " AND o.membership IN ('join', 'invite'))"
        " FROM members m WHERE m.room_id = ? AND m.user_id = ?",
        (room_id, user_id),
    ).fetchone()
    name = clean_text(row[0]) if row and row[0] else ""
    return disambiguated(name, user_id, bool(row and row[1]))


def disambiguated(name: str, user_id: str, shared: bool) -> str:
    """The spec's display name: the user id when there is no name, ``name (user id)`` when another
    member has the same name."""
    if not name:
        return user_id
    return f"{name} ({user_id})" if shared else name


def preview_text(event: RoomEvent) -> str:
    """One line that stands for a message in the conversation list."""
    if event.kind is EventKind.ENCRYPTED:
        return "Encrypted message"
    if event.type == "m.sticker":
        return "Sticker"
    msgtype = event.msgtype
    body = clean_text(event.body, MAX_PREVIEW)
    if msgtype in _PREVIEW_LABELS:
        label = _PREVIEW_LABELS[msgtype]
        if msgtype == "m.audio" and "org.matrix.msc3245.voice" in event.content:
            return "Voice message"
        if msgtype == "m.file" and body:
            return f"{label}: {body}"
        return label
    if msgtype == "m.emote":
        return f"* {body}"
    return body or "Message"


def is_previewable(event: RoomEvent) -> bool:
    return (
        event.kind in (EventKind.MESSAGE, EventKind.ENCRYPTED)
        and event.rel_type != "m.replace"
        and bool(event.event_id)
    )


_SUMMARY_STATE = (
    "m.room.name",
    "m.room.canonical_alias",
    "m.room.topic",
    "m.room.avatar",
    "m.room.tombstone",
)


def _summary_state(conn: sqlite3.Connection, room_id: str) -> dict[str, dict[str, Any]]:
    """The state events a summary is made from, in one query: type → content."""
    found: dict[str, dict[str, Any]] = {}
    for etype, text in conn.execute(
        "SELECT type, content FROM state WHERE room_id = ? AND state_key = ''"
        f" AND type IN ({', '.join('?' * len(_SUMMARY_STATE))})",
        (room_id, *_SUMMARY_STATE),
    ):
        value = orjson.loads(text)
        if isinstance(value, dict):
            found[etype] = value
    return found


def compute_name(
    conn: sqlite3.Connection,
    room_id: str,
    own_user: str,
    heroes: list[str],
    joined: int,
    invited: int,
    state: dict[str, dict[str, Any]],
) -> tuple[str, bool]:
    """Return ``(name, explicit)``; ``explicit`` is true for ``m.room.name`` and aliases."""
    name = clean_text(state.get("m.room.name", {}).get("name"))
    if name:
        return name, True
    alias = clean_text(state.get("m.room.canonical_alias", {}).get("alias"))
    if alias:
        return alias, True
    if not heroes:
        heroes = [
            row[0]
            for row in conn.execute(
                "SELECT user_id FROM members WHERE room_id = ? AND user_id != ?"
                " AND membership IN ('join', 'invite') ORDER BY user_id LIMIT ?",
                (room_id, own_user, MAX_HEROES),
            )
        ]
    names = [member_name(conn, room_id, h) for h in heroes if h != own_user][:MAX_HEROES]
    others = joined + invited - 1
    if not names:
        return "Empty room", False
    if others <= 0:
        return f"Empty room (was {_join_names(names)})", False
    if others > len(names):
        rest = others - len(names)
        return f"{', '.join(names)} and {rest} other{'s' if rest > 1 else ''}", False
    return _join_names(names), False


def shown_avatar(
    conn: sqlite3.Connection,
    room_id: str,
    own_user: str,
    heroes: list[str],
    state: dict[str, dict[str, Any]],
    *,
    direct_chat: bool,
) -> str:
    """The avatar the list shows: the room's own (``m.room.avatar``); for a direct chat without
    one, the other person's, as the name is theirs too. Like the name, a display value: the
    room's own avatar stays in its state."""
    own = clean_text(state.get("m.room.avatar", {}).get("url"))
    if own or not direct_chat:
        return own
    others = [h for h in heroes if h != own_user] or [
        row[0]
        for row in conn.execute(
            "SELECT user_id FROM members WHERE room_id = ? AND user_id != ?"
            " AND membership IN ('join', 'invite') LIMIT 2",
            (room_id, own_user),
        )
    ]
    if len(others) != 1:
        return ""
    row = conn.execute(
        "SELECT avatar_url FROM members WHERE room_id = ? AND user_id = ?", (room_id, others[0])
    ).fetchone()
    return clean_text(row[0]) if row else ""


def _join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def update_joined_summary(
    conn: sqlite3.Connection,
    room_id: RoomId,
    own_user: UserId,
    *,
    heroes: tuple[UserId, ...] | None,
    joined_count: int | None,
    invited_count: int | None,
    notification_count: int | None,
    highlight_count: int | None,
    last_message: RoomEvent | None,
    last_activity_ts: int,
    is_direct: bool,
    organisation: Organisation | None = None,
    last_call: RoomEvent | None = None,
) -> RoomSummary:
    """Merge what one sync said about a joined room into its stored summary; return the result.

    ``organisation`` is worked out by the caller (it needs the push rules, parsed once per sync);
    None keeps the defaults. ``last_call`` is a call event newer than ``last_message``: the
    preview becomes the call's line ("Missed voice call"), said by the caller, unless the cache
    lacks the call's invite."""
    org = organisation or Organisation()
    old = conn.execute(
        "SELECT heroes, joined_count, invited_count, notification_count, highlight_count,"
        " last_event_id, last_sender, last_body, last_ts FROM rooms WHERE room_id = ?",
        (room_id,),
    ).fetchone()
    stored_heroes: list[str] = orjson.loads(old[0]) if old else []
    hero_list: list[str] = list(heroes) if heroes is not None else stored_heroes
    if joined_count is None or invited_count is None:
        counted = dict(
            conn.execute(
                "SELECT membership, COUNT(*) FROM members WHERE room_id = ? GROUP BY membership",
                (room_id,),
            ).fetchall()
        )
        if joined_count is None:
            joined_count = old[1] if old and old[1] else counted.get("join", 0)
        if invited_count is None:
            invited_count = old[2] if old and old[2] else counted.get("invite", 0)
    if notification_count is None:
        notification_count = old[3] if old else 0
    if highlight_count is None:
        highlight_count = old[4] if old else 0
    state = _summary_state(conn, room_id)
    name, explicit = compute_name(conn, room_id, own_user, hero_list, joined_count, invited_count, state)
    topic = clean_text(state.get("m.room.topic", {}).get("topic"), 1000)
    direct_chat = is_direct or (not explicit and joined_count + invited_count <= 2)
    avatar = shown_avatar(conn, room_id, own_user, hero_list, state, direct_chat=direct_chat)
    replacement = replacement_room(room_id, state.get("m.room.tombstone", {}))
    last: tuple[str, str, str, str, int]
    call = call_preview(conn, room_id, last_call, own_user) if last_call is not None else None
    if last_call is not None and call is not None:
        last = (
            last_call.event_id,
            call[0],
            member_name(conn, room_id, call[0]),
            call[1],
            max(last_call.ts, old[8] if old else 0),
        )
    elif last_message is not None:
        last = (
            last_message.event_id,
            last_message.sender,
            member_name(conn, room_id, last_message.sender),
            preview_text(last_message),
            max(last_message.ts, old[8] if old else 0),
        )
    elif old is not None and old[5]:
        last = (old[5], old[6], member_name(conn, room_id, old[6]), old[7], max(old[8], 0))
    else:
        previous = old[8] if old else 0
        last = ("", "", "", "", max(previous, last_activity_ts))
    summary = RoomSummary(
        room_id=room_id,
        membership="join",
        name=name,
        topic=topic,
        avatar_url=avatar,
        is_direct=is_direct,
        joined_count=joined_count,
        invited_count=invited_count,
        notification_count=notification_count,
        highlight_count=highlight_count,
        last_event_id=last[0],
        last_sender=last[1],
        last_sender_name=last[2],
        last_body=last[3],
        last_ts=last[4],
        explicit_name=explicit,
        **_organisation_fields(org),
        replacement_room=replacement,
    )
    conn.execute(
        "INSERT OR REPLACE INTO rooms (room_id, membership, name, explicit_name, topic,"
        " avatar_url, is_direct, heroes, joined_count, invited_count, notification_count,"
        " highlight_count, last_event_id, last_sender, last_sender_name, last_body, last_ts,"
        f" inviter, {', '.join(ORGANISATION_COLUMNS)}, replacement_room) VALUES (?, 'join', ?, ?, ?, ?, ?,"
        f" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ''{', ?' * len(ORGANISATION_COLUMNS)}, ?)",
        (
            room_id,
            name,
            int(explicit),
            topic,
            avatar,
            int(is_direct),
            orjson.dumps(hero_list).decode(),
            joined_count,
            invited_count,
            notification_count,
            highlight_count,
            *last,
            *org.columns(),
            replacement,
        ),
    )
    return summary


def replacement_room(room_id: str, tombstone: dict[str, Any]) -> str:
    """The room that replaced ``room_id`` by its ``m.room.tombstone`` content ('' for none, and
    for a tombstone pointing at the room itself or at something that is no room id)."""
    successor = tombstone.get("replacement_room")
    if not isinstance(successor, str) or not valid_room_id(successor) or successor == room_id:
        return ""
    return successor


class _OrganisationFields(TypedDict):
    favourite: bool
    low_priority: bool
    tag_order: float
    marked_unread: bool
    is_space: bool
    children: tuple[str, ...]
    notification_level: str
    saved_messages: bool


def _organisation_fields(org: Organisation) -> _OrganisationFields:
    """The summary's keyword arguments for ``org`` (typed, so ``**`` keeps mypy's checks)."""
    return {
        "favourite": org.favourite,
        "low_priority": org.low_priority,
        "tag_order": org.tag_order,
        "marked_unread": org.marked_unread,
        "is_space": org.is_space,
        "children": org.children,
        "notification_level": org.notification_level,
        "saved_messages": org.saved_messages,
    }


_SUMMARY_COLUMNS = (
    "room_id, membership, name, topic, avatar_url, is_direct, joined_count, invited_count,"
    " notification_count, highlight_count, last_event_id, last_sender, last_sender_name,"
    " last_body, last_ts, inviter, explicit_name, " + ", ".join(ORGANISATION_COLUMNS) + ", replacement_room"
)


def _summary(row: tuple[Any, ...]) -> RoomSummary:
    return RoomSummary(
        room_id=RoomId(row[0]),
        membership=row[1],
        name=row[2],
        topic=row[3],
        avatar_url=row[4],
        is_direct=bool(row[5]),
        joined_count=row[6],
        invited_count=row[7],
        notification_count=row[8],
        highlight_count=row[9],
        last_event_id=row[10],
        last_sender=row[11],
        last_sender_name=row[12],
        last_body=row[13],
        last_ts=row[14],
        inviter=row[15],
        explicit_name=bool(row[16]),
        **_organisation_fields(from_columns(row[17:-1])),
        replacement_room=row[-1],
    )


def load_summaries(conn: sqlite3.Connection) -> list[RoomSummary]:
    """Joined rooms and invites, invites first, then by last activity (newest first)."""
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM rooms WHERE membership IN ('join', 'invite')"
        " ORDER BY membership = 'invite' DESC, last_ts DESC, room_id"
    ).fetchall()
    return [_summary(row) for row in rows]


def load_archived(conn: sqlite3.Connection) -> list[RoomSummary]:
    """Rooms the user left, or was kicked or banned from, that the cache still holds (newest
    activity first): they are out of the conversation list but can be looked at again."""
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM rooms WHERE membership IN ('leave', 'ban')"
        " ORDER BY last_ts DESC, room_id"
    ).fetchall()
    return [_summary(row) for row in rows]


FORGOTTEN_TABLES = (
    "events",
    "chunks",
    "state",
    "members",
    "receipts",
    "room_account_data",
    "drafts",
    "outbox",
    "rooms",
)
"""Every table that keeps rows per room."""


def forget_archived(conn: sqlite3.Connection, room_id: RoomId) -> bool:
    """Remove everything the cache holds about a room the user left (and told the server to
    forget). A room that is joined or invited again by now is kept. Returns whether it went."""
    with transaction(conn):
        row = conn.execute("SELECT membership FROM rooms WHERE room_id = ?", (room_id,)).fetchone()
        if row is None or row[0] not in ("leave", "ban"):
            return False
        for table in FORGOTTEN_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE room_id = ?", (room_id,))  # names from the tuple above
    return True


def load_summary(conn: sqlite3.Connection, room_id: RoomId) -> RoomSummary | None:
    row = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM rooms WHERE room_id = ?", (room_id,)).fetchone()
    return None if row is None else _summary(row)


def store_invite(
    conn: sqlite3.Connection, room_id: RoomId, own_user: UserId, state: tuple[dict[str, Any], ...]
) -> RoomSummary:
    """An invite carries only stripped state; name it from that and remember who invited us."""
    name = alias = inviter = avatar = ""
    is_direct = space = False
    ts = 0
    names: dict[str, str] = {}
    avatars: dict[str, str] = {}
    for event in state:
        etype, content = event.get("type"), event.get("content")
        if not isinstance(content, dict):
            continue
        if etype == "m.room.name":
            name = clean_text(content.get("name"))
        elif etype == "m.room.canonical_alias":
            alias = clean_text(content.get("alias"))
        elif etype == "m.room.avatar":
            avatar = clean_text(content.get("url"))
        elif etype == "m.room.create":
            space = is_space(content)
        elif etype == "m.room.member" and isinstance(event.get("state_key"), str):
            who = event["state_key"]
            names[who] = clean_text(content.get("displayname")) or who
            avatars[who] = clean_text(content.get("avatar_url"))
            if who == own_user and content.get("membership") == "invite":
                sender = event.get("sender")
                inviter = sender if isinstance(sender, str) else ""
                is_direct = content.get("is_direct") is True
                stamp = event.get("origin_server_ts")
                ts = (
                    stamp
                    if isinstance(stamp, int) and not isinstance(stamp, bool) and 0 <= stamp < 2**53
                    else 0
                )
    inviter_name = names.get(inviter, inviter)
    title = name or alias or inviter_name or "Invitation"
    if not avatar and is_direct:
        avatar = avatars.get(inviter, "")
    conn.execute(
        "INSERT OR REPLACE INTO rooms (room_id, membership, name, explicit_name, avatar_url, is_direct,"
        " last_ts, inviter, last_sender, last_sender_name, is_space)"
        " VALUES (?, 'invite', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            room_id,
            title,
            int(bool(name or alias)),
            avatar,
            int(is_direct),
            ts,
            inviter,
            inviter,
            inviter_name,
            int(space),
        ),
    )
    summary = load_summary(conn, room_id)
    assert summary is not None
    return summary
