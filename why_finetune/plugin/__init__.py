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

from why_finetune.project import HELP, SETTINGS, project_from_pytest


def pytest_addoption(parser):
    group = parser.getgroup("why-finetune")
    group.addoption("--pair", action="append", default=[], help="run only the cases of this pair (repeatable)")
    group.addoption("--case", action="append", default=[], help="run only this case id (repeatable)")
    group.addoption(
        "--llm-judge", action="store_true", default=False,
        help="also ask the catalogue's llm_judge model whether each output answers (recorded like any call)",
    )
    group.addoption(
        "--html-report", metavar="PATH", default=None,
        help="also write this run's base-vs-chat comparison as one self-contained HTML file",
    )
    for name in SETTINGS:
        parser.addini(name, HELP[name], default="")


def pytest_configure(config):
    project = project_from_pytest(config)
    if not project.has_catalogue:
        if config.getoption("--pair") or config.getoption("--case"):
            raise pytest.UsageError(
                f"--pair and --case select catalogue cases, but there is no catalogue at {project.catalogue}. "
                "Write a starter with: python -m why_finetune init"
            )
        return
    from why_finetune.plugin.state import start_suite

    start_suite(config, project)
