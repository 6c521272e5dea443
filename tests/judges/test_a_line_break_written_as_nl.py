"""rinna's Japanese instruction models write a line break as the text "<NL>": their template is "ユーザー:
{question}<NL>システム: ", and their outputs hold "<NL>" between lines. Read as the line breaks they stand for, the
prompt is a question under the user's label with the model's label open after it, not one line whose labels and "NL"
are the question's words; and the output's lines are lines. Constructed by hand after real outputs (rinna
japanese-gpt-neox-3.6b and its instruction SFT)."""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

from .probes import drift_measures

PROMPT = "ユーザー: 日本で一番高い山はどこですか？<NL>システム: "


def test_the_template_is_read_as_a_question_under_the_users_label():
    prompt = parse_prompt(PROMPT)
    assert prompt.query == "日本で一番高い山はどこですか？"
    assert prompt.asker == "ユーザー"


def test_an_answer_in_lines_answers():
    verdict = judge(PROMPT, "日本で一番高い山は富士山です。<NL>標高は3,776メートルです。")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_users_next_turn_after_a_line_break_is_another_speaker():
    output = "日本で一番高い山は富士山です。<NL>ユーザー: では二番目に高い山はどこですか？<NL>システム: 北岳です。"
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.other_speaker" in drift_measures(verdict), verdict.explain()
