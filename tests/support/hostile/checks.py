"""What may reach a rich-text item, checked by parsing it back: the sanitizer's Qt vocabulary,
only the attributes it writes, links only to web, mail, magnet and matrix.to addresses, pictures
only from the app's own ``image://media/`` provider (so only ever from ``mxc://``), and no
script, style, frame, event handler, ``javascript:`` or ``data:`` anywhere in the markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "s", "sub", "sup", "blockquote", "p", "ul", "ol", "li", "div", "pre"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "code", "table", "thead", "tbody", "tr", "th", "td"}
    | {"br", "hr", "img"}
)
ATTRIBUTES = {
    "a": {"href", "style"},
    "span": {"style"},
    "img": {"src", "height", "align", "alt"},
    "table": {"border", "cellspacing", "cellpadding"},
    "code": {"class"},
    "ol": {"start"},
}
HREF = re.compile(r"(?:https?|ftp|mailto|magnet):", re.IGNORECASE)
IMAGE_SOURCE = "image://media/"
STYLE = re.compile(
    r"(?:(?:color|background-color):#[0-9a-f]{6}|white-space:pre-wrap|text-decoration:none)"
    r"(?:;(?:(?:color|background-color):#[0-9a-f]{6}|text-decoration:none))*",
    re.IGNORECASE,
)
FORBIDDEN_TEXT = re.compile(
    r"<\s*(?:script|style|iframe|object|embed|svg|math|meta|link|base)\b", re.IGNORECASE
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.problems.append(f"tag <{tag}>")
            return
        allowed = ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            value = value or ""
            if name not in allowed:
                self.problems.append(f"attribute {name} on <{tag}>")
            elif name == "href" and not HREF.match(value):
                self.problems.append(f"link to {value[:60]!r}")
            elif name == "src" and not value.startswith(IMAGE_SOURCE):
                self.problems.append(f"picture from {value[:60]!r}")
            elif name == "style" and not STYLE.fullmatch(value):
                self.problems.append(f"style {value[:60]!r}")
            if name == "href" and re.search(r"[\s\x00-\x1f]", value):
                self.problems.append(f"odd characters in link {value[:60]!r}")

    handle_startendtag = handle_starttag

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration {decl[:40]!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.extend(value or "" for name, value in attrs if name in ("href", "src"))


def addresses_in(markup: str) -> list[str]:
    """Every ``href`` and ``src`` in ``markup``, as a browser reads them."""
    links = _Links()
    links.feed(markup)
    links.close()
    return links.found


def rich_text_problems(markup: str) -> list[str]:
    """Everything in ``markup`` a rich-text item should never be given; [] when it is safe."""
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    problems = collector.problems
    if FORBIDDEN_TEXT.search(markup):
        problems.append("a forbidden element's tag in the markup")
    return problems


def assert_safe_rich_text(markup: str) -> None:
    problems = rich_text_problems(markup)
    assert not problems, f"{problems[:5]} in {markup[:300]!r}"


EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")
ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")
PDI = "\u2069"


def assert_bidi_balanced(text: str) -> None:
    """No embedding or override, and every isolate closed in order: ``text`` cannot reorder
    whatever is drawn after it on the same line."""
    assert not EMBEDDINGS & set(text), repr(text[:200])
    depth = 0
    for char in text:
        if char in ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth -= 1
            assert depth >= 0, repr(text[:200])
    assert depth == 0, repr(text[:200])
