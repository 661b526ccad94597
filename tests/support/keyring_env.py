"""Tests marked ``keyring`` need a real Secret Service (run the suite through
``scripts/with-secret-service``). Outside it they are skipped locally but *fail* in CI, so a
missing keyring daemon can never turn the suite green silently."""

from __future__ import annotations

import os

import pytest


def require_secret_service() -> None:
    from messenger_desktop.session import credentials

    try:
        credentials.backend_name()
    except credentials.NoSecureKeyring:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a Secret Service (scripts/with-secret-service)")
        pytest.skip("no Secret Service on this session bus (use scripts/with-secret-service)")
