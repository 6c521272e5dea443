"""Loops: the same line or clause again and again, possibly with small variations.

A base model decoding greedily falls into a loop ("I think we should go there. / I think we should
stay there. / ..."); a chat model may slip into one near its token limit. Three measures, because
loops come in three shapes (most of the output; only its end; no line structure at all):

* unit repeat share (``loop.unit_repeat``): the share of the output's words that sit in a line or
  sentence which repeats an earlier one. A unit repeats an earlier one when it starts with the same
  three words, ends with the same three words, or when most of its three-word sequences
  (``near_duplicate``) already occurred. Same-start/same-end catches loops that vary the middle
  ("I think we should <verb> there."); the near-duplicate rule catches loops that vary the start
  or the end. List numbering is ignored, so "1. Tell me ... 2. Tell me ..." is seen as the loop it
  is, while a real numbered list, whose items say different things, is not one.
  Why a share of words and not a count: a long, good answer repeats an opener ("Your dog will")
  a few times by chance; that is a small share of its words. A loop is most of the output.
  Parallel sentences are not repeats: lines that open (or end) alike, one after another, none said
  twice, each holding ``loop_list_item_words`` words the group's first line does not, and no more
  than ``loop_list_max_items`` of them, are a list's items ("If you're in Bangkok, eat pad thai. If
  you're in Tokyo, eat ramen."). So are three or more that come back between other sentences, each
  holding ``loop_list_item_words`` words no line of the group before it has, none a near copy of what
  came before ("Por ejemplo, el estado de Washington ..." between the reasons for the names). A loop
  changes one word of its line ("I think we should go / stay there"), says a line again, comes back
  between other lines as a near copy or changing a word of the line before, or runs on past the length
  of a list.

* loop at the end (``loop.tail_lines``): a chat model that answers well and then repeats one line
  until the token limit has a loop in its last part only, too small a share of a long output for
  the first measure. In the loop region (from the onset below to the end) one line pattern (same
  first, last, second-to-fourth or fourth-to-last-but-one three words) must occur at least
  ``loop_tail_lines`` times: five times the same line is a loop wherever it is; two or three
  repeats near a cut-off are the ordinary stutter of a small chat model, and formulaic prose
  repeats a sentence pattern three or four times, not five in a row.

* repeated word sequences (``loop.ngram_repeat``): the share of three-word sequences that already
  occurred earlier in the output (the "seq-rep-n" measure of Welleck et al. 2019, n=3). It needs
  no line or sentence structure at all, so it catches a loop with no punctuation, and long
  paragraph-sized loops, and a whole answer said twice. Prose and chat answers sit well below
  the threshold (1-12% for the course's chat outputs, at most 21% for the Python reference's
  prose); greedy loops well above (43-54% for the course's base outputs, up to 99%). In lines mostly of
  Chinese or Japanese characters, where a character is a word, the sequences are six long, and so are those
  that make a line a near copy of what came before.

* copies back to back (``loop.back_to_back``): a short output that is one stretch of text said
  again and again with nothing between the copies ("no complaintno complaintno complaint", a label
  repeated until a ten-token limit), or only a space or a newline ("no complaint no complaint no
  complaint"). The copies are too short for lines to compare or for enough three-word sequences
  for the measure above: the text is compared with
  itself shifted by the stretch's length (a C-level string comparison per candidate length).

The loop *onset* is found in two steps: the earliest loop unit from which at least ``onset_density`` of the
remaining words are in repeating units (and at least ``min_repeats`` units repeat), and of the words of the
next few units too (a long loop at the end makes the rest dense from far back, from a line of the answer that
ends as a loop line does); then, from there, the first repeating unit, or the unit it repeats if that is one
or two units before it. Text before the onset is a candidate reply; a loop that starts at the first line
leaves no reply at all. Unless it is a reply said again: when the region opens with two or more lines that do
not loop among themselves and their word-for-word copies (a field label such as "Output:" aside) make up the
rest (word for word, or near word for word from two lines on), the loop starts at the first copy, and
``said_once`` (the words before it) tells the reply checks that what follows is only that reply again. So too
for the output's first line when the next line, or a later one after other lines (a template's labels), says it
again word for word and copies make up the rest (``first_line_again``: the reply checks then ask whether that one
line reads as a reply).

The evidence names the most repeated line pattern as its lines' common start ... common end
("I think we ... there.", 24 times) and the most repeated word sequence ("i think we", 23 times).

Cost: linear. A few passes over the words and the units with C-level helpers (dict.setdefault to
find where each key first occurred, Counter, accumulate); no unit is compared with another. A loop's
lines said again word for word hold only sequences said before: where those first occurred is copied
from the first copy of the stretch, a slice, not looked up word by word (in Chinese or Japanese, a
character a word, that is most of the cost).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, and_, eq, getitem, gt, itemgetter, lt, mul, not_, or_
from os.path import commonprefix  # works on any sequences, here tuples of words
from typing import TypeVar

from why_finetune.judges.finding import Finding, pct
from why_finetune.judges.text import ITEM_MARK, MARK_RUN, UNIT_WORDS, WORD_RE, ZERO_WIDTH, Unit, excerpt
from why_finetune.judges.thresholds import threshold


@dataclass
class LoopFinding:
    unit_repeat: float  # share of words in units repeating an earlier unit
    ngram_repeat: float  # share of 3-word sequences seen earlier (6 in Chinese or Japanese: in_characters)
    repeated_units: int
    onset: int | None  # offset where a dense loop begins, if any
    tail_units: int  # repeating units from the onset to the end
    tail_share: float  # share of the output's words from the onset to the end
    tail_pattern: str  # the most repeated line shape from the onset to the end ...
    tail_count: int  # ... and how many lines there have it (from the loop's first line: see tail_counted_from)
    listed_units: int  # lines that open alike but are a list's items, not a loop's lines
    said_once: int  # when the loop is the text before it said again: that text's words (else 0)
    units: list[Unit] = field(repr=False)
    words: list[str] = field(repr=False)
    # Indexes find_loops built anyway, kept for the evidence and the echo share: where each three-word
    # sequence first occurred (by sequence, and for each position), and each line's first line of the same
    # shape (opening and closing alike, ...).
    gram_first: dict = field(repr=False, default_factory=dict)
    gram_sources: list[int] = field(repr=False, default_factory=list)
    copied: list[tuple[int, int, int]] = field(repr=False, default_factory=list)  # stretches said again
    shapes: _LineShapes | None = field(repr=False, default=None)
    first_line: list[int] = field(repr=False, default_factory=list)  # each unit's first unit of the same words
    in_characters: bool = False  # the repeat share read on six-character sequences (Chinese, Japanese)
    first_line_again: bool = False  # the loop is the output's first line said again word for word
    tail_counted_from: int | None = None  # where tail_count starts counting, when before the onset (a block said once)

    # Evidence spans, computed only when a message needs them.
    @cached_property
    def pattern(self) -> tuple[str, int]:  # over the whole output
        """The most repeated line shape, e.g. ("I think we ... there.", 24)."""
        return _top_pattern(self.units, self.shapes)

    @cached_property
    def top_ngram(self) -> tuple[str, int]:
        """The most repeated word sequence (three words, extended while all its occurrences go on
        alike), e.g. ("i think we should", 13)."""
        return _top_ngram(self.words, self.gram_sources)

    def grams_in(self, wanted: frozenset) -> bytes:
        """For each of the output's three-word sequences, whether it is one of `wanted` (the prompt's): a byte, 1 or
        0. Each distinct sequence is looked up once and the answer reaches its repeats through where it
        first occurred, an int: a loop says the same sequences again and again, and hashing a tuple
        of words costs more than an int."""
        first, sources = self.gram_first, self.gram_sources
        found = {first[g] for g in wanted if g in first}
        if not found:
            return bytes(len(sources))
        # A stretch said again holds its source's sequences, so it is copied from there too (_copy_stretches).
        return bytes(_copy_stretches(len(sources), self.copied, 2,
                                     lambda start, end: map(found.__contains__, sources[start:end]), bytearray()))


def find_loops(
    units: list[Unit], words: list[str], *, near_duplicate: float, onset_density: float, min_repeats: int,
    list_max_items: int, list_item_words: int, block_repeat_max: float, text: str = "",
) -> LoopFinding:
    # Everything below is a handful of passes with C-level helpers (map, zip, dict.setdefault,
    # accumulate, Counter); the only Python-level loops run over the few units the cheap tests
    # leave open. map(d.setdefault, keys, count()) gives, in one pass, the index where each key
    # first occurred: that is how "occurred before" is found for every word sequence and line.

    ws = list(map(UNIT_WORDS, units))
    lens = list(map(len, ws))
    offsets = list(accumulate(lens, initial=0))
    copies = _Copies(ws)
    first_line = copies.first_line  # each line's first line of the same words
    copied = _copied_stretches(first_line, lens, offsets)
    n_grams = max(0, len(words) - 2)
    first_gram, gram_sources = _first_occurrences(words, (0, 1, 2), 2, copied)
    ngram_repeat = 1.0 - len(first_gram) / n_grams if n_grams >= 10 else 0.0
    cjk = _cjk_lines(ws, copies)
    in_characters = n_grams >= 13 and 2 * cjk.count(True) >= len(ws)
    if in_characters:
        # Lines mostly in Chinese or Japanese characters, a character a word: three of them are about one English
        # word, and a term said again ("スマートフォン", "人工知能") repeats its characters' sequences as no loop
        # does. Sequences of six characters, about three words, as for a line's shape (_OPENING): two three-word
        # sequences three apart, each known by where it first occurred.
        six_first, six_sources = _first_occurrences(gram_sources, (0, 3), 5, copied)
        ngram_repeat = 1.0 - len(six_first) / (n_grams - 3)
    # A line is a near copy when most of its sequences occurred before (below): six characters long there too.
    near_sources = six_sources if in_characters else gram_sources
    span = 5 if in_characters else 2  # a unit of n words holds n - span such sequences

    total = sum(lens)
    n_units = len(ws)
    index = range(n_units)
    # Lines that open alike or close alike (a unit under 3 words is too short to be a loop line: see _LineShapes).
    shapes = _LineShapes(ws, cjk, copies)
    source_open, source_close = shapes.opening, shapes.closing
    flags = list(map(or_, map(lt, source_open, index), map(lt, source_close, index)))
    # Parallel sentences ("If you're in Bangkok, ... If you're in Tokyo, ...") open alike but each
    # says something new: a list's items, not a loop's lines (see _list_items).
    def near_copy(i: int) -> bool:  # most of unit i's three-word (six-character) sequences occurred before
        n = lens[i]
        return n >= 3 + span and _seen_before(near_sources, offsets[i], offsets[i] + n - span) >= near_duplicate * (n - span)

    listed = (_list_items(ws, (source_open, source_close), list_max_items, list_item_words, near_copy,
                          lambda i: _marked(units[i], text))
              if any(flags) else set())
    for i in listed:
        flags[i] = False
    # Near-duplicates: most of the unit's three-word sequences occurred before.
    for i in compress(index, map(not_, flags)):
        if near_copy(i) and i not in listed:
            flags[i] = True
    # A loop member repeats an earlier unit, or is repeated by a later one (is a source).
    sources = _repeated_source(source_open, source_close) - listed
    member = list(map(or_, flags, map(sources.__contains__, index)))
    repeated_lens = list(compress(lens, flags))
    repeated, repeated_units = sum(repeated_lens), len(repeated_lens)
    unit_repeat = repeated / total if total else 0.0

    # Onset: the earliest loop member from which the rest of the output is dense with repeats (suffix
    # sums by accumulate). A unit that is not part of the loop (an opening sentence before the
    # loop) cannot be the onset however dense what follows is.
    onset_index = None
    tail_units = tail_words = said_once = 0
    first_line_again = False
    if repeated_units >= min_repeats:
        suffix_words = list(accumulate(reversed(lens)))[::-1]
        suffix_repeated = list(accumulate(reversed(list(map(mul, lens, flags)))))[::-1]
        suffix_units = list(accumulate(reversed(flags)))[::-1]
        suffix_repeated.append(0)
        suffix_words.append(0)

        def dense_here(i: int) -> bool:
            # ... and from which the next few lines loop too: a long loop at the end makes the rest dense from
            # far back, from a line that shares its last three words with one of the loop's ("Predicate: are
            # studying hard." before "The sentence is a statement because ..." said again and again).
            j = min(i + _ONSET_WINDOW, n_units)
            return suffix_repeated[i] - suffix_repeated[j] >= onset_density * (suffix_words[i] - suffix_words[j])

        onset_index = next(
            (
                i
                for i in compress(index, member)
                if suffix_units[i] >= min_repeats and suffix_repeated[i] >= onset_density * suffix_words[i]
                and dense_here(i)
            ),
            None,
        )
        if onset_index is not None:
            tail_units, tail_words = suffix_units[onset_index], suffix_words[onset_index]
            # The loop starts at its first repeating line, or at the line that one repeats if that
            # is just before it ("I think it's a great planet. I think it's a good planet."; two
            # lines back for a two-line loop). A repeat of something said further back is a block
            # said again, and the loop starts with the repeat: what came first was said once.
            first = next(i for i in range(onset_index, n_units) if flags[i])
            earlier = [j for j in (source_open[first], source_close[first]) if j < first]
            src = max(earlier) if earlier else first
            onset_index = src if first - 2 <= src < first else first
            # The pattern's lines are counted from here, though the loop may be found to start at a later copy
            # (below): the block said once before its copies is one of the times it is said. "To check ..., run:"
            # and a command, five times in all and cut off in a sixth, is a pattern said five times, not four.
            loop_start = onset_index
            # A reply said again: the loop is the text before it said again when, from its start, it
            # is made of copies (at least onset_density of its words in lines said word for word
            # before). It starts there already when it repeats a block said further back (above).
            # When the loop region opens with two or more lines that do not loop among themselves
            # (their word sequences repeat less than a loop's) and copies of them follow, those lines
            # are the reply and the loop starts at their first copy (a paragraph, then the same
            # paragraph again and again). Lines that change a word each (the course's Mars loop)
            # loop among themselves: the loop starts with them. A line said again right after itself
            # starts a one-line loop, unless it is the output's first line (a word at most before it:
            # "Sure!", a field's fill) and
            # does not loop within itself: then it is the first copy, said once ("1. Wipe the slats."
            # numbered 1 to 11), and the loop starts at its second.
            again = _label_again(units, ws, onset_index)
            copy, source = _first_copy(units, onset_index) or (None, None)
            if (again is not None
                    and _repeat_share(gram_sources, offsets[1], offsets[again]) < block_repeat_max
                    and _made_of_copies(first_line, lens, again, onset_density * suffix_words[again])
                    and not _loops_within(ws, 1, again, min_repeats, list_max_items, list_item_words, near_copy)):
                # A reply under a bare label ("A:"), then the label again and again, each time over a copy
                # of the reply (the copies may drop a word of it: "The == operator compares" then "==
                # compares"): the reply is the first copy, and the loop starts where the label comes back.
                onset_index = again
                tail_units, tail_words = suffix_units[again], suffix_words[again]
                said_once = offsets[again]
                first_line_again = again == 2
            elif (copy is not None and copy - onset_index >= 2 and source != copy - 1
                    and _repeat_share(gram_sources, offsets[onset_index], offsets[copy]) < block_repeat_max
                    and _made_of_copies(first_line, lens, copy, onset_density * suffix_words[copy])
                    and not _loops_within(ws, onset_index, copy, min_repeats, list_max_items, list_item_words,
                                          near_copy)):
                # The output's first line, then labels or other lines ("**Answer:**: 4"), then the first line again:
                # that line is said again, as it is right after itself below (the reply checks read it so).
                first_line_again = source == onset_index and sum(lens[:onset_index]) <= 1
                onset_index = copy
                tail_units, tail_words = suffix_units[copy], suffix_words[copy]
                said_once = offsets[copy]
            elif (src <= first - 2
                    and _repeat_share(gram_sources, offsets[src], offsets[first]) < block_repeat_max
                    and suffix_repeated[first] >= onset_density * suffix_words[first]
                    and not _loops_within(ws, src, first, min_repeats, list_max_items, list_item_words,
                                          near_copy)):
                # The same, when the copies come back near word for word ("In the ocean, there are many
                # kinds of fish. These are ..." then "There are many kinds of fish. These are ..."): the
                # lines before the first copy are said once.
                first_line_again = ws[first] == ws[src] and sum(lens[:src]) <= 1  # (other lines between, as above)
                onset_index = first
                tail_units, tail_words = suffix_units[first], suffix_words[first]
                said_once = offsets[first]
            elif (onset_index + 1 < n_units and len(ws[onset_index]) >= 3 and ws[onset_index + 1] == ws[onset_index]
                    and sum(lens[:onset_index]) <= 1
                    and _repeat_share(gram_sources, offsets[onset_index], offsets[onset_index + 1]) < block_repeat_max
                    and _made_of_copies(first_line, lens, onset_index + 1, onset_density * suffix_words[onset_index + 1])):
                onset_index += 1
                tail_units, tail_words = suffix_units[onset_index], suffix_words[onset_index]
                said_once = offsets[onset_index]
                first_line_again = True
            elif first_line[onset_index] < onset_index and _made_of_copies(
                    first_line, lens, onset_index, onset_density * suffix_words[onset_index]):
                said_once = offsets[onset_index]
    onset = None
    tail_pattern, tail_count = "", 0
    counted_from = None
    if onset_index is not None:
        onset = units[onset_index].start
        tail_pattern, tail_count = _top_pattern(units, shapes, loop_start)
        counted_from = units[loop_start].start if loop_start < onset_index else None
    tail_share = tail_words / total if total else 0.0
    finding = LoopFinding(
        unit_repeat, ngram_repeat, repeated_units, onset, tail_units, tail_share, tail_pattern, tail_count,
        len(listed), said_once, units, words, gram_first=first_gram, gram_sources=gram_sources, copied=copied,
        shapes=shapes, first_line=first_line, in_characters=in_characters, first_line_again=first_line_again,
        tail_counted_from=counted_from,
    )
    if onset_index == 0:
        finding.__dict__["pattern"] = (tail_pattern, tail_count)  # same units: fill the cached property, don't recount
    return finding


_LIST_MARK_RE = re.compile(rf"[ \t]*{ITEM_MARK}[ \t]*")  # a list item's mark opening its line


def _marked(unit: Unit, text: str) -> bool:
    """Does the unit open its line after a list item's mark? (A unit may start after the mark, "1. " split off as
    a sentence's end, or hold it, "- Oats ...".)"""
    if not text:
        return False
    mark = _LIST_MARK_RE.match(text, text.rfind("\n", 0, unit.start) + 1)
    return mark is not None and mark.end() > mark.start() and unit.start <= mark.end() \
        and not text[mark.start() : mark.end()].isspace()


