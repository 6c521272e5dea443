"""The behaviour suite's pytest plugin, registered through the `pytest11` entry point.

It only declares its options and ini settings, and, when the project has a catalogue, switches the
suite on: the modules beside this one hold the work, one concept each.

    cases        catalogue cases as tests (`case`, `comparison`), the selection options
    recording    record or replay: each case's cassette, endpoint and outcome, misses explained
    verdicts     the judges' verdict, the catalogue's expectations, the optional LLM judge
    snapshots    the snapshot check
    saving       while recording: keep a case's new files only if its test passed
    summary      results shipped across pytest-xdist, the end-of-run summary and HTML report

A project without a catalogue is left alone: none of those modules is registered, so its tests
run exactly as without this package (see why_finetune.project for where the catalogue is looked for).
"""

from __future__ import annotations

import pytest

from why_finetune.project import HELP, SETTINGS, Project, project_from_pytest

# The plugin loads in every project where the package is installed, so its options carry names and
# dests of their own: a project's conftest.py may declare --pair or --case for itself.
PAIRS = "why_finetune_pairs"
CASES = "why_finetune_cases"
LLM_JUDGE = "why_finetune_llm_judge"
HTML = "why_finetune_html"


def pytest_addoption(parser):
    group = parser.getgroup("why-finetune")
    group.addoption(
        "--finetune-pair", dest=PAIRS, action="append", default=[], metavar="ID",
        help="run only the cases of this pair (repeatable)",
    )
    group.addoption(
        "--finetune-case", dest=CASES, action="append", default=[], metavar="ID",
        help="run only this case id (repeatable)",
    )
    group.addoption(
        "--finetune-llm-judge", dest=LLM_JUDGE, action="store_true", default=False,
        help="also ask the catalogue's llm_judge model whether each output answers (recorded like any call)",
    )
    group.addoption(
        "--finetune-html", dest=HTML, metavar="PATH", default=None,
        help="also write this run's base-vs-chat comparison as one self-contained HTML file",
    )
    for name in SETTINGS:
        parser.addini(name, HELP[name], default="")


def pytest_configure(config):
    if config.getoption(HTML):  # said now, not after the whole run
        from why_finetune.report.views.html import unwritable_target

        problem = unwritable_target(config.getoption(HTML))
        if problem:
            raise pytest.UsageError(f"--finetune-html {problem}")
    project = project_from_pytest(config)
    if not project.has_catalogue:
        if config.getoption(PAIRS) or config.getoption(CASES):
            raise pytest.UsageError(
                f"--finetune-pair and --finetune-case select catalogue cases, but there is no catalogue at {project.catalogue}. "
                "Write a starter with: python -m why_finetune init"
            )
        return
    start_suite(config, project)


# The modules that make up the suite, registered only when the project has a catalogue.
MODULES = ("cases", "recording", "verdicts", "snapshots", "saving", "summary")


def start_suite(config, project: Project) -> None:
    """Load the catalogue, check the selection, and register the suite's modules and report redaction."""
    import importlib

    from why_finetune.catalogue import CatalogueError, load_catalogue
    from why_finetune.plugin.state import SUITE, Suite
    from why_finetune.recording.persistence import CassetteStore
    from why_finetune.recording.redaction import ReportRedaction
    from why_finetune.recording.snapshots import StagedSnapshots

    try:
        catalogue = load_catalogue(project.catalogue)
        for name in config.getoption(PAIRS):
            catalogue.pair(name)
        for case_id in config.getoption(CASES):
            catalogue.case(case_id)
        if config.getoption(LLM_JUDGE):
            from why_finetune.judges.llm_judge import grader_from

            grader_from(catalogue)
    except CatalogueError as error:  # a mistake stops the run with one line
        raise pytest.UsageError(str(error)) from None
    record_mode = config.getoption("--record-mode", default=None) or "none"
    store = CassetteStore(root=project.cassettes, refreshing=record_mode != "none")
    if store.refreshing:
        # A recording run reaches the models: pytest-recording's --block-network (which exempts only
        # tests marked `vcr`, and so none of ours) is lifted for it.
        config.option.block_network = False
    from why_finetune.clients import keys_in_use

    store.secrets.update(keys_in_use(catalogue.pairs.values()))
    regenerating = bool(config.getoption("--force-regen", default=False) or config.getoption("--regen-all", default=False))
    config.stash[SUITE] = Suite(project, catalogue, store, StagedSnapshots(store.secrets), regenerating)
    config.addinivalue_line("markers", "behaviour: a case of the behaviour suite (one catalogue query to one model)")
    config.pluginmanager.register(ReportRedaction(store.secrets), "why-finetune-redaction")
    for name in MODULES:
        config.pluginmanager.register(importlib.import_module(f"why_finetune.plugin.{name}"), f"why-finetune-{name}")
    from why_finetune.plugin.summary import Summary

    config.pluginmanager.register(Summary(config), "why-finetune-results")  # after saving's: shown first
