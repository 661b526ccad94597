"""Exceptions raised by the API layer.

    ApiError                      anything the api layer raises
    ├── TransportError            the request never got an HTTP answer (DNS, refused, reset, timeout)
    │   ├── RequestTimeout        no answer within the timeout
    │   └── ProxyFailed           the proxy set in the settings could not be reached or refused us
    ├── MatrixError               the server answered with an error status (errcode, status, retry_after)
    │   └── RateLimited           429 / M_LIMIT_EXCEEDED, still limited after the client's own retries
    └── BadResponse               the server answered 2xx with something that is not the expected JSON

The session layer decides what to do with each: retry (transport errors, 5xx, 429), re-authenticate
(``M_UNKNOWN_TOKEN`` with ``soft_logout``) or show the user a sentence.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Base class of every error raised by :mod:`messenger_desktop.api`."""


class TransportError(ApiError):
    """The request did not get an HTTP response (connection refused, reset, DNS failure, ...)."""

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class RequestTimeout(TransportError):
    """The server did not answer in time."""


class ProxyFailed(TransportError):
    """The proxy could not be reached, refused the credentials, or has no address set: the user's
    settings are the place to look, not the server."""


class CertificateRejected(TransportError):
    """The server's TLS certificate did not verify (self-signed, expired, another name): nothing
    was sent. Verification cannot be switched off; the user is told, not asked to trust it."""


class ResponseTooLarge(ApiError):
    """The answer was longer than the caller accepts (a download over its size limit)."""

    def __init__(self, limit: int, *, url: str = "") -> None:
        super().__init__(f"the answer is longer than {limit} bytes")
        self.limit = limit
        self.url = url


class BadResponse(ApiError):
    """A successful status with a body that is not the JSON object the endpoint promises."""

    def __init__(self, message: str, *, status: int, url: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.url = url


class MatrixError(ApiError):
    """The homeserver answered with an error status.

    ``errcode`` is the Matrix error code (``M_FORBIDDEN``...) or ``M_UNKNOWN`` when the body had none,
    ``retry_after`` is in seconds when the server asked us to wait.
    """

    def __init__(
        self,
        status: int,
        errcode: str,
        error: str = "",
        *,
        retry_after: float | None = None,
        body: dict[str, Any] | None = None,
        url: str = "",
    ) -> None:
        super().__init__(f"{status} {errcode}: {error}" if error else f"{status} {errcode}")
        self.status = status
        self.errcode = errcode
        self.error = error
        self.retry_after = retry_after
        self.body: dict[str, Any] = body or {}
        self.url = url

    @property
    def soft_logout(self) -> bool:
        return self.errcode == "M_UNKNOWN_TOKEN" and bool(self.body.get("soft_logout"))

    @property
    def is_transient(self) -> bool:
        """Worth retrying with the same request: server trouble or rate limiting."""
        return self.status >= 500 or self.status == 429 or self.errcode == "M_LIMIT_EXCEEDED"


class RateLimited(MatrixError):
    """Rate limited and the wait asked for was longer than the client is willing to sleep."""
