"""A block of lines said again word for word (``loop.block_again``), and the output begun again (``loop.begun_again``).

A base model that has written a few steps writes them again under a new heading ("### How to test this:", then
"Analyze the headline." ... "Analyze the action items." as before): three lines or more, one after another,
come back in the same order, each word for word. Each line is said only twice, so the loop measures, which count
lines that repeat, see a fifth of the output repeated and nothing dense; the repeat is a block. An answer does not
say three of its own sentences again in a row. Code is left out: a fixed version of a function says most of its
lines again; so is a piece asked for (a song's chorus, a poem's refrain), a plan asked for (a day's items on another
day), and the answer's points under a recap's heading ("To recap:").

A model that has answered may write a line announcing the answer, or a chat turn's role word, and begin the same
answer again ("... the king of Cochim.assistant\n\nIf one were to assume that the ragiadoor ...", "Hier ist eine
zusammengefasste Übersetzung des Artikels in deutscher Sprache: Die Dinosaurier (Dinosauria) sind ..."): the
output's opening, its first ``begun_again_words`` words, comes back word for word right after a colon or the word
"assistant". Cut off at the token limit, the second copy may be too short to be a block, and a translation or a
summary said again is one long paragraph, not lines. An answer does not begin itself again after announcing it.
After a colon the copy goes past the output's first sentence, or stops mid-sentence where the output ends, or the
opening comes a third time: one sentence said again whole is a recap or a label's value ("In conclusion: ...",
"Corrected sentence: ..."). A recap's heading, a piece's refrain, a plan's day and code are left alone, as above.

Cost: one pass over the units: each line's words hashed once, each run of lines as a tuple of ints; for the
opening, substring tests for a colon or "assistant", a look for its first word among the words (list.index), and only
then a match at the output's start and after each colon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count, repeat
from operator import ge, sub

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import PIECE
from why_finetune.judges.text import CODE_BLOCK_RE, UNIT_WORDS, WORD_RE, excerpt, has
from why_finetune.judges.thresholds import threshold

threshold(
    "block_again_lines", 3,
    """A run of this many lines or more (each of three words or more, outside code), said again in the same order,
    each word for word, is a block said again. Two is a pair a reply may well say twice (a greeting and its
    sign-off); three in a row again is the text going round.""",
)


threshold(
    "begun_again_words", 8,
    """The output's opening, this many words (and at least ``BEGUN_AGAIN_CHARS`` characters: in Chinese or Japanese
    a character is a word), said again word for word right after a colon or a chat role word, is the answer begun
    again. Eight: a sentence's worth, more than a phrase a reply may well say twice ("The answer is").""",
)
BEGUN_AGAIN_CHARS = 30
_SENTENCE_CLOSES = (".", "!", "?", "\"", "\u201d", "\u3002", "\uff01", "\uff1f", "\u300d")  # a sentence ended, not cut
BEGUN_AGAIN_LOOP = 3  # the opening said three times or more: a loop, however short each copy
# What the second copy follows: a colon (a line announcing it, "Here is the translation:") or a chat turn's role
# word left in the text when its special tokens were stripped ("...Cochim.assistant\n\n"). Not code's colon, after
# brackets or a comment's mark ("def check(response):", "# Example:"): code's lines open alike by design.
_ANNOUNCES_RE = re.compile(r"(?:[:\uff1a]|\bassistant)[\W_]*")
_CODE_MARKS_RE = re.compile(r"[()\[\]{}=#;<>]")
_WORD_RE = re.compile(r"\w")


