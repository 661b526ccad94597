"""Does a room's name look like spam? A small, explainable predicate for invitations.

Spam invitations come from strangers and sell something in the room's name: a link, coins,
a prize, shouting, a wall of emoji. The name alone never hides an invitation from someone the
user knows; together with a stranger it collapses the invitation until the user asks to see it
(:mod:`messenger_desktop.session.invite_rules`). Pure functions, no I/O.
"""

from __future__ import annotations

import enum
import re
import unicodedata

MAX_NAME = 80
"""Longer room names are a sign on their own (a name, not a pitch)."""
MAX_EMOJI = 3
"""This many emoji or more in one name."""
MIN_SHOUT = 6
"""All capitals counts from this many letters ("NASA" does not shout)."""


class Sign(enum.Enum):
    LINK = "link"
    MONEY = "money"
    EMOJI = "emoji"
    SHOUTING = "shouting"
    LONG = "long"


_LINK = re.compile(
    r"(https?://|www\.|\bt\.me/|\b[a-z0-9-]{2,}\.(com|net|org|io|xyz|top|ru|cn|info|biz|click|link|"
    r"app|me|co|gg|ly|tk|ml|ga|cf|shop|site|online|live|win|vip|cc|to|club|pro|bet|cash|money)\b)",
    re.IGNORECASE,
)
_MONEY_WORDS = frozenset(
    {
        "airdrop",
        "bitcoin",
        "bonus",
        "btc",
        "casino",
        "crypto",
        "eth",
        "ethereum",
        "forex",
        "giveaway",
        "investment",
        "invest",
        "jackpot",
        "loan",
        "lottery",
        "nft",
        "prize",
        "profit",
        "usdt",
        "winner",
        "cash",
        "earn",
        "claim",
        "reward",
        "rewards",
    }
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_AMOUNT = re.compile(r"[$€£₿]\s?\d|\d\s?(usd|usdt|btc|eth|\$|€|£)\b", re.IGNORECASE)


def signs(name: str) -> tuple[Sign, ...]:
    """Every sign of spam in ``name``, in :class:`Sign` order (empty: it looks fine)."""
    found: list[Sign] = []
    folded = name.casefold()
    if _LINK.search(name):
        found.append(Sign.LINK)
    if _AMOUNT.search(name) or any(word in _MONEY_WORDS for word in _WORD.findall(folded)):
        found.append(Sign.MONEY)
    if _emoji_count(name) >= MAX_EMOJI:
        found.append(Sign.EMOJI)
    letters = [c for c in name if c.isalpha() and c.lower() != c.upper()]
    if len(letters) >= MIN_SHOUT and all(c.isupper() for c in letters):
        found.append(Sign.SHOUTING)
    if len(name) > MAX_NAME:
        found.append(Sign.LONG)
    return tuple(found)


def looks_like_spam(name: str) -> bool:
    return bool(signs(name))


def _emoji_count(text: str) -> int:
    """Pictographs (not letters, digits or punctuation); a flag's or a family's parts each count."""
    return sum(
        1
        for c in text
        if unicodedata.category(c) == "So" and (ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF)
    )
