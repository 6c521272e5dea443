"""The options a request to classify offers to pick from, and whether a reply names one.

"Categorize the business into one of Restaurants, Home Services, Auto Services or Miscellaneous",
"Classify the sentiment as Positive, Negative, or Neutral": a list of three options or more, in the
request's sentence, offered to pick one from, either said so ("one of") or closed by "or". A reply that
names none of them has not picked one (an advert for the business, a line of the review): it does not
answer. The options are read from the sentence's punctuation (items between commas, the last two joined
by "or" or "and"), as topic.enumerates reads a list; the request itself is recognised by its English verb
(question.LABEL_VERBS), so in other languages nothing is read and nothing is held against a reply.

An option is named by any word opening with the first letters of one of its words ("auto" opens
"Automotive", "servic" opens "services"): a label in a sentence, inflected or by its stem is a pick. Only
words in Latin letters are read, and only against a reply that writes some: a reply in another script
("负面" for Negative) cannot name them and is not held to them.
"""

from __future__ import annotations

import re

from why_finetune.judges.text import STOPWORDS, WORD_RE

OPTIONS_MIN = 3  # three items make a list to pick from; two ("offensive or not") may be a yes/no in disguise
OPTION_PREFIX = 5  # an option's word is named by a word opening with its first five letters ("servic-e", "auto-motive")
_ITEM_SEP_RE = re.compile(r"[,\uff0c\u3001]")
_LAST_LINKER_RE = re.compile(r"\s+(?:or|and)\s+")
_OFFERED_RE = re.compile(r"\bone of\b")
_LETTERED_END_RE = re.compile(r"(?<!\S)([a-z][.)]\s+\S+)\s*\Z")  # "a) paris", "b. london" at an item's end
_LIST_END_RE = re.compile(r"[:\uff1a\n<]")  # "... or Negative: <br/>Super excited ...": the passage follows
_LATIN_WORD_RE = re.compile(r"[a-z\u00df-\u024f][a-z\u00df-\u024f'-]*")


def offered_options(sentence: str) -> tuple[str, ...]:
    """The words of the options a request's sentence (lower case) offers to pick from, or () when it
    offers no such list."""
    items = _ITEM_SEP_RE.split(sentence)
    if len(items) < OPTIONS_MIN - 1:
        return ()
    last = items[-1].strip()
    closed_by_or = last.startswith("or ") or " or " in last
    if not closed_by_or and not _OFFERED_RE.search(items[0]):
        return ()  # "Identify three countries in Europe, Asia, and Africa": where to look, not what to pick
    last = re.sub(r"^(?:or|and)\s+", "", _LIST_END_RE.split(last, maxsplit=1)[0])
    tail = _LAST_LINKER_RE.split(last, maxsplit=1)
    # The first item follows the request's lead-in ("... as positive"): its last word is the option. The last
    # runs on into the rest of the sentence ("miscellaneous based on its specialties"): its first words are.
    # After a colon the first item is whole ("Choose the answer: A) Paris, B) London, or C) Rome"); else it is
    # its last word, with the letter that names it ("... from A) Paris").
    lead_in, colon, first = items[0].rpartition(":")
    lettered = _LETTERED_END_RE.search(first)
    pieces = [first.split() if colon else lettered.group(1).split() if lettered else first.split()[-1:]]
    pieces += [item.split() for item in items[1:-1]]
    pieces += [piece.split() for piece in tail[:-1]] + [tail[-1].split()[:3]]
    # A letter is an option's name ("A) Paris", "C"), though "a" is a small word elsewhere.
    options = [[w for w in _LATIN_WORD_RE.findall(" ".join(piece)) if w not in STOPWORDS or len(w) == 1]
               for piece in pieces]
    options = [o for o in options if o]
    if len(options) < OPTIONS_MIN:
        return ()
    return tuple(dict.fromkeys(w for option in options for w in option))


def names_an_option(options: tuple[str, ...], text: str) -> bool | None:
    """Does `text` (lower case) name one of the options? None when it cannot: it writes no Latin letters."""
    if not _LATIN_WORD_RE.search(text):
        return None
    openings = tuple(w[:OPTION_PREFIX] for w in options)
    return any(word.startswith(openings) for word in WORD_RE.findall(text))
