"""How the user organises a room, as its summary carries it: tags, marked unread, spaces, the
notification level and the saved-messages room.

Each comes from data the cache already holds (room account data, room state, account data), so
the values are worked out again whenever their source is written, and stored in the room's row
with the rest of its summary: the room list reads plain columns and never parses JSON per row.

Everything here reads untrusted JSON and never raises on it: a malformed source counts as absent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import orjson

from ..api.ids import RoomId, UserId
from ..push import PushRules, notification_level, parse_push_rules

FAVOURITE = "m.favourite"
LOW_PRIORITY = "m.lowpriority"
MARKED_UNREAD = "m.marked_unread"
MARKED_UNREAD_UNSTABLE = "com.famedly.marked_unread"
"""MSC2867's prefix, still written by some clients; the stable type wins when both exist."""
SAVED_MESSAGES_TYPE = "im.messenger-desktop.saved_messages"
"""Account data ``{"room_id": "!..."}``: the user's note-to-self room."""

MAX_CHILDREN = 10_000
"""Children kept per space (a hostile space could list any number)."""

_ROOM_DATA = ("m.tag", MARKED_UNREAD, MARKED_UNREAD_UNSTABLE)


@dataclass(frozen=True, slots=True)
class Organisation:
    """The organising fields of one :class:`~messenger_desktop.store.rows.RoomSummary`."""

    favourite: bool = False
    low_priority: bool = False
    tag_order: float = 1.0
    marked_unread: bool = False
    is_space: bool = False
    children: tuple[str, ...] = ()
    notification_level: str = "all"
    saved_messages: bool = False

    def columns(self) -> tuple[object, ...]:
        """The values of :data:`COLUMNS`, in that order."""
        return (
            int(self.favourite),
            int(self.low_priority),
            self.tag_order,
            int(self.marked_unread),
            int(self.is_space),
            orjson.dumps(list(self.children)).decode(),
            self.notification_level,
            int(self.saved_messages),
        )


COLUMNS = (
    "favourite",
    "low_priority",
    "tag_order",
    "marked_unread",
    "is_space",
    "children",
    "notification_level",
    "saved_messages",
)
"""The rooms table's columns for :class:`Organisation`."""


def from_columns(values: Iterable[object]) -> Organisation:
    """The inverse of :meth:`Organisation.columns` (for rows read back from the table)."""
    fav, low, order, unread, space, children, level, saved = values
    kids = orjson.loads(children) if isinstance(children, str) else []
    return Organisation(
        favourite=bool(fav),
        low_priority=bool(low),
        tag_order=float(order) if isinstance(order, int | float) else 1.0,
        marked_unread=bool(unread),
        is_space=bool(space),
        children=tuple(k for k in kids if isinstance(k, str)) if isinstance(kids, list) else (),
        notification_level=level if isinstance(level, str) else "all",
        saved_messages=bool(saved),
    )


# -- the pure parts ---------------------------------------------------------------------------------


def tags(content: object) -> tuple[bool, bool, float]:
    """``(favourite, low_priority, order)`` from ``m.tag`` content. A room with both tags (set by
    another client) counts as a favourite only. ``order`` is the favourite tag's, else the
    low-priority tag's, when it is a number from 0 to 1; otherwise 1.0 (sorted last, as the spec
    puts rooms without an order after those with one)."""
    found = content.get("tags") if isinstance(content, dict) else None
    if not isinstance(found, dict):
        return False, False, 1.0
    favourite = FAVOURITE in found
    low = LOW_PRIORITY in found and not favourite
    tag = found.get(FAVOURITE if favourite else LOW_PRIORITY)
    order = tag.get("order") if isinstance(tag, dict) else None
    if isinstance(order, int | float) and not isinstance(order, bool) and 0 <= order <= 1:
        return favourite, low, float(order)  # NaN fails the range test
    return favourite, low, 1.0


def marked_unread(stable: object, unstable: object) -> bool:
    """Whether ``m.marked_unread`` (else the unstable type) says ``unread: true``."""
    source = stable if stable is not None else unstable
    return isinstance(source, dict) and source.get("unread") is True


def is_space(create: object) -> bool:
    """Whether ``m.room.create`` content makes the room a space."""
    return isinstance(create, dict) and create.get("type") == "m.space"


def valid_room_id(room_id: str) -> bool:
    return room_id.startswith("!") and 1 < len(room_id) <= 255


def valid_order(order: object) -> bool:
    """The spec's ``order`` of ``m.space.child``: at most 50 printable ASCII characters."""
    return isinstance(order, str) and len(order) <= 50 and all("\x20" <= c <= "\x7e" for c in order)


def ordered_children(entries: Iterable[tuple[str, object, int]]) -> tuple[str, ...]:
    """The child room ids of ``(state key, m.space.child content, origin_server_ts)`` entries, in
    the spec's order: those with a valid ``order`` by order, then the rest; ties by the event's
    timestamp, then the room id. A child without a non-empty ``via`` list is no child (that is how
    one is removed)."""
    with_order: list[tuple[str, int, str]] = []
    without: list[tuple[int, str]] = []
    for room_id, content, ts in entries:
        if not valid_room_id(room_id) or not isinstance(content, dict):
            continue
        via = content.get("via")
        if not isinstance(via, list) or not any(isinstance(v, str) and v for v in via):
            continue
        order = content.get("order")
        if valid_order(order):
            with_order.append((str(order), ts, room_id))
        else:
            without.append((ts, room_id))
    with_order.sort()
    without.sort()
    return tuple([r for _, _, r in with_order] + [r for _, r in without])[:MAX_CHILDREN]


