"""Spell checking in the composer: misspelled words underlined as the user types, suggestions
and "Add to dictionary" on right-click.

The system's hunspell dictionaries through enchant (pyenchant). The UI thread only ever checks
words, a few microseconds each, with a cache, and only in the block of text just edited (that is
how :class:`QSyntaxHighlighter` works); a block that would take longer than :data:`BUDGET` is
finished in later passes. Loading a dictionary (0.1–0.6 s) and finding suggestions (up to half a
second) run in an executor, on a dictionary of their own, so they never block typing.

Words added are kept in the profile (``words.txt``), for every language.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument
from PySide6.QtQuick import QQuickTextDocument

from .settings import Settings
from .tasks import TaskGroup

log = logging.getLogger(__name__)

BUDGET = 0.004
"""Seconds of dictionary look-ups one pass over a block may take on the UI thread."""

CACHE_SIZE = 20_000
"""Words whose verdict is remembered (a long message re-checks only its new words)."""

DICTIONARY_OF_LANGUAGE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "pl": "pl_PL",
    "ro": "ro_RO",
    "ru": "ru_RU",
}
"""The dictionary for the app's language, when the spelling language follows it."""

UNDERLINE = QColor("#c62828")
"""The colour of a misspelled word and its underline until QML sets the theme's (Qt Quick draws an
underline in the text's colour, whatever the format's underline colour says)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NOT_PROSE = re.compile(r"`[^`]*`?|\S*(?:://|www\.|@|#)\S*|(?<!\S)[:/!]\S*")
"""Code, links, addresses, mentions, room aliases, :emoji: codes and /commands: not checked."""
_GLUE = re.compile(r"[\d_]")


class Dictionary(Protocol):
    """What is used of an ``enchant.Dict``."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...

    def add(self, word: str) -> None: ...


def dictionary_for(choice: str, app_language: str, system_locale: str) -> str:
    """The dictionary's tag: the one chosen, or for ``auto`` the app's language's, in the system's
    region when the system speaks it (``en_GB`` for English on a British system)."""
    if choice != "auto":
        return choice
    if system_locale.split("_")[0] == app_language and "_" in system_locale:
        return system_locale
    return DICTIONARY_OF_LANGUAGE.get(app_language, "en_US")


def load_dictionary(tag: str, words: Path) -> Dictionary | None:
    """The dictionary ``tag`` with the user's own words, or None when the system has none for it
    (or no enchant at all). Slow: call it in an executor."""
    try:
        import enchant
    except ImportError as exc:  # pyenchant needs libenchant-2 from the system
        log.warning("spell checking off: %s", exc)
        return None
    try:
        if not enchant.dict_exists(tag):
            language = tag.split("_")[0]
            candidates = [t for t in enchant.list_languages() if t.split("_")[0] == language]
            if not candidates:
                log.info("no %s dictionary on this system: spelling not checked", tag)
                return None
            tag = candidates[0]
        words.parent.mkdir(parents=True, exist_ok=True)
        dictionary: Dictionary = enchant.DictWithPWL(tag, str(words))
        return dictionary
    except (enchant.errors.Error, OSError) as exc:
        log.warning("the %s dictionary could not be loaded: %s", tag, exc)
        return None


def words_to_check(text: str) -> list[tuple[int, str]]:
    """(position, word) of each word of prose in ``text``; not the word still being typed at its
    very end, which would be underlined at every letter."""
    skipped = [(m.start(), m.end()) for m in _NOT_PROSE.finditer(text)]
    found = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if end == len(text) or end - start < 2:
            continue
        if (start > 0 and _GLUE.match(text, start - 1)) or _GLUE.match(text, end):
            continue  # part of an identifier or a number: abc123, snake_case
        if any(a <= start < b for a, b in skipped):
            continue
        found.append((start, match.group()))
    return found


