"""The async Matrix client-server API.

:class:`MatrixApi` turns each endpoint into one awaitable method. It raises typed errors
(:mod:`messenger_desktop.api.errors`) and never returns error objects. Rate limiting is handled
here, once: a 429 is retried after ``Retry-After`` (or the deprecated ``retry_after_ms``) if the
wait is short, otherwise :class:`RateLimited` carries the wait to the caller.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from . import lenient_json, sliding_sync
from .errors import BadResponse, MatrixError, RateLimited
from .http import HttpRequest, HttpResponse, Progress, Transport
from .ids import DeviceId, EventId, RoomId, TxnId, UserId
from .mxc import Mxc, parse_mxc
from .routes import CLIENT_V1, CLIENT_V3, QueryValue, path, query_string
from .sync import USE_STATE_AFTER
from .token_refresh import TokenRefresher, Tokens, refusal

Sleep = Callable[[float], Awaitable[None]]

DEFAULT_TIMEOUT = 30.0
UPLOAD_TIMEOUT = 600.0
DOWNLOAD_TIMEOUT = 120.0
MAX_DOWNLOAD = 512 << 20
"""The largest file the app downloads into memory."""
MAX_THUMBNAIL = 16 << 20
MEDIA_V3 = "/_matrix/media/v3"


@dataclass(frozen=True, slots=True)
class Credentials:
    homeserver: str
    user_id: UserId
    device_id: DeviceId
    access_token: str
    refresh_token: str | None = None


@dataclass(frozen=True, slots=True)
class Versions:
    versions: tuple[str, ...]
    unstable_features: Mapping[str, bool]

    def supports(self, version: str) -> bool:
        return version in self.versions

    def has_unstable(self, feature: str) -> bool:
        return self.unstable_features.get(feature) is True


@dataclass(frozen=True, slots=True)
class Media:
    data: bytes
    content_type: str
    """What the server says it is (lower-case, parameters dropped); only a hint."""


@dataclass(frozen=True, slots=True)
class MessagesPage:
    chunk: tuple[dict[str, Any], ...]
    start: str
    end: str | None
    """``None`` when there is nothing more in that direction (the start of the room)."""
    state: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class RelationsPage:
    """One page of ``GET /relations``: the child events (newest first) and the token for more."""

    chunk: tuple[dict[str, Any], ...]
    next_batch: str | None
    """``None`` when there are no more children."""


@dataclass(frozen=True, slots=True)
class ContextPage:
    """``GET /context``: an event with its neighbours, and tokens to page on from either side."""

    event: dict[str, Any]
    events_before: tuple[dict[str, Any], ...]
    """Newest first (the nearest to ``event`` comes first)."""
    events_after: tuple[dict[str, Any], ...]
    """Oldest first (the nearest to ``event`` comes first)."""
    start: str | None
    """Token to page backwards from ``events_before`` (``/messages?dir=b&from=start``)."""
    end: str | None
    """Token to page forwards from ``events_after``."""
    state: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    event: dict[str, Any]
    before: tuple[dict[str, Any], ...] = ()
    """Events just before the hit (nearest first), when the server sent context."""
    after: tuple[dict[str, Any], ...] = ()
    rank: float = 0.0


@dataclass(frozen=True, slots=True)
class SearchPage:
    results: tuple[SearchResult, ...]
    next_batch: str | None
    count: int | None
    """The server's (approximate) number of hits in all, when it says."""
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HierarchyPage:
    """One page of ``GET /v1/rooms/{roomId}/hierarchy``: the rooms (the space itself first, on the
    first page) as the server sent them, and the token for more."""

    rooms: tuple[dict[str, Any], ...]
    next_batch: str | None
    """``None`` when there are no more rooms."""


@dataclass(frozen=True, slots=True)
class PublicRoomsPage:
    """One page of ``POST /publicRooms``: the listed rooms as the server sent them, the token for
    more and the server's estimate of how many there are in all."""

    rooms: tuple[dict[str, Any], ...]
    next_batch: str | None
    """``None`` when there are no more rooms."""
    total: int | None


@dataclass(frozen=True, slots=True)
class TurnServers:
    """``GET /voip/turnServer``: the relays a call may use, with short-lived credentials.

    Only ``turn:``, ``turns:`` and ``stun:`` URIs are kept (at most :data:`MAX_TURN_URIS`); an empty
    answer (a server without TURN configured answers ``{}``) gives no URIs, and the call then tries
    direct connections only.
    """

    uris: tuple[str, ...]
    username: str
    password: str
    ttl: int
    """Seconds the credentials stay valid (fetch again after about this long)."""


MAX_TURN_URIS = 16
TURN_SCHEMES = ("turn:", "turns:", "stun:")


