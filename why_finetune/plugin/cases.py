"""Catalogue cases as tests: a test asking for `case` runs once per case, one asking for
`comparison` once per query and form of a pair (the paired check); ids are the case ids."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from why_finetune.catalogue import Case, CatalogueError, Pair, Query
from why_finetune.catalogue.expectations import chat_better_expected
from why_finetune.plugin import CASES, PAIRS
from why_finetune.plugin.state import suite_of


@dataclass(frozen=True)
class Comparison:
    """One query in one form, as sent to both models of a pair: the unit of the paired check."""

    pair: Pair
    query: Query
    form: str

    @property
    def id(self) -> str:
        return f"{self.pair.id}/{self.query.id}/{self.form}"

    def case(self, role: str) -> Case:
        return Case(self.pair, self.query, self.form, role)


def pytest_generate_tests(metafunc):
    if "case" not in metafunc.fixturenames and "comparison" not in metafunc.fixturenames:
        return
    config = metafunc.config
    catalogue = suite_of(config).catalogue
    try:
        cases = catalogue.cases(config.getoption(PAIRS) or None)
        wanted = config.getoption(CASES)
        if wanted:
            cases = [catalogue.case(case_id) for case_id in wanted]
    except CatalogueError as error:
        raise pytest.UsageError(str(error)) from None
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", [pytest.param(case, id=case.id, marks=pytest.mark.behaviour) for case in cases])
    if "comparison" in metafunc.fixturenames:
        comparisons = {(c.pair.id, c.query.id, c.form): Comparison(c.pair, c.query, c.form) for c in cases}
        metafunc.parametrize("comparison", [_comparison_param(catalogue, c) for c in comparisons.values()])


def _comparison_param(catalogue, comparison: Comparison):
    """A paired check the catalogue does not expect is marked skipped here, from the catalogue's data:
    pytest then skips it before any fixture runs or any recording is read. Every test that takes the
    `comparison` fixture is a paired check, and is skipped alike."""
    marks = [pytest.mark.behaviour]
    if not chat_better_expected(catalogue, comparison.pair, comparison.query, comparison.form):
        marks.append(pytest.mark.skip(
            reason=f"{comparison.id}: the catalogue does not expect the chat model to answer better here"
        ))
    return pytest.param(comparison, id=comparison.id, marks=marks)


def parameter(item, name: str):
    """The value of the parameter `name` ("case" or "comparison") a test was generated with, if any."""
    callspec = getattr(item, "callspec", None)
    return callspec.params.get(name) if callspec else None


def case_of(item) -> Case | None:
    return parameter(item, "case")


@pytest.fixture
def catalogue(pytestconfig):
    """The project's catalogue, as loaded for this run."""
    return suite_of(pytestconfig).catalogue
