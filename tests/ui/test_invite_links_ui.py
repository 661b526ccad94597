"""Invite links in the real window against a real Synapse: a link clicked in a message previews the
room its server describes and offers the way in its join rule allows — Join for a public room,
Ask to join for a knock room (whose admin sees the request and approves or denies it), nothing for
an invite-only one — and the invite dialog gives the link and its QR code to share."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import pytest
import segno
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.richtext import parse_matrix_link, user_link
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import (
    REPO,
    _members_panel,
    _membership,
    _on_server,
    _open,
    _people,
    _profile,
    _room,
    _say,
)
from tests.ui.test_shell import _room_ids

pytestmark = pytest.mark.integration


async def _club(owner: Credentials, name: str, join_rule: str, topic: str = "") -> tuple[RoomId, str]:
    """``owner``'s group ``name`` with the join rule ``join_rule`` and an address; (room, address)."""
    local = f"{name.split()[0].lower()}-{secrets.token_hex(3)}"
    async with api_for(owner) as api:
        room = await api.create_room(
            name=name,
            topic=topic or None,
            preset="public_chat" if join_rule == "public" else "private_chat",
            initial_state=[
                {"type": "m.room.join_rules", "state_key": "", "content": {"join_rule": join_rule}}
            ],
            extra={"room_alias_name": local},
        )
    return room, f"#{local}:{owner.user_id.split(':', 1)[1]}"


def _message_body(app: Shell, text: str) -> QQuickItem:
    for item in app.visual_children("timeline"):
        if item.property("isMessage") is True and text in str(item.property("body")):
            return app.inside(item, "messageBody")
    raise AssertionError(f"no message with {text!r}")


def _click_link_in_chat(app: Shell, host: Credentials, guest: Credentials, link: str) -> None:
    """``host`` sends ``guest`` a message with ``link`` in a chat of theirs; ``guest`` (the app's
    user) opens the chat and clicks the link."""
    chat = app.run(_room(host, [guest], "Chat"))
    app.run(_say(host, chat, f"Come and see: {link}"))
    _open(app, guest, chat)
    app.wait(
        lambda: any(
            link in str(app.session.timeline.row(i)["body"]) for i in range(app.session.timeline.rowCount())
        ),
        what="the link",
    )
    app.tap_link(_message_body(app, link), link)
    app.wait(lambda: app.is_open("linkPreviewDialog"), what="the preview")
    app.wait(lambda: app.session.linkPreview.property("state") != "loading", what="the preview to load")


def _shown(app: Shell, name: str) -> bool:
    item = app.find(name)
    return bool(item.isVisible())


