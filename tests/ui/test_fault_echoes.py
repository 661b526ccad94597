"""A message the server took just before the sync broke, then buried under 60 newer ones: its echo
fell into the gap of the limited sync that followed. Scrolling up to it shows it once, in its place —
not also as an echo below the newer messages (issue 8, faults survived)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials
from messenger_desktop.localserver import LocalSynapse
from tests.support.chaos import Chaos
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_conversations import _bodies, _open_and_load, _scroll_to_top, _send_many, _settle
from tests.ui.test_shell import _people, _room_with

pytestmark = pytest.mark.integration

MINE = "Sent just before the train went into the tunnel"


def _send_states(shell: Shell, body: str) -> list[str]:
    timeline = shell.session.timeline
    rows = [timeline.row(i) for i in range(timeline.rowCount())]
    return [r["sendState"] for r in rows if r["kind"] == "message" and r["body"] == body]


def test_a_sent_message_buried_in_a_gap_shows_once_in_its_place(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Tunnel", ("Are you on the train?",)))
    chaos = Chaos(applies_to=lambda method, target: "/sync" in target)
    proxy = FaultProxy("127.0.0.1", synapse.port, mode=Mode.CHAOS, chaos=chaos)
    shell.run(proxy.start())
    try:
        shell.start(Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token))
        _open_and_load(shell, room)

        chaos.reset = 1.0  # from now on every sync is cut off; sending still gets through
        shell.run(proxy.drop_connections())
        shell.focus("composer")
        shell.type(MINE)
        shell.key(Qt.Key.Key_Return, text="\r")
        shell.wait(lambda: _send_states(shell, MINE) == ["sent"], what="the server to take it")

        newer = [f"Tunnel news {n:02d}" for n in range(60)]
        shell.run(_send_many(bob, room, newer), timeout=120)
        chaos.reset = 0.0  # out of the tunnel: the next sync is limited, the echo is in its gap
        shell.wait(lambda: newer[-1] in _bodies(shell), timeout=60, what="the newer messages")

        timeline = shell.session.timeline
        for _ in range(10):
            if timeline.property("atStart"):
                break
            count = timeline.rowCount()
            _scroll_to_top(shell)
            shell.wait(
                lambda c=count: timeline.rowCount() != c or timeline.property("atStart"),  # type: ignore[misc]
                what="older messages",
            )
            shell.wait(lambda: not timeline.property("loading"), what="the page to finish")
            _settle(shell)
        assert timeline.property("atStart")
        assert _bodies(shell) == ["Are you on the train?", MINE, *newer]
        assert _send_states(shell, MINE) == ["sent"]
    finally:
        shell.run(shell.controller.close())
        shell.run(proxy.stop())
