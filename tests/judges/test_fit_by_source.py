"""bench/judges_fit.py: the fitted combinations of the judges' measures are scored only on sources
they were not fitted on, and the fitters find a rule that is there (bench/RESULTS.md reports them)."""

from __future__ import annotations

from bench import judges_fit

NAMES = ["noise", "signal", "hand.answers"]


def test_each_source_is_predicted_by_a_model_that_never_saw_it():
    # A fitter that memorises every row it is given: in sample it is always right, so any output
    # predicted right here could only be so if its own source was among the rows it was fitted on.
    def memorise(xs, ys, names):
        seen = {tuple(x): y for x, y in zip(xs, ys)}
        return (lambda x: seen.get(tuple(x), None)), "memorised"

    rows = [[float(k), 0.0, 0.0] for k in range(12)]
    labels = [k % 2 == 0 for k in range(12)]
    sources = ["a", "a", "a", "b", "b", "b", "c", "c", "c", "d", "d", "d"]
    predictions = judges_fit.leave_one_source_out(rows, labels, sources, memorise, NAMES)
    assert predictions == [None] * 12


def _separable():
    # The label is "signal over 0.5" (0-0.2 or 0.8-1.0); noise and the hand verdict, wrong on every
    # fourth row, do not tell.
    rows, labels = [], []
    for k in range(40):
        truth = k % 2 == 0
        signal = (0.8 if truth else 0.0) + (k % 3) / 10
        hand = truth if k % 4 else not truth
        rows.append([float((k * 7) % 3), signal, float(hand)])
        labels.append(truth)
    return rows, labels


def test_the_fitters_find_a_one_measure_rule_and_give_the_same_model_twice():
    rows, labels = _separable()
    for fitter in (judges_fit.fit_logistic, judges_fit.fit_tree, judges_fit.exceptions(2)):
        model, text = fitter(rows, labels, NAMES)
        assert [model(x) for x in rows] == labels, text
        assert fitter(rows, labels, NAMES)[1] == text
    assert "signal" in judges_fit.fit_tree(rows, labels, NAMES)[1]


def test_the_hand_rules_column_is_the_hand_verdict_unfitted():
    rows, labels = _separable()
    model, _ = judges_fit.hand(2)(rows, labels, NAMES)
    assert [model(x) for x in rows] == [x[2] >= 0.5 for x in rows]
    assert sum(model(x) == y for x, y in zip(rows, labels)) == 30


def test_folds_fitted_in_two_processes_give_the_same_predictions():
    rows, labels = _separable()
    sources = [f"s{k % 5}" for k in range(len(rows))]
    for fitter in (judges_fit.fit_tree, judges_fit.exceptions(2)):
        alone = judges_fit.leave_one_source_out(rows, labels, sources, fitter, NAMES)
        assert judges_fit.leave_one_source_out(rows, labels, sources, fitter, NAMES, jobs=2) == alone
