"""A room summary from the server becomes a checked preview, and the join rule and the reader's
own membership decide what the invite link offers."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.session.room_preview import room_preview, way_in


def _summary(**fields: Any) -> dict[str, Any]:
    return {"room_id": "!garden:example.org", "name": "Garden", "num_joined_members": 3, **fields}


def test_a_summary_becomes_a_preview() -> None:
    preview = room_preview(
        _summary(
            topic="Roses",
            canonical_alias="#garden:example.org",
            avatar_url="mxc://example.org/abc",
            join_rule="knock",
            membership="leave",
        ),
        ("example.org",),
    )
    assert preview is not None
    assert (preview.room.room_id, preview.room.name, preview.room.topic) == (
        "!garden:example.org",
        "Garden",
        "Roses",
    )
    assert (preview.room.canonical_alias, preview.room.num_joined_members) == ("#garden:example.org", 3)
    assert preview.room.avatar_url == "mxc://example.org/abc"
    assert (preview.join_rule, preview.membership, preview.via) == ("knock", "leave", ("example.org",))


@pytest.mark.parametrize(
    "fields",
    [
        {"join_rule": "everyone!", "membership": "overlord"},
        {"join_rule": ["public"], "membership": {"a": 1}},
        {"avatar_url": "https://tracker.example/pixel.png", "num_joined_members": -5},
        {"num_joined_members": True, "canonical_alias": "garden"},
    ],
)
def test_hostile_fields_are_dropped(fields: dict[str, Any]) -> None:
    preview = room_preview(_summary(**fields))
    assert preview is not None
    assert preview.join_rule == "" and preview.membership == ""
    assert preview.room.avatar_url == "" and preview.room.canonical_alias == ""
    assert preview.room.num_joined_members in (0, 3)


@pytest.mark.parametrize("room_id", [None, 5, "", "garden", "!" + "x" * 300])
def test_no_room_without_a_room_id(room_id: object) -> None:
    assert room_preview(_summary(room_id=room_id)) is None


def test_a_very_long_name_is_cut() -> None:
    preview = room_preview(_summary(name="x" * 100_000, topic="y" * 100_000))
    assert preview is not None
    assert len(preview.room.name) < 1000 and len(preview.room.topic) <= 1000


@pytest.mark.parametrize(
    ("join_rule", "membership", "expected"),
    [
        ("public", "", "join"),
        ("public", "leave", "join"),
        ("restricted", "", "join"),
        ("", "", "join"),
        ("knock", "", "knock"),
        ("knock", "leave", "knock"),
        ("knock_restricted", "", "knock"),
        ("invite", "", "closed"),
        ("private", "", "closed"),
        ("invite", "invite", "invited"),
        ("knock", "knock", "requested"),
        ("public", "ban", "banned"),
        ("invite", "join", "open"),
        ("public", "join", "open"),
    ],
)
def test_what_the_link_offers(join_rule: str, membership: str, expected: str) -> None:
    preview = room_preview(_summary(join_rule=join_rule, membership=membership))
    assert preview is not None
    assert way_in(preview) == expected
