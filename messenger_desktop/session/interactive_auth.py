"""User-interactive authentication (the spec's "UIA") with the password stage.

Signing out other devices and changing the password are guarded by the server: the first request,
made without ``auth``, is answered 401 with the ways to confirm (``flows``, each a list of stages),
a ``session`` and the stages already ``completed``. This client knows one stage, the account's
password (``m.login.password``): when a flow of the server's can be finished with it, the user is
asked for the password and the request is made again with it and the session. A wrong password is
answered 401 again, with ``errcode`` ``M_FORBIDDEN``: the user is asked again, told why. A server
that wants anything else (single sign-on, an email link, a captcha) is told to the user as
:class:`OtherStagesNeeded`: that is done on the server's web page or in another app.

Pure apart from the awaited callbacks: the request and the question to the user are passed in,
so the flow is tested with a scripted transport and a scripted user.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..api.errors import MatrixError
from ..api.ids import UserId

log = logging.getLogger(__name__)

T = TypeVar("T")

PASSWORD = "m.login.password"
MAX_ATTEMPTS = 5
"""Wrong passwords accepted before giving up (the server slows or locks out after a few)."""

Auth = dict[str, Any]
Request = Callable[[Auth | None], Awaitable[T]]
"""Makes the guarded request, with ``auth`` (None the first time)."""
AskPassword = Callable[[bool], Awaitable[str | None]]
"""Asks the user for their password; the argument says the last one was wrong. None: they
cancelled."""


@dataclass(frozen=True, slots=True)
class Challenge:
    """What a 401 answer to a guarded request asks for."""

    session: str | None
    flows: tuple[tuple[str, ...], ...]
    completed: tuple[str, ...]
    errcode: str
    """``M_FORBIDDEN`` after a wrong password; "" or ``M_UNKNOWN`` on the first answer."""

    def password_will_do(self) -> bool:
        """A flow is left whose remaining stages are only the password."""
        return any(_remaining(flow, self.completed) == (PASSWORD,) for flow in self.flows)

    def stages_wanted(self) -> tuple[str, ...]:
        """The stages the server's flows still want, each once, in the order they come."""
        wanted = (stage for flow in self.flows for stage in _remaining(flow, self.completed))
        return tuple(dict.fromkeys(stage for stage in wanted if stage))


class AuthCancelled(Exception):
    """The user closed the password question: nothing was done."""


class OtherStagesNeeded(Exception):
    """The server wants a confirmation this app cannot give (``stages``: what it wants)."""

    def __init__(self, stages: tuple[str, ...]) -> None:
        super().__init__(f"the server asks for {', '.join(stages) or 'nothing this app knows'}")
        self.stages = stages


class TooManyAttempts(Exception):
    """The password was wrong :data:`MAX_ATTEMPTS` times in a row."""


def challenge_of(error: MatrixError) -> Challenge | None:
    """The challenge in a 401 answer; None for any other error (the request failed for real)."""
    body = error.body
    flows = body.get("flows")
    if error.status != 401 or not isinstance(flows, list):
        return None
    parsed = []
    for flow in flows:
        stages = flow.get("stages") if isinstance(flow, dict) else None
        if isinstance(stages, list) and all(isinstance(s, str) for s in stages):
            parsed.append(tuple(stages))
    completed = body.get("completed")
    session = body.get("session")
    return Challenge(
        session=session if isinstance(session, str) else None,
        flows=tuple(parsed),
        completed=tuple(s for s in completed if isinstance(s, str)) if isinstance(completed, list) else (),
        errcode=error.errcode,
    )


def password_auth(user_id: UserId, password: str, session: str | None) -> Auth:
    """The ``auth`` object of the password stage, naming the user by their id."""
    auth: Auth = {
        "type": PASSWORD,
        "identifier": {"type": "m.id.user", "user": user_id},
        "password": password,
    }
    if session is not None:
        auth["session"] = session
    return auth


async def with_password(request: Request[T], user_id: UserId, ask: AskPassword) -> T:
    """Make ``request``; when the server asks for confirmation, ask the user for their password
    and make it again with it (again on a wrong one, saying so). Raises :class:`AuthCancelled`,
    :class:`OtherStagesNeeded`, :class:`TooManyAttempts`, or the request's own errors."""
    try:
        return await request(None)
    except MatrixError as error:
        challenge = challenge_of(error)
        if challenge is None:
            raise
    wrong = False
    for _attempt in range(MAX_ATTEMPTS):
        if not challenge.password_will_do():
            raise OtherStagesNeeded(challenge.stages_wanted())
        password = await ask(wrong)
        if password is None:
            raise AuthCancelled()
        try:
            return await request(password_auth(user_id, password, challenge.session))
        except MatrixError as error:
            again = challenge_of(error)
            if again is None:
                raise
            log.info("the server asks again (%s, completed %s)", error.errcode, again.completed)
            wrong = PASSWORD not in again.completed
            challenge = again
    raise TooManyAttempts()


def _remaining(flow: tuple[str, ...], completed: tuple[str, ...]) -> tuple[str, ...]:
    """The stages of ``flow`` still to do, or ("",) when ``completed`` does not follow it (a
    flow that cannot be finished from here)."""
    if flow[: len(completed)] != completed:
        return ("",)
    return flow[len(completed) :]
