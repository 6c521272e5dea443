"""A few-shot prompt of questions and their answers ("Q: Who wrote Hamlet?\\nA: Shakespeare\\nQ: What is the capital
of France?\\nA:"), the standard way a base model is asked a question, is answered as its last question asks: one word
of the form asked ("Paris", "10") fills the open answer. Read as a transcript, the last question is the turn the
output answers. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

FEW_SHOT = [
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: What is the capital of France?\nA:", " Paris"),
    ("Question: Who wrote Hamlet?\nAnswer: Shakespeare\n\nQuestion: What is the capital of France?\nAnswer:", " Paris"),
    ("Q: What is 2 + 2?\nA: 4\nQ: What is 3 + 3?\nA: 6\nQ: What is 5 + 5?\nA:", " 10"),
    ("Q: Is the sun a star?\nA: Yes\nQ: Is a whale a fish?\nA:", " No"),
]


@pytest.mark.parametrize(("prompt", "output"), FEW_SHOT)
def test_one_word_of_the_form_the_last_question_asks_answers_it(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_answer_then_the_next_question_and_its_answer_answers_and_drifts():
    verdict = judge(FEW_SHOT[0][0], " Paris\nQ: What is the capital of Spain?\nA: Madrid")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [" the", " Q"])
def test_a_word_of_no_such_form_still_does_not_answer(output):
    verdict = judge(FEW_SHOT[0][0], output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Capital of France?\nA:", " Paris"),
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Name the largest planet.\nA:", " Jupiter"),
])
def test_a_question_with_no_question_word_is_answered_by_a_word_of_its_own(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_yes_to_such_a_question_names_nothing():
    verdict = judge("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Capital of France?\nA:", " Yes")
    assert not verdict.answers, verdict.explain()


def test_a_yes_or_no_the_answers_above_say_too_is_the_answer_not_an_echo():
    prompt = ("Q: Is the Sahara a desert?\nA: Yes\nQ: Do fish breathe air through lungs?\nA: No\n"
              "Q: Is the Pacific the smallest ocean?\nA:")
    verdict = judge(prompt, " No")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_first_example_said_back_is_still_an_echo():
    prompt = ("Q: Is the Sahara a desert?\nA: Yes\nQ: Do fish breathe air through lungs?\nA: No\n"
              "Q: Is the Pacific the smallest ocean?\nA:")
    verdict = judge(prompt, "Q: Is the Sahara a desert?\nA: Yes")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# The same examples as a chat's earlier turns ("Q: ..." the user's, "A: ..." the assistant's), the last question the
# user's turn: the assistant opening its turn with the answer's label ("A: ...") answers, as its turns above did; the
# next question after it is a new example.
def llama3(turns: list[tuple[str, str]], question: str) -> str:
    def turn(role: str, text: str) -> str:
        return f"<|start_header_id|>{role}<|end_header_id|>\n\n{text}<|eot_id|>"
    shots = "".join(turn("user", q) + turn("assistant", a) for q, a in turns)
    return f"<|begin_of_text|>{shots}{turn('user', question)}<|start_header_id|>assistant<|end_header_id|>\n\n"


SHOTS = [("Q: Who wrote Hamlet?", "A: William Shakespeare wrote Hamlet."),
         ("Q: What is the square root of a banana?", "A: No comment."),
         ("Q: How does a telescope work?", "A: It uses lenses or mirrors to gather light.")]
FRAGEN = [("F: Wer schrieb Faust?", "A: Goethe schrieb Faust."),
          ("F: Was ist die Wurzel aus einer Banane?", "A: Kein Kommentar.")]


@pytest.mark.parametrize(("prompt", "output"), [
    (llama3(SHOTS, "Q: What happens if you swallow a cherry stone?"),
     "A: Nothing much happens; it usually passes through your digestive system."),
    (llama3(SHOTS, "Q: How long should you wait before reporting a missing person?"), "A: 24 hours."),
    (llama3(FRAGEN, "F: Warum ist der Himmel blau?"),
     "A: Der Himmel ist blau, weil die Luft das blaue Licht stärker streut als das rote."),
])
def test_the_answers_label_as_the_turns_above_wrote_it_opens_the_answer(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_answers_label_then_the_next_question_answers_and_drifts():
    verdict = judge(llama3(SHOTS, "Q: What happens if you swallow a cherry stone?"),
                    "A: Nothing much happens; it passes through you.\n\nQ: What happens if you swallow gum?\n"
                    "A: It passes through you too.")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("template", [lambda text: text, chatml], ids=["raw", "chat"])
def test_after_an_open_field_the_field_that_followed_it_opens_a_new_example(template):
    # "Title: ...\nContent: ..." posts, the last "Content:" open: a new "Title:" is a new post, not the content asked.
    prompt = template("Write short posts for a gardening blog, in the form of the ones below.\n\n"
                      "Title: When to water tomatoes\nContent: Water them deeply two or three times a week.\n\n"
                      "Title: How to start a compost bin\nContent:")
    verdict = judge(prompt, "Title: Five flowers that bring bees to your garden\nContent: Lavender, borage and "
                            "sunflowers are all favourites of bees.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# Labels in square brackets ("[Q]:", "[A]:"), as some instruction collections write a task's examples, are the
# format's fields as bare ones are. Constructed after a real output (an instruct model without its chat template
# writing the prompt's first example again under "[Q]:" after its answer).
BRACKETED = ("Given a passage, generate a question it answers.\n\n[Q]: Sky Digital was launched in 1998.\n"
             "[A]: When was Sky Digital launched?\n\n\n[Q]: DECnet was created by Digital Equipment Corporation in "
             "1975.\n[A]:")


def test_an_answer_under_bracketed_labels_answers_without_drift():
    verdict = judge(BRACKETED, " When was DECnet created?")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_new_bracketed_example_after_the_answer_drifts():
    verdict = judge(BRACKETED, " When was DECnet created?\n\n\n[Q]:\nWhen was Sky Digital launched?\n")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Proofread this README paragraph.\n\nSee the [docs] for setup, and the [FAQ] for common erors.\n\n"
                 "[docs]: https://example.com/docs\n[FAQ]: https://example.com/faq",
                 "See the [docs] for setup, and the [FAQ] for common errors.\n\n[docs]: https://example.com/docs\n"
                 "[FAQ]: https://example.com/faq", id="a-links-references-kept"),
    pytest.param("Fill in this form for a fictional customer.\n[Name]:\n[Email]:\n[Order number]:",
                 "[Name]: Jane Doe\n[Email]: jane.doe@example.com\n[Order number]: 10482", id="a-forms-blanks-filled"),
])
def test_a_bracketed_label_said_once_is_no_field(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.format" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Translate this chat into French.\n\n[Agent]: Hello, how can I help?\n[Customer]: My parcel is late."
                 "\n[Agent]: Let me check the tracking number.", "[Agent] : Bonjour, comment puis-je vous aider ?\n"
                 "[Customer] : Mon colis est en retard.\n[Agent] : Je vérifie le numéro de suivi.",
                 id="a-transcript-translated"),
    pytest.param("What went wrong here?\n[INFO]: server started on port 8080\n[WARN]: cache miss rate high\n"
                 "[ERROR]: connection to redis refused", "The app could not reach Redis. The line\n[ERROR]: connection "
                 "to redis refused\nmeans nothing listens on the Redis port: start Redis or fix its address.",
                 id="a-logs-levels-quoted"),
])
def test_bracketed_labels_outside_a_few_shot_format_are_no_fields(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.format" not in drift_measures(verdict), verdict.explain()


# A few-shot classification: the instructions name the classes ("A mark is generic if ..."), the examples' answers are
# those classes, and the last example's open answer is filled with one of them again. After LegalBench's trademark
# task put to OLMo-2 base and Instruct models; the marks and the definitions here are written for these tests.
CLASSES = ("A mark is generic if it names the product. A mark is descriptive if it describes the product. A mark is "
           "fanciful if it is an invented word.\n\nQ: The mark \"Apple\" for apples. What is the type of mark?\n"
           "A: generic\n\nQ: The mark \"Zorbix\" for glue. What is the type of mark?\nA: fanciful\n\n"
           "Q: The mark \"Bread\" for loaves of bread. What is the type of mark?\nA:")


@pytest.mark.parametrize("output", [" generic", " descriptive"])
def test_a_class_the_instructions_name_picked_again_answers(output):
    verdict = judge(CLASSES, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_earlier_answer_named_nowhere_else_is_still_copied():
    prompt = "Q: What is the capital of France?\nA: Paris\nQ: What is the capital of Japan?\nA:"
    verdict = judge(prompt, " Paris")
    assert not verdict.answers, verdict.explain()


def test_an_earlier_answer_its_questions_name_too_is_still_copied():
    prompt = ("Q: Which country is Paris the capital of?\nA: France\n\nQ: What is the capital of France?\nA: Paris\n\n"
              "Q: What is the capital of Japan?\nA:")
    verdict = judge(prompt, " Paris")
    assert not verdict.answers, verdict.explain()


# A blank written as an empty pair of brackets ("can form () and other landforms", "中国的首都是（ ）。"), as exam papers
# write it: the sentence said with its blank filled answers; said back with the blank still empty, it does not. Not a
# call's "print()". After Llama-2-13B-Chat's geoscience tunes asked to complete sentences.
@pytest.mark.parametrize("prompt", [
    "Please complete the following sentence: Wind erosion can form () and other special landforms",
    "Please complete the following sentence: Wind erosion can form （ ） and other special landforms",
])
def test_a_sentence_with_its_bracketed_blank_filled_answers(prompt):
    verdict = judge(prompt, " Wind erosion can form yardangs, mushroom rocks and other special landforms.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_sentence_said_back_with_its_blank_still_empty_does_not_answer():
    prompt = "Please complete the following sentence: Wind erosion can form () and other special landforms"
    verdict = judge(prompt, " #Geology #Wind erosion can form () and other special landforms.")
    assert not verdict.answers, verdict.explain()
