"""Loops: the same line or clause again and again, possibly with small variations.

A base model decoding greedily falls into a loop ("I think we should go there. / I think we should
stay there. / ..."); a chat model may slip into one near its token limit. Two measures, because
loops come in two shapes:

* unit repeat share (``loop.unit_repeat``): the share of the output's words that sit in a line or
  sentence which repeats an earlier one. A unit repeats an earlier one when it starts with the same
  three words, ends with the same three words, or when most of its three-word sequences
  (``near_duplicate``) already occurred. Same-start/same-end catches loops that vary the middle
  ("I think we should <verb> there."); the near-duplicate rule catches loops that vary the start
  or the end. List numbering is ignored, so "1. Tell me ... 2. Tell me ..." is seen as the loop it
  is, while a real numbered list, whose items say different things, is not one.
  Why a share of words and not a count: a long, good answer repeats an opener ("Your dog will")
  a few times by chance; that is a small share of its words. A loop is most of the output.

* repeated word sequences (``loop.ngram_repeat``): the share of three-word sequences that already
  occurred earlier in the output (the "seq-rep-n" measure of Welleck et al. 2019, n=3). It needs
  no line or sentence structure at all, so it catches a loop with no punctuation, and long
  paragraph-sized loops. Human prose and chat answers sit far below the threshold (a few per cent
  up to ~15% for list-heavy instructions); greedy loops sit far above (40-90%).

The loop *onset* is the earliest unit from which at least half of the remaining words are in
repeating units (and at least ``min_repeats`` units repeat). Text before it is a candidate reply;
a loop that starts at the first line leaves no reply at all.

Cost: one pass over the units with set operations; no pairwise comparison of units.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import lt

from why_finetune.judges.text import Unit, excerpt


@dataclass
class LoopFinding:
    unit_repeat: float  # share of words in units repeating an earlier unit
    ngram_repeat: float  # share of 3-word sequences seen earlier
    repeated_units: int
    onset: int | None  # offset where a dense loop begins, if any
    units: list[Unit] = field(repr=False)
    words: list[str] = field(repr=False)

    # Evidence spans, computed only when a message needs them.
    @cached_property
    def pattern(self) -> tuple[str, int]:
        """The most repeated line shape, e.g. ("I think we ... there.", 24)."""
        return _top_pattern(self.units)

    @cached_property
    def top_ngram(self) -> tuple[str, int]:
        """The most repeated four-word sequence, e.g. ("i think we should", 13)."""
        return _top_ngram(self.words)


def find_loops(
    units: list[Unit], words: list[str], *, near_duplicate: float, onset_density: float, min_repeats: int
) -> LoopFinding:
    # First occurrence of every three-word sequence of the whole text, then for each position
    # whether its sequence occurred before: C-level maps, one dict build; no pairwise comparisons.
    grams = list(zip(words, words[1:], words[2:]))
    first_at: dict[tuple[str, str, str], int] = {}
    for i in range(len(grams) - 1, -1, -1):
        first_at[grams[i]] = i
    seen_before = list(map(lt, map(first_at.__getitem__, grams), range(len(grams))))
    n_grams = len(grams)
    ngram_repeat = 1.0 - len(first_at) / n_grams if n_grams >= 10 else 0.0

    first_open: dict[tuple[str, ...], int] = {}  # opening -> index of the first unit with it
    first_close: dict[tuple[str, ...], int] = {}
    flags: list[bool] = []  # unit repeats an earlier one
    member: list[bool] = []  # unit is part of a loop: it repeats, or a later unit repeats it
    total = repeated = repeated_units = 0
    offset = 0  # index in `words` (and `grams`) where the unit starts
    for index, unit in enumerate(units):
        w = unit.words
        n = len(w)
        opening, closing = w[:3], w[-3:]
        again = False
        j = first_open.get(opening)
        if j is None:
            first_open[opening] = index
        else:
            again = member[j] = True
        j = first_close.get(closing)
        if j is None:
            first_close[closing] = index
        else:
            again = member[j] = True
        if not again and n >= 5:  # at least 3 three-word sequences inside the unit
            again = sum(seen_before[offset : offset + n - 2]) >= near_duplicate * (n - 2)
        flags.append(again)
        member.append(again)
        offset += n
        total += n
        if again:
            repeated += n
            repeated_units += 1

    unit_repeat = repeated / total if total else 0.0

    # Onset: the earliest loop unit from which the rest of the output is dense with repeats.
    # Scanning from the end keeps it linear. A unit that is not part of the loop (an opening
    # sentence before the loop) cannot be the onset however dense what follows is.
    onset_index = None
    suffix_words = suffix_repeated = suffix_units = 0
    for i in range(len(units) - 1, -1, -1):
        n = len(units[i].words)
        suffix_words += n
        if flags[i]:
            suffix_repeated += n
            suffix_units += 1
        if member[i] and suffix_units >= min_repeats and suffix_repeated >= onset_density * suffix_words:
            onset_index = i

    onset = units[onset_index].start if onset_index is not None else None
    return LoopFinding(unit_repeat, ngram_repeat, repeated_units, onset, units, words)


def _top_pattern(units: list[Unit]) -> tuple[str, int]:
    """The most repeated line shape, shown as its members' common start ... common end."""
    if len(units) < 2:
        return "", 0
    keys = Counter(("open", u.words[:3]) for u in units if len(u.words) >= 3)
    keys.update(("close", u.words[-3:]) for u in units if len(u.words) >= 3)
    keys.update(("whole", u.words) for u in units if len(u.words) < 3)
    if not keys:
        return "", 0
    (kind, key), count = keys.most_common(1)[0]
    if count < 2:
        return "", count
    if kind == "open":
        members = [u for u in units if u.words[:3] == key]
    elif kind == "close":
        members = [u for u in units if len(u.words) >= 3 and u.words[-3:] == key]
    else:
        members = [u for u in units if u.words == key]
    return _common_shape([m.text for m in members]), count


def _common_shape(texts: list[str]) -> str:
    """'I think we should go there.' + 'I think we can be there.' -> 'I think we ... there.'
    Words are compared without case and punctuation ("chair?" = "chair.") and shown as written
    in the first line."""
    split = [t.split() for t in texts]
    low = [[w.lower().strip(_PUNCT) for w in s] for s in split]
    first, first_low = split[0], low[0]
    shortest = min(len(s) for s in low)
    p = 0
    while p < shortest and all(s[p] == first_low[p] for s in low):
        p += 1
    if p == shortest and all(len(s) == shortest for s in low):
        return excerpt(" ".join(first))  # identical lines
    q = 0
    while q < shortest - p and all(s[-1 - q] == first_low[-1 - q] for s in low):
        q += 1
    head = " ".join(first[:p])
    tail = " ".join(first[len(first) - q :]) if q else ""
    shape = " ... ".join(part for part in (head, tail) if part)
    if not head:
        shape = "... " + shape
    elif not tail:
        shape += " ..."
    return excerpt(shape)


_PUNCT = ".,;:!?\"'()[]*-"


def _top_ngram(words: list[str]) -> tuple[str, int]:
    """The most repeated four-word sequence (three if the text is short), for evidence."""
    for n in (4, 3):
        grams = Counter(zip(*(words[i:] for i in range(n))))
        if grams:
            gram, count = grams.most_common(1)[0]
            if count >= 2:
                return " ".join(gram), count
    return "", 0
