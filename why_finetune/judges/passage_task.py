"""A passage under an open label and no instruction ("<an article>\\nSummary:", "Văn bản: ...\\nTóm tắt:"), and an
output that sets a task on the passage instead of doing the work: "Write a one-sentence summary of this article.",
"Based on the text, write a short paragraph ...", "Dựa trên văn bản, hãy viết một đoạn văn ngắn ..." (based on the
text, write a short paragraph). A base model that has seen exercise pages goes on with the exercise's instruction:
a new request, the prompt's genre continued, no answer (`prompt.passage_task`).

Read from the first sentence: a request (an instruction's verb opening it, after a lead such as "Based on the text,";
in Vietnamese the imperative "hãy") whose object is the passage itself ("summary of this article", "about the text",
"về bài viết này"). A summary of advice in the imperative names the passage, if at all, beside its own clause ("Give
the cactus a larger pot in spring, the article advises"), not as the request's object.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt, units_between

_PASSAGE_NOUN = r"(?:text|article|passage|paragraph|post|story|document|excerpt|review|essay|report)"
_LEAD = rf"(?:based on|using|from|according to|after reading) (?:the|this|that) (?:above |given )?{_PASSAGE_NOUN},? "
_VERB = r"(?:write|summari[sz]e|give|create|compose|describe|explain|list|rewrite|generate|provide|read|answer|" \
        r"identify|extract|translate|make|draft|produce|outline)"
# After a lead naming the passage ("Based on the text, write ..."), or with the passage as the request's object within
# its clause (no comma or stop between): "Write a summary of this article", "Summarize the text".
_ENGLISH_RE = re.compile(
    rf"{_LEAD}{_VERB}\b|{_VERB}\b[^,.;:!?\n]{{0,60}}?\b(?:the|this|that|above|following|given) "
    rf"(?:above |given |following )?{_PASSAGE_NOUN}s?\b", re.IGNORECASE)
# Vietnamese: the imperative "hãy" and a name for the passage (văn bản: text, bài viết / bài báo: article, đoạn
# văn: paragraph) in the same sentence, either first ("Dựa trên văn bản, hãy viết ...").
_VIETNAMESE_RE = re.compile(r"\bhãy\b[^.!?\n]*?(?:văn bản|bài viết|bài báo|đoạn văn)|"
                            r"(?:văn bản|bài viết|bài báo|đoạn văn)[^.!?\n]*?,\s*hãy\b", re.IGNORECASE)


def sets_a_task(sentence: str) -> bool:
    """Does the sentence set a task on the passage ("Write a summary of this article.")?"""
    sentence = sentence.strip()
    return _ENGLISH_RE.match(sentence) is not None or _VIETNAMESE_RE.search(sentence) is not None


def passage_task(r, t) -> Finding | None:
    if not r.plain:
        return None
    first = next((u for u in units_between(r.units, r.own_start, len(r.text)) if u.words), None) \
        if r.passage.under_an_open_label else None
    hit = first is not None and sets_a_task(first.text)
    shown = excerpt(first.text, 60) if first is not None else ""
    return Finding(
        "prompt.passage_task", float(hit), 1.0,
        lambda: (shown, f"sets a task on the passage instead of doing the work the prompt's open label names: "
                        f"'{shown}'"),
        first.start if hit and first is not None else None, "it ends where a task on the passage starts",
    )