def test_a_link_to_a_public_room_previews_it_and_joins(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    garden, address = app.run(_club(bob, "Garden club", "public", "Roses, tulips and compost"))
    link = f"https://matrix.to/#/{address}"
    _click_link_in_chat(app, bob, alice, link)

    assert app.prop("linkPreviewName", "text") == "Garden club"
    assert app.prop("linkPreviewTopic", "text") == "Roses, tulips and compost"
    assert app.prop("linkPreviewDetail", "text") == f"{address} · 1 member"
    assert app.prop("linkPreviewJoin", "text") == "Join"
    assert not _shown(app, "linkPreviewKnock")
    assert garden not in _room_ids(app)  # a link never joins by itself

    app.click("linkPreviewJoin")
    app.wait(lambda: app.session.property("currentRoomId") == garden, what="the joined room to open")
    assert not app.obj("linkPreviewDialog").property("visible")
    assert app.run(_membership(bob, garden, alice.user_id))["membership"] == "join"


def test_a_knock_room_asks_to_join_and_the_admin_approves(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    books, address = app.run(_club(bob, "Book club", "knock"))
    _click_link_in_chat(app, bob, alice, f"https://matrix.to/#/{address}")

    assert app.prop("linkPreviewName", "text") == "Book club"
    assert _shown(app, "linkPreviewKnock") and not _shown(app, "linkPreviewJoin")
    app.focus("linkPreviewReason")
    app.type("Hi, Carol sent me")
    app.click("linkPreviewKnock")
    app.wait(lambda: app.session.linkPreview.property("wayIn") == "requested", what="the request")
    assert "Request sent" in app.prop("linkPreviewStatus", "text")
    knock = app.run(_membership(bob, books, alice.user_id))
    assert (knock["membership"], knock.get("reason")) == ("knock", "Hi, Carol sent me")

    async def approve() -> None:  # Bob, its admin, lets her in
        async with api_for(bob) as api:
            await api.invite(books, alice.user_id)

    app.run(approve())
    app.wait(lambda: app.session.linkPreview.property("wayIn") == "invited", what="the invitation")
    app.click("linkPreviewJoin")
    app.wait(lambda: app.session.property("currentRoomId") == books, what="the room to open")


def test_an_invite_only_room_says_so_and_offers_nothing(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    secret, _address = app.run(_club(bob, "Secret club", "invite"))
    link = f"https://matrix.to/#/{secret}?via=localhost"
    _click_link_in_chat(app, bob, alice, link)
    # the server does not describe a room one may not enter: the dialog says what it can
    assert app.session.linkPreview.property("state") == "error"
    assert _shown(app, "linkPreviewError")
    assert not _shown(app, "linkPreviewJoin") and not _shown(app, "linkPreviewKnock")
    app.click("linkPreviewCancel")
    app.wait(lambda: not app.obj("linkPreviewDialog").property("visible"), what="the dialog to close")
    assert secret not in _room_ids(app)


def _knocks(app: Shell) -> list[dict[str, Any]]:
    return list(app.session.roomAdmin.property("knocks"))


def _knock_row(app: Shell, user_id: str) -> QQuickItem:
    header = app.find("knockRequests")
    rows = [i for i in _descendants(header) if i.objectName() == "knockDelegate"]
    return next(r for r in rows if r.property("modelData")["userId"] == user_id)


def _descendants(item: QQuickItem) -> list[QQuickItem]:
    found, pending = [], list(item.childItems())
    while pending:
        child = pending.pop()
        found.append(child)
        pending.extend(child.childItems())
    return found


def test_the_admin_sees_requests_to_join_and_answers_them(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Carol"))
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    books, _address = app.run(_club(alice, "Book club", "knock"))
    for who, why in ((bob, "I read a lot"), (carol, "")):

        async def knock(who: Credentials = who, why: str = why) -> None:
            async with api_for(who) as api:
                await api.knock(books, reason=why, via=("localhost",))

        app.run(knock())
    _open(app, alice, books)
    _members_panel(app, 1)
    app.wait(lambda: len(_knocks(app)) == 2, what="two requests")
    assert [(k["name"], k["reason"]) for k in _knocks(app)] == [("Bob", "I read a lot"), ("Carol", "")]
    bob_row = _knock_row(app, bob.user_id)
    app.tap(app.inside(bob_row, "approveKnockButton"))
    _on_server(
        app,
        lambda: _membership(alice, books, bob.user_id),
        lambda m: m["membership"] == "invite",
        "Bob invited",
    )
    app.wait(lambda: len(_knocks(app)) == 1, what="Bob's request answered")
    app.tap(app.inside(_knock_row(app, carol.user_id), "denyKnockButton"))
    _on_server(
        app,
        lambda: _membership(alice, books, carol.user_id),
        lambda m: m["membership"] == "leave",
        "Carol turned down",
    )
    app.wait(lambda: not _knocks(app), what="no more requests")
    app.wait(lambda: not app.find("knockRequests").isVisible(), what="the section to go")


def test_a_member_does_not_see_requests_to_join(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Carol"))
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    books, _address = app.run(_club(alice, "Book club", "public"))

    async def setup() -> None:
        async with api_for(bob) as api:
            await api.join(books)
        async with api_for(alice) as api:  # knocking needs the knock rule: switch once Bob is in
            await api.send_state(books, "m.room.join_rules", "", {"join_rule": "knock"})
        async with api_for(carol) as api:
            await api.knock(books, reason="me too", via=("localhost",))

    app.run(setup())
    _open(app, bob, books)
    _members_panel(app, 2)
    app.wait(lambda: app.session.roomAdmin.property("loaded"), what="the rights")
    app.run(app.session.wait_idle())
    assert _knocks(app) == []
    assert not app.find("knockRequests").isVisible()


def test_the_invite_dialog_gives_a_link_and_its_qr_code(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    garden, address = app.run(_club(alice, "Garden club", "public"))
    plain = app.run(_room(alice, [bob], "Plain group"))
    _open(app, alice, garden)
    _invite_link_dialog(app)
    link = f"https://matrix.to/#/{address}"
    app.wait(lambda: app.prop("inviteLinkText", "text") == link, what="the link")
    app.click("copyInviteLink")
    assert QGuiApplication.clipboard().text() == link
    assert _shown(app, "inviteLinkCopied")
    qr = app.find("inviteQr")
    app.wait(lambda: _loaded(qr), what="the QR code")
    app.grab(tmp_path / "qr.png")
    assert _qr_matches(tmp_path / "qr.png", qr, link)  # what is drawn is the link's code
    app.key(Qt.Key.Key_Escape)

    app.session.openRoom(plain)  # no address: the room id and the servers to join through
    app.wait(lambda: app.session.timeline.rowCount() >= 1, what="the timeline")
    _invite_link_dialog(app)
    app.wait(lambda: app.prop("inviteLinkText", "text").startswith("https://matrix.to/#/!"), what="the link")
    assert parse_matrix_link(app.prop("inviteLinkText", "text")) == parse_matrix_link(
        f"https://matrix.to/#/{plain}?via=localhost"
    )


def _loaded(image: QQuickItem) -> bool:
    """The image has its picture (an Image's implicit size is its picture's, 0 until loaded)."""
    return float(image.property("implicitWidth")) > 0


def test_a_person_card_shares_a_link_to_them(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "Club"))
    _open(app, alice, room)
    _members_panel(app, 2)
    _profile(app, bob.user_id)
    app.click("profileShareLink")
    app.wait(lambda: app.is_open("inviteLinkDialog"), what="the link dialog")
    link = f"https://matrix.to/#/{bob.user_id}"
    app.wait(lambda: app.prop("inviteLinkText", "text") == link, what="the link")
    assert parse_matrix_link(link) == parse_matrix_link(user_link(bob.user_id))
    app.wait(lambda: _loaded(app.find("inviteQr")), what="the QR code")
    app.click("copyInviteLink")
    assert QGuiApplication.clipboard().text() == link


def _invite_link_dialog(app: Shell) -> None:
    app.click("conversationMenuButton")
    app.wait(lambda: app.is_open("conversationMenu"), what="the menu")
    app.click("inviteMenuItem")
    app.wait(lambda: app.is_open("inviteDialog"), what="the invite dialog")
    app.click("inviteLinkButton")
    app.wait(lambda: app.is_open("inviteLinkDialog"), what="the link dialog")


def _qr_matches(screenshot: Path, qr: QQuickItem, text: str) -> bool:
    """Whether the QR code drawn at ``qr`` in ``screenshot`` has the modules of ``text``'s code
    (no QR reader is installed everywhere: each module's centre is compared instead)."""
    image = Image.open(screenshot).convert("L")
    corner = qr.mapToScene(qr.boundingRect().topLeft())
    ratio = image.width / qr.window().width()
    drawn = image.crop(
        (
            round(corner.x() * ratio),
            round(corner.y() * ratio),
            round((corner.x() + qr.width()) * ratio),
            round((corner.y() + qr.height()) * ratio),
        )
    )
    expected = [
        [bool(v) for v in row] for row in segno.make(text, error="m", micro=False).matrix_iter(border=2)
    ]
    size = len(expected)
    seen = [
        [
            drawn.getpixel(((c + 0.5) * drawn.width / size, (r + 0.5) * drawn.height / size)) < 128
            for c in range(size)
        ]
        for r in range(size)
    ]
    return seen == expected


def test_screenshots_of_invite_links(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The link preview, the invite link dialog and requests to join as an admin sees them; in
    ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Carol"))
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    hikes, _ = app.run(_club(alice, "Weekend hikes", "knock", "Day walks around the lakes, every Saturday."))
    for who, why in ((bob, "Hi! Dana told me about the group"), (carol, "Can I bring my dog?")):

        async def knock(who: Credentials = who, why: str = why) -> None:
            async with api_for(who) as api:
                await api.knock(hikes, reason=why, via=("localhost",))

        app.run(knock())
    _books, address = app.run(
        _club(bob, "Book club", "knock", "One novel a month, talked over on the last Friday.")
    )
    _click_link_in_chat(app, bob, alice, f"https://matrix.to/#/{address}")
    app.focus("linkPreviewReason")
    app.type("Hello, I loved the last one")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"link-preview-{theme}.png")
    app.click("linkPreviewCancel")
    app.session.openRoom(hikes)
    _members_panel(app, 1)
    app.wait(lambda: len(_knocks(app)) == 2, what="two requests")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"join-requests-{theme}.png")
    app.session.panels.togglePanel("members")
    pane = app.find("rightPanel")
    app.wait(lambda: pane.width() == 0 or not pane.isVisible(), what="the members to close")
    _invite_link_dialog(app)
    app.wait(lambda: _loaded(app.find("inviteQr")), what="the QR code")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"invite-link-{theme}.png")
    assert all(
        (out / f"{n}-{t}.png").stat().st_size > 10_000
        for n in ("link-preview", "join-requests", "invite-link")
        for t in ("light", "dark")
    )
