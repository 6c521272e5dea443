"""A chat whose last turn is the model's own, opened again for more (a support transcript where the agent has just
offered to transfer the customer): the reply goes on from that turn, so its words are the topic too ("No problem!
Let me know if you'd like me to transfer you to our security team." after "How do I enable two-factor
authentication?" and the agent's offer). A reply off both the question and the model's turn is still off topic.
Constructed by hand after real outputs (a TinyLlama support LoRA's next turns)."""

from __future__ import annotations

from why_finetune.judges import judge

SYSTEM = "You are a friendly support agent for an online shop."
QUESTION = "How do I enable two-factor authentication?"
OFFER = ("I'd be happy to help you set it up. I'll need to connect you with our security team, who can verify your "
         "identity and walk you through the setup steps. Would you like me to transfer you?")
PROMPT = (f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{QUESTION}<|im_end|>\n"
          f"<|im_start|>assistant\n{OFFER}<|im_end|>\n<|im_start|>assistant\n")


def test_a_reply_going_on_from_the_models_own_turn_answers_without_drift():
    output = ("No problem! Please let me know if you'd like me to transfer you to our security team. They will "
              "verify your identity and walk you through the setup process. Thank you for reaching out!")
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_reply_off_the_question_and_the_models_turn_is_still_off_topic():
    output = ("The weather in the mountains is cold in winter and mild in summer, so pack a warm coat, sturdy "
              "boots and a hat if you plan to hike there in the colder months of the year.")
    verdict = judge(PROMPT, output)
    assert not verdict.answers, verdict.explain()
