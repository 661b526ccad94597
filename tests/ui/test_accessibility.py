"""What a screen reader user meets: every control on every main screen has a name, and the
keyboard reaches the important ones with a visible focus ring.

The screens are opened one after another as a user opens them, against a real Synapse; on each,
every item drawn is checked through Qt's accessibility interface (what AT-SPI hands to Orca).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.localserver.demo_avatars import tent
from tests.support.core import login
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui import organise_scenes
from tests.ui.accessibility_audit import (
    Offender,
    accessible_description,
    accessible_name,
    accessible_role,
    describe,
    pointer_only,
    shown_items,
    source_of,
    unnamed_controls,
)
from tests.ui.shell import Shell
from tests.ui.test_conversations import _send_many
from tests.ui.test_media_ui import _send_upload
from tests.ui.test_organise import _role, _row_item
from tests.ui.test_screenshots import _four_people, _seed
from tests.ui.test_shell import _invite_and_join, _people, _room_ids, _room_with, _say

pytestmark = pytest.mark.integration


@pytest.fixture
def reader(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Shell]:
    """The app with accessibility on, as when a screen reader is running (controls fill in their
    names only then)."""
    QAccessible.setActive(True)
    app_shell = Shell(loop, tmp_path / "profile")
    try:
        yield app_shell
    finally:
        app_shell.close()
        QAccessible.setActive(False)


MOUSE_SHORTCUTS = {
    ("MediaContent.qml", "QQuickRectangle"): "a click on a picture opens it, as Enter on its message does",
    ("MediaViewer.qml", "QQuickFocusScope"): "a click beside the picture closes, as Esc and Close do",
    ("MediaViewer.qml", "viewerImage"): "a double click zooms, as + and - do (its description says so)",
}
"""Clicks that only repeat what a named control or a key does (with why); not offenders."""


class Audit:
    """Offenders found screen by screen, reported together at the end."""

    def __init__(self) -> None:
        self.found: dict[str, list[Offender]] = {}

    def check(self, screen: str) -> None:
        clicks = [o for o in pointer_only() if source_of(o.item) not in MOUSE_SHORTCUTS]
        offenders = unnamed_controls() + clicks
        if offenders:
            self.found.setdefault(screen, []).extend(offenders)

    def report(self) -> str:
        lines = []
        seen = set()
        for screen, offenders in self.found.items():
            for offender in offenders:
                text = offender.describe()
                if text in seen:
                    continue
                seen.add(text)
                lines.append(f"[{screen}] {text}")
        return "\n".join(lines)


def test_the_sign_in_form_names_every_control(reader: Shell) -> None:
    reader.start()
    assert reader.controller.screen == "login"
    audit = Audit()
    audit.check("sign in")
    assert not audit.found, "unnamed controls:\n" + audit.report()


# -- the conversation and what opens from it -----------------------------------------------------


def _conversation(reader: Shell, synapse: LocalSynapse, new_user: UserFactory) -> dict[str, Credentials]:
    """Alice signed in, the trip group open: messages, reactions, a reply, a thread, an edit and
    Bob's photo. The four people, by first name."""
    people = _four_people(reader, synapse, new_user)
    trip, _direct = reader.run(_seed(people))
    photo = {"msgtype": "m.image", "body": "tent.png", "info": {"w": 256, "h": 256, "mimetype": "image/png"}}
    reader.run(_send_upload(people["bob"], trip, tent(), "image/png", photo))
    reader.start(people["alice"])
    reader.wait(lambda: reader.session.rooms.rowCount() == 4, what="three conversations and an invitation")
    reader.session.openRoom(trip)
    timeline = reader.session.timeline
    reader.wait(lambda: timeline.rowCount() > 0 and timeline.row(0)["msgtype"] == "m.image", what="the photo")
    reader.wait(
        lambda: any(
            i.property("loaded") for i in reader.visual_children("timeline") if i.objectName() == "mediaImage"
        ),
        what="the photo to load",
    )
    reader.run(reader.session.wait_idle())
    return people


def _open_popup(reader: Shell, name: str) -> None:
    reader.wait(lambda: reader.is_open(name), what=name)
    reader.run(asyncio.sleep(0.05))


