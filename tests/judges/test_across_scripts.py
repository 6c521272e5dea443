"""Replies whose words cannot be the question's words: a question quoting a phrase in another script
and answered in the asker's own; a request for code, whose reply names things as code does. Each
on constructed outputs written for these tests (not copied from any labelled corpus), with the
near miss that must keep its verdict."""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.text import WORD_RE, parse_prompt

# --- a phrase in another script, explained in the asker's own ---------------------------------------
# The question's topic words are the quoted phrase's, in Cyrillic or Latin letters; the answer, in
# Chinese like the question around the quote, translates or explains it and cannot name them.


def test_a_chinese_explanation_of_a_quoted_russian_line_answers():
    prompt = "“Утро в сосновом лесу тихое и светлое.”这句话是什么意思？"
    output = "这句话的意思是：松树林里的早晨安静而明亮。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "сосновом" in verdict.explain()  # the evidence says which words it was not held to


def test_a_chinese_translation_of_a_quoted_latin_motto_answers():
    prompt = "### Instruction:\n“Festina lente”是什么意思？\n\n### Response:\n"
    output = "这是一句拉丁语格言，意思是：慢慢地赶快，做事要又快又稳。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_unrelated_chinese_ramble_to_an_english_question_stays_off_topic():
    # The question is written in Latin letters only: a reply in Chinese is in another language, not
    # an explanation of a quote, and is still held to the question's words.
    prompt = "Why do cats purr when they are stroked?"
    output = "本店所有商品均为正品，欢迎选购。付款后三天内发货，节假日顺延。如有质量问题请联系客服，我们将尽快为您处理退换货事宜。"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_unquoted_word_in_latin_letters_still_holds_a_japanese_reply():
    # Japanese writes "GPU" or "AI" in Latin letters inside its own sentences: unquoted, such a word is
    # the question's topic, not a phrase to translate, and web text that never names it is off topic.
    prompt = "指示：GPUはなぜ機械学習に向いているのですか？\n回答："
    output = ("「また来週ね」って言ってたのに、結局だれも来なかった。そんなもんだよ! "
              "------------------------------------------------------------------------------------------")
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- code, asked for in Chinese or Japanese --------------------------------------------------------
# Code names things in its own identifiers, in English whatever the asker's language: a request for
# a sorting function in Chinese is answered by `def insertion_sort(items):`, which names neither 排序
# nor the language asked for. A reply that is code is not held to such a question's words; the same
# reply to a question in Latin letters still is (its identifiers name them).

INSERTION_SORT = (
    "def insertion_sort(items):\n"
    "    for i in range(1, len(items)):\n"
    "        key = items[i]\n"
    "        j = i - 1\n"
    "        while j >= 0 and items[j] > key:\n"
    "            items[j + 1] = items[j]\n"
    "            j -= 1\n"
    "        items[j + 1] = key\n"
    "    return items\n"
)


def test_code_answers_a_request_for_code_written_in_chinese():
    prompt = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
              "request.\n\n### Instruction:\n用python写一个插入排序的函数\n\n### Response:\n")
    verdict = judge(prompt, INSERTION_SORT)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "code: its identifiers need not name" in verdict.explain()


def test_code_answers_a_request_for_code_written_in_japanese_inside_a_llama2_template():
    prompt = ("<s>[INST] <<SYS>>\nBelow is an instruction that describes a task. You MUST speak in Japanese.\n"
              "<</SYS>>\n\n### Instruction:\n挿入ソートをするpythonの関数を書いてください。\n\n [/INST]")
    verdict = judge(prompt, "\n" + INSERTION_SORT.replace("    ", " "))
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_code_on_one_line_broken_by_html_line_breaks_is_code():
    # Outputs copied from a markdown table keep their line breaks as <br/>.
    prompt = "### Instruction:\n用python写一个插入排序的函数\n\n### Response:\n"
    verdict = judge(prompt, INSERTION_SORT.strip().replace("\n", "<br/>"))
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_instruction_header_inside_a_chat_template_is_not_part_of_the_question():
    prompt = "<s>[INST] <<SYS>>\nAnswer in Japanese.\n<</SYS>>\n\n### Instruction:\n猫について教えてください。\n\n [/INST]"
    assert parse_prompt(prompt).query == "猫について教えてください。"


def test_unrelated_code_to_a_request_in_latin_letters_stays_off_topic():
    prompt = "### Instruction:\nWrite a Python function that reverses a string.\n\n### Response:\n"
    output = ("def add_numbers(first, second):\n    total = first + second\n    print(total)\n"
              "    return total\n\nadd_numbers(3, 4)\n")
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- short text off topic, in characters --------------------------------------------------------------
# A Chinese or Japanese character is counted as a word. A reply part of twelve characters that names
# none of the question's words is no answer (reply.on_topic); an output that length which never names
# them drifts off topic by the same count, not only at three times that length.

