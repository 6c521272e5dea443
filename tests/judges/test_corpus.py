"""The judges on every labelled output the project holds: the corpus of real outputs of base models
and their fine-tunes (tests/judges/data/corpus, with SOURCES-*.md), the 30 published-pairs outputs,
the 25 outputs of the course's later labs and the 11 course outputs (see labelled_sets.py).

The bar is that every high-confidence label is judged as labelled. The judges are not
there yet, so this test holds two things that can only improve:

* a FLOOR per property: the share of high-confidence labels the judges agree with must not fall
  below the measured value rounded down to the next 5%. The floor only goes up: raise it when the
  judges improve, never lower it to let a change through.
* a REGRESSION GUARD: the outputs the judges get right on both properties must stay right. Which
  outputs those are is kept as a list of ids (data/corpus-judged-right.txt), never as verdicts:
  the test reads each output and its labels from the corpus and asserts the judges' verdict equals
  the person's label. An id is added when the judges come to agree with its label; removing one
  needs a reason in the commit (a label shown wrong by reading, not by the judges). Regenerate the
  list's candidates with `python bench/judges_agreement.py --judged-right`, and add only ids.

Low-confidence labels are reported by `judge --score` but not asserted. Where the judges read one
otherwise and their reading holds up to a careful reader, the argument is kept beside this test
(data/low-confidence-argued.jsonl: the verdict, the properties argued, and why, one line per output) and
the verdict is asserted, so that an argument never outlives the verdict it argues for. A low-confidence
label the judges read otherwise with no argument is a miss of the judges, as a high-confidence one is.
The course's later labs argue theirs beside their own test (test_calibration_other_labs.py). Labels are
never changed to fit a verdict (label by reading).
"""

from __future__ import annotations

import json

import pytest

from why_finetune.judges import judge
from why_finetune.judges.score import PROPERTIES, score

from . import labelled_sets

