"""What a pytest run of the behaviour suite ends with: one line per case, and the HTML report."""

from why_finetune.catalogue.result import CaseResult, not_run_result, result_for
from why_finetune.report.sources.test_run import summary_lines, write_html_report
from why_finetune.report.views.textwrap_styled import width

PROVENANCE = {"backend": "why-finetune local server", "model_file": "gemma-3-270m-q4_k_m.gguf", "recorded": "2026-11-27"}


def test_the_snapshot_status_is_read_before_the_run_rewrites_it(project):
    case = project.case("local/mars/raw/base")
    path = project.snapshots / f"{case.id}.yml"
    assert result_for(case, "out", PROVENANCE, path).snapshot_status == "missing"
    assert result_for(case, "out", PROVENANCE, path, regenerating=True).snapshot_status == "new"
    project.snapshot(case.id, "out")
    assert result_for(case, "out", PROVENANCE, path).snapshot_status == "unchanged"
    changed = result_for(case, "other", PROVENANCE, path)
    assert (changed.snapshot_status, changed.snapshot_output) == ("changed", "out")


def test_a_snapshot_path_that_is_a_folder_is_not_called_missing_or_new(project):
    case = project.case("local/mars/raw/base")
    path = project.snapshots / f"{case.id}.yml"
    path.mkdir(parents=True)
    for regenerating in (False, True):  # --force-regen cannot write over a folder either
        result = result_for(case, "out", PROVENANCE, path, regenerating=regenerating)
        assert result.snapshot_status == "unreadable"
        assert result.note == (f"{path}: a folder where a snapshot file should be; move it away. Write it again "
                               f"from the recording with: pytest -m behaviour --finetune-case {case.id} --force-regen")
    assert summary_lines([result])[1].endswith("  UNREADABLE")


def test_the_recording_s_date_joins_the_provenance(project):
    case = project.case("local/mars/raw/base")
    cassette = project.record(case.id, "out", provenance={"recorded": "2026-01-02"})
    result = result_for(case, "out", {"backend": "b"}, project.snapshots / "x.yml", cassette_path=cassette)
    assert result.provenance == {"backend": "b", "recorded": "2026-01-02"}
    missing = result_for(case, "out", {"backend": "b"}, project.snapshots / "x.yml", cassette_path=project.root / "no")
    assert missing.provenance == {"backend": "b"}


def test_one_line_per_case_with_pair_query_form_role_and_verdicts(project):
    cases = project.catalogue.cases(["local"])
    results = [CaseResult(case, "Mars is red. " * 20 if case.role == "base" else "Mars is a cold, red planet.",
                          PROVENANCE, snapshot_status="unchanged") for case in cases]
    results[0].snapshot_status = "changed"
    heading, *lines = summary_lines(results)
    assert heading == "pair   query         form       role  verdicts             snapshot"
    assert len(lines) == len(cases) + 1
    assert lines[0].startswith("local  dog-sit       raw        base  no answer, drifts")
    assert lines[0].endswith("  CHANGED") and lines[1].endswith("  unchanged")
    assert all(width(line) <= 80 for line in lines)
    assert lines[-1].startswith(f"{len(cases)} cases:") and "1 snapshot(s) changed" in lines[-1]


def test_a_case_without_output_says_why(project):
    case = project.case("course/mars/raw/base")
    lines = summary_lines([CaseResult(case, None, {}, note="skipped: no LAMINI_API_KEY")])
    assert lines[1:] == ["course  mars   raw   base  skipped: no LAMINI_API_KEY", "1 case: 0 answer, 0 drift, 1 without an output"]


def test_a_skip_reason_is_shown_without_repeating_the_case(project):
    case = project.case("course/mars/raw/base")
    result = not_run_result(case, f"skipped: Skipped: {case.id}: not recorded yet. Recording it needs a key")
    assert summary_lines([result])[1] == "course  mars   raw   base  skipped: not recorded yet. Recording it needs a key"


def test_a_verdict_from_the_plugin_is_used_as_given(project):
    from why_finetune.judges import Evidence, Verdict

    verdict = Verdict(answers=True, drifts=True, evidence=[
        Evidence("loop.ngram_repeat", 0.5, 0.35, "red planet", "loops: 'red planet' again", "drifts")])
    case = project.case("local/mars/raw/chat")
    lines = summary_lines([CaseResult(case, "a red planet, a red planet", PROVENANCE, verdict, "unchanged")])
    assert "answers, drifts" in lines[1]


