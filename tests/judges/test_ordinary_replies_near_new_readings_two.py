"""Good replies written close to the triggers of six readings answer and do not drift; the no-answer or drift each
reading is meant to catch is still caught.

The readings under test:

1. A reply only about the question (``reply.about_the_question``): a reply part made only of sentences about the
   question ("This question asks how to ...", "That's a great question!", "この質問は、「...」です。", "这个问题是
   关于...", "이 질문은 ...", "Cette question porte sur ...", "Esta pregunta es sobre ...") is no answer; a sentence
   naming the answer or going past a "but" answers.
2. A Japanese request opening with its subject (``echo._names_the_subject``): a request whose first characters are
   its topic in Han or Katakana ("ブロックチェーンについて教えてください。") is not asked again by an answer line
   opening with that subject.
3. A short reply naming the subject by its pronoun (``topic.refers_back``): under 40 words and opening with "It's",
   "It is", "They're" or "They are", it is on topic without naming the question's words.
4. The answer's own terms (``topic._answer_terms``): the words of five letters or more that the output's first
   sentence naming the question brings in, said at least twice more, keep later text on topic.
5. A wish in the asker's first person (``reply._ASKERS_WISH_RE`` in ``reply.not_only_a_question``): a reply part
   made only of "I would like to know ...", "I want to write ...", "I'm looking for ...", "I was wondering ..."
   and questions is no answer.
6. The keys a request for JSON lists (``formats.requested_keys``, ``formats.names_a_key``): where the request lists
   keys one a line ("- summary: ..."), a reply whose JSON gives none of them a value is no answer.

For each, ordinary replies come as near the trigger as an assistant writes: "Good question!" and "This question
comes up a lot." before an answer, one sentence about the question that answers in its second half, the same in
Japanese, Chinese, Korean, French, Spanish and German; Japanese answers whose lines open with the request's
subject, with and without a particle inside the first five characters; short and long replies opening with "It's"
or "They are", and with their near neighbours ("That's", "These are", "She's", "It was"); long answers that work
out a term their first sentence brings in, in several languages, and slides that reuse such a term; the
replier's own first person ("I would like to point out", "I'd like to know which version you use; if ...") and
first-person text the request asks for (a translation, a dating bio, an email line, an example sentence); JSON
with the listed keys quoted, nested, in arrays, recased, and requests whose listed lines are data or rules rather
than keys. The catches are probed as near: replies only about the question in six languages, the request said again
or the next one asked after the answer, pronoun openings on something else, slides reusing a term of the first
sentence, the asker's wishes, and JSON of another schema with a listed key said in the prose after it. Chat
templates ([INST], ChatML with its system turn, Alpaca's "### Instruction:/### Response:") and raw prompts are
mixed throughout. Every reply here was written for this test. The probes the judges still get wrong
are strict expected failures naming the measure and the shape; a drift or no-answer the judges miss says
"missed".
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail
from .samples import chatml, inst


def alpaca(instruction, inp=None):
    if inp is None:
        return f"### Instruction:\n{instruction}\n\n### Response:\n"
    return f"### Instruction:\n{instruction}\n\n### Input:\n{inp}\n\n### Response:\n"


def answer_measures(verdict) -> list[str]:
    """The measures that found the verdict's output to be no answer."""
    return [e.measure for e in verdict.evidence if e.property == "answers"]


# --- 1. A reply only about the question ------------------------------------------------------------------------

ABOUT_THEN_ANSWER = [
    pytest.param(inst("How do I reverse a list in Python?"),
                 "Good question! Use slicing: my_list[::-1] gives a reversed copy, while my_list.reverse() reverses "
                 "the list in place and returns None.", id="praise, then the answer"),
    pytest.param(chatml("Is it safe to eat raw cookie dough?"),
                 "This question comes up a lot. The short answer is no: raw flour and raw eggs can both carry "
                 "bacteria such as E. coli and Salmonella, so bake it or buy dough sold as safe to eat raw.",
                 id="'this question comes up a lot', then the short answer"),
    pytest.param(inst("What is the capital of Australia?"),
                 "The question asks for the capital of Australia, which is Canberra.",
                 id="one sentence about the question that answers in a relative clause"),
    pytest.param(alpaca("Explain what recursion is."),
                 "This task asks for an explanation of recursion. Recursion is when a function calls itself on a "
                 "smaller piece of the problem until it reaches a base case it can solve directly, as in "
                 "factorial(0) = 1.", id="'this task asks', then the explanation"),
    pytest.param(chatml("Why do onions make you cry?"),
                 "Your question is about onions and tears: cutting an onion releases a gas, syn-propanethial-S-oxide, "
                 "that stings the eyes and makes them water.",
                 id="'your question is about' with the answer after a colon"),
    pytest.param(inst("Can dogs eat carrots?"), "Good question, yes they can!",
                 id="praise and a three-word yes"),
    pytest.param(inst("How many hearts does an octopus have?"),
                 "What a great question! An octopus has three hearts: two pump blood through the gills and one "
                 "pumps it through the rest of the body.", id="'what a great question!', then the answer"),
    pytest.param("Q: What is the boiling point of water at sea level?\nA:",
                 " This question is about the boiling point at sea level, and the value is 100 °C (212 °F).",
                 id="raw Q/A, 'this question is about' and the value in one sentence"),
    pytest.param(inst("How do I print hello world in Rust?"),
                 "Great question!\n\n```rust\nfn main() {\n    println!(\"Hello, world!\");\n}\n```",
                 id="praise, then only a code block"),
    pytest.param(chatml("Give me three tips for better sleep."),
                 "This question asks for three tips, so here they are:\n1. Go to bed and get up at the same time "
                 "every day.\n2. Keep the bedroom dark, quiet and cool.\n3. Avoid caffeine after 2 pm.",
                 id="'this question asks', then a numbered list"),
    pytest.param(inst("Should I indent Python with tabs or spaces?"),
                 "The question is whether to use tabs or spaces. PEP 8 says spaces: four per indentation level, and "
                 "never a mix of the two.", id="'the question is whether', then the answer"),
    pytest.param(chatml("Why did the Roman Empire fall?"),
                 "That's an excellent question, and one historians still argue about. Most point to a mix of causes: "
                 "overstretched borders, civil wars, a weakened economy, and pressure from migrating peoples such as "
                 "the Goths and the Huns. The Western Empire ended in 476, when Odoacer deposed Romulus Augustulus; "
                 "the Eastern Empire lasted until 1453.", id="a long answer opening with praise going on"),
    pytest.param(alpaca("Which planet is the largest in the solar system?"),
                 "The question asks which planet is largest. Jupiter.",
                 id="'the question asks', then a one-word answer"),
    pytest.param(inst("Is Python 2 still supported?"),
                 "This question is about Python 2, which reached its end of life on 1 January 2020 and gets no more "
                 "security fixes.", id="'this question is about X, which ...'"),
    pytest.param(chatml("富士山の高さは何メートルですか？"),
                 "この質問については、よく聞かれます。富士山の高さは3776メートルです。",
                 id="Japanese 'この質問については', then the answer"),
    pytest.param(chatml("x + 2 = 5 のとき、x の値を求めてください。"),
                 "この問題では、両辺から2を引くと x = 3 になります。",
                 id="Japanese 'この問題では' with the working in one sentence"),
    pytest.param(chatml("猫はなぜゴロゴロと喉を鳴らすのですか？"),
                 "この質問は多くの飼い主が気にしています。猫がゴロゴロ鳴らすのは、主に安心してリラックスしているときです。",
                 id="Japanese 'この質問は', then the answer"),
    pytest.param(chatml("直角三角形的两条直角边分别是3和4，斜边是多少？"), "这道题用勾股定理：斜边等于5。",
                 id="Chinese 'this problem' with the answer after a colon"),
    pytest.param(inst("水在多少度沸腾？"), "这个问题很常见。在标准大气压下，水在100摄氏度沸腾。",
                 id="Chinese 'this question is common', then the answer"),
    pytest.param(chatml("직각삼각형의 두 변이 3과 4일 때 빗변의 길이는?"), "이 문제는 피타고라스 정리로 풀면 빗변이 5입니다.",
                 id="Korean 'this problem' with the answer in one sentence",
                 marks=xfail("reply.about_the_question: '이 문제는 피타고라스 정리로 풀면 빗변이 5입니다.' solves it in the sentence "
                             "opening '이 문제는'")),
    pytest.param(chatml("서울의 인구는 얼마나 되나요?"), "이 질문은 자주 나옵니다. 서울의 인구는 약 940만 명입니다.",
                 id="Korean 'this question comes up', then the answer"),
    pytest.param(chatml("Quelle est la hauteur de la tour Eiffel ?"),
                 "Cette question est simple : la tour Eiffel mesure 330 mètres, antennes comprises.",
                 id="French 'cette question est simple :' and the answer"),
    pytest.param(chatml("¿A qué temperatura hierve el agua?"),
                 "Esta pregunta es fácil de contestar: el agua hierve a 100 grados al nivel del mar.",
                 id="Spanish 'esta pregunta es fácil de contestar:' and the answer"),
    pytest.param(chatml("¿Cuál es la capital de Australia?"),
                 "Esta pregunta es muy frecuente. La capital de Australia es Canberra, no Sídney.",
                 id="Spanish 'esta pregunta es muy frecuente', then the answer"),
    pytest.param(chatml("Was ist die Hauptstadt von Australien?"),
                 "Diese Frage ist leicht zu beantworten: Die Hauptstadt von Australien ist Canberra.",
                 id="German 'diese Frage ist leicht zu beantworten:' and the answer"),
]


