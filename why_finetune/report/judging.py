"""The judges' verdicts, turned into what the views show.

The report reads only a verdict's `answers`, `drifts` and `evidence` (measure, value, threshold,
span, message, property), so a change elsewhere in the judges does not reach the views.
"""

from __future__ import annotations

from dataclasses import asdict

from why_finetune.report.model import Cell, Comparison, Finding, Judgement


def judge_output(prompt: str, output: str, case=None) -> tuple[Judgement | None, str | None]:
    """(judgement, None), or (None, why not) when the judges cannot be used. With `case`, the
    thresholds its pair and query set in the catalogue apply, as in the behaviour suite."""
    try:
        from why_finetune.judges import judge
    except ImportError as error:
        return None, f"not judged: the judges could not be imported ({error})"
    try:
        thresholds = None
        if case is not None:
            from why_finetune.expectations import thresholds_for

            thresholds = thresholds_for(None, case.pair, case.query)
        verdict = judge(prompt, output, thresholds)
    except Exception as error:  # one bad output must not hide every other cell
        return None, f"not judged: the judge failed ({type(error).__name__}: {error})"
    return from_verdict(verdict), None


def from_verdict(verdict) -> Judgement:
    """A judges.Verdict made into what the views show (a Judgement is returned as it is)."""
    if isinstance(verdict, Judgement):
        return verdict
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


def judgement_data(judgement: Judgement) -> dict:
    """Plain data (pytest-xdist carries only that from a worker), read back by judgement_from_data."""
    return asdict(judgement)


def judgement_from_data(data: dict) -> Judgement:
    findings = tuple(Finding(**finding) for finding in data.get("findings", ()))
    return Judgement(bool(data["answers"]), bool(data["drifts"]), findings)


def _number(value) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)


def verdict_words(judgement: Judgement) -> list[tuple[str, bool]]:
    """The two verdicts as (words, good?) pairs, in the order the views show them."""
    return [
        ("answers" if judgement.answers else "does not answer", judgement.answers),
        ("drifts" if judgement.drifts else "no drift", not judgement.drifts),
    ]


def compare_cells(base: Cell, chat: Cell) -> Comparison | None:
    """The judges' pair verdict for two cells with outputs, or None."""
    if base.output is None or chat.output is None:
        return None
    try:
        from why_finetune.judges import compare_pair

        verdict = compare_pair(base.prompt, base.output, chat.prompt, chat.output)
    except Exception:  # no pair verdict is better than no report; each cell still shows its own
        return None
    return Comparison(bool(verdict.chat_better), float(verdict.base_score), float(verdict.chat_score))


def comparison_words(comparison: Comparison) -> tuple[str, bool]:
    """("chat answers better (reply score 0.95 vs 0.05)", True), for a row's heading."""
    verb = "chat answers better" if comparison.chat_better else "chat does not answer better"
    return f"{verb} (reply score {comparison.chat_score:.2f} vs base {comparison.base_score:.2f})", comparison.chat_better
