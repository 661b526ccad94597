"""Deterministic synthetic Matrix client-server v2 ``/sync`` responses for benchmarks.

The output has the exact JSON shape of ``GET /_matrix/client/v3/sync`` (spec v1.15) as Synapse
returns it for a filter with ``lazy_load_members: true`` and a timeline limit large enough that every
room's whole message history is in the response:

* ``rooms.join.{room_id}.state.events`` is the room state at the start of the timeline, lazy-loaded:
  ``m.room.create`` first, then power levels, join rules, history visibility, name (groups only; direct
  chats have no name, so clients compute one from ``summary.m.heroes``), sometimes a topic, and the
  ``m.room.member`` events of the timeline's senders (plus the heroes of unnamed rooms).
* ``timeline.events`` is the message history (``limited: false``, with a ``prev_batch``): plain and
  HTML messages, images, files, notices, emotes, replies (``m.in_reply_to``, some with the legacy
  fallback), edits (``m.replace`` + ``m.new_content``; the latest edit is also bundled in the original's
  ``unsigned.m.relations``, as Synapse does), reactions (``m.annotation``), mentions, and in some rooms
  a member who joins mid-timeline.
* ``summary``, ``unread_notifications`` (consistent with the read receipt), ``ephemeral`` (receipts),
  per-room ``account_data`` (``m.fully_read``, some ``m.tag`` / ``m.marked_unread``), ``rooms.invite``,
  global ``account_data`` (``m.direct``) and ``presence``.

Everything is derived from one ``random.Random`` seeded by the caller: the same profile and seed give the
same bytes (no dependence on ``PYTHONHASHSEED`` or on the clock).

Usage::

    python bench/synthetic_sync.py --profile large --out /tmp/bench/large.json [--seed N]
        [--incremental /tmp/bench/large-inc.json]

or, importable::

    make_initial_sync("large", seed=0) -> dict
    make_incremental_sync(initial, since=None, seed=0, rooms=3, messages=2) -> dict
    sync_stats(sync) -> dict[str, int]
"""

from __future__ import annotations

import argparse
import base64
import random
import string
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

JSON = dict[str, Any]

SERVER = "bench.local"
ME = f"@me:{SERVER}"
ME_NAME = "Bench Owner"
ROOM_VERSION = "10"
# "Now" for the recording: every event is older, and ``unsigned.age`` is measured from here.
NOW_TS = 1_767_225_600_000  # 2026-01-01T00:00:00Z


@dataclass(frozen=True)
class Profile:
    """Size of a synthetic account (see docs/measures.md)."""

    name: str
    rooms: int  # joined rooms, direct chats included
    direct: int  # direct chats (2 members, no name, listed in m.direct)
    big_rooms: int  # rooms with ``big_messages`` timeline events
    big_messages: int
    messages: tuple[int, int]  # timeline events in every other room (inclusive range)
    group_members: tuple[int, int]  # members of a group room (inclusive range); DMs have 2
    users: int  # size of the user pool the members are drawn from
    invites: int  # pending invites (rooms.invite)


PROFILES: dict[str, Profile] = {
    "large": Profile(
        name="large",
        rooms=1000,
        direct=100,
        big_rooms=20,
        big_messages=500,
        messages=(15, 25),
        group_members=(3, 50),
        users=2500,
        invites=5,
    ),
    "small": Profile(
        name="small",
        rooms=50,
        direct=5,
        big_rooms=0,
        big_messages=0,
        messages=(50, 50),
        group_members=(3, 50),
        users=400,
        invites=2,
    ),
}

