"""What a drift measure found on one output: its value, its threshold, and how to say it.

A measure is a small function, ``measure(reading, thresholds) -> Finding | None`` (None: it does
not apply to this prompt), registered in measures.py. The finding knows whether it holds, where the
reply part must end because of it (``onset``, with ``stop_why`` saying why), and how to describe
itself: the span and the message are built only for evidence that is shown, because building them
for every measure of every output would cost more than measuring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from why_finetune.judges.verdict import DRIFTS, Evidence


@dataclass
class Finding:
    measure: str
    value: float
    threshold: float
    describe: Callable[[], tuple[str, str]]  # -> (span, message)
    onset: int | None = None  # where the reply part must end because of it
    stop_why: str = ""  # why it ends there ("it ends where a loop starts")
    condition_met: bool = True  # a second condition, such as a minimum count

    @property
    def holds(self) -> bool:
        return self.value >= self.threshold and self.condition_met

    @property
    def held_back(self) -> bool:
        """At or over its threshold, but its second condition is not met."""
        return self.value >= self.threshold and not self.condition_met

    @property
    def ratio(self) -> float:
        """How close it came to holding (1 and over: it holds); for picking the closest measure."""
        if self.held_back:
            return 0.99
        return self.value / self.threshold if self.threshold else float(self.value > 0)

    def evidence(self, prefix: str = "") -> Evidence:
        span, message = self.describe()
        if self.held_back:
            message += "; its second condition is not met, so this is not drift"
        return Evidence(self.measure, float(self.value), float(self.threshold), span, prefix + message, DRIFTS)


def pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def examples(items: tuple[str, ...]) -> str:
    return ", e.g. " + "; ".join(f"'{e}'" for e in items) if items else ""
