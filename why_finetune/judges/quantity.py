"""A number asked for in words, and a short reply that gives none. "How many moons does Mars have?", "In che anno
...?", "Combien ...?" ask for a number; a short reply is given the benefit of the doubt on its topic ("It's
fascinating." may answer "What do you think of Mars?"), but a short reply to a number question answers with its
number. One that holds no digit, no number's name and no word of quantity, and names none of the asking sentence's
own words ("SPOILER: Attenzione, si possono ricevere SPOILER sulla trama" for "Quando ... la prima puntata ...? Una
data."), is other text. Digits hold in any script; the names of numbers are those of the languages the question
reads (asking_words.NUMBER_NAMES)."""

from __future__ import annotations

import re

from why_finetune.judges.asking_words import NUMBER_NAMES
from why_finetune.judges.question import NUMBER, NUMBER_WORDS, numeral_compound
from why_finetune.judges.text import STOPWORDS, WORD_RE
from why_finetune.judges.verdict import ANSWERS, Evidence

# The names of one that are articles too ("un periodo", "una data", "ein Jahr"): they name no number.
_ARTICLES = frozenset("un une una uno ein eine um uma een".split())
# Words that give an amount without a number ("a few", "none", "twice", "hundreds"): an answer to "how many".
_QUANTITY_WORDS = NUMBER_WORDS | (NUMBER_NAMES - _ARTICLES) | frozenset(
    "few several many much lot lots all both once twice never nothing nobody countless infinite numerous some "
    "hundreds thousands millions billions dozens".split())
# A digit in any script, or a number written in Chinese or Japanese characters ("两只", "三年").
_NUMBER_MARK_RE = re.compile(r"\d|[零〇一二两三四五六七八九十百千万億亿兆]")
_OWN_MIN_LETTERS = 4  # the asking sentence's own words: not "di", "che", "per", "of"


def gives_a_quantity(reply, r, t) -> Evidence | None:
    question = r.question
    if not r.plain or question.kind != NUMBER or question.arithmetic or question.number_by_its_digits \
            or not reply.words or len(reply.words) >= t.topic_check_words:
        return None
    said = r.lower[reply.start : reply.end]
    if _NUMBER_MARK_RE.search(said) or _QUANTITY_WORDS.intersection(reply.words) \
            or any(numeral_compound(w) for w in reply.words):
        return None
    own = {w for w in question.asked if len(w) >= _OWN_MIN_LETTERS and w not in STOPWORDS}
    if own.intersection(WORD_RE.findall(said)):
        return None  # "Il singolo di Gué Pequeno ...": the answer's sentence begun on the question's subject
    return Evidence(
        "reply.quantity", 0.0, 1.0, reply.text,
        f"no answer: the question asks for a number, and the short reply part ({len(reply.words)} words, under "
        f"{t.topic_check_words}) gives none (no digit, no number's name, no word of amount) and names none of the "
        f"asking sentence's words: '{reply.text}'",
        ANSWERS,
    )
