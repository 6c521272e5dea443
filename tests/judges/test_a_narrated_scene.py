"""A base model given a chat turn may take it for a line of a story or a news report: its first line closes a
quotation it never opened ('... then we'll do our best."') and what follows reports speech ('"I know," said the
woman'). The scene around the turn is narrated, other people's words written: it drifts (``turns.narrated``).
A reply that quotes someone, or a story asked for, opens its quotations and does not. Constructed after GPT-2 on a
single-line "Human: ... Assistant:" prompt.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


def hh(request: str) -> str:
    return f"Human: {request} Assistant:"


@pytest.mark.parametrize("request_, output", [
    pytest.param("Tell me a joke about my job.",
                 "I'm not saying it will be easy, but if people don't like your work then we'll do our best.\"\n"
                 "\"I know,\" said the woman at the desk, \"but what are they going to say?\"", id="said-the-woman"),
    pytest.param("Write an angry letter to my neighbour.",
                 "Don't send it, but don't be afraid to say what you think.\"\n\"That's the most important thing,\" "
                 "Ms. Burdick added. \"If you're going out with friends, keep it quiet.\"", id="ms-burdick-added"),
])
def test_a_reply_that_closes_an_unopened_quotation_then_reports_speech_drifts(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("request_, output", [
    pytest.param("Give me a quote about imagination.",
                 "As Einstein put it: \"Imagination is more important than knowledge.\"\n\"Logic will get you from A "
                 "to B,\" he also said, \"imagination will take you everywhere.\"", id="a-quotation-opened"),
    pytest.param("Write a two-line story about a cat.",
                 "\"Where is my fish?\" asked the cat.\n\"In the river,\" said the fox, and ran away.",
                 id="a-story-asked-for"),
    pytest.param("Tell me a joke about my job.",
                 "Why did the manager bring a ladder to work? To reach the next level.\"", id="no-speech-reported"),
])
def test_quotations_opened_or_no_speech_reported_is_no_narrated_scene(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    # The prompt leaves a quotation open: closing it is what was asked.
    pytest.param("<|im_start|>user\nFinish this famous line and tell me where it comes from: \"To be, or not to be,"
                 "<|im_end|>\n<|im_start|>assistant\n", "that is the question.\"\nHamlet says it in Act 3, Scene 1 of "
                 "Shakespeare's play. \"Whether 'tis nobler in the mind to suffer,\" he says next, \"the slings and "
                 "arrows of outrageous fortune.\"", id="a-line-to-finish"),
    pytest.param("<|im_start|>user\nContinue this story in two or three lines:\n\nThe old lighthouse keeper looked at "
                 "the stranger and said, \"You should not have come<|im_end|>\n<|im_start|>assistant\n",
                 "here tonight. The storm is only getting started.\"\n\"I had no choice,\" the stranger replied, "
                 "shaking the rain from his coat.", id="a-story-to-continue"),
    # A quotation opened low („) closes high or straight.
    pytest.param("<|im_start|>user\nHow do I say 'I'm coming tomorrow' in German, and how would a novel write it with a "
                 "speaker?<|im_end|>\n<|im_start|>assistant\n", "You would say: \u201eIch komme morgen.\"\nIn an English "
                 "novel it would read: \"I'm coming tomorrow,\" said Anna, and in a German one: \u201eIch komme "
                 "morgen\", sagte Anna.", id="opened-low"),
])
def test_a_quotation_the_prompt_or_the_output_opened_is_no_narrated_scene(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_narrated_scene_does_not_cut_the_reply_it_follows():
    # The first line answers; the scene after it drifts, it does not take the answer back.
    verdict = judge(hh("Any tips for sleeping better?"), "Put the phone away an hour before bed and keep the room "
                    "cool.\"\n\"Thanks, doctor,\" said the patient as he stood up to leave.")
    assert verdict.answers and "turns.narrated" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("request_, output", [
    pytest.param("Continue this scene in two or three lines: The 6'2\" stranger ducked under the doorframe and growled, "
                 "\"Nobody leaves this bar until", "I find out who took my money.\"\n\"Easy, friend,\" said the "
                 "bartender, reaching slowly under the counter.", id="a-scene-whose-height-mark-evens-the-quotes"),
    pytest.param("Continue this scene from my novel: She turned at the door and whispered, Promise me you'll come back",
                 "before the first snow.\"\n\"I promise,\" he said, though neither of them believed it.",
                 id="speech-begun-without-marks"),
    pytest.param("Write a very short story that begins in the middle of a conversation.",
                 "...and that's why I never went back to the lighthouse.\"\n\"You're making that up,\" said Tom.",
                 id="a-story-asked-to-begin-mid-speech"),
    pytest.param("Complete this line from JFK's inaugural address and tell me a bit about it: Ask not what your country "
                 "can do for you", "- ask what you can do for your country.\"\nKennedy spoke it on January 20, 1961. "
                 "\"The torch has been passed to a new generation of Americans,\" he said earlier in the same speech.",
                 id="a-line-to-complete"),
])
def test_a_scene_or_a_line_asked_for_is_no_narrated_scene(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("request_, output", [
    pytest.param("Who said 'Imagination is more important than knowledge'?",
                 "Albert Einstein said it in a 1929 interview with The Saturday Evening Post.\"\n\"I am enough of an "
                 "artist to draw freely upon my imagination,\" he said in the same interview.", id="who-said-it"),
    pytest.param("Write what the detective says next. The detective leaned across the table and said quietly",
                 "You were at the docks that night, and I can prove it.\"\nHe slid a photograph across the table. "
                 "\"Recognise this boat?\" he asked.", id="what-someone-says-next"),
])
def test_a_request_about_what_someone_says_is_no_narrated_scene(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" not in drift_measures(verdict), verdict.explain()
