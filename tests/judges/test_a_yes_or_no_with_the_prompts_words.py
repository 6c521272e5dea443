"""A yes or a no to a yes/no question answers it, though the reason after it is said in the prompt's own words (a
chat model repeating what its turn said before): the reply part is no mere echo. Without the yes or the no, or to a
question that asks for something else, the words said back are still an echo."""

from why_finetune.judges import judge

CHAT = ("Human: Which planet is the largest?\n\nAssistant: Jupiter is the largest planet in the solar system.\n\n"
        "Human: So it is bigger than Saturn?")


def test_a_yes_then_the_earlier_turns_words_answers():
    verdict = judge(CHAT, "Assistant: Yes, Jupiter is the largest planet in the solar system.")
    assert verdict.answers, verdict.explain()


def test_the_earlier_turns_words_alone_are_no_answer():
    verdict = judge(CHAT, "Assistant: Jupiter is the largest planet in the solar system.")
    assert not verdict.answers, verdict.explain()


def test_a_yes_to_a_question_that_asks_for_a_name_does_not_make_an_echo_an_answer():
    prompt = CHAT.rsplit("Human:", 1)[0] + "Human: Which planet is the second largest?"
    verdict = judge(prompt, "Assistant: Yes, Jupiter is the largest planet in the solar system.")
    assert not verdict.answers, verdict.explain()


def test_a_yes_or_a_no_then_the_question_itself_said_back_is_still_an_echo():
    for prompt, output in [
        ("Do you know if the museum is open on Mondays?", "No, do you know if the museum is open on Mondays?"),
        ("Tell me whether this sentence is grammatical: 'He don't eat fish.'",
         "Yes, tell me whether this sentence is grammatical: 'He don't eat fish.'"),
    ]:
        verdict = judge(prompt, output)
        assert not verdict.answers, verdict.explain()
