"""A private Synapse homeserver on 127.0.0.1 for tests and the ``--local`` demo mode.

Standard library only; Synapse itself runs as a child process (``matrix-synapse`` is
an optional dependency, the ``local`` extra).
"""

from .accounts import AccountError, register_user, registration_mac
from .config import (
    RELAXED_RATE,
    RateLimits,
    ServerPaths,
    ServerSecrets,
    build_config,
    relaxed_rate_limits,
)
from .process import LocalSynapse, LocalSynapseError, free_loopback_port, health_ok

__all__ = [
    "RELAXED_RATE",
    "AccountError",
    "LocalSynapse",
    "LocalSynapseError",
    "RateLimits",
    "ServerPaths",
    "ServerSecrets",
    "build_config",
    "free_loopback_port",
    "health_ok",
    "register_user",
    "registration_mac",
    "relaxed_rate_limits",
]
