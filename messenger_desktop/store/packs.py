"""Image packs (MSC2545): the stickers and custom emoji a user can send, as last synced.

Three places hold packs:

- the user's own pack, account data ``im.ponies.user_emotes``;
- a room's packs, state events ``im.ponies.room_emotes`` (the state key names the pack), usable in
  that room by everyone in it;
- packs of other rooms the user enabled everywhere, listed in account data ``im.ponies.emote_rooms``
  as ``{"rooms": {room_id: {state_key: {}}}}``.

The content is ``{"pack": {"display_name", "avatar_url", "usage", "attribution"}, "images":
{shortcode: {"url", "body", "info", "usage"}}}``. An image without ``usage`` takes its pack's; a
pack without one is for both stickers and emoticons.

Packs are written by anyone with the right to (another client of the account, any room member with
the power level), so they are untrusted: :func:`parse_pack` never raises and drops what it cannot
use image by image (a shortcode with ``:`` or spaces, a URL that is not a valid ``mxc://``), keeping
the rest; sizes are capped so a hostile pack cannot make the picker hold millions of cells.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..api.mxc import parse_mxc

USER_PACK_TYPE = "im.ponies.user_emotes"
ROOM_PACK_TYPE = "im.ponies.room_emotes"
ENABLED_PACKS_TYPE = "im.ponies.emote_rooms"
PACK_TYPES = frozenset({USER_PACK_TYPE, ROOM_PACK_TYPE, ENABLED_PACKS_TYPE})
"""An event of one of these types may change what the picker shows."""

STICKER = "sticker"
EMOTICON = "emoticon"
USAGES = frozenset({STICKER, EMOTICON})

MAX_IMAGES = 1000
"""Images kept per pack."""
MAX_PACKS = 100
"""Packs offered at once (the user's, the room's and the enabled ones together)."""
MAX_SHORTCODE = 100
MAX_NAME = 100
MAX_BODY = 300
MAX_INFO_SIDE = 100_000


@dataclass(frozen=True, slots=True)
class PackKey:
    """Where a pack lives: ``room_id`` "" is the user's own pack (account data)."""

    room_id: str = ""
    state_key: str = ""

    @property
    def is_user_pack(self) -> bool:
        return not self.room_id


@dataclass(frozen=True, slots=True)
class PackImage:
    shortcode: str
    """Without colons: ``wave`` is typed ``:wave:``."""
    url: str
    """A valid ``mxc://`` URI."""
    body: str
    """What a sticker says as text (its description); the shortcode when the pack gives none."""
    info: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    """Only ``w``, ``h`` (sane positive integers), ``mimetype`` and ``size``."""
    usage: frozenset[str] = USAGES

    @property
    def is_sticker(self) -> bool:
        return STICKER in self.usage

    @property
    def is_emoticon(self) -> bool:
        return EMOTICON in self.usage


@dataclass(frozen=True, slots=True)
class ImagePack:
    key: PackKey
    name: str
    avatar_url: str = ""
    images: tuple[PackImage, ...] = ()
    attribution: str = ""

    def stickers(self) -> tuple[PackImage, ...]:
        return tuple(i for i in self.images if i.is_sticker)

    def emoticons(self) -> tuple[PackImage, ...]:
        return tuple(i for i in self.images if i.is_emoticon)


def valid_shortcode(shortcode: object) -> bool:
    """A shortcode can be typed between colons: no colon, no whitespace, no control characters."""
    return (
        isinstance(shortcode, str)
        and 0 < len(shortcode) <= MAX_SHORTCODE
        and ":" not in shortcode
        and shortcode.isprintable()
        and not any(c.isspace() for c in shortcode)
    )


def parse_pack(content: object, key: PackKey, fallback_name: str = "") -> ImagePack:
    """The pack in ``content``; never raises (see the module notes). Images keep the order the
    JSON object gives them (the order their author wrote)."""
    content = content if isinstance(content, dict) else {}
    meta = content.get("pack")
    meta = meta if isinstance(meta, dict) else {}
    pack_usage = _usage(meta.get("usage")) or USAGES
    images: list[PackImage] = []
    raw_images = content.get("images")
    if isinstance(raw_images, dict):
        for shortcode, raw in raw_images.items():
            image = _image(shortcode, raw, pack_usage)
            if image is not None:
                images.append(image)
                if len(images) >= MAX_IMAGES:
                    break
    avatar = parse_mxc(meta.get("avatar_url"))
    return ImagePack(
        key=key,
        name=_line(meta.get("display_name"), MAX_NAME) or fallback_name,
        avatar_url=str(avatar) if avatar is not None else "",
        images=tuple(images),
        attribution=_line(meta.get("attribution"), MAX_BODY),
    )