def find_begun_again(r, words: int) -> tuple[int, str] | None:
    """(where the output's opening is said again, the copy's first line) when its first `words` words come back word
    for word right after a colon or "assistant", else None."""
    lower = r.lower
    if ":" not in lower and "\uff1a" not in lower and "assistant" not in lower:
        return None  # (substring tests, C code: most outputs stop here)
    opening = r.words[:words]
    if len(opening) < words or not _said_again(r.words, opening):
        return None
    # (Chinese or Japanese write no mark between their words, a character each.)
    pattern = re.compile(r"(?<!\w)" + r"[\W_]*".join(map(re.escape, opening)))
    # The opening opens the output: after a label ("Customer: I didn't get the blanket"), its copies after the same
    # label are the format's lines going round, not an answer begun again.
    start = _WORD_RE.search(lower)
    first = pattern.match(lower, start.start()) if start else None
    if first is None or first.end() - first.start() < BEGUN_AGAIN_CHARS:
        return None
    for mark in _ANNOUNCES_RE.finditer(lower, first.end()):
        if pattern.match(lower, mark.end()) and not _CODE_MARKS_RE.search(lower, max(0, mark.end() - 40), mark.end()) \
                and (mark.group().lstrip().startswith("assistant") or _goes_on_as_the_output(r, mark.end())
                     or len(pattern.findall(lower)) >= BEGUN_AGAIN_LOOP):
            line_end = r.text.find("\n", mark.end())
            return mark.end(), r.text[mark.end() : line_end if line_end >= 0 else len(r.text)]
    return None


def _goes_on_as_the_output(r, at: int) -> bool:
    """Does the copy from `at` go on word for word past the output's first sentence, or stop mid-sentence where the
    output ends (cut at the token limit)? After a colon, a first sentence said again whole and no more (and not a
    third time) is a recap or a label's value ("In conclusion: ...", "Corrected sentence: ...", "Answer: ..."), not
    the answer begun again."""
    first = next((u for u in r.units if u.words), None)
    if first is None:
        return False
    said, end = 0, at
    for word, copy in zip(r.words, WORD_RE.finditer(r.lower, at)):
        if copy.group() != word:
            break
        said, end = said + 1, copy.end()
    cut = _WORD_RE.search(r.lower, end) is None and not r.lower.rstrip().endswith(_SENTENCE_CLOSES)
    return said > len(first.words) or (said < len(first.words) and cut)


def _said_again(words: list[str], opening: list[str]) -> bool:
    """Do the opening's words come again, in a row, after it? (Read on the words first: a regular expression is
    compiled only for the few outputs where they do.)"""
    n, first = len(opening), opening[0]
    at = n - 1
    try:
        while True:
            at = words.index(first, at + 1)
            if words[at : at + n] == opening:
                return True
    except ValueError:
        return False


def find_block_again(units, text: str, lines: int, first_line: list[int]) -> tuple[int, str] | None:
    """(where the block's second copy starts, its first line) for the first run of `lines` units said again after
    the run ends, else None. `first_line`: each unit's first unit of the same words (the loops' reading has it)."""
    if has(text, "```"):
        code = [m.span() for m in CODE_BLOCK_RE.finditer(text)]
        keep = [len(u.words) >= 3 and not any(a <= u.start < b for a, b in code) for u in units]
    else:
        keep = list(map(ge, map(len, map(UNIT_WORDS, units)), repeat(3)))
    kept = list(compress(units, keep))
    if len(kept) < 2 * lines:
        return None
    # Each line as the index where its words first occurred (read once for the loops, not hashed again here), each
    # run of lines as a tuple of those ints, each run as the index where it first occurred (C code: dict.setdefault).
    ids = list(compress(first_line, keep))
    runs: dict[tuple, int] = {}
    firsts = map(runs.setdefault, zip(*(ids[k:] for k in range(lines))), count())
    # The first run said again after its first copy ends (not overlapping it): at least `lines` after it.
    again = next(compress(count(), map(ge, map(sub, count(), firsts), repeat(lines))), None)
    return (kept[again].start, kept[again].text) if again is not None else None


