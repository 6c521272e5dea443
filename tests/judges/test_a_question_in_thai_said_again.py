"""Thai is written without spaces between its words, only between phrases, so a question of two phrases
("วิศวกรรมเคมี คืออะไร", what is chemical engineering) is many words, not two: said again whole at the output's
opening it is an echo, as an English question of four words or more is. A phrase is read as a word for each three of
its letters; a phrase alone is a word, so a greeting or a thanks said back ("สวัสดีครับ", hello) is still manners, and an answer that opens with the
question's subject and goes on is no echo. Constructed by hand after real outputs (Typhoon-7B and its Thai Wikipedia
QLoRA)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures

MISTRAL = "<s>[INST]{}[/INST]"
QUESTION = "วิศวกรรมเคมี คืออะไร"
ANSWER = ("วิศวกรรมเคมี (Chemical Engineering) เป็นสาขาวิชาที่ศึกษาเกี่ยวกับการออกแบบและควบคุมกระบวนการผลิตทางเคมี "
          "เช่น การผลิตยา การผลิตพลาสติก และการกลั่นน้ำมัน")


def test_a_thai_question_said_again_whole_before_the_answer_is_an_echo():
    verdict = judge(MISTRAL.format(QUESTION), "\n" + QUESTION + "\n" + ANSWER)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()


def test_a_thai_greeting_said_back_and_an_answer_opening_with_the_subject_are_no_echo():
    for said in ("สวัสดีครับ", "ขอบคุณมากครับ", "สวัสดีตอนเช้าครับ"):  # hello, thank you very much, good morning
        greeting = judge(MISTRAL.format(said), said + "\nมีอะไรให้ช่วยไหมครับ")
        assert not greeting.drifts, greeting.explain()
    answer = judge(MISTRAL.format(QUESTION), ANSWER)
    assert (answer.answers, answer.drifts) == (True, False), answer.explain()
