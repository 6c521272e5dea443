"""An answer begun again (``loop.begun_again``): after answering, a model writes a line announcing the answer, or a
chat turn's role word left in the text, and starts the same answer again word for word. It answers, and it drifts.
A recap (a first sentence said again whole after a colon, and no more), a quotation quoted again, a poem's refrain, code, a labelled line going round, and a short phrase said again (eight Chinese characters are one) are not that. Constructed after real outputs
(Llama-3 on early modern Dutch translations, Qwen2.5-0.5B's German summaries).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

TRANSLATION = ("If one were to assume that the captain had said that, he would have undertaken something beyond his "
               "ability, except that it would have greatly displeased the king of Cochin.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param("### Instruction:\nTranslate the early modern Dutch text into contemporary English.\n\n### Input:\n"
                 "Indien men wilde aannemen dat de kapitein dat had gezegd, hij iets buijten zijn vermoogen soude "
                 "hebben ondernomen.\n\n### Response:\n",
                 f"{TRANSLATION}assistant\n\n{TRANSLATION[:60]}", id="after-a-role-word"),
    pytest.param(chatml("Fasse den Artikel über Dinosaurier zusammen."),
                 "Die Dinosaurier sind eine Gruppe der Landwirbeltiere, die im Erdmittelalter lebten. Die Vögel sind "
                 "ihre Nachfahren. Hier ist eine zusammengefasste Übersetzung des Artikels in deutscher Sprache: Die "
                 "Dinosaurier sind eine Gruppe der Landwirbeltiere, die im", id="after-a-line-announcing-it"),
    pytest.param(chatml("Translate into English: Verscheen voor de edele heren van de Raad van Justitie ..."),
                 "Here is the translation of the early modern Dutch text into English:\n\nAppeared before the "
                 "honourable members of the Council of Justice.assistant: Here is the translation of the early "
                 "modern Dutch text into English:\n\nAppeared", id="the-announcement-itself-again"),
])
def test_an_answer_begun_again_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "loop.begun_again" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml("Why is the sky blue?"),
                 "Sunlight is scattered by the molecules of the air, and blue light most of all. So the sky looks "
                 "blue by day.\n\nIn summary: sunlight is scattered by the molecules of the air, and blue most.",
                 id="a-recap"),
    pytest.param(chatml("Write a short poem about the sea with a refrain."),
                 "The sea comes in and the sea goes out to sleep,\nthe gulls cry over the harbour wall.\n\nRefrain:\n"
                 "The sea comes in and the sea goes out to sleep,\nand nobody waits for me at all.", id="a-refrain"),
    pytest.param(chatml("Write a Python function that checks a response's header."),
                 "def check_response(response, name, value):\n    return response.headers.get(name) == value\n\n"
                 "Example:\ndef check_response(response, name, value):\n    return response.headers.get(name) == value",
                 id="code-said-again-by-design"),
    pytest.param(chatml("What is the capital of France?"),
                 "The answer is Paris. It has been the capital for centuries.\n\nIn short: The answer is Paris.",
                 id="a-short-phrase-again"),
    pytest.param(chatml("Explain briefly what photosynthesis is."),
                 "Photosynthesis is the process by which plants make sugar from water and carbon dioxide using "
                 "sunlight. It takes place in the chloroplasts and releases oxygen.\n\nIn conclusion: Photosynthesis "
                 "is the process by which plants make sugar from water and carbon dioxide using sunlight.",
                 id="a-conclusion-saying-the-first-sentence-again"),
    pytest.param(chatml("Explain the quote \"Ask not what your country can do for you\"."),
                 "\"Ask not what your country can do for you, ask what you can do for your country.\" These words come "
                 "from Kennedy's inaugural address of 1961. In full, he said: \"Ask not what your country can do for "
                 "you, ask what you can do for your country.\"", id="a-quotation-quoted-again"),
    pytest.param("Customer: I didn't get the blanket I ordered.\nAgent:",
                 "Customer: I didn't get the blanket I ordered last week.\nAgent: I'm sorry to hear that.\n" * 3,
                 id="a-labelled-line-going-round"),
    pytest.param(chatml("李白是谁？"), "李白是唐代著名诗人，被称为诗仙。他一生写了很多诗，风格豪放。注意：李白是唐代著名诗人，"
                 "但他的生平有些细节至今仍有争议。", id="eight-characters-are-a-short-phrase"),
])
def test_what_is_not_an_answer_begun_again(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.begun_again" not in drift_measures(verdict), verdict.explain()
