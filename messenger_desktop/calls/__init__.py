"""1:1 voice and video calls over Matrix: the signalling, as pure code (spec "Voice over IP", v1).

No Qt, no network, no clock: :mod:`.events` parses and builds ``m.call.*`` content,
:mod:`.machine` is one call's state machine, :mod:`.switchboard` routes a sync's events to calls
(glare, busy, duplicates, out-of-order events) and :mod:`.history` turns a call's events into the
timeline's line. Everything they want done comes back as :mod:`.effects`, which the session
(sending), the media thread (WebRTC) and the Qt layer (ringing, notices) carry out.
"""

from .effects import CallState, Effect, EndReason, Notice
from .events import Candidate, RemoteEvent, parse_call_event
from .history import CallOutcome, CallRecord, history_line, summarise
from .machine import Call, CallConfig
from .switchboard import Switchboard

__all__ = [
    "Call",
    "CallConfig",
    "CallOutcome",
    "CallRecord",
    "CallState",
    "Candidate",
    "Effect",
    "EndReason",
    "Notice",
    "RemoteEvent",
    "Switchboard",
    "history_line",
    "parse_call_event",
    "summarise",
]
