"""The user's conversation folders: account data ``im.messenger-desktop.folders``, shared by devices.

The content is ``{"folders": [{"id", "name", "rooms": [room ids], "include": [...],
"exclude_muted": bool}]}``. A folder holds the rooms put in it by hand, plus whole categories
(``include``): "people" (direct chats), "groups" (the other conversations), "unread" and
"favourites"; ``exclude_muted`` leaves muted rooms out. Which rooms that adds up to is the UI's
business: this module only reads and writes the data.

Account data is written by any client of the account, so it is untrusted: :func:`parse_folders`
never raises and drops what it cannot use item by item (a folder without a string id, a room that
is not a room id, an unknown category), keeping the rest. Sizes are capped so a hostile or broken
writer cannot make the UI hold millions of rows. This module imports nothing else of the store, so
the rows module can name :class:`Folder`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

FOLDERS_TYPE = "im.messenger-desktop.folders"

INCLUDES = ("people", "groups", "unread", "favourites")
"""The categories a folder can include whole."""

MAX_FOLDERS = 50
MAX_ROOMS = 10_000
"""Rooms per folder."""
MAX_NAME = 64
MAX_ID = 255


@dataclass(frozen=True, slots=True)
class Folder:
    id: str
    """Stable across renames; chosen by the client that made the folder."""
    name: str
    rooms: tuple[str, ...] = ()
    """Room ids put in by hand, in the user's order."""
    include: tuple[str, ...] = ()
    """Whole categories (see :data:`INCLUDES`)."""
    exclude_muted: bool = False


def parse_folders(content: object) -> tuple[Folder, ...]:
    """The folders of the account data ``content``; never raises (see the module notes).

    A folder needs a non-empty string ``id`` (the first of a repeated id wins) and a string
    ``name`` (one line, cut to :data:`MAX_NAME` characters). Rooms that are not room ids, unknown
    categories and repeats are dropped; a malformed list counts as empty. At most
    :data:`MAX_FOLDERS` folders of at most :data:`MAX_ROOMS` rooms each are kept.
    """
    raw = content.get("folders") if isinstance(content, dict) else None
    if not isinstance(raw, list):
        return ()
    folders: list[Folder] = []
    seen: set[str] = set()
    for item in raw:
        folder = _folder(item)
        if folder is None or folder.id in seen:
            continue
        seen.add(folder.id)
        folders.append(folder)
        if len(folders) >= MAX_FOLDERS:
            break
    return tuple(folders)


def _folder(item: object) -> Folder | None:
    if not isinstance(item, dict):
        return None
    folder_id, name = item.get("id"), item.get("name")
    if not isinstance(folder_id, str) or not folder_id or len(folder_id) > MAX_ID:
        return None
    if not isinstance(name, str):
        return None
    include = item.get("include")
    categories = (i for i in include if i in INCLUDES) if isinstance(include, list) else ()
    return Folder(
        id=folder_id,
        name=" ".join(name.split())[:MAX_NAME],
        rooms=_rooms(item.get("rooms")),
        include=tuple(dict.fromkeys(categories)),
        exclude_muted=item.get("exclude_muted") is True,
    )


def _rooms(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    rooms: dict[str, None] = {}
    for room_id in value:
        if isinstance(room_id, str) and room_id.startswith("!") and 1 < len(room_id) <= 255:
            rooms[room_id] = None
            if len(rooms) >= MAX_ROOMS:
                break
    return tuple(rooms)


def folders_content(folders: Iterable[Folder]) -> dict[str, Any]:
    """The account data content for ``folders`` (the inverse of :func:`parse_folders`)."""
    return {
        "folders": [
            {
                "id": f.id,
                "name": f.name,
                "rooms": list(f.rooms),
                "include": list(f.include),
                "exclude_muted": f.exclude_muted,
            }
            for f in folders
        ]
    }


def load_folders(conn: sqlite3.Connection) -> tuple[Folder, ...]:
    """The folders as last synced (none when the account has none)."""
    row = conn.execute("SELECT content FROM account_data WHERE type = ?", (FOLDERS_TYPE,)).fetchone()
    return parse_folders(orjson.loads(row[0])) if row is not None else ()
