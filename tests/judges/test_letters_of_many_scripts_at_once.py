"""Letters of many scripts at once (``script.mixed``): a small model sampled hot after its answer writes token soup,
Latin, Han, Hangul, Cyrillic, Arabic and Thai letters in a few dozen words, glued to each other inside words
("co젖邀请", "Victim玫瑰Sl"). No language glues more than a few scripts to each other; a reply that names words of
several languages writes each whole, or after a bracket or a slash. Read from the letters alone, so it holds
whatever the asker's language. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUESTION = "What is the smallest positive perfect cube that is the sum of three consecutive integers?"
ANSWER = ("Three consecutive integers n - 1, n and n + 1 add up to 3n, so 3n must be a perfect cube. The smallest "
          "positive one is 27, with n = 9. The answer is 27.")
SOUP = ("starters-th lineup-numberXM43俦清洗 Understanding感应 method мобиль compounded trialanseing 更么 hyperdział "
        "込 within 原来是立即 Compute 值 handwrittenنظام_IMPL alaาก alma co젖邀请 Victim玫瑰Sl beginner установ J好友 "
        "boxes c exact.rect 维修Any 桌 sessions Soviet petals guildFACE outlookNoise bronze ribbon 恭 equivalent "
        "社交媒体 back symexcept 豇 spray partitions Gc 我的 website actorlevels Studio newtonапример JSONArray")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


def test_token_soup_after_an_answer_answers_and_drifts():
    verdict = judge(QUESTION, ANSWER + " " + SOUP)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "script.mixed" in drift_measures(verdict), verdict.explain()


def test_token_soup_alone_is_no_answer_and_drifts():
    verdict = judge(QUESTION, SOUP)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "script.mixed" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("How do you say thank you in eight languages?",
     "- English: thank you\n- French: merci\n- Russian: спасибо (spasibo)\n- Greek: ευχαριστώ (efcharistó)\n"
     "- Arabic: شكرا (shukran)\n- Hebrew: תודה (toda)\n- Japanese: ありがとう (arigatou)\n- Korean: 감사합니다 "
     "(gamsahamnida)\n- Thai: ขอบคุณ (khop khun)"),
    ("用中文解释一下深度学习框架。",
     "常用的深度学习框架有PyTorch、TensorFlow和JAX。PyTorch使用动态计算图，适合研究；TensorFlow在部署方面更成熟。"
     "在PyTorch中，用torch.nn.Module定义模型，再用DataLoader加载数据，损失函数常写作L(θ)，学习率记为α或η。"),
    ("韓国語と日本語で「こんにちは」は何と言いますか？",
     "日本語では「こんにちは」、韓国語では「안녕하세요」(annyeonghaseyo)と言います。中国語なら「你好」(nǐ hǎo)、"
     "ロシア語なら「Здравствуйте」です。"),
])
def test_words_of_several_languages_each_written_whole_are_no_soup(prompt, output):
    verdict = judge(prompt, output)
    assert "script.mixed" not in drift_measures(verdict), verdict.explain()


# Replies that glue two or three scripts, or write many apart: a review's ordinary answers about languages and scripts.
@pytest.mark.parametrize("prompt, output", [
    pytest.param(
        '请告诉我“你好”在亚洲几种语言里怎么说，附上读音。',
        '下面是“你好”在几种语言里的常见说法（括号里是大致读音）：\n\n日语：こんにちは（konnichiwa）\n韩语：안녕하세요（annyeonghaseyo）\n泰语：สวัสดี（sawatdee），男性句尾加ครับ（khrap），女性加ค่ะ（kha）\n印地语：नमस्ते（namaste）\n阿拉伯语：مرحبا（marhaban）\n俄语：Здравствуйте（zdravstvuyte），熟人之间可以说Привет（privet）\n越南语：Xin chào\n\n其中日语的こんにちは一般在白天使用；泰语的ครับ和ค่ะ是礼貌语气词，要根据说话人的性别选择。俄语虽然不全在亚洲使用，但在中亚各国也很通用。',
        id='chinese-fullwidth-hello-with-romanization'),
    pytest.param(
        '韓国語とロシア語で「愛」と「ありがとう」は何と言いますか？発音も教えてください。',
        "韓国語とロシア語での言い方をまとめますね。\n\n■ 韓国語\n・愛：사랑（サラン、ローマ字ではsarang）\n・ありがとう：감사합니다（カムサハムニダ）／고마워요（コマウォヨ、少しくだけた言い方）\n\n■ ロシア語\n・愛：любовь（リュボーフィ、lyubov'）\n・ありがとう：спасибо（スパシーバ、spasibo）\n\nロシア語のлюбовьは語末のьで前の子音が柔らかくなるので、「リュボーフ」よりも「リュボーフィ」に近く聞こえます。韓国語の사랑は日常会話でもよく使い、사랑해요（サランヘヨ）で「愛しています」という意味になります。",
        id='japanese-answer-about-korean-and-russian-words'),
    pytest.param(
        'Which languages are written in more than one script? Give a few examples.',
        'Quite a few languages are officially or commonly written in more than one script (linguists call this *digraphia*). Some well-known cases:\n\n- **Serbian** uses both Cyrillic and Latin, and most people read both fluently: Београд/Beograd, Србија/Srbija.\n- **Hindustani** is written as Hindi in Devanagari and as Urdu in a Perso-Arabic script: हिन्दी/ہندی, पानी/پانی ("water").\n- **Kazakh** is switching from Cyrillic to Latin, so you will see both on signs: Қазақстан/Qazaqstan.\n- **Azerbaijani** has used Arabic, Latin and Cyrillic at different times: آذربایجان, Азәрбајҹан, Azərbaycan.\n- **Punjabi** is written in Gurmukhi in India and in Shahmukhi (Arabic-based) in Pakistan: ਪੰਜਾਬੀ vs. پنجابی.\n- **Japanese** is a different case: a single sentence normally mixes kanji, hiragana and katakana, e.g. 東京でラーメンを食べた ("I ate ramen in Tokyo").\n\nThe choice of script often signals religion, politics or region rather than any difference in the spoken language.',
        id='linguistics-digraphia-slash-pairs'),
    pytest.param(
        'My security training mentioned "homograph attacks" on domain names. What are they? Can you show examples?',
        'A homograph (or homoglyph) attack uses characters from other scripts that look identical to Latin letters, so a malicious domain looks like a real one in the address bar.\n\nExamples:\n\n- `аpple.com` — the first letter is Cyrillic а (U+0430), not Latin a (U+0061). Its Punycode form is `xn--pple-43d.com`.\n- `pаypаl.com` — both a\'s are Cyrillic.\n- `micrοsοft.com` — the o\'s are Greek omicron ο (U+03BF).\n- `gооgle.com` — two Cyrillic о\'s.\n- `аррӏе.com` — every letter is Cyrillic (a "whole-script" lookalike).\n\nMixed-script names can also be perfectly legitimate, such as `淘宝.com` or `東京.jp`, which is why browsers don\'t simply block them. Instead, Chrome and Firefox display the Punycode form (`xn--...`) when a label mixes scripts in a suspicious way or imitates a well-known domain.\n\nHow to protect yourself:\n1. Use bookmarks or a password manager — it won\'t autofill your password on a lookalike domain.\n2. Be suspicious of links in emails, even when they look right; type the address yourself.\n3. If you write software that accepts usernames or domains, check them against Unicode\'s confusables data (UTS #39) and reject labels that mix scripts.',
        id='homoglyph-attack-explainer'),
    pytest.param(
        'Write a small Python function that greets a user in their language. Use a dict of templates and add a couple of asserts as tests.',
        '```python\nGREETINGS = {\n    "en": "Hello, {name}!",\n    "ru": "Привет, {name}!",\n    "el": "Γεια σου, {name}!",\n    "he": "שלום, {name}!",\n    "ar": "مرحبا، {name}!",\n    "hi": "नमस्ते, {name}!",\n    "th": "สวัสดี {name}!",\n    "ja": "こんにちは、{name}さん！",\n    "ko": "안녕하세요, {name}님!",\n}\n\n\ndef greet(name: str, lang: str = "en") -> str:\n    """Return a greeting for `name` in language `lang` (falls back to English)."""\n    template = GREETINGS.get(lang, GREETINGS["en"])\n    return template.format(name=name)\n\n\nassert greet("Анна", "ru") == "Привет, Анна!"\nassert greet("Yuki", "ja") == "こんにちは、Yukiさん！"\nassert greet("민준", "ko") == "안녕하세요, 민준님!"\nassert greet("Sam", "xx") == "Hello, Sam!"\n```\n\nNotes:\n- The Japanese and Korean templates attach an honorific (さん / 님) directly to the name, which is why `{name}` has no space before it there.\n- Hebrew and Arabic are right-to-left; when you display them in a UI, set the text direction (`dir="rtl"` in HTML) rather than reversing the string.',
        id='python-greetings-unicode-literals'),
    pytest.param(
        'BTS 이름이 일본, 중국, 태국에서는 어떻게 표기되나요?',
        'BTS의 정식 이름은 방탄소년단(防彈少年團)입니다. 나라별 표기는 다음과 같아요.\n\n- 일본: 防弾少年団(ぼうだんしょうねんだん)으로 표기하고, 팬들은 보통 "BTS"나 "バンタン"이라고 부릅니다.\n- 중국: 防弹少年团(Fángdàn Shàonián Tuán)이라고 쓰며, 줄여서 "防弹"이라고도 해요.\n- 태국: 소리 나는 대로 บีทีเอส라고 쓰기도 하지만, 기사나 SNS에서는 그냥 BTS로 쓰는 경우가 훨씬 많습니다.\n\n참고로 2017년부터는 "Beyond The Scene"이라는 뜻도 함께 쓰고 있어서, 해외에서는 방탄소년단보다 BTS라는 이름이 더 널리 알려져 있습니다.',
        id='korean-bts-names-across-asia'),
])
def test_answers_about_languages_and_scripts_are_no_soup(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and "script.mixed" not in drift_measures(verdict), verdict.explain()


# Chinese, Japanese and Korean glue a foreign word to their own script ("英语是love", "love라고"): a reply in them
# naming a word of four languages glues four pairs, each with its own script. Only pairs of two other scripts count.
@pytest.mark.parametrize("prompt, output", [
    pytest.param("“爱”这个词在几种语言里怎么说？",
                 "英语是love，俄语是любовь，韩语是사랑，希腊语是αγάπη，泰语是ความรัก，日语是愛（あい）。", id="chinese"),
    pytest.param("「愛」は外国語で何と言いますか？",
                 "英語ではlove、ロシア語ではлюбовь、韓国語では사랑、ギリシャ語ではαγάπηと言います。", id="japanese"),
    pytest.param("'사랑'을 여러 나라 말로 어떻게 말하나요?",
                 "영어로는 love라고 하고, 러시아어로는 любовь라고 하며, 그리스어로는 αγάπη라고 하고, 중국어로는 爱라고 합니다.",
                 id="korean"),
])
def test_a_word_of_several_languages_glued_to_a_reply_in_chinese_japanese_or_korean_is_no_soup(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and "script.mixed" not in drift_measures(verdict), verdict.explain()


def test_token_soup_inside_a_chinese_reply_starts_where_the_glued_letters_do():
    # Chinese writes no spaces: the answer and the soup may be one "word"; the reply part ends where the soup starts.
    answer = "长城是中国古代规模最大的军事防御工程，总长度超过两万公里。它始建于"
    output = answer + "Victimапримерσύνολοcoمرحباसूचीnewtonапример玫瑰Slถนน"
    verdict = judge("长城有多长？", output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "script.mixed" in drift_measures(verdict), verdict.explain()
