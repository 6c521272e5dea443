"""A chat answer may reuse the prompt's words without echoing or continuing it: a name picked from
the prompt, a rewrite of the prompt's last line, a summary made of the passage's own sentences.
Each shape has outputs that must keep being read as an echo or a continuation beside it, and
ordinary chat answers in several languages that must keep "answers, no drift". Constructed by hand."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.question import read_question

# --- a value picked from the prompt ---------------------------------------------------------------

PICKED = [
    pytest.param("小红的妈妈有三个女儿，大女儿叫李一，二女儿叫李二，三女儿叫什么？", "小红",
                 id="zh-riddle-a-name-from-the-passage"),
    pytest.param("東京と大阪、どちらが人口が多いですか？", "東京", id="ja-one-of-the-two-cities"),
    pytest.param("Which river is longer, the Nile or the Thames?", "The Nile.", id="en-one-of-two-options"),
    pytest.param("Which is larger, Paris or Lyon?", "Paris", id="en-one-word-option"),
    pytest.param("Quelle ville est la plus grande, Paris ou Lyon ?", "Paris.", id="fr-one-word-option"),
    pytest.param("Welches Tier ist schneller, der Gepard oder das Pferd?", "Der Gepard.", id="de-one-of-two-options"),
]


@pytest.mark.parametrize("prompt, output", PICKED)
def test_a_name_picked_from_the_prompt_answers_and_is_no_echo(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


NOT_PICKED = [
    pytest.param("What is the capital of France?", "France.", id="en-the-questions-own-subject"),
    pytest.param("法国的首都是哪里？", "法国", id="zh-the-questions-own-subject"),
    pytest.param("Which is larger, Paris or Lyon?", "Paris or Lyon?", id="en-the-options-asked-back"),
    pytest.param("Which is larger, Paris or Lyon?", "Which is", id="en-the-prompts-opening"),
]


@pytest.mark.parametrize("prompt, output", NOT_PICKED)
def test_the_questions_own_words_said_back_still_do_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


def test_the_whole_question_said_again_still_echoes():
    verdict = judge("Which is larger, Paris or Lyon?", "Which is larger, Paris or Lyon?")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_chinese_question_said_again_still_echoes():
    prompt = "小红的妈妈有三个女儿，大女儿叫李一，二女儿叫李二，三女儿叫什么？"
    verdict = judge(prompt, prompt)
    assert not verdict.answers and verdict.drifts, verdict.explain()


PICKED_IN_A_SENTENCE = [
    pytest.param("Which is larger, Paris or Lyon?", "Paris is larger than Lyon, with about two million people.",
                 id="en"),
    pytest.param("Quelle ville est la plus grande, Paris ou Lyon ?",
                 "Paris est bien plus grande que Lyon : environ deux millions d'habitants contre un demi-million.",
                 id="fr"),
    pytest.param("Welches Tier ist schneller, der Gepard oder das Pferd?",
                 "Der Gepard ist schneller: er erreicht über 100 km/h, ein Pferd etwa 70 km/h.", id="de"),
    pytest.param("小红的妈妈有三个女儿，大女儿叫李一，二女儿叫李二，三女儿叫什么？",
                 "三女儿叫小红。题目一开始就说了，她们是小红的妈妈的女儿。", id="zh"),
    pytest.param("東京と大阪、どちらが人口が多いですか？", "東京のほうが人口が多いです。約1400万人が住んでいます。", id="ja"),
]


@pytest.mark.parametrize("prompt, output", PICKED_IN_A_SENTENCE)
def test_an_ordinary_answer_that_names_the_pick_in_a_sentence_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Would you rather have tea or coffee?", "Coffee"),
    ("¿Cuál es más grande, París o Lyon?", "París."),
])
def test_one_of_the_options_a_question_offers_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "one of the options the question offers" in verdict.explain()


def test_an_o_that_is_no_or_offers_no_option():
    verdict = judge("Does the train leave at five o'clock or later?", "clock")
    assert not verdict.answers, verdict.explain()


def test_the_options_are_the_items_around_or_and_not_the_asking_words():
    options = read_question("Which is larger, Paris, Lyon or Nice?").options
    assert set(options) == {frozenset({"paris"}), frozenset({"lyon"}), frozenset({"nice"})}


def test_a_chinese_question_asks_in_its_last_clause():
    question = read_question("小红的妈妈有三个女儿，大女儿叫李一，三女儿叫什么？")
    assert "小" not in question.asked and "什" in question.asked


# --- a rewrite of the prompt's last line -----------------------------------------------------------

REWRITTEN = [
    pytest.param("Suggest another way to say the marked word.\n\nthe results were _surprising",
                 "the results were astonishing.", id="en"),
    pytest.param("Proposez un synonyme pour le mot souligné.\n\nnous avons _attendu longtemps",
                 "nous avons patienté longtemps.", id="fr"),
    pytest.param("Finde ein anderes Wort für das markierte Wort.\n\nwir haben es _erwartet",
                 "wir haben es vorhergesehen.", id="de"),
]


@pytest.mark.parametrize("prompt, output", REWRITTEN)
def test_the_last_line_begun_again_and_changed_is_a_rewrite_not_a_continuation(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "last line begun again and changed" in verdict.explain()


STORY = "Write the opening of a story.\n\nonce upon a time there was"
CONTINUED = [
    pytest.param(STORY, "a little dog who lived by the sea, and every morning he ran along the shore to bark at "
                        "the waves and the gulls.", id="the-line-continued"),
    pytest.param(STORY, "once upon a time there was a little dog who lived by the sea, and every morning he ran "
                        "along the shore to bark at the gulls.", id="the-whole-line-said-again-and-continued"),
]


@pytest.mark.parametrize("prompt, output", CONTINUED)
def test_a_base_model_that_goes_on_with_the_last_line_still_continues_it(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.continuation" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_one_line_request_begun_again_and_changed_is_still_no_answer():
    # The prompt is only its last line: what begins it again is the request restated, not a rewrite asked for.
    verdict = judge("tell me how to train my dog to sit", "tell me how to train my dog to stay")
    assert not verdict.answers, verdict.explain()


SYNONYMS = [
    pytest.param("Give a synonym for the marked word.\n\nthe weather was _dreadful",
                 "A good synonym is \"awful\": the weather was awful.", id="en"),
    pytest.param("Donnez un synonyme du mot souligné.\n\nle temps était _affreux",
                 "Un bon synonyme serait « épouvantable » : le temps était épouvantable.", id="fr"),
    pytest.param("请给划线的词换一个说法。\n\n天气很_糟糕", "可以说：天气很恶劣。", id="zh"),
]


@pytest.mark.parametrize("prompt, output", SYNONYMS)
def test_an_ordinary_answer_to_a_request_on_the_last_line_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
