"""The emoji picker's model: the emoji of a category, the recent list or a search, with the
chosen skin tone; recents and the skin tone persist in the settings.

The catalogue (:mod:`.emoji_data`) is built on a worker thread the first time a model asks
(:meth:`EmojiModel.ensureLoaded`, which the picker calls when it opens), once per process; nothing
of it is imported at start-up. Then, on the UI thread, one sample emoji of each Emoji version is
laid out with the app's fonts (a few layouts, ~10 ms once), and versions the installed emoji font
cannot draw as one glyph are hidden, so the grid never shows empty boxes or ZWJ sequences falling
apart (Debian 12's Noto Color Emoji draws up to Emoji 15.1).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

from .row_model import RowListModel, ValuesRow, role_table
from .settings import Settings

if TYPE_CHECKING:
    from .emoji_data import Catalogue, Emoji

log = logging.getLogger(__name__)

RECENT = "recent"
MAX_SHORTCODE_SUGGESTIONS = 8
CATEGORY_KEYS = (
    RECENT,
    "smileys",
    "people",
    "nature",
    "food",
    "travel",
    "activities",
    "objects",
    "symbols",
    "flags",
)
"""The picker's tabs in order (the catalogue's categories after "recent")."""
MAX_RECENT = 32
SKIN_TONES = 5
"""Skin tones 1–5 (light to dark); 0 is the default yellow."""

ROLE_NAMES = ("emoji", "name", "description", "hasSkinTones")
ROLES = role_table(ROLE_NAMES)


_lock = threading.Lock()
_loading: Future[Catalogue] | None = None


class _Announcer(QObject):
    """Tells the models on the UI thread that the catalogue is here.

    The loader thread emits this object's signal, never a model's: a model may be destroyed (its
    window closed) while the loader runs, and touching it from that thread then would crash. This
    one lives as long as the application.
    """

    ready = Signal()


_announcer: _Announcer | None = None


def _catalogue_announcer() -> _Announcer:
    """The announcer, made on the UI thread the first time a model waits for the catalogue."""
    global _announcer
    if _announcer is None:
        announcer = _Announcer(QCoreApplication.instance())
        _announcer = announcer

        def announce(_future: Future[Catalogue]) -> None:
            with contextlib.suppress(RuntimeError):  # the application is already gone
                announcer.ready.emit()

        load_catalogue().add_done_callback(announce)
    return _announcer


def load_catalogue() -> Future[Catalogue]:
    """The catalogue, parsed once per process on a worker thread."""
    global _loading
    with _lock:
        if _loading is None:
            future: Future[Catalogue] = Future()

            def work() -> None:
                try:
                    from .emoji_data import read_catalogue

                    future.set_result(read_catalogue())
                except Exception as exc:  # reported to whoever waits for it
                    future.set_exception(exc)

            threading.Thread(target=work, name="emoji-catalogue", daemon=True).start()
            _loading = future
        return _loading


# -- which emoji the fonts can draw ----------------------------------------------------------------


def renders_as_one_glyph(text: str, font: QFont | None = None) -> bool:
    """Whether the app's fonts draw ``text`` as one glyph (a ZWJ sequence the font does not know
    falls apart into several; a code point no font has becomes glyph 0, the empty box)."""
    layout = QTextLayout(text, font if font is not None else _sample_font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    glyphs = 0
    for run in line.glyphRuns():
        indexes = run.glyphIndexes()
        advances = run.rawFont().advancesForGlyphIndexes(indexes)
        for index, advance in zip(indexes, advances, strict=False):
            if advance.x() <= 0:  # joiners and variation selectors
                continue
            if index == 0:
                return False
            glyphs += 1
    return glyphs == 1


def _sample_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(24)
    return font


def drawable(catalogue: Catalogue) -> Catalogue:
    """The part of ``catalogue`` the installed fonts draw (everything if no emoji font is found
    at all: then nothing better can be shown anyway)."""
    if QGuiApplication.instance() is None:
        return catalogue
    font = _sample_font()
    samples = catalogue.versions()
    supported = {version for version, sample in samples.items() if renders_as_one_glyph(sample, font)}
    if not supported:
        log.warning("no colour emoji font found: emoji may show as empty boxes")
        return catalogue
    newest = max(supported)  # fonts grow by whole versions; an older sample failing is a fluke
    hidden = sorted(version for version in samples if version > newest)
    if hidden:
        log.info("emoji of Emoji versions %s are hidden: the installed fonts cannot draw them", hidden)
    return catalogue.restricted_to(lambda version: version <= newest)


# -- the model -------------------------------------------------------------------------------------


class EmojiModel(RowListModel):
    """The emoji of one category, the recent list, or the results of a search.

    A search (non-empty :attr:`query`) shows results from every category; otherwise
    :attr:`category` decides (``"recent"``, ``"smileys"``, … ``"flags"``). Rows: ``emoji`` (with
    the :attr:`skinTone` applied where the emoji has tones), ``name`` (short code without colons),
    ``description`` (the CLDR name: "Thumbs up") and ``hasSkinTones``. The catalogue loads on first use
    (:meth:`ensureLoaded`); :attr:`loaded` turns true when it is there.
    """

    ROLE_NAMES = ROLE_NAMES

    loadedChanged = Signal()
    categoryChanged = Signal()
    queryChanged = Signal()
    skinToneChanged = Signal()
    recentChanged = Signal()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._catalogue: Catalogue | None = None
        self._rows: list[ValuesRow] = []
        self._shown: list[Emoji | None] = []
        self._category = "smileys"
        self._query = ""
        self._recent: list[str] = []
        self._skin_tone = 0
        self._waiting = False
        if settings is not None:
            self._recent = _valid_recent(settings.value("recentEmoji"))
            self._skin_tone = int(settings.value("emojiSkinTone"))
            unsubscribe = [
                settings.subscribe("recentEmoji", self._recent_from_settings),
                settings.subscribe("emojiSkinTone", self._tone_from_settings),
            ]
            self.destroyed.connect(lambda: _call_each(unsubscribe))

    # -- loading -----------------------------------------------------------------------------------

    @Slot()
    def ensureLoaded(self) -> None:
        """Start loading the catalogue if it is not here yet (returns at once)."""
        if self._catalogue is not None:
            return
        future = load_catalogue()
        if future.done():
            self._adopt_catalogue()
            return
        if not self._waiting:
            self._waiting = True
            _catalogue_announcer().ready.connect(self._adopt_catalogue, Qt.ConnectionType.QueuedConnection)
            if future.done():  # it finished while connecting: the announcement may have been missed
                self._adopt_catalogue()

    def load_now(self) -> None:
        """Load the catalogue on this thread, waiting for it (tests, benchmarks)."""
        load_catalogue().result()
        self._adopt_catalogue()

    @Slot()
    def _adopt_catalogue(self) -> None:
        if self._catalogue is not None:
            return
        try:
            catalogue = load_catalogue().result()
        except Exception:
            log.exception("the emoji catalogue could not be read")
            return
        self._catalogue = _drawable_cached(catalogue)
        self._rebuild()
        self.loadedChanged.emit()

    def _get_loaded(self) -> bool:
        return self._catalogue is not None

    loaded = QtProperty(bool, _get_loaded, notify=loadedChanged)

    # -- what is shown -----------------------------------------------------------------------------

    def _get_category(self) -> str:
        return self._category

    category = QtProperty(str, _get_category, notify=categoryChanged)

    @Slot(str)
    def setCategory(self, category: str) -> None:
        """Show ``category`` (also refreshes the recent list when it is shown again)."""
        if category not in CATEGORY_KEYS:
            log.warning("unknown emoji category %r", category)
            return
        changed = category != self._category
        self._category = category
        self._rebuild()
        if changed:
            self.categoryChanged.emit()

    def _get_query(self) -> str:
        return self._query

    query = QtProperty(str, _get_query, notify=queryChanged)

    @Slot(str)
    def setQuery(self, query: str) -> None:
        if query == self._query:
            return
        self._query = query
        self._rebuild()
        self.queryChanged.emit()

    def _get_skin_tone(self) -> int:
        return self._skin_tone

    def _set_skin_tone(self, tone: int) -> None:
        if not 0 <= tone <= SKIN_TONES or tone == self._skin_tone:
            return
        self._skin_tone = tone
        if self._settings is not None:
            self._settings.set_value("emojiSkinTone", tone)
        self._retone()
        self.skinToneChanged.emit()

    skinTone = QtProperty(int, _get_skin_tone, _set_skin_tone, notify=skinToneChanged)

    def _tone_from_settings(self, tone: Any) -> None:
        self._set_skin_tone(int(tone))

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    @Slot(int, result=str)
    def emojiAt(self, row: int) -> str:
        return self._rows[row].values[0] if 0 <= row < len(self._rows) else ""

    @Slot(str, result="QVariantList")
    def shortcodeSuggestions(self, prefix: str) -> list[dict[str, str]]:
        """Emoji whose short code or name starts with ``prefix`` (typed after ":"), best first,
        in the chosen skin tone: [{emoji, name, description}]. Empty until the catalogue is here
        (asking starts loading it: the next keystroke has it)."""
        if self._catalogue is None:
            self.ensureLoaded()
            return []
        found = []
        for item in self._catalogue.search(prefix)[:MAX_SHORTCODE_SUGGESTIONS]:
            found.append(
                {"emoji": item.with_tone(self._skin_tone), "name": item.name, "description": item.description}
            )
        return found

    # -- recents -----------------------------------------------------------------------------------

    def _get_recent(self) -> list[str]:
        return list(self._recent)

    recent = QtProperty(list, _get_recent, notify=recentChanged)
    """The emoji used most recently, newest first."""

    @Slot(str)
    def recordUse(self, emoji: str) -> None:
        """``emoji`` was just used: first in the recent list (persisted). A recent list on
        screen does not reorder under the pointer; it is refreshed when shown again."""
        if not _valid_emoji(emoji):
            return
        recent = [emoji, *(used for used in self._recent if used != emoji)][:MAX_RECENT]
        if recent == self._recent:
            return
        self._recent = recent
        if self._settings is not None:
            self._settings.set_value("recentEmoji", list(recent))
        self.recentChanged.emit()

    def _recent_from_settings(self, value: Any) -> None:
        recent = _valid_recent(value)
        if recent != self._recent:
            self._recent = recent
            self.recentChanged.emit()

    # -- rows --------------------------------------------------------------------------------------

    def _visible(self) -> list[tuple[str, Emoji | None]]:
        """(the sequence to show, its emoji) for the current view."""
        catalogue = self._catalogue
        if catalogue is None:
            return []
        if self._query.strip():
            return [(item.with_tone(self._skin_tone), item) for item in catalogue.search(self._query)]
        if self._category == RECENT:
            return [(used, catalogue.by_char.get(used)) for used in self._recent]
        items = catalogue.by_category.get(self._category, ())
        return [(item.with_tone(self._skin_tone), item) for item in items]

    def _rebuild(self) -> None:
        visible = self._visible()
        before = len(self._rows)
        self.beginResetModel()
        self._shown = [item for _, item in visible]
        self._rows = [_row(char, item) for char, item in visible]
        self.endResetModel()
        if len(self._rows) != before:
            self.countChanged.emit()

    def _retone(self) -> None:
        """The skin tone changed: the same emoji, retoned in place (the scroll position stays)."""
        if not self._rows or (self._category == RECENT and not self._query.strip()):
            return
        self._rows = [
            _row(item.with_tone(self._skin_tone), item) if item is not None else row
            for row, item in zip(self._rows, self._shown, strict=True)
        ]
        self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [ROLES["emoji"]])


def _call_each(callbacks: Iterable[Callable[[], None]]) -> None:
    for callback in callbacks:
        callback()


def _row(char: str, item: Emoji | None) -> ValuesRow:
    if item is None:
        return ValuesRow((char, "", "", False))
    return ValuesRow((char, item.name, item.description, bool(item.tones)))


def _valid_emoji(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 32 and not value.isspace()


def _valid_recent(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    seen: list[str] = []
    for item in value:
        if _valid_emoji(item) and item not in seen:
            seen.append(item)
    return seen[:MAX_RECENT]


_drawable_lock = threading.Lock()
_drawable_results: dict[int, Catalogue] = {}


def _drawable_cached(catalogue: Catalogue) -> Catalogue:
    """:func:`drawable`, worked out once per catalogue (the fonts do not change while we run)."""
    with _drawable_lock:
        result = _drawable_results.get(id(catalogue))
        if result is None:
            result = drawable(catalogue)
            _drawable_results[id(catalogue)] = result
        return result
