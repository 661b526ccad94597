"""Bidirectional-text controls in untrusted strings.

The Unicode bidi algorithm lets a few invisible characters reorder the text that *follows* them:
embeddings and overrides (U+202A–U+202E) stay in force until a PDF or the end of the paragraph, and
isolates (U+2066–U+2068) until a PDI. A display name or message containing an unterminated RLO would
reverse whatever the UI draws after it on the same line ("moc.knab" tricks, spoofed senders).

The contract here: text we display never carries an embedding or override, and every isolate it
carries is closed within the same string. Names are wrapped in FSI … PDI so their own direction
cannot leak either way. Marks (LRM, RLM, ALM) are harmless — they only affect neighbouring
characters' direction, not the order of a range — and are kept.
"""

from __future__ import annotations

import re
import unicodedata

FSI = "\u2068"
PDI = "\u2069"

_EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
_ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI RLI FSI
_ALL_CONTROLS = _EMBEDDINGS + _ISOLATE_OPENERS + PDI

_DROP_EMBEDDINGS = str.maketrans(dict.fromkeys(_EMBEDDINGS))
_DROP_ALL = str.maketrans(dict.fromkeys(_ALL_CONTROLS))
_ISOLATE_CHAR = re.compile(f"[{_ISOLATE_OPENERS}{PDI}]")
_ANY_CONTROL = re.compile(f"[{_ALL_CONTROLS}]")


def has_bidi_controls(text: str) -> bool:
    """Whether ``text`` holds any embedding, override or isolate character."""
    return _ANY_CONTROL.search(text) is not None


def strip_bidi_controls(text: str) -> str:
    """``text`` without embeddings, overrides, isolates and their terminators (PDF, PDI)."""
    return text.translate(_DROP_ALL)


def isolate(text: str) -> str:
    """``text`` cleaned of bidi controls and wrapped in FSI … PDI.

    Use it for every display name put into a line of other text: the name keeps its own direction
    (detected from its first strong character) and cannot reorder the line around it.
    """
    return FSI + text.translate(_DROP_ALL) + PDI


def balance_bidi(text: str) -> str:
    """``text`` with embeddings and overrides removed and isolates balanced.

    Matched isolate pairs are legitimate (mixed-direction messages use them) and kept; a PDI
    without an opener and an opener without a PDI are dropped, so the string leaves the bidi state
    exactly as it found it.
    """
    if _ANY_CONTROL.search(text) is None:
        return text
    text = text.translate(_DROP_EMBEDDINGS)
    if _ISOLATE_CHAR.search(text) is None:
        return text
    drop: set[int] = set()
    open_at: list[int] = []
    for match in _ISOLATE_CHAR.finditer(text):
        if match.group() != PDI:
            open_at.append(match.start())
        elif open_at:
            open_at.pop()
        else:
            drop.add(match.start())
    drop.update(open_at)
    if not drop:
        return text
    return "".join(char for index, char in enumerate(text) if index not in drop)


def display_name(text: str) -> str:
    """A name to put inside a sentence: isolated when it has right-to-left letters or bidi
    controls (which could otherwise reorder the line around it), unchanged otherwise."""
    if has_bidi_controls(text) or any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return isolate(text)
    return text
