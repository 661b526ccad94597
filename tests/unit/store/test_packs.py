"""Image packs (MSC2545) read from synced account data and room state: what is usable is kept,
what is hostile or broken is dropped image by image, sizes are capped, and a sync that brings a
pack says so."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from messenger_desktop.store.packs import (
    MAX_IMAGES,
    PackKey,
    clean_image_info,
    load_pack_content,
    load_packs,
    parse_pack,
    valid_shortcode,
)
from tests.support.sync_builder import joined, message, state, sync
from tests.unit.store.conftest import ingest

URL = "mxc://hs/abc"


def _pack(images: dict[str, Any], **meta: Any) -> dict[str, Any]:
    return {"pack": meta, "images": images}


def test_a_well_formed_pack_is_read_in_its_authors_order() -> None:
    pack = parse_pack(
        _pack(
            {
                "wave": {"url": URL, "body": "A wave", "info": {"w": 128, "h": 96, "mimetype": "image/png"}},
                "blob": {"url": "mxc://hs/def", "usage": ["emoticon"]},
            },
            display_name="Blobs",
            avatar_url="mxc://hs/avatar",
            usage=["sticker", "emoticon"],
        ),
        PackKey("!r:hs", "blobs"),
    )
    assert (pack.name, pack.avatar_url, pack.key) == ("Blobs", "mxc://hs/avatar", PackKey("!r:hs", "blobs"))
    assert [i.shortcode for i in pack.images] == ["wave", "blob"]
    wave, blob = pack.images
    assert (wave.body, wave.info) == ("A wave", {"w": 128, "h": 96, "mimetype": "image/png"})
    assert blob.body == "blob"  # no body: the shortcode stands for it
    assert [i.shortcode for i in pack.stickers()] == ["wave"]
    assert [i.shortcode for i in pack.emoticons()] == ["wave", "blob"]


def test_an_image_without_usage_takes_its_packs() -> None:
    pack = parse_pack(_pack({"a": {"url": URL}}, usage=["emoticon"]), PackKey())
    assert pack.stickers() == () and len(pack.emoticons()) == 1
    unlabelled = parse_pack(_pack({"a": {"url": URL}}), PackKey())
    assert len(unlabelled.stickers()) == 1 and len(unlabelled.emoticons()) == 1


@pytest.mark.parametrize(
    "shortcode",
    ["", "with space", "co:lon", "tab\there", "bell\x07", "x" * 101],
)
def test_shortcodes_that_cannot_be_typed_are_refused(shortcode: str) -> None:
    assert not valid_shortcode(shortcode)
    assert parse_pack(_pack({shortcode: {"url": URL}}), PackKey()).images == ()


@pytest.mark.parametrize(
    "image",
    [
        {"url": "https://evil.example/track.png"},
        {"url": "mxc://hs/../../etc/passwd"},
        {"url": "file:///etc/passwd"},
        {"url": 5},
        {},
        "mxc://hs/abc",
        None,
        ["mxc://hs/abc"],
    ],
)
def test_images_that_are_not_a_checked_mxc_uri_are_dropped(image: object) -> None:
    pack = parse_pack(_pack({"bad": image, "good": {"url": URL}}), PackKey())
    assert [i.shortcode for i in pack.images] == ["good"]


@pytest.mark.parametrize("content", [None, [], "pack", 5, {"images": []}, {"images": "x"}, {"pack": "x"}])
def test_content_of_the_wrong_shape_is_an_empty_pack(content: object) -> None:
    pack = parse_pack(content, PackKey(), "Fallback")
    assert (pack.images, pack.name) == ((), "Fallback")


def test_absurd_info_is_cleaned() -> None:
    info = {"w": 10**9, "h": True, "size": -3, "mimetype": "text/html", "x": 1}
    assert clean_image_info(info) == {}
    assert clean_image_info({"w": 2.5, "h": "10", "mimetype": "image/" + "x" * 200}) == {}
    assert clean_image_info("nope") == {}


def test_names_are_one_line_and_capped() -> None:
    pack = parse_pack(
        _pack({"a": {"url": URL, "body": "two\nlines " + "b" * 500}}, display_name="A\n\nB"), PackKey()
    )
    assert pack.name == "A B"
    assert "\n" not in pack.images[0].body and len(pack.images[0].body) == 300


def test_a_huge_pack_is_capped() -> None:
    images = {f"i{n}": {"url": URL} for n in range(MAX_IMAGES + 500)}
    assert len(parse_pack(_pack(images), PackKey()).images) == MAX_IMAGES


def test_packs_of_the_account_the_room_and_enabled_rooms_come_in_that_order(conn: sqlite3.Connection) -> None:
    own = {"type": "im.ponies.user_emotes", "content": _pack({"mine": {"url": URL}})}
    enabled = {
        "type": "im.ponies.emote_rooms",
        "content": {"rooms": {"!other:hs": {"team": {}}, "bad": {"x": {}}}},
    }
    here = state("im.ponies.room_emotes", _pack({"here": {"url": URL}}, display_name="Here"), state_key="")
    there = state("im.ponies.room_emotes", _pack({"there": {"url": URL}}), state_key="team")
    first = ingest(
        conn,
        sync(
            "s1",
            {
                "!room:hs": joined(state_events=[here, state("m.room.name", {"name": "Room"})]),
                "!other:hs": joined(state_events=[there, state("m.room.name", {"name": "Team room"})]),
            },
            account_data=[own, enabled],
        ),
    )
    assert first.packs_changed
    names = [(p.name, p.key) for p in load_packs(conn, "!room:hs")]
    assert names == [
        ("", PackKey()),
        ("Here", PackKey("!room:hs", "")),
        ("Team room", PackKey("!other:hs", "team")),  # named after its room when it has no name
    ]
    # with no room open: the account's pack and the enabled ones only
    assert [p.key for p in load_packs(conn)] == [PackKey(), PackKey("!other:hs", "team")]
    assert load_pack_content(conn, PackKey("!room:hs", ""))["pack"] == {"display_name": "Here"}
    assert load_pack_content(conn, PackKey("!nowhere:hs", "")) == {}


def test_only_syncs_that_bring_a_pack_say_packs_changed(conn: sqlite3.Connection) -> None:
    assert not ingest(conn, sync("s1", {"!room:hs": joined(timeline=[message("hi")])})).packs_changed
    in_timeline = state("im.ponies.room_emotes", _pack({"a": {"url": URL}}), state_key="x")
    assert ingest(conn, sync("s2", {"!room:hs": joined(timeline=[in_timeline])})).packs_changed
    assert [p.key for p in load_packs(conn, "!room:hs")] == [PackKey("!room:hs", "x")]
