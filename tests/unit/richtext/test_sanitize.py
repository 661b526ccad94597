"""Hostile ``formatted_body`` never reaches Qt as anything loadable; real formatting survives."""

from __future__ import annotations

import logging
import random
import re
import time

import pytest

from messenger_desktop.richtext import plain_text, render_html
from messenger_desktop.richtext.sanitize import (
    MAX_DEPTH,
    OWN_PILL_STYLE,
    PILL_STYLE,
    SPOILER_STYLE,
    TABLE_OPEN,
)

QT_TAGS = {
    "a", "b", "i", "u", "s", "strong", "em", "code", "pre", "blockquote", "p", "br", "hr", "ul", "ol",
    "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody", "sub", "sup",
    "span", "div",
}  # fmt: skip
GENERATED_STYLE = re.compile(
    rf"(?:{re.escape(PILL_STYLE)}|{re.escape(OWN_PILL_STYLE)}|{re.escape(SPOILER_STYLE)}"
    r"|(?:color:#[0-9a-f]{6})?;?(?:background-color:#[0-9a-f]{6})?)\Z"
)
TAG = re.compile(r"<(/?)([a-z0-9]+)((?:\s[^<>]*)?)>")
ATTR = re.compile(r'\s([a-z-]+)="([^"]*)"')
SAFE_HREF = re.compile(r"(?:https?|ftp|mailto|magnet):[^\x00-\x20\"'<>\u202a-\u202e\u2066-\u2069]+\Z", re.I)


def assert_safe(rendered: str | None) -> None:
    """Only Qt's subset, only attributes we generate, no URL but a checked ``<a href>``."""
    if rendered is None:
        return
    assert "<" not in TAG.sub("", rendered), f"stray markup in {rendered!r}"
    for closing, name, attrs in TAG.findall(rendered):
        assert name in QT_TAGS, name
        for attr, value in ATTR.findall(attrs):
            allowed = {
                "a": {"href", "style"},
                "span": {"style"},
                "code": {"class"},
                "ol": {"start"},
                "table": {"border", "cellspacing", "cellpadding"},
            }.get(name, set())
            assert attr in allowed, f"{attr} on {name}"
            if attr == "href":
                assert SAFE_HREF.match(value), value
            if attr == "style":
                assert GENERATED_STYLE.match(value), value
            if attr == "class":
                assert re.fullmatch(r"language-[A-Za-z0-9_+#.-]+", value), value
        if closing:
            assert not attrs
    attributes = " ".join(
        ATTR.sub("", attrs) + " ".join(v for k, v in ATTR.findall(attrs) if k != "href")
        for _, _, attrs in TAG.findall(rendered)
    ).lower()
    for needle in ("javascript", "vbscript", "data:", "file:", "qrc:", "url(", "src", "mxc:", "expression("):
        assert needle not in attributes, needle
    assert not re.search(r"[\u202a-\u202e]", rendered)


HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<style>body{background:url(http://evil.example/)}</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="file:///etc/passwd">fallback</object><embed src="qrc:/x">',
    '<b onclick="alert(1)" onmouseover=alert(1)>x</b>',
    '<a href="javascript:alert(1)">js</a>',
    '<a href="JaVaScRiPt:alert(1)">js</a>',
    '<a href="jav&#x61;script:alert(1)">js</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">js</a>',
    '<a href="java\tscript:alert(1)">js</a>',
    '<a href=" javascript:alert(1)">js</a>',
    '<a href="vbscript:x">vb</a><a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<a href="file:///etc/passwd">f</a><a href="qrc:/main.qml">q</a>',
    '<a href="//evil.example/x">relative</a><a href="/local">local</a>',
    '<img src="file:///etc/passwd"><img src="qrc:/icon.png"><img src="http://evil.example/p.png">',
    '<img src="https://evil.example/track.gif" alt="hi">',
    '<img src="data:image/png;base64,AAAA" onerror="alert(1)">',
    '<img src="mxc://evil.example/../../_matrix/client/v3/x" alt="pic">',
    '<p style="background-image:url(http://evil.example/)">styled</p>',
    '<span style="color:red" data-mx-color="javascript:x">c</span>',
    '<span data-mx-color="#ff0000;background:url(x)">c</span><span data-mx-bg-color="red">c</span>',
    '<span data-mx-color="#ff00">short</span><span data-mx-color="#gg0000">hex</span>',
    '<font color="#ff0000" style="x">font</font>',
    '<table background="file:///x.png"><tr><td background="qrc:/x">c</td></tr></table>',
    '<div style="position:fixed;top:0">overlay</div>',
    "<svg><image href='http://evil.example/x'/></svg><math><mi>x</mi></math>",
    "<base href='http://evil.example/'><link rel=stylesheet href=x><meta http-equiv=refresh>",
    '<form action="x"><input value="y"><button>b</button></form>',
    "<!-- <img src=x> --><![CDATA[<img src=x>]]><?xml x?>",
    "<a href='https://ok.example' title='\"><img src=x>'>t</a>",
    '<code class="language-py x" onclick="y">c</code><code class="evil">d</code>',
    '<ol start="1; color:red">l</ol><ol start="99999999999">l</ol>',
    "<mx-reply><blockquote><img src='http://x'>quoted<script>x</script></blockquote></mx-reply>reply",
    "\u202eevil\u202d \u2066open <b>\u2069close</b>",
    '<a href="https://ok.example/\u202eexe.txt">bidi href</a>',
    "<textarea><img src=x></textarea><title><img src=x></title><noscript><img src=x></noscript>",
    "<details open ontoggle=alert(1)><summary>s</summary>d</details>",
    "<a href='https://x.example'><a href='javascript:y'>nested</a></a>",
    "</div></div></b><b><i></b></i>" * 20,
]


@pytest.mark.parametrize("markup", HOSTILE)
def test_hostile_html_renders_nothing_loadable(markup: str) -> None:
    assert_safe(render_html(markup))


def test_script_style_and_reply_fallback_are_removed_with_their_content() -> None:
    rendered = render_html(
        "<mx-reply><blockquote>In reply to <b>old</b></blockquote></mx-reply>"
        "<script>alert(1)</script><style>p{}</style>new"
    )
    assert rendered == "new"


def test_image_becomes_its_alt_text_and_leaks_no_url() -> None:
    assert render_html('<img src="mxc://hs.example/abc" alt="a cat">') == "[image: a cat]"
    assert render_html('<img src="mxc://hs.example/abc" title="sunset">') == "[image: sunset]"
    assert render_html('<img src="https://evil.example/x.png">') == "[image]"


def test_custom_emoji_becomes_its_shortcode() -> None:
    rendered = render_html('hi <img data-mx-emoticon src="mxc://hs.example/e" alt=":wave:">')
    assert rendered == "hi :wave:"
    assert render_html('<img data-mx-emoticon src="mxc://hs.example/e" alt="wave">') == ":wave:"


def test_input_style_never_survives() -> None:
    rendered = render_html('<span style="color:#ff0000">a</span><p style="font-size:99px">b</p>')
    assert rendered == "a<p>b</p>"


def test_basic_formatting_survives() -> None:
    markup = "<b>b</b><strong>st</strong><i>i</i><em>em</em><u>u</u><s>s</s><sub>1</sub><sup>2</sup>"
    assert render_html(markup) == markup
    assert render_html("<del>gone</del>") == "<s>gone</s>"
    assert (
        render_html("<h2>Head</h2><blockquote>q</blockquote><hr>")
        == "<h2>Head</h2><blockquote>q</blockquote><hr>"
    )
    assert render_html("line 1<br>line 2") == "line 1<br>line 2"


def test_code_block_keeps_its_language_class_and_text() -> None:
    rendered = render_html('<pre><code class="language-python">if a &lt; b:\n    pass\n</code></pre>')
    assert rendered == '<pre><code class="language-python">if a &lt; b:\n    pass\n</code></pre>'


def test_ordered_list_keeps_its_start() -> None:
    assert render_html('<ol start="7"><li>seven</li></ol>') == '<ol start="7"><li>seven</li></ol>'
    assert render_html('<ol start="x"><li>a</li></ol>') == "<ol><li>a</li></ol>"


def test_link_with_allowed_scheme_is_kept() -> None:
    assert render_html('<a href="https://example.org/a?b=1&amp;c=2">ex</a>') == (
        '<a href="https://example.org/a?b=1&amp;c=2">ex</a>'
    )
    assert render_html('<a href="mailto:a@example.org">mail</a>') == '<a href="mailto:a@example.org">mail</a>'
    assert render_html('<a href="javascript:alert(1)">js</a>') == "js"


def test_link_whose_text_names_another_host_shows_the_real_host() -> None:
    rendered = render_html('<a href="https://evil.example/login">https://bank.example</a>')
    assert rendered == '<a href="https://evil.example/login">https://bank.example</a> [evil.example]'
    assert render_html('<a href="https://www.bank.example">bank.example</a>') == (
        '<a href="https://www.bank.example">bank.example</a>'
    )


def test_colours_become_generated_styles_and_bad_values_are_dropped() -> None:
    rendered = render_html('<span data-mx-color="#FF0000" data-mx-bg-color="#00ff00">c</span>')
    assert rendered == '<span style="color:#ff0000;background-color:#00ff00">c</span>'
    assert render_html('<span data-mx-color="red">c</span>') == "c"
    assert render_html('<span data-mx-color="#ff0000&quot;;x:y">c</span>') == "c"


def test_spoiler_is_grey_on_grey_with_its_reason_outside() -> None:
    rendered = render_html(
        '<span data-mx-spoiler="plot">Vader <span data-mx-color="#ff0000">is</span></span>'
    )
    assert rendered == f'(plot) <span style="{SPOILER_STYLE}">Vader is</span>'


def test_links_inside_a_spoiler_are_not_coloured_by_qt() -> None:
    rendered = render_html('<span data-mx-spoiler>see <a href="https://x.example">x</a></span>')
    assert rendered == f'<span style="{SPOILER_STYLE}">see x</span>'


def test_details_become_a_block_with_a_bold_summary() -> None:
    assert render_html("<details><summary>More</summary>text</details>") == (
        "<div><div><b>More</b></div>text</div>"
    )


def test_table_renders_with_borders() -> None:
    rendered = render_html(
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>"
    )
    assert (
        rendered
        == f"{TABLE_OPEN}<thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>"
    )


def test_huge_table_is_flattened_to_text() -> None:
    rows = "".join(f"<tr>{'<td>x</td>' * 30}</tr>" for _ in range(30))
    rendered = render_html(f"<table>{rows}</table>")
    assert rendered is not None
    assert "<table" not in rendered
    assert "<td" not in rendered
    assert rendered.count("x") == 900


def test_table_inside_a_table_is_flattened() -> None:
    rendered = render_html("<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>")
    assert rendered is not None
    assert rendered.count("<table") == 1
    assert "in" in rendered


def test_user_mention_becomes_a_pill_named_by_the_directory() -> None:
    rendered = render_html(
        '<a href="https://matrix.to/#/@alice:example.org">Mallory says Alice</a>',
        pill_name={"@alice:example.org": "Alice"}.__getitem__,
    )
    assert (
        rendered
        == f'<a href="https://matrix.to/#/@alice:example.org" style="{PILL_STYLE}">\u2068Alice\u2069</a>'
    )


def test_mention_of_myself_has_its_own_style() -> None:
    rendered = render_html(
        '<a href="https://matrix.to/#/%40me%3Aexample.org">me</a>', own_user_id="@me:example.org"
    )
    assert (
        rendered
        == f'<a href="https://matrix.to/#/@me:example.org" style="{OWN_PILL_STYLE}">\u2068me\u2069</a>'
    )


def test_pill_without_a_known_name_shows_the_user_id() -> None:
    rendered = render_html('<a href="https://matrix.to/#/@bob:example.org">Alice</a>', pill_name=lambda _: "")
    assert rendered is not None
    assert "\u2068@bob:example.org\u2069" in rendered


def test_failing_pill_name_does_not_break_rendering(caplog: pytest.LogCaptureFixture) -> None:
    def broken(user_id: str) -> str:
        raise KeyError(user_id)

    with caplog.at_level(logging.CRITICAL):
        rendered = render_html('<a href="https://matrix.to/#/@bob:example.org">Bob</a>', pill_name=broken)
    assert rendered is not None
    assert "@bob:example.org\u2069</a>" in rendered


def test_pill_name_cannot_reorder_the_line() -> None:
    rendered = render_html(
        '<a href="https://matrix.to/#/@a:example.org">x</a> said', pill_name=lambda _: "\u202eevil\u2066"
    )
    assert rendered is not None
    assert "\u2068evil\u2069</a> said" in rendered


def test_room_links_become_pills_and_permalinks_stay_links() -> None:
    rendered = render_html(
        '<a href="https://matrix.to/#/#room:example.org">#room:example.org</a> '
        '<a href="https://matrix.to/#/!abc:example.org/$ev?via=example.org">this</a>'
    )
    assert rendered == (
        f'<a href="https://matrix.to/#/#room:example.org" style="{PILL_STYLE}">'
        "\u2068#room:example.org\u2069</a> "
        '<a href="https://matrix.to/#/!abc:example.org/$ev?via=example.org">this</a>'
    )


def test_bidi_overrides_are_removed_and_isolates_balanced() -> None:
    rendered = render_html("a\u202eb\u202c <b>\u2067c</b> \u2068d\u2069 e\u2069")
    assert rendered == "ab <b>c</b> \u2068d\u2069 e"


def test_nesting_beyond_the_limit_is_flattened_to_text() -> None:
    depth = MAX_DEPTH + 20
    rendered = render_html("<blockquote>" * depth + "deep" + "</blockquote>" * depth)
    assert rendered is not None
    assert rendered.count("<blockquote>") <= MAX_DEPTH
    assert "deep" in rendered


def test_ten_thousand_nested_divs_return_quickly() -> None:
    started = time.perf_counter()
    rendered = render_html("<div>" * 10_000 + "bottom")  # unclosed: 50 KB, under the size limit
    assert time.perf_counter() - started < 0.5
    assert rendered is not None
    assert rendered.count("<div>") <= MAX_DEPTH
    assert "bottom" in rendered


@pytest.mark.parametrize(
    "bomb",
    [
        "<p><div></p>" * 5000,
        "<div></nope>" * 5000,
        "<div x=a'b>" * 6000,
        "<b><i><u><s><em>" * 3000,
        "<li>" * 16000,
    ],
)
def test_structure_bombs_return_quickly_and_safely(bomb: str) -> None:
    started = time.perf_counter()
    rendered = render_html(bomb + "end")
    assert time.perf_counter() - started < 0.5
    assert_safe(rendered)


def test_oversized_input_is_not_rendered() -> None:
    assert render_html("<b>x</b>" * 10_000) is None


def test_nothing_visible_left_means_show_the_plain_body() -> None:
    assert render_html("<script>x</script>") is None
    assert render_html("") is None


def test_typical_message_renders_well_under_a_millisecond() -> None:
    markup = (
        '<a href="https://matrix.to/#/@alice:example.org">Alice</a>: have you seen <b>this</b>? '
        '<a href="https://example.org/page">example.org/page</a><br><code>x = 1</code>'
    )
    render_html(markup)
    started = time.perf_counter()
    for _ in range(200):
        render_html(markup, pill_name=lambda _: "Alice")
    assert (time.perf_counter() - started) / 200 < 0.001


ALPHABET = [
    "<", ">", "/", "=", '"', "'", "&", ";", "#", " ", "\n", "\x00", "\ud800", "\u202e", "\u2066", "\u2069",
    "<a href=", "javascript:", "https://matrix.to/#/@a:b", "<img src=", "mxc://", "<table>", "<td>",
    "<span data-mx-spoiler=", "data-mx-color=#ff0000", "<mx-reply>", "</mx-reply>", "<pre>", "<code class=",
    "language-", "<!--", "-->", "<![CDATA[", "<script>", "</", "&amp;", "&#x", "<div>", "</div>", "<b>",
    "<ol start=", "<details>", "<summary>", "style=", "x", "é", "\U0001f600", "\ufeff",
]  # fmt: skip


def test_random_input_never_raises_and_stays_safe(caplog: pytest.LogCaptureFixture) -> None:
    rng = random.Random(2024)
    for _ in range(1500):
        markup = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
        assert_safe(render_html(markup, pill_name=lambda user: user.upper(), own_user_id="@a:b"))
        plain_text(markup)
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_plain_text_gives_readable_text_for_previews() -> None:
    assert plain_text("<p>Hello <b>world</b></p><ul><li>one</li><li>two</li></ul>") == "Hello world\none\ntwo"
    assert plain_text("<span data-mx-spoiler>secret</span> ok") == "[spoiler] ok"
    assert plain_text("<mx-reply>old</mx-reply>a &amp; b") == "a & b"
    assert plain_text("<pre><code>a\n  b</code></pre>") == "a\n  b"
    assert plain_text("x" * 100_000) == ""


def test_a_room_pill_shows_where_it_goes_not_the_senders_text() -> None:
    from messenger_desktop.richtext.sanitize import render_html

    out = render_html('<a href="https://matrix.to/#/#evil:evil.example">#announcements:matrix.org</a>')
    assert out is not None
    assert "#evil:evil.example" in out and "announcements" not in out


def test_a_spoiler_around_paragraphs_hides_every_run() -> None:
    from PySide6.QtGui import QTextDocument

    from messenger_desktop.richtext.sanitize import render_html

    out = render_html("<span data-mx-spoiler><p>the butler</p><ul><li>did it</li></ul></span>")
    assert out is not None
    doc = QTextDocument()
    doc.setHtml(out)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text().strip():
                fmt = fragment.charFormat()
                assert fmt.foreground().color().name() == fmt.background().color().name() == "#808080"
            it += 1
        block = block.next()
