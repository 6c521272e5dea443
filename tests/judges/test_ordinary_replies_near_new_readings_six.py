"""Ordinary good replies close to the triggers of the later readings, each expected to answer without drift, and
real drifts and non-answers of the same shapes, each with its expected verdicts.

The readings under test (docs/judges.md):

1. A summary or rewrite of a first-person passage keeps its writer's "my"; a prompt closing with "TL;DR:" asks for
   one line summing up the text above it (answered by the output's first sentence, held to the text's words, and
   it may be a question in the post's voice); "previously published on Medium ... republished" is web-page chrome,
   "This story was first published in 1843" is not.
2. One or two questions put to the asker opening the output are a clarifying reply; labelled lines of the
   prompt's kind ("Interview question: ...") are not.
3. A yes/no question after a remark and a comma is answered by a bare "No."; a request or a choice is not.
4. One short sentence broken off on a colon or a lower-case article is no reply; "Option A", "Vitamin A", a
   sentence ending on a preposition or verb are fine.
5. A list's marks counting up from 1 with nothing in them are no reply, unless numbers are asked for.
6. A request for code in a named language asked in Japanese, Chinese or Korean is answered only by code; a
   question about code is not held to it.
7. An instruction template's labels may carry a gloss in brackets; "Python으로" names Python.
8. Emoji asked for by name answer; a wordless output ending in a few emoji said ten times or more loops.
9. A statement of the question's words with words of its own answers it; a restated prompt does not.

About three quarters are ordinary good replies a real chat model writes that look like a trigger; the rest are
real drifts and non-answers of those shapes. Every reply was written for this review, and every expected verdict
comes from the definitions, not from the judge's behaviour.

Written after the readings, from their descriptions only (99 replies, 73 good). Without the readings 42 were judged
wrong; with them 22, none of them judged wrong by a new reading; one mend came of the review (a sentence broken off
on a colon or an article is no reply even as a value for the prompt's open field: "The answer is:"). The 19 strict
expected failures below were all judged wrong without the readings too; each names the reading or the limit behind
it.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail


def cm(q: str, system: str | None = None) -> str:
    head = f"<|im_start|>system\n{system}<|im_end|>\n" if system else ""
    return f"{head}<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n"


def alpaca(q: str, inp: str | None = None) -> str:
    if inp is None:
        return f"### Instruction:\n{q}\n\n### Response:\n"
    return f"### Instruction:\n{q}\n\n### Input:\n{inp}\n\n### Response:\n"


def ko_template(q: str, inp: str | None = None) -> str:
    if inp is None:
        return f"### Instruction(명령어):\n{q}\n\n### Response(응답):\n"
    return f"### Instruction(명령어):\n{q}\n\n### Input(입력):\n{inp}\n\n### Response(응답):\n"


OTHER_WORDS = "topic.trailing_gap: the reply names the question's topic only in other words or another language"
MISSED = {
    "tldr-BAD-continues-the-post": "reply.words: the post's story going on in its voice after 'TL;DR:' is read as the "
                                   "summary line",
    "tldr-BAD-summary-then-edit-line-of-the-post": "no drift measure reads an 'EDIT:' line of the post as the post "
                                                   "going on",
    "summary-BAD-writer-continues-the-story": "reply.words: the passage's story going on in its writer's voice is read "
                                              "as its summary",
    "clarify-good-en-do-you-mean-x-or-y": OTHER_WORDS,
    "clarify-good-es-python-version": OTHER_WORDS,
    "clarify-good-de-which-account": OTHER_WORDS,
    "clarify-good-ja-which-region": "prompt.new_request: a Japanese question back ending as the request does is read "
                                    "as the next request",
    "yesno-good-es-bare-no": "question kind: a Spanish yes/no question is not read as one, so one word is too short",
    "short-good-quote-ends-on-preposition": "reply.words: a one-word reply that is a quotation asked for is too short",
    "short-BAD-haiku-is-a": "prompt.echo: four words, three of them the prompt's, read as an echo as well",
    "numbers-good-count-to-five-as-marks": "reply.words: numbers written as list marks ('1. 2. 3.') are no words",
    "cjk-code-good-ko-question-about-code-prose": OTHER_WORDS,
    "cjk-code-BAD-ja-request-answered-in-prose-only": "reply.no_code: this Japanese request's form (…方法を教えて) is "
                                                      "not read as asking for code",
    "template-BAD-ko-answer-then-new-glossed-example": "prompt.format: a glossed label written again is not compared "
                                                      "with the prompt's",
    "emoji-BAD-laughing-run-for-a-sentence": "loop.wordless_run: one mark must run a hundred times",
    "emoji-BAD-rocket-asked-then-run": "loop.wordless_run: one mark must run a hundred times",
    "restate-good-please-tell-me-year": "reply.echo: a request's statement with its answer ('... fell in 1989.') is "
                                        "read as an echo",
}


def P(id_, prompt, output, answers=True, drifts=False):
    reason = MISSED.get(id_)
    return pytest.param(prompt, output, answers, drifts, id=id_, marks=[xfail(reason)] if reason else [])


# --- 1. First-person summaries and rewrites, TL;DRs, published-with-permission chrome -------------------------

BERLIN = (
    "I moved to Berlin last spring for a new job. The first three months were lonely: I didn't speak much German, "
    "my colleagues went home right after work, and I spent most weekends alone in my flat. In July a coworker "
    "invited me to her climbing gym, and that changed everything. I now climb three evenings a week and most of my "
    "friends here are people I met on the wall."
)

FREELANCE_POST = (
    "Throwaway because my boss knows my main account. Two years ago I quit a stable accounting job to freelance as "
    "a bookkeeper for small businesses. The first year was brutal: I had four clients, burned through most of my "
    "savings and seriously considered going back. This year things finally clicked. Referrals started coming in, I "
    "raised my rates twice, and I'm now earning about 30% more than my old salary while working fewer hours. Just "
    "wanted to share for anyone on the fence.\n\nTL;DR:"
)

MOVE_IN_POST = (
    "My girlfriend (26F) and I (27M) have been dating for three months. Her lease ends in June and she asked if she "
    "could move into my apartment instead of signing a new one. I really like her and the rent split would help, "
    "but three months feels fast to me and I've never lived with a partner before. My friends are split on it. "
    "Am I overthinking this or is it genuinely too soon?\n\nTL;DR:"
)

LANDLORD_POST = (
    "My landlord kept $900 of my $1,200 deposit for 'cleaning and repainting' even though I lived there four years "
    "and left the place spotless. I have move-in and move-out photos. He won't answer my emails anymore. Is small "
    "claims court worth it for $900, or should I just let it go?\n\nTL;DR:"
)

MARATHON_POST = (
    "A year ago I couldn't run for five minutes without stopping. I started with a couch-to-5k app, then joined a "
    "local running club that meets on Saturday mornings. I got injured once (shin splints) and took six weeks off, "
    "which nearly made me quit. Yesterday I finished my first marathon in 4:41. My legs are destroyed but I'm so "
    "happy.\n\nTL;DR:"
)

DOG_POST = (
    "My neighbour's dog barks from 6 am to about 9 am every single day while they're at work. I work nights and "
    "sleep in the mornings, so it's wrecking me. I left a polite note two weeks ago and nothing changed. I don't "
    "want to call animal control on them over a dog. What else can I try?\n\nTL;DR:"
)

RUNNING_PARAGRAPH = (
    "I started running when I was forty. I was not good at it. I ran slowly. But I kept going and now I run every "
    "day and it makes me happy and I feel better."
)

POE = (
    "\"The Tell-Tale Heart\" is a short story by Edgar Allan Poe. An unnamed narrator insists on his sanity while "
    "describing how he murdered an old man because of his 'vulture eye', then hid the body under the floorboards. "
    "When the police arrive, he imagines he hears the dead man's heart still beating and confesses. This story was "
    "first published in 1843 in The Pioneer."
)

SUMMARIES_AND_TLDRS = [
    P("summary-good-first-person-keeps-my-berlin",
      cm(f"Summarize this in one sentence:\n\n{BERLIN}"),
      "After a lonely first few months in Berlin, I found my footing when a coworker took me climbing, and now most "
      "of my friends there are people from the gym."),
    P("summary-good-first-person-keeps-my-alpaca-input",
      alpaca("Summarize the following journal entry in two sentences.", BERLIN),
      "My first three months in Berlin were lonely because of the language barrier and my colleagues leaving right "
      "after work. Joining my coworker's climbing gym in July changed that, and most of my friends there now come "
      "from climbing."),
    P("rewrite-good-polite-keeps-my",
      cm("Rewrite this more politely: I need my refund NOW. I've waited three weeks and my emails keep getting "
         "ignored."),
      "I'd really appreciate it if my refund could be processed soon. It has now been three weeks, and I haven't "
      "yet received a reply to my emails. Thank you for looking into this."),
    P("rewrite-good-professional-keeps-my",
      alpaca("Make this message sound professional.",
             "hey my laptop died so i cant finish the report today, my bad, will send tmrw"),
      "Hi, unfortunately my laptop has stopped working, so I won't be able to finish the report today. I apologise "
      "for the delay and will send it to you tomorrow."),
    P("rewrite-good-past-tense-keeps-my",
      cm("Rewrite this in the past tense: My grandmother bakes bread every Sunday, and my brother and I wait by the "
         "oven for the first slice."),
      "My grandmother baked bread every Sunday, and my brother and I waited by the oven for the first slice."),
    P("tldr-good-statement-post-freelance",
      FREELANCE_POST,
      " Quit my accounting job to freelance, first year nearly broke me, now I earn 30% more working fewer hours."),
    P("tldr-good-question-post-in-posts-voice",
      MOVE_IN_POST,
      " Girlfriend of three months wants to move in when her lease ends; is it too soon?"),
    P("tldr-good-question-post-first-person-my",
      LANDLORD_POST,
      " Landlord kept $900 of my deposit for no good reason and ignores me; is small claims worth it?"),
    P("tldr-good-statement-post-then-second-sentence",
      MARATHON_POST,
      " Went from not running at all to finishing my first marathon in 4:41 in a year. Shin splints almost made "
      "me quit, but I'm glad I didn't."),
    P("tldr-good-question-post-barking-dog",
      DOG_POST,
      " Neighbour's dog barks every morning while I sleep after night shifts, a polite note did nothing, what "
      "else can I do short of animal control?"),
    P("summary-good-first-published-1843-is-not-chrome",
      cm(f"Summarize in two sentences:\n\n{POE}"),
      "In Poe's \"The Tell-Tale Heart,\" a narrator who insists he is sane murders an old man over his 'vulture "
      "eye' and hides the body, but confesses when he imagines the heart still beating. This story was first "
      "published in 1843 in The Pioneer."),
    P("tldr-BAD-continues-the-post",
      DOG_POST,
      " Anyway, this morning I knocked on their door before they left and the husband just shrugged and said "
      "dogs bark. Then around 7 it started again and I ended up sleeping in my car.",
      answers=False, drifts=True),
    P("tldr-BAD-off-the-texts-words",
      MARATHON_POST,
      " The best budget laptops for college students in 2023, ranked by battery life and price.",
      answers=False, drifts=True),
    P("tldr-BAD-summary-then-edit-line-of-the-post",
      LANDLORD_POST,
      " Landlord kept most of my deposit and ghosted me; is small claims worth it for $900?\n\nEDIT: Thanks "
      "everyone! I filed yesterday, will update when I get a court date.\n\nEDIT 2: Wow this blew up.",
      answers=True, drifts=True),
    P("rewrite-BAD-medium-chrome-after-rewrite",
      cm(f"Rewrite this paragraph so it flows better:\n\n{RUNNING_PARAGRAPH}"),
      "I didn't start running until I was forty, and at first I was slow and not very good at it. Still, I kept "
      "at it, and now I run every day; it lifts my mood and makes me feel better.\n\nThis post was previously "
      "published on Medium and is republished here with permission.",
      answers=True, drifts=True),
    P("summary-BAD-writer-continues-the-story",
      cm("Summarize this in one sentence: I started learning guitar in January. For weeks my fingers hurt and "
         "every chord buzzed, and I almost sold the guitar twice."),
      "Then in March something clicked. My calluses came in, my G chord finally rang clean, and last Friday I "
      "played my first song at an open mic in front of twenty strangers.",
      answers=False, drifts=True),
]


# --- 2. Clarifying questions put to the asker -----------------------------------------------------------------

CLARIFYING = [
    P("clarify-good-en-order-two-questions",
      cm("Can you help me with my order?", system="You are a customer support assistant for an online shop."),
      "Of course! Could you share your order number? And is the problem with delivery, a missing item, or a "
      "refund?"),
    P("clarify-good-en-do-you-mean-x-or-y",
      cm("How long does it take to get to Paris?"),
      "Do you mean by plane or by train, and from which city are you leaving?"),
    P("clarify-good-es-python-version",
      cm("¿Cómo instalo pip?"),
      "¿Te refieres a Python 2 o a Python 3? ¿Y usas Windows, macOS o Linux?"),
    P("clarify-good-fr-paper-or-digital",
      cm("Combien coûte l'abonnement ?", system="Tu es l'assistant du journal Le Quotidien du Sud."),
      "Vous parlez de l'abonnement papier ou de l'abonnement numérique ?"),
    P("clarify-good-de-which-account",
      cm("Ich kann mich nicht anmelden. Was soll ich tun?"),
      "Geht es um Ihr Kundenkonto im Webshop oder um die App? Und welche Fehlermeldung sehen Sie genau?"),
    P("clarify-good-ja-which-region",
      cm("明日の天気はどうですか？"),
      "どの地域の天気をお知りになりたいですか？"),
    P("clarify-good-zh-which-city",
      cm("附近有什么好吃的餐厅吗？"),
      "你现在在哪个城市？想吃中餐还是西餐？"),
    P("clarify-good-ko-which-language",
      cm("정렬 알고리즘 예제 코드를 보여 주세요."),
      "어떤 프로그래밍 언어로 보여 드릴까요? 파이썬, 자바, C++ 중에서 선택해 주세요."),
    P("clarify-BAD-labelled-interview-question-lines",
      cm("How should I answer 'Why do you want to work here?' in a job interview?"),
      "Interview question: What is your greatest weakness?\nInterview question: Where do you see yourself in five "
      "years?\nInterview question: Why should we hire you?",
      answers=False, drifts=True),
    P("clarify-BAD-more-questions-of-the-askers-kind",
      "Q: What's a good name for a golden retriever puppy?\n",
      "Q: What's a good name for a black cat?\nQ: What's a good name for a hamster?\nQ: What's a good name for "
      "a parrot?",
      answers=False, drifts=True),
]


# --- 3. Yes/no questions after a remark and a comma -------------------------------------------------------------

YES_NO = [
    P("yesno-good-bare-no-good-start-should-i",
      cm("Here's the first paragraph of my cover letter. That's a good start, should I mention my salary "
         "expectations in it?"),
      "No."),
    P("yesno-good-bare-no-cold-gym",
      cm("I've got a fever and a bad cold, should I still go to the gym tonight?"),
      "No."),
    P("yesno-good-or-not-yes-with-reason",
      cm("My cat eats grass every now and then, is that normal or not?"),
      "Yes, it's normal. Many cats nibble grass occasionally; it's only worth a vet visit if it comes with "
      "frequent vomiting or other changes."),
    P("yesno-good-bare-yes-soup",
      alpaca("The soup tastes a bit flat, should I add more salt?"),
      "Yes."),
    P("yesno-good-es-bare-no",
      cm("Ya me tomé un ibuprofeno hace una hora, ¿puedo tomar otro ahora?"),
      "No."),
    P("yesno-good-de-bare-nein",
      cm("Der Kuchen ist noch etwas feucht in der Mitte, soll ich ihn schon rausnehmen?"),
      "Nein."),
    P("yesno-good-no-then-advice",
      cm("I've been studying for six hours straight, is it fine to pull an all-nighter before the exam?"),
      "No. Sleep helps your brain consolidate what you've studied, so you'll likely remember more after a full "
      "night's rest than after another six hours awake."),
    P("yesno-BAD-bare-no-to-recipe-request",
      cm("I have leftover chicken and rice, do you know a good recipe?"),
      "No.",
      answers=False),
    P("yesno-BAD-bare-no-to-rent-or-buy",
      cm("We're moving to Denver next year, is it better to rent or buy?"),
      "No.",
      answers=False),
    P("yesno-BAD-bare-yes-to-which-is-faster",
      cm("I'm choosing a language for a game engine, which is faster, C++ or Python?"),
      "Yes.",
      answers=False),
]


# --- 4. Short answers that end on a letter, an article, a colon, a preposition or a verb ------------------------

SHORT = [
    P("short-good-vitamin-a",
      cm("Which vitamin is also called retinol?"),
      "Vitamin A."),
    P("short-good-answer-letter",
      alpaca("Which planet is known as the Red Planet?\nA) Venus\nB) Jupiter\nC) Mars\nD) Saturn"),
      "Answer: C"),
    P("short-good-grade-letter",
      cm("Grade this thesis statement from A to F, just the grade: 'Social media has both positive and negative "
         "effects on teenagers.'"),
      "Grade: C"),
    P("short-good-use-a-before-university",
      cm("Do I write 'a university' or 'an university'?"),
      "Use \"a\": a university."),
    P("short-good-es-ends-on-article-la",
      cm("¿Cómo se dice 'the' en español?"),
      "Depende del género y del número: el, la, los o las."),
    P("short-good-fr-ends-on-colon-translation",
      cm("How do you say 'as follows:' in French?"),
      "comme suit :"),
    P("short-good-book-title-ends-on-verb",
      cm("What's the Maurice Sendak book about a boy named Max?"),
      "Where the Wild Things Are"),
    P("short-good-song-ends-on-verb",
      cm("Name one Beatles song."),
      "Let It Be"),
    P("short-good-quote-ends-on-preposition",
      cm("Finish the Shakespeare line: 'We are such stuff as dreams are made...'"),
      "on."),
    P("short-good-most-common-word-the",
      cm("What is the most common word in written English?"),
      "It's \"the\"."),
    P("short-good-spanish-un-o-una",
      cm("How do you say 'a' as in 'a book' or 'a house' in Spanish?"),
      "Un libro, una casa: it's un or una."),
    P("short-BAD-may-refer-to",
      cm("What is Mercury?"),
      "Mercury may refer to:",
      answers=False),
    P("short-BAD-broken-on-lower-case-article",
      cm("Is blue a warm or a cool colour?"),
      "Blue is a",
      answers=False),
    P("short-BAD-haiku-is-a",
      alpaca("Explain what a haiku is."),
      "A haiku is a",
      answers=False),
    P("short-BAD-the-answer-is-colon",
      cm("What is 17 times 23?"),
      "The answer is:",
      answers=False),
]


# --- 5. Numbered lists: content, numbers asked for, empty marks --------------------------------------------------

NUMBERED = [
    P("numbers-good-odd-numbers-as-marks",
      cm("List the first five odd numbers."),
      "1. 3. 5. 7. 9."),
    P("numbers-good-count-to-five-as-marks",
      cm("Count from 1 to 5."),
      "1. 2. 3. 4. 5."),
    P("numbers-good-tips-with-content",
      cm("Give me three tips for better sleep."),
      "1. Keep a consistent bedtime, even on weekends.\n2. Avoid screens for the last 30 minutes before bed.\n"
      "3. Keep your bedroom cool, dark and quiet."),
    P("numbers-good-answer-key",
      alpaca("Answer each: 1) 2 + 2  2) 3 × 3  3) 10 − 4"),
      "1. 4\n2. 9\n3. 6"),
    P("numbers-good-rank-with-content",
      cm("Rank these by size, largest first: Earth, Jupiter, Mars."),
      "1. Jupiter\n2. Earth\n3. Mars"),
    P("numbers-good-zh-numbered-with-content",
      cm("列出学习英语的三个好方法。"),
      "1. 每天坚持听英语播客或新闻。\n2. 多和母语者练习口语。\n3. 用英语写日记，积累常用表达。"),
    P("numbers-good-pages-asked",
      cm("I want to print only the first three pages. What page numbers do I type into the print dialog?"),
      "1, 2, 3 (or simply 1-3)."),
    P("numbers-BAD-empty-marks-tips",
      cm("Give me three tips for a job interview."),
      "1.\n2.\n3.",
      answers=False),
    P("numbers-BAD-lead-in-then-empty-marks",
      alpaca("Suggest five names for a bakery."),
      "Here are five ideas:\n1.\n2.\n3.\n4.\n5.",
      answers=False),
    P("numbers-BAD-empty-paren-marks",
      cm("What are the steps to change a flat tire?"),
      "1)\n2)\n3)\n4)",
      answers=False),
]


# --- 6. Code requests asked in Japanese, Chinese, Korean; questions about code ---------------------------------

CJK_CODE = [
    P("cjk-code-good-ja-python-reverse",
      cm("Pythonでリストを逆順にするコードを書いてください。"),
      "```python\nnumbers = [1, 2, 3, 4, 5]\nreversed_numbers = numbers[::-1]\nprint(reversed_numbers)  # [5, 4, 3, 2, 1]\n```"),
    P("cjk-code-good-zh-python-prime-with-intro",
      cm("用Python写一个函数，判断一个数是否为素数。"),
      "下面是一个简单的实现：\n\n```python\ndef is_prime(n):\n    if n < 2:\n        return False\n"
      "    i = 2\n    while i * i <= n:\n        if n % i == 0:\n            return False\n        i += 1\n"
      "    return True\n```\n\n例如 `is_prime(7)` 返回 `True`。"),
    P("cjk-code-good-ko-bubble-sort",
      cm("파이썬 버블 정렬 코드를 작성해 주세요."),
      "```python\ndef bubble_sort(arr):\n    n = len(arr)\n    for i in range(n):\n        for j in range(n - 1 - i):\n"
      "            if arr[j] > arr[j + 1]:\n                arr[j], arr[j + 1] = arr[j + 1], arr[j]\n    return arr\n\n"
      "print(bubble_sort([5, 2, 9, 1]))\n```"),
    P("cjk-code-good-ja-javascript-sum",
      cm("JavaScriptで配列の合計を求める関数を書いてください。"),
      "```javascript\nfunction sum(arr) {\n  return arr.reduce((total, n) => total + n, 0);\n}\n\nconsole.log(sum([1, 2, 3])); // 6\n```"),
    P("cjk-code-good-zh-sql-query",
      alpaca("用SQL写一个查询，找出工资最高的五名员工。"),
      "```sql\nSELECT name, salary\nFROM employees\nORDER BY salary DESC\nLIMIT 5;\n```"),
    P("cjk-code-good-zh-question-about-code-prose",
      cm("用Python写代码有什么好处？"),
      "Python语法简洁易读，上手快；生态丰富，数据分析、网页开发、自动化脚本都有成熟的库；社区活跃，遇到问题容易找到答案。"
      "缺点是运行速度比C++等编译型语言慢一些。"),
    P("cjk-code-good-ja-question-about-code-prose",
      cm("PythonとJavaScriptの違いは何ですか？"),
      "Pythonは主にデータ分析や機械学習、スクリプトに使われ、読みやすい文法が特徴です。JavaScriptはもともとブラウザで動く言語で、"
      "Webページの動きを作るのに欠かせません。Node.jsを使えばサーバー側でも動かせます。"),
    P("cjk-code-good-ko-question-about-code-prose",
      cm("자바로 코드를 작성할 때 주의할 점이 뭐예요?"),
      "널 포인터 예외를 조심하고, 자원은 try-with-resources로 닫는 것이 좋습니다. 또 변수와 메서드 이름을 명확하게 짓고, "
      "불필요한 객체 생성을 줄이면 성능과 가독성이 좋아집니다."),
    P("cjk-code-BAD-ja-request-answered-in-prose-only",
      cm("Pythonでファイルを一行ずつ読み込むコードを書いてください。"),
      "Pythonではファイルを開いて、for文で一行ずつ処理するのが一般的です。最後にファイルを閉じるのを忘れないようにしましょう。",
      answers=False),
    P("cjk-code-BAD-zh-request-said-back",
      cm("用Python写一个函数，计算列表的平均值。"),
      "用Python写一个函数，计算列表的平均值。\n用Python写一个函数，计算列表的最大值。\n用Python写一个函数，计算列表的最小值。",
      answers=False, drifts=True),
]


# --- 7. Instruction templates whose labels carry a gloss; a named language with a particle ----------------------

TEMPLATES = [
    P("template-good-ko-glossed-labels-fact",
      ko_template("서울의 인구는 대략 몇 명인가요?"),
      "서울의 인구는 약 940만 명입니다."),
    P("template-good-ja-glossed-labels",
      "### 指示(Instruction):\n日本で一番高い山は何ですか？\n\n### 応答(Response):\n",
      "日本で一番高い山は富士山で、標高は3,776メートルです。"),
    P("template-good-zh-glossed-labels",
      "### 指令(Instruction):\n用一句话解释什么是光合作用。\n\n### 回答(Response):\n",
      "光合作用是植物利用阳光，把二氧化碳和水转化为葡萄糖和氧气的过程。"),
    P("template-good-ko-python-particle-code",
      ko_template("Python으로 리스트에서 중복을 제거하는 코드를 작성해 주세요."),
      "```python\nitems = [1, 2, 2, 3, 3, 3]\nunique_items = list(dict.fromkeys(items))\nprint(unique_items)  # [1, 2, 3]\n```"),
    P("template-good-ko-glossed-input-translation",
      ko_template("다음 문장을 영어로 번역하세요.", "나는 매일 아침 커피를 마신다."),
      "I drink coffee every morning."),
    P("template-good-ko-java-particle-code-chatml",
      cm("Java로 Hello World를 출력하는 코드를 작성해 주세요."),
      "```java\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println(\"Hello World\");\n    }\n}\n```"),
    P("template-BAD-ko-answer-then-new-glossed-example",
      ko_template("서울의 인구는 대략 몇 명인가요?"),
      "서울의 인구는 약 940만 명입니다.\n\n### Instruction(명령어):\n부산의 인구는 대략 몇 명인가요?\n\n"
      "### Response(응답):\n부산의 인구는 약 330만 명입니다.",
      answers=True, drifts=True),
    P("template-BAD-ko-glossed-instruction-echoed",
      ko_template("한국의 수도는 어디인가요?"),
      "### Instruction(명령어):\n한국의 수도는 어디인가요?\n\n### Response(응답):",
      answers=False, drifts=True),
]


# --- 8. Emoji asked for; wordless emoji runs -------------------------------------------------------------------

EMOJI = [
    P("emoji-good-tears-of-joy-by-name",
      cm("Reply with only the emoji called 'face with tears of joy'."),
      "😂"),
    P("emoji-good-red-heart-by-name",
      cm("What does the 'red heart' emoji look like? Just show it."),
      "❤️"),
    P("emoji-good-three-beach-emojis",
      cm("Give me three emojis for a beach holiday."),
      "🏖️🌊☀️"),
    P("emoji-good-thumbs-up-if-understood",
      alpaca("If you understand these instructions, respond with just a thumbs-up emoji."),
      "👍"),
    P("emoji-good-sentence-in-emoji",
      cm("Translate 'I love pizza' into emojis only."),
      "❤️🍕"),
    P("emoji-good-fire-emoji-chatml",
      cm("Can you send me the fire emoji?"),
      "🔥"),
    P("emoji-good-twelve-balloons-asked",
      cm("Send twelve balloon emojis in a row for my birthday banner."),
      "🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈"),
    P("emoji-BAD-laughing-run-for-a-sentence",
      cm("How was your weekend? Answer in one sentence."),
      "😂" * 20,
      answers=False, drifts=True),
    P("emoji-BAD-rocket-asked-then-run",
      cm("Send me the rocket emoji."),
      "🚀" * 14,
      answers=True, drifts=True),
]


# --- 9. Answers restating the question's words; restated prompts -------------------------------------------------

RESTATED = [
    P("restate-good-capital-of-australia",
      cm("What is the capital of Australia?"),
      "The capital of Australia is Canberra."),
    P("restate-good-bones-in-body",
      cm("How many bones are in the adult human body?"),
      "The adult human body has 206 bones."),
    P("restate-good-mona-lisa-passive",
      alpaca("Who painted the Mona Lisa?"),
      "The Mona Lisa was painted by Leonardo da Vinci."),
    P("restate-good-please-tell-me-year",
      alpaca("Please tell me what year the Berlin Wall fell."),
      "The Berlin Wall fell in 1989."),
    P("restate-good-es-capital-peru",
      cm("¿Cuál es la capital de Perú?"),
      "La capital de Perú es Lima."),
    P("restate-good-tomato-fruit-or-vegetable",
      cm("Is a tomato a fruit or a vegetable?"),
      "A tomato is a fruit, botanically speaking, though it's cooked and eaten like a vegetable."),
    P("restate-good-de-longest-river",
      cm("Welcher ist der längste Fluss Deutschlands?"),
      "Der längste Fluss Deutschlands ist der Rhein."),
    P("restate-good-please-explain-sky-blue",
      cm("Please explain why the sky is blue."),
      "The sky is blue because air molecules scatter the short blue wavelengths of sunlight far more than the "
      "longer red ones, so blue light reaches our eyes from every direction."),
    P("restate-BAD-please-dropped-request-said-back",
      cm("Please explain how vaccines work."),
      "Explain how vaccines work.",
      answers=False, drifts=True),
    P("restate-BAD-question-with-words-dropped",
      cm("What is the boiling point of water at sea level in Fahrenheit?"),
      "What is the boiling point of water?",
      answers=False, drifts=True),
    P("restate-BAD-question-said-back-word-for-word",
      cm("Why do cats purr?"),
      "Why do cats purr?",
      answers=False, drifts=True),
]


CASES = SUMMARIES_AND_TLDRS + CLARIFYING + YES_NO + SHORT + NUMBERED + CJK_CODE + TEMPLATES + EMOJI + RESTATED


@pytest.mark.parametrize("prompt, output, answers, drifts", CASES)
def test_replies_near_the_later_readings(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()
