"""Which proxy requests go through: none, the environment's, or one HTTP or SOCKS5 proxy.

Plain data, so every layer can pass it along; only :mod:`.transport` turns it into httpx's terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ProxyKind = Literal["none", "system", "http", "socks5"]

DEFAULT_PORTS = {"http": 8080, "socks5": 1080}
"""The port of a proxy whose port is left empty (0)."""


@dataclass(frozen=True, slots=True)
class Proxy:
    """``system`` follows the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
    ``NO_PROXY``, as curl reads them); ``http`` and ``socks5`` name one proxy, with a user name and
    password when it asks for them (kept out of ``repr``, so never in a log)."""

    kind: ProxyKind = "none"
    host: str = ""
    port: int = 0
    username: str = ""
    password: str = field(default="", repr=False)

    @property
    def explicit(self) -> bool:
        """One proxy named here (HTTP or SOCKS5), as opposed to none or the environment's."""
        return self.kind in ("http", "socks5")

    @property
    def complete(self) -> bool:
        """Enough to connect: an explicit proxy needs its host. An incomplete one fails every
        request rather than going direct: a user who chose a proxy does not want traffic leaking
        around it while still typing its address."""
        return not self.explicit or bool(self.host.strip())

    @property
    def address(self) -> str:
        """``host:port`` (an IPv6 address in brackets), for URLs and for sentences to the user."""
        host = self.host.strip()
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{host}:{self.port or DEFAULT_PORTS.get(self.kind, 0)}"

    @property
    def url(self) -> str:
        """The proxy's URL without credentials ("" for none or the environment's)."""
        if not self.explicit:
            return ""
        return f"{'socks5' if self.kind == 'socks5' else 'http'}://{self.address}"


NO_PROXY = Proxy()
