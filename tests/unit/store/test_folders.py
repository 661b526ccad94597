from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from messenger_desktop.store.folders import (
    MAX_FOLDERS,
    MAX_NAME,
    MAX_ROOMS,
    Folder,
    folders_content,
    load_folders,
    parse_folders,
)
from tests.support.sync_builder import sync
from tests.unit.store.conftest import ingest

GOOD: dict[str, Any] = {
    "id": "work",
    "name": "Work",
    "rooms": ["!a:hs", "!b:hs"],
    "include": ["groups", "unread"],
    "exclude_muted": True,
}


def test_a_well_formed_folder_is_read_as_written() -> None:
    [folder] = parse_folders({"folders": [GOOD]})
    assert folder == Folder("work", "Work", ("!a:hs", "!b:hs"), ("groups", "unread"), True)
    assert parse_folders(folders_content([folder])) == (folder,)


@pytest.mark.parametrize(
    "content", [None, [], "folders", {"folders": None}, {"folders": {"id": "x"}}, {"folders": "[]"}, {}]
)
def test_content_of_the_wrong_shape_means_no_folders(content: object) -> None:
    assert parse_folders(content) == ()


@pytest.mark.parametrize(
    "item",
    [
        None,
        17,
        "work",
        [GOOD],
        {**GOOD, "id": None},
        {**GOOD, "id": ""},
        {**GOOD, "id": 5},
        {**GOOD, "id": "x" * 256},
        {**GOOD, "name": None},
        {**GOOD, "name": ["Work"]},
        {"id": "no-name"},
    ],
)
def test_a_malformed_folder_is_dropped_and_the_others_kept(item: object) -> None:
    other = {"id": "home", "name": "Home"}
    assert [f.id for f in parse_folders({"folders": [item, other]})] == ["home"]


def test_malformed_parts_of_a_folder_are_dropped_item_by_item() -> None:
    [folder] = parse_folders(
        {
            "folders": [
                {
                    "id": "f",
                    "name": "  Line one\nline\ttwo \u2028 " + "x" * 100,
                    "rooms": ["!a:hs", 7, None, "#alias:hs", "", "!", "!a:hs", {"id": "!c:hs"}, "!b:hs"],
                    "include": ["people", "people", "spaces", 3, None, ["groups"], "favourites"],
                    "exclude_muted": "yes",
                }
            ]
        }
    )
    assert folder.name.startswith("Line one line two ")
    assert "\n" not in folder.name and len(folder.name) == MAX_NAME
    assert folder.rooms == ("!a:hs", "!b:hs")
    assert folder.include == ("people", "favourites")
    assert folder.exclude_muted is False


@pytest.mark.parametrize("value", [None, "!a:hs", {"!a:hs": 1}, 3])
def test_rooms_and_include_of_the_wrong_type_count_as_empty(value: object) -> None:
    [folder] = parse_folders({"folders": [{"id": "f", "name": "F", "rooms": value, "include": value}]})
    assert (folder.rooms, folder.include) == ((), ())


def test_a_repeated_id_keeps_the_first_folder() -> None:
    folders = parse_folders({"folders": [{"id": "f", "name": "First"}, {"id": "f", "name": "Second"}]})
    assert [f.name for f in folders] == ["First"]


def test_sizes_are_capped() -> None:
    many = [{"id": f"f{i}", "name": str(i)} for i in range(MAX_FOLDERS + 20)]
    assert len(parse_folders({"folders": many})) == MAX_FOLDERS
    rooms = [f"!r{i}:hs" for i in range(MAX_ROOMS + 5)]
    [folder] = parse_folders({"folders": [{"id": "big", "name": "Big", "rooms": rooms}]})
    assert folder.rooms == tuple(rooms[:MAX_ROOMS])


def test_folders_arrive_in_the_ingest_result_only_when_their_account_data_came(
    conn: sqlite3.Connection,
) -> None:
    data = {"type": "im.messenger-desktop.folders", "content": {"folders": [GOOD, "junk"]}}
    first = ingest(conn, sync("s1", account_data=[data]))
    assert first.folders is not None and [f.id for f in first.folders] == ["work"]
    assert load_folders(conn) == first.folders
    assert ingest(conn, sync("s2", account_data=[{"type": "m.direct", "content": {}}])).folders is None
    emptied = ingest(conn, sync("s3", account_data=[{"type": "im.messenger-desktop.folders", "content": {}}]))
    assert emptied.folders == ()
