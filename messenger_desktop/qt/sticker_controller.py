"""The sticker picker's side in Python (``session.stickers`` in QML): the packs to show, sending a
sticker, adding pictures to the user's own pack, adding a sticker someone sent, creating a pack in
the room.

Packs come from the cache (the user's pack, the open room's packs, the packs enabled everywhere)
plus the one that ships with the app (``resources/stickers``). They are read when the picker opens
and again when a sync brings a pack while it is open; nothing is read at start-up.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..api.mxc import parse_mxc
from ..session.packs import CannotEditPack
from ..session.session import Session
from ..store.packs import ImagePack, PackImage, PackKey
from .formatting import tr, trn
from .media_images import thumb_url
from .tasks import TaskGroup
from .timeline_model import TimelineModel

log = logging.getLogger(__name__)

BUNDLED = "bundled"
"""The id of the pack that ships with the app."""
USER = "user"
THUMBNAIL = (320, 240)
"""A server thumbnail size Synapse makes ahead (sharp for a 96 px cell on a 2× screen)."""
MAX_PICTURE_BYTES = 20 << 20
MAX_EMOTICON_SUGGESTIONS = 8


class StickerController(QObject):
    packsChanged = Signal()
    packCreated = Signal(str)
    """(pack id) a pack was made in the room: the picker shows it once it syncs."""
    emoticonsChanged = Signal()
    """Custom emoji were read for a room: a completion list on screen asks again."""
    sent = Signal()
    """A sticker went into the outbox (the picker closes)."""

    def __init__(
        self,
        session: Session,
        timeline: TimelineModel,
        current_room: Callable[[], RoomId | None],
        notify: Callable[[str], None],
        describe_error: Callable[[BaseException], str],
        stickers_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._timeline = timeline
        self._room = current_room
        self._notify = notify
        self._tasks = TaskGroup(on_error=lambda error: notify(describe_error(error)))
        self._folder = stickers_dir
        self._take_reply: Callable[[], tuple[EventId, UserId | None] | None] = lambda: None
        self._bundled: list[dict[str, Any]] | None = None
        self._packs: list[dict[str, Any]] = []
        self._images: dict[tuple[str, str], PackImage] = {}
        """(pack id, shortcode) → the image, for :meth:`send`."""
        self._watching = False
        """The picker is open: packs arriving by sync are shown at once."""
        self._everywhere: set[PackKey] = set()
        self._emoticons: dict[str, list[dict[str, str]]] = {}
        """Custom emoji per room, read when the composer first asks (dropped when packs change)."""

    # -- what the picker shows -------------------------------------------------------------------

    def _get_packs(self) -> list[dict[str, Any]]:
        return self._packs

    packs = QtProperty(list, _get_packs, notify=packsChanged)
    """[{id, name, icon, editable, stickers: [{shortcode, body, source}]}], the user's pack first
    (even empty: it holds the "add" cell), the app's own last. The user's pack and the open
    room's packs are editable (the server refuses a room edit the user has no power for)."""

    @Slot()
    def load(self) -> None:
        """Read the packs (the picker opens): the list changes when they are read."""
        self._watching = True
        self._tasks.spawn(self._load(), name="load-packs")

    @Slot()
    def stopWatching(self) -> None:
        self._watching = False

    def apply_changes(self, packs_changed: bool) -> None:
        if packs_changed and self._emoticons:
            self._emoticons.clear()
            self.emoticonsChanged.emit()  # a completion on screen reads them again
        if packs_changed and self._watching:
            self.load()

    async def _load(self) -> None:
        room = self._room()
        packs = await self._session.packs.packs(room or "")
        self._everywhere = await self._session.packs.enabled()
        if self._bundled is None:
            loop = asyncio.get_running_loop()
            self._bundled = await loop.run_in_executor(None, _read_bundled, self._folder)
        self._images = {}
        shown: list[dict[str, Any]] = []
        if not any(p.key.is_user_pack for p in packs):
            shown.append(self._pack_view(ImagePack(PackKey(), tr("My stickers"))))
        shown += [self._pack_view(p, room) for p in packs if p.stickers() or p.key.room_id == room]
        if self._bundled:
            shown.append(
                {
                    "roomPack": False,
                    "everywhere": False,
                    "id": BUNDLED,
                    "name": "Pip",
                    "icon": self._bundled[0]["source"],
                    "editable": False,
                    "stickers": self._bundled,
                }
            )
        self._packs = shown
        self.packsChanged.emit()

    def _pack_view(self, pack: ImagePack, room: str | None = None) -> dict[str, Any]:
        pack_id = _pack_id(pack.key)
        stickers = []
        for image in pack.stickers():
            mxc = parse_mxc(image.url)
            if mxc is None:  # pragma: no cover - the store only keeps valid ones
                continue
            self._images[(pack_id, image.shortcode)] = image
            stickers.append(
                {"shortcode": image.shortcode, "body": image.body, "source": thumb_url(mxc, *THUMBNAIL)}
            )
        avatar = parse_mxc(pack.avatar_url)
        icon = (
            thumb_url(avatar, *THUMBNAIL)
            if avatar is not None
            else (stickers[0]["source"] if stickers else "")
        )
        return {
            "id": pack_id,
            "name": pack.name or (tr("My stickers") if pack.key.is_user_pack else tr("Room stickers")),
            "icon": icon,
            "editable": pack.key.is_user_pack or (room is not None and pack.key.room_id == room),
            "roomPack": not pack.key.is_user_pack,
            "everywhere": pack.key in self._everywhere,
            "stickers": stickers,
        }

    # -- custom emoji ----------------------------------------------------------------------------

    @Slot(str, result="QVariantList")
    def emoticonSuggestions(self, prefix: str) -> list[dict[str, str]]:
        """Custom emoji of the open room's packs whose short code starts with ``prefix`` (typed
        after ":"): [{shortcode, url, source, pack}]. The packs are read the first time a room
        asks, so the first keystroke may find none and the next ones do."""
        room = self._room() or ""
        known = self._emoticons.get(room)
        if known is None:
            self._emoticons[room] = []
            self._tasks.spawn(self._load_emoticons(room), name="load-emoticons")
            return []
        needle = prefix.casefold()
        found = [e for e in known if e["shortcode"].casefold().startswith(needle)]
        found += [e for e in known if needle in e["shortcode"].casefold() and e not in found]
        return found[:MAX_EMOTICON_SUGGESTIONS]

    async def _load_emoticons(self, room: str) -> None:
        found: list[dict[str, str]] = []
        for pack in await self._session.packs.packs(room):
            for image in pack.emoticons():
                mxc = parse_mxc(image.url)
                if mxc is not None and all(e["shortcode"] != image.shortcode for e in found):
                    found.append(
                        {
                            "shortcode": image.shortcode,
                            "url": image.url,
                            "source": thumb_url(mxc, 96, 96),
                            "pack": pack.name or tr("My stickers"),
                        }
                    )
        self._emoticons[room] = found
        self.emoticonsChanged.emit()

    # -- sending ---------------------------------------------------------------------------------

    @Slot(str, str)
    def send(self, pack_id: str, shortcode: str) -> None:
        room = self._room()
        if room is None:
            return
        if pack_id == BUNDLED:
            found = next((s for s in self._bundled or () if s["shortcode"] == shortcode), None)
            if found is not None:
                self._tasks.spawn(
                    self._send_file(room, Path(found["path"]), found["body"]), name="send-sticker"
                )
            return
        image = self._images.get((pack_id, shortcode))
        if image is not None:
            self._tasks.spawn(self._send(room, image), name="send-sticker")

    def answer_with(self, take_reply: Callable[[], tuple[EventId, UserId | None] | None]) -> None:
        """Where the message being answered comes from (the composer's reply bar): a sticker sent
        while it shows answers that message."""
        self._take_reply = take_reply

    async def _send(self, room: RoomId, image: PackImage) -> None:
        to, sender = self._take_reply() or (None, None)
        await self._session.stickers.send(room, image, reply_to=to, reply_sender=sender)
        self.sent.emit()

    async def _send_file(self, room: RoomId, path: Path, body: str) -> None:
        to, sender = self._take_reply() or (None, None)
        await self._session.stickers.send_file(room, path, body, reply_to=to, reply_sender=sender)
        self.sent.emit()

    # -- editing ---------------------------------------------------------------------------------

    @Slot(str, list)
    def addPictures(self, pack_id: str, urls: list[Any]) -> None:
        """Add the chosen picture files to a pack (each made sticker-sized and uploaded; the pack
        shows them when the server's copy comes back)."""
        key = _pack_key(pack_id)
        paths = [Path(QUrl(u).toLocalFile()) for u in urls if QUrl(u).isLocalFile()]
        if paths and key is not None:
            self._tasks.spawn(self._add_pictures(key, paths), name="add-stickers")

    async def _add_pictures(self, key: PackKey, paths: list[Path]) -> None:
        loop = asyncio.get_running_loop()
        for path in paths:
            data = await loop.run_in_executor(None, _read_picture, path)
            await self._session.packs.add_picture(key, data, path.name, usage=["sticker"])
        count = len(paths)
        self._notify(tr("Sticker added") if count == 1 else trn("%n sticker(s) added", count))

    @Slot(str)
    def addToMyStickers(self, event_id: str) -> None:
        """Add a sticker (or picture) someone sent to the user's own pack, without uploading it
        again: the pack points at the same ``mxc://``."""
        shown = self._timeline.item_content(event_id)
        content = shown[1] if shown else {}
        url = parse_mxc(content.get("url"))
        if url is None:
            self._notify(tr("This sticker is not available."))
            return
        body, info = content.get("body"), content.get("info")
        body = body if isinstance(body, str) else ""
        info = info if isinstance(info, dict) else {}
        clean = {k: info[k] for k in ("w", "h", "mimetype", "size") if k in info}
        self._tasks.spawn(self._add_sent(str(url), body or "sticker", clean), name="add-sticker")

    async def _add_sent(self, url: str, body: str, info: dict[str, Any]) -> None:
        await self._session.packs.add_image(PackKey(), url, body, body=body, info=info)
        self._notify(tr("Added to My stickers"))

    @Slot(str, str)
    def remove(self, pack_id: str, shortcode: str) -> None:
        key = _pack_key(pack_id)
        if key is not None:
            self._tasks.spawn(self._session.packs.remove_image(key, shortcode), name="remove-sticker")

    @Slot(str, bool)
    def setEverywhere(self, pack_id: str, on: bool) -> None:
        """Offer a room's pack in every conversation (or only in its own)."""
        key = _pack_key(pack_id)
        if key is not None and not key.is_user_pack:
            self._tasks.spawn(self._session.packs.set_enabled(key, on), name="enable-pack")

    @Slot(str)
    def createRoomPack(self, name: str) -> None:
        room = self._room()
        if room is not None:
            self._tasks.spawn(self._create(room, name), name="create-pack")

    async def _create(self, room: RoomId, name: str) -> None:
        key = await self._session.packs.create_room_pack(room, name)
        self.packCreated.emit(_pack_id(key))

    async def close(self) -> None:
        await self._tasks.cancel_all()


