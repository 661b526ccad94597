"""Which files download by themselves: a known size within the setting's; a size that is missing
or a lie is not known, and nothing is fetched for it."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.qt.auto_download import fetched_by_itself, file_size
from messenger_desktop.qt.privacy_settings import receipt_type

MB = 1 << 20


@pytest.mark.parametrize(
    ("info", "size"),
    [
        ({"size": 23}, 23),
        ({"size": 0}, 0),
        ({"size": -5}, 0),
        ({"size": True}, 0),
        ({"size": "23"}, 0),
        ({"size": 2.5}, 0),
        ({"size": 1 << 60}, 0),
        ({}, 0),
        ("not an object", 0),
    ],
)
def test_only_a_sane_size_counts(info: Any, size: int) -> None:
    assert file_size({"msgtype": "m.file", "info": info}) == size


def test_a_file_within_the_limit_downloads_by_itself_a_larger_or_unknown_one_does_not() -> None:
    assert fetched_by_itself({"info": {"size": 20 * MB}}, 20 * MB)
    assert not fetched_by_itself({"info": {"size": 20 * MB + 1}}, 20 * MB)
    assert not fetched_by_itself({"info": {}}, 20 * MB)
    assert not fetched_by_itself({"info": {"size": 1}}, 0)  # "Never"


def test_read_receipts_off_keeps_them_private() -> None:
    assert receipt_type(True) == "m.read"
    assert receipt_type(False) == "m.read.private"
