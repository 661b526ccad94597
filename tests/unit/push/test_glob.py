"""Glob patterns: whole-value and word-boundary matching, case-insensitive, without backtracking."""

from __future__ import annotations

import pytest

from messenger_desktop.push.glob import Glob, is_word_char


@pytest.mark.parametrize(
    ("pattern", "value", "expected"),
    [
        # the spec's event_match example: "lunc?*" on content.topic
        ("lunc?*", "Lunch plans", True),
        ("lunc?*", "LUNCH", True),
        ("lunc?*", " lunch", False),
        ("lunc?*", "lunc", False),
        ("m.room.message", "m.room.message", True),
        ("m.room.message", "M.Room.Message", True),
        ("m.room.message", "m.room.message.extra", False),
        ("m.room.message", "m_room_message", False),  # "." is not a wildcard
        ("", "", True),
        ("", "x", False),
        ("*", "", True),
        ("*", "anything at all", True),
        ("?", "", False),
        ("?", "é", True),
        ("a?c", "abc", True),
        ("a?c", "ac", False),
        ("a*c", "ac", True),
        ("a*c", "abbbc", True),
        ("a*c", "abbbcd", False),
        ("*c", "abc", True),
        ("a*", "abc", True),
        ("a*b*c", "axxbyyc", True),
        ("a*b*c", "axxcyyb", False),
        ("ab*ba", "aba", False),  # the two ends may not overlap
        ("ab*ba", "abba", True),
        ("a**?*", "a", False),
        ("a**?*", "ab", True),
        ("line*end", "line\nin between\nend", True),
        ("ÄRGER", "ärger", True),
    ],
)
def test_whole_value_matching(pattern: str, value: str, expected: bool) -> None:
    assert Glob(pattern).matches(value) is expected


@pytest.mark.parametrize(
    ("pattern", "value", "expected"),
    [
        # the spec's content.body example: "ex*ple"
        ("ex*ple", "An example event.", True),
        ("ex*ple", "exple", True),
        ("ex*ple", "An exciting triple-whammy", True),
        ("ex*ple", "An examples event", False),
        ("cake", "I like Cake!", True),
        ("cake", "cake", True),
        ("cake", "cakes", False),
        ("cake", "cupcake", False),
        ("cake", "cup_cake", False),  # "_" is a word character
        ("cake", "cup-cake", True),
        ("cake", "cake2", False),
        ("cake", "cupcake and cake", True),  # a later occurrence counts
        ("cake*lie", "the cake is a lie", True),
        ("cake*lie", "the cake is a lier", False),
        ("cake*lie", "the cake is a lier, a lie", True),
        ("cake*lie", "pancake is a lie", False),
        ("*lie", "it is a lie", True),
        ("*lie", "a belief", False),
        ("lie*", "lies", True),  # "lie" starts a word; the star runs on to the end, a boundary
        ("lie*", "belies", False),
        ("c?ke", "coke!", True),
        ("c?ke", "cokes", False),
        ("@room", "Hello @room!", True),
        ("@room", "hi@room", True),  # the pattern starts with a non-word character (Synapse agrees)
        ("@room", "@roomy", False),
        ("alice", "@alice:example.org", True),
        ("ali", "alice", False),
        ("привет", "привет, мир", True),
        ("привет", "приветствую", False),  # letters of every script are word characters
        ("caf", "café", False),
        ("cafe", "cafe\u0301", False),  # a combining accent continues the word
        ("a.b*c", "x a.b*c y", True),
        ("", "anything", True),
    ],
)
def test_word_matching_on_content_body(pattern: str, value: str, expected: bool) -> None:
    assert Glob(pattern, words=True).matches(value) is expected


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("a.b*c", "hi a.b*c!", True),
        ("a.b*c", "hi aXb*c", False),  # "." is literal
        ("a.b*c", "hi a.bZZc", False),  # "*" is literal
        ("[bot]", "ping [bot] now", True),
        ("(x)", "(x)", True),
        ("A?", "what a?", True),
        ("A?", "what ab", False),
        ("Bob", "bobby", False),
        ("Bob", "BOB!", True),
    ],
)
def test_literal_words_treat_wildcards_as_characters(name: str, value: str, expected: bool) -> None:
    assert Glob(name, words=True, literal=True).matches(value) is expected


def test_literal_patterns_are_plain_string_comparisons() -> None:
    assert Glob("M.Room.Member").literal == "m.room.member"
    assert Glob("m.room.*").literal is None
    assert Glob("a?").literal is None
    assert Glob("a*b?", literal=True).literal == "a*b?"


def test_matches_lowered_expects_lower_case_input() -> None:
    glob = Glob("Hello")
    assert glob.matches_lowered("hello")
    assert not glob.matches_lowered("HELLO")


def test_word_characters() -> None:
    assert all(is_word_char(c) for c in "aZ09_éж中\u0301")
    assert not any(is_word_char(c) for c in " .,-@:!?*\n\u00a0")


@pytest.mark.parametrize(
    ("pattern", "words"),
    [("a*a*a*a*a*b", False), ("a*a*a*a*a*b", True), ("*a*a*a*?*b*", True), ("a?a?a*b", True)],
)
def test_hostile_inputs_do_not_backtrack(pattern: str, words: bool) -> None:
    # A regex translation backtracks polynomially here; greedy segment placement is linear-ish.
    assert not Glob(pattern, words=words).matches("a " * 30_000)
    assert not Glob(pattern, words=words).matches("a" * 60_000)
