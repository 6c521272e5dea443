"""A reply that only says it does not understand the request, or does not know.

"I'm sorry, I don't understand. Could you rephrase your question?", "I'm sorry, I'm not familiar with the Senator's
address." are said in the replier's role, to the asker, so they are no drift; but they give nothing of what was
asked, so they are no answer. A reply that says it does not understand something and then answers ("I don't
understand why the sources differ, but here they are: ...") is an answer: only a reply made of that sentence and
questions back (more of the same, a few words of why about the replier: "I'm not a black person.", a request to ask
again: "Please try again.") counts.

Saying one does not understand has no mark in the text's form (no repetition, no format, no
script), so this reads a short English pattern: the negated verb "understand", "follow" or "catch" ("I didn't
quite catch that."), "not sure what you mean", or a sentence opening with "I don't know", "I'm not sure", "I'm not
familiar", "I have no idea".

A domain assistant says it has no data instead ("Information not available for Paris.", "❌ **Information non
disponible pour Marseille**.", "Datos no disponibles para 2030."), in the languages read most, then at most what its
data covers ("My corpus covers only 9 departments: ..."), where to look ("To find the mayor, see:\n- data.gouv.fr")
and the list under either: no answer either.
"""

from __future__ import annotations

import re

from why_finetune.judges.text import ITEM_MARK, units_between
from why_finetune.judges.thresholds import threshold

threshold(
    "not_understood_tail_words", 6,
    """A sentence that says it does not understand ends within this many words of the verb: what was
    not understood is the request itself ("your question", "what you are asking for", "what you mean
    by that"). A longer sentence goes on to say something ("I don't understand why the sources
    differ, but here they are: ...").""",
)

# "don't", "do not", "couldn't", and "can" in its three spellings: "cannot", "can not", "can't" ("ca" +
# "n't", so not "can" + "n't" as the other verbs are). The text's apostrophes are straight (text.py).
_NOT_UNDERSTOOD_RE = re.compile(
    r"\b(?:(?:do|does|did|could)(?: not|n't)|can(?:not| not|'t)) (?:quite |fully |really )?(?:understand|follow|catch)\b"
    r"|\bnot sure what you mean\b"
)
# ... or does not know, opening its sentence: "I don't know.", "I'm not sure.", "I'm sorry, I'm not familiar with the
# Senator's address.", "I have no idea." (not "I'm not sure if you're familiar with the situation in Syria, but the
# country ...": it goes on; nor "My dad is a jerk and I'm not sure how to deal with it.", a summary in the asker's
# voice).
_NOT_KNOWN_RE = re.compile(r"\s*(?:(?:i'm |i am )?sorry,? (?:but )?)?"
                           r"i(?: do not know| don't know|'m not (?:sure|familiar)| am not (?:sure|familiar)| have no idea)\b")
_A_CLAUSE_AFTER_RE = re.compile(r"[,;:]|\bbut\b")
_A_CLAUSE_BUT_A_COMMA_RE = re.compile(r"[;:]|\bbut\b")
# ... and, after it, only questions back, more of the same, or a few words of why, about the replier ("I'm not a black
# person.").
_ABOUT_ITSELF_RE = re.compile(r"\s*i(?:'m| am) not (?:a|an)\b")
# ... or a request to ask again, put as a command and nothing more ("Please try again.", "Please rephrase your
# question.", "Try asking another way."): "Try again with sudo." is advice.
_ASK_AGAIN_RE = re.compile(r"\s*(?:please,? )?(?:try (?:again|rephrasing|asking)|rephrase|ask (?:it |me )?again"
                           r"|say (?:it|that) again)(?: (?:it|that|your question|the question|your request|later"
                           r"|differently|another way|in another way|in english|in other words|more clearly|more simply"
                           r"|with an example|with more details?|with more context))?(?:,? please)?[.!]?\s*")


def not_understood(r, start: int, end: int) -> str:
    """The sentence saying it does not understand the request or does not know, when the output between `start` and
    `end` is that sentence and questions back, requests to ask again, more of the same or a few words of why about
    the replier only; otherwise ""."""
    # The first unit decides most outputs (it says nothing of the kind): the rest are listed only after.
    first = next((u for u in r.units if u.end > start and u.start < end), None)
    if first is None or r.question.asks_for_a_translation:
        return ""  # ("I have no idea." translates "No tengo ni idea.")
    if not _says_it(r, first):
        return ""
    units = list(units_between(r.units, start, end))
    if all(r.text[u.start : u.end].rstrip().endswith(("?", "\uff1f")) or _says_it(r, u)
           or ((_ABOUT_ITSELF_RE.match(r.lower, u.start, u.end) or _ASK_AGAIN_RE.fullmatch(r.lower, u.start, u.end))
               and len(u.words) <= ASIDE_WORDS + 2) for u in units[1:]):
        return first.text.strip()
    return ""


# A question asked back as the whole reply: "What do you mean (by that)?".
_WHAT_DO_YOU_MEAN_RE = re.compile(r"\s*what do you mean(?: by (?:that|this|it))?\s*\?\s*")


