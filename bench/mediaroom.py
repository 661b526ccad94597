"""A conversation of photos, and a homeserver that serves them, for ``media_scroll.py`` (issue 5).

- **The photos** (:class:`Photos`): twenty photo-like JPEGs of ``PHOTO_SIZES`` (a sky gradient,
  a horizon, soft shapes, texture and grain; quality 85 with 4:2:0 chroma, 300–410 KB, like a
  phone picture sent at 1600 px; the 800×600 thumbnails 40–85 KB), made once from the seed.
  Each has its blurhash (``media.images.blurhash_of``) and the server thumbnails a client asks
  for, made as Synapse makes them (``scale``: fitted inside the size asked, never enlarged;
  ``crop``: filled and cut; JPEG quality 80).
- **The room** (:func:`make_media_room_sync`): one group room of 40 members with ``images``
  ``m.image`` events, each with its own ``mxc://`` URI (so nothing is shared between rows: the
  loader fetches and decodes every one) and the ``info`` a client sends (``w``, ``h``,
  ``mimetype``, ``size``, ``xyz.amorgan.blurhash``); photos come alone or in bursts, with 0–3 text
  messages between, and one in ten has a caption. The owner has read it all.
- **The server** (:class:`MediaServer`): :class:`appwindow.StubHomeserver` plus the authenticated
  media endpoints (``/_matrix/client/v1/media/config``, ``/thumbnail/…``, ``/download/…``; a
  request without a bearer token gets 401). A media id of the room serves its photo; any other
  (the members' avatars) one of the photos too, chosen by the id. It counts what it served.
"""

from __future__ import annotations

import io
import random
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from appwindow import StubHandler, StubHomeserver
from bigroom import MEMBERS, read_room_sync
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from synthetic_sync import JSON, ME, PROFILES, SERVER, _event, _Gen, _Room

from messenger_desktop.media.images import blurhash_of

PHOTO_SIZES = [(1600, 1200)] * 14 + [(1200, 1600)] * 4 + [(1600, 900)] * 2
"""Twenty photos: landscape 4:3 mostly, some portrait, two 16:9."""
PRESET_THUMBNAILS = ((800, 600, "scale"), (96, 96, "crop"))
"""What the app asks for (a timeline picture, an avatar): made before the runs, as Synapse does."""
MEDIA_PREFIX = "/_matrix/client/v1/media/"
SERVED = ("photo_thumbnails", "other_thumbnails", "downloads")
"""What :class:`MediaServer` counts: thumbnails of the room's photos, of anything else (avatars),
and originals."""
TEXT_BETWEEN = (0, 0, 1, 1, 1, 2, 3)
"""Text messages before each photo, drawn from these (0: a burst of photos)."""
CAPTIONED = 0.1


@dataclass
class Photo:
    width: int
    height: int
    jpeg: bytes
    blurhash: str
    thumbnails: dict[tuple[int, int, str], bytes] = field(default_factory=dict)


class Photos:
    """The photos, and which photo each media id shows."""

    def __init__(self, seed: int = 0) -> None:
        rng = random.Random(seed)
        self.photos = [_photo(rng, size) for size in PHOTO_SIZES]
        self.of_media: dict[str, int] = {}  # the room's media ids
        self._lock = threading.Lock()
        for index in range(len(self.photos)):
            for width, height, method in PRESET_THUMBNAILS:
                self.thumbnail(index, width, height, method)

    def index(self, media_id: str) -> int:
        known = self.of_media.get(media_id)
        return known if known is not None else zlib.crc32(media_id.encode()) % len(self.photos)

    def thumbnail(self, index: int, width: int, height: int, method: str) -> bytes:
        photo = self.photos[index]
        key = (width, height, method)
        with self._lock:
            made = photo.thumbnails.get(key)
            if made is None:
                made = photo.thumbnails[key] = _thumbnail(photo.jpeg, width, height, method)
        return made


