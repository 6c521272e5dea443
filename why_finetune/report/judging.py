"""The judges' verdicts, turned into what the views show.

The report reads only a verdict's `answers`, `drifts` and `evidence` (measure, value, threshold,
span, message, property), so a change elsewhere in the judges does not reach the views.
"""

from __future__ import annotations

from why_finetune.report.model import Finding, Judgement


def judge_output(prompt: str, output: str) -> tuple[Judgement | None, str | None]:
    """(judgement, None), or (None, why not) when the judges cannot be used."""
    try:
        from why_finetune.judges import judge
    except ImportError as error:
        return None, f"not judged: the judges could not be imported ({error})"
    try:
        verdict = judge(prompt, output)
    except Exception as error:  # one bad output must not hide every other cell
        return None, f"not judged: the judge failed ({type(error).__name__}: {error})"
    return from_verdict(verdict), None


def from_verdict(verdict) -> Judgement:
    answers, drifts = bool(verdict.answers), bool(verdict.drifts)
    failing = {"answers": not answers, "drifts": drifts}
    findings = tuple(_finding(evidence, failing) for evidence in getattr(verdict, "evidence", None) or ())
    return Judgement(answers, drifts, findings)


def _finding(evidence, failing: dict) -> Finding:
    measure = str(getattr(evidence, "measure", "") or "")
    message = str(getattr(evidence, "message", "") or "").strip()
    if not message:
        value, threshold = getattr(evidence, "value", None), getattr(evidence, "threshold", None)
        message = f"{measure} = {_number(value)}" + (f" (threshold {_number(threshold)})" if threshold is not None else "")
    span = getattr(evidence, "span", None)
    prop = str(getattr(evidence, "property", "") or "")
    return Finding(
        property=prop,
        measure=measure,
        message=message,
        span=span if isinstance(span, str) and span.strip() else None,
        flagged=failing.get(prop, False),
    )


def _number(value) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)


def verdict_words(judgement: Judgement) -> list[tuple[str, bool]]:
    """The two verdicts as (words, good?) pairs, in the order the views show them."""
    return [
        ("answers" if judgement.answers else "does not answer", judgement.answers),
        ("drifts" if judgement.drifts else "no drift", not judgement.drifts),
    ]
