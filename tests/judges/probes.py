"""What the files of ordinary-reply probes share: the measures a verdict found drift by, and the mark of a probe
the judges still get wrong (a strict expected failure, naming the measure and the shape)."""

from __future__ import annotations

import pytest


def drift_measures(verdict) -> list[str]:
    """The measures that found the verdict's drift, in its evidence's order."""
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


def xfail(reason: str):
    """A probe the judges get wrong: strict, so that it fails the suite once they get it right."""
    return pytest.mark.xfail(strict=True, reason=reason)
