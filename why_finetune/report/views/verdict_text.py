"""How the judges' verdicts read in the views: the words for a cell's two verdicts, a row's pair
verdict and each piece of evidence, each beside what the catalogue expects of the case.

A verdict has a tone: "good" (the output answers, or does not drift), "bad" (not what the
catalogue expects), "expected" (a failing verdict the catalogue expects, such as a base model that
drifts: the lesson, not a failure) or "unchecked" (the catalogue expects nothing of it). Without
expectations (None), a verdict is good or bad by itself.

The views render judges.Verdict and judges.PairVerdict as they come (computed in why_finetune.catalogue.case_verdict,
with the catalogue's thresholds, as the tests compute them); nothing here judges.
"""

from __future__ import annotations

from why_finetune.judges.verdict import ANSWERS, DRIFTS, Evidence, PairVerdict, Verdict

GOOD, BAD, EXPECTED, UNCHECKED = "good", "bad", "expected", "unchecked"
WORDS = {(ANSWERS, True): "answers", (ANSWERS, False): "no answer", (DRIFTS, True): "drifts", (DRIFTS, False): "no drift"}
CLOSEST = "no drift; closest measure: "


def verdict_words(verdict: Verdict, expected=None) -> list[tuple[str, str]]:
    """The two verdicts as (words, tone) pairs, in the order the views show them.

    `expected` is the case's list of expectations.Expectation (None: not known)."""
    out = []
    for prop in (ANSWERS, DRIFTS):
        value = getattr(verdict, prop)
        words = WORDS[prop, value]
        desirable = value == (prop == ANSWERS)
        wanted = None if expected is None else next((e.wanted for e in expected if e.property == prop), "any")
        if wanted is None:
            out.append((words, GOOD if desirable else BAD))
        elif wanted == "any":
            out.append((f"{words} (not checked)", UNCHECKED))
        elif wanted == value:
            out.append((words, GOOD) if desirable else (f"{words} (expected)", EXPECTED))
        else:
            out.append((f"{words} (expected: {WORDS[prop, bool(wanted)]})", BAD))
    return out


def comparison_words(comparison: PairVerdict, expected: bool | None = None) -> tuple[str, str]:
    """("chat answers better (reply score 0.95 vs base 0.05)", "good"), for a row's heading.

    `expected`: whether the catalogue expects the chat output to answer better (None: not known)."""
    score = f"reply score {comparison.chat_score:.2f} vs base {comparison.base_score:.2f}"
    if comparison.chat_better:
        return f"chat answers better ({score})", GOOD
    if expected is None:
        return f"chat does not answer better ({score})", BAD
    if expected:
        return f"chat does not answer better (expected: chat answers better), {score}", BAD
    return f"chat does not answer better (not expected to), {score}", EXPECTED


def evidence_parts(verdict: Verdict, evidence: Evidence) -> tuple[str, str]:
    """(which verdict it stands for, the judge's words): ("no answer", "off topic: ..."); drift
    evidence beside "no drift" is the closest measure, under its thresholds: not decisive."""
    if evidence.property == DRIFTS and not verdict.drifts:
        if evidence.message.startswith(CLOSEST):
            return "not decisive, under its thresholds", evidence.message[len(CLOSEST):]
        return "no drift", evidence.message.removeprefix("no drift: ").removeprefix("no drift; ")
    return WORDS[evidence.property, getattr(verdict, evidence.property)], evidence.message


def evidence_text(verdict: Verdict, evidence: Evidence) -> str:
    label, message = evidence_parts(verdict, evidence)
    return f"{label}: {message}"
