"""The one sanitizer: attacker-controlled ``formatted_body`` HTML to Qt rich text.

Three passes, none recursive:

1. **Depth bound** (only for input with many tags). html5ever's tree builder costs time
   proportional to nesting depth per tag, so 10,000 nested ``<div>`` take a quarter of a second.
   Such input is re-tokenized by a linear regex tokenizer and re-serialized balanced, with every
   tag deeper than :data:`MAX_DEPTH` left out (its text stays): what nh3 parses is our markup.
2. **Allowlist** (nh3/ammonia): the spec's tags and attributes only; ``<mx-reply>``, ``<script>``,
   ``<style>`` and other non-text elements go with their content; hrefs keep only http, https,
   ftp, mailto and magnet. Too many tags afterwards (:data:`MAX_TAGS`) and we give up.
3. **Qt adaptation**: nh3's canonical output is re-tokenized and *every tag is rebuilt* from a
   fixed vocabulary, so no input attribute (``style``, ``background``, ``src``) reaches Qt. On the
   way: ``del`` → ``s``; ``data-mx-color``/``data-mx-bg-color`` → a generated ``style``; spoilers →
   grey on grey (``SPOILER_STYLE``; Qt cannot reveal on click, the reason is shown in brackets);
   ``img`` → text (``[image: alt]``, ``:name:`` for custom emoji) since media goes through the
   image provider, never through rich text; ``details``/``summary`` → div with a bold summary;
   links to users and rooms → pills; a link whose text names another host gets the real host
   appended in brackets; bidi controls balanced per text run; tables beyond
   :data:`MAX_TABLE_CELLS` cells, and tables inside tables, are flattened to lines of text.

Qt rich text would load ``file:``, ``qrc:`` and network images from ``<img>`` and CSS; the output
of :func:`render_html` has no ``img``, no input ``style`` and no URL except the checked ``href``
of ``<a>``. The QML side refuses network access anyway (see the matrix doc) — two locks.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable

import nh3

from .bidi import balance_bidi, has_bidi_controls, isolate
from .links import MatrixTarget, misleading_host, parse_matrix_link, user_link

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 64 * 1024
"""Longer ``formatted_body`` is not rendered (an event is at most 64 KiB anyway)."""
MAX_DEPTH = 32
MAX_TABLE_CELLS = 500
MAX_TAGS = 8000
"""More tags than this (after sanitizing) would stall Qt's layout: shown as plain ``body`` instead."""
MAX_ALT_CHARS = 120
MAX_PILL_CHARS = 255
MAX_HREF_CHARS = 4096

PILL_STYLE = "color:#1a5fb4;background-color:#dce8f8;text-decoration:none"
OWN_PILL_STYLE = "color:#ffffff;background-color:#c01c28;text-decoration:none"
SPOILER_STYLE = "background-color:#808080;color:#808080"
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "details",
        "summary",
        "caption",
    }
)
TABLE_OPEN = '<table border="1" cellspacing="0" cellpadding="4">'

_UNBOUNDED_TAGS = 128
"""Up to this many tags nest too shallow to matter for html5ever; pass 1 is skipped."""
_MAX_CLEANED_CHARS = 4 * MAX_INPUT_CHARS
"""html5ever reopens formatting tags after implied closes; output beyond this is not rendered."""

_DROP_WITH_CONTENT = frozenset(
    {"mx-reply", "script", "style", "template", "textarea", "title", "iframe", "noscript", "noembed"}
    | {"noframes", "xmp", "plaintext", "svg", "math", "object"}
)
"""Elements whose content is never shown (``mx-reply`` is the reply fallback; the rest is not text)."""
_ALLOWED_TAGS = frozenset(
    {"del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol", "sup", "sub", "li"}
    | {"b", "i", "u", "strong", "em", "s", "code", "hr", "br", "div", "table", "thead", "tbody", "tr"}
    | {"th", "td", "caption", "pre", "span", "img", "details", "summary"}
)
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes={
        "span": {"data-mx-bg-color", "data-mx-color", "data-mx-spoiler", "data-mx-maths"},
        "a": {"href", "target"},
        "img": {"width", "height", "alt", "title", "src", "data-mx-emoticon"},
        "ol": {"start"},
        "code": {"class"},
        "div": {"data-mx-maths"},
    },
    link_rel=None,
    url_schemes={"http", "https", "ftp", "mailto", "magnet", "mxc"},
    url_relative="deny",
)

