"""Thresholds: every number a verdict depends on, declared beside the measure that uses it.

Each measure module declares its thresholds with ``threshold(name, default, why)``: the number and
the reason for it sit next to the code that compares with it, and adding a measure adds its
thresholds there, not here. ``Thresholds`` gathers them all, with overrides.

Defaults were set from what the measures mean and how far apart the two populations lie (greedy
loops, echoes and transcripts vs. chat answers and ordinary prose), then checked against the
August 2023 course outputs, against 25 outputs of the course's later labs (pythia base models and
their fine-tunes), against constructed cases (tests/judges/test_hard_cases.py,
tests/judges/test_beyond_the_lab.py) and against 4,000-character windows of English prose that
does not loop (the Python reference manual, stdlib pydoc_data). They were not fitted to those
texts: the course texts sit far from every threshold (tests/judges/test_calibration_course_outputs.py
checks the margin), so a refreshed output that loops a bit less or answers a bit worse gets the
same verdict.

Override per pair or per query with ``Thresholds.from_mapping({...})`` or
``thresholds.with_overrides({...})``; unknown names are rejected so a typo in a catalogue cannot
silently leave a default in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any


@dataclass(frozen=True)
class Threshold:
    name: str
    default: int | float
    why: str


_DECLARED: dict[str, Threshold] = {}


def threshold(name: str, default: int | float, why: str) -> str:
    """Declare a threshold (its name, default and the reason for it); returns the name."""
    if not why.strip():
        raise ValueError(f"threshold {name!r} needs a reason")
    known = _DECLARED.get(name)
    if known is not None and known.default != default:
        raise ValueError(f"threshold {name!r} declared twice with different defaults")
    _DECLARED[name] = Threshold(name, default, why)
    return name


def declared() -> dict[str, Threshold]:
    """Every threshold, in the order the measures declare them (why_finetune.judges imports them all)."""
    return _DECLARED


class Thresholds:
    """The thresholds a judge uses: the declared defaults, with overrides given by name
    (``Thresholds(echo_max=0.7)``). Frozen; read them as attributes (``thresholds.echo_max``)."""

    def __init__(self, **values: Any):
        specs = declared()
        unknown = [name for name in values if name not in specs]
        if unknown:
            raise TypeError(f"Thresholds() got unknown threshold(s) {', '.join(map(repr, unknown))}")
        merged = {name: spec.default for name, spec in specs.items()}
        merged.update(values)
        for name, value in merged.items():
            object.__setattr__(self, name, value)

    if TYPE_CHECKING:  # each declared threshold is an attribute, set in __init__

        def __getattr__(self, name: str) -> Any: ...

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Thresholds are frozen: use with_overrides() for a changed copy")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Thresholds) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash(tuple(self.to_dict().items()))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.to_dict().items() if v != declared()[k].default}
        return f"Thresholds({changed or 'defaults'})"

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(declared())

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Thresholds:
        """Defaults, with the given values overriding them. Raises ValueError naming an unknown
        key (with the valid names) or a value that is not a number."""
        return cls().with_overrides(mapping)

    def with_overrides(self, mapping: Mapping[str, Any] | None) -> Thresholds:
        if not mapping:
            return self
        if not isinstance(mapping, Mapping):
            raise TypeError(f"threshold overrides must be a mapping, got {type(mapping).__name__}")
        specs = declared()
        changes: dict[str, Any] = {}
        for key, value in mapping.items():
            if key not in specs:
                import difflib

                close = difflib.get_close_matches(str(key), specs, n=1)
                known = f"did you mean {close[0]!r}?" if close else f"valid thresholds: {', '.join(specs)}"
                raise ValueError(f"unknown threshold {key!r}; {known}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"threshold {key!r} must be a number, got {value!r}")
            if value != value or value < 0:  # NaN or negative
                raise ValueError(f"threshold {key!r} must be a non-negative number, got {value!r}")
            if isinstance(specs[key].default, int):
                if value != int(value):
                    raise ValueError(f"threshold {key!r} must be a whole number, got {value!r}")
                value = int(value)
            else:
                value = float(value)
            changes[key] = value
        return Thresholds(**{**self.to_dict(), **changes})

    def to_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in declared()}
