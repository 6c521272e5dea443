"""Text that is no answer to anything: error messages, status bodies, placeholder text, gibberish.

A refresh against a broken endpoint records what the endpoint said: "Error: internal server
error", a traceback, '{"error": "model not loaded"}', "503 Service Unavailable", "service says ok".
A template or a stub says "Lorem ipsum dolor sit amet". A broken model or tokenizer writes
"xkcdq qwrtz zzplk". None of these is a reply, whatever words they share with the question ("File
\\"mars_chat.py\\"" names Mars), and short ones would otherwise pass as a terse answer.

``reply.not_text``: the share of the reply part's first words that lie in such text. A line is
machine text when it has the shape of an error or a status: an exception or error line ("Error:",
"ValueError: ...", "Exception."), a traceback's lines, an HTTP status line, a JSON or HTML error
body, a short status sentence made of status words ("service says ok", "status: healthy"), or
placeholder text, or a blank left to fill in ("[Your tagline here]"). A word is gibberish when it
cannot be English: a run of four keys or more along a keyboard row ("asdf", "zxcv", "hjkl"), five
letters or more and no vowel ("qwrtz"; "y" counts as a vowel: "rhythm"), six consonants in a row, or
letters and digits mixed in a long token ("a8f3b2c9"). Acronyms of four letters ("HTML", "HTTP") are
left alone.

Only the reply's first ``FIRST_WORDS`` words are read: error bodies and placeholders show
themselves at once, and a long reply made of them names none of the question's words, which the
topic check already catches. That keeps the cost flat for long outputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from why_finetune.judges.text import STOPWORDS, Unit

FIRST_WORDS = 60

_MACHINE_LINE_RE = re.compile(
    r"\s*(?:"
    r"[\w.]*(?:error|exception)\s*(?::|\.?\s*$)"  # "Error: ...", "ValueError: ...", "Exception."
    r"|traceback \(most recent call last\)"
    r"|file \"[^\"]*\", line \d+"
    r"|at [\w.$]+\([\w.]*(?::\d+)?\)"  # a Java stack frame
    r"|(?:http/\d(?:\.\d)?\s+)?[45]\d\d\s+(?:internal server error|bad gateway|service unavailable|gateway time-?out"
    r"|not found|bad request|unauthori[sz]ed|forbidden|too many requests|method not allowed|request time-?out)\b"
    r"|(?:internal server error|bad gateway|service unavailable|gateway time-?out|too many requests)\b"
    r"|[\[{]\s*\"(?:error|errors|detail|message|status|code)\"\s*:"
    r"|<(?:!doctype|html|head|body|title)\b"
    r")",
    re.IGNORECASE,
)
# Placeholder text, found with substring and set tests (C code): a regular expression with a
# word-boundary alternative costs several times more on every line of every output.
PLACEHOLDER_PHRASES = ("lorem ipsum", "dolor sit amet", "consectetur adipiscing", "sample text",
                       "your answer here", "your text here", "insert text here", "insert answer here")
PLACEHOLDER_WORDS = frozenset({"placeholder", "lorem", "ipsum"})
# A stub's marks, read only in capitals: "todo" is Spanish and Portuguese for "all" ("em todo o mundo"); and not in a
# heading in capitals where a Spanish or Portuguese word follows it ("TODO LO QUE NECESITAS SABER SOBRE EL CAFÉ"; "TODO
# WRITE ANSWER" is a stub).
CAPITAL_PLACEHOLDERS = ("TODO", "TBD", "FIXME")
_STUB_MARK_RE = re.compile(
    r"\b(?:TODO|TBD|FIXME)\b(?![ \t]+(?:LO|LA|EL|LOS|LAS|O|A|OS|AS|UN|UNA|UM|UMA|DE|DEL|DO|DA|SOBRE|QUE|MUNDO|TIPO)\b)")
# A blank left to fill in: "[Your tagline here]", "<your name>", "{your answer}".
BLANKS = ("[your ", "<your ", "{your ", "[insert ", "<insert ")
# Keyboard mashing: runs along a row of keys ("asdf", "qwer", "zxcv", "hjkl"), which no English word is.
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# A short sentence of these words alone (with at least one of STATUS_SUBJECTS) is a service's
# status report, not a reply: "service says ok", "server returned 200", "status: healthy".
STATUS_SUBJECTS = frozenset("service server api endpoint backend upstream status health healthcheck".split())
STATUS_WORDS = STATUS_SUBJECTS | frozenset(
    "ok says said returned returns responded reports reported healthy alive running up down pong success "
    "succeeded failed failure unavailable null undefined nan 200 201 204 true false".split()
)
STATUS_MAX_WORDS = 6
_GIBBERISH_RE = re.compile(r"[bcdfghjklmnpqrstvwxz]{6}|\b[bcdfghjklmnpqrstvwxz]{5,}\b")


@dataclass(frozen=True)
class NotText:
    words: int  # words read (the reply's first FIRST_WORDS at most)
    not_text: int  # of which in machine text, placeholders or gibberish
    example: str  # the first such line or word, for evidence
    share: float


def find_not_text(units: list[Unit], start: int, end: int) -> NotText:
    read = flagged = 0
    example = ""
    for unit in units:
        if unit.end <= start or unit.start >= end:
            continue
        n = len(unit.words)
        text = unit.text
        if _MACHINE_LINE_RE.match(text) or _is_placeholder(text, unit.words) or _is_status(unit.words):
            flagged += n
            example = example or text.strip()
        else:
            odd = [w for w in unit.words if len(w) > 3 and _is_gibberish(w)]
            flagged += len(odd)
            example = example or (odd[0] if odd else "")
        read += n
        if read >= FIRST_WORDS:
            break
    return NotText(read, flagged, example, flagged / read if read else 0.0)


def _is_placeholder(text: str, words: tuple[str, ...]) -> bool:
    if not PLACEHOLDER_WORDS.isdisjoint(words):
        return True
    if any(mark in text for mark in CAPITAL_PLACEHOLDERS) and _STUB_MARK_RE.search(text):
        return True
    lower = text.lower()
    return any(phrase in lower for phrase in PLACEHOLDER_PHRASES) or any(mark in lower for mark in BLANKS)


def _is_status(words: tuple[str, ...]) -> bool:
    if not words or len(words) > STATUS_MAX_WORDS:
        return False
    return any(w in STATUS_SUBJECTS for w in words) and all(w in STATUS_WORDS or w in STOPWORDS for w in words)


def _is_gibberish(word: str) -> bool:
    if word.isalpha() and any(word in row for row in KEYBOARD_ROWS):
        return True
    if len(word) < 5:
        return False
    if word.isalpha():
        return _GIBBERISH_RE.search(word) is not None
    digits = sum(c.isdecimal() for c in word)
    return len(word) >= 8 and digits >= 3 and len(word) - digits >= 3
