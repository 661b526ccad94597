"""Without a secure keyring the user can still sign in; the app says the session lives in memory."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session import credentials
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell

pytestmark = pytest.mark.integration


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_sign_in_without_a_secure_keyring_works_and_says_so(
    no_keyring: None, shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    user_id, password = new_user("nokeyring")
    shell.start()
    assert shell.controller.screen == "login"
    # Asking for the stored session already explained the problem under the form.
    assert "No secure password store was found" in shell.prop("loginError", "text")
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(user_id)
    shell.focus("loginPassword")
    shell.type(password)
    shell.click("loginButton")
    shell.wait(lambda: shell.controller.screen == "main", what="the main window")
    assert "No secure password store was found" in shell.session.property("notice")
    with pytest.raises(credentials.NoSecureKeyring):
        credentials.load(shell.profile.key)
