"""`python -m why_finetune compare`, driven through commands.compare's add_arguments and run."""

import argparse
import io
from dataclasses import dataclass

import pytest
from report_project import SHIPPED_CATALOGUE

from why_finetune.clients.endpoint import Endpoint
from why_finetune.commands import compare as cli
from why_finetune.report.sources import live
from why_finetune.report.views.textwrap_styled import width


def compare(project, *argv, environ=None):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args([*argv, "--cassettes", str(project.cassettes), "--snapshots", str(project.snapshots)])
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(args, stdout=out, stderr=err, environ=environ or {})
    return status, out.getvalue(), err.getvalue()


def test_compare_shows_the_recordings_offline_in_80_columns(recorded):
    status, out, err = compare(recorded)
    assert status == 0, err
    assert "Base vs chat: the recorded outputs" in out
    assert "━━ amazon-agent · templated ━━" in out
    assert "pair 'course' has no recordings here" in out
    assert max(width(line) for line in out.splitlines()) <= 80
    assert "\x1b" not in out  # not a terminal


def listed_and_unrecorded(project):
    """The cases listed one per line (the course's published outputs, and the recorded pairs'), and the
    pairs with no recording at all, each summed up in one line."""
    cases = project.catalogue.cases()
    recorded_pairs = {"course"} | {pair for pair in project.catalogue.pairs if (project.cassettes / pair).is_dir()}
    unrecorded = {pair: sum(c.pair.id == pair for c in cases) for pair in project.catalogue.pairs
                  if pair not in recorded_pairs}
    return [case for case in cases if case.pair.id in recorded_pairs], unrecorded


def test_the_comparison_ends_with_a_line_per_case_then_the_legend(recorded):
    _, out, _ = compare(recorded)
    glance = [" ".join(line.split()) for line in out.split("━━ at a glance ━━")[1].splitlines()]
    cases, unrecorded = listed_and_unrecorded(recorded)
    assert glance[1] == "pair query form role verdicts snapshot"  # a heading, then one line per case
    assert glance[2] == "course dog-sit raw base no answer, drifts printed in 2023"  # the course's 2023 output first
    assert "local dog-sit raw base no answer, drifts unchanged" in glance
    assert "local amazon-agent templated chat answers, no drift unchanged" in glance
    assert any(line.startswith(f"{len(cases)} cases: ") for line in glance)
    assert all(f"{pair}: {count} cases, not recorded" in glance for pair, count in unrecorded.items())
    assert out.rstrip().endswith("HTML report: python -m why_finetune compare --html report.html")


def test_pair_and_query_select(recorded):
    status, out, _ = compare(recorded, "--pair", "local", "--query", "mars")
    assert status == 0
    assert "mars · raw" in out and "dog-sit" not in out and "pair course" not in out


def test_an_unknown_query_or_pair_is_a_usage_error_naming_the_known_ones(recorded):
    status, _, err = compare(recorded, "--query", "venus")
    assert status == 2 and "unknown query 'venus'" in err and "dog-sit" in err
    status, _, err = compare(recorded, "--pair", "gpt5")
    assert status == 2 and "unknown pair 'gpt5'" in err


def test_a_broken_cassette_shows_in_its_cell_the_rest_still_shows_and_compare_fails(recorded):
    recorded.cassettes.joinpath("local/mars/raw/base.yaml").write_text("interactions: [oops", encoding="utf-8")
    status, out, err = compare(recorded, "--pair", "local", "--query", "mars", "--plain")
    assert status == 1
    assert len(err.splitlines()) == 1 and "local/mars/raw/base.yaml: not a readable cassette" in err
    flat = " ".join(out.split())
    assert "not a readable cassette" in flat and "refresh --pair local --case local/mars/raw/base" in flat
    assert "-- chat HuggingFaceTB/SmolLM2-135M-Instruct:" in flat