class MatrixApi:
    """One homeserver, optionally one access token.

    ``rate_limit_max_wait``: longest server-requested wait the client sleeps through by itself;
    longer waits raise :class:`RateLimited` so the caller (outbox, sync loop) can schedule it.
    """

    def __init__(
        self,
        homeserver: str,
        transport: Transport,
        *,
        access_token: str | None = None,
        refresh_token: str | None = None,
        rate_limit_retries: int = 5,
        rate_limit_max_wait: float = 30.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.homeserver = homeserver.rstrip("/")
        self.access_token = access_token
        self._transport = transport
        self._rate_limit_retries = rate_limit_retries
        self._rate_limit_max_wait = rate_limit_max_wait
        self._sleep = sleep
        self.legacy_media = False
        """The server predates authenticated media (spec v1.11): media go through ``/_matrix/media/v3``."""
        self.rate_limit_hits = 0
        """How many 429 answers this client has waited out or raised (diagnostics, tests)."""
        self.tokens = TokenRefresher(self._exchange_refresh_token, self._use_tokens)
        """Renews the access token with the refresh token (see "refresh tokens" below)."""
        self.tokens.refresh_token = refresh_token

    # -- the one request method --------------------------------------------------------------

    async def request(
        self,
        method: str,
        url_path: str,
        *,
        query: Mapping[str, QueryValue] | None = None,
        body: Any = None,
        auth: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> dict[str, Any]:
        """Send one request; return the JSON object of a 2xx answer or raise."""
        response = await self.request_raw(
            method, url_path, query=query, body=body, auth=auth, timeout=timeout
        )
        return _json_object(response, url_path)

    async def request_raw(
        self,
        method: str,
        url_path: str,
        *,
        query: Mapping[str, QueryValue] | None = None,
        body: Any = None,
        auth: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
        content: bytes | None = None,
        content_type: str = "application/octet-stream",
        progress: Progress | None = None,
        max_bytes: int | None = None,
        accept: str = "application/json",
    ) -> HttpResponse:
        """One request; ``content`` (with its ``content_type``) instead of a JSON ``body`` sends bytes
        as they are (uploads); ``max_bytes`` caps the answer (downloads)."""
        headers = {"Accept": accept}
        payload = content
        if body is not None:
            payload = orjson.dumps(body)
            headers["Content-Type"] = "application/json"
        elif content is not None:
            headers["Content-Type"] = content_type
        if auth:
            await self.tokens.refresh_if_due()
            if not self.access_token:
                raise MatrixError(401, "M_MISSING_TOKEN", "not signed in", url=url_path)
            headers["Authorization"] = f"Bearer {self.access_token}"
        request = HttpRequest(
            method=method,
            url=self.homeserver + url_path + query_string(query),
            headers=headers,
            body=payload,
            timeout=timeout,
            progress=progress,
            max_response_bytes=max_bytes,
        )
        attempt = 0
        renewed = False
        while True:
            response = await self._transport.send(request)
            if 200 <= response.status < 300:
                return response
            error = error_from_response(response, url_path)
            if auth and error.soft_logout and not renewed and await self._renewed_since(request):
                renewed = True  # once: a token refused right after renewal is not renewed again
                headers["Authorization"] = f"Bearer {self.access_token}"
                request = dataclasses.replace(request, headers=dict(headers))
                continue
            if response.status != 429 and error.errcode != "M_LIMIT_EXCEEDED":
                raise error
            self.rate_limit_hits += 1
            wait = error.retry_after if error.retry_after is not None else min(2.0**attempt, 8.0)
            if attempt >= self._rate_limit_retries or wait > self._rate_limit_max_wait:
                raise RateLimited(
                    error.status,
                    error.errcode,
                    error.error,
                    retry_after=wait,
                    body=error.body,
                    url=url_path,
                )
            attempt += 1
            await self._sleep(wait)

    # -- discovery and versions ----------------------------------------------------------------

    async def versions(self) -> Versions:
        data = await self.request("GET", "/_matrix/client/versions", auth=False)
        versions = data.get("versions")
        unstable = data.get("unstable_features")
        if not isinstance(versions, list):
            raise BadResponse("no versions list: not a Matrix homeserver", status=200)
        return Versions(
            versions=tuple(v for v in versions if isinstance(v, str)),
            unstable_features={k: v for k, v in (unstable or {}).items() if isinstance(v, bool)}
            if isinstance(unstable, dict)
            else {},
        )

    # -- authentication ------------------------------------------------------------------------

    async def login_password(
        self,
        user: str,
        password: str,
        *,
        device_id: DeviceId | None = None,
        device_name: str = "messenger-desktop",
        refresh: bool = False,
    ) -> Credentials:
        """Sign in. Pass the stored ``device_id`` when re-authenticating so transaction-id
        deduplication keeps protecting retried sends. ``refresh`` asks for a refresh token: the app
        does (its session renews the short-lived access token); tools that copy the access token
        elsewhere do not (a server without refresh tokens ignores it)."""
        body: dict[str, Any] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user},
            "password": password,
            "initial_device_display_name": device_name,
            "refresh_token": refresh,
        }
        if device_id:
            body["device_id"] = device_id
        data = await self.request("POST", path(CLIENT_V3, "login"), body=body, auth=False)
        return self._credentials(data)

    async def register(
        self, username: str, password: str, *, device_name: str = "", refresh: bool = False
    ) -> Credentials:
        """Register with the dummy auth flow (servers with open registration, like the local one);
        ``refresh`` as for :meth:`login_password`."""
        body: dict[str, Any] = {
            "username": username,
            "password": password,
            "auth": {"type": "m.login.dummy"},
            "initial_device_display_name": device_name or "messenger-desktop",
            "refresh_token": refresh,
        }
        data = await self.request("POST", path(CLIENT_V3, "register"), body=body, auth=False)
        return self._credentials(data)

    def _credentials(self, data: dict[str, Any]) -> Credentials:
        user_id, token, device = (
            data.get("user_id"),
            data.get("access_token"),
            data.get("device_id"),
        )
        if not (isinstance(user_id, str) and isinstance(token, str) and isinstance(device, str)):
            raise BadResponse("login answer lacks user_id, access_token or device_id", status=200)
        refresh = data.get("refresh_token")
        self.access_token = token
        self.tokens.issued(refresh if isinstance(refresh, str) else None, _lifetime_ms(data))
        return Credentials(
            homeserver=self.homeserver,
            user_id=UserId(user_id),
            device_id=DeviceId(device),
            access_token=token,
            refresh_token=refresh if isinstance(refresh, str) else None,
        )

    # -- refresh tokens (issue 8: short-lived access tokens, soft logout) -------------------------

    async def _renewed_since(self, request: HttpRequest) -> bool:
        """After a soft-logout 401 of ``request``: is there a newer access token to retry with?
        Another request may have renewed it meanwhile; else renew now (joining a renewal under
        way). False when there is no refresh token or the server refused it — the 401 stands."""
        if request.headers.get("Authorization") != f"Bearer {self.access_token}":
            return bool(self.access_token)
        if not self.tokens.refresh_token:
            return False
        try:
            await self.tokens.refresh()
        except MatrixError as exc:
            if refusal(exc):
                return False
            raise
        return True

    async def _exchange_refresh_token(self, refresh_token: str) -> Tokens:
        """``POST /refresh`` (no access token: the expired one is no use)."""
        data = await self.request(
            "POST", path(CLIENT_V3, "refresh"), body={"refresh_token": refresh_token}, auth=False
        )
        access, refresh = data.get("access_token"), data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise BadResponse("refresh answer lacks access_token", status=200)
        return Tokens(access, refresh if isinstance(refresh, str) and refresh else None, _lifetime_ms(data))

    def _use_tokens(self, tokens: Tokens) -> None:
        self.access_token = tokens.access_token

    async def logout(self) -> None:
        await self.request("POST", path(CLIENT_V3, "logout"), body={})
        self.access_token = None
        self.tokens.refresh_token = None

    async def whoami(self) -> tuple[UserId, DeviceId | None]:
        data = await self.request("GET", path(CLIENT_V3, "account", "whoami"))
        user_id, device_id = data.get("user_id"), data.get("device_id")
        if not isinstance(user_id, str):
            raise BadResponse("whoami answer lacks user_id", status=200)
        return UserId(user_id), DeviceId(device_id) if isinstance(device_id, str) else None

    # -- sync ----------------------------------------------------------------------------------

    async def upload_filter(self, user_id: UserId, definition: dict[str, Any]) -> str:
        data = await self.request("POST", path(CLIENT_V3, "user", user_id, "filter"), body=definition)
        filter_id = data.get("filter_id")
        if not isinstance(filter_id, str):
            raise BadResponse("filter upload answer lacks filter_id", status=200)
        return filter_id

    async def sync_raw(
        self,
        *,
        since: str | None = None,
        filter_: str | None = None,
        timeout_ms: int = 30_000,
        full_state: bool = False,
        set_presence: str | None = None,
    ) -> bytes:
        """Long-poll ``/sync`` and return the body unparsed, so parsing can happen off the loop."""
        query: dict[str, QueryValue] = {
            "since": since,
            "filter": filter_,
            "timeout": timeout_ms,
            "full_state": True if full_state else None,
            "set_presence": set_presence,
            USE_STATE_AFTER: True,
        }
        response = await self.request_raw(
            "GET", path(CLIENT_V3, "sync"), query=query, timeout=timeout_ms / 1000 + 30.0
        )
        return response.body

    # -- sliding sync (simplified, MSC4186) --------------------------------------------------

    async def sliding_sync_raw(
        self, body: Mapping[str, Any], *, pos: str | None = None, timeout_ms: int = 30_000
    ) -> bytes:
        """One simplified sliding sync request (:func:`.sliding_sync.request_body`); the answer
        unparsed, so parsing can happen off the loop. An unknown ``pos`` raises ``M_UNKNOWN_POS``."""
        response = await self.request_raw(
            "POST",
            sliding_sync.PATH,
            query={"pos": pos, "timeout": timeout_ms},
            body=dict(body),
            timeout=timeout_ms / 1000 + 30.0,
        )
        return response.body

    # -- rooms ---------------------------------------------------------------------------------

    async def create_room(
        self,
        *,
        name: str | None = None,
        topic: str | None = None,
        invite: tuple[UserId, ...] = (),
        is_direct: bool = False,
        preset: str | None = None,
        visibility: str = "private",
        initial_state: tuple[dict[str, Any], ...] = (),
        extra: Mapping[str, Any] | None = None,
    ) -> RoomId:
        body: dict[str, Any] = {"visibility": visibility, "invite": list(invite)}
        if name is not None:
            body["name"] = name
        if topic is not None:
            body["topic"] = topic
        if is_direct:
            body["is_direct"] = True
        if preset is not None:
            body["preset"] = preset
        if initial_state:
            body["initial_state"] = list(initial_state)
        if extra:
            body.update(extra)
        data = await self.request("POST", path(CLIENT_V3, "createRoom"), body=body)
        return RoomId(_str_field(data, "room_id"))

    async def invite(self, room_id: RoomId, user_id: UserId, reason: str | None = None) -> None:
        body: dict[str, Any] = {"user_id": user_id}
        if reason:
            body["reason"] = reason
        await self.request("POST", path(CLIENT_V3, "rooms", room_id, "invite"), body=body)

    async def join(self, room_id_or_alias: str, *, via: tuple[str, ...] = ()) -> RoomId:
        query = [("via", server) for server in via]
        data = await self.request(
            "POST",
            path(CLIENT_V3, "join", room_id_or_alias) + query_string(query),
            body={},
        )
        return RoomId(_str_field(data, "room_id"))

    async def leave(self, room_id: RoomId) -> None:
        await self.request("POST", path(CLIENT_V3, "rooms", room_id, "leave"), body={})

    async def forget(self, room_id: RoomId) -> None:
        """``POST /rooms/{roomId}/forget``: a room the user left is no longer theirs to read; the
        server refuses while they are still in it."""
        await self.request("POST", path(CLIENT_V3, "rooms", room_id, "forget"), body={})

    async def moderate(self, action: str, room_id: RoomId, user_id: UserId, reason: str = "") -> None:
        """``POST /rooms/{roomId}/{kick|ban|unban}``: the server checks the sender's power."""
        if action not in ("kick", "ban", "unban"):
            raise ValueError(f"not a moderation action: {action}")
        body: dict[str, Any] = {"user_id": user_id}
        if reason:
            body["reason"] = reason
        await self.request("POST", path(CLIENT_V3, "rooms", room_id, action), body=body)

    # -- the room directory ----------------------------------------------------------------------

    async def create_alias(self, alias: str, room_id: RoomId) -> None:
        """``PUT /directory/room/{alias}``: ``#name:server`` now leads to ``room_id``
        (``M_ROOM_IN_USE`` when it already leads somewhere)."""
        await self.request("PUT", path(CLIENT_V3, "directory", "room", alias), body={"room_id": room_id})

    async def resolve_alias(self, alias: str) -> RoomId:
        """``GET /directory/room/{alias}``: the room ``#name:server`` leads to."""
        data = await self.request("GET", path(CLIENT_V3, "directory", "room", alias))
        return RoomId(_str_field(data, "room_id"))

    async def directory_visibility(self, room_id: RoomId) -> bool:
        """Is ``room_id`` listed in the server's public room directory?"""
        data = await self.request("GET", path(CLIENT_V3, "directory", "list", "room", room_id), auth=False)
        return data.get("visibility") == "public"

    async def set_directory_visibility(self, room_id: RoomId, public: bool) -> None:
        body = {"visibility": "public" if public else "private"}
        await self.request("PUT", path(CLIENT_V3, "directory", "list", "room", room_id), body=body)

    async def send(
        self, room_id: RoomId, event_type: str, txn_id: TxnId, content: Mapping[str, Any]
    ) -> EventId:
        """``PUT /send`` — idempotent for a given ``txn_id``: retry with the same id, never a new one."""
        data = await self.request(
            "PUT",
            path(CLIENT_V3, "rooms", room_id, "send", event_type, txn_id),
            body=dict(content),
        )
        return EventId(_str_field(data, "event_id"))

    async def send_state(
        self, room_id: RoomId, event_type: str, state_key: str, content: Mapping[str, Any]
    ) -> EventId:
        data = await self.request(
            "PUT",
            path(CLIENT_V3, "rooms", room_id, "state", event_type, state_key),
            body=dict(content),
        )
        return EventId(_str_field(data, "event_id"))

    async def messages(
        self,
        room_id: RoomId,
        *,
        from_token: str | None,
        direction: str = "b",
        limit: int = 50,
        filter_json: str | None = None,
    ) -> MessagesPage:
        data = await self.request(
            "GET",
            path(CLIENT_V3, "rooms", room_id, "messages"),
            query={"from": from_token, "dir": direction, "limit": limit, "filter": filter_json},
        )
        chunk = data.get("chunk")
        state = data.get("state")
        end = data.get("end")
        start = data.get("start")
        return MessagesPage(
            chunk=tuple(e for e in chunk if isinstance(e, dict)) if isinstance(chunk, list) else (),
            start=start if isinstance(start, str) else "",
            end=end if isinstance(end, str) else None,
            state=tuple(e for e in state if isinstance(e, dict)) if isinstance(state, list) else (),
        )

    async def room_state(self, room_id: RoomId) -> list[dict[str, Any]]:
        response = await self.request_raw("GET", path(CLIENT_V3, "rooms", room_id, "state"))
        data = _json(response, "state")
        if not isinstance(data, list):
            raise BadResponse("room state is not a list", status=response.status)
        return [e for e in data if isinstance(e, dict)]

    async def state_event(self, room_id: RoomId, event_type: str, state_key: str = "") -> dict[str, Any]:
        return await self.request("GET", path(CLIENT_V3, "rooms", room_id, "state", event_type, state_key))

    async def joined_members(self, room_id: RoomId) -> dict[str, Any]:
        data = await self.request("GET", path(CLIENT_V3, "rooms", room_id, "joined_members"))
        joined = data.get("joined")
        return joined if isinstance(joined, dict) else {}

    async def members(
        self, room_id: RoomId, *, membership: str | None = None, not_membership: str | None = None
    ) -> list[dict[str, Any]]:
        """``GET /members``: the room's member state events (all of them, whatever lazy loading
        left out of sync)."""
        data = await self.request(
            "GET",
            path(CLIENT_V3, "rooms", room_id, "members"),
            query={"membership": membership, "not_membership": not_membership},
        )
        return _dicts(data.get("chunk"))

    # -- events, relations, context, search ------------------------------------------------------

    async def redact(
        self, room_id: RoomId, event_id: EventId, txn_id: TxnId, reason: str | None = None
    ) -> EventId:
        """``PUT /redact/{eventId}/{txnId}`` — idempotent for a given ``txn_id``, like :meth:`send`."""
        body: dict[str, Any] = {}
        if reason:
            body["reason"] = reason
        data = await self.request(
            "PUT", path(CLIENT_V3, "rooms", room_id, "redact", event_id, txn_id), body=body
        )
        return EventId(_str_field(data, "event_id"))

    async def get_event(self, room_id: RoomId, event_id: EventId) -> dict[str, Any]:
        """One event as the server has it (``M_NOT_FOUND`` if it does not or we may not see it)."""
        return await self.request("GET", path(CLIENT_V3, "rooms", room_id, "event", event_id))

    async def relations(
        self,
        room_id: RoomId,
        event_id: EventId,
        rel_type: str | None = None,
        event_type: str | None = None,
        from_token: str | None = None,
        limit: int = 50,
        *,
        direction: str = "b",
    ) -> RelationsPage:
        """``GET /v1/rooms/{roomId}/relations/{eventId}[/{relType}[/{eventType}]]``.

        ``event_type`` needs ``rel_type`` (the path has no place for it otherwise)."""
        if event_type is not None and rel_type is None:
            raise ValueError("relations: event_type needs rel_type")
        segments = ["rooms", room_id, "relations", event_id]
        if rel_type is not None:
            segments.append(rel_type)
            if event_type is not None:
                segments.append(event_type)
        data = await self.request(
            "GET",
            path(CLIENT_V1, *segments),
            query={"from": from_token, "limit": limit, "dir": direction},
        )
        next_batch = data.get("next_batch")
        return RelationsPage(
            chunk=tuple(_dicts(data.get("chunk"))),
            next_batch=next_batch if isinstance(next_batch, str) and next_batch else None,
        )

    async def context(
        self, room_id: RoomId, event_id: EventId, limit: int = 10, *, filter_json: str | None = None
    ) -> ContextPage:
        """``GET /context/{eventId}``: the event and up to ``limit`` events around it in all."""
        data = await self.request(
            "GET",
            path(CLIENT_V3, "rooms", room_id, "context", event_id),
            query={"limit": limit, "filter": filter_json},
        )
        event = data.get("event")
        if not isinstance(event, dict):
            raise BadResponse("context answer lacks the event", status=200)
        start, end = data.get("start"), data.get("end")
        return ContextPage(
            event=event,
            events_before=tuple(_dicts(data.get("events_before"))),
            events_after=tuple(_dicts(data.get("events_after"))),
            start=start if isinstance(start, str) else None,
            end=end if isinstance(end, str) else None,
            state=tuple(_dicts(data.get("state"))),
        )

    async def search(
        self,
        room_id: RoomId,
        term: str,
        next_batch: str | None = None,
        *,
        context: int = 1,
        order_by: str = "recent",
    ) -> SearchPage:
        """``POST /search`` for ``term`` in one room's messages, with ``context`` events either side."""
        criteria: dict[str, Any] = {
            "search_term": term,
            "filter": {"rooms": [room_id]},
            "order_by": order_by,
        }
        if context > 0:
            criteria["event_context"] = {
                "before_limit": context,
                "after_limit": context,
                "include_profile": False,
            }
        data = await self.request(
            "POST",
            path(CLIENT_V3, "search"),
            query={"next_batch": next_batch},
            body={"search_categories": {"room_events": criteria}},
        )
        categories = data.get("search_categories")
        room_events = categories.get("room_events") if isinstance(categories, dict) else None
        if not isinstance(room_events, dict):
            return SearchPage((), None, 0)
        results: list[SearchResult] = []
        for hit in _dicts(room_events.get("results")):
            event = hit.get("result")
            if not isinstance(event, dict):
                continue
            around = hit.get("context")
            around = around if isinstance(around, dict) else {}
            rank = hit.get("rank")
            results.append(
                SearchResult(
                    event=event,
                    before=tuple(_dicts(around.get("events_before"))),
                    after=tuple(_dicts(around.get("events_after"))),
                    rank=float(rank) if isinstance(rank, int | float) and not isinstance(rank, bool) else 0.0,
                )
            )
        token = room_events.get("next_batch")
        count = room_events.get("count")
        highlights = room_events.get("highlights")
        return SearchPage(
            results=tuple(results),
            next_batch=token if isinstance(token, str) and token else None,
            count=count if isinstance(count, int) and not isinstance(count, bool) else None,
            highlights=tuple(h for h in highlights if isinstance(h, str))
            if isinstance(highlights, list)
            else (),
        )

    # -- profile -------------------------------------------------------------------------------

    async def get_profile(self, user_id: UserId) -> dict[str, Any]:
        return await self.request("GET", path(CLIENT_V3, "profile", user_id))

    async def set_displayname(self, user_id: UserId, name: str) -> None:
        await self.request(
            "PUT", path(CLIENT_V3, "profile", user_id, "displayname"), body={"displayname": name}
        )

    async def set_avatar_url(self, user_id: UserId, uri: str) -> None:
        """The user's avatar (an ``mxc://`` URI; "" removes it). Servers copy it into the
        user's member event in every joined room."""
        await self.request("PUT", path(CLIENT_V3, "profile", user_id, "avatar_url"), body={"avatar_url": uri})

    # -- devices and account ---------------------------------------------------------------------

    async def devices(self) -> list[dict[str, Any]]:
        """``GET /devices``: the account's devices (its signed-in sessions) as the server sent
        them; the caller checks each field."""
        data = await self.request("GET", path(CLIENT_V3, "devices"))
        return _dicts(data.get("devices"))

    async def rename_device(self, device_id: DeviceId, name: str) -> None:
        """``PUT /devices/{deviceId}``: the name the user's devices list shows it by."""
        await self.request("PUT", path(CLIENT_V3, "devices", device_id), body={"display_name": name})

    async def delete_devices(
        self, device_ids: tuple[DeviceId, ...], auth: Mapping[str, Any] | None = None
    ) -> None:
        """``POST /delete_devices``: sign those devices out (their tokens stop working). Behind
        user-interactive authentication: without ``auth`` the server answers 401 with its flows
        and a session (a :class:`MatrixError` whose ``body`` holds them)."""
        body: dict[str, Any] = {"devices": list(device_ids)}
        if auth is not None:
            body["auth"] = dict(auth)
        await self.request("POST", path(CLIENT_V3, "delete_devices"), body=body)

    async def change_password(
        self, new_password: str, *, logout_devices: bool, auth: Mapping[str, Any] | None = None
    ) -> None:
        """``POST /account/password``; ``logout_devices`` signs out every other device. Behind
        user-interactive authentication, like :meth:`delete_devices`."""
        body: dict[str, Any] = {"new_password": new_password, "logout_devices": logout_devices}
        if auth is not None:
            body["auth"] = dict(auth)
        await self.request("POST", path(CLIENT_V3, "account", "password"), body=body)

    # -- receipts, read markers, typing ----------------------------------------------------------

    async def receipt(self, room_id: RoomId, event_id: EventId, receipt_type: str = "m.read") -> None:
        await self.request(
            "POST", path(CLIENT_V3, "rooms", room_id, "receipt", receipt_type, event_id), body={}
        )

    async def read_markers(
        self,
        room_id: RoomId,
        *,
        fully_read: EventId,
        read: EventId | None = None,
        read_type: str = "m.read",
    ) -> None:
        """``read_type`` "m.read.private": the receipt only the user's own devices see."""
        body: dict[str, Any] = {"m.fully_read": fully_read}
        if read:
            body[read_type] = read
        await self.request("POST", path(CLIENT_V3, "rooms", room_id, "read_markers"), body=body)

    async def typing(self, room_id: RoomId, user_id: UserId, typing: bool, timeout_ms: int = 30_000) -> None:
        body: dict[str, Any] = {"typing": typing}
        if typing:
            body["timeout"] = timeout_ms
        await self.request("PUT", path(CLIENT_V3, "rooms", room_id, "typing", user_id), body=body)

    async def set_account_data(self, user_id: UserId, event_type: str, content: Mapping[str, Any]) -> None:
        await self.request(
            "PUT",
            path(CLIENT_V3, "user", user_id, "account_data", event_type),
            body=dict(content),
        )

    async def account_data(self, user_id: UserId, event_type: str) -> dict[str, Any] | None:
        """The account's ``event_type`` account data, ``None`` when it has none (404)."""
        try:
            return await self.request("GET", path(CLIENT_V3, "user", user_id, "account_data", event_type))
        except MatrixError as exc:
            if exc.status == 404 or exc.errcode == "M_NOT_FOUND":
                return None
            raise

    async def set_room_account_data(
        self, user_id: UserId, room_id: RoomId, event_type: str, content: Mapping[str, Any]
    ) -> None:
        await self.request(
            "PUT",
            path(CLIENT_V3, "user", user_id, "rooms", room_id, "account_data", event_type),
            body=dict(content),
        )

    # -- tags ----------------------------------------------------------------------------------

    async def set_room_tag(
        self, user_id: UserId, room_id: RoomId, tag: str, order: float | None = None
    ) -> None:
        """``PUT /user/{userId}/rooms/{roomId}/tags/{tag}`` (``order`` from 0, first, to 1)."""
        body: dict[str, Any] = {} if order is None else {"order": order}
        await self.request("PUT", path(CLIENT_V3, "user", user_id, "rooms", room_id, "tags", tag), body=body)

    async def delete_room_tag(self, user_id: UserId, room_id: RoomId, tag: str) -> None:
        await self.request("DELETE", path(CLIENT_V3, "user", user_id, "rooms", room_id, "tags", tag))

    # -- push rules ------------------------------------------------------------------------------

    async def push_rules(self) -> dict[str, Any]:
        """``GET /pushrules/``: ``{"global": {kind: [rule, ...]}}`` (the shape of the
        ``m.push_rules`` account data, for :func:`messenger_desktop.push.parse_push_rules`)."""
        return await self.request("GET", path(CLIENT_V3, "pushrules") + "/")

    async def put_push_rule(self, kind: str, rule_id: str, body: Mapping[str, Any]) -> None:
        """``PUT /pushrules/global/{kind}/{ruleId}``: add or replace one of the user's rules."""
        await self.request("PUT", path(CLIENT_V3, "pushrules", "global", kind, rule_id), body=dict(body))

    async def delete_push_rule(self, kind: str, rule_id: str) -> None:
        """``DELETE /pushrules/global/{kind}/{ruleId}`` (``M_NOT_FOUND`` when there is no such rule)."""
        await self.request("DELETE", path(CLIENT_V3, "pushrules", "global", kind, rule_id))

    # -- spaces --------------------------------------------------------------------------------

    async def hierarchy(
        self, room_id: RoomId, from_: str | None = None, limit: int = 50, max_depth: int = 1
    ) -> HierarchyPage:
        """``GET /v1/rooms/{roomId}/hierarchy``: a space's rooms, depth first, ``max_depth`` levels
        down (1: its children). The rooms are unvalidated objects: the caller checks each field."""
        data = await self.request(
            "GET",
            path(CLIENT_V1, "rooms", room_id, "hierarchy"),
            query={"from": from_, "limit": limit, "max_depth": max_depth},
        )
        token = data.get("next_batch")
        return HierarchyPage(
            rooms=tuple(_dicts(data.get("rooms"))),
            next_batch=token if isinstance(token, str) and token else None,
        )

    # -- invite links ------------------------------------------------------------------------------

    async def room_summary(self, room_id_or_alias: str, via: tuple[str, ...] = ()) -> dict[str, Any]:
        """``GET /v1/room_summary/{roomIdOrAlias}``: what a room the user may not be in looks
        like (name, topic, members, join rule, their membership). The server answers for rooms
        anyone may peek at, join or knock on; otherwise ``M_NOT_FOUND``. Unvalidated."""
        return await self.request(
            "GET",
            path(CLIENT_V1, "room_summary", room_id_or_alias) + query_string([("via", s) for s in via]),
        )

    # -- public room directory ---------------------------------------------------------------------

    async def public_rooms(
        self, *, server: str | None = None, search: str = "", since: str | None = None, limit: int = 30
    ) -> PublicRoomsPage:
        """``POST /publicRooms``: the rooms listed in ``server``'s directory (the user's own server
        when ``None``), those matching ``search`` when it is not empty, from the ``since`` token on.
        The rooms are unvalidated objects: the caller checks each field."""
        body: dict[str, Any] = {"limit": limit}
        if since:
            body["since"] = since
        if search:
            body["filter"] = {"generic_search_term": search}
        data = await self.request(
            "POST", path(CLIENT_V3, "publicRooms"), query={"server": server or None}, body=body
        )
        token = data.get("next_batch")
        total = data.get("total_room_count_estimate")
        return PublicRoomsPage(
            rooms=tuple(_dicts(data.get("chunk"))),
            next_batch=token if isinstance(token, str) and token else None,
            total=total if isinstance(total, int) and not isinstance(total, bool) and total >= 0 else None,
        )

    async def knock(self, room_id_or_alias: str, *, via: tuple[str, ...] = (), reason: str = "") -> RoomId:
        """``POST /knock/{roomIdOrAlias}``: ask to be let into a room whose join rule is "knock";
        its moderators see the request (and ``reason``) and may invite the user in."""
        body: dict[str, Any] = {"reason": reason} if reason else {}
        data = await self.request(
            "POST",
            path(CLIENT_V3, "knock", room_id_or_alias) + query_string([("via", s) for s in via]),
            body=body,
        )
        return RoomId(_str_field(data, "room_id"))

    # -- safety: reporting to the server's admins --------------------------------------------------

    async def report_event(self, room_id: RoomId, event_id: EventId, reason: str) -> None:
        """``POST /v3/rooms/{roomId}/report/{eventId}``: tell the server's admins about a message."""
        await self.request(
            "POST", path(CLIENT_V3, "rooms", room_id, "report", event_id), body={"reason": reason}
        )

    async def report_user(self, user_id: UserId, reason: str) -> None:
        """``POST /v3/users/{userId}/report``: tell the server's admins about a person (the server
        answers the same whether or not it knows them)."""
        await self.request("POST", path(CLIENT_V3, "users", user_id, "report"), body={"reason": reason})

    # -- calls ---------------------------------------------------------------------------------------

    async def turn_servers(self) -> TurnServers:
        """``GET /v3/voip/turnServer``. Fields of the wrong type are dropped, never trusted."""
        data = await self.request("GET", path(CLIENT_V3, "voip", "turnServer"))
        raw = data.get("uris")
        uris = tuple(
            dict.fromkeys(
                u
                for u in (raw if isinstance(raw, list) else [])
                if isinstance(u, str) and len(u) <= 512 and u.startswith(TURN_SCHEMES) and u.isprintable()
            )
        )[:MAX_TURN_URIS]
        username, password, ttl = data.get("username"), data.get("password"), data.get("ttl")
        return TurnServers(
            uris=uris,
            username=username if isinstance(username, str) else "",
            password=password if isinstance(password, str) else "",
            ttl=ttl if isinstance(ttl, int) and not isinstance(ttl, bool) and 0 < ttl < 2**31 else 0,
        )

    # -- media ---------------------------------------------------------------------------------------

    async def upload(
        self,
        data: bytes,
        content_type: str,
        filename: str | None = None,
        *,
        progress: Progress | None = None,
        timeout: float = UPLOAD_TIMEOUT,
    ) -> str:
        """``POST /_matrix/media/v3/upload`` with the file's real content type; returns its ``mxc://``
        URI. Not idempotent: a retry uploads again (the first copy is left unused)."""
        response = await self.request_raw(
            "POST",
            path(MEDIA_V3, "upload"),
            query={"filename": filename or None},
            content=data,
            content_type=content_type or "application/octet-stream",
            progress=progress,
            timeout=timeout,
        )
        uri = _str_field(_json_object(response, "upload"), "content_uri")
        if parse_mxc(uri) is None:
            raise BadResponse("the server gave the upload an invalid content URI", status=response.status)
        return uri

    async def media_config(self) -> int | None:
        """The largest upload the server accepts in bytes (``m.upload.size``), None if it does not say."""
        try:
            data = await self.request("GET", path(CLIENT_V1, "media", "config"))
        except MatrixError as exc:
            if not _unrecognised(exc):
                raise
            data = await self.request("GET", path(MEDIA_V3, "config"))
        size = data.get("m.upload.size")
        return size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else None

    async def download(
        self, mxc: Mxc, *, max_bytes: int = MAX_DOWNLOAD, timeout: float = DOWNLOAD_TIMEOUT
    ) -> Media:
        """The file behind ``mxc`` (authenticated media; the legacy endpoint for servers older than
        spec v1.11). Its content type is the server's claim, never trusted for decoding."""
        return await self._media(mxc.download_path(), _legacy(mxc.download_path()), max_bytes, timeout)

    async def thumbnail(
        self,
        mxc: Mxc,
        width: int,
        height: int,
        *,
        method: str = "scale",
        max_bytes: int = MAX_THUMBNAIL,
        timeout: float = DOWNLOAD_TIMEOUT,
    ) -> Media:
        """A server-made thumbnail of ``mxc`` at least ``width`` × ``height``."""
        url = mxc.thumbnail_path(width, height, method=method)
        return await self._media(url, _legacy(url), max_bytes, timeout)

    async def _media(self, url: str, legacy_url: str, max_bytes: int, timeout: float) -> Media:
        if not self.legacy_media:
            try:
                response = await self.request_raw(
                    "GET", url, max_bytes=max_bytes, timeout=timeout, accept="*/*"
                )
                return _media(response)
            except MatrixError as exc:
                if not _unrecognised(exc):
                    raise
                self.legacy_media = True
        response = await self.request_raw(
            "GET", legacy_url, max_bytes=max_bytes, timeout=timeout, accept="*/*"
        )
        return _media(response)

    # -- response helpers ---------------------------------------------------------------------------