def _close_popup(reader: Shell, name: str) -> None:
    reader.key(Qt.Key.Key_Escape)
    reader.wait(lambda: not reader.obj(name).property("visible"), what=f"{name} to close")


def test_the_conversation_and_its_panels_name_every_control(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _conversation(reader, synapse, new_user)
    audit = Audit()
    audit.check("conversation")
    message = next(
        i
        for i in reader.visual_children("timeline")
        if i.property("kind") == "message" and i.property("replyTo")
    )
    reader.hover(message)
    audit.check("action bar")
    reader.tap(reader.inside(message, "bubble"), Qt.MouseButton.RightButton)
    _open_popup(reader, "messageMenu")
    audit.check("message menu")
    _close_popup(reader, "messageMenu")

    reader.click("membersButton")

    def members() -> list[QQuickItem]:
        return [i for i in reader.visual_children("memberListView") if i.objectName() == "memberDelegate"]

    reader.wait(lambda: len(members()) == 4, what="the four members")
    audit.check("members")
    member = members()[0]
    reader.tap(member)
    _open_popup(reader, "profilePopup")
    audit.check("profile")
    _close_popup(reader, "profilePopup")
    reader.click("rolesButton")
    _open_popup(reader, "powerLevelEditor")
    audit.check("roles editor")
    _close_popup(reader, "powerLevelEditor")

    timeline = reader.session.timeline
    root = next(
        timeline.row(i)["eventId"] for i in range(timeline.rowCount()) if timeline.row(i)["threadCount"]
    )
    reader.session.panels.openThread(root)
    reader.wait(lambda: reader.session.panels.property("panel") == "thread", what="the thread")
    reader.run(reader.session.wait_idle())
    audit.check("thread")

    reader.click("searchButton")
    reader.focus("searchField")
    reader.type("tent\n")
    reader.run(reader.session.wait_idle())
    reader.run(asyncio.sleep(0.5))
    audit.check("search")
    assert not audit.found, "unnamed controls:\n" + audit.report()


def test_the_dialogs_name_every_control(reader: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    _conversation(reader, synapse, new_user)
    audit = Audit()
    reader.click("conversationMenuButton")
    _open_popup(reader, "conversationMenu")
    audit.check("conversation menu")
    reader.click("inviteMenuItem")
    _open_popup(reader, "inviteDialog")
    audit.check("invite")
    _close_popup(reader, "inviteDialog")
    reader.click("conversationMenuButton")
    _open_popup(reader, "conversationMenu")
    reader.click("roomSettingsMenuItem")
    _open_popup(reader, "roomSettings")
    audit.check("room settings")
    _close_popup(reader, "roomSettings")

    reader.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "n")
    _open_popup(reader, "newChatDialog")
    audit.check("new chat")
    _close_popup(reader, "newChatDialog")

    reader.click("accountMenuButton")
    _open_popup(reader, "accountMenu")
    audit.check("account menu")
    reader.click("newFolderButton")
    _open_popup(reader, "folderDialog")
    audit.check("folder")
    _close_popup(reader, "folderDialog")

    reader.click("emojiButton")
    _open_popup(reader, "emojiPicker")
    reader.wait(lambda: reader.obj("emojiPicker").property("loaded"), what="the emoji")
    audit.check("emoji picker")
    _close_popup(reader, "emojiPicker")
    reader.click("stickerButton")
    _open_popup(reader, "stickerPicker")
    audit.check("sticker picker")
    _close_popup(reader, "stickerPicker")

    reader.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    _open_popup(reader, "quickSwitcher")
    reader.type("bo")
    audit.check("quick switcher")
    _close_popup(reader, "quickSwitcher")

    book_club = next(r for r in _room_ids(reader) if _role(reader, r, "name") == "Book club")
    reader.tap(_row_item(reader, book_club), Qt.MouseButton.RightButton)
    _open_popup(reader, "roomMenu")
    audit.check("conversation's row menu")
    _close_popup(reader, "roomMenu")

    reader.focus("composer")
    reader.key(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the newest message: the photo
    reader.key(Qt.Key.Key_Return, text="\r")
    _open_popup(reader, "mediaViewer")
    audit.check("media viewer")
    _close_popup(reader, "mediaViewer")

    reader.key(Qt.Key.Key_F1)
    _open_popup(reader, "shortcutsSheet")
    audit.check("shortcuts")
    _close_popup(reader, "shortcutsSheet")
    reader.click("accountMenuButton")
    _open_popup(reader, "accountMenu")
    menu = reader.obj("accountMenu")
    before = None
    while menu.property("currentIndex") != before:  # down to Help, the last entry
        before = menu.property("currentIndex")
        reader.key(Qt.Key.Key_Down)
    reader.key(Qt.Key.Key_Right)
    _open_popup(reader, "helpMenu")
    audit.check("help menu")
    reader.click("aboutMenuItem")
    _open_popup(reader, "aboutDialog")
    audit.check("about")
    _close_popup(reader, "aboutDialog")

    reader.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    _open_popup(reader, "settingsDialog")
    dialog = reader.obj("settingsDialog")
    sections = reader.focus("settingsSections")
    for index in range(int(sections.property("count"))):
        if index:
            reader.key(Qt.Key.Key_Down)
        reader.run(asyncio.sleep(0.1))
        section = dialog.property("section")
        audit.check(f"settings: {section}")
        if section == "network":  # the proxy's rows (a password among them) show with a proxy
            reader.tap(_shown_inside("setting_proxyMode", "choice_http"))
            reader.run(asyncio.sleep(0.1))
            audit.check("settings: network through a proxy")
            reader.tap(_shown_inside("setting_proxyMode", "choice_none"))
            reader.focus("settingsSections")
    assert not audit.found, "unnamed controls:\n" + audit.report()


def _shown_inside(outer: str, name: str) -> QQuickItem:
    """The item ``name`` drawn inside the item ``outer`` (delegates have no QObject parent)."""
    for item in shown_items():
        if item.objectName() == name and outer in _names_around(item):
            return item
    raise AssertionError(f"no {name} inside {outer} on screen")


# -- lists ---------------------------------------------------------------------------------------


def test_lists_say_what_their_rows_are_with_unread_counts_and_presence(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    people = _conversation(reader, synapse, new_user)
    Role = QAccessible.Role
    assert accessible_role(reader.find("timeline")) == Role.List
    messages = [
        i for i in reader.visual_children("timeline") if i.inherits("QQuickItem") and i.property("kind")
    ]
    assert messages and all(accessible_role(m) == Role.ListItem for m in messages)
    photo = next(m for m in messages if m.property("hasMedia"))
    assert accessible_name(photo).startswith("Bob Okafor at ")

    assert accessible_role(reader.find("roomList")) == Role.List
    rows = {str(r.property("name")): r for r in reader.visual_children("roomList") if r.property("roomId")}
    assert all(accessible_role(r) == Role.ListItem for r in rows.values())
    direct = rows["Bob Okafor"]
    assert accessible_name(direct) == "Bob Okafor"
    unread = direct.property("unread")
    count = "1 unread message" if unread == 1 else f"{unread} unread messages"
    # as the row shows it: the count, the last message (no sender in a direct chat), its time
    assert accessible_description(direct).startswith(f"{count}, 👍, ")
    assert accessible_description(rows["Board games night"]).startswith("Invitation")

    reader.click("membersButton")

    def members() -> list[QQuickItem]:
        return [i for i in reader.visual_children("memberListView") if i.objectName() == "memberDelegate"]

    reader.wait(lambda: len(members()) == 4, what="the four members")
    # the sync asks for no presence (the filter leaves it out); the panel shows what it is given
    bob, carol = people["bob"].user_id, people["carol"].user_id
    reader.session.panels.apply_presence({bob: "online", carol: "unavailable"})

    def presence_of(name: str) -> str:
        return next(str(m.property("presence")) for m in members() if m.property("name") == name)

    reader.wait(
        lambda: (presence_of("Bob Okafor"), presence_of("Carol Nguyen")) == ("online", "unavailable"),
        what="Bob online and Carol away",
    )
    words = {"online": "online", "unavailable": "away", "offline": "", "": ""}
    for member in members():
        assert accessible_role(member) == Role.ListItem
        assert accessible_description(member) == words[member.property("presence")], accessible_name(member)


# -- the keyboard ----------------------------------------------------------------------------------


def _region(item: QQuickItem) -> QRect:
    """Where ``item`` is drawn in its window, with a pixel around it (a ring may be drawn there)."""
    drawn = item.mapRectToScene(QRectF(0, 0, item.width(), item.height())).toAlignedRect()
    return drawn.adjusted(-2, -2, 2, 2)


def _look(reader: Shell) -> QImage:
    async def grabbing() -> QImage:
        await asyncio.sleep(0.05)  # bindings, layouts and short animations settle
        return reader.window.grabWindow()

    return reader.run(grabbing())


def _marked(item: QQuickItem) -> QQuickItem:
    """What shows the focus: a list shows it on its current row."""
    current = item.property("currentItem") if item.inherits("QQuickListView") else None
    return current if isinstance(current, QQuickItem) and current.isVisible() else item


def _list_of(item: QQuickItem) -> QQuickItem | None:
    current: QQuickItem | None = item
    while current is not None and not current.inherits("QQuickListView"):
        current = current.parentItem()
    return current


def _together(one: QQuickItem, other: QQuickItem) -> bool:
    """The same item, or both in one list (which shows its focused row while either has it)."""
    return one is other or (_list_of(one) is not None and _list_of(one) is _list_of(other))


class FocusWalk:
    """Keys pressed one after the other; at each stop, the focused item and how the window looks."""

    def __init__(self, reader: Shell) -> None:
        self.reader = reader
        self.stops: list[tuple[QQuickItem, QRect, QImage, object]] = []

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> QQuickItem:
        self.reader.key(key, modifiers)
        item = self.reader.window.activeFocusItem()
        assert item is not None, f"nothing has the focus after {key.name}"
        look = _look(self.reader)  # first: the item's place is known once the layout settled
        self.stops.append((item, _region(_marked(item)), look, item.property("visualFocus")))
        return item

    @property
    def reached(self) -> list[QQuickItem]:
        return [item for item, _, _, _ in self.stops]

    def unseen(self) -> list[str]:
        """The stops where the focus did not show: a control without visualFocus, or nothing
        drawn differently where the focus was once it moved on."""
        found = []
        for index, (item, where, focused, visual) in enumerate(self.stops):
            away = next(
                (look for later, _, look, _ in self.stops[index + 1 :] if not _together(later, item)), None
            )
            if away is None:
                continue
            if visual is False:
                found.append(f"no visualFocus: {describe(item)}")
            elif focused.copy(where) == away.copy(where):
                found.append(f"looks the same focused and not: {describe(item)}")
        return found


def _settings_page(reader: Shell, page: str) -> None:
    """Show the settings' ``page`` as a keyboard user does: Up or Down in the sections."""
    dialog = reader.obj("settingsDialog")
    sections = reader.focus("settingsSections")
    for _ in range(int(sections.property("count"))):
        if dialog.property("section") == page:
            return
        reader.key(Qt.Key.Key_Down)
    raise AssertionError(f"no settings page {page}")


def _names_around(item: QQuickItem) -> set[str]:
    """The names of ``item`` and the items around it (a list's focused row is in the list)."""
    names = set()
    current: QQuickItem | None = item
    while current is not None:
        names.add(current.objectName())
        current = current.parentItem()
    return names


def _club_and_trip(reader: Shell, synapse: LocalSynapse, new_user: UserFactory) -> RoomId:
    """Alice in the trip group (open) and in Bob's climbing club space, with an invitation."""
    people = _four_people(reader, synapse, new_user)
    trip, _direct = reader.run(_seed(people))
    space, rooms = reader.run(organise_scenes.climbing_club(people))
    reader.start(people["alice"])
    reader.wait(lambda: {trip, rooms["bouldering"]} <= set(_room_ids(reader)), what="the conversations")
    reader.wait(lambda: reader.find("spaceBar").property("count") == 1, what="the club in the space bar")
    reader.session.openRoom(trip)
    timeline = reader.session.timeline
    reader.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the trip")
    reader.run(reader.session.wait_idle())
    # the view builds its rows over a few frames; opening another conversation meanwhile makes
    # Qt warn ("DelegateModel::cancel: index out range"), which fails a test
    reader.run(asyncio.sleep(0.5))
    return space


def test_tab_reaches_every_part_of_the_main_window_and_shows_where_it_is(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _club_and_trip(reader, synapse, new_user)
    composer = reader.focus("composer")
    walk = FocusWalk(reader)
    for _ in range(60):
        if walk.press(Qt.Key.Key_Tab) is composer:
            break
    else:
        raise AssertionError("Tab never came back to the composer")
    walk.press(Qt.Key.Key_Tab)  # away from the composer: its look unfocused
    reached = {name for item in walk.reached for name in _names_around(item)}
    wanted = {
        "accountMenuButton",
        "roomFilter",
        "newChatButton",
        "folderTabs",
        "spaceBar",
        "roomList",
        "searchButton",
        "membersButton",
        "conversationMenuButton",
        "timeline",
        "attachButton",
        "emojiButton",
        "composer",
    }
    assert wanted <= reached, f"Tab never reached {sorted(wanted - reached)}"
    assert not walk.unseen(), "the focus does not show:\n" + "\n".join(walk.unseen())

    # Shift+Tab goes back the same way
    before = reader.window.activeFocusItem()
    reader.key(Qt.Key.Key_Tab)
    reader.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert reader.window.activeFocusItem() is before


def test_the_keyboard_moves_through_lists_tabs_and_spaces(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    space = _club_and_trip(reader, synapse, new_user)
    rooms = reader.session.rooms
    # the folder tabs: Right opens the next folder
    tabs = reader.focus("folderTabs")
    first = rooms.property("folder")
    reader.key(Qt.Key.Key_Right)
    assert rooms.property("folder") != first
    assert _marked(tabs).property("current") is True
    reader.key(Qt.Key.Key_Left)
    assert rooms.property("folder") == first
    # the space bar: Down shows the club, Up all conversations again
    reader.focus("spaceBar")
    reader.key(Qt.Key.Key_Down)
    assert rooms.property("space") == space
    reader.key(Qt.Key.Key_Up)
    assert rooms.property("space") == ""
    # the conversation list: Down (or Up) moves the ring, Enter opens
    room_list = reader.focus("roomList")
    opened = reader.session.property("currentRoomId")
    last = room_list.property("currentIndex") == room_list.property("count") - 1
    reader.key(Qt.Key.Key_Up if last else Qt.Key.Key_Down)
    row = _marked(room_list)
    assert row.property("keyboardCurrent") is True
    target = row.property("roomId")
    assert target != opened
    reader.key(Qt.Key.Key_Return, text="\r")
    reader.wait(lambda: reader.session.property("currentRoomId") == target, what="the conversation opened")


def test_menus_dialogs_and_settings_show_the_keyboard_focus(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _conversation(reader, synapse, new_user)
    walk = FocusWalk(reader)
    # a menu opened from the keyboard: its entries
    reader.focus("accountMenuButton")
    reader.key(Qt.Key.Key_Space, text=" ")
    _open_popup(reader, "accountMenu")
    for _ in range(3):
        walk.press(Qt.Key.Key_Down)
    _close_popup(reader, "accountMenu")
    # a dialog's form fields and buttons
    reader.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "n")
    _open_popup(reader, "newChatDialog")
    for _ in range(6):
        walk.press(Qt.Key.Key_Tab)
    _close_popup(reader, "newChatDialog")
    # the settings: each kind of row (a switch, a choice) on their pages
    reader.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    _open_popup(reader, "settingsDialog")
    for page in ("notifications", "appearance"):
        _settings_page(reader, page)
        for _ in range(6):
            walk.press(Qt.Key.Key_Tab)
    kinds = {item.metaObject().className().split("_QML")[0] for item in walk.reached}
    assert {"AppMenuItem", "DialogButton", "FormField", "RoundIconButton"} <= kinds, kinds
    names = {item.objectName() for item in walk.reached}
    assert "toggle" in names and any(n.startswith("choice_") for n in names), names
    assert not walk.unseen(), "the focus does not show:\n" + "\n".join(walk.unseen())


# -- new messages are announced ------------------------------------------------------------------


class Heard:
    """What the app announced to the screen reader: (message, politeness) pairs."""

    def __init__(self, reader: Shell) -> None:
        self.said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
        reader.session.arrivals.announced.connect(self._record)

    def _record(self, message: str, politeness: int) -> None:
        self.said.append((message, QAccessible.AnnouncementPoliteness(politeness)))


def _bodies(reader: Shell) -> list[str]:
    timeline = reader.session.timeline
    return [str(timeline.row(i)["body"]) for i in range(timeline.rowCount())]


def test_a_new_message_from_someone_else_is_announced_politely(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    people = {
        key: reader.run(login(synapse.base_url, *new_user(key, displayname=key.title())))
        for key in ("alice", "bob", "carol")
    }
    history = [f"Old news {number}" for number in range(60)]
    room = reader.run(_room_with(people["bob"], people["alice"], "Plans"))
    reader.run(_invite_and_join(people["bob"], people["carol"], room))
    reader.run(_send_many(people["bob"], room, history))
    proxy = FaultProxy("127.0.0.1", synapse.port)
    reader.run(proxy.start())
    try:
        alice = people["alice"]
        reader.start(Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token))
        reader.wait(lambda: room in _room_ids(reader), what="the conversation")
        reader.session.openRoom(room)
        reader.wait(lambda: "Old news 59" in _bodies(reader), what="the newest messages")
        assert QGuiApplication.focusWindow() is reader.window
        heard = Heard(reader)

        # history brought in by scrolling up says nothing
        timeline = reader.find("timeline")
        reader.wait(lambda: timeline.property("count") > 0, what="the rows on screen")
        timeline.setProperty("contentY", timeline.property("originY"))
        reader.wait(lambda: "Old news 0" in _bodies(reader), timeout=30, what="the oldest messages")
        # nor does the user's own message
        reader.focus("composer")
        reader.type("Where do we meet?\n")
        reader.wait(lambda: _bodies(reader)[0] == "Where do we meet?", what="the own message")
        reader.run(reader.session.wait_idle())
        assert heard.said == []

        reader.run(_say(people["bob"], room, "see you at 6"))
        reader.wait(lambda: heard.said, what="the announcement")
        assert heard.said == [("Bob: see you at 6", QAccessible.AnnouncementPoliteness.Polite)]

        # messages that come in together (here after the connection was lost) make one sentence
        reader.run(proxy.set_mode(Mode.REFUSE))
        reader.wait(lambda: reader.prop("offlineBanner", "visible"), timeout=30, what="offline")
        reader.run(_say(people["bob"], room, "I'll bring the map"))
        reader.run(_say(people["carol"], room, "I'm running late"))
        reader.run(_say(people["bob"], room, "Call me when you get there"))
        reader.run(proxy.set_mode(Mode.PASS))
        reader.wait(lambda: len(heard.said) == 2, timeout=60, what="the second announcement")
        polite = QAccessible.AnnouncementPoliteness.Polite
        assert heard.said[1] == ("3 new messages from Bob and Carol", polite)
        assert _bodies(reader)[:3] == ["Call me when you get there", "I'm running late", "I'll bring the map"]
    finally:
        reader.run(reader.controller.close())
        reader.run(proxy.stop())


def test_nothing_is_announced_while_the_window_is_in_the_background(
    reader: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(reader, synapse, new_user)
    room = reader.run(_room_with(bob, alice, "Plans", ("hello",)))
    reader.start(alice)
    reader.wait(lambda: room in _room_ids(reader), what="the conversation")
    reader.session.openRoom(room)
    reader.wait(lambda: _bodies(reader)[:1] == ["hello"], what="the conversation's message")
    heard = Heard(reader)
    reader.window.hide()  # to the tray
    reader.run(_say(bob, room, "are you there?"))
    reader.wait(lambda: _bodies(reader)[0] == "are you there?", what="the message")
    reader.run(reader.session.wait_idle())
    assert heard.said == []
    reader.window.show()
    reader.window.requestActivate()
    reader.wait(lambda: QGuiApplication.focusWindow() is reader.window, what="the window active again")
    reader.run(_say(bob, room, "ah, there you are"))
    reader.wait(lambda: heard.said, what="the announcement")
    assert heard.said == [("Bob: ah, there you are", QAccessible.AnnouncementPoliteness.Polite)]
