"""Typed identifiers of the Matrix protocol.

They are plain strings at run time; the types keep a room id from being passed where an event id
is expected.
"""

from __future__ import annotations

from typing import NewType

RoomId = NewType("RoomId", str)
EventId = NewType("EventId", str)
UserId = NewType("UserId", str)
DeviceId = NewType("DeviceId", str)
MxcUri = NewType("MxcUri", str)
TxnId = NewType("TxnId", str)
