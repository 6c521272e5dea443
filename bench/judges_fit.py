"""Fit how the judges' measures combine into `answers` and `drifts`, cross-validated by source.

    .venv/bin/python bench/judges_fit.py             # the held-out table, per property and per source
    .venv/bin/python bench/judges_fit.py --markdown  # the same as markdown, for bench/RESULTS.md
    .venv/bin/python bench/judges_fit.py --by family # hold out a family of sources at a time (en, zh, base, ...)
    .venv/bin/python bench/judges_fit.py --jobs 2    # the same figures, the folds fitted in two processes

For every high-confidence labelled output the project holds (tests/judges/labelled_sets.py) it reads
the measures a verdict already carries (each drift measure's value over its threshold, each answer
check's outcome, the reply part's share, echo, length and topic hits, and the hand rules' two
verdicts), then compares ways of turning them into a verdict, each scored on sources it was not
fitted on (leave one source out: fit on every other source, predict the one left out; never by item):

* hand: the judges' rules as shipped (nothing fitted, so nothing to hold out; but the rules were
  chosen by reading the misses of the whole corpus, so their rows are not held-out figures);
* logistic: an L2-regularised logistic regression on the standardised measures (numpy),
  fixed iterations of full-batch gradient descent from zero (deterministic);
* tree: a decision tree of depth 2, exhaustive search of one-measure thresholds by training
  errors, ties broken by the measure's order (deterministic);
* the logistic regression and the tree again on the measures alone, the hand verdicts left out;
* exceptions: the hand verdict, flipped by up to three one-measure rules ("drifts is yes when the
  hand rules say no and prompt.questions >= 0.8"), each kept only if it removes at least
  ``MIN_GAIN`` training errors.

The settings (L2 strength, iterations, depth, rule count, minimum gain) were fixed before the first
run and are not tuned on the held-out figures; the report says so.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.judges import labelled_sets  # noqa: E402
from why_finetune.judges.judging import DEFAULT_THRESHOLDS, judge  # noqa: E402
from why_finetune.judges.measures import ANSWER_CHECKS, DRIFT_MEASURES  # noqa: E402
from why_finetune.judges.reading import Reading  # noqa: E402
from why_finetune.judges.reply import find_reply  # noqa: E402
from why_finetune.judges.score import PROPERTIES  # noqa: E402

L2 = 1.0
ITERATIONS = 400
STEP = 0.5
DEPTH = 2
MIN_LEAF = 5
MAX_RULES = 3
MIN_GAIN = 3
RATIO_CAP = 3.0


# --- the measures of one output ------------------------------------------------------------------


# What a drift measure is called in a verdict's scores ("prompt.questions"), learnt from the outputs
# it applied to; until then, its function's name.
DRIFT_NAMES = [f"{m.__module__.rsplit('.', 1)[-1]}.{m.__name__}" for m in DRIFT_MEASURES]


def measure_names() -> list[str]:
    checks = [f"fails.{c.__name__}" for c in ANSWER_CHECKS]
    return [*DRIFT_NAMES, *checks, "reply.share", "reply.echo", "reply.log_words", "reply.topic_hits",
            "reply.direct", "prompt.dialogue", "hand.answers", "hand.drifts"]


def measures(prompt: str, output: str) -> list[float]:
    """The measures of one output, in measure_names() order (the judge's own pipeline, read out)."""
    t = DEFAULT_THRESHOLDS
    r = Reading(prompt, output, t)
    verdict = judge(prompt, output)
    row: list[float] = []
    if r.total == 0:
        row = [0.0] * (len(DRIFT_MEASURES) + len(ANSWER_CHECKS) + 6)
        return [*row, float(verdict.answers), float(verdict.drifts)]
    findings = [m(r, t) for m in DRIFT_MEASURES]
    for k, f in enumerate(findings):
        if f is not None:
            DRIFT_NAMES[k] = f.measure
    holding = [f for f in findings if f is not None and f.holds]
    reply = find_reply(r, t, holding)
    row += [min(f.ratio, RATIO_CAP) if f is not None else 0.0 for f in findings]
    row += [float(check(reply, r, t) is not None) for check in ANSWER_CHECKS]
    hits = reply.topic.hits if reply.topic is not None else 0
    row += [reply.share, reply.echo, math.log1p(len(reply.words)), float(min(hits, 5)), float(reply.direct),
            float(not r.plain), float(verdict.answers), float(verdict.drifts)]
    return row


# --- the models ------------------------------------------------------------------------------------

Model = Callable[[list[float]], bool]
Fitter = Callable[[list[list[float]], list[bool], list[str]], tuple[Model, str]]


def hand(column: int) -> Fitter:
    def fit(xs, ys, names):
        return (lambda x: x[column] >= 0.5), f"the hand rules ({names[column]})"
    return fit


def fit_logistic(xs: list[list[float]], ys: list[bool], names: list[str]) -> tuple[Model, str]:
    # numpy (installed with lamini, pinned in requirements.lock) does each iteration's sums over the
    # rows as array products: the same gradient steps as a plain loop, some 150 times faster, which
    # is what lets every fold of every source be fitted in minutes.
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    n, d = x.shape
    means = x.mean(axis=0)
    sds = x.std(axis=0)
    sds[sds == 0] = 1.0
    z = (x - means) / sds
    w, b = np.zeros(d), 0.0
    for _ in range(ITERATIONS):
        err = (_sigmoid(b + z @ w) - y) / n
        w = w - STEP * (L2 * w / n + z.T @ err)
        b -= STEP * float(err.sum())
    weights = w / sds
    bias = b - float(np.sum(w * means / sds))

    def predict(row: list[float]) -> bool:
        return bias + float(np.dot(weights, row)) >= 0.0

    top = sorted(range(d), key=lambda j: -abs(w[j]))[:4]
    return predict, "logistic, largest standardised weights: " + ", ".join(f"{names[j]} {w[j]:+.2f}" for j in top)


def _sigmoid(s: np.ndarray) -> np.ndarray:
    # exp of a negative number only, so that no large score overflows.
    e = np.exp(-np.abs(s))
    return np.where(s >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _majority(ys: Sequence[bool]) -> bool:
    return sum(ys) * 2 > len(ys)


def _errors(ys: Sequence[bool]) -> int:
    yes = sum(ys)
    return min(yes, len(ys) - yes)


def _best_split(xs, gains, j) -> tuple[float, float, bool]:
    """The threshold on measure j whose side (at or over it, or under it) holds the largest sum of
    gains: (gain, threshold, over). Sorting once makes every threshold one step of a running sum."""
    order = sorted(range(len(xs)), key=lambda k: xs[k][j])
    total = sum(gains)
    below = 0.0
    best = (0.0, math.inf, True)
    for a, b in zip(order, order[1:]):
        below += gains[a]
        if xs[a][j] == xs[b][j]:
            continue
        s = (xs[a][j] + xs[b][j]) / 2
        for gain, over in ((total - below, True), (below, False)):
            if gain > best[0]:
                best = (gain, s, over)
    return best


def fit_tree(xs, ys, names, depth: int = DEPTH) -> tuple[Model, str]:
    leaf = _majority(ys)
    if depth == 0 or _errors(ys) == 0 or len(ys) < 2 * MIN_LEAF:
        return (lambda x: leaf), str(leaf).lower()
    best = (_errors(ys), -1, 0.0)
    for j in range(len(xs[0])):
        order = sorted(range(len(xs)), key=lambda k: xs[k][j])
        yes_total, yes_below = sum(ys), 0
        for n_below, (a, b) in enumerate(zip(order, order[1:]), 1):
            yes_below += ys[a]
            if xs[a][j] == xs[b][j] or n_below < MIN_LEAF or len(xs) - n_below < MIN_LEAF:
                continue
            yes_above, n_above = yes_total - yes_below, len(xs) - n_below
            e = min(yes_below, n_below - yes_below) + min(yes_above, n_above - yes_above)
            if e < best[0]:
                best = (e, j, (xs[a][j] + xs[b][j]) / 2)
    _, j, s = best
    if j < 0:
        return (lambda x: leaf), str(leaf).lower()
    lo = [(x, y) for x, y in zip(xs, ys) if x[j] < s]
    hi = [(x, y) for x, y in zip(xs, ys) if x[j] >= s]
    left, left_text = fit_tree([x for x, _ in lo], [y for _, y in lo], names, depth - 1)
    right, right_text = fit_tree([x for x, _ in hi], [y for _, y in hi], names, depth - 1)
    return (lambda x: right(x) if x[j] >= s else left(x)), f"({names[j]} >= {s:.3g} ? {right_text} : {left_text})"


def exceptions(column: int) -> Fitter:
    def fit(xs, ys, names):
        rules: list[tuple[int, float, bool, bool]] = []  # measure, threshold, at or over it?, hand verdict flipped

        def rule_for(x: list[float]) -> int | None:
            verdict = x[column] >= 0.5
            return next((k for k, (j, s, over, when) in enumerate(rules)
                         if verdict == when and (x[j] >= s) == over), None)

        def predict(x: list[float]) -> bool:
            verdict = x[column] >= 0.5
            return verdict if rule_for(x) is None else not verdict

        for _ in range(MAX_RULES):
            best: tuple[float, tuple[int, float, bool, bool] | None] = (MIN_GAIN - 0.5, None)
            for when in (True, False):
                # A new rule flips the outputs no earlier rule flipped whose hand verdict is `when`:
                # each one judged wrong now is a gain, each one judged right a loss.
                free = [(x, 1.0 if predict(x) != y else -1.0) for x, y in zip(xs, ys)
                        if (x[column] >= 0.5) == when and rule_for(x) is None]
                if not free:
                    continue
                fx, gains = [x for x, _ in free], [g for _, g in free]
                for j in range(len(xs[0])):
                    if j == column:
                        continue
                    gain, s, over = _best_split(fx, gains, j)
                    if gain > best[0]:
                        best = (gain, (j, s, over, when))
            if best[1] is None:
                break
            rules.append(best[1])
        text = "; ".join(f"{'no' if w else 'yes'} when hand says {'yes' if w else 'no'} and "
                         f"{names[j]} {'>=' if o else '<'} {s:.3g}" for j, s, o, w in rules)
        return predict, "hand, flipped: " + (text or "no rule")
    return fit


def without_hand(fitter: Fitter, names: list[str]) -> Fitter:
    """The fitter on the measures alone, the hand rules' two verdicts left out."""
    keep = [j for j, name in enumerate(names) if not name.startswith("hand.")]

    def fit(xs, ys, names):
        model, text = fitter([[x[j] for j in keep] for x in xs], ys, [names[j] for j in keep])
        return (lambda x: model([x[j] for j in keep])), text
    return fit


# --- cross-validation by source ------------------------------------------------------------------


def leave_one_source_out(rows, labels, sources, fitter: Fitter, names, jobs: int = 1) -> list[bool]:
    """Each source's outputs predicted by a model fitted on every other source. With ``jobs`` over 1 the
    folds run in that many forked processes: each fold is fitted alone, so the predictions are the same."""
    global _FOLDS
    held = sorted(set(sources))
    _FOLDS = (rows, labels, sources, fitter, names)
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            folds = pool.map(_predict_fold, held)
    else:
        folds = list(map(_predict_fold, held))
    predictions: list[bool] = [False] * len(rows)
    for fold in folds:
        for i, prediction in fold:
            predictions[i] = prediction
    return predictions


# One cross-validation's data, set before the worker processes fork so they inherit it (the fitters are
# closures, which cannot be sent to a process).
_FOLDS: tuple = ()


def _predict_fold(held: str) -> list[tuple[int, bool]]:
    rows, labels, sources, fitter, names = _FOLDS
    train = [i for i, s in enumerate(sources) if s != held]
    model, _ = fitter([rows[i] for i in train], [labels[i] for i in train], names)
    return [(i, model(rows[i])) for i, s in enumerate(sources) if s == held]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the table as markdown")
    parser.add_argument("--by", choices=("source", "family"), default="source",
                        help="hold out one source at a time (a file of the corpus, a calibration set), or one "
                        "family of them at a time (its name's first word: en, zh, ja, base, course, ...)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="fit the held-out folds in this many processes (the figures do not change)")
    args = parser.parse_args()

    items = [i for i in labelled_sets.everything() if i.confidence == "high"]
    rows = [measures(i.prompt, i.output) for i in items]
    names = measure_names()
    sources = [i.source if args.by == "source" else i.source.replace(":", "-").split("-")[0] for i in items]
    columns = {"answers": names.index("hand.answers"), "drifts": names.index("hand.drifts")}
    held_out: dict[tuple[str, str], list[bool]] = {}
    fitted_on_all: dict[tuple[str, str], str] = {}
    for prop in PROPERTIES:
        labels = [i.label(prop) for i in items]
        fitters: dict[str, Fitter] = {
            "hand": hand(columns[prop]), "logistic": fit_logistic, "tree": fit_tree,
            "exceptions": exceptions(columns[prop]),
            "logistic, measures only": without_hand(fit_logistic, names),
            "tree, measures only": without_hand(fit_tree, names),
        }
        for model_name, fitter in fitters.items():
            predictions = leave_one_source_out(rows, labels, sources, fitter, names, args.jobs)
            held_out[prop, model_name] = [p == y for p, y in zip(predictions, labels)]
            model, text = fitter(rows, labels, names)
            in_sample = sum(model(x) == y for x, y in zip(rows, labels))
            fitted_on_all[prop, model_name] = f"{in_sample}/{len(rows)} on the data it was fitted on; {text}"

    models = list(fitters)
    by_source: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(sources):
        by_source[s].append(k)
    for p in PROPERTIES:
        header = [args.by, "outputs", *models]
        lines = [header]
        for s in ["all", *sorted(by_source)]:
            ks = list(range(len(items))) if s == "all" else by_source[s]
            cells = [s, str(len(ks))]
            for m in models:
                right = sum(held_out[p, m][k] for k in ks)
                cells.append(f"{right}/{len(ks)} ({right / len(ks):.0%})")
            lines.append(cells)
        print(f"\n{p}, held out by {args.by} (leave one {args.by} out)\n")
        if args.markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
            for cells in lines[1:]:
                print("| " + " | ".join(cells) + " |")
        else:
            widths = [max(len(r[c]) for r in lines) for c in range(len(header))]
            for cells in lines:
                print("  ".join(cell.ljust(w) for cell, w in zip(cells, widths)))
    print()
    for p in PROPERTIES:
        for m in models[1:]:
            gained = sum(b and not a for a, b in zip(held_out[p, "hand"], held_out[p, m]))
            lost = sum(a and not b for a, b in zip(held_out[p, "hand"], held_out[p, m]))
            print(f"- {p}, {m} against the hand rules, held out: {gained} outputs right that they get wrong, "
                  f"{lost} wrong that they get right")
    print()
    for (p, m), text in fitted_on_all.items():
        print(f"- {p}, {m} fitted on every source: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
