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

* loop at the end (``loop.tail_lines``): a chat model that answers well and then repeats one line
  until the token limit has a loop in its last part only, too small a share of a long output for
  the first measure. The loop region (from the onset below to the end) must hold at least
  ``loop_tail_lines`` repeating lines: five times the same line is a loop wherever it is; two or
  three repeats near a cut-off are the ordinary stutter of a small chat model and are not.

* repeated word sequences (``loop.ngram_repeat``): the share of three-word sequences that already
  occurred earlier in the output (the "seq-rep-n" measure of Welleck et al. 2019, n=3). It needs
  no line or sentence structure at all, so it catches a loop with no punctuation, and long
  paragraph-sized loops. Human prose and chat answers sit far below the threshold (a few per cent
  up to ~15% for list-heavy instructions); greedy loops sit far above (40-90%).

The loop *onset* is found in two steps: the earliest loop unit from which at least
``onset_density`` of the remaining words are in repeating units (and at least ``min_repeats``
units repeat); then, from there, the first repeating unit, or the unit it repeats if that is one
or two units before it. Text before the onset is a candidate reply; a loop that starts at the
first line leaves no reply at all.

Cost: one pass over the units with set operations; no pairwise comparison of units.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress
from operator import lt, mul, not_, or_
from os.path import commonprefix  # works on any sequences, here tuples of words

from why_finetune.judges.text import WORD_RE, Unit, excerpt


@dataclass
class LoopFinding:
    unit_repeat: float  # share of words in units repeating an earlier unit
    ngram_repeat: float  # share of 3-word sequences seen earlier
    repeated_units: int
    onset: int | None  # offset where a dense loop begins, if any
    tail_units: int  # repeating units from the onset to the end
    tail_share: float  # share of the output's words from the onset to the end
    tail_pattern: str  # the most repeated line shape from the onset to the end ...
    tail_count: int  # ... and how many lines there have it
    units: list[Unit] = field(repr=False)
    words: list[str] = field(repr=False)

    # Evidence spans, computed only when a message needs them.
    @cached_property
    def pattern(self) -> tuple[str, int]:  # over the whole output
        """The most repeated line shape, e.g. ("I think we ... there.", 24)."""
        keys, counts = self.__dict__.get("_keys", (None, None))
        return _top_pattern(self.units, keys, counts)

    @cached_property
    def top_ngram(self) -> tuple[str, int]:
        """The most repeated four-word sequence, e.g. ("i think we should", 13)."""
        return _top_ngram(self.words)


def find_loops(
    units: list[Unit], words: list[str], *, near_duplicate: float, onset_density: float, min_repeats: int
) -> LoopFinding:
    # Everything below is a handful of passes with C-level helpers (map, zip, dict, accumulate,
    # Counter); the only Python-level loops run over the few units the cheap tests leave open.

    # First occurrence of every three-word sequence, and for each position whether it occurred
    # before. dict(zip(reversed...)) keeps the last value written, i.e. the smallest index.
    grams = list(zip(words, words[1:], words[2:]))
    n_grams = len(grams)
    first_at = dict(zip(reversed(grams), range(n_grams - 1, -1, -1)))
    seen_before = list(map(lt, map(first_at.__getitem__, grams), range(n_grams)))
    ngram_repeat = 1.0 - len(first_at) / n_grams if n_grams >= 10 else 0.0

    ws = [u.words for u in units]
    lens = list(map(len, ws))
    total = sum(lens)
    count = len(ws)
    index = range(count)
    # A unit under 3 words ("the", "Good dog!") is too short to be a loop line (ngram_repeat
    # still sees it): its key is its own index, which matches nothing else.
    openings = [w[:3] if len(w) >= 3 else i for i, w in enumerate(ws)]
    closings = [w[-3:] if len(w) >= 3 else i for i, w in enumerate(ws)]
    first_open = dict(zip(reversed(openings), reversed(index)))
    first_close = dict(zip(reversed(closings), reversed(index)))
    source_open = list(map(first_open.__getitem__, openings))
    source_close = list(map(first_close.__getitem__, closings))
    flags = list(map(or_, map(lt, source_open, index), map(lt, source_close, index)))
    # Near-duplicates: most of the unit's three-word sequences occurred before.
    offsets = list(accumulate(lens, initial=0))
    for i in compress(index, map(not_, flags)):
        n = lens[i]
        if n >= 5 and sum(seen_before[offsets[i] : offsets[i] + n - 2]) >= near_duplicate * (n - 2):
            flags[i] = True
    # A loop member repeats an earlier unit, or is repeated by a later one (is a source).
    sources = {j for j, i in zip(source_open, index) if j < i} | {j for j, i in zip(source_close, index) if j < i}
    member = list(map(or_, flags, map(sources.__contains__, index)))
    repeated_lens = list(compress(lens, flags))
    repeated, repeated_units = sum(repeated_lens), len(repeated_lens)
    unit_repeat = repeated / total if total else 0.0

    # Onset: the earliest loop member from which the rest of the output is dense with repeats (suffix
    # sums by accumulate). A unit that is not part of the loop (an opening sentence before the
    # loop) cannot be the onset however dense what follows is.
    onset_index = None
    tail_units = tail_words = 0
    if repeated_units >= min_repeats:
        suffix_words = list(accumulate(reversed(lens)))[::-1]
        suffix_repeated = list(accumulate(reversed(list(map(mul, lens, flags)))))[::-1]
        suffix_units = list(accumulate(reversed(flags)))[::-1]
        onset_index = next(
            (
                i
                for i in compress(index, member)
                if suffix_units[i] >= min_repeats and suffix_repeated[i] >= onset_density * suffix_words[i]
            ),
            None,
        )
        if onset_index is not None:
            tail_units, tail_words = suffix_units[onset_index], suffix_words[onset_index]
            # The loop starts at its first repeating line, or at the line that one repeats if that
            # is just before it ("I think it's a great planet. I think it's a good planet."; two
            # lines back for a two-line loop). A repeat of something said further back is a block
            # said again, and the loop starts with the repeat: what came first was said once.
            first = next(i for i in range(onset_index, count) if flags[i])
            sources = [j for j in (source_open[first], source_close[first]) if j < first]
            src = max(sources) if sources else first
            onset_index = src if first - 2 <= src < first else first
    onset = None
    tail_pattern, tail_count = "", 0
    if onset_index is not None:
        onset = units[onset_index].start
        if onset_index == 0:
            tail_pattern, tail_count = _top_pattern(units, (openings, closings))
        else:
            region = slice(onset_index, None)
            tail_pattern, tail_count = _top_pattern(units[region], (openings[region], closings[region]))
    tail_share = tail_words / total if total else 0.0
    finding = LoopFinding(
        unit_repeat, ngram_repeat, repeated_units, onset, tail_units, tail_share, tail_pattern, tail_count, units, words
    )
    if onset_index == 0:
        finding.__dict__["pattern"] = (tail_pattern, tail_count)  # same units: reuse, don't recount
    else:
        finding.__dict__["_keys"] = ((openings, closings), None)
    return finding


