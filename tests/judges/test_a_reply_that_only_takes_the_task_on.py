"""A reply that only takes the task on ("Great, let's get started!", "Sure, I can help with that.", "I'll get back to
you in a moment.") is said in the replier's role, so it is no drift; it gives nothing of what was asked, so it is no
answer (``reply.takes_it_on``). A reply that goes on to do the task or asks for what it needs, one to a prompt that
sets the replier a role, thanks or asks for a confirmation, an eager word that says yes to a yes/no question, and one whose taking-on line is followed, after a stray label, by the task done still
answer. Constructed after real outputs (Llama-2-chat on MINT's tasks, Pythia-2.8B's HH-RLHF tune).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml, inst


@pytest.mark.parametrize("prompt, output", [
    pytest.param(inst("What is the sum of the three numbers not in the domain of f?\nOptions: A) 1, B) 0, C) -1.5"),
                 " Great, let's get started!", id="lets-get-started"),
    pytest.param(inst("How many elements does S have?"), " Great, let's solve this problem!",
                 id="lets-solve-this-problem"),
    pytest.param(chatml("Explain why the sky is blue."), "Sure, I can help with that.", id="i-can-help-with-that"),
    pytest.param("Human: I need the home address for Mark Gordon.\n\nAssistant: I can get it in a moment.\n\n"
                 "Human: alright what is it\n\nAssistant:", " I\u2019ll get back to you in a moment.",
                 id="a-promise-of-later"),
    pytest.param(chatml("Write a haiku about rain."), "Absolutely! I'd be happy to help.", id="happy-to-help"),
    pytest.param(chatml("I have my grandfather's fountain pen and a bottle of ink. Can you tell me how to refill the "
                        "pen?"), "Yes, I can.", id="yes-i-can-to-a-request-put-as-a-question"),
])
def test_a_reply_that_only_takes_the_task_on_is_no_answer_and_no_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()
    assert "reply.takes_it_on" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml("Explain why the sky is blue."),
                 "Sure, I can help with that. Sunlight scatters off the air, and blue light scatters most.",
                 id="goes-on-to-do-it"),
    pytest.param(chatml("Help me with my crossword."), "Sure, I'd be happy to help! What's the crossword about?",
                 id="asks-for-what-it-needs"),
    pytest.param(chatml("I want you to act as a babysitter. My first request is \"I need help looking after three "
                        "boys aged 4-8 this evening.\""), "I can help with that.", id="a-role-taken-on"),
    pytest.param(inst("Task:\nWhat is 2 + 3?\n\nAssistant:\n<thought> Add them. </thought>\nThe answer is <solution> 5 "
                      "</solution>.\n\nTask:\nWhat is the probability of rain given the umbrella?"),
                 " Great, let's get started!\nAssistant:\n<thought> To solve this problem, we use Bayes' theorem to "
                 "update the probability of rain. </thought>", id="the-task-after-a-stray-label"),
    pytest.param(chatml("Can dogs eat carrots?"), "Of course! Happy to help.", id="a-yes-to-a-yes-no-question"),
    pytest.param(chatml("Can you swim?"), "Yes, I can.", id="yes-i-can-to-a-yes-no-question"),
    pytest.param(chatml("Can you translate from Japanese?"), "Yes, I can.", id="yes-i-can-to-what-it-can-do"),
    pytest.param(chatml("Promise me you will call your mother this weekend."), "I will.", id="a-promise-asked-for"),
    pytest.param(chatml("Thanks, that fixed my problem."), "Glad to help!", id="a-reply-to-thanks"),
    pytest.param(chatml("You will proofread my texts for typos only. Say OK if you understand."),
                 "OK, I can help with that.", id="a-confirmation-asked-for"),
    pytest.param(chatml("I'll send you documents to summarize. Reply with \"Let's begin\" when you are ready."),
                 "Let's begin.", id="a-set-phrase-asked-for"),
    pytest.param(chatml("You are my Spanish tutor. We'll practice conversation today."), "Great, let's get started!",
                 id="a-role-set-without-act-as"),
])
def test_a_reply_that_does_more_than_take_the_task_on_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