# -- reading the cache ------------------------------------------------------------------------------

_parsed: tuple[str, str | None, PushRules] | None = None
"""The last rule set parsed, with the user and the stored text it came from: the rules change
rarely, and every sync with joined rooms needs them (levels, notifications)."""


def load_push_rules(conn: sqlite3.Connection, own_user: UserId) -> PushRules:
    """The user's rule set from the cached ``m.push_rules`` account data (the spec's defaults when
    there is none)."""
    global _parsed
    row = conn.execute("SELECT content FROM account_data WHERE type = 'm.push_rules'").fetchone()
    text: str | None = row[0] if row is not None else None
    cached = _parsed  # one read: another session's writer thread may replace it meanwhile
    if cached is not None and cached[0] == own_user and cached[1] == text:
        return cached[2]
    rules = parse_push_rules(orjson.loads(text) if text is not None else None, own_user)
    _parsed = (own_user, text, rules)
    return rules


def saved_messages_room(conn: sqlite3.Connection) -> RoomId | None:
    """The room the account data names as the saved-messages room (joined or not)."""
    row = conn.execute("SELECT content FROM account_data WHERE type = ?", (SAVED_MESSAGES_TYPE,)).fetchone()
    content = orjson.loads(row[0]) if row is not None else None
    room_id = content.get("room_id") if isinstance(content, dict) else None
    return RoomId(room_id) if isinstance(room_id, str) and valid_room_id(room_id) else None


def room_account_data(conn: sqlite3.Connection, room_id: RoomId, event_type: str) -> object:
    """The content of one room account data event as last synced (None when there is none)."""
    row = conn.execute(
        "SELECT content FROM room_account_data WHERE room_id = ? AND type = ?", (room_id, event_type)
    ).fetchone()
    return orjson.loads(row[0]) if row is not None else None


def organisation(
    conn: sqlite3.Connection, room_id: str, rules: PushRules, saved_room: str | None
) -> Organisation:
    """Work out a room's organising fields from the cache (two small queries)."""
    data: dict[str, object] = {}
    for etype, text in conn.execute(
        "SELECT type, content FROM room_account_data WHERE room_id = ? AND type IN (?, ?, ?)",
        (room_id, *_ROOM_DATA),
    ):
        data[etype] = orjson.loads(text)
    create: object = None
    children: list[tuple[str, object, int]] = []
    for etype, key, text, ts in conn.execute(
        "SELECT type, state_key, content, ts FROM state WHERE room_id = ?"
        " AND ((type = 'm.room.create' AND state_key = '') OR type = 'm.space.child')",
        (room_id,),
    ):
        if etype == "m.room.create":
            create = orjson.loads(text)
        else:
            children.append((key, orjson.loads(text), ts))
    favourite, low, order = tags(data.get("m.tag"))
    space = is_space(create)
    return Organisation(
        favourite=favourite,
        low_priority=low,
        tag_order=order,
        marked_unread=marked_unread(data.get(MARKED_UNREAD), data.get(MARKED_UNREAD_UNSTABLE)),
        is_space=space,
        children=ordered_children(children) if space else (),
        notification_level=notification_level(rules, room_id),
        saved_messages=room_id == saved_room,
    )


# -- keeping the stored values right ----------------------------------------------------------------


def refresh_levels(conn: sqlite3.Connection, rules: PushRules) -> list[RoomId]:
    """The push rules changed: store every joined room's level again; return the rooms whose level
    changed. (Invites and left rooms keep "all": their rows are rewritten without the rules.)"""
    changed = [
        (level, room_id)
        for room_id, stored in conn.execute(
            "SELECT room_id, notification_level FROM rooms WHERE membership = 'join'"
        )
        if (level := notification_level(rules, room_id)) != stored
    ]
    conn.executemany("UPDATE rooms SET notification_level = ? WHERE room_id = ?", changed)
    return [RoomId(room_id) for _, room_id in changed]


def refresh_saved(conn: sqlite3.Connection, saved_room: str | None) -> list[RoomId]:
    """The saved-messages account data changed: flag the room it names (only); return the rooms
    whose flag changed (the old room and the new one)."""
    changed = [
        RoomId(room_id)
        for (room_id,) in conn.execute(
            "SELECT room_id FROM rooms WHERE saved_messages != (room_id IS ?)", (saved_room,)
        )
    ]
    conn.executemany(
        "UPDATE rooms SET saved_messages = ? WHERE room_id = ?", [(int(r == saved_room), r) for r in changed]
    )
    return changed


REFRESH_MARK = "refresh_organisation"
"""Meta key set by the migration that added the columns: work out every room's values once."""


def refresh_all(conn: sqlite3.Connection) -> int:
    """Work out every room's organising fields again (after the migration that added them, whose
    SQL cannot evaluate push rules). Runs in the caller's transaction; returns the rooms done.
    Invites are left alone: their stripped state is not kept, so there is nothing to work from."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'user_id'").fetchone()
    rules = load_push_rules(conn, UserId(row[0] if row else ""))
    saved = saved_messages_room(conn)
    rooms = [r for (r,) in conn.execute("SELECT room_id FROM rooms WHERE membership != 'invite'")]
    assignments = ", ".join(f"{c} = ?" for c in COLUMNS)
    conn.executemany(
        f"UPDATE rooms SET {assignments} WHERE room_id = ?",
        [(*organisation(conn, r, rules, saved).columns(), r) for r in rooms],
    )
    return len(rooms)
