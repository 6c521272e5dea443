"""A reply in a script the asker does not write (``script.foreign``): a multilingual model asked in Amharic writes
Tamil, asked in Korean writes Chinese (language confusion). The asker cannot read it: no answer, and drift. Latin is
left out, as a chat model answering in English answers; so is a script the prompt names ("翻译成韩语") or writes a
few words of. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


@pytest.mark.parametrize("prompt, output", [
    pytest.param("የኢትዮጵያ ዋና ከተማ ማን ትባላለች?",
                 "எத்தியோப்பியாவின் தலைநகரம் பற்றி நீங்கள் கேட்டது போல், இது ஒரு முக்கியமான கேள்வி.",
                 id="amharic-asked-tamil-written"),
    pytest.param("김치찌개는 어떻게 만들어요?",
                 "泡菜汤的做法很简单：先把泡菜和猪肉炒一下，再加水煮二十分钟，最后放豆腐和葱。",
                 id="korean-asked-chinese-written"),
    pytest.param("מה הבירה של צרפת?", "عاصمة فرنسا هي باريس، وهي أكبر مدينة في البلاد.",
                 id="hebrew-asked-arabic-written"),
])
def test_a_reply_in_a_script_the_asker_does_not_write_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "script.foreign" in drift_measures(verdict), verdict.explain()


def test_an_answer_in_the_askers_script_then_another_answers_and_drifts():
    verdict = judge("김치찌개는 어떻게 만들어요?",
                    "김치찌개는 김치와 돼지고기를 볶은 뒤 물을 넣고 이십 분 정도 끓이면 됩니다. "
                    "此外，你还可以加入豆腐、洋葱和青椒，让味道更加丰富。很多人喜欢在最后撒上一些葱花，再配一碗白米饭一起吃。")
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "script.foreign" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    # (Sixteen letters or more, as a reply in a script of its own is, not a quoted word.)
    pytest.param("把下面这段话翻译成韩语：我今天很高兴，因为我的朋友们都来看我了。",
                 "오늘 저는 정말 기쁩니다. 제 친구들이 모두 저를 보러 왔기 때문입니다.", id="korean-asked-for-by-name"),
    pytest.param("ロシア語に翻訳してください：おはようございます。今日はとても良い天気ですね。",
                 "Доброе утро. Сегодня очень хорошая погода.", id="russian-asked-for-in-japanese"),
    pytest.param("请用韩国语写一句生日祝福，送给我的朋友。", "생일 축하해! 올해도 건강하고 행복한 일만 가득하길 바랄게. 항상 고마워, 친구야.",
                 id="korean-named-as-hanguo-yu"),
    pytest.param("다음 단어를 한자로 써 주세요: 대한민국, 학교, 도서관, 대학교, 고등학교, 운동장", "大韓民國, 學校, 圖書館, 大學校, 高等學校, 運動場",
                 id="hanja-named"),
    pytest.param("Напиши короткое приветствие на тамильском языке.", "வணக்கம்! உங்களை சந்தித்ததில் மிக்க மகிழ்ச்சி.",
                 id="tamil-named-in-russian"),
    pytest.param("इस वाक्य का गुजराती में अनुवाद करें: मैं आज बहुत खुश हूँ।", "હું આજે ખૂબ જ ખુશ છું.", id="gujarati-named-in-hindi"),
    pytest.param("“爱”用别的语言怎么说？", "英语是love，俄语是любовь，韩语是사랑，希腊语是αγάπη，泰语是ความรัก，日语是愛（あい）。",
                 id="in-other-languages"),
    pytest.param("Приведи оригинал стихотворения Ли Бо «Тихой ночью думы».", "床前明月光，疑是地上霜。举头望明月，低头思故乡。",
                 id="the-original-asked-for"),
    pytest.param("日本の首都はどこですか？", "The capital of Japan is Tokyo.", id="an-answer-in-english"),
    pytest.param("If α = 30 degrees, what is sin(α)?", "sin(30°) 等于 0.5，也就是二分之一，因为在直角三角形中三十度角所对的边是斜边的一半。",
                 id="latin-prompt-with-a-greek-letter"),
    pytest.param("Как по-японски будет «спасибо»?", "По-японски «спасибо» будет «ありがとう» (аригато).",
                 id="a-word-of-another-script-quoted"),
    pytest.param("Как сказать «большое спасибо» по-японски?", "«ありがとうございます»", id="a-phrase-of-another-script"),
    pytest.param("'학교'를 한자로 어떻게 써요?", "학교는 한자로 '學校'라고 씁니다.", id="hanja-asked-for"),
])
def test_a_script_asked_for_named_or_quoted_is_no_foreign_script(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


CHATML = "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"


def test_a_short_question_in_syllables_under_a_system_turn_in_english_is_the_askers_script():
    # Eight Korean syllables are a question written in Hangul; the system turn is not the asker's writing.
    verdict = judge(CHATML.format("중국의 수도는 어디야?"), "中国的首都是北京。北京位于华北平原北部，是全国的政治、文化和国际交往中心。")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_answer_before_another_script_stands_where_no_space_divides_them():
    verdict = judge("東京タワーの高さは何メートルですか？",
                    "東京タワーの高さは333メートルです。\n\n도쿄 타워는 1958년에 완공된 전파탑으로, 파리의 에펠탑을 본떠 "
                    "설계되었습니다. 흰색과 주황색으로 칠해져 있으며, 밤에는 조명이 켜져 도쿄의 대표적인 야경 명소로 사랑받고 있습니다.")
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_language_named_in_arabic_is_asked_for():
    verdict = judge("اكتب جملة ترحيب قصيرة بالعبرية لموظف جديد.",
                    "ברוכים הבאים לצוות! אנחנו שמחים שהצטרפת אלינו ומחכים לעבוד איתך.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_answer_glued_to_another_script_with_no_mark_between_stands():
    verdict = judge("東京タワーの高さは何メートルですか？",
                    "東京タワーの高さは333メートルです도쿄 타워는 1958년에 완공된 전파탑으로, 파리의 에펠탑을 본떠 설계되었습니다. "
                    "흰색과 주황색으로 칠해져 있으며, 밤에는 조명이 켜져 있습니다.")
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_word_of_another_script_quoted_in_the_answer_is_not_where_it_goes_on():
    verdict = judge("학교를 일본에서는 뭐라고 불러요?",
                    "학교는 '学校'라고 불러요. 学校は子どもたちが毎日勉強する場所で、先生や友達と一緒に多くのことを学びます。")
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "불러요" in verdict.evidence[0].span, verdict.explain()  # the reply part is the whole Korean sentence
