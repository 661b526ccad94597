"""The user interface's language: Qt's translators for the system's language or the user's choice.

The ``language`` setting is ``"system"`` (the first of the system's preferred languages that ships,
else English) or one code of :data:`~.languages.SHIPPED`. The app's compiled translation
(``messenger_<code>.qm``, built from ``resources/translations/*.ts`` when the package is built) and
Qt's own (``qtbase_<code>.qm``, the texts of Qt's stock controls) are installed in the application,
the default :class:`QLocale` follows (dates, times and numbers), and every QML engine retranslates
at once: a new choice shows without a restart.

Translators belong to the application, not to one window, so the ones installed here are kept at
module level and replaced as a whole by the next :func:`apply`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtQml import QQmlEngine

from .languages import SHIPPED, SOURCE
from .settings import Settings

log = logging.getLogger(__name__)

DIRECTORY_ENV = "MESSENGER_TRANSLATIONS"
"""A directory of ``messenger_<code>.qm`` files used instead of the installed ones: a translator
previews their work (``scripts/translations build``) and tests load a pseudo-translation."""

_installed: list[QTranslator] = []


class LanguageChanges(QObject):
    """Says when the application's translators were replaced (:func:`apply`), for texts made in
    Python (the Settings window's rows, the tray's menu): they are made with the translators of
    their moment and, unlike QML's, are not retranslated by the engines. Whoever made them first
    (the language from the system, set up after them; or a later choice) makes them again."""

    changed = Signal()


_changes: LanguageChanges | None = None


def language_changes() -> LanguageChanges:
    """The application's one :class:`LanguageChanges` (connect a slot of a QObject: the connection
    ends with it)."""
    global _changes
    if _changes is None or not shiboken6.isValid(_changes):
        _changes = LanguageChanges()
    return _changes


def chosen_language(choice: str, system: QLocale) -> str:
    """The code of the language to show: ``choice`` when it ships, else the first of the system's
    preferred languages that ships, else the source language."""
    if choice in SHIPPED:
        return choice
    for tag in system.uiLanguages():
        code = tag.replace("_", "-").split("-", 1)[0].lower()
        if code in SHIPPED:
            return code
    return SOURCE


def locale_for(code: str, system: QLocale) -> QLocale:
    """Formats for ``code``: the system's own when it speaks that language (a Swiss German keeps
    Swiss dates), else the language's main region. English on a C locale (no locale set, as on
    servers and in CI) keeps the C locale's neutral 24-hour formats."""
    wanted = QLocale(code)
    if system.language() == wanted.language():
        return system
    if code == SOURCE and system.language() == QLocale.Language.C:
        return system
    return wanted


def apply(code: str, locale: QLocale, directory: Path) -> bool:
    """Install the translators for ``code`` (replacing the previous ones) and make ``locale`` the
    default; whether the app's own translation was found (English needs none but its plurals)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = False
    for name, folder in ((f"qtbase_{code}.qm", Path(qt_dir)), (f"messenger_{code}.qm", directory)):
        translator = QTranslator()
        path = folder / name
        if path.is_file() and translator.load(str(path)):
            if app is not None:
                QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            found = found or name.startswith("messenger_")
        elif name.startswith("messenger_"):
            log.warning("no translation %s (run scripts/translations build)", path)
    language_changes().changed.emit()
    return found


class Translations(QObject):
    """Follows the ``language`` setting: installs its translators and retranslates the engines."""

    languageChanged = Signal()

    def __init__(self, settings: Settings, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        override = os.environ.get(DIRECTORY_ENV)
        self._directory = Path(override) if override else directory
        self._settings = settings
        self._engines: list[QQmlEngine] = []
        self._code = ""
        self._apply(settings.value("language"))
        settings.subscribe("language", self._apply)

    def _get_language(self) -> str:
        return self._code

    language = QtProperty(str, _get_language, notify=languageChanged)
    """The code of the language shown (``"system"`` resolved)."""

    def add_engine(self, engine: QQmlEngine) -> None:
        """Retranslate ``engine`` whenever the language changes (from now on)."""
        self._engines.append(engine)
        engine.setUiLanguage(self._code)

    def _apply(self, choice: str) -> None:
        if not shiboken6.isValid(self):
            return  # the window this followed is gone; a later one has its own
        system = QLocale.system()
        code = chosen_language(choice, system)
        apply(code, locale_for(code, system), self._directory)
        self._code = code
        self._engines = [engine for engine in self._engines if shiboken6.isValid(engine)]
        for engine in self._engines:
            engine.setUiLanguage(code)
            engine.retranslate()
        self.languageChanged.emit()
