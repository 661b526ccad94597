"""Hypothesis strategies for hostile values: odd text (bidi controls, zero-width characters, lone
surrogates, combining marks, emoji sequences, NUL), integers at every edge, huge floats, any JSON
value (bounded deep nesting included), and the pools of ids, URIs, file names and HTML that the
event strategies (:mod:`.events`, :mod:`.syncs`) draw from.

:func:`mostly` is the idea behind all of them: a field is right most of the time and hostile
otherwise, so examples get past the first check and reach the code behind it. Event ids, senders
and rooms come from small pools, so relations find their targets.

:func:`json_bytes` serialises the way a server might: lone surrogates as ``\\udXXX`` escapes,
integers of any size, and :data:`HUGE_NUMBERS` markers as numbers no double can hold (``1e400``).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from messenger_desktop.api import lenient_json

ME = "@me:hs"
USERS = (ME, "@bob:hs", "@carol:hs", "@\u0430dmin:hs")  # the last one's "а" is Cyrillic
ROOMS = ("!r1:hs", "!r2:hs", "!space:hs")
EVENT_IDS = tuple(f"$e{n}" for n in range(8))

BIDI = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060", "\u00ad")
SPECIAL_CHARS = (
    *BIDI,
    *INVISIBLE,
    "\x00",
    "\x1b",
    "\x7f",
    "\n",
    "\r",
    "\t",
    "\u2028",
    "\u2029",
    "\u0301",  # combining marks
    "\u0489",
    "\u0e47",
    "\ud800",  # lone surrogates: JSON escapes a server may send
    "\udfff",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # emoji ZWJ sequence
    "\U0001f3f3\ufe0f\u200d\U0001f308",
    "\U000e0041",  # a tag character
    "\uffff",
    "\U0010ffff",
    "\u0430",  # Cyrillic a
    "\u0456",
    "<",
    ">",
    "&",
    '"',
    "'",
    "/",
    "\\",
    "..",
    "%2F",
    "%00",
    "@",
    ":",
    "!",
    "$",
    "#",
    "mxc://",
    "javascript:",
    "@room",
    "\ufdfd",  # the widest character
    "\u1160",
)
EDGE_INTS = (
    0,
    -1,
    1,
    2**31 - 1,
    2**31,
    -(2**31),
    2**32,
    2**53,
    2**53 + 1,
    2**63 - 1,
    2**63,
    -(2**63),
    -(2**63) - 1,
    2**64 - 1,
    2**64,
    10**30,
)
HUGE_NUMBERS = {
    "\x00huge:1e400\x00": "1e400",
    "\x00huge:-1e999\x00": "-1e999",
    "\x00huge:1e-400\x00": "1e-400",
}
"""Markers :func:`json_bytes` turns into numbers outside every double (JSON allows them)."""
MIME_TYPES = (
    "image/png",
    "image/gif",
    "image/webp",
    "image/jpeg",
    "image/svg+xml",
    "text/html",
    "application/x-msdownload",
    "audio/ogg",
    "video/mp4",
    "",
)
MXC_URIS = (
    "mxc://hs/abc",
    "mxc://hs/Media_id-1",
    "mxc://hs/../../etc/passwd",
    "mxc://../x",
    "mxc://./x",
    "mxc://../../_matrix",
    "mxc://hs/a%2F..%2Fb",
    "mxc://hs/a\\..\\b",
    "mxc://hs/abc?access_token=x",
    "mxc://hs/",
    "mxc:///etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "http://evil.example/x.png",
    "https://evil.example/x.png",
    "//evil.example/x.png",
    "file:///etc/passwd",
    "qrc:/qml/Main.qml",
    "data:image/png;base64,iVBORw0KGgo=",
    "image://media/full/hs/abc",
    "mxc://hs/" + "a" * 300,
    "mxc://[::1]:8448/x",
    "mxc://hs:99999/x",
    "mxc://hs/abc\n",
)
FILE_NAMES = (
    "../../.bashrc",
    "..\\..\\AppData\\evil.bat",
    "/etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "con.txt",
    "NUL",
    "LPT1.log",
    "CON .txt",
    "photo\u202egnp.exe",
    "a\x00b.txt",
    "line\nbreak.txt",
    "x" * 1000 + ".png",
    ".",
    "..",
    "...",
    " ",
    ".hidden",
    "trailing. . .",
    "\u0430pple.png",
    "😀" * 80 + ".gif",
)
HTML_TOKENS = (
    "<script>alert(1)</script>",
    "<script>",
    "</script>",
    "<img src=http://evil.example/a.png>",
    "<img src='https://evil.example/b.png' width=99999>",
    "<img src=mxc://hs/abc alt=x>",
    "<img data-mx-emoticon src='mxc://hs/emote' alt=':e:'>",
    "<img data-mx-emoticon src='http://evil.example/e.png' alt=':f:'>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>",
    "<a href=' javascript:alert(1)'>",
    "<a href='jav&#x09;ascript:alert(1)'>",
    "<a href='data:text/html,<script>x</script>'>",
    "<a href='https://matrix.to/#/@bob:hs'>",
    "<a href='https://matrix.to/#/!r1:hs'>",
    "<a href='https://good.example'>https://evil.example</a>",
    "<a href='https://ok.example'>",
    "</a>",
    "<svg onload=alert(1)><script>x</script></svg>",
    "<style>body{background:url(http://evil.example)}</style>",
    "<iframe src=http://evil.example>",
    "<meta http-equiv=refresh content='0;url=http://evil.example'>",
    "<base href='http://evil.example/'>",
    "<link rel=stylesheet href=http://evil.example/x.css>",
    "<object data=http://evil.example/x>",
    "<div style='background:url(http://evil.example/x)'>",
    "<div style='width:expression(alert(1))'>",
    "<video poster=http://evil.example/p.png>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<div onclick=alert(1)>",
    "<b onmouseover=alert(1)>",
    "<mx-reply>quoted</mx-reply>",
    "<mx-reply>",
    "<span data-mx-color='#ff0000' data-mx-bg-color='red;background:url(http://x)'>",
    "<span data-mx-spoiler='why'>",
    "<font color=red>",
    "<table><tr><td>",
    "<td>",
    "</table>",
    "<details><summary>s</summary>",
    "<code class='language-py onerror'>",
    "<ol start=99999999999>",
    "<ol start=-3>",
    "<h1>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<b>",
    "</i>",
    "<br>",
    "<hr/>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml?>",
    "<!DOCTYPE html>",
    "<",
    ">",
    "&amp;",
    "&#x3C;script&#x3E;",
    "&lt;img src=http://x&gt;",
    "&#0;",
    "&#x110000;",
    "\"'=",
    "@room",
)
MSGTYPES = (
    "m.text",
    "m.emote",
    "m.notice",
    "m.image",
    "m.file",
    "m.audio",
    "m.video",
    "m.location",
    "m.server_notice",
    "m.key.verification.request",
    "m.bad.unknown",
    "",
)


@st.composite
def _weighted(draw: st.DrawFn, good: SearchStrategy[Any], bad: SearchStrategy[Any], percent_good: int) -> Any:
    return draw(good if draw(st.integers(0, 99)) < percent_good else bad)


def mostly(
    good: SearchStrategy[Any], bad: SearchStrategy[Any], tenths_good: float = 8
) -> SearchStrategy[Any]:
    """``good`` in about ``tenths_good`` of ten examples, ``bad`` otherwise."""
    return _weighted(good, bad, round(tenths_good * 10))


def odd_text(max_size: int = 24, *, long: bool = True) -> SearchStrategy[str]:
    """Short text of ordinary characters and :data:`SPECIAL_CHARS`; with ``long``, now and then
    thousands of characters."""
    pieces = st.one_of(st.sampled_from(SPECIAL_CHARS), st.characters(codec="utf-8"))
    short = st.lists(pieces, max_size=max_size).map("".join)
    if not long:
        return short
    very_long = st.builds(lambda piece, times: piece * times, pieces, st.sampled_from((1000, 10_000)))
    return st.integers(0, 19).flatmap(lambda n: short if n else very_long)


ints: SearchStrategy[int] = st.one_of(st.integers(-10, 100_000), st.sampled_from(EDGE_INTS))
floats: SearchStrategy[float] = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from((0.5, -0.0, 1e308, -1e308, 5e-324))
)
leaves: SearchStrategy[Any] = st.one_of(
    st.none(), st.booleans(), ints, floats, odd_text(long=False), st.sampled_from(tuple(HUGE_NUMBERS))
)


def _containers(children: SearchStrategy[Any]) -> SearchStrategy[Any]:
    return st.one_of(
        st.lists(children, max_size=4), st.dictionaries(odd_text(8, long=False), children, max_size=4)
    )


def _nested(depth: int, leaf: Any, as_list: bool) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value] if as_list else {"a": value}
    return value


deep: SearchStrategy[Any] = st.builds(_nested, st.integers(30, 400), leaves, st.booleans())
"""A value nested hundreds of levels deep (bounded: a JSON parser's own limit is about 1000)."""
json_values: SearchStrategy[Any] = mostly(st.recursive(leaves, _containers, max_leaves=12), deep, 9)
"""Any JSON value: the wrong type in a field."""


def field(good: SearchStrategy[Any], tenths_good: int = 7) -> SearchStrategy[Any]:
    return mostly(good, json_values, tenths_good)


def obj(tenths_good: int = 7, **fields: SearchStrategy[Any]) -> SearchStrategy[dict[str, Any]]:
    """An object whose every field may be missing, right, or any JSON value."""
    return st.fixed_dictionaries({}, optional={k: field(v, tenths_good) for k, v in fields.items()})


def events_of(event: SearchStrategy[Any], max_size: int = 4) -> SearchStrategy[Any]:
    """``{"events": [...]}`` — the list mostly there and not empty."""
    return st.fixed_dictionaries(
        {"events": mostly(st.lists(event, min_size=1, max_size=max_size), json_values, 9)}
    )


users = mostly(
    st.sampled_from(USERS),
    st.one_of(odd_text(long=False).map(lambda t: f"@{t}:hs"), odd_text(long=False)),
    9.5,
)
rooms = mostly(
    st.sampled_from(ROOMS),
    st.one_of(odd_text(long=False).map(lambda t: f"!{t}:hs"), odd_text(long=False)),
    9.5,
)
event_ids = mostly(
    st.sampled_from(EVENT_IDS),
    st.one_of(odd_text(long=False).map(lambda t: "$" + t), odd_text(long=False)),
    9.5,
)
mxc = st.sampled_from(MXC_URIS)
html = st.lists(st.one_of(st.sampled_from(HTML_TOKENS), odd_text(12)), max_size=24).map("".join)
file_names = st.one_of(st.sampled_from(FILE_NAMES), odd_text())


def json_bytes(value: Any) -> bytes:
    """``value`` as a server could send it: lone surrogates escaped, any integer size, and the
    :data:`HUGE_NUMBERS` markers as out-of-range numbers. Not always what orjson accepts."""
    text = json.dumps(value, ensure_ascii=True, allow_nan=False)
    for marker, number in HUGE_NUMBERS.items():
        text = text.replace(json.dumps(marker), number)
    return text.encode()


def lenient_value(value: Any) -> Any:
    """``value`` as the app reads it off the wire (:func:`json_bytes`, then the app's decoder)."""
    return lenient_json.loads(json_bytes(value))