def _list_items(ws: list[tuple[str, ...]], sources: tuple[list[int], ...], max_items: int, item_words: int,
                near_copy: Callable[[int], bool], marked: Callable[[int], bool] = lambda i: False) -> set[int]:
    """The units of the line groups (same opening, or same ending) that are a list's items, not a
    loop's lines: at most `max_items` lines one after another, each an item (see _items: "If you're
    in Bangkok, eat pad thai ..." / "If you're in Tokyo, eat ramen ..."; not "I think we should go
    there." / "I think we should stay there."), or three to `max_items` that come back between other
    lines, each an item that says words no line before it in the group has and none a near copy of
    what came before (`near_copy`: most of its three-word sequences said earlier in the output).
    Lines marked as a list's items ("1.", "-") need one word of their own, not `item_words`.
    A unit counts as an item only if every group it belongs to is a list.
    Group sizes are counted in C (Counter); a loop's group runs past `max_items` and is dismissed by
    its size, so the Python-level checks run over a few short groups only."""
    n = len(ws)
    index = range(n)
    pointed: list[Counter] = []
    lists: list[set[int]] = []
    items: set[int] = set()
    for source in sources:
        # source -> how many later lines point back to it (its group's size less one)
        later = list(compress(index, map(lt, source, index)))
        sizes = Counter(map(source.__getitem__, later))
        ok = set()
        short = {s for s, c in sizes.items() if c < max_items}  # a longer group runs past a list: a loop
        if short:
            groups: dict[int, list[int]] = {s: [s] for s in short}
            for i in later:
                members = groups.get(source[i])
                if members is not None:
                    members.append(i)
            for s, members in groups.items():
                # Alike lines one after another are items when each says two words of its own; lines
                # that come back between other lines must also be no near copy of what came before
                # (a block said again brings its line back mostly as it was).
                between = members[-1] - s >= len(members)
                if between and len(members) < 3:  # a pair that comes back is no list
                    continue
                if ws[members[1]] == ws[s] and item_words >= 1:
                    # Its second line says its first again, no word of its own: no list however its lines are
                    # marked (_items would say so). A loop's groups are mostly such, and this skips them in one
                    # comparison (the same line said again is one tuple, compared by identity).
                    continue
                # Items marked as a list's ("1. Oats are good for your health.", "2. Spinach ...") are items with
                # one word of their own: the marks say so, where a loop's lines changing a word carry none.
                own_words = 1 if all(map(marked, members)) else item_words
                if (_items([ws[i] for i in members], own_words, between)
                        and not (between and any(map(near_copy, members[1:])))):
                    ok.add(s)
                    items.update(members)
        pointed.append(sizes)
        lists.append(ok)
    # ... and only if the group it belongs to by its other key, if it has one, is a list too.
    return {
        i for i in items
        if all(source[i] not in sizes or source[i] in ok for source, sizes, ok in zip(sources, pointed, lists))
    }