def test_a_recording_made_with_another_prompt_says_to_record_it_again(recorded):
    recorded.record("local/mars/raw/base", "Mars is red.", prompt="What do you think of Venus?")
    _, out, _ = compare(recorded, "--pair", "local", "--query", "mars", "--plain")
    flat = " ".join(out.split())
    assert ("! recorded with the prompt the catalogue no longer sends; record it again: "
            "python -m why_finetune refresh --pair local --case local/mars/raw/base") in flat


def test_plain_is_the_default_under_ci_and_no_color_is_honoured(recorded):
    _, out, _ = compare(recorded, "--pair", "local", environ={"CI": "true"})
    assert "== local/dog-sit/raw ==" in out
    _, out, _ = compare(recorded, "--pair", "local", "--color", "always")
    assert "\x1b[" in out


def test_html_writes_the_report_and_prints_one_line_per_case(recorded, tmp_path):
    status, out, _ = compare(recorded, "--html", str(tmp_path / "report.html"))
    assert status == 0
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    for case in recorded.catalogue.cases():
        assert f'data-case="{case.id}"' in text
    lines = [" ".join(line.split()) for line in out.splitlines()]
    cases = recorded.catalogue.cases()
    assert lines[:2] == ["pair query form role verdicts snapshot", "course dog-sit raw base no answer, drifts printed in 2023"]
    assert "local dog-sit raw base no answer, drifts unchanged" in lines
    listed, unrecorded = listed_and_unrecorded(recorded)
    assert f"\n{len(listed)} cases: " in out
    assert all(f"\n{pair}: {count} cases, not recorded" in out for pair, count in unrecorded.items())
    assert f"HTML report written to {tmp_path / 'report.html'} ({len(cases) // 2} rows, {len(cases)} cells)" in out


def test_published_shows_the_course_s_2023_outputs(project):
    status, out, _ = compare(project, "--published", "--query", "dog-sit")
    assert status == 0
    assert "What the course lab printed in 2023" in out
    assert "ChatGPT, as the lab showed it" in out
    assert "dog-sit · templated" in out and "mars" not in out.split("━━ dog-sit · raw")[1]
    status, _, err = compare(project, "--published", "--pair", "local")
    assert status == 2 and "--published shows the course pair only" in err


def test_published_adds_today_s_recording_of_the_course_pair_when_there_is_one(project):
    project.record("course/dog-sit/raw/chat", "Sure! Here is how to teach your dog to sit: hold a treat above its nose.")
    _, out, _ = compare(project, "--published", "--query", "dog-sit", "--plain")
    assert "-- meta-llama/Llama-2-7b-chat-hf, recorded here: answers" in out
    assert "The course pair has not been recorded here" not in out


# -- live: the same views from outputs generated now -----------------------------------------------


@dataclass
class FakeServer:
    url: str = "http://127.0.0.1:1"
    stopped: bool = False

    def stop(self):
        self.stopped = True


def fake_generate(case, endpoint):
    output = "Here is how: hold a treat, say sit, reward." if case.role == "chat" else "sit sit sit sit sit sit sit sit"
    return output, {"backend": "fake server", "model_file": "fake.gguf", "generated": "now"}


def test_live_generates_every_case_shows_progress_and_stops_the_server(project, monkeypatch):
    server = FakeServer()
    monkeypatch.setattr(live, "generate_with_provenance", fake_generate)
    cases = project.catalogue.cases(["local"])
    err = io.StringIO()
    report = live.live_report(cases, project.snapshots, live.Progress(err), start_server=lambda: server,
                              find_endpoint=lambda pair, role: None, generate=fake_generate)
    assert server.stopped
    progress = err.getvalue()
    assert "pair 'local': starting the local server" in progress and "ready at http://127.0.0.1:1" in progress
    assert f"[{len(cases)}/{len(cases)}] {cases[-1].id}: 9 words in" in progress
    assert [cell.output for row in report.rows for cell in row.cells][:2] == [
        "sit sit sit sit sit sit sit sit", "Here is how: hold a treat, say sit, reward."]
    assert report.rows[0].base.provenance["model_file"] == "fake.gguf"


