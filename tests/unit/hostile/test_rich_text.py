"""Property: whatever HTML or text a sender writes, what reaches a rich-text item is the
sanitizer's vocabulary only — no script, style, frame, event handler, ``javascript:``/``data:``
URL, and pictures only through the app's ``image://media/`` provider (so only from ``mxc://``) —
and no text leaves a bidi override open to reorder the line it sits in."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messenger_desktop.qt.message_view import emoticon_url, view_message
from messenger_desktop.richtext import balance_bidi, plain_text, render_html, render_markdown
from messenger_desktop.richtext.bidi import display_name, isolate
from tests.support.hostile.checks import addresses_in, assert_bidi_balanced, assert_safe_rich_text
from tests.support.hostile.events import message_content
from tests.support.hostile.values import ME, USERS, html, odd_text
from tests.support.hypothesis_profiles import timeout

SAFE_SCHEMES = ("https", "http", "ftp", "mailto", "magnet", "mxc")
pytestmark = pytest.mark.timeout(timeout(120))


def _name_of(user_id: str) -> str:
    return {"@bob:hs": "B\u202eob", "@carol:hs": "\u0430dmin"}.get(user_id, "")


@given(html)
def test_sanitized_html_is_only_the_qt_vocabulary(markup: str) -> None:
    rendered = render_html(markup, pill_name=_name_of, own_user_id=ME, emoticon_src=emoticon_url)
    if rendered is not None:
        assert_safe_rich_text(rendered)
    assert isinstance(plain_text(markup), str)


@given(odd_text(60))
def test_sanitizing_arbitrary_text_never_fails(text: str) -> None:
    rendered = render_html(text, emoticon_src=emoticon_url)
    if rendered is not None:
        assert_safe_rich_text(rendered)


@given(message_content, st.sampled_from(("m.room.message", "m.sticker")), st.sampled_from(USERS))
def test_what_a_message_shows_is_safe_whatever_its_content(
    content: dict[str, Any], event_type: str, sender: str
) -> None:
    edit = content.get("m.new_content")
    view = view_message(
        content,
        event_type,
        display_name(sender),
        edit_content=edit if isinstance(edit, dict) else None,
        own_user=ME,
        own_name="Me",
        name_of=_name_of,
    )
    assert isinstance(view.body, str) and isinstance(view.html, str) and view.html
    assert_safe_rich_text(view.html)


MARKDOWN = (
    "[a](javascript:alert(1))",
    "[a]( JAVASCRIPT:x)",
    "[a](data:text/html,x)",
    "[a](vbscript:x)",
    "<javascript:alert(1)>",
    "![i](http://evil.example/i.png)",
    "[x](https://ok.example)",
    "<script>x</script>",
    "`code`",
    "**b**",
    "~~s~~",
    "| a | b |\n|---|---|\n| c | d |",
    "> quote",
    "\n",
    ":e:",
)
markdown = st.one_of(
    odd_text(40), st.lists(st.one_of(st.sampled_from(MARKDOWN), odd_text(8)), max_size=8).map("".join)
)


@given(markdown, st.dictionaries(odd_text(12, long=False), st.sampled_from((*USERS, "mxc://hs/e", "x"))))
def test_markdown_sends_only_what_the_sanitizer_keeps(text: str, mentions: dict[str, str]) -> None:
    body, formatted = render_markdown(text, mentions)
    assert body == text
    if formatted is not None:
        for address in addresses_in(formatted):  # what another client would follow or load
            scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", address)
            assert scheme is None or scheme.group(1).lower() in SAFE_SCHEMES, address
        shown = render_html(formatted, emoticon_src=emoticon_url)
        if shown is not None:
            assert_safe_rich_text(shown)


@given(odd_text(40))
def test_names_and_text_runs_never_leave_a_bidi_override_open(text: str) -> None:
    assert_bidi_balanced(balance_bidi(text))
    assert_bidi_balanced(display_name(text))
    assert_bidi_balanced(isolate(text))
