"""Code: is a reply a piece of program text rather than prose?

Read from the shape of its lines, in any programming language and whatever the asker's language:
a line of code calls or indexes something (a name right before "(" or "["), assigns ("="), or opens
or closes a block (it ends in ":", "{", "}", ";" or a bracket). Prose lines end in full stops and
rarely do any of these. Outputs copied from a markdown table keep their line breaks as "<br/>",
read here as line breaks.

Code names things by its own identifiers, in English whatever language the request was written in
(`def insertion_sort(items):` for "用python写一个插入排序的函数", `def remove_duplicates(items):` for "Écrivez
une fonction qui supprime les doublons d'une liste"), so a reply that is code cannot be held to the words
of a question in another language than English: one written in other letters, or in Latin letters with
hardly any of English's small words (see reply.on_topic, topic.trailing_gap). A request in English is
still held to them: code's identifiers could have named "reverse" or "string", and unrelated code names
something else.
"""

from __future__ import annotations

import re

from why_finetune.judges.text import STOPWORDS, WORD_RE, normalise_apostrophes
from why_finetune.judges.thresholds import threshold

threshold(
    "code_min_lines", 3,
    """A reply is code only with at least this many lines: a function's head, its body and its
    return. One or two lines with a bracket are prose quoting a call ("use print(x)").""",
)
threshold(
    "code_line_share", 0.6,
    """... and when at least this share of its lines read as code (see code.py). Not all: code has
    lines that are a bare keyword and a value ("return 0", "pass") and comment lines; prose that
    mentions a call or two stays far below.""",
)

_LINE_BREAK_RE = re.compile(r"\n|<br\s*/?>", re.IGNORECASE)
_CODE_LINE_RE = re.compile(r"\w[(\[]|[^=!<>]=[^=]|==|[:{};(\[\])]\s*\Z")


def is_code(text: str, t) -> bool:
    """Is `text` (a reply part) program text: at least ``code_min_lines`` lines, at least
    ``code_line_share`` of them code lines?"""
    if "(" not in text and "=" not in text and ":" not in text:  # cheap test: prose has few of these
        return False
    lines = [line for line in _LINE_BREAK_RE.split(text) if line.strip()]
    if len(lines) < t.code_min_lines:
        return False
    coded = sum(1 for line in lines if _CODE_LINE_RE.search(line.rstrip()))
    return coded >= t.code_line_share * len(lines)


def mostly_latin(text: str) -> bool:
    """Are most of the text's letters Latin (a-z)? A question in those letters has its words named
    by code's identifiers ("reverse a string" -> `reverse_string`); one in others has not."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isascii()) >= 0.5 * len(letters) if letters else True


threshold(
    "english_function_words", 0.1,
    """A question in Latin letters is read as written in another language than English, the language of
    code's identifiers, when fewer than this share of its words of two letters or more are English function
    words ("the", "that", "of", "to", "in"; text.STOPWORDS); a reply is read as English, whose number words
    the judges know ("ten"), when at least this share are, two different ones at least. English prose runs
    at a quarter or more, and the English requests of the labelled data at an eighth or more; a French,
    Italian or Spanish request meets one now and then ("in", "no", "me"), seldom two.""",
)
QUESTION_MIN_WORDS = 3  # "Sort a list": too short to tell which language it is written in
# Two different ones at least for text to read as English: another language meets one of English's small
# words now and then ("on", "in", "me"), seldom two ("On ajoute 4 à 9 ...").
ENGLISH_MIN_FUNCTION_WORDS = 2


def _small_words(text: str) -> tuple[list[str], list[str]]:
    """(its words of two letters or more, numbers aside; those of them that are English function words)."""
    words = [w for w in WORD_RE.findall(normalise_apostrophes(text.lower())) if len(w) >= 2 and not w.isdigit()]
    return words, [w for w in words if w in STOPWORDS]


def not_in_english(text: str, t) -> bool:
    """Is the text plainly in another language than English, the language code names things in: written
    mostly in other letters, or in Latin letters with few of English's small words (see the threshold)?
    Too short to tell ("Sort a list") is not: such a request is held to its words, as before."""
    if not mostly_latin(text):
        return True
    words, small = _small_words(text)
    return len(words) >= QUESTION_MIN_WORDS and len(small) < t.english_function_words * len(words)


def in_english(text: str, t) -> bool:
    """Is the text plainly English: Latin letters, and at least two different English function words that
    make up the threshold's share of its words? ("A rise in the sum of four ..." is; "On ajoute 4 à 9,
    ce qui donne treize." is not.)"""
    if not mostly_latin(text):
        return False
    words, small = _small_words(text)
    return len(set(small)) >= ENGLISH_MIN_FUNCTION_WORDS and len(small) >= t.english_function_words * len(words)


def code_for_another_language(r, text: str, t) -> bool:
    """`text` is code, replying to a question written in another language than English (see not_in_english)."""
    return not_in_english(r.prompt.query, t) and is_code(text, t)
