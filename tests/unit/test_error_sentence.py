"""A failure meant for the user (a file too large, a damaged picture) is shown in its own words;
other failures are described by kind."""

from __future__ import annotations

from messenger_desktop.api.errors import MatrixError
from messenger_desktop.qt.session_controller import error_sentence
from messenger_desktop.session.attachments import CannotSend
from messenger_desktop.session.avatars import CannotSetAvatar
from messenger_desktop.session.packs import CannotEditPack


def test_errors_for_the_user_are_shown_as_they_are() -> None:
    for error in (
        CannotSend("holiday.mov is larger than 512 MB."),
        CannotEditPack("This picture is already in the pack."),
        CannotSetAvatar("This image is damaged."),
    ):
        assert error_sentence(error) == str(error)


def test_other_errors_are_described_by_kind() -> None:
    refused = MatrixError(403, "M_FORBIDDEN", "You may not")
    assert error_sentence(refused) == "The server did not allow this: You may not"
    assert error_sentence(ValueError("x")) == "Something went wrong: x"