@pytest.mark.parametrize("prompt, output", ABOUT_THEN_ANSWER)
def test_replies_speaking_of_the_question_and_answering_it_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


ONLY_ABOUT = [
    pytest.param(inst("How do I bake sourdough bread?"), "This question is about baking sourdough bread at home.",
                 id="'this question is about'"),
    pytest.param(alpaca("Explain quantum entanglement simply."),
                 "What an interesting question! Your question asks how two particles can stay linked over a distance.",
                 id="praise and 'your question asks'",
                 marks=xfail("topic.trailing_gap, reply.words: praise and 'Your question asks how two particles ...' "
                             "name neither 'quantum' nor 'entanglement', so the 16 words are read as off topic, a "
                             "drift")),
    pytest.param(chatml("猫はなぜゴロゴロと喉を鳴らすのですか？"), "この質問は、猫がなぜゴロゴロ鳴らすのかについてです。",
                 id="Japanese 'この質問は'"),
    pytest.param(chatml("长城有多长？"), "这个问题问的是长城的长度。", id="Chinese 'this question asks'"),
    pytest.param(chatml("서울의 인구는 얼마나 되나요?"), "이 질문은 서울의 인구에 관한 것입니다.", id="Korean 'this question'"),
    pytest.param(chatml("Warum ist der Himmel blau?"), "Diese Frage ist sehr interessant.",
                 id="German 'diese Frage ist'"),
    pytest.param(chatml("¿Cómo funciona el ciclo del agua?"),
                 "Tu pregunta trata sobre el ciclo del agua. ¿Quieres que te lo explique paso a paso?",
                 id="Spanish 'tu pregunta trata', then a question back"),
    pytest.param(chatml("猫はなぜゴロゴロと喉を鳴らすのですか？"), "とても良い質問ですね！", id="Japanese praise alone"),
    pytest.param(chatml("Pourquoi le ciel est-il bleu ?"), "Excellente question !", id="French praise alone"),
]


@pytest.mark.parametrize("prompt, output", ONLY_ABOUT)
def test_a_reply_only_about_the_question_is_still_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and not verdict.drifts, verdict.explain()
    assert "reply.about_the_question" in answer_measures(verdict), verdict.explain()


# --- 2. A Japanese request opening with its subject ------------------------------------------------------------

