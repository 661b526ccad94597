"""Results of a search in one conversation, newest first, page by page.

Each row is precomputed: the sender, when it was said, the message as styled text with the
searched words emphasised, and one line of context (the message just before). Bodies are
untrusted: they are HTML-escaped first, and the only markup in the result is the ``<b><font>``
pairs this module adds around matches (QML gives ``<font>`` the theme's accent).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QObject, Signal, Slot

from .event_text import message_body
from .formatting import avatar_color, clock, day_label, initials, local_time, tr
from .media_images import avatar_url
from .row_model import RowListModel, role_table

ROLE_NAMES = (
    "eventId",
    "sender",
    "senderName",
    "senderColor",
    "initials",
    "timeText",
    "bodyHtml",
    "bodyText",
    "contextText",
    "senderAvatar",
)
ROLES = role_table(ROLE_NAMES)

SNIPPET = 240
"""Characters of a long message shown around its first match."""
LEAD = 60
"""Characters kept before the first match when a long message is cut."""
CONTEXT = 120

NameOf = Callable[[str], str]
AvatarOf = Callable[[str], str]
"""A member's ``mxc://`` avatar ("" for none)."""


def _no_avatar(user_id: str) -> str:
    return ""


class SearchHit(Protocol):
    """One result as :class:`messenger_desktop.api.client.SearchResult` has it."""

    @property
    def event(self) -> dict[str, Any]: ...
    @property
    def before(self) -> tuple[dict[str, Any], ...]: ...
    @property
    def after(self) -> tuple[dict[str, Any], ...]: ...


class SearchResults(Protocol):
    """One page as :class:`messenger_desktop.api.client.SearchPage` has it."""

    @property
    def results(self) -> Sequence[SearchHit]: ...
    @property
    def next_batch(self) -> str | None: ...
    @property
    def count(self) -> int | None: ...
    @property
    def highlights(self) -> tuple[str, ...]: ...


def words_of(term: str, highlights: Iterable[str] = ()) -> list[str]:
    """The words to emphasise: those of the term and the server's highlights, longest first (so
    "planning" wins over "plan" where both match)."""
    found = {w.casefold() for w in re.findall(r"\w+", term)}
    found |= {h.casefold() for h in highlights if h.strip() and len(h) <= 64}
    return sorted((w for w in found if w), key=lambda w: (-len(w), w))


