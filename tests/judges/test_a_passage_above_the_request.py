"""A passage may stand above the request ("<two paragraphs>\n\nSummarize the text above in two sentences."): the
short last paragraph that asks is the instruction, everything above it the passage. A summary cut from several places
of it, two thirds of its words at most, is work on it, not an echo; the passage's opening paragraph said back whole is
an echo. Constructed after a QLoRA chat model's replies to "Could you explain each sentence in simple terms?" under a
passage, and extractive summaries of short passages.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

BUDGET = ("The city council approved a new budget on Tuesday that raises spending on public transport by 12 percent. "
          "The money will pay for forty new electric buses and longer night services on the busiest routes.\n\n"
          "Critics said the plan relies on a parking fee increase that has not yet been approved. The mayor replied "
          "that the fee would be voted on next month and that the buses would be ordered either way.")
BEES = ("Honeybees communicate the location of food through a behaviour called the waggle dance. The angle of the "
        "dance tells other bees the direction of the flowers relative to the sun.\n\nThe length of the waggle run "
        "tells them how far away the food is. Longer runs mean the flowers are further from the hive.\n\nScientists "
        "first decoded the dance in the 1940s, and Karl von Frisch later received a Nobel Prize for the work.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml(f"{BUDGET}\n\nSummarize the text above in two sentences."),
                 "The city council approved a new budget that raises spending on public transport by 12 percent, "
                 "paying for forty new electric buses and longer night services. Critics said the plan relies on a "
                 "parking fee increase, but the mayor replied that the buses would be ordered either way.",
                 id="two-paragraphs"),
    pytest.param(f"<s>[INST] {BEES}\n\nSummarize this passage in one or two sentences. [/INST]",
                 "Honeybees communicate the location of food through the waggle dance: the angle of the dance tells "
                 "other bees the direction, and the length of the waggle run tells them how far away the food is. Karl "
                 "von Frisch later received a Nobel Prize for the work.", id="three-paragraphs"),
])
def test_a_summary_cut_from_the_passage_above_the_request_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_passage_above_the_request_said_back_from_its_start_is_an_echo():
    first = BUDGET.split("\n\n")[0]
    verdict = judge(chatml(f"{BUDGET}\n\nCould you explain each sentence in simple terms?"), first)
    assert not verdict.answers and verdict.drifts, verdict.explain()


LIBRARY = ("The Riverside Public Library will close for renovations from March 1 to June 30. During the closure, the "
           "building will get a new roof, better heating and a larger children's area.\n\nBooks can still be borrowed "
           "through the mobile library, which will stop at the town square every Tuesday and Friday. Returns can be "
           "left in the drop box outside the main entrance, and the reading room at the town hall stays open on "
           "weekday mornings.\n\nLibrary "
           "director Ana Ruiz said the project is funded by a state grant of 1.2 million dollars and should not raise "
           "local taxes.")


@pytest.mark.parametrize("request_", [
    pytest.param("Translate the text above into French.", id="to-translate"),
    pytest.param("Rewrite the text above in a more formal tone.", id="to-rewrite"),
])
def test_pieces_of_the_passage_copied_back_for_a_translation_or_a_rewrite_are_an_echo(request_):
    first, _, last = LIBRARY.split("\n\n")
    verdict = judge(chatml(f"{LIBRARY}\n\n{request_}"), f"{first}\n\n{last}")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("ask", [
    pytest.param("Summarize the article below in two sentences.\n\n{article}", id="request-above"),
    pytest.param("{article}\n\nSummarize the text above in two sentences.", id="request-under"),
])
def test_a_passage_that_speaks_of_translating_is_no_request_to_translate(ask):
    # Under the passage too, the request is its last paragraph, not the passage's first, which speaks of translating.
    article = ("A startup from Lyon has released a phone app that can translate restaurant menus from forty languages in "
               "real time. Users point the camera at the menu and the dishes appear in their own language within a "
               "second.\n\nThe company says the app already has two million users, most of them tourists in Europe and "
               "Japan. It plans to add spoken orders next year, so that travellers can ask the waiter for a dish in his "
               "own language.")
    verdict = judge(chatml(ask.format(article=article)),
                    "A startup from Lyon has released a phone app that can translate restaurant menus from forty "
                    "languages in real time. The app already has two million users, most of them tourists, and will add "
                    "spoken orders next year.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