SUBJECT_FIRST = [
    pytest.param("指示：インフレーションについて簡単に説明してください。\n回答：",
                 "インフレーションとは、物価が全体的に上がり続けることです。\n"
                 "インフレーションが起きると、同じお金で買える物が少なくなります。",
                 id="katakana subject, two answer lines opening with it"),
    pytest.param(chatml("量子コンピュータについて教えてください。"),
                 "量子コンピュータは、量子ビットを使って計算するコンピュータです。\n"
                 "量子コンピュータは、特定の問題を従来のコンピュータより速く解けると期待されています。",
                 id="Han and katakana subject, lines opening with it"),
    pytest.param(chatml("光合成の仕組みを説明してください。"),
                 "光合成の仕組みは、大きく二つの段階に分けられます。\n"
                 "まず、光エネルギーを使って水を分解し、酸素とエネルギーを作ります。\n"
                 "次に、そのエネルギーで二酸化炭素から糖を合成します。",
                 id="a three-Han subject with 'の' inside the first five characters"),
    pytest.param(chatml("光合成の仕組みを説明してください。"),
                 "光合成の仕組みは、大きく二つの段階に分けられます。\n"
                 "光合成の仕組みの第一段階では、光エネルギーで水を分解し、酸素を出します。\n"
                 "第二段階では、そのエネルギーで二酸化炭素から糖を作ります。",
                 id="two lines opening '光合成の', 'の' inside the first five characters"),
    pytest.param(inst("地球温暖化の原因を教えてください。"),
                 "地球温暖化の主な原因は、二酸化炭素などの温室効果ガスの増加です。\n"
                 "化石燃料の燃焼や森林伐採によって、その量が増えています。",
                 id="five Han characters of subject"),
    pytest.param(chatml("東京タワーの高さを教えてください。"),
                 "東京タワーの高さは333メートルです。1958年に完成しました。",
                 id="Han then katakana subject"),
    pytest.param(chatml("東京タワーの高さを教えてください。"),
                 "お答えします。\n東京タワーの高さは333メートルです。\n展望台は150メートルと250メートルの位置にあります。",
                 id="Han then katakana subject, its line after the first"),
    pytest.param(chatml("コーヒーの淹れ方を教えてください。"),
                 "コーヒーの淹れ方にはいくつか種類があります。\nコーヒーの粉は、一杯につき10グラムが目安です。\n"
                 "お湯は90度前後に冷ましてから、ゆっくり注ぎます。", id="two lines opening 'コーヒーの'"),
    pytest.param(alpaca("機械学習と深層学習の違いを教えてください。"),
                 "機械学習と深層学習の違いは、特徴量を人が設計するかどうかです。\n"
                 "深層学習では、ニューラルネットワークが特徴量を自動で学習します。",
                 id="two subjects joined by 'と', the answer opening with both"),
    pytest.param("指示：機械学習と深層学習の違いを教えてください。\n回答：",
                 "機械学習と深層学習は、どちらもデータから規則を学ぶ技術です。\n"
                 "機械学習と違い、深層学習では特徴量を人が設計する必要がありません。",
                 id="two lines opening with the subjects joined by 'と'"),
    pytest.param(chatml("コーヒーの淹れ方を教えてください。"),
                 "コーヒーの美味しい淹れ方を紹介します。\n1. 豆を中細挽きにします。\n2. お湯を90度前後に冷まします。\n"
                 "3. 少量のお湯で30秒蒸らしてから、ゆっくり注ぎます。",
                 id="a katakana subject then 'の', an announcing line"),
    pytest.param(chatml("地球温暖化について教えてください。"),
                 "地球温暖化について、わかりやすく説明します。\n"
                 "地球温暖化とは、地球全体の平均気温が長い期間をかけて上がっていく現象です。",
                 id="'Xについて説明します。' opening as the request does"),
    pytest.param(chatml("光合成について簡単に説明してください。"),
                 "光合成について簡単に説明します。\n植物は、光のエネルギーを使って二酸化炭素と水から糖と酸素を作ります。",
                 id="'光合成について' with a three-Han subject, said back as an announcement"),
    pytest.param("指示：日本の首都はどこですか？\n回答：", "日本の首都は東京です。",
                 id="a question, answered by a line opening as it does"),
    pytest.param(chatml("サッカーのルールを簡単に教えてください。"),
                 "サッカーのルールを簡単にまとめます。\n・1チーム11人で戦います。\n"
                 "・手を使えるのはゴールキーパーだけです。\n・相手より多くゴールを決めたチームが勝ちです。",
                 id="katakana then 'の', the answer announcing a list"),
    pytest.param(alpaca("東京スカイツリーについて教えてください。"),
                 "東京スカイツリーは、東京都墨田区にある電波塔です。\n"
                 "東京スカイツリーの高さは634メートルで、2012年に開業しました。",
                 id="Alpaca template, Han and katakana subject"),
    pytest.param(chatml("人工知能の歴史について簡単に説明してください。"),
                 "人工知能の歴史は、1956年のダートマス会議から始まったと言われています。\n"
                 "人工知能の研究は、ブームと冬の時代を何度も繰り返してきました。",
                 id="four Han characters then 'の'"),
    pytest.param(chatml("人工智能的发展历史，请简要介绍一下。"),
                 "人工智能的发展历史大致可以分为三个阶段。\n"
                 "人工智能的概念在1956年的达特茅斯会议上首次提出。",
                 id="Chinese, the subject then '的'",
                 marks=xfail("prompt.opening: a Chinese request '人工智能的发展历史，请简要介绍一下。' keeps '的' in its key, so two "
                             "answer lines opening '人工智能的' are read as the request again")),
    pytest.param(chatml("红烧肉的做法，请详细说明。"),
                 "红烧肉的做法并不复杂。\n1. 五花肉切块，冷水下锅焯水。\n2. 锅中放糖炒出糖色，再放入肉块翻炒。\n"
                 "3. 加酱油、料酒和开水，小火炖一个小时。",
                 id="Chinese recipe, the answer opening with the dish"),
    pytest.param(chatml("ビタミンCの効果について教えてください。"),
                 "ビタミンCには、主に次のような効果があります。\n・免疫力を高める\n・コラーゲンの生成を助ける\n"
                 "・鉄の吸収を助ける\nビタミンCは体内で作れないため、果物や野菜から取ることが大切です。",
                 id="katakana and a Latin letter, lines naming the subject",
                 marks=xfail("prompt.opening: 'ビタミンC' puts a Latin letter in the key, no Han or Katakana pair, so "
                             "two answer lines opening 'ビタミンC' are read as the request again")),
]


@pytest.mark.parametrize("prompt, output", SUBJECT_FIRST)
def test_answer_lines_opening_with_the_requests_subject_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


REQUESTS_AGAIN = [
    pytest.param(chatml("地球温暖化について教えてください。"),
                 "気温が上がることです。\n地球温暖化について英語で教えてください。\n"
                 "地球温暖化について子ども向けに教えてください。\n地球温暖化について三行で教えてください。",
                 id="a Han subject, the request said again three ways"),
    pytest.param("指示：インフレーションについて簡単に説明してください。\n回答：",
                 "物価が上がることです。\n指示：インフレーションについて詳しく説明してください。\n回答：物価が上がり続けることです。\n"
                 "指示：デフレーションについて簡単に説明してください。\n回答：物価が下がり続けることです。",
                 id="a katakana subject, a worksheet of new requests"),
    pytest.param(chatml("量子コンピュータについて教えてください。"),
                 "量子コンピュータについて教えてください。\n量子コンピュータについて教えてください。\n"
                 "量子コンピュータについて教えてください。\n量子コンピュータについて教えてください。",
                 id="the request said again and again"),
    pytest.param(chatml("地球温暖化について教えてください。"),
                 "地球温暖化とは、地球全体の平均気温が長い期間をかけて上がっていく現象です。主な原因は、二酸化炭素などの"
                 "温室効果ガスの増加です。\n\n地球温暖化の対策について教えてください。",
                 id="an answer, then the next request on the same Han subject"),
    pytest.param("指示：インフレーションについて簡単に説明してください。\n回答：",
                 "物価が全体的に上がり続けることです。お金の価値が下がるので、同じ金額で買える物が減ります。\n\n"
                 "インフレーションとデフレーションの違いを簡単に説明してください。",
                 id="an answer, then the next request on the same katakana subject"),
    pytest.param(chatml("量子コンピュータについて教えてください。"),
                 "量子ビットを使って計算するコンピュータです。重ね合わせという性質を利用して、特定の計算を高速に行えます。\n"
                 "量子コンピュータの歴史についても教えてください。\n量子コンピュータの課題についても教えてください。",
                 id="an answer, then two next requests on the same subject"),
]


@pytest.mark.parametrize("prompt, output", REQUESTS_AGAIN)
def test_the_request_said_again_with_its_subject_first_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 3. A short reply naming the subject by its pronoun -------------------------------------------------------

