"""The quick switcher's matching: what a few typed letters should find first."""

from __future__ import annotations

import pytest

from messenger_desktop.session.fuzzy import (
    WORD_START_BONUS,
    _score_from,
    _word_starts,
    fold,
    prepare,
    score,
    score_prepared,
)


def ranked(query: str, names: list[str]) -> list[str]:
    folded = fold(query)
    scored = [(score(folded, name), name) for name in names]
    return [name for value, name in sorted((s for s in scored if s[0] is not None), key=lambda s: -s[0])]


@pytest.mark.parametrize(
    ("query", "name"),
    [("jdo", "John Doe"), ("zoe", "Zoë Smith"), ("TEAM", "team chat"), ("", "anything"), ("abc", "ab c b")],
)
def test_letters_in_order_match(query: str, name: str) -> None:
    assert score(fold(query), name) is not None


@pytest.mark.parametrize(("query", "name"), [("odj", "John Doe"), ("x", "John Doe"), ("johnn", "John")])
def test_letters_out_of_order_or_missing_do_not(query: str, name: str) -> None:
    assert score(fold(query), name) is None


def test_a_name_starting_with_the_query_comes_first() -> None:
    assert ranked("da", ["Sarah Adams", "Daniel", "Old Admins"])[0] == "Daniel"


def test_initials_beat_scattered_letters() -> None:
    assert ranked("jd", ["Jade Hardwood", "John Doe"]) == ["John Doe", "Jade Hardwood"]


def test_an_unbroken_run_beats_a_scattered_one_inside_words() -> None:
    assert ranked("ana", ["Bandanna", "Banana"]) == ["Banana", "Bandanna"]


def test_an_exact_name_beats_a_longer_one_with_the_same_start() -> None:
    assert ranked("ops", ["Ops team", "Ops"])[0] == "Ops"


def test_a_single_letter_scores_as_the_general_search_would() -> None:
    """The one-letter shortcut (the first keystroke scores every candidate) gives what the full
    search from every occurrence gives."""
    names = ["Bob", "Ann Berg", "Abba", "Zoë", "team chat", "x-ray", "", "ab cd ef", "a.b.c"]
    for letter in "abcxz.":
        for name in names:
            text = fold(name)
            if text.startswith(letter):
                continue  # the prefix rule comes first either way
            starts = _word_starts(text)
            general = [
                value
                for first, char in enumerate(text)
                if char == letter
                for jump in (True, False)
                if (value := _score_from(letter, text, first, starts, jump)) is not None
            ]
            assert score(letter, name) == (max(general) if general else None), (letter, name)
    assert score_prepared("b", prepare("Ann Berg")) == score("b", "ann berg") == WORD_START_BONUS
