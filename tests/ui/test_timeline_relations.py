"""The timeline model's relations: reactions, edits, deletions, replies, threads, receipts and
the unread line, each changing exactly the row it concerns."""

from __future__ import annotations

import dataclasses
from typing import Any

from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, TxnId, UserId
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.qt.timeline_source import ReadState
from messenger_desktop.store.relations import Aggregate, Reaction
from messenger_desktop.store.rows import OutboxItem

from .test_models import BOB, ME, NOW, ROOM, FakeSource, event, opened

CAROL = UserId("@carol:example.org")


def changed_rows(model: TimelineModel) -> list[int]:
    seen: list[int] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): seen.extend(range(top.row(), bottom.row() + 1)))
    return seen


def reaction_item(txn: str, target: str, key: str, state: str = "queued") -> OutboxItem:
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}}
    return OutboxItem(0, TxnId(txn), ROOM, "m.reaction", content, NOW, state)


def test_reactions_from_sync_change_only_their_row(loop: Any, qtmodeltester: Any) -> None:
    model = opened(loop, FakeSource([event(1), event(2), event(3)]))
    qtmodeltester.check(model)
    changed = changed_rows(model)
    aggregate = Aggregate(reactions=(Reaction("👍", (BOB, ME), EventId("$r1")), Reaction("🎉", (BOB,), None)))
    model.apply_relations({ROOM: {EventId("$e2"): aggregate}}, {}, {})
    assert changed == [1]
    chips = model.row(1)["reactions"]
    assert [(c["key"], c["count"], c["mine"]) for c in chips] == [("👍", 2, True), ("🎉", 1, False)]
    assert "Bob" in chips[0]["who"] and "Me" in chips[0]["who"]
    assert model.row(0)["reactions"] == [] and model.row(2)["reactions"] == []


def test_my_reaction_shows_at_once_and_hands_over_to_the_servers_total(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1), event(2)]))
    model.apply({}, [reaction_item("t1", "$e1", "❤️")], {})
    assert [(c["key"], c["count"], c["mine"]) for c in model.row(1)["reactions"]] == [("❤️", 1, True)]
    assert model.rowCount() == 2  # no row of its own
    model.apply({}, [], {TxnId("t1"): EventId("$r9")})  # delivered: still shown until sync says so
    assert model.row(1)["reactions"][0]["mine"] is True
    total = Aggregate(reactions=(Reaction("❤️", (ME,), EventId("$r9")),))
    model.apply_relations({ROOM: {EventId("$e1"): total}}, {}, {})
    assert [(c["key"], c["count"], c["mine"]) for c in model.row(1)["reactions"]] == [("❤️", 1, True)]
    # un-react: a redaction of the reaction event hides it before the server answers
    undo = OutboxItem(0, TxnId("t2"), ROOM, "m.room.redaction", {"redacts": "$r9"}, NOW, "queued")
    model.apply({}, [undo], {})
    assert model.row(1)["reactions"] == []


def test_an_edit_replaces_the_text_and_says_edited(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1, sender=ME, body="helo")]))
    assert model.row(0)["canEdit"] is True
    edit = Aggregate(edit_content={"msgtype": "m.text", "body": "hello"}, edit_event=EventId("$x"))
    model.apply_relations({ROOM: {EventId("$e1"): edit}}, {}, {})
    assert model.row(0)["body"] == "hello"
    assert model.row(0)["edited"] is True


def test_a_pending_edit_shows_before_the_server_confirms(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1, sender=ME, body="first")]))
    content = {
        "msgtype": "m.text",
        "body": "* second",
        "m.new_content": {"msgtype": "m.text", "body": "second"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$e1"},
    }
    model.apply({}, [OutboxItem(0, TxnId("t"), ROOM, "m.room.message", content, NOW, "queued")], {})
    assert model.rowCount() == 1
    assert model.row(0)["body"] == "second" and model.row(0)["edited"] is True


def test_a_deleted_message_becomes_a_placeholder(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1), event(2)]))
    model.apply_relations({}, {ROOM: (EventId("$e1"),)}, {})
    assert model.row(1)["kind"] == "placeholder"
    assert model.row(1)["body"] == "Message deleted"
    assert model.row(0)["kind"] == "message"