# fmt: off
_FIRST = [
    "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory",
    "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Yusuf", "Zoë",
    "Amélie", "Björn", "Chloé", "Dmitri", "Élodie", "Fatima", "Giulia", "Hiroshi", "Ingrid",
    "Jürgen", "Kwame", "Léa", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren",
    "Tomás", "Uma", "Valentina", "Wei", "Ximena", "Yara", "Zainab", "Aarav", "Beatriz", "Chen",
    "Diego", "Emma", "Farah", "Gustav", "Hana", "Ilya", "Jonas", "Kenji", "Lina", "Marek",
]
_LAST = [
    "Smith", "Müller", "García", "Rossi", "Dubois", "Kowalski", "Nakamura", "Okafor", "Silva",
    "Johansson", "Novák", "Petrov", "Yilmaz", "Kim", "Nguyen", "Haddad", "Cohen", "Papadopoulos",
    "Fernández", "O'Brien", "van Dijk", "Lefèvre", "Andersen", "Schmidt", "Costa", "Ivanova",
    "Tanaka", "Mensah", "Larsen", "Moreau", "Bianchi", "Horvath", "Popescu", "Ali", "Singh",
]
_SPECIAL_NAMES = [
    "Иван Петров", "Мария", "王芳", "李伟", "さくら", "김민준", "سارة", "محمد علي", "דוד לוי",
    "Ελένη", "Nguyễn Văn An", "Sam 🚀", "🌻 Sunny", "x", "The Very Long Display Name Of Somebody",
    "Eve \u202egnp.exe", "admin", "Alice Smith",
]
_WORDS = [
    "the", "be", "to", "of", "and", "a", "in", "that", "have", "it", "for", "not", "on", "with",
    "he", "as", "you", "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her",
    "she", "or", "an", "will", "my", "one", "all", "would", "there", "their", "what", "so", "up",
    "out", "if", "about", "who", "get", "which", "go", "me", "when", "make", "can", "like", "time",
    "no", "just", "him", "know", "take", "people", "into", "year", "your", "good", "some", "could",
    "them", "see", "other", "than", "then", "now", "look", "only", "come", "its", "over", "think",
    "also", "back", "after", "use", "two", "how", "our", "work", "first", "well", "way", "even",
    "new", "want", "because", "any", "these", "give", "day", "most", "us", "meeting", "tomorrow",
    "release", "build", "test", "server", "client", "sync", "room", "message", "bug", "fix",
    "patch", "review", "merge", "branch", "deploy", "lunch", "coffee", "weekend", "thanks",
    "sorry", "great", "awesome", "maybe", "probably", "sure", "ok", "yes", "nope", "later", "soon",
    "today", "tonight", "issue", "crash", "logs", "config", "update", "laptop", "phone", "train",
    "late", "early", "plan", "idea", "draft", "notes", "link", "docs", "python", "rust", "matrix",
    "federation", "homeserver", "encryption", "key", "device", "backup", "profile", "avatar",
    "screenshot", "video",
]
_EMOJI = ["🙂", "😂", "👍", "🎉", "🔥", "🙏", "😅", "❤️", "🤔", "👀", "✅", "🚀", "☕", "🍕"]
_REACTION_KEYS = ["👍", "❤️", "😂", "🎉", "👀", "🙏", "🔥", "✅", "😮", "😢", "+1", "🚀"]
_LANGS = ["python", "rust", "bash", "json", "javascript", ""]
_CODE = [
    "def main() -> None:\n    print('hello')\n",
    "fn main() {\n    println!(\"hello\");\n}\n",
    "curl -s https://bench.local/_matrix/client/versions | jq .\n",
    '{"type": "m.room.message", "content": {"body": "hi"}}\n',
    "const x = await fetch(url);\nconsole.log(await x.json());\n",
    "for i in $(seq 1 10); do echo $i; done\n",
]
_TOPICS = [
    "General chatter", "Release coordination", "Off-topic: anything goes", "Support for the app",
    "Weekly planning — agenda in the pinned message", "Photos from the trip", "Book club 📚",
]
_ROOM_NAMES = [
    "General", "Random", "Dev", "Design", "Ops", "Release", "Support", "Book club", "Football",
    "Family", "Hiking", "Music", "Movies", "Gaming", "Cooking", "Travel", "Kernel", "Frontend",
    "Backend", "Infra", "Security", "Matrix HQ", "Python", "Rust", "Photography", "Garden",
    "Running", "Climbing", "Board games", "Neighbourhood", "Parents", "Alumni", "Jazz", "Chess",
]
_ROOM_SUFFIX = ["", "", "", " team", " chat", " 2024", " (EU)", " — announcements", " 🎸", " ☕"]
_FILES = ["report.pdf", "notes.txt", "slides.pptx", "budget.xlsx", "build.log", "archive.zip"]
# fmt: on


