"""Outgoing contents have exactly the spec's shapes (the markdown renderer is stubbed: its own
tests are elsewhere; here only what the builders do with its answer matters)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from messenger_desktop.api import EventId
from messenger_desktop.session import compose

ROOT = EventId("$root")
LATEST = EventId("$latest")
TARGET = EventId("$target")


def fake_render(text: str, mentions: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """``*x*`` is "formatting" (→ ``<em>x</em>``); anything else is plain."""
    if text.startswith("*") and text.endswith("*") and len(text) > 2:
        return text, f"<em>{text[1:-1]}</em>"
    return text, None


@pytest.fixture(autouse=True)
def stub_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compose, "render_markdown", fake_render)


def test_plain_text_has_body_and_an_empty_mentions_object() -> None:
    assert compose.text_content("hello") == {"msgtype": "m.text", "body": "hello", "m.mentions": {}}


def test_formatted_text_has_the_html_format() -> None:
    assert compose.text_content("*hi*") == {
        "msgtype": "m.text",
        "body": "*hi*",
        "format": "org.matrix.custom.html",
        "formatted_body": "<em>hi</em>",
        "m.mentions": {},
    }


def test_mentions_list_the_user_ids_once_in_order() -> None:
    content = compose.text_content(
        "hi Bob and Carol",
        mentions={"Bob": "@bob:hs", "Carol": "@carol:hs", "Nobody": "not-an-id"},
        also_mention=["@bob:hs"],
    )
    assert content["m.mentions"] == {"user_ids": ["@bob:hs", "@carol:hs"]}


def test_room_mention() -> None:
    assert compose.text_content("@room hi", mention_room=True)["m.mentions"] == {"room": True}


def test_emote() -> None:
    assert compose.text_content("waves", emote=True)["msgtype"] == "m.emote"


def test_markdown_off_sends_the_text_as_typed() -> None:
    content = compose.text_content("*not emphasis*", markdown=False)
    assert content == {"msgtype": "m.text", "body": "*not emphasis*", "m.mentions": {}}


def test_reply_has_only_the_in_reply_to_relation_and_no_fallback() -> None:
    content = compose.text_content("sure", reply_to=TARGET, also_mention=["@alice:hs"])
    assert content == {
        "msgtype": "m.text",
        "body": "sure",
        "m.mentions": {"user_ids": ["@alice:hs"]},
        "m.relates_to": {"m.in_reply_to": {"event_id": "$target"}},
    }


def test_thread_message_falls_back_to_a_reply_to_the_latest_thread_event() -> None:
    content = compose.text_content("in thread", thread_root=ROOT, thread_latest=LATEST)
    assert content["m.relates_to"] == {
        "rel_type": "m.thread",
        "event_id": "$root",
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": "$latest"},
    }


def test_first_thread_message_falls_back_to_the_root() -> None:
    content = compose.text_content("first", thread_root=ROOT)
    assert content["m.relates_to"]["m.in_reply_to"] == {"event_id": "$root"}
    assert content["m.relates_to"]["is_falling_back"] is True


def test_real_reply_inside_a_thread() -> None:
    content = compose.text_content("answer", thread_root=ROOT, thread_latest=LATEST, reply_to=TARGET)
    assert content["m.relates_to"] == {
        "rel_type": "m.thread",
        "event_id": "$root",
        "is_falling_back": False,
        "m.in_reply_to": {"event_id": "$target"},
    }


def test_edit_of_plain_text() -> None:
    assert compose.edit_content(TARGET, "fixed") == {
        "msgtype": "m.text",
        "body": "* fixed",
        "m.new_content": {"msgtype": "m.text", "body": "fixed", "m.mentions": {}},
        "m.mentions": {},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$target"},
    }


def test_edit_of_formatted_text_prefixes_both_fallbacks() -> None:
    content = compose.edit_content(TARGET, "*fixed*")
    assert content["body"] == "* *fixed*"
    assert content["format"] == "org.matrix.custom.html"
    assert content["formatted_body"] == "* <em>fixed</em>"
    assert content["m.new_content"] == {
        "msgtype": "m.text",
        "body": "*fixed*",
        "format": "org.matrix.custom.html",
        "formatted_body": "<em>fixed</em>",
        "m.mentions": {},
    }


def test_edit_notifies_only_newly_mentioned_users() -> None:
    content = compose.edit_content(
        TARGET,
        "Hello Alice & Bob!",
        mentions={"Alice": "@alice:hs", "Bob": "@bob:hs"},
        previous_mentions=["@alice:hs"],
    )
    assert content["m.mentions"] == {"user_ids": ["@bob:hs"]}
    assert content["m.new_content"]["m.mentions"] == {"user_ids": ["@alice:hs", "@bob:hs"]}
    assert "m.relates_to" not in content["m.new_content"]


def test_edit_of_an_emote_stays_an_emote() -> None:
    content = compose.edit_content(TARGET, "dances", emote=True)
    assert content["msgtype"] == content["m.new_content"]["msgtype"] == "m.emote"


def test_reaction() -> None:
    assert compose.reaction_content(TARGET, "👍") == {
        "m.relates_to": {"rel_type": "m.annotation", "event_id": "$target", "key": "👍"}
    }


def test_redaction_item_content() -> None:
    assert compose.redaction_content(TARGET) == {"redacts": "$target"}
    assert compose.redaction_content(TARGET, "spam") == {"redacts": "$target", "reason": "spam"}


def test_forward_drops_relations_and_mentions() -> None:
    original = {
        "msgtype": "m.text",
        "body": "look",
        "format": "org.matrix.custom.html",
        "formatted_body": "<b>look</b>",
        "m.mentions": {"user_ids": ["@x:hs"]},
        "m.relates_to": {"rel_type": "m.thread", "event_id": "$r"},
        "info": {"nested": [1]},
    }
    copy = compose.forward_content(original)
    assert copy == {
        "msgtype": "m.text",
        "body": "look",
        "format": "org.matrix.custom.html",
        "formatted_body": "<b>look</b>",
        "info": {"nested": [1]},
        "m.mentions": {},
    }
    copy["info"]["nested"].append(2)
    assert original["info"] == {"nested": [1]}  # a deep copy


def test_forward_of_an_edit_forwards_the_edited_message() -> None:
    edit = compose.edit_content(TARGET, "new text")
    assert compose.forward_content(edit) == {"msgtype": "m.text", "body": "new text", "m.mentions": {}}


def test_forward_strips_an_old_reply_fallback() -> None:
    original = {
        "msgtype": "m.text",
        "body": "> <@a:hs> quoted\n> more\n\nthe answer",
        "format": "org.matrix.custom.html",
        "formatted_body": "<mx-reply><blockquote>quoted</blockquote></mx-reply>the <b>answer</b>",
        "m.relates_to": {"m.in_reply_to": {"event_id": "$q"}},
    }
    copy = compose.forward_content(original)
    assert copy["body"] == "the answer"
    assert copy["formatted_body"] == "the <b>answer</b>"


def test_forward_of_an_image_keeps_its_media() -> None:
    image = {"msgtype": "m.image", "body": "cat.png", "url": "mxc://hs/abc", "info": {"w": 10}}
    assert compose.forward_content(image) == {**image, "m.mentions": {}}


def test_shrug() -> None:
    assert compose.shrug() == "¯\\_(ツ)_/¯"
    assert compose.shrug("  oh well ") == "¯\\_(ツ)_/¯ oh well"
