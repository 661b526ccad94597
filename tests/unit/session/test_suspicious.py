"""Which room names make a stranger's invitation look like spam, and which do not."""

from __future__ import annotations

import pytest

from messenger_desktop.session.suspicious import Sign, looks_like_spam, signs


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # what people really call their rooms
        ("Climbing club", ()),
        ("Family", ()),
        ("Book club 2024", ()),
        ("Anna & Ben's wedding 💍", ()),
        ("NASA fans", ()),
        ("v1.2 release planning", ()),
        ("Mr.Smith's class", ()),
        ("Ünïcödé Straße", ()),
        ("", ()),
        # links and domains
        ("Join https://example.xyz now", (Sign.LINK,)),
        ("visit www.deals", (Sign.LINK,)),
        ("best-deals.shop", (Sign.LINK,)),
        ("t.me/cheapstuff", (Sign.LINK,)),
        # money, coins, prizes
        ("Bitcoin giveaway", (Sign.MONEY,)),
        ("Claim your prize", (Sign.MONEY,)),
        ("Earn $500 a day", (Sign.MONEY,)),
        ("Get 100 USDT", (Sign.MONEY,)),
        ("Crypto signals", (Sign.MONEY,)),
        ("You are a winner", (Sign.MONEY,)),
        # emoji walls
        ("🚀🚀🚀 moon", (Sign.EMOJI,)),
        ("🎁🎉🔥", (Sign.EMOJI,)),
        # shouting
        ("URGENT NOTICE", (Sign.SHOUTING,)),
        ("ACT NOW!!!", (Sign.SHOUTING,)),
        # far too long for a name
        ("a" * 81, (Sign.LONG,)),
        # several at once, in Sign order
        ("🚀🚀🚀 FREE BTC AT COINS.IO 🚀", (Sign.LINK, Sign.MONEY, Sign.EMOJI, Sign.SHOUTING)),
    ],
)
def test_signs_of_spam_in_a_room_name(name: str, expected: tuple[Sign, ...]) -> None:
    assert signs(name) == expected
    assert looks_like_spam(name) is bool(expected)


def test_a_name_of_exactly_the_limit_is_not_too_long() -> None:
    assert not looks_like_spam("a" * 80)


def test_two_emoji_are_a_mood_three_are_a_pitch() -> None:
    assert not looks_like_spam("Party 🎉🎂")
    assert looks_like_spam("Party 🎉🎂🥳")
