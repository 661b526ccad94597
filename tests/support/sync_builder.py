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
    ephemeral: list[Any] | None = None,
    account_data: list[Any] | None = None,
) -> dict[str, Any]:
    room: dict[str, Any] = {
        "timeline": {"events": timeline or [], "limited": limited},
        "state": {"events": state_events or []},
    }
    if ephemeral is not None:
        room["ephemeral"] = {"events": ephemeral}
    if account_data is not None:
        room["account_data"] = {"events": account_data}
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
        if key in ("account_data", "presence"):
            body[key] = {"events": value}
        else:
            body["rooms"][key] = value
    return body


def edit(
    target: dict[str, Any], body: str, sender: str | None = None, ts: int = 2000, **extra: Any
) -> dict[str, Any]:
    """An ``m.replace`` of ``target`` (by its sender unless ``sender`` says otherwise)."""
    return message(
        f"* {body}",
        sender=sender or target["sender"],
        ts=ts,
        content={
            "m.new_content": {"msgtype": "m.text", "body": body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": target["event_id"]},
        },
        **extra,
    )


def reaction(
    target: dict[str, Any] | str, key: str, sender: str = "@bob:hs", ts: int = 2000, **extra: Any
) -> dict[str, Any]:
    target_id = target if isinstance(target, str) else target["event_id"]
    return {
        "type": "m.reaction",
        "event_id": extra.pop("event_id", None) or event_id(),
        "sender": sender,
        "origin_server_ts": ts,
        "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": target_id, "key": key}},
        **extra,
    }


def redaction(target: dict[str, Any] | str, sender: str = "@bob:hs", ts: int = 3000) -> dict[str, Any]:
    target_id = target if isinstance(target, str) else target["event_id"]
    return {
        "type": "m.room.redaction",
        "event_id": event_id(),
        "sender": sender,
        "origin_server_ts": ts,
        "redacts": target_id,
        "content": {"redacts": target_id},
    }


def reply(target: dict[str, Any] | str, body: str, sender: str = "@bob:hs", ts: int = 2000) -> dict[str, Any]:
    target_id = target if isinstance(target, str) else target["event_id"]
    return message(
        body, sender=sender, ts=ts, content={"m.relates_to": {"m.in_reply_to": {"event_id": target_id}}}
    )


def thread_reply(
    root: dict[str, Any] | str,
    body: str,
    sender: str = "@bob:hs",
    ts: int = 2000,
    *,
    in_reply_to: str | None = None,
    falling_back: bool = True,
) -> dict[str, Any]:
    """A message in the thread of ``root``; ``in_reply_to`` adds the reply part (a fallback unless
    ``falling_back`` is false)."""
    root_id = root if isinstance(root, str) else root["event_id"]
    relates: dict[str, Any] = {"rel_type": "m.thread", "event_id": root_id}
    if in_reply_to is not None:
        relates["m.in_reply_to"] = {"event_id": in_reply_to}
        relates["is_falling_back"] = falling_back
    return message(body, sender=sender, ts=ts, content={"m.relates_to": relates})


def receipts(
    *entries: tuple[str, str, int], thread_id: str | None = None, kind: str = "m.read"
) -> dict[str, Any]:
    """An ``m.receipt`` ephemeral event from ``(event id, user, ts)`` entries."""
    content: dict[str, Any] = {}
    for target, user, ts in entries:
        info: dict[str, Any] = {"ts": ts}
        if thread_id is not None:
            info["thread_id"] = thread_id
        content.setdefault(target, {}).setdefault(kind, {})[user] = info
    return {"type": "m.receipt", "content": content}


def typing(*users: str) -> dict[str, Any]:
    return {"type": "m.typing", "content": {"user_ids": list(users)}}


def presence(user: str, state: str, **content: Any) -> dict[str, Any]:
    return {"type": "m.presence", "sender": user, "content": {"presence": state, **content}}
