"""The conversation as a user drives it: hover a message and reply, react, edit, delete; pick an
emoji; complete a mention; click a quote to jump to an old message. Each checked on the server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, EventId, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _server_event(creds: Credentials, room: RoomId, event_id: str) -> dict[str, Any]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        return await api.get_event(room, EventId(event_id))
    finally:
        await transport.aclose()


async def _relations(creds: Credentials, room: RoomId, event_id: str, rel_type: str) -> list[dict[str, Any]]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        page = await api.relations(room, EventId(event_id), rel_type)
        return list(page.chunk)
    finally:
        await transport.aclose()


async def _count_is(pending: Awaitable[list[Any]], count: int) -> bool:
    return len(await pending) == count


def _start(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, messages: tuple[str, ...]
) -> tuple[Credentials, Credentials, RoomId]:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Chat", messages))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    shell.session.openRoom(room)
    timeline = shell.session.timeline
    shell.wait(
        lambda: timeline.rowCount() >= min(len(messages), 10) and not timeline.property("loading"),
        what="history",
    )
    return alice, bob, room


def _eventually(shell: Shell, check: Callable[[], Awaitable[bool]], what: str, timeout: float = 20) -> None:
    """Poll the server until ``check()`` says yes (inside the loop, never nesting it)."""

    async def poll() -> None:
        deadline = time.monotonic() + timeout
        while not await check():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.1)

    shell.run(poll(), timeout + 5)


def _index_of_body(shell: Shell, body: str) -> int:
    timeline = shell.session.timeline
    for i in range(timeline.rowCount()):
        if timeline.row(i)["body"] == body:
            return i
    return -1


def _delegate(shell: Shell, event_id: str) -> QQuickItem:
    for item in shell.visual_children("timeline"):
        if item.property("eventId") == event_id and item.property("kind") == "message":
            return item
    raise AssertionError(f"no delegate for {event_id}")


def _hover_action(shell: Shell, event_id: str, action: str) -> None:
    row = _delegate(shell, event_id)
    shell.hover(row)
    shell.wait(lambda: _has(shell, row, action), what=f"the {action} on hover")
    button = shell.inside(row, action)
    shell.hover(button)  # up from the message onto the bar, as a pointer goes
    shell.tap(button)


def _has(shell: Shell, parent: QQuickItem, name: str) -> bool:
    try:
        return shell.inside(parent, name).isVisible()
    except AssertionError:
        return False


def _all_named(parent: QQuickItem, name: str) -> list[QQuickItem]:
    found, pending = [], list(parent.childItems())
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            found.append(item)
        pending.extend(item.childItems())
    return found


def _newest_remote(shell: Shell, body: str) -> str:
    """The event id of the newest row with ``body`` once the server's copy is in (not an echo)."""
    timeline = shell.session.timeline
    found: list[str] = []

    def arrived() -> bool:
        index = _index_of_body(shell, body)
        if index < 0:
            return False
        row = timeline.row(index)
        if row["eventId"].startswith("$") and row["sendState"] in ("sent", "read"):
            found[:] = [row["eventId"]]
            return True
        return False

    shell.wait(arrived, what=f"{body!r} from the server")
    return found[0]


