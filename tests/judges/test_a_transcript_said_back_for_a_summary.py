"""A request to sum up a transcript ("Summarize the following conversation." over "#Person1#:" and "#Person2#:" lines)
met by its turns written out again, under its speakers' labels however dressed ("Person 1:"), gives no summary: the
transcript said back, drift. A summary first and the turns after it answers and drifts. A summary laid out by speaker in
its own words, and turns written for a request to continue the conversation, are no transcript said back.
Constructed by hand after real outputs (Phi-2 and its DialogSum QLoRA)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures

TRANSCRIPT = ("#Person1#: Ms. Dawson, I need you to take a dictation for me.\n#Person2#: Yes, sir...\n"
              "#Person1#: This should go out as an intra-office memorandum to all employees by this afternoon.\n"
              "#Person2#: Is that all?\n#Person1#: Yes. Please get this memo typed up and distributed before 4 pm.")
SUMMARY_ASKED = f"Instruct: Summarize the following conversation.\n{TRANSCRIPT}\nOutput:\n"
SAID_BACK = ("Person 1: Ms. Dawson, I need you to take a dictation for me.\nPerson 2: Yes, sir...\n"
             "Person 1: This should go out as an intra-office memorandum to all employees by this afternoon.")


def test_the_transcripts_turns_written_out_again_give_no_summary():
    verdict = judge(SUMMARY_ASKED, SAID_BACK)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "turns.transcript_again" in drift_measures(verdict), verdict.explain()


def test_a_summary_then_the_turns_answers_and_drifts():
    summary = "#Person1# asks Ms. Dawson to type up a memo for all employees and send it out before 4 pm.\n"
    verdict = judge(SUMMARY_ASKED, summary + SAID_BACK)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.transcript_again" in drift_measures(verdict), verdict.explain()


def test_a_summary_laid_out_by_speaker_in_its_own_words_answers():
    by_speaker = ("Person 1: dictates a memo to the staff and wants it sent out by 4 pm.\n"
                  "Person 2: takes it down and asks whether anything else is needed.")
    verdict = judge(SUMMARY_ASKED, by_speaker)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_turns_written_for_a_request_to_go_on_are_no_transcript_said_back():
    go_on = f"Instruct: Continue the following conversation with two more turns.\n{TRANSCRIPT}\nOutput:\n"
    verdict = judge(go_on, "#Person2#: Of course, sir. I will get this memo typed up right away.\n"
                           "#Person1#: Thank you. It should go out as an intra-office memorandum to the heads too.")
    assert "turns.transcript_again" not in drift_measures(verdict), verdict.explain()


def test_a_summary_by_speaker_in_reported_speech_reusing_a_phrase_answers():
    by_speaker = ("Person 1: wants a memo to go out as an intra-office memorandum, typed up and sent before 4 pm.\n"
                  "Person 2: agrees and promises to get this memo typed quickly for everyone in the office.")
    verdict = judge(SUMMARY_ASKED, by_speaker)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
