"""Setting and removing avatars: the user's own (their profile, which the server copies into
their member event in every joined room) and a room's (its ``m.room.avatar`` state).

The picked file is read and made into a small square off the loop
(:func:`~messenger_desktop.media.avatar_image.prepare_avatar`), uploaded, and only then named as
the avatar: a file that is not a usable picture changes nothing. Sync brings the change back like
any other, to this client and everyone else's. Failures are :class:`CannotSetAvatar` (one sentence
for the user) or the api layer's typed errors.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from ..api.client import MatrixApi
from ..api.ids import EventId, RoomId, UserId
from ..api.mxc import parse_mxc
from ..media.avatar_image import prepare_avatar
from ..media.image_guard import ImageRefused
from ..media.image_upload import PreparedImage
from .errors import UserFacingError

MAX_PICKED_BYTES = 64 << 20
"""The largest file read to make an avatar from (a photo straight from a camera fits)."""
ROOM_AVATAR = "m.room.avatar"


class CannotSetAvatar(UserFacingError):
    """The picked file cannot become an avatar; ``str()`` is one sentence for the user."""


def read_avatar(path: Path) -> PreparedImage:
    """The avatar made from the file at ``path`` (blocking: call it in an executor). Raises
    :class:`CannotSetAvatar`."""
    try:
        if os.stat(path).st_size > MAX_PICKED_BYTES:
            raise CannotSetAvatar(f"{path.name} is larger than {MAX_PICKED_BYTES >> 20} MB.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CannotSetAvatar(f"{path.name} is not there any more.") from None
    except IsADirectoryError:
        raise CannotSetAvatar(f"{path.name} is a folder, not a picture.") from None
    except OSError as exc:
        raise CannotSetAvatar(f"{path.name} could not be read ({exc.strerror or exc}).") from None
    try:
        return prepare_avatar(data)
    except ImageRefused as exc:
        raise CannotSetAvatar(exc.reason) from None


async def upload_avatar(api: MatrixApi, path: Path) -> tuple[str, PreparedImage]:
    """Make the avatar off the loop and upload it; its ``mxc://`` URI and what was uploaded."""
    prepared = await asyncio.get_running_loop().run_in_executor(None, read_avatar, path)
    uri = await api.upload(prepared.data, prepared.mime, f"avatar.{prepared.extension}")
    return uri, prepared


async def own_avatar(api: MatrixApi, user_id: UserId) -> str:
    """The user's avatar as their profile has it (``mxc://``), "" when they have none."""
    value = (await api.get_profile(user_id)).get("avatar_url")
    return value if isinstance(value, str) and parse_mxc(value) is not None else ""


async def set_own_avatar(api: MatrixApi, user_id: UserId, path: Path | None) -> str:
    """The picture at ``path`` becomes the user's avatar (``None`` removes it); returns the new
    ``mxc://`` URI ("" after a removal)."""
    uri = (await upload_avatar(api, path))[0] if path is not None else ""
    await api.set_avatar_url(user_id, uri)
    return uri


def room_avatar_content(uri: str, prepared: PreparedImage | None = None) -> dict[str, Any]:
    """``m.room.avatar``'s content: the picture and what it is, or nothing (no avatar)."""
    if not uri:
        return {}
    content: dict[str, Any] = {"url": uri}
    if prepared is not None:
        content["info"] = {
            "mimetype": prepared.mime,
            "size": len(prepared.data),
            "w": prepared.width,
            "h": prepared.height,
        }
    return content


async def set_room_avatar(api: MatrixApi, room_id: RoomId, path: Path | None) -> EventId:
    """The picture at ``path`` becomes the room's avatar (``None`` removes it)."""
    if path is None:
        return await api.send_state(room_id, ROOM_AVATAR, "", room_avatar_content(""))
    uri, prepared = await upload_avatar(api, path)
    return await api.send_state(room_id, ROOM_AVATAR, "", room_avatar_content(uri, prepared))