def _top_pattern(
    units: list[Unit], keys: tuple[list, list] | None = None, counts: tuple[Counter, Counter] | None = None
) -> tuple[str, int]:
    """The most repeated line shape among `units` (lines of at least 3 words) and how many lines
    have it: same first three words, last three, or (only when neither covers most of the lines,
    for a loop that changes its first and its last word: "Honestly, I have been a fan ... today.")
    second-to-fourth or fourth-to-last to second-to-last. Shown as its lines' common start ...
    common end, e.g. ("I think we ... there.", 24). `keys`/`counts`: the openings and closings of
    `units` and their Counters, when the caller has them already. Counting is done by Counter over
    word tuples (C code); no line is compared with another."""
    ws = [u.words for u in units]
    n_long = sum(1 for w in ws if len(w) >= 3)
    if n_long < 2:
        return "", n_long
    if keys is None:
        keys = ([w[:3] if len(w) >= 3 else None for w in ws], [w[-3:] if len(w) >= 3 else None for w in ws])
    if counts is None:
        counts = (Counter(keys[0]), Counter(keys[1]))
    best_count, best_keys, best_value = 0, None, None
    for key_list, counter in zip(keys, counts):
        for value, count in counter.most_common(2):
            if isinstance(value, tuple) and count > best_count:
                best_count, best_keys, best_value = count, key_list, value
                break
    if best_count * 2 < n_long:
        for key_list in (
            [w[1:4] if len(w) >= 4 else None for w in ws],
            [w[-4:-1] if len(w) >= 4 else None for w in ws],
        ):
            for value, count in Counter(key_list).most_common(2):
                if value is not None and count > best_count:
                    best_count, best_keys, best_value = count, key_list, value
                    break
    if best_count < 2:
        return "", best_count
    members = [u for u, k in zip(units, best_keys) if k == best_value]
    shape = _common_shape(members)
    if not shape.strip(". "):
        shape = "... " + " ".join(best_value) + " ..."
    return shape, best_count


def _common_shape(members: list[Unit]) -> str:
    """'I think we should go there.' + 'I think we can be there.' -> 'I think we ... there.'
    The common start and end are found on the lines' words (case and punctuation ignored) and shown
    as written in the first line."""
    words = [m.words for m in members]
    head = len(commonprefix(words))
    first = members[0]
    n = len(first.words)
    if head == n and all(len(w) == n for w in words):
        return excerpt(first.text.strip())  # the same line, again and again
    tail = min(len(commonprefix([w[::-1] for w in words])), n - head)
    spans = [(m.start(), m.end()) for m in WORD_RE.finditer(first.text.lower())][-n:] if n else []
    text = first.text
    left = text[: spans[head - 1][1]].strip() if head else ""
    right = text[spans[n - tail][0] :].strip() if tail else ""
    if left and right:
        return excerpt(f"{left} ... {right}")
    if left:
        return excerpt(f"{left} ...")
    if right:
        return excerpt(f"... {right}")
    return ""


def _top_ngram(words: list[str]) -> tuple[str, int]:
    """A most repeated four-word sequence (three if the text is short), for evidence: the most
    common one among the first 400 words (a loop shows itself early; this bounds the cost), with
    its exact count over the whole text (list.count, C code)."""
    for n in (4, 3):
        grams = list(zip(*(words[i:] for i in range(n))))
        if grams:
            gram, _ = Counter(grams[:400]).most_common(1)[0]
            count = grams.count(gram)
            if count >= 2:
                return " ".join(gram), count
    return "", 0
