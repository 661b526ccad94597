"""The side panels and the pinned bar as a user meets them: search, members, a thread, pins.

The first tests drive the real QML with canned data (keyboard paths, states, screenshots in both
themes); the integration tests put a real session against Synapse behind the same window and
check that what the user did reached the server.

Screenshots go to ``$PANEL_SCREENSHOTS`` when it is set (e.g. ``/tmp``), else to a temporary
directory: look at them after changing the panels.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.ids import TxnId, UserId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.room_panels import RoomPanels
from messenger_desktop.session.changes import ChangeSet
from messenger_desktop.session.session import Session
from messenger_desktop.store.rows import OutboxItem
from tests.support.core import login, open_session, until_async
from tests.support.synapse import UserFactory
from tests.ui.panels_harness import (
    ME,
    ROOM,
    FakePanelSession,
    PanelsWindow,
    demo_session,
    items_named,
    model_rows,
)

RETURN = Qt.Key.Key_Return


def _shots(tmp_path: Path) -> Path:
    chosen = os.environ.get("PANEL_SCREENSHOTS")
    return Path(chosen) if chosen else tmp_path


@pytest.fixture
def demo(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[tuple[PanelsWindow, FakePanelSession]]:
    fake: FakePanelSession = loop.run_until_complete(demo_session(tmp_path / "cache.db"))
    panels = RoomPanels(fake, ME)
    window = PanelsWindow(loop, panels)
    panels.setRoom(ROOM)
    window.run(panels.wait_idle())
    window.settle()  # the pinned bar has appeared and the layout has placed it
    yield window, fake
    window.close()
    loop.run_until_complete(fake.db.close())


def _open(window: PanelsWindow, show: Callable[[], None]) -> None:
    show()
    window.run(window.panels.wait_idle())
    window.settle()


# -- canned data ---------------------------------------------------------------------------------


def test_screenshots_of_the_panels_in_both_themes(
    demo: tuple[PanelsWindow, FakePanelSession], tmp_path: Path
) -> None:
    window, _ = demo
    panels = window.panels
    out = _shots(tmp_path)
    panels.apply_presence({UserId("@bob:example.org"): "online", UserId("@carol:example.org"): "unavailable"})
    for theme in ("light", "dark"):
        window.theme(theme)
        _open(window, panels.showMembers)
        assert window.prop("rightPanel", "width") == 320
        window.grab(out / f"panel-members-{theme}.png")

        bob = next(
            i
            for i in items_named(window, "memberList", "memberDelegate")
            if i.property("name") == "Bob Okafor"
        )
        window.tap(bob)
        window.wait(lambda: window.is_open("profilePopup"), what="the profile")
        window.settle()
        window.grab(out / f"panel-profile-{theme}.png")
        window.key(Qt.Key.Key_Escape)
        window.wait(lambda: not window.obj("profilePopup").property("visible"), what="the profile to close")

        _open(window, lambda: panels.openThread("$root"))
        window.grab(out / f"panel-thread-{theme}.png")

        _open(window, panels.showSearch)
        window.grab(out / f"panel-search-empty-{theme}.png")
        window.focus("searchField").setProperty("text", "tent")
        window.key(RETURN, text="\r")
        window.run(panels.wait_idle())
        window.grab(out / f"panel-search-{theme}.png")
        window.find("searchField").setProperty("text", "")

        panels.close()
        window.settle()
        window.grab(out / f"panel-closed-{theme}.png")
        assert window.find("rightPanel").property("visible") is False


def test_search_from_the_keyboard_then_jump_to_a_result(demo: tuple[PanelsWindow, FakePanelSession]) -> None:
    window, fake = demo
    panels = window.panels
    jumps: list[str] = []
    panels.jumpRequested.connect(jumps.append)
    _open(window, panels.showSearch)
    assert window.find("searchField").hasActiveFocus()
    assert "type a word and press Enter" in window.prop("searchStateText", "text")

    window.type("tent")
    window.key(RETURN, text="\r")
    window.wait(lambda: len(items_named(window, "searchInRoom", "searchResult")) == 3, what="three results")
    assert window.prop("searchSummary", "text") == "5 results"
    bodies = [i.property("bodyHtml") for i in items_named(window, "searchInRoom", "searchResult")]
    assert "<b><font>tent</font></b>" in bodies[0]

    window.click("searchLoadMore")
    window.wait(lambda: len(items_named(window, "searchInRoom", "searchResult")) == 5, what="five results")
    assert not window.find("searchLoadMore").isVisible()

    window.focus("searchField")
    window.key(Qt.Key.Key_Down)
    assert window.find("searchResults").hasActiveFocus()
    window.key(Qt.Key.Key_Down)
    window.key(RETURN, text="\r")
    assert jumps == ["$s2"]
    assert window.jumps() == ["$s2"]

    # nothing found, then an error: each says so where the results would be
    window.focus("searchField").setProperty("text", "")
    window.type("zebra")
    window.key(RETURN, text="\r")
    window.run(panels.wait_idle())
    assert window.prop("searchStateText", "text") == "No messages match “zebra”"
    fake.fail_search = TimeoutError("slow")
    window.key(RETURN, text="\r")
    window.run(panels.wait_idle())
    assert window.prop("searchStateText", "text").startswith("Something went wrong")
    assert window.find("searchRetry").isVisible()


def test_escape_clears_the_field_then_closes_the_panel(demo: tuple[PanelsWindow, FakePanelSession]) -> None:
    window, _ = demo
    panels = window.panels
    _open(window, panels.showSearch)
    window.type("tent")
    window.key(Qt.Key.Key_Escape)
    assert window.prop("searchField", "text") == ""
    assert panels.property("panel") == "search"
    window.key(Qt.Key.Key_Escape)
    assert panels.property("panel") == ""
    assert window.window.property("escapes") == 0, "the page's Esc shortcut fired too"
    assert window.window.property("closedCount") == 1

    _open(window, lambda: panels.openThread("$root"))
    assert window.find("threadComposer").hasActiveFocus()
    window.key(Qt.Key.Key_Escape)
    assert panels.property("panel") == ""


def test_members_from_the_keyboard(demo: tuple[PanelsWindow, FakePanelSession]) -> None:
    window, fake = demo
    panels = window.panels
    _open(window, panels.showMembers)
    assert window.find("memberFilter").hasActiveFocus()
    window.type("car")
    assert panels.property("members").rowCount() == 1
    window.key(Qt.Key.Key_Down)
    window.key(RETURN, text="\r")
    window.wait(lambda: window.is_open("profilePopup"), what="the profile")
    assert window.prop("profileName", "text") == "Carol Nguyen"
    assert window.prop("profileUserId", "text") == "@carol:example.org"
    assert window.find("profileMessageButton").hasActiveFocus()
    window.key(RETURN, text="\r")
    window.run(panels.wait_idle())
    window.wait(lambda: not window.obj("profilePopup").property("visible"), what="the profile to close")
    assert fake.direct_started == ["@carol:example.org"]


def test_the_pinned_bar_cycles_and_unpins(demo: tuple[PanelsWindow, FakePanelSession]) -> None:
    window, fake = demo
    panels = window.panels
    assert window.find("pinnedBar").isVisible()
    assert "Dave Kowalski" in window.prop("pinnedText", "text")
    window.tap(window.find("pinnedMessageButton"))
    assert window.jumps() == ["$p3"]
    assert panels.property("pinnedIndex") == 1
    window.click("pinnedMessageButton")  # Space on the focused bar
    assert window.jumps() == ["$p3", "$p2"]
    window.click("unpinButton")
    window.run(panels.wait_idle())
    assert fake.pinned_calls == [("$p1", False)]
    assert panels.property("pinnedCount") == 2


def test_a_thread_reply_that_failed_can_be_sent_again(demo: tuple[PanelsWindow, FakePanelSession]) -> None:
    window, fake = demo
    panels = window.panels
    _open(window, lambda: panels.openThread("$root"))
    window.type("count me in")
    window.key(RETURN, text="\r")
    assert fake.sent[-1]["thread_root"] == "$root"
    content = {
        "msgtype": "m.text",
        "body": "count me in",
        "m.relates_to": {"rel_type": "m.thread", "event_id": "$root"},
    }
    failed = OutboxItem(1, TxnId("txn1"), ROOM, "m.room.message", content, 1, "failed", error="Too large.")
    panels.apply_changes(ChangeSet(outbox=(failed,)))
    window.settle(0.05)
    (retry,) = items_named(window, "threadPanel", "threadRetryButton")
    retry.forceActiveFocus()
    window.key(Qt.Key.Key_Space, text=" ")
    window.run(panels.wait_idle())
    assert fake.retried == ["txn1"]


# -- against Synapse ---------------------------------------------------------------------------------


async def _api(creds: Credentials, transport: HttpxTransport) -> MatrixApi:
    return MatrixApi(creds.homeserver, transport, access_token=creds.access_token)


async def _group(
    alice: Credentials, bob: Credentials, name: str, lines: tuple[str, ...]
) -> tuple[RoomId, list[str]]:
    """Bob makes a room, Alice joins, Bob posts ``lines``; returns the room and the event ids."""
    transport = HttpxTransport()
    try:
        b = await _api(bob, transport)
        a = await _api(alice, transport)
        room = await b.create_room(name=name, invite=(alice.user_id,), preset="private_chat")
        await a.join(room)
        ids = []
        for number, text in enumerate(lines):
            content = {"msgtype": "m.text", "body": text}
            ids.append(await b.send(room, "m.room.message", f"panel-{number}-{room}", content))
        return room, ids
    finally:
        await transport.aclose()


async def _server(creds: Credentials, method: str, path: str, body: Any = None) -> Any:
    transport = HttpxTransport()
    try:
        return await (await _api(creds, transport)).request(method, path, body=body)
    finally:
        await transport.aclose()


@pytest.fixture
def people(
    loop: asyncio.AbstractEventLoop, synapse: LocalSynapse, new_user: UserFactory
) -> dict[str, Credentials]:
    found = {}
    for key, name in (("alice", "Alice Martin"), ("bob", "Bob Okafor")):
        user_id, password = new_user(key, displayname=name)
        found[key] = loop.run_until_complete(login(synapse.base_url, user_id, password))
    return found


async def _has_room(session: Session, room: RoomId) -> bool:
    return await session.room(room) is not None


@pytest.fixture
def live(
    loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> Iterator[Callable[[Credentials, RoomId], PanelsWindow]]:
    """``live(creds, room)``: a real session for ``creds`` with the panels window on ``room``."""
    opened: list[tuple[Session, PanelsWindow]] = []

    def start(creds: Credentials, room: RoomId) -> PanelsWindow:
        session, _ = loop.run_until_complete(open_session(tmp_path / "profile", creds))
        panels = RoomPanels(session, session.user_id)
        session.subscribe(panels.apply_changes)
        window = PanelsWindow(loop, panels)
        opened.append((session, window))

        window.run(until_async(lambda: _has_room(session, room), what="the room in the cache"), 35)
        panels.setRoom(room)
        window.run(panels.wait_idle())
        return window

    yield start
    for session, window in opened:
        window.close()
        loop.run_until_complete(session.close())


@pytest.mark.integration
def test_typing_a_term_and_enter_finds_the_message_on_the_server(
    loop: asyncio.AbstractEventLoop,
    people: dict[str, Credentials],
    live: Callable[[Credentials, RoomId], PanelsWindow],
) -> None:
    alice, bob = people["alice"], people["bob"]
    room, ids = loop.run_until_complete(
        _group(alice, bob, "Trip", ("The campsite is by the lake", "Bring a torch", "The lake is cold"))
    )
    window = live(alice, room)
    window.panels.showSearch()
    window.settle()
    window.focus("searchField")
    window.type("campsite")
    window.key(RETURN, text="\r")
    window.wait(lambda: items_named(window, "searchInRoom", "searchResult"), what="a result", timeout=30)
    results = model_rows(window.panels.property("searchResults"))
    assert [r["eventId"] for r in results] == [ids[0]]
    assert results[0]["senderName"] == "Bob Okafor"
    assert "<b><font>campsite</font></b>" in results[0]["bodyHtml"]

    jumps: list[str] = []
    window.panels.jumpRequested.connect(jumps.append)
    window.settle()
    window.tap(items_named(window, "searchInRoom", "searchResult")[0])
    assert jumps == [ids[0]]


@pytest.mark.integration
def test_clicking_a_member_opens_their_profile_and_message_starts_a_chat(
    loop: asyncio.AbstractEventLoop,
    people: dict[str, Credentials],
    live: Callable[[Credentials, RoomId], PanelsWindow],
) -> None:
    alice, bob = people["alice"], people["bob"]
    room, _ = loop.run_until_complete(_group(alice, bob, "Club", ("hi",)))
    window = live(alice, room)
    panels = window.panels
    panels.showMembers()
    window.wait(lambda: panels.property("members").rowCount() == 2, what="two members", timeout=30)
    window.settle()
    rows = model_rows(panels.property("members"))
    # Bob created the room: its owner (room version 12 makes creators outrank every level)
    assert [(r["name"], r["badge"]) for r in rows] == [("Bob Okafor", "Owner"), ("Alice Martin", "")]

    bob_item = next(
        i for i in items_named(window, "memberList", "memberDelegate") if i.property("userId") == bob.user_id
    )
    window.tap(bob_item)
    window.wait(lambda: window.is_open("profilePopup"), what="the profile")
    assert window.prop("profileName", "text") == "Bob Okafor"
    assert window.prop("profileBadge", "text") == "Owner"

    opened: list[str] = []
    panels.openRoomRequested.connect(opened.append)
    window.tap(window.find("profileMessageButton"))
    window.wait(lambda: opened, what="the direct chat", timeout=30)
    members = window.run(_server(alice, "GET", f"/_matrix/client/v3/rooms/{opened[0]}/members"))
    assert {e["state_key"]: e["content"]["membership"] for e in members["chunk"]} == {
        alice.user_id: "join",
        bob.user_id: "invite",
    }
    window.wait(lambda: not window.obj("profilePopup").property("visible"), what="the profile to close")


@pytest.mark.integration
def test_replying_in_a_thread_reaches_the_server(
    loop: asyncio.AbstractEventLoop,
    people: dict[str, Credentials],
    live: Callable[[Credentials, RoomId], PanelsWindow],
) -> None:
    alice, bob = people["alice"], people["bob"]
    room, ids = loop.run_until_complete(_group(alice, bob, "Plans", ("Who brings the tent?",)))
    root = ids[0]
    window = live(alice, room)
    panels = window.panels
    panels.openThread(root)
    window.run(panels.wait_idle())
    window.settle()
    thread = panels.property("threadMessages")
    assert model_rows(thread)[0]["body"] == "Who brings the tent?"
    assert window.find("threadComposer").hasActiveFocus()

    window.type("I will")
    window.key(RETURN, text="\r")
    assert model_rows(thread)[-1]["body"] == "I will"  # the echo, at once
    assert window.prop("threadComposer", "text") == ""

    async def on_server() -> list[dict[str, Any]]:
        while True:
            data = await _server(alice, "GET", f"/_matrix/client/v1/rooms/{room}/relations/{root}/m.thread")
            if data["chunk"]:
                return list(data["chunk"])
            await asyncio.sleep(0.1)

    replies = window.run(on_server(), 30)
    assert [e["content"]["body"] for e in replies] == ["I will"]
    assert replies[0]["sender"] == alice.user_id
    # the server's copy replaces the echo in place once sync brings it
    window.wait(lambda: model_rows(thread)[-1]["eventId"] == replies[0]["event_id"], what="the echo settled")
    assert thread.rowCount() == 2


@pytest.mark.integration
def test_the_pinned_bar_shows_a_pinned_message_and_unpins_it(
    loop: asyncio.AbstractEventLoop,
    people: dict[str, Credentials],
    live: Callable[[Credentials, RoomId], PanelsWindow],
) -> None:
    alice, bob = people["alice"], people["bob"]
    room, ids = loop.run_until_complete(_group(alice, bob, "Pins", ("Meet at 8 at the station", "ok")))
    window = live(alice, room)
    assert not window.find("pinnedBar").isVisible()
    # Bob pins his message; Alice sees it after the next sync
    window.run(
        _server(
            bob, "PUT", f"/_matrix/client/v3/rooms/{room}/state/m.room.pinned_events/", {"pinned": [ids[0]]}
        )
    )
    window.wait(lambda: window.find("pinnedBar").isVisible(), what="the pinned bar", timeout=30)
    window.wait(lambda: "Meet at 8" in window.prop("pinnedText", "text"), what="the pinned text")
    assert window.panels.property("pinnedSender") == "Bob Okafor"
    assert not window.find("unpinButton").isVisible()  # Alice may not change pins (power level 0)

    jumps: list[str] = []
    window.panels.jumpRequested.connect(jumps.append)
    window.settle()
    window.tap(window.find("pinnedMessageButton"))
    assert jumps == [ids[0]]

    # Bob makes Alice a moderator: now she may unpin
    window.run(
        _server(
            bob,
            "PUT",
            f"/_matrix/client/v3/rooms/{room}/state/m.room.power_levels/",
            {"users": {alice.user_id: 50}},  # Bob created the room: he outranks any level
        )
    )
    window.wait(lambda: window.find("unpinButton").isVisible(), what="the unpin button", timeout=30)
    window.click("unpinButton")
    window.run(window.panels.wait_idle())
    state = window.run(_server(alice, "GET", f"/_matrix/client/v3/rooms/{room}/state/m.room.pinned_events/"))
    assert state["pinned"] == []
    window.wait(lambda: not window.find("pinnedBar").isVisible(), what="the bar to go")
