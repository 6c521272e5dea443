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
    pytest.param("长江还是黄河更长？", "长江", id="zh-one-of-two-rivers"),
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
    pytest.param("日本の首都は、どこですか？", "日本", id="ja-the-questions-own-subject-before-a-comma"),
    pytest.param("盘子里有5个梨，小华吃了2个，还剩下几个梨？", "小华", id="zh-a-name-for-a-number-question"),
    pytest.param("Qual é o maior planeta do sistema solar?", "Maior", id="pt-a-word-beside-the-article-o"),
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
    pytest.param("长江还是黄河更长？", "长江更长，全长约6300公里，黄河约5464公里。", id="zh-options"),
]


@pytest.mark.parametrize("prompt, output", PICKED_IN_A_SENTENCE)
def test_an_ordinary_answer_that_names_the_pick_in_a_sentence_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Would you rather have tea or coffee?", "Coffee"),
    ("Qual é maior, Lisboa ou Porto?", "Lisboa."),
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


# --- a summary made from the passage's own sentences -----------------------------------------------

EN_TEXT = ("Urban beekeeping has grown quickly in the last decade across many European cities. Hives are kept on "
           "rooftops, balconies and in community gardens, where flowering trees and parks give the bees a varied "
           "diet through the season. Beekeepers say the honey tastes of linden and chestnut, and city councils "
           "support the hives because they help pollinate the plants of public green spaces.")
FR_TEXT = ("Le télétravail s'est largement répandu dans les entreprises françaises depuis quelques années. Il "
           "permet aux salariés de gagner du temps sur les trajets quotidiens et de mieux organiser leurs journées "
           "entre la maison et le bureau. Les employeurs y voient aussi un moyen de réduire le coût des locaux, "
           "mais beaucoup craignent une perte de lien entre les membres des équipes.")
DE_TEXT = ("Die Stadtbibliothek hat im vergangenen Jahr ihr Angebot deutlich erweitert. Neben Büchern können die "
           "Besucher jetzt auch Werkzeuge, Spiele und Musikinstrumente für zwei Wochen ausleihen. Das neue Angebot "
           "wird vor allem von jungen Familien genutzt, die so Geld sparen und Dinge ausprobieren können, bevor "
           "sie diese selbst kaufen.")
ZH_TEXT = ("城市里的共享单车在过去几年发展得非常快。人们可以用手机扫码开锁，骑到目的地后把车停在路边的指定区域。"
           "这种方式让短途出行变得更加方便，也减少了汽车带来的拥堵和污染，但是乱停乱放的问题也让城市管理者很头疼。")

STITCHED = [
    pytest.param(f"Summarise the text below in one sentence.\n\n{EN_TEXT}",
                 "Urban beekeeping has grown quickly across many European cities, where hives are kept on rooftops, "
                 "balconies and in community gardens because they help pollinate the plants of public green spaces.",
                 id="en"),
    pytest.param(f"Résume ce texte en une seule phrase.\n\n{FR_TEXT}",
                 "Le télétravail s'est largement répandu dans les entreprises françaises : il permet de gagner du "
                 "temps sur les trajets quotidiens et de réduire le coût des locaux.",
                 id="fr"),
    pytest.param(f"Fasse den folgenden Text in einem Satz zusammen.\n\n{DE_TEXT}",
                 "Die Stadtbibliothek hat ihr Angebot deutlich erweitert: Besucher können jetzt auch Werkzeuge, Spiele "
                 "und Musikinstrumente ausleihen, was vor allem von jungen Familien genutzt wird.",
                 id="de"),
    pytest.param(f"用一句话总结下面的段落。\n\n{ZH_TEXT}",
                 "城市里的共享单车发展得非常快，让短途出行变得更加方便，但是乱停乱放的问题也让城市管理者很头疼。",
                 id="zh"),
]


