"""A refusal that declines with the request's own verb: "I'm sorry, but I cannot ask a question based on the given
sentence." for "Can you ask a question about this sentence?", then the replier's limits and a request to ask again.
It gives nothing of what was asked: no answer. A reply that names a verb of the request without declining it,
declines something else and then answers, says no to a question about the replier ("I cannot feel emotions."), finds
none of what it was asked to find or praises ("I can't recommend it enough!") still answers. Constructed by hand
after real outputs (Mistral-7B's self-rewarding tunes on instruction-following prompts)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

PROMPT = 'Given the sentence "A girl feeds three ducks by the pond." can you ask a question about it?'


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROMPT, "I'm sorry, but I cannot ask a question based on the given sentence. I can only answer "
                 "questions that are asked in a specific format. Can you please rephrase your question?",
                 id="ask-declined"),
    pytest.param("Rank these three cities by size: Lyon, Paris, Nice.", "I cannot rank cities. I am only a "
                 "language model. Is there anything else I can help with?", id="rank-declined"),
])
def test_declining_the_requests_own_verb_answers_nothing(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert verdict.evidence[0].measure == "reply.refusal", verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROMPT, "How many ducks does the girl feed by the pond?", id="the-question-asked"),
    pytest.param(PROMPT, "I cannot ask a better one than this: why does the girl feed the ducks?",
                 id="a-question-after-the-verb"),
    pytest.param("Rank these three cities by size: Lyon, Paris, Nice.",
                 "I can't browse the web, but by population Paris is first, then Lyon, then Nice.",
                 id="another-thing-declined-then-the-answer"),
    pytest.param("Can you feel emotions?", "I cannot feel emotions. I am an AI language model.",
                 id="a-no-to-a-question-about-the-replier"),
    pytest.param("Find the spelling errors in this sentence: The cat sat on the mat.",
                 "I cannot find any spelling errors in the sentence.", id="none-found"),
    pytest.param("Can you recommend a good pair of hiking boots?", "I can't recommend the Salomon X Ultra 4 enough!",
                 id="praise"),
])
def test_a_reply_that_does_what_is_asked_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