def _matcher(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def snippet(text: str, pattern: re.Pattern[str] | None, limit: int = SNIPPET) -> str:
    """``text`` on one line, cut to ``limit`` characters around its first match."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    match = pattern.search(line) if pattern is not None else None
    start = 0 if match is None or match.start() <= LEAD else match.start() - LEAD
    if start > 0:
        space = line.find(" ", start, match.start() if match else start + LEAD)
        start = space + 1 if space >= 0 else start
    cut = line[start : start + limit]
    return ("…" if start > 0 else "") + cut + ("…" if start + limit < len(line) else "")


def emphasise(text: str, words: Sequence[str]) -> str:
    """``text`` escaped for QML styled text, each match wrapped in ``<b><font>…</font></b>``."""
    pattern = _matcher(words)
    if pattern is None:
        return html.escape(text, quote=False)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()], quote=False))
        parts.append(f"<b><font>{html.escape(match.group(0), quote=False)}</font></b>")
        last = match.end()
    parts.append(html.escape(text[last:], quote=False))
    return "".join(parts)


def when_text(ts_ms: int, today: date | None = None) -> str:
    """ "14:05" today, "Yesterday, 14:05", "Monday, 14:05", "3 March, 14:05"…"""
    if ts_ms <= 0:
        return ""
    moment: datetime = local_time(ts_ms)
    day = moment.date()
    today = today or date.today()
    if day == today:
        return clock(ts_ms)
    return tr("%1, %2").replace("%1", day_label(day, today)).replace("%2", clock(ts_ms))


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _event_text(event: dict[str, Any], name_of: NameOf) -> str:
    content = event.get("content")
    content = content if isinstance(content, dict) else {}
    sender = _str(event.get("sender"))
    return message_body(content, name_of(sender), _str(event.get("type")) or "m.room.message")


def context_line(hit: SearchHit, name_of: NameOf) -> str:
    """ "Bob: the message before" — what the hit answered, as far as one line tells."""
    for event in hit.before:
        if _str(event.get("type")) in ("m.room.message", "m.sticker"):
            line = " ".join(_event_text(event, name_of).split())
            if len(line) > CONTEXT:
                line = line[: CONTEXT - 1] + "…"
            return tr("%1: %2").replace("%1", name_of(_str(event.get("sender")))).replace("%2", line)
    return ""


@dataclass(frozen=True, slots=True)
class ResultRow:
    event_id: str
    values: tuple[Any, ...]


def make_row(
    hit: SearchHit,
    words: Sequence[str],
    name_of: NameOf,
    today: date | None = None,
    avatar_of: AvatarOf = _no_avatar,
) -> ResultRow | None:
    event = hit.event
    event_id = _str(event.get("event_id"))
    if not event_id:
        return None
    sender = _str(event.get("sender"))
    name = name_of(sender)
    ts = event.get("origin_server_ts")
    text = snippet(_event_text(event, name_of), _matcher(words))
    values = (
        event_id,
        sender,
        name,
        avatar_color(sender),
        initials(name),
        when_text(ts if isinstance(ts, int) and not isinstance(ts, bool) else 0, today),
        emphasise(text, words),
        text,
        context_line(hit, name_of),
        avatar_url(avatar_of(sender)),
    )
    return ResultRow(event_id, values)


class SearchModel(RowListModel):
    """The rows and the state of the search panel; :class:`RoomPanels` fills it."""

    ROLE_NAMES = ROLE_NAMES

    stateChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._term = ""
        self._busy = False
        self._error = ""
        self._next_batch: str | None = None
        self._searched = False
        self._total: int | None = None
        self._words: list[str] = []

    # -- properties for QML ----------------------------------------------------------------------

    def _get_term(self) -> str:
        return self._term

    term = QtProperty(str, _get_term, notify=stateChanged)
    """What was searched for (the results are for this term)."""

    def _get_busy(self) -> bool:
        return self._busy

    busy = QtProperty(bool, _get_busy, notify=stateChanged)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=stateChanged)

    def _get_has_more(self) -> bool:
        return self._next_batch is not None

    hasMore = QtProperty(bool, _get_has_more, notify=stateChanged)

    def _get_searched(self) -> bool:
        return self._searched

    searched = QtProperty(bool, _get_searched, notify=stateChanged)
    """A search for :attr:`term` has answered (so an empty list means "nothing found")."""

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=stateChanged)

    def _get_total(self) -> int:
        return self._total if self._total is not None else -1

    total = QtProperty(int, _get_total, notify=stateChanged)
    """The server's count of results in all, or -1 when it did not say."""

    @Slot(int, result=str)
    def eventIdAt(self, row: int) -> str:
        return self._rows[row].event_id if 0 <= row < len(self._rows) else ""

    def row(self, index: int) -> dict[str, Any]:
        return dict(zip(ROLE_NAMES, self._rows[index].values, strict=True))

    @property
    def next_batch(self) -> str | None:
        return self._next_batch

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def term_text(self) -> str:
        return self._term

    # -- applying data ---------------------------------------------------------------------------

    def begin(self, term: str) -> None:
        """A new search: the old results go, the state says "busy"."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()
        self._term, self._busy, self._error = term, bool(term), ""
        self._next_batch, self._searched, self._total, self._words = None, False, None, []
        self.stateChanged.emit()

    def clear(self) -> None:
        self.begin("")

    def set_busy(self) -> None:
        self._busy, self._error = True, ""
        self.stateChanged.emit()

    def fail(self, sentence: str) -> None:
        self._busy, self._error = False, sentence
        self.stateChanged.emit()

    def add_page(self, page: SearchResults, name_of: NameOf, avatar_of: AvatarOf = _no_avatar) -> None:
        """Append one page of results (the first page, or "load more")."""
        self._words = words_of(self._term, [*self._words, *page.highlights])
        known = {r.event_id for r in self._rows}
        rows = []
        for hit in page.results:
            row = make_row(hit, self._words, name_of, avatar_of=avatar_of)
            if row is not None and row.event_id not in known:
                known.add(row.event_id)
                rows.append(row)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._next_batch = page.next_batch
        if page.count is not None:
            self._total = page.count
        self._busy, self._error, self._searched = False, "", True
        self.stateChanged.emit()


__all__ = ["ROLES", "SearchModel", "emphasise", "snippet", "when_text", "words_of"]
