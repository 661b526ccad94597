"""One long conversation for the scrolling and local-echo benchmarks (docs/measures.md, "Scrolling").

    python bench/bigroom.py --out /tmp/bench/bigroom.json [--events 10000] [--seed 0]

The output is a ``/sync`` response (the shape ``bench/synthetic_sync.py`` writes) with one joined
group room of 40 members whose timeline holds ``--events`` events, all of them in one response
(``limited: false``). What 10,000 events (seed 0) hold:

- **6,848 messages (68 %):** plain text of chat-like lengths (some with emoji or a bare link);
  about one in five with a Markdown-rendered ``formatted_body`` (bold, emphasis, inline code,
  code blocks, lists, quotes, links, spoilers, a rare hostile tag the sanitizer strips); mentions
  of the account owner, a few notices, emotes, images and files. 2,203 carry HTML in all;
- **992 of them replies** (``m.relates_to.m.in_reply_to``, 14 %), some with the legacy fallback
  quote; their originals are usually a few messages back;
- **2,685 reactions (27 %)** on 1,390 messages (20 %), 1–3 keys each, shortly after the message;
- **279 edits** (``m.replace``, 4 % of the text messages), also bundled with the original as
  Synapse does;
- **188 state events (2 %):** joins and leaves (some in bursts, which the timeline collapses into
  one line), topic and name changes.

7,036 of the events get rows of their own in the timeline: messages and state changes (edits and
reactions change their target's row). The account owner has read everything (the room opens at its
newest message). The same events and seed always give the same bytes.

From Python::

    from bigroom import make_big_room_sync, prepare_profile

    sync = make_big_room_sync(10_000, seed=0)
    room = prepare_profile(sync_file, profile_dir)  # -> BigRoom(room_id, token, own_user)
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from synthetic_sync import JSON, ME, PROFILES, _event, _Gen, _Room, sync_stats

from messenger_desktop.api.ids import UserId
from messenger_desktop.api.sync import parse_sync
from messenger_desktop.store.database import Database, get_meta, set_meta
from messenger_desktop.store.ingest import ingest_sync

MEMBERS = 40
HTML_SHARE = 0.20
REPLY_SHARE = 0.15
REACTED_SHARE = 0.20
EDITED_SHARE = 0.04
STATE_SHARE = 0.012  # the chance that an event starts a state change (some are bursts)
_TOPICS = ["Release planning", "Weekly sync notes", "Ask anything", "Incidents and follow-ups"]
_NAMES = ["Platform team", "Platform team 🚀", "Platform & infra", "Platform team (archive soon)"]
_KEYS = ["👍", "❤️", "😂", "🎉", "👀", "🙏", "🔥", "✅", "😮", "+1"]


@dataclass(frozen=True)
class BigRoom:
    room_id: str
    token: str
    own_user: str


class _LongRoom(_Room):
    """The generator's "big" group room with this benchmark's timeline mix."""

    def __init__(self, gen: _Gen, n_events: int, members: list[str], newcomers: list[str]) -> None:
        super().__init__(gen, "big", n_events, members)
        self.late = None  # joins happen in the timeline below instead
        self.newcomers = newcomers
        self.present: list[str] = []  # newcomers who joined and may leave again

    def timeline(self, clock: Iterator[int], late_at: int) -> list[JSON]:
        gen, rng = self.gen, self.rng
        events: list[JSON] = []
        # (due index, reaction event or the message to edit) for relations that follow a message
        pending: list[tuple[int, JSON]] = []
        while len(events) < self.n_events:
            if pending and pending[0][0] <= len(events):
                _, item = pending.pop(0)
                if item["type"] == "m.reaction":
                    item["origin_server_ts"] = next(clock)
                    item["unsigned"] = {"age": 0}
                    events.append(item)
                else:
                    events.append(self.edit(item, next(clock)))
                continue
            if rng.random() < STATE_SHARE:
                burst = rng.choice([1, 1, 1, 3, 4])
                for _ in range(min(burst, self.n_events - len(events))):
                    events.append(self.state_change(next(clock)))
                continue
            sender = rng.choices(self.speakers, self.weights)[0]
            originals = [e for e in events[-60:] if e["type"] == "m.room.message" and not _is_edit(e)]
            r = rng.random()
            if originals and r < REPLY_SHARE:
                content = self.reply(sender, self.recent(originals))
            elif r < REPLY_SHARE + HTML_SHARE:
                body, formatted = gen.html()
                content = {
                    "msgtype": "m.text",
                    "body": body,
                    "format": "org.matrix.custom.html",
                    "formatted_body": formatted,
                }
            else:
                content = self.message(sender)
            event = _event("m.room.message", sender, content, next(clock), gen.event_id())
            events.append(event)
            here = len(events)
            if rng.random() < REACTED_SHARE:
                keys = rng.sample(_KEYS, rng.choices([1, 2, 3], [0.6, 0.25, 0.15])[0])
                for key in keys:
                    for reactor in rng.sample(self.speakers, rng.choice([1, 1, 1, 2])):
                        relates = {"rel_type": "m.annotation", "event_id": event["event_id"], "key": key}
                        reaction = _bare("m.reaction", reactor, {"m.relates_to": relates}, gen.event_id())
                        pending.append((here + rng.randint(0, 6), reaction))
            if content.get("msgtype") == "m.text" and rng.random() < EDITED_SHARE:
                pending.append((here + rng.randint(1, 10), event))
            pending.sort(key=lambda p: p[0])
        return events

    def state_change(self, ts: int) -> JSON:
        gen, rng = self.gen, self.rng
        r = rng.random()
        if r < 0.45 and self.newcomers:
            user = self.newcomers.pop()
            self.present.append(user)
            content = self.member_content(user)
            return _event("m.room.member", user, content, ts, gen.event_id(), user)
        if r < 0.7 and self.present:
            user = self.present.pop(rng.randrange(len(self.present)))
            return _event("m.room.member", user, {"membership": "leave"}, ts, gen.event_id(), user)
        if r < 0.9:
            content = {"topic": rng.choice(_TOPICS)}
            return _event("m.room.topic", self.creator, content, ts, gen.event_id(), "")
        content = {"name": rng.choice(_NAMES)}
        return _event("m.room.name", self.creator, content, ts, gen.event_id(), "")


def _bare(etype: str, sender: str, content: JSON, event_id: str) -> JSON:
    return {"type": etype, "sender": sender, "content": content, "event_id": event_id}


def _is_edit(event: JSON) -> bool:
    relates = event["content"].get("m.relates_to")
    return isinstance(relates, dict) and relates.get("rel_type") == "m.replace"


def make_big_room_sync(events: int = 10_000, seed: int = 0) -> JSON:
    """An initial ``/sync`` with one joined room of ``events`` timeline events."""
    gen = _Gen(PROFILES["small"], seed)
    rng = gen.rng
    pool = list(gen.users)
    rng.shuffle(pool)
    members = [ME, *pool[: MEMBERS - 1]]
    room = _LongRoom(gen, events, members, newcomers=pool[MEMBERS : MEMBERS + 300])
    return read_room_sync(gen, room)


def read_room_sync(gen: _Gen, room: _Room) -> JSON:
    """The initial ``/sync`` holding ``room`` alone, which the account owner has read to the end."""
    joined = room.build()
    timeline: list[JSON] = joined["timeline"]["events"]
    for event in timeline:  # ages relative to the recording's "now", as the generator does
        event["unsigned"]["age"] = max(0, timeline[-1]["origin_server_ts"] - event["origin_server_ts"])
    # The owner has read everything: the room opens at its newest message.
    last = timeline[-1]
    joined["account_data"]["events"] = [{"type": "m.fully_read", "content": {"event_id": last["event_id"]}}]
    read = {ME: {"ts": last["origin_server_ts"] + 1000}}
    joined["ephemeral"]["events"] = [{"type": "m.receipt", "content": {last["event_id"]: {"m.read": read}}}]
    joined["unread_notifications"] = {"highlight_count": 0, "notification_count": 0}
    return {
        "account_data": {"events": []},
        "next_batch": f"s{gen.events}_{gen.seed}",
        "presence": {"events": []},
        "rooms": {"join": {room.room_id: joined}, "invite": {}},
    }


def mix(sync: JSON) -> dict[str, int]:
    """What the room holds, by kind (for the record)."""
    stats: dict[str, Any] = dict(sync_stats(sync))
    room = next(iter(sync["rooms"]["join"].values()))
    events = room["timeline"]["events"]
    reacted = {e["content"]["m.relates_to"]["event_id"] for e in events if e["type"] == "m.reaction"}
    stats["html_messages"] = sum(
        1 for e in events if e["type"] == "m.room.message" and "formatted_body" in e["content"]
    )
    stats["reacted_messages"] = len(reacted)
    stats["timeline_state"] = sum(1 for e in events if "state_key" in e)
    return stats


def prepare_profile(sync_file: Path, profile_dir: Path) -> BigRoom:
    """Ingest ``sync_file`` into a new profile's cache with the store, as a warm profile has it."""
    from messenger_desktop.session.profile import Profile

    profile = Profile.at(profile_dir)
    sync = parse_sync(sync_file.read_bytes())
    db = Database(profile.database)
    db.open_blocking()
    try:
        db.run_blocking(set_meta, "user_id", ME)
        db.run_blocking(ingest_sync, sync, UserId(ME))
        db.run_blocking(set_meta, "filter_id", "bench-filter")  # uploaded long ago

        def finish(conn: sqlite3.Connection) -> str | None:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return get_meta(conn, "next_batch")

        token = db.run_blocking(finish)
    finally:
        db.close_blocking()
    assert token is not None
    return BigRoom(room_id=sync.joined[0].room_id, token=token, own_user=ME)


def ensure_sync_file(path: Path, events: int, seed: int) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(orjson.dumps(make_big_room_sync(events, seed)))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    sync = make_big_room_sync(args.events, args.seed)
    data = orjson.dumps(sync)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data) / 1e6:.1f} MB")
    for key, value in mix(sync).items():
        print(f"  {key:18} {value:>7,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