def _image(shortcode: object, raw: object, pack_usage: frozenset[str]) -> PackImage | None:
    if not valid_shortcode(shortcode) or not isinstance(raw, dict):
        return None
    assert isinstance(shortcode, str)
    url = parse_mxc(raw.get("url"))
    if url is None:
        return None
    return PackImage(
        shortcode=shortcode,
        url=str(url),
        body=_line(raw.get("body"), MAX_BODY) or shortcode,
        info=clean_image_info(raw.get("info")),
        usage=_usage(raw.get("usage")) or pack_usage,
    )


def _usage(value: object) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(u for u in value if isinstance(u, str) and u in USAGES)


def clean_image_info(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    info: dict[str, Any] = {}
    for side in ("w", "h"):
        number = value.get(side)
        if isinstance(number, int) and not isinstance(number, bool) and 0 < number <= MAX_INFO_SIDE:
            info[side] = number
    size = value.get("size")
    if isinstance(size, int) and not isinstance(size, bool) and 0 < size < 1 << 40:
        info["size"] = size
    mime = value.get("mimetype")
    if isinstance(mime, str) and 0 < len(mime) < 100 and mime.startswith("image/"):
        info["mimetype"] = mime
    return info


def _line(value: object, limit: int) -> str:
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""


# -- reading what was synced ---------------------------------------------------------------------


def load_packs(conn: sqlite3.Connection, room_id: str = "") -> tuple[ImagePack, ...]:
    """The packs usable in ``room_id`` (or anywhere, for ""): the user's own first, then the
    room's, then the enabled packs of other rooms. Empty packs are left out, except the room's own
    (a pack just made there, waiting for its first pictures)."""
    packs: list[ImagePack] = []
    own = _account_data(conn, USER_PACK_TYPE)
    if own is not None:
        packs.append(parse_pack(own, PackKey()))
    seen: set[PackKey] = set()
    wanted = [(room_id, key) for key in room_pack_keys(conn, room_id)] if room_id else []
    wanted += list(enabled_packs(conn))
    for pack_room, state_key in wanted:
        key = PackKey(pack_room, state_key)
        if key in seen or len(seen) >= MAX_PACKS:
            continue
        seen.add(key)
        row = conn.execute(
            "SELECT content FROM state WHERE room_id = ? AND type = ? AND state_key = ?",
            (pack_room, ROOM_PACK_TYPE, state_key),
        ).fetchone()
        if row is not None:
            packs.append(parse_pack(orjson.loads(row[0]), key, _room_name(conn, pack_room)))
    return tuple(p for p in packs if p.images or p.key.room_id == room_id)


def load_pack_content(conn: sqlite3.Connection, key: PackKey) -> dict[str, Any]:
    """The raw content of one pack as synced ({} when there is none): what an edit starts from,
    so fields this app does not know (another client's) survive it."""
    if key.is_user_pack:
        content = _account_data(conn, USER_PACK_TYPE)
    else:
        row = conn.execute(
            "SELECT content FROM state WHERE room_id = ? AND type = ? AND state_key = ?",
            (key.room_id, ROOM_PACK_TYPE, key.state_key),
        ).fetchone()
        content = orjson.loads(row[0]) if row is not None else None
    return content if isinstance(content, dict) else {}


def enabled_packs(conn: sqlite3.Connection) -> Iterable[tuple[str, str]]:
    """(room id, state key) of the room packs the user enabled everywhere."""
    content = _account_data(conn, ENABLED_PACKS_TYPE)
    rooms = content.get("rooms") if isinstance(content, dict) else None
    if not isinstance(rooms, dict):
        return []
    found = []
    for room_id, keys in rooms.items():
        if isinstance(room_id, str) and room_id.startswith("!") and isinstance(keys, dict):
            found += [(room_id, k) for k in keys if isinstance(k, str) and len(k) <= 255]
    return found[:MAX_PACKS]


def load_enabled_content(conn: sqlite3.Connection) -> dict[str, Any]:
    content = _account_data(conn, ENABLED_PACKS_TYPE)
    return content if isinstance(content, dict) else {}


def room_pack_keys(conn: sqlite3.Connection, room_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT state_key FROM state WHERE room_id = ? AND type = ? ORDER BY state_key LIMIT ?",
        (room_id, ROOM_PACK_TYPE, MAX_PACKS),
    )
    return [r[0] for r in rows]


def _room_name(conn: sqlite3.Connection, room_id: str) -> str:
    row = conn.execute("SELECT name FROM rooms WHERE room_id = ?", (room_id,)).fetchone()
    return row[0] if row is not None and row[0] else ""


def _account_data(conn: sqlite3.Connection, event_type: str) -> object:
    row = conn.execute("SELECT content FROM account_data WHERE type = ?", (event_type,)).fetchone()
    return orjson.loads(row[0]) if row is not None else None
