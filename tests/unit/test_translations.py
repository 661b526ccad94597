"""Translations: the shipped languages are complete (the CI check), the check catches what breaks a
translation, and the language follows the setting and the system as documented."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from messenger_desktop.qt.dnd import dnd_label
from messenger_desktop.qt.formatting import day_label, list_time, members_text
from messenger_desktop.qt.languages import NATIVE_NAMES, SHIPPED, SOURCE
from messenger_desktop.qt.platform.tray import TrayController
from messenger_desktop.qt.settings import BY_KEY, Settings
from messenger_desktop.qt.settings_rows import ROLES, SettingsRowsModel
from messenger_desktop.qt.translations import apply, chosen_language, locale_for
from tests.support.translation_tool import SCRIPT, system_language, translation_tool

# the tests with the application object need no display (scripts/test and CI set this too)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"


def test_the_shipped_languages_are_completely_translated() -> None:
    """``scripts/translations check``: nothing untranslated, missing, vanished, or with broken
    placeholders or plural forms in any language of ``languages.SHIPPED``."""
    done = subprocess.run([sys.executable, str(SCRIPT), "check"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_language_offered_has_a_source_and_a_name_in_itself() -> None:
    option = BY_KEY["language"]
    assert option.choices == ("system", *SHIPPED)
    assert SOURCE in SHIPPED
    for code in SHIPPED:
        assert (TRANSLATIONS / f"messenger_{code}.ts").is_file()
    assert option.choice_labels[1:] == tuple(NATIVE_NAMES[code] for code in SHIPPED)


def _message(source: str, forms: list[str], numerus: bool = False) -> object:
    tool = translation_tool()
    return tool.Message("ctx", source, numerus=numerus, forms=forms, state="", locations=[("a.qml", 1)])


def test_the_check_finds_lost_placeholders_plural_forms_and_leftovers() -> None:
    tool = translation_tool()
    fresh = [
        _message("Reply to %1", []),
        _message("%n member(s)", [], numerus=True),
        _message("The chosen camera is not connected; {name} is used.", []),
        _message("Ready", []),
    ]
    translated = [
        _message("Reply to %1", ["Antwort an"]),
        _message("%n member(s)", ["ein Mitglied", "%n Mitglieder"], numerus=True),
        _message("The chosen camera is not connected; {name} is used.", ["Die Kamera {name}."]),
        _message("Gone from the app", ["Weg"]),
    ]
    found = "\n".join(tool.problems("de", fresh, translated))
    assert "placeholders differ" in found and "Antwort an" in found
    assert "no %n in a plural form" in found and "ein Mitglied" in found
    assert "missing" in found and "Ready" in found
    assert "no longer in the app" in found and "Gone from the app" in found
    assert "{name}" not in found  # kept, so fine
    russian = tool.problems("ru", fresh[1:2], [_message("%n member(s)", ["%n a", "%n b"], numerus=True)])
    assert any("2 plural forms instead of 3" in line for line in russian)


def test_a_pseudo_translation_is_longer_and_keeps_what_the_code_fills_in() -> None:
    tool = translation_tool()
    text = tool.pseudo_text("Reply to %1 <b>now</b> &amp; %n more\n")
    assert "%1" in text and "<b>" in text and "</b>" in text and "&amp;" in text and "%n" in text
    assert "Réplý" in text
    assert len(tool.pseudo_text("Search conversations")) >= len("Search conversations") * 1.4


def test_the_language_follows_the_setting_then_the_system() -> None:
    swiss = QLocale("de_CH")
    assert chosen_language("system", swiss) == "de"
    assert locale_for("de", swiss).name() == "de_CH"  # Swiss formats kept
    assert chosen_language("fr", swiss) == "fr"
    assert locale_for("fr", swiss).name() == "fr_FR"
    assert chosen_language("system", QLocale("ja_JP")) == SOURCE  # not translated: English
    assert chosen_language("system", QLocale.c()) == SOURCE
    assert locale_for(SOURCE, QLocale.c()) == QLocale.c()  # no locale set: neutral 24-hour times


@pytest.fixture
def german() -> Iterator[None]:
    """The German translation and formats installed, the usual ones back afterwards."""
    if QCoreApplication.instance() is None:
        pytest.skip("needs the application object the UI tests make")  # pragma: no cover
    assert apply("de", QLocale("de_DE"), TRANSLATIONS), "no messenger_de.qm: run scripts/translations build"
    yield
    system_language()


def test_dates_times_and_counts_read_as_a_german_speaker_writes_them(qapp: object, german: None) -> None:
    today = date(2025, 6, 10)  # a Tuesday
    assert day_label(date(2025, 6, 9), today) == "Gestern"
    assert day_label(date(2025, 6, 6), today) == "Freitag"
    assert day_label(date(2025, 3, 3), today) == "3. März"
    assert day_label(date(2024, 3, 3), today) == "3. März 2024"
    assert (
        list_time(int(datetime(2025, 3, 3, 9, 5).timestamp() * 1000), datetime(2025, 6, 10, 12)) == "3. März"
    )
    assert members_text(1) == "1 Mitglied"
    assert members_text(12) == "12 Mitglieder"
    now = datetime(2025, 6, 10, 13, 30)
    assert dnd_label(datetime(2025, 6, 11, 8, 0).timestamp() * 1000, now) == "Bis morgen 08:00"
    assert dnd_label(datetime(2025, 6, 13, 8, 0).timestamp() * 1000, now) == "Bis Freitag 08:00"


# -- self.tr (the tray's menu) and texts made in Python before the translators -------------------


def test_self_tr_is_found_in_the_context_of_its_class() -> None:
    """PySide's ``QObject.tr`` translates in the context of the object's class name; the strings
    of ``self.tr`` calls are found there (the tray's menu was missing from every language)."""
    tool = translation_tool()
    tree = ast.parse(
        textwrap.dedent(
            """
            class Outer(QObject):
                def menu(self):
                    self.tr("Quit")

                    class Inner(QObject):
                        def tip(self):
                            return self.tr("%n unread", "", 3)

            def loose(self):
                return self.tr("Not in a class")
            """
        )
    )
    classes = tool._enclosing_classes(tree)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    found = [tool._self_tr(call, classes.get(id(call))) for call in calls]
    assert ("Outer", "Quit", "", False) in found
    assert ("Inner", "%n unread", "", True) in found
    assert not any(one is not None and one[1] == "Not in a class" for one in found)
    tray = {m.source: m.numerus for m in tool.python_messages(warn=False) if m.context == "TrayController"}
    assert {"Open Messenger", "Do not disturb", "For 1 hour", "Until tomorrow", "Off", "Quit"} <= set(tray)
    assert tray["%n unread"] is True


def _menu_texts(tray: TrayController) -> list[str]:
    return [action.text() for action in tray.menu.actions() if not action.isSeparator()]


def test_the_tray_menu_speaks_the_language_shown_and_follows_a_new_one(qapp: object, german: None) -> None:
    tray = TrayController(Settings(None))
    try:
        assert _menu_texts(tray) == [
            "Messenger öffnen",
            "Nicht stören",
            "Alle als gelesen markieren",
            "Beenden",
        ]
        tray.set_unread(3, False)
        assert tray.tray_icon.toolTip() == "Messenger — 3 ungelesen"
        assert apply("ro", QLocale("ro_RO"), TRANSLATIONS)  # chosen in Settings: no restart
        assert _menu_texts(tray) == ["Deschide Messenger", "Nu deranja", "Marchează totul ca citit", "Ieși"]
        assert [action.text() for action in tray.dnd_menu.actions() if not action.isSeparator()] == [
            "Timp de o oră",
            "Până mâine",
            "Dezactivat",
        ]
        assert tray.tray_icon.toolTip() == "Messenger — 3 necitite"
    finally:
        tray.close()


def _row_texts(model: SettingsRowsModel, key: str) -> tuple[str, list[str]]:
    """The label of the row for ``key`` and its choices' names, as the window reads them."""
    for row in range(model.rowCount()):
        index = model.index(row)
        if model.data(index, ROLES["key"]) == key:
            choices = [choice["label"] for choice in model.data(index, ROLES["choices"])]
            return model.data(index, ROLES["label"]), choices
    raise AssertionError(f"no row {key}")


def test_settings_rows_made_before_the_translators_still_follow_them(qapp: object) -> None:
    """The rows are made with the controller, which may come before the translators for the
    system's language are installed (the language setting stays "system", so nothing changes
    afterwards): they are made again when the translators arrive, not left in English."""
    try:
        apply(SOURCE, QLocale.c(), TRANSLATIONS)
        model = SettingsRowsModel(Settings(None))
        assert _row_texts(model, "theme") == ("Theme", ["System", "Light", "Dark"])
        assert apply("de", QLocale("de_DE"), TRANSLATIONS)  # a German system, set up afterwards
        assert _row_texts(model, "theme") == ("Design", ["System", "Hell", "Dunkel"])
        assert _row_texts(model, "enterSends")[0] == "Mit Enter senden"
        assert apply("ro", QLocale("ro_RO"), TRANSLATIONS)
        assert _row_texts(model, "theme") == ("Temă", ["Sistem", "Luminoasă", "Întunecată"])
    finally:
        system_language()


def test_romanian_counts_take_de_from_twenty(qapp: object) -> None:
    """Romanian's three plural forms (one, few, other): 1, 2–19 and 101–119 without "de", 20 and
    above with it."""
    try:
        assert apply("ro", QLocale("ro_RO"), TRANSLATIONS)
        assert [members_text(n) for n in (1, 2, 19, 20, 101, 120)] == [
            "1 membru",
            "2 membri",
            "19 membri",
            "20 de membri",
            "101 membri",
            "120 de membri",
        ]
    finally:
        system_language()
