"""A passage under an open label and no instruction ("<an article>\\nSummary:", "Văn bản: ...\\nTóm tắt:"), and an
output that sets a task on the passage instead of doing the work: "Write a one-sentence summary of this article.",
"Based on the text, write a short paragraph ...", "Dựa trên văn bản, hãy viết một đoạn văn ngắn ..." (based on the
text, write a short paragraph). A base model that has seen exercise pages goes on with the exercise's instruction:
a new request, the prompt's genre continued, no answer (`prompt.passage_task`).

Read from the first sentence, after an opener at most ("Please", "In one sentence,"): a verb of writing with the
passage as what it is about ("a summary of this article", "a TL;DR for this post"), a verb of reworking with the
passage as its object ("Summarize the text"), or a lead naming the passage and a verb that makes a text ("Based on
the article above, write"); in Vietnamese the imperative "hãy" and a verb of writing. A summary of advice in the
imperative names the passage, if at all, beside its own clause ("Give the cactus a larger pot in spring, the article
advises"), and a noun the passage itself says ("reviews" under a page of reviews) names what it is about.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt, units_between

_PASSAGE_NOUNS = ("text", "article", "passage", "paragraph", "post", "story", "document", "excerpt", "review", "essay",
                  "report")
_NOUN = r"(?:" + "|".join(_PASSAGE_NOUNS) + r")s?\b"
_NOUN_RE = re.compile(r"\b(" + "|".join(_PASSAGE_NOUNS) + r")s?\b", re.IGNORECASE)
_OPENER = r"(?:(?:please|now|next|your task|task|\d+[.)]|in (?:one|two|three|a few|\d+) (?:sentences?|words?))[,:]? )?"
_THE = r"(?:the|this|that|above|following|given)(?: (?:above|given|following))?(?: [a-z]+){0,2}? "
# The verbs of writing that set such a task; after a lead naming the passage, or with the passage as what they are
# about ("a summary of this article"). Only the verbs of reworking a text take it as their object right after them
# ("Summarize the article"): "Write the report for its reader" and "Read the reviews" say what to do with a report
# or reviews, as advice a summary passes on.
_WRITE = r"(?:write|create|compose|draft|produce|generate|give|provide|answer|list|outline|describe|explain)"
_REWORK = r"(?:summari[sz]e|rewrite|paraphrase|translate|condense|shorten)"
_LEAD = rf"(?:based on|using|from|according to|after reading)(?: the information in)? {_THE}{_NOUN}(?: above)?,? "
# After a lead, only the verbs that make a text: "According to the article, give the cactus a larger pot" is advice.
_MAKE = r"(?:write|create|compose|draft|produce|generate|list|outline)"
_ENGLISH_RE = re.compile(
    rf"{_OPENER}(?:{_LEAD}(?:{_MAKE}|{_REWORK})\b"
    rf"|{_REWORK} {_THE}{_NOUN}"
    rf"|(?:{_WRITE}|{_REWORK})\b[^,.;:!?\n]{{0,60}}?\b(?:of|about|on|for|from|in) {_THE}{_NOUN})", re.IGNORECASE)
# Vietnamese: the imperative "hãy" and a verb of writing (viết: write, tóm tắt: summarise, trả lời: answer, liệt kê:
# list, nêu: state, giải thích: explain, dịch: translate, soạn: compose), first or after a lead naming the passage
# ("Dựa trên văn bản, hãy viết ..."; văn bản: text, bài viết / bài báo: article, đoạn văn: paragraph), the passage
# named after the verb when no lead does ("Hãy viết một đoạn văn ngắn về bài viết này.").
_VI_NOUN = r"(?:văn bản|bài viết|bài báo|đoạn văn)"
_VI_VERB = r"hãy (?:viết|tóm tắt|trả lời|liệt kê|nêu|giải thích|dịch|soạn)\b"
_VIETNAMESE_RE = re.compile(
    rf"(?:(?:dựa (?:trên|vào)|theo|từ) (?:nội dung )?(?:của )?{_VI_NOUN}[^,.!?\n]{{0,40}}, ?{_VI_VERB}"
    rf"|{_VI_VERB}[^.!?\n]{{0,80}}?{_VI_NOUN})", re.IGNORECASE)
# An open label that itself asks for a task on the passage ("Exercise:", "Writing prompt:", "Discussion questions:"):
# setting one is the work.
_TASK_LABEL_RE = re.compile(r"\b(?:exercises?|tasks?|prompts?|questions?|activit(?:y|ies)|quiz(?:zes)?|homework|"
                            r"assignments?|bài tập|câu hỏi)\b", re.IGNORECASE)
_TLDR_RE = re.compile(r"\btl;dr\b", re.IGNORECASE)


def sets_a_task(sentence: str, passage: str = "") -> bool:
    """Does the sentence set a task on the passage ("Write a summary of this article.")? A noun the passage itself
    says ("reviews" in a page of reviews) names what it is about, not the passage."""
    sentence = _TLDR_RE.sub("TLDR", sentence.strip())  # its semicolon ends no clause
    if _VIETNAMESE_RE.match(sentence):
        return True
    m = _ENGLISH_RE.match(sentence)
    noun = _NOUN_RE.findall(m.group(0))[-1] if m else ""
    return bool(noun) and re.search(rf"\b{noun}s?\b", passage, re.IGNORECASE) is None


def passage_task(r, t) -> Finding | None:
    if not r.plain:
        return None
    label = r.prompt.query.rstrip().rsplit("\n", 1)[-1]
    first = next((u for u in units_between(r.units, r.own_start, len(r.text)) if u.words), None) \
        if r.passage.under_an_open_label and not _TASK_LABEL_RE.search(label) else None
    hit = first is not None and sets_a_task(first.text, " ".join(r.passage.fields))
    shown = excerpt(first.text, 60) if hit and first is not None else ""
    return Finding(
        "prompt.passage_task", float(hit), 1.0,
        lambda: (shown, f"sets a task on the passage instead of doing the work the prompt's open label names: "
                        f"'{shown}'"),
        first.start if hit and first is not None else None, "it ends where a task on the passage starts",
    )