class _Gen:
    """Holds the random stream and the user pool while a sync response is built."""

    def __init__(self, profile: Profile, seed: int) -> None:
        self.profile = profile
        self.seed = seed
        self.rng = random.Random(seed)
        self.users: list[str] = [f"@user{i}:{SERVER}" for i in range(1, profile.users + 1)]
        self.names: dict[str, str | None] = {ME: ME_NAME}
        self.avatars: dict[str, str | None] = {ME: self.mxc()}
        for user in self.users:
            self.names[user] = self.display_name()
            self.avatars[user] = self.mxc() if self.rng.random() < 0.5 else None
        self.events = 0  # stream position, also used in tokens

    # -- identifiers -------------------------------------------------------------------------

    def event_id(self) -> str:
        self.events += 1
        return "$" + base64.urlsafe_b64encode(self.rng.randbytes(32)).rstrip(b"=").decode()

    def room_id(self) -> str:
        return "!" + "".join(self.rng.choices(string.ascii_letters, k=18)) + f":{SERVER}"

    def mxc(self) -> str:
        media = "".join(self.rng.choices(string.ascii_letters, k=24))
        return f"mxc://{SERVER}/{media}"

    def display_name(self) -> str | None:
        r = self.rng.random()
        if r < 0.85:
            return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
        if r < 0.93:
            return self.rng.choice(_FIRST)
        if r < 0.98:
            return self.rng.choice(_SPECIAL_NAMES)
        return None  # no displayname: clients fall back to the user id

    # -- text --------------------------------------------------------------------------------

    def sentence(self, words: int) -> str:
        text = " ".join(self.rng.choices(_WORDS, k=words))
        text = text[:1].upper() + text[1:]
        return text + self.rng.choice([".", ".", ".", "!", "?", "", "..."])

    def text(self) -> str:
        # Chat-like lengths: mostly a few words, a tail of paragraphs (mean ~55 characters).
        r = self.rng.random()
        if r < 0.6:
            body = self.sentence(self.rng.randint(1, 6))
        elif r < 0.9:
            body = self.sentence(self.rng.randint(6, 16))
        elif r < 0.98:
            body = " ".join(self.sentence(self.rng.randint(5, 12)) for _ in range(3))
        else:
            body = "\n\n".join(
                " ".join(self.sentence(self.rng.randint(6, 16)) for _ in range(3))
                for _ in range(self.rng.randint(2, 3))
            )
        if self.rng.random() < 0.1:
            body += " " + self.rng.choice(_EMOJI)
        if self.rng.random() < 0.03:
            body += f" https://example.org/{self.rng.choice(_WORDS)}/{self.rng.randint(1, 9999)}"
        return body

    def pill(self, user: str) -> tuple[str, str]:
        name = self.names.get(user) or user
        return name, f'<a href="https://matrix.to/#/{user}">{_esc(name)}</a>'

    def html(self) -> tuple[str, str]:
        """A (body, formatted_body) pair for an ``org.matrix.custom.html`` message."""
        kind = self.rng.randrange(9)
        words = self.rng.choices(_WORDS, k=self.rng.randint(3, 12))
        plain = " ".join(words)
        if kind == 0:
            w = self.rng.choice(words)
            return f"{plain} **{w}**", f"{_esc(plain)} <strong>{_esc(w)}</strong>"
        if kind == 1:
            w = self.rng.choice(words)
            return f"_{w}_ {plain}", f"<em>{_esc(w)}</em> {_esc(plain)}"
        if kind == 2:
            cmd = f"pip install {self.rng.choice(_WORDS)}"
            return f"Try `{cmd}` {plain}", f"Try <code>{_esc(cmd)}</code> {_esc(plain)}"
        if kind == 3:
            lang = self.rng.choice(_LANGS)
            code = self.rng.choice(_CODE)
            cls = f' class="language-{lang}"' if lang else ""
            return (
                f"{plain}\n```{lang}\n{code}```",
                f"<p>{_esc(plain)}</p>\n<pre><code{cls}>{_esc(code)}</code></pre>\n",
            )
        if kind == 4:
            items = [self.sentence(self.rng.randint(2, 6)) for _ in range(self.rng.randint(2, 5))]
            lis = "".join(f"<li>{_esc(i)}</li>\n" for i in items)
            return "\n".join(f"- {i}" for i in items), f"<ul>\n{lis}</ul>\n"
        if kind == 5:
            quote = self.sentence(self.rng.randint(4, 12))
            return (
                f"> {quote}\n\n{plain}",
                f"<blockquote>\n<p>{_esc(quote)}</p>\n</blockquote>\n<p>{_esc(plain)}</p>\n",
            )
        if kind == 6:
            url = f"https://example.org/{self.rng.choice(_WORDS)}"
            return f"[{plain}]({url})", f'<a href="{url}">{_esc(plain)}</a>'
        if kind == 7:
            secret = self.sentence(self.rng.randint(2, 6))
            return (
                f"Spoiler: {secret}",
                f"Spoiler: <span data-mx-spoiler>{_esc(secret)}</span>",
            )
        # Rare hostile markup: the sanitizer must strip it.
        hostile = self.rng.choice(
            [
                '<img src="https://tracker.example/p.png">tracked',
                '<a href="javascript:alert(1)">click</a>',
                "<script>alert(1)</script>hi",
                '<font color="red">red</font> <span style="color:red">x</span>',
                '<img src="file:///etc/passwd">',
                "<div>" * 120 + "deep" + "</div>" * 120,
            ]
        )
        return plain, hostile


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _gap(rng: random.Random) -> int:
    """Milliseconds between two messages of a conversation."""
    r = rng.random()
    if r < 0.7:
        return rng.randint(2_000, 120_000)
    if r < 0.95:
        return rng.randint(120_000, 3_600_000)
    return rng.randint(3_600_000, 48 * 3_600_000)


def _event(
    etype: str, sender: str, content: JSON, ts: int, event_id: str, state_key: str | None = None
) -> JSON:
    event: JSON = {"type": etype, "sender": sender, "content": content}
    if state_key is not None:
        event["state_key"] = state_key
    event["origin_server_ts"] = ts
    event["event_id"] = event_id
    event["unsigned"] = {"age": NOW_TS - ts}
    return event


