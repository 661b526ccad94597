"""Small builders for recorded-sync shaped dicts used by unit tests."""

from __future__ import annotations

import itertools
from typing import Any

_ids = itertools.count(1)
ME = "@me:hs"


def event_id() -> str:
    return f"$ev{next(_ids)}"


def message(body: str, sender: str = "@bob:hs", ts: int = 1000, **extra: Any) -> dict[str, Any]:
    event = {
        "type": "m.room.message",
        "event_id": extra.pop("event_id", None) or event_id(),
        "sender": sender,
        "origin_server_ts": ts,
        "content": {"msgtype": "m.text", "body": body, **extra.pop("content", {})},
    }
    event.update(extra)
    return event


def state(
    etype: str, content: dict[str, Any], state_key: str = "", sender: str = "@bob:hs", ts: int = 1
) -> dict[str, Any]:
    return {
        "type": etype,
        "event_id": event_id(),
        "sender": sender,
        "origin_server_ts": ts,
        "state_key": state_key,
        "content": content,
    }


def member(user: str, name: str | None = None, membership: str = "join", ts: int = 1) -> dict[str, Any]:
    content: dict[str, Any] = {"membership": membership}
    if name is not None:
        content["displayname"] = name
    return state("m.room.member", content, state_key=user, sender=user, ts=ts)


def joined(
    timeline: list[Any] | None = None,
    state_events: list[Any] | None = None,
    *,
    limited: bool = False,
    prev_batch: str | None = "p0",
    heroes: list[str] | None = None,
    joined_count: int | None = None,
    invited_count: int | None = None,
    unread: int | None = None,
) -> dict[str, Any]:
    room: dict[str, Any] = {
        "timeline": {"events": timeline or [], "limited": limited},
        "state": {"events": state_events or []},
    }
    if prev_batch is not None:
        room["timeline"]["prev_batch"] = prev_batch
    summary: dict[str, Any] = {}
    if heroes is not None:
        summary["m.heroes"] = heroes
    if joined_count is not None:
        summary["m.joined_member_count"] = joined_count
    if invited_count is not None:
        summary["m.invited_member_count"] = invited_count
    if summary:
        room["summary"] = summary
    if unread is not None:
        room["unread_notifications"] = {"notification_count": unread, "highlight_count": 0}
    return room


def sync(next_batch: str, join: dict[str, Any] | None = None, **rooms: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"next_batch": next_batch, "rooms": {"join": join or {}}}
    for key, value in rooms.items():
        if key == "account_data":
            body["account_data"] = {"events": value}
        else:
            body["rooms"][key] = value
    return body
