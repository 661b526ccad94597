"""Pure async Matrix client-server API: no Qt, no SQLite. Only :mod:`.transport` imports httpx."""

from .client import Credentials, MatrixApi, MessagesPage, Versions, error_from_response
from .discovery import Discovered, DiscoveryError, discover_homeserver
from .errors import (
    ApiError,
    BadResponse,
    CertificateRejected,
    MatrixError,
    RateLimited,
    RequestTimeout,
    TransportError,
)
from .events import EventKind, RoomEvent, parse_event
from .http import HttpRequest, HttpResponse, Transport
from .ids import DeviceId, EventId, MxcUri, RoomId, TxnId, UserId
from .sync import InvitedRoom, JoinedRoom, LeftRoom, SyncResponse, parse_sync

__all__ = [
    "ApiError",
    "BadResponse",
    "CertificateRejected",
    "Credentials",
    "DeviceId",
    "Discovered",
    "DiscoveryError",
    "EventId",
    "EventKind",
    "HttpRequest",
    "HttpResponse",
    "InvitedRoom",
    "JoinedRoom",
    "LeftRoom",
    "MatrixApi",
    "MatrixError",
    "MessagesPage",
    "MxcUri",
    "RateLimited",
    "RequestTimeout",
    "RoomEvent",
    "RoomId",
    "SyncResponse",
    "Transport",
    "TransportError",
    "TxnId",
    "UserId",
    "Versions",
    "discover_homeserver",
    "error_from_response",
    "parse_event",
    "parse_sync",
]