PRONOUN_REPLIES = [
    pytest.param(chatml("What is the Rosetta Stone?"),
                 "It's a granite slab from 196 BC carrying one decree in hieroglyphs, Demotic and Greek, which let "
                 "scholars finally decipher hieroglyphs.", id="'It's', a one-sentence definition"),
    pytest.param(inst("Why do leaves change colour in autumn?"),
                 "It's because trees stop making chlorophyll, so the yellow and orange pigments underneath show "
                 "through.", id="'It's because'"),
    pytest.param(inst("What are kidney stones made of?"),
                 "They're usually calcium oxalate, and sometimes uric acid, struvite or cystine.",
                 id="'They're usually'"),
    pytest.param(chatml("What is the Mohs scale?"),
                 "It\u2019s a ranking of minerals from 1 (talc) to 10 (diamond) by how well they resist scratching.",
                 id="curly apostrophe"),
    pytest.param(alpaca("Describe the function of the mitochondria."),
                 "It is the powerhouse of the cell: it turns glucose and oxygen into ATP, the energy currency every "
                 "cell runs on.", id="Alpaca, 'It is' for a plural subject"),
    pytest.param(chatml("What are the Galapagos finches known for?"),
                 "They are Darwin's classic example of adaptive radiation: their beaks evolved to suit different "
                 "foods on different islands.", id="'They are', a sentence and a colon"),
    pytest.param(inst("Is a tomato a fruit or a vegetable?"),
                 "It's botanically a fruit, since it grows from the flower and holds seeds, though cooks treat it "
                 "as a vegetable.", id="'It's' naming one of the options"),
    pytest.param(chatml("What's the capital of Australia?"),
                 "It's Canberra. Many people guess Sydney, but Canberra was built as a compromise between Sydney "
                 "and Melbourne.", id="two sentences, 'It's' and a name"),
    pytest.param("Q: What is a haiku?\nA:",
                 " It is a short Japanese poem of three lines, with five, seven and five syllables.",
                 id="raw Q/A, 'It is'"),
    pytest.param(chatml("What is a mortgage?"),
                 "It's a loan you take out to buy a home, secured against the property itself. You repay the "
                 "mortgage in monthly instalments of interest and capital over a term, usually 25 to 30 years, and "
                 "if you stop paying, the lender can repossess the house and sell it to recover what you owe. "
                 "Rates can be fixed for a few years or follow the central bank's rate.",
                 id="a long 'It's' answer naming the subject later"),
    pytest.param(inst("What are tardigrades?"),
                 "They are tiny eight-legged animals, about half a millimetre long, found in moss and sea sediments "
                 "all over the world. Tardigrades can survive freezing, boiling, radiation and even the vacuum of "
                 "space by drying out into a dormant state called a tun, and they revive when water returns, "
                 "sometimes after decades. That is why people call them water bears.",
                 id="a long 'They are' answer naming the subject later"),
    pytest.param(chatml("What is the Rosetta Stone?"),
                 "It's a granite slab, a little over a metre tall, found by French soldiers in 1799 near the town of "
                 "Rashid in the Nile delta. It carries the same decree of King Ptolemy V in three "
                 "scripts, one of them ancient Greek. Because scholars could read the Greek, the slab gave "
                 "Jean-Francois Champollion the key to decipher hieroglyphs in 1822. It has been in the British "
                 "Museum since 1802.", id="a long 'It's' answer that never names the subject",
                 marks=xfail("topic.trailing_gap, reply.words: a 70-word 'It's' answer about the slab that never "
                             "says 'Rosetta' or 'stone' is off topic, the pronoun read only under 40 words")),
    pytest.param(chatml("What do you call a baby kangaroo?"), "That's a joey.", id="'That's', three words"),
    pytest.param(chatml("What are the three primary colours of light?"), "These are red, green and blue.",
                 id="'These are', a short list"),
    pytest.param(inst("Who is Marie Curie?"),
                 "She's the physicist and chemist who discovered polonium and radium and was the first person to "
                 "win two Nobel Prizes.", id="'She's', a one-sentence answer"),
    pytest.param(chatml("Who painted the Mona Lisa?"), "It was Leonardo da Vinci, in the early 1500s.",
                 id="'It was', a short answer"),
    pytest.param(alpaca("Explain what a black hole is."),
                 "Its a region of space where gravity is so strong that nothing, not even light, can escape.",
                 id="'Its' without the apostrophe"),
    pytest.param(chatml("What are tardigrades?"),
                 "Sure! They're tiny eight-legged animals, about half a millimetre long, that can survive freezing, "
                 "boiling and even the vacuum of space.", id="'Sure!' before 'They're'"),
]


@pytest.mark.parametrize("prompt, output", PRONOUN_REPLIES)
def test_replies_opening_with_a_pronoun_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


PRONOUN_DRIFTS = [
    pytest.param(chatml("Why do cats purr?"),
                 "They are opening a new bakery on our street next month, and everyone in the neighbourhood is "
                 "excited about it. The owners used to run a food truck, and their cinnamon rolls were famous at the "
                 "Saturday market. They plan to open at seven every morning and sell coffee with fresh bread.",
                 id="'They are', long and on something else"),
    pytest.param(inst("What makes a volcano erupt?"),
                 "It's my birthday today and I am going to the beach with my friends and family to celebrate it.",
                 id="'It's', short and on something else"),
    pytest.param(chatml("What is the capital of Peru?"),
                 "They're going to announce the results of the football league tomorrow morning at the stadium.",
                 id="'They're', short and on something else"),
    pytest.param(alpaca("How do bees make honey?"),
                 "It is raining in Manchester again, so the match has been postponed until next Sunday afternoon.",
                 id="Alpaca, 'It is', short weather report"),
]


@pytest.mark.parametrize("prompt, output", PRONOUN_DRIFTS)
def test_a_pronoun_opening_on_something_else_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 4. The answer's own terms ---------------------------------------------------------------------------------

FRIDGE_Q = "How does a refrigerator keep food cold?"
FRIDGE = (
    "A refrigerator keeps food cold by pumping heat out of the cabinet with a circulating refrigerant. "
    "The refrigerant is a fluid that boils at a very low temperature. Inside the cabinet it flows through the "
    "evaporator coils, where it boils and soaks up heat from the air around it. "
    "The compressor then squeezes the refrigerant vapour, which raises its pressure and its temperature. "
    "The hot vapour passes through the condenser coils at the back, where it gives its heat to the kitchen and "
    "turns back into a liquid. Finally the liquid refrigerant goes through an expansion valve, its pressure drops "
    "sharply, it cools, and the cycle starts again. A thermostat switches the compressor on and off to hold the "
    "temperature you set, which is why you hear the motor hum every so often and then fall quiet."
)

AURORA = (
    "The northern lights are caused by charged particles from the Sun striking gases in the upper atmosphere. "
    "The Sun sends out a steady stream of these particles, called the solar wind, and sometimes much larger bursts "
    "during storms on its surface. When the particles reach us, the magnetic field steers most of them away, but "
    "near the poles it funnels them down into the atmosphere. There they collide with oxygen and nitrogen atoms "
    "and hand over energy. Each excited atom then gives that energy back as light of a particular colour: oxygen "
    "glows green at about a hundred kilometres up and red higher still, while nitrogen adds blue and purple edges. "
    "The stronger the storm, the further from the poles the particles reach and the brighter the display becomes."
)

VACCINES = (
    "Vaccines work by training the immune system to recognise a germ before you ever meet it. "
    "They contain a harmless piece or copy of the germ, such as a protein from its surface, or instructions for "
    "your cells to make that protein. The immune system sees this protein as foreign and makes antibodies that "
    "stick to it, along with T cells that can destroy infected cells. Some of these cells become memory cells and "
    "stay in the blood for years. If the real germ arrives later, the memory cells recognise it at once and the "
    "immune system can produce antibodies within days instead of weeks, often fast enough that you never feel "
    "ill. Boosters remind the memory cells and keep the response strong."
)

HTTP = (
    "The simplest way to make an HTTP request in Python is the requests library.\n\n"
    "```python\nimport requests\n\nresponse = requests.get(\"https://api.github.com/users/octocat\", timeout=10)\n"
    "response.raise_for_status()\nprint(response.status_code)\nprint(response.json()[\"name\"])\n```\n\n"
    "Install it first with `pip install requests`. The get function returns a response object: status_code holds "
    "the status, text the body as a string and json() the body parsed into a dictionary. Always set a timeout, "
    "otherwise a server that never answers can hang your program for ever. To send data, use requests.post with "
    "json= for a JSON body or data= for a form. If you need many calls to the same server, create a "
    "requests.Session and reuse it: it keeps the connection open and is noticeably faster."
)

