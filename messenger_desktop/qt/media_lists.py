"""The lists of messages on screen whose files the player, the picture viewer, animations and
Save look in: the conversation's timeline, and the thread open in the side panel (a thread's
replies are not rows of the timeline). An event is looked for in the timeline first.

Each list keeps its own order (the timeline's row 0 is the newest, the thread's the oldest);
:class:`MediaLists` hides that, so "the next voice message" and "the pictures around this one"
mean the same in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from .row_model import ModelIndex


class ShownContent(Protocol):
    def item_content(self, event_id: str) -> tuple[str, dict[str, Any]] | None:
        """``(event type, content shown)`` of a loaded message, or None."""
        ...


class MessageList(ShownContent, Protocol):
    """A list model of messages with a ``media`` role (see :mod:`.media_rows`)."""

    def indexOf(self, event_id: str) -> int: ...

    def row(self, index: int) -> dict[str, Any]: ...

    def rowCount(self, parent: ModelIndex = ...) -> int: ...


class MediaLists:
    def __init__(self, timeline: MessageList) -> None:
        self._lists: list[tuple[MessageList, bool]] = [(timeline, True)]
        """Each list with whether its row 0 is the newest."""

    def also_look_in(self, rows: MessageList, *, newest_first: bool = False) -> None:
        self._lists.append((rows, newest_first))

    def holds(self, event_id: str) -> bool:
        return self._holder(event_id) is not None

    def item_content(self, event_id: str) -> tuple[str, dict[str, Any]] | None:
        holder = self._holder(event_id)
        return holder[0].item_content(event_id) if holder is not None else None

    def media(self, event_id: str) -> dict[str, Any]:
        """The message's ``media`` map ({} when no list shows it, or it has none)."""
        holder = self._holder(event_id)
        if holder is None:
            return {}
        rows = holder[0]
        return dict(rows.row(rows.indexOf(event_id)).get("media") or {})

    def in_order(self, event_id: str) -> Iterator[dict[str, Any]]:
        """The rows of the list that shows ``event_id``, oldest first (none when no list does)."""
        holder = self._holder(event_id)
        if holder is not None:
            rows, newest_first = holder
            count = rows.rowCount()
            for index in range(count - 1, -1, -1) if newest_first else range(count):
                yield rows.row(index)

    def after(self, event_id: str) -> Iterator[dict[str, Any]]:
        """The rows sent after ``event_id`` in the list that shows it, oldest first."""
        holder = self._holder(event_id)
        if holder is not None:
            rows, newest_first = holder
            at = rows.indexOf(event_id)
            for index in range(at - 1, -1, -1) if newest_first else range(at + 1, rows.rowCount()):
                yield rows.row(index)

    def _holder(self, event_id: str) -> tuple[MessageList, bool] | None:
        if not event_id:
            return None
        return next(((rows, newest) for rows, newest in self._lists if rows.indexOf(event_id) >= 0), None)


__all__ = ["MediaLists", "MessageList", "ShownContent"]
