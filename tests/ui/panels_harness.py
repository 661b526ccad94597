"""A small window with the side panels and the pinned bar, for tests and screenshots.

It loads the app's real components (RightPanel.qml, PinnedBar.qml and what they use) with the
app's engine settings, beside a stand-in for the chat column, so the panels can be driven without
the whole main window. ``FakePanelSession`` gives them canned data (screenshots, unit tests);
integration tests pass a real :class:`~messenger_desktop.session.session.Session` instead.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
from PySide6.QtCore import QByteArray, QLocale, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from messenger_desktop.api.client import SearchPage, SearchResult
from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, RoomId, TxnId, UserId
from messenger_desktop.qt import translations
from messenger_desktop.qt.engine import NoNetworkFactory, resources_dir
from messenger_desktop.qt.room_panels import RoomPanels
from messenger_desktop.store.database import Database
from messenger_desktop.store.members import Member
from messenger_desktop.store.rows import OutboxItem, RoomSummary, TimelineRow
from tests.ui.shell import Shell

HARNESS = """
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ApplicationWindow {
    id: window

    required property var panels
    property string themeMode: "light"
    property var jumps: []
    property int closedCount: 0
    property int escapes: 0

    width: 1040
    height: 680
    visible: true
    color: Theme.window
    font.pixelSize: Theme.fontBody

    Binding {
        target: Theme
        property: "mode"
        value: window.themeMode
    }

    // as MainPage has: an Esc shortcut for the whole page
    Shortcut {
        sequence: "Esc"
        onActivated: window.escapes += 1
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            objectName: "chatColumn"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 56
                color: Theme.surface
                Avatar {
                    id: headerAvatar
                    x: Theme.s4
                    anchors.verticalCenter: parent.verticalCenter
                    size: 40
                    initials: "WT"
                    tint: "#7bc862"
                }
                Text {
                    anchors.left: headerAvatar.right
                    anchors.leftMargin: Theme.s3
                    anchors.verticalCenter: parent.verticalCenter
                    text: "Weekend trip"
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
            PinnedBar {
                Layout.fillWidth: true
                panels: window.panels
                onJumpRequested: (eventId) => window.jumps = window.jumps.concat([eventId])
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.chatBackground
            }
            Rectangle {
                objectName: "composerStandIn"
                Layout.fillWidth: true
                implicitHeight: 56
                color: Theme.surface
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
                Text {
                    x: Theme.s4
                    anchors.verticalCenter: parent.verticalCenter
                    text: "Write a message…"
                    color: Theme.placeholder
                }
            }
        }

        RightPanel {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            panels: window.panels
            onJumpRequested: (eventId) => window.jumps = window.jumps.concat([eventId])
            onClosed: window.closedCount += 1
        }
    }
}
"""


class PanelsWindow:
    """The harness window, with the helpers of :class:`~tests.ui.shell.Shell` for driving it."""

    run = Shell.run
    wait = Shell.wait
    find = Shell.find
    has = Shell.has
    obj = Shell.obj
    is_open = Shell.is_open
    visual_children = Shell.visual_children
    descendants = staticmethod(Shell.descendants)
    prop = Shell.prop
    focus = Shell.focus
    type = Shell.type
    key = Shell.key
    click = Shell.click
    tap = Shell.tap
    grab = Shell.grab

    def __init__(self, loop: asyncio.AbstractEventLoop, panels: RoomPanels) -> None:
        self.loop = loop
        self.panels = panels
        self.engine = QQmlApplicationEngine()
        factory = NoNetworkFactory()
        self.engine.setNetworkAccessManagerFactory(factory)
        self._factory = factory
        qml = resources_dir() / "qml"
        # English, as the app starts on an English system: its plurals ("5 results") come from
        # a translation too (without this, the test passed only after one that installed it)
        translations.apply("en", QLocale("en_US"), resources_dir() / "translations")
        self.engine.addImportPath(str(qml))
        self.engine.setInitialProperties({"panels": panels})
        # a file name in the app's QML directory: the components there are found by name
        self.engine.loadData(QByteArray(HARNESS.encode()), QUrl.fromLocalFile(str(qml / "PanelsHarness.qml")))
        roots = self.engine.rootObjects()
        assert roots and isinstance(roots[0], QQuickWindow), "the harness did not load"
        self.window: QQuickWindow = roots[0]
        self.window.requestActivate()

    def theme(self, mode: str) -> None:
        self.window.setProperty("themeMode", mode)

    def jumps(self) -> list[str]:
        """The event ids the QML components asked to be shown (their own signals)."""
        value = self.window.property("jumps")
        return list(value.toVariant() if hasattr(value, "toVariant") else value)

    def settle(self, seconds: float = 0.3) -> None:
        """Let animations (the pane's slide) finish."""
        self.run(asyncio.sleep(seconds))

    def close(self) -> None:
        self.run(self.panels.aclose())
        self.engine.deleteLater()
        self.window.deleteLater()
        self.run(asyncio.sleep(0.01))


# -- canned data --------------------------------------------------------------------------------

ROOM = RoomId("!trip:example.org")
ME = UserId("@alice:example.org")
NAMES = {
    "@alice:example.org": "Alice Martin",
    "@bob:example.org": "Bob Okafor",
    "@carol:example.org": "Carol Nguyen",
    "@dave:example.org": "Dave Kowalski",
    "@erin:example.org": "Erin Fischer",
    "@frank:example.org": "Frank Osei",
}
MINUTE = 60_000


def now_ms() -> int:
    return int(time.time() * 1000)


def message(
    event_id: str,
    sender: str,
    body: str,
    ts: int,
    *,
    thread: str | None = None,
    pos: int = 0,
    txn_id: str | None = None,
) -> TimelineRow:
    content: dict[str, Any] = {"msgtype": "m.text", "body": body}
    if thread:
        content["m.relates_to"] = {"rel_type": "m.thread", "event_id": thread}
    return TimelineRow(
        event_id=EventId(event_id),
        room_id=ROOM,
        chunk=1,
        pos=pos,
        type="m.room.message",
        kind=EventKind.MESSAGE,
        sender=UserId(sender),
        ts=ts,
        content=content,
        txn_id=TxnId(txn_id) if txn_id else None,
        rel_type="m.thread" if thread else None,
        rel_event=EventId(thread) if thread else None,
    )


def hit(
    event_id: str, sender: str, body: str, ts: int, before: tuple[str, str] | None = None
) -> SearchResult:
    event = {
        "event_id": event_id,
        "sender": sender,
        "type": "m.room.message",
        "origin_server_ts": ts,
        "content": {"msgtype": "m.text", "body": body},
    }
    context = ()
    if before is not None:
        context = (
            {
                "event_id": "$ctx" + event_id,
                "sender": before[0],
                "type": "m.room.message",
                "content": {"msgtype": "m.text", "body": before[1]},
            },
        )
    return SearchResult(event=event, before=context)


@dataclass
class FakePanelSession:
    """The session calls the panels make, answered from memory (and a real cache for state)."""

    db: Database
    user_id: UserId = ME
    members_list: list[Member] = field(default_factory=list)
    events: dict[str, TimelineRow] = field(default_factory=dict)
    threads: dict[str, tuple[TimelineRow, ...]] = field(default_factory=dict)
    pages: dict[tuple[str, str | None], SearchPage] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)
    pinned_calls: list[tuple[str, bool]] = field(default_factory=list)
    direct_started: list[str] = field(default_factory=list)
    searches: list[tuple[str, str | None]] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    fail_search: BaseException | None = None
    seq: int = 0

    async def members(self, room_id: RoomId) -> list[Member]:
        return list(self.members_list)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return dict(NAMES)

    async def thread(self, room_id: RoomId, root_event_id: EventId) -> tuple[TimelineRow, ...]:
        return self.threads.get(root_event_id, ())

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        return self.events.get(event_id)

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return []

    async def search(self, room_id: RoomId, term: str, next_batch: str | None = None) -> SearchPage:
        self.searches.append((term, next_batch))
        if self.fail_search is not None:
            raise self.fail_search
        return self.pages.get((term, next_batch), SearchPage((), None, 0))

    async def set_pinned(self, room_id: RoomId, event_id: EventId, pinned: bool) -> list[EventId]:
        self.pinned_calls.append((event_id, pinned))
        return []

    async def start_direct_chat(self, user_id: UserId) -> RoomId:
        self.direct_started.append(user_id)
        return RoomId("!direct:example.org")

    async def retry(self, txn_id: TxnId) -> None:
        self.retried.append(txn_id)

    async def room(self, room_id: RoomId) -> RoomSummary | None:
        return None

    def send_message(
        self,
        room_id: RoomId,
        text: str,
        *,
        mentions: Mapping[str, str] = {},
        reply_to: EventId | None = None,
        thread_root: EventId | None = None,
        thread_latest: EventId | None = None,
    ) -> OutboxItem:
        self.seq += 1
        content: dict[str, Any] = {"msgtype": "m.text", "body": text}
        if thread_root:
            content["m.relates_to"] = {"rel_type": "m.thread", "event_id": thread_root}
        self.sent.append({"room": room_id, "text": text, "thread_root": thread_root, "latest": thread_latest})
        return OutboxItem(
            self.seq, TxnId(f"txn{self.seq}"), room_id, "m.room.message", content, now_ms(), "queued"
        )


