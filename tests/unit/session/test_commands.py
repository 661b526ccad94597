"""Slash commands: parsing, errors in plain sentences, completion."""

from __future__ import annotations

import pytest

from messenger_desktop.session.commands import COMMANDS, Command, complete_command, parse_command


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/me waves", Command("me", "waves")),
        ("/ME  waves  ", Command("me", "waves")),
        ("/me waves\nand smiles", Command("me", "waves\nand smiles")),
        ("/shrug", Command("shrug", "")),
        ("/shrug oh well", Command("shrug", "oh well")),
        ("/join #room:hs", Command("join", "#room:hs")),
        ("/join !abc:hs", Command("join", "!abc:hs")),
        ("/invite @bob:hs", Command("invite", "@bob:hs")),
        ("/invite @bob:hs come along", Command("invite", "@bob:hs", reason="come along")),
        ("/leave", Command("leave")),
        ("/topic Plans for Friday", Command("topic", "Plans for Friday")),
        ("/nick Al", Command("nick", "Al")),
        ("/plain **as typed**", Command("plain", "**as typed**")),
        ("//usr/bin is a path", Command("message", "/usr/bin is a path")),
        ("//me", Command("message", "/me")),
    ],
)
def test_commands(text: str, expected: Command) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize("text", ["hello", " /me not at the start", "/", "/ a slash", ""])
def test_ordinary_messages_are_not_commands(text: str) -> None:
    assert parse_command(text) is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "/frobnicate x",
            "Unknown command /frobnicate. To send a message that starts with /, begin it with // instead.",
        ),
        ("/me", "Usage: /me <action>"),
        ("/topic   ", "Usage: /topic <topic>"),
        ("/nick", "Usage: /nick <name>"),
        ("/plain", "Usage: /plain <message>"),
        ("/invite", "Usage: /invite <@user:server>"),
        ("/invite bob", "“bob” is not a user id like @name:server."),
        ("/join room", "“room” is not a room address like #room:server."),
        ("/join", "Usage: /join"),
        ("/leave now", "/leave leaves this conversation and takes nothing after it."),
    ],
)
def test_errors_are_sentences(text: str, sentence: str) -> None:
    command = parse_command(text)
    assert command is not None and command.kind == "error"
    assert command.message.startswith(sentence)
    assert command.message.endswith(".")


def test_completion() -> None:
    assert [c.name for c in complete_command("/")] == [c.name for c in COMMANDS]
    assert [c.name for c in complete_command("/j")] == ["join"]
    assert [c.name for c in complete_command("n")] == ["nick"]
    assert [c.name for c in complete_command("/T")] == ["topic"]
    assert complete_command("/me x") == []
    assert complete_command("//") == []
    name, hint, description = COMMANDS[0]
    assert (name, hint) == ("me", "<action>") and description


def test_every_command_parses_its_own_hint() -> None:
    examples = {
        "<action>": "x",
        "[message]": "",
        "<message>": "x",
        "<topic>": "x",
        "<name>": "x",
        "<@user:server>": "@u:hs",
        "<#alias:server or !id:server>": "#a:hs",
        "": "",
    }
    for info in COMMANDS:
        text = f"/{info.name} {examples[info.hint]}".rstrip()
        command = parse_command(text)
        assert command is not None and command.kind == info.name, text
