"""The user's notification keywords (their keyword push rules) for the Settings window.

A change shows at once and is saved in the background; saves run one at a time, each sending the
list as it is when its turn comes, so quick additions and removals never race each other. When a
save fails the list goes back to what the server last confirmed and :attr:`error` says why.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.errors import ApiError
from ..session.push_settings import MAX_KEYWORD, clean_keywords
from ..session.session import Session
from .formatting import tr

Spawn = Callable[[Coroutine[Any, Any, Any]], object]

CACHE_CATCH_UP = 30.0
"""Seconds after a save during which the list confirmed by the server is trusted over the cache:
the cache learns of the new rules only from the next sync."""


class KeywordsController(QObject):
    keywordsChanged = Signal()
    busyChanged = Signal()
    errorChanged = Signal()

    def __init__(
        self,
        session: Session,
        spawn: Spawn,
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        """``spawn`` runs a coroutine as a task the owner cancels on close; ``describe`` turns a
        server error into one sentence."""
        super().__init__(parent)
        self._session = session
        self._spawn = spawn
        self._describe = describe
        self._words: tuple[str, ...] = ()
        self._confirmed: tuple[str, ...] = ()
        self._confirmed_at = -CACHE_CATCH_UP
        self._running = 0
        self._edits = 0
        self._turn = asyncio.Lock()
        self._error = ""

    # -- properties ------------------------------------------------------------------------------

    def _get_keywords(self) -> list[str]:
        return list(self._words)

    keywords = QtProperty(list, _get_keywords, notify=keywordsChanged)

    def _get_busy(self) -> bool:
        return self._running > 0

    busy = QtProperty(bool, _get_busy, notify=busyChanged)
    """Loading or saving."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=errorChanged)
    """Why the last change was not made, in one sentence ("" when it was)."""

    def _get_max_length(self) -> int:
        return MAX_KEYWORD

    maxLength = QtProperty(int, _get_max_length, constant=True)

    # -- slots -----------------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        """Show the keywords as they are now (the Settings window calls this when it opens)."""
        self._set_error("")
        edits = self._edits
        self._run(lambda: self._load(edits))

    @Slot(str, result=bool)
    def addKeyword(self, word: str) -> bool:
        """Whether ``word`` was taken (the input clears then); an empty word is ignored."""
        if not word.strip():
            return False
        cleaned = clean_keywords([word])
        if not cleaned:
            self._set_error(tr("A keyword cannot start with a dot or contain a slash."))
            return False
        self._set_error("")
        if cleaned[0] not in self._words:
            self._change((*self._words, cleaned[0]))
        return True

    @Slot(str)
    def removeKeyword(self, word: str) -> None:
        self._set_error("")
        if word in self._words:
            self._change(tuple(w for w in self._words if w != word))

    # -- work ------------------------------------------------------------------------------------

    def _change(self, words: tuple[str, ...]) -> None:
        self._edits += 1
        self._set_words(words)
        self._run(self._save)

    def _run(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit()
        self._spawn(self._in_turn(work))

    async def _in_turn(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        try:
            async with self._turn:
                await work()
        finally:
            self._running -= 1
            if self._running == 0:
                self.busyChanged.emit()

    async def _load(self, edits: int) -> None:
        """``edits``: the number of changes when the load was asked for; a change made since
        (and saved after this, in its turn) is kept on screen."""
        if time.monotonic() - self._confirmed_at < CACHE_CATCH_UP:
            words = self._confirmed
        else:
            words = await self._session.keywords()
        self._confirmed = words
        if self._edits == edits:
            self._set_words(words)

    async def _save(self) -> None:
        wanted = self._words
        if wanted == self._confirmed:
            return
        try:
            kept = await self._session.set_keywords(wanted)
        except ApiError as exc:
            self._set_error(self._describe(exc))
            self._set_words(self._confirmed)
            return
        self._confirmed = kept
        self._confirmed_at = time.monotonic()
        if self._words == wanted:
            self._set_words(kept)

    def _set_words(self, words: tuple[str, ...]) -> None:
        if words != self._words:
            self._words = words
            self.keywordsChanged.emit()

    def _set_error(self, text: str) -> None:
        if text != self._error:
            self._error = text
            self.errorChanged.emit()
