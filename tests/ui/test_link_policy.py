"""What a click on a link in a message does: the real host, not the text, decides."""

from __future__ import annotations

from typing import Any

from messenger_desktop.qt.message_actions import MessageActions

from .test_models import FakeSource, event, opened


class Session:
    user_id = "@me:example.org"


def test_a_link_whose_text_names_another_host_asks_first(loop: Any) -> None:
    content = {
        "msgtype": "m.text",
        "body": "pay here",
        "format": "org.matrix.custom.html",
        "formatted_body": '<a href="https://evil.example/pay">https://bank.example</a> or '
        '<a href="https://evil.example/pay">evil.example</a>',
    }
    model = opened(loop, FakeSource([event(1, content=content)]))
    notices: list[str] = []
    actions = MessageActions(Session(), model, lambda: None, notices.append, lambda _e: False)  # type: ignore[arg-type]
    asked: list[tuple[str, str]] = []
    actions.linkConfirmation.connect(lambda url, question: asked.append((url, question)))
    actions.openLink("https://evil.example/pay", "$e1")
    assert [url for url, _ in asked] == ["https://evil.example/pay"]
    actions.openLink("javascript:alert(1)", "$e1")
    assert notices and len(asked) == 1