# A field label opening a line ("Output: ..."): a reply said again as the prompt's field's value is
# still the reply said again.
_FIELD_LABEL_RE = re.compile(r"\s*[^\W\d_]+\s*:")


def _items(lines: list[tuple[str, ...]], item_words: int, between: bool = False) -> bool:
    """Whether each line after the first holds `item_words` words the first does not, and a word no
    earlier line has all of: a line made of an earlier one's words (the same, reordered or cut) is
    that line said again. Lines that come back `between` other lines hold `item_words` words that no
    line before them has: each names something of its own (a state, a language), while a block said
    again changes a word of the line it came back after ("What is the date of ...", "What is the
    significance of ..."). Each line's set of words is made when it is reached: most groups fail on their
    second line."""
    head = set(lines[0])
    if between:
        seen = head
        for line in lines[1:]:
            words = set(line)
            if len(words - seen) < item_words:
                return False
            seen |= words
        return True
    earlier: list[set[str]] = []  # the sets of the lines after the first, so far
    for line in lines[1:]:
        words = set(line)
        if len(words - head) < item_words or not all(words - before for before in earlier):
            return False
        earlier.append(words)
    return True


def _first_copy(units: list[Unit], start: int) -> tuple[int, int] | None:
    """The first unit from `start` on that says an earlier one (from `start`) again word for word, a
    leading field label aside, and the unit it says again; units of one word ("A:", "Yes.") are not
    compared."""
    seen: dict[tuple[str, ...], int] = {}
    for j in range(start, len(units)):
        unit = units[j]
        words = unit.words[1:] if _FIELD_LABEL_RE.match(unit.text) else unit.words
        if len(words) < 2:
            continue
        if words in seen:
            return j, seen[words]
        seen[words] = j
    return None


