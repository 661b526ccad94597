"""Fuzzy matching for the quick switcher: "jdo" finds "John Doe", "tea" finds "Team chat".

A candidate matches when the query's characters appear in it in order (case and accents ignored).
The score prefers what people mean when they type a few letters: the whole name starting with the
query, then the query at the start of words ("jd" → **J**ohn **D**oe), then unbroken runs; gaps
cost a little. Scores compare within one query only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

PREFIX_BONUS = 40
WORD_START_BONUS = 12
RUN_BONUS = 6
GAP_PENALTY = 1


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or combining marks ("Zoë" → "zoe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word_starts(text: str) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum()))


@dataclass(frozen=True, slots=True)
class Prepared:
    """A candidate made ready once for any number of queries (the switcher scores thousands of
    them per keystroke)."""

    text: str
    """Folded (:func:`fold`)."""
    starts: frozenset[int]
    """Where its words start."""
    initials: str
    """The letters at those places."""


def prepare(candidate: str) -> Prepared:
    text = fold(candidate)
    starts = _word_starts(text)
    return Prepared(text, starts, "".join(text[i] for i in sorted(starts)))


def score(query: str, candidate: str) -> int | None:
    """How well ``candidate`` matches ``query`` (higher is better), None when it does not.

    ``query`` must already be folded (:func:`fold`); an empty query matches everything with 0.
    """
    return score_prepared(query, prepare(candidate))


def score_prepared(query: str, candidate: Prepared) -> int | None:
    """:func:`score` for a candidate made ready with :func:`prepare`."""
    if not query:
        return 0
    text = candidate.text
    if text.startswith(query):
        return PREFIX_BONUS + RUN_BONUS * len(query) + (10 if len(text) == len(query) else 0)
    if len(query) == 1:  # the first keystroke scores every candidate: no search needed
        if query not in text:
            return None
        return WORD_START_BONUS if query in candidate.initials else 0
    starts = candidate.starts
    # Greedy from each possible first position, keeping the best: short strings, cheap enough.
    best: int | None = None
    first = text.find(query[0])
    while first >= 0:
        # Jumping to word starts scores best but can strand later letters; nearest always fits.
        for value in (
            _score_from(query, text, first, starts, True),
            _score_from(query, text, first, starts, False),
        ):
            if value is not None and (best is None or value > best):
                best = value
        first = text.find(query[0], first + 1)
    return best


def _score_from(query: str, text: str, start: int, starts: frozenset[int], jump: bool) -> int | None:
    total = 0
    position = start
    previous = -2
    for char in query:
        # Prefer the next word start holding this character over the nearest occurrence.
        nearest = text.find(char, position)
        if nearest < 0:
            return None
        chosen = nearest
        if jump and nearest not in starts:
            for index in sorted(i for i in starts if i > nearest):
                if text[index] == char:
                    chosen = index
                    break
        if chosen in starts:
            total += WORD_START_BONUS
        if chosen == previous + 1:
            total += RUN_BONUS
        elif previous >= 0:
            total -= GAP_PENALTY * min(chosen - previous - 1, 10)
        previous = chosen
        position = chosen + 1
    return total
