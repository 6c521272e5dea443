"""What changed in the models' behaviour since a git revision: `compare --changed REF`.

Only the cases whose recording or snapshot differs from REF, each with its output at REF beside
its output now, the verdict then and now, and the change in words ("chat: answers -> no answer").
The output at REF is judged as the catalogue at REF defined its case (prompt, thresholds), and held
to REF's expectations; the output now, to today's. An expectation broken is one the catalogue at REF
set, that REF's output met and today's output does not: relaxing the expectation in the same change
does not hide it, which is what a reviewer must see.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from why_finetune.catalogue import Case, Catalogue, CatalogueError, catalogue_from_text
from why_finetune.catalogue.expectations import chat_better_expected, role_expectations, unmet
from why_finetune.judges.verdict import ANSWERS, DRIFTS, Verdict
from why_finetune.recording.persistence import (
    MAX_CASSETTE_BYTES,
    CassetteError,
    CassetteStore,
    Recording,
    recording_from_text,
)
from why_finetune.recording.redaction import redact
from why_finetune.recording.snapshots import snapshot_path
from why_finetune.report.cells import output_cell
from why_finetune.report.model import Cell, PairInfo, pair_info
from why_finetune.report.sources.at_revision import Revision, blob_id
from why_finetune.report.views.verdict_text import WORDS

CHANGED, NEW, REMOVED = "changed", "new", "removed"


@dataclass
class CaseChange:
    case_id: str
    kind: str  # CHANGED, NEW or REMOVED
    then: Cell  # the case at REF (output None: not recorded there)
    now: Cell  # the case now (output None: not recorded now)
    words: list[str]  # what changed, in words
    broken: list[str] = field(default_factory=list)  # expectations that held at REF and fail now

    @property
    def pair(self) -> str:
        return self.case_id.split("/")[0]

    @property
    def output_changed(self) -> bool:
        return self.then.output != self.now.output

    @property
    def verdict_changed(self) -> bool:
        return _flips(self.then.verdict, self.now.verdict) != []


@dataclass
class RowChange:
    """A pair verdict (chat answers better than base?) that changed with one of its two cases."""

    row_id: str  # pair/query/form
    words: str
    broken: str | None = None

    @property
    def pair(self) -> str:
        return self.row_id.split("/")[0]


@dataclass
class Changes:
    ref: str
    commit: str
    cases: list[CaseChange]
    rows: list[RowChange] = field(default_factory=list)
    pairs: dict[str, PairInfo] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # said once, above everything (REF's catalogue unreadable)

    @property
    def at(self) -> str:
        """How REF is named in the views: "HEAD (1a2b3c4)"."""
        return self.ref if self.ref.startswith(self.commit[:7]) else f"{self.ref} ({self.commit[:7]})"

    @property
    def broken(self) -> list[str]:
        return [f"{change.case_id}: {words}" for change in self.cases for words in change.broken] + [
            f"{row.row_id}: {row.broken}" for row in self.rows if row.broken]

    @property
    def problems(self) -> list[str]:
        """What is broken on disk now (an unreadable recording): the command exits 1, as compare does."""
        return [change.now.problem for change in self.cases if change.now.problem]

    def by_pair(self) -> dict[str, list[CaseChange]]:
        groups: dict[str, list[CaseChange]] = {}
        for change in self.cases:
            groups.setdefault(change.pair, []).append(change)
        return groups

    def headline(self) -> str:
        """The line at the top that counts them."""
        if not self.cases:
            return f"No behaviour changed since {self.at}: every recording and snapshot is as it was there."
        kinds = {kind: sum(1 for c in self.cases if c.kind == kind) for kind in (CHANGED, NEW, REMOVED)}
        flipped = sum(1 for c in self.cases if c.kind == CHANGED and c.verdict_changed)
        same = sum(1 for c in self.cases if c.kind == CHANGED and not c.output_changed)
        count = f"{len(self.cases)} case{'s' if len(self.cases) != 1 else ''} differ{'s' if len(self.cases) == 1 else ''} from {self.at}"
        parts = [f"{kinds[CHANGED]} changed ({flipped} with a new verdict"
                 + (f", {same} with the same output" if same else "") + ")",
                 f"{kinds[NEW]} new", f"{kinds[REMOVED]} removed"]
        broken = len(self.broken)
        verdict = (f"{broken} expectation{'s' if broken != 1 else ''} that held at {self.ref} fail{'s' if broken == 1 else ''} now"
                   if broken else f"every expectation that held at {self.ref} still holds")
        return f"{count}: {', '.join(parts)}; {verdict}."


@dataclass
class _Side:
    """One revision's view of the project: its catalogue, and how to read a case's two files."""

    catalogue: Catalogue | None
    label: str  # "at HEAD (1a2b3c4)" or "now"


def changes_since(revision: Revision, project, catalogue: Catalogue, secrets=()) -> Changes:
    """The cases of `project` whose recording or snapshot differs between `revision` and the disk."""
    ref_catalogue, notes = _catalogue_at(revision, project)
    changes = Changes(revision.ref, revision.commit, [], notes=notes)
    then = _Side(ref_catalogue, f"at {changes.at}")
    now = _Side(catalogue, "now")
    cases_now = {case.id: case for case in catalogue.cases()}
    cases_then = {case.id: case for case in ref_catalogue.cases()} if ref_catalogue else {}
    at_ref = revision.files_under(project.cassettes, project.snapshots)
    store = CassetteStore(Path(project.cassettes))
    old_texts: dict[str, str] = {}
    differing: list[tuple[str, Path, Path, str | None, bytes | None, str | None]] = []
    for case_id in [*cases_now, *(case_id for case_id in cases_then if case_id not in cases_now)]:
        cassette, snapshot = store.path_for(case_id), snapshot_path(project.snapshots, case_id)
        old_cassette, old_snapshot = at_ref.get(_real(cassette)), at_ref.get(_real(snapshot))
        new_bytes = _read_file(cassette)
        new_cassette = blob_id(new_bytes) if new_bytes is not None else None
        snapshot_bytes = _read_file(snapshot)
        new_snapshot = blob_id(snapshot_bytes) if snapshot_bytes is not None else None
        if (old_cassette, old_snapshot) == (new_cassette, new_snapshot):
            continue
        differing.append((case_id, cassette, snapshot, old_cassette, new_bytes, old_snapshot))
    blobs = revision.read([blob for each in differing for blob in (each[3], each[5]) if blob])
    for blob, content in blobs.items():
        old_texts[blob] = content.decode("utf-8", errors="replace")
    touched_rows: dict[str, None] = {}
    for case_id, cassette, snapshot, old_cassette, new_bytes, old_snapshot in differing:
        case_then = cases_then.get(case_id) or cases_now.get(case_id)
        case_now = cases_now.get(case_id)
        assert case_then is not None  # every id comes from one of the two catalogues
        where = f"{revision.ref}:{_relative(revision, cassette)}"
        old = _cell(case_then, then, old_texts.get(old_cassette) if old_cassette else None, where,
                    old_texts.get(old_snapshot) if old_snapshot else None, secrets)
        if case_now is None:
            new = _missing(case_then, now, "no longer in the catalogue")
        else:
            text = new_bytes.decode("utf-8", errors="replace") if new_bytes is not None else None
            new = _cell(case_now, now, text, str(cassette), _text(_read_file(snapshot)), secrets)
        kind = NEW if old.output is None and old.problem is None and new.output is not None else (
            REMOVED if new.output is None and new.problem is None and old.output is not None else CHANGED)
        words = _words(case_then.role, kind, old, new, case_now is None, old_cassette != _blob(new_bytes))
        change = CaseChange(case_id, kind, old, new, words)
        if kind == CHANGED and old.verdict and new.verdict and ref_catalogue is not None:
            change.broken = [f"{case_then.role}: expected {e}: held at {revision.ref}, fails now"
                             for e in role_expectations(ref_catalogue, case_then)
                             if not unmet([e], old.verdict) and unmet([e], new.verdict)]
        changes.cases.append(change)
        changes.pairs.setdefault(change.pair, pair_info((case_now or case_then).pair))
        if kind == CHANGED and case_now is not None:
            touched_rows[case_id.rsplit("/", 1)[0]] = None
    changes.rows = [row for row in (_row_change(row_id, changes, revision, project, ref_catalogue, catalogue,
                                                cases_then, cases_now, secrets) for row_id in touched_rows) if row]
    return changes


def _catalogue_at(revision: Revision, project) -> tuple[Catalogue | None, list[str]]:
    where = f"{revision.ref}:{_relative(revision, project.catalogue)}"
    text = revision.text(project.catalogue)
    if text is None:
        return None, [f"no catalogue at {where}: the outputs there are judged with today's catalogue, "
                      "and no expectation of then is held to"]
    try:
        return catalogue_from_text(text, Path(where)), []
    except CatalogueError as error:
        return None, [f"{error}; the outputs at {revision.ref} are judged with today's catalogue instead"]


def _cell(case: Case, side: _Side, text: str | None, where: str, snapshot_text: str | None, secrets) -> Cell:
    if text is None:
        return _missing(case, side, "not recorded" if side.label == "now" else f"not recorded {side.label}")
    try:
        recording: Recording = recording_from_text(text, where)
    except CassetteError as error:
        cell = _missing(case, side, str(error))
        return replace(cell, problem=f"{error}: restore it from git, or record it again") if side.label == "now" else cell
    output = redact(recording.output, secrets)
    stored = _snapshot_output(snapshot_text)
    # The view's diff is then -> now; a snapshot that does not match its own recording is a note.
    note = None
    if stored is None:
        note = "no snapshot beside this recording"
    elif redact(stored, secrets) != output:
        note = "its snapshot holds another output: the replay fails until the snapshot is written again"
    cell = output_cell(case, output, recording.provenance, prompt=recording.prompt, note=note)
    cell.label = cell.role = f"{case.role} {side.label}"
    cell.expected = role_expectations(side.catalogue, case) if side.catalogue is not None else None
    return cell


def _missing(case: Case, side: _Side, note: str) -> Cell:
    label = f"{case.role} {side.label}"
    return Cell(case.id, label, case.model, case.prompt, None, note=note, label=label)


def _snapshot_output(text: str | None) -> str | None:
    if text is None:
        return None
    from why_finetune.recording.serializer import load_yaml

    try:
        data = load_yaml(text)
    except Exception:  # an unreadable snapshot shows as "no snapshot" here; replay names it
        return None
    return data.get("output") if isinstance(data, dict) and isinstance(data.get("output"), str) else None


def _provenance_changed(then: Cell, now: Cell) -> list[str]:
    """What changed in how the output was made (runtime, model file...). Not the date: every new
    recording has today's, so a different date says nothing about why it was recorded again."""
    keys = {*then.provenance, *now.provenance} - {"recorded"}
    return sorted(k for k in keys if then.provenance.get(k) != now.provenance.get(k))