def _lifetime_ms(data: dict[str, Any]) -> int | None:
    """``expires_in_ms`` of a login or refresh answer, when it is a sane positive number."""
    value = data.get("expires_in_ms")
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**53 else None


def _media(response: HttpResponse) -> Media:
    kind = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return Media(response.body, kind[:100] if kind.isascii() else "")


def _legacy(url: str) -> str:
    """The pre-v1.11 path of an authenticated media URL (same segments, unauthenticated prefix)."""
    return MEDIA_V3 + url.removeprefix(CLIENT_V1 + "/media")


def _unrecognised(error: MatrixError) -> bool:
    """The server does not know the endpoint (older than the spec version that added it)."""
    return error.errcode == "M_UNRECOGNIZED" or (error.status in (404, 405) and error.errcode == "M_UNKNOWN")


def error_from_response(response: HttpResponse, url: str = "") -> MatrixError:
    """Build the :class:`MatrixError` for a non-2xx answer (whatever its body)."""
    body: dict[str, Any] = {}
    try:
        parsed = orjson.loads(response.body) if response.body else {}
        if isinstance(parsed, dict):
            body = parsed
    except orjson.JSONDecodeError:
        pass
    errcode = body.get("errcode")
    if not isinstance(errcode, str):
        errcode = "M_UNKNOWN" if body else _errcode_for_status(response.status)
    error = body.get("error")
    return MatrixError(
        response.status,
        errcode,
        error if isinstance(error, str) else "",
        retry_after=_retry_after(response, body),
        body=body,
        url=url,
    )


