"""File names from events made safe to save: a sender chooses ``body`` and ``filename``.

A hostile name may hold a path (``../../.bashrc``, ``C:\\Windows\\x``), control or bidi characters
(``photo\u202egnp.exe`` shows as ``photoexe.png``), a reserved Windows device name (``CON``,
``nul.txt``), trailing dots or spaces Windows drops, or be thousands of bytes long. What is kept
is the last path component, cleaned, at most 200 bytes of UTF-8 with its extension, never empty;
and :func:`path_in` confirms the final path stays inside the chosen folder and does not overwrite
a file already there."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 200
"""Below every common file system's 255-byte limit, with room for " (12)" and a temporary suffix."""
FALLBACK = "download"
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)
_FORBIDDEN = set('<>:"/\\|?*')


def safe_file_name(name: object, *, fallback: str = FALLBACK) -> str:
    """``name`` as a file name that is safe on Linux, macOS and Windows; ``fallback`` when
    nothing usable is left."""
    if not isinstance(name, str):
        return fallback
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # the last component, whatever the separator
    name = name.replace("\t", " ")
    kept = "".join(
        "_" if char in _FORBIDDEN else char
        for char in name
        if unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
    )
    # composed (NFC) after the filtering: a bidi control between a letter and its accent kept them apart
    kept = unicodedata.normalize("NFC", kept)
    kept = " ".join(kept.split())  # tabs, runs of spaces and odd spaces become one space
    kept = kept.strip(" .")  # Windows drops trailing dots and spaces; a leading dot hides the file
    if not kept:
        return fallback
    stem, dot, extension = kept.rpartition(".")
    if not dot:
        stem, extension = kept, ""
    # Windows compares the part before the first dot, trailing spaces dropped: "CON .txt" is CON
    if stem.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED or kept.upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    extension = _truncate(extension, 20) if extension else ""
    suffix = "." + extension if extension else ""
    stem = _truncate(stem, MAX_NAME_BYTES - len(suffix.encode())).rstrip(" .")
    return (stem + suffix) if stem else fallback + suffix


def path_in(folder: Path, name: object) -> Path:
    """Where to save ``name`` in ``folder``: its safe name, numbered ``name (2).ext`` … when a
    file of that name is already there. Raises :class:`ValueError` if the result would not be
    directly inside ``folder`` (it cannot, for a name :func:`safe_file_name` made; this is the
    last check before writing)."""
    safe = safe_file_name(name)
    stem, dot, extension = safe.rpartition(".")
    if not dot or not stem:
        stem, dot, extension = safe, "", ""
    candidate = folder / safe
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = folder / f"{stem} ({number}){dot}{extension}"
    resolved_folder = folder.resolve()
    if candidate.resolve().parent != resolved_folder:
        raise ValueError(f"{candidate} is not inside {folder}")
    return candidate


def _truncate(text: str, max_bytes: int) -> str:
    """``text`` cut to ``max_bytes`` of UTF-8 without splitting a character."""
    encoded = text.encode()
    if len(encoded) <= max_bytes:
        return text
    return encoded[: max(0, max_bytes)].decode(errors="ignore")