# A line that is only a label: a word or two and a colon of either width ("A:", "Réponse :", "回答：").
_BARE_LABEL_RE = re.compile(r"\s*[^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?\s*[:\uff1a]\s*\Z")


def _label_again(units: list[Unit], ws: list[tuple[str, ...]], onset: int) -> int | None:
    """When the output opens with a bare label and says it again later, the label's second copy, if the
    loop starts within what the first label heads (or at the first line after its second copy, a block
    said again from there) and one line or more stands between the two labels; else None."""
    if onset < 1 or not _BARE_LABEL_RE.match(units[0].text):
        return None
    try:
        again = ws.index(ws[0], 1)
    except ValueError:
        return None
    if again < 2 or onset > again + 1 or not _BARE_LABEL_RE.match(units[again].text):
        return None
    return again


def _loops_within(all_ws: list[tuple[str, ...]], start: int, end: int, min_repeats: int, max_items: int,
                  item_words: int, near_copy: Callable[[int], bool]) -> bool:
    """Whether at least `min_repeats` of these lines repeat one before them (same opening or ending)
    other than as a list's items: "I need a lot of soap. I need a lot of water. I need a lot of fun.
    I need a lot of time." loops; "Kunji is a fund built on Ethereum. Kunji is a token backed by a
    smart contract." is two statements, and an answer followed by the prompt's input line it
    rewrote is not a loop either."""
    ws = all_ws[start:end]
    shapes = _LineShapes(ws)
    sources = (shapes.opening, shapes.closing)
    repeats = {i for source in sources for i, s in enumerate(source) if s < i}
    listed = _list_items(ws, sources, max_items, item_words, lambda i: near_copy(start + i))
    return len(repeats - listed) >= min_repeats


def _made_of_copies(first_line: list[int], lens: list[int], start: int, enough: float) -> bool:
    """Whether at least `enough` words from unit `start` on are in units said word for word before (`first_line`:
    each unit's first unit of the same words)."""
    return sum(compress(lens[start:], map(lt, first_line[start:], range(start, len(lens))))) >= enough


# A stretch of lines said again is copied (see _first_occurrences) only when it holds this many words: each
# stretch costs a few Python steps, each word copied saves one dict lookup.
COPIED_STRETCH_WORDS = 20


def _copied_stretches(first_line: list[int], lens: list[int], offsets: list[int]) -> list[tuple[int, int, int]]:
    """The stretches of lines said word for word before, each line the one after the line before's first copy
    ("A B C D" then "A B C D" again: one stretch), as (start, end, shift) in words: each word is the word `shift`
    words back. Stretches that say the same lines one after another ("A B C D" four times) are one, its shift the
    length of the lines said again (see _repeats_on). Only stretches of COPIED_STRETCH_WORDS words or more are
    listed. Lines short or said again one at a time (an English loop changing a word here and there) make short
    stretches: that is told in C (a count and a sum) and then none is listed. A stretch right after one that starts
    on the same line's copy (a line or a block said again and again: "A" "A" "A", "A B" "A B") may be one with it,
    so it is not counted apart there."""
    n = len(first_line)
    index = range(n)
    copies = list(map(lt, first_line, index))
    # A copy goes on the stretch of the line before when its first copy is the line after that one's.
    goes_on = [False, *map(eq, first_line[1:], map(add, first_line, repeat(1)))]
    starts = list(compress(index, map(gt, copies, goes_on)))  # a copy that does not go on one: True > False
    ends = list(compress(range(1, n + 1), map(gt, copies, goes_on[1:] + [False])))
    # The stretches counted apart: not one that starts where the one before ends, on the same line's copy as it.
    starts_on = list(map(first_line.__getitem__, starts))
    apart = len(starts) - sum(map(and_, map(eq, starts[1:], ends), map(eq, starts_on[1:], starts_on)))
    if not starts or sum(compress(lens, copies)) < COPIED_STRETCH_WORDS * apart:
        return []
    stretches: list[tuple[int, int, int]] = []
    for a, b in zip(starts, ends):
        stretch = (offsets[a], offsets[b], offsets[a] - offsets[first_line[a]])
        if stretches and _repeats_on(stretches[-1], stretch):
            stretches[-1] = (stretches[-1][0], stretch[1], stretches[-1][2])
        else:
            stretches.append(stretch)
    return [stretch for stretch in stretches if stretch[1] - stretch[0] >= COPIED_STRETCH_WORDS]


