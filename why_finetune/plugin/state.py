"""One pytest run's behaviour suite, kept in `config.stash`; what each test leaves, in `item.stash`."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from why_finetune.catalogue import Catalogue, CatalogueError, load_catalogue
from why_finetune.project import Project
from why_finetune.recording.persistence import CassetteStore
from why_finetune.snapshots import StagedSnapshots


@dataclass
class Suite:
    project: Project
    catalogue: Catalogue
    store: CassetteStore  # the cassettes, and vcrpy's persister; store.secrets are never written or shown
    snapshots: StagedSnapshots
    regenerating: bool  # --force-regen / --regen-all: pytest-regressions rewrites snapshots
    deck: object = None  # the replay deck while consecutive cases replay (why_finetune.recording.replay_deck)
    saved: list = field(default_factory=list)  # (case id, "saved" | why not), while recording
    results: dict = field(default_factory=dict)  # case id -> why_finetune.report.model.CaseResult

    @property
    def refreshing(self) -> bool:
        return self.store.refreshing


SUITE = pytest.StashKey[Suite]()

# What a test leaves for the hooks that run after it.
RESULT = pytest.StashKey[object]()  # its CaseResult, read before the snapshot check may rewrite the file
VERDICT = pytest.StashKey[object]()  # the judges' Verdict, so the summary does not judge again
FAILURE = pytest.StashKey[str]()  # one line: why it failed or skipped
PASSED = pytest.StashKey[bool]()  # its call phase passed


def suite_of(config) -> Suite:
    return config.stash[SUITE]


# The modules that make up the suite, registered only when the project has a catalogue.
MODULES = ("cases", "recording", "verdicts", "snapshots", "saving", "summary")


def start_suite(config, project: Project) -> None:
    """Load the catalogue, check the selection, and register the suite's modules and report redaction."""
    import importlib

    from why_finetune.credentials import find_credentials
    from why_finetune.redaction import ReportRedaction

    try:
        catalogue = load_catalogue(project.catalogue)
        for name in config.getoption("--pair"):
            catalogue.pair(name)
        for case_id in config.getoption("--case"):
            catalogue.case(case_id)
        if config.getoption("--llm-judge"):
            from why_finetune.llm_judge import grader_from

            grader_from(catalogue)
    except CatalogueError as error:  # a mistake stops the run with one line
        raise pytest.UsageError(str(error)) from None
    record_mode = config.getoption("--record-mode", default=None) or "none"
    store = CassetteStore(root=project.cassettes, refreshing=record_mode != "none")
    if store.refreshing:
        # A recording run reaches the models: pytest-recording's --block-network (which exempts only
        # tests marked `vcr`, and so none of ours) is lifted for it.
        config.option.block_network = False
    credentials = find_credentials()
    if credentials:
        store.secrets.add(credentials.key)
    regenerating = bool(config.getoption("--force-regen", default=False) or config.getoption("--regen-all", default=False))
    config.stash[SUITE] = Suite(project, catalogue, store, StagedSnapshots(store.secrets), regenerating)
    config.addinivalue_line("markers", "behaviour: a case of the behaviour suite (one catalogue query to one model)")
    config.pluginmanager.register(ReportRedaction(store.secrets), "why-finetune-redaction")
    for name in MODULES:
        config.pluginmanager.register(importlib.import_module(f"why_finetune.plugin.{name}"), f"why-finetune-{name}")
    from why_finetune.plugin.summary import Summary

    config.pluginmanager.register(Summary(config), "why-finetune-results")  # after saving's: shown first
