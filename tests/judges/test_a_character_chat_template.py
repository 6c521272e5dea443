"""A chat-dialogue template that names the user "You" ("Continue the chat dialogue below. Write a single reply for the
character "Assistant". ...\nYou: ...\nAssistant:"): the user's turn is the question, the preamble is not, so the
reply is read against the question's words and not the template's. "You:" is read as a label only where a line
starts ("Thank you: ..." inside a line is none). Malay and Indonesian ask yes or no with a tag at the end ("...
banyak membantu tak?"), and "Yup" says yes. Constructed after real outputs (Llama 2 and its Malaysian continued
pretraining, prompted in that template in English and in Malay)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

PREAMBLE = ('Continue the chat dialogue below. Write a single reply for the character "Assistant". You can ask it '
            "anything you want and it will do its best to give you accurate and relevant information.\n")


def in_the_template(question: str) -> str:
    return f"{PREAMBLE}You: {question}\nAssistant:"


def test_the_users_turn_is_the_question_not_the_preamble():
    prompt = parse_prompt(in_the_template("What is the tallest mountain in Japan?"))
    assert prompt.query == "What is the tallest mountain in Japan?"


def test_you_inside_a_line_is_no_label():
    raw = "Here is what I need from you: a short poem about rain.\nAssistant:"
    assert parse_prompt(raw).query.startswith("Here is what I need from you")


def test_a_reply_that_names_none_of_the_preambles_words_is_still_on_topic():
    verdict = judge(in_the_template("What is the tallest mountain in Japan?"),
                    "Mount Fuji, at 3,776 metres, is the tallest mountain in Japan.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_reply_on_the_preambles_words_only_is_off_the_question():
    # "accurate and relevant information" is the preamble's; the question is about a mountain.
    verdict = judge(in_the_template("What is the tallest mountain in Japan?"),
                    "I always try to give accurate and relevant information to anyone who chats with me, whatever "
                    "they want to ask, and I do my best to reply in a single message.")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("question, output", [
    pytest.param("kerajaan madani banyak membantu tak?", "Yes, we are very helpful in assisting those who need our help!",
                 id="malay-tag-tak"),
    pytest.param("Kopi ni sedap ke?", "Yes, it is one of the nicest drinks I have had in a long while, really.",
                 id="malay-tag-ke"),
])
def test_a_yes_to_a_malay_yes_no_question_asked_with_a_tag_answers(question, output):
    verdict = judge(question, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_yup_says_yes():
    verdict = judge("Is the Moon smaller than the Earth?",
                    "Yup, I have known that for many years now, ever since my first astronomy class at school.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