def _repeats_on(run: tuple[int, int, int], stretch: tuple[int, int, int]) -> bool:
    """Does `stretch` say again, right after `run`, the lines `run` repeats? `run` is whole copies of the `shift`
    words before it, and `stretch` a copy of those words (or of their first part, cut off: no longer, as the lines
    it copies are said first, before the run): then from the run's start to the stretch's end each word is the
    word `shift` back, and the two are one run."""
    start, end, shift = run
    stretch_start, _, stretch_shift = stretch
    return stretch_start == end and (end - start) % shift == 0 and stretch_start - stretch_shift == start - shift


def _first_occurrences(seq: list, gaps: tuple[int, ...], span: int, copied: list[tuple[int, int, int]],
                       ) -> tuple[dict, list[int]]:
    """For each position of `seq` that has an item at each of `gaps` from it (0, 1, 2: a three-word sequence), where
    the sequence of those items first occurred (as _first_index), and the dict from each sequence to that position.
    Each sequence runs over `span` words past its position's (2 for three words; 5 for two three-word sequences
    three apart, `seq` then where each three-word sequence first occurred). A sequence wholly inside a stretch said
    again (`copied`: _copied_stretches, each word the word `shift` back) first occurred where the one `shift` back
    did: those positions are copied from there (_copy_stretches), not looked up one by one (a loop says its lines
    again and again). The sequences skipped were all seen before, so the dict holds the same."""
    first: dict = {}

    def look_up(start: int, end: int) -> Iterator[int]:  # the positions from start to end, each in the dict
        return map(first.setdefault, zip(*[seq[start + gap : end + gap] for gap in gaps]), range(start, end))

    return first, _copy_stretches(len(seq) - gaps[-1], copied, span, look_up, [])


_Values = TypeVar("_Values", list, bytearray)


def _copy_stretches(n: int, copied: list[tuple[int, int, int]], span: int, read: Callable[[int, int], Iterable],
                    out: _Values) -> _Values:
    """`out` (a list, or a bytearray for bytes) extended with a value for each of the `n` positions of sequences
    running `span` words on: read(start, end) for the positions from start to end, in order, outside the stretches
    said again (`copied`: _copied_stretches); inside one, where a sequence is the one `shift` words back, that
    one's value, copied in slices."""
    for start, end, shift in copied:
        out.extend(read(len(out), start))
        stop = end - span  # from here on a sequence runs past the stretch
        while len(out) < stop:
            # Each value is the one `shift` back, so any whole number of shifts back as far as the stretch's
            # source: as many as there are, a slice twice as long each time when the stretch repeats its lines.
            at = len(out)
            back = (at - start) // shift * shift + shift
            out += out[at - back : min(stop, at + back) - back]
    out.extend(read(len(out), n))
    return out


def _seen_before(sources: list[int], start: int, end: int) -> int:
    """How many of the sequences at positions start to end occurred earlier (`sources`: where each first
    occurred). Counted over the span asked for (C code), not flagged for the whole output in advance: a
    loop asks about a few lines, and Chinese or Japanese text has a sequence per character."""
    return sum(map(lt, sources[start:end], range(start, end)))


def _repeat_share(gram_sources: list[int], start: int, end: int) -> float:
    """The share of the three-word sequences starting in words[start:end] that occurred earlier."""
    n = end - 2 - start
    return _seen_before(gram_sources, start, end - 2) / n if n > 0 else 0.0


_ONSET_WINDOW = 4  # lines: where a loop starts, the lines that follow loop as densely as the rest does
# A line's shape: its first three words, its last three, its second to fourth, its fourth-to-last to
# second-to-last; each as a slice for a line of words and one for a line in Chinese or Japanese characters.
# A line written in those characters has a character for a word, and its last three are most often a verb's
# ending ("ました", "できます"): sentences ending alike by grammar, not a loop's lines. Its shape is read on
# twice as many characters, about as many words as three English ones.
_OPENING = (slice(None, 3), slice(None, 6))
_CLOSING = (slice(-3, None), slice(-6, None))
_SECOND = (slice(1, 4), slice(1, 7))
_SECOND_LAST = (slice(-4, -1), slice(-7, -1))
_LAST = itemgetter(-1)


def _cjk_lines(ws: list[tuple[str, ...]], copies: _Copies | None = None) -> list[bool]:
    """For each line, whether it is written in Chinese or Japanese characters (its last word one such character).
    Most text has none: its last words are found to hold no such character in one pass (C code) before any line
    is looked at. `copies`: the lines' _Copies, when the caller has them: a loop's lines said again are written as
    their first copies."""
    if max(map(_LAST, filter(None, ws)), default="") < "\u3041":
        return [False] * len(ws)
    if copies is not None and copies.most:
        return copies.spread(_cjk_lines(copies.of_firsts(ws)))
    # Kana (U+3041 to U+30FF) or a CJK ideograph (U+4E00 to U+9FFF), by comparisons (no regex call per line).
    return [bool(w) and len(w[-1]) == 1 and ("\u3041" <= w[-1] <= "\u30ff" or "\u4e00" <= w[-1] <= "\u9fff")
            for w in ws]


def _keys(ws: list[tuple[str, ...]], shape: tuple[slice, slice], excluded: list[int],
          cjk: list[bool] | None = None) -> list:
    """Each unit's words sliced by `shape` (the wider slice for a line in Chinese or Japanese characters: `cjk`,
    _cjk_lines(ws), when the caller has it); units in `excluded` get a key of their own (-1 - index)."""
    cjk = _cjk_lines(ws) if cjk is None else cjk
    # Each line's slice picked by its flag, all in C (map, getitem): no Python loop over the lines.
    slices = map(shape.__getitem__, cjk) if True in cjk else repeat(shape[0])
    keys: list = list(map(getitem, ws, slices))
    for i in excluded:
        keys[i] = -1 - i
    return keys


def _first_index(keys: list) -> list[int]:
    """For each position, the index where its key first occurred (C code: dict.setdefault)."""
    first: dict = {}
    return list(map(first.setdefault, keys, count()))


def _repeated_source(*source_lists: list[int]) -> set[int]:
    """Indices that a later position points back to: the first lines of repeated patterns."""
    out: set[int] = set()
    for sources in source_lists:
        out.update(compress(sources, map(lt, sources, range(len(sources)))))
    return out


class _Copies:
    """Each unit's first unit of the same words (`first_line`), and the units said first (`firsts`). A loop says a few
    lines again and again: what depends only on a line's words is read for the lines said first and spread to their
    copies (`spread`), when most lines are copies (`most`); else reading every line costs less than spreading."""

    def __init__(self, ws: list[tuple[str, ...]]):
        self.first_line = _first_index(ws)
        self.firsts = list(compress(range(len(ws)), map(eq, self.first_line, count())))
        self.most = 2 * len(self.firsts) <= len(ws)

    def spread(self, values: Iterable) -> list:
        """`values`, one for each unit said first, as a list for every unit: a copy gets its first copy's."""
        of_first = dict(zip(self.firsts, values))
        return list(map(of_first.__getitem__, self.first_line))

    def of_firsts(self, items: list) -> list:
        """The items of the units said first."""
        return list(map(items.__getitem__, self.firsts))


