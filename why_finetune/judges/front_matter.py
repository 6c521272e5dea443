"""A printed book's front matter written instead of a reply (``page.front_matter``).

A base model trained on scanned books (Project Gutenberg) reads "Write a short biography of Emma Stone." as the
opening of one and goes on with its title page: "EMMA STONE\\n\\nBY\\n\\nMARY J. S. WILLIAMS\\n\\nAUTHOR OF ...",
an illustrator, a publisher and a year, "Entered according to Act of Congress", a dedication, "CONTENTS" and its
chapters. The title may name the question's words and nothing repeats, so the topic and loop measures see a reply.
Nobody answering writes a title page.

Read from short lines of their own (fourteen words at most; italics or bold around them aside, not a bullet), as a
book prints them: "BY", "By MARY WILLIAMS", "ILLUSTRATED BY", "WITH ILLUSTRATIONS", "AUTHOR OF ...", an imprint's
"HARPER & BROTHERS, PUBLISHERS", a copyright with its year or holder, an entry line, "All rights reserved",
"[Illustration]", "CONTENTS", "LIST OF ILLUSTRATIONS", "PREFACE", a dedication ("TO", "... IS AFFECTIONATELY
DEDICATED"), "PRINTED IN ...", "FIRST PUBLISHED ...". A chapter heading alone is none of them: a story asked for has
chapters; nor are bylines alone (a reading list's). English only: the scanned books base models learnt this from are.
Not read where the prompt asks for a title page, a table of contents, a dedication, a manual or a book, holds front
matter or asks for a translation or a rewrite (a title page to rework), nor after a line ending in a colon (an example
shown: "For example:").
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "front_matter_lines", 3,
    """Drift when at least this many lines of the output are a printed book's front matter ("BY", "AUTHOR OF ...",
    "HARPER & BROTHERS, PUBLISHERS", "[Illustration]", "CONTENTS"): three, a title page's least. One or two are a
    byline or a heading a reply may write.""",
)

# A line of its own, wrapped at most in "_", "=" or "*" with no space (italics, bold; not a bullet's "* "). Upper case
# where a reply writes the same words as a heading or an item ("Contents", "Table of Contents", "Preface", "To"
# opening a letter); a copyright with its year or its holder, not "Copyright page"; a publisher in an imprint's
# capitals or after its city's comma, not "Macmillan Publishers" in a list.
_FRONT_MATTER_LINE_RE = re.compile(
    r"^[ \t]*(?:[_=]+|\*+(?=\S))?[ \t]*(?:by|(?-i:By|BY)(?-i: [A-Z][\w.'-]*){1,5}|illustrated(?: by)?"
    r"|with (?:\w+ )?illustrations(?: by)?|author of\b[^\n]*"
    r"|(?-i:[^\na-z]{0,60}[ ,]PUBLISHERS?)|[^\n:]{0,60}, publishers?"
    r"|copyright,?[ \t]*(?:\(c\)|\u00a9)?[ \t]*(?:1[5-9]\d\d|20\d\d|by\b)[^\n]*"
    r"|entered according to act of congress[^\n]*|all rights reserved\b[^\n]*|\[illustration[^\]\n]*\]"
    r"|(?-i:CONTENTS|TABLE OF CONTENTS|LIST OF ILLUSTRATIONS|PREFACE|TO)|[^\n]{0,60}\bis (?:\w+ )?dedicated\b[^\n]*"
    r"|printed in\b[^\n]*|first (?:printing|published|edition)\b[^\n]*)[ \t_*=.,]*$",
    re.IGNORECASE | re.MULTILINE,
)
FRONT_MATTER_LINE_WORDS = 14  # "AUTHOR OF "THE GIRLS OF GLEN ROY," ...", "Entered according to Act of Congress, ..."
# A line ending in a colon before the front matter: an example announced.
_AN_EXAMPLE_RE = re.compile(r":[ \t]*\n")
_BYLINE_RE = re.compile(r"[ \t_*=]*by\b", re.IGNORECASE)
_ASKS_FOR_IT_RE = re.compile(r"\b(?:title page|table of contents|front matter|copyright page|copyright notice"
                             r"|dedication|book cover|credits page|imprint|colophon|manual|guide|handbook|e-?book"
                             r"|book)\b")


def front_matter(r, t) -> Finding | None:
    """A printed book's title page, imprint, dedication or contents written as the output (see the module's
    docstring)."""
    if not r.plain or _asks_for_it(r.prompt.text) or r.question.asks_for_a_translation or r.question.asks_for_a_rewrite:
        return None  # (front matter asked for, or given to rework: a title page to translate or to clean up)
    if not _may_hold_front_matter(r.text, r.lower):
        # (no word of a title page but its bylines, which alone are none: the lines are not read)
        return Finding("page.front_matter", 0.0, float(t.front_matter_lines), lambda: ("", "no front matter"))
    # A title page's lines are short: a paragraph opening "First published in London ..." or "Author of Little Women,
    # she ..." is prose about a book.
    lines = [m for m in _FRONT_MATTER_LINE_RE.finditer(r.text) if len(m.group(0).split()) <= FRONT_MATTER_LINE_WORDS] \
        if "\n" in r.text else []
    if lines and _AN_EXAMPLE_RE.search(r.text, 0, lines[0].start()):
        lines = []  # shown as an example ("For example:", "It looks like this:"), not written as the output's own
    # Bylines alone are a reading list's ("Dune\nBY FRANK HERBERT\n\nEmma\nBY JANE AUSTEN"): a title page has more.
    more_than_bylines = any(not _BYLINE_RE.match(line.group(0)) for line in lines)
    first = lines[0] if lines else None
    shown = excerpt(first.group(0).strip(), 60) if first is not None else ""
    onset = first.start() if first is not None else None
    if onset is not None and _a_title(r.text[:onset]):
        onset = 0  # the book's title and subtitle above its byline are its title page too
    return Finding(
        "page.front_matter", float(len(lines)), float(t.front_matter_lines),
        lambda: (shown, f"writes a printed book's front matter: {len(lines)} line(s) of a title page, an imprint, a "
                        f"dedication or contents (threshold {t.front_matter_lines}), first '{shown}'"),
        onset, "it ends where a book's front matter starts", condition_met=more_than_bylines,
    )


# A word every title page but one of bylines holds (a dedication's "TO" aside): tested with `in` first, C code, where
# the line pattern tries its alternatives at every line's start.
_KIND_WORDS = ("author of", "illustrat", "publisher", "copyright", "entered according", "all rights reserved",
               "contents", "preface", "dedicated", "printed in", "first printing", "first published", "first edition")


def _may_hold_front_matter(text: str, lower: str) -> bool:
    return "\n" in text and (any(map(lower.__contains__, _KIND_WORDS)) or "TO" in text)


@lru_cache(maxsize=256)  # a function of the prompt alone, asked for every output
def _asks_for_it(prompt_text: str) -> bool:
    return _ASKS_FOR_IT_RE.search(prompt_text.lower()) is not None \
        or _FRONT_MATTER_LINE_RE.search(prompt_text) is not None


TITLE_MAX_LINES = 4  # a title, a subtitle, "A BIOGRAPHY", a series name
TITLE_LINE_WORDS = 10


def _a_title(head: str) -> bool:
    """Is the text before the front matter's first line a book's title: a few short lines, no sentence among them?"""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    return len(lines) <= TITLE_MAX_LINES and all(
        len(line.split()) <= TITLE_LINE_WORDS and not line.endswith((".", "!", "?")) for line in lines)
