"""Good chat replies written close to the triggers of four readings answer and do not drift; the drift each
reading is meant to catch is still caught.

The readings under test:

1. ``prompt.questions``: a question opening the output, on the prompt's topic, asks instead of answering. Only
   an open field whose label is a word of the request ("Turn the sentence into a question. ... Question:")
   lets a question fill it; a field for the reply ("### Response:", "Answer:", "Output:", "###返答:") does
   not. A Japanese question's topic words are its pairs of Han or Katakana characters, and "？" ends a
   question as "?" does.
2. ``prompt.new_request``: in Japanese, an output whose first sentence, read whole however long, ends as the
   prompt's request does ("…さい" for "…してください") and names the question's pairs of characters is a new
   request, not an answer.
3. Korean topic words (``topic.topic_re``): a Korean stem of up to three syllables may have a space between
   its syllables ("분산 원장" names "분산원장").
4. ``prompt.opening``: "Write an ..." opens as "Write a ..." does, so a line after the output's first that
   opens so and ends as the prompt's first sentence does is the next request.

For each, ordinary replies come as near the trigger as a person or an assistant writes: in instruction
templates (Alpaca's "### Instruction:/### Response:", "Question:/Answer:", "Input:/Output:", "指示：/回答：",
"###指示:/###返答:", "问题：/回答："), replies that open with a rhetorical or clarifying question and then
answer it, titles and headlines worded as questions, quiz and interview questions asked for, sentences
rewritten as questions; Japanese advice whose first long sentence ends "…してください"; Korean compounds
written with and without their space, and Korean text on something else whose neighbouring words could
spell the question's word; tips, plans, lists, poems and stories with a line that opens "Write an ...".
Every reply here was written for this test. The probes the judges still get wrong are strict expected
failures naming the measure and the shape; those found by other measures than the reading's are marked so.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail


def alpaca(instruction):
    return f"### Instruction:\n{instruction}\n\n### Response:"


def alpaca_long(instruction, given=None):
    if given is None:
        return ("Below is an instruction that describes a task. Write a response that appropriately completes "
                f"the request.\n\n### Instruction:\n{instruction}\n\n### Response:")
    return ("Below is an instruction that describes a task, paired with an input that provides further context. "
            "Write a response that appropriately completes the request.\n\n"
            f"### Instruction:\n{instruction}\n\n### Input:\n{given}\n\n### Response:")


def question_answer(question):
    return f"Question: {question}\nAnswer:"


def shiji(instruction):
    return f"指示：{instruction}\n回答："


def shiji_headed(instruction):
    return ("以下はタスクを説明する指示です。要求を適切に満たすような返答を書いてください。\n\n"
            f"###指示: {instruction}\n###返答:")


# --- 1. prompt.questions -----------------------------------------------------------------------------------

QUESTION_FIRST = [
    # A rhetorical or clarifying question, then the answer, in a field for the reply.
    pytest.param(alpaca("Explain why ice floats on water."),
                 "Why does ice float? Because water expands when it freezes: its molecules lock into an open "
                 "hexagonal lattice, so ice is about 9% less dense than liquid water and floats on it.",
                 id="Alpaca, a rhetorical question, then a long answer"),
    pytest.param(alpaca("Explain why ice floats on water."), " Why does ice float? Because it is less dense than water.",
                 id="Alpaca, a rhetorical question, then a short answer"),
    pytest.param(question_answer("What causes the seasons on Earth?"),
                 " What causes the seasons? Not the distance to the Sun, as many think, but the tilt of Earth's "
                 "axis: each hemisphere gets more direct sunlight in its summer.", id="Question/Answer, rhetorical"),
    pytest.param(alpaca("Name two mountains in Asia that are over 8,000 metres."),
                 "Which mountains are over 8,000 metres? Fourteen of them, all in Asia; two are Mount Everest "
                 "(8,849 m) and K2 (8,611 m).", id="Alpaca, the request turned into a question, then answered"),
    pytest.param(alpaca("Describe the main benefits of regular exercise."),
                 "What does regular exercise do for you? Quite a lot: it strengthens the heart, improves sleep "
                 "and mood, helps control weight, and lowers the risk of diabetes and some cancers.",
                 id="Alpaca, a question to the reader"),
    pytest.param(alpaca_long("What is the best way to learn a new language?"),
                 " What is the best way to learn a language? Practice every day: speak with native speakers, "
                 "listen to podcasts, read simple books and review vocabulary with flashcards.",
                 id="Alpaca with its preamble, the question said back shorter"),
    pytest.param(alpaca("How do I make my houseplants grow faster?"),
                 "Are they getting enough light? Most houseplants grow slowly because of low light. Move them near "
                 "a bright window, water only when the top soil is dry, and feed them a diluted fertiliser every "
                 "two weeks in spring and summer.", id="Alpaca, a clarifying question, then advice"),
    pytest.param("How do I fix a leaky faucet?",
                 "Is it a compression faucet or a cartridge one? For most: turn off the water under the sink, "
                 "remove the handle, replace the worn washer or cartridge, and reassemble.",
                 id="plain, a clarifying question, then steps"),
    pytest.param(alpaca("How do I reset my router?"),
                 "Which router do you have? For most models: find the small reset hole on the back, hold it down "
                 "with a paperclip for 10 seconds, and wait two minutes for it to restart.",
                 id="Alpaca, which model, then steps"),
    pytest.param(alpaca("What is photosynthesis?"),
                 "What is photosynthesis? It is the process by which plants use sunlight, water and carbon "
                 "dioxide to make glucose and release oxygen.", id="Alpaca, a short question said back"),
    pytest.param(alpaca("Explain the difference between weather and climate."),
                 "Weather or climate? Weather is what the atmosphere does over hours or days; climate is the "
                 "average of weather over 30 years or more.", id="Alpaca, the two things as a question"),
    pytest.param(alpaca("What should I pack for a week-long trip to Iceland in winter?"),
                 "Going to Iceland in winter? Pack thermal base layers, a warm waterproof jacket, insulated boots, "
                 "a hat, gloves, and a swimsuit for the hot springs.", id="Alpaca, a friendly opening question"),
    pytest.param(alpaca("What's the best time to visit Japan?"),
                 "The best time to visit Japan? Spring (late March to early April) for the cherry blossoms, or "
                 "autumn (October to November) for the colourful leaves and mild weather.",
                 id="Alpaca, the subject with a question mark"),
    pytest.param(alpaca("Give me a tip for staying focused while studying."),
                 "Struggling to stay focused while studying? Try the Pomodoro technique: 25 minutes of work, then "
                 "a 5-minute break.", id="Alpaca, a tip opening with a question"),
    pytest.param(alpaca("Explain what a black hole is."),
                 "Ever wondered what happens when a giant star dies? Sometimes it collapses into a black hole: a "
                 "region where gravity is so strong that nothing, not even light, can escape.", id="Alpaca, a hook"),
    pytest.param("Input: Explain recursion.\nOutput:",
                 " What is recursion? A function calling itself on a smaller piece of the problem until it reaches "
                 "a base case.", id="Input/Output, rhetorical"),
    pytest.param("Instruction: Answer the question.\nInput: Why do cats purr?\nOutput:",
                 " Why do cats purr? Mostly to show contentment, but also to soothe themselves when hurt or stressed.",
                 id="Instruction/Input/Output, the question said back"),
    pytest.param("Instruction: Recommend a good book for learning Python.\nResponse:",
                 " Looking for a beginner book for Python? Try \"Automate the Boring Stuff with Python\" by Al "
                 "Sweigart; it is free online and full of practical projects.", id="Instruction/Response, a hook"),
    pytest.param(alpaca("Should I learn Python or JavaScript first?"),
                 "Python or JavaScript? If you want to build websites, start with JavaScript; for data, automation "
                 "or a gentle first language, start with Python.", id="Alpaca, the options as a question"),
    pytest.param(alpaca("What is the difference between a virus and a bacterium?"),
                 "What sets them apart? Bacteria are single living cells that can reproduce on their own; viruses "
                 "are much smaller particles that can only multiply inside a host cell.", id="Alpaca, what sets them apart"),
    pytest.param(alpaca("Give me a recipe for pancakes."),
                 "Want fluffy pancakes? Whisk 200 g flour, 2 tsp baking powder, a pinch of salt and 1 tbsp sugar. "
                 "Beat in 300 ml milk, 1 egg and 2 tbsp melted butter. Cook ladlefuls in a hot buttered pan until "
                 "bubbles appear, then flip.", id="Alpaca, a recipe opening with a question"),
    pytest.param(question_answer("Can dogs eat grapes?"),
                 " No. Grapes and raisins can cause kidney failure in dogs, even in small amounts.",
                 id="Question/Answer, a plain answer"),
    pytest.param(question_answer("Is a tomato a fruit or a vegetable?"),
                 " Botanically a fruit; in the kitchen it is used as a vegetable.", id="Question/Answer, one option"),
    # Questions asked for: the work is questions, a title, a riddle, a piece.
    pytest.param(alpaca("Give a title for an article about saving money on groceries."),
                 "How Can You Cut Your Grocery Bill in Half?", id="Alpaca, a title worded as a question"),
    pytest.param(alpaca("Write three quiz questions about the solar system."),
                 "1. Which planet is closest to the Sun?\n2. How many moons does Mars have?\n3. What is the largest "
                 "planet in the solar system?", id="Alpaca, quiz questions"),
    pytest.param(alpaca("Write five interview questions for a software engineer role."),
                 "1. Tell me about a project you are proud of.\n2. How do you approach debugging a production "
                 "issue?\n3. What is your experience with code reviews?\n4. How do you keep your skills up to date?"
                 "\n5. Why do you want to join our team?", id="Alpaca, interview questions"),
    pytest.param(alpaca("Come up with three questions to ask on a first date."),
                 "1. What's the best trip you've ever taken?\n2. What do you love doing on a free Sunday?\n3. "
                 "What's something you're learning right now?", id="Alpaca, first-date questions"),
    pytest.param(alpaca("Write a riddle about the moon."),
                 "What shines at night but has no light of its own, changes its face each week, and pulls the sea "
                 "without hands? The moon.", id="Alpaca, a riddle"),
    pytest.param(alpaca("Generate a question about climate change for a class debate."),
                 "Should rich countries pay poorer ones to cut their emissions?", id="Alpaca, a debate question"),
    pytest.param(alpaca("Write an FAQ about our return policy."),
                 "**Can I return an item?**\nYes, within 30 days of delivery.\n\n**Do I pay for return shipping?**\n"
                 "No, returns are free.\n\n**When will I get my refund?**\nWithin five working days of the item "
                 "reaching us.", id="Alpaca, an FAQ in bold questions"),
    pytest.param(alpaca("Write an FAQ section for a yoga studio website."),
                 "## Do I need experience?\nNo. Our beginner classes start from the basics.\n\n## What should I "
                 "bring?\nA mat and a water bottle; we lend mats if you forget.\n\n## How early should I arrive?\n"
                 "Ten minutes before class, so you can settle in.", id="Alpaca, an FAQ under question headings"),
    pytest.param(alpaca("Write a slogan for a coffee shop."), "Need a lift? Our coffee is always fresh.",
                 id="Alpaca, a slogan opening with a question"),
    pytest.param(alpaca("Write a tweet announcing our new coffee blend."),
                 "Ready for something new? Our Sumatra dark roast coffee blend is here, rich, smooth and bold. Try "
                 "it this week at 20% off!", id="Alpaca, a tweet opening with a question"),
    pytest.param(alpaca("Write a haiku about autumn rain."),
                 "Why does rain fall so?\nMaple leaves drift in puddles\nautumn says goodbye", id="Alpaca, a haiku"),
    pytest.param(alpaca("Write a limerick about a cat."),
                 "Have you heard of a cat named Lou?\nWho slept in a size-seven shoe?\nShe curled up inside,\nwith "
                 "the laces untied,\nand purred the whole afternoon through.", id="Alpaca, a limerick"),
    pytest.param(alpaca("Paraphrase this question: How can I improve my sleep?"), "What can I do to sleep better?",
                 id="Alpaca, a question paraphrased"),
    pytest.param(alpaca("Translate into French: Where is the train station?"), "Où est la gare ?",
                 id="Alpaca, a question translated"),
    pytest.param("Turn the sentence into a question.\n\nSentence: The train leaves at noon.\nQuestion:",
                 " Does the train leave at noon?", id="a Question: field named by the request"),
    pytest.param("Give me a good icebreaker question for a team meeting.",
                 "\"If you could have dinner with anyone, living or dead, who would it be?\"",
                 id="plain, an icebreaker in quotation marks"),
    # Japanese and Chinese, opening with a question and answering it.
    pytest.param(shiji("睡眠の質を上げる方法を教えてください。"),
                 "睡眠の質を上げるにはどうすればよいでしょうか？まず、毎日同じ時間に寝て同じ時間に起きることが大切です。"
                 "寝る前のスマートフォンを控え、寝室を暗く涼しく保ちましょう。", id="Japanese, でしょうか？ then advice"),
    pytest.param(shiji_headed("光合成とは何か簡単に説明してください。"),
                 "光合成とは何でしょうか？植物が太陽の光のエネルギーを使って、水と二酸化炭素から糖を作り、酸素を出す"
                 "はたらきのことです。", id="Japanese, headed template, a definition"),
    pytest.param(shiji_headed("コーヒーは体に悪いですか？"),
                 "コーヒーは体に悪いのでしょうか？適量であれば、むしろ健康に良い面もあります。一日三杯程度までなら、多く"
                 "の大人にとって問題はありません。", id="Japanese, the question said back, then answered"),
    pytest.param(shiji("地球温暖化の主な原因は何ですか？"),
                 "地球温暖化の主な原因は何でしょうか？最大の原因は、石炭や石油などの化石燃料を燃やすことで出る二酸化"
                 "炭素です。", id="Japanese, the cause"),
    pytest.param(shiji("日本の歴史についてのクイズを三問作ってください。"),
                 "1. 江戸幕府を開いたのは誰ですか？\n2. 明治維新が始まったのは何年ですか？\n3. 日本最古の歴史書は何ですか？",
                 id="Japanese, quiz questions asked for"),
    pytest.param(shiji("面接でよく聞かれる質問を一つ挙げてください。"),
                 "「あなたの長所と短所を教えてください。」という質問がよく聞かれます。", id="Japanese, an interview question quoted"),
    pytest.param("### 指令：\n解释一下为什么冰会浮在水面上。\n\n### 回答：",
                 "冰为什么会浮起来？因为水结冰时分子排列成疏松的六边形结构，冰的密度比水小约百分之九，所以能浮在水面上。",
                 id="Chinese, a rhetorical question, then the reason"),
    pytest.param("问题：如何提高睡眠质量？\n回答：",
                 "怎样才能睡得更好？首先要规律作息，每天同一时间睡觉和起床；其次睡前少看手机，保持卧室安静、黑暗、凉爽。",
                 id="Chinese, a question, then advice"),
    pytest.param("问题：学习英语最好的方法是什么？\n回答：", "最好的方法是什么？每天坚持：多听播客、多读简单的书、多和别人用英语交流。",
                 id="Chinese, the question shortened"),
    pytest.param("### 指令：\n请出三道关于太阳系的问答题。\n\n### 回答：",
                 "1. 离太阳最近的行星是哪一颗？\n2. 太阳系中最大的行星是哪一颗？\n3. 地球有几颗天然卫星？",
                 id="Chinese, quiz questions asked for"),
    # A question asked for ("Write a question about ...", "Turn the statement into a question", a headline, a
    # hook), in a field for the reply: the work asked for, not a question back.
    pytest.param(alpaca("Turn the statement into a question: The train leaves at noon."), "Does the train leave at noon?"),
    pytest.param(alpaca("Turn the following into a yes/no question: The store closes at 9 pm."),
                 "Does the store close at 9 pm?"),
    pytest.param("Instruction: Rewrite the sentence as a question.\nInput: She likes green tea.\nOutput:",
                 " Does she like green tea?"),
    pytest.param(alpaca_long("Convert the sentence into a question.", "The museum opens at nine."),
                 "Does the museum open at nine?"),
    pytest.param(alpaca("Write a question about the water cycle."),
                 "What happens to rainwater after it falls on the ground?"),
    pytest.param(alpaca("Generate a question about the water cycle."),
                 "What happens to rainwater after it falls on the ground?"),
    pytest.param(alpaca("Write a question to ask a customer about their experience with our app."),
                 "How easy was it to find what you were looking for in our app today?"),
    pytest.param(question_answer("Write a question about photosynthesis."),
                 " What gas do plants release during photosynthesis?"),
    pytest.param(alpaca("Ask me a question about my favorite book."),
                 "What is your favorite book, and why does it stay with you?"),
    pytest.param(alpaca("Suggest a headline for an article about remote work."), "Is Remote Work Here to Stay?"),
    pytest.param(alpaca("Suggest a catchy headline for a blog post about learning to code."),
                 "Ready to Learn to Code? Start Here"),
    pytest.param(alpaca("Write a hook for an essay about social media."),
                 "How many hours did you spend on social media yesterday?"),
    pytest.param("What are some common questions people ask about solar panels?",
                 "Common ones include:\n\n- How much do solar panels cost?\n- How long do solar panels last?\n- Do "
                 "solar panels work on cloudy days?\n- Will solar panels lower my electricity bill?"),
    # A short question, then a short answer: the reply answers the question it opens with.
    pytest.param(question_answer("How tall is Mount Everest?"), " How tall is Everest? 8,849 metres."),
    pytest.param(alpaca("How many bones are in the adult human body?"), "How many bones do adults have? 206."),
    pytest.param(alpaca("Tell me the boiling point of water."), "The boiling point of water? 100 °C at sea level."),
    pytest.param(alpaca("Who wrote Pride and Prejudice?"), "Who wrote it? Jane Austen, in 1813."),
    pytest.param(alpaca("Name the capital of Canada."), "The capital of Canada? It's Ottawa.",
                 marks=xfail("prompt.echo: the subject said back with a question mark ('The capital of Canada?') is "
                             "two-thirds of a short reply")),
    pytest.param(shiji("日本の首都はどこですか？"), "日本の首都はどこでしょうか？答えは東京です。"),
    pytest.param(shiji_headed("富士山の高さを教えてください。"),
                 "富士山の高さはどれくらいでしょうか？標高は3,776メートルで、日本で最も高い山です。"),
    # Near the reading, found by other measures.
    pytest.param("What is a good question to ask at the end of a job interview?",
                 "A strong one is: \"What does success look like in this role after six months?\" It shows you are "
                 "thinking about results.",
                 marks=xfail("topic.trailing_gap: the quoted question names none of the question's words")),
    pytest.param(alpaca("Write a discussion question for a book club reading 1984."),
                 "Is Winston's final love for Big Brother a defeat, or was resistance never possible in Oceania?",
                 marks=xfail("topic.trailing_gap: the question names the novel's people, not '1984' or 'book club'")),
    pytest.param(alpaca("Create a multiple-choice question about the French Revolution."),
                 "In which year did the storming of the Bastille take place?\nA) 1776\nB) 1789\nC) 1804\nD) 1815\n"
                 "Answer: B"),
    pytest.param(alpaca("Write an opening line for a speech about climate change."),
                 "What kind of planet will we leave our children?",
                 marks=xfail("reply.question_back: the opening line asked for is read as a question to the asker")),
    pytest.param(shiji_headed("なぜ空は青いのか説明してください。"),
                 "なぜ空は青いのでしょうか？それは、太陽の光が大気中の分子にぶつかって散乱するとき、波長の短い青い光ほど"
                 "強く散乱されるからです。",
                 marks=xfail("topic.trailing_gap: the question's words are single characters (空, 青), no pair named")),
]


@pytest.mark.parametrize("prompt, output", QUESTION_FIRST)
def test_replies_opening_with_a_question_or_asked_for_questions_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


QUESTION_DRIFTS = [
    pytest.param(alpaca("Name three rivers in Africa."), "Which is the longest river in Africa?",
                 id="Alpaca, the next question"),
    pytest.param(question_answer("What is the capital of Peru?"), " What is the capital of Bolivia?",
                 id="Question/Answer, the next question"),
    pytest.param("Input: Explain how vaccines work.\nOutput:", " How do vaccines train the immune system to fight a virus?",
                 id="Input/Output, a question on the topic"),
    pytest.param(shiji("東京タワーの高さを教えてください。"), "東京タワーとスカイツリーはどちらが高いですか？",
                 id="Japanese, a question with ？"),
    pytest.param(shiji_headed("日本の四季の特徴を説明してください。"), "日本の四季のうち、最も過ごしやすい季節はいつですか？",
                 id="Japanese headed template, a question with ？"),
]


@pytest.mark.parametrize("prompt, output", QUESTION_DRIFTS)
def test_a_question_in_the_reply_field_still_asks_instead_of_answering(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "prompt.questions" in drift_measures(verdict), verdict.explain()


# --- 2. prompt.new_request ---------------------------------------------------------------------------------

JAPANESE_ADVICE = [
    pytest.param(shiji("確定申告の手順を説明してください。"),
                 "1. 源泉徴収票や領収書などの必要書類をそろえます。\n2. 国税庁のサイトで申告書を作成します。\n3. e-Taxか"
                 "郵送で提出してください。", id="steps, the last in request form"),
    pytest.param(shiji("京都でおすすめの観光地を教えてください。"),
                 "清水寺、伏見稲荷大社、金閣寺、嵐山の竹林がおすすめです。春の桜や秋の紅葉の季節に、ぜひ京都を訪れて"
                 "みてください。", id="places, then ぜひ…みてください"),
    pytest.param(shiji("メールの返信が遅れたときのお詫びの書き方を教えてください。"),
                 "返信が遅れたお詫びは、冒頭で「ご返信が遅くなり、大変申し訳ございません。」と一言添えてから本題に入る"
                 "とよいでしょう。", id="advice ending でしょう"),
    pytest.param(shiji("パスポートの申請方法を教えてください。"),
                 "パスポートは、住民登録をしている都道府県のパスポートセンターで申請します。必要なものは申請書、戸籍謄本、"
                 "写真、本人確認書類です。受け取りまで一週間ほどかかるので、旅行の日程に余裕をもって申請してください。",
                 id="the request form in the last sentence"),
    pytest.param(shiji_headed("新しいスマートフォンの初期設定の手順を説明してください。"),
                 "1. 電源を入れ、言語と地域を選びます。\n2. Wi-Fiに接続します。\n3. アカウントにログインし、古い端末から"
                 "データを移行します。\n4. 最後に、ソフトウェアの更新がないかご確認ください。",
                 id="steps ending ご確認ください"),
    # A long first sentence of advice ending in a request form, with a verb of its own ("…してみてください",
    # "…ようにしてください"), not the prompt's ("教えて"): advice to the asker, not a new request.
    pytest.param("パソコンの動作を速くする方法を教えてください。",
                 "パソコンの動作が遅いときは、まず起動時に自動で立ち上がる不要なアプリをタスクマネージャーから無効にして"
                 "みてください。それだけで起動がかなり速くなります。次に、ディスクの空き容量を確保し、最後にメモリの増設も"
                 "検討しましょう。"),
    pytest.param("パソコンの動作を速くする方法を教えてください。",
                 "パソコンの動作を速くするには、不要なスタートアップアプリを無効にしてください。",
                 marks=xfail("prompt.new_request: a short sentence of advice ending …にしてください is read as a "
                             "request of the prompt's kind, as short requests are, whatever their verb")),
    pytest.param(shiji_headed("パスワードを安全に管理する方法を教えてください。"),
                 "パスワードは使い回さず、サービスごとに長くて推測されにくいものを作り、パスワード管理アプリにまとめて"
                 "保存するようにしてください。さらに、二段階認証を有効にすると安全性が大きく高まります。"),
    pytest.param(shiji_headed("風邪をひいたときの過ごし方を教えてください。"),
                 "風邪をひいたときは、体を温かくして十分な睡眠をとり、水分をこまめに補給するよう心がけてください。熱が"
                 "三日以上続く場合は、早めに医療機関を受診しましょう。"),
    pytest.param(shiji("確定申告の手順を説明してください。"),
                 "確定申告は、まず源泉徴収票や領収書などの必要書類をそろえ、国税庁の確定申告書等作成コーナーで申告書を"
                 "作成し、e-Taxまたは郵送で税務署に提出する、という流れになりますので、期限の3月15日までに忘れずに手続き"
                 "してください。"),
    pytest.param(shiji("京都でおすすめの観光地を教えてください。"),
                 "京都でおすすめの観光地は、清水寺、伏見稲荷大社、金閣寺、嵐山の竹林などで、どこも人気が高いので、混雑を"
                 "避けたいなら朝早い時間に訪れてみてください。"),
    pytest.param(shiji_headed("スマートフォンの電池を長持ちさせる方法を教えてください。"),
                 "スマートフォンの電池を長持ちさせるには、画面の明るさを下げ、使わないアプリのバックグラウンド更新を止め、"
                 "充電は20%から80%の間に保つようにしてください。"),
    pytest.param(shiji("英語のリスニング力を上げる方法を教えてください。"),
                 "英語のリスニング力を上げるには、毎日少しずつでも英語の音声を聞き、聞き取れなかった部分はスクリプトで"
                 "確認して、声に出して真似してみてください。"),
    pytest.param(shiji_headed("部屋の湿気対策について教えてください。"),
                 "部屋の湿気対策としては、こまめな換気、除湿機やエアコンの除湿機能の活用、家具を壁から少し離して置く"
                 "ことなどが効果的ですので、ぜひ試してみてください。"),
    pytest.param(shiji("プレゼンで緊張しない方法を教えてください。"),
                 "プレゼンで緊張しないためには、事前に何度も声に出して練習し、本番前には深呼吸をして、聞き手の中の優し"
                 "そうな人を見ながら話すようにしてみてください。"),
    pytest.param("Wi-Fiがつながらないときの対処法を教えてください。",
                 "Wi-Fiがつながらないときは、まずルーターとスマートフォンの両方を再起動し、それでも直らなければルーター"
                 "のランプの状態を確認して、プロバイダーに問い合わせてください。"),
    # Near the reading, found by other measures.
    pytest.param("パソコンの動作を速くする方法を教えてください。",
                 "まず、不要なアプリを無効にしてください。次に、ディスクの空き容量を増やし、再起動しましょう。",
                 marks=xfail("topic.trailing_gap: short advice naming none of the question's pairs of characters")),
    pytest.param(shiji("熱中症の予防方法を教えてください。"),
                 "こまめな水分と塩分の補給、涼しい服装、日中の激しい運動を避けることが基本です。特に高齢者や子どもは"
                 "症状に気づきにくいので、周りの人が注意してください。",
                 marks=xfail("topic.trailing_gap: advice that never says 熱中症 or 予防")),
    pytest.param(shiji_headed("地震が起きたときの行動を説明してください。"),
                 "揺れを感じたら、まず机の下にもぐって頭を守ります。揺れが収まったら火の元を確認し、ドアを開けて出口を確保"
                 "します。外に出るときは、落ちてくるガラスや看板に注意してください。",
                 marks=xfail("topic.trailing_gap: steps that say 揺れ, never 地震 or 行動")),
]


@pytest.mark.parametrize("prompt, output", JAPANESE_ADVICE)
def test_japanese_advice_in_request_form_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


JAPANESE_NEW_REQUESTS = [
    pytest.param(shiji_headed("日本の四季の特徴を説明し、それぞれの季節の代表的な行事について述べてください。"),
                 "日本の四季の移り変わりが人々の暮らしや食文化にどのような影響を与えてきたかを説明し、代表的な行事を"
                 "挙げて述べてください。", id="a long request of the prompt's kind"),
    pytest.param("パソコンの動作を速くする方法を教えてください。",
                 "パソコンの動作が遅くなる原因と、古いパソコンでも動作を速くするために自分でできる工夫について、具体的な"
                 "例を挙げて教えてください。", id="a long request, plain"),
    pytest.param(shiji("京都でおすすめの観光地を教えてください。"), "京都でおすすめの和菓子の店を教えてください。",
                 id="a short request, in a template"),
]


@pytest.mark.parametrize("prompt, output", JAPANESE_NEW_REQUESTS)
def test_a_japanese_request_of_the_prompts_kind_is_still_a_new_request(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "prompt.new_request" in drift_measures(verdict), verdict.explain()


# --- 3. Korean topic words with a space inside ---------------------------------------------------------------

KOREAN = [
    pytest.param("분산원장 기술이란 무엇인가요?",
                 "분산 원장 기술은 거래 기록을 한 곳의 서버가 아니라 여러 참여자의 컴퓨터에 똑같이 나누어 저장하고, 합의 "
                 "절차를 통해 함께 갱신하는 기술입니다. 블록체인이 대표적인 예입니다.", id="a compound written apart"),
    pytest.param("인공지능이 일자리에 미치는 영향은?",
                 "인공 지능은 반복적인 사무 업무와 단순 제조 일자리를 줄이는 반면, 데이터 분석가나 AI 엔지니어 같은 새로운 "
                 "일자리를 만들어 냅니다. 결국 중요한 것은 재교육입니다.", id="인공 지능 apart"),
    pytest.param("공인중개사 시험은 어떻게 준비하나요?",
                 "공인 중개사 시험은 1차 부동산학개론과 민법, 2차 공법과 세법 등으로 나뉩니다. 기본 강의로 개념을 잡은 뒤 "
                 "기출문제를 반복해서 푸는 것이 가장 효과적입니다.", id="공인 중개사 apart"),
    pytest.param("미세먼지가 건강에 미치는 영향을 알려 주세요.",
                 "미세 먼지는 폐 깊숙이 들어가 기관지염과 천식을 악화시키고, 혈관으로 들어가 심장 질환과 뇌졸중 위험도 "
                 "높입니다. 농도가 높은 날에는 KF94 마스크를 쓰고 외출을 줄이세요.", id="미세 먼지 apart"),
    pytest.param("전기 자동차의 장점은 무엇인가요?",
                 "전기차는 배기가스가 없고, 연료비가 휘발유차보다 훨씬 싸며, 소음이 적고 가속이 빠릅니다. 부품이 적어 정비 "
                 "비용도 낮습니다.", id="a compound written together"),
    pytest.param("시간 복잡도를 설명해 주세요.",
                 "시간 복잡도는 입력 크기 n이 커질 때 알고리즘의 실행 시간이 얼마나 늘어나는지를 나타냅니다. 예를 들어 "
                 "O(n)은 입력에 비례하고, O(n²)은 입력의 제곱에 비례합니다.", id="the question's words as written"),
    pytest.param("사과를 오래 보관하는 방법을 알려 주세요.",
                 "사과는 하나씩 신문지나 키친타월로 감싸 비닐봉지에 넣고 냉장고 채소 칸에 보관하면 한두 달까지도 신선하게 "
                 "둘 수 있습니다. 다른 과일과는 따로 두세요.", id="storage advice"),
    pytest.param("한국의 수도는 어디인가요?", "서울입니다.", id="one word"),
    pytest.param("한국의 수도는 어디인가요?", "대한민국의 수도는 서울입니다. 약 940만 명이 살고 있습니다.",
                 id="대한민국 for 한국"),
    pytest.param(alpaca("김치찌개 끓이는 법을 알려 주세요."),
                 "돼지고기를 냄비에 볶다가 잘 익은 김치를 넣고 함께 볶습니다. 물을 붓고 고춧가루와 다진 마늘을 넣어 20분 "
                 "정도 끓인 뒤, 두부와 대파를 넣고 5분 더 끓이면 완성입니다.", id="a recipe in Alpaca"),
]


@pytest.mark.parametrize("prompt, output", KOREAN)
def test_korean_answers_with_compounds_apart_or_together_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


KOREAN_OFF_TOPIC = [
    pytest.param("한국의 수도는 어디인가요?",
                 "냄비에 물을 붓고 간장 두 숟가락을 넣은 뒤 중불에서 십 분 정도 끓입니다. 마지막에 파를 넣으면 됩니다.",
                 id="a recipe"),
    pytest.param("전기 자동차의 장점은 무엇인가요?",
                 "이번 시즌 모든 경기 동안 우리 팀은 열 경기에서 이겼습니다. 감독은 선수들을 칭찬했고 팬들도 아주 기뻐했습니다.",
                 id="a football season"),
    pytest.param("사과를 오래 보관하는 방법을 알려 주세요.",
                 "우리 팀장님은 매일 아침 일곱 시에 출근합니다. 점심에는 동료들과 김밥을 먹고 오후에는 회의를 합니다.",
                 id="an office day"),
    # A space between two words that spells the question's word by chance: one syllable before it, or the
    # end of a word.
    pytest.param("한국의 수도는 어디인가요?",
                 "냄비에 물을 붓고 간장 한 국자를 넣은 뒤 중불에서 십 분 정도 끓입니다. 마지막에 파를 넣으면 됩니다."),
    pytest.param("전기 자동차의 장점은 무엇인가요?",
                 "이번 시즌 전 기간 동안 우리 팀은 열 경기에서 이겼습니다. 감독은 선수들을 칭찬했고 팬들도 아주 기뻐했습니다."),
    pytest.param("시간 복잡도를 설명해 주세요.",
                 "비가 올 때 우산이 필요할 시 간단히 편의점에서 살 수 있습니다. 요즘 우산은 값도 싸고 튼튼합니다."),
    pytest.param("사과를 오래 보관하는 방법을 알려 주세요.",
                 "우리 회사 과장님은 매일 아침 일곱 시에 출근합니다. 점심에는 동료들과 김밥을 먹고 오후에는 회의를 합니다."),
    # Not mended: two syllables opening a word, then one opening the next, spell the stem by chance.
    pytest.param("인공지능이 일자리에 미치는 영향은?",
                 "이 인공 지하 호수는 관광객에게 인기가 많습니다. 여름에는 배를 타고 둘러볼 수 있고 겨울에는 얼음 축제가 "
                 "열립니다.", marks=xfail("topic.trailing_gap: '인공 지하' (an artificial underground) spells the stem "
                                          "인공지")),
]


@pytest.mark.parametrize("prompt, output", KOREAN_OFF_TOPIC)
def test_korean_text_on_something_else_is_still_off_topic(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "topic.trailing_gap" in drift_measures(verdict), verdict.explain()


# --- 4. prompt.opening: "Write an ..." -------------------------------------------------------------------------

WRITE_AN = [
    pytest.param("Write a lesson plan for teaching persuasive writing.",
                 "Goal: students write a persuasive paragraph.\n\nWarm-up (10 min): discuss an ad and what it wants "
                 "you to do.\nModel (15 min): write an example on the board together.\nPractice (20 min): Write an "
                 "argument for a longer lunch break.\nShare (10 min): three students read theirs aloud.",
                 id="a lesson plan, 'Write an' after a label"),
    pytest.param("Write a cover letter for a junior data analyst role.",
                 "Dear Hiring Manager,\n\nI am writing to apply for the Junior Data Analyst role at Brightline. During "
                 "my degree in statistics I cleaned and analysed survey data for a local charity, building dashboards "
                 "in Power BI that the team still uses.\n\nI enjoy turning messy data into clear answers, and I would "
                 "welcome the chance to do that for your team.\n\nYours sincerely,\nAlex Morgan", id="a cover letter"),
    pytest.param("Write a template for a cover letter.",
                 "[Your name]\n[Date]\n\nDear [Hiring manager],\n\n[Write an introduction saying which job you are "
                 "applying for and where you saw it.]\n\n[Write a paragraph matching two achievements to the job.]\n\n"
                 "[Close by asking for an interview.]\n\nSincerely,\n[Your name]", id="a template's bracketed hints"),
    pytest.param("Write an essay outline about climate change.",
                 "I. Introduction: what climate change is.\nII. Causes: fossil fuels, deforestation, farming.\nIII. "
                 "Effects: heat waves, rising seas, crop losses.\nIV. Solutions: clean energy, efficiency, "
                 "adaptation.\nV. Conclusion.", id="'Write an' in the prompt, an outline"),
    pytest.param("Write a short email asking for a day off.",
                 "Subject: Day off on Friday\n\nHi Sam,\n\nCould I take this Friday, 14 June, off? My work is up to "
                 "date and Priya has agreed to cover my calls.\n\nThanks,\nJo", id="an email"),
    pytest.param("Write an email declining a meeting.",
                 "Hi Dana,\n\nThank you for the invitation. Unfortunately I can't make Thursday's meeting because of a "
                 "client call. Could you send me the notes afterwards?\n\nBest,\nChris", id="'Write an email'"),
    pytest.param("Write a function that reverses a string in Python.",
                 "def reverse(s):\n    return s[::-1]\n\nWrite an assert to check it:\n\nassert reverse('abc') == 'cba'",
                 id="'Write an' line ending in a colon"),
    # One line opening "Write an ..." among the reply's other lines, sharing only the verb with the request: an
    # item, a step or a line of the piece asked for.
    pytest.param("Write a few tips for writing a good essay.",
                 "Here are some tips:\n\nWrite an outline first.\nStart each paragraph with a clear topic sentence.\n"
                 "Back every claim with evidence.\nRead it aloud before you hand it in."),
    pytest.param("Write a few tips for writing a good essay.",
                 "Here are some tips:\n\n1. Write an outline first.\n2. Start each paragraph with a clear topic "
                 "sentence.\n3. Back every claim with evidence.\n4. Read it aloud before you hand it in."),
    pytest.param("Write a few tips for writing a good essay.",
                 "Here are some tips:\n\n- Write an outline first.\n- Start each paragraph with a clear topic "
                 "sentence.\n- Back every claim with evidence."),
    pytest.param("Write a short guide to writing a cover letter.",
                 "A good cover letter fits on one page.\n\nWrite an opening paragraph that names the job and where you "
                 "saw it.\nIn the middle, match two or three of your achievements to the job's needs.\nClose by "
                 "thanking the reader and asking for an interview."),
    pytest.param("Write a step-by-step plan for starting a blog.",
                 "Step 1: Pick a topic you can write about every week.\nStep 2: Choose a platform such as WordPress or "
                 "Substack.\nStep 3: Write an about page that says who you are.\nStep 4: Publish your first three "
                 "posts before you promote it."),
    pytest.param("Write a step-by-step plan for starting a blog.",
                 "Pick a topic you can write about every week.\nChoose a platform such as WordPress or Substack.\n"
                 "Write an about page that says who you are.\nPublish three posts before you promote it."),
    pytest.param("Write a to-do list for moving house.",
                 "- Book the movers.\n- Write an inventory of every room.\n- Change your address with the bank.\n- "
                 "Pack a box of essentials for the first night."),
    pytest.param("Write a few New Year's resolutions.",
                 "Read one book a month.\nWalk 8,000 steps a day.\nWrite an entry in my journal every evening.\nCall "
                 "my grandparents every Sunday."),
    pytest.param("Write a poem about writing.",
                 "I sit at the desk as the morning grows,\nthe blank page waiting, white as snows.\nWrite an ending, "
                 "the old voice said.\nBut the words kept dancing in my head."),
    # Not mended: two such lines are read as a run of requests; one standing as a paragraph of its own, as a
    # next request does.
    pytest.param("Write a checklist for applying to a job.",
                 "Update your CV.\nWrite a cover letter for this role.\nWrite an email to two references.\nSubmit "
                 "before the deadline.", marks=xfail("prompt.opening: checklist items 'Write a ...', 'Write an ...'")),
    pytest.param("Write a list of writing prompts for kids.",
                 "1. Write a story about a dog who can talk.\n2. Describe your dream treehouse.\n3. Write an adventure "
                 "on a pirate ship.\n4. Imagine a day without gravity.",
                 marks=xfail("prompt.opening: writing prompts asked for, two opening 'Write a'/'Write an'")),
    pytest.param("Write a story about a robot who learns to paint.",
                 "Unit 7 had only ever welded car doors. One night, a drop of red paint fell on its sensor, and it saw "
                 "colour for the first time.\n\nWrite an ending, the engineers joked when they found its canvas the "
                 "next morning, because the painting was half finished: a sunrise over the factory.",
                 marks=xfail("prompt.opening: a story's paragraph opening 'Write an ending,'")),
    pytest.param("Write a function that reverses a string in Python.",
                 "Here is a one-liner:\n\n```python\ndef reverse(s):\n    return s[::-1]\n```\n\nWrite an assertion to "
                 "test it: `assert reverse('abc') == 'cba'`.",
                 marks=xfail("prompt.opening: a sentence after the code, 'Write an assertion to test it: ...'")),
    # Near the reading, found by other measures.
    pytest.param("Write an introduction for my talk on urban gardening.",
                 "Good evening, everyone. Five years ago, the roof of our library was bare concrete. Today it grows two "
                 "hundred kilos of vegetables a year. Tonight I want to show you how any city rooftop can do the same.",
                 marks=xfail("topic.trailing_gap: a talk's opening says rooftop and vegetables, never urban or "
                             "gardening")),
]


@pytest.mark.parametrize("prompt, output", WRITE_AN)
def test_replies_with_a_line_opening_write_an_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


WRITE_AN_DRIFTS = [
    pytest.param("Write a poem about the sea.",
                 "The sea rolls in with silver light,\nit hums to the shore through the night.\n\nWrite an essay about "
                 "the mountains.", id="a poem, then the next request"),
    pytest.param("Write a short story about a lost key.",
                 "Mia found the key under the doormat, right where she had left it.\n\nWrite an article about saving "
                 "money.", id="a story, then the next request"),
    pytest.param("Write an email to my landlord about a broken heater.",
                 "Dear Mr Patel,\n\nThe heater in my flat stopped working on Monday. Could you arrange a repair this "
                 "week?\n\nBest regards,\nLena\n\nWrite a text message to a friend cancelling dinner.",
                 id="'Write an' in the prompt, 'Write a' next"),
]


@pytest.mark.parametrize("prompt, output", WRITE_AN_DRIFTS)
def test_the_next_request_opening_write_a_or_an_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.opening" in drift_measures(verdict), verdict.explain()