class _LineShapes:
    """For each unit, the index of the first unit of the same shape: the same first three words (`opening`), the
    same last three (`closing`), and, from `inner()`, second to fourth and fourth-to-last to second-to-last;
    twice as many for a line in Chinese or Japanese characters (see _OPENING). A unit too short for the shape is
    a shape of its own. The inner shapes are worked out when first asked for, for the whole output: the line
    pattern of the loop region reads them sliced, and a line's key is its own words, so they are those of the
    region's lines among themselves. `cjk`: _cjk_lines(ws), when the caller has it. `copies`: the units' _Copies,
    when the caller has them: a line said again has its first copy's shapes, so when most lines are said again
    (a loop) only the lines said first are keyed."""

    def __init__(self, ws: list[tuple[str, ...]], cjk: list[bool] | None = None, copies: _Copies | None = None):
        self.ws, self.cjk = ws, _cjk_lines(ws) if cjk is None else cjk
        self.lens = list(map(len, ws))
        self.copies = copies if copies is not None and copies.most else None
        # A unit under 3 words ("the", "Good dog!") is too short to be a loop line (ngram_repeat
        # still sees it): its key is a number of its own, which matches nothing else.
        self.opening = self._sources(_OPENING, 3)
        self.closing = self._sources(_CLOSING, 3)
        self._inner: tuple[list[int], list[int]] | None = None

    def inner(self) -> tuple[list[int], list[int]]:
        if self._inner is None:
            self._inner = (self._sources(_SECOND, 4), self._sources(_SECOND_LAST, 4))
        return self._inner

    def _sources(self, shape: tuple[slice, slice], min_words: int) -> list[int]:
        """For each unit, the first unit of the same `shape`; units under `min_words` words a shape of their own."""
        short = _shorter_than(self.lens, min_words)
        copies = self.copies
        if copies is None:
            return _first_index(_keys(self.ws, shape, short, self.cjk))
        firsts = copies.firsts
        keys = _keys(copies.of_firsts(self.ws), shape, _shorter_than(copies.of_firsts(self.lens), min_words),
                     copies.of_firsts(self.cjk))
        sources = copies.spread(map(firsts.__getitem__, _first_index(keys)))
        for i in short:
            sources[i] = i  # a short line said again is still a shape of its own
        return sources


def _shorter_than(lens: list[int], n: int) -> list[int]:
    """The indexes of the lengths under n (C code: compress)."""
    return list(compress(range(len(lens)), map(gt, repeat(n), lens)))


def _top_pattern(units: list[Unit], shapes: _LineShapes | None = None, start: int = 0) -> tuple[str, int]:
    """The most repeated line shape among units[start:] and how many lines have it: same first three
    words, same last three, or (only when neither covers half the lines: a loop that changes its
    first and its last word, "Honestly, I have been a fan ... today.") same second-to-fourth or
    fourth-to-last to second-to-last. Shown as its lines' common start ... common end, e.g.
    ("I think we ... there.", 24). `shapes`: the units' _LineShapes, when the caller has them.
    Counting is Counter over those indices (C code); no line is compared with another."""
    units = units[start:]
    # The lines' lengths in words: the shapes read them already, when the caller has those.
    lens = shapes.lens[start:] if shapes is not None else list(map(len, map(UNIT_WORDS, units)))
    n_long = len(lens) - lens.count(0) - lens.count(1) - lens.count(2)
    if n_long < 2:
        return "", n_long
    if shapes is None:
        shapes = _LineShapes(list(map(UNIT_WORDS, units)))
    candidates = [shapes.opening[start:], shapes.closing[start:]]
    best_count, best_k, best_source = 0, 0, None
    for k in range(4):
        if k == 2:
            if best_count * 2 >= n_long:
                break
            candidates += [inner[start:] for inner in shapes.inner()]
        source, n = max(Counter(candidates[k]).items(), key=itemgetter(1))
        if n > best_count:
            best_count, best_k, best_source = n, k, source
    if best_count < 2:
        return "", best_count
    members = list(compress(units, map(best_source.__eq__, candidates[best_k])))
    shape = _common_shape(members)
    if not shape.strip(". "):
        ws0 = members[0].words
        key = (ws0[:3], ws0[-3:], ws0[1:4], ws0[-4:-1])[best_k]
        shape = "... " + " ".join(key) + " ..."
    return shape, best_count


def _common_shape(members: list[Unit]) -> str:
    """'I think we should go there.' + 'I think we can be there.' -> 'I think we ... there.'
    The common start and end are found on the lines' words (case and punctuation ignored) and shown
    as written in the first line. Each distinct line is compared once: a loop says the same few lines again and
    again, and a line said again adds nothing to what the lines share."""
    words = list(dict.fromkeys(map(UNIT_WORDS, members)))
    head = len(commonprefix(words))
    first = members[0]
    n = len(first.words)
    if head == n and all(len(w) == n for w in words):
        return excerpt(first.text.strip())  # the same line, again and again
    tail = min(_common_suffix(words), n - head)
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


def _common_suffix(words: list[tuple[str, ...]]) -> int:
    """How many last words all the lines share: one set of the k-th last words per step (C code),
    not a reversed copy of every line (a loop has a hundred lines and a short common end)."""
    shortest = min(map(len, words))
    k = 0
    while k < shortest and len(set(map(itemgetter(-1 - k), words))) == 1:
        k += 1
    return k


def _top_ngram(words: list[str], sources: list[int] | None = None) -> tuple[str, int]:
    """A most repeated three-word sequence, extended to the right while every occurrence goes on
    with the same word (up to 8 words), and how often it occurs. `sources`: for each position, the
    position where its sequence first occurred (from find_loops). Counter over ints, C code."""
    if sources is None:
        sources = _first_index(list(zip(words, words[1:], words[2:])))
    if not sources:
        return "", 0
    # The most common among the first 400 positions (a loop shows itself early; bounds the cost),
    # then where it occurs over the whole text, its count their number.
    head = sources[:400]
    first, seen = max(Counter(head).items(), key=itemgetter(1))
    at = _positions(sources, first, seen * 3 > len(head))
    n = len(at)
    if n < 2:
        return "", n
    length = 3
    after_each = itemgetter(*at)  # n >= 2 positions: a tuple of the words at them, taken in one C call
    while length < 8 and at[-1] + length < len(words):
        # The word `length` places after every occurrence (the words shifted by `length`, read at the occurrences),
        # compared with the first's: all the same when the first's is counted at each (tuple.count, C code).
        after = after_each(words[length:])
        if after.count(words[first + length]) != n:
            break
        length += 1
    return " ".join(words[first : first + length]), n


def _positions(values: list[int], value: int, dense: bool) -> list[int]:
    """Where `value` occurs in `values`. Unless it is `dense` (a third of them or more, as read on the first
    positions), list.index from one occurrence to the next (C code scanning, a Python step per occurrence: `values`
    are where each sequence first occurred, so its occurrences are one int object, which list.index finds by
    identity); else one comparison per position (map(eq), C code, faster than value.__eq__). Measured on lists of a
    thousand: list.index is faster up to one position in three. Either way the positions are the same, and their
    number is the count: no list.count pass before them."""
    if dense:
        return list(compress(range(len(values)), map(eq, values, repeat(value))))
    at: list[int] = []
    try:
        while True:
            at.append(values.index(value, at[-1] + 1 if at else 0))
    except ValueError:
        return at


