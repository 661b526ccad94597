"""Event contents the user sends, built in exactly the spec's shapes (pure: no I/O).

- Every message carries ``m.mentions`` (an empty object when nobody is mentioned), so legacy
  push rules that match names in ``body`` never fire by accident.
- Replies carry only ``m.relates_to.m.in_reply_to``: no quoted fallback since spec v1.13.
- Thread messages carry ``rel_type: m.thread`` and, for clients without threads, a reply to the
  latest thread event marked ``is_falling_back: true`` (or a real reply, ``is_falling_back: false``).
- Edits carry the full new content in ``m.new_content`` and a ``* ``-prefixed fallback; the
  top-level ``m.mentions`` lists only users *newly* mentioned by this edit, so an edit does not
  notify everyone again.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..api.events import is_user_id
from ..api.ids import EventId
from ..richtext.markdown import render_markdown

HTML_FORMAT = "org.matrix.custom.html"
SHRUG = "¯\\_(ツ)_/¯"
EDIT_PREFIX = "* "

_NO_MENTIONS: Mapping[str, str] = {}


def shrug(text: str = "") -> str:
    """``/shrug [text]``: the shrug, then the text. Send it without markdown, or ``\\_`` is eaten."""
    text = text.strip()
    return f"{SHRUG} {text}" if text else SHRUG


def mentions_block(user_ids: Iterable[str], *, room: bool = False) -> dict[str, Any]:
    """``m.mentions``: ``{}`` when nobody is mentioned, else ``{"user_ids": [...]}`` (valid ids,
    in order, without duplicates) and ``"room": true`` for an @room mention."""
    block: dict[str, Any] = {}
    ids = [u for u in dict.fromkeys(user_ids) if is_user_id(u)]
    if ids:
        block["user_ids"] = ids
    if room:
        block["room"] = True
    return block


def _message(text: str, mentions: Mapping[str, str], *, emote: bool, markdown: bool) -> dict[str, Any]:
    """``msgtype``, ``body`` and, when the text has formatting, ``format`` + ``formatted_body``."""
    if markdown:
        body, formatted = render_markdown(text, dict(mentions) if mentions else None)
    else:
        body, formatted = text, None
    content: dict[str, Any] = {"msgtype": "m.emote" if emote else "m.text", "body": body}
    if formatted is not None:
        content["format"] = HTML_FORMAT
        content["formatted_body"] = formatted
    return content


def text_content(
    text: str,
    *,
    mentions: Mapping[str, str] = _NO_MENTIONS,
    emote: bool = False,
    reply_to: EventId | None = None,
    thread_root: EventId | None = None,
    thread_latest: EventId | None = None,
    markdown: bool = True,
    also_mention: Iterable[str] = (),
    mention_room: bool = False,
) -> dict[str, Any]:
    """An ``m.room.message`` (``m.text``, or ``m.emote``).

    ``mentions`` maps the names the mention completer put into the text to the user ids they
    stand for (the markdown renderer turns those names into links); ``also_mention`` adds ids
    without touching the text (the sender of the message replied to). ``markdown=False`` sends
    the text as typed.
    """
    content = _message(text, mentions, emote=emote, markdown=markdown)
    content["m.mentions"] = mentions_block([*mentions.values(), *also_mention], room=mention_room)
    relates = relation(reply_to=reply_to, thread_root=thread_root, thread_latest=thread_latest)
    if relates is not None:
        content["m.relates_to"] = relates
    return content


def relation(
    *,
    reply_to: EventId | None = None,
    thread_root: EventId | None = None,
    thread_latest: EventId | None = None,
) -> dict[str, Any] | None:
    """``m.relates_to`` for a reply, a thread message, a reply inside a thread — or ``None``."""
    if thread_root is not None:
        if reply_to is not None:
            return {
                "rel_type": "m.thread",
                "event_id": thread_root,
                "is_falling_back": False,
                "m.in_reply_to": {"event_id": reply_to},
            }
        return {
            "rel_type": "m.thread",
            "event_id": thread_root,
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": thread_latest or thread_root},
        }
    if reply_to is not None:
        return {"m.in_reply_to": {"event_id": reply_to}}
    return None


def as_reply(
    content: dict[str, Any],
    reply_to: EventId | None,
    reply_sender: str | None = None,
    *,
    thread_root: EventId | None = None,
    thread_latest: EventId | None = None,
) -> dict[str, Any]:
    """``content`` (a file, a voice message…) made an answer to ``reply_to``, its sender mentioned
    as a reply's is, and/or a message in thread ``thread_root`` with the relation a text reply
    in the thread has (see :func:`relation`); ``content`` as it was when there is neither."""
    relates = relation(reply_to=reply_to, thread_root=thread_root, thread_latest=thread_latest)
    if relates is None:
        return content
    content["m.relates_to"] = relates
    if reply_to is None:
        return content  # the thread's fallback reply mentions nobody, as a text reply's does
    already = content.get("m.mentions")
    users = already.get("user_ids") if isinstance(already, dict) else None
    named = [u for u in users if isinstance(u, str)] if isinstance(users, list) else []
    content["m.mentions"] = mentions_block([*named, *([reply_sender] if reply_sender else [])])
    return content


def edit_content(
    target: EventId,
    text: str,
    *,
    mentions: Mapping[str, str] = _NO_MENTIONS,
    previous_mentions: Iterable[str] = (),
    emote: bool = False,
    markdown: bool = True,
) -> dict[str, Any]:
    """A replacement (``m.replace``) of ``target`` with ``text``.

    ``m.new_content.m.mentions`` holds every user the final text mentions; the top-level
    ``m.mentions`` only those not in ``previous_mentions`` (the ids the edited message already
    mentioned), as the spec asks."""
    new = _message(text, mentions, emote=emote, markdown=markdown)
    new["m.mentions"] = mentions_block(mentions.values())
    before = set(previous_mentions)
    content: dict[str, Any] = {"msgtype": new["msgtype"], "body": EDIT_PREFIX + new["body"]}
    if "formatted_body" in new:
        content["format"] = HTML_FORMAT
        content["formatted_body"] = EDIT_PREFIX + new["formatted_body"]
    content["m.new_content"] = new
    content["m.mentions"] = mentions_block(u for u in mentions.values() if u not in before)
    content["m.relates_to"] = {"rel_type": "m.replace", "event_id": target}
    return content


def reaction_content(target: EventId, key: str) -> dict[str, Any]:
    """An ``m.reaction``: an annotation of ``target`` with ``key`` (an emoji, usually)."""
    return {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}}


def redaction_content(target: EventId, reason: str | None = None) -> dict[str, Any]:
    """The outbox item of a redaction: ``{"redacts": id, "reason"?: str}`` (sent with ``/redact``)."""
    content: dict[str, Any] = {"redacts": target}
    if reason:
        content["reason"] = reason
    return content


_FALLBACK_HTML = re.compile(r"<mx-reply>.*?</mx-reply>", re.DOTALL | re.IGNORECASE)


def forward_content(original: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a message's content to post elsewhere: without its relations (``m.relates_to``,
    ``m.new_content``) and without its mentions (``m.mentions`` is empty: a forward notifies nobody).

    Given an edit's content, its ``m.new_content`` (the edited message) is what is forwarded; an
    old-style reply loses its quoted fallback."""
    new = original.get("m.new_content")
    source = new if isinstance(new, Mapping) else original
    content = {
        k: copy.deepcopy(v)
        for k, v in source.items()
        if k not in ("m.relates_to", "m.new_content", "m.mentions")
    }
    relates = original.get("m.relates_to")
    if isinstance(relates, Mapping) and "m.in_reply_to" in relates and source is original:
        _strip_reply_fallback(content)
    content["m.mentions"] = {}
    return content


def _strip_reply_fallback(content: dict[str, Any]) -> None:
    body = content.get("body")
    if isinstance(body, str) and body.startswith("> "):
        lines = body.split("\n")
        while lines and lines[0].startswith("> "):
            lines.pop(0)
        if lines and lines[0] == "":
            lines.pop(0)
        content["body"] = "\n".join(lines)
    formatted = content.get("formatted_body")
    if isinstance(formatted, str):
        content["formatted_body"] = _FALLBACK_HTML.sub("", formatted)
