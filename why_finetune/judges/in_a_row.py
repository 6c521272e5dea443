"""A few words said again in a row, anywhere in the output (``loop.in_a_row``).

A small model stutters inside a line: "kjent for kjent for kjent for", "I am a cat. I am a cat. I am a
cat.", "*Politics" on fourteen lines. The other loop measures read lines (too short here to count as
loop lines) or a share of the whole output (a short stutter after a long first line stays under it).
This one looks for a stretch of one to four words whose copies follow each other with only spaces,
punctuation or line breaks between them.

Cost: per stretch length, one C-level pass comparing a word in every few with the word that many places
on (``map(eq)`` into bytes: a run of copies long enough holds one of them), then the same around the
few that match, and a ``bytes.find`` for a run of matches long enough for the copies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from itertools import accumulate, compress
from operator import and_, eq

from why_finetune.judges.choices import inline_options, lettered_choices
from why_finetune.judges.finding import Finding
from why_finetune.judges.pieces import asks_for_sentences
from why_finetune.judges.question import PIECE
from why_finetune.judges.text import (
    CJK,
    CODE_BLOCK_RE,
    ITEM_MARK,
    MARK_RUN,
    QUOTATION_MARKS,
    QUOTATION_RE,
    UNIT_WORDS,
    WORD_RE,
    ZERO_WIDTH,
    Unit,
    excerpt,
)
from why_finetune.judges.thresholds import threshold

MAX_STRETCH_WORDS = 4  # a longer stretch said again is a line, which loop.unit_repeat reads

threshold(
    "loop_in_a_row", 3,
    """A stretch of two to four words said at least this many times in a row, with nothing but spaces,
    punctuation or line breaks between the copies ("kjent for kjent for kjent for", "I am a cat. I am a
    cat. I am a cat."), is a loop however short the output: prose says a phrase twice for effect, not
    three times back to back. In the labelled corpus (640 outputs) every output with such a stretch is
    labelled drifting.""",
)
threshold(
    "loop_mark_run", 100,
    """One mark (not a letter or a digit) said this many times in a row ("#" two hundred times to the token
    limit), or with a space before each copy ("> > > ..."), is a token stuck. A reply's rule or underline ("-----", "=====") stays within a line's width,
    about eighty characters. So is one to four letters or digits said again inside one word for this many characters
    ("101010...", a laugh to the token limit): a long number or a name stays under it.""",
)
threshold(
    "loop_few_letters", 40,
    """An output of at least this many letters, all of them one or two letters said over and over, whatever marks
    stand between them ("BBBBABBABBB,BBBBBB,BBBBB,B,BBB", a tune's answer letters to the token limit): a token stuck,
    however its copies vary. Any text in any alphabet or script uses more letters than two in forty; an answer
    letter or a short run of picks ("A, B, A") stays under forty.""",
)
threshold(
    "loop_word_in_a_row", 5,
    """One word said at least this many times in a row ("politics politics politics politics politics")
    is a token stuck. Fewer are emphasis or a sound: "No, no, no.", "ha ha ha ha". A Chinese or Japanese
    character is a word of its own, and said again it is often a word ("谢谢", "慢慢") or a laugh
    ("哈哈哈哈哈"): one character needs ``loop_char_run`` copies.""",
)


def find_in_a_row(words: list[str], needed: int, needed_for_a_word: int, needed_for_a_character: int):
    """Each stretch said again in a row often enough, as (first word, stretch length in words,
    copies), shortest stretches first. Left out: a stretch of digits only (a time, "00:00:00", or a
    matrix, "0 0 0", says its digits in a row), or of words that each hold a digit (a knitting row, "K2,
    P2"; one such word said again, "#FFFFC0 #FFFFC0", is still stuck), and a stretch that is one word said
    again (it is read as that word)."""
    for length in range(1, MAX_STRETCH_WORDS + 1):
        least = needed_for_a_word if length == 1 else needed
        for at, end in _runs(words, length, (least - 1) * length):
            copies = (end - at) // length + 1
            stretch = words[at : at + length]
            if _counts(stretch, copies, needed_for_a_character):
                yield at, length, copies


def _runs(words: list[str], length: int, min_run: int):
    """(start, end) of each run of at least `min_run` positions i, one after another, whose word is said again
    `length` words on (words[i] == words[i + length]), in order, each run whole.

    A run that long holds a position that is a multiple of `min_run`: the words are compared there first (one
    position in `min_run`, C code), and in full only between the multiples on either side of those that match.
    Most text has no such run, and a word seldom comes back so soon: this reads a fraction of the words."""
    n = len(words) - length  # positions that have a word `length` words on
    matches = b"\x01" * min_run
    sampled = bytes(map(eq, words[::min_run], words[length::min_run]))  # sampled[j]: at position j * min_run
    j = sampled.find(1)
    while j != -1:
        j_end = sampled.find(0, j)
        j_end = len(sampled) if j_end == -1 else j_end
        if j_end == j + 1 and not _half_a_run_on(words, length, j * min_run, min_run, n):
            j = sampled.find(1, j_end)  # a word said again `length` words on by chance (often in Chinese or Japanese)
            continue
        # The multiples j - 1 and j_end do not match (or lie outside): no run crosses them.
        lo, hi = max(0, (j - 1) * min_run + 1), min(n, j_end * min_run)
        flags = bytes(map(eq, words[lo:hi], words[lo + length : hi + length]))
        at = flags.find(matches)
        while at != -1:
            end = flags.find(0, at)
            end = len(flags) if end == -1 else end
            yield lo + at, lo + end
            at = flags.find(matches, end)
        j = sampled.find(1, j_end)


def _half_a_run_on(words: list[str], length: int, at: int, min_run: int, n: int) -> bool:
    """Could a run of `min_run` positions or more (of the `n`) hold position `at`? It holds the position half a run
    before `at` or the one half a run after it (if it ends before the one after, it starts at or before the one
    before): two comparisons tell, before the positions around `at` are compared in full."""
    before, after = at - (min_run + 1) // 2, at + min_run // 2
    return (before >= 0 and words[before] == words[before + length]) \
        or (after < n and words[after] == words[after + length])


def _counts(stretch: list[str], copies: int, needed_for_a_character: int) -> bool:
    if all(map(str.isdigit, stretch)) or (len(stretch) > 1 and len(set(stretch)) == 1):
        return False
    if len(stretch) > 1 and all(map(_DIGIT_RE.search, stretch)):
        return False  # a pattern of tokens that hold digits is notation: a knitting row ("K2, P2, K2, P2")
    if len(stretch) == 1 and _CJK_CHARACTER_RE.fullmatch(stretch[0]):
        return copies >= needed_for_a_character
    return True


_CJK_CHARACTER_RE = re.compile(f"[{CJK}]")
# One mark said again past any line a reply draws ("#" two hundred times to the token limit); a rule or an
# underline ("-----", "=====") stays within a line's width.
# Invisible characters (zero-width spaces, joiners) are no marks: a page's padding, not a token said again.
# A space may come between the copies: a tokenizer's " >" token said again writes "> > > >".
_MARK_RUN_RE = re.compile(r"([^\w\s%s])(?: ?\1){%d,}" % (ZERO_WIDTH, MARK_RUN - 1))
_DIGIT_RE = re.compile(r"\d")
# Code, fenced or between backticks: it says its tokens again by design ("x x x x" for a drum's hi-hat, "\d{1,3}"
# four times in a regex for an IPv4 address); so does a displayed formula (Reading.blocks: "\frac{1}{3}" in every
# cell of a matrix).
_CODE_RE = re.compile(CODE_BLOCK_RE.pattern + r"|`[^`\n]+`", re.DOTALL)


def _numbered_items(units: list[Unit], text: str) -> bool:
    """Are the copies' units items of a numbered list ("1. B", "2. B")? Their numbers, left out of the
    words, stand between the copies: the same value in each item, not a stretch said in a row."""
    return len(units) > 1 and all(_DIGIT_RE.search(text, a.end, b.start) for a, b in zip(units, units[1:]))


def _word_at(lower: str, unit: Unit, index: int) -> int:
    """Where the unit's word at `index` (counted from the unit's first) starts in the output."""
    found = list(WORD_RE.finditer(lower, unit.start, unit.end))
    return found[index].start() if index < len(found) else unit.start


def _in_code(r, unit: Unit, index: int) -> bool:
    """Is the unit's word at `index` (counted from the unit's first) inside code or a displayed formula that says
    its lines again by design (Reading.blocks)?"""
    if "`" not in r.text and not r.blocks:
        return False
    at = _word_at(r.lower, unit, index)
    return any(a <= at < b for a, b in r.blocks) or any(m.start() <= at < m.end() for m in _CODE_RE.finditer(r.text))


def _quoted(text: str, first_at: int, last_at: int) -> bool:
    """Are the copies, from the word starting at `first_at` to the one at `last_at`, inside one quotation
    closed after them? Words quoted are what someone says or writes: a chant ("Here we go, here we go, here we
    go!"), a laugh typed ("ha ha ha ha ha"), a string of code ('x x x x x'). A stuck model says its stretch on
    to the token limit, it does not close a quotation after it."""
    # A quotation holds no line break: only one on the line of `first_at`, opening before it, can hold the copies, and
    # none does if they run past that line. Only that line is read (its ends are a line break's or the text's, the same
    # to the regex's look-behind and look-ahead), its quotations in order: the first to open at `first_at` or later ends
    # the search.
    line_end = text.find("\n", first_at)
    line_end = len(text) if line_end == -1 else line_end
    if last_at >= line_end:
        return False
    for m in QUOTATION_RE.finditer(text, text.rfind("\n", 0, first_at) + 1, line_end):
        if m.start() >= first_at:
            return False
        if last_at < m.end():
            return True
    return False


def _by_design(r, units: list[Unit], ends: list[int], at: int, first: int, last: int, stretch=(), copies=0) -> bool:
    """Do the copies, from word `first` to word `last` in units `at` on (`ends`: each unit's end in words), say
    their `stretch` again by design: in a table row, numbered items, code, a formula or a quotation?"""
    if any("|" in unit.text for unit in units) or _numbered_items(units, r.text) \
            or _a_formulas_letters(stretch, copies, units) \
            or _in_code(r, units[0], first - (ends[at - 1] if at else 0)):
        return True
    if not any(q in r.text for q in QUOTATION_MARKS):
        return False
    at_last = at + len(units) - 1
    return _quoted(r.text, _word_at(r.lower, units[0], first - (ends[at - 1] if at else 0)),
                   _word_at(r.lower, units[-1], last - (ends[at_last - 1] if at_last else 0)))


# The marks a formula writes between its letters: "C(n, k) = n! / [k!(n-k)!]".
_FORMULA_MARKS_RE = re.compile(r"[=+*/^!\u00d7\u00f7\u2212]")


def _a_formulas_letters(stretch, copies: int, units: list[Unit]) -> bool:
    """Is the stretch said again letters of a formula: each word one Latin letter, two of them at least, said at most
    FORMULA_COPIES times, in lines that hold a formula's marks ("n k" three times in "C(n, k) = n! / [k!(n-k)!]";
    markdown's "**" is no mark)? Its variables, not a loop; a factor written out a dozen times is one."""
    return len(set(stretch)) >= 2 and copies <= FORMULA_COPIES and all(_LETTER_RE.fullmatch(w) for w in stretch) \
        and any(_FORMULA_MARKS_RE.search(unit.text.replace("**", "")) for unit in units)


FORMULA_COPIES = 4  # "(a+b)(a+b)(a+b)", "C(n, k) = n! / [k!(n-k)!]": a formula says a letter a few times
_LETTER_RE = re.compile("[a-z]")


def _first_said_again(units: list[Unit]) -> Unit:
    seen = set()
    for unit in units:
        if unit.words in seen:
            return unit
        seen.add(unit.words)
    return units[0]


def in_a_row(r, t) -> Finding | None:
    # A song or a poem repeats words for effect ("la la la la la", "run, run, run away"); a sentence does not. A mark
    # said a hundred times is no verse of either.
    verse = r.plain and r.question.kind == PIECE and not asks_for_sentences(r.prompt.query)
    found = (0, 0, 0)
    onset = None
    ends = None
    for first, length, copies in () if verse else find_in_a_row(r.words, t.loop_in_a_row, t.loop_word_in_a_row,
                                                                  t.loop_char_run):
        # The units (lines or sentences) the copies are in: a table row ("| Yes | Yes | Yes |") says a cell again by
        # design, numbered items ("1. B", "2. B") each give their value, code says its tokens again, words quoted are
        # what someone says (see _by_design). Otherwise the reply part ends before the first line said again whole
        # ("*Politics" once may be the answer, the same line after it is the loop), or before the first copy's line
        # when the copies share lines: a line that stutters is no reply.
        ends = ends or list(accumulate(map(len, map(UNIT_WORDS, r.units))))
        at = bisect_right(ends, first)
        units = r.units[at : bisect_right(ends, first + length * copies - 1) + 1]
        if _by_design(r, units, ends, at, first, first + length * copies - 1, r.words[first : first + length], copies):
            continue
        found, onset = (first, length, copies), _first_said_again(units).start
        break
    first, length, copies = found
    limit = t.loop_word_in_a_row if length == 1 else t.loop_in_a_row
    if not length and (stuck := _a_token_stuck(r, t)):
        return stuck
    if verse:
        return None
    if not copies and (line := _a_line_in_a_row(r, t)) is not None:
        return line  # no stretch of a few words said in a row: a whole line, maybe

    def describe():
        stretch = " ".join(r.words[first : first + length])
        return stretch, f"loops: '{excerpt(stretch, 60)}' is said {copies} times in a row (threshold {limit})"

    return Finding("loop.in_a_row", copies, limit, describe, onset, "it ends where a loop starts")


LINE_MIN_WORDS = MAX_STRETCH_WORDS + 1  # a line, longer than the stretches above
# A song asked for, whatever the words for it: its chorus said again is the song.
_ASKS_FOR_A_SONG_RE = re.compile(
    r"\b(?:songs?|lyrics|chorus|refrain|chant|anthem|carol|jingle|lullaby|canci[oó]n|canzone|chanson|lied|canç[aã]o"
    r"|песн\w*|пісн\w*)\b|歌|노래", re.IGNORECASE)
# An item of a list, each the same value: "- This sentence is grammatically correct." for three sentences checked.
_ITEM_RE = re.compile(rf"[ \t]*{ITEM_MARK}[ \t]")


def _a_line_in_a_row(r, t) -> Finding | None:
    """A line of LINE_MIN_WORDS words or more said ``loop_in_a_row`` times back to back, word for word ("Nel mio cuore
    è un vuoto che non si sa," three times in a sonnet): a loop however short the output, as a stretch of a few words
    is. Not in a song asked for, a table's rows, a list's items, code or a quotation (see _by_design)."""
    needed = t.loop_in_a_row
    if len(r.units) - len(r.said_first) < needed - 1:
        return None  # fewer lines say again what an earlier one said than a run needs
    units = list(compress(r.units, map(LINE_MIN_WORDS.__le__, map(len, map(UNIT_WORDS, r.units)))))
    # Runs of lines saying the same words found in C code (each line against the next), the rest read only there.
    words = [u.words for u in units]
    same, run_of = bytes(map(eq, words, words[1:])), b"\x01" * (needed - 1)
    at = same.find(run_of)
    if at < 0 or _ASKS_FOR_A_SONG_RE.search(r.prompt.query):
        return None  # (a song's chorus is sung again and again)
    ends = list(accumulate(map(len, map(UNIT_WORDS, r.units))))
    while at >= 0:
        run = units[at : at + needed]
        at = same.find(run_of, at + 1)
        if any(r.text[a.end : b.start].strip(" \t\n.,;:!?") for a, b in zip(run, run[1:])) \
                or all(_ITEM_RE.match(r.text, u.start) for u in run):
            continue
        k = r.units.index(run[0])
        if _by_design(r, run, ends, k, ends[k - 1] if k else 0, ends[k + needed - 1] - 1):
            continue
        # The reply's own first line said again and again leaves the reply standing (loops.said_once): it ends nothing.
        first = next((u for u in r.units if u.words), None)
        return _line_found(excerpt(run[0].text.strip(), 60), needed, None if run[0] is first else run[1].start)
    return None


def _line_found(shown: str, copies: int, onset: int | None) -> Finding:
    return Finding("loop.in_a_row", copies, copies,
                   lambda: (shown, f"loops: the line '{shown}' is said {copies} times in a row (threshold {copies})"),
                   onset, "it ends where a loop starts")


def _a_token_stuck(r, t) -> Finding | None:
    """One mark said a hundred times, a few letters said again inside one word for a hundred characters, or an output
    whose letters are only one or two."""
    marks = _stuck_mark(r.text, t)
    return _mark_run(marks, t) if marks else _stuck_in_a_word(r.words, r.lower, t) \
        or _two_letters_at_most(r.text, r.prompt, t)


def _named(prompt: str, letter: str) -> bool:
    """Does the prompt name the letter, a word of its own there as written (or its capital, for a lowercase letter:
    "only A and T" for "attatt...")?"""
    return any(re.search(rf"(?<![^\W\d_]){c}(?![^\W\d_])", prompt) for c in {letter, letter.upper()})


def _two_letters_at_most(text: str, prompt, t) -> Finding | None:
    """The output's letters, ``loop_few_letters`` of them or more, are one or two letters said over and over; not
    letters the prompt names for the output to be written in, each a word of its own there ("A/B" for a Bacon cipher,
    "only A and T" for a DNA sequence, "the letter A fifty times"). A question's option letters are its answers'
    letters, one of which is a pick: forty of them loop."""
    if len(text) < t.loop_few_letters or len(set(text[:100])) > 12:
        return None  # (cheap test first: such an output's start holds a few characters, letters, marks and spaces)
    lower = text.lower()
    letters = [c for c in lower if c.isalpha()]
    kinds = sorted(set(letters))
    if len(letters) < t.loop_few_letters or len(kinds) > 2:
        return None
    written = {c for c in text if c.isalpha()}
    options = {*lettered_choices(prompt.query), *inline_options(prompt.query)}  # the question's letters, lower case
    if all(map(partial(_named, prompt.raw), written)) and not set(kinds) <= options:
        return None
    named = "', '".join(kinds)

    def describe():
        return lower.strip()[:40], (f"loops: its {len(letters)} letters are only '{named}' said over and over "
                                    f"(threshold {t.loop_few_letters} letters)")

    onset = next(i for i, c in enumerate(lower) if c.isalpha())
    return Finding("loop.in_a_row", len(letters), t.loop_few_letters, describe, onset, "it ends where a loop starts")


def _stuck_mark(text: str, t) -> re.Match | None:
    """One mark said MARK_RUN times or more in a row that is no rule drawn across its line (see _a_rule), or None."""
    if not _may_run(text):
        return None
    return next((m for m in _MARK_RUN_RE.finditer(text) if not _a_rule(text, m, t.loop_mark_run)), None)


def _may_run(text: str) -> bool:
    """Could the text hold one character MARK_RUN times in a row? Such a run holds a position m, a multiple of
    half its length (or one past it), with the characters a quarter and a half of its length on the same as at m: those are
    compared first (a character in fifty, C code), and the regex reads the text only if some are. Most text has
    none: this costs less than the regex, which tries each character. Copies with a space between them are
    compared so too, an even number of places on; only a mark that matches counts."""
    half, quarter = MARK_RUN // 2, MARK_RUN // 4
    even = quarter - quarter % 2
    # A mark with a space between its copies stands at every other position: both are read.
    for phase, offsets in ((0, (quarter, even)), (1, (even,))):
        at, further = text[phase::half], text[phase + half :: half]
        # The characters the same half a run on first, once for both offsets: with no mark among them, none is a mark
        # the same there and a quarter on too.
        if not _MARK_CHAR_RE.search("".join(compress(at, map(eq, at, further)))):
            continue
        for offset in offsets:
            # The few characters that match, read further only if one is a mark: spaces and letters match by chance.
            same = compress(at, map(and_, map(eq, at, text[phase + offset :: half]), map(eq, at, further)))
            if _MARK_CHAR_RE.search("".join(same)):
                return True
    return False


# A mark: a character neither a letter or a digit (str.isalnum: \w less "_") nor a space (str.isspace: \s).
_MARK_CHAR_RE = re.compile(r"[^\w\s]|_")


def _a_rule(text: str, marks: re.Match, limit: int) -> bool:
    """Is the run a rule drawn across its line, the reply going on under it? It fills its line alone, or
    after a comment's mark ("# ====..." in a config file), and words follow on later lines: a separator a
    little wider than a screen (shorter than two hundred marks), not a token stuck, which runs on to the
    token limit."""
    if marks.group(0).count(marks.group(1)) >= 2 * limit:
        return False
    line_start = text.rfind("\n", 0, marks.start()) + 1
    line_end = text.find("\n", marks.end())
    if line_end == -1 or len(text[line_start : marks.start()].strip()) > 3 or text[marks.end() : line_end].strip():
        return False
    return _WORD_CHAR_RE.search(text, line_end) is not None


_WORD_CHAR_RE = re.compile(r"[^\W_]")


# A run of one to four letters or digits said again and again inside one word.
_SAID_AGAIN_IN_A_WORD_RE = re.compile(r"([^\W_]{1,4}?)\1+")


def _stuck_in_a_word(words: list[str], lower: str, t) -> Finding | None:
    """A few letters or digits said again inside one word for ``loop_mark_run`` characters or more ("1010...", a laugh
    to the token limit): a token stuck with no space between its copies, which no word-by-word reading sees. A long
    number, a bit pattern or a name stays under that length, or is no short run said again."""
    # Cheap test first: in such a run the characters twelve apart are the same (a run of one to four letters repeats
    # every twelve), so most samples twelve apart across it match; in most text they do not, and the words are not
    # read.
    if bytes(map(eq, lower[::12], lower[12::12])).find(b"\x01" * max(1, t.loop_mark_run // 12 - 2)) < 0:
        return None
    if not words or max(map(len, words)) < t.loop_mark_run:
        return None
    for word in (w for w in words if len(w) >= t.loop_mark_run):
        run = next((m for m in _SAID_AGAIN_IN_A_WORD_RE.finditer(word) if m.end() - m.start() >= t.loop_mark_run), None)
        if run is None or (run.group(1).isdecimal() and not _to_the_end(lower, word, run)):
            continue  # (digits: a number written out, a googol's zeros, ends; a stuck token runs to the token limit)
        unit, chars = run.group(1), run.end() - run.start()

        def describe(unit=unit, chars=chars):
            return unit * 5, (f"loops: '{unit}' is said {chars // len(unit)} times in a row inside one word ({chars} "
                              f"characters; threshold {t.loop_mark_run})")

        onset = max(0, lower.find(word)) + run.start()
        return Finding("loop.in_a_row", chars, t.loop_mark_run, describe, onset, "it ends where a loop starts")
    return None


def _to_the_end(lower: str, word: str, run: re.Match) -> bool:
    """Does the run of digits go on to the output's end, its last word, with no full stop after it? A number asked for
    ends and the reply goes on or closes its sentence; a token stuck runs to the token limit."""
    return lower.rstrip().endswith(word[run.start():]) and run.end() == len(word)


def _mark_run(marks: re.Match, t) -> Finding:
    """One mark said again a hundred times or more: a token stuck, whatever words came before it."""
    copies = marks.group(0).count(marks.group(1))

    def describe():
        return marks.group(1) * 10, f"loops: '{marks.group(1)}' is said {copies} times in a row (threshold {t.loop_mark_run})"

    return Finding("loop.in_a_row", copies, t.loop_mark_run, describe, marks.start(), "it ends where a loop starts")
