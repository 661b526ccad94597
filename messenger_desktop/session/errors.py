"""Errors whose text is meant for the user."""

from __future__ import annotations


class UserFacingError(Exception):
    """An action could not be done for a reason the user can act on (a file too large, a picture
    that is damaged); ``str()`` is one sentence for them. The UI shows it as it is, where other
    errors are described by kind (a server that cannot be reached, a refusal)."""
