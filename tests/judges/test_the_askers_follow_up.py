"""The asker's next request written after the reply, with no label, and answered: "Can you provide any information on
...?" and a new answer. A tune trained on multi-turn chats goes on with the conversation in both voices: it answers,
and drifts. A reply's own question to the asker ("Could you tell me what you're experiencing?"), a request for more
context, an opening question and a last one are no follow-up. Constructed by hand after real outputs (an instruct
model and its preference tune prompted without a chat template; a TinyLlama SFT)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

QUESTION = "What are the main sights of Tokyo?"
ANSWER = ("Tokyo's main sights include the Senso-ji temple in Asakusa, the Meiji Shrine, the Shibuya crossing, the "
          "Tokyo Skytree and the gardens of the Imperial Palace.")
FOLLOW_UP = ("\n\nCan you provide more information on Tokyo's history? Tokyo was a fishing village called Edo until "
             "the Tokugawa shogunate made it the seat of government in 1603, and it became the capital in 1868.")


def test_a_follow_up_request_answered_after_the_reply_answers_and_drifts():
    verdict = judge(QUESTION, ANSWER + FOLLOW_UP)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.follow_up" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(ANSWER + "\n\nCould you tell me which of them you would like to visit first? A route through the "
                 "city can then take in the others on the same day, by train or on foot.",
                 id="a-question-to-the-asker"),
    pytest.param(ANSWER + "\n\nCould you please provide more context about the season of the trip? Some gardens are "
                 "at their best in spring and others in autumn, so the answer changes with it.",
                 id="asking-for-more-context"),
    pytest.param(ANSWER + "\n\nCan you recommend a good place to stay?", id="a-last-question-waits-for-the-asker"),
    pytest.param("Sure.\nCan you explain which sights matter most on this trip? Tokyo has temples, museums, parks and "
                 "shopping streets, and each makes a different list of places worth seeing.", id="an-opening-question"),
])
def test_the_repliers_own_questions_are_no_follow_up(output):
    verdict = judge(QUESTION, output)
    assert "turns.follow_up" not in drift_measures(verdict), verdict.explain()


def test_a_dialogue_asked_for_may_hold_such_a_request():
    verdict = judge("Write a short dialogue between a tourist and a guide about Tokyo.",
                    "Tourist: I have one day in Tokyo. " + ANSWER + FOLLOW_UP)
    assert "turns.follow_up" not in drift_measures(verdict), verdict.explain()


def test_a_letter_asked_for_may_ask_its_reader():
    verdict = judge("Write an email to my landlord asking for the heating to be repaired.",
                    "Dear Mr. Green,\n\nThe heating in the flat has not worked since Monday, and the rooms are now "
                    "very cold at night.\nCould you please tell me when an engineer can come this week? The rooms are "
                    "below fifteen degrees in the evening, and the boiler shows a red light and an error code.\n\n"
                    "Kind regards,\nLaura")
    assert "turns.follow_up" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("I can't log in to my account. What should I do?",
                 "Sorry to hear that. First, reset your password from the login page and try again. Can you provide "
                 "the exact error message shown on the screen? The message tells whether the account is locked or "
                 "the password has expired, and so what the next step is.", id="a-clarifying-question-mid-paragraph"),
    pytest.param("What are some good prompts to test whether a chatbot understands basic science?",
                 "Here are a few prompts that test whether a chatbot understands the science rather than recalling "
                 "facts it has read:\n"
                 "1. Can you explain why the sky is blue? Look for scattering of sunlight by the air, not a reflection "
                 "of the sea.\n2. Why do we have seasons? Look for the tilt of the Earth's axis, not its distance.",
                 id="prompts-listed-as-the-answer"),
    pytest.param("What should I ask my doctor about my blood test results?",
                 "It helps to go in with a few questions written down so that nothing is forgotten.\n"
                 "Can you explain which of my values are outside the normal range?\nShould any of them be tested again, "
                 "and when? Is there anything in my diet or habits that could change them?", id="lines-for-the-asker"),
    pytest.param("My order never arrived. What can you do?",
                 "I'm sorry your order has not arrived yet; that is frustrating, and I want to sort it out for you.\n"
                 "Could you provide the order number?\nOnce I have it, I'll check where the parcel is and arrange a "
                 "replacement or a refund straight away.", id="the-agent-asks-and-says-what-next"),
    pytest.param("How do I ask a supplier to justify a price rise?",
                 "Ask for the reasons in writing and keep the tone neutral, so that they can answer with figures, for "
                 "example:\n\nCould you share the cost breakdown behind the new prices?\n\nSuppliers usually answer "
                 "such a request within a week, and the figures show which costs really rose.",
                 id="an-example-after-a-lead-in"),
])
def test_requests_in_a_paragraph_a_list_or_a_lead_in_are_no_follow_up(prompt, output):
    verdict = judge(prompt, output)
    assert "turns.follow_up" not in drift_measures(verdict), verdict.explain()


def test_a_follow_up_asking_also_to_be_told_answers_and_drifts():
    output = ("Rome's main sights include the Colosseum, the Roman Forum, the Pantheon, the Trevi Fountain, St. Peter's "
              "Basilica and the Vatican Museums.\n\nCan you also tell me about the best time to visit? The best time "
              "to visit Rome is spring or autumn, when it is warm but not crowded and the queues are shorter.")
    verdict = judge("What are the main sights of Rome?", output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.follow_up" in drift_measures(verdict), verdict.explain()


def test_a_list_of_questions_to_ask_is_no_follow_up():
    output = ("Bring a copy of your results and a short list of your medicines, and note any changes since the test. "
              "Useful questions to have ready:\n\nCan you explain which of my values are outside the normal range?\n"
              "Could you tell me whether these results need a retest, and when?\nWould you recommend any changes to my "
              "diet based on them?\n\nWrite the answers down, since it is easy to forget details afterwards.")
    verdict = judge("How can I make the most of my appointment about my blood test results?", output)
    assert "turns.follow_up" not in drift_measures(verdict), verdict.explain()
