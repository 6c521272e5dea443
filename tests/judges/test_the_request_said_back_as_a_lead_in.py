"""A short reply that says the request back as its lead-in, ending in a colon, then gives the items asked for
("Trzy pory roku w kolejności alfabetycznej to: jesień, lato, zima."): most of its words are the request's, but the
words after the colon are its own items. It answers and does not echo. The request said back and nothing after the
colon, the request going on after it, or a sentence after it instead of items, is still an echo. Constructed by hand
after real outputs (PLLuM-70B's instruct and chat models naming seasons in Polish)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

CHAT = "<|start_header_id|>user<|end_header_id|>\n\n{}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
SEASONS_PL = CHAT.format("Wymień trzy pory roku w kolejności alfabetycznej.")
METALS_EN = CHAT.format("List three noble metals in alphabetical order of their English names.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(SEASONS_PL, "Trzy pory roku w kolejności alfabetycznej to: jesień, lato, zima.", id="polish-one-line"),
    pytest.param(SEASONS_PL, "Oto trzy pory roku w kolejności alfabetycznej:\n\n* jesień,\n* lato,\n* wiosna.",
                 id="polish-a-list-under-the-lead-in"),
    pytest.param(METALS_EN, "Three noble metals in alphabetical order of their English names: gold, platinum, silver.",
                 id="english"),
])
def test_the_request_as_a_lead_in_then_the_items_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("List three noble metals in alphabetical order of their English names:", id="nothing-after-the-colon"),
    pytest.param("Three noble metals in alphabetical order: list three noble metals in alphabetical order of names.",
                 id="the-request-again-after-the-colon"),
    pytest.param("Three noble metals in alphabetical order of their English names are: I really like shiny jewellery.",
                 id="a-sentence-after-the-colon-not-items"),
    pytest.param("Three noble metals in alphabetical order of their English names: Metal1, Metal2, Metal3",
                 id="placeholders-after-the-colon"),
    pytest.param("Three noble metals in alphabetical order of their English names: 1, 2, 3.", id="numbers-after-the-colon"),
])
def test_the_request_said_back_without_items_of_its_own_is_still_an_echo(output):
    verdict = judge(METALS_EN, output)
    assert not verdict.answers and verdict.drifts and {"prompt.echo", "prompt.question_again"} & set(drift_measures(verdict)), \
        verdict.explain()
