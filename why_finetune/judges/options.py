"""The options a prompt offers to pick from, and whether a reply names one. Two readings:

* The options of a request to classify. "Categorize the business into one of Restaurants, Home Services,
  Auto Services or Miscellaneous", "Classify the sentiment as Positive, Negative, or Neutral": a list of
  three options or more, in the request's sentence, offered to pick one from, either said so ("one of") or
  closed by "or". A reply that names none of them has not picked one (an advert for the business, a line of
  the review): it does not answer. The options are read from the sentence's punctuation (items between
  commas, the last two joined by "or" or "and"), as topic.enumerates reads a list; the request itself is
  recognised by its English verb (question.LABEL_VERBS), so in other languages nothing is read and nothing
  is held against a reply. An option is named by any word opening with the first letters of one of its
  words ("auto" opens "Automotive", "servic" opens "services"): a label in a sentence, inflected or by its
  stem is a pick. Only words in Latin letters are read, and only against a reply that writes some: a reply
  in another script ("负面" for Negative) cannot name them and is not held to them.
* The options a question offers around "or" ("Which is larger, Paris or Lyon?", "长江还是黄河更长？",
  "... (select one from tech, business, or politics):"), in the languages ``_DISJUNCTION_RE`` lists. A reply
  that names one of them, and only one, picks it: "Paris" answers, and is no echo of the question's words
  (question.py reads them into Question.options).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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


# --- The options a question offers around "or" ("Which is larger, Paris or Lyon?") --------------------------
# A reply that names one of them picks it: "Paris" answers, and is no echo of the question's words.

_CJK_CHAR_RE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
_CJK_RUN_RE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]+")
_KATAKANA_RUN_RE = re.compile(r"[\u30a1-\u30fa\u30fc]+")

# A prompt's last line closed by a colon is the slot its output fills ("The category of the text above is
# (select one from tech, business, or politics):"): with no question mark, it is the sentence that asks.
def closing_slot(lower: str) -> str:
    """The prompt's last line, when a colon closes it (lower case), else ""."""
    line = lower.rstrip().rsplit("\n", 1)[-1]  # (read from the end: no pattern tried at every character of a long line)
    return line if line.endswith((":", "\uff1a")) else ""


# "or" between two options, a word between spaces, in the languages whose questions offer them so (a
# closed class of words: English, French and Portuguese, German, Italian, Russian, the Nordic languages,
# Polish, Turkish, Indonesian; Chinese, Japanese, Korean). Not the Spanish and Italian "o" nor the
# Spanish "u": the same letter is the Portuguese "the" and the Polish and Czech "about" and "at".
_DISJUNCTION_RE = re.compile(
    r"(?<=\s)(?:or|ou|oder|oppure|или|либо|eller|czy|veya|atau)(?=\s)"
    r"|\u8fd8\u662f|\u6216\u8005|\u6216|\u305d\u308c\u3068\u3082|\u307e\u305f\u306f|\uc544\ub2c8\uba74|\ub610\ub294"
    # Japanese か between two Katakana words ("ポジティブかネガティブ"): the question's own か follows a verb
    # or です, not a Katakana noun with another after it.
    r"|(?<=[\u30a1-\u30fa\u30fc])\u304b(?=[\u30a1-\u30fa])"
)
_OR_ITEM_SEP_RE = re.compile(r"[,;:\uff0c\u3001\uff1a?\uff1f]")
# The word before a list's first item that offers it to pick from: "one from tech, ...", "one of red, ...".
_OFFERS_RE = re.compile(r"\b(?:from|of|between|among)\s+[^\W\d_][^\W_]*\s*\Z")
OPTION_MAX_WORDS = 3  # an option is a name or a short phrase ("the Nile", "der Gepard"); longer text is a clause


def options_around_or(sentence: str) -> tuple[frozenset[str], ...]:
    """The items on either side of each "or" in the asking sentence, and those listed before them with
    commas ("Paris, Lyon or Nice"): each the words of its stretch between separators when that is a
    short phrase, else the one word next to the "or" (in Chinese or Japanese, the run of characters)."""
    items: list[frozenset[str]] = []
    for m in _DISJUNCTION_RE.finditer(sentence):
        before = _OR_ITEM_SEP_RE.split(sentence[: m.start()])
        after = _OR_ITEM_SEP_RE.split(sentence[m.end() :])[0]
        items.append(_item(before[-1], last=True))
        items.append(_item(after, last=False))
        # Items listed before with commas: the stretches between them, all but the sentence's first, whose
        # last word is one only after a word that offers ("... select one from tech, business or politics").
        items.extend(_item(part, last=True) for part in before[1:-1]
                     if 0 < len(WORD_RE.findall(part)) <= OPTION_MAX_WORDS)
        if len(before) > 1 and _OFFERS_RE.search(before[0]):
            items.append(frozenset(WORD_RE.findall(before[0])[-1:]))
    return tuple(dict.fromkeys(i for i in items if i))