class _Room:
    """Builds one joined room: state, timeline, summary, unread counts, receipts, account data."""

    def __init__(self, gen: _Gen, kind: str, n_events: int, members: list[str]) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.kind = kind  # "dm", "group" or "big"
        self.n_events = n_events
        self.members = members  # ME first, then the others in join order
        self.room_id = gen.room_id()
        self.named = kind != "dm" and (len(members) > 8 or self.rng.random() > 0.08)
        others = members[1:]
        if kind == "dm":
            self.speakers = list(members)
        else:
            hi = 40 if kind == "big" else 6
            lo = 15 if kind == "big" else 2
            k = min(len(members), self.rng.randint(lo, hi))
            self.speakers = [ME, *others[: k - 1]]
        self.heroes: list[str] = [] if self.named else others[:5]
        self.creator = self.rng.choice(self.speakers)
        self.late: str | None = None
        late_candidates = [s for s in self.speakers if s not in (ME, self.creator)]
        if kind != "dm" and len(late_candidates) >= 2 and self.rng.random() < 0.1:
            self.late = self.rng.choice(late_candidates)
        # Zipf-like activity: a few people talk most.
        self.weights = [1.0 / (i + 1) ** 0.8 for i in range(len(self.speakers))]
        self.rng.shuffle(self.weights)

    def member_content(self, user: str, membership: str = "join") -> JSON:
        content: JSON = {"membership": membership}
        name = self.gen.names.get(user)
        if name is not None and user != ME and self.rng.random() < 0.02:
            name = f"{name} ({self.rng.choice(_WORDS)})"  # a per-room nick
        if name is not None:
            content["displayname"] = name
        avatar = self.gen.avatars.get(user)
        if avatar is not None:
            content["avatar_url"] = avatar
        return content

    def build(self) -> JSON:
        gen, rng = self.gen, self.rng
        # Lazy-loaded members: the creator, the senders, the heroes; a late joiner's member event is in
        # the timeline instead.
        state_members = [self.creator]
        for user in [*self.speakers, *self.heroes]:
            if user not in state_members and user != self.late:
                state_members.append(user)

        n_state = 4 + (1 if self.named else 0) + len(state_members)
        topic = self.kind != "dm" and rng.random() < 0.3
        n_state += 1 if topic else 0
        late_at = rng.randint(self.n_events // 3, 2 * self.n_events // 3) if self.late else -1
        total = n_state + self.n_events + (1 if self.late else 0)
        gaps = [rng.randint(500, 5_000) for _ in range(n_state)]
        gaps += [_gap(rng) for _ in range(total - n_state)]
        ago = min(int(rng.expovariate(1 / (3 * 86_400_000))), 120 * 86_400_000) + 30_000
        ts = NOW_TS - ago - sum(gaps)
        stamps: list[int] = []
        for gap in gaps:
            ts += gap
            stamps.append(ts)
        clock = iter(stamps)

        state: list[JSON] = []
        create = {"room_version": ROOM_VERSION, "creator": self.creator}
        state.append(_event("m.room.create", self.creator, create, next(clock), gen.event_id(), ""))
        content = self.member_content(self.creator)
        state.append(
            _event("m.room.member", self.creator, content, next(clock), gen.event_id(), self.creator)
        )
        admins = self.members if self.kind == "dm" else [self.creator]
        users = {u: 100 for u in admins}
        if self.kind != "dm" and len(self.speakers) > 3:
            mod = self.speakers[-1]
            users.setdefault(mod, 50)
        power = {
            "users": users,
            "users_default": 0,
            "events": {
                "m.room.name": 50,
                "m.room.power_levels": 100,
                "m.room.history_visibility": 100,
                "m.room.canonical_alias": 50,
                "m.room.avatar": 50,
                "m.room.tombstone": 100,
                "m.room.server_acl": 100,
                "m.room.encryption": 100,
            },
            "events_default": 0,
            "state_default": 50,
            "ban": 50,
            "kick": 50,
            "redact": 50,
            "invite": 0,
            "historical": 100,
        }
        state.append(_event("m.room.power_levels", self.creator, power, next(clock), gen.event_id(), ""))
        rule = "invite" if self.kind == "dm" or rng.random() < 0.6 else "public"
        state.append(
            _event(
                "m.room.join_rules",
                self.creator,
                {"join_rule": rule},
                next(clock),
                gen.event_id(),
                "",
            )
        )
        state.append(
            _event(
                "m.room.history_visibility",
                self.creator,
                {"history_visibility": "shared"},
                next(clock),
                gen.event_id(),
                "",
            )
        )
        if self.named:
            name = rng.choice(_ROOM_NAMES) + rng.choice(_ROOM_SUFFIX)
            state.append(_event("m.room.name", self.creator, {"name": name}, next(clock), gen.event_id(), ""))
        if topic:
            state.append(
                _event(
                    "m.room.topic",
                    self.creator,
                    {"topic": rng.choice(_TOPICS)},
                    next(clock),
                    gen.event_id(),
                    "",
                )
            )
        for user in state_members[1:]:
            content = self.member_content(user)
            if self.kind == "dm" and user == ME and self.creator != ME:
                content["is_direct"] = True
            state.append(_event("m.room.member", user, content, next(clock), gen.event_id(), user))

        timeline = self.timeline(clock, late_at)
        return self.finish(state, timeline)

    def timeline(self, clock: Iterator[int], late_at: int) -> list[JSON]:
        gen, rng = self.gen, self.rng
        events: list[JSON] = []
        originals: list[JSON] = []  # m.room.message events that are not edits
        reacted: set[tuple[str, str, str]] = set()
        everyone = (self.speakers, self.weights)
        pairs = [(s, w) for s, w in zip(*everyone, strict=True) if s != self.late]
        before = ([s for s, _ in pairs], [w for _, w in pairs])
        for i in range(self.n_events):
            if i == late_at and self.late is not None:
                content = self.member_content(self.late)
                events.append(
                    _event("m.room.member", self.late, content, next(clock), gen.event_id(), self.late)
                )
            speakers, weights = everyone if self.late is None or i >= late_at else before
            sender = rng.choices(speakers, weights)[0]
            r = rng.random()
            if originals and r < 0.12:
                target = self.recent(originals)
                key = rng.choice(_REACTION_KEYS)
                if (target["event_id"], key, sender) in reacted:
                    key = "👍" if key != "👍" else "❤️"
                reacted.add((target["event_id"], key, sender))
                content = {
                    "m.relates_to": {
                        "rel_type": "m.annotation",
                        "event_id": target["event_id"],
                        "key": key,
                    }
                }
                events.append(_event("m.reaction", sender, content, next(clock), gen.event_id()))
                continue
            if originals and r < 0.16:
                target = self.recent(originals)
                if target["content"].get("msgtype") == "m.text":
                    edit = self.edit(target, next(clock))
                    events.append(edit)
                    continue
            if originals and r < 0.28:
                content = self.reply(sender, self.recent(originals))
            else:
                content = self.message(sender)
            event = _event("m.room.message", sender, content, next(clock), gen.event_id())
            events.append(event)
            originals.append(event)
        return events

    def recent(self, originals: list[JSON]) -> JSON:
        back = min(int(self.rng.expovariate(1 / 4)), len(originals) - 1)
        return originals[-1 - back]

    def message(self, sender: str) -> JSON:
        gen, rng = self.gen, self.rng
        r = rng.random()
        if r < 0.02:
            w, h = rng.choice([(4032, 3024), (1920, 1080), (1080, 1920), (800, 600)])
            return {
                "msgtype": "m.image",
                "body": f"IMG_{rng.randint(1000, 9999)}.jpg",
                "url": gen.mxc(),
                "info": {
                    "mimetype": "image/jpeg",
                    "size": rng.randint(50_000, 5_000_000),
                    "w": w,
                    "h": h,
                    "thumbnail_url": gen.mxc(),
                    "thumbnail_info": {"mimetype": "image/jpeg", "w": 800, "h": 600, "size": 40_000},
                },
            }
        if r < 0.03:
            name = rng.choice(_FILES)
            return {
                "msgtype": "m.file",
                "body": name,
                "filename": name,
                "url": gen.mxc(),
                "info": {"mimetype": "application/octet-stream", "size": rng.randint(1_000, 10**7)},
            }
        if r < 0.04:
            return {"msgtype": "m.notice", "body": gen.text()}
        if r < 0.05:
            return {"msgtype": "m.emote", "body": gen.sentence(rng.randint(2, 8)).lower()}
        if r < 0.08 and self.kind != "dm" and sender != ME:
            # A mention of the account owner (counts as a highlight).
            name, pill = gen.pill(ME)
            text = gen.text()
            return {
                "msgtype": "m.text",
                "body": f"{name}: {text}",
                "format": "org.matrix.custom.html",
                "formatted_body": f"{pill}: {_esc(text)}",
                "m.mentions": {"user_ids": [ME]},
            }
        if r < 0.18:
            body, formatted = gen.html()
            return {
                "msgtype": "m.text",
                "body": body,
                "format": "org.matrix.custom.html",
                "formatted_body": formatted,
            }
        return {"msgtype": "m.text", "body": gen.text()}

    def reply(self, sender: str, target: JSON) -> JSON:
        gen, rng = self.gen, self.rng
        text = gen.text()
        content: JSON = {"msgtype": "m.text", "body": text}
        if target["sender"] != sender:
            content["m.mentions"] = {"user_ids": [target["sender"]]}
        if rng.random() < 0.3:
            # Legacy reply fallback (removed from the spec in v1.13; clients must strip it).
            quoted = str(target["content"].get("body", "")).split("\n")[0]
            who = target["sender"]
            link = f"https://matrix.to/#/{self.room_id}/{target['event_id']}"
            content["body"] = f"> <{who}> {quoted}\n\n{text}"
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = (
                f'<mx-reply><blockquote><a href="{link}">In reply to</a> '
                f'<a href="https://matrix.to/#/{who}">{who}</a><br>{_esc(quoted)}'
                f"</blockquote></mx-reply>{_esc(text)}"
            )
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": target["event_id"]}}
        return content

    def edit(self, target: JSON, ts: int) -> JSON:
        gen = self.gen
        new_body = gen.text()
        content = {
            "msgtype": "m.text",
            "body": f"* {new_body}",
            "m.new_content": {"msgtype": "m.text", "body": new_body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": target["event_id"]},
        }
        event = _event("m.room.message", target["sender"], content, ts, gen.event_id())
        # Server-side aggregation: the most recent replacement is bundled with the original.
        target["unsigned"]["m.relations"] = {"m.replace": event}
        return event

    def finish(self, state: list[JSON], timeline: list[JSON]) -> JSON:
        gen, rng = self.gen, self.rng
        last = len(timeline) - 1
        read = last
        if rng.random() < 0.35:
            read = max(0, last - rng.randint(1, min(30, max(1, last))))
        mine = [i for i, e in enumerate(timeline) if e["sender"] == ME]
        if mine:
            read = max(read, mine[-1])  # sending implies having read
        notifications = highlights = 0
        for event in timeline[read + 1 :]:
            content = event["content"]
            if event["type"] != "m.room.message" or event["sender"] == ME:
                continue
            if content.get("m.relates_to", {}).get("rel_type") == "m.replace":
                continue
            notifications += 1
            if ME in content.get("m.mentions", {}).get("user_ids", []):
                highlights += 1
        read_id = timeline[read]["event_id"]
        last_id = timeline[last]["event_id"]
        receipts: JSON = {read_id: {"m.read": {ME: {"ts": timeline[read]["origin_server_ts"] + 900}}}}
        others = [s for s in self.speakers if s != ME]
        for user in rng.sample(others, min(len(others), rng.randint(1, 3))):
            entry = receipts.setdefault(last_id, {"m.read": {}})
            entry["m.read"][user] = {"ts": timeline[last]["origin_server_ts"] + rng.randint(1, 9000)}

        account_data: list[JSON] = [{"type": "m.fully_read", "content": {"event_id": read_id}}]
        r = rng.random()
        if r < 0.03:
            tags = {"m.favourite": {"order": round(rng.random(), 3)}}
            account_data.append({"type": "m.tag", "content": {"tags": tags}})
        elif r < 0.06:
            account_data.append({"type": "m.tag", "content": {"tags": {"m.lowpriority": {}}}})
        elif r < 0.07:
            account_data.append({"type": "m.marked_unread", "content": {"unread": True}})

        summary: JSON = {}
        if self.heroes:
            summary["m.heroes"] = self.heroes
        summary["m.joined_member_count"] = len(self.members)
        summary["m.invited_member_count"] = 1 if rng.random() < 0.03 else 0
        return {
            "account_data": {"events": account_data},
            "ephemeral": {"events": [{"type": "m.receipt", "content": receipts}]},
            "state": {"events": state},
            "summary": summary,
            "timeline": {
                "events": timeline,
                "limited": False,
                "prev_batch": f"t1-{gen.events - len(timeline) - len(state)}_{gen.seed}",
            },
            "unread_notifications": {
                "highlight_count": highlights,
                "notification_count": notifications,
            },
        }


def _invite(gen: _Gen, direct: bool) -> tuple[str, JSON]:
    rng = gen.rng
    room_id = gen.room_id()
    inviter = rng.choice(gen.users)
    ts = NOW_TS - rng.randint(60_000, 86_400_000)
    name = gen.names.get(inviter)
    inviter_content: JSON = {"membership": "join"}
    if name is not None:
        inviter_content["displayname"] = name
    events: list[JSON] = [
        {
            "type": "m.room.create",
            "sender": inviter,
            "state_key": "",
            "content": {"room_version": ROOM_VERSION, "creator": inviter},
        },
        {
            "type": "m.room.join_rules",
            "sender": inviter,
            "state_key": "",
            "content": {"join_rule": "invite"},
        },
    ]
    if not direct:
        events.append(
            {
                "type": "m.room.name",
                "sender": inviter,
                "state_key": "",
                "content": {"name": rng.choice(_ROOM_NAMES) + " (invite)"},
            }
        )
    events.append(
        {"type": "m.room.member", "sender": inviter, "state_key": inviter, "content": inviter_content}
    )
    mine: JSON = {"membership": "invite", "displayname": ME_NAME}
    if direct:
        mine["is_direct"] = True
    invite = _event("m.room.member", inviter, mine, ts, gen.event_id(), ME)
    events.append(invite)
    return room_id, {"invite_state": {"events": events}}


def make_initial_sync(profile: str | Profile = "large", seed: int = 0) -> JSON:
    """Build a deterministic initial ``/sync`` response for ``profile`` ("large", "small")."""
    prof = PROFILES[profile] if isinstance(profile, str) else profile
    gen = _Gen(prof, seed)
    rng = gen.rng
    pool = list(gen.users)
    rng.shuffle(pool)
    partners = pool[: prof.direct]
    others = pool[prof.direct :]

    kinds = ["dm"] * prof.direct + ["big"] * prof.big_rooms
    kinds += ["group"] * (prof.rooms - len(kinds))
    rng.shuffle(kinds)
    join: JSON = {}
    direct: dict[str, list[str]] = {}
    dm_index = 0
    for kind in kinds:
        if kind == "dm":
            partner = partners[dm_index]
            dm_index += 1
            members = [ME, partner]
        else:
            lo, hi = prof.group_members
            n = rng.randint(max(lo, 30), hi) if kind == "big" else _group_size(rng, lo, hi)
            members = [ME, *rng.sample(others, n - 1)]
        n_events = prof.big_messages if kind == "big" else rng.randint(*prof.messages)
        room = _Room(gen, kind, n_events, members)
        join[room.room_id] = room.build()
        if kind == "dm":
            direct.setdefault(members[1], []).append(room.room_id)

    invite: JSON = {}
    for i in range(prof.invites):
        room_id, entry = _invite(gen, direct=i % 2 == 0)
        invite[room_id] = entry

    presence = []
    for partner in partners:
        state = rng.choice(["online", "unavailable", "offline", "offline"])
        content: JSON = {"presence": state, "last_active_ago": rng.randint(1_000, 10**8)}
        if state == "online":
            content["currently_active"] = rng.random() < 0.5
        presence.append({"type": "m.presence", "sender": partner, "content": content})

    return {
        "account_data": {"events": [{"type": "m.direct", "content": direct}]},
        "device_one_time_keys_count": {"signed_curve25519": 0},
        "device_unused_fallback_key_types": [],
        "next_batch": f"s{gen.events}_{seed}",
        "presence": {"events": presence},
        "rooms": {"join": join, "invite": invite},
    }


def _group_size(rng: random.Random, lo: int, hi: int) -> int:
    """Member count of a group: mostly small, a long tail up to ``hi``."""
    r = rng.random()
    if r < 0.6:
        return rng.randint(lo, min(hi, 10))
    if r < 0.9:
        return rng.randint(min(hi, 10), min(hi, 25))
    return rng.randint(min(hi, 25), hi)


def _token_position(token: str) -> int:
    head = token[1:].split("_", 1)[0] if token.startswith("s") else ""
    if not head.isdigit():
        raise ValueError(f"not a synthetic sync token: {token!r}")
    return int(head)


def make_incremental_sync(
    initial: JSON,
    since: str | None = None,
    *,
    seed: int = 0,
    rooms: int = 3,
    messages: int = 2,
) -> JSON:
    """Build the incremental ``/sync`` response that follows ``since`` (default: the initial
    response's ``next_batch``): ``messages`` new events in each of ``rooms`` rooms of ``initial``
    (text messages, a reply and a reaction to recent history), with updated unread counts.

    Pass the returned ``next_batch`` back as ``since`` to get the next one in a chain; the result
    depends only on ``initial``, ``since`` and ``seed``.
    """
    since = since if since is not None else str(initial["next_batch"])
    base_pos = _token_position(str(initial["next_batch"]))
    pos = _token_position(since)
    rng = random.Random(f"{seed}:{since}")
    join: JSON = initial["rooms"]["join"]
    room_ids = list(join)
    picked = rng.sample(room_ids, min(rooms, len(room_ids)))
    last_ts = max(int(e["origin_server_ts"]) for r in join.values() for e in r["timeline"]["events"][-1:])
    ts = last_ts + 1_000 + (pos - base_pos) * 10_000
    now = ts + rooms * messages * 1_000 + 500
    gen_rng_events = 0

    def event_id() -> str:
        nonlocal gen_rng_events
        gen_rng_events += 1
        return "$" + base64.urlsafe_b64encode(rng.randbytes(32)).rstrip(b"=").decode()

    out: JSON = {}
    for room_id in picked:
        room = join[room_id]
        history = room["timeline"]["events"]
        members = [
            e["state_key"]
            for e in [*room["state"]["events"], *history]
            if e["type"] == "m.room.member" and e["content"].get("membership") == "join"
        ]
        senders = list(dict.fromkeys(e["sender"] for e in history)) or members
        originals = [
            e
            for e in history[-20:]
            if e["type"] == "m.room.message"
            and e["content"].get("m.relates_to", {}).get("rel_type") != "m.replace"
        ]
        events: list[JSON] = []
        notifications = room["unread_notifications"]["notification_count"]
        highlights = room["unread_notifications"]["highlight_count"]
        for i in range(messages):
            sender = rng.choice(senders)
            ts += rng.randint(200, 1_000)
            if originals and i == 1:
                target = rng.choice(originals)
                content: JSON = {
                    "m.relates_to": {
                        "rel_type": "m.annotation",
                        "event_id": target["event_id"],
                        "key": rng.choice(_REACTION_KEYS),
                    }
                }
                etype = "m.reaction"
            else:
                words = " ".join(rng.choices(_WORDS, k=rng.randint(2, 15)))
                content = {"msgtype": "m.text", "body": words[:1].upper() + words[1:]}
                if originals and i == 2:
                    content["m.relates_to"] = {
                        "m.in_reply_to": {"event_id": rng.choice(originals)["event_id"]}
                    }
                etype = "m.room.message"
            event = _event(etype, sender, content, ts, event_id())
            event["unsigned"]["age"] = now - ts
            events.append(event)
            if sender == ME:
                notifications = highlights = 0
            elif etype == "m.room.message":
                notifications += 1
        out[room_id] = {
            "account_data": {"events": []},
            "ephemeral": {"events": []},
            "state": {"events": []},
            "summary": {},
            "timeline": {"events": events, "limited": False, "prev_batch": since},
            "unread_notifications": {
                "highlight_count": highlights,
                "notification_count": notifications,
            },
        }
    return {
        "account_data": {"events": []},
        "device_one_time_keys_count": {"signed_curve25519": 0},
        "device_unused_fallback_key_types": [],
        "next_batch": f"s{pos + gen_rng_events}_{since.split('_', 1)[-1]}",
        "presence": {"events": []},
        "rooms": {"join": out},
    }


def sync_stats(sync: JSON) -> dict[str, int]:
    """Counts of what a sync response holds (rooms, timeline/state events by kind)."""
    stats = {
        "rooms_joined": 0,
        "rooms_invited": len(sync.get("rooms", {}).get("invite", {})),
        "timeline_events": 0,
        "state_events": 0,
        "messages": 0,
        "replies": 0,
        "edits": 0,
        "reactions": 0,
        "members_in_state": 0,
        "direct_chats": 0,
    }
    for room in sync.get("rooms", {}).get("join", {}).values():
        stats["rooms_joined"] += 1
        state = room.get("state", {}).get("events", [])
        stats["state_events"] += len(state)
        stats["members_in_state"] += sum(1 for e in state if e["type"] == "m.room.member")
        for event in room.get("timeline", {}).get("events", []):
            stats["timeline_events"] += 1
            if event["type"] == "m.reaction":
                stats["reactions"] += 1
            elif event["type"] == "m.room.message":
                relates = event["content"].get("m.relates_to", {})
                if relates.get("rel_type") == "m.replace":
                    stats["edits"] += 1
                else:
                    stats["messages"] += 1
                    if "m.in_reply_to" in relates:
                        stats["replies"] += 1
    for event in sync.get("account_data", {}).get("events", []):
        if event.get("type") == "m.direct":
            stats["direct_chats"] = sum(len(v) for v in event["content"].values())
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="large")
    parser.add_argument("--out", type=Path, required=True, help="where to write the initial sync")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--incremental",
        type=Path,
        help="also write the incremental sync that follows the initial one to this file",
    )
    parser.add_argument("--incremental-rooms", type=int, default=3)
    parser.add_argument("--incremental-messages", type=int, default=2)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    sync = make_initial_sync(args.profile, args.seed)
    built = time.perf_counter()
    data = orjson.dumps(sync)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    done = time.perf_counter()
    stats = sync_stats(sync)
    print(
        f"{args.out}: {len(data):,} bytes ({len(data) / 1e6:.2f} MB), profile {args.profile}, "
        f"seed {args.seed}, next_batch {sync['next_batch']}"
    )
    print(
        f"  rooms: {stats['rooms_joined']} joined ({stats['direct_chats']} direct), "
        f"{stats['rooms_invited']} invited"
    )
    print(
        f"  events: {stats['timeline_events']:,} timeline ({stats['messages']:,} messages, "
        f"{stats['replies']:,} replies, {stats['edits']:,} edits, {stats['reactions']:,} reactions)"
        f", {stats['state_events']:,} state ({stats['members_in_state']:,} members)"
    )
    print(f"  time: build {built - started:.2f} s, serialize+write {done - built:.2f} s")
    if args.incremental is not None:
        inc = make_incremental_sync(
            sync,
            seed=args.seed,
            rooms=args.incremental_rooms,
            messages=args.incremental_messages,
        )
        inc_data = orjson.dumps(inc)
        args.incremental.parent.mkdir(parents=True, exist_ok=True)
        args.incremental.write_bytes(inc_data)
        inc_stats = sync_stats(inc)
        print(
            f"{args.incremental}: {len(inc_data):,} bytes, since {sync['next_batch']} -> "
            f"next_batch {inc['next_batch']}, {inc_stats['rooms_joined']} rooms, "
            f"{inc_stats['timeline_events']} events"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