# A plan or a schedule asked for says a day's items again on another day ("Friday: the same as Monday" written out),
# in any of the languages the judges read.
_ASKS_FOR_A_PLAN_RE = re.compile(
    r"\b(?:plan|plans|schedule|routine|timetable|programme|program|itinerary|weekly|workout|training|menu)\b"
    r"|\bplanning\b|\bplanes?\b|\bprogramma\b|\bwochenplan|\bhorario|\u8a08\u753b|\u30d7\u30e9\u30f3|\u8ba1\u5212|\u8ba1\u753b|\uacc4\ud68d",
    re.IGNORECASE,
)
# A recap says the answer's points again under its heading ("To recap:", "In summary:", "TL;DR").
_RECAP_RE = re.compile(r"\b(?:recap|summary|to sum up|in short|tl;?dr|again)\b|\u307e\u3068\u3081|\u603b\u7ed3")


@lru_cache(maxsize=256)
def _asks_for_a_plan(query: str) -> bool:
    """Does the request ask for a plan or a schedule, whose days may say their lines again? (Once per prompt.)"""
    return _ASKS_FOR_A_PLAN_RE.search(query) is not None


def _says_its_lines_again(r) -> bool:
    """A song's chorus or a poem's refrain comes back word for word: a piece asked for may say its lines again, a song
    however the request names it ("I need lyrics for ..."); so may a plan (a day's items on another day)."""
    return r.plain and (r.question.kind == PIECE or r.question.in_lines or _asks_for_a_plan(r.prompt.query)
                        or _ASKS_FOR_LYRICS_RE.search(r.prompt.query) is not None)


# A song asked for however the request puts it: its lyrics, chorus or refrain named, a lullaby, or "a song" ("Compose a
# song in the style of ...", "our band's new song", "the words for a lullaby"); not any mention of the word ("the Song
# dynasty", the German "lied", a name: "Carol").
_ASKS_FOR_LYRICS_RE = re.compile(
    r"\b(?:lyrics|chorus|refrain|lullab(?:y|ies)|anthems?|jingles?)\b"
    r"|\b(?:a|an|new|my|our|your) (?:[\w'-]+ ){0,2}?songs?\b"
    r"|\b(?:una|nueva) canci[oó]n\b|\buna canzone\b|\bune chanson\b|\bпесн\w*|\bпісн\w*|노래|歌曲|歌词|歌詞",
    re.IGNORECASE)


def _under_a_recap(r, at: int) -> bool:
    """Is the text at `at` under a recap's heading ("To recap:", "In summary:"), on its line or the one before?"""
    return _RECAP_RE.search(r.lower, max(0, r.lower.rfind("\n", 0, max(0, at - 1)) - 80), at) is not None


def begun_again(r, t) -> Finding:
    found = find_begun_again(r, t.begun_again_words) if r.units and "```" not in r.text else None
    if found is not None and _says_its_lines_again(r):
        found = None  # a piece's refrain or a plan's day
    if found is not None and _under_a_recap(r, found[0]):
        found = None  # the answer's opening said again under a recap's heading

    def describe():
        shown = excerpt(found[1], 60) if found else ""
        return shown, (f"loops: the output's opening ({t.begun_again_words} words) is said again word for word after "
                       f"a colon or a role word, from '{shown}'" if found else
                       "loops: the output's opening is not said again after a colon or a role word")

    return Finding("loop.begun_again", float(found is not None), 1.0, describe, found[0] if found else None,
                   "it ends where the output begins again")


def block_again(r, t) -> Finding:
    found = find_block_again(r.units, r.text, t.block_again_lines, r.loops.first_line) if r.units and not _says_its_lines_again(r) else None
    if found is not None and _under_a_recap(r, found[0]):
        found = None  # the answer's points said again under a recap's heading

    def describe():
        shown = excerpt(found[1], 60) if found else ""
        return shown, (f"loops: a block of {t.block_again_lines} lines or more is said again word for word, "
                       f"from '{shown}'" if found else
                       f"loops: no block of {t.block_again_lines} lines is said again word for word")

    return Finding("loop.block_again", float(found is not None), 1.0, describe, found[0] if found else None,
                   "it ends where a block of lines is said again")
