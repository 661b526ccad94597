"""Presence of other users ("online", "unavailable", "offline"), from sync's ``presence`` section.

Kept in the cache: an incremental sync only brings the changes, so after a restart the last known
states are all the client has until someone's presence changes again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from ..api.events import is_user_id
from ..api.ids import UserId
from .summaries import clean_text

STATES = frozenset({"online", "unavailable", "offline"})


def parse_presence(events: Iterable[dict[str, Any]], now_ms: int) -> dict[UserId, tuple[str, str, int]]:
    """user → (state, status message, last active ts) for the well-formed ``m.presence`` events."""
    found: dict[UserId, tuple[str, str, int]] = {}
    for event in events:
        if not isinstance(event, dict) or event.get("type") != "m.presence":
            continue
        sender, content = event.get("sender"), event.get("content")
        if not isinstance(sender, str) or not is_user_id(sender) or not isinstance(content, dict):
            continue
        state = content.get("presence")
        if not isinstance(state, str) or state not in STATES:  # a list would not even hash
            continue
        ago = content.get("last_active_ago")
        active = (
            max(now_ms - ago, 0)
            if isinstance(ago, int) and not isinstance(ago, bool) and 0 <= ago < 2**53
            else 0
        )
        found[UserId(sender)] = (state, clean_text(content.get("status_msg"), 1000), active)
    return found


def store_presence(
    conn: sqlite3.Connection, events: Iterable[dict[str, Any]], now_ms: int
) -> dict[UserId, str]:
    """Store the presence events of a sync; return user → state for those that came in."""
    found = parse_presence(events, now_ms)
    if found:
        conn.executemany(
            "INSERT OR REPLACE INTO presence (user_id, presence, status_msg, last_active_ts)"
            " VALUES (?, ?, ?, ?)",
            [(user, *values) for user, values in found.items()],
        )
    return {user: values[0] for user, values in found.items()}


def load_presence(conn: sqlite3.Connection) -> dict[UserId, str]:
    """user → the last presence state the server told us."""
    return {UserId(user): state for user, state in conn.execute("SELECT user_id, presence FROM presence")}


def load_status(conn: sqlite3.Connection, user_id: UserId) -> tuple[str, str, int] | None:
    """(state, status message, last active ts in ms, 0 if unknown) of one user."""
    row = conn.execute(
        "SELECT presence, status_msg, last_active_ts FROM presence WHERE user_id = ?", (user_id,)
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])