STARTER = (
    "A sourdough starter that won't rise usually has too little warmth or too irregular a feeding schedule. "
    "Yeast and bacteria slow right down below about 20 degrees, so find a warmer spot, such as the top of the "
    "fridge or an oven with only the light on, and aim for 24 to 26 degrees. Then settle into a steady feeding "
    "rhythm: discard all but a spoonful, add equal weights of flour and water, and repeat every twelve hours. "
    "Whole rye or wholemeal flour gives the microbes more to eat than white flour, and chlorinated tap water can "
    "hold them back, so use filtered water if you can. Within a week of regular feeding at that warmth it should "
    "double within six hours of a feed, smell pleasantly sour, and be full of bubbles when you look through the jar."
)

HEAT_PUMP = (
    "Eine Wärmepumpe funktioniert wie ein umgekehrter Kühlschrank: Sie entzieht der Umgebung Wärme mit Hilfe "
    "eines Kältemittels. Das Kältemittel verdampft schon bei sehr niedrigen Temperaturen. Im Verdampfer nimmt es "
    "Energie aus der Außenluft, dem Erdreich oder dem Grundwasser auf und wird gasförmig. Ein Verdichter presst das "
    "Gas zusammen, wodurch Druck und Temperatur stark steigen. Im Verflüssiger gibt das heiße Kältemittel seine "
    "Energie an das Heizungswasser ab und wird wieder flüssig. Danach sinkt der Druck im Expansionsventil, das "
    "Kältemittel kühlt ab, und der Kreislauf beginnt von vorn. Aus einer Kilowattstunde Strom für den Verdichter "
    "werden so drei bis fünf Kilowattstunden Heizenergie, je nachdem wie kalt es draußen ist."
)

RAINBOW_ES = (
    "Un arcoíris se forma cuando la luz del sol atraviesa las gotas de lluvia que quedan en el aire. "
    "Al entrar en cada gota, la luz blanca se desvía, porque viaja más despacio en el agua que en el aire; este "
    "fenómeno se llama refracción. Dentro de la gota, la luz se refleja en la pared del fondo y vuelve a desviarse "
    "al salir. Como cada color se desvía un poco distinto, el rojo sale por un lado y el violeta por el otro, y los "
    "colores se separan. Millones de gotas hacen lo mismo a la vez, y cada una nos envía un solo color según su "
    "posición, por eso vemos bandas ordenadas del rojo al violeta. Para verlo hay que tener el sol a la espalda y "
    "las gotas delante, con el sol bajo en el cielo, por la mañana o por la tarde."
)

TIDES_FR = (
    "Les marées sont provoquées surtout par l'attraction de la Lune sur les océans de la Terre. "
    "La Lune attire davantage l'eau du côté de la Terre qui lui fait face que le centre de la planète, ce qui "
    "forme un renflement d'eau vers elle. De l'autre côté, l'eau est moins attirée que le centre et forme un "
    "second renflement. La Terre tourne sous ces deux renflements en un peu plus d'un jour, si bien que la plupart "
    "des côtes connaissent deux pleines mers et deux basses mers par jour. Le Soleil joue aussi, avec une force "
    "moitié moindre : quand il est aligné avec la Lune, à la nouvelle et à la pleine Lune, les effets "
    "s'additionnent et donnent les grandes vives-eaux."
)

LAPTOP_Q = "Why is my laptop so slow and how can I speed it up?"
LAPTOP_SECOND_SENTENCE = (
    "There are a few usual reasons a laptop gets slow. The biggest gain usually comes from the drive. "
    "An old spinning hard drive reads data at around a hundred megabytes a second, while even a cheap solid-state "
    "drive manages five times that and finds small files almost instantly. Swapping the drive is a twenty-minute "
    "job on most models: back up your files, clone the old drive to the new one with a free tool such as "
    "Macrium Reflect or Clonezilla, unscrew the bottom panel, and swap them over. Windows or macOS then boots in "
    "seconds instead of minutes, programs open at once, and updates no longer grind the machine to a halt for an "
    "afternoon. If the drive is already solid-state, check how full it is: above ninety percent it loses pace "
    "too, so move photos and videos to an external disk and keep a fifth of it free."
)

LAPTOP_RAM = (
    "The fastest fix for a slow laptop is usually more RAM. "
    "With 4 GB, a modern browser with a dozen tabs fills it up, and the system starts moving data to the disk, "
    "which takes a hundred times longer. Check how much you have in Task Manager under Performance, and how much is "
    "in use with your normal programs open. If it sits above eighty percent, add RAM: most models take a second "
    "module in a spare slot, and 8 GB more costs little. Buy the same type (DDR4 or DDR5) and rating as the module "
    "already fitted, switch the machine off, open the panel, and press the new module in until the clips close. "
    "Windows sees the extra RAM at the next start, and the lag when you switch between programs disappears. "
    "If you edit photos or run virtual machines, 16 GB of RAM is a comfortable amount; for mail, office work and "
    "the web, 8 GB is plenty."
)

BREAD_PLURAL = (
    "Bread dough rises because yeasts feed on sugars and give off carbon dioxide. "
    "A yeast cell breaks each sugar molecule into gas and a little alcohol. The gas collects in tiny pockets that "
    "the gluten network traps, so the mass swells like a sponge. Warmth speeds the yeast up and cold holds it back, "
    "which is why a night in the fridge gives more flavour. Too much salt or very hot water can kill "
    "the yeast, and then nothing happens at all. When the loaf goes into the oven the yeast works hard for a few "
    "minutes, the pockets expand once more, and then the heat sets the crumb around them. Instant yeast can go "
    "straight into the flour; fresh yeast is best crumbled into lukewarm water first, and a packet of dried yeast "
    "keeps for a year in a cool cupboard."
)

ANSWER_TERMS = [
    pytest.param(chatml(FRIDGE_Q), FRIDGE, id="a refrigerant worked out over a paragraph"),
    pytest.param(inst("What causes the northern lights?"), AURORA, id="charged particles worked out"),
    pytest.param(alpaca("How do vaccines work?"), VACCINES, id="the immune system worked out, Alpaca"),
    pytest.param(chatml("How do I make an HTTP request in Python?"), HTTP, id="a library, code, then its use"),
    pytest.param(inst("Why is my sourdough starter not rising?"), STARTER, id="warmth and feeding worked out"),
    pytest.param(chatml("Wie funktioniert eine Wärmepumpe?"), HEAT_PUMP, id="German, the refrigerant"),
    pytest.param(chatml("¿Cómo se forma un arcoíris?"), RAINBOW_ES, id="Spanish, the drops and the light"),
    pytest.param(chatml("Qu'est-ce qui provoque les marées ?"), TIDES_FR, id="French, the Moon's pull"),
    pytest.param(chatml(LAPTOP_Q), LAPTOP_SECOND_SENTENCE, id="the term brought in by the second sentence",
                 marks=xfail("topic.trailing_gap, reply.share: 'the drive', worked out over 140 words, comes in the "
                             "second sentence, not the first naming 'laptop' and 'slow', so it is no term of the "
                             "answer's")),
    pytest.param(inst(LAPTOP_Q), LAPTOP_RAM, id="a three-letter term, RAM"),  # written with capitals, a name
    pytest.param(chatml("Why does bread dough rise?"), BREAD_PLURAL, id="the term plural first, singular after"),
    pytest.param(
        "Question: What is photosynthesis?\nAnswer:",
        " Photosynthesis is the process by which plants use sunlight to turn carbon dioxide and water into sugar "
        "and oxygen.\n\n1. Light reactions: in the thylakoid membranes, sunlight splits water molecules, releasing "
        "oxygen and storing energy in ATP and NADPH.\n2. The Calvin cycle: in the stroma, the enzyme RuBisCO fixes "
        "carbon dioxide onto a five-carbon sugar, and the stored energy turns the result into glucose.\n3. Where the "
        "sugar goes: the plant burns some for energy, stores some as starch, and builds cellulose walls from the "
        "rest.\n\nThe oxygen released in the first stage is the oxygen we breathe, and the carbon dioxide fixed in "
        "the second stage is why forests and oceans act as carbon sinks that slow climate change.",
        id="raw Question/Answer, a numbered list of stages"),
    pytest.param(
        chatml("How do I get better at chess?"),
        "The most reliable way to improve at chess is to study tactics every day. Tactics are short combinations "
        "such as forks, pins, skewers and discovered attacks that win material or give mate. Do fifteen to thirty "
        "puzzles a day on a site like Lichess or Chess.com, and try to solve each one fully before you move a "
        "piece. Start with easy ones to learn the patterns, then raise the rating. After each of your games, look "
        "for the tactics you or your opponent missed; most games below 1500 are decided by one. Once patterns "
        "come quickly, add endgame study: king and pawn endings, the Lucena and Philidor positions, and basic "
        "rook endings, which turn small advantages into wins.",
        id="tactics worked out, then endgames"),
]