def asks_what_is_meant(r, start: int, end: int) -> str:
    """The output between `start` and `end` when it is only "What do you mean (by that)?", asked back; otherwise "".
    (Whether a text asked for may say it is the caller's to read: see reply.understands.)"""
    return r.text[start:end].strip() if _WHAT_DO_YOU_MEAN_RE.fullmatch(r.lower, start, end) else ""


def _says_it(r, unit) -> bool:
    """Does the sentence say it does not understand or does not know, ending within a few words of it?"""
    # What it does not know is said in a few words, no clause after it: "I'm not sure, but I think it's Ouagadougou.",
    # "I have no idea why, but restarting usually fixes it." and "I'm not sure exactly, maybe Kilimanjaro?" go on
    # ("I don't understand, could you rephrase?" asks back after its comma).
    said, clause = _NOT_UNDERSTOOD_RE.search(r.lower, unit.start, unit.end), _A_CLAUSE_BUT_A_COMMA_RE
    if said is None:
        said, clause = _NOT_KNOWN_RE.match(r.lower, unit.start, unit.end), _A_CLAUSE_AFTER_RE
    if said is None:
        return False
    tail = r.lower[said.end() : unit.end]
    t = r.thresholds
    guess = _A_GUESS_RE.fullmatch(tail) if r.question.asks_for_a_piece and not _ASKS_END_RE.search(r.prompt.query) \
        else None
    # What is not understood is named as the request ("what you mean", "that"), or, after "understand", left unsaid.
    if guess is not None and _THE_REQUEST_RE.fullmatch(guess.group(1)) \
            and (guess.group(1).strip() or clause is _A_CLAUSE_BUT_A_COMMA_RE):
        tail = ""  # the request not understood, then only a guess at what it is about: no answer to it
    return len(tail.split()) <= t.not_understood_tail_words and not clause.search(tail)


# ... then only a guess at what the request is about, after "but" ("I'm not sure what you mean by that, but it sounds
# like some kind of racial slur.", "I don't know what you mean, but it seems like your neighbours are noisy."): the
# request, not understood, talked about. Only for a request for a piece ("Tell me a joke.", "Write a letter ..."): to a
# question ("What could it be?") or a request to name or explain something, the guess is its answer. Only where what is
# not understood is the request itself, named by no word of its own ("what you mean", "by that", "your question": not
# "what you mean by 'best'", "the whole stack trace", "the chemistry"), and the guess is one clause ("..., but it sounds
# like you want something cheap, so I'd go with a Chromebook" answers; so does "..., but it sounds like you want a
# joke: ...").
_A_GUESS_RE = re.compile(r"((?: [\w']+){0,6}?),? but (?:it|that|this) (?:sounds|seems|looks) like\b[^,;:\n]*[.!]?\s*")
_THE_REQUEST_RE = re.compile(r"(?: (?:quite|fully|really))?(?: what you(?: mean|'re asking| are asking))?"
                             r"(?: by (?:that|this|it))?| (?:that|this|it|you|your question|the question|your request)")
_ASKS_END_RE = re.compile(r"[?\uff1f]\s*\Z")


# The replier saying it needs more to go on, or asking for it ("Without more information I cannot search for it.",
# "I need the specific phrase.", "Could you please provide the exact phrase?", "I don't have any information about a
# Customers table.", "The question is not specific enough."), in the languages read ("알려주시면",
# "추가 정보", "정보만으로는", "詳しく教えて", "请提供"). Not the asker's need ("If you need more information, ...").
_ASKS_FOR_MORE_RE = re.compile(
    r"\b(?:without (?:more|additional|further|any) (?:information|context|details?)"
    r"|i (?:would )?need (?:the|more|additional|further|some) (?:\w+ ){0,2}?(?:information|context|details?|phrase|text"
    r"|sentence|pattern|input|data)\b"
    r"|(?:please|could you|can you|would you)(?: please)? (?:provide|share|specify|clarify|give me) (?:\w+ ){0,3}?"
    r"(?:more|additional|further|specific|exact)\b|not enough (?:information|context)"
    r"|not sure (?:what you|i (?:know|understand|follow))|(?:please,? )?(?:can|could|would) you (?:please )?"
    r"(?:rephrase|restate|repeat)\b|\bplease,? (?:rephrase|restate|say more|tell me (?:more|what))\b)"
    # The request itself not specific enough ("The question \"Which team am I on?\" is not specific enough."), not
    # something else the reply explains ("Titles like 'It crashes' are not specific enough.").
    r"|\b(?:question|request|prompt)\b[^\n]{0,80}?\bis not (?:specific|clear|detailed) enough\b"
    r"|\bnecessary to provide more (?:information|context|details?)\b"
    # ("don't have enough information", the replier's "I don't have any context about the table": no word boundary
    # between "do" and "n't", so outside the group above; not "the result doesn't have any data".)
    r"|n't have enough (?:information|context)\b|\bi (?:don't|do not) have any (?:information|context|details|data)\b"
    r"|알려\s?주시면|알려\s?주세요|제공해\s?주시면|제공해\s?주세요|추가 정보|정보만으로는|정보 없이는|정보가 필요"
    r"|詳しく教えて|情報が必要|请提供(?:更多|具体|详细|补充)|更多信息|具体信息"
)
# (Korean asks politely in a condition, "만약 ...다면, ...알려주시면 도움을 드릴 수 있을 것입니다": it still asks.)
_ON_A_CONDITION_RE = re.compile(r"[ \t\n]*(?:if|如果|もし)")
ASKING_FOR_MORE_SHARE = 2 / 3  # most of its sentences, two at least: a closing offer after an answer is one
ASKING_MAX_CHARS = 800  # a request for more is a few sentences, not a page
ASIDE_WORDS = 4  # a sentence this short that asks nothing is an aside ("I'm sorry.", "I want to help"), not counted


