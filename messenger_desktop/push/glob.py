"""Glob patterns of push rules (spec appendix "Glob-style matching"), matched without backtracking.

``*`` matches zero or more characters and ``?`` exactly one; nothing else is special and there is no
escape. Matching is case-insensitive (both sides are lower-cased, as Synapse does) and comes in two
flavours:

* **whole**: the pattern must match the entire value (``event_match`` on any key but ``content.body``);
* **words**: the pattern must match some substring of the value that starts and ends at a word
  boundary (``content.body`` and content rules). A substring [i, j) qualifies when the character
  before i or the first character of the substring is a non-word character (or i is the start of
  the value), and likewise at j. That is Synapse's ``(?:^|\\b|\\W)…(?:\\b|\\W|$)``: ``@room``
  matches in ``hi@room`` and ``alice`` in ``@alice:hs``, ``ali`` does not match ``alice``.

Word characters are letters, digits, combining marks and connector punctuation (``_``) in the
Unicode sense, like Synapse's regex ``\\w``. The spec's text says ASCII ``[A-Za-z0-9_]``; with that
reading every non-Latin character would be a boundary and a keyword such as ``привет`` would match
inside ``приветствую``, and the client would disagree with the server's counts.

Patterns are untrusted (push rules are shared with other clients) and bodies can be 64 KiB, so the
pattern is not turned into one regex whose ``.*`` runs could backtrack polynomially. It is split at
``*`` into fixed-length segments which are placed greedily, leftmost first — always optimal for
globs — so a match costs at most O(len(value) x len(pattern)).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["Glob", "is_word_char"]

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_WORD_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Pc"})


def is_word_char(char: str) -> bool:
    """Whether one character is part of a word (letter, digit, mark or connector like ``_``)."""
    if char in _ASCII_WORD:
        return True
    if char < "\x80":
        return False
    return char.isalnum() or unicodedata.category(char) in _WORD_CATEGORIES


# A segment is the text between two ``*``: a plain string, or a regex when it holds ``?``.
_Segment = str | re.Pattern[str]


def _segment(text: str) -> _Segment:
    if "?" not in text:
        return text
    return re.compile("".join("." if c == "?" else re.escape(c) for c in text), re.DOTALL)


def _find(segment: _Segment, text: str, start: int) -> int:
    """The first position >= ``start`` where ``segment`` occurs in ``text``, or -1."""
    if isinstance(segment, str):
        return text.find(segment, start)
    found = segment.search(text, start)
    return -1 if found is None else found.start()


def _at(segment: _Segment, text: str, pos: int) -> bool:
    """Whether ``segment`` occurs in ``text`` exactly at ``pos``."""
    if isinstance(segment, str):
        return text.startswith(segment, pos)
    return segment.match(text, pos) is not None


def _starts_word(text: str, pos: int) -> bool:
    return pos == 0 or pos == len(text) or not is_word_char(text[pos - 1]) or not is_word_char(text[pos])


def _ends_word(text: str, pos: int) -> bool:
    return pos == len(text) or pos == 0 or not is_word_char(text[pos]) or not is_word_char(text[pos - 1])


class Glob:
    """One compiled glob pattern; compile once per rule set, match many times."""

    __slots__ = ("_lengths", "_segments", "literal", "pattern", "words")

    def __init__(self, pattern: str, *, words: bool = False, literal: bool = False) -> None:
        """Compile ``pattern``; with ``literal`` its ``*`` and ``?`` are plain characters (a display
        name is matched that way)."""
        self.pattern = pattern
        """The pattern as written."""
        self.words = words
        """Match on word boundaries inside the value instead of the whole value."""
        lowered = pattern.lower()
        parts = [lowered] if literal else lowered.split("*")
        self._segments: tuple[_Segment, ...] = (lowered,) if literal else tuple(_segment(p) for p in parts)
        self._lengths = tuple(len(part) for part in parts)
        single = self._segments[0] if len(parts) == 1 else None
        self.literal = single if isinstance(single, str) else None
        """The lower-cased pattern when it has no wildcard (so whole matching is string equality)."""

    def __repr__(self) -> str:
        return f"Glob({self.pattern!r}, words={self.words})"

    def matches(self, value: str) -> bool:
        """Whether ``value`` matches, ignoring case."""
        return self.matches_lowered(value.lower())

    def matches_lowered(self, value: str) -> bool:
        """Like :meth:`matches` for a value the caller has already lower-cased (to share that work)."""
        if self.words:
            return self._match_words(value)
        if self.literal is not None:
            return value == self.literal
        return self._match_whole(value)

    def _match_whole(self, text: str) -> bool:
        segments, lengths = self._segments, self._lengths
        if len(segments) == 1:
            return len(text) == lengths[0] and _at(segments[0], text, 0)
        tail_start = len(text) - lengths[-1]
        if tail_start < lengths[0] or not _at(segments[0], text, 0):
            return False
        pos = lengths[0]
        for segment, length in zip(segments[1:-1], lengths[1:-1], strict=True):
            found = _find(segment, text, pos)
            if found < 0 or found + length > tail_start:
                return False
            pos = found + length
        return _at(segments[-1], text, tail_start)

    def _match_words(self, text: str) -> bool:
        segments, lengths = self._segments, self._lengths
        first, first_len = segments[0], lengths[0]
        if len(segments) == 1:
            # No star: some occurrence must both start and end on a boundary.
            found = _find(first, text, 0)
            while found >= 0:
                if _starts_word(text, found) and _ends_word(text, found + first_len):
                    return True
                found = _find(first, text, found + 1)
            return False
        # The leftmost occurrence that starts a word leaves the most room for the rest.
        found = _find(first, text, 0)
        while found >= 0 and not _starts_word(text, found):
            found = _find(first, text, found + 1)
        if found < 0:
            return False
        pos = found + first_len
        for segment, length in zip(segments[1:-1], lengths[1:-1], strict=True):
            found = _find(segment, text, pos)
            if found < 0:
                return False
            pos = found + length
        last, last_len = segments[-1], lengths[-1]
        if last_len == 0:
            return True  # a trailing star reaches the end of the value, a boundary
        found = _find(last, text, pos)
        while found >= 0:
            if _ends_word(text, found + last_len):
                return True
            found = _find(last, text, found + 1)
        return False
