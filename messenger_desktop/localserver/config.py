"""Synapse configuration for a private, loopback-only homeserver living in one directory.

Used by the test suite and by the ``--local`` demo mode.  Everything the server needs
(config, signing key, SQLite database, media, log, pid file, our own state file) lives in
one directory that only the current user may read: the directory is 0700 and every file
we write is 0600 (Synapse itself runs with umask 077, see :mod:`.process`).

The config is written as JSON, which is valid YAML, so no YAML library is needed.  The
signing key is generated here with the standard library (an ed25519 key in Synapse's
key-file format is just a random 32-byte seed, unpadded base64): spawning
``synapse.app.homeserver --generate-config`` would cost an extra Python start-up plus a
Synapse import (about 2 s) on every first start.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

RateLimits = Literal["relaxed", "default"]
"""``relaxed`` lifts every client-facing ``rc_*`` limit; ``default`` keeps Synapse's own."""

RELAXED_RATE: dict[str, float] = {"per_second": 1000.0, "burst_count": 10000}
"""The limit every relaxed ``rc_*`` setting gets: far beyond what a test can produce."""

# Every client-side rate limiter Synapse (1.163) reads, as a path into the config.
# Keys unknown to an older/newer Synapse are ignored by it, so listing extra ones is
# harmless; a limiter missing here would silently keep its (often tiny) default.
_RATE_LIMIT_KEYS: tuple[tuple[str, ...], ...] = (
    ("rc_message",),
    ("rc_registration",),
    ("rc_registration_token_validity",),
    ("rc_login", "address"),
    ("rc_login", "account"),
    ("rc_login", "failed_attempts"),
    ("rc_admin_redaction",),
    ("rc_joins", "local"),
    ("rc_joins", "remote"),
    ("rc_joins_per_room",),
    ("rc_key_requests",),
    ("rc_3pid_validation",),
    ("rc_invites", "per_room"),
    ("rc_invites", "per_user"),
    ("rc_invites", "per_issuer"),
    ("rc_third_party_invite",),
    ("rc_media_create",),
    ("rc_presence", "per_user"),
    ("rc_delayed_event_mgmt",),
    ("rc_room_creation",),
    ("rc_reports",),
    ("rc_user_directory",),
    ("rc_profile",),
)

_PRIVATE_DIR_MODE = 0o700
_PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class ServerPaths:
    """Where each piece of a local server lives inside its directory.

    The layout is fixed so a directory can be reused across runs (the demo server keeps
    its data) and so tests can inspect files (e.g. the log) without guessing.
    """

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "homeserver.yaml"

    @property
    def signing_key(self) -> Path:
        return self.root / "signing.key"

    @property
    def database(self) -> Path:
        return self.root / "homeserver.db"

    @property
    def media_store(self) -> Path:
        return self.root / "media_store"

    @property
    def log(self) -> Path:
        return self.root / "homeserver.log"

    @property
    def pid_file(self) -> Path:
        """Written by :mod:`.process` (Synapse only writes one when daemonizing)."""
        return self.root / "homeserver.pid"

    @property
    def state(self) -> Path:
        """Our own small JSON file: server name, last port and the secrets."""
        return self.root / "localserver.json"


@dataclass(frozen=True)
class ServerSecrets:
    """Secrets that must stay the same for the lifetime of a server directory.

    ``macaroon_secret_key`` signs login tokens and ``form_secret`` signs consent forms; if
    they changed between runs, issued tokens would stop validating.  The shared secret
    lets :func:`..accounts.register_user` create users through the admin API.
    """

    registration_shared_secret: str
    macaroon_secret_key: str
    form_secret: str

    @classmethod
    def generate(cls) -> ServerSecrets:
        return cls(
            registration_shared_secret=secrets.token_urlsafe(32),
            macaroon_secret_key=secrets.token_urlsafe(32),
            form_secret=secrets.token_urlsafe(32),
        )


def relaxed_rate_limits() -> dict[str, Any]:
    """The ``rc_*`` section that makes every client rate limit unreachable in tests."""
    section: dict[str, Any] = {}
    for path in _RATE_LIMIT_KEYS:
        node = section
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = dict(RELAXED_RATE)
    return section


