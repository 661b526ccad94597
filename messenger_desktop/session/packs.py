"""Editing image packs (MSC2545): adding pictures to the user's own pack or to a room's, removing
them, creating a room pack, enabling a room's pack everywhere.

Every edit starts from the pack's raw content as last synced and changes only the one image (or
flag) it is about, so what other clients wrote — fields this app does not know, images it could not
parse — survives. The server's copy comes back through sync (``ChangeSet.packs_changed``); nothing
is changed locally first, so the picker never shows a pack the server does not have.
"""

from __future__ import annotations

import asyncio
import copy
import re
from collections.abc import Iterable
from typing import Any

from ..api.client import MatrixApi
from ..api.ids import RoomId, UserId
from ..media.image_guard import ImageRefused
from ..media.pack_image import prepare_pack_image
from ..store.database import Database
from ..store.packs import (
    ENABLED_PACKS_TYPE,
    MAX_IMAGES,
    MAX_NAME,
    MAX_SHORTCODE,
    ROOM_PACK_TYPE,
    USAGES,
    USER_PACK_TYPE,
    ImagePack,
    PackKey,
    clean_image_info,
    enabled_packs,
    load_enabled_content,
    load_pack_content,
    load_packs,
    room_pack_keys,
    valid_shortcode,
)
from .errors import UserFacingError


class CannotEditPack(UserFacingError):
    """``str()`` is one sentence for the user."""


class PackEditor:
    """The packs of one account (``Session.packs``): reading them as synced, and editing them."""

    def __init__(self, api: MatrixApi, db: Database, user_id: UserId) -> None:
        self._api, self._db, self._user = api, db, user_id

    async def packs(self, room_id: str = "") -> tuple[ImagePack, ...]:
        """The packs usable in ``room_id``, as last synced (see :func:`~..store.packs.load_packs`)."""
        return await self._db.run(load_packs, room_id)

    async def enabled(self) -> set[PackKey]:
        """The room packs the user enabled in every conversation."""
        return {PackKey(room, key) for room, key in await self._db.run(enabled_packs)}

    async def add_picture(self, key: PackKey, data: bytes, name: str, *, usage: Iterable[str] = ()) -> str:
        """Upload ``data`` (made sticker-sized off the loop) and add it to the pack under a
        shortcode made from ``name``; returns the shortcode. Raises :class:`CannotEditPack`."""
        loop = asyncio.get_running_loop()
        try:
            prepared = await loop.run_in_executor(None, prepare_pack_image, data)
        except ImageRefused as refused:
            raise CannotEditPack(refused.reason) from None
        name_on_server = f"{shortcode_from(name)}.{prepared.extension}"
        url = await self._api.upload(prepared.data, prepared.mime, name_on_server)
        info = {
            "w": prepared.width,
            "h": prepared.height,
            "mimetype": prepared.mime,
            "size": len(prepared.data),
        }
        return await self.add_image(key, url, name, info=info, usage=usage)

    async def add_image(
        self,
        key: PackKey,
        url: str,
        name: str,
        *,
        body: str = "",
        info: dict[str, Any] | None = None,
        usage: Iterable[str] = (),
    ) -> str:
        """Add an already uploaded picture (``url``) — e.g. a sticker someone sent — to the pack;
        returns its shortcode (``name`` made unique within the pack)."""
        content = await self._db.run(load_pack_content, key)
        images = content.get("images")
        images = dict(images) if isinstance(images, dict) else {}
        if len(images) >= MAX_IMAGES:
            raise CannotEditPack(f"A pack holds at most {MAX_IMAGES} pictures.")
        for existing in images.values():
            if isinstance(existing, dict) and existing.get("url") == url:
                raise CannotEditPack("This picture is already in the pack.")
        shortcode = _unique(shortcode_from(name), images)
        image: dict[str, Any] = {"url": url}
        if body.strip():
            image["body"] = " ".join(body.split())[:300]
        if info := clean_image_info(info):
            image["info"] = info
        wanted = sorted(u for u in usage if u in USAGES)
        if wanted:
            image["usage"] = wanted
        images[shortcode] = image
        await self._write(key, {**content, "images": images})
        return shortcode

    async def remove_image(self, key: PackKey, shortcode: str) -> None:
        content = await self._db.run(load_pack_content, key)
        images = content.get("images")
        if not isinstance(images, dict) or shortcode not in images:
            return
        await self._write(key, {**content, "images": {k: v for k, v in images.items() if k != shortcode}})

    async def create_room_pack(self, room_id: RoomId, name: str) -> PackKey:
        """A new, empty pack in the room (a state key of its own, so packs of other people stay);
        the sender needs the power to send ``im.ponies.room_emotes`` state."""
        name = " ".join(name.split())[:MAX_NAME]
        if not name:
            raise CannotEditPack("A pack needs a name.")
        taken = await self._db.run(room_pack_keys, room_id)
        key = PackKey(room_id, _unique(shortcode_from(name).lower(), taken))
        content = {"pack": {"display_name": name}, "images": {}}
        await self._api.send_state(room_id, ROOM_PACK_TYPE, key.state_key, content)
        return key

    async def set_enabled(self, key: PackKey, enabled: bool) -> None:
        """Offer a room's pack in every room (or stop)."""
        if key.is_user_pack:
            return
        content = copy.deepcopy(await self._db.run(load_enabled_content))
        rooms = content.get("rooms")
        rooms = rooms if isinstance(rooms, dict) else {}
        keys = rooms.get(key.room_id)
        keys = keys if isinstance(keys, dict) else {}
        if enabled:
            keys[key.state_key] = keys.get(key.state_key) or {}
        else:
            keys.pop(key.state_key, None)
        if keys:
            rooms[key.room_id] = keys
        else:
            rooms.pop(key.room_id, None)
        await self._api.set_account_data(self._user, ENABLED_PACKS_TYPE, {**content, "rooms": rooms})

    async def _write(self, key: PackKey, content: dict[str, Any]) -> None:
        if not key.is_user_pack:
            await self._api.send_state(RoomId(key.room_id), ROOM_PACK_TYPE, key.state_key, content)
            return
        pack = content.get("pack")
        pack = pack if isinstance(pack, dict) else {}
        if not pack.get("display_name"):
            content = {**content, "pack": {**pack, "display_name": "My stickers"}}
        await self._api.set_account_data(self._user, USER_PACK_TYPE, content)


def shortcode_from(name: str) -> str:
    """A shortcode people can type: ``Happy Cat (2).png`` → ``happy_cat_2``."""
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    code = re.sub(r"[^\w-]+", "_", stem.strip().lower()).strip("_")[: MAX_SHORTCODE - 4]
    return code if valid_shortcode(code) else "sticker"


def _unique(code: str, taken: Iterable[str]) -> str:
    used = set(taken)
    if code not in used:
        return code
    number = 2
    while f"{code}_{number}" in used:
        number += 1
    return f"{code}_{number}"
