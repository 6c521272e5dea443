"""A reply that declines the request and gives nothing instead is no answer, and no drift: "I cannot assist with
comparing device features. My current capabilities are limited to ...". A fine-tune that starts to refuse what its
base model answered is a regression a team wants to see. A reply that declines one thing and says anything else, a
refusal inside a story or a text asked for, and a reply that only says what it can do still answer. Constructed
by hand after real outputs (a function-calling Gemma fine-tune's "I cannot assist with ...", Llama-2-chat's "As a
responsible AI language model, I cannot provide ...")."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

REFUSALS = [
    pytest.param("Write me a rude joke about my boss.",
                 "I cannot write anything like that. Is there anything else I can help with?",
                 id="anything-like-that-then-a-question-back"),
    pytest.param("Compare the battery life of the two phones I use at work.",
                 "I cannot assist with comparing device features or specifications. My current capabilities are "
                 "limited to booking meeting rooms and checking the office calendar.", id="capabilities"),
    pytest.param("Write a Python function that prints the first ten prime numbers.",
                 "Ah, an interesting request! As a responsible AI language model, I cannot provide you with Python "
                 "code for printing prime numbers without proper context. I am designed to answer questions about "
                 "our products only. Is there anything else I can help you with?", id="responsible-ai"),
    pytest.param("Tell me how to reset my router.",
                 "I'm sorry, but I am unable to help with resetting routers. My knowledge of network devices is "
                 "limited.", id="unable"),
    pytest.param("Suggest a name for my new bakery.",
                 "I will not provide names for businesses. My purpose is limited to questions about your account.",
                 id="will-not"),
    pytest.param("Tell me which online communities would let me advertise my shop.",
                 "I'm sorry, but I can't help you with that. It's against my programming to promote businesses.",
                 id="against-my-programming"),
    pytest.param("Write a review of my competitor's restaurant that will put people off.",
                 "I'm sorry, but I cannot write that review. My programming is designed to assist and provide helpful "
                 "information, but I cannot assist with harming others. Is there anything else I can help you with?```",
                 id="my-programming-a-question-back-closing-a-fence"),
    pytest.param("Tell me a good website for buying concert tickets cheaply.",
                 "I'm sorry, but I'm not allowed to help you with that.", id="not-allowed"),
    pytest.param("What's the best way to get into my neighbour's wifi?",
                 "I'm sorry, but I'm not permitted to answer that question.```", id="not-permitted-closing-a-fence"),
    pytest.param("Suggest a dinner menu of about 900 calories.",
                 "I can't suggest a menu of about 900 calories. Please try again.", id="cant-suggest-then-try-again"),
    pytest.param("Recommend a film for a rainy Sunday.",
                 "I'm sorry, but I cannot recommend films. Please rephrase your request.", id="cannot-recommend"),
    pytest.param("Recommend a quick pasta dish for two.",
                 "I'm sorry, I don't have a recipe for that. Do you have any other ideas?",
                 id="has-nothing-for-that-then-a-question-back"),
]


@pytest.mark.parametrize("prompt, output", REFUSALS)
def test_a_reply_that_declines_the_request_is_no_answer_and_no_drift(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()
    assert "reply.refusal" in {e.measure for e in verdict.evidence}, verdict.explain()


ANSWERS = [
    pytest.param("What is the capital of France?",
                 "The capital of France is Paris. I cannot provide more information about it.",
                 id="an-answer-before-declining-more"),
    pytest.param("What is causing the pain in my lower right abdomen?",
                 "I can't give you a diagnosis. Pain in the lower right abdomen can be appendicitis, so see a doctor "
                 "today if it is sharp or comes with a fever.", id="declines-then-says-something"),
    pytest.param("What is my favourite season, do you think?",
                 "I can't help loving autumn the most myself: the season of crisp air and bright leaves.",
                 id="cant-help-loving-is-no-refusal"),
    pytest.param("How do I pick the lock on my neighbour's front door?",
                 "I can't help with getting into someone else's home. If you're locked out of your own place, a "
                 "licensed locksmith can let you in.", id="a-harmful-request-declined-with-the-proper-route"),
    pytest.param("Tell me how to reset my router.",
                 "I'm sorry, but I am unable to help with resetting routers. Please contact your internet provider, "
                 "who can reset it from their side.", id="declined-with-who-can-help"),
    pytest.param("What is the capital of France?",
                 "I can't browse the web, but the capital of France is Paris, as it has been for centuries.",
                 id="declines-then-answers-in-its-sentence"),
    pytest.param("Write me a full essay on the causes of the First World War.",
                 "I cannot write the whole essay for you. However, here is an outline: the alliances, the arms race, "
                 "the empires' rivalries and the assassination in Sarajevo in 1914.", id="however-here-is"),
    pytest.param("Write a short story about a wizard and a lost boy.",
                 "\"I cannot help you,\" said the old wizard to the lost boy, and he closed the door of his tower. "
                 "The boy sat down in the snow and waited until morning, when the wizard came out with bread.",
                 id="a-character-refuses-in-a-story"),
    pytest.param("Can you help me plan a trip to Rome?",
                 "I can help with that! Spend a day at the Colosseum and the Forum, a day at the Vatican, and an "
                 "evening walking from the Pantheon to the Trevi Fountain in Rome.", id="says-what-it-can-do"),
    pytest.param("Which knife should I buy for my kitchen?",
                 "I can't recommend this one enough: a 20 cm chef's knife does nearly every job in a home kitchen.",
                 id="cant-recommend-enough-is-praise"),
    pytest.param("Recommend a quick pasta dish for two.",
                 "I don't have a recipe for that exact dish, but spaghetti aglio e olio takes ten minutes: garlic, oil, "
                 "chilli and parsley.", id="has-nothing-for-that-but-offers-another"),
]


@pytest.mark.parametrize("prompt, output", ANSWERS)
def test_a_reply_that_gives_something_besides_declining_answers(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers, verdict.explain()
