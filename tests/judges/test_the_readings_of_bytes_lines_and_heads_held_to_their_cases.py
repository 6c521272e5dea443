"""Where this round's readings stop: the cases two code reviews of them found them reaching past (a line said three
times in a row, a page's head, asking again, a homework attempt told, a template's placeholders, a stub's marks), each
kept here with the verdict the definitions give. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


@pytest.mark.parametrize("prompt, output, answers, drifts", [
    pytest.param(
        "Escribe una canción de cumpleaños para mi hermana Lucía.",
        "Hoy es tu día, hermana querida,\nHoy es tu día, hermana querida,\nHoy es tu día, hermana querida,\nque "
        "la alegría llene tu vida.\n\nVeinte velitas en el pastel,\ntu risa dulce como la miel,\nLucía, "
        "Lucía, brilla otra vez,\nfeliz cumpleaños, de la cabeza a los pies.",
        True, False, id="a-song-asked-for-in-spanish"),
    pytest.param(
        "Q: What is the capital of Australia?\nA:",
        " Canberra is the capital of Australia.\nCanberra is the capital of Australia.\nCanberra is the "
        "capital of Australia.",
        True, True, id="the-replys-own-line-said-again"),
    pytest.param(
        "كيف أتعلم اللغة الإنجليزية بسرعة؟",
        "منتديات ستار تايمز\nكيف أتعلم اللغة الإنجليزية بسرعة؟\nشكرا لكم",
        False, True, id="a-forums-name-alone-on-its-line"),
    pytest.param(
        "<|im_start|>user\nQxv wibble trombone flux?<|im_end|>\n<|im_start|>assistant\n",
        "I don't understand. Please try again in English.",
        False, False, id="asking-again-in-english"),
    pytest.param(
        "<|im_start|>user\nCan you do the thing from before?<|im_end|>\n<|im_start|>assistant\n",
        "I'm not sure what you're asking. Please ask again with an example.",
        False, False, id="asking-again-with-an-example"),
    pytest.param(
        "A train travels 120 km in 2 hours. What is its average speed?",
        "60 km/h\n\nI tried this many times but I am not getting the correct answer. Please help me.",
        True, True, id="an-attempt-told-after-the-answer"),
    pytest.param(
        "<s>[INST] What is the boiling point of water at sea level? Answer in this format:\nAnswer: "
        "<answer>\nUnit: <unit> [/INST]",
        " Answer: 100\nUnit: degrees Celsius",
        True, False, id="a-template-of-one-word-placeholders"),
    pytest.param(
        "Explain how vaccines train the immune system.",
        "TODO WRITE ANSWER",
        False, False, id="a-stub-in-capitals"),
    pytest.param(
        "Summarise the plot of Hamlet in two sentences.",
        "FIXME ADD SUMMARY",
        False, False, id="a-fixme-in-capitals"),
])
def test_the_readings_hold_to_the_cases_a_review_found(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()


# A chorus sung again, the same verdict given for each item: no line said in a row (the three-word sequences said again
# are another measure's to weigh).
@pytest.mark.parametrize("prompt, output", [
    pytest.param(
        "Can you help me with a song for my mum's birthday? Something simple the kids can sing.",
        "Sure! Here's a simple one:\n\nToday's the day we sing for you,\nToday's the day we sing for you,\nToday's "
        "the day we sing for you,\nHappy birthday, Mum, we love you!",
        id="a-song-asked-for-by-name"),
    pytest.param(
        "Check each of these three sentences for grammar mistakes:\n1. She goes to school every day.\n2. "
        "They are playing football now.\n3. I have lived here since 2010.",
        "- This sentence is grammatically correct.\n- This sentence is grammatically correct.\n- This "
        "sentence is grammatically correct.",
        id="the-same-verdict-for-each-item"),
])
def test_a_chorus_or_an_items_verdict_said_again_is_no_line_in_a_row(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
    assert "loop.in_a_row" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()
