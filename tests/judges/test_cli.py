"""`python -m why_finetune judge [FILE]`: JSON lines in, one JSON verdict per line out.

Tested through why_finetune.commands.judge.main (the subcommand's implementation), plus one run of the
module as a separate process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from why_finetune.commands.judge import main

from .samples import DIALOGUE, MARS, MARS_ANSWER, varied_loop

REPO = Path(__file__).parents[2]


def line(prompt, output) -> str:
    return json.dumps({"prompt": prompt, "output": output})


def run(capsys, argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    results = [json.loads(x) for x in captured.out.splitlines()]
    return code, results, captured.err


def test_a_file_of_good_lines_gives_one_verdict_per_line_and_exit_0(tmp_path, capsys):
    path = tmp_path / "outputs.jsonl"
    path.write_text(line(MARS, MARS_ANSWER) + "\n" + line(MARS, varied_loop(1, 600)) + "\n", encoding="utf-8")
    code, results, err = run(capsys, [str(path)])
    assert code == 0 and err == ""
    assert [(r["line"], r["answers"], r["drifts"]) for r in results] == [(1, True, False), (2, False, True)]


def test_each_verdict_has_scores_and_evidence_objects(tmp_path, capsys):
    path = tmp_path / "outputs.jsonl"
    path.write_text(line(MARS, varied_loop(2, 600)) + "\n", encoding="utf-8")
    _, (result,), _ = run(capsys, [str(path)])
    assert isinstance(result["scores"], dict) and result["scores"]["loop.unit_repeat"] > 0.5
    assert result["evidence"]
    for e in result["evidence"]:
        assert set(e) == {"measure", "value", "threshold", "span", "message", "property"}
    assert any("I think we" in e["message"] for e in result["evidence"])


def test_standard_input_is_read_when_no_file_is_given(capsys, monkeypatch):
    code, results, _ = run(capsys, [], stdin=line(DIALOGUE, " Let me check that for you.") + "\n", monkeypatch=monkeypatch)
    assert code == 0 and results[0]["answers"] is True and results[0]["drifts"] is False


def test_dash_means_standard_input(capsys, monkeypatch):
    code, results, _ = run(capsys, ["-"], stdin=line(MARS, MARS_ANSWER), monkeypatch=monkeypatch)
    assert code == 0 and len(results) == 1


def test_bad_lines_get_an_error_line_and_the_rest_are_still_judged_exit_1(capsys, monkeypatch):
    stdin = "\n".join(
        [
            line(MARS, MARS_ANSWER),
            "{not json",
            json.dumps({"prompt": MARS}),
            json.dumps({"prompt": MARS, "output": 42}),
            json.dumps(["prompt", "output"]),
            line(MARS, varied_loop(3, 600)),
        ]
    )
    code, results, _ = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    assert code == 1
    assert [r["line"] for r in results] == [1, 2, 3, 4, 5, 6]
    assert "answers" in results[0] and "answers" in results[5]
    assert results[1]["error"].startswith("invalid JSON")
    assert results[2] == {"line": 3, "error": "missing field 'output'"}
    assert results[3] == {"line": 4, "error": "field 'output' must be a string, got int"}
    assert "got list" in results[4]["error"]


def test_blank_lines_are_skipped_and_line_numbers_count_them(capsys, monkeypatch):
    stdin = "\n" + line(MARS, MARS_ANSWER) + "\n   \n\n" + line(MARS, MARS_ANSWER) + "\n\n"
    code, results, _ = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0 and [r["line"] for r in results] == [2, 5]


def test_an_unreadable_file_exits_2_with_a_message_and_no_traceback(tmp_path, capsys):
    missing = tmp_path / "nope.jsonl"
    code, results, err = run(capsys, [str(missing)])
    assert code == 2 and results == []
    assert err.startswith(f"error: cannot read {missing}") and "Traceback" not in err


def test_a_directory_is_unreadable_too(tmp_path, capsys):
    code, _, err = run(capsys, [str(tmp_path)])
    assert code == 2 and "cannot read" in err


def test_a_file_that_is_not_utf8_exits_2(tmp_path, capsys):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"prompt": "caf\xe9", "output": "x"}\n')
    code, _, err = run(capsys, [str(path)])
    assert code == 2 and "cannot read" in err and "Traceback" not in err


def test_threshold_overrides_apply_and_unknown_ones_exit_2(tmp_path, capsys):
    path = tmp_path / "outputs.jsonl"
    path.write_text(line(MARS, MARS_ANSWER) + "\n", encoding="utf-8")
    code, (result,), _ = run(capsys, [str(path), "--thresholds", '{"answer_min_words": 500}'])
    assert code == 0 and result["answers"] is False
    code, _, err = run(capsys, [str(path), "--thresholds", '{"no_such_threshold": 1}'])
    assert code == 2 and "no_such_threshold" in err and "loop_unit_repeat" in err


def test_the_module_runs_as_a_program(tmp_path):
    stdin = line(MARS, MARS_ANSWER) + "\nnot json\n"
    proc = subprocess.run(
        [sys.executable, "-m", "why_finetune.commands.judge"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    first, second = (json.loads(x) for x in proc.stdout.splitlines())
    assert first["answers"] is True and second == {"line": 2, "error": second["error"]}
    assert second["error"].startswith("invalid JSON")


@pytest.mark.parametrize("argv", [["--help"]])
def test_help_describes_the_input(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    assert '"prompt"' in capsys.readouterr().out


def test_a_line_missing_its_closing_brace_is_reported_as_unclosed_at_its_end(capsys, monkeypatch):
    unclosed = line(MARS, MARS_ANSWER)[:-1]
    stdin = unclosed + "\n" + line(MARS, MARS_ANSWER) + "\n"
    code, results, _ = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    error = results[0]["error"]
    assert code == 1 and results[0]["line"] == 1 and "answers" in results[1]
    assert "column 1" not in error
    assert error == f"invalid JSON: the line ends after column {len(unclosed)} and is missing its closing '}}'"


def test_an_error_inside_a_line_names_its_column_on_that_line(capsys, monkeypatch):
    bad = '{"prompt": "a", "output": nope}'
    code, results, _ = run(capsys, [], stdin=bad + "\n", monkeypatch=monkeypatch)
    assert code == 1
    assert results[0]["error"] == f"invalid JSON: Expecting value at column {bad.index('nope') + 1}"


def test_a_template_field_puts_the_prompt_in_its_slot_as_score_does(capsys, monkeypatch):
    from why_finetune.judges import judge
    from why_finetune.judges.score import prompt_as_sent

    template = "Q: {prompt}\nA:"
    prompt, output = "What colour is grass?", " Green.\nQ: What colour is the sky?\nA: Blue."
    stdin = json.dumps({"prompt": prompt, "output": output, "template": template})
    code, (result,), _ = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    as_sent = judge(prompt_as_sent(prompt, template), output).to_dict()
    assert code == 0 and {k: result[k] for k in as_sent} == as_sent
    assert as_sent != judge(prompt, output).to_dict()  # the template changes what is read


def test_a_template_that_is_not_a_string_is_a_bad_line(capsys, monkeypatch):
    stdin = json.dumps({"prompt": "Hi", "output": "Hello!", "template": 3})
    code, (result,), _ = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    assert code == 1 and "template" in result["error"], result
