"""An output that is only a new request for text (``prompt.new_request``).

A small instruction tune that has not learnt to answer gives the request back as another one: "Explain class
imbalance in simple terms." answered "Describe class imbalance in ML/DS.", "Describe the model drift.". It names the
topic and copies few of the prompt's words, so it reads as neither an echo nor off topic; but it asks, in the
imperative, for the text it should have written: the prompt's own genre, the next request.

Read as: the output's own text is one sentence of at most ``new_request_words`` words, opening with a verb that asks
for a text to be written about something ("describe", "explain", "summarise", "discuss", "outline", "elaborate",
"paraphrase"), not a question. Those verbs open no one-sentence answer: advice in the imperative uses others ("Use a
password manager.", "Create a folder for your photos."), or speaks to the asker ("Describe your symptoms to your
doctor.", "Explain to your child why sleep matters."). Not where the request asks for a request, an instruction, a
prompt, a task or a question to be written ("Write an instruction that asks for ..."): then one is the answer. English
only: another language's imperative is not read.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import WORD_RE, excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "new_request_words", 15,
    """An output of one sentence of at most this many words, opening with a verb asking for a text ("Describe the model
    drift."), is a new request, no answer: a request is a line; an answer that opens so goes on.""",
)

# (Not advice to the asker, "Describe your symptoms to your doctor.", "Explain to your child why sleep matters.")
_ASKING_FOR_TEXT_RE = re.compile(
    r"(?:please\s+)?(?:describe|explain|summari[sz]e|discuss|outline|elaborate|paraphrase)\b"
    r"(?!\s+(?:to|your|yourself|it\s+to|them\s+to|what\s+you|how\s+you)\b)", re.IGNORECASE)
# A request that asks for a request written: its answer is one.
_ASKS_FOR_A_REQUEST_RE = re.compile(
    r"\b(?:request|requests|instruction|instructions|prompt|prompts|task|tasks|question|questions|query|queries|"
    r"command|commands|exercise|exercises)\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|\Z)")


def new_request(r, t) -> Finding | None:
    if not r.plain:
        return None
    own = r.text[r.own_start :].strip()
    found = bool(own) and own[:1].isalpha() and not own[:2].isupper() and _ASKING_FOR_TEXT_RE.match(own) is not None \
        and _one_short_sentence(own, t) and _ASKS_FOR_A_REQUEST_RE.search(r.prompt.query) is None
    shown = excerpt(own, 60) if found else ""
    start = len(r.text) - len(r.text[r.own_start :].lstrip())
    return Finding(
        "prompt.new_request", float(found), 1.0,
        lambda: (shown, f"writes a new request, not the text asked for: '{shown}'" if found
                 else "writes a new request: no"),
        start if found else None, "it ends where the new request starts",
    )


def _one_short_sentence(text: str, t) -> bool:
    """Is the text one sentence (or a line) of at most ``new_request_words`` words, not a question?"""
    if "\n" in text or text.rstrip().endswith("?") or len(WORD_RE.findall(text)) > t.new_request_words:
        return False
    end = _SENTENCE_END_RE.search(text)
    return end is None or not text[end.end() :].strip()