def test_the_run_writes_the_same_html_report(project, tmp_path):
    results = [CaseResult(case, "Mars is red.", PROVENANCE, snapshot_status="new") for case in project.catalogue.cases()]
    path = write_html_report(tmp_path / "out" / "report.html", results)
    text = path.read_text(encoding="utf-8")
    assert all(f'data-case="{case.id}"' in text for case in project.catalogue.cases())
    assert "Base vs chat: this test run" in text and "snapshot new" in text


def test_an_output_the_plugin_did_not_judge_is_judged_with_the_case_s_thresholds(project):
    from dataclasses import replace

    case = project.case("local/mars/templated/chat")
    answer = "Mars is a cold, red planet with two small moons and the tallest volcano we know of."
    strict = replace(case, pair=replace(case.pair, options={"thresholds": {"answer_min_words": 50}}))
    assert "answers, no drift" in summary_lines([CaseResult(case, answer, PROVENANCE)])[1]
    assert "no answer, no drift" in summary_lines([CaseResult(strict, answer, PROVENANCE)])[1]


def test_a_verdict_shipped_as_plain_data_reads_back_the_same(project):
    import json

    from why_finetune.judges import Verdict, judge

    verdict = judge("What do you think of Mars?", "Mars is red. Mars is red. Mars is red. " * 5)
    shipped = json.loads(json.dumps(verdict.to_dict()))  # what pytest-xdist carries from a worker
    again = Verdict.from_dict(shipped)
    assert again.evidence == verdict.evidence and (again.answers, again.drifts) == (verdict.answers, verdict.drifts)
    assert again.failure_spans == verdict.failure_spans and again.to_dict() == verdict.to_dict()


def test_a_row_s_pair_verdict_is_the_paired_test_s_with_the_catalogue_s_thresholds(project):
    from dataclasses import replace

    from why_finetune.report.sources.test_run import report_from_results

    base, chat = project.case("local/mars/templated/base"), project.case("local/mars/templated/chat")
    answer = "Mars is a cold, red planet with two small moons and the tallest volcano we know of."
    loop = "I think we should go there.\nI think we could go there.\nI think we might go there.\n" * 4

    def row(margin: float | None):
        options = {"thresholds": {"pair_margin": margin}} if margin is not None else {}
        pair = replace(base.pair, options={**base.pair.options, **options})
        results = [CaseResult(replace(base, pair=pair), loop, PROVENANCE), CaseResult(replace(chat, pair=pair), answer, PROVENANCE)]
        (only,) = report_from_results(results).rows
        return only.comparison

    assert row(None).chat_better and row(None).chat_score == 1.0
    assert not row(1.0).chat_better  # the pair's own margin, as test_chat_answers_better_than_base uses it


def test_with_the_catalogue_the_summary_says_what_a_case_missed(project):
    case = project.case("local/mars/templated/chat")  # expected: answers, not drifts
    loop = "I think it is red.\nI think it is red.\nI think it is red.\n" * 4
    lines = summary_lines([CaseResult(case, loop, PROVENANCE, snapshot_status="new")], project.catalogue)
    assert lines[2].strip() == "^ expected: answers, not drifts"
    assert summary_lines([CaseResult(case, loop, PROVENANCE)])[2].startswith("1 case:")  # without: not known


def test_with_the_catalogue_the_html_report_reads_a_drifting_base_as_expected(project, tmp_path):
    base, chat = project.case("local/mars/templated/base"), project.case("local/mars/templated/chat")
    loop = "I think it is red.\nI think it is red.\nI think it is red.\n" * 4
    results = [CaseResult(base, loop, PROVENANCE), CaseResult(chat, "Mars is a cold, red planet with two moons.", PROVENANCE)]
    page = write_html_report(tmp_path / "report.html", results, project.catalogue).read_text(encoding="utf-8")
    assert 'class="badge expected"' in page and "drifts (expected)" in page
    without = write_html_report(tmp_path / "without.html", results).read_text(encoding="utf-8")
    assert "drifts (expected)" not in without