def _item(stretch: str, last: bool) -> frozenset[str]:
    words = WORD_RE.findall(stretch)
    if not words:
        return frozenset()
    if _CJK_CHAR_RE.match(words[-1 if last else 0]):
        # Characters are words here, and two options may share one ("长江", "黄河更长"): the option is the
        # run of characters next to the "or", kept whole, a word's worth or two.
        katakana = _KATAKANA_RUN_RE.findall(stretch)
        if katakana and (stretch.endswith(katakana[-1]) if last else stretch.startswith(katakana[0])):
            return frozenset({katakana[-1] if last else katakana[0]})  # a Katakana word, whole ("ポジティブ")
        run = _CJK_RUN_RE.findall(stretch)
        return frozenset({run[-1][-OPTION_MAX_WORDS - 1 :] if last else run[0][: OPTION_MAX_WORDS + 1]} if run else ())
    if len(words) <= OPTION_MAX_WORDS:
        return frozenset(words)
    return frozenset(words[-1:] if last else words[:1])


def picks_one(options: tuple[frozenset[str], ...], words: Iterable[str]) -> bool:
    """Do these words name one of the options a question offers, and only one ("Paris", not "Paris or
    Lyon")? Words shared by options ("the") decide nothing."""
    return options_named(options, words) == 1


def options_named(options: tuple[frozenset[str], ...], words: Iterable[str]) -> int:
    """How many of the options a question offers these words name."""
    words = tuple(words)
    characters = "".join(w for w in words if _CJK_CHAR_RE.match(w))  # read in a run, as the option is
    return sum(1 for item in options
               if any(w in item and w not in STOPWORDS for w in words) or (characters and any(characters in x for x in item)))


SUBJECT_WORDS = 6  # a sentence's subject: "the thermally driven and light induced reaction" holds both options


def opens_with_an_option(options: tuple[frozenset[str], ...], sentence: str) -> bool:
    """Is the sentence (lower case) a statement that opens with one of the options the question offers, its subject
    ("The light-induced reaction has a higher activation energy." for "Which reaction, thermally-driven or
    light-induced, has a higher activation energy?"): the pick, said in the question's words? It may name the other
    option after it ("... compared to the thermally-driven reaction"). Not a question, nor the options joined by
    "or" again, nor the options together as its subject ("The thermally-driven and light-induced reaction has ...":
    another option among its first SUBJECT_WORDS words)."""
    if len(options) < 2 or sentence.rstrip().endswith(("?", "\uff1f")) or re.search(r"\bor\b", sentence):
        return False
    words = WORD_RE.findall(sentence)
    at = next((k for k, w in enumerate(words) if w not in STOPWORDS), None)
    if at is None:
        return False
    picked = [item for item in options if words[at] in item]
    if len(picked) != 1:
        return False
    others = frozenset().union(*(item for item in options if item is not picked[0])) - picked[0]
    return others.isdisjoint(words[at : at + SUBJECT_WORDS])


# A sentence telling what to output, with the values quoted: "请只输出'hate'，否则只输出'not hate'", "Answer only with
# 'positive' or 'negative'.", "Réponds par « oui » ou « non »". Its quoted values are the outputs it asks for.
_OUTPUT_VERB_RE = re.compile(
    r"\b(?:output|answer|respond|reply|return|print|label|classify)\b|输出|輸出|出力|回答|回复|출력|답하"
    r"|\b(?:antworte\w*|réponds|répondez|responde|rispondi|responda)\b", re.IGNORECASE)
# A quoted value, its quotes not an apostrophe inside a Latin word ("the customer's review"); German „...“ too.
_QUOTED_RE = re.compile(r"(?<![A-Za-z\u00c0-\u024f])['\"\u201c\u2018\u300c\u300e\u00ab\u201e]\s*([^'\"\u201c\u201d\u2019\u300d\u300f\u00bb\n]{1,30}?)"
                        r"\s*['\"\u201d\u2019\u300d\u300f\u00bb\u201c](?![A-Za-z\u00c0-\u024f])")
_SENTENCE_END_RE = re.compile(r"[.!?\n\u3002\uff01\uff1f]")


@lru_cache(maxsize=256)
def quoted_outputs(query: str) -> frozenset[str]:
    """The values the request quotes as what to output, lower case (empty when it quotes none)."""
    if "'" not in query and '"' not in query and not any(q in query for q in "\u201c\u2018\u300c\u300e\u00ab"):
        return frozenset()
    found: set[str] = set()
    for sentence in _SENTENCE_END_RE.split(query):
        if _OUTPUT_VERB_RE.search(sentence):
            found.update(value.strip().rstrip(".\u3002").lower() for value in _QUOTED_RE.findall(sentence))
    return frozenset(found)


def says_a_quoted_output(query: str, text: str) -> bool:
    """Is the text, marks and quotes aside, one of the values the request quotes as what to output ("hate" for
    "... 请只输出'hate'，否则只输出'not hate'")? A value asked for, said bare: no continuation of the prompt's text,
    no echo of it, enough words."""
    said = text.strip().strip("'\"\u201c\u201d\u2018\u2019\u300c\u300d.\u3002!").strip().lower()
    return bool(said) and len(said) <= 30 and said in quoted_outputs(query)
