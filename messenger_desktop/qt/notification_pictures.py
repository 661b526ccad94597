"""The picture a desktop notification carries: the conversation's (or the caller's) avatar, as the
list shows it.

It comes through the session's media loader like every avatar (:func:`.media_images.load_avatar`),
so it is normally already decoded in the loader's memory: the list shows it. A notification never
waits long for it nor is lost for it: a picture that takes longer than :data:`PICTURE_WAIT`, fails
or is refused leaves the notification with the app's icon (a slow download still finishes in the
loader, for the next one). A conversation without a picture gets what its row shows: its initials
on its colour (:func:`initials_picture`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ..api.errors import ApiError
from ..api.mxc import Mxc
from ..media.images import ImageRefused
from ..media.loader import MediaLoader
from .media_images import AVATAR_SIZE, avatar_mxc, load_avatar
from .rooms_model import ROLE_NAMES, RoomsModel

log = logging.getLogger(__name__)

PICTURE_WAIT = 1.0
"""Seconds a notification waits for its picture before it goes out without one."""

_AVATAR = ROLE_NAMES.index("avatarSource")
_INITIALS = ROLE_NAMES.index("initials")
_COLOR = ROLE_NAMES.index("avatarColor")

Loading = Coroutine[Any, Any, QImage | None]
"""A picture on its way: None when there is none to show (it never raises)."""


class NotificationPictures:
    def __init__(
        self,
        loader: Callable[[], MediaLoader | None],
        rooms: RoomsModel,
        *,
        wait: float = PICTURE_WAIT,
    ) -> None:
        self._loader = loader
        self._rooms = rooms
        self._wait = wait

    def of_room(self, room_id: str) -> Loading | None:
        """The conversation's picture as its row shows it (a direct chat without one of its own:
        the other person's; none at all: its initials); None for a conversation the list does
        not have."""
        row = self._rooms.row_for(room_id)
        if row is None:
            return None
        loading = self.of_source(str(row.values[_AVATAR]))
        if loading is not None:
            return loading
        return _ready(initials_picture(str(row.values[_INITIALS]), str(row.values[_COLOR])))

    def of_source(self, source: str) -> Loading | None:
        """The picture of an ``image://media/avatar/…`` address (a model's ``avatarSource``);
        None for "" (the initials)."""
        mxc = avatar_mxc(source)
        loader = self._loader()
        if mxc is None or loader is None:
            return None
        return self._load(loader, mxc)

    async def _load(self, loader: MediaLoader, mxc: Mxc) -> QImage | None:
        try:
            return await asyncio.wait_for(load_avatar(loader, mxc), self._wait)
        except TimeoutError:
            log.info("a notification went out without its picture: %s took too long", mxc)
        except (ImageRefused, ApiError, OSError, ValueError, RuntimeError) as error:
            log.info("a notification went out without its picture %s: %s", mxc, error)
        except Exception:  # a picture must never cost the notification
            log.exception("the picture %s of a notification could not be made", mxc)
        return None


async def _ready(image: QImage) -> QImage | None:
    return image


def initials_picture(initials: str, color: str, side: int = AVATAR_SIZE) -> QImage:
    """``initials`` in white on a disc of ``color``, transparent around it, as the list's avatar
    draws them (a few hundred microseconds: no need to leave the UI thread)."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(0, 0, side, side)
    font = QFont()
    font.setPixelSize(round(side * 0.4))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(0, 0, side, side, Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return image
