"""A question's word said again in another of its forms, in a language that inflects at the word's end.

Ukrainian, Russian, German, French and most other languages change a word's ending with its role in the
sentence: a request about "Магеллана" (genitive) is answered about "Магеллан" (nominative), one about
"Elektromotoren" about "ein Elektromotor". English's crude stem (dogs -> dog) strips English endings
only, so such an answer named none of the question's words and was judged off topic. For a question
not in English, a topic word is also named by a word sharing all of it but its last one or two letters,
while enough letters remain to stand for the word.

And a reply in another language than the question's names the question's words by their shared stem
(see test_replies_in_another_language.py); a stem written with one letter changed ("Präsident" /
"president", "Demokratie" / "democracy") is still that stem.

Constructed outputs written for these tests, each with its near miss: a ramble in the question's
language that names none of its words in any form stays off topic, and ordinary answers in English,
French and Chinese keep their verdict.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import stem

from .samples import chatml

ALPACA = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
          "request.\n\n### Instruction:\n{}\n\n### Response:\n")


INFLECTED = [
    pytest.param(
        "Розкажи про подорож Магеллана.",
        "Фернан Магеллан був португальським мореплавцем на службі Іспанії. У 1519 році він вирушив на "
        "захід з п'ятьма кораблями, знайшов протоку на півдні Америки і першим перетнув Тихий океан, "
        "хоча сам загинув на Філіппінах.",
        id="ukrainian"),
    pytest.param(
        "Расскажи мне о Менделееве.",
        "Дмитрий Менделеев был русским химиком. Он составил периодическую таблицу элементов и "
        "предсказал свойства элементов, которые ещё не были открыты, оставив для них пустые клетки.",
        id="russian"),
    pytest.param(
        "Erkläre die Funktionsweise von Elektromotoren.",
        "Ein Elektromotor wandelt elektrische Energie in Bewegung um: Strom fließt durch eine Spule, "
        "erzeugt ein Magnetfeld, und dieses dreht den Anker zwischen festen Magneten immer weiter.",
        id="german"),
]


@pytest.mark.parametrize(("request_", "reply"), INFLECTED)
def test_an_answer_naming_the_questions_word_in_another_form_answers(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "in another form" in verdict.explain()  # the evidence says how the topic was named


UNRELATED = [
    pytest.param(
        "Розкажи про подорож Магеллана.",
        "Сьогодні в нашому селі свято. На площі з самого ранку грає оркестр, і бабусі продають "
        "вареники з вишнями. Увечері всі підуть на танці біля старої школи.",
        id="ukrainian"),
    pytest.param(
        "Расскажи мне о Менделееве.",
        "Вчера шёл сильный дождь, и мы весь вечер сидели дома. Бабушка пекла пироги с капустой, а дети "
        "играли в шашки у окна и слушали радио.",
        id="russian"),
    pytest.param(
        "Erkläre die Funktionsweise von Elektromotoren.",
        "Der Bäcker an der Ecke öffnet jeden Morgen um sechs Uhr, und vor seiner Tür steht schon eine "
        "lange Schlange. Am Wochenende gibt es frischen Kuchen mit Kirschen.",
        id="german"),
]


@pytest.mark.parametrize(("request_", "reply"), UNRELATED)
def test_a_ramble_naming_no_form_of_the_questions_words_stays_off_topic(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_word_sharing_only_a_short_opening_with_a_topic_word_does_not_name_it():
    # "Rolle" keeps all its five letters: "Rollschuh" opens as it does, but shares no ending cut from it.
    reply = ("Am Sonntag sind wir mit den Rollschuhen im Park gefahren und haben danach ein Eis gegessen. "
             "Das Wetter war schön und warm, und die Kinder wollten gar nicht nach Hause.")
    verdict = judge(ALPACA.format("Was ist die Rolle eines Schiedsrichters?"), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_english_question_keeps_its_words_whole():
    # "history" cut to "histo" would name "histogram": an English question is matched by English stems only.
    reply = ("A histogram groups values into bins and draws a bar for each bin, so you can see at a glance "
             "where most of the measurements fall and how widely they spread.")
    verdict = judge(ALPACA.format("Tell me about the history of Vienna."), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("request_", "reply"), [
    pytest.param("Tell me about Magellan's voyage.",
                 "Ferdinand Magellan led the first expedition to sail around the world, leaving Spain in 1519 "
                 "with five ships; he died in the Philippines, and one ship made it home.", id="english"),
    pytest.param("Parle-moi des volcans d'Islande.",
                 "Les volcans islandais sont nombreux car l'île est posée sur la dorsale médio-atlantique : "
                 "l'Eyjafjallajökull a bloqué le trafic aérien européen en 2010.", id="french"),
    pytest.param("请介绍一下麦哲伦的航行。",
                 "麦哲伦于1519年率领五艘船从西班牙出发，穿过南美洲南端的海峡，进入太平洋，船队最终完成了第一次环球航行。",
                 id="chinese"),
])
def test_ordinary_answers_in_other_languages_keep_their_verdict(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a shared stem written with one letter changed ----------------------------------------------------

@pytest.mark.parametrize(("request_", "reply"), [
    pytest.param("Welche Befugnisse hat der Präsident?",
                 "The president can veto bills passed by the legislature, appoints the members of the cabinet "
                 "and commands the armed forces.", id="präsident-president"),
    pytest.param("Was sind die Vorteile einer Demokratie?",
                 "A democracy lets citizens choose and replace their leaders in free elections, protects "
                 "their rights under law, and settles disagreements peacefully.", id="demokratie-democracy"),
])
def test_an_english_answer_naming_a_german_word_with_one_letter_changed_answers(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "shared stem" in verdict.explain()


def test_an_english_ramble_one_letter_from_a_german_word_only_at_its_start_stays_off_topic():
    # "presents" and "Präsident" share only "pr" and "s": the letter changed must sit inside a long shared opening.
    reply = ("We wrapped the presents on Christmas Eve and put them under the tree; the children woke up at "
             "dawn and opened every box before breakfast.")
    verdict = judge(ALPACA.format("Welche Befugnisse hat der Präsident?"), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_consonant_changed_inside_a_shared_opening_makes_another_word():
    # "content" and "concentrarse" open alike but for one letter (t / c): a translation changes a vowel
    # (Präsident / president) or a spelling (k / c), not one consonant for another.
    reply = ("Para concentrarse mejor hay que dormir bien, apagar el teléfono por la noche y estudiar "
             "siempre a la misma hora en un lugar tranquilo.")
    verdict = judge(ALPACA.format("How do I write good content for my blog?"), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("word", "stem_"), [
    ("feelings", "feel"), ("buildings", "build"), ("meetings", "meet"),  # -ings: the verb under the noun
    ("earrings", "earr"), ("weddings", "wedd"),  # not "ear", "wed": a doubled letter stays
    ("things", "thing"), ("kings", "king"), ("strings", "string"),  # too short to lose "ing"
    ("dogs", "dog"), ("training", "train"), ("sitting", "sit"),
])
def test_an_english_word_is_stemmed_to_what_its_other_forms_open_with(word, stem_):
    assert stem(word) == stem_


def test_a_reply_saying_feel_for_a_question_about_feelings_is_on_topic():
    verdict = judge(chatml("Do you have feelings?"),
                    "I can't feel emotions the way people do. I'm a language model: I process text and write replies, "
                    "so when I sound cheerful, that is a style of writing rather than a mood.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