def _errcode_for_status(status: int) -> str:
    return {404: "M_UNRECOGNIZED", 429: "M_LIMIT_EXCEEDED"}.get(status, "M_UNKNOWN")


def _retry_after(response: HttpResponse, body: dict[str, Any]) -> float | None:
    header = response.headers.get("retry-after")
    if header:
        header = header.strip()
        if header.isascii() and header.isdigit():
            return min(float(header), 86_400.0)
        import email.utils  # an HTTP date here is rare: not worth loading the email package at start-up

        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - time.time())
    value = body.get("retry_after_ms")
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value) / 1000.0
    return None


def _json(response: HttpResponse, url: str) -> Any:
    try:
        return lenient_json.loads(response.body)  # a page of history with one hostile value still reads
    except orjson.JSONDecodeError as exc:
        raise BadResponse(f"answer is not JSON ({exc})", status=response.status, url=url) from exc


def _json_object(response: HttpResponse, url: str) -> dict[str, Any]:
    data = _json(response, url) if response.body else {}
    if not isinstance(data, dict):
        raise BadResponse("answer is not a JSON object", status=response.status, url=url)
    return data


def _dicts(value: object) -> list[dict[str, Any]]:
    """The objects of a JSON list (anything else in it, or a non-list, is dropped)."""
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _str_field(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise BadResponse(f"answer lacks {key}", status=200)
    return value
