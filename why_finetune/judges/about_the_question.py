"""A reply that only talks about the question: what it is, what it asks, how good it is.

"This question asks how to train a dog to sit.", "That's a great question!", "この質問は、「どのような方法で1億円を
稼ぐか」です。" (this question is "how to make a hundred million yen"), "この問題は、ブロックチェーンの構造に関する
基礎知識である。" (this problem is basic knowledge of the blockchain's structure): each is said in the replier's
role, so it is no drift, but it gives nothing of what was asked, so it is no answer. Such talk followed by the task
set again as a request to the reader ("各火山について、…を答えてください。") is a new request of the prompt's kind:
that drifts (``task_set_again``). A reply that says such a
sentence and then answers ("Good question. Dogs learn 'sit' fastest with a treat held above the nose.") is an
answer: only a reply made of such sentences counts. So is one that names the answer in it ("この問題の正解は「北
海道」です", "这个问题的答案是505", "The answer to this question is Paris.").

The mark is the sentence's subject, read by a short pattern per language: "this/the/your question (is, asks,
...)", "この質問は", "この問題では", "这个问题", "이 문제는", "cette question", "esta pregunta",
"diese Frage"; or a sentence that only praises the question ("What a great question!").
"""

from __future__ import annotations

import re

from why_finetune.judges.echo import asks, request_verb
from why_finetune.judges.finding import Finding
from why_finetune.judges.text import GOES_ON_RE, excerpt, units_between

# A sentence opening with the question (problem, task, request) as its subject. English names the verb
# that says what it asks ("The question of whether Pluto is a planet was settled in 2006", "The question is fun to
# think about: Mars ..." go on about Mars); the other languages end the subject with their topic particle or verb.
_ABOUT_RE = re.compile(
    r"\s*(?:"
    r"(?:this|the|your|that) (?:question|problem|task|request|prompt|query) (?:here )?"
    r"(?:asks|is asking|wants|concerns|is about|seems to be about|is (?:whether|how|what|why|if))\b"
    r"|この(?:質問|問題|問い|設問|課題|タスク)(?:は|では|について)"
    r"|(?:这个|這個|这道|這道|该|該|此)(?:问题|問題|题|題)"
    r"|이 (?:질문|문제)(?:은|는|에서)"
    r"|(?:cette|la|votre) question (?:est|porte|demande)\b"
    r"|(?:esta|la|tu|su) pregunta (?:es|trata|pide)\b"
    r"|(?:diese|die|deine|ihre) frage (?:ist|lautet)\b"
    r")"
)
# A sentence praising the question, and nothing more: "That's a great question!", "What an interesting question.",
# "Good question, thanks." ("That's a great question, and Mars may once have had water." goes on to answer).
# In the other languages too: "とても良い質問ですね！", "好问题！", "좋은 질문이에요.", "Excellente question !", "¡Buena
# pregunta!", "Gute Frage!". A yes or a no after it answers ("Good question, yes they can!").
_PRAISE_RE = re.compile(
    r"\s*(?:(?:that|this|it)(?:'s| is| was) (?:a|an|such a|quite a) (?:[a-z]+ ){0,2}(?:question|problem|request)"
    r"|what (?:a|an) (?:[a-z]+ )?question|(?:[a-z]+ )?(?:good|great|interesting|excellent|fascinating) question"
    r"|(?:とても|すごく|非常に)?(?:良い|いい|素晴らしい|面白い)(?:質問|ご質問)(?:です|でした)?[ねよ]?"
    r"|(?:好|很好的|有趣的)问题|좋은 질문(?:이에요|입니다|이네요)?"
    r"|(?:excellente|bonne|très bonne) question|(?:buena|excelente) pregunta|(?:gute|interessante) frage)"
    r"(?:\W+(?!yes\b|no\b)\w+){0,3}\W*\Z"
)
# ... unless it names the question's answer: then it gives it ("この問題の正解は「北海道」です"), or works a formula out
# ("x = 3"), or goes on to say something else (GOES_ON_RE: "This question is about Python 2, which reached its end of
# life in 2020.").
_ANSWER_RE = re.compile(r"\banswer|答え|正解|解答|答案|정답|답은|\bréponse|\brespuesta|antwort|contestar|répondre|=")


# The verbs a question's setter asks the reader to answer with, as a Japanese request's verb ends (echo.request_verb):
# 答えて (answer), 述べて (state), 説明して (explain), 記述して (describe), 挙げて (list), 書いて (write), 論じて
# (discuss), 教えて (tell). After talk about the question, such a request is the task set again, not done
# ("各火山について、その火山がある都道府県名を答えてください。"); advice said as a request is an answer's
# ("まず、お湯を沸かしてください。": boil the water first).
_TASK_VERBS = frozenset(("答え", "述べ", "明し", "述し", "挙げ", "書い", "論じ", "教え"))
_ANSWERING_VERBS = _TASK_VERBS - {"書い", "教え"}  # "書いて", "教えて" are as often advice (task_set_again)


def only_about_the_question(r, start: int, end: int) -> str:
    """The first sentence, when the output between `start` and `end` is only sentences about the question
    (and questions back, or the task set again as a request); otherwise ""."""
    units = [u for u in units_between(r.units, start, end) if u.words]
    if not units or not _about(r.lower, units[0].start, units[0].end):
        return ""
    for u in units[1:]:
        if not (_about(r.lower, u.start, u.end) or asks(u, r.text) or request_verb(u.text) in _TASK_VERBS):
            return ""
    return units[0].text.strip()


def task_set_again(r, t) -> Finding | None:
    """Talk about the question, then its task set again as a request to the reader ("この問題では、日本に存在する
    火山のリストが示されています。各火山について、その火山がある都道府県名を答えてください。"): a new request of
    the prompt's kind, the genre continued (``prompt.task_again``). Advice said as a request after such talk ("まず、
    お湯を沸かしてください。") asks with no verb of answering, and talk that goes on to answer is no such talk."""
    if not r.plain:
        return None
    # Read lazily: the talk runs a sentence or a few, and only the one line after it may be the task (a loop's
    # hundreds of lines are not listed).
    units = (u for u in units_between(r.units, r.own_start, len(r.text)) if u.words)
    talk, after = 0, None
    for unit in units:
        if not _about(r.lower, unit.start, unit.end):
            after = unit
            break
        talk += 1
    # The request ends the output and asks for an answer ("答えて", "述べて", "論じて", "挙げて", "説明して", "記述して"):
    # "書いて" and "教えて" are as often advice ("print(...)と書いてください。" then what it shows).
    task = (after if talk > 0 and after is not None and next(units, None) is None
            and request_verb(after.text) in _ANSWERING_VERBS else None)

    def describe():
        shown = excerpt(task.text if task else r.text, 60)
        return shown, (f"sets the task again: after {talk} sentence(s) about the question, a request to answer it: "
                       f"'{shown}'")

    return Finding("prompt.task_again", float(task is not None), 1.0, describe,
                   task.start if task else None, "it ends where the task is set again")


def _about(lower: str, start: int, end: int) -> bool:
    if _PRAISE_RE.match(lower, start, end):
        return True
    return (_ABOUT_RE.match(lower, start, end) is not None and _ANSWER_RE.search(lower, start, end) is None
            and GOES_ON_RE.search(lower, start, end) is None)