def outside_finished_blocks(units: list[Unit], blocks: list[tuple[int, int]]) -> list[Unit]:
    """The units outside the output's finished code blocks and displayed formulas that say their lines again by
    design (text.blocks_by_design; the `units` list itself when there are none). Code says its statements' frames
    and identifiers again (an `if` chain, a test's asserts): random stretches of the Python files of pip-installed
    packages, fenced, read as a loop one time in six; a derivation writes its matrix again at each step, every cell
    "\\frac{1}{3}". A block cut off at the token limit, one that loops within itself, blocks alike said again and
    again, and the prose around them are still read."""
    if not blocks:
        return units
    return [u for u in units if not any(start <= u.start and u.end <= end for start, end in blocks)]


# --- the measures --------------------------------------------------------------------------------


_LOOP_STARTS = "it ends where a loop starts"

threshold(
    "loop_unit_repeat", 0.5,
    """Drift when at least this share of the output's words is in lines/sentences repeating an
    earlier one (same first three words, same last three, or mostly the same three-word
    sequences). Chat answers and prose: 0-0.3 (openers such as "If a name" and endings such as
    "a code block" recur by chance; 0.39 in the most formulaic section of the Python reference;
    course chat outputs 0-0.28). Greedy loops: 0.8-1.0 (course base outputs 0.80-0.87). Half the
    output is the midpoint.""",
)
threshold(
    "loop_tail_lines", 5,
    """Drift when, in the loop region (from the loop's start to the end of the output, where at
    least ``loop_onset_density`` of the words are in repeating lines), one line pattern occurs at
    least this many times: a loop that takes over the end of a long, otherwise good answer. Two or
    three repeats near the token limit are a small chat model's stutter; formulaic prose ("This
    operation can be customized using ...") repeats a pattern three or four times, not five.""",
)
threshold(
    "loop_ngram_repeat", 0.35,
    """Drift when at least this share of three-word sequences occurred earlier in the output.
    Chat answers and prose: under 0.25 (course chat outputs 0.01-0.12, Python reference prose at
    most 0.21); greedy loops 0.4-1.0 (course base outputs 0.43-0.54).""",
)
threshold(
    "loop_min_repeats", 3,
    """A loop needs at least this many repeating lines ("again and again": a line said four
    times, or several lines said twice), so that two or three lines of a short output that
    happen to start alike are not a loop.""",
)
threshold(
    "loop_list_max_items", 10,
    """Lines that open (or end) alike, one after another, none said twice, are a list's items when
    there are at most this many of them ("If
    you're in Bangkok, ... If you're in Tokyo, ..."; "It made me realize that ..." five times with five
    different lessons): an answer's list runs to a handful or ten items. Lines that change a word each
    time past that are a loop running on to the token limit ("I think we should go / stay / mine /
    build there", 24 lines in the course's Mars output).""",
)
threshold(
    "loop_list_item_words", 2,
    """... and when each holds at least this many words that the group's first line does not: an item
    says something of its own ("If you're in Tokyo, eat ramen" beside "If you're in Bangkok, eat pad
    thai": Tokyo, ramen), while a loop's line changes one word of it ("I think we should stay there"
    beside "I think we should go there"). Two, because one changed word is the loop's own variation.""",
)
threshold(
    "loop_near_duplicate", 0.6,
    """A line repeats an earlier one if at least this share of its three-word sequences occurred
    before (catches loops that change the first and last words).""",
)
threshold(
    "loop_onset_density", 0.7,
    """The loop region starts at the earliest loop line from which at least this share of the
    remaining words are in repeating lines (the loop itself then starts at its first repeating
    line, or at the line that one repeats if it is just before). Text before it is the candidate
    reply. 0.7 and not 0.5: formulaic prose reaches half in stretches, loops stay above 0.8.""",
)


def _said_again(loops: LoopFinding) -> str:
    return f", its first {loops.said_once} words said again" if loops.said_once else ""


def _counted_from(loops: LoopFinding) -> str:
    at = loops.tail_counted_from
    return f", counted from character {at}, where the block its copies say was first said" if at is not None else ""


def unit_repeat(r, t) -> Finding:
    loops = r.loops_outside_blocks
    walks = walks_through_the_prompts_list(r.prompt.query, r.text, t.loop_list_item_words) \
        if loops.unit_repeat >= t.loop_unit_repeat else 0

    def describe():
        shape, count = loops.pattern
        listed = loops.listed_units
        return shape, (
            f"loops: {pct(loops.unit_repeat)} of the words are in lines repeating an earlier line "
            f"({loops.repeated_units} lines; threshold {pct(t.loop_unit_repeat)} and {t.loop_min_repeats} lines)"
            + (f"; the line pattern '{shape}' occurs {count} times" if shape else "")
            + (f"; {listed} lines open or end alike but each says something new: a list, not a loop "
               f"(at most {t.loop_list_max_items} items)" if listed else "") + _walking(walks)
        )

    return Finding("loop.unit_repeat", loops.unit_repeat, t.loop_unit_repeat, describe, loops.onset, _LOOP_STARTS,
                   condition_met=loops.repeated_units >= t.loop_min_repeats and not walks)


def _walking(walks: int) -> str:
    return (f"; not a loop: it goes through the prompt's numbered list, {walks} items in turn, each in the same "
            "words" if walks else "")


_SEQUENCES = {False: "three-word sequences", True: "six-character sequences"}


def ngram_repeat(r, t) -> Finding:
    loops = r.loops_outside_blocks
    walks = walks_through_the_prompts_list(r.prompt.query, r.text, t.loop_list_item_words) \
        if loops.ngram_repeat >= t.loop_ngram_repeat else 0

    def describe():
        gram, count = loops.top_ngram
        return gram, (
            f"loops: {pct(loops.ngram_repeat)} of its {_SEQUENCES[loops.in_characters]} occurred earlier "
            f"(threshold {pct(t.loop_ngram_repeat)})" + (f"; '{gram}' occurs {count} times" if gram else "")
            + _walking(walks)
        )

    return Finding("loop.ngram_repeat", loops.ngram_repeat, t.loop_ngram_repeat, describe, loops.onset, _LOOP_STARTS,
                   condition_met=not walks)


_NUMBERED_LINE_RE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]*(\S[^\n:]{0,40}?)[ \t]*(?::[^\n]*)?$", re.MULTILINE)


@lru_cache(maxsize=256)
def _numbered_items(query: str) -> tuple[tuple[str, str], ...]:
    """The prompt's numbered items, (number, item) in order: (("1", "그래서"), ...)."""
    return tuple((number, item.lower()) for number, item in _NUMBERED_LINE_RE.findall(query))