@pytest.mark.parametrize("prompt, output", ANSWER_TERMS)
def test_long_answers_working_out_their_first_sentences_terms_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


SLEEP_FIRST = "To improve your sleep, keep a steady schedule and a dark, quiet bedroom. "
SLEEP_SLIDE = (
    "Speaking of schedules, my train schedule this week has been a mess. The schedule changed on Monday without "
    "warning, and the 7.42 to Leeds now leaves at 7.51, so I miss my connection at York and wait forty minutes on "
    "a cold platform. My manager is understanding, but the team meeting starts at nine and I have walked in late "
    "three times. I have started cycling to a different station instead, which takes longer but the trains there "
    "run on time. The football league schedule is out too, and our first match is away in Sunderland on a "
    "Tuesday night, which means another long journey."
)

GUITAR_FIRST = "The most important thing when learning guitar is regular practice. "
GUITAR_SLIDE = (
    "Last night was an important night for our town's football club. The important match against our rivals "
    "drew the biggest crowd of the season, and the stadium was full an hour before kick-off. Our striker scored "
    "twice in the first half, and the keeper saved a penalty in the last minute to keep the win. After the "
    "final whistle the fans sang in the streets until midnight, and the pubs stayed open late. The mayor has "
    "promised a parade on Saturday, and the club shop has already sold out of scarves and shirts. Next week "
    "the team travels north for the cup semi-final, the most important game in its history."
)

PAN_FIRST = "To clean a cast iron pan, rinse it under hot water and scrub it with coarse salt. "
PAN_SLIDE = (
    "Last summer we rented a cabin by the lake, and the water was so warm that the children swam every morning "
    "before breakfast. In the afternoons we drove to the water park in the next town, where there are twelve "
    "slides and a wave pool that switches on every half hour. My brother tried the tallest slide and came off it "
    "laughing so hard he could not stand up. In the evenings we grilled sausages on the deck, played cards by "
    "lamplight, and listened to the loons calling across the lake. We have already booked the same cabin for "
    "next year, for two weeks this time instead of one."
)

SLIDES = [
    pytest.param(chatml("How can I sleep better?"), SLEEP_FIRST + SLEEP_SLIDE,
                 id="a slide saying the first sentence's 'schedule' again",
                 marks=xfail("missed: topic.trailing_gap does not fire: 'schedule' in the first sentence on sleep, "
                             "said again in a 107-word slide on train and football schedules, keeps the slide on "
                             "topic")),
    pytest.param(inst("How do I learn guitar?"), GUITAR_FIRST + GUITAR_SLIDE,
                 id="a slide saying the first sentence's 'important' again",
                 marks=xfail("missed: topic.trailing_gap does not fire: 'important' in the first sentence on "
                             "learning guitar, said again in a 112-word report of a football match, keeps the slide "
                             "on topic")),
    pytest.param(alpaca("How do I clean a cast iron pan?"), PAN_FIRST + PAN_SLIDE,
                 id="a slide saying the first sentence's 'water' again",
                 marks=xfail("missed: topic.trailing_gap does not fire: 'water' in the first sentence on cleaning a "
                             "pan, said again in a 109-word holiday story at a lake and a water park, keeps the "
                             "slide on topic")),
    pytest.param(chatml(FRIDGE_Q),
                 "A refrigerator keeps food cold by pumping heat out of the cabinet. " + PAN_SLIDE,
                 id="a slide naming nothing of the first sentence"),
]


@pytest.mark.parametrize("prompt, output", SLIDES)
def test_a_slide_off_topic_after_the_first_sentence_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()


# --- 5. A wish in the asker's first person ---------------------------------------------------------------------

