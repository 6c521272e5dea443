"""Ordinary good replies close to the triggers of the newest readings, each expected to answer without drift, and
real drifts and non-answers of the same shapes, each with its expected verdicts.

The readings under test (docs/judges.md):

1. A reply said again near word for word (the first copy two lines or more after the start) is a reply and then a
   loop; lines that change a word each from the first loop from the first (no answer).
2. Talk about the question then the task set again as a Japanese request to the reader is no answer and drifts
   (``prompt.task_again``); advice said as a request after such talk is an answer's.
3. The replier's own label ("Assistant:", "Chatbot:", "GPT:", "ChatGPT:", "AI assistant:", or '"Assistant":')
   opening a line after the reply has begun drifts (``turns.replier_again``); opening the output it heads the
   reply, and in a dialogue asked for it is a character's.
4. An output with no words ending in a few marks or emoji said ten times or more back to back loops
   (``loop.wordless_run``); one mark must run a hundred times; a rating, emphasis, a rule line and zero-width
   spaces do not.
5. A list's numbers with nothing in them are no answer, unless the question's numbers ask for a count.

The good replies come as near each trigger as a real chat model writes: a song's chorus, a plan whose days share
items, a paragraph whose sentences share openings, a conclusion restating the thesis once, near-identical code
before and after a fix; Japanese answers ending in polite requests, a quiz or an exam question asked for; role
labels in prose, in code, in a glossary, in a dialogue or transcript asked for, opening the output; emoji, star
ratings, rule lines, progress bars asked for; counts asked in words, a multiple-choice letter, numbered answers
with content. Every reply was written for this review from the readings' descriptions, and every expected verdict
from the definitions, not from the judge's behaviour.

Written after the readings, from their descriptions only (114 replies, 83 good, 31 drifts or non-answers). Without
the readings 44 were judged wrong; with them as first written, 31, two of them good replies judged wrong by a new
reading (a chatbot the request talks about, a glossary of "Chatbot:", "AI assistant:", "GPT:"), now mended: the
replier's label the request names is a character's. Three more mends came of the review: an empty list after a
lead-in ("Here are five ideas:") is no reply, "Give me four tips" asks for tips and not a count, and emoji asked for
by name answer though they hold no word. The 20 strict expected failures below were all judged wrong without the
readings too; each names the older reading or the limit behind it (a border or a rule of marks asked for is now a
run as well).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail


def cm(q: str) -> str:
    return f"<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n"


def alpaca(q: str) -> str:
    return f"### Instruction:\n{q}\n\n### Response:\n"


SYMBOLS = "reply.words: symbols asked for (stars, a rule, a bar, Morse, a thumbs up) are no words; only emoji asked " \
          "for by name answer"
MISSED = {
    "said-again-good-weekday-schedule-lines-change-a-word": "loop.unit_repeat: a plan whose lines change one word "
                                                            "each is read as lines that loop",
    "said-again-good-line-asked-three-times": "reply.echo: a line the request asks to be said three times is the "
                                              "request's own words",
    "task-again-good-ja-exam-question-asked-for": "prompt.new_request: an exam question asked for, ending as the "
                                                  "request does, is read as the next request",
    "replier-good-transcript-asked-assistant-not-named": "turns.other_speaker: a transcript asked for without naming "
                                                         "its speakers has its 'User:' read as the asker",
    "replier-good-faq-page-asked": "topic.trailing_gap: an FAQ page's questions name the topic in other words",
    "wordless-good-star-rating": SYMBOLS,
    "wordless-good-dash-divider": SYMBOLS,
    "wordless-good-progress-bar": SYMBOLS,
    "wordless-good-morse-sos": SYMBOLS,
    "wordless-good-row-of-twelve-stars-asked": SYMBOLS,
    "wordless-good-alternating-border-asked-twelve-pairs": SYMBOLS + "; a border said twelve times is a run",
    "wordless-good-equals-rule-120-asked": SYMBOLS + "; a rule of 120 marks is a run",
    "wordless-good-thumbs-up": SYMBOLS,
    "wordless-good-kaomoji": SYMBOLS,
    "wordless-good-underlined-heading": "reply.echo: a heading of the prompt's words over a rule line is an echo",
    "numbers-good-count-to-ten-numbered-dots": "reply.words: numbers written as list marks ('1. 2. 3.') are no words",
    "numbers-good-countdown-for-launch": "reply.words: numbers written as list marks ('5... 4...') are no words",
    "numbers-BAD-number-in-question-not-a-count": "prompt.echo: list marks holding the question's number are read as "
                                                  "its words copied",
    "numbers-BAD-empty-list-counts-to-limit": "loop.count_up: a count that ends on its own line, not cut at the token "
                                              "limit, is no runaway count",
}


def P(id_, prompt, output, answers=True, drifts=False):
    reason = MISSED.get(id_)
    return pytest.param(prompt, output, answers, drifts, id=id_, marks=[xfail(reason)] if reason else [])


# ============================================================================== 1. a reply said again (near copies)
SAID_AGAIN = [
    # ---- good replies
    P("said-again-good-paragraph-sentences-share-openings",
      cm("What can I do to save money on groceries?"),
      "You can save a lot with a few habits. Plan your meals for the week before you shop, so you only buy what you "
      "will actually cook. Make a list and stick to it. Buy store brands, which are often made in the same factories "
      "as the big names. Buy rice, oats and dried beans in bulk. Buy fruit and vegetables that are in season, when "
      "they are cheapest. Check the unit price on the shelf label rather than the package price, and never shop "
      "hungry."),
    P("said-again-good-lines-share-opening-say-different-things",
      "Why is the ocean salty?",
      "The ocean is salty because rivers carry dissolved minerals from rocks into it.\n"
      "The ocean is also salted by undersea vents, which add minerals from the Earth's crust.\n"
      "The ocean stays salty because evaporation takes away water but leaves the salt behind.\n"
      "Over millions of years the salt has built up to about 3.5% of seawater by weight."),
    P("said-again-good-song-chorus-twice",
      "Write a short song about summer holidays with a chorus.",
      "**Summer Days**\n\n"
      "*Verse 1*\nThe school bell rings its final tune,\nWe're racing out by half past noon,\n"
      "The sky is wide, the road is free,\nThere's sand and salt and sun for me.\n\n"
      "*Chorus*\nOh, summer days, don't slip away,\nStay golden just a little longer,\n"
      "We'll chase the waves and sing all day,\nEach sunset makes the feeling stronger.\n\n"
      "*Verse 2*\nWe camp beneath a sky of stars,\nWe play old songs on Dad's guitar,\n"
      "The fireflies blink, the crickets hum,\nWe never want the fall to come.\n\n"
      "*Chorus*\nOh, summer days, don't slip away,\nStay golden just a little longer,\n"
      "We'll chase the waves and sing all day,\nEach sunset makes the feeling stronger."),
    P("said-again-good-poem-refrain-near-copy",
      cm("Write a short poem for kids about the moon with a repeating line."),
      "Goodnight, Moon\n\n"
      "The moon climbs up above the hill,\nThe world grows quiet, soft and still.\n"
      "Shine on, shine on, little moon so bright.\n\n"
      "The owls wake up, the foxes creep,\nWhile all the sleepy children sleep.\n"
      "Shine on, shine on, little moon so bright.\n\n"
      "And when the sun comes up to play,\nYou wave goodbye and drift away.\n"
      "Shine on, shine on, little moon, goodnight."),
    P("said-again-good-code-two-near-identical-fixes",
      cm("Can you make this function handle an empty list?\n\ndef average(nums):\n    return sum(nums) / len(nums)"),
      "Right now it raises `ZeroDivisionError` for an empty list, because `len(nums)` is 0. The simplest fix is to "
      "return a default first:\n\n"
      "```python\ndef average(nums):\n    if not nums:\n        return 0.0\n    return sum(nums) / len(nums)\n```\n\n"
      "If you'd rather signal the problem to the caller, raise a clearer error instead:\n\n"
      "```python\ndef average(nums):\n    if not nums:\n        raise ValueError(\"average() of an empty list\")\n"
      "    return sum(nums) / len(nums)\n```\n\n"
      "Returning 0.0 is convenient for display code; raising is safer when an empty list means a bug upstream."),
    P("said-again-good-meal-plan-same-breakfast-each-day",
      "Make me a simple 3-day meal plan for a busy work week.",
      "Here's a simple 3-day meal plan that's quick to prepare:\n\n"
      "**Day 1**\n- Breakfast: Overnight oats with banana and peanut butter\n"
      "- Lunch: Chicken and hummus wrap with a side salad\n"
      "- Dinner: Sheet-pan salmon with roasted potatoes and broccoli\n\n"
      "**Day 2**\n- Breakfast: Overnight oats with banana and peanut butter\n"
      "- Lunch: Leftover salmon and potatoes over mixed greens\n"
      "- Dinner: Vegetable stir-fry with tofu and rice\n\n"
      "**Day 3**\n- Breakfast: Overnight oats with banana and peanut butter\n"
      "- Lunch: Leftover stir-fry\n"
      "- Dinner: Turkey chili with cornbread\n\n"
      "Make the oats for all three days on Sunday night so your mornings take two minutes."),
    P("said-again-good-weekday-schedule-lines-change-a-word",
      "Create a weekday morning routine for me, Monday to Friday, that fits exercise in before work.",
      "Here's a weekday morning routine with exercise before work:\n\n"
      "Monday: 6:30 wake up, 6:45 30-minute run, 7:30 shower and breakfast\n"
      "Tuesday: 6:30 wake up, 6:45 yoga, 7:30 shower and breakfast\n"
      "Wednesday: 6:30 wake up, 6:45 30-minute run, 7:30 shower and breakfast\n"
      "Thursday: 6:30 wake up, 6:45 strength workout, 7:30 shower and breakfast\n"
      "Friday: 6:30 wake up, 6:45 long walk, 7:30 shower and breakfast\n\n"
      "Lay out your workout clothes the night before so getting started takes no thought."),
    P("said-again-good-two-email-versions",
      "Write two versions of a short email declining a meeting invitation: one formal and one casual.",
      "**Formal**\n\nSubject: Meeting on Thursday\n\nDear Ms. Patel,\n\n"
      "Thank you for the invitation to Thursday's meeting. Unfortunately, I will not be able to attend due to a "
      "prior commitment. I would be grateful if you could share the notes afterwards.\n\nKind regards,\nDaniel\n\n"
      "**Casual**\n\nSubject: Thursday's meeting\n\nHi Priya,\n\n"
      "Thanks for the invite to Thursday's meeting! Unfortunately I can't make it, I've already got something "
      "booked. Could you send me the notes afterwards?\n\nCheers,\nDan"),
    P("said-again-good-essay-conclusion-restates-thesis-once",
      cm("Write a short persuasive essay arguing that cities should plant more trees."),
      "Cities should plant more trees, because trees cool the streets, clean the air and make people happier.\n\n"
      "On hot summer days a street lined with trees can be several degrees cooler than a bare one. That lowers the "
      "risk of heatstroke for older residents and cuts the energy spent on air conditioning.\n\n"
      "Trees also trap dust and absorb pollutants from traffic, and studies link green neighbourhoods with lower "
      "stress and better mental health. Planting them is cheap compared with most public works, and the benefits "
      "grow every year as the trees do.\n\n"
      "In short, cities should plant more trees, because trees cool the streets, clean the air and make people "
      "happier. Few investments pay back so much for so little."),
    P("said-again-good-oxford-comma-sentence-both-ways",
      "Can you show me why the Oxford comma matters?",
      "Here's the classic example, written both ways:\n\n"
      "With the Oxford comma: I'd like to thank my parents, Ayn Rand, and God.\n"
      "Without it: I'd like to thank my parents, Ayn Rand and God.\n\n"
      "Without the comma, the second sentence can be read as saying your parents are Ayn Rand and God. The Oxford "
      "comma before \"and\" makes it clear that the list has three separate items."),
    P("said-again-good-line-asked-three-times",
      "Write the sentence 'Practice makes progress.' three times for my handwriting worksheet.",
      "Practice makes progress.\nPractice makes progress.\nPractice makes progress."),
    P("said-again-good-spanish-conjugation-table",
      "Conjugate the Spanish verb 'hablar' in the present tense.",
      "Here is *hablar* (to speak) in the present tense:\n\n"
      "yo hablo\ntú hablas\nél/ella/usted habla\nnosotros/nosotras hablamos\nvosotros/vosotras habláis\n"
      "ellos/ellas/ustedes hablan\n\n"
      "It's a regular -ar verb, so verbs like *trabajar* and *estudiar* follow the same pattern."),
    P("said-again-good-markdown-table-alike-rows",
      cm("Compare Mercury, Venus, Earth and Mars in a table: distance from the Sun, length of day, number of moons."),
      "| Planet | Distance from the Sun | Length of day | Moons |\n"
      "|---|---|---|---|\n"
      "| Mercury | 58 million km | 59 Earth days | 0 |\n"
      "| Venus | 108 million km | 243 Earth days | 0 |\n"
      "| Earth | 150 million km | 24 hours | 1 |\n"
      "| Mars | 228 million km | 24.6 hours | 2 |\n\n"
      "Venus has the longest day of the four: it spins so slowly that its day is longer than its year."),
    P("said-again-good-slogans-change-a-word",
      "Give me three slogan options for a coffee shop called Bean There.",
      "1. Bean There, Loved That.\n2. Bean There, Brewed That.\n3. Been Everywhere? Now Be Bean There."),
    P("said-again-good-korean-lines-end-alike",
      "한국 여행에서 꼭 가 봐야 할 곳을 추천해 주세요.",
      "한국 여행이라면 이런 곳들을 추천합니다.\n"
      "서울에서는 경복궁과 북촌 한옥마을을 둘러보세요.\n"
      "부산에서는 해운대 해수욕장과 감천문화마을을 둘러보세요.\n"
      "경주에서는 불국사와 석굴암을 둘러보세요.\n"
      "제주도에서는 한라산과 성산일출봉을 둘러보세요."),
    P("said-again-good-chinese-lines-open-alike",
      cm("怎样才能保持健康？"),
      "保持健康可以从这几个方面做起：\n"
      "每天保证七到八小时的睡眠。\n"
      "每天吃足够的蔬菜和水果，少吃油炸食品。\n"
      "每周至少运动三次，每次三十分钟左右。\n"
      "少喝含糖饮料，多喝白开水。\n"
      "压力大的时候，多和朋友聊聊天。"),
    P("said-again-good-spanish-recap-condensed",
      "¿Cómo puedo mejorar mi español rápidamente?",
      "Aquí tienes algunas ideas que funcionan:\n\n"
      "1. Escucha español todos los días: pódcasts, música o series con subtítulos en español.\n"
      "2. Habla sin miedo a equivocarte; busca un intercambio de idiomas en tu ciudad o en línea.\n"
      "3. Lee cosas que te gusten, aunque sean cómics o noticias cortas.\n"
      "4. Aprende frases completas en lugar de palabras sueltas.\n\n"
      "En resumen: escucha todos los días, habla sin miedo y lee lo que te guste. ¡La constancia es la clave!"),

    # ---- real drifts: a reply and then its near copies to the token limit, or one-word changes from the first
    P("said-again-BAD-near-copy-paragraph-volcanoes",
      "How do volcanoes form?",
      "Volcanoes form where melted rock, called magma, rises from deep inside the Earth.\n"
      "In many places, magma from the mantle collects in chambers under the crust, and pressure builds up until it "
      "breaks through the surface. Most volcanoes sit along the edges of tectonic plates.\n"
      + "Magma from the mantle collects in chambers under the crust, and pressure builds up until it breaks through "
        "the surface. Most volcanoes sit along the edges of tectonic plates.\n" * 6
      + "Magma from the mantle collects in chambers under the crust, and pressure",
      True, True),
    P("said-again-BAD-near-copy-chat-template-water",
      cm("What are the benefits of drinking water?"),
      "Drinking enough water has many benefits for your health.\n\n"
      "It keeps your body temperature steady, helps your kidneys flush out waste and keeps your joints cushioned. "
      "It also helps you concentrate and can prevent headaches.\n\n"
      + "Water keeps your body temperature steady, helps your kidneys flush out waste and keeps your joints "
        "cushioned. It also helps you concentrate and can prevent headaches.\n\n" * 5
      + "Water keeps your body temperature steady, helps your kidneys",
      True, True),
    P("said-again-BAD-lines-change-one-word-from-first",
      "What should I do this weekend?",
      "\n".join(f"I think you should go to the {place}." for place in (
          "park", "beach", "museum", "zoo", "cinema", "library", "mall", "lake", "gym", "market", "theatre",
          "pool", "forest", "stadium")),
      False, True),
    P("said-again-BAD-japanese-near-copy-fuji",
      "富士山について教えてください。",
      "富士山は日本で一番高い山です。\n"
      "標高は3776メートルで、静岡県と山梨県にまたがっています。\n"
      "2013年には世界文化遺産に登録されました。\n"
      + "富士山の標高は3776メートルで、静岡県と山梨県にまたがっています。2013年には世界文化遺産に登録されました。\n" * 6,
      True, True),
    P("said-again-BAD-spanish-near-copy-sky",
      alpaca("¿Por qué el cielo es azul?"),
      "El cielo es azul por un fenómeno llamado dispersión de Rayleigh.\n"
      "La luz del sol choca con las moléculas del aire, y la luz azul se dispersa mucho más que la roja.\n"
      "Por eso vemos el azul en todas las direcciones.\n"
      + "La luz del sol choca con las moléculas del aire y la luz azul se dispersa más que la roja. Por eso vemos "
        "el azul en todas direcciones.\n" * 6,
      True, True),
]


# ============================================================================== 2. talk about the question, task again
TASK_AGAIN = [
    # ---- good replies
    P("task-again-good-ja-answer-ends-with-advice-requests",
      "朝なかなか起きられません。どうすればいいですか？",
      "夜更かしが続くと、朝起きるのがつらくなります。次のことを試してみてください。\n\n"
      "1. 毎日同じ時間に寝て、同じ時間に起きるようにしてください。\n"
      "2. 寝る1時間前からはスマートフォンを見ないようにしましょう。\n"
      "3. 起きたらすぐにカーテンを開けて、朝日を浴びてください。\n\n"
      "無理をせず、少しずつ習慣を変えてみてください。"),
    P("task-again-good-ja-talk-then-advice-as-request",
      "緑茶のおいしいいれ方を教えてください。",
      "この質問は、緑茶のいれ方についてですね。まず、お湯を沸かしてください。沸騰したら湯呑みに移して、70〜80度くらい"
      "まで冷まします。急須に茶葉を小さじ2杯入れ、冷ましたお湯を注いで1分ほど待ってください。最後の一滴まで注ぎ切るの"
      "がおいしくいれるポイントです。"),
    P("task-again-good-ja-problem-opening-then-worked-out",
      "縦6cm、横4cmの長方形の面積を求めなさい。",
      "この問題では、長方形の面積を求めます。長方形の面積は縦×横なので、6×4=24となります。答えは24平方センチメートル"
      "です。"),
    P("task-again-good-ja-quiz-asked-for-holds-requests",
      cm("小学生向けの理科クイズを3問作ってください。"),
      "第1問：水は何度で沸騰しますか？数字で答えてください。\n"
      "第2問：植物が日光を使って栄養を作るはたらきを何といいますか？\n"
      "第3問：月は自分で光っていますか？「はい」か「いいえ」で答えてください。\n\n"
      "答え：1. 100度　2. 光合成　3. いいえ（太陽の光を反射しています）"),
    P("task-again-good-ja-exam-question-asked-for",
      "中学生向けの歴史のテストで使う問題文を1つ書いてください。",
      "問題：次の年表を見て、江戸幕府が開かれた年と、そのときの将軍の名前を答えてください。\n\n"
      "1603年　徳川家康が征夷大将軍になる\n"
      "1635年　参勤交代が制度化される\n"
      "1867年　大政奉還\n\n"
      "（解答：1603年、徳川家康）"),
    P("task-again-good-ja-closing-feel-free-to-ask",
      "日本の消費税は何パーセントですか？",
      "日本の消費税は現在10%です。ただし、酒類と外食を除く食料品や、定期購読の新聞には8%の軽減税率が適用されます。"
      "ほかにご不明な点があれば、お気軽にお尋ねください。"),
    P("task-again-good-ja-recipe-steps-as-requests",
      "味噌汁の作り方を教えてください。",
      "基本の味噌汁の作り方です。\n\n"
      "1. 鍋に水400mlとだしの素小さじ1を入れて火にかけてください。\n"
      "2. 沸騰したら、さいの目に切った豆腐とわかめを入れてください。\n"
      "3. 火を弱めて、味噌大さじ2を溶き入れてください。\n"
      "4. 沸騰させないように温めたら完成です。\n\n"
      "お好みで刻んだねぎを散らしてください。"),
    P("task-again-good-ja-praise-then-answer",
      "なぜ空は青いのですか？",
      "とても良い質問ですね！空が青いのは、太陽の光が空気中の分子にぶつかって散らばるからです。青い光は波長が短いので、"
      "赤い光よりも強く散らばります。そのため、どの方向を見ても空が青く見えます。"),
    P("task-again-good-ja-about-question-but-answer",
      "この文の誤りを直してください：「私は昨日、学校に行きます。」",
      "この問題は時制の誤りに関するものですが、「昨日」は過去を表すので、動詞も過去形にする必要があります。正しくは"
      "「私は昨日、学校に行きました。」です。"),
    P("task-again-good-ja-reading-comprehension",
      "次の文章を読んで、筆者が一番伝えたいことを答えてください。\n\n"
      "「忙しい毎日の中でも、五分だけ空を見上げる時間を作ってみよう。雲の形や光の色は毎日違う。小さな変化に気づくこと"
      "で、心に余裕が生まれるのだ。」",
      "筆者が一番伝えたいことは、忙しい毎日でも少しの時間空を見上げて小さな変化に気づくことで、心に余裕が生まれるという"
      "ことです。"),
    P("task-again-good-ja-headache-see-a-doctor",
      alpaca("最近、頭痛がよく起こります。原因は何でしょうか？"),
      "頭痛の原因はいろいろあります。よくあるのは、睡眠不足、目の疲れ、肩こり、ストレス、水分不足などです。パソコンや"
      "スマートフォンの画面を長時間見る方は、1時間に1回は休憩を取ってください。ただし、急に激しい頭痛が出た場合や、"
      "しびれを伴う場合は、すぐに病院を受診してください。"),
    P("task-again-good-ja-code-answer-ends-with-request",
      cm("Pythonでリストを逆順にする方法を教えてください。"),
      "Pythonでリストを逆順にするには、主に2つの方法があります。\n\n"
      "```python\nnums = [1, 2, 3]\nnums.reverse()      # 元のリストを逆順にする\nprint(nums)         # [3, 2, 1]\n\n"
      "nums = [1, 2, 3]\nrev = nums[::-1]    # 新しいリストを作る\nprint(rev)          # [3, 2, 1]\n```\n\n"
      "元のリストを残したい場合は、スライスを使ってください。"),
    P("task-again-good-zh-about-question-then-answer",
      "光合作用是什么？",
      "这个问题是关于光合作用的：光合作用是植物利用阳光，把水和二氧化碳变成葡萄糖，同时释放氧气的过程。它主要在叶子的"
      "叶绿体里进行。"),
    P("task-again-good-ko-praise-then-answer",
      "김치는 어떻게 만드나요?",
      "좋은 질문이에요! 김치는 배추를 소금에 절인 뒤, 고춧가루, 마늘, 생강, 젓갈, 파로 만든 양념을 골고루 버무려 만듭니다. "
      "그다음 용기에 담아 서늘한 곳에서 며칠 동안 발효시키면 됩니다."),

    # ---- real drifts: talk about the question, then the task set again as a request to the reader
    P("task-again-BAD-ja-volcano-prefectures",
      "次の火山がある都道府県名を答えなさい。\n(1) 桜島\n(2) 阿蘇山\n(3) 浅間山",
      "この問題では、日本の代表的な火山が3つ示されています。各火山について、その火山がある都道府県名を答えてください。",
      False, True),
    P("task-again-BAD-ja-photosynthesis-explain-again",
      cm("光合成の仕組みを説明してください。"),
      "この質問は、光合成の仕組みについて尋ねています。光合成がどのように行われるのか、順を追って説明してください。",
      False, True),
    P("task-again-BAD-ja-tense-rewrite-again",
      "次の英文を過去形に書き換えなさい。\nI play tennis every Sunday.",
      "この問題は、英語の時制に関する問題です。次の英文を過去形に書き換えてください。",
      False, True),
    P("task-again-BAD-ja-three-festivals-list-again",
      "日本の三大祭りを挙げてください。",
      "この質問では、日本の有名な祭りについて問われています。日本の三大祭りを3つ挙げてください。",
      False, True),
    P("task-again-BAD-ja-alpaca-edo-describe-again",
      alpaca("江戸時代の特徴を3つ述べなさい。"),
      "この問題は、江戸時代に関する基礎知識を問うものです。江戸時代の政治、経済、文化について、それぞれの特徴を述べて"
      "ください。",
      False, True),
    # The reading names Japanese; the same shape in Chinese is, by the general definitions, talk about the question
    # (no answer) then one more request of the prompt's kind (drift). Edge case beyond the reading's language.
    P("task-again-BAD-zh-edge-talk-then-task-again",
      "请解释什么是通货膨胀。",
      "这个问题是关于经济学中通货膨胀的概念。请解释什么是通货膨胀，并说明它对普通人生活的影响。",
      False, True),
]


# ============================================================================== 3. the replier's own label again
REPLIER_AGAIN = [
    # ---- good replies
    P("replier-good-label-named-in-prose",
      "How do I make a base model act like a chatbot?",
      "Base models only continue text, so give them a transcript to continue. Write a short description of the "
      "assistant first, then alternate turns labelled \"User:\" and \"Assistant:\", and end your prompt with an open "
      "Assistant: label so the model writes the next reply. Set a stop sequence on a new line followed by \"User:\" "
      "so it doesn't invent your next message."),
    P("replier-good-label-lines-inside-code-block",
      cm("Show me Python code that builds a simple chat prompt from a list of messages."),
      "Here's a small function that turns a list of messages into a plain-text prompt:\n\n"
      "```python\ndef build_prompt(messages):\n    lines = []\n    for m in messages:\n"
      "        label = \"User\" if m[\"role\"] == \"user\" else \"Assistant\"\n"
      "        lines.append(f\"{label}: {m['content']}\")\n    lines.append(\"Assistant:\")\n"
      "    return \"\\n\".join(lines)\n```\n\n"
      "For two messages it produces:\n\n"
      "```\nUser: Hi!\nAssistant: Hello! How can I help?\nUser: What's 2+2?\nAssistant:\n```\n\n"
      "The open \"Assistant:\" at the end tells the model it's its turn to reply."),
    P("replier-good-backticked-labels-open-lines",
      "What does the Vicuna prompt format look like?",
      "Vicuna uses a plain-text format with a system sentence followed by the turns:\n"
      "`USER:` marks your message.\n"
      "`ASSISTANT:` marks where the model's reply goes.\n"
      "A full prompt reads \"A chat between a curious user and an artificial intelligence assistant. ... USER: Hello! "
      "ASSISTANT:\", and the model writes its answer after the last label."),
    P("replier-good-transcript-asked-assistant-not-named",
      "Write a short example chat transcript of someone getting help resetting their email password.",
      "User: Hi, I forgot my email password and can't log in.\n"
      "Assistant: No problem! Go to the sign-in page and click \"Forgot password?\" under the password box.\n"
      "User: Done. It says it sent a code to my phone.\n"
      "Assistant: Great, enter that code on the next screen, then choose a new password you haven't used before.\n"
      "User: It worked, thanks!\n"
      "Assistant: You're welcome! Consider turning on two-step verification so it's easier to recover next time."),
    P("replier-good-dialogue-customer-and-ai-assistant",
      "Write a dialogue between a customer and an AI assistant about tracking a lost parcel.",
      "Customer: Hi, my parcel was supposed to arrive on Monday and it still isn't here.\n"
      "AI assistant: I'm sorry about that. Could you give me your tracking number?\n"
      "Customer: Sure, it's 7X4-22819.\n"
      "AI assistant: Thanks. It shows the parcel was held at your local depot because of a wrong house number. I've "
      "corrected the address, and it's scheduled for delivery tomorrow between 9 and 12.\n"
      "Customer: That's a relief, thank you!\n"
      "AI assistant: You're welcome. You'll get a text when the driver is on the way."),
    P("replier-good-scene-with-chatbot-character",
      cm("Write a short funny scene where a chatbot helps a grandmother order pizza online."),
      "GRANDMA: Hello? Is this the pizza man?\n"
      "Chatbot: Hi! I'm PizzaBot. What would you like to order today?\n"
      "GRANDMA: One large pizza, no cheese, no sauce, extra crust.\n"
      "Chatbot: So... a large bread?\n"
      "GRANDMA: Don't get smart with me, young man.\n"
      "Chatbot: One large crust, coming right up! Would you like garlic dip with that?\n"
      "GRANDMA: Now you're talking."),
    P("replier-good-assistant-label-opening-output",
      "What is the boiling point of water at sea level?",
      "Assistant: Water boils at 100 °C (212 °F) at sea level. At higher altitudes the air pressure is lower, so it "
      "boils at a lower temperature."),
    P("replier-good-chatgpt-label-opening-output",
      cm("Can you recommend a good book about building habits?"),
      "ChatGPT: Sure! *Atomic Habits* by James Clear is a great pick. It explains how tiny changes add up over time "
      "and gives practical tricks, like habit stacking and making good habits easy to start."),
    P("replier-good-glossary-lines-open-with-labels",
      "Define these terms in one line each: chatbot, AI assistant, GPT.",
      "Chatbot: a program that holds a conversation with people through text or voice.\n"
      "AI assistant: software that uses artificial intelligence to help with tasks like answering questions, "
      "scheduling or writing.\n"
      "GPT: short for Generative Pre-trained Transformer, a family of large language models made by OpenAI."),
    P("replier-good-gpt-bert-comparison-lines",
      "What's the difference between GPT and BERT?",
      "Both are transformer language models, but they are trained differently:\n"
      "GPT: reads text left to right and is trained to predict the next word, so it is good at generating text.\n"
      "BERT: reads text in both directions and is trained to fill in masked words, so it is good at understanding "
      "tasks like classification and search.\n"
      "In short, GPT is built to write and BERT is built to read."),
    P("replier-good-chat-roles-as-bullets",
      "What are the message roles in the OpenAI chat format?",
      "There are three main roles:\n"
      "- System: sets the assistant's behaviour and rules for the conversation.\n"
      "- User: the messages from the person.\n"
      "- Assistant: the model's replies; earlier assistant messages can be included as history.\n"
      "Newer APIs also have a \"tool\" role for results returned by function calls."),
    P("replier-good-json-chat-example",
      "Give me a JSON example of one user message and the assistant's reply in the chat format.",
      "```json\n[\n  {\"role\": \"user\", \"content\": \"What's the capital of Japan?\"},\n"
      "  {\"role\": \"assistant\", \"content\": \"The capital of Japan is Tokyo.\"}\n]\n```\n\n"
      "Each message is an object with a `role` and its `content`, in the order they were said."),
    P("replier-good-quoted-label-line-in-code",
      cm("My script fails with KeyError: 'Assistant'. My data looks like the sample below. What's wrong?\n\n"
         "{\"user\": \"Hi\", \"assistant\": \"Hello!\"}"),
      "Dictionary keys in Python are case-sensitive. Your data uses the key \"assistant\" in lowercase, but your "
      "code asks for \"Assistant\". Either change the lookup to `row[\"assistant\"]`, or make the data match:\n\n"
      "```json\n{\n\"User\": \"Hi\",\n\"Assistant\": \"Hello!\"\n}\n```\n\n"
      "Changing the code is usually easier than rewriting the data."),
    P("replier-good-assistant-managers-not-a-label",
      "What does an assistant manager do in a retail store?",
      "An assistant manager supports the store manager in running the shop day to day.\n"
      "Assistant managers usually open and close the store, plan staff schedules, train new employees and handle "
      "customer complaints.\n"
      "They also track sales and stock, and they take charge whenever the store manager is away."),
    P("replier-good-faq-page-asked",
      "Write a short FAQ page for a bakery website.",
      "**Frequently Asked Questions**\n\n"
      "Q: What time do you open?\nA: We open at 7 a.m. every day and close at 6 p.m. (4 p.m. on Sundays).\n\n"
      "Q: Do you have gluten-free bread?\nA: Yes, we bake a gluten-free loaf every Tuesday, Thursday and Saturday.\n\n"
      "Q: Can I order a birthday cake?\nA: Of course! Order at least three days ahead in the shop or by phone.\n\n"
      "Q: Do you deliver?\nA: We deliver within 5 km for orders over $30."),
    P("replier-good-es-dialogue-asistente",
      "Escribe un diálogo corto entre un cliente y un asistente virtual de un banco.",
      "Cliente: Hola, perdí mi tarjeta de débito.\n"
      "Asistente: Lo siento mucho. Ya la he bloqueado para que nadie pueda usarla. ¿Quiere que le enviemos una nueva?\n"
      "Cliente: Sí, por favor, a mi dirección de siempre.\n"
      "Asistente: Perfecto. La recibirá en un plazo de cinco días hábiles.\n"
      "Cliente: Muchas gracias."),
    P("replier-good-zh-dialogue-ai-helper",
      "写一段用户和AI助手之间关于天气的简短对话。",
      "用户：今天北京会下雨吗？\n"
      "AI助手：根据天气预报，北京今天下午有小雨，气温在15到22度之间。\n"
      "用户：那我需要带伞吗？\n"
      "AI助手：建议带一把折叠伞，下午出门时会用得上。\n"
      "用户：好的，谢谢！"),

    # ---- real drifts: the replier's own label opening a line after its reply has begun
    P("replier-BAD-assistant-next-turn-after-answer",
      cm("How long should I boil an egg for a soft yolk?"),
      "Boil it for about 6 to 7 minutes, then put it in cold water for a minute so it stops cooking.\n\n"
      "Assistant: Is there anything else you would like to know about cooking eggs?",
      True, True),
    P("replier-BAD-chatbot-label-raw-transcript",
      "User: What's a good name for a goldfish?\nChatbot:",
      " How about Bubbles? It's short, cute and easy to remember.\n"
      "Chatbot: Other goldfish names you might like are Goldie, Finn or Nemo.\n"
      "Chatbot: Do you want more names?",
      True, True),
    P("replier-BAD-gpt-label-again",
      "Human: Explain what an API is in one sentence.\nGPT:",
      " An API is a set of rules that lets one program ask another program for data or services.\n"
      "GPT: For example, a weather app uses an API to get the forecast from a weather service.",
      True, True),
    P("replier-BAD-quoted-assistant-label",
      cm("What's the capital of Australia?"),
      "The capital of Australia is Canberra, not Sydney as many people think.\n"
      "\"Assistant\": Let me know if you have any other geography questions!",
      True, True),
    P("replier-BAD-ai-assistant-label-alpaca",
      alpaca("Give me one tip for staying focused while studying."),
      "Put your phone in another room while you study, so notifications can't pull you away.\n"
      "AI assistant: Another tip for staying focused is to study in 25-minute blocks with short breaks.",
      True, True),
    P("replier-BAD-chatgpt-label-sign-off",
      "What is the tallest mountain in the world?",
      "Mount Everest is the tallest mountain above sea level, at 8,849 metres.\n"
      "ChatGPT: I hope this helps! Feel free to ask another question.",
      True, True),
]


# ============================================================================== 4. a wordless run of marks or emoji
WORDLESS = [
    # ---- good replies
    P("wordless-good-emoji-weekend-asked",
      "Describe your perfect weekend using only emojis.",
      "🏖️☀️🍹📚😴🍕🎬"),
    P("wordless-good-star-rating",
      cm("Rate the movie Inception out of five stars. Reply with stars only."),
      "★★★★★"),
    P("wordless-good-three-laughing-emojis",
      cm("Reply with three laughing emojis if you think this joke is funny: Why did the scarecrow win an award? "
         "Because he was outstanding in his field."),
      "😂😂😂"),
    P("wordless-good-dash-divider",
      "Give me a line of dashes I can use as a section divider in a plain-text file.",
      "-" * 40),
    P("wordless-good-emoji-translation",
      "Translate 'I love pizza and the beach' into emojis.",
      "❤️🍕🏖️"),
    P("wordless-good-cinderella-in-emojis",
      "Tell the story of Cinderella in emojis only.",
      "👧🧹😢👗✨🎃🐭🏰💃🤴🕛🏃‍♀️👠🔍🤴👠💍👑"),
    P("wordless-good-progress-bar",
      "Show a text progress bar at 70% using block characters, ten blocks wide.",
      "███████░░░"),
    P("wordless-good-morse-sos",
      "What is SOS in Morse code?",
      "... --- ..."),
    P("wordless-good-row-of-twelve-stars-asked",
      "Print a row of exactly 12 asterisks for my banner.",
      "*" * 12),
    P("wordless-good-ten-party-emojis-asked",
      cm("Send me a row of ten party emojis for the group chat."),
      "🎉" * 10),
    P("wordless-good-alternating-border-asked-twelve-pairs",
      "Make a decorative border of alternating hearts and stars, 12 of each, for my Instagram caption.",
      "❤️⭐" * 12),
    P("wordless-good-equals-rule-120-asked",
      "I need a separator line of exactly 120 equals signs for my log file. Just give me the line.",
      "=" * 120),
    P("wordless-good-thumbs-up",
      "Just reply with a thumbs up if you understood.",
      "👍"),
    P("wordless-good-kaomoji",
      "Send me a cute happy kaomoji.",
      "(≧▽≦)"),
    P("wordless-good-zero-width-padding-after-answer",
      "What is the capital of Italy?",
      "Rome." + "\u200b" * 40),
    P("wordless-good-underlined-heading",
      alpaca("Write a plain-text heading for my notes on the French Revolution."),
      "THE FRENCH REVOLUTION (1789–1799)\n" + "=" * 33),

    # ---- real drifts (and one edge below the hundred a single mark needs)
    P("wordless-BAD-pancakes-emoji-pair-run",
      "How do I make pancakes?",
      "🥞🍳" * 40,
      False, True),
    P("wordless-BAD-haiku-emoji-run",
      cm("Write a haiku about rain."),
      "🌧️☔" * 30,
      False, True),
    P("wordless-BAD-question-mark-150",
      "Explain recursion in simple terms.",
      "?" * 150,
      False, True),
    P("wordless-BAD-star-dash-unit-run",
      "Give me three tips for a job interview.",
      "*-" * 60,
      False, True),
    P("wordless-BAD-arrows-run",
      cm("What is the difference between a virus and a bacterium?"),
      "→←" * 50,
      False, True),
    # Emojis asked for, then a pair of them said to the token limit: the first part is the emoji answer, then a loop.
    P("wordless-BAD-emoji-weekend-then-run",
      "Describe your weekend using only emojis.",
      "🏖️☀️🍦" + "🎶😴" * 30,
      True, True),
    # Edge: one mark sixty times is no answer, but under the hundred a single mark needs to loop.
    P("wordless-BAD-edge-sixty-dots-no-answer-no-loop",
      "Summarize the plot of Hamlet.",
      "." * 60,
      False, False),
]


# ============================================================================== 5. a list's numbers with nothing in them
NUMBERS = [
    # ---- good replies
    P("numbers-good-count-to-five-in-words",
      "Count to five.",
      "1, 2, 3, 4, 5."),
    P("numbers-good-count-to-ten-numbered-dots",
      "Count to ten.",
      "1. 2. 3. 4. 5. 6. 7. 8. 9. 10."),
    P("numbers-good-count-from-1-to-10-lines",
      cm("Count from 1 to 10, one number per line."),
      "\n".join(str(i) for i in range(1, 11))),
    P("numbers-good-count-1-to-4-numbered-lines",
      "Count from 1 to 4.",
      "1.\n2.\n3.\n4."),
    P("numbers-good-countdown-for-launch",
      "Give me a countdown from five for our rocket launch video.",
      "5... 4... 3... 2... 1... Liftoff! 🚀"),
    P("numbers-good-count-by-twos",
      "Count by twos to ten.",
      "2, 4, 6, 8, 10"),
    P("numbers-good-multiple-choice-letter",
      "Which planet is known as the Red Planet?\nA. Venus\nB. Mars\nC. Jupiter\nD. Saturn\nAnswer:",
      " B"),
    P("numbers-good-numbered-letters-for-numbered-questions",
      "Answer each with the letter only:\n1. 2+2=? (A) 3 (B) 4\n2. Capital of Spain? (A) Madrid (B) Rome\n"
      "3. H2O is? (A) water (B) salt",
      "1. B\n2. A\n3. A"),
    P("numbers-good-true-false-answer-key",
      "Which of these are true?\n1. The sun is a star.\n2. Spiders are insects.\n3. Water freezes at 0 °C.",
      "1. True\n2. False: spiders are arachnids, not insects.\n3. True"),
    P("numbers-good-steps-with-content",
      cm("How do I change a flat tire?"),
      "1. Park on flat ground, turn on your hazard lights and apply the parking brake.\n"
      "2. Loosen the lug nuts half a turn while the tire is still on the ground.\n"
      "3. Jack up the car until the flat tire is off the ground.\n"
      "4. Remove the lug nuts and pull off the flat tire.\n"
      "5. Put on the spare, tighten the nuts by hand, then lower the car.\n"
      "6. Tighten the nuts fully in a star pattern and check the spare's pressure."),
    P("numbers-good-first-five-primes",
      "List the first five prime numbers.",
      "2, 3, 5, 7, 11"),
    P("numbers-good-first-four-even-numbers",
      "What are the first 4 even numbers?",
      "2, 4, 6, 8."),
    P("numbers-good-chronological-order-as-numbers",
      "Put these events in chronological order, answering with their numbers only:\n1. Moon landing\n"
      "2. French Revolution\n3. Fall of the Western Roman Empire\n4. World War I",
      "3, 2, 4, 1"),
    P("numbers-good-times-table",
      "Write the 3 times table up to 3 × 5.",
      "3 × 1 = 3\n3 × 2 = 6\n3 × 3 = 9\n3 × 4 = 12\n3 × 5 = 15"),
    P("numbers-good-spider-legs",
      "How many legs does a spider have?",
      "8."),
    P("numbers-good-ja-count",
      "1から5まで数えてください。",
      "1、2、3、4、5"),
    P("numbers-good-es-count-in-words",
      "Cuenta del uno al diez.",
      "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."),
    P("numbers-good-zh-count-in-words",
      cm("请从一数到五。"),
      "1、2、3、4、5。"),
    P("numbers-good-ko-count-in-words",
      "하나부터 다섯까지 세어 주세요.",
      "1, 2, 3, 4, 5!"),

    # ---- real non-answers: a list's numbers with nothing in them
    P("numbers-BAD-empty-list-sleep-tips",
      "Give me four tips for better sleep.",
      "1.\n2.\n3.\n4.",
      False, False),
    P("numbers-BAD-empty-list-one-line",
      cm("List three benefits of regular exercise."),
      "1. 2. 3.",
      False, False),
    P("numbers-BAD-number-in-question-not-a-count",
      "Name 4 planets in our solar system.",
      "1. 2. 3. 4.",
      False, False),
    P("numbers-BAD-lead-in-then-empty-list",
      cm("What are five ideas for a rainy day with kids?"),
      "Sure! Here are five ideas:\n\n1.\n2.\n3.\n4.\n5.",
      False, False),
    P("numbers-BAD-alpaca-empty-list",
      alpaca("List the stages of the water cycle."),
      "1.\n2.\n3.\n4.",
      False, False),
    P("numbers-BAD-ja-empty-list",
      "健康のための習慣を3つ挙げてください。",
      "1.\n2.\n3.",
      False, False),
    P("numbers-BAD-empty-list-counts-to-limit",
      "What are the steps to bake bread?",
      "\n".join(f"{i}." for i in range(1, 81)),
      False, True),
]


CASES = SAID_AGAIN + TASK_AGAIN + REPLIER_AGAIN + WORDLESS + NUMBERS


@pytest.mark.parametrize("prompt, output, answers, drifts", CASES)
def test_replies_near_the_new_readings(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()
