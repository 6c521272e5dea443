"""Lettered choices: a multiple-choice question listing its options on lines of their own under letters.

"Options:\\nA: Disclose the error to the patient ...\\nB: Tell the attending ...\\nC: ...\\nD: ..." (MedQA, MMLU and
their kin; "A.", "A)", "(A)" too). The letters name options, they are no fields of a format to fill, so a reply's
"B: Cholesterol embolization" is a pick, not a new example of the prompt's format, and not an echo though every
word of it is the prompt's. A reply that goes on saying the options back after its pick ("B: Ketotifen eye
drops\\nC: Warm compresses\\nD:") continues the prompt's list: drift (`prompt.choices_again`). A line that says an
option and then more about it ("A: Erythromycin ointment is typically used for bacterial conjunctivitis ...") is
the reply's discussion of that option, not the option said back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import islice
from types import MappingProxyType

from why_finetune.judges.finding import Finding
from why_finetune.judges.options import opens_with_an_option
from why_finetune.judges.text import excerpt, less_the_fields, normalise_apostrophes, units_between
from why_finetune.judges.thresholds import threshold

# An option's line: its letter, a colon, a full stop or a bracket, and its text ("A: ...", "b. ...", "(C) ...").
_CHOICE_RE = re.compile(r"^[ \t]*\(?([a-j])[:.)]\)?[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)
# ... and in a reply, the same with its text cut short or left out ("D:", "A: Inhibition of prote"), after a bullet;
# or the letter alone on its line ("A"), the pick said as the options name it.
_SAID_RE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?\(?([a-j])(?:[:.)]\)?|(?=[ \t.]*\Z))[ \t]*([^\n]*?)[ \t.]*\Z")

threshold(
    "choices_again", 2,
    """Drift when at least this many of the output's lines are the prompt's lettered options said back, each its
    letter and its text (or the start of it, cut at the token limit, or the letter alone): a pick and then the
    list again. One is the pick.""",
)


@lru_cache(maxsize=256)
def lettered_choices(query: str) -> Mapping[str, str]:
    """The prompt's lettered options, {letter: text} in lower case (read-only: it is cached), when two lines or more
    in a row list them under "a", "b", ... in order, once; else {}. A few-shot prompt lists them once an example,
    other text between the lists ("Answer:\n(B) Anger\n\nContext: ..."): the last list is the open question's."""
    lower = normalise_apostrophes(query.lower())
    best: dict[str, str] = {}
    run: dict[str, str] = {}
    last_end = -1
    starts = 0  # lists opening at "a": letters that take turns open again and again
    apart = True  # every list opening at "a" has other text before it, after the list above
    for m in _CHOICE_RE.finditer(lower):
        letter = m.group(1)
        follows = run and lower.count("\n", last_end, m.start()) <= 1 and ord(letter) == ord(max(run)) + 1
        if letter == "a":
            starts += 1
            apart = apart and (last_end < 0 or _OTHER_LINE_RE.search(lower, last_end, m.start()) is not None)
            run = {"a": m.group(2)}
        elif follows:
            run[letter] = m.group(2)
        else:
            run = {}
        last_end = m.end()
        if len(run) > len(best) or (starts > 1 and apart and letter != "a" and len(run) >= 2):
            best = dict(run)  # (in a few-shot prompt, the latest list)
    # Letters that take turns ("A: Hi\nB: Hello\nA: How are you?") are speakers, not options.
    return MappingProxyType(best if len(best) >= 2 and (starts == 1 or apart) else {})


# A line of other text between two lists of options (an example's answer, its next context).
_OTHER_LINE_RE = re.compile(r"\n[ \t]*\S[^\n]*\n")


def said_back(choices: Mapping[str, str], line: str) -> str:
    """The letter of the option a reply's line (lower case) says back, its text whole or cut short or left out
    ("B: Cholesterol embolization", "D:"); "" when the line is no such option, or says more about it."""
    m = _SAID_RE.match(line)
    if m is None or m.group(1) not in choices:
        return ""
    text, option = m.group(2).rstrip(" .;,"), choices[m.group(1)].rstrip(" .;,")
    return m.group(1) if option.startswith(text) else ""


def choice_lines(r) -> list[tuple[str, int]]:
    """(letter, where its line starts) for the output's first line that says one of the prompt's options back and
    the lines saying one back right after it, with only blank lines between (a letter may come twice): the pick,
    then the list again. Options said back after other text are the reply's discussion of them ("A) ...\nB) ...
    \nD) ...", then "these three are not in the passage")."""
    choices = lettered_choices(r.prompt.query)
    found: list[tuple[str, int]] = []
    if not choices:
        return found
    at = 0
    for line in r.lower.split("\n"):
        letter = said_back(choices, line)
        if letter:
            found.append((letter, at))
        elif found and line.strip():
            break  # other text after the run: the run is over
        at += len(line) + 1
    return found


