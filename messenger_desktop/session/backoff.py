"""The one retry policy: exponential back-off with jitter, capped, honouring a server's wait."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """``next_delay()`` gives 0.5, 1, 2, 4 ... seconds (±20 %), never more than ``cap``."""

    base: float = 0.5
    cap: float = 60.0
    factor: float = 2.0
    jitter: float = 0.2
    attempts: int = 0
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def next_delay(self, server_wait: float | None = None) -> float:
        delay = min(self.cap, self.base * self.factor**self.attempts)
        self.attempts += 1
        delay *= 1.0 + self._random.uniform(-self.jitter, self.jitter)
        if server_wait is not None:
            delay = max(delay, server_wait)
        return min(delay, max(self.cap, server_wait or 0.0))

    def reset(self) -> None:
        self.attempts = 0