def asks_for_more(r, start: int, end: int) -> str:
    """The first sentence asking for more to go on or saying it does not understand, when most of the output between
    `start` and `end` (two such sentences or more, asides of a few words aside) says only that; otherwise ""."""
    if end - start > ASKING_MAX_CHARS or _ASKS_FOR_MORE_RE.search(r.lower, start, end) is None:
        return ""  # (a page is no request for more; one pass over the text first: most outputs ask for nothing)
    units = [u for u in units_between(r.units, start, end) if u.words]
    # (A request on a condition, "If that doesn't work, could you provide ...?", follows an answer: it asks nothing.)
    asking = [u for u in units if (_ASKS_FOR_MORE_RE.search(r.lower, u.start, u.end)
                                   or _NOT_UNDERSTOOD_RE.search(r.lower, u.start, u.end))
              and not _ON_A_CONDITION_RE.match(r.lower, u.start)]
    counted = [u for u in units if u in asking or len(u.words) > ASIDE_WORDS
               or r.text[u.start : u.end].rstrip().endswith(("?", "\uff1f"))]
    if len(asking) < 2 or len(asking) < ASKING_FOR_MORE_SHARE * len(counted):
        return ""
    return asking[0].text.strip()


# The replier's data saying it holds nothing for the request, opening the reply (after a mark: "❌ **"): "Information
# not available", "No data available", "Information non disponible", "Données non disponibles", "Datos no
# disponibles", "Informationen nicht verfügbar", "Informazioni non disponibili", "Dados não disponíveis".
_DATA_WORDS = (r"(?:information|info|data|details|informations?|donn[ée]es|informaci[óo]n|datos|informationen|daten"
               r"|informazioni|dati|informa[çc](?:ão|ões)|dados)")
_NOT_AVAILABLE_RE = re.compile(
    r"[\W_]*(?:(?:no|aucune?s?|ningun[oa]s?|keine|nessun[ao]?|nenhum[ao]?) " + _DATA_WORDS + r"\b[^.!?\n]{0,40}?"
    r"(?:available|disponibles?|verfügbar|disponibil[ei]|disponíve(?:l|is))"
    r"|" + _DATA_WORDS + r"\b[^.!?\n]{0,20}?(?:not available|unavailable|non disponibles?|indisponibles?|no disponibles?"
    r"|nicht verfügbar|non disponibil[ei]|não disponíve(?:l|is)|indisponíve(?:l|is)))")
# ... then what its data covers ("My corpus covers only ...", "Mon corpus couvre uniquement ...", "Mis datos cubren
# solo ...") or where to look ("To find the mayor, see:", "Pour connaître ..., consultez :"), and the list under them.
_SCOPE_RE = re.compile(
    r"\b(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mein\w*|unser\w*|il mio|i miei|la mia|meu|minha|meus)"
    r" (?:corpus|data|database|dataset|knowledge|sources?|donn[ée]es|base|datos|daten|datenbank|dati|dados)\b"
    r"|\b(?:consult\w*|see|check|visit|refer to|voir|visitez|consulte\w*|siehe|besuchen|vedi|visita)\b[^.!?\n]*[:\uff1a]\s*$",
    re.IGNORECASE)
_LIST_ITEM_RE = re.compile(rf"\s*{ITEM_MARK}\s")


def not_available(r, start: int, end: int) -> str:
    """The sentence saying the replier's data holds nothing for the request, when the output between `start` and
    `end` is that sentence and at most what the data covers, where to look and the list under either; otherwise
    "". (Whether the request asks for those very words is the caller's to read: see reply.understands.)"""
    first = next((u for u in r.units if u.end > start and u.start < end), None)
    if first is None:
        return ""
    said = _NOT_AVAILABLE_RE.match(r.lower, first.start, first.end)
    if said is None:
        return ""
    tail = r.lower[said.end() : first.end]  # "pour Paris", "for 2030": what is not available, no clause after it
    if len(tail.split()) > r.thresholds.not_understood_tail_words or _A_CLAUSE_AFTER_RE.search(tail):
        return ""
    for u in list(units_between(r.units, start, end))[1:]:
        line_start = r.text.rfind("\n", 0, u.start) + 1
        if not (_SCOPE_RE.search(r.text, u.start, u.end) or _LIST_ITEM_RE.match(r.text, line_start)):
            return ""
    return first.text.strip()
