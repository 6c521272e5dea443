"""`python -m why_finetune judge --score LABELLED.jsonl [--min SHARE]`: how far the judges agree with
a team's own labels, per property, overall and per source, with each miss and its evidence.

Run in-process through why_finetune.cli.main, as `python -m why_finetune judge` runs it."""

from __future__ import annotations

import json

from why_finetune.cli import main

from .samples import MARS, MARS_ANSWER, varied_loop

LOOP = varied_loop(5, 600)


def labelled(prompt, output, answers, drifts, **extra) -> str:
    return json.dumps({"prompt": prompt, "output": output, "answers": answers, "drifts": drifts, **extra})


def write(tmp_path, *lines: str):
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_agreement_is_reported_per_property_overall_and_per_source(tmp_path, capsys):
    path = write(
        tmp_path,
        labelled(MARS, MARS_ANSWER, True, False, source="team-a", id="a1"),
        labelled(MARS, LOOP, False, True, source="team-a", id="a2"),
        # Mislabelled on purpose: the loop labelled as a clean answer, so both properties miss.
        labelled(MARS, LOOP, True, False, source="team-b", id="b1"),
    )
    code = main(["judge", "--score", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "| all | 3 | 2/3 (67%) | 2/3 (67%) |" in out
    assert "| team-a | 2 | 2/2 (100%) | 2/2 (100%) |" in out
    assert "| team-b | 1 | 0/1 (0%) | 0/1 (0%) |" in out


def test_each_miss_names_the_item_the_label_the_verdict_and_its_evidence(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, LOOP, True, False, source="team-b", id="b1"))
    main(["judge", "--score", str(path)])
    out = capsys.readouterr().out
    misses = [line for line in out.splitlines() if line.startswith("- b1 ")]
    assert len(misses) == 2
    answers_miss, drifts_miss = misses
    assert "answers: labelled yes, judged no" in answers_miss
    assert "drifts: labelled no, judged yes" in drifts_miss and "loop." in drifts_miss


def test_a_share_below_min_exits_1_and_says_which_property(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, True, False), labelled(MARS, LOOP, True, True))
    assert main(["judge", "--score", str(path), "--min", "0.5"]) == 0
    capsys.readouterr()
    assert main(["judge", "--score", str(path), "--min", "0.9"]) == 1
    out = capsys.readouterr().out
    assert "Below the minimum of 90%: answers 50%" in out and "drifts" not in out.splitlines()[-1]


def test_a_template_puts_the_prompt_where_it_says(tmp_path, capsys):
    # The answer names Mars; judged against the template alone it would be off topic.
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, True, False, template="Question: {prompt}\nAnswer:"))
    assert main(["judge", "--score", str(path), "--min", "1"]) == 0


def test_a_line_without_a_label_exits_2_naming_the_file_and_the_line(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, True, False), json.dumps({"prompt": MARS, "output": "x"}))
    assert main(["judge", "--score", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{path}, line 2: missing field 'answers'" in err


def test_a_label_that_is_not_true_or_false_exits_2(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, "yes", False))
    assert main(["judge", "--score", str(path)]) == 2
    assert "line 1: field 'answers' must be true or false" in capsys.readouterr().err


def test_invalid_json_and_non_utf8_lines_exit_2_naming_the_line(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, True, False), "{oops")
    assert main(["judge", "--score", str(path)]) == 2
    assert f"{path}, line 2: invalid JSON" in capsys.readouterr().err
    path.write_bytes(labelled(MARS, MARS_ANSWER, True, False).encode() + b"\n" + b'{"prompt": "caf\xe9"}\n')
    assert main(["judge", "--score", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 2: not UTF-8" in err and err.count("\n") == 1


def test_a_missing_file_exits_2_in_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.jsonl"
    assert main(["judge", "--score", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot read {missing}") and err.count("\n") == 1


def test_min_without_score_is_refused(tmp_path, capsys):
    path = write(tmp_path, labelled(MARS, MARS_ANSWER, True, False))
    assert main(["judge", str(path), "--min", "0.5"]) == 2
    assert "--min needs --score" in capsys.readouterr().err


def test_a_file_with_no_labelled_lines_exits_2_instead_of_passing(tmp_path, capsys):
    # Nothing scored is no agreement: a CI gate on an empty or blank file must not pass.
    path = write(tmp_path, "", "  ")
    assert main(["judge", "--score", str(path), "--min", "0.9"]) == 2
    err = capsys.readouterr().err
    assert f"error: {path}: no labelled lines" in err and err.count("\n") == 1
