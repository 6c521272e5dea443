"""A reply that only says it does not understand the request.

"I'm sorry, I don't understand. Could you rephrase your question?" is said in the replier's role, to
the asker, so it is no drift; but it gives nothing of what was asked, so it is no answer. A reply
that says it does not understand something and then answers ("I don't understand why the sources
differ, but here they are: ...") is an answer: only a reply made of that sentence and questions
back counts.

Saying one does not understand has no mark in the text's form (no repetition, no format, no
script), so this reads a short English pattern: the negated verb "understand", "follow" or "catch" ("I didn't
quite catch that.").
"""

from __future__ import annotations

import re

from why_finetune.judges.text import units_between
from why_finetune.judges.thresholds import threshold

threshold(
    "not_understood_tail_words", 6,
    """A sentence that says it does not understand ends within this many words of the verb: what was
    not understood is the request itself ("your question", "what you are asking for", "what you mean
    by that"). A longer sentence goes on to say something ("I don't understand why the sources
    differ, but here they are: ...").""",
)

# "don't", "do not", "couldn't", and "can" in its three spellings: "cannot", "can not", "can't" ("ca" +
# "n't", so not "can" + "n't" as the other verbs are). The text's apostrophes are straight (text.py).
_NOT_UNDERSTOOD_RE = re.compile(
    r"\b(?:(?:do|does|did|could)(?: not|n't)|can(?:not| not|'t)) (?:quite |fully |really )?(?:understand|follow|catch)\b"
)


def not_understood(r, start: int, end: int) -> str:
    """The sentence saying it does not understand, when the output between `start` and `end` is
    that sentence and questions back only; otherwise ""."""
    # The first unit decides most outputs (it says nothing of the kind): the rest are listed only after.
    first = next((u for u in r.units if u.end > start and u.start < end), None)
    if first is None:
        return ""
    t = r.thresholds
    said = _NOT_UNDERSTOOD_RE.search(r.lower, first.start, first.end)
    if said is None or len(r.lower[said.end() : first.end].split()) > t.not_understood_tail_words:
        return ""
    units = list(units_between(r.units, start, end))
    if all(r.text[u.start : u.end].rstrip().endswith(("?", "\uff1f")) for u in units[1:]):
        return first.text.strip()
    return ""


# The replier saying it needs more to go on, or asking for it ("Without more information I cannot search for it.",
# "I need the specific phrase.", "Could you please provide the exact phrase?"), in the languages read ("알려주시면",
# "추가 정보", "정보만으로는", "詳しく教えて", "请提供"). Not the asker's need ("If you need more information, ...").
_ASKS_FOR_MORE_RE = re.compile(
    r"\b(?:without (?:more|additional|further|any) (?:information|context|details?)"
    r"|i (?:would )?need (?:the|more|additional|further|some) (?:\w+ ){0,2}?(?:information|context|details?|phrase|text"
    r"|sentence|pattern|input|data)\b"
    r"|(?:please|could you|can you|would you)(?: please)? (?:provide|share|specify|clarify|give me) (?:\w+ ){0,3}?"
    r"(?:more|additional|further|specific|exact)\b|(?:not|n't have) enough (?:information|context)"
    r"|not sure (?:what you|i (?:know|understand|follow))|(?:please,? )?(?:can|could|would) you (?:please )?"
    r"(?:rephrase|restate|repeat)\b|\bplease,? (?:rephrase|restate|say more|tell me (?:more|what))\b)"
    r"|알려\s?주시면|알려\s?주세요|제공해\s?주시면|제공해\s?주세요|추가 정보|정보만으로는|정보 없이는|정보가 필요"
    r"|詳しく教えて|情報が必要|请提供(?:更多|具体|详细|补充)|更多信息|具体信息"
)
# (Korean asks politely in a condition, "만약 ...다면, ...알려주시면 도움을 드릴 수 있을 것입니다": it still asks.)
_ON_A_CONDITION_RE = re.compile(r"[ \t\n]*(?:if|如果|もし)")
ASKING_FOR_MORE_SHARE = 2 / 3  # most of its sentences, two at least: a closing offer after an answer is one
ASKING_MAX_CHARS = 800  # a request for more is a few sentences, not a page
ASIDE_WORDS = 4  # a sentence this short that asks nothing is an aside ("I'm sorry.", "I want to help"), not counted


def asks_for_more(r, start: int, end: int) -> str:
    """The first sentence asking for more to go on or saying it does not understand, when most of the output between
    `start` and `end` (two such sentences or more, asides of a few words aside) says only that; otherwise ""."""
    if end - start > ASKING_MAX_CHARS or _ASKS_FOR_MORE_RE.search(r.lower, start, end) is None:
        return ""  # (a page is no request for more; one pass over the text first: most outputs ask for nothing)
    units = [u for u in units_between(r.units, start, end) if u.words]
    # (A request on a condition, "If that doesn't work, could you provide ...?", follows an answer: it asks nothing.)
    asking = [u for u in units if (_ASKS_FOR_MORE_RE.search(r.lower, u.start, u.end)
                                   or _NOT_UNDERSTOOD_RE.search(r.lower, u.start, u.end))
              and not _ON_A_CONDITION_RE.match(r.lower, u.start)]
    counted = [u for u in units if u in asking or len(u.words) > ASIDE_WORDS
               or r.text[u.start : u.end].rstrip().endswith(("?", "\uff1f"))]
    if len(asking) < 2 or len(asking) < ASKING_FOR_MORE_SHARE * len(counted):
        return ""
    return asking[0].text.strip()
