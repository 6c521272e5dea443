"""The prompt coming back: echoed, continued, restated as more prompts, or spoken in the asker's voice.

A base model does not answer a request, it continues a document that starts with it. So its
output often is the request again (an echo), the request's sentence finished ("Tell me how to train
my dog to sit" -> " on a chair?"), more requests of the same shape ("Tell me how to train my dog to
stay. / Tell me how to ..."), or the asker's story in the asker's words ("my dog won't listen").

* ``prompt.echo``: the share of the output's words that lie inside a three-word sequence copied from
  the prompt. An answer that reuses the question's words ("To train your dog to sit, ...") copies
  a sequence here and there, a small share; an echo is mostly copied. For the dialogue, the
  prompt is the whole transcript, so an agent turn stitched from the agent's own earlier lines
  ("I'm sorry to hear that but I'm here to help.") is an echo too.
* ``prompt.restated``: lines or sentences that are the question with a few words swapped, added or
  dropped (at most ``restated_max_change`` of the question's length, at least 2 words). Adding
  words only ("Taylor Swift's best friend is Selena Gomez.") is the question used in an answer,
  not restated, so a restatement must drop at least one of the question's words or be an exact copy.
  The test compares word *sets*, not sequences, which makes it one set operation per unit.
* ``prompt.questions``: the share of words in questions (units ending in "?") that name a topic
  word: a list of further questions on the topic instead of an answer ("How do I train my dog to
  sit? How do I stop him barking? ..."). An answer may ask a rhetorical question or two; a list of
  questions is most of the output.
* ``prompt.continuation``: words that finish the prompt's last sentence before the output starts
  its own (the prompt has no closing punctuation and the output starts in lower case or with
  punctuation). Llama-2-7b-chat given the raw request writes "on command." and then answers: two
  words, harmless. A long continuation is the model writing the asker's text, not replying.
* ``prompt.asker_voice``: for a question about "my <thing>", the share of mentions of the thing
  said as "my <thing>" (asker) rather than "your <thing>" (replier). A reply addresses the asker's
  dog as "your dog"; a model still writing the asker's post says "my dog".
"""

from __future__ import annotations

import re
from itertools import accumulate, chain
from operator import itemgetter, or_, sub
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.text import STOPWORDS, WORD_RE, Cleaned, Unit, excerpt, word_count


@lru_cache(maxsize=256)
def prompt_grams(prompt_text: str) -> tuple[frozenset, frozenset, frozenset]:
    """The prompt's sets of 1-, 2- and 3-word sequences."""
    w = WORD_RE.findall(prompt_text.lower().replace("\u2019", "'"))
    return (
        frozenset((x,) for x in w),
        frozenset(zip(w, w[1:])),
        frozenset(zip(w, w[1:], w[2:])),
    )


def echo_coverage(prompt_text: str, words: list[str] | tuple[str, ...], grams3: list | None = None) -> float:
    # Cost: one C-level map over the words; the Python loop runs over copied positions only.
    """Share of `words` covered by a word sequence copied from the prompt (3 words; fewer for a
    reply shorter than three words, so that "the blanket" is an echo of "...the blanket")."""
    n = len(words)
    if n == 0:
        return 0.0
    k = min(3, n)
    grams = prompt_grams(prompt_text)[k - 1]
    sequences = grams3 if (grams3 is not None and k == 3) else zip(*(words[i:] for i in range(k)))
    hits = list(map(grams.__contains__, sequences))
    if not any(hits):
        return 0.0
    # Word i is covered if one of the k sequences containing it (starting at i-k+1 .. i) is copied.
    pad = [False] * (k - 1)
    padded = pad + hits + pad
    covered = padded[:n]
    for shift in range(1, k):
        covered = list(map(or_, covered, padded[shift : shift + n]))
    return sum(covered) / n


@dataclass(frozen=True)
class Continuation:
    end: int  # offset where the output's own text starts
    words: int
    text: str


_TERMINAL_RE = re.compile(r"[.!?:][\"')\]]*\s*\Z")
_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz,;.!?)-")
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|\Z)")


def find_continuation(query: str, cleaned: Cleaned) -> Continuation:
    """The fragment that finishes the prompt's sentence: from the start of the output (if it starts
    in lower case or with punctuation) to the first sentence end or line break."""
    if not query or _TERMINAL_RE.search(query):
        return Continuation(0, 0, "")
    text = cleaned.text
    lead = len(text) - len(text.lstrip(" \t"))
    if lead >= len(text) or text[lead] not in _CONTINUES:
        return Continuation(0, 0, "")
    newline = text.find("\n", lead)
    if newline < 0:
        newline = len(text)
    m = _SENTENCE_END_RE.search(text, lead, newline)
    end = m.end() if m else newline
    return Continuation(end, word_count(text[:end]), excerpt(text[lead:end].strip(), 60))