def test_live_without_a_key_says_how_to_get_the_hosted_pair(project):
    cases = project.catalogue.cases()
    report = live.live_report(cases, project.snapshots, live.Progress(io.StringIO()), start_server=FakeServer,
                              find_endpoint=lambda pair, role: None, generate=fake_generate)
    course = [cell for row in report.rows if row.pair == "course" for cell in row.cells]
    assert all("set LAMINI_API_KEY" in cell.note for cell in course)
    with pytest.raises(live.LiveError, match="set LAMINI_API_KEY"):
        live.live_report(project.catalogue.cases(["course"]), project.snapshots, live.Progress(io.StringIO()),
                         find_endpoint=lambda pair, role: None)


def test_a_failing_generation_is_shown_in_its_cell_with_the_key_hidden(project):
    key = "sk-secret-123"
    endpoint = Endpoint(f"https://user:{key}@api.example.invalid/lamini?token={key}", key, "LAMINI_API_KEY")

    def failing(case, endpoint):
        raise RuntimeError(f"401 for key {endpoint.key}")

    err = io.StringIO()
    report = live.live_report(project.catalogue.cases(["course"])[:2], project.snapshots, live.Progress(err),
                              find_endpoint=lambda pair, role: endpoint, generate=failing)
    note = report.rows[0].base.note
    assert note == "generation failed: RuntimeError: 401 for key <redacted key>"
    assert report.problems and all(key not in problem for problem in report.problems)
    assert "pair 'course': https://api.example.invalid (key from LAMINI_API_KEY)" in err.getvalue()
    assert key not in err.getvalue()


def test_the_repository_s_own_recordings_compare_cleanly(tmp_path):
    """What a newcomer's first `make compare` shows: the committed recordings, read-only."""
    from why_finetune.catalogue import load_catalogue

    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(parser.parse_args([]), stdout=out, stderr=err, environ={}) == 0, err.getvalue()
    text = out.getvalue()
    assert max(width(line) for line in text.splitlines()) <= 80
    assert "not a readable cassette" not in text and "not judged" not in text
    html_path = tmp_path / "report.html"
    assert cli.run(parser.parse_args(["--html", str(html_path)]), stdout=io.StringIO(), stderr=err, environ={}) == 0
    page = html_path.read_text(encoding="utf-8")
    assert all(f'data-case="{case.id}"' in page for case in load_catalogue().cases())


def test_compare_live_exits_1_when_generations_failed(project, monkeypatch):
    def failing(case, endpoint):
        raise RuntimeError("connection refused")

    def build(args, progress=None):
        return live.live_report(project.catalogue.cases(["local"])[:2], project.snapshots,
                                live.Progress(io.StringIO()), start_server=FakeServer,
                                find_endpoint=lambda pair, role: None, generate=failing)

    monkeypatch.setattr(cli, "build_report", build)
    status, out, err = compare(project, "--live", "--pair", "local")
    assert status == 1
    assert err.splitlines() == [
        "compare: local/dog-sit/raw/base: generation failed: RuntimeError: connection refused",
        "compare: local/dog-sit/raw/chat: generation failed: RuntimeError: connection refused",
    ]


@pytest.mark.parametrize("view", [[], ["--published"]], ids=["recordings", "published"])
def test_plain_output_is_pure_ascii_for_the_shipped_outputs(view):
    """--plain is for CI logs: every character of it is ASCII, whatever the models wrote."""
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(parser.parse_args([*view, "--plain"]), stdout=out, stderr=err, environ={}) == 0, err.getvalue()
    text = out.getvalue()
    offending = sorted({ch for ch in text if ord(ch) > 127})
    assert not offending, f"non-ASCII in --plain: {offending}"
    text.encode("ascii")


def published_row_ids(project, queries=None):
    from why_finetune.report.sources.published import published_report

    return [row.id for row in published_report(project.catalogue, project.cassettes, project.snapshots, queries).rows]


