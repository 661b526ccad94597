"""The emoji picker's data and model: categories, search, skin tones, recents, lazy loading."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.emoji import (
    CATEGORY_KEYS,
    MAX_RECENT,
    ROLES,
    EmojiModel,
    drawable,
    renders_as_one_glyph,
)
from messenger_desktop.qt.emoji_data import CATEGORIES, Grouped, build, normalise
from messenger_desktop.qt.settings import Settings

LIGHT, MEDIUM = "\U0001f3fb", "\U0001f3fd"


def column(model: EmojiModel, role: str = "emoji") -> list[Any]:
    return [model.data(model.index(row), ROLES[role]) for row in range(model.rowCount())]


@pytest.fixture
def model(qapp: QApplication) -> EmojiModel:
    emoji_model = EmojiModel()
    emoji_model.load_now()
    return emoji_model


def test_the_model_loads_off_the_ui_thread_only_when_asked(qapp: QApplication) -> None:
    code = (
        "import sys, messenger_desktop.qt.emoji as e; m = e.EmojiModel(); "
        "assert not m.loaded and m.rowCount() == 0; "
        "assert not {'emoji', 'emojis', 'messenger_desktop.qt.emoji_data'} & set(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])

    model = EmojiModel()
    model.ensureLoaded()  # returns at once; the rows come later, on this thread
    deadline = time.monotonic() + 20
    while not model.loaded:
        assert time.monotonic() < deadline, "the catalogue did not load"
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert model.rowCount() > 100  # smileys


def test_every_category_has_emoji_in_the_standard_order(model: EmojiModel, qtmodeltester: Any) -> None:
    assert ("recent", *(key for key, _ in CATEGORIES)) == CATEGORY_KEYS
    qtmodeltester.check(model)
    firsts = {}
    for key in CATEGORY_KEYS[1:]:
        model.setCategory(key)
        assert model.category == key
        assert model.rowCount() > 50, key
        firsts[key] = column(model)[0]
    assert firsts["smileys"] == "😀"
    model.setCategory("people")
    assert "👍" in column(model)
    assert "🏃‍➡️" in column(model)  # Emoji 15.1, newer than the gemoji data: by its first emoji
    model.setCategory("food")
    limes = column(model)
    assert limes.index("🍋‍🟩") == limes.index("🍋") + 1
    model.setCategory("flags")
    assert "🇩🇪" in column(model)
    model.setCategory("nope")  # ignored
    assert model.category == "flags"


def test_search_finds_names_short_codes_and_keywords_best_first(model: EmojiModel) -> None:
    model.setQuery("thumb")
    assert column(model)[:2] == ["👍", "👎"]
    assert column(model, "name")[0] == "+1"
    assert column(model, "description")[0] == "Thumbs up"
    assert model.emojiAt(0) == "👍"
    assert model.count == model.rowCount()
    for query, first in [
        (":+1:", "👍"),
        ("red heart", "❤️"),
        ("Germany", "🇩🇪"),
        ("lol", "🤣"),
        ("tears joy", "😂"),
    ]:
        model.setQuery(query)
        assert column(model)[0] == first, query
    model.setQuery("fruit")  # a keyword
    assert {"🍒", "🍌"} <= set(column(model))
    model.setQuery("zzzzqx")
    assert model.rowCount() == 0
    assert model.emojiAt(0) == ""
    model.setQuery("")
    assert column(model)[0] == "😀"  # back to the category


def test_the_skin_tone_applies_to_emoji_that_have_tones(qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    model = EmojiModel(settings=settings)
    model.load_now()
    model.setCategory("people")
    thumbs = column(model).index("👍")
    assert column(model, "hasSkinTones")[thumbs] is True
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, _roles: changed.append(last.row() - first.row() + 1))

    model.skinTone = 3
    assert model.skinTone == 3
    assert column(model)[thumbs] == "👍" + MEDIUM
    assert "🤝" + MEDIUM in column(model)  # two people, both in the tone
    assert (resets, changed) == ([], [model.rowCount()])  # retoned in place: the scroll stays
    model.setQuery("grinning face")
    assert column(model)[0] == "😀"  # no tones: unchanged
    assert column(model, "hasSkinTones")[0] is False
    model.setQuery("thumbs up")
    assert column(model)[0] == "👍" + MEDIUM

    assert settings.value("emojiSkinTone") == 3
    assert EmojiModel(settings=Settings(tmp_path / "settings.json")).skinTone == 3
    settings.set_value("emojiSkinTone", 1)  # changed elsewhere (another picker)
    assert model.skinTone == 1
    model.skinTone = 9  # out of range: ignored
    assert model.skinTone == 1


def test_recents_are_newest_first_unique_limited_and_persisted(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    model = EmojiModel(settings=Settings(path))
    model.load_now()
    model.setCategory("flags")
    flags = column(model)[: MAX_RECENT + 8]
    changes: list[bool] = []
    model.recentChanged.connect(lambda: changes.append(True))
    for flag in flags:
        model.recordUse(flag)
    assert model.recent == list(reversed(flags))[:MAX_RECENT]
    model.recordUse(flags[-5])  # again: to the front, not twice
    assert model.recent[:2] == [flags[-5], flags[-1]]
    assert len(model.recent) == len(set(model.recent)) == MAX_RECENT
    model.recordUse("👍" + LIGHT)  # as picked, tone and all
    model.recordUse("")  # nothing: ignored
    assert model.recent[0] == "👍" + LIGHT
    assert len(changes) == len(flags) + 2

    assert json.loads(path.read_text())["recentEmoji"] == model.recent
    again = EmojiModel(settings=Settings(path))
    again.load_now()
    again.setCategory("recent")
    assert column(again) == model.recent
    assert column(again, "name")[0] == "+1"

    path.write_text(json.dumps({"recentEmoji": ["😀", 3, "", "😀", "🎉"]}))  # hand-edited
    assert EmojiModel(settings=Settings(path)).recent == ["😀", "🎉"]


def test_the_catalogue_is_built_from_both_packages_data() -> None:
    fq, unqualified = 2, 3
    tones = "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
    data: dict[str, dict[str, Any]] = {
        "👍": {"en": ":thumbs_up:", "status": fq, "E": 0.6, "alias": [":thumbsup:"]},
        **{"👍" + t: {"en": ":thumbs_up_x:", "status": fq, "E": 1} for t in tones},
        "❤️": {"en": ":red_heart:", "status": fq, "E": 0.6, "alias": [":heart:"]},
        "❤": {"en": ":red_heart:", "status": unqualified, "E": 0.6},
        "🐦": {"en": ":bird:", "status": fq, "E": 0.6},
        "🐦‍🔥": {"en": ":phoenix:", "status": fq, "E": 15.1},
        "🦅": {"en": ":eagle:", "status": fq, "E": 3},
        "🩷": {"en": ":pink_heart:", "status": fq, "E": 15},
        "🇨🇶": {"en": ":Sark:", "status": fq, "E": 16},
        "\U0001faea": {"en": ":some_future_thing:", "status": fq, "E": 99},
    }
    grouped = [
        ("❤️", Grouped("smileys", ("heart",), ("love",))),
        ("👍", Grouped("people", ("+1", "thumbsup"), ("approve", "ok"))),
        ("🐦", Grouped("nature", ("bird",), ())),
        ("🦅", Grouped("nature", ("eagle",), ())),
    ]
    catalogue = build(data, fq, grouped)
    by_category = {key: [item.char for item in items] for key, items in catalogue.by_category.items()}
    assert by_category["smileys"] == ["❤️", "🩷"]  # pink heart after red heart (the NEWER table)
    assert by_category["people"] == ["👍"]
    assert by_category["nature"] == ["🐦", "🐦‍🔥", "🦅"]  # after its first emoji
    assert by_category["flags"] == ["🇨🇶"]
    assert by_category["symbols"] == ["\U0001faea"]  # unknown: Symbols, until the data knows
    thumbs = catalogue.by_char["👍"]
    assert (thumbs.name, thumbs.description, thumbs.version) == ("+1", "Thumbs up", 0.6)
    assert thumbs.tones == tuple("👍" + t for t in tones)
    assert thumbs.with_tone(2) == "👍" + tones[1]
    assert catalogue.by_char["👍" + tones[4]] is thumbs
    assert catalogue.by_char["❤"] is catalogue.by_char["❤️"]  # the unqualified spelling
    assert catalogue.by_char["🇨🇶"].description == "Flag: Sark"
    assert [item.char for item in catalogue.search("love")] == ["❤️"]  # a keyword
    assert [item.char for item in catalogue.search(":heart:")] == ["❤️", "🩷"]
    assert normalise("  :Thumbs_UP-x: ") == "thumbs up x"


def test_emoji_the_fonts_cannot_draw_are_hidden(qapp: QApplication) -> None:
    assert renders_as_one_glyph("😀"), "no colour emoji font (fonts-noto-color-emoji)"
    assert renders_as_one_glyph("🏳️‍🌈")  # a ZWJ sequence the font knows: one glyph
    assert not renders_as_one_glyph("😀😀")
    assert not renders_as_one_glyph("🐱\u200d🍎")  # no such emoji: falls apart into two

    data = {
        "😀": {"en": ":grinning_face:", "status": 2, "E": 1},
        "🐱\u200d🍎": {"en": ":cat_apple:", "status": 2, "E": 98},
    }
    catalogue = build(data, 2, [("😀", Grouped("smileys", ("grinning",), ()))])
    shown = drawable(catalogue)
    assert [item.char for item in shown.emoji] == ["😀"]
