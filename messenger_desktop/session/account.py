"""The account itself: its display name, its devices (signed-in sessions) and its password.

Names and devices come from the server, untrusted: fields of the wrong type are dropped and names
are cut to a sane length. Signing devices out and changing the password go through the server's
user-interactive authentication (:mod:`.interactive_auth`), which may need the user's password:
the caller passes the question to ask (``ask``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..api.client import MatrixApi
from ..api.ids import DeviceId, UserId
from .interactive_auth import AskPassword, Auth, with_password

MAX_NAME = 256
"""A longer display or device name is cut (the server's own limit for display names)."""


@dataclass(frozen=True, slots=True)
class Device:
    device_id: DeviceId
    name: str
    """The name it was given ("" when none)."""
    last_seen_ms: int
    """When the server last heard from it (milliseconds since 1970), 0 when it does not say."""
    last_seen_ip: str


def parse_devices(raw: list[dict[str, Any]]) -> list[Device]:
    """The devices of a ``GET /devices`` answer, most recently seen first; entries without a
    device id are dropped."""
    devices = []
    for entry in raw:
        device_id = entry.get("device_id")
        if not isinstance(device_id, str) or not device_id or len(device_id) > 255:
            continue
        name, seen, address = entry.get("display_name"), entry.get("last_seen_ts"), entry.get("last_seen_ip")
        devices.append(
            Device(
                device_id=DeviceId(device_id),
                name=name[:MAX_NAME] if isinstance(name, str) else "",
                last_seen_ms=seen if isinstance(seen, int) and not isinstance(seen, bool) and seen > 0 else 0,
                last_seen_ip=address[:64] if isinstance(address, str) else "",
            )
        )
    devices.sort(key=lambda d: (-d.last_seen_ms, d.device_id))
    return devices


async def display_name(api: MatrixApi, user_id: UserId) -> str:
    """The account's display name as the server has it ("" for none)."""
    value = (await api.get_profile(user_id)).get("displayname")
    return value[:MAX_NAME] if isinstance(value, str) else ""


async def set_display_name(api: MatrixApi, user_id: UserId, name: str) -> str:
    """Change the display name (the server copies it into every joined room); returns the name
    as the server has it afterwards."""
    await api.set_displayname(user_id, name.strip()[:MAX_NAME])
    return await display_name(api, user_id)


async def devices(api: MatrixApi) -> list[Device]:
    return parse_devices(await api.devices())


async def rename_device(api: MatrixApi, device_id: DeviceId, name: str) -> None:
    await api.rename_device(device_id, name.strip()[:MAX_NAME])


async def sign_out_devices(
    api: MatrixApi, user_id: UserId, device_ids: tuple[DeviceId, ...], ask: AskPassword
) -> None:
    """Sign ``device_ids`` out (``POST /delete_devices``), confirming with the password when the
    server asks. Raises what :func:`~.interactive_auth.with_password` raises."""
    if not device_ids:
        return

    async def request(auth: Auth | None) -> None:
        await api.delete_devices(device_ids, auth)

    await with_password(request, user_id, ask)


async def change_password(
    api: MatrixApi, user_id: UserId, new_password: str, *, sign_out_others: bool, ask: AskPassword
) -> None:
    """Change the password; ``sign_out_others`` ends every other device's session (this one
    stays signed in). The current password is asked through ``ask`` when the server wants it."""

    async def request(auth: Auth | None) -> None:
        await api.change_password(new_password, logout_devices=sign_out_others, auth=auth)

    await with_password(request, user_id, ask)