def _flips(then: Verdict | None, now: Verdict | None) -> list[str]:
    if then is None or now is None:
        return []
    return [prop for prop in (ANSWERS, DRIFTS) if getattr(then, prop) != getattr(now, prop)]


def _blob(content: bytes | None) -> str | None:
    return blob_id(content) if content is not None else None


def _words(role: str, kind: str, then: Cell, now: Cell, gone: bool, recording_changed: bool) -> list[str]:
    if kind == NEW:
        return [f"{role}: new recording"]
    if kind == REMOVED:
        return [f"{role}: removed" + (" from the catalogue" if gone else ", no recording now")]
    if then.output is None or now.output is None:
        return [f"{role}: {(then if then.output is None else now).note}"]
    words = []
    for prop in _flips(then.verdict, now.verdict):
        before, after = getattr(then.verdict, prop), getattr(now.verdict, prop)
        if prop == ANSWERS:
            words.append(f"{role}: {WORDS[prop, before]} -> {WORDS[prop, after]}")
        else:
            words.append(f"{role}: {'now drifts' if after else 'no longer drifts'}")
    if not words:
        if then.output != now.output:
            words.append("output changed, verdicts unchanged")
        elif then.prompt != now.prompt:
            words.append("prompt changed, output unchanged")
        elif keys := _provenance_changed(then, now):
            words.append(f"output unchanged; recorded again ({', '.join(keys)} changed)")
        elif recording_changed:  # the request sent changed (max_new_tokens, say), not what came back
            words.append("output unchanged; the recorded request changed")
        else:
            words.append("snapshot changed, recording unchanged")
    return words


