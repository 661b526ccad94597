"""What the composer sends: plain text stays plain, Markdown becomes HTML, mentions become links."""

from __future__ import annotations

import pytest

from messenger_desktop.richtext import render_html, render_markdown, strip_reply_fallback

ALICE = {"Alice": "@alice:example.org"}


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "two\nlines",
        "para\n\ngraph",
        "a & b < c",
        "snake_case_name",
        "2 * 3 * 4",
        "https://example.org",
        "",
    ],
)
def test_plain_text_is_sent_without_formatted_body(text: str) -> None:
    assert render_markdown(text) == (text, None)


@pytest.mark.parametrize(
    ("text", "formatted"),
    [
        ("**bold**", "<strong>bold</strong>"),
        ("*italic* and _italic_", "<em>italic</em> and <em>italic</em>"),
        ("~~gone~~", "<s>gone</s>"),
        ("use `x = 1`", "use <code>x = 1</code>"),
        (
            "```python\nif a < b:\n    pass\n```",
            '<pre><code class="language-python">if a &lt; b:\n    pass\n</code></pre>',
        ),
        ("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("3. three\n4. four", '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'),
        ("[docs](https://example.org/docs)", '<a href="https://example.org/docs">docs</a>'),
        ("<https://example.org>", '<a href="https://example.org">https://example.org</a>'),
        ("# Title", "<h1>Title</h1>"),
        ("**a**\nb", "<strong>a</strong><br>\nb"),
    ],
)
def test_markdown_constructs_become_html(text: str, formatted: str) -> None:
    assert render_markdown(text) == (text, formatted)


def test_table_becomes_an_html_table() -> None:
    _, formatted = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |")
    assert formatted is not None
    assert "<table>" in formatted
    assert "<td>1</td>" in formatted


def test_typed_html_is_escaped_not_interpreted() -> None:
    assert render_markdown("<b>not bold</b>") == ("<b>not bold</b>", None)
    _, formatted = render_markdown("**x** <img src=x onerror=alert(1)>")
    assert formatted == "<strong>x</strong> &lt;img src=x onerror=alert(1)&gt;"


def test_dangerous_link_schemes_are_not_linked() -> None:
    _, formatted = render_markdown("**x** [click](javascript:alert(1))")
    assert formatted is not None
    assert "href" not in formatted


def test_backslash_escapes_send_the_literal_characters() -> None:
    assert render_markdown(r"\*not italic\*") == (r"\*not italic\*", "*not italic*")


def test_mention_becomes_a_matrix_to_link_and_body_keeps_the_name() -> None:
    body, formatted = render_markdown("hi Alice, look", ALICE)
    assert body == "hi Alice, look"
    assert formatted == 'hi <a href="https://matrix.to/#/@alice:example.org">Alice</a>, look'


def test_every_occurrence_of_a_mention_is_linked_but_not_inside_code_or_links() -> None:
    _, formatted = render_markdown("Alice **Alice** `Alice` [Alice](https://example.org/Alice)", ALICE)
    pill = '<a href="https://matrix.to/#/@alice:example.org">Alice</a>'
    assert formatted == (
        f'{pill} <strong>{pill}</strong> <code>Alice</code> <a href="https://example.org/Alice">Alice</a>'
    )


def test_mention_is_not_found_inside_a_longer_word() -> None:
    assert render_markdown("Alicea and Malice", ALICE) == ("Alicea and Malice", None)


def test_display_name_with_markdown_characters_is_linked_verbatim() -> None:
    _, formatted = render_markdown(
        "ping *Bob* & <Eve>", {"*Bob*": "@bob:example.org", "<Eve>": "@eve:example.org"}
    )
    assert formatted == (
        'ping <a href="https://matrix.to/#/@bob:example.org">*Bob*</a> &amp; '
        '<a href="https://matrix.to/#/@eve:example.org">&lt;Eve&gt;</a>'
    )


def test_mention_with_an_invalid_user_id_is_ignored() -> None:
    assert render_markdown("hi Alice", {"Alice": "alice"}) == ("hi Alice", None)


def test_longest_mention_wins() -> None:
    _, formatted = render_markdown(
        "Alice Smith", {"Alice": "@a:example.org", "Alice Smith": "@as:example.org"}
    )
    assert formatted == '<a href="https://matrix.to/#/@as:example.org">Alice Smith</a>'


def test_sent_markdown_renders_back_through_the_sanitizer() -> None:
    _, formatted = render_markdown("**hi** Alice\n```py\nx\n```", ALICE)
    assert formatted is not None
    rendered = render_html(formatted, pill_name=lambda _: "Alice")
    assert rendered is not None
    assert "<b>" in rendered or "<strong>" in rendered
    assert "\u2068Alice\u2069" in rendered
    assert 'class="language-py"' in rendered


def test_reply_fallback_is_stripped() -> None:
    body = "> <@alice:example.org> original\n> second line\n\nmy answer\n> not fallback"
    assert strip_reply_fallback(body) == "my answer\n> not fallback"
    assert strip_reply_fallback("> * <@alice:example.org> waves\n\nhi") == "hi"


@pytest.mark.parametrize(
    "body", ["> just a quote\n\ntext", "> <@a:example.org> no blank line\ntext", "plain"]
)
def test_body_without_a_reply_fallback_is_unchanged(body: str) -> None:
    assert strip_reply_fallback(body) == body
