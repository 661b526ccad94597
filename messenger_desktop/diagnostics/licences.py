"""The components the app ships with and their licences, for the About window.

Read from the installed distributions' metadata (``License-Expression``, else a short ``License``
field, else the trove classifiers), so an upgrade that changes a licence shows the new one. The
table's own licences are used only where the metadata says nothing (a bundle that left the
metadata out). Some wheels carry more than their Python code: those notes name what is inside.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib import metadata


@dataclass(frozen=True, slots=True)
class Component:
    distribution: str
    module: str
    """Its top-level module: a bundle without the distribution's metadata still has it."""
    name: str
    fallback_licence: str
    note: str = ""
    platforms: tuple[str, ...] = ()
    """Only on these ``sys.platform`` prefixes (empty: everywhere)."""


COMPONENTS: tuple[Component, ...] = (
    Component("PySide6", "PySide6", "Qt for Python (PySide6)", "LGPL-3.0-only", "includes Qt 6, LGPL-3.0"),
    Component("shiboken6", "shiboken6", "Shiboken6", "LGPL-3.0-only"),
    Component("qasync", "qasync", "qasync", "BSD-2-Clause"),
    Component("httpx", "httpx", "HTTPX", "BSD-3-Clause"),
    Component("httpcore", "httpcore", "HTTP Core", "BSD-3-Clause"),
    Component("keyring", "keyring", "keyring", "MIT"),
    Component("jeepney", "jeepney", "Jeepney", "MIT", platforms=("linux",)),
    Component("Pillow", "PIL", "Pillow", "MIT-CMU"),
    Component("orjson", "orjson", "orjson", "MPL-2.0 AND (Apache-2.0 OR MIT)"),
    Component("platformdirs", "platformdirs", "platformdirs", "MIT"),
    Component("nh3", "nh3", "nh3 (ammonia)", "MIT"),
    Component("markdown-it-py", "markdown_it", "markdown-it-py", "MIT"),
    Component("emoji", "emoji", "emoji", "BSD-3-Clause", "the Unicode emoji list"),
    Component("emojis", "emojis", "emojis", "MIT", "GitHub's gemoji categories"),
    Component("aiortc", "aiortc", "aiortc", "BSD-3-Clause", "calls: WebRTC with Opus and VP8"),
    Component("aioice", "aioice", "aioice", "BSD-3-Clause"),
    Component("av", "av", "PyAV", "BSD-3-Clause", "includes FFmpeg, LGPL-2.1-or-later"),
    Component("blurhash-python", "blurhash", "blurhash-python", "MIT"),
    Component("segno", "segno", "Segno", "BSD-3-Clause"),
)

CLASSIFIER_NAMES = {
    "BSD License": "BSD",
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "GNU Library or Lesser General Public License (LGPL)": "LGPL",
    "ISC License (ISCL)": "ISC",
}

LONGEST_LICENCE_FIELD = 80
"""A longer ``License`` field is the licence's whole text, not its name."""


@dataclass(frozen=True, slots=True)
class Licensed:
    name: str
    version: str
    licence: str
    note: str = ""


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name)
    return str(values[0]).strip() if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares ("" when it declares none)."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    declared = _field(meta, "License")
    if declared and "\n" not in declared and len(declared) <= LONGEST_LICENCE_FIELD:
        return declared
    names = []
    for classifier in meta.get_all("Classifier") or []:
        parts = [p.strip() for p in classifier.split("::")]
        if parts[0] == "License" and len(parts) > 1:
            leaf = parts[-1]
            names.append(CLASSIFIER_NAMES.get(leaf, leaf))
    return " OR ".join(dict.fromkeys(names))


def bundled(platform: str = sys.platform) -> list[Licensed]:
    """The components present in this installation, in :data:`COMPONENTS` order."""
    from importlib import metadata  # ~0.1 s to import: only when About opens

    found = []
    for component in COMPONENTS:
        if component.platforms and not platform.startswith(component.platforms):
            continue
        try:
            meta = metadata.metadata(component.distribution)
        except metadata.PackageNotFoundError:
            if importlib.util.find_spec(component.module) is None:
                continue
            found.append(Licensed(component.name, "", component.fallback_licence, component.note))
            continue
        licence = licence_of(meta) or component.fallback_licence
        found.append(Licensed(component.name, _field(meta, "Version"), licence, component.note))
    return found


APP_DISTRIBUTION = "messenger-desktop"
APP_LICENCE = "Apache-2.0"


def app_licence() -> str:
    """The app's own licence, as installed (the project's when run from a source tree)."""
    from importlib import metadata

    try:
        return licence_of(metadata.metadata(APP_DISTRIBUTION)) or APP_LICENCE
    except metadata.PackageNotFoundError:
        return APP_LICENCE
