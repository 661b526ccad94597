"""Rich text: sanitizing received HTML for Qt, Markdown for sending, links, bidi safety.

Pure Python — no Qt, no network — so every rule about untrusted content is testable on its own.
:func:`render_html` is the only way received HTML reaches a rich-text item.
"""

from .bidi import balance_bidi, isolate, strip_bidi_controls
from .links import (
    LinkAction,
    MatrixTarget,
    classify_link,
    message_link,
    misleading_host,
    parse_matrix_link,
    room_link,
    user_link,
)
from .markdown import render_markdown, strip_reply_fallback
from .sanitize import plain_text, render_html

__all__ = [
    "LinkAction",
    "MatrixTarget",
    "balance_bidi",
    "classify_link",
    "isolate",
    "message_link",
    "misleading_host",
    "parse_matrix_link",
    "plain_text",
    "render_html",
    "render_markdown",
    "room_link",
    "strip_bidi_controls",
    "strip_reply_fallback",
    "user_link",
]
