"""Call media: WebRTC (aiortc — ICE, DTLS-SRTP, Opus, VP8) on its own thread with its own event loop.

The signalling state machine (:mod:`messenger_desktop.calls`) says what to do; :class:`MediaEngine`
does it away from the UI loop and answers with SDP, ICE states and plain numbers. Devices come in
through the interface :mod:`messenger_desktop.calls.devices` defines.
"""

from .engine import IceState, MediaEngine, MediaStats
from .ice import IceServers, ice_servers

__all__ = ["IceServers", "IceState", "MediaEngine", "MediaStats", "ice_servers"]
