"""Slash commands typed into the composer (pure: parsing only; the session runs them).

``parse_command(text)`` is ``None`` for an ordinary message, a :class:`Command` otherwise — an
``error`` command with a sentence for the user when the command is unknown or lacks its argument.
``//text`` sends ``/text`` as an ordinary message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from ..api.events import is_user_id

Kind = Literal["message", "me", "shrug", "join", "invite", "leave", "topic", "nick", "plain", "error"]


@dataclass(frozen=True, slots=True)
class Command:
    kind: Kind
    argument: str = ""
    """The text after the command (stripped); for ``message`` the text to send as it is."""
    message: str = ""
    """For ``error``: the sentence to show."""
    reason: str = ""
    """For ``invite``: an optional reason after the user id."""


class CommandInfo(NamedTuple):
    name: str
    """Without the slash: ``"me"``."""
    hint: str
    """How the argument is written: ``"<message>"``, ``"[message]"`` or ``""``."""
    description: str


COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("me", "<action>", "Send an action: /me waves shows as “* You waves”"),
    CommandInfo("shrug", "[message]", "Send ¯\\_(ツ)_/¯, followed by the message if any"),
    CommandInfo("plain", "<message>", "Send the message as typed, without formatting"),
    CommandInfo("topic", "<topic>", "Set the topic of this conversation"),
    CommandInfo("nick", "<name>", "Change your name in this conversation only"),
    CommandInfo("invite", "<@user:server>", "Invite someone to this conversation"),
    CommandInfo("join", "<#alias:server or !id:server>", "Join a room"),
    CommandInfo("leave", "", "Leave this conversation"),
)

_BY_NAME = {info.name: info for info in COMMANDS}
_COMMAND = re.compile(r"/(\S+)(?:\s+(.*))?", re.DOTALL)
_ROOM = re.compile(r"[#!][^:\s]+:\S+")


def _usage(name: str) -> str:
    info = _BY_NAME[name]
    return f"Usage: /{name} {info.hint}".rstrip() + f" — {info.description[0].lower()}{info.description[1:]}."


def parse_command(text: str) -> Command | None:
    """The command in ``text``, or ``None`` when it is an ordinary message."""
    if not text.startswith("/"):
        return None
    if text.startswith("//"):
        return Command("message", text[1:])
    match = _COMMAND.fullmatch(text.rstrip())
    if match is None:  # "/" alone, or "/ something": a slash, not a command
        return None
    name = match.group(1).lower()
    argument = (match.group(2) or "").strip()
    if name not in _BY_NAME:
        return Command(
            "error",
            message=f"Unknown command /{match.group(1)}. "
            "To send a message that starts with /, begin it with // instead.",
        )
    if name == "shrug":
        return Command("shrug", argument)
    if name == "leave":
        if argument:
            return Command("error", message="/leave leaves this conversation and takes nothing after it.")
        return Command("leave")
    if not argument:
        return Command("error", message=_usage(name))
    if name == "invite":
        user, _, reason = argument.partition(" ")
        if not is_user_id(user):
            return Command("error", message=f"“{user}” is not a user id like @name:server. " + _usage(name))
        return Command("invite", user, reason=reason.strip())
    if name == "join":
        if not _ROOM.fullmatch(argument):
            return Command(
                "error", message=f"“{argument}” is not a room address like #room:server. " + _usage(name)
            )
        return Command("join", argument)
    if name == "me":
        return Command("me", argument)
    if name == "topic":
        return Command("topic", argument)
    if name == "nick":
        return Command("nick", argument)
    return Command("plain", argument)


def complete_command(prefix: str) -> list[CommandInfo]:
    """The commands starting with ``prefix`` (``"/"``, ``"/t"``, ``"t"``), in menu order."""
    stem = prefix[1:] if prefix.startswith("/") else prefix
    if stem.startswith("/") or any(c.isspace() for c in stem):
        return []
    stem = stem.lower()
    return [info for info in COMMANDS if info.name.startswith(stem)]
