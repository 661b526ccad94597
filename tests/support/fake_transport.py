"""A scripted :class:`~messenger_desktop.api.http.Transport` for unit tests of the api layer.

Routes map ``(method, path prefix)`` to a list of answers consumed in order (the last one repeats).
Every request is recorded, so a test can check exactly what went on the wire.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson

from messenger_desktop.api.errors import TransportError
from messenger_desktop.api.http import HttpRequest, HttpResponse

Answer = HttpResponse | Exception | Callable[[HttpRequest], HttpResponse]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> HttpResponse:
    return HttpResponse(status=status, body=orjson.dumps(body), headers=headers or {})


@dataclass
class ScriptedTransport:
    routes: list[tuple[str, str, list[Answer]]] = field(default_factory=list)
    requests: list[HttpRequest] = field(default_factory=list)
    closed: bool = False

    def on(self, method: str, path_prefix: str, *answers: Answer) -> ScriptedTransport:
        self.routes.append((method, path_prefix, list(answers)))
        return self

    async def send(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        parts = urlsplit(request.url)
        raw_path = parts.path
        for method, prefix, answers in self.routes:
            if method == request.method and raw_path.startswith(prefix):
                answer = answers.pop(0) if len(answers) > 1 else answers[0]
                if isinstance(answer, Exception):
                    raise answer
                if callable(answer):
                    return answer(request)
                return answer
        raise TransportError(f"no route for {request.method} {raw_path}", url=request.url)

    async def aclose(self) -> None:
        self.closed = True