REPLIERS_FIRST_PERSON = [
    pytest.param(chatml("How long should I boil an egg?"),
                 "I would like to point out that it depends on the size of the egg, but for a large one: six minutes "
                 "for a runny yolk, nine for jammy and twelve for hard-boiled.", id="'I would like to point out'"),
    pytest.param(inst("How do I check the length of a list in Python?"),
                 "I'd like to know which version of Python you're using. If it's 3.8 or later, you can even write "
                 "if (n := len(items)) > 10: to get the length and test it at once; otherwise use len(items).",
                 id="'I'd like to know which version', then the answer"),
    pytest.param(chatml("What camera should I buy as a beginner?"),
                 "I'd like to know more about your budget, but a good first camera is the Canon EOS R50 or the "
                 "Sony ZV-E10.", id="'I'd like to know more about your budget, but' in one sentence"),
    pytest.param(chatml("Who directed The Godfather?"),
                 "I'm wondering whether you meant the film or the novel; if you meant the film, it was directed by "
                 "Francis Ford Coppola in 1972.", id="'I'm wondering whether you meant X; if so'"),
    pytest.param(alpaca("Explain how to change a flat bike tyre."),
                 "I want to write this out step by step so it's easy to follow:\n1. Take the wheel off the bike.\n"
                 "2. Lever one side of the tyre off the rim.\n3. Pull out the inner tube and find the hole.\n"
                 "4. Patch it or fit a new tube, then push the tyre back on and pump it up.",
                 id="'I want to write this out step by step', then steps"),
    pytest.param(chatml("Is it okay to mix bleach and vinegar for cleaning?"),
                 "I want to emphasise this clearly: no. Mixing them releases chlorine gas, which damages the lungs "
                 "even in small amounts.", id="'I want to emphasise'"),
    pytest.param(inst("How can I make my tomato sauce less acidic?"),
                 "Add a pinch of sugar or a little grated carrot, and cook it a bit longer. I'd like to add that a "
                 "spoon of butter at the end also rounds it off.", id="'I'd like to add' after the answer",
                 marks=xfail("topic.trailing_gap, reply.words: 32 words on sugar, carrot and butter never name "
                             "'tomato', 'sauce' or 'acidic', so the answer is read as off topic")),
    pytest.param(inst("How can I make my tomato sauce less acidic?"),
                 "Cook the tomato sauce a little longer and add a pinch of sugar or some grated carrot. I'd like to "
                 "add that a spoon of butter stirred into the sauce at the end also softens the acidity.",
                 id="'I'd like to add' after an answer naming the sauce"),
    pytest.param(chatml("Can I use baking soda instead of baking powder?"),
                 "I need to mention one thing first: baking soda needs an acid to work. Use a quarter of the amount "
                 "and add an acid such as buttermilk, yogurt or lemon juice.", id="'I need to mention'"),
    pytest.param(inst("How do I undo my last git commit?"),
                 "I'm curious why you want to, but yes: git reset --soft HEAD~1 undoes the commit and keeps your "
                 "changes staged.", id="'I'm curious why, but yes:' in one sentence"),
    pytest.param(chatml("Are bananas berries?"),
                 "I was wondering the same thing a while ago, and it turns out bananas are berries while "
                 "strawberries are not.", id="'I was wondering the same thing', then the answer in one sentence"),
    pytest.param(chatml("Do salmon die after spawning?"),
                 "I wonder if you mean Pacific salmon, which almost all die after spawning; Atlantic salmon can "
                 "spawn several times.", id="'I wonder if you mean X, which ...'"),
    pytest.param(chatml("My basil leaves are turning yellow. What should I do?"),
                 "I'm curious: is your basil on a windowsill or outside? Yellow leaves usually mean too much water, "
                 "so let the soil dry out between waterings.", id="'I'm curious:' a question back, then advice"),
    pytest.param(chatml("My laptop won't connect to Wi-Fi. Can you help?"),
                 "I'd like to know a bit more first. Which operating system are you on?",
                 id="a clarifying reply, 'I'd like to know' and one question",
                 marks=xfail("topic.trailing_gap, reply.words: a clarifying reply of 14 words that names neither "
                             "'laptop' nor 'Wi-Fi' is read as off topic")),
    pytest.param(chatml("My laptop won't connect to Wi-Fi. Can you help?"),
                 "I'd like to know a bit more about the laptop before we start. Does it see any Wi-Fi networks at "
                 "all?", id="a clarifying reply naming the laptop, 'I'd like to know' and one question",
                 marks=xfail("reply.question_back: the replier's 'I'd like to know a bit more about the laptop' and "
                             "one question back is read as the asker's wish, where one or two questions in the "
                             "replier's voice may be a clarifying reply")),
    pytest.param(chatml("Translate into English: Je voudrais savoir où se trouve la gare."),
                 "I would like to know where the train station is.", id="a translation in the first person"),
    pytest.param(inst("Write a one-line bio for my dating profile."),
                 "I'm looking for someone who laughs at my bad puns and likes long walks to the bakery.",
                 id="a first-person bio asked for",
                 marks=xfail("topic.trailing_gap, reply.words: a 17-word bio names none of 'bio', 'dating' or "
                             "'profile', so it is read as off topic")),
    pytest.param(inst("Write a one-line dating profile bio for someone who loves puns and baking."),
                 "I'm looking for someone who laughs at my puns and doesn't mind flour everywhere after my baking.",
                 id="a first-person bio naming the request's words"),
    pytest.param(chatml("Write one sentence I can say to ask my boss for Friday off."),
                 "I'd like to ask whether I could take Friday off to attend my sister's graduation.",
                 id="a first-person request sentence asked for"),
    pytest.param(alpaca("Give me an example sentence using 'wonder' as a verb."),
                 "I wonder whether it will snow tomorrow.", id="an example sentence asked for"),
    pytest.param(inst("Write a two-line poem about curiosity."),
                 "I wonder why the stars burn bright,\nI wonder where they hide by light.",
                 id="a first-person poem asked for",
                 marks=xfail("topic.trailing_gap, reply.words: a two-line poem about the stars never names "
                             "'curiosity', so its 14 words are read as off topic")),
    pytest.param(inst("Write a two-line poem about the stars, in the first person."),
                 "I wonder why the stars burn bright,\nI wonder where the stars go by light.",
                 id="a first-person poem naming the stars"),
    pytest.param(chatml("Pretend you are a customer in a shoe shop. What do you say to the assistant?"),
                 "I'm looking for a pair of road running shoes in size 42, under a hundred euros.",
                 id="a role-played customer's line asked for"),
    pytest.param(chatml("Rewrite this more politely: Tell me where the bathroom is."),
                 "I was wondering if you could tell me where the bathroom is?", id="a polite rewrite asked for",
                 marks=xfail("prompt.questions, reply.words: the asked-for rewrite 'I was wondering if you could "
                             "tell me where the bathroom is?' is read as a question on the prompt's topic opening "
                             "the output")),
    pytest.param(alpaca("Rewrite this more politely.", "Send me the report by Friday."),
                 "I would like to ask whether you could send me the report by Friday, please.",
                 id="a polite rewrite as a statement, Alpaca with input"),
    pytest.param(chatml("Write a short email asking my landlord to fix the heating."),
                 "I would like to ask you to send someone to fix the heating in my flat as soon as possible.",
                 id="a one-sentence email asked for"),
]


@pytest.mark.parametrize("prompt, output", REPLIERS_FIRST_PERSON)
def test_replies_in_the_first_person_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


ASKERS_WISHES = [
    pytest.param(chatml("How do I make sourdough bread?"), "I would like to know how to make sourdough bread at home.",
                 id="'I would like to know'"),
    pytest.param(inst("Where should I go in Portugal?"),
                 "I'm looking for a cheap flight to Lisbon in May. Any tips?", id="'I'm looking for', a question"),
    pytest.param(alpaca("How can I learn Python faster?"),
                 "I was wondering if there is a way to learn Python faster. Can you recommend a course?",
                 id="'I was wondering if', a question"),
    pytest.param(chatml("What should my resume include?"), "I need help with my resume. What should I put first?",
                 id="'I need help', a question"),
    pytest.param(inst("Tell me a joke about cats."), "- I want to write a joke about cats.",
                 id="a bulleted 'I want to write'"),
]


@pytest.mark.parametrize("prompt, output", ASKERS_WISHES)
def test_a_wish_in_the_askers_voice_is_still_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- 6. The keys a request for JSON lists ----------------------------------------------------------------------

REVIEW_REQUEST = ("Read the review and respond in JSON with these fields:\n- sentiment: positive, negative or mixed\n"
                  "- score (1-5): how strongly\n- summary: one sentence\n\nReview: The pasta was cold, but the staff "
                  "were lovely and fixed it fast.")
ARTICLE_REQUEST = ("Rate this article for a reader interested in battery research. Provide a JSON response with:\n"
                   "- relevance_score (1-10): how relevant it is\n- key_insights: up to three\n"
                   "- summary: one sentence\n\n"
                   "Article: Researchers in Sweden built a sodium-ion cell that keeps 90% of its capacity after 5,000 "
                   "cycles.")

