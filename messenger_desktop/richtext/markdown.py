"""What the composer sends: ``body`` as typed, ``formatted_body`` from Markdown when it formats.

CommonMark (markdown-it-py) plus ``~~strike~~`` and tables, with chat semantics: a single newline
is a line break, raw HTML is typed text (``<b>`` arrives as ``&lt;b&gt;``), markdown images are
off (they would point at the web, not at ``mxc://``) and bare URLs are left to the receiving
client's linkifier. A message with no formatting at all is sent without ``formatted_body``,
so it stays plain text everywhere.

Mentions: the completer inserts a display name and remembers whom it meant. Each occurrence of
that name becomes a ``https://matrix.to/#/@user:server`` link — except inside code, where it stays
text. The names are swapped for private-use markers before parsing, so a name containing
Markdown syntax (``*Bob*``) is neither formatted nor broken apart.

Custom emoji (MSC2545) ride the same way: an entry ``":blob:" → "mxc://…"`` turns each typed
``:blob:`` into ``<img data-mx-emoticon src="mxc://…" alt=":blob:" title=":blob:" height="32">``
(text again inside code). Only a checked ``mxc://`` URI ever becomes an ``src``.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

from ..api.mxc import parse_mxc
from .links import is_user_id, user_link

if TYPE_CHECKING:  # markdown-it is imported on the first message sent, not at start-up
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

_PLAIN_BLOCKS = frozenset({"paragraph_open", "paragraph_close", "inline"})
_PLAIN_INLINE = frozenset({"text", "softbreak", "hardbreak"})
_EMOTICON_NAME = re.compile(r":[^:\s]{1,100}:")
_PRIVATE_USE = range(0xE000, 0xF900)

Mention = tuple[str, str]  # (display text, user id)


def render_markdown(text: str, mentions: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """``(body, formatted_body)`` for a message typed as ``text``.

    ``mentions`` maps display text inserted by the mention completer to a user id; entries whose
    id is not a valid user id are ignored. Any mention found forces ``formatted_body``.
    """
    source, found, mark = _mark_mentions(text, mentions or {})
    env = {"mentions": found, "mark": mark}
    md = _parser()
    tokens = md.parse(source, env)
    if not found and _is_plain(tokens, source):
        return text, None
    formatted = md.renderer.render(tokens, md.options, env).strip()
    if len(tokens) == 3 and tokens[0].type == "paragraph_open" and formatted.startswith("<p>"):
        formatted = formatted.removeprefix("<p>").removesuffix("</p>")
    if found:
        formatted = _unmark(formatted, found, mark)
    return text, formatted


def strip_reply_fallback(body: str) -> str:
    """``body`` of a reply without the quoted fallback older clients put in front of it.

    The fallback is ``> <@sender:server> original`` (or ``> * <@sender…`` for an emote), more
    ``>`` lines, then a blank line; only exactly that shape is removed. Call it for events that are
    replies (``m.relates_to.m.in_reply_to``) only: in any other message a leading quote is content.
    """
    if not body.startswith(("> <", "> * <")):
        return body
    lines = body.split("\n")
    index = 0
    while index < len(lines) and lines[index].startswith(">"):
        index += 1
    if index == len(lines) or lines[index].strip():
        return body
    return "\n".join(lines[index + 1 :])


def _mark_mentions(text: str, mentions: Mapping[str, str]) -> tuple[str, list[Mention], str]:
    names = {
        name: target
        for name, target in mentions.items()
        if name.strip() and (is_user_id(target) or _is_emoticon(name, target))
    }
    mark = next((chr(code) for code in _PRIVATE_USE if chr(code) not in text), "")
    if not names or not mark:
        return text, [], mark
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    found: list[Mention] = []

    def replace(match: re.Match[str]) -> str:
        found.append((match.group(), names[match.group()]))
        return f"{mark}{len(found) - 1}{mark}"

    return re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", replace, text), found, mark


def _is_emoticon(name: str, target: str) -> bool:
    return _EMOTICON_NAME.fullmatch(name) is not None and parse_mxc(target) is not None


def _is_plain(tokens: Sequence[Token], source: str) -> bool:
    """Only paragraphs of text whose characters are exactly the typed ones (no escapes, entities)."""
    parts: list[str] = []
    for token in tokens:
        if token.type not in _PLAIN_BLOCKS:
            return False
        for child in token.children or ():
            if child.type not in _PLAIN_INLINE:
                return False
            parts.append(child.content)
    return "".join("".join(parts).split()) == "".join(source.split())


def _link_mentions(state: StateCore) -> None:
    """Core rule: mention markers in text become links, in code and link text plain names."""
    found: list[Mention] = state.env.get("mentions", [])
    if not found:
        return
    marker = re.compile(f"{state.env['mark']}([0-9]+){state.env['mark']}")

    def name(match: re.Match[str]) -> str:
        return found[int(match.group(1))][0]

    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = _split_mentions(token.children, marker, found, name)
        elif token.type in ("fence", "code_block"):
            token.content = marker.sub(name, token.content)


def _split_mentions(
    children: list[Token], marker: re.Pattern[str], found: list[Mention], name: Callable[[re.Match[str]], str]
) -> list[Token]:
    result: list[Token] = []
    in_link = 0
    for child in children:
        if child.type in ("link_open", "link_close"):
            in_link += 1 if child.type == "link_open" else -1
        if child.type == "code_inline" or (child.type == "text" and in_link):
            child.content = marker.sub(name, child.content)
        if child.type != "text" or in_link:
            result.append(child)
            continue
        pieces = marker.split(child.content)
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                if piece:
                    result.append(_token("text", "", 0, content=piece))
                continue
            shown, user_id = found[int(piece)]
            if not is_user_id(user_id):  # a custom emoji's mxc:// (checked when it was marked)
                result.append(_token("html_inline", "", 0, content=_emoticon_img(shown, user_id)))
                continue
            result.append(_token("link_open", "a", 1, href=user_link(user_id)))
            result.append(_token("text", "", 0, content=shown))
            result.append(_token("link_close", "a", -1))
    return result


def _emoticon_img(shortcode: str, mxc: str) -> str:
    label = html.escape(shortcode)
    return f'<img data-mx-emoticon src="{html.escape(mxc)}" alt="{label}" title="{label}" height="32" />'


def _token(kind: str, tag: str, nesting: Literal[-1, 0, 1], *, content: str = "", href: str = "") -> Token:
    from markdown_it.token import Token  # loaded by _parser() before any rule runs

    token = Token(kind, tag, nesting, content=content)
    if href:
        token.attrSet("href", href)
    return token


def _unmark(formatted: str, found: list[Mention], mark: str) -> str:
    """Markers left where no token reaches them (inside a typed URL or title) become the name."""
    raw, encoded = re.escape(mark), re.escape(quote(mark))
    pattern = re.compile(f"{raw}([0-9]+){raw}|{encoded}([0-9]+){encoded}")

    def restore(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return html.escape(found[int(match.group(1))][0])
        return html.escape(quote(found[int(match.group(2))][0], safe="/:@!$&'()*+,;=-._~"))

    return pattern.sub(restore, formatted)


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "xhtmlOut": False})
    md.enable(["strikethrough", "table"])
    md.disable("image")
    md.core.ruler.after("text_join", "matrix_mentions", _link_mentions)
    return md