def test_reply_from_the_hover_bar_quotes_the_original(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _start(shell, synapse, new_user, ("Lunch at noon?", "Or one o'clock"))
    timeline = shell.session.timeline
    original = timeline.row(_index_of_body(shell, "Lunch at noon?"))["eventId"]

    _hover_action(shell, original, "replyButton")
    assert shell.session.composer.property("mode") == "reply"
    assert shell.prop("composerModeText", "text") == "Lunch at noon?"
    shell.focus("composer")
    shell.type("noon works\n")
    reply = _newest_remote(shell, "noon works")
    row = timeline.row(_index_of_body(shell, "noon works"))
    assert row["replyTo"] == original and row["replyBody"] == "Lunch at noon?"
    assert shell.session.composer.property("mode") == ""

    stored = shell.run(_server_event(bob, room, reply))["content"]
    assert stored["m.relates_to"] == {"m.in_reply_to": {"event_id": original}}
    assert stored["body"] == "noon works"  # no fallback quote since v1.13
    assert "formatted_body" not in stored


def test_react_with_a_quick_reaction_then_take_it_back(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob, room = _start(shell, synapse, new_user, ("Party on Friday!",))
    timeline = shell.session.timeline
    target = timeline.row(0)["eventId"]

    row = _delegate(shell, target)
    shell.hover(row)
    shell.wait(lambda: _has(shell, row, "quickReaction"), what="the action bar")
    thumbs = [i for i in _all_named(row, "quickReaction") if i.property("modelData") == "👍"]
    shell.hover(thumbs[0])
    shell.tap(thumbs[0])
    shell.wait(lambda: [c["key"] for c in timeline.row(0)["reactions"]] == ["👍"], what="the chip")
    _eventually(shell, lambda: _count_is(_relations(bob, room, target, "m.annotation"), 1), "the reaction")
    reaction = shell.run(_relations(bob, room, target, "m.annotation"))[0]
    assert reaction["sender"] == alice.user_id
    assert reaction["content"]["m.relates_to"] == {
        "rel_type": "m.annotation",
        "event_id": target,
        "key": "👍",
    }
    shell.wait(lambda: timeline.row(0)["reactions"][0]["mine"], what="the server's total")

    shell.tap(shell.inside(_delegate(shell, target), "reactionChip"))  # click the chip: un-react
    shell.wait(lambda: timeline.row(0)["reactions"] == [], what="the chip to go")

    async def redacted() -> bool:
        return (await _server_event(bob, room, reaction["event_id"]))["content"] == {}

    _eventually(shell, redacted, "the reaction redacted on the server")


def test_up_in_an_empty_composer_edits_the_last_message(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _start(shell, synapse, new_user, ("How was the trip?",))
    timeline = shell.session.timeline
    shell.focus("composer")
    shell.type("It was grate\n")
    original = _newest_remote(shell, "It was grate")

    shell.key(Qt.Key.Key_Up)
    assert shell.session.composer.property("mode") == "edit"
    assert shell.prop("composer", "text") == "It was grate"
    shell.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    shell.type("It was great\n")
    index = timeline.indexOf(original)
    assert timeline.row(index)["body"] == "It was great"  # shown at once
    assert timeline.row(index)["edited"] is True
    _eventually(shell, lambda: _count_is(_relations(bob, room, original, "m.replace"), 1), "the edit")
    edit = shell.run(_relations(bob, room, original, "m.replace"))[0]["content"]
    assert edit["m.new_content"]["body"] == "It was great"
    assert edit["body"] == "* It was great"
    assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": original}
    messages = [
        timeline.row(i)["body"] for i in range(timeline.rowCount()) if timeline.row(i)["kind"] == "message"
    ]
    assert messages == ["It was great", "How was the trip?"]  # the edit has no row of its own


def test_delete_with_a_reason_from_the_hover_bar(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _start(shell, synapse, new_user, ("hello",))
    timeline = shell.session.timeline
    shell.focus("composer")
    shell.type("wrong chat\n")
    mine = _newest_remote(shell, "wrong chat")

    _hover_action(shell, mine, "deleteButton")
    shell.wait(lambda: shell.is_open("redactDialog"), what="the confirmation")
    shell.focus("redactReason")
    shell.type("sent by mistake\n")
    shell.wait(lambda: timeline.row(timeline.indexOf(mine))["body"] == "Message deleted", what="placeholder")

    async def redacted() -> bool:
        return "redacted_because" in (await _server_event(bob, room, mine)).get("unsigned", {})

    _eventually(shell, redacted, "the redaction on the server")
    because = shell.run(_server_event(bob, room, mine))["unsigned"]["redacted_because"]
    assert because["content"].get("reason") == "sent by mistake"


def test_the_emoji_picker_adds_a_reaction(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    _alice, bob, room = _start(shell, synapse, new_user, ("Guess who passed the exam",))
    timeline = shell.session.timeline
    target = timeline.row(0)["eventId"]
    _hover_action(shell, target, "reactButton")
    shell.wait(lambda: shell.is_open("emojiPicker"), what="the emoji picker")
    shell.wait(lambda: shell.obj("emojiPicker").property("loaded"), what="the emoji")
    shell.type("party")
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: [c["key"] for c in timeline.row(0)["reactions"]] == ["🥳"], what="the reaction")
    _eventually(shell, lambda: _count_is(_relations(bob, room, target, "m.annotation"), 1), "on the server")


def test_a_mention_is_completed_and_sent_with_m_mentions(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _start(shell, synapse, new_user, ("Who is coming?",))
    shell.wait(lambda: shell.session.composer.mentionSuggestions("bo"), what="the members")
    shell.focus("composer")
    shell.type("@Bo")
    shell.wait(
        lambda: shell.obj("mentionCompleter").property("visible"),
        what="the completer",
    )
    shell.key(Qt.Key.Key_Tab)
    assert shell.prop("composer", "text") == "Bob "
    shell.type("me\n")
    sent = _newest_remote(shell, "Bob me")
    content = shell.run(_server_event(bob, room, sent))["content"]
    assert content["m.mentions"] == {"user_ids": [bob.user_id]}
    assert f'href="https://matrix.to/#/{bob.user_id}"' in content["formatted_body"]


def test_clicking_a_quote_jumps_to_an_old_message(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    messages = ("The very first message", *(f"filler {n}" for n in range(70)))
    _alice, bob, room = _start(shell, synapse, new_user, messages)
    timeline = shell.session.timeline
    assert _index_of_body(shell, "The very first message") < 0  # not loaded: 50 rows per page

    async def reply_to_first() -> None:
        transport = HttpxTransport()
        try:
            api = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
            page = await api.messages(room, from_token=None, direction="b", limit=100)
            first = next(
                e for e in page.chunk if e.get("content", {}).get("body") == "The very first message"
            )
            content = {
                "msgtype": "m.text",
                "body": "remember this?",
                "m.relates_to": {"m.in_reply_to": {"event_id": first["event_id"]}},
            }
            await api.send(room, "m.room.message", "jump-reply", content)
        finally:
            await transport.aclose()

    shell.run(reply_to_first())
    shell.wait(lambda: timeline.row(0)["body"] == "remember this?", what="the reply")
    shell.wait(lambda: timeline.row(0)["replyBody"] == "The very first message", what="the quote")
    shell.tap(shell.inside(_delegate(shell, timeline.row(0)["eventId"]), "replyQuote"))
    shell.wait(lambda: _index_of_body(shell, "The very first message") >= 0, what="history to load")
    index = _index_of_body(shell, "The very first message")
    assert timeline.row(index)["highlighted"] is True


def test_the_draft_of_each_room_is_kept(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, bob, first = _start(shell, synapse, new_user, ("one",))
    second = shell.run(_room_with(bob, alice, "Other", ("two",)))
    shell.wait(lambda: second in _room_ids(shell), what="the second room")
    shell.focus("composer")
    shell.type("half-written thought")
    reply_to = shell.session.timeline.row(0)["eventId"]
    shell.session.composer.startReply(reply_to)

    shell.session.openRoom(second)
    shell.wait(lambda: shell.prop("composer", "text") == "", what="an empty field in the other room")
    assert shell.session.composer.property("mode") == ""
    shell.run(shell.session.wait_idle())
    draft = shell.run(shell.session.session.draft(first))
    assert draft is not None and draft.text == "half-written thought" and draft.reply_to == reply_to

    shell.session.openRoom(first)
    shell.wait(lambda: shell.prop("composer", "text") == "half-written thought", what="the draft back")
    shell.wait(lambda: shell.session.composer.property("mode") == "reply", what="the reply back")


def test_rows_passing_under_the_pointer_while_scrolling_show_no_action_bar(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    lines = tuple(f"Line {n}: what we packed for the hut" for n in range(40))
    _start(shell, synapse, new_user, lines)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() >= 30, what="a screenful and more")
    view = shell.find("timeline")
    newest = timeline.row(0)["eventId"]
    row = _delegate(shell, newest)
    shell.hover(row)
    shell.wait(lambda: _has(shell, row, "replyButton"), what="the bar on hover")

    # the wheel or a flick moves the list under the resting pointer: no bar on any row meanwhile
    bars_while_moving: list[int] = []

    async def flicking() -> None:
        view.flick(0, 2000)  # towards older messages
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if view.property("moving"):
                shown = [r for r in shell.visual_children("timeline") if _has(shell, r, "replyButton")]
                bars_while_moving.append(len(shown))
            elif bars_while_moving:
                break  # it stopped
            await asyncio.sleep(0.01)

    shell.run(flicking())
    assert bars_while_moving, "the list did not move"
    assert max(bars_while_moving) == 0

    # at rest, the message under the pointer offers its actions again
    resting = next(
        r for r in shell.visual_children("timeline") if r.property("kind") == "message" and r.isVisible()
    )
    shell.hover(resting)
    shell.wait(lambda: _has(shell, resting, "replyButton"), what="the bar once the list stops")
