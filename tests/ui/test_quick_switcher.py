"""Getting around by keyboard: Ctrl+K's quick switcher, Ctrl+Shift+Up/Down between unread
conversations, Esc back to the list. Against a real Synapse, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.quick_switcher import ROLES as SWITCHER_ROLES
from tests.support.core import login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


def _results(shell: Shell) -> list[tuple[str, str]]:
    model = shell.session.switcher
    return [
        (
            model.data(model.index(i), SWITCHER_ROLES["kind"]),
            model.data(model.index(i), SWITCHER_ROLES["name"]),
        )
        for i in range(model.rowCount())
    ]


def test_ctrl_k_finds_a_conversation_from_a_few_letters(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.run(_room_with(bob, alice, "Garden club", ("weeds",)))
    books = shell.run(_room_with(bob, alice, "Book club", ("chapter 3",)))
    shell.run(_room_with(bob, alice, "Bike rides", ("Sunday?",)))
    shell.start(alice)
    shell.wait(lambda: len(_room_ids(shell)) == 3, what="the list")

    shell.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.is_open("quickSwitcher"), what="the switcher")
    assert shell.find("quickSwitcherInput").hasActiveFocus()
    assert [name for _, name in _results(shell)] == ["Bike rides", "Book club", "Garden club"]  # recent first

    shell.type("bcl")
    assert _results(shell)[0] == ("room", "Book club")
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: not shell.is_open("quickSwitcher"), what="the switcher to close")
    assert shell.session.property("currentRoomId") == books
    shell.wait(lambda: shell.find("composer").hasActiveFocus(), what="the composer's focus")


def test_down_then_enter_picks_the_second_result_and_esc_closes(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    garden = shell.run(_room_with(bob, alice, "Garden club"))
    shell.run(_room_with(bob, alice, "Golf club"))
    shell.start(alice)
    shell.wait(lambda: len(_room_ids(shell)) == 2, what="the list")
    shell.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.is_open("quickSwitcher"), what="the switcher")
    shell.type("g club")
    assert [name for _, name in _results(shell)] == ["Golf club", "Garden club"]
    shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Return, text="\r")
    assert shell.session.property("currentRoomId") == garden

    shell.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.is_open("quickSwitcher"), what="the switcher again")
    assert shell.prop("quickSwitcherInput", "text") == ""
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("quickSwitcher"), what="the switcher to close")
    assert shell.session.property("currentRoomId") == garden


def test_a_person_without_a_direct_chat_gets_one(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, _bob = _people(shell, synapse, new_user)
    carol_id, carol_pw = new_user("carol", displayname="Carol Danvers")
    carol = shell.run(login(synapse.base_url, carol_id, carol_pw))
    group = shell.run(_room_with(carol, alice, "Flight school", ("hello",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [group], what="the list")
    shell.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.is_open("quickSwitcher"), what="the switcher")
    shell.type("cdan")
    shell.wait(lambda: ("person", "Carol Danvers") in _results(shell), what="Carol among the results")
    assert _results(shell)[0] == ("person", "Carol Danvers")
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: shell.session.property("currentRoomId") not in ("", group), what="a new direct chat")
    direct = shell.session.property("currentRoomId")
    shell.wait(lambda: direct in _room_ids(shell), what="the chat in the list")
    shell.run(shell.session.wait_idle())


def test_ctrl_shift_down_skips_to_the_next_unread_conversation(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    quiet_old = shell.run(_room_with(alice, bob, "Quiet old", ("mine",)))
    noisy = shell.run(_room_with(bob, alice, "Noisy", ("one", "two")))
    quiet_new = shell.run(_room_with(alice, bob, "Quiet new", ("mine too",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [quiet_new, noisy, quiet_old], what="the list")
    shell.session.openRoom(quiet_new)
    shell.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shell.session.property("currentRoomId") == noisy
    shell.key(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shell.session.property("currentRoomId") == noisy  # nothing unread above: stays


def test_escape_in_an_empty_composer_returns_to_the_list(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Garden club"))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    shell.session.openRoom(room)
    shell.focus("composer")
    shell.key(Qt.Key.Key_Escape)
    assert shell.find("roomList").hasActiveFocus()
