"""A translation request whose text stands in a field ("Translate the given German sentence to French ...\\nGerman:
<sentence>\\nFrench:"): the translation is in another language than the request's instruction, so it need not name
its words nor the sentence's, whatever language the sentence to translate is in. A reply in the sentence's own
language is no translation: an unrelated sentence in it is off topic. Constructed for these tests, not copied from a
labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

INSTRUCTION = "Translate the given German sentence to French and return the French sentence only."
SENTENCE = ("Nun werde ich dich lehren, zwischen meinen Büchern umherzustöbern, denn sie gehören mir, und das ganze "
            "Haus gehört mir.")


def prompt(sentence=SENTENCE, instruction=INSTRUCTION, source="German", target="French"):
    return f"{instruction}\n{source}: {sentence}\n{target}:"


@pytest.mark.parametrize("output", [
    "Maintenant, je vais t'apprendre à fouiller dans mes livres, car ils sont à moi, et toute la maison est à moi.",
    "Je vais t'apprendre à fouiller parmi mes livres : ils m'appartiennent, comme toute la maison.",
])
def test_a_translation_of_the_fields_sentence_answers_without_drift(output):
    verdict = judge(prompt(), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_same_with_the_instruction_in_another_language_than_english():
    verdict = judge(prompt(instruction="Traduisez la phrase allemande en anglais.", target="English"),
                    "Now I will teach you to rummage among my books, for they are mine, and the whole house is mine.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_unrelated_sentence_in_the_language_of_the_sentence_to_translate_is_off_topic():
    verdict = judge(prompt(), "Die Franzosen sind sehr begeistert von der französischen Küche und essen gern Käse.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_unrelated_sentence_in_the_requests_own_language_is_still_off_topic():
    verdict = judge(prompt(), "The weather in the mountains was cold and windy all week, and the roads were closed.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A label naming a language closing the prompt asks for the text above in that language: a translation, whatever
# words the request has ("English: ...\nFrench:", "<a paragraph>\nSpanish:", "Русский: ...\nАнглийский:").
NEWSLETTER = ("Thank you for signing up to our newsletter. Every Friday you will receive a short email with our latest "
              "recipes, seasonal shopping tips and a discount code for our online store. If you ever want to stop "
              "receiving these emails, just click the unsubscribe link at the bottom of any message.")


@pytest.mark.parametrize(("prompt", "output"), [
    ("English: I love cheese and bread.\nFrench:", "J'aime le fromage et le pain."),
    ("German: Das Wetter ist heute schön, also gehen wir an den Strand.\nEnglish:",
     "The weather is nice today, so we are going to the beach."),
    (f"{NEWSLETTER}\nSpanish:", "Gracias por suscribirte a nuestro boletín. Cada viernes recibirás un breve correo "
                                "electrónico con nuestras recetas más recientes, consejos de compra de temporada y un "
                                "código de descuento para nuestra tienda en línea."),
    ("Переведи на английский.\nРусский: Я опоздал на автобус.\nАнглийский:", "I missed the bus."),
])
def test_a_translation_under_a_label_naming_its_language_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_translation_then_a_new_pair_of_the_prompts_labels_answers_and_drifts():
    verdict = judge("Vietnamese: Bạn có thể nói chậm hơn được không?\nEnglish:",
                    "Could you speak more slowly?\nVietnamese: Cảm ơn bạn rất nhiều.\nEnglish: Thank you very much.")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Переведи на английский.\nРусский: Я опоздал на автобус.\nАнглийский:", "Я опоздал на автобус."),
    (prompt("Ich habe Hunger und Durst."), "Ich habe Hunger und Durst."),
    ("German: Das Wetter ist heute schön, also gehen wir an den Strand.\nEnglish:",
     "Das Wetter ist heute schön, also gehen wir an den Strand."),
])
def test_the_text_to_translate_said_back_is_an_echo(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_language_closing_a_list_of_other_keys_is_a_key_no_translation_asked():
    from why_finetune.judges import Thresholds
    from why_finetune.judges.question import TRANSLATION
    from why_finetune.judges.reading import Reading

    grades = ("Here are my grades this term. Fill in the last one with a plausible grade.\nMaths: B\nHistory: C+\n"
              "Biology: B+\nEnglish:")
    assert Reading(grades, " B-", Thresholds()).question.kind != TRANSLATION
    assert Reading("English: I love cheese.\nFrench:", " J'aime le fromage.", Thresholds()).question.kind == TRANSLATION


# A translation is text in a language: program text after it, where the request holds and asks for none, is the
# page going on, off the task (a base model's notebook cell after the sentence).
@pytest.mark.parametrize("output", [
    "Une autre chose m'a grandement surpris.\n\n```java\npublic String translateSentence(String sentence) {\n"
    "    return \"Hello, World!\";\n}\n```",
    "Une autre chose m'a grandement surpris. \nCode: \nint main() { \n  std::string s(\"Noch eine Sache\"); \n  return 0;",
])
def test_code_after_the_translation_answers_and_drifts(output):
    verdict = judge(prompt("Noch eine andere Sache hat mich höchlichst überrascht."), output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_note_after_the_translation_is_no_code():
    verdict = judge(prompt("Noch eine andere Sache hat mich höchlichst überrascht."),
                    "Une autre chose m'a grandement surpris.\n\nNotes:\n- höchlichst: very much (old-fashioned)\n"
                    "- grandement: greatly (the same tone)")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_code_asked_to_be_translated_is_the_work():
    verdict = judge("Translate this Python code to JavaScript:\n\ndef add(a, b):\n    return a + b",
                    "Here it is:\n\nfunction add(a, b) {\n  return a + b;\n}")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A request in another language than English over an English text asks, most often, for the text in its own language
# ("انگریزی سے اردو ترجمہ:", "English to Urdu translation:"): a reply in it is a translation, about as long as the text.
LIBRARY = ("The library opens at nine in the morning and closes at six in the evening. Children under twelve must be "
           "accompanied by an adult.")
URDU_REQUEST = f"انگریزی سے اردو ترجمہ:\n\n{LIBRARY}"
ARABIC_REQUEST = f"ترجم النص التالي:\n\n{LIBRARY}"


@pytest.mark.parametrize(("prompt", "output"), [
    (URDU_REQUEST, "لائبریری صبح نو بجے کھلتی ہے اور شام چھ بجے بند ہوتی ہے۔ بارہ سال سے کم عمر بچوں کے ساتھ کسی بالغ کا "
                   "ہونا ضروری ہے۔"),
    (ARABIC_REQUEST, "تفتح المكتبة في التاسعة صباحًا وتغلق في السادسة مساءً. يجب أن يرافق الأطفالَ دون الثانية عشرة شخصٌ "
                     "بالغ."),
])
def test_a_translation_into_the_requests_own_language_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_unrelated_sentence_in_the_texts_language_under_a_request_in_another_is_still_off_topic():
    verdict = judge(URDU_REQUEST, "My grandmother has grown vegetables in the small garden behind her house for "
                                  "forty years.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A sentence in the language of the text to translate is no translation (`prompt.source_language`): in its place, no
# answer at any length; after one, the text going on or said again.
FRENCH = "Maintenant, je vais t'apprendre à fouiller dans mes livres, car ils sont à moi, et toute la maison est à moi."


def test_a_short_unrelated_sentence_in_the_texts_language_is_no_answer():
    verdict = judge(prompt(), "Die Kinder lachen laut, als sie im Park spielen.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.source_language" in [e.measure for e in verdict.evidence], verdict.explain()


@pytest.mark.parametrize("after", [
    pytest.param("\n\nIn diesem Augenblick hörte ich eine Stimme an der Tür, und ich stand auf.", id="the-story-goes-on"),
    pytest.param(f"\nSolution: {SENTENCE}", id="the-text-said-again"),
    pytest.param("« »Nein, das werde ich nicht ertragen,« murmelte ich und stand auf.",
                 id="the-story-goes-on-after-a-closing-quote-on-the-same-line"),
])
def test_the_texts_language_after_a_translation_answers_and_drifts(after):
    verdict = judge(prompt(), FRENCH + after)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.source_language" in [e.measure for e in verdict.evidence], verdict.explain()


@pytest.mark.parametrize(("request_prompt", "output"), [
    pytest.param(prompt(instruction="Übersetze den deutschen Satz ins Englische.", target="English"),
                 "Hier ist die Übersetzung:\nNow I will teach you to rummage among my books, for they are mine, and "
                 "the whole house is mine.", id="a-request-in-the-texts-own-language"),
    pytest.param(prompt(), FRENCH + " (« Umherstöbern » veut dire fouiller.)", id="a-word-of-the-text-quoted"),
    pytest.param(prompt(), "Hier ist die Übersetzung ins Französische:\n" + FRENCH, id="an-announcing-line"),
])
def test_a_translation_with_words_of_the_texts_language_around_it_answers_without_drift(request_prompt, output):
    verdict = judge(request_prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_remark_on_the_text_in_its_own_language_is_no_translation_and_no_drift():
    verdict = judge(prompt(), "Der Satz ist grammatisch korrekt und gut verständlich.")
    assert not verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("request_prompt", "output"), [
    pytest.param("Μετάφρασε στα αγγλικά:\n\nΤο πλοίο για τη Σαντορίνη αναχωρεί στις επτά το πρωί από τον Πειραιά.",
                 "The ferry to Santorini leaves at seven in the morning from Piraeus.", id="greek"),
    pytest.param("日本語に訳してください：\n\nThank you for your patience. We will reply to your inquiry within two "
                 "business days.", "お待ちいただきありがとうございます。お問い合わせには2営業日以内にご返信いたします。",
                 id="japanese-yakushite"),
])
def test_a_translation_asked_in_more_languages_answers(request_prompt, output):
    verdict = judge(request_prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# An instruction template whose instruction field asks for the translation: that field is the request, not the text
# to translate, and a sentence opening as the request's asking sentence does is the request said again.
DUTCH = ("Below is an instruction that describes a task, paired with an input that provides further context. Write a "
         "response that appropriately completes the request.\n\n### Instruction:\nYou are a helpful assistant who "
         "translates old Dutch into English. Keep the names as they are. Please translate the following old Dutch "
         "sentence into modern English:\n\n### Input:\nWaar is haar zoon gebleven?\n\n### Response:\n")


def test_a_translation_in_the_language_of_the_instruction_field_answers():
    verdict = judge(DUTCH, "Where has her son gone?")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("Please translate the old Dutch sentence into modern English", id="said-back-less-a-word"),
    pytest.param('Please translate the sentence "Waar is haar', id="with-the-text-quoted"),
])
def test_the_request_to_translate_said_again_is_no_answer_and_drifts(output):
    verdict = judge(DUTCH, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_few_shot_translation_with_an_example_pair_above_answers():
    # The example's French is a field too; the text to translate is the one next to the open label.
    verdict = judge("Translate the German sentences to French.\nGerman: Ich bin heute sehr müde.\nFrench: Je suis très "
                    f"fatigué aujourd'hui.\nGerman: {SENTENCE}\nFrench:", FRENCH)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_note_in_english_after_the_translation_under_a_short_english_request_is_no_drift():
    verdict = judge("Translate to French:\nEnglish: I would like a cup of coffee with milk, please.\nFrench:",
                    "Je voudrais une tasse de café au lait, s'il vous plaît.\n\nNote: In French, the phrase \"café au "
                    "lait\" means coffee with milk.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_preface_in_the_texts_language_before_the_translation_is_no_drift():
    verdict = judge(prompt(), "Hier ist die Übersetzung ins Französische. " + FRENCH)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_sentence_in_the_texts_language_on_its_words_is_no_translation_and_no_drift():
    verdict = judge(prompt(), "Die Bücher und das ganze Haus gehören dem Sprecher.")
    assert not verdict.answers and not verdict.drifts, verdict.explain()


def test_unrelated_text_in_a_french_requests_language_is_no_translation_into_it():
    # A request in French over a German text names English as the target: a French sentence is no translation.
    verdict = judge(prompt(instruction="Traduisez la phrase allemande en anglais.", source="Allemand",
                           target="Anglais"), "Le chat dort sur le canapé depuis ce matin et ne veut pas bouger.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


URDU_CHAT = ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nانگریزی سے اردو ترجمہ:\n\n"
             "Open the window, please. It is very hot in here today, and the fan in the corner is broken."
             "<|im_end|>\n<|im_start|>assistant\n")


def test_a_translation_into_the_requests_script_naming_none_of_its_words_answers():
    verdict = judge(URDU_CHAT, "براہ کرم کھڑکی کھول دیں۔ آج یہاں بہت گرمی ہے، اور کونے والا پنکھا خراب ہے۔")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("question", "asks"), [
    pytest.param("ترجم النص التالي إلى الإنجليزية: صباح الخير", True, id="arabic-translate"),
    pytest.param("كم عدد المترجمين العاملين في الأمم المتحدة؟", False, id="arabic-translators"),
    pytest.param("כמה שעות תרגול ביום צריך כדי ללמוד לנגן?", False, id="hebrew-practice"),
    pytest.param("Ποια είναι η καλύτερη εφαρμογή μετάφρασης για το κινητό;", False, id="greek-noun"),
])
def test_a_translation_verb_is_read_whole(question, asks):
    from why_finetune.judges.question import read_question

    assert (read_question(question).kind == "translation") == asks


def test_the_text_after_the_requests_colon_going_on_after_its_translation_drifts():
    verdict = judge("Translate the following sentence into French: Das Wetter ist heute sehr schön.",
                    "Il fait très beau aujourd'hui, le ciel est bleu et il y a du soleil partout.\n\nWir gehen "
                    "später in den Park.")
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.source_language" in [e.measure for e in verdict.evidence], verdict.explain()


def test_a_request_in_latin_letters_naming_its_language_is_answered_in_that_languages_script():
    verdict = judge(URDU_CHAT.replace("انگریزی سے اردو ترجمہ:", "Ye chhota paragraph Urdu mein translate karo:"),
                    "براہ کرم کھڑکی کھول دیں۔ آج یہاں بہت گرمی ہے، اور کونے والا پنکھا خراب ہے۔")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# An English request to put a text of another language into English, the text in an instruction template's input
# field: the translation is in the request's own language, and names none of its words ("translate", "Dutch").
INTO_ENGLISH = ("### Instruction:\nTranslate the early modern Dutch text into contemporary English.\n\n### Input:\n"
                "Indien men wilde aannemen dat de kapitein dat had gezegd, hij iets buijten zijn vermoogen soude hebben "
                "ondernomen.\n\n### Response:\n")


def test_a_translation_into_english_asked_in_english_answers_without_drift():
    verdict = judge(INTO_ENGLISH, "If one were to assume that the captain had said that, he would have undertaken "
                                  "something beyond his ability.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_page_of_unrelated_english_under_a_request_into_english_is_still_off_topic():
    verdict = judge(INTO_ENGLISH, "My grandmother has grown vegetables in the small garden behind her house for forty "
                                  "years. Every spring she plants tomatoes, beans and squash, and every autumn she "
                                  "gives most of them away to the neighbours, who bring her jam in return. " * 2)
    assert verdict.drifts, verdict.explain()


# The same request under the instruction template's preamble ("Below is an instruction ... paired with an input"),
# where the instruction's own field comes before the text's: the request said back in the replier's words is no
# translation, and copying the request is an echo, not work on the text in the fields.
ALPACA_INTO_ENGLISH = (
    "Below is an instruction that describes a task, paired with an input that provides further context. Write a "
    "response that appropriately completes the request.\n\n### Instruction:\nKeep the sentence length of the "
    "original. Please translate the following early modern Dutch text sentence into contemporary English text:\n\n"
    "### Input:\nWaarmeede de deposante haare verleende klagt depositie ijndigende, betuigd derselver inhoud de "
    "opregte en suivere waarheijd is behelsende.\n\n### Response:\n")


def test_the_request_said_back_in_the_repliers_words_is_no_translation_and_an_echo():
    verdict = judge(ALPACA_INTO_ENGLISH, "Please provide the translation of the early modern Dutch text sentence into "
                                         "contemporary English text.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_translation_naming_the_texts_names_under_the_preamble_answers_without_drift():
    verdict = judge(ALPACA_INTO_ENGLISH, "With which the deponent, ending her complaint, declares its content to be "
                                         "the honest and pure truth.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(chatml("Translate into German: Apple CEO Tim Cook met Microsoft CEO Satya Nadella in Seattle."),
                 "Apple-CEO Tim Cook traf Microsoft-CEO Satya Nadella in Seattle.", id="names-kept"),
    pytest.param(chatml("Translate to German: New York, London, Paris, Tokyo, Berlin"),
                 "New York, London, Paris, Tokio, Berlin", id="place-names"),
    pytest.param(chatml("Translate into Spanish: Tim Cook, Satya Nadella, Sundar Pichai, Lisa Su and Jensen Huang."),
                 "Tim Cook, Satya Nadella, Sundar Pichai, Lisa Su y Jensen Huang.", id="every-name-kept"),
])
def test_a_translation_keeping_the_texts_names_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_whole_text_quoted_in_its_own_language_is_no_translation_and_an_echo():
    prompt = ("Translate the given text into Amharic.\n\nContext:\nPart of me feels like I've given up on hearing from "
              "the Sentinel.")
    verdict = judge(prompt, "The sentence \"Part of me feels like I've given up on hearing from the Sentinel\" is in "
                            "English.")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