_SIMPLE = {
    tag: (f"<{tag}>", f"</{tag}>")
    for tag in ("b", "strong", "i", "em", "u", "s", "sub", "sup", "blockquote", "p", "ul", "li", "div", "pre")
}
_SIMPLE.update({f"h{level}": (f"<h{level}>", f"</h{level}>") for level in range(1, 7)})
_SIMPLE.update(
    {"del": ("<s>", "</s>"), "details": ("<div>", "</div>"), "summary": ("<div><b>", "</b></div>")}
)
_TABLE_PARTS = frozenset({"thead", "tbody", "tr", "th", "td", "caption"})
_FLAT_TABLE_PARTS = {"td": " ", "th": " ", "tr": "<br>", "caption": "<br>"}

# nh3 serializes canonically: lowercase names, double-quoted values, '<' only as a tag start.
# Anything else this does not match is text, so a surprise can only ever turn into escaped text.
_TOKEN = re.compile(r'<(/?)([a-z][a-z0-9-]*)((?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*)\s*/?>|[^<]+|<')
_ATTR = re.compile(r'([^\s"\'<>/=]+)(?:="([^"]*)")?')
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\Z")
_LANGUAGE = re.compile(r"language-[A-Za-z0-9_+#.-]{1,40}\Z")
_LIST_START = re.compile(r"-?[0-9]{1,7}\Z")
_SAFE_HREF = re.compile(r"(?:https?|ftp|mailto|magnet):", re.IGNORECASE)
_UNSAFE_IN_HREF = re.compile(r"[\x00-\x20\x7f-\x9f]")
_CELL = re.compile(r"<t[dh][\s>]")
_TAG_OPEN = re.compile(r"<[A-Za-z]")
# Pass 1 tokens: comment, declaration or processing instruction, tag, text, a lone '<'.
_RAW_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<[!?][^<>]*>?"
    r"|<(/?)([A-Za-z][^\s/<>]*)((?:[^<>\"']++|\"[^\"<]*+\"|'[^'<]*+')*+)>"
    r"|[^<]+|<",
    re.DOTALL,
)
_RAW_ATTR = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?""")
_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")
_QUOTE = '"'
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source"}
    | {"track", "wbr"}
)
_SAME_NAME_CLOSES = frozenset({"p", "li", "tr", "td", "th", "dt", "dd", "option"})
_TEXT_BREAKS = frozenset({"br", "hr", "p", "div", "li", "tr", "blockquote", "ul", "ol", "table"})

EMOTICON_HEIGHT = 22
"""Custom emoji show at text height (the sender's ``height`` is ignored, as the MSC allows)."""

# Frame kinds of the Qt pass.
_PLAIN, _LINK, _PILL, _SPOILER, _TABLE = range(5)


def render_html(
    formatted_body: str,
    *,
    pill_name: Callable[[str], str] | None = None,
    own_user_id: str = "",
    emoticon_src: Callable[[str], str] | None = None,
) -> str | None:
    """Qt-safe rich text for ``formatted_body``, or None to show the plain ``body`` instead.

    None when the input is too large (:data:`MAX_INPUT_CHARS`, :data:`MAX_TAGS`), nothing visible
    survives sanitizing, or (a bug) rendering failed. ``pill_name`` maps a mentioned user id to the
    name its pill shows (``""`` shows the id); without it the sender's link text is shown. A pill
    for ``own_user_id`` gets :data:`OWN_PILL_STYLE`. ``emoticon_src`` maps a custom emoji's
    ``src`` to the app's own image address for it (``""``: refused, its ``:name:`` is shown); it
    is the one way an ``<img>`` reaches the output. Never raises.
    """
    try:
        cleaned = _clean(formatted_body)
        if cleaned is None:
            return None
        flatten_tables = len(_CELL.findall(cleaned)) > MAX_TABLE_CELLS
        rendered = _QtWriter(pill_name, own_user_id, flatten_tables, emoticon_src).run(cleaned)
    except Exception:
        log.exception("rich text could not be rendered")
        return None
    return rendered if rendered.strip() else None


def plain_text(formatted_body: str) -> str:
    """The text a reader sees in ``formatted_body``, for previews and search; ``""`` if unrenderable.

    Blocks and ``<br>`` become line breaks, cells are separated by spaces, pills show the sender's
    link text, images their ``[image: alt]`` placeholder and spoilers ``[spoiler]``, not their text.
    """
    rendered = render_html(formatted_body)
    if rendered is None:
        return ""
    pieces: list[str] = []
    in_pre = 0
    spans: list[bool] = []  # per open span: is it a spoiler

    def line_break() -> None:
        if pieces and not in_pre:
            pieces[-1] = pieces[-1].rstrip(" ")
        if pieces and not pieces[-1].endswith("\n"):
            pieces.append("\n")

    for match in _TOKEN.finditer(rendered):
        closing, name = match.group(1), match.group(2)
        if name is None:
            text = html.unescape(match.group())
            if any(spans):
                continue
            if not in_pre:
                text = re.sub(r"\s+", " ", text)
                if not pieces or pieces[-1].endswith("\n"):
                    text = text.lstrip(" ")
            pieces.append(text)
        elif name == "span":
            if not closing:
                spoiler = SPOILER_STYLE in match.group(3)
                if spoiler and not any(spans):
                    pieces.append("[spoiler]")
                spans.append(spoiler)
            elif spans:
                spans.pop()
        elif name in _TEXT_BREAKS or (name[0] == "h" and name[1:].isdigit()):
            line_break()
        elif name == "pre":
            line_break()
            in_pre += -1 if closing else 1
        elif name in ("td", "th") and closing:
            pieces.append(" ")
    return "".join(pieces).strip()


def _clean(formatted_body: str) -> str | None:
    if len(formatted_body) > MAX_INPUT_CHARS:
        return None
    markup = formatted_body
    if len(_TAG_OPEN.findall(markup)) > _UNBOUNDED_TAGS:
        markup = _bound_depth(markup)
    try:
        cleaned = _CLEANER.clean(markup)
    except UnicodeEncodeError:  # lone surrogates (lenient JSON) cannot cross into Rust
        cleaned = _CLEANER.clean(markup.encode("utf-8", "replace").decode("utf-8"))
    if len(cleaned) > _MAX_CLEANED_CHARS or cleaned.count("<") > MAX_TAGS:
        return None
    return cleaned


def _bound_depth(markup: str) -> str:
    """Pass 1: ``markup`` re-serialized balanced and at most :data:`MAX_DEPTH` deep, in linear time.

    A tag deeper than the limit is left out, its text stays. Comments and declarations go; so do
    elements nh3 drops with their content. Only names we parsed and values we re-quote are written,
    so whatever this tokenizer misreads, nh3 receives our own well-formed markup — the tokenizer
    is approximate on purpose (a ``<`` inside an attribute value makes the tag text, for example)
    and never scans past the next ``<``, which keeps it linear.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # every open element: (name, was its start tag written)
    open_count: dict[str, int] = {}
    dropping = 0  # inside how many elements dropped with their content

    def pop() -> str:
        nonlocal dropping
        name, written = stack.pop()
        open_count[name] -= 1
        if written:
            out.append(f"</{name}>")
        elif name in _DROP_WITH_CONTENT:
            dropping -= 1
        return name

    for token in _RAW_TOKEN.finditer(markup):
        closing, name = token.group(1), token.group(2)
        if name is None:
            text = token.group()
            if not dropping and text[:2] not in ("<!", "<?"):
                out.append("&lt;" if text == "<" else text)
            continue
        name = name.lower()
        if _NAME.match(name) is None:
            continue
        if closing:
            if open_count.get(name):
                while pop() != name:
                    pass
            continue
        if name in _SAME_NAME_CLOSES and stack and stack[-1][0] == name:
            pop()
        written = not dropping and len(stack) < MAX_DEPTH and name not in _DROP_WITH_CONTENT
        if written:
            out.append(f"<{name}")
            for attr in _RAW_ATTR.finditer(token.group(3)):
                attr_name = attr.group(1).lower()
                value = next((group for group in attr.groups()[1:] if group is not None), "")
                if _NAME.match(attr_name):
                    out.append(f' {attr_name}="{value.replace(_QUOTE, "&quot;")}"')
            out.append(">")
        if name not in _VOID:
            stack.append((name, written))
            open_count[name] = open_count.get(name, 0) + 1
            dropping += name in _DROP_WITH_CONTENT
    while stack:
        pop()
    return "".join(out)


class _QtWriter:
    """Pass 3: rebuilds nh3's output in Qt's rich-text vocabulary, one token at a time."""

    def __init__(
        self,
        pill_name: Callable[[str], str] | None,
        own_user_id: str,
        flatten_tables: bool,
        emoticon_src: Callable[[str], str] | None = None,
    ) -> None:
        self._emoticon_src = emoticon_src
        self._pill_name = pill_name
        self._own_user_id = own_user_id
        self._flatten_tables = flatten_tables
        self._out: list[str] = []
        self._stack: list[tuple[str, str, int]] = []  # (input tag, what closes it, frame kind)
        self._tables: list[bool] = []  # per open table: rendered as a table (else flattened)
        self._spoilers = 0
        self._link_text: list[str] | None = None  # visible text of the open link or pill
        self._link_href = ""
        self._pill: MatrixTarget | None = None  # while set, content is collected, not written

    def run(self, cleaned: str) -> str:
        for match in _TOKEN.finditer(cleaned):
            name = match.group(2)
            if name is None:
                self._text(html.unescape(match.group()))
            elif match.group(1):
                self._end(name)
            else:
                self._start(name, match.group(3))
        while self._stack:
            self._pop()
        return "".join(self._out)

    def _image(self, attrs: dict[str, str]) -> None:
        """A custom emoji inline at text height when the app can show its ``src``; any other
        image (and an emoji it cannot) as text."""
        src = ""
        if "data-mx-emoticon" in attrs and self._emoticon_src is not None and self._pill is None:
            try:
                src = self._emoticon_src(attrs.get("src", ""))
            except Exception:
                log.exception("emoticon_src failed")
        if not src:
            self._text(_image_text(attrs))
            return
        label = html.escape(_image_text(attrs))
        if self._link_text is not None:
            self._link_text.append(_image_text(attrs))
        size = f'height="{EMOTICON_HEIGHT}" align="middle"'
        self._out.append(f'<img src="{html.escape(src)}" {size} alt="{label}">')

    def _text(self, text: str) -> None:
        text = balance_bidi(text)
        if self._link_text is not None:
            self._link_text.append(text)
        if self._pill is None:
            escaped = html.escape(text, quote=False)
            if self._spoilers and escaped.strip() and self._block_inside_spoiler():
                # each run in its own grey span: a paragraph or list item inside the spoiler
                # starts a new block, where the outer span's colours would not reach
                escaped = f'<span style="{SPOILER_STYLE}">{escaped}</span>'
            self._out.append(escaped)

    def _block_inside_spoiler(self) -> bool:
        """A block (paragraph, list item, cell…) opened inside the innermost spoiler: the
        spoiler's span does not colour it, so its text needs a span of its own."""
        for tag, _closing, kind in reversed(self._stack):
            if kind == _SPOILER:
                return False
            if tag in _BLOCKS:
                return True
        return False

    def _write(self, markup: str) -> None:
        if self._pill is None:
            self._out.append(markup)

    def _start(self, tag: str, raw_attrs: str) -> None:
        if tag == "br":
            self._write("<br>")
        elif tag == "hr":
            self._write("<hr>")
        elif tag == "img":
            self._image(_attrs(raw_attrs))
        elif len(self._stack) >= MAX_DEPTH or self._pill is not None:
            self._stack.append((tag, "", _PLAIN))
        elif tag in _SIMPLE:
            opening, closing = _SIMPLE[tag]
            self._out.append(opening)
            self._stack.append((tag, closing, _PLAIN))
        elif tag in _TABLE_PARTS:
            self._table_part(tag)
        else:
            self._special(tag, _attrs(raw_attrs))

    def _special(self, tag: str, attrs: dict[str, str]) -> None:
        opening, closing, kind = "", "", _PLAIN
        if tag == "a":
            opening, closing, kind = self._link(attrs.get("href", ""))
        elif tag == "span":
            opening, closing, kind = self._span(attrs)
        elif tag == "code":
            language = next((word for word in attrs.get("class", "").split() if _LANGUAGE.match(word)), "")
            opening, closing = (f'<code class="{language}">' if language else "<code>"), "</code>"
        elif tag == "ol":
            start = attrs.get("start", "").strip()
            opening, closing = (f'<ol start="{int(start)}">' if _LIST_START.match(start) else "<ol>"), "</ol>"
        elif tag == "table":
            rendered = not self._flatten_tables and not self._tables
            self._tables.append(rendered)
            opening, closing, kind = (TABLE_OPEN, "</table>", _TABLE) if rendered else ("", "<br>", _TABLE)
        self._out.append(opening)
        self._stack.append((tag, closing, kind))

    def _link(self, href: str) -> tuple[str, str, int]:
        if self._link_text is not None or self._spoilers or not _safe_href(href):
            return "", "", _PLAIN  # no links in links, none in spoilers (Qt would colour them)
        self._link_text = []
        target = parse_matrix_link(href)
        if target is not None and target.kind != "event":
            self._pill = target
            self._link_href = user_link(target.id) if target.kind == "user" else href
            return "", "", _PILL
        self._link_href = href
        return f'<a href="{html.escape(href)}">', "</a>", _LINK

    def _span(self, attrs: dict[str, str]) -> tuple[str, str, int]:
        if "data-mx-spoiler" in attrs:
            reason = attrs["data-mx-spoiler"].strip()
            if reason:
                self._text(f"({reason[:MAX_ALT_CHARS]}) ")
            self._spoilers += 1
            return f'<span style="{SPOILER_STYLE}">', "</span>", _SPOILER
        if self._spoilers:
            return "", "", _PLAIN
        colours = (
            ("color", attrs.get("data-mx-color", "")),
            ("background-color", attrs.get("data-mx-bg-color", "")),
        )
        styles = [f"{prop}:{value.lower()}" for prop, value in colours if _COLOUR.match(value)]
        if not styles:
            return "", "", _PLAIN
        return f'<span style="{";".join(styles)}">', "</span>", _PLAIN

    def _table_part(self, tag: str) -> None:
        if self._tables and self._tables[-1]:
            opening, closing = ("<tr><th>", "</th></tr>") if tag == "caption" else (f"<{tag}>", f"</{tag}>")
        else:
            opening, closing = "", _FLAT_TABLE_PARTS.get(tag, "")
        self._out.append(opening)
        self._stack.append((tag, closing, _PLAIN))

    def _end(self, tag: str) -> None:
        # nh3's output is balanced, so this is the top frame; be lenient all the same.
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                while len(self._stack) > index:
                    self._pop()
                return

    def _pop(self) -> None:
        _tag, closing, kind = self._stack.pop()
        if kind == _PILL:
            self._close_pill()
            return
        self._write(closing)
        if kind == _LINK:
            shown = "".join(self._link_text or ())
            self._link_text = None
            real_host = misleading_host(self._link_href, shown)
            if real_host:
                self._text(f" [{real_host}]")
        elif kind == _SPOILER:
            self._spoilers -= 1
        elif kind == _TABLE:
            self._tables.pop()

    def _close_pill(self) -> None:
        target, shown = self._pill, "".join(self._link_text or ()).strip()
        self._pill, self._link_text = None, None
        assert target is not None
        # A room or alias pill shows where it really goes: its text could name another room.
        name = shown if target.kind == "user" else target.id
        if target.kind == "user" and self._pill_name is not None:
            # The sender's link text could claim anyone's name: with a directory, trust only it.
            try:
                name = self._pill_name(target.id)
            except Exception:
                log.exception("pill_name failed for %s", target.id)
                name = ""
        own = target.kind == "user" and target.id == self._own_user_id
        self._out.append(
            f'<a href="{html.escape(self._link_href)}" style="{OWN_PILL_STYLE if own else PILL_STYLE}">'
            f"{html.escape(isolate((name or target.id)[:MAX_PILL_CHARS]), quote=False)}</a>"
        )


def _attrs(raw: str) -> dict[str, str]:
    return {name: html.unescape(value or "") for name, value in _ATTR.findall(raw)}


def _safe_href(href: str) -> bool:
    return (
        len(href) <= MAX_HREF_CHARS
        and _SAFE_HREF.match(href) is not None
        and _UNSAFE_IN_HREF.search(href) is None
        and not has_bidi_controls(href)
    )


def _image_text(attrs: dict[str, str]) -> str:
    label = " ".join((attrs.get("alt") or attrs.get("title") or "").split())[:MAX_ALT_CHARS]
    if "data-mx-emoticon" in attrs and label.strip(":"):
        return f":{label.strip(':')}:"
    return f"[image: {label}]" if label else "[image]"
