"""Settings, Appearance: text size, compact mode and the one-line (IRC) message layout, each
applied at once to the real window, and nothing clipped at the largest text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPointF
from PySide6.QtQuick import QQuickItem, QQuickTextDocument

from messenger_desktop.localserver import LocalSynapse
from tests.support.core import login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_settings_dialog import _open_with_ctrl_comma, _row, _section, _settle
from tests.ui.test_shell import _room_ids, _room_with

pytestmark = pytest.mark.integration


def _messages(shell: Shell) -> dict[str, QQuickItem]:
    """The message rows on screen by their text."""
    return {
        item.property("body"): item
        for item in shell.visual_children("timeline")
        if item.property("kind") == "message" and item.isVisible()
    }


_held: list[QObject] = []


def _plain(text_edit: QQuickItem) -> str:
    """What a TextEdit shows, as plain text (no-break spaces as spaces)."""
    document = text_edit.property("textDocument")
    assert isinstance(document, QQuickTextDocument)
    _held.append(document)  # PySide deletes the wrapper with its last reference
    return document.textDocument().toPlainText()


def _appearance(shell: Shell) -> None:
    _open_with_ctrl_comma(shell)
    appearance = _section(shell, "appearance")
    shell.tap(appearance)
    _settle(shell)


def _fits(inner: QQuickItem, outer: QQuickItem) -> bool:
    top = inner.mapToItem(outer, QPointF(0, 0)).y()
    return top >= 0 and top + inner.height() <= outer.height() + 0.5


def _open_conversation(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    mallory_id, mallory_pw = new_user("mallory", displayname="<b>Mallory</b> & co")
    alice = shell.run(login(synapse.base_url, alice_id, alice_pw))
    mallory = shell.run(login(synapse.base_url, mallory_id, mallory_pw))
    room = shell.run(_room_with(mallory, alice, "Layouts", ("first from Mallory", "second from Mallory")))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    shell.session.openRoom(room)
    shell.wait(lambda: len(_messages(shell)) == 2, what="the messages")


def test_the_one_line_layout_shows_time_name_and_text_on_the_left_without_bubbles(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _open_conversation(shell, synapse, new_user)
    shell.focus("composer")
    shell.type("mine, on the right\n")
    shell.wait(lambda: "mine, on the right" in _messages(shell), what="the echo")
    rows = _messages(shell)
    own = rows["mine, on the right"]
    own_bubble = shell.inside(own, "bubble")
    assert own_bubble.x() > own.width() / 2  # bubbles: the user's own on the right

    _appearance(shell)
    shell.tap(shell.inside(_row(shell, "messageLayout"), "choice_irc"))
    assert shell.settings.value("messageLayout") == "irc"
    _settle(shell)

    rows = _messages(shell)
    for body, row in rows.items():
        bubble = shell.inside(row, "bubble")
        assert bubble.x() < row.width() / 4, body  # everything on the left
        assert bubble.property("color").alpha() == 0, body  # no bubble drawn
        assert not shell.inside(row, "senderAvatar").isVisible()
    time_text = rows["first from Mallory"].property("timeText")
    line = _plain(shell.inside(rows["first from Mallory"], "messageBody"))
    # the name as its characters (never markup), between the time and the text
    assert line.startswith(f"{time_text}  <b>Mallory</b> & co  first from Mallory"), line
    mine = _plain(shell.inside(rows["mine, on the right"], "messageBody"))
    assert mine.startswith(f"{rows['mine, on the right'].property('timeText')}  Alice  mine")
    single = rows["first from Mallory"].height()
    assert single < 2.4 * shell.inside(rows["first from Mallory"], "messageBody").property("font").pixelSize()

    shell.tap(shell.inside(_row(shell, "messageLayout"), "choice_bubbles"))
    _settle(shell)
    assert shell.inside(_messages(shell)["mine, on the right"], "bubble").x() > own.width() / 2


def test_compact_mode_and_a_larger_text_size_apply_at_once_and_nothing_is_clipped(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _open_conversation(shell, synapse, new_user)
    room_row = next(i for i in shell.visual_children("roomList") if i.property("roomId"))

    def gap() -> float:
        """From the bottom of the first bubble to the top of the second."""
        rows = _messages(shell)
        first, second = (shell.inside(rows[f"{n} from Mallory"], "bubble") for n in ("first", "second"))
        return second.mapToScene(QPointF(0, 0)).y() - first.mapToScene(QPointF(0, first.height())).y()

    normal_gap, normal_row = gap(), room_row.height()
    _appearance(shell)
    shell.tap(shell.inside(_row(shell, "compactMode"), "toggle"))
    assert shell.settings.value("compactMode") is True
    _settle(shell)
    assert gap() < normal_gap
    assert room_row.height() < normal_row

    shell.tap(shell.inside(_row(shell, "compactMode"), "toggle"))
    body = shell.inside(_messages(shell)["first from Mallory"], "messageBody")
    assert body.property("font").pixelSize() == 14
    shell.tap(shell.inside(_row(shell, "fontScale"), "choice_130"))
    assert shell.settings.value("fontScale") == 130
    _settle(shell)
    assert body.property("font").pixelSize() == 18
    assert shell.inside(_row(shell, "fontScale"), "choice_130").property("checked") is True
    for name in ("roomName", "roomPreview", "roomAvatar"):
        assert _fits(shell.inside(room_row, name), room_row), name
    for row in _messages(shell).values():
        bubble = shell.inside(row, "bubble")
        assert _fits(shell.inside(row, "messageBody"), bubble)
    title = shell.find("settingsTitle")
    assert title.property("truncated") is False