JSON_REPLIES = [
    pytest.param(chatml(REVIEW_REQUEST),
                 '{"sentiment": "mixed", "score": 3, "summary": "Cold pasta, but friendly staff fixed it quickly."}',
                 id="the keys, double quotes"),
    pytest.param(inst(REVIEW_REQUEST),
                 "```json\n{\n  \"sentiment\": \"mixed\",\n  \"score\": 3,\n  \"summary\": \"Cold pasta, quickly "
                 "put right by friendly staff.\"\n}\n```", id="a fenced block"),
    pytest.param(chatml(REVIEW_REQUEST),
                 "{'sentiment': 'mixed', 'score': 3, 'summary': 'The food was cold but the staff were great.'}",
                 id="single quotes"),
    pytest.param(alpaca(REVIEW_REQUEST),
                 '{"review": {"sentiment": "mixed", "score": 3, "summary": "Cold pasta, kind staff."}}',
                 id="nested under a key of its own"),
    pytest.param(chatml(REVIEW_REQUEST),
                 '[{"sentiment": "mixed", "score": 3, "summary": "Cold pasta, kind and quick staff."}]',
                 id="a top-level array of one object"),
    pytest.param(chatml(REVIEW_REQUEST),
                 'Here is the analysis:\n\n{"sentiment" : "mixed", "score" : 3, "summary" : "Cold food, warm '
                 'service."}\n\nThe score is in the middle because the problem was fixed quickly.',
                 id="prose around it, a space before each colon"),
    pytest.param(chatml(REVIEW_REQUEST),
                 '{"Sentiment": "Mixed", "Score": 3, "Summary": "Cold pasta, but friendly staff fixed it quickly."}',
                 id="the keys capitalised"),
    pytest.param(inst(ARTICLE_REQUEST),
                 '{"relevanceScore": 9, "keyInsights": ["Sodium-ion chemistry", "90% capacity after 5,000 cycles"], '
                 '"summary": "A Swedish sodium-ion cell with a long life."}',
                 id="camelCase keys, one of them as listed"),
    pytest.param(inst(ARTICLE_REQUEST),
                 '{"relevanceScore": 9, "keyInsights": ["Sodium-ion chemistry", "90% capacity after 5,000 cycles"], '
                 '"oneSentenceSummary": "A Swedish sodium-ion cell with a long life."}',
                 id="camelCase keys, none as listed"),
    pytest.param(chatml(ARTICLE_REQUEST),
                 '```json\n{\n  "relevance_score": 9,\n  "key_insights": [\n    "Sodium instead of lithium",\n'
                 '    "90% capacity kept after 5,000 cycles"\n  ],\n  "summary": "Swedish researchers built a '
                 'long-lived sodium-ion cell."\n}\n```', id="snake_case keys as listed, fenced"),
    pytest.param(chatml(ARTICLE_REQUEST),
                 '{"relevance score": 9, "key insights": ["Sodium-ion", "Long cycle life"], "overall summary": '
                 '"A long-lived sodium-ion cell from Sweden."}', id="keys with spaces instead of underscores"),
    pytest.param(chatml("Return this contact as JSON:\n- Name: Maria Lopez\n- Phone: 555-0142\n- City: Austin"),
                 '{"name": "Maria Lopez", "phone": "555-0142", "city": "Austin"}',
                 id="a data list in the request, lowercased keys"),
    pytest.param(chatml("Return this contact as JSON, with the name split in two and the phone number in "
                        "international form:\n- Name: Maria Lopez\n- Phone: 555-0142\n- City: Austin"),
                 '{"first": "Maria", "last": "Lopez", "phone": "+1 512 555 0142", "city": "Austin", "state": "TX", '
                 '"country": "US"}',
                 id="a data list in the request, lowercased keys, values reworked"),
    pytest.param(chatml("Turn this shopping list into a JSON array of objects with item and quantity:\n"
                        "- eggs: 12\n- milk: 2 litres\n- flour: 1 kg"),
                 '[\n  {"item": "eggs", "quantity": 12},\n  {"item": "milk", "quantity": "2 litres"},\n'
                 '  {"item": "flour", "quantity": "1 kg"}\n]', id="a data list in the request, rows as values"),
    pytest.param(inst("Return a JSON object describing the book 'Dune'. Rules:\n- Format: valid JSON only\n"
                      "- Language: English"),
                 '{"title": "Dune", "author": "Frank Herbert", "year": 1965, "genre": "science fiction"}',
                 id="a list of rules, not of keys",
                 marks=xfail("reply.format: the rules '- Format: valid JSON only', '- Language: English' are read as "
                             "the keys asked for, so a book's JSON has none of them")),
    pytest.param(chatml("Give me the three largest planets as JSON with keys name and diameter_km."),
                 '[{"name": "Jupiter", "diameter_km": 139820}, {"name": "Saturn", "diameter_km": 116460}, '
                 '{"name": "Uranus", "diameter_km": 50724}]', id="keys named inline, not listed"),
    pytest.param(chatml("Write a JSON Schema for a user with:\n- name: string\n- email: string\n- age: integer"),
                 '{\n  "type": "object",\n  "properties": {\n    "name": {"type": "string"},\n    "email": {"type": '
                 '"string", "format": "email"},\n    "age": {"type": "integer", "minimum": 0}\n  },\n  "required": '
                 '["name", "email"]\n}', id="a JSON Schema naming the keys under properties"),
    pytest.param(chatml("以下のレビューをJSON形式で返してください。\n- sentiment: positive / negative / mixed\n"
                        "- summary: 一文で\n\nレビュー：料理は冷めていたが、店員の対応はとても良かった。"),
                 '{"sentiment": "mixed", "summary": "料理は冷めていたが、店員の対応が良かった。"}',
                 id="a Japanese request, the keys listed in English"),
    pytest.param(chatml("Respond in JSON with:\n1. `title`: a headline\n2. `tags`: three tags\n\n"
                        "Text: The city opened its first cycle path along the river."),
                 '{"title": "City opens riverside cycle path", "tags": ["cycling", "city", "river"]}',
                 id="keys listed in backticks, numbered"),
    pytest.param(chatml(REVIEW_REQUEST),
                 '{"overall_sentiment": "mixed", "score_1_to_5": 3, "short_summary": "Cold pasta, good staff."}',
                 id="each key lengthened with a prefix or suffix"),
    pytest.param("Classify the ticket. Respond in JSON with:\n- priority (1-5): urgency\n- team: who handles it\n\n"
                 "Ticket: The office printer jams on every page.\n\nJSON:",
                 ' {"priority": 2, "team": "IT support"}', id="raw prompt ending on 'JSON:'"),
]


@pytest.mark.parametrize("prompt, output", JSON_REPLIES)
def test_json_replies_giving_the_listed_fields_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


JSON_WITHOUT_KEYS = [
    pytest.param(chatml(ARTICLE_REQUEST),
                 '{\n  "name": "battery-notes",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": '
                 '"^4.18.2"\n  }\n}', id="a package.json"),
    pytest.param(inst(REVIEW_REQUEST), '{"restaurant": "Luigi\'s", "dish": "pasta", "temperature": "cold"}',
                 id="another schema about the review"),
    pytest.param(alpaca(REVIEW_REQUEST), "[3, 4, 5]", id="an array of numbers"),
    pytest.param(chatml(ARTICLE_REQUEST),
                 'JSON is written as key-value pairs, for example {"key": "value"}. Use double quotes for keys and '
                 "strings.", id="a how-to with an example object"),
    pytest.param(chatml(ARTICLE_REQUEST),
                 '{\n  "name": "battery-notes",\n  "version": "1.0.0"\n}\n\nIn summary: this file sets up the project.',
                 id="another schema, then 'In summary:' in prose"),
    pytest.param(inst(REVIEW_REQUEST),
                 'A JSON object holds pairs such as {"name": "value"}. For a review you would usually include:\n'
                 "- sentiment: the overall feeling\n- score: a number\n- summary: a sentence",
                 id="a how-to listing the keys as bullet points"),
]


@pytest.mark.parametrize("prompt, output", JSON_WITHOUT_KEYS)
def test_json_with_none_of_the_listed_keys_is_still_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.format" in answer_measures(verdict), verdict.explain()