def opens_with_a_pick(r, start: int, end: int) -> bool:
    """Does the text between `start` and `end` open, on its first line, with one of the prompt's lettered options
    said back (the reply's pick)? The line is read from its start: a reply part may begin after its letter ("A:"
    read as an answer's label)."""
    choices = lettered_choices(r.prompt.query)
    if not choices:
        return False
    start += len(r.lower[start:end]) - len(r.lower[start:end].lstrip())
    line_start = r.lower.rfind("\n", 0, start) + 1
    line = r.lower[line_start:end].split("\n", 1)[0]
    lead = _LEAD_IN_RE.match(line)  # "Correct answer - B) ...", "Javob: A) ..."
    return bool(said_back(choices, line) or (lead and said_back(choices, line[lead.end() :])))


def states_an_option(r, start: int, end: int) -> bool:
    """Is the text between `start` and `end` one sentence opening with one of the options its question offers around
    "or", as its subject ("The light-induced reaction has a higher activation energy.")? The question's words with
    the pick: an answer, though a passage the prompt holds may say those words too. One sentence, a unit: a long one
    is cut into several, and more than a sentence may be the passage said back."""
    if len(r.question.options) < 2:
        return False
    units = list(islice((u for u in units_between(r.units, start, end) if u.words), 2))  # (a loop's hundred lines unread)
    return len(units) == 1 and opens_with_an_option(r.question.options, r.lower[units[0].start : units[0].end])


# A lead-in of three words at most before the pick, closed by a dash or a colon ("Correct answer - ", "Javob: ").
_LEAD_IN_RE = re.compile(r"[ \t]*[^\W\d_][\w']*(?:[ \t]+[\w']+){0,2}[ \t]*[-\u2013\u2014:][ \t]*")


def choices_again(r, t) -> Finding | None:
    if not r.plain:
        return None
    lines = choice_lines(r)
    letters = [letter for letter, _ in lines]
    # The first is the pick, the reply: the list goes on from the second.
    onset = lines[1][1] if len(lines) >= t.choices_again else None

    def describe():
        shown = excerpt(r.text, 60)
        return shown, (f"says the prompt's options back: {len(letters)} line(s) are its lettered options "
                       f"({', '.join(letter.upper() for letter in letters[:6])}; threshold {t.choices_again}): "
                       f"'{shown}'")

    return Finding("prompt.choices_again", len(letters), t.choices_again, describe, onset,
                   "it ends where the prompt's options come back")


# Options listed inline after a colon, separated by "、" or commas ("类别包括：婚姻家庭、劳动纠纷、交通事故、..."), in a
# sentence of their own (to its full stop): each short, three of them at least.
_SENTENCE_RE = re.compile(r"[^。！？.!?\n]+")
_INLINE_SEP_RE = re.compile(r"[、，,]")
LISTED_MIN = 3
LISTED_ITEM_CHARS = 24
# What a pick may wear: the format's brackets and end token ("[类别]...<eoa>"), a label before it ("类别："), a stop.
_PICK_DRESS_RE = re.compile(r"<[^<>\n]{1,12}>|\[[^\[\]\n]{1,12}\]|^[^\W\d_][^:\uff1a\n]{0,10}[:\uff1a]|[\s。.!！]+")


@lru_cache(maxsize=256)
def listed_items(query: str) -> frozenset[str]:
    """The short options the prompt lists inline after a colon, lower case, without spaces."""
    items: set[str] = set()
    for sentence in _SENTENCE_RE.findall(query.lower()):
        _, colon, listed = max(sentence.rpartition(":"), sentence.rpartition("\uff1a"), key=lambda p: len(p[0]))
        parts = [p.strip() for p in _INLINE_SEP_RE.split(listed)] if colon else []
        if len(parts) >= LISTED_MIN and all(0 < len(p) <= LISTED_ITEM_CHARS for p in parts):
            items.update(p.replace(" ", "") for p in parts)
    return frozenset(items)


# A request to pick: which one, choose, classify, a category ("哪", "属于", "类别", "选出", "判断", "どれ", "분류").
_ASKS_TO_PICK_RE = re.compile(
    r"\b(?:which|choose|select|pick|classify|categori[sz]e|category|categories|label|odd one out)\b"
    r"|哪|属于|类别|类型|分类|选择|选出|判断|どれ|どの|分類|選|어느|분류|고르", re.IGNORECASE)
# An option lettered inline, upper case as options are, each way of lettering read on its own, with the fewest options
# that make it a list: after a stop or at a line's start, a colon ("...。A:被告称...。B:原告..."), three at least, the
# prompt's only such run; in brackets ("(A) The team hated Ned. (B) Ned's skills improved ..."), two; after a space, a
# stop or a bracket ("Options:  A. not enough information  B. He stayed ..."), three, as a sentence may end on a
# capital ("vitamin A. Then ..."). For these two the last run from "A" is the list: letters a definition names before
# it ("one of the end sentence choices from (A) and (B)") are not.
_INLINE_OPTION_RES = (  # (the lettering, the fewest options, whether the last run from "A" is read)
    (re.compile(r"(?:^|(?<=[。.!?！？\s]))([A-J])[:\uff1a]", re.MULTILINE), LISTED_MIN, False),
    (re.compile(r"(?:^|(?<=\s))\(([A-J])\)(?=\s)", re.MULTILINE), 2, True),
    (re.compile(r"(?:^|(?<=\s))([A-J])[.)](?=[ \t])", re.MULTILINE), LISTED_MIN, True),
)