async def put_state(
    db: Database, room: str, etype: str, content: Mapping[str, Any], sender: str = ME
) -> None:
    def write(conn: Any) -> None:
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO state (room_id, type, state_key, event_id, sender, content)"
                " VALUES (?, ?, '', ?, ?, ?)",
                (
                    room,
                    etype,
                    f"$state-{etype}-{time.monotonic_ns()}",
                    sender,
                    orjson.dumps(content).decode(),
                ),
            )

    await db.run(write)


def member(user: str, membership: str = "join", level: int = 0) -> Member:
    return Member(UserId(user), NAMES.get(user, user), "", membership, level)


async def demo_session(path: Path) -> FakePanelSession:
    """A group conversation with members, a thread, search results and three pinned messages."""
    db = Database(path)
    await db.open()
    fake = FakePanelSession(db)
    now = now_ms()
    fake.members_list = [
        member("@alice:example.org", level=100),
        member("@bob:example.org", level=50),
        member("@carol:example.org"),
        member("@dave:example.org"),
        member("@erin:example.org", "invite"),
        member("@frank:example.org", "invite"),
    ]
    root = message(
        "$root", "@bob:example.org", "Who's bringing the tent? Mine has a broken pole 😅", now - 95 * MINUTE
    )
    fake.events["$root"] = root
    fake.threads["$root"] = (
        message(
            "$r1",
            "@carol:example.org",
            "I have a 3-person one, it's a bit heavy though.",
            now - 90 * MINUTE,
            thread="$root",
            pos=1,
        ),
        message(
            "$r2",
            "@carol:example.org",
            "Can fit in Dave's car if he has room.",
            now - 89 * MINUTE,
            thread="$root",
            pos=2,
        ),
        message(
            "$r3", "@dave:example.org", "Plenty of room, bring it!", now - 60 * MINUTE, thread="$root", pos=3
        ),
    )
    for pin, (who, text, ago) in {
        "$p1": ("@carol:example.org", "Campsite booked: Lakeside, pitch 14, check-in from 2 pm", 3000),
        "$p2": ("@bob:example.org", "Packing list is in the shared doc — add anything missing", 2000),
        "$p3": ("@dave:example.org", "Meeting point Saturday 8:00 at the station, I'll drive", 100),
    }.items():
        fake.events[pin] = message(pin, who, text, now - ago * MINUTE)
    await put_state(fake.db, ROOM, "m.room.pinned_events", {"pinned": ["$p1", "$p2", "$p3"]})
    await put_state(fake.db, ROOM, "m.room.power_levels", {"users": {ME: 100, "@bob:example.org": 50}})
    fake.pages[("tent", None)] = SearchPage(
        (
            hit(
                "$root",
                "@bob:example.org",
                "Who's bringing the tent? Mine has a broken pole 😅",
                now - 95 * MINUTE,
                ("@alice:example.org", "Packing list is up!"),
            ),
            hit(
                "$s2",
                "@carol:example.org",
                "The tent pegs are in my garage, <b>not</b> lost after all",
                now - 26 * 60 * MINUTE,
            ),
            hit(
                "$s3",
                "@dave:example.org",
                "Last year the tent flooded, let's pick a higher pitch this time "
                "and maybe bring a tarp as well, plus some extra rope for the rain fly",
                now - 9 * 24 * 60 * MINUTE,
                ("@bob:example.org", "Remember last year?"),
            ),
        ),
        "batch-2",
        5,
        ("tent",),
    )
    fake.pages[("tent", "batch-2")] = SearchPage(
        (
            hit("$s4", "@erin:example.org", "Tent or cabin? I vote cabin", now - 40 * 24 * 60 * MINUTE),
            hit("$s5", "@bob:example.org", "Found my old tent", now - 41 * 24 * 60 * MINUTE),
        ),
        None,
        5,
        ("tent",),
    )
    return fake


def model_rows(model: Any) -> list[dict[str, Any]]:
    names = [bytes(n).decode() for n in model.roleNames().values()]
    roles = list(model.roleNames().keys())
    return [
        {name: model.data(model.index(i), role) for name, role in zip(names, roles, strict=True)}
        for i in range(model.rowCount())
    ]


def items_named(window: PanelsWindow, container: str, name: str) -> list[Any]:
    return [i for i in window.visual_children(container) if i.objectName() == name and i.isVisible()]


__all__ = [
    "ME",
    "ROOM",
    "FakePanelSession",
    "PanelsWindow",
    "demo_session",
    "hit",
    "items_named",
    "member",
    "message",
    "model_rows",
    "put_state",
]