def test_a_reply_quotes_its_original_and_fetches_one_not_loaded(loop: Any) -> None:
    def answer(body: str, target: str) -> dict[str, Any]:
        return {"msgtype": "m.text", "body": body, "m.relates_to": {"m.in_reply_to": {"event_id": target}}}

    reply = answer("> <@bob:example.org> old\n\nyes", "$e1")
    far = answer("and this", "$gone")
    source = FakeSource(
        [event(1, body="the original"), event(2, sender=ME, content=reply), event(3, content=far)]
    )
    model = opened(loop, source)
    assert model.row(1)["replyTo"] == "$e1"
    assert model.row(1)["replySender"] == "Bob" and model.row(1)["replyBody"] == "the original"
    assert model.row(1)["body"] == "yes"  # the old fallback quote is stripped
    loop.run_until_complete(model.wait_idle())
    assert model.row(0)["replyTo"] == "$gone"
    assert model.row(0)["replyBody"] == "Original message not found"


def test_thread_replies_stay_in_the_thread_and_the_root_sums_them_up(loop: Any) -> None:
    thread = {
        "msgtype": "m.text",
        "body": "in thread",
        "m.relates_to": {"rel_type": "m.thread", "event_id": "$e1"},
    }
    in_thread = event(2, content=thread, rel_type="m.thread", rel_event=EventId("$e1"))
    source = FakeSource([event(1, body="root"), in_thread])
    source.aggregates[EventId("$e1")] = Aggregate(thread_count=1, thread_last_sender=BOB, thread_last_ts=NOW)
    model = opened(loop, source)
    assert model.rowCount() == 1
    assert model.row(0)["threadCount"] == 1
    assert model.row(0)["threadText"] == "1 reply · last from Bob"


def test_the_unread_line_sits_above_the_first_message_after_the_marker(loop: Any) -> None:
    source = FakeSource([event(1), event(2), event(3)])
    source.read = ReadState(fully_read=EventId("$e1"))
    model = opened(loop, source)
    assert [model.row(i)["unreadAbove"] for i in range(3)] == [False, True, False]
    assert model.property("unreadIndex") == 1
    model.clearUnread()
    assert [model.row(i)["unreadAbove"] for i in range(3)] == [False, False, False]


def test_receipts_show_readers_and_read_ticks(loop: Any) -> None:
    source = FakeSource([event(1, sender=ME), event(2, sender=ME), event(3)])
    model = opened(loop, source)
    assert model.row(1)["sendState"] == "sent"
    model.apply_relations({}, {}, {ROOM: {BOB: EventId("$e2"), CAROL: EventId("$e2")}})
    assert [r["name"] for r in model.row(1)["readers"]] == ["Bob", CAROL]
    assert model.row(1)["sendState"] == "read" and model.row(2)["sendState"] == "read"
    model.apply_relations({}, {}, {ROOM: {BOB: EventId("$e3")}})
    assert [r["name"] for r in model.row(1)["readers"]] == [CAROL]


def test_mentions_of_me_are_marked(loop: Any) -> None:
    mention = {"msgtype": "m.text", "body": "hi Me", "m.mentions": {"user_ids": [ME]}}
    other = {"msgtype": "m.text", "body": "hi all", "m.mentions": {}}
    model = opened(loop, FakeSource([event(1, content=mention), event(2, content=other)]))
    assert model.row(1)["mentionsMe"] is True
    assert model.row(0)["mentionsMe"] is False


def test_jumping_to_an_older_message_loads_history_and_highlights_it(loop: Any) -> None:
    rows = [event(n) for n in range(1, 131)]
    model = opened(loop, FakeSource(rows))
    assert model.indexOf("$e3") < 0
    positions: list[int] = []
    model.positionRequested.connect(positions.append)
    model.jumpTo("$e3")
    loop.run_until_complete(model.wait_idle())
    index = model.indexOf("$e3")
    assert index > 0 and positions == [index]
    assert model.row(index)["highlighted"] is True


def test_rich_text_is_sanitised_and_kind_is_kept(loop: Any) -> None:
    content = {
        "msgtype": "m.text",
        "body": "bold",
        "format": "org.matrix.custom.html",
        "formatted_body": "<b>bold</b><script>alert(1)</script><img src='https://evil.example/x.png'>",
    }
    model = opened(loop, FakeSource([event(1, content=content, kind=EventKind.MESSAGE)]))
    html = model.row(0)["html"]
    assert "<b>bold</b>" in html
    assert "script" not in html and "evil.example" not in html


