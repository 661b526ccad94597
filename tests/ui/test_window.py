"""The window without a server: first screen, themes, no network access from QML."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QNetworkReply, QNetworkRequest

from tests.ui.shell import Shell


def test_without_stored_credentials_the_sign_in_form_opens(shell: Shell) -> None:
    shell.start()
    assert shell.controller.screen == "login"
    assert shell.has("loginButton")
    assert shell.find("loginHomeserver").hasActiveFocus()
    assert (shell.window.width(), shell.window.height()) == (1280, 800)
    assert (shell.window.minimumWidth(), shell.window.minimumHeight()) == (480, 400)


def test_qml_cannot_load_anything_from_the_network(shell: Shell) -> None:
    """Every request through the engine's network access manager fails without connecting."""
    accepted: list[bool] = []

    async def scenario() -> QNetworkReply.NetworkError:
        async def count(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted.append(True)
            writer.close()

        server = await asyncio.start_server(count, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            manager = shell.engine.networkAccessManager()
            reply = manager.get(QNetworkRequest(QUrl(f"http://127.0.0.1:{port}/avatar.png")))
            finished = asyncio.Event()
            reply.finished.connect(finished.set)
            if not reply.isFinished():
                await asyncio.wait_for(finished.wait(), 5)
            await asyncio.sleep(0.1)  # a connection attempt, had there been one, would have arrived
            return reply.error()
        finally:
            server.close()

    error = shell.run(scenario())
    assert error != QNetworkReply.NetworkError.NoError
    assert accepted == []


def test_the_theme_follows_the_setting_and_the_system(shell: Shell) -> None:
    shell.start()
    hints = QGuiApplication.styleHints()
    shell.settings.set_value("theme", "dark")
    assert shell.window.property("darkTheme") is True
    shell.settings.set_value("theme", "light")
    assert shell.window.property("darkTheme") is False
    shell.settings.set_value("theme", "system")
    hints.setColorScheme(Qt.ColorScheme.Dark)
    try:
        if hints.colorScheme() == Qt.ColorScheme.Dark:  # the platform accepted the override
            assert shell.window.property("darkTheme") is True
        hints.setColorScheme(Qt.ColorScheme.Light)
        if hints.colorScheme() == Qt.ColorScheme.Light:
            assert shell.window.property("darkTheme") is False
    finally:
        hints.unsetColorScheme()


def test_the_settings_file_lives_in_the_profile(shell: Shell, tmp_path: Path) -> None:
    shell.settings.set_value("enterSends", False)
    assert (tmp_path / "profile" / "settings.json").is_file()
