"""Organising conversations: favourites and low priority, marked unread, folders, the
saved-messages room, marking everything read, and the rooms the user has left.

Every change is written to the server only (room tags, room and account data); the cache and the
summaries follow when sync brings the change back, on this device and every other one, so there is
one path for an update whichever device made it. Errors are the api layer's typed errors.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import RoomId, UserId
from ..store.database import Database
from ..store.folders import FOLDERS_TYPE, Folder, folders_content, load_folders, parse_folders
from ..store.organise import (
    FAVOURITE,
    LOW_PRIORITY,
    MARKED_UNREAD,
    MARKED_UNREAD_UNSTABLE,
    SAVED_MESSAGES_TYPE,
    room_account_data,
    saved_messages_room,
    valid_room_id,
)
from ..store.read_markers import latest_event
from ..store.rows import RoomSummary
from ..store.summaries import forget_archived, load_archived, load_summaries, load_summary

log = logging.getLogger(__name__)

SAVED_MESSAGES_NAME = "Saved messages"

MARK_ALL_READ_CONCURRENCY = 4
"""Rooms marked read at the same time: enough to be quick, few enough not to be rate limited."""


def _not_found(exc: MatrixError) -> bool:
    return exc.status == 404 or exc.errcode == "M_NOT_FOUND"


# -- tags -------------------------------------------------------------------------------------------


async def set_favourite(api: MatrixApi, user_id: UserId, room_id: RoomId, on: bool) -> None:
    await set_tag(api, user_id, room_id, FAVOURITE, on)


async def set_low_priority(api: MatrixApi, user_id: UserId, room_id: RoomId, on: bool) -> None:
    await set_tag(api, user_id, room_id, LOW_PRIORITY, on)


async def set_tag(api: MatrixApi, user_id: UserId, room_id: RoomId, tag: str, on: bool) -> None:
    """Favourite and low priority exclude each other (as in Element): setting one removes the
    other. The new tag is put first, so the room never shows in neither group on the way."""
    if on:
        await api.set_room_tag(user_id, room_id, tag)
        other = LOW_PRIORITY if tag == FAVOURITE else FAVOURITE
        await _delete_tag(api, user_id, room_id, other)
    else:
        await _delete_tag(api, user_id, room_id, tag)


async def _delete_tag(api: MatrixApi, user_id: UserId, room_id: RoomId, tag: str) -> None:
    try:
        await api.delete_room_tag(user_id, room_id, tag)
    except MatrixError as exc:
        if not _not_found(exc):
            raise


# -- marked unread ----------------------------------------------------------------------------------


async def set_marked_unread(api: MatrixApi, user_id: UserId, room_id: RoomId, on: bool) -> None:
    await api.set_room_account_data(user_id, room_id, MARKED_UNREAD, {"unread": on})


async def clear_marked_unread(api: MatrixApi, db: Database, user_id: UserId, room_id: RoomId) -> bool:
    """The user read the room: take its "marked unread" away if it has one (and the unstable flag
    too, which older clients still read). Returns whether anything was written."""
    summary = await db.run(load_summary, room_id)
    if summary is None or not summary.marked_unread:
        return False
    await set_marked_unread(api, user_id, room_id, False)
    unstable = await db.run(room_account_data, room_id, MARKED_UNREAD_UNSTABLE)
    if isinstance(unstable, dict) and unstable.get("unread") is True:
        await api.set_room_account_data(user_id, room_id, MARKED_UNREAD_UNSTABLE, {"unread": False})
    return True


async def mark_all_read(api: MatrixApi, db: Database, user_id: UserId, read_type: str = "m.read") -> int:
    """Every joined room with unread notifications or marked unread: read markers (fully read and
    a read receipt) on its newest cached event, and the mark taken away. At most
    :data:`MARK_ALL_READ_CONCURRENCY` rooms at a time. Every room is tried; the first failure is
    raised afterwards. Returns how many rooms there were. ``read_type``: the receipt's type
    ("m.read.private" keeps it to the user's own devices)."""
    rooms = [
        s
        for s in await db.run(load_summaries)
        if s.membership == "join" and (s.notification_count or s.highlight_count or s.marked_unread)
    ]
    gate = asyncio.Semaphore(MARK_ALL_READ_CONCURRENCY)

    async def one(summary: RoomSummary) -> None:
        async with gate:
            event = await db.run(latest_event, summary.room_id)
            if event is not None:
                await api.read_markers(summary.room_id, fully_read=event, read=event, read_type=read_type)
            if summary.marked_unread:
                await clear_marked_unread(api, db, user_id, summary.room_id)

    results = await asyncio.gather(*(one(s) for s in rooms), return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    for failure in failures:
        log.info("marking a room read failed: %s", failure)
    if failures:
        raise failures[0]
    return len(rooms)


# -- folders ----------------------------------------------------------------------------------------


async def folders(db: Database) -> tuple[Folder, ...]:
    return await db.run(load_folders)


async def set_folders(api: MatrixApi, user_id: UserId, wanted: Iterable[Folder]) -> None:
    """Write the folders (validated the way they are read: what is written reads back the same)."""
    content = folders_content(parse_folders(folders_content(wanted)))
    await api.set_account_data(user_id, FOLDERS_TYPE, content)


# -- saved messages ---------------------------------------------------------------------------------


async def saved_messages(api: MatrixApi, db: Database, user_id: UserId, lock: asyncio.Lock) -> RoomId:
    """The user's note-to-self room: the one the account data names, if the user is in it; else a
    new private room with nobody else, recorded in the account data for every device. ``lock``
    (one per session) keeps two calls from creating two rooms."""
    async with lock:
        room_id = await db.run(saved_messages_room)
        if room_id is None:  # perhaps another device made it and this one has not synced it yet
            content = await api.account_data(user_id, SAVED_MESSAGES_TYPE)
            named = content.get("room_id") if content else None
            room_id = RoomId(named) if isinstance(named, str) and valid_room_id(named) else None
        if room_id is not None and await _is_joined(api, db, user_id, room_id):
            return room_id
        room_id = await api.create_room(
            name=SAVED_MESSAGES_NAME,
            preset="private_chat",
            extra={"creation_content": {"m.federate": False}},
        )
        await api.set_account_data(user_id, SAVED_MESSAGES_TYPE, {"room_id": room_id})
        return room_id


async def _is_joined(api: MatrixApi, db: Database, user_id: UserId, room_id: RoomId) -> bool:
    summary = await db.run(load_summary, room_id)
    if summary is not None:
        return summary.membership == "join"
    try:  # not cached yet: ask the server
        member = await api.state_event(room_id, "m.room.member", user_id)
    except MatrixError as exc:
        if exc.status in (403, 404) or exc.errcode in ("M_FORBIDDEN", "M_NOT_FOUND"):
            return False
        raise
    return member.get("membership") == "join"


# -- archive ----------------------------------------------------------------------------------------


async def archived_rooms(db: Database) -> list[RoomSummary]:
    return await db.run(load_archived)


async def forget_room(api: MatrixApi, db: Database, room_id: RoomId) -> bool:
    """Tell the server to forget a room the user left, then drop its cached history (only
    after the server agreed: a refusal leaves the archive as it was). Returns whether the cache
    held it."""
    await api.forget(room_id)
    return await db.run(forget_archived, room_id)