def build_config(
    paths: ServerPaths,
    *,
    server_name: str,
    port: int,
    server_secrets: ServerSecrets,
    rate_limits: RateLimits = "relaxed",
    overrides: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the full homeserver config as a plain dict.

    Contract: one plain-HTTP listener on ``127.0.0.1:port`` serving only the ``client``
    resource (which also carries ``/_synapse/admin`` and ``/health``); no federation
    listener and an empty federation whitelist, so the server never dials out.
    ``overrides`` replace top-level keys wholesale (e.g. ``rc_message`` for the one test
    that proves 429 handling, ``refreshable_access_token_lifetime``) and are applied last.
    """
    config: dict[str, Any] = {
        "server_name": server_name,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(paths.database)}},
        "media_store_path": str(paths.media_store),
        "signing_key_path": str(paths.signing_key),
        "registration_shared_secret": server_secrets.registration_shared_secret,
        "macaroon_secret_key": server_secrets.macaroon_secret_key,
        "form_secret": server_secrets.form_secret,
        "report_stats": False,
        "enable_metrics": False,
        "suppress_key_server_warning": True,
        "trusted_key_servers": [],
        "federation_domain_whitelist": [],
        "allow_public_rooms_over_federation": False,
        "enable_registration": True,
        "enable_registration_without_verification": True,
        "bcrypt_rounds": 4,
        "url_preview_enabled": False,
        "presence": {"enabled": True},
        "max_event_delay_duration": "24h",
        "retention": {"enabled": True},
        # A private server: let people find each other when starting a chat.
        "user_directory": {"enabled": True, "search_all_users": True},
        # ...and publish their conversations in its directory (Synapse lets only its admins by
        # default); joining from the directory is how people find a channel.
        "room_list_publication_rules": [{"action": "allow"}],
        # /sync's state_after (MSC4222): a room's state as its timeline ends, right even when
        # two changes raced; without it the client falls back to ingest's own guard.
        # msc3575: simplified sliding sync (MSC4186), what the client syncs with when offered
        # (on by default in current Synapse; said here so an older one serves it too).
        "experimental_features": {"msc4222_enabled": True, "msc3575_enabled": True},
    }
    if rate_limits == "relaxed":
        config.update(relaxed_rate_limits())
    elif rate_limits != "default":
        raise ValueError(f"rate_limits must be 'relaxed' or 'default', not {rate_limits!r}")
    if overrides:
        config.update(overrides)
    return config


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and make it 0700, whatever the umask."""
    path.mkdir(mode=_PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, _PRIVATE_DIR_MODE)


def write_private_file(path: Path, text: str) -> None:
    """Atomically replace ``path`` with ``text``; the file is 0600 from its first byte.

    Writing to a temporary name and renaming means a crash never leaves a half-written
    config or key behind, and creating it with ``os.open(..., 0o600)`` means it is never
    readable by others, not even for an instant.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def ensure_signing_key(path: Path) -> None:
    """Create an ed25519 signing key in Synapse's key-file format unless one exists.

    Format (as signedjson writes it): ``ed25519 <version> <unpadded base64 seed>``, where
    the version is ``a_`` plus four random letters/digits.  An existing key is never
    replaced: events already signed with it must keep verifying.
    """
    if path.exists():
        return
    alphabet = string.ascii_letters + string.digits
    version = "a_" + "".join(secrets.choice(alphabet) for _ in range(4))
    seed = base64.b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    write_private_file(path, f"ed25519 {version} {seed}\n")


def write_config(paths: ServerPaths, config: Mapping[str, Any]) -> Path:
    """Write ``config`` to ``paths.config`` (JSON, a subset of YAML) and return the path."""
    write_private_file(paths.config, json.dumps(config, indent=2, sort_keys=True) + "\n")
    return paths.config


def prepare_server_dir(paths: ServerPaths) -> None:
    """Create the private directory tree and the signing key (idempotent)."""
    ensure_private_dir(paths.root)
    ensure_private_dir(paths.media_store)
    ensure_signing_key(paths.signing_key)