@pytest.mark.parametrize("prompt, output", STITCHED)
def test_a_summary_stitched_from_pieces_of_the_passage_is_work_on_it_not_an_echo(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "pieces of the passage" in verdict.explain()


EN_PROMPT = f"Summarise the text below in one sentence.\n\n{EN_TEXT}"
STILL_ECHOES = [
    pytest.param(EN_PROMPT, EN_TEXT, id="the-passage-copied-whole"),
    pytest.param(EN_PROMPT, EN_PROMPT, id="the-prompt-copied-whole"),
    pytest.param(EN_PROMPT, EN_TEXT.split(". ")[0] + ".", id="the-passages-opening-copied"),
    pytest.param(EN_PROMPT, EN_TEXT.split(". ")[1] + ".", id="one-sentence-of-it-copied"),
    pytest.param(f"Résume ce texte en une seule phrase.\n\n{FR_TEXT}", FR_TEXT, id="fr-the-passage-copied-whole"),
]


@pytest.mark.parametrize("prompt, output", STILL_ECHOES)
def test_the_passage_or_one_stretch_of_it_copied_still_echoes(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_pieces_of_the_passage_said_at_its_length_still_echo():
    # Two sentences of the passage, in the other order: pieces from two places, but as long as a copy.
    sentences = EN_TEXT.split(". ")
    verdict = judge(EN_PROMPT, sentences[2] + " " + sentences[1] + ".")
    assert not verdict.answers and verdict.drifts, verdict.explain()


OWN_WORDS = [
    pytest.param(EN_PROMPT, "City beekeeping is booming in Europe, with rooftop hives producing distinctive honey "
                            "and helping to pollinate urban parks.", id="en"),
    pytest.param(f"Résume ce texte en une seule phrase.\n\n{FR_TEXT}",
                 "Le travail à distance fait gagner du temps aux salariés et de l'argent aux entreprises, au risque "
                 "d'affaiblir la cohésion des équipes.", id="fr"),
    pytest.param(f"用一句话总结下面的段落。\n\n{ZH_TEXT}", "共享单车方便了市民短途出行，但停放混乱给管理带来了难题。", id="zh"),
]


@pytest.mark.parametrize("prompt, output", OWN_WORDS)
def test_a_summary_in_its_own_words_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- the prompt's text laid out anew --------------------------------------------------------------------------
# A conversion asked for ("Convert this to YAML: {...}") says every word of the text it converts, in order, as an
# echo does; but it writes other marks between them. The text said back as written, or a list of options said back
# one a line where no layout was asked for, is still an echo.

YAML_REQUEST = 'Convert this to YAML:\n{"server": {"host": "localhost", "port": 8080}, "debug": true}'


def test_json_converted_to_the_yaml_asked_for_is_no_echo():
    verdict = judge(YAML_REQUEST, "server:\n  host: localhost\n  port: 8080\ndebug: true")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_json_said_back_as_written_is_still_an_echo():
    verdict = judge(YAML_REQUEST, '{"server": {"host": "localhost", "port": 8080}, "debug": true}')
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_options_said_back_one_a_line_are_still_an_echo():
    prompt = ("The closest category for the text above should be (select one from tech, business, sport, "
              "entertainment, or politics):")
    verdict = judge(prompt, "Tech\n\nBusiness\n\nSport\n\nEntertainment\n\nPolitics")
    assert not verdict.answers and verdict.drifts, verdict.explain()


STEPS_REQUEST = ("Turn this into a numbered list of steps:\n\nFirst preheat the oven to 200 degrees, then slice the "
                 "potatoes thinly, toss them in oil and salt, and bake them for 25 minutes.")


def test_a_paragraph_cut_into_the_numbered_steps_asked_for_is_no_echo():
    output = ("1. Preheat the oven to 200 degrees.\n2. Slice the potatoes thinly.\n3. Toss them in oil and salt.\n"
              "4. Bake them for 25 minutes.")
    verdict = judge(STEPS_REQUEST, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_paragraph_said_back_as_written_for_a_list_is_still_an_echo():
    output = ("First preheat the oven to 200 degrees, then slice the potatoes thinly, toss them in oil and salt, and "
              "bake them for 25 minutes.")
    verdict = judge(STEPS_REQUEST, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


WARRANTY = ("Based on this passage, how long does the warranty last?\n\n\"All Brightline kettles come with a two-year "
            "warranty from the date of purchase. The warranty covers manufacturing defects but not damage caused by "
            "limescale or misuse.\"")


def test_a_short_answer_lifted_from_inside_a_sentence_of_the_passage_is_no_echo():
    verdict = judge(WARRANTY, "Two years from the date of purchase.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_sentence_of_the_passage_said_back_from_its_start_is_still_an_echo():
    verdict = judge(WARRANTY, "The warranty covers manufacturing defects but not damage caused by limescale or misuse.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
