"""The judges beyond the lab's four prompts: the outputs a project's own fine-tune will meet.

Constructed by hand for each shape: yes/no questions answered by restating them, short answers whose
form fits the question, the question continued with more questions or as a forum thread, and text
that is no answer to anything (error bodies, tracebacks, placeholder text, gibberish). None is copied
from a published output of the course.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import DIALOGUE, DOG, MARS, chatml, inst


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


# --- a yes/no question answered by restating it is an answer, not an echo ----------------------------

RESTATED_YES_NO = [
    pytest.param(
        "Can Lamini generate technical documentation or user manuals for software projects?",
        "Yes, Lamini can generate technical documentation or user manuals for software projects.",
        id="yes-restated",
    ),
    pytest.param(
        "Is Lamini able to read PDF files directly?",
        "No, Lamini is not able to read PDF files directly.",
        id="no-restated",
    ),
    pytest.param(
        "Can a puppy learn to sit in a week?",
        " A puppy can learn to sit in a week.",
        id="restated-as-a-statement-without-yes",
    ),
    pytest.param(
        "Is it possible to run the model on a laptop?",
        "It is possible to run the model on a laptop.",
        id="is-it-possible",
    ),
]


@pytest.mark.parametrize("prompt, output", RESTATED_YES_NO)
def test_a_yes_no_question_answered_by_restating_it_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", RESTATED_YES_NO[:2])
def test_a_restated_yes_no_answer_in_a_chat_template_answers_too(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question", [
    "That's a good start, should I do anything to avoid scrutiny?",
    "Well, is it safe to swim there?",
    "In Paris, is the metro open at night?",
    "I've been thinking, should I quit my job or not?",
])
def test_a_yes_no_question_after_a_remark_and_a_comma_is_answered_by_a_bare_no(question):
    # A chat's next turn: a remark on the last answer, then the question (GPT-2 tuned on HH-RLHF: "No.", then turns).
    verdict = judge(f"\n\nHuman: {question}\n\nAssistant:", " No.\n\nHuman: Why not?\n\nHuman: Tell me more.")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question", [
    "Honestly, what do you think of Mars?",
    "Hey, do you know a good recipe for pancakes?",  # asks for a recipe
    "In your opinion, is it better to rent or buy?",  # asks which
])
def test_an_open_question_after_a_remark_wants_more_than_a_no(question):
    verdict = judge(question, "No.")
    assert not verdict.answers, verdict.explain()


def test_a_direct_yes_then_a_loop_answers_and_drifts():
    # A yes/no question is answered in one sentence: a loop after it does not undo the answer.
    output = "Yes, Lamini runs on a laptop. " + "It can be used on any computer with enough memory. " * 20
    verdict = judge("Does Lamini run on a laptop?", output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat", "loop.tail_lines"}


def test_a_direct_no_then_a_loop_answers_and_drifts():
    output = "No, it does not. " + "The model only reads plain text files from the data folder. " * 15
    verdict = judge("Can the model read PDF files directly?", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("first", ["The answer is yes.", "Short answer: no.", "In short, yes."])
def test_a_short_sentence_ending_in_a_yes_or_a_no_then_a_loop_answers_and_drifts(first):
    output = first + " " + "If you take two tablets at the same time, it may be because you forgot one. " * 12
    verdict = judge("I sometimes forget my tablet at night. Is it okay to take two the next morning?", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_sentence_that_only_ends_in_no_is_no_answer_by_it():
    # "no" closing a longer sentence, or one that is not short, says nothing about the question.
    output = "Tablets are small and there is no. " + "If you take two tablets at once, it may be because you forgot. " * 12
    verdict = judge("I sometimes forget my tablet at night. Is it okay to take two the next morning?", output)
    assert not verdict.answers, verdict.explain()


# --- an echo is the prompt coming back as a prompt --------------------------------------------------


def test_a_yes_no_question_said_back_as_a_question_is_an_echo():
    prompt = "Can Lamini generate technical documentation?"
    verdict = judge(prompt, " Can Lamini generate technical documentation?")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- continuing the question with more questions is drift, not an answer ------------------------------

MORE_QUESTIONS = [
    pytest.param(
        "How can we check the status of a training job? Does it report the loss?",
        " If it does, how often is the loss reported during training?",
        id="if-so-how",
    ),
    pytest.param(DOG, " And how do I teach my dog to stay when I leave the room?", id="and-how"),
    pytest.param(MARS, "Is there water on Mars? What about life on Mars?", id="two-questions"),
]


@pytest.mark.parametrize("prompt, output", MORE_QUESTIONS)
def test_continuing_the_question_with_another_question_drifts_and_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "prompt.questions" in drift_measures(verdict), verdict.explain()


# --- a forum or Q&A thread is drift, not an answer ---------------------------------------------------

FORUM_THREADS = [
    pytest.param(
        "How do I stop generation early with Lamini?",
        "I have a question about the following: how do I make the model stop early?\n\n"
        "A: I think you need to use the following code: model.stop()\n\n"
        "A: You can also set max_tokens to a smaller number.",
        id="question-then-answers",
    ),
    pytest.param(
        DOG,
        "\n\nA:\n\nHold a treat above its nose and say sit when it sits.\n\nA:\n\nPush gently on its back until it sits.",
        id="answer-headers",
    ),
    pytest.param(
        "Is it possible to make the output shorter?",
        "\n\nA:\n\nYou can set the length in the config file, for example max_length = 20.\n",
        id="one-answer-header",
    ),
]


@pytest.mark.parametrize("prompt, output", FORUM_THREADS)
def test_a_forum_or_q_and_a_thread_drifts_and_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "turns.thread" in drift_measures(verdict), verdict.explain()


# --- a short answer is an answer when its form fits the question ------------------------------------

SHORT_ANSWERS = [
    pytest.param("What is the capital of France?", "Paris.", id="place"),
    pytest.param("What is the capital of France?", "The capital of France is Paris.", id="sentence"),
    pytest.param("How many legs does a spider have?", "Eight.", id="number-word"),
    pytest.param("How many legs does a spider have?", "8", id="digits"),
    pytest.param("Translate 'thank you' into French.", "Merci.", id="translation"),
    pytest.param("Who wrote Hamlet?", "Shakespeare.", id="name"),
    pytest.param("Is the Earth round?", "Yes.", id="yes"),
    pytest.param("What is 12 times 12?", "144", id="a-number-for-what"),
    pytest.param("Which year did the Berlin Wall fall?", "1989", id="a-number-for-which-year"),
    pytest.param(inst("What is the capital of France?"), "Paris.", id="place-templated"),
]


@pytest.mark.parametrize("prompt, output", SHORT_ANSWERS)
def test_a_short_answer_whose_form_fits_the_question_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- error text, placeholder text and gibberish are not answers to anything --------------------------

NOT_ANSWERS = [
    pytest.param(MARS, "Error: internal server error", id="error-line"),
    pytest.param(MARS, "service says ok", id="status-body"),
    pytest.param(MARS, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", id="lorem-ipsum"),
    pytest.param(
        MARS,
        'Traceback (most recent call last):\n  File "mars_chat.py", line 12, in answer\n'
        "    reply = model.generate(prompt)\nRuntimeError: model not loaded",
        id="traceback-naming-the-topic",
    ),
    pytest.param(inst(MARS), '{"error": "model not loaded", "status": 503}', id="json-error-body"),
    pytest.param("What is the capital of France?", "503 Service Unavailable", id="http-status"),
    pytest.param("Who wrote Hamlet?", "Exception.", id="one-word-exception"),
    pytest.param(MARS, "xkcd qwrtz zzplk mnbvc", id="gibberish"),
    pytest.param("What is the capital of France?", "asdf qwer zxcv uiop hjkl", id="keyboard-mashing"),
    pytest.param("Write a tagline for my bakery.", "[Your tagline here]", id="a-blank-to-fill-in"),
    pytest.param("Write a function that reverses a list.", "TODO", id="a-stub-mark"),
    pytest.param(DIALOGUE, " Error: internal server error", id="error-as-an-agent-turn"),
]


@pytest.mark.parametrize("prompt, output", NOT_ANSWERS)
def test_error_placeholder_and_gibberish_text_is_not_an_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    reasons = {e.measure for e in verdict.evidence if e.property == "answers"}
    assert "reply.not_text" in reasons, verdict.explain()


# A stub's marks are read in capitals only: "todo" is Portuguese and Spanish for "all".
WORDS_LIKE_A_STUBS_MARKS = [
    pytest.param("O que significa a palavra 'saudade'?",
                 "A saudade é um sentimento causado pela ausência de alguém. Ela pode ser sentida por todo tipo de "
                 "pessoa, em todo o mundo, em todo momento da vida, mas é mais comum entre as pessoas que vivem longe de "
                 "casa.", id="portuguese-todo"),
    pytest.param("¿Qué es la fotosíntesis?",
                 "La fotosíntesis es el proceso por el que las plantas usan la luz para hacer azúcar; de ella depende "
                 "todo lo que vive.", id="spanish-todo"),
    pytest.param("Escribe un título para un artículo sobre el café.", "TODO LO QUE NECESITAS SABER SOBRE EL CAFÉ",
                 id="spanish-title-in-capitals"),
]


@pytest.mark.parametrize("prompt, output", WORDS_LIKE_A_STUBS_MARKS)
def test_a_word_spelled_like_a_stubs_mark_is_text(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


# --- what these readings must not catch ---------------------------------------------------------------
# Guards: outputs near each shape above whose verdict must not flip. All but the inline answer label
# held before these readings; that one was an echo then ("is the capital of france" copied).

WRONG_FORM = [
    pytest.param("How many legs does a spider have?", "Paris.", id="a-place-for-how-many"),
    pytest.param("What is the capital of France?", "Yes.", id="a-yes-for-what"),
    pytest.param("What is the capital of France?", "France.", id="the-questions-own-word"),
    pytest.param("Tell me how to train my dog to sit", "Treats.", id="one-word-for-an-open-request"),
    pytest.param("Who wrote Hamlet?", "1603", id="a-number-for-who"),
    pytest.param("What is the capital of France?", "42", id="a-number-for-a-what-that-asks-no-number"),
]


@pytest.mark.parametrize("prompt, output", WRONG_FORM)
def test_a_short_answer_of_the_wrong_form_does_not_answer(prompt, output):
    assert not judge(prompt, output).answers


def test_an_open_request_restated_as_a_statement_is_still_an_echo():
    verdict = judge(DOG, "I want to train my dog to sit.")
    assert not verdict.answers and "reply.echo" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_an_answer_that_opens_with_a_rhetorical_question_answers_without_drift():
    output = (
        "Ever wondered why Mars looks red? Its surface dust is rich in iron oxide, rust in effect, and it "
        "covers the whole planet. Mars is also cold, with a thin carbon dioxide atmosphere, two small moons "
        "and the tallest volcano in the solar system, Olympus Mons. I find it the most intriguing of our neighbours."
    )
    verdict = judge(MARS, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_one_inline_answer_label_is_a_heading_not_a_thread():
    verdict = judge("What is the capital of France?", "Answer: Paris is the capital of France.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_that_explains_an_error_message_is_an_answer():
    output = (
        "It means the server could not handle the request: 503 Service Unavailable is sent when the "
        "service is overloaded or down for maintenance. Wait a little and send the request again."
    )
    verdict = judge("What does HTTP 503 mean?", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_acronyms_and_links_are_not_gibberish():
    output = "Use the HTML parser in the standard library, see https://docs.python.org/3/library/html.parser.html"
    verdict = judge("How do I parse HTML in Python?", output)
    assert verdict.answers, verdict.explain()



# --- a list in short lines need not name its subject in any item -------------------------------------

LISTS = [
    pytest.param("Give me three tips for better sleep.",
                 "1. Go to bed at the same time every night.\n2. Avoid screens an hour before bed.\n"
                 "3. Keep your bedroom cool and dark.", id="tips"),
    pytest.param("List four ways to save money.",
                 "Cook at home instead of eating out.\nCancel subscriptions you do not use.\n"
                 "Buy store brands instead of name brands.\nSet up an automatic transfer to savings.", id="ways"),
    pytest.param("Give me a list of fruits", "- Apples\n- Bananas\n- Cherries\n- Mangoes", id="a-list-of"),
]


@pytest.mark.parametrize("prompt, output", LISTS)
def test_a_list_in_short_lines_answers_without_naming_its_subject(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_prose_about_something_else_is_no_list():
    verdict = judge("List four ways to save money.",
                    "The stock market closed higher on Tuesday as investors weighed inflation data and quarterly "
                    "earnings from major technology firms, while oil prices fell for a third day.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_request_repeated_in_short_lines_is_still_more_requests():
    verdict = judge("Give me three tips for better sleep.",
                    "Give me three tips for better health.\nGive me three tips for better focus.\n"
                    "Give me three tips for better skin.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_comments_in_the_replys_code_that_open_as_the_request_does_are_no_more_requests():
    output = ("Here is a script that measures the memory a model uses:\n\n```python\nimport torch\n\n"
              "# Create a sample model\nmodel = torch.nn.Linear(10, 2)\n# Create a sample optimizer\n"
              "optimizer = torch.optim.SGD(model.parameters(), lr=0.1)\n# Create a sample batch\n"
              "batch = torch.randn(4, 10)\nprint(torch.cuda.max_memory_allocated())\n```")
    verdict = judge("Create a Python script that measures the memory a PyTorch model uses.", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A short reply naming the question's subject by a copula and an article, in languages that drop the pronoun or
# say it otherwise, is about the subject, as "It is the process ..." is in English.
SUBJECT_SAID_BY_ITS_VERB = [
    pytest.param("¿Qué es la fotosíntesis?",
                 "Es el proceso por el que las plantas usan la luz del sol para hacer azúcar a partir del agua y del aire.",
                 id="spanish"),
    pytest.param("O que é a saudade?", "É um sentimento de falta de alguém ou de algo que se ama e que está longe.",
                 id="portuguese"),
    pytest.param("Qu'est-ce que Lyon ?", "C'est une grande ville du sud-est de la France, au confluent du Rhône et de la Saône.",
                 id="french"),
    pytest.param("Was ist ein Fjord?", "Es ist ein langer, schmaler Meeresarm, den Gletscher tief ins Land gegraben haben.",
                 id="german"),
]


@pytest.mark.parametrize("prompt, output", SUBJECT_SAID_BY_ITS_VERB)
def test_the_subject_said_by_a_verb_and_an_article_is_the_questions(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_verb_before_an_adjective_names_no_subject():
    verdict = judge("¿Qué es la fotosíntesis?", "Es importante beber mucha agua todos los días y dormir bien por la noche.")
    assert not verdict.answers, verdict.explain()


# Not where the noun after the article is the question or the topic itself, nor a day or a time unless the question
# asks what something is: those speak of the question or of the replier ("Es una buena pregunta ...", "Das ist eine
# gute Frage ...", "C'est une belle journée ..." for "Parle-moi de Lyon.").
@pytest.mark.parametrize("prompt, output", [
    pytest.param("¿Qué es la fotosíntesis?", "Es una buena pregunta. No tengo información suficiente para responder "
                 "con seguridad ahora mismo, lo siento mucho.", id="spanish-a-good-question"),
    pytest.param("Was ist ein Fjord?", "Das ist eine gute Frage! Leider kann ich dir dazu nichts Genaues sagen, tut mir "
                 "wirklich leid.", id="german-a-good-question"),
    pytest.param("Parle-moi de Lyon.", "C'est une belle journée d'été, et Marie décide de partir à la plage avec ses "
                 "amis.", id="french-a-day"),
])
def test_a_verb_and_an_article_before_the_question_or_a_day_names_no_subject(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Wer ist Angela Merkel?", "Sie ist eine deutsche Politikerin, die von 2005 bis 2021 Bundeskanzlerin war.",
                 id="german-who"),
    pytest.param("¿Qué es el Año Nuevo chino?", "Es el primer día del calendario lunar, que se celebra con fuegos "
                 "artificiales y comidas familiares.", id="spanish-a-day-asked-what-it-is"),
])
def test_a_verb_and_an_article_name_the_subject_of_who_and_what_questions(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()

