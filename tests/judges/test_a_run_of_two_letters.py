"""An output whose letters are only one or two, said over and over with marks between them
("BBBBABBABBB,BBBBBB,BBBBB,B,BBB", a fine-tune's answer letters to the token limit): a token stuck, however its copies
vary, so it drifts and answers nothing. An answer letter, a few picks, or letters the prompt names for the output to
be written in (a cipher's A and B, a sequence of A and T) is no loop, and text in any script uses more letters. Constructed by hand after real outputs (Llama-2-7b-chat fine-tuned on A/B choices answering open questions)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = "[INST] Do you think a good night's sleep matters more than an early start? [/INST]"


@pytest.mark.parametrize("output", [
    pytest.param("BBBBABBABBB,BBBBBB,BBBBBBBBBBBBBBBBBB,BBBBBBBBBBBBBBBBB,BBBBBBBBBBB,B,BBB,B,BBBB,B,BBBBB,BBB,B,B",
                 id="b-runs-with-commas"),
    pytest.param("A  ABBBB,BBBBBBBBBBBBB,BBBBBBBBBBBBBBBBB,BBBBBB,BBBBBBBBBB,BBBBB,B,BBBBBBBBBB,B,BBBB,BBBB,B",
                 id="a-letter-then-b-runs"),
    pytest.param("A\n" + "B" * 30 + ", " + "AB" * 12 + "," + "B" * 20, id="a-pick-then-the-run"),
])
def test_only_two_letters_said_over_and_over_drift_and_answer_nothing(output):
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


def test_a_run_of_a_questions_option_letters_still_loops():
    prompt = "Which is heavier? (A) a kilogram of iron (B) a gram of gold. Answer with one letter."
    verdict = judge(prompt, "ABABBBABBBBBBBBBBBB,BBBB,BBBBBBB,BBBBBBBBBBBBB,BBBBBB,BBB,BBBBBBBB")
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Answer with A or B. Which is heavier, (A) a kilogram of iron or (B) a gram of gold?", "A",
                 id="one-answer-letter"),
    pytest.param("For each of the five questions above, answer A or B.", "A, B, B, A, B", id="a-few-picks"),
    pytest.param("Write a random string of 45 letters drawn from the first three letters of the alphabet.",
                 "ABCCABACBBCAACBABCCABACBACCBABCAABCBACACBBACA", id="three-letters-of-a-random-string"),
    pytest.param("Encode 'hello world' with Bacon's cipher (A/B, five letters per character).",
                 "AABBB AABAA ABABA ABABA ABBBA BABBA ABBBA BAAAA ABABA AAABB", id="letters-the-prompt-names"),
    pytest.param("Generate a random 48-base DNA sequence that uses only A and T.",
                 "ATTATAATTTAATATAATTATAAATTATATTTAATAATATTAATATAT", id="a-sequence-of-the-named-letters"),
    pytest.param("Generate a random 48-base DNA sequence that uses only A and T, in lowercase.",
                 "attataatttaatataattataaattatatttaataatattaatatat", id="the-named-letters-in-lowercase"),
])
def test_an_answer_letter_or_a_few_picks_is_no_loop_of_letters(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()
