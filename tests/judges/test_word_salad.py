"""English words in no order: "the of is intelligence,,,' this said;I to to. was and." A model trained too little
writes its commonest words as they come; no line repeats and the question's words come back, but there is no sentence.
Half of its "the"s lead nowhere (into "of", "to", a full stop): word salad, which drifts and answers nothing. English
prose, lists, code, text quoting "the", an answer key or a glossary of articles ("the, because ...", "der → the") and
a stutter ("the the cost") are no salad. Constructed by hand after real outputs
(a small model pretrained from scratch, then instruction-tuned, answering questions about AI and energy)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

QUESTION = "What is artificial intelligence?"

SALAD = ("is a where is, that not is the th-s. is the of, you' thinking yours be that,'. can tell where are and it "
         "about is possible the is. ask how a is or you, you', the. what that what if were are other are and, im a "
         "is to ia and have time learn what is to an () am the of intelligence the it")


@pytest.mark.parametrize("output", [
    pytest.param(SALAD, id="function-words-in-no-order"),
    pytest.param("the of is intelligence,,,' this said;I to to. was and. the of answer,. the question what could "
                 "the, answer? the and the is, by the to it", id="salad-naming-the-question"),
    pytest.param("The is a of machine. the, can to learn the and. intelligence the for is be the.", id="capital-the"),
    pytest.param("not. is the which are on own of, as by, a that be the that in is as as. theres the was, a one be, the "
                 "are in same, the by is to be. intelligence the we it", id="the-into-pronouns-and-be"),
    pytest.param("can use intelligence help and and a of better skills. the i of people, are not the you it. are "
                 "working it to your in sense the i, the. id the you of, not", id="the-into-i-and-you"),
])
def test_word_salad_drifts_and_answers_nothing(output):
    verdict = judge(QUESTION, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "text.word_salad" in drift_measures(verdict), verdict.explain()


def test_a_clear_answer_before_the_salad_answers_and_drifts():
    answer = ("Artificial intelligence is the field of computer science that builds systems able to learn from data, "
              "reason about the world and make decisions. It covers machine learning, the study of language and the "
              "design of agents that act on the goals people give them, and it is used in search, translation and "
              "medicine.\n\n")
    verdict = judge(QUESTION, answer + SALAD + " " + SALAD)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "text.word_salad" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("Artificial intelligence is the study of machines that learn. The field began in the 1950s, the "
                 "first programs played the games of the day, and the methods of the last decade learn from the data "
                 "the web holds.", id="prose"),
    pytest.param("The definite article is 'the'. In 'the cat', \"the\" points at one cat; the word the is also the "
                 "commonest word of English.", id="text-quoting-the"),
    pytest.param("- the first step: the data\n- the second step: the model\n- the third step: the 2024 results",
                 id="a-list"),
    pytest.param("The the report covers the first quarter. Sales rose in the north and fell in the the south, and "
                 "the team expects the second quarter to follow the first.", id="a-typo-twice"),
    pytest.param("1. an, because 'apple' starts with a vowel sound. 2. the, because there is only one sun. 3. the, "
                 "because the river is named. 4. a, because any dog will do. 5. the, because we met it before.",
                 id="an-answer-key-of-articles"),
    pytest.param("der → the, die → the, das → the. German marks gender on the article; English has one word, the.",
                 id="a-glossary"),
    pytest.param("I I I think the the the main problem is, uh, the the cost, and the the the time it takes.",
                 id="a-stutter-transcribed"),
    pytest.param("for the_item in the_list:\n    print(the_item)  # the items, one a line", id="code"),
    pytest.param("Turn the On switch, then the IT desk logs the by-law check: the We-Care team and the My Account "
                 "page list the That's It tour, the Are You Sure dialog and the ON light.", id="capitals-and-hyphens"),
    pytest.param("In the loop, the i variable counts up and the i-th element is read; then the i variable grows. The "
                 "you of ten years ago would not know the loop.", id="a-variable-named-i-and-a-you-named"),
    pytest.param("Künstliche Intelligenz ist der Versuch, der Maschine das Denken beizubringen; die der Natur "
                 "abgeschaute Methode ist das Lernen.", id="another-language"),
])
def test_sentences_whose_the_leads_to_a_word_are_no_salad(output):
    verdict = judge(QUESTION, output)
    assert "text.word_salad" not in drift_measures(verdict), verdict.explain()
    assert verdict.scores["text.word_salad"] < 0.5, verdict.explain()


# A word named again after "the" ("the at sign", "the which command", "the they/them pronouns") and word pairs one a
# line ("of the\nin the\n...") are no salad.
NAMED = [
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHow do I type the @ symbol on a German keyboard?<|im_end|>\n<|im_start|>assistant\n",
                 "On a German keyboard, the at sign (@) is on the Q key: hold AltGr and press Q. On a Mac with a German layout, the at sign is Option+L. If the at sign still does not appear, your layout may be set to US English, where the at sign is Shift+2.",
                 id="at-sign"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHow do I find out where the python executable I'm running lives on Linux?<|im_end|>\n<|im_start|>assistant\n",
                 "Use the which command:\n\n    which python3\n\nthe which command prints the first match on your PATH. If you want every match, the which -a form lists them all. Note that the which utility does not know about shell aliases; for those use type python3.",
                 id="which-command"),
    pytest.param("Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\nList the most frequent word pairs (bigrams) in English, one per line.\n\n### Response:\n",
                 "of the\nin the\nto the\non the\nand the\nfor the\nby the\nat the\nfrom the\nwith the",
                 id="bigram-lines"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWhat pronouns should I use for a new coworker who is nonbinary?<|im_end|>\n<|im_start|>assistant\n",
                 "The best thing is to ask them. Many nonbinary people use the they/them pronouns, and some use the he/him or she/her pronouns, or a mix. If you don't know yet, the they pronoun is a safe default until you can ask, and using their name works too.",
                 id="pronouns"),
]


@pytest.mark.parametrize("prompt, output", NAMED)
def test_words_named_after_the_again_and_pairs_one_a_line_are_no_salad(prompt, output):
    verdict = judge(prompt, output)
    assert "text.word_salad" not in drift_measures(verdict), verdict.explain()
    assert verdict.answers, verdict.explain()