def test_events_shaped_as_element_sends_them_render(loop: Any) -> None:
    """Fixtures written from the spec's examples, in the shapes Element produces."""
    reply = {
        "msgtype": "m.text",
        "body": "> <@bob:example.org> the plan\n\nsounds good",
        "format": "org.matrix.custom.html",
        "formatted_body": '<mx-reply><blockquote><a href="https://matrix.to/#/!room:example.org/$e1">In reply'
        '</a> <a href="https://matrix.to/#/@bob:example.org">@bob:example.org</a><br>the plan'
        "</blockquote></mx-reply>sounds <b>good</b>",
        "m.relates_to": {"m.in_reply_to": {"event_id": "$e1"}},
    }
    emote = {
        "msgtype": "m.emote",
        "body": "waves",
        "format": "org.matrix.custom.html",
        "formatted_body": "<i>waves</i>",
    }
    pill = {
        "msgtype": "m.text",
        "body": "Me: look",
        "format": "org.matrix.custom.html",
        "formatted_body": '<a href="https://matrix.to/#/@me:example.org">Me</a>: look',
        "m.mentions": {"user_ids": ["@me:example.org"]},
    }
    source = FakeSource(
        [
            event(1, body="the plan"),
            event(2, content=reply),
            event(3, content=emote),
            event(4, content=pill),
        ]
    )
    source.aggregates[EventId("$e1")] = Aggregate(
        edit_content={
            "msgtype": "m.text",
            "body": "the **new** plan",
            "format": "org.matrix.custom.html",
            "formatted_body": "the <strong>new</strong> plan",
        },
        edit_event=EventId("$edit"),
    )
    model = opened(loop, source)
    original, answer, waving, mention = (model.row(i) for i in (3, 2, 1, 0))
    assert original["edited"] is True and "<strong>new</strong>" in original["html"]
    assert answer["body"] == "sounds good"
    assert "blockquote" not in answer["html"] and "In reply" not in answer["html"]
    assert "<b>good</b>" in answer["html"]
    assert answer["replyBody"] == "the **new** plan"  # the quote follows the edit
    assert waving["body"] == "* Bob waves" and "<i>waves</i>" in waving["html"]
    assert mention["mentionsMe"] is True
    assert 'href="https://matrix.to/#/@me:example.org"' in mention["html"]


def test_my_pending_reaction_survives_a_total_that_does_not_include_it_yet(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1)]))
    model.apply({}, [reaction_item("t1", "$e1", "👍")], {})
    model.apply({}, [], {TxnId("t1"): EventId("$mine")})
    someone_else = Aggregate(reactions=(Reaction("🎉", (BOB,), None),))
    model.apply_relations({ROOM: {EventId("$e1"): someone_else}}, {}, {})
    assert sorted(c["key"] for c in model.row(0)["reactions"]) == ["🎉", "👍"]
    both = Aggregate(reactions=(Reaction("🎉", (BOB,), None), Reaction("👍", (ME,), EventId("$mine"))))
    model.apply_relations({ROOM: {EventId("$e1"): both}}, {}, {})
    assert [(c["key"], c["count"]) for c in model.row(0)["reactions"]] == [("🎉", 1), ("👍", 1)]


def test_a_deletion_that_fails_brings_the_message_back(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1, sender=ME, body="keep me")]))
    delete = OutboxItem(0, TxnId("d"), ROOM, "m.room.redaction", {"redacts": "$e1"}, NOW, "queued")
    model.apply({}, [delete], {})
    assert model.row(0)["body"] == "Message deleted"
    model.apply({}, [dataclasses.replace(delete, state="failed")], {})
    assert model.row(0)["body"] == "keep me" and model.row(0)["kind"] == "message"


def test_someone_taking_another_members_name_is_told_apart(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1)]))
    mallory = "@mallory:example.org"
    rename = event(
        2,
        sender=mallory,
        type="m.room.member",
        kind=EventKind.MEMBER,
        state_key=mallory,
        content={"membership": "join", "displayname": "Bob"},
    )
    model.apply({ROOM: (rename, event(3, sender=mallory, body="send me the password"))}, [], {})
    assert model.row(0)["senderName"] == f"Bob ({mallory})"
    assert model.name_of(BOB) == f"Bob ({BOB})"
