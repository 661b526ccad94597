"""What one message shows: its text (plain or sanitised rich text), edits, mentions, the quoted
original of a reply, reaction chips and the thread summary line.

Pure functions over untrusted content: only strings of the expected types are used, HTML goes
through :mod:`messenger_desktop.richtext.sanitize` and nothing here can load a resource.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..api.mxc import parse_mxc
from ..richtext.bidi import isolate
from ..richtext.markdown import strip_reply_fallback
from ..richtext.sanitize import render_html
from ..store.relations import Reaction
from ..store.rows import TimelineRow
from .event_text import MAX_BODY, message_body
from .formatting import avatar_color, tr, trn
from .media_images import full_url

NameOf = Callable[[str], str]

HTML_FORMAT = "org.matrix.custom.html"
REPLY_PREVIEW = 140
MAX_WHO = 12
_URL = re.compile(r"\b(?:https?://|mailto:)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MessageView:
    body: str
    """Plain text (the accessible name, copy text, and what shows when ``html`` is empty)."""
    html: str
    """Sanitised rich text for a ``Text.RichText`` item (plain bodies escaped into it too)."""
    msgtype: str
    edited: bool
    mentions_me: bool
    reply_to: str
    """The event this message answers (m.in_reply_to), "" if none."""


def _str(content: dict[str, Any], key: str) -> str:
    value = content.get(key)
    return value if isinstance(value, str) else ""


def reply_target(content: dict[str, Any]) -> str:
    """The event a message replies to; a thread's fallback reply (``is_falling_back``) is not one."""
    relates = content.get("m.relates_to")
    if not isinstance(relates, dict):
        return ""
    reply = relates.get("m.in_reply_to")
    if not isinstance(reply, dict):
        return ""
    target = reply.get("event_id")
    if not isinstance(target, str) or not target.startswith("$"):
        return ""
    if relates.get("rel_type") == "m.thread" and relates.get("is_falling_back") is True:
        return ""
    return target


def linkify(text: str) -> str:
    """Plain text as rich text with its web links clickable; "" when it has none (plain stays plain)."""
    if "://" not in text and "mailto:" not in text.lower():
        return ""
    parts: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        parts.append(html.escape(text[last : match.start()], quote=False))
        url = match.group(0)
        parts.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
        last = match.end()
    if not parts:
        return ""
    parts.append(html.escape(text[last:], quote=False))
    return "".join(parts).replace("\n", "<br>")


def plain_html(text: str) -> str:
    """Plain text as rich text that shows exactly the same: escaped, spaces and line breaks kept.
    (One text format for every bubble: a reused bubble never shows a stale format's source.)"""
    return '<span style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</span>"


def mentions_user(content: dict[str, Any], user_id: str, own_name: str) -> bool:
    """Whether a message mentions ``user_id``: ``m.mentions`` when the sender used it, the user's
    name or ID in the text otherwise (older clients), as the spec's push rules do."""
    mentions = content.get("m.mentions")
    if isinstance(mentions, dict):
        users = mentions.get("user_ids")
        return isinstance(users, list) and user_id in users
    body = _str(content, "body").casefold()
    if not body:
        return False
    if user_id.casefold() in body:
        return True
    name = own_name.strip().casefold()
    return len(name) >= 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body) is not None


def view_message(
    content: dict[str, Any],
    event_type: str,
    sender_name: str,
    *,
    edit_content: dict[str, Any] | None,
    own_user: str,
    own_name: str,
    name_of: NameOf,
) -> MessageView:
    """The text a message shows, its latest edit applied."""
    shown = edit_content if isinstance(edit_content, dict) else content
    reply_to = reply_target(content)
    msgtype = _str(shown, "msgtype")
    body = message_body(shown, sender_name, event_type)
    if reply_to and edit_content is None:
        body = strip_reply_fallback(body)
    rich = ""
    if event_type == "m.room.message" and _str(shown, "format") == HTML_FORMAT:
        formatted = _str(shown, "formatted_body")
        if formatted:
            rendered = render_html(
                formatted, pill_name=name_of, own_user_id=own_user, emoticon_src=emoticon_url
            )
            if rendered is not None:
                rich = rendered
                if msgtype == "m.emote":
                    rich = f"* {html.escape(isolate(sender_name), quote=False)} {rich}"
    if not rich and msgtype in ("m.text", "m.notice", "m.emote", ""):
        rich = linkify(body[:MAX_BODY])
    if not rich:
        rich = plain_html(body[:MAX_BODY])
    return MessageView(
        body=body,
        html=rich,
        msgtype=msgtype,
        edited=edit_content is not None,
        mentions_me=mentions_user(shown, own_user, own_name),
        reply_to=reply_to,
    )


def reply_preview(target: TimelineRow | None, name_of: NameOf, loading: bool) -> tuple[str, str, str]:
    """``(sender name, colour, one line)`` for the quote above a reply."""
    if target is None:
        return "", "#808080", tr("Loading…") if loading else tr("Original message not found")
    name = name_of(target.sender)
    if target.redacted:
        text = tr("Message deleted")
    elif target.problem:
        text = tr("This message could not be shown")
    else:
        text = message_body(target.content, name, target.type)
        if reply_target(target.content):
            text = strip_reply_fallback(text)
    line = " ".join(text.split())
    if len(line) > REPLY_PREVIEW:
        line = line[: REPLY_PREVIEW - 1] + "…"
    return name, avatar_color(target.sender), line


def who_text(names: list[str]) -> str:
    """ "Alice, Bob and 3 others" for a reaction's tooltip."""
    if len(names) <= MAX_WHO:
        return ", ".join(names)
    rest = len(names) - MAX_WHO
    return tr("%1 and %2 others").replace("%1", ", ".join(names[:MAX_WHO])).replace("%2", str(rest))


def reaction_chips(
    reactions: Iterable[Reaction], own_user: str, pending: dict[str, int], name_of: NameOf
) -> list[dict[str, Any]]:
    """Chips for QML: ``{key, count, mine, who}``; ``pending`` holds the user's own reactions not
    confirmed yet (+1 adds, -1 removes), so a click shows at once."""
    chips: list[dict[str, Any]] = []
    seen: set[str] = set()
    for reaction in reactions:
        seen.add(reaction.key)
        senders: list[str] = list(reaction.senders)
        mine = own_user in senders
        change = pending.get(reaction.key, 0)
        if change > 0 and not mine:
            senders.append(own_user)
            mine = True
        elif change < 0 and mine:
            senders.remove(own_user)
            mine = False
        if senders:
            chips.append(
                {
                    "key": reaction.key,
                    "count": len(senders),
                    "mine": mine,
                    "who": who_text([name_of(s) for s in senders]),
                }
            )
    for key, change in pending.items():
        if change > 0 and key not in seen:
            chips.append({"key": key, "count": 1, "mine": True, "who": name_of(own_user)})
    return chips


def thread_text(count: int, last_sender_name: str) -> str:
    if count <= 0:
        return ""
    replies = trn("%n reply(s)", count)
    if not last_sender_name:
        return replies
    return tr("%1 · last from %2").replace("%1", replies).replace("%2", last_sender_name)


__all__ = [
    "MessageView",
    "linkify",
    "mentions_user",
    "reaction_chips",
    "reply_preview",
    "reply_target",
    "thread_text",
    "view_message",
]


def emoticon_url(src: str) -> str:
    """The image address of a custom emoji's ``src`` ("" unless it is a valid ``mxc://``)."""
    mxc = parse_mxc(src)
    return full_url(mxc) if mxc is not None else ""