@dataclass(frozen=True)
class Restated:
    count: int
    examples: tuple[str, ...]
    first_at: int | None


def find_restated(query: str, units: list[Unit], max_change: float) -> Restated:
    qwords = WORD_RE.findall(query.lower().replace("\u2019", "'"))
    if not qwords:
        return Restated(0, (), None)
    qset = frozenset(qwords)
    qlen = len(qwords)
    maxd = max(2, round(max_change * qlen))
    lo, hi = qlen - maxd, qlen + maxd
    count = 0
    examples: list[str] = []
    first_at = None
    # Cheap filter first: a unit must have the right length and hold at least len(qset) - maxd of
    # the question's words (counting repeats, so this never drops a real restatement).
    need = len(qset) - maxd
    # Words of the question per unit, from prefix sums over all words (C-level passes).
    lens = list(map(len, map(itemgetter(3), units)))
    offsets = list(accumulate(lens, initial=0))
    in_query = list(accumulate(map(qset.__contains__, chain.from_iterable(map(itemgetter(3), units))), initial=0))
    shared = map(sub, map(in_query.__getitem__, offsets[1:]), map(in_query.__getitem__, offsets))
    candidates = [u for u, n, k in zip(units, lens, shared) if lo <= n <= hi and k >= need]
    verdicts: dict[tuple[str, ...], bool] = {}  # a loop says the same line many times: decide once
    for unit in candidates:
        restates = verdicts.get(unit.words)
        if restates is None:
            uset = set(unit.words)
            removed = len(qset - uset)
            added = len(uset - qset)
            restates = verdicts[unit.words] = not (removed > maxd or added > maxd or (removed == 0 and added > 0))
        if not restates:
            continue
        count += 1
        if first_at is None:
            first_at = unit.start
        if len(examples) < 3:
            examples.append(excerpt(unit.text, 60))
    return Restated(count, tuple(examples), first_at)


@dataclass(frozen=True)
class Questions:
    count: int
    share: float  # share of the output's words in such questions
    examples: tuple[str, ...]
    first_at: int | None


def find_questions(
    units: list[Unit], topic_re: re.Pattern[str] | None, total_words: int, text: str = "?"
) -> Questions:
    if topic_re is None or not total_words or "?" not in text:
        return Questions(0, 0.0, (), None)
    count = words = 0
    examples: list[str] = []
    first_at = None
    for unit in units:
        if not unit.text.rstrip().endswith("?"):
            continue
        if not topic_re.search(" ".join(unit.words)):
            continue
        count += 1
        words += len(unit.words)
        if first_at is None:
            first_at = unit.start
        if len(examples) < 3:
            examples.append(excerpt(unit.text, 60))
    return Questions(count, words / total_words, tuple(examples), first_at)


@lru_cache(maxsize=256)
def _owned_re(query: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    things = tuple(
        dict.fromkeys(
            w for w in re.findall(r"\bmy\s+([a-z][a-z'-]*)", query.lower()) if w not in STOPWORDS and len(w) > 1
        )
    )
    if not things:
        return things, None
    alt = "|".join(re.escape(t) for t in things)
    # Literal start (no \\b) so the engine skips ahead fast; word starts are checked per match.
    return things, re.compile(r"(my|your)[ \t]+(?:" + alt + r")(?![a-z])")


@dataclass(frozen=True)
class Voice:
    things: tuple[str, ...]
    asker: int
    replier: int
    share: float
    example: str


def find_voice(query: str, cleaned: Cleaned) -> Voice:
    things, pattern = _owned_re(query)
    if pattern is None:
        return Voice(things, 0, 0, 0.0, "")
    lower = cleaned.lower
    if not any(t in lower for t in things):
        return Voice(things, 0, 0, 0.0, "")
    said = pattern.findall(lower)  # C code ("tommy dog" would count; rare enough)
    asker, replier = said.count("my"), said.count("your")
    example = ""
    if asker:
        m = _MY_RE.search(lower)
        if m:
            example = cleaned.text[m.start() : m.start() + len(m.group(0))]
    total = asker + replier
    return Voice(things, asker, replier, asker / total if total else 0.0, example)


_MY_RE = re.compile(r"my[ \t]+[a-z'-]+")