class SpellChecker(QObject):
    """The dictionary of the spelling language and the highlighters that use it (one per text
    field: :meth:`attach`). ``active`` once a dictionary is loaded and checking is on."""

    activeChanged = Signal()
    markColorChanged = Signal()
    suggestionsReady = Signal(str, list)
    """A word, and what it could have meant (best first), for :meth:`requestSuggestions`."""

    def __init__(
        self,
        settings: Settings,
        words: Path,
        app_language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._words = words
        self._app_language = app_language
        self._tag = ""
        self._dictionary: Dictionary | None = None  # the UI thread's: check only
        self._suggester: Dictionary | None = None  # the executor's: suggest
        self._verdicts: dict[str, bool] = {}
        self._highlighters: list[SpellHighlighter] = []
        self._tasks = TaskGroup()
        self._generation = 0
        self._started = False
        self._mark_color = QColor(UNDERLINE)
        settings.subscribe("spellCheck", lambda _on: self._reload())
        settings.subscribe("spellLanguage", lambda _tag: self._reload())
        # the app's language may decide the dictionary; its translators come in the same call
        settings.subscribe("language", lambda _code: QTimer.singleShot(0, self, self._reload))

    def _get_active(self) -> bool:
        return self._dictionary is not None

    active = QtProperty(bool, _get_active, notify=activeChanged)

    def _get_language(self) -> str:
        return self._tag

    language = QtProperty(str, _get_language, notify=activeChanged)
    """The dictionary in use ("" while none is)."""

    def _get_mark_color(self) -> QColor:
        return self._mark_color

    def _set_mark_color(self, color: QColor) -> None:
        if QColor(color) != self._mark_color:
            self._mark_color = QColor(color)
            self.markColorChanged.emit()
            self._rehighlight()

    markColor = QtProperty(QColor, _get_mark_color, _set_mark_color, notify=markColorChanged)
    """The colour of misspelled words (the theme's danger colour, set from QML)."""

    @property
    def mark_format(self) -> QTextCharFormat:
        mark = QTextCharFormat()
        mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        mark.setUnderlineColor(self._mark_color)
        mark.setForeground(self._mark_color)
        return mark

    # -- the dictionary ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Load the dictionary the settings ask for (in the background), once. A text field
        calls this when it first takes the focus: a start-up that shows only the conversation
        list loads no dictionary (about 9 MB and 30 ms)."""
        if not self._started:
            self._started = True
            self._reload()

    @Slot()
    def _reload(self) -> None:
        if not self._started:
            return  # no field to check yet: nothing is loaded before one needs it
        self._generation += 1
        generation = self._generation
        had = self._dictionary is not None
        self._dictionary = self._suggester = None
        self._verdicts.clear()
        self._tag = ""
        if had:
            self._rehighlight()
            self.activeChanged.emit()
        if not self._settings.value("spellCheck"):
            return
        tag = dictionary_for(
            self._settings.value("spellLanguage"), self._app_language(), QLocale.system().name()
        )
        self._tasks.spawn(self._load(tag, generation), name="load-dictionary")

    async def _load(self, tag: str, generation: int) -> None:
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        dictionary = await loop.run_in_executor(None, load_dictionary, tag, self._words)
        if generation != self._generation or dictionary is None:
            return  # the settings changed meanwhile, or there is no such dictionary
        log.info("%s dictionary loaded in %.0f ms", tag, (time.perf_counter() - started) * 1000)
        self._dictionary = dictionary
        self._tag = tag
        self._rehighlight()
        self.activeChanged.emit()

    def _rehighlight(self) -> None:
        for highlighter in list(self._highlighters):
            highlighter.rehighlight()

    def known(self, word: str, deadline: float) -> bool | None:
        """Whether ``word`` is spelt right (True when nothing checks); None when the time of this
        pass is up and the word is not in the cache."""
        dictionary = self._dictionary
        if dictionary is None:
            return True
        verdict = self._verdicts.get(word)
        if verdict is None:
            if time.perf_counter() > deadline:
                return None
            verdict = dictionary.check(word)
            if len(self._verdicts) >= CACHE_SIZE:
                self._verdicts.clear()
            self._verdicts[word] = verdict
        return verdict

    # -- from QML ------------------------------------------------------------------------------

    @Slot(QObject)
    def attach(self, document: QObject) -> None:
        """Check the text of a TextArea (its ``textDocument``) from now on, until it goes away."""
        if not isinstance(document, QQuickTextDocument):
            log.warning("not a text document: %r", document)
            return
        self.attach_text(document.textDocument())

    def attach_text(self, text: QTextDocument) -> SpellHighlighter:
        """Check ``text`` from now on (its highlighter, made once per document)."""
        highlighter = text.findChild(SpellHighlighter)
        if isinstance(highlighter, SpellHighlighter):
            return highlighter
        highlighter = SpellHighlighter(text, self)
        self._highlighters.append(highlighter)
        highlighter.destroyed.connect(lambda: self._highlighters.remove(highlighter))
        return highlighter

    @Slot(QObject, int, result="QVariantMap")
    def wordAt(self, document: QObject, position: int) -> dict[str, Any]:
        """The word at ``position`` of the field's text: {word, start, end, misspelled}; an empty
        word when there is none."""
        none: dict[str, Any] = {"word": "", "start": position, "end": position, "misspelled": False}
        if not isinstance(document, QQuickTextDocument):
            return none
        block = document.textDocument().findBlock(position)
        if not block.isValid():
            return none
        text = block.text()
        offset = position - block.position()
        for start, word in words_to_check(text + " "):  # the last word too, when asked
            if start <= offset <= start + len(word):
                at = block.position() + start
                misspelled = self.known(word, float("inf")) is False
                return {"word": word, "start": at, "end": at + len(word), "misspelled": misspelled}
        return none

    @Slot(str)
    def requestSuggestions(self, word: str) -> None:
        """Find what ``word`` could have meant, in the background: :attr:`suggestionsReady`."""
        if self._dictionary is not None:
            self._tasks.spawn(self._suggest(word, self._generation), name="spelling-suggestions")

    async def _suggest(self, word: str, generation: int) -> None:
        loop = asyncio.get_running_loop()
        if self._suggester is None:
            self._suggester = await loop.run_in_executor(None, load_dictionary, self._tag, self._words)
        suggester = self._suggester
        found = await loop.run_in_executor(None, suggester.suggest, word) if suggester is not None else []
        if generation == self._generation:
            self.suggestionsReady.emit(word, found[:6])

    @Slot(str)
    def addWord(self, word: str) -> None:
        """Spell ``word`` as right from now on (kept in the profile's word list)."""
        if self._dictionary is None or not word:
            return
        self._dictionary.add(word)
        self._verdicts[word] = True
        self._suggester = None  # it reads the word list again when next needed
        self._rehighlight()

    async def close(self) -> None:
        self._generation += 1
        await self._tasks.cancel_all()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelled words of one document, a block at a time."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        super().__init__(document)
        self._checker = checker
        self._pending: list[QTextBlock] = []
        self.misspelled: dict[int, list[str]] = {}
        """Block number → its words underlined, as the last pass left them (for tests)."""

    def highlightBlock(self, text: str) -> None:
        deadline = time.perf_counter() + BUDGET
        wrong: list[str] = []
        mark = self._checker.mark_format
        for start, word in words_to_check(text):
            verdict = self._checker.known(word, deadline)
            if verdict is None:  # out of time: the words already checked are cached for next time
                self._finish_later(self.currentBlock())
                break
            if not verdict:
                self.setFormat(start, len(word), mark)
                wrong.append(word)
        self.misspelled[self.currentBlock().blockNumber()] = wrong

    def _finish_later(self, block: QTextBlock) -> None:
        if not self._pending:
            QTimer.singleShot(0, self, self._finish)
        self._pending.append(block)

    @Slot()
    def _finish(self) -> None:
        blocks, self._pending = self._pending, []
        for block in blocks:
            if block.isValid():
                self.rehighlightBlock(block)
