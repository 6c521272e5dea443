"""The replier's own label again after its reply ("Assistant: ...") starts the transcript's next turn: it drifts,
and the reply part ends there, so the answer is judged on the replier's first turn. A question back in the asker's
voice, then an "Assistant:" turn, gives no answer of its own; an answer, then the label again, still answers.
Constructed after GPT-2 and its HH-RLHF SFT on a single-line "Human: ... Assistant:" prompt, and a QLoRA chat model
saying a passage back one turn a paragraph.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


def hh(request: str) -> str:
    return f"Human: {request} Assistant:"


@pytest.mark.parametrize("request_, output", [
    pytest.param("How do I boil an egg?",
                 "What kind of pan should I use for the eggs, and how long will that take me?\nAssistant: It depends "
                 "on what you like. Some people prefer brown eggs to white ones because of the taste.",
                 id="the-askers-question-then-a-turn"),
    pytest.param("Tell me a joke about my boss.",
                 "I'm not sure what you mean by that, but it sounds like some kind of insult.\nAssistant: It's funny "
                 "because the first time we heard about this was on the radio.", id="not-understood-then-a-turn"),
])
def test_a_question_back_then_the_repliers_next_turn_is_no_answer_and_drifts(request_, output):
    verdict = judge(hh(request_), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "turns.replier_again" in drift_measures(verdict), verdict.explain()


def test_an_answer_then_the_repliers_next_turn_answers_and_drifts():
    output = ("Put the eggs in boiling water for nine minutes, then cool them in cold water.\nAssistant: Is there "
              "anything else I can help you with today? I like eggs too.")
    verdict = judge(hh("How do I boil an egg?"), output)
    assert verdict.answers and "turns.replier_again" in drift_measures(verdict), verdict.explain()


PASSAGE = ("A statistical model is a mathematical model that embodies a set of assumptions about how sample data are "
           "generated. A statistical model represents, often in idealised form, the data-generating process.\n\n"
           "A statistical model is usually specified as a mathematical relationship between random variables and "
           "other variables. As such, a statistical model is a formal representation of a theory.")


def test_the_passage_said_back_one_turn_a_paragraph_is_no_answer():
    # The request comes after the passage; the first turn is the passage's opening paragraph said back word for word
    # (the passage's own sequences among it do not make it a summary), the next turn its next paragraph.
    prompt = f"### Human: {PASSAGE}\n\nCould you explain each sentence in simple terms? ### Assistant:"
    first, second = PASSAGE.split("\n\n")
    verdict = judge(prompt, f"{first}\n\nAssistant: {second}")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(hh("Can you suggest a name for my bakery?"),
                 "Sure!\n\nAssistant: How about Rise & Shine Bakery? It's warm, cheerful and hints at fresh bread early "
                 "in the morning.", id="sure-then-the-label"),
    pytest.param("<s>[INST] Give me three tips for running my first 5k. [/INST]",
                 "Good question.\nChatbot: Start slowly for the first kilometre, drink water the day before, and don't "
                 "try new shoes on race day.", id="good-question-then-the-label"),
    pytest.param("A chat between a curious user and an artificial intelligence assistant. USER: How many legs does a "
                 "spider have? ASSISTANT:", "Great question!\nAssistant: A spider has eight legs.",
                 id="great-question-then-the-label"),
])
def test_an_acknowledgement_then_the_repliers_label_heads_the_reply_still_to_come(prompt, output):
    # A few words that ask nothing acknowledge the request: the reply under the label is still the first turn.
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_few_words_of_thanks_before_the_label_are_still_an_acknowledgement():
    verdict = judge("A chat between a curious user and an artificial intelligence assistant. USER: How do I remove a red "
                    "wine stain from a carpet? ASSISTANT:",
                    "That's a great question, thanks!\nASSISTANT: Blot the red wine stain with a clean cloth, pour on a "
                    "little cold water mixed with dish soap and white vinegar, then blot again until the carpet is clean.")
    assert verdict.answers, verdict.explain()



@pytest.mark.parametrize("request_, output", [
    pytest.param("Can you recommend a good laptop for programming?",
                 " What's your budget?\nAssistant: For around $1,000, the Lenovo ThinkPad T14 is a solid choice: a great "
                 "keyboard, 16 GB of RAM and good Linux support.", id="the-budget-asked"),
    pytest.param("Help me plan a trip to Japan.",
                 " How many days do you have?\nAssistant: With ten days, spend four in Tokyo, three in Kyoto, one in Nara "
                 "and two in Osaka.", id="the-days-asked"),
    pytest.param("Give me a recipe for dinner tonight.",
                 " Do you have any dietary restrictions?\nAssistant: If not, try lemon garlic chicken: roast chicken "
                 "thighs with garlic, lemon and potatoes at 200°C for 40 minutes.", id="restrictions-asked"),
    pytest.param("What should I get my nephew for his birthday?",
                 "How old is he?\nAssistant: For an eight-year-old, a LEGO set or a kite is a good present.",
                 id="the-age-asked"),
    pytest.param("Write a short poem about the moon.",
                 "Would you like the poem about the moon to rhyme?\nAssistant: Here it is either way: Silver lamp "
                 "above the sea, keeping watch for you and me.", id="a-question-about-the-poem"),
])
def test_a_clarifying_question_then_the_answer_under_the_repliers_label_answers_and_drifts(request_, output):
    # A clarifying question need not name the request's words ("How old is he?"): the answer under the label is the
    # reply's, and the label written again drifts. (A question on something else, "What are some of the best places
    # to eat?" for a poem, reads the same: no reading of the question's kind tells the two apart.)
    verdict = judge(hh(request_), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
