"""The commands that mend a recording or a snapshot, said wherever one is found missing or stale."""

from __future__ import annotations


def refresh_hint(pair: str, case_id: str | None = None) -> str:
    """The exact command that records a pair (or one of its cases) again."""
    command = f"python -m why_finetune refresh --pair {pair}"
    return f"{command} --case {case_id}" if case_id else command


def regenerate_snapshot_hint(case_id: str) -> str:
    """The command that writes a case's snapshot again from its recording (no model is called)."""
    return f"pytest -m behaviour --finetune-case {case_id} --force-regen"
