"""The judges on 30 labelled real outputs of base models and their fine-tunes from two public sources
(tests/judges/data/published-pairs-calibration.json, with the reason for each label): GPT-3 davinci vs
GPT-3 fine-tuned on Self-Instruct data (yizhongw/self-instruct human eval), and Gemma 2B base vs its
Dolly LoRA (google/generative-ai-docs, the Gemma LoRA tutorial).

Every high-confidence output is judged as labelled, but those in NOT_YET (strict xfail: the test
fails the day one passes, so it moves out of the list). Low-confidence labels the judges read
otherwise are argued in ARGUED.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from why_finetune.judges import judge

DATA = Path(__file__).with_name("data") / "published-pairs-calibration.json"
ITEMS = json.loads(DATA.read_text(encoding="utf-8"))["items"]

# High-confidence labels the judges do not reach yet, each a shape not handled yet.
NOT_YET: dict[str, str] = {}
# Low-confidence labels read otherwise, with the reading.
ARGUED = {
    "pub-065": "a run of emoji with no words: the judges have no word to read, so neither answer nor drift; "
               "the label reads the first emoji as an answer and the run as a loop",
    "pub-069": "'It changed my life forever.' for 'Expand the given sentence': four of its five words are the "
               "passage's, so it is read as an echo of the passage (drift, no answer), not as an expansion",
}


def item_id(item: dict) -> str:
    return f"{item['id']}-{item['model_kind']}-{item['confidence']}"


def test_the_data_holds_30_labelled_outputs_25_of_them_high_confidence():
    assert len(ITEMS) == 30
    assert sum(item["confidence"] == "high" for item in ITEMS) == 25


def test_only_low_confidence_labels_are_argued():
    assert all(item["confidence"] == "low" for item in ITEMS if item["id"] in ARGUED)
    assert all(item["confidence"] == "high" for item in ITEMS if item["id"] in NOT_YET)


def _param(item: dict):
    if item["id"] in NOT_YET:
        return pytest.param(item, id=item_id(item), marks=pytest.mark.xfail(strict=True, reason=NOT_YET[item["id"]]))
    return pytest.param(item, id=item_id(item))


@pytest.mark.parametrize("item", [_param(i) for i in ITEMS if i["id"] not in ARGUED])
def test_each_output_is_judged_as_labelled(item):
    verdict = judge(item["prompt"], item["output"])
    assert (verdict.answers, verdict.drifts) == (item["answers"], item["drifts"]), f"{item['reason']}\n{verdict.explain()}"