def _photo(rng: random.Random, size: tuple[int, int]) -> Photo:
    """A picture with a photo's kind of content: smooth areas, edges and grain (which is what
    makes a JPEG as large, and as slow to decode, as a real one)."""
    width, height = size

    def colour() -> tuple[int, int, int]:
        return rng.randrange(256), rng.randrange(256), rng.randrange(256)

    sky = Image.linear_gradient("L").resize(size)
    image = Image.composite(Image.new("RGB", size, colour()), Image.new("RGB", size, colour()), sky)
    draw = ImageDraw.Draw(image)
    horizon = rng.randint(height // 3, 2 * height // 3)
    hills = [(x, horizon + rng.randint(-height // 10, height // 10)) for x in range(0, width + 200, 200)]
    draw.polygon([(0, height), *hills, (width, height)], fill=colour())
    for _ in range(rng.randint(8, 16)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(20, width // 5)
        draw.ellipse((x - r, y - r * 2 // 3, x + r, y + r * 2 // 3), fill=colour())
    image = image.filter(ImageFilter.GaussianBlur(3))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(200, 400)):  # small sharp things: leaves, stones, windows
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(2, 12)
        draw.rectangle((x, y, x + r, y + r * 2), fill=colour())
    # texture (foliage, gravel: it survives the thumbnail's scaling down) and the sensor's grain
    small = (width // 3, height // 3)
    texture = Image.frombytes("RGB", small, rng.randbytes(3 * small[0] * small[1])).resize(size)
    image = Image.blend(image, texture, 0.12)
    grain = Image.frombytes("L", size, rng.randbytes(width * height)).convert("RGB")
    image = Image.blend(image, grain, 0.06)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, subsampling=2)
    jpeg = out.getvalue()
    blurhash = blurhash_of(jpeg)
    assert blurhash is not None
    return Photo(width, height, jpeg, blurhash)


def _thumbnail(jpeg: bytes, width: int, height: int, method: str) -> bytes:
    with Image.open(io.BytesIO(jpeg)) as image:
        if method == "crop":
            small = ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)
        else:
            small = image.copy()
            small.thumbnail((width, height), Image.Resampling.LANCZOS)  # never enlarges
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80)
    return out.getvalue()


class _MediaRoom(_Room):
    """The synthetic generator's "big" group room with a timeline of photos and some text."""

    def __init__(self, gen: _Gen, members: list[str], plan: list[bool], photos: Photos) -> None:
        super().__init__(gen, "big", len(plan), members)
        self.late = None
        self.plan = plan  # True: a photo, False: a text message
        self.photos = photos

    def timeline(self, clock: Iterator[int], late_at: int) -> list[JSON]:
        gen, rng = self.gen, self.rng
        events = []
        for is_photo in self.plan:
            sender = rng.choices(self.speakers, self.weights)[0]
            content = self.photo() if is_photo else {"msgtype": "m.text", "body": gen.text()}
            events.append(_event("m.room.message", sender, content, next(clock), gen.event_id()))
        return events

    def photo(self) -> JSON:
        rng = self.rng
        index = rng.randrange(len(self.photos.photos))
        photo = self.photos.photos[index]
        url = self.gen.mxc()
        self.photos.of_media[url.rsplit("/", 1)[1]] = index
        name = f"IMG_{rng.randint(1000, 9999)}.jpg"
        info = {
            "mimetype": "image/jpeg",
            "size": len(photo.jpeg),
            "w": photo.width,
            "h": photo.height,
            "xyz.amorgan.blurhash": photo.blurhash,
        }
        content: JSON = {"msgtype": "m.image", "body": name, "url": url, "info": info}
        if rng.random() < CAPTIONED:
            content.update(body=self.gen.sentence(rng.randint(2, 10)), filename=name)
        return content


def make_media_room_sync(photos: Photos, images: int = 500, seed: int = 0) -> JSON:
    """An initial ``/sync`` with one room of ``images`` photos and the text between them."""
    gen = _Gen(PROFILES["small"], seed)
    rng = gen.rng
    pool = list(gen.users)
    rng.shuffle(pool)
    plan: list[bool] = []
    for _ in range(images):
        plan += [False] * rng.choice(TEXT_BETWEEN) + [True]
    room = _MediaRoom(gen, [ME, *pool[: MEMBERS - 1]], plan, photos)
    return read_room_sync(gen, room)


class MediaServer(StubHomeserver):
    """The stub homeserver with the media endpoints; ``served`` counts what it sent."""

    def __init__(self, token: str, photos: Photos) -> None:
        super().__init__(token, MediaHandler)
        self.photos = photos
        self.served: Counter[str] = Counter(dict.fromkeys(SERVED, 0))
        self.thumbnailed: set[str] = set()  # the room's media ids whose thumbnail was sent
        self._lock = threading.Lock()  # one handler thread per request

    def count(self, what: str, media_id: str) -> None:
        with self._lock:
            self.served[what] += 1
            if what == "photo_thumbnails":
                self.thumbnailed.add(media_id)

    def counts(self) -> dict[str, int]:
        return {
            **{f"served_{key}": value for key, value in self.served.items()},
            "photos_thumbnailed": len(self.thumbnailed),
        }


class MediaHandler(StubHandler):
    server: MediaServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if not parts.path.startswith(MEDIA_PREFIX):
            super().do_GET()
            return
        self.server.requests.append(f"GET {parts.path}")
        if not (self.headers.get("Authorization") or "").startswith("Bearer "):
            self._reply(401, {"errcode": "M_MISSING_TOKEN", "error": "authenticated media"})
            return
        kind, *segments = [unquote(s) for s in parts.path.removeprefix(MEDIA_PREFIX).split("/")]
        if kind == "config":
            self._reply(200, {"m.upload.size": 100 << 20})
            return
        if kind not in ("thumbnail", "download") or len(segments) < 2 or segments[0] != SERVER:
            self._reply(404, {"errcode": "M_NOT_FOUND", "error": "no such media"})
            return
        media_id = segments[1]
        photos = self.server.photos
        index = photos.index(media_id)
        if kind == "download":
            self.server.count("downloads", media_id)
            self._send(200, photos.photos[index].jpeg, "image/jpeg")
            return
        query = parse_qs(parts.query)
        try:
            width, height = int(query["width"][0]), int(query["height"][0])
        except (KeyError, ValueError):
            self._reply(400, {"errcode": "M_INVALID_PARAM", "error": "width and height"})
            return
        method = query.get("method", ["scale"])[0]
        self.server.count("photo_thumbnails" if media_id in photos.of_media else "other_thumbnails", media_id)
        self._send(
            200, photos.thumbnail(index, width, height, "crop" if method == "crop" else "scale"), "image/jpeg"
        )