@lru_cache(maxsize=1)  # the two loop measures ask one after the other, of the same output
def walks_through_the_prompts_list(query: str, text: str, own_words: int = 2) -> int:
    """How many of the prompt's numbered items ("1. 그래서", "2. 그러나", ... under "고르고, 이유를 설명하시오") the
    output's numbered lines take in turn, each once and in rising order, under its number and naming the item before
    a colon ("1. 그래서: 이 선택지는 ..."), when there are three or more and each line says `own_words` words no other
    of them says (its own reason; else 0). Going through a list item by item says the same frame for each ("this
    option marks a cause", "this option marks a contrast"): that is no loop. Lines that only change the item's name,
    or the list gone through twice, still loop."""
    listed = dict(_numbered_items(query))
    if len(listed) < 3:
        return 0
    lines = [(m.group(1), m.group(0).lower()) for m in _NUMBERED_LINE_RE.finditer(text)
             if listed.get(m.group(1)) == m.group(2).lower()]
    numbers = [int(number) for number, _ in lines]
    if len(lines) < 3 or numbers != sorted(set(numbers)):
        return 0
    words = [set(WORD_RE.findall(line)) - set(WORD_RE.findall(listed[number])) for number, line in lines]
    seen = Counter(w for own in words for w in own)
    if any(sum(seen[w] == 1 for w in own) < own_words for own in words):
        return 0
    return len(lines)


def tail_lines(r, t) -> Finding:
    loops = r.loops_outside_blocks

    def describe():
        start = excerpt(r.text[loops.onset :], 50) if loops.onset is not None else ""
        return loops.tail_pattern, (
            f"loops at the end: from character {loops.onset} ('{start}', the last {pct(loops.tail_share)} of "
            f"the words{_said_again(loops)}) the line pattern '{loops.tail_pattern}' occurs {loops.tail_count} "
            f"times{_counted_from(loops)} (threshold {t.loop_tail_lines}); {loops.tail_units} lines there repeat an "
            "earlier line"
        )

    return Finding("loop.tail_lines", loops.tail_count, t.loop_tail_lines, describe, loops.onset, _LOOP_STARTS)


# A stretch said again back to back is only looked for in outputs too short for loop.ngram_repeat
# (ten three-word sequences, twelve words): longer ones show their loop there.
BACK_TO_BACK_MAX_WORDS = 12
# A copy holds two words at least: "No, no, no." is emphasis, "no complaint" three times is a loop.
COPY_MIN_WORDS = 2


def find_copies(text: str, min_copies: int) -> tuple[int, int]:
    """(length, copies) of the shortest stretch the text is made of, said at least `min_copies` times
    back to back (the last copy may be cut off), holding COPY_MIN_WORDS words; (0, 0) if none. A copy
    may end with a separator ("no complaint " or "no complaint\n"), which the stripped text's last copy
    lacks: that copy still counts, so the stretch may be one character longer than n / min_copies."""
    lower = text.lower()
    n = len(lower)
    for length in range(2, (n + 1) // min_copies + 1):
        if lower[length:] == lower[:-length]:  # the text is its own copy shifted by `length`
            if len(WORD_RE.findall(lower, 0, length)) < COPY_MIN_WORDS:
                return 0, 0  # its shortest repeating stretch is a word or less ("ha" in "hahaha"): no copy of two words
            copies = n // length
            if n % length == length - 1 and not lower[length - 1].isalnum():
                copies += 1  # a last copy lacking only its separator
            return length, copies
    return 0, 0


threshold(
    "loop_char_run", 8,
    """An output that is one digit said at least this many times, and nothing else ("3333333333" after
    "1, 2, 3"), is a model saying one token again and again. A number written in an answer runs one
    digit this long only as a result: a question whose numbers hold as many digits ("1111111111 times
    3") may have it for its product, and the output is not read as a loop there. Letters are not
    read: a letter said again is a sound ("zzzzzzzzzz", "aaaaaaaa"), not a token stuck.""",
)


def one_digit_run(body: str, prompt: str) -> int:
    """How many times `body` says one digit and nothing else (0 when it does not), unless the prompt's
    numbers hold as many digits: a sum or a product of them may be written so ("3333333333")."""
    if len(body) < 2 or not body.isdecimal() or not body.isascii() or body.count(body[0]) != len(body):
        return 0
    return 0 if sum(map(str.isdigit, prompt)) >= len(body) else len(body)


def back_to_back(r, t) -> Finding:
    body = r.text.strip()
    length, copies = find_copies(body, t.loop_min_repeats) if r.total < BACK_TO_BACK_MAX_WORDS else (0, 0)
    limit = t.loop_min_repeats
    if r.total == 1 and not length and one_digit_run(body, r.prompt.text):
        length, copies, limit = 1, len(body), t.loop_char_run
    lead = len(r.text) - len(r.text.lstrip())

    def describe():
        copy = body[:length]
        return copy, f"loops: the output is '{copy}' said {copies} times back to back (threshold {limit})"

    return Finding("loop.back_to_back", copies, limit, describe, lead + length if length else None, _LOOP_STARTS)


@dataclass(frozen=True)
class WordlessLoop:
    line: str  # the line said again
    repeats: int  # times it comes back after its first


threshold(
    "loop_wordless_copies", 10,
    """An output with no words that ends in one stretch of marks or emoji (up to WORDLESS_STRETCH characters) said
    at least this many times back to back ("🎹🎻🎼🎹🎻🎸" to the token limit) loops: a model stuck on a few tokens,
    whose loop the word and line measures cannot see. A rating ("★★★★★"), some emphasis ("😂😂😂") or a short rule
    ("-----") says fewer; a run of one mark must also be MARK_RUN characters long (a long rule line).""",
)
WORDLESS_STRETCH = 16  # characters: a few emoji, each one or two code points


def find_wordless_run(output: str, min_copies: int) -> WordlessLoop:
    """The stretch the output's end says again and again back to back, and how often it comes back after its first
    (0 when fewer than `min_copies` copies). The shortest such stretch, read on the reversed text: its periodic
    end is where it matches itself shifted by the stretch's length."""
    body = _INVISIBLE_RE.sub("", "".join(output.split()))  # zero-width spaces are blank, as whitespace is
    backwards = body[::-1]
    for length in range(1, WORDLESS_STRETCH + 1):
        same = len(commonprefix((backwards, backwards[length:])))
        copies = (same + length) // length
        if copies >= min_copies:
            # The first length said often enough is the stretch itself, not a multiple of a shorter one ("--" of a
            # rule line): one mark must be a long run.
            if length == 1 and copies < MARK_RUN:
                break
            return WordlessLoop(body[len(body) - length :], copies - 1)
    return WordlessLoop("", 0)


# Zero-width spaces and joiners, blank as whitespace is; and the marks that only dress a pictograph (a variation
# selector, a skin tone): "❤️" is one heart, "👍🏽" one thumb.
_INVISIBLE_RE = re.compile(f"[{ZERO_WIDTH}\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]+")


def find_wordless_loop(output: str) -> WordlessLoop:
    """An output with no words that says one line of marks again and again ("*" on fifty lines): the
    loop measures count words, and there are none. The line said most often, and how often it came back."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if not lines:
        return WordlessLoop("", 0)
    line, count = Counter(lines).most_common(1)[0]
    # Most of the output's lines: a few marks of different kinds ("...", "?") are no loop.
    return WordlessLoop(line, count - 1 if 2 * count > len(lines) else 0)
