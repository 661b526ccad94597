"""Spell checking's rules: which words are prose, which dictionary a language gets, and that a
long block is checked in slices short enough never to hold up typing (each word once)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from messenger_desktop.qt import spell_check
from messenger_desktop.qt.settings import Settings
from messenger_desktop.qt.spell_check import BUDGET, SpellChecker, dictionary_for, words_to_check


def _words(text: str) -> list[str]:
    return [word for _start, word in words_to_check(text)]


def test_only_prose_is_checked_and_not_the_word_still_being_typed() -> None:
    assert _words("Helo wrld, it's fine") == ["Helo", "wrld", "it's"]  # "fine": still being typed
    assert _words("see https://exmple.org/pth and www.exmple.org now") == ["see", "and"]
    assert _words("ask @alce:server.org in #rom:server.org or `cde blok` ok") == ["ask", "in", "or"]
    assert _words(":smle: /mee abc123 snake_case Zürich ") == ["Zürich"]
    assert words_to_check("a bb") == []  # one letter is no word, "bb" is being typed


def test_the_dictionary_follows_the_choice_else_the_app_language_in_the_systems_region() -> None:
    assert dictionary_for("de_DE", "en", "en_GB") == "de_DE"
    assert dictionary_for("auto", "en", "en_GB") == "en_GB"
    assert dictionary_for("auto", "fr", "en_GB") == "fr_FR"
    assert dictionary_for("auto", "pl", "C") == "pl_PL"
    assert dictionary_for("auto", "xx", "C") == "en_US"


class SlowDictionary:
    """Every word starting with "zq" is wrong; each check takes a millisecond (a slow machine)."""

    def __init__(self) -> None:
        self.checked: list[str] = []

    def check(self, word: str) -> bool:
        time.sleep(0.001)
        self.checked.append(word)
        return not word.startswith("zq")

    def suggest(self, word: str) -> list[str]:
        return []

    def add(self, word: str) -> None:
        pass


def test_a_long_block_is_checked_in_slices_within_the_budget_each_word_once(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    slow = SlowDictionary()
    monkeypatch.setattr(spell_check, "load_dictionary", lambda tag, words: slow)
    checker = SpellChecker(Settings(None), tmp_path / "words.txt", lambda: "en")
    document = QTextDocument()
    document.documentLayout()  # laid out, as a text field's is: only then are edits announced
    words = [f"zq{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)]

    async def main() -> None:
        loaded = asyncio.Event()
        checker.activeChanged.connect(loaded.set)
        highlighter = checker.attach_text(document)
        checker.start()  # what the field does when it takes the focus
        qapp.processEvents()  # the highlighter's first pass is queued: until then it ignores edits
        await asyncio.wait_for(loaded.wait(), 5)
        started = time.perf_counter()
        document.setPlainText(" ".join(words + words) + " end")  # one block, 601 words
        first_pass = time.perf_counter() - started
        assert len(slow.checked) <= BUDGET / 0.001 + 2
        assert first_pass < BUDGET + 0.01  # typing goes on at once
        deadline = time.monotonic() + 20
        while len(highlighter.misspelled.get(0, [])) < 600:
            assert time.monotonic() < deadline, "the block was never finished"
            qapp.processEvents()
            await asyncio.sleep(0)
        assert sorted(slow.checked) == sorted(words)  # each once (cached); "end" is still being typed
        layout = document.firstBlock().layout()
        assert len([r for r in layout.formats() if r.format.fontUnderline()]) == 600
        await checker.close()

    asyncio.run(main())
