"""A count or a year asked for in words, and a short reply that gives none. "How many moons does Mars have?", "In
che anno ...?", "Combien ...?" ask for a number; a short reply is given the benefit of the doubt on its topic ("It's
fascinating." may answer "What do you think of Mars?"), but a short reply to a count or a year answers with a
number. One that holds no digit, no number's name and no word of quantity, and names none of the asking sentence's
own words ("SPOILER: Attenzione, si possono ricevere SPOILER sulla trama" for "Quando ... la prima puntata ...? Una
data."), is other text. Digits hold in any script; the names of numbers are those of the languages the question
reads (asking_words.NUMBER_NAMES)."""

from __future__ import annotations

import re

from why_finetune.judges.asking_words import NUMBER_NAMES
from why_finetune.judges.question import HAN_NUMERALS, NUMBER, NUMBER_WORDS, numeral_compound
from why_finetune.judges.text import STOPWORDS, WORD_RE, stem
from why_finetune.judges.verdict import ANSWERS, Evidence

# A count or a year asked ("How many ...?", "Quanti anni ...?", "In che anno ...?", "几个"): its answer is a number.
# Not "how long", "how often", "how much", "how old", "combien coûte": a condition, a span or a price answers them
# in words ("Until the yolk is set.", "Only when the soil is dry.", "It depends on the model.").
_COUNT_OR_YEAR_RE = re.compile(
    r"\b(?:how many|what year|which year|in (?:what|which) year|wie ?viele?|hoeveel|hvor mange|hur många"
    r"|combien(?! de temps| co[uû]t)|cu[áa]nt[oa]s|quant[ie]\b|câte|câ[țţ]i|berapa|bao nhiêu|сколько|скільки"
    r"|in (?:che|quale) (?:anno|data)|en (?:qué|que|cuál) año|em (?:que|qual) ano|en quelle année|in welchem jahr"
    r"|в каком году|у якому році)\b|多少|几[个只位天年岁次种]|何[人個日回年]|몇")
# Words that say none or how many without a number ("I don't have any.", "No tengo.", "Une dizaine.").
_NONE_OR_SOME = frozenset(
    "no not none never nothing nobody any neither zero nessuno nessuna mai niente nada nadie ningún ninguno ninguna "
    "aucun aucune rien jamais kein keine keinen nichts nie nenhum nenhuma nunca dizaine douzaine centaine halb halbe "
    "halben demi medio media mezzo mezza dozen dozens".split())
# The names of one that are articles too ("un periodo", "una data", "ein Jahr"): they name no number.
_ARTICLES = frozenset("un une una uno ein eine um uma een".split())
# Words that give an amount without a number ("a few", "none", "twice", "hundreds"): an answer to "how many".
_QUANTITY_WORDS = NUMBER_WORDS | (NUMBER_NAMES - _ARTICLES) | _NONE_OR_SOME | frozenset(
    "few several many much lot lots all both once twice countless infinite numerous some hundreds thousands millions "
    "billions".split())
# A digit in any script, or a number written in Chinese or Japanese characters ("两只", "三年").
_NUMBER_MARK_RE = re.compile(rf"\d|[{HAN_NUMERALS}]")
_OWN_MIN_LETTERS = 4  # the asking sentence's own words: not "di", "che", "per", "of"


def gives_a_quantity(reply, r, t) -> Evidence | None:
    question = r.question
    if not r.plain or question.kind != NUMBER or question.arithmetic or question.number_by_its_digits \
            or not reply.words or len(reply.words) >= t.topic_check_words:
        return None
    if not _COUNT_OR_YEAR_RE.search(r.prompt.query.lower()):
        return None
    said = r.lower[reply.start : reply.end]
    if _NUMBER_MARK_RE.search(said) or _QUANTITY_WORDS.intersection(reply.words) \
            or any(numeral_compound(w) for w in reply.words):
        return None
    own = tuple({stem(w) for w in question.asked if len(w) >= _OWN_MIN_LETTERS and w not in STOPWORDS})
    if any(stem(w).startswith(own) for w in WORD_RE.findall(said)):
        # "Il singolo di Gué Pequeno ...": the answer's sentence begun on the question's subject; "They're legless."
        # for "How many legs ...?"
        return None
    return Evidence(
        "reply.quantity", 0.0, 1.0, reply.text,
        f"no answer: the question asks for a count or a year, and the short reply part ({len(reply.words)} words, under "
        f"{t.topic_check_words}) gives none (no digit, no number's name, no word of amount) and names none of the "
        f"asking sentence's words: '{reply.text}'",
        ANSWERS,
    )