def _row_change(row_id, changes: Changes, revision: Revision, project, ref_catalogue, catalogue,
                cases_then: dict, cases_now: dict, secrets) -> RowChange | None:
    """Did the pair verdict of this row change with it? Needs both roles' outputs, then and now."""
    from why_finetune.catalogue.case_verdict import pair_verdict

    by_id = {change.case_id: change for change in changes.cases}
    verdicts: dict[str, dict[str, Verdict | None]] = {"then": {}, "now": {}}
    for role in ("base", "chat"):
        case_id = f"{row_id}/{role}"
        if case_id in by_id:
            verdicts["then"][role], verdicts["now"][role] = by_id[case_id].then.verdict, by_id[case_id].now.verdict
            continue
        case = cases_now.get(case_id)
        if case is None:
            return None
        cell = _cell(case, _Side(catalogue, "now"), _text(_read_file(CassetteStore(Path(project.cassettes)).path_for(case_id))),
                     case_id, None, secrets)
        verdicts["then"][role] = verdicts["now"][role] = cell.verdict  # unchanged since REF
    base_then, chat_then, base_now, chat_now = (verdicts[side][role] for side in ("then", "now") for role in ("base", "chat"))
    if base_then is None or chat_then is None or base_now is None or chat_now is None:
        return None
    case_now = cases_now[f"{row_id}/chat"]
    case_then = cases_then.get(f"{row_id}/chat") or case_now
    before = pair_verdict(case_then.pair, case_then.query, base_then, chat_then)
    after = pair_verdict(case_now.pair, case_now.query, base_now, chat_now)
    if before.chat_better == after.chat_better:
        return None
    words = "chat now answers better than base" if after.chat_better else "chat no longer answers better than base"
    broken = None
    if (ref_catalogue is not None and before.chat_better
            and chat_better_expected(ref_catalogue, case_then.pair, case_then.query, case_then.form)):
        broken = f"expected chat to answer better than base: held at {revision.ref}, fails now"
    return RowChange(row_id, words, broken)


def _read_file(path: Path) -> bytes | None:
    """A file's bytes, None when there is no regular file (a FIFO is never opened) or it is too large."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as file:
            content = file.read(MAX_CASSETTE_BYTES + 1)
    except OSError:
        return None
    return content


def _text(content: bytes | None) -> str | None:
    return None if content is None else content.decode("utf-8", errors="replace")


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _relative(revision: Revision, path: Path) -> str:
    try:
        return _real(path).relative_to(revision.top).as_posix()
    except ValueError:
        return str(path)