def _pack_id(key: PackKey) -> str:
    return USER if key.is_user_pack else f"room:{key.room_id}|{key.state_key}"


def _pack_key(pack_id: str) -> PackKey | None:
    if pack_id == USER:
        return PackKey()
    if pack_id.startswith("room:") and "|" in pack_id:
        room_id, state_key = pack_id[5:].split("|", 1)
        return PackKey(room_id, state_key)
    return None


def _read_bundled(folder: Path) -> list[dict[str, Any]]:
    """The app's own pack from ``pack.json``; [] (logged) if it is missing or broken."""
    try:
        listing = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
        stickers = []
        for entry in listing["stickers"]:
            path = folder / Path(entry["file"]).name
            if path.is_file():
                stickers.append(
                    {
                        "shortcode": str(entry["shortcode"]),
                        "body": str(entry["body"]),
                        "source": QUrl.fromLocalFile(str(path)).toString(),
                        "path": str(path),
                    }
                )
        return stickers
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the stickers that ship with the app could not be read: %s", exc)
        return []


def _read_picture(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_PICTURE_BYTES:
            raise CannotEditPack(tr("%1 is too large for a sticker.").replace("%1", path.name))
        return path.read_bytes()
    except OSError:
        raise CannotEditPack(tr("%1 could not be read.").replace("%1", path.name)) from None