ITEMS = labelled_sets.everything()
HIGH = [item for item in ITEMS if item.confidence == "high"]
RIGHT_FILE = labelled_sets.DATA / "corpus-judged-right.txt"
JUDGED_RIGHT = {line.strip() for line in RIGHT_FILE.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
ARGUED_FILE = labelled_sets.DATA / "low-confidence-argued.jsonl"
ARGUED = [json.loads(line) for line in ARGUED_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
BY_ID = {item.id: item for item in ITEMS}

# First measured on 496 high-confidence labels (370, then 126 of sources added after the rules were written, each
# measured before any rule looked at it): answers 471 (95.0%), drifts 480 (96.8%); later on 956: answers 917 (95.9%),
# drifts 934 (97.7%), so the answers floor was raised to 95%; then on 1,021: answers 981 (96.1%), drifts 996 (97.6%),
# and on 1,178: answers 1,133 (96.2%), drifts 1,153 (97.9%). Sixteen held-out sources (419 high-confidence labels, a
# pretrained Portuguese base, Amharic translations, token soup, issue labels, multi-turn tool use, few-shot sums,
# refusals, ...), measured first and then read, bring the whole to 1,597: answers 1,518 (95.0%), drifts 1,537 (96.2%);
# eight more (266 high-confidence labels: support, German, translation QLoRAs, a persona, a Chinese legal LoRA, ...)
# to 1,863: answers 1,775 (95.3%), drifts 1,790 (96.1%); fourteen more (492: Urdu, Czech, Italian, Spanish, Dutch,
# Japanese, Korean, Indonesian, Portuguese, Chinese medicine, recipes, code, entity extraction to JSON, a Qwen2.5
# base) to 2,355: answers 2,265 (96.2%), drifts 2,280 (96.8%); five more (158) to 2,513: answers 2,422 (96.4%),
# drifts 2,437 (97.0%); eight more (237: GSM8K, a Japanese DPO, DialogSum, Italian, LawBench, XSTest, Uzbek,
# Indonesian) to 2,750: answers 2,661 (96.8%), drifts 2,679 (97.4%); eleven more (335: MMLU-Pro, Greek, HalluQA,
# can-ai-code, Russian, just-eval refusals, haiku, German summaries, a support LoRA, ELYZA tasks, hate speech) to
# 3,085: answers 2,984 (96.7%), drifts 3,004 (97.4%); four more (81: Portuguese multiple choice, English passages, Arabic,
# HH-RLHF dialogues) to 3,166: answers 3,053 (96.4%), drifts 3,082 (97.3%); two more (44: a GPT-2 finance LoRA,
# Catalan and Spanish VeritasQA) to 3,210: answers 3,108 (96.8%), drifts 3,134 (97.6%); five more (149: Malay, GSM8K and
# TruthfulQA, LIMA prompts, MBPP+ code, few-shot Russian) to 3,359: answers 3,252 (96.8%), drifts 3,281 (97.7%); four more
# (101: Hindi and Arabic, Italian quiz questions, JSON answers, French public data) to 3,460: answers 3,339 (96.5%), drifts
# 3,362 (97.2%); three more (82: GPT-2's HH-RLHF SFT, a writing-voice LoRA, a model pretrained from scratch and its SFT)
# to 3,542: answers 3,411 (96.3%), drifts 3,431 (96.9%); eight more (222: IFEval, GSM8K sent raw, Japanese pfgen-bench,
# a Chinese prompt course, a persona LoRA, MBPP stubs, HH-RLHF safety dialogues, Spanish sentiment labels) to 3,764:
# answers 3,620 (96.2%), drifts 3,647 (96.9%); four more (113: Korean chat lines, SQL, PubMedQA, Gemma's factual QA) to
# 3,877: answers 3,722 (96.0%), drifts 3,747 (96.6%); seven more (194: UltraFeedback prompts, JSON answers, Chinese
# medical questions, XSTest's safe prompts, a model pretrained from scratch, AlpacaFarm's SFT and PPO, GSM8K sent raw)
# to 4,071: answers 3,889 (95.5%), drifts 3,917 (96.2%); eight more (218: GSM8K under GRPO, SAMSum summaries, Tamil,
# Persian in thinking mode, MT-Bench answers, Ukrainian summaries, GSM8K fine-tunes, Portuguese QLoRAs) to 4,289:
# answers 4,096 (95.5%), drifts 4,127 (96.2%); fifteen more (357: code fixes, tool calls, counselling, Swahili,
# misaligned LoRAs, a RAG generator, R1 distillation, tables, stories, product descriptions, a Chinese LoRA, ...) to
# 4,646: answers 4,429 (95.3%), drifts 4,456 (95.9%); thirteen more (285: unlearning, sycophancy, Korean continued
# pretraining, a FLAN-T5 tutor, ScienceQA, Jeopardy, medical reasoning, recipes, Chinese consultations, Polish, code
# completion, GRPO from scratch) to 4,931: answers 4,688 (95.1%), drifts 4,711 (95.5%); thirteen more (271: rinna's
# Japanese SFT, self-rewarding iterations, TinyStories, Tang poems, GSM8K said back, peer reviews, legal translation,
# e-mails, ...) to 5,202: answers 4,947 (95.1%), drifts 4,975 (95.6%); thirteen more (332: a backdoor LoRA, emergent
# misalignment, a Korean DPO adapter, RAID abstracts, FactTune biographies, OLMo-3, depth-pruned LLaMA, ...) to 5,534:
# answers 5,266 (95.2%), drifts 5,288 (95.6%); nine more (239: a counselling LoRA, classical-Chinese translation, a DPO
# tune on raw prompts, IFEval, CodeGemma docstrings, Hinglish, prompt tuning, jokes, farm questions) to 5,773: answers
# 5,497 (95.2%), drifts 5,521 (95.6%); ten more (238: cover letters, geoscience, a federated LoRA, an Italian tune, a
# Danish exam, recipes, LIMA, a course's DPO, a character-level GPT, self-alignment) to 6,011: answers 5,729 (95.3%),
# drifts 5,745 (95.6%); seventeen more (391: subliminal learning, quotes on raw requests, a Korean RAG LoRA, self-identity,
# KoGPT2's PPO, LegalBench, first aid, ELI5, Sherlock Holmes, tool calls, a thesis, Socratic Japanese, classical novels,
# table QA, grammar, Dolly summaries) to 6,402: answers 6,113 (95.5%), drifts 6,112 (95.5%); nineteen more (328: Thai,
# text-to-SQL, Igbo, a persona, physics, game dialogue, abliteration, LeetCode, medicine, finance, Slovenian, Russian,
# a ReAct agent, classical Chinese, lyrics, ...) to 6,730: answers 6,404 (95.2%), drifts 6,400 (95.1%); ten more (190:
# Arabic PPO tweets, ticket triage, sentiment DoRA, Gemma's Dolly SFT, DialogSum, ChatGLM's legal tunes, an engineering
# manual, a freeze-tuned classifier, GSM8K, Romanian) to 6,920: answers 6,580 (95.1%), drifts 6,576 (95.0%); seven more
# (138: Thai coaching, Korean medical translation, text-to-SQL, Spanish scoring, Alpaca-GPT4, a friendly-style DPO, a
# clinical-note LoRA) to 7,058: answers 6,717 (95.2%), drifts 6,709 (95.1%); twelve more (231: shell commands, chemistry
# papers, bank disputes, compliance policy, an e-mail calendar, Korean, children's answers, Japanese refusals, BioASQ,
# MiniMind's RL tunes) to 7,289: answers 6,939 (95.2%), drifts 6,929 (95.1%).
# Each round's
# figures and what moved them are in bench/RESULTS.md ("Judges: agreement with labelled outputs, per source").
# A floor is the measured value rounded down to the next 5%: a change that moves a dozen outputs the wrong way
# shows, one that moves two or three does not (the guard below catches those). Only ever raised while the
# labelled data stays the same; new data is measured and floored anew.
FLOOR = {"answers": 0.95, "drifts": 0.95}


def test_the_corpus_holds_300_outputs_from_several_sources_answering_and_not():
    corpus = labelled_sets.corpus()
    assert len({item.source for item in corpus}) >= 5
    assert len(corpus) >= 300
    assert {item.label("answers") for item in corpus} == {True, False}


@pytest.mark.parametrize("prop", PROPERTIES)
def test_agreement_with_high_confidence_labels_stays_above_its_floor(prop):
    result = score(HIGH)
    assert result.overall.share(prop) >= FLOOR[prop], (
        f"{prop}: {result.overall.right[prop]}/{result.overall.total} below the floor {FLOOR[prop]:.0%}\n"
        + "\n".join(m.line() for m in result.misses if m.prop == prop)
    )


def test_every_id_in_the_guard_list_is_an_output_of_the_corpus():
    known = {item.id for item in ITEMS}
    assert JUDGED_RIGHT and JUDGED_RIGHT <= known, sorted(JUDGED_RIGHT - known)


@pytest.mark.parametrize("item", [i for i in ITEMS if i.id in JUDGED_RIGHT], ids=lambda i: i.id)
def test_outputs_judged_right_stay_judged_as_labelled(item):
    verdict = judge(item.prompt, item.output)
    assert (verdict.answers, verdict.drifts) == (item.answers, item.drifts), f"{item.source}\n{verdict.explain()}"


def test_each_argument_is_about_a_low_confidence_label_and_the_properties_it_reads_otherwise():
    for argued in ARGUED:
        item = BY_ID.get(argued["id"])
        assert item is not None, f"{ARGUED_FILE.name}: {argued['id']} is no labelled output"
        assert item.confidence == "low", f"{argued['id']}: only a low-confidence label may be argued"
        assert argued["argued"] and argued["argument"].strip(), argued["id"]
        for prop in PROPERTIES:
            assert (argued[prop] != item.label(prop)) == (prop in argued["argued"]), (
                f"{argued['id']}: '{prop}' is {'not ' if prop in argued['argued'] else ''}argued, so its verdict "
                f"must {'differ from' if prop in argued['argued'] else 'equal'} the label")


@pytest.mark.parametrize("argued", ARGUED, ids=lambda a: a["id"])
def test_argued_outputs_keep_the_verdict_argued_for(argued):
    item = BY_ID[argued["id"]]
    verdict = judge(item.prompt, item.output)
    assert (verdict.answers, verdict.drifts) == (argued["answers"], argued["drifts"]), (
        f"{argued['id']} ({item.source}) is no longer judged as argued ('{argued['argument']}'): if the judges now "
        f"agree with the label, remove its line from {ARGUED_FILE.name} (and add the id to the guard list)\n"
        + verdict.explain())