def test_a_short_page_fragment_in_reply_to_a_japanese_question_drifts_off_topic():
    prompt = "指示：地震が起きたらまず何をすべきですか？\n回答："
    output = "「本当ですか？」\n関連する記事: 5件"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in {e.measure for e in verdict.evidence if e.property == "drifts"}


def test_a_short_japanese_answer_naming_the_questions_words_does_not_drift():
    prompt = "指示：地震が起きたらまず何をすべきですか？\n回答："
    verdict = judge(prompt, "地震の揺れが収まるまで机の下で頭を守ってください。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_few_characters_are_too_short_to_be_off_topic():
    verdict = judge("指示：地震が起きたらまず何をすべきですか？\n回答：", "落ち着くこと。")
    assert not verdict.drifts, verdict.explain()


# --- the prompt's opening, in characters ------------------------------------------------------------
# A line that opens as the prompt does is the next request of its kind. In English the opening is the
# prompt's first two words; in Chinese or Japanese, where a character is counted as a word, two
# characters are less than one word ("世界", the world), and an answer naming the question's subject
# opens with them too. Their opening is as long as two words are: five characters.

def test_a_chinese_answer_restating_the_questions_subject_does_not_drift():
    prompt = "世界上最长的河流是哪一条"
    output = "尼罗河。世界最长的河流———尼罗河，全长约六千六百公里，流经非洲东部和北部，最后注入地中海"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_chinese_questions_of_the_prompts_kind_written_after_it_drift():
    prompt = "中国面积最大的湖泊是哪一个"
    output = "青海湖\n中国面积最大的沙漠是哪一个\n中国面积最大的城市是哪一个\n中国面积最大的岛屿是哪一个"
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "prompt.opening" in {e.measure for e in verdict.evidence if e.property == "drifts"}


# --- the whole question said again, then answered ------------------------------------------------
# A fine-tune that opens by saying the whole question again, word for word up to its end, and then
# answers, answers and drifts: it echoes the prompt. Any language: the question's own words.

def test_the_whole_question_said_again_before_an_answer_is_an_echo_in_chinese():
    prompt = "### Instruction:\n周末下雨不能出门，在家可以做些什么？\n\n### Response:\n"
    output = "周末下雨不能出门，在家可以做些什么？可以看一部电影、读一本小说、学着做一道新菜，或者和家人一起拼拼图。"
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.question_again" in {e.measure for e in verdict.evidence if e.property == "drifts"}


def test_the_whole_question_said_again_before_an_answer_is_an_echo_in_english():
    prompt = "How can I keep basil alive indoors?"
    output = ("How can I keep basil alive indoors? Put it on a sunny windowsill, water it when the top of the soil "
              "feels dry, and pinch off the flowers so it keeps growing leaves.")
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_that_opens_with_the_prompts_words_and_goes_on_is_no_echo():
    verdict = judge("the tallest tree in the world",
                    "The tallest tree in the world is Hyperion, a coast redwood in California, about 116 metres tall.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- scripts with marks on their letters, and scripts written without spaces between words -----------------
# Hindi, Tamil, Thai write vowel signs and tone marks on their letters: a word is the letters with their marks
# ("नमस्ते", not "नमस" and "त"). Thai writes no space between words, only between phrases: a phrase is read as
# one word, and a Thai question's topic is not judged by words.


def test_a_hindi_word_is_read_whole_with_its_vowel_signs():
    assert WORD_RE.findall("भारत की राजधानी नई दिल्ली है") == ["भारत", "की", "राजधानी", "नई", "दिल्ली", "है"]
    assert WORD_RE.findall("தமிழ் மொழி") == ["தமிழ்", "மொழி"]


def test_a_hindi_answer_naming_the_questions_words_answers_and_off_topic_text_does_not():
    prompt = "### Instruction:\nभारत की राजधानी के बारे में बताइए।\n\n### Response:\n"
    answer = "भारत की राजधानी नई दिल्ली है। यह देश का राजनीतिक केंद्र है और यहाँ संसद भवन स्थित है।"
    ramble = ("आज मौसम बहुत अच्छा है। मैं बाजार जाकर सब्ज़ियाँ खरीदूँगा और शाम को दोस्तों से मिलूँगा। फिर हम साथ "
              "में खाना खाएँगे और देर तक बातें करेंगे।")
    assert judge(prompt, answer).answers and not judge(prompt, answer).drifts, judge(prompt, answer).explain()
    assert judge(prompt, ramble).drifts, judge(prompt, ramble).explain()
    assert "राजधानी" in judge(prompt, ramble).explain()  # the word whole, with its vowel signs


def test_a_thai_answer_is_not_held_to_the_latin_words_its_question_quotes():
    prompt = "<human>: ซิม True หมดแพ็คเกจรายปีแล้ว แนะนำให้ย้ายไปค่ายไหนดีครับ <bot>: "
    output = "แนะนำให้ลองดูแพ็กเกจรายเดือนของค่ายอื่นก่อนครับ เลือกที่มีอินเทอร์เน็ตไม่อั้นและค่าบริการไม่แพง"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_thai_phrase_said_again_and_again_is_a_loop():
    prompt = "<human>: แนะนำร้านอาหารในเชียงใหม่หน่อยครับ <bot>: "
    output = " ".join(["ร้านนี้อร่อยมากครับ"] * 30)
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_the_openchatkit_template_is_read_as_a_chat():
    prompt = "<human>: What is the tallest mountain in Africa?\n<bot>:"
    assert parse_prompt(prompt).query == "What is the tallest mountain in Africa?"


# --- a Japanese request opening with its subject ----------------------------------------------------------
# Japanese puts the subject first ("ブロックチェーンについて..."), as Korean does: an answer's later line naming
# it ("ブロックチェーンは、...") opens as the request does, and is no next request.

def test_a_japanese_answer_line_opening_with_the_requests_subject_is_no_next_request():
    prompt = "指示：ブロックチェーンについて専門用語を使わずに教えてください。\n回答："
    output = "よく聞かれる質問です。ブロックチェーンは、取引の記録をみんなで持ち合う帳簿のようなものです。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_request_opening_with_its_subject_said_again_twice_is_still_more_requests():
    prompt = "指示：ブロックチェーンについて専門用語を使わずに教えてください。\n回答："
    output = ("帳簿のようなものです。\nブロックチェーンについて専門用語を使って教えてください。\n"
              "ブロックチェーンについて英語で教えてください。\nブロックチェーンについて短く教えてください。")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- Hindi sentences end at a danda -------------------------------------------------------------------------
# "।" ends a Devanagari sentence as "." ends an English one: the question said again before the answer is a
# sentence of its own, so it is read as the question said again.

def test_a_hindi_answer_opening_with_the_whole_question_said_again_answers_and_drifts():
    prompt = "[INST]सूरज पूर्व से क्यों उगता है, यह दो वाक्यों में समझाइए।[/INST]"
    output = ("सूरज पूर्व से क्यों उगता है, यह दो वाक्यों में समझाइए। पृथ्वी पश्चिम से पूर्व की ओर घूमती है। "
              "इसलिए सूरज हमें पूर्व में उगता हुआ दिखाई देता है।")
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "prompt.question_again" for e in verdict.evidence), verdict.explain()


# --- the asker's next question in other languages -----------------------------------------------------------
# "Frage:", "Pregunta:", "Domanda:" open the asker's next turn as "Question:" does; in a quiz asked for ("Schreibe
# ein Quiz mit zwei Fragen") they are the piece's own lines.

def test_an_answer_then_question_and_answer_pairs_in_german_drifts():
    output = (" Paris ist die Hauptstadt von Frankreich.\n\nFrage: Was ist die Hauptstadt von Spanien?\n"
              "Antwort: Madrid.\n\nFrage: Was ist die Hauptstadt von Portugal?\nAntwort: Lissabon.")
    verdict = judge("Was ist die Hauptstadt von Frankreich?", output)
    assert verdict.drifts and "turns.other_speaker" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_german_quiz_asked_for_is_laid_out_under_its_own_question_labels():
    prompt = ("<|im_start|>user\nSchreibe ein kleines Quiz mit zwei Fragen über Berlin, mit Antworten.<|im_end|>\n"
              "<|im_start|>assistant\n")
    output = ("Frage: Wie viele Einwohner hat Berlin?\nAntwort: Etwa 3,7 Millionen.\n\n"
              "Frage: Wann fiel die Berliner Mauer?\nAntwort: 1989.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a piece asked for in the other languages ----------------------------------------------------------------
# "Dis-moi un fait amusant", "Cuéntame un chiste sobre gatos": the piece need not name its kind, nor the adjective
# after it, but what it is about stays.

def test_a_fact_asked_for_in_french_need_not_name_its_kind():
    verdict = judge("<|im_start|>user\nDis-moi un fait amusant.<|im_end|>\n<|im_start|>assistant\n",
                    "Les pieuvres ont trois cœurs et un sang bleu, et deux de leurs cœurs s'arrêtent quand elles nagent.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_joke_asked_for_in_spanish_is_still_held_to_what_it_is_about():
    ramble = ("El mercado de valores cerró al alza el viernes, con subidas en la banca y en las energéticas, mientras "
              "los bonos bajaron por tercera semana. Los analistas esperan que el banco central mantenga los tipos el "
              "mes que viene y el euro cedió frente al dólar tras unos datos industriales débiles. El petróleo subió "
              "un poco por las dudas sobre la oferta y el oro quedó plano. Las automovilísticas cayeron tras un aviso "
              "de beneficios y el comercio ganó por las ventas de las fiestas. El volumen fue bajo antes del puente.")
    verdict = judge("<|im_start|>user\nCuéntame un chiste sobre gatos.<|im_end|>\n<|im_start|>assistant\n", ramble)
    assert verdict.drifts and not verdict.answers, verdict.explain()


# KoAlpaca's bilingual template glosses its labels ("### Instruction(명령어):"), and Korean writes its particles onto
# foreign words ("Python으로", "uptime을"): the instruction is the question, and "python" one of its words.
KOALPACA = ("Below is an instruction that describes a task.\n아래는 작업을 설명하는 명령어입니다.\n\nWrite a response that "
            "appropriately completes the request.\n명령어에 따른 요청을 적절히 완료하는 응답을 작성하세요.\n\n"
            "### Instruction(명령어):\nPython으로 uptime을 찾는 코드\n\n### Response(응답):")


def test_a_labels_gloss_in_brackets_is_still_the_instruction_template():
    code = ("```python\nwith open('/proc/uptime') as f:\n    seconds = float(f.read().split()[0])\n\n"
            "print(f'up for {seconds / 3600:.1f} hours')\n```\n")
    verdict = judge(KOALPACA, " " + code)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_foreign_word_with_a_korean_particle_is_named_by_the_word_alone():
    verdict = judge("Python으로 웹 서버를 만드는 가장 쉬운 방법은?",
                    "The easiest way is Python's built-in http.server module: run `python -m http.server 8000` in the "
                    "folder you want to serve, then open localhost:8000 in a browser. For a real app, Flask takes a "
                    "few more lines.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# A reply in Latin letters to a request in another script ("ከ አማርኛ ወደ English ተርጉም": translate from Amharic into
# English) cannot name the request's words, in any script, even when it names a word or two in Latin letters itself
# (the language asked for, a field's label): most of its words the reply cannot write.

AMHARIC_TO_ENGLISH = ("ከ አማርኛ ወደ English ተርጉም\n\nContext:\nስለዚህም ነው በዘመኑ አጠራር በአብዛኛው የካፒታሊስት አገሮች የውክልና "
                      "ዲሞክራሲ ሳይሆን ፖስት-ዲሞክራሲ ስፍኗል የሚባለው።")
TRANSLATION = ("Therefore, it is said that in our time most of the rich nations have moved past elected government "
               "into something that only looks like it.")


def test_an_english_translation_of_a_request_in_ethiopic_letters_answers():
    verdict = judge(AMHARIC_TO_ENGLISH, TRANSLATION)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_english_answer_to_a_tamil_question_is_not_held_to_its_words():
    verdict = judge("சூரிய குடும்பத்தில் மிகப்பெரிய கிரகம் எது? அதைப் பற்றி சில வரிகள் சொல்லுங்கள்.",
                    "The largest planet in the Solar System is Jupiter, a gas giant more than eleven times as wide as "
                    "Earth, with a Great Red Spot that is a storm larger than our planet.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_english_ramble_to_a_question_in_english_letters_with_a_foreign_word_stays_off_topic():
    # Most of the question's words are in Latin letters: the reply is held to them.
    verdict = judge("What does the Amharic word ሰላም mean, and how is it used in everyday greetings?",
                    "Our store offers free shipping on all orders over fifty dollars, and returns are accepted within "
                    "thirty days of purchase with the original receipt and packaging intact.")
    assert verdict.drifts, verdict.explain()


def test_a_label_opening_a_line_of_the_request_does_not_hold_an_english_reply_either():
    verdict = judge("Context: Москва — столица России, расположенная на реке Москве. Город основан в 1147 году.\n"
                    "Вопрос: Через какую реку протекает Москва и когда город был основан?",
                    "Moscow lies on the Moskva River, which gave the city its name, and it was founded in 1147.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
