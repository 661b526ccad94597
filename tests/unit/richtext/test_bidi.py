"""A display name or message cannot reorder text outside itself."""

from __future__ import annotations

from messenger_desktop.richtext import balance_bidi, isolate, strip_bidi_controls

RLO, PDF, LRI, RLI, FSI, PDI, RLM = "\u202e", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f"


def test_isolated_name_is_wrapped_and_cleaned() -> None:
    assert isolate(f"{RLO}evil{LRI}") == f"{FSI}evil{PDI}"
    assert isolate("عربي") == f"{FSI}عربي{PDI}"


def test_strip_removes_every_embedding_override_and_isolate_but_keeps_marks() -> None:
    assert (
        strip_bidi_controls(f"a\u202ab\u202bc\u202cd\u202de{RLO}f{LRI}g{RLI}h{FSI}i{PDI}j{RLM}")
        == f"abcdefghij{RLM}"
    )


def test_balance_keeps_matched_isolates_and_drops_the_rest() -> None:
    assert balance_bidi(f"{RLI}ok{PDI}") == f"{RLI}ok{PDI}"
    assert balance_bidi(f"{PDI}a{LRI}b{FSI}c{PDI}") == f"ab{FSI}c{PDI}"
    assert balance_bidi(f"{RLO}reversed{PDF}") == "reversed"
    assert balance_bidi(f"{LRI}{RLI}x{PDI}{PDI}{PDI}") == f"{LRI}{RLI}x{PDI}{PDI}"


def test_plain_text_is_returned_unchanged() -> None:
    text = "hello שלום"
    assert balance_bidi(text) == text
    assert isolate(text) == f"{FSI}{text}{PDI}"


def test_display_name_isolates_only_names_that_could_reorder_a_line() -> None:
    from messenger_desktop.richtext.bidi import display_name

    assert display_name("Alice") == "Alice"
    assert display_name("\u202eevil") == "\u2068evil\u2069"
    assert display_name("مريم") == "\u2068مريم\u2069"
