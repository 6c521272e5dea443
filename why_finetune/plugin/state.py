"""One pytest run's behaviour suite, kept in `config.stash`; what each test leaves, in `item.stash`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

from why_finetune.catalogue import Catalogue
from why_finetune.project import Project
from why_finetune.recording.persistence import CassetteStore
from why_finetune.recording.snapshots import StagedSnapshots

if TYPE_CHECKING:  # imported where used: the report and the judges load only when a case runs
    from why_finetune.catalogue.result import CaseResult


@dataclass
class Suite:
    project: Project
    catalogue: Catalogue
    store: CassetteStore  # the cassettes, and vcrpy's persister; store.secrets are never written or shown
    snapshots: StagedSnapshots
    regenerating: bool  # --force-regen / --regen-all: pytest-regressions rewrites snapshots
    deck: Any = None  # the replay deck while consecutive cases replay (why_finetune.recording.replay_deck)
    saved: list = field(default_factory=list)  # (case id, "saved" | why not), while recording
    expectations_missed: bool = False  # while recording: a case was not saved because its verdict missed one
    results: dict = field(default_factory=dict)  # case id -> why_finetune.catalogue.result.CaseResult

    @property
    def refreshing(self) -> bool:
        return self.store.refreshing


SUITE = pytest.StashKey[Suite]()

# What a test leaves for the hooks that run after it.
RESULT: pytest.StashKey[CaseResult] = pytest.StashKey()  # its CaseResult (its verdict added by the verdict fixture)
FAILURE = pytest.StashKey[str]()  # one line: why it failed or skipped
PASSED = pytest.StashKey[bool]()  # its call phase passed


def suite_of(config) -> Suite:
    return config.stash[SUITE]