def test_while_the_course_pair_has_no_recordings_compare_shows_what_the_course_printed_then_the_local_pair(recorded):
    status, out, err = compare(recorded)
    assert status == 0, err
    course, local = out.index("━━ pair course"), out.index("━━ pair local")
    assert course < local
    course_part = out[course:local]
    assert "printed in August 2023 (published, not recordings)" in " ".join(course_part.split())
    rows = published_row_ids(recorded)
    assert rows and course_part.count(" · ") - course_part.count("━━ no output for") >= len(rows)
    assert all(f"━━ {row.split('/')[1]} · {row.split('/')[2]} ━━" in course_part for row in rows)
    cells = 2 * len(rows)
    assert course_part.count("printed in 2023, not a recording") == cells
    assert "set LAMINI_API_KEY and run python -m why_finetune refresh --pair course" in " ".join(out.split())
    assert max(width(line) for line in out.splitlines()) <= 80
    glance = out.split("━━ at a glance ━━")[1]
    assert glance.count("printed in 2023") == cells


def test_the_published_rows_follow_the_query_selection(recorded):
    _, out, _ = compare(recorded, "--query", "mars")
    course_part = out[out.index("━━ pair course"):out.index("━━ pair local")]
    assert course_part.count("━━ mars · ") == len(published_row_ids(recorded, ["mars"]))
    assert "dog-sit" not in course_part


def test_once_the_course_pair_is_recorded_compare_shows_its_recordings_not_the_2023_outputs(recorded):
    recorded.record("course/dog-sit/raw/chat", "Sure! Hold a treat above its nose, say sit, and reward it.")
    _, out, _ = compare(recorded)
    assert "printed in 2023" not in out
    assert "Sure! Hold a treat above its nose" in out


@pytest.mark.parametrize("kind", ["folder", "FIFO"])
def test_a_cassette_path_that_is_not_a_file_is_a_problem_naming_it_and_compare_fails(recorded, kind):
    import os

    path = recorded.cassettes / "local/mars/raw/base.yaml"
    path.unlink()
    path.mkdir() if kind == "folder" else os.mkfifo(path)  # a FIFO must not be opened: it would hang compare
    status, out, err = compare(recorded, "--pair", "local", "--query", "mars", "--plain")
    assert status == 1
    assert err.splitlines() == [f"compare: {path}: a {kind}, not a cassette file. Move it away, then record "
                                f"the case again with: python -m why_finetune refresh --pair local --case "
                                f"local/mars/raw/base"]


@pytest.mark.parametrize("kind", ["folder", "FIFO"])
def test_a_snapshot_path_that_is_not_a_file_is_named_as_what_it_is_not_as_missing(recorded, kind):
    import os

    path = recorded.snapshots / "local/mars/raw/base.yml"
    path.unlink()
    path.mkdir() if kind == "folder" else os.mkfifo(path)  # a FIFO must not be opened: it would hang compare
    status, out, err = compare(recorded, "--pair", "local", "--query", "mars", "--plain")
    assert status == 1
    assert err.splitlines() == [f"compare: {path}: a {kind} where a snapshot file should be; move it away. Write it "
                                f"again from the recording with: pytest -m behaviour --finetune-case "
                                f"local/mars/raw/base --force-regen"]
    assert "no snapshot" not in out and " ".join(out.split()).count("snapshot UNREADABLE") == 1  # the plain view wraps


def test_an_invalid_pyproject_toml_is_an_error_naming_it(tmp_path, monkeypatch):
    # pytest refuses to run with it: compare must not go on with the default folders as if there were none.
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options\nwhy_finetune_cassettes = 'recordings'\n")
    (tmp_path / "catalogue.yaml").write_text(SHIPPED_CATALOGUE.read_text())
    monkeypatch.chdir(tmp_path)
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    err = io.StringIO()
    status = cli.run(parser.parse_args([]), stdout=io.StringIO(), stderr=err, environ={})
    assert status == 2
    assert err.getvalue().startswith(f"compare: {tmp_path / 'pyproject.toml'}: not valid TOML (")
    assert len(err.getvalue().splitlines()) == 1
