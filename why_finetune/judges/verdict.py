"""What a judge hands back: a verdict, and the evidence a person can check it by."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ANSWERS = "answers"
DRIFTS = "drifts"


@dataclass(frozen=True)
class Evidence:
    """One measured fact behind a verdict.

    ``measure`` names the measure (see the judges' modules), ``value`` is what it measured,
    ``threshold`` what it was compared with, ``span`` the words of the output that triggered it
    (or the pattern they follow), ``message`` a sentence saying all that for a person, and
    ``property`` which verdict it supports: "answers" or "drifts".
    """

    measure: str
    value: float
    threshold: float
    span: str
    message: str
    property: str

    def __post_init__(self) -> None:
        if self.property not in (ANSWERS, DRIFTS):
            raise ValueError(f"Evidence.property must be {ANSWERS!r} or {DRIFTS!r}, got {self.property!r}")
        object.__setattr__(self, "value", float(self.value))
        object.__setattr__(self, "threshold", float(self.threshold))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(**data)


@dataclass(frozen=True)
class Verdict:
    """Whether an output answers the question and whether it drifts, with the evidence.

    ``scores`` holds every measure's value, triggered or not (for failure messages and tuning);
    ``evidence`` holds the facts that decided the two properties: for a property that holds, the
    measures that made it hold; for one that does not, the measure that failed it (answers), or
    the drift measure that came closest to its threshold (drifts).
    """

    answers: bool
    drifts: bool
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def reply_score(self) -> float:
        return self.scores.get("reply.score", 0.0)

    def shows_failure(self, evidence: Evidence) -> bool:
        """Does this evidence show a failure: a drift that holds, or why the output does not answer?
        The views highlight it."""
        return (evidence.property == ANSWERS and not self.answers) or (evidence.property == DRIFTS and self.drifts)

    @property
    def failure_spans(self) -> list[str]:
        """The words worth highlighting in the output: the spans of the evidence that shows a failure."""
        return [e.span for e in self.evidence if self.shows_failure(e) and e.span.strip()]

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON, and what pytest-xdist carries from a worker); Verdict.from_dict reads it back."""
        return {
            "answers": self.answers,
            "drifts": self.drifts,
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        return cls(
            bool(data["answers"]),
            bool(data["drifts"]),
            {k: float(v) for k, v in (data.get("scores") or {}).items()},
            [Evidence.from_dict(e) for e in data.get("evidence") or ()],
        )

    def explain(self) -> str:
        """The verdict and all its evidence, for a person: a failing test prints it."""
        lines = [
            f"answers: {'yes' if self.answers else 'no'}",
            *(f"  - {e.message}" for e in self.evidence if e.property == ANSWERS),
            f"drifts: {'yes' if self.drifts else 'no'}",
            *(f"  - {e.message}" for e in self.evidence if e.property == DRIFTS),
        ]
        return _neutralised("\n".join(lines))

    def summary(self) -> str:
        """One line: the verdict and its first piece of evidence for each property."""
        parts = []
        for prop, held in ((ANSWERS, self.answers), (DRIFTS, self.drifts)):
            first = next((e for e in self.evidence if e.property == prop), None)
            label = prop if held else f"not {prop}" if prop == DRIFTS else "does not answer"
            if prop == DRIFTS and not held:
                label = "no drift"
            if first is None:
                parts.append(label)
            elif first.message.startswith(("no drift", "no reply")):
                parts.append(first.message)
            else:
                parts.append(f"{label} ({first.message})")
        return _neutralised("; ".join(parts))


def _neutralised(text: str) -> str:
    """Evidence quotes the model's output, which may hold escape sequences: printed as they are, they
    would drive the terminal of whoever reads a failing test. Shown as visible escapes instead."""
    from why_finetune.report.safe_text import safe

    return safe(text)


@dataclass(frozen=True)
class PairVerdict:
    """Base vs chat on the same prompt: does the chat output answer better?"""

    chat_better: bool
    base_score: float
    chat_score: float
    message: str
    base: Verdict
    chat: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "chat_better": self.chat_better,
            "base_score": round(self.base_score, 4),
            "chat_score": round(self.chat_score, 4),
            "message": self.message,
            "base": self.base.to_dict(),
            "chat": self.chat.to_dict(),
        }
