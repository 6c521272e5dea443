"""A question in another language is judged by its content words, as an English one is.

The words that only hold a sentence together ("er", "og", "med" in Norwegian; "die", "ist", "für"
in German; "el", "de", "para" in Spanish) are in any text of that language. Read as topic words, they
make any reply in the question's language look on topic: a base model's unrelated paragraph would
"answer". The function words of the question's own language are left out of its topic words, as
English ones are. Constructed outputs written for these tests.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.language import FUNCTION_WORDS, function_words_of
from why_finetune.judges.text import STOPWORDS, WORD_RE
from why_finetune.judges.topic import topic_words

UNRELATED = [
    pytest.param(
        "Hva er fordelene med elbiler for en familie?",
        "Det er en gammel kirke som ligger midt i byen, og den var bygget av stein for mange hundre år "
        "siden. Den har et høyt tårn med en klokke som ringer hver søndag, og mange går dit om sommeren.",
        id="norwegian"),
    pytest.param(
        "Was sind die Vorteile von Solarenergie für ein Haus?",
        "Die Mannschaft hat am Samstag das Spiel in der letzten Minute gewonnen, und die Fans waren sehr "
        "glücklich. Der Trainer sagte nach dem Spiel, dass es ein schwerer Tag für alle war.",
        id="german"),
    pytest.param(
        "¿Cuáles son las ventajas de aprender a programar para un niño?",
        "El pueblo está en la montaña y tiene una iglesia muy antigua con una torre alta. En el verano "
        "muchos turistas llegan para ver la plaza y comer en los restaurantes del centro.",
        id="spanish"),
    pytest.param(
        "Những lợi ích của việc học bơi cho trẻ em là gì?",
        "Hà Nội là thủ đô của Việt Nam và có nhiều hồ đẹp. Vào mùa thu, thời tiết mát mẻ và người dân thường "
        "đi dạo quanh phố cổ với bạn bè vào buổi tối.",
        id="vietnamese"),
    pytest.param(
        "Apa manfaat olahraga pagi untuk kesehatan?",
        "Kota itu terletak di tepi sungai dan memiliki pasar yang ramai. Pada akhir pekan, banyak orang datang "
        "untuk membeli buah dan ikan segar dari para nelayan.",
        id="indonesian"),
    pytest.param(
        "Care sunt avantajele mersului pe bicicletă în oraș?",
        "Muzeul din centrul vechi are o colecție mare de picturi și sculpturi. În fiecare duminică, mulți "
        "turiști vin să vadă expozițiile și să bea o cafea în grădina lui.",
        id="romanian"),
    pytest.param(
        "پاکستان میں چائے کے کیا فائدے ہیں اور لوگ اسے کیوں پیتے ہیں؟",
        "لاہور ایک بہت پرانا شہر ہے اور اس کی گلیوں میں بہت سی تاریخی عمارتیں ہیں۔ ہر سال بہت سے سیاح یہاں آتے ہیں اور "
        "بازاروں میں کھانے کا مزہ لیتے ہیں۔",
        id="urdu"),
]

ANSWERS = [
    pytest.param(
        "Hva er fordelene med elbiler for en familie?",
        "Elbiler er billige i drift: strøm koster mindre enn bensin, og det er lite vedlikehold. For en "
        "familie betyr det også stille turer og ingen eksos i garasjen.",
        id="norwegian"),
    pytest.param(
        "Was sind die Vorteile von Solarenergie für ein Haus?",
        "Solarenergie senkt die Stromkosten, weil das Haus einen Teil seines Stroms selbst erzeugt. "
        "Überschüsse können ins Netz eingespeist werden, und die Anlage braucht wenig Wartung.",
        id="german"),
    pytest.param(
        "¿Cuáles son las ventajas de aprender a programar para un niño?",
        "Aprender a programar enseña a un niño a resolver problemas paso a paso, mejora su lógica y su "
        "paciencia, y le permite crear sus propios juegos y pequeñas aplicaciones.",
        id="spanish"),
    pytest.param(
        "Những lợi ích của việc học bơi cho trẻ em là gì?",
        "Học bơi giúp trẻ em khỏe mạnh hơn, phát triển cơ bắp và biết cách tự bảo vệ mình khi ở gần nước. "
        "Bơi cũng giúp trẻ tự tin hơn và ngủ ngon hơn.",
        id="vietnamese"),
    pytest.param(
        "Apa manfaat olahraga pagi untuk kesehatan?",
        "Olahraga pagi membuat tubuh lebih segar dan menjaga kesehatan jantung. Udara pagi juga masih bersih, "
        "sehingga tidur malam menjadi lebih nyenyak.",
        id="indonesian"),
    pytest.param(
        "Care sunt avantajele mersului pe bicicletă în oraș?",
        "Mersul pe bicicletă în oraș este ieftin și sănătos: nu plătești benzină, eviți aglomerația și faci "
        "mișcare zilnic. Bicicleta se parchează ușor oriunde.",
        id="romanian"),
]


@pytest.mark.parametrize(("prompt", "output"), UNRELATED)
def test_an_unrelated_paragraph_in_the_questions_language_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), ANSWERS)
def test_an_answer_in_the_questions_language_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_questions_function_words_are_not_its_topic_words():
    stems, _ = topic_words("Hva er fordelene med elbiler for en familie?")
    assert set(stems) == {"fordelene", "elbiler", "familie"}, stems


def test_the_language_is_read_from_two_function_words_at_least():
    def words(text):
        return WORD_RE.findall(text.lower())

    assert function_words_of(words("Hva er fordelene med elbiler?"), STOPWORDS) >= FUNCTION_WORDS["norwegian"]
    # English questions keep the English list only; one word that is also Italian's "ai" names no language.
    assert function_words_of(words("What are the advantages of electric cars?"), STOPWORDS) == frozenset()
    assert function_words_of(words("AIとは何ですか"), STOPWORDS) == frozenset()