@lru_cache(maxsize=256)
def inline_options(query: str) -> Mapping[str, str]:
    """The prompt's options lettered inline, {letter: text} in lower case, when "A", "B", "C" ... open them in order,
    as many as the way they are lettered needs; else {}."""
    for option_re, fewest, last_run in _INLINE_OPTION_RES:
        found = list(option_re.finditer(query))
        letters = [m.group(1) for m in found]
        if last_run and "A" in letters[1:]:
            last = len(letters) - 1 - letters[::-1].index("A")
            found, letters = found[last:], letters[last:]
        if len(found) >= fewest and letters == [chr(ord("A") + k) for k in range(len(found))]:
            ends = [m.start() for m in found[1:]] + [len(query)]
            return MappingProxyType({m.group(1).lower(): query[m.end() : end].split("\n", 1)[0].strip().lower()
                                     for m, end in zip(found, ends)})
    return MappingProxyType({})


def picks_a_listed_item(r, text: str) -> bool:
    """Is the reply one of the options the request lists inline ("交通事故" of "类别包括：婚姻家庭、...、交通事故、..."),
    bare or dressed in the format the prompt shows ("[类别]交通事故<eoa>", "类别：交通事故。"), or one of the options it
    letters inline ("...。A:被告称...。B:..."), by its letter ("正确答案：B<eoa>") or said back with it? Not a list the prompt
    gives to work on, in a field ("Sort these words.\nInput: pear, apple, fig"), nor the prompt's own example of the
    format said back whole, dressed ("例如[争议焦点]本金争议<eoa>" answered "[争议焦点]本金争议<eoa>")."""
    request = less_the_fields(r.prompt.query, r.passage.fields)
    if not _ASKS_TO_PICK_RE.search(request):
        # "Compare these languages: Python, Java, Go": no pick asked, the list is material; options lettered inline
        # under a request for "the option letter" are picked by it ("If MCQ, output only the option letter.").
        return _NAMES_THE_LETTER_RE.search(request) is not None and _picks_a_lettered_option(r, text.strip())
    items = listed_items(request)
    said = text.strip()
    bare = _PICK_DRESS_RE.sub("", said).lower()
    if items and bare in items and (bare == said.lower().rstrip("。.!！ ") or said not in r.prompt.query):
        return True
    # ... or of the options lettered inline: the letter ("正确答案：B<eoa>"), or an option said back with it.
    return bare in inline_options(r.prompt.query) or _picks_a_lettered_option(r, said)


# A request naming the options' letters as what to give: "output only the option letter", "MCQ", "multiple choice".
_NAMES_THE_LETTER_RE = re.compile(r"\b(?:option letter|mcq|multiple[- ]choice)\b", re.IGNORECASE)


def _picks_a_lettered_option(r, said: str) -> bool:
    """Is the reply one of the options the prompt letters inline, by its letter or said back with it, after the
    question's stem said back at most ("The unit of electric charge is: (C) Coulomb")?"""
    options = inline_options(r.prompt.query)
    if not options:
        return False
    lettered = _LETTERED_PICK_RE.fullmatch(_less_the_stem_said_back(said, r.prompt.query).lower())
    return lettered is not None and lettered.group(1) in options \
        and _the_options_text(options[lettered.group(1)], lettered.group(2))


# A bracketed letter in a reply, the pick after the question's stem said back: "... represents: (B) Acceleration".
_BRACKETED_LETTER_RE = re.compile(r"\([a-j]\)")


def _less_the_stem_said_back(said: str, query: str) -> str:
    """The reply from its bracketed letter on, when it has one and what comes before it is the question's stem said
    back word for word ("The unit of electric charge is: (C) Coulomb" gives "(C) Coulomb"); else the reply as it is
    (the options said back after the stem are no pick)."""
    low = said.lower()
    letters = list(_BRACKETED_LETTER_RE.finditer(low))
    if len(letters) != 1:
        return said
    stem = " ".join(low[: letters[0].start()].split()).rstrip(" :")
    return said[letters[0].start() :] if stem and stem in " ".join(query.lower().split()) else said


# An option said with its letter: "A:被告称...", "(B) Ned's skills improved ...", "C. Yes, but not for 2 years.", "(A)".
_LETTERED_PICK_RE = re.compile(r"\(?([a-j])(?:[:\uff1a)]|\.(?=\s|\Z))\s*(.*)", re.DOTALL)


def _the_options_text(option: str, said: str) -> bool:
    """Is `said` the option's text, whole (a stop at its end or not) or cut short at the token limit, or nothing?"""
    said = said.strip().rstrip("。.!！ ")
    return option.rstrip("。.!！ ").startswith(said)
