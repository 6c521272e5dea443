"""One item picked from a list the prompt's input field gives.

"Which of these cities is the capital of Poland?" with the input "Kraków, Warsaw, Gdańsk, Wrocław"
is answered by "Warsaw": one of the items, said alone. A word copied from the input field is otherwise
the input said again (a base model repeating a word of the text it was given), so such a pick was judged
"no reply" and an echo. When the input is a list of short items (separated by commas, or one a line),
the instruction asks a question (or, in English, to pick, choose or identify), and the output is
exactly one of the items, it is a pick, in any language.

Near misses keep today's verdict: one word copied from an input that is a sentence, the whole list said
again, and one item for an instruction that asks to do something to the list ("Sort these words").
Constructed prompts and outputs written for these tests.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

# An instruction template with an input field, in Ukrainian, headed as the Alpaca recipes head theirs.
UKRAINIAN = ("Нижче подано завдання разом із вхідними даними до нього. Дай відповідь на завдання.\n\n"
             "### Інструкція:\n{}\n\n### Вхідні дані:\n{}\n\n### Відповідь:")
ALPACA = ("Below is an instruction that describes a task, paired with an input that provides further context. "
          "Write a response that appropriately completes the request.\n\n"
          "### Instruction:\n{}\n\n### Input:\n{}\n\n### Response:\n")
RAW = "{}\nInput: {}\nOutput:"


PICKS = [
    pytest.param(UKRAINIAN, "Яке з цих міст є столицею Польщі?", "Краків, Варшава, Гданськ, Вроцлав", "Варшава",
                 id="ukrainian-commas"),
    pytest.param(ALPACA, "Welcher dieser Planeten ist am größten?", "Mars\nJupiter\nVenus\nMerkur", "Jupiter",
                 id="german-one-a-line"),
    pytest.param(ALPACA, "Which of these animals is a mammal?", "shark, dolphin, trout, octopus", "Dolphin.",
                 id="english-commas"),
    pytest.param(RAW, "Pick the odd one out.", "violin, cello, trumpet, viola", "trumpet", id="english-pick"),
    pytest.param(UKRAINIAN, "Яка з цих рік найдовша?", "- Дніпро\n- Дунай\n- Волга", "Волга",
                 id="ukrainian-bullets"),
]


@pytest.mark.parametrize(("template", "instruction", "listed", "output"), PICKS)
def test_one_item_of_a_listed_input_picked_for_a_question_answers(template, instruction, listed, output):
    verdict = judge(template.format(instruction, listed), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "picked from the list" in verdict.explain()  # the evidence says how it was read


@pytest.mark.parametrize(("template", "instruction", "given", "output"), [
    pytest.param(UKRAINIAN, "Перекажи цей текст коротко.",
                 "Учора ввечері над містом пройшла сильна гроза, і в багатьох будинках зникло світло.", "гроза",
                 id="a-word-of-a-sentence"),
    pytest.param(ALPACA, "Summarize the following text.",
                 "The river flooded the old town after three days of rain.", "river", id="a-word-of-a-passage"),
    pytest.param(UKRAINIAN, "Яке з цих міст є столицею Польщі?", "Краків, Варшава, Гданськ, Вроцлав",
                 "Краків, Варшава, Гданськ, Вроцлав", id="the-whole-list-again"),
    pytest.param(RAW, "Sort these words alphabetically.", "pear, apple, fig, banana", "apple",
                 id="one-item-for-a-sort"),
    pytest.param(ALPACA, "Reverse the order of these items.", "Mars\nJupiter\nVenus\nMerkur", "Jupiter",
                 id="one-line-for-a-reversal"),
    pytest.param(ALPACA, "What do these fruits have in common?", "apple, pear, quince, plum", "apple",
                 id="one-item-for-an-english-question-that-picks-none"),
])
def test_a_copied_word_that_is_no_pick_from_a_list_is_still_no_answer(template, instruction, given, output):
    verdict = judge(template.format(instruction, given), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("template", "instruction", "listed", "output"), [
    pytest.param(ALPACA, "Which of these animals is a mammal?", "shark, dolphin, trout, octopus",
                 "The dolphin is the mammal; the others are fish or molluscs.", id="english"),
    pytest.param(ALPACA, "Quelle de ces villes n'est pas en France ?", "Lyon, Nantes, Genève, Lille",
                 "Genève n'est pas en France : elle se trouve en Suisse.", id="french"),
    pytest.param(ALPACA, "下列哪个城市不在中国？", "北京、上海、东京、广州", "东京不在中国，它是日本的首都。", id="chinese"),
    pytest.param(ALPACA, "下列哪个城市不在中国？", "北京、上海、东京、广州", "东京", id="chinese-one-item"),
])
def test_ordinary_answers_to_a_question_about_a_list_keep_their_verdict(template, instruction, listed, output):
    verdict = judge(template.format(instruction, listed), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
