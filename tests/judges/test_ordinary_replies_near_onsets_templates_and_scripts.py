"""Good replies written close to the triggers of eight readings answer and do not drift; the drift each reading
is meant to catch is still caught.

The readings under test:

1. Where a loop starts (``loops.find_loops``): where the next few lines loop as densely as the rest, not at an
   earlier line of the answer that merely ends or opens as a loop line does.
2. An instruction template without its response header (``text.parse_prompt``): "### Instruction: ...\\n\\n
   ###Input: ..." ending without "### Response:" is an instruction template, its instruction and input the
   question.
3. A restated question (``echo.find_restated``): for an instruction template the instruction alone is compared,
   not its input; a piece of a long sentence is never a restated question.
4. Chinese and Japanese repeats read on six-character sequences (``loops.find_loops``): a term said again is no
   loop, a sentence said again and again still is.
5. A closing paragraph addressing the reader (``echo.find_openings``): "Tell me if you want more detail." after
   an answer to "Tell me about X" is the reply's offer, not the next request.
6. Reading tasks (``passage.answers_from_the_context``): in "Context: ...\\nQuestion: ...?" an answer lifted from
   the context, at most half of it and naming a word of the question, is no echo; the context said back whole,
   or a sentence of it naming nothing the question asks about, is.
7. Arabic and Hebrew vowel points (``topic.topic_re``): points written in the reply only or in the question only
   still name the topic.
8. Questions asked for in other languages (``question.asks_for_a_question``): the asked-for question is the
   work; a request to answer a question, answered with nothing but new questions, still drifts.

For each, ordinary replies come as near the trigger as an assistant writes: lists and poems whose lines share
their endings, answers followed by a model stuck on one sentence, replies to Alpaca-style templates with and
without their response header, worked answers that go through the input's sentences one by one, long Chinese and
Japanese answers that name their subject over and over, closing offers, extractive answers under labels in
several languages, pointed and unpointed Arabic and Hebrew, and asked-for questions in six languages. Every reply
here was written for this test. The probes the judges still get wrong are strict expected failures naming the
measure and the shape; a drift the judges miss says "missed".
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail


def chatml(query):
    return f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n"


def alpaca(instruction, inp=None):
    if inp is None:
        return f"### Instruction:\n{instruction}\n\n### Response:"
    return f"### Instruction:\n{instruction}\n\n### Input:\n{inp}\n\n### Response:"


PREAMBLE_INPUT = ("Below is an instruction that describes a task, paired with an input that provides further "
                  "context. Write a response that appropriately completes the request.")
PREAMBLE = "Below is an instruction that describes a task. Write a response that appropriately completes the request."


def headless(instruction, inp=None):
    """An instruction template that leaves its response header to the model."""
    if inp is None:
        return f"{PREAMBLE}\n\n### Instruction: \n{instruction}"
    return f"{PREAMBLE_INPUT}\n\n### Instruction: \n{instruction}\n\n###Input: \n{inp}"


# --- 1. Where a loop starts -----------------------------------------------------------------------------------

EXERCISE = "What are the benefits of regular exercise?"
EXERCISE_ANSWER = ("Regular exercise strengthens your heart and lungs, helps you keep a healthy weight, builds muscle "
                   "and bone, lifts your mood and helps you sleep better. Even thirty minutes of brisk walking most "
                   "days makes a difference.")

LISTS_AND_REFRAINS = [
    pytest.param("Give me five foods that are good for your health.",
                 "1. Oats are good for your health.\n2. Spinach is good for your health.\n3. Salmon is good for your "
                 "health.\n4. Lentils are good for your health.\n5. Blueberries are good for your health.",
                 id="a list whose items end alike",
                 marks=xfail("prompt.echo, loop.ngram_repeat: five numbered items each saying the request's 'good for "
                             "your health' are 77% copied from it, and the phrase's sequences 39% said again (the "
                             "items are no loop's lines: the list's marks say so)")),
    pytest.param("Which fruits are rich in vitamin C?",
                 "Several fruits are rich in vitamin C:\n- Oranges are rich in vitamin C.\n- Kiwis are rich in vitamin "
                 "C.\n- Strawberries are rich in vitamin C.\n- Guavas are rich in vitamin C.\n- Papayas are rich in "
                 "vitamin C.\n\nGuava has the most: about four times as much as an orange.",
                 id="items ending as the question does, then a closing line",
                 marks=xfail("prompt.restated, loop.tail_lines: list items that say the question's words with the fruit "
                             "changed ('Kiwis are rich in vitamin C.') are read as the question restated six times and a "
                             "loop from the first line; old")),
    pytest.param("Write a short poem about the sea with a refrain.",
                 "The gulls cry over the harbour wall,\nthe boats rock slow and the tides still call.\n"
                 "And the sea goes on, and the sea goes on.\n\nThe nets are mended, the lamps are lit,\nthe fishermen "
                 "wait where the old men sit.\nAnd the sea goes on, and the sea goes on.\n\nWhen we are gone and the "
                 "town is still,\nthe waves will climb the harbour hill.\nAnd the sea goes on, and the sea goes on.",
                 id="a poem with a refrain said three times"),
    pytest.param("How do I make a cup of tea?",
                 "1. Boil fresh water in the kettle.\n2. Warm the pot with a little of the water.\n3. Put one teabag "
                 "per cup in the pot.\n4. Pour the water over the teabags.\n5. Leave it for three to five minutes.\n"
                 "6. Pour it into the cup and add milk if you like.", id="steps, several ending 'the pot', 'the cup'"),
    pytest.param("What should I pack for a week of hiking?",
                 "Pack a waterproof jacket for the rain.\nPack a warm fleece for the evenings.\nPack two pairs of "
                 "wool socks for each day's walk.\nPack a first-aid kit for blisters and cuts.\nPack a head torch "
                 "for the dark.\nPack a refillable bottle for water.", id="lines opening alike, each a new item"),
    pytest.param("Explain the difference between weather and climate.",
                 "Weather is what the atmosphere does on a given day: rain today, sun tomorrow. Climate is the "
                 "pattern of weather over thirty years or more.\n\nIn short: weather is what you get, climate is "
                 "what you expect. Weather changes by the hour; climate changes over decades.",
                 id="a paragraph, then a summary echoing its words"),
    pytest.param("Write a motivational chant for a school sports day.",
                 "We run, we jump, we never stop!\nWe run, we jump, we reach the top!\nBlue team, red team, give it "
                 "all,\nstand up tall and hear the call!\nWe run, we jump, we never stop!",
                 id="a chant whose first line comes back at the end"),
]


@pytest.mark.parametrize("prompt, output", LISTS_AND_REFRAINS)
def test_lists_and_refrains_whose_lines_end_alike_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


ANSWER_THEN_LOOP = [
    pytest.param(EXERCISE, EXERCISE_ANSWER + "\n" + "Exercise is good for you.\n" * 15,
                 id="a paragraph, then one sentence said again",
                 marks=xfail("reply.share: a whole answer of 36 words before a loop is 32% of the output, under the 50% "
                             "or 40 words a reply part needs; old")),
    pytest.param(EXERCISE,
                 "1. It strengthens your heart.\n2. It keeps your weight healthy.\n3. It improves your sleep.\n"
                 "4. It lifts your mood.\n" + "It is very good for your health.\n" * 15,
                 id="a list, then a loop line ending as no item does"),
    pytest.param("Give me five foods that are good for your health.",
                 "1. Oats are good for your health.\n2. Spinach is good for your health.\n3. Salmon is good for your "
                 "health.\n4. Lentils are good for your health.\n5. Blueberries are good for your health.\n"
                 + "Eating well is good for your health.\n" * 15, id="items ending as the loop line does, then the loop",
                 marks=xfail("loop.tail_lines: the loop is read from the first list item, whose ending ('good for your "
                             "health.') the loop line shares, so no reply part is left; old")),
    pytest.param("How do I make a cup of tea?",
                 "Boil the water, put a teabag in the cup, pour the water over it and leave it for three minutes. "
                 "Take out the bag, add milk if you like, and drink it while it is hot. A teapot works the same way: one "
                 "bag per cup and a minute longer.\n" + "Enjoy your cup of tea.\n" * 20,
                 id="an answer, then the closing line said again"),
    pytest.param("What is the capital of Australia?",
                 "The capital of Australia is Canberra, not Sydney as many people think. It was chosen as a "
                 "compromise between Sydney and Melbourne, both of which wanted the title, and it has been the seat of "
                 "Parliament since 1927. The city was designed by the American architects Walter Burley Griffin and "
                 "Marion Mahony Griffin.\n\n"
                 + "Canberra is the capital of Australia. " * 15, id="an answer, then its fact said again and again"),
    pytest.param("Write a haiku about autumn.",
                 "Red leaves drift and fall\nthe old oak lets go of them\ncold wind in the lane\n"
                 + "the old oak lets go of them\n" * 12, id="a haiku, then one of its lines said again and again"),
    # One line said again word for word from the first, naming the question's topic: that answer said again
    # (test_loops_and_lists.py).
    pytest.param("What is the capital of France?", "The capital of France is Paris.\n" * 20,
                 id="the answer's one sentence said again from the first line"),
]


@pytest.mark.parametrize("prompt, output", ANSWER_THEN_LOOP)
def test_a_good_answer_then_a_sentence_said_again_and_again_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


LOOPS_FROM_THE_START = [
    pytest.param("Tell me about Mars.",
                 "I think it's a great planet.\nI think it's a good planet.\nI think it's a nice planet.\nI think it's "
                 "a big planet.\nI think it's a red planet.\nI think it's a cool planet.\nI think it's a great planet.\n"
                 "I think it's a good planet.\nI think it's a nice planet.\nI think it's a big planet.",
                 id="lines changing a word from the first line"),
    pytest.param("What is your favourite colour?", "I like blue. " * 30, id="a short sentence on one line, again"),
]


@pytest.mark.parametrize("prompt, output", LOOPS_FROM_THE_START)
def test_a_loop_from_the_first_line_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_paragraph_said_again_and_again_answers_and_drifts():
    verdict = judge(EXERCISE, (EXERCISE_ANSWER + "\n\n") * 6)
    assert verdict.answers and verdict.drifts, verdict.explain()


# --- 2. An instruction template without its response header --------------------------------------------------

SUMMARY_INPUT = ("The city council voted on Tuesday to turn the old railway line into a cycle path. The eight-"
                 "kilometre route will link the town centre with the university and the hospital. Work is due to "
                 "start in the spring and should take about eighteen months.")

HEADLESS_TEMPLATES = [
    pytest.param(headless("Summarize the following paragraph in one sentence.", SUMMARY_INPUT),
                 "The council has approved turning the old railway line into an eight-kilometre cycle path between "
                 "the town centre, the university and the hospital, with work starting in spring.",
                 id="an input, a summary"),
    pytest.param(headless("Name three primary colours."), "Red, blue and yellow.", id="no input, a short list"),
    pytest.param(headless("Explain what a black hole is in two sentences."),
                 "A black hole is a region of space where gravity is so strong that nothing, not even light, can "
                 "escape. Most form when a very massive star collapses at the end of its life.", id="no input, an explanation"),
    pytest.param(headless("Translate the input into French.", "Where is the nearest train station?"),
                 "Où est la gare la plus proche ?", id="an input, a translation"),
    pytest.param(headless("Classify the sentiment of the review as positive or negative.",
                          "The battery died after two days and support never replied."),
                 "Negative", id="an input, a label"),
    pytest.param(headless("Write a catchy slogan for the product described in the input.",
                          "A reusable water bottle that keeps drinks cold for 24 hours."),
                 "Cold for a day, kind for a lifetime.", id="an input, a slogan"),
    pytest.param("Instruction: Give two synonyms for the word in the input.\nInput: happy",
                 "Cheerful, joyful.", id="'Instruction:/Input:' without an output label"),
    pytest.param("Instruction: Rewrite the sentence in the past tense.\nInput: She walks to school every day.",
                 "She walked to school every day.", id="'Instruction:/Input:', a rewritten sentence"),
    pytest.param(headless("Name three primary colours."), "\n### Response:\nRed, blue and yellow.",
                 id="the response header the prompt left out, then the answer"),
    pytest.param(headless("List three tips for a job interview."),
                 "1. Research the company before you go.\n2. Prepare examples of your achievements.\n3. Arrive ten "
                 "minutes early and bring a copy of your CV.", id="no input, a numbered list"),
]


@pytest.mark.parametrize("prompt, output", HEADLESS_TEMPLATES)
def test_replies_to_an_instruction_template_without_its_response_header_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


HEADLESS_DRIFTS = [
    pytest.param(headless("Name three primary colours."),
                 "\n### Response:\nRed, blue and yellow.\n\n### Instruction:\nName three secondary colours.\n\n"
                 "### Response:\nGreen, orange and purple.\n\n### Instruction:\nName three warm colours.",
                 id="an answer, then new instruction examples"),
    pytest.param(headless("Summarize the following paragraph in one sentence.", SUMMARY_INPUT),
                 "\n" + SUMMARY_INPUT, id="the input said back"),
    pytest.param(headless("Translate the input into French.", "Where is the nearest train station?"),
                 "\n### Response:\nOù est la gare la plus proche ?\n\n### Instruction:\nTranslate the input into "
                 "Spanish.\n\n###Input: \nWhere is the nearest bus stop?", id="a translation, then a new example"),
    pytest.param(headless("Name three primary colours."),
                 "\n### Instruction: \nName three secondary colours.\n\n### Instruction: \nName three warm colours.",
                 id="new instructions, no answer"),
]


@pytest.mark.parametrize("prompt, output", HEADLESS_DRIFTS)
def test_new_examples_or_the_input_said_back_in_a_headless_template_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 3. A restated question: the instruction alone, never a piece of a long sentence ---------------------------

GRAMMAR_INPUT = "The dog barked loudly at the postman. My sister plays the piano every evening."
PASSIVE_INPUT = "The chef cooked a wonderful meal. The storm damaged the roof of the barn."

REUSING_THE_INPUT = [
    pytest.param(alpaca("Identify the subject and predicate of each sentence.", GRAMMAR_INPUT),
                 "1. The dog barked loudly at the postman.\nSubject: The dog\nPredicate: barked loudly at the postman\n"
                 "\n2. My sister plays the piano every evening.\nSubject: My sister\nPredicate: plays the piano every "
                 "evening", id="subject and predicate, each sentence said first"),
    pytest.param(headless("Identify the subject and predicate of each sentence.", GRAMMAR_INPUT),
                 "Subject: The dog; Predicate: barked loudly at the postman.\nSubject: My sister; Predicate: plays the "
                 "piano every evening.", id="headless, subject and predicate on one line each"),
    pytest.param(alpaca("Rewrite each sentence in the passive voice.", PASSIVE_INPUT),
                 "A wonderful meal was cooked by the chef.\nThe roof of the barn was damaged by the storm.",
                 id="sentences rewritten in the passive"),
    pytest.param(alpaca("Correct the grammar in each sentence.", "She don't like apples. He go to school every day. "
                        "They was late for the bus."),
                 "She doesn't like apples.\nHe goes to school every day.\nThey were late for the bus.",
                 id="sentences corrected, one a line"),
    pytest.param(alpaca("Turn each statement into a yes/no question.", "The museum opens at nine. The tickets are "
                        "free on Sundays. The café is on the top floor."),
                 "Does the museum open at nine?\nAre the tickets free on Sundays?\nIs the café on the top floor?",
                 id="statements turned into questions"),
    pytest.param(alpaca("Identify the tense of each sentence.", "I will call you tomorrow. She has finished her "
                        "homework. We played football yesterday."),
                 "\"I will call you tomorrow.\" - simple future\n\"She has finished her homework.\" - present perfect\n"
                 "\"We played football yesterday.\" - simple past", id="each sentence quoted, then its tense"),
    pytest.param("Explain why the sky is blue.",
                 "The sky is blue because sunlight, which looks white but is made of every colour, is scattered by "
                 "the molecules of nitrogen and oxygen in the air, and because blue light has a shorter wavelength "
                 "than red it is scattered far more strongly in every direction, so that wherever you look away from "
                 "the sun your eye catches blue light bouncing towards it, which is why the sky is blue during the day "
                 "and turns orange and red at sunset, when the light has to pass through much more air.",
                 id="one long sentence saying the question's words in its course"),
    pytest.param("空はなぜ青いのですか？",
                 "空が青いのは、太陽の光が大気中の窒素や酸素の分子にぶつかって散らばるときに、波長の短い青い光が赤い光よりも"
                 "ずっと強く散乱され、空のあらゆる方向から私たちの目に届くためで、夕方に空が赤く見えるのは光が通る大気の層が"
                 "厚くなり青い光が途中で散らばってしまうからです。", id="Japanese, one long sentence opening with the question"),
]


@pytest.mark.parametrize("prompt, output", REUSING_THE_INPUT)
def test_answers_that_go_through_the_inputs_sentences_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


RESTATING_THE_INSTRUCTION = [
    pytest.param(alpaca("Write a poem about the sea."),
                 "Write a poem about the ocean.\nWrite a poem about the waves.\nWrite a poem about the beach.\nWrite a "
                 "poem about the tide.", id="Alpaca, the instruction restated four times"),
    pytest.param(alpaca("Identify the subject and predicate of each sentence.", GRAMMAR_INPUT),
                 "Identify the subject and verb of each sentence.\nIdentify the object and predicate of each sentence."
                 "\nIdentify the subject and predicate of each clause.", id="Alpaca with an input, restated three times"),
    pytest.param(headless("Give three tips for staying healthy."),
                 "\nGive three tips for staying happy.\nGive three tips for staying fit.\nGive three tips for staying "
                 "calm.", id="headless, restated three times"),
    pytest.param("Give three tips for staying healthy.",
                 "\nGive three tips for staying happy.\nGive three tips for staying fit.\nGive three tips for staying "
                 "calm.\nGive three tips for staying awake.", id="plain, restated four times"),
]


@pytest.mark.parametrize("prompt, output", RESTATING_THE_INSTRUCTION)
def test_the_instruction_restated_as_new_prompts_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- 4. Chinese and Japanese: terms said again, sentences said again --------------------------------------------

TERMS_SAID_AGAIN = [
    pytest.param("人工智能会对未来的工作产生什么影响？",
                 "人工智能将深刻改变未来的工作方式。首先，人工智能可以自动完成大量重复性的工作，例如数据录入、客服问答和简单的"
                 "文件审核，这会减少部分岗位的需求。其次，人工智能也会创造新的职业，比如人工智能训练师、数据标注员和算法工程师。"
                 "再次，人工智能能够辅助医生、律师和教师等专业人士，提高他们的工作效率，而不是完全取代他们。最后，面对人工智能"
                 "带来的变化，劳动者需要不断学习新技能，社会也需要完善职业培训和保障制度。总的来说，人工智能既是挑战，也是机遇。",
                 id="Chinese, 'artificial intelligence' said six times"),
    pytest.param("如何提高团队的工作效率？",
                 "提高团队的工作效率可以从以下几个方面入手：第一，我们需要明确每个人的职责，避免重复劳动；第二，我们需要制定"
                 "清晰的目标和时间表，让大家知道优先做什么；第三，我们需要建立顺畅的沟通渠道，及时解决问题；第四，我们需要使用"
                 "合适的协作工具，减少不必要的会议；第五，我们需要定期回顾和总结，不断改进工作方法。",
                 id="Chinese, a list with a repeated frame"),
    pytest.param("怎样学好中文？",
                 "学好中文的方法有很多。\n1. 每天坚持听中文，比如听中文播客或看中文电视剧。\n2. 每天坚持说中文，找语伴练习对话。"
                 "\n3. 每天坚持读中文，从简单的故事书开始。\n4. 每天坚持写中文，可以写日记。\n5. 多记常用汉字和词语，并且经常复习。",
                 id="Chinese, list items opening alike"),
    pytest.param("家庭でできる省エネルギーの方法は何ですか？",
                 "家庭でできる省エネルギーの方法には、まず照明をLED電球に替えることがあります。また、冷蔵庫の設定温度を見直す"
                 "ことも省エネルギーにつながります。エアコンのフィルターをこまめに掃除すると、無駄な電力を使わずにすみ、"
                 "省エネルギーになります。さらに、使わない家電のプラグを抜くことも立派な省エネルギーです。こうした小さな"
                 "省エネルギーの積み重ねで、電気代も大きく下がります。",
                 id="Japanese, 'energy saving' said five times"),
    pytest.param("毎日ジョギングをするメリットは何ですか？",
                 "毎日ジョギングをすると、心肺機能が高まります。朝のジョギングは一日の気分を明るくし、夜のジョギングは"
                 "よく眠る助けになります。友達とのジョギングは続ける励みになり、ジョギングの記録をつけると成長がわかります。"
                 "無理のないペースのジョギングなら、年齢を問わず始められます。", id="Japanese, 'jogging' said six times"),
    pytest.param("日本で桜を見るのにおすすめの場所を教えてください。",
                 "日本で桜を見るのにおすすめの場所をいくつか紹介します。\n・東京の上野公園：約八百本の桜が咲き、毎年多くの花見客が"
                 "訪れます。\n・京都の哲学の道：疏水沿いに続く桜並木が美しい散歩道です。\n・奈良の吉野山：山全体に約三万本の桜が"
                 "咲き、桜の名所として有名です。\n・青森の弘前公園：お城と桜の組み合わせが見事で、桜のトンネルも楽しめます。",
                 id="Japanese, a list naming 'cherry blossom' in each item"),
    pytest.param("健康的な生活を送るためのコツを教えてください。",
                 "健康的な生活を送るためには、まず、毎日決まった時間に寝ることが大切です。次に、野菜を多く食べることが大切です。"
                 "そして、一日三十分程度歩くことが大切です。最後に、ストレスをためないことが大切です。",
                 id="Japanese, tips closing with the same frame"),
]


@pytest.mark.parametrize("prompt, output", TERMS_SAID_AGAIN)
def test_chinese_and_japanese_answers_naming_their_terms_often_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


CJK_LOOPS = [
    pytest.param("人工智能会对未来的工作产生什么影响？", "人工智能会改变我们的工作方式。" * 20, id="Chinese, a sentence said again"),
    pytest.param("人工智能会对未来的工作产生什么影响？",
                 "人工智能会让一些重复性的工作被自动化，同时也会创造新的岗位。" + "我们要学习新的技能。" * 20,
                 id="Chinese, an answer, then a sentence said again"),
    pytest.param("如何提高团队的工作效率？", "非常重要非常重要" * 30, id="Chinese, a phrase said again"),
    pytest.param("家庭でできる省エネルギーの方法は何ですか？", "照明をLED電球に替えましょう。\n" * 20,
                 id="Japanese, a sentence said again"),
    pytest.param("毎日ジョギングをするメリットは何ですか？",
                 "心肺機能が高まります。" + "ジョギングはとても大切です。" * 20,
                 id="Japanese, an answer, then a sentence said again"),
    pytest.param("日本で桜を見るのにおすすめの場所を教えてください。", "桜がきれいですね、" * 40, id="Japanese, a phrase said again"),
]


@pytest.mark.parametrize("prompt, output", CJK_LOOPS)
def test_a_chinese_or_japanese_sentence_said_again_and_again_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 5. A closing paragraph addressing the reader --------------------------------------------------------------

CLOSING_OFFERS = [
    pytest.param("Tell me about the Moon.",
                 "The Moon is Earth's only natural satellite, about a quarter of Earth's width and around 384,000 km "
                 "away. It formed about 4.5 billion years ago, probably from debris after a Mars-sized body hit the "
                 "young Earth. Its gravity drives the tides, and the same side always faces us.\n\nTell me if you want "
                 "more detail.", id="'Tell me about', closing 'Tell me if you want more detail'"),
    pytest.param("Tell me about the Roman Empire.",
                 "The Roman Empire began in 27 BC, when Augustus became the first emperor, and at its height in the "
                 "2nd century it stretched from Britain to Mesopotamia. It gave Europe roads, aqueducts, Latin and a "
                 "legal system. The western half fell in 476; the eastern half lasted as the Byzantine Empire until "
                 "1453.\n\nTell me which period interests you and I can go deeper.",
                 id="closing 'Tell me which period interests you'"),
    pytest.param("Give me tips for learning to draw.",
                 "- Draw a little every day, even ten minutes.\n- Start with simple shapes and build objects from them."
                 "\n- Draw from life: a mug, your hand, a plant.\n- Study light and shadow with a single lamp.\n\nGive "
                 "yourself time: progress shows after weeks, not days.", id="tips, closing 'Give yourself time'"),
    pytest.param("Write a poem about the sea.",
                 "Grey water breathing on the stones,\nit hums in low and ancient tones;\nit takes the light, it gives "
                 "it back,\nand smooths the shore along its track.\n\nWrite back if you would like a longer version.",
                 id="a poem, closing 'Write back if you'"),
    pytest.param("Explain how compound interest works.",
                 "Compound interest is interest earned on interest. If you put 1,000 in an account paying 5% a year, "
                 "you have 1,050 after one year; in the second year you earn 5% of 1,050, not of 1,000, so you end with "
                 "1,102.50. Over long periods this snowballs: at 5%, money roughly doubles every 14 years.\n\nExplain "
                 "it to your kids with a jar of coins; it sticks better that way.",
                 id="an explanation, closing 'Explain it to your kids'"),
    pytest.param("Tell me how to care for a succulent.",
                 "Give it bright light, ideally a sunny windowsill. Water deeply only when the soil is completely dry, "
                 "about every two weeks in summer and once a month in winter. Use a pot with a drainage hole and "
                 "gritty cactus compost.\n\nTell me what kind you have and I can be more specific.",
                 id="care tips, closing 'Tell me what kind you have'",
                 marks=xfail("topic.trailing_gap: care tips saying 'it' for the plant never name 'succulent' or 'care' "
                             "(52 words, threshold 12); old")),
    pytest.param("Tell me about the Moon.",
                 "The Moon is Earth's only natural satellite. It is about 384,000 km away and its gravity causes the "
                 "tides.\n\nLet me know if you want more detail.", id="closing 'Let me know if'"),
]


@pytest.mark.parametrize("prompt, output", CLOSING_OFFERS)
def test_a_closing_offer_or_tip_addressing_the_reader_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


POEM = ("Grey water breathing on the stones,\nit hums in low and ancient tones;\nit takes the light, it gives it "
        "back,\nand smooths the shore along its track.")

NEXT_REQUEST_PARAGRAPHS = [
    pytest.param("Write a poem about the sea.", POEM + "\n\nWrite a haiku about winter.",
                 id="a poem, then 'Write a haiku about winter.'"),
    pytest.param("Write a poem about the sea.", POEM + "\n\nWrite a letter to your landlord.",
                 id="a poem, then a request saying 'your'"),
    pytest.param("Tell me about the Moon.",
                 "The Moon is Earth's only natural satellite, about 384,000 km away.\n\nTell me about your favourite "
                 "planet.", id="an answer, then 'Tell me about your favourite planet.'"),
    pytest.param("Give me three tips for saving money.",
                 "1. Cook at home.\n2. Cancel subscriptions you don't use.\n3. Automate savings on payday.\n\nGive me "
                 "three tips for improving your sleep.", id="tips, then the frame again saying 'your'"),
    pytest.param("Write a poem about the sea.", POEM + "\n\nWrite a short story about a dragon.",
                 id="a poem, then another request opening 'Write a'"),
]


@pytest.mark.parametrize("prompt, output", NEXT_REQUEST_PARAGRAPHS)
def test_the_next_request_as_a_paragraph_of_its_own_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


# --- 6. Reading tasks: an answer lifted from the context --------------------------------------------------------

VOLCANO_CONTEXT = ("Mount Vesuvius is a volcano on the Gulf of Naples in Italy. It erupted in AD 79 and buried the "
                   "Roman towns of Pompeii and Herculaneum under ash and pumice. The volcano last erupted in 1944, "
                   "and about three million people live close enough to be in danger today.")
VOLCANO = f"Context: {VOLCANO_CONTEXT}\nQuestion: Which towns did the eruption of AD 79 bury?"
PENGUIN_CONTEXT = ("Emperor penguins are the largest of all penguins, standing about 1.1 metres tall. They breed "
                   "during the Antarctic winter, and the male keeps the single egg warm on his feet for about two "
                   "months while the female feeds at sea.")

READING_TASKS = [
    pytest.param(f"{VOLCANO}\nAnswer:", " Pompeii and Herculaneum.", id="a span"),
    pytest.param(f"{VOLCANO}\nAnswer:",
                 " It erupted in AD 79 and buried the Roman towns of Pompeii and Herculaneum under ash and pumice.",
                 id="the context's sentence lifted"),
    pytest.param(f"{VOLCANO}\nAnswer:",
                 " The eruption of AD 79 buried the Roman towns of Pompeii and Herculaneum. The ash preserved them so "
                 "well that archaeologists can still see bread in ovens and graffiti on walls.",
                 id="a sentence, then a short explanation"),
    pytest.param(chatml(VOLCANO), "The eruption of AD 79 buried the Roman towns of Pompeii and Herculaneum under ash "
                 "and pumice.", id="ChatML, the sentence lifted"),
    pytest.param(f"Context: {PENGUIN_CONTEXT}\nQ: Who keeps the egg warm?\nA:",
                 " The male keeps the single egg warm on his feet for about two months.", id="Context/Q/A"),
    pytest.param(f"Context: {PENGUIN_CONTEXT}\nQuery: How tall are emperor penguins?",
                 "Emperor penguins stand about 1.1 metres tall.", id="Context/Query"),
    pytest.param("Contexto: El Amazonas es el río más caudaloso del mundo. Nace en los Andes peruanos y desemboca en "
                 "el océano Atlántico, en Brasil.\nPregunta: ¿Dónde desemboca el Amazonas?\nRespuesta:",
                 " El Amazonas desemboca en el océano Atlántico, en Brasil.", id="Spanish, 'Pregunta:'"),
    pytest.param("Kontext: Johann Sebastian Bach wurde 1685 in Eisenach geboren. Er arbeitete viele Jahre als "
                 "Thomaskantor in Leipzig, wo er 1750 starb.\nFrage: Wo starb Bach?\nAntwort:",
                 " Bach starb 1750 in Leipzig, wo er viele Jahre als Thomaskantor arbeitete.", id="German, 'Frage:'"),
    pytest.param("Contexte : La tour Eiffel a été construite pour l'Exposition universelle de 1889. Elle mesure 330 "
                 "mètres et attire près de sept millions de visiteurs par an.\nQuestion : Combien de visiteurs la tour "
                 "Eiffel attire-t-elle par an ?\nRéponse :", " Près de sept millions de visiteurs par an.",
                 id="French fields, a span"),
    pytest.param("Контекст: Байкал — самое глубокое озеро в мире. Его глубина достигает 1642 метров, а возраст "
                 "озера оценивают в 25 миллионов лет.\nВопрос: Какова глубина Байкала?\nОтвет:",
                 " Глубина Байкала достигает 1642 метров.", id="Russian fields"),
    pytest.param(f"Read the context and answer the question.\n\n{VOLCANO}",
                 "According to the context, the eruption in AD 79 buried Pompeii and Herculaneum, two Roman towns near "
                 "Naples.", id="an instruction, then the fields, 'According to the context'"),
]


@pytest.mark.parametrize("prompt, output", READING_TASKS)
def test_answers_lifted_from_a_context_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


READING_DRIFTS = [
    pytest.param(f"{VOLCANO}\nAnswer:", " " + VOLCANO_CONTEXT, id="the context said back whole",
                 marks=xfail("missed, prompt.echo: the context said back whole is 63% copied in three-word sequences "
                             "(threshold 90% for a passage in fields) when the question quotes a phrase of it ('the "
                             "eruption of AD 79'); 100% without that phrase; old")),
    pytest.param(f"{VOLCANO}\nAnswer:",
                 " The volcano last erupted in 1944, and about three million people live close enough to be in danger "
                 "today.", id="a context sentence naming nothing the question asks about"),
    pytest.param(f"{VOLCANO}\nAnswer:",
                 " Pompeii and Herculaneum.\n\nContext: Mount Etna is a volcano in Sicily. It is the tallest active "
                 "volcano in Europe.\nQuestion: Where is Mount Etna?\nAnswer: In Sicily.",
                 id="an answer, then a new Context/Question example"),
    pytest.param(f"Context: {PENGUIN_CONTEXT}\nQ: Who keeps the egg warm?\nA:",
                 " Emperor penguins are the largest of all penguins, standing about 1.1 metres tall.",
                 id="Context/Q/A, the context's first sentence, off the question"),
]


@pytest.mark.parametrize("prompt, output", READING_DRIFTS)
def test_the_context_said_back_or_new_examples_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 7. Arabic and Hebrew vowel points ---------------------------------------------------------------------------

POINTS = [
    pytest.param("مَا هِيَ فَوَائِدُ القِرَاءَةِ؟",
                 "للقراءة فوائد كثيرة: فهي توسع المعرفة، وتغني المفردات، وتقوي التركيز والذاكرة، وتساعد على الاسترخاء "
                 "وتقليل التوتر.", id="Arabic, points in the question only"),
    pytest.param("ما هي فوائد القراءة؟",
                 "لِلْقِرَاءَةِ فَوَائِدُ كَثِيرَةٌ: فَهِيَ تُوَسِّعُ المَعْرِفَةَ، وَتُغْنِي المُفْرَدَاتِ، وَتُقَوِّي التَّرْكِيزَ وَالذَّاكِرَةَ.",
                 id="Arabic, points in the reply only"),
    pytest.param("كَيْفَ أُحَسِّنُ نَوْمِي؟",
                 "لتحسين نومك: نم واستيقظ في الوقت نفسه كل يوم، وابتعد عن الهاتف قبل النوم بساعة، وتجنب القهوة بعد العصر، "
                 "واجعل غرفتك مظلمة وهادئة.", id="Arabic, a pointed question, a plain list",
                 marks=xfail("topic.trailing_gap: the reply names the question's words in other forms ('لتحسين نومك' for "
                             "'أُحَسِّنُ نَوْمِي'); the points are read either way now, the forms are not")),
    pytest.param(chatml("ما هو التمثيل الضوئي؟"),
                 "التَّمْثِيلُ الضَّوْئِيُّ هُوَ عَمَلِيَّةٌ تَصْنَعُ بِهَا النَّبَاتَاتُ غِذَاءَهَا مِنَ المَاءِ وَثَانِي أُكْسِيدِ الكَرْبُونِ بِمُسَاعَدَةِ ضَوْءِ الشَّمْسِ، "
                 "وَتُطْلِقُ الأُكْسِجِينَ.", id="Arabic, ChatML, points in the reply only"),
    pytest.param("מָה הַבִּירָה שֶׁל צָרְפַת?",
                 "הבירה של צרפת היא פריז, העיר הגדולה במדינה. היא יושבת על נהר הסן וחיים בה יותר משני מיליון תושבים.",
                 id="Hebrew, niqqud in the question only"),
    pytest.param("מה הבירה של צרפת?", "הַבִּירָה שֶׁל צָרְפַת הִיא פָּרִיז, הָעִיר הַגְּדוֹלָה בַּמְּדִינָה.",
                 id="Hebrew, niqqud in the reply only"),
    pytest.param("אֵיךְ מְגַדְּלִים עַגְבָנִיּוֹת בְּמִרְפֶּסֶת?",
                 "כדי לגדל עגבניות במרפסת, בחרו עציץ גדול ועמוק, שימו אותו במקום שמקבל שש שעות שמש לפחות, השקו כל "
                 "בוקר ותמכו בצמח במקל כשהוא גדל.", id="Hebrew, a pointed question, a plain answer"),
]


@pytest.mark.parametrize("prompt, output", POINTS)
def test_arabic_and_hebrew_answers_with_points_on_one_side_only_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


POINTS_OFF_TOPIC = [
    pytest.param("مَا هِيَ فَوَائِدُ القِرَاءَةِ؟",
                 "فاز المنتخب أمس بثلاثة أهداف مقابل لا شيء، واحتفل المشجعون في الشوارع حتى الفجر بعد المباراة.",
                 id="Arabic, a pointed question, a match report"),
    pytest.param("ما هي فوائد القراءة؟",
                 "فَازَ المُنْتَخَبُ أَمْسِ بِثَلَاثَةِ أَهْدَافٍ مُقَابِلَ لَا شَيْءٍ، وَاحْتَفَلَ المُشَجِّعُونَ فِي الشَّوَارِعِ حَتَّى الفَجْرِ.",
                 id="Arabic, a pointed match report"),
    pytest.param("מָה הַבִּירָה שֶׁל צָרְפַת?",
                 "אתמול ירד גשם כבד בירושלים והכבישים הוצפו. הרבה אנשים נשארו בבית ולא הלכו לעבודה.",
                 id="Hebrew, a pointed question, a weather report"),
    pytest.param("מה הבירה של צרפת?",
                 "אֶתְמוֹל יָרַד גֶּשֶׁם כָּבֵד בִּירוּשָׁלַיִם וְהַכְּבִישִׁים הוּצְפוּ. הַרְבֵּה אֲנָשִׁים נִשְׁאֲרוּ בַּבַּיִת.",
                 id="Hebrew, a pointed weather report",
                 marks=xfail("missed, topic.trailing_gap: eleven words, under the twelve an off-topic reply needs to be "
                             "judged by its words")),
    pytest.param("מה הבירה של צרפת?",
                 "אתמול ירד גשם כבד בירושלים והכבישים הוצפו. הרבה אנשים נשארו בבית ולא הלכו לעבודה היום בבוקר.",
                 id="Hebrew, an unpointed weather report naming Jerusalem"),
]


@pytest.mark.parametrize("prompt, output", POINTS_OFF_TOPIC)
def test_an_arabic_or_hebrew_paragraph_on_something_else_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- 8. Questions asked for, and requests to answer one, in other languages ------------------------------------

QUESTIONS_ASKED_FOR = [
    pytest.param("Escribe una pregunta sobre la Revolución Francesa.",
                 "¿Por qué estalló la Revolución Francesa en 1789?", id="Spanish, plain"),
    pytest.param(chatml("Schreibe eine Frage zum Klimawandel."),
                 "Welche Folgen hat der Klimawandel für die Landwirtschaft in Europa?", id="German, ChatML"),
    pytest.param("Напиши вопрос о космосе для викторины.", "Какая планета Солнечной системы самая большая?",
                 id="Russian, a quiz question"),
    pytest.param("Напиши вопрос о Москве.", "Когда была основана Москва?", id="Russian, a question on the topic"),
    pytest.param("इस वाक्य को प्रश्न में बदलिए: राम रोज़ स्कूल जाता है।", "क्या राम रोज़ स्कूल जाता है?",
                 id="Hindi, a sentence turned into a question"),
    pytest.param("富士山についての質問を一つ書いてください。", "富士山の高さは何メートルですか？", id="Japanese, plain"),
    pytest.param("写一个关于长城的问题。", "长城是在哪个朝代开始修建的？", id="Chinese, plain"),
    pytest.param(chatml("请写一个关于熊猫的问题。"), "大熊猫每天要吃多少竹子？", id="Chinese, ChatML"),
    pytest.param("Écris une question sur la Tour Eiffel.", "En quelle année la Tour Eiffel a-t-elle été construite ?",
                 id="French, plain"),
]


@pytest.mark.parametrize("prompt, output", QUESTIONS_ASKED_FOR)
def test_the_question_asked_for_in_another_language_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


ANSWER_THE_QUESTION = [
    pytest.param("Responde a la siguiente pregunta: ¿Cuál es el río más largo de España?",
                 "El río más largo de España es el Tajo, con unos 1.000 kilómetros, aunque desemboca en Portugal.",
                 id="Spanish"),
    pytest.param("Beantworte die folgende Frage: Wie hoch ist die Zugspitze?",
                 "Die Zugspitze ist 2.962 Meter hoch und damit der höchste Berg Deutschlands.", id="German"),
    pytest.param("Réponds à la question suivante : quelle est la capitale du Canada ?",
                 "La capitale du Canada est Ottawa.", id="French"),
    pytest.param("Ответь на следующий вопрос: какая река самая длинная в России?",
                 "Самая длинная река в России — Лена, если считать только реки, целиком текущие по её территории.",
                 id="Russian"),
    pytest.param("次の質問に答えてください：日本で一番長い川は何ですか？", "日本で一番長い川は信濃川で、長さは約367キロメートルです。",
                 id="Japanese"),
    pytest.param("请回答下面的问题：中国最长的河流是哪一条？", "中国最长的河流是长江，全长约6300公里。", id="Chinese"),
    pytest.param("Genera una respuesta a la siguiente pregunta: ¿Cuál es la capital de Perú?",
                 "La capital de Perú es Lima.", id="Spanish, 'Genera una respuesta a la pregunta'"),
]


@pytest.mark.parametrize("prompt, output", ANSWER_THE_QUESTION)
def test_answers_to_a_request_to_answer_a_question_in_another_language_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


ONLY_NEW_QUESTIONS = [
    pytest.param("Responde a la siguiente pregunta: ¿Cuál es el río más largo de España?",
                 "\n¿Cuál es la montaña más alta de España?\n¿Cuál es el lago más grande de España?\n¿Cuál es la "
                 "ciudad más poblada de España?", id="Spanish"),
    pytest.param("Beantworte die folgende Frage: Wie hoch ist die Zugspitze?",
                 "\nWie hoch ist der Mont Blanc?\nWie hoch ist das Matterhorn?\nWie hoch ist der Großglockner?",
                 id="German"),
    pytest.param("Réponds à la question suivante : quelle est la capitale du Canada ?",
                 "\nQuelle est la capitale de l'Australie ?\nQuelle est la capitale du Brésil ?\nQuelle est la capitale "
                 "de l'Inde ?", id="French"),
    pytest.param("Ответь на следующий вопрос: какая река самая длинная в России?",
                 "\nКакое озеро самое глубокое в России?\nКакая гора самая высокая в России?\nКакой город самый "
                 "большой в России?", id="Russian"),
    pytest.param("次の質問に答えてください：日本で一番長い川は何ですか？",
                 "\n日本で一番高い山は何ですか？\n日本で一番大きい湖は何ですか？\n日本で一番人口の多い都市はどこですか？",
                 id="Japanese"),
    pytest.param("请回答下面的问题：中国最长的河流是哪一条？",
                 "\n中国最高的山是哪一座？\n中国最大的湖泊是哪一个？\n中国人口最多的城市是哪一个？", id="Chinese"),
    pytest.param("Genera una respuesta a la siguiente pregunta: ¿Cuál es la capital de Perú?",
                 "\n¿Cuál es la capital de Chile?\n¿Cuál es la capital de Bolivia?\n¿Cuál es la capital de Ecuador?",
                 id="Spanish, 'Genera una respuesta a la pregunta'"),
    pytest.param("请回答下面提出的问题：中国的首都是哪里？",
                 "\n日本的首都是哪里？\n韩国的首都是哪里？\n泰国的首都是哪里？", id="Chinese, 'the question put below'"),
]


@pytest.mark.parametrize("prompt, output", ONLY_NEW_QUESTIONS)
def test_new_questions_instead_of_the_answer_asked_for_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
