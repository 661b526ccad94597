from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from messenger_desktop.api import UserId, parse_sync
from messenger_desktop.store.database import connect
from messenger_desktop.store.ingest import ingest_sync
from messenger_desktop.store.rows import IngestResult
from tests.support.sync_builder import ME


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(tmp_path / "cache.sqlite3")
    yield connection
    connection.close()


def ingest(conn: sqlite3.Connection, body: dict[str, object]) -> IngestResult:
    return ingest_sync(conn, parse_sync(orjson.dumps(body)), UserId(ME))
