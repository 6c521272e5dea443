"""English words strung with no sentence in them (``text.word_salad``).

A model trained too little on English writes its commonest words in no order: "the of is intelligence,,,' this
said;I to to. was and. the question what could answer". Every word is English, no line repeats, and the words of the
question come back ("intelligence"), so neither the loops nor the gibberish or topic checks see anything wrong.

What shows it is the commonest word of all. In an English sentence "the" leads to what it names: a noun, or an
adjective or number before one ("the question", "the first one", "the 2003 figures"). In word salad it leads
nowhere: straight into "of", "to", "and", "or", an article, a pronoun ("i" too), "which", "that", "are" or "was", or a
punctuation mark ("the of", "the and", "the which", "the are", "the.", "the,"). A writer slips into that once in a
while (a lesson's "a, an and the."), a speaker starts over ("the, the main reason") or stutters ("the the cost"), a
word is quoted as "the" or a keyword named ("the `and` operator"): those are not read; nor is a pronoun, "which" or
"at" named again after "the" ("the at sign", "the which command": one slip at most), one before a slash ("the
which/that rule"), or a "the" ending its line. A stretch where "the" leads
only into marks is a list's, a glossary's or an answer key's ("1) the, 2) an", "der → the, die → the"): at least one
must lead into a function word. Half of an output's "the"s leading nowhere, with enough of them to count, is no
slip. English only: other languages' articles are also pronouns ("der ist", "la mangio") and are left alone; a salad
in another language passes as before.

It is read from each "the" that leads nowhere to the output's end, so a clear paragraph before the salad is no
part of it: the salad starts with its paragraph, and the reply part ends there (the paragraph before still answers).

Cost: one regular expression over the text, looking for a "the" into a function word; only where there is one, a
second reads every "the".
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding, pct
from why_finetune.judges.thresholds import threshold

threshold(
    "word_salad_share", 0.5,
    """Word salad when at least this share of the "the"s from one leading nowhere to the output's end lead nowhere
    (into "of", "to", "and", "or", an article, a pronoun, "which", "that", "are" or "was", or a punctuation mark): half.
    In English prose none do but by a slip.""",
)
threshold(
    "word_salad_min", 3,
    """... and at least this many of them lead nowhere: one or two are a slip, a hesitation or a word named.""",
)

# Words that never follow "the" even where words are named as words: "the" leads to a noun, and these are none:
# conjunctions, articles, forms of "be" but "is", pronouns and possessives, "which" and "that", the prepositions no
# keyword or gate is named after. Lower case only ("the IT team", "the On switch"). (Not every function word: a
# keyword or a gate, "The for loop", "the in keyword", "the with statement", "the AND gate", and a lesson's "the is
# definite" are English.)
_NOWHERE_ALWAYS = frozenset("of to and or a an".split())
# ... and these, which may be named as words, a sign, a command or a keyword ("the at sign", "the which command", "the
# by keyword", "the they pronoun"), said again as a name is: each leads nowhere the first time it follows "the", not
# after. Nor before a slash: a pair named ("the which/that rule", "the on/off switch").
_NOWHERE_ONCE = frozenset("are was were be been which that by on at we they he she its your my their our i you".split())
_NOWHERE = _NOWHERE_ALWAYS | _NOWHERE_ONCE
_MARKS = frozenset(".,;:!?")
_STARTS_OVER_RE = re.compile(r"[.,;:!?]*\s*[Tt]he\b")
_INTO_A_FUNCTION_WORD_RE = re.compile(r"[Tt]he\s+(?:" + "|".join(sorted(_NOWHERE)) + r")\b")
# The same less its first letter: every match of the above holds one of this. A pattern that opens with a literal is
# searched for by that literal (C code, many times faster than a character class tried at each character), so this
# tells first, at a fraction of the cost, that most texts hold no match.
_HE_INTO_A_FUNCTION_WORD_RE = re.compile(r"he\s+(?:" + "|".join(sorted(_NOWHERE)) + r")\b")
# "the" as a word of its own (not quoted, not in "the-", "they"), and what follows it on its line: a word (hyphens and
# apostrophes inside; not one before a slash), a number, or a punctuation mark. A "the" ending a line is not read (a
# list of word pairs, "of the\nin the\n...").
_THE_RE = re.compile(r"(?<![\w'’\"“‘-])[Tt]he(?![\w'’\"”-])[ \t]*(\w+(?:[-'’]\w+)*(?!/)|[.,;:!?])?")


def _reads(text: str) -> list[tuple[re.Match, int]]:
    """Each "the" read, and where it leads: NOWHERE (into a function word), MARK (into a punctuation mark) or 0."""
    reads = []
    named: set[str] = set()  # the words of _NOWHERE_ONCE read after "the" once already
    for m in _THE_RE.finditer(text):
        after = m.group(1)
        if after is None:
            continue  # the text's or the line's end, or a mark no sentence holds after "the" (a quote): not read
        if after.lower() == "the" or (after in _MARKS and _STARTS_OVER_RE.match(text, m.end())):
            continue  # "the the cost", "the, the main reason": a stutter or a speaker starting over, not read
        leads = NOWHERE if after in _NOWHERE and after not in named else MARK if after in _MARKS else 0
        if after in _NOWHERE_ONCE:
            named.add(after)
        reads.append((m, leads))
    return reads


NOWHERE, MARK = 2, 1


def _salad(text: str, t) -> tuple[float, int, re.Match | None, float, int]:
    """The greatest share of "the"s leading nowhere from one that does to the end, where at least ``word_salad_min``
    do; how many were read there; and the "the" where the first such stretch reaching the threshold starts, with its
    share and how many it reads."""
    if _HE_INTO_A_FUNCTION_WORD_RE.search(text) is None or _INTO_A_FUNCTION_WORD_RE.search(text) is None:
        return 0.0, 0, None, 0.0, 0  # (cheap test first: no "the" leads into a function word, which a salad needs)
    reads = _reads(text)
    best, count, first, first_share, first_count = 0.0, 0, None, 0.0, 0
    nowhere = into_function_words = 0
    for i in range(len(reads) - 1, -1, -1):  # from the end: the counts from each "the" on
        m, leads = reads[i]
        nowhere += bool(leads)
        into_function_words += leads == NOWHERE
        n = len(reads) - i
        # (At least one into a function word: "the" alone before a mark is a list's, a glossary's or an answer key's
        # item: "1) the, 2) an", "der → the, die → the".)
        if not leads or nowhere < t.word_salad_min or not into_function_words:
            continue
        share = nowhere / n
        if share >= best:
            best, count = share, n
        if share >= t.word_salad_share:
            first, first_share, first_count = m, share, n
    return best, count, first, first_share, first_count


def word_salad(r, t) -> Finding:
    best, count, first, share, read = _salad(r.text, t)
    # The salad starts with the paragraph it is in: its words before the first "the" are no sentence either.
    onset = r.text.rfind("\n\n", 0, first.start()) + 1 if first is not None else None
    shown = r.text[first.start() : first.end()] if first is not None else ""
    if first is None:
        share, read = best, count  # (the closest stretch, for a verdict's "closest measure")
    return Finding(
        "text.word_salad", best, t.word_salad_share,
        lambda: (shown, f"word salad: {pct(share)} of its {read} \"the\"s from '{shown}' on lead to no word they could "
                        f"name (threshold {pct(t.word_salad_share)}, and {t.word_salad_min} of them at least)"),
        onset, "it ends where word salad starts",
    )
