"""Licences of what the app ships with: read from the installation, as precisely as it says."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

import pytest

from messenger_desktop.diagnostics.licences import bundled, licence_of


def _meta(**fields: str | list[str]) -> Message:
    meta = Message()
    for name, value in fields.items():
        for each in value if isinstance(value, list) else [value]:
            meta[name.replace("_", "-")] = each
    return meta


def test_a_licence_is_read_from_the_expression_then_the_field_then_the_classifiers() -> None:
    assert (
        licence_of(_meta(License_Expression="MIT OR Apache-2.0", License="whatever")) == "MIT OR Apache-2.0"
    )
    assert licence_of(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    whole_text = "Copyright (c) 2024\n\nPermission is hereby granted, free of charge, " * 3
    classifiers = ["License :: OSI Approved :: MIT License", "Programming Language :: Python"]
    assert licence_of(_meta(License=whole_text, Classifier=classifiers)) == "MIT"
    assert licence_of(_meta()) == ""


def test_the_installed_components_are_listed_with_their_licences() -> None:
    found = {c.name: c for c in bundled()}
    pyside = found["Qt for Python (PySide6)"]
    assert "LGPL-3.0" in pyside.licence and pyside.version
    assert "Qt" in pyside.note
    assert "FFmpeg" in found["PyAV"].note
    assert all(c.licence for c in found.values())
    assert "Jeepney" not in {c.name for c in bundled(platform="win32")}


def test_a_bundle_without_metadata_still_lists_its_components_with_the_table_licence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = metadata.metadata

    def without_httpx(name: str) -> metadata.PackageMetadata:
        if name == "httpx":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "metadata", without_httpx)
    httpx = {c.name: c for c in bundled()}["HTTPX"]
    assert (httpx.version, httpx.licence) == ("", "BSD-3-Clause")
