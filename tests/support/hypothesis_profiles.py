"""Hypothesis settings for the whole run, chosen by ``HYPOTHESIS_PROFILE``.

- ``ci`` (the default): about a hundred examples per property, so the hostile-input properties
  together stay under a minute on a small CI machine; derandomized — the same examples every run,
  so a red CI is a change in the code, never a lucky draw (the draws are the soak's job);
- ``soak``: thousands of random examples per property, for a long run on purpose
  (``HYPOTHESIS_PROFILE=soak scripts/test tests/unit/hostile tests/ui/test_hostile_models.py``);
- ``dev``: ``HYPOTHESIS_EXAMPLES`` random examples (10 unless said), for editing a strategy or
  hunting a failure (``HYPOTHESIS_SHRINK=0`` reports it as found: shrinking a sync takes minutes).

No deadline in any profile: the machine is shared, and a slow example is not a failure (a hang is:
pytest-timeout stops it). The example database stays off in CI, where the tree is fresh anyway.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def timeout(ci_seconds: float) -> float:
    """A per-test time limit for ``pytest.mark.timeout``: ``ci_seconds`` in CI, none in a soak or
    a hunt (thousands of examples take as long as they take)."""
    return ci_seconds if os.environ.get(PROFILE_VARIABLE, "ci") == "ci" else 0


def share(fraction: float) -> settings:
    """Settings running ``fraction`` of the profile's examples, for a property whose examples
    are heavy (a whole sync through the models): proportionate in every profile."""
    return settings(max_examples=max(5, round(settings.default.max_examples * fraction)))


def load() -> str:
    """Register the profiles and load the one the environment names; return its name."""
    settings.register_profile(
        "ci",
        max_examples=100,
        derandomize=True,
        deadline=None,
        suppress_health_check=_QUIET,
        database=None,
        print_blob=True,
    )
    settings.register_profile("soak", max_examples=3000, deadline=None, suppress_health_check=_QUIET)
    settings.register_profile(
        "dev",
        max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "10")),
        deadline=None,
        suppress_health_check=_QUIET,
        phases=[p for p in Phase if p is not Phase.shrink or os.environ.get("HYPOTHESIS_SHRINK") != "0"],
    )
    name = os.environ.get(PROFILE_VARIABLE, "ci")
    settings.load_profile(name)
    return name
