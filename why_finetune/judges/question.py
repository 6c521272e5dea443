"""What the question asks for, and whether a reply has that form.

A question that asks for a fact can be answered in one word or one sentence: "Paris." for "What is
the capital of France?", "Eight." for "How many legs does a spider have?", "Yes, Lamini can generate
technical documentation." for "Can Lamini generate technical documentation?". Such a reply looks
like nothing much to the other measures (one word; most of its words copied from the question), so
they need to know what the question asks. The kinds, read from the question's first words:

* ``yes/no``: it starts with an auxiliary verb ("Is", "Can", "Does", "Should" ...), and is not a
  request in question form ("Can you explain ...?", which asks for an explanation).
* ``number``: "How many", "How much", "How old", "How long", "What year" ...
* ``name``: "Who", "Where", "Which", "When", "What is/are/was ...": a name, a place, a thing.
* ``translation``: "Translate ... into French", "How do you say ... in Spanish".
* ``rewrite``: a request to rework a passage the prompt holds ("Summarize: ...", "Rewrite this
  more politely: ...", "Fix the grammar in ..."): the reply reuses the passage's words by design.
* ``piece``: a request for a piece of writing ("Write a haiku about autumn", "Tell me a joke",
  "Compose a short poem about the sea"): the reply is the piece itself, which need not name its
  form (no haiku says "haiku"), so the request's verb and form are not its topic words (see
  ``piece_words``); and a poem, in short lines, need not name even its subject (a haiku about
  autumn may say "crisp leaves"), so verse is not checked for it (topic.py).
* ``question``: a question in a script the reader has no openers for (Chinese, Japanese, Korean,
  Russian ...) that ends with a question mark: it may ask for a fact, so a word or a statement of
  the answer may answer it. A question holding numbers and ending with a question mark or "="
  ("5かける7は？", "1000 + 20 + 4 = ?") asks for a ``number``, in any script.
* ``open``: anything else ("Tell me how to ...", "What do you think of Mars?", "taylor swift's best
  friend"): it asks for more than a word, so a word is never its form, and a reply that says it
  again is an echo.

The kind of a prompt of several sentences is that of its first question or request (or, when it
opens with a passage, of the question that follows it): the rest usually narrows it ("Does it provide information on training progress and metrics?").

A word of the prompt can be the answer: a name from its passage ("Ana" for "Ana, Ben and Carl ran. ...
Who came second?"), or one of the options its question offers ("Paris" for "Which is larger, Paris or
Lyon?", "长江" for "长江还是黄河更长？"). So the question keeps the words of the part that asks
(``asked``: in Chinese, whose comma joins what English writes as sentences, the last clause:
"老三叫什么？" after "小明的爸爸有三个孩子，...") and the options it offers (``options``: the
items on either side of "or" in the asking sentence, see options.py).
A reply that names one option or a word from outside the asking part picks; the question's own
subject said back ("France" for "What is the capital of France?") does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.asking_words import NUMBER_NAMES, asks_to_translate, kind_asked
from why_finetune.judges.asking_words import YES_NO_WORDS as YES_NO_WORDS_ELSEWHERE
from why_finetune.judges.language import ALL_FUNCTION_WORDS, function_words_of, in_english, not_in_english
from why_finetune.judges.options import closing_slot, offered_options, options_around_or, picks_one
from why_finetune.judges.pieces import match_piece_request
from why_finetune.judges.text import FIRST_SENTENCE_RE, STOPWORDS, UNSPACED_RE, WORD_RE, Unit, normalise_apostrophes

YES_NO = "yes/no"
NUMBER = "number"
NAME = "name"
TRANSLATION = "translation"
PIECE = "piece"
REWRITE = "rewrite"
LABEL = "label"
BLANK = "blank"
QUESTION = "question"
OPEN = "open"
FACT_KINDS = frozenset({YES_NO, NUMBER, NAME, TRANSLATION, LABEL, QUESTION, BLANK})
# "Classify the review as Positive or Negative", "Pick the odd one out", "Identify the language":
# the answer is a label, an option or a name, often one word of the prompt's own ("Positive", "C").
LABEL_VERBS = frozenset(
    "classify categorize categorise identify pick choose select label"  # ... and as the passive asks
    " classified categorized categorised identified picked chosen selected labelled labeled"
    # ... and in the other languages a question is commonly asked in: the verb as a
    # request says it ("Clasifica el sentimiento como positivo, negativo o neutral").
    " clasifica clasifique clasificar classifica classificare classifique classifiez classer"
    " klassifiziere klassifizieren classificeer classificeren categoriseer sklasyfikuj klasyfikuj"
    " классифицируй класифікуй".split()
)  # "The text must be classified as offensive or not offensive."
DIRECT_MAX_WORDS = 20  # a direct answer to a number question is one short sentence
LABEL_MAX_WORDS = 4  # a label, an option or a name: a few words, not a sentence

_AUXILIARIES = frozenset(
    """
am is are was were be do does did have has had can could will would shall should may might must
isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't couldn't won't wouldn't
shouldn't mustn't
""".split()
)
# "Can you explain ...?", "Could you tell me ...?": requests, whose answer is the thing requested.
_REQUEST_VERBS = frozenset(
    "explain tell describe give show list write provide summarize summarise suggest help walk outline compare define".split()
)
# A request to change a text it holds, which it names: "Change this sentence to past tense: ...", "Replace
# the underlined word with its antonym: ...", "Convert the following sentence to passive voice: ...", "Expand the
# given sentence and give it more details and depth."
_CHANGES_ITS_TEXT_RE = re.compile(
    r"(?:change|convert|turn|put|make|replace|expand|extend|lengthen) (?:this|these|the|each|every) (?:[a-z'-]+ ){0,2}"
    r"(?:sentence|sentences|text|paragraph|phrase|word|words|passage|verb|verbs|noun|nouns|adjective|adjectives)\b"
)
_NUMBER_OPENERS = ("how many", "count the", "count how many", "how much", "how old", "how long", "how far", "how often",
                   "how tall", "how big",
                   "what year", "which year", "what number", "in what year", "in which year", "what percentage",
                   "what percent", "what proportion", "what fraction")
# A question or a request whose object is a number ("What is the smallest positive integer?", "Say one number.",
# "Pick a prime number."): a number answers it, bare.
_A_NUMBER_NAMED_RE = re.compile(
    r"^(?:what|which)(?: (?:is|are|was|were) the(?: (?!of\b)[a-z'-]+){0,3})? (?:number|integer|digit|numeral)s?\b"
    r"|^(?:please )?(?:say|give|name|pick|choose|tell|write)(?: me| us)? (?:a|an|one|any)(?: [a-z'-]+){0,2}"
    r" (?:number|integer|digit)\b")
# A question closed by the unit its answer is in ("What is the boiling point of water in Celsius?", "... in
# kilometres"): a number answers it.
_IN_A_UNIT_RE = re.compile(
    r"\bin (?:degrees )?(?:celsius|fahrenheit|kelvin|degrees|centimet(?:er|re)s|met(?:er|re)s|kilomet(?:er|re)s|miles"
    r"|feet|inches|grams|kilograms|kg|pounds|lbs|lit(?:er|re)s|seconds|minutes|hours|days|years|percent|dollars|euros)$")
_NAME_OPENERS = frozenset({"who", "whom", "whose", "where", "which", "when"})
_REWRITE_VERBS = frozenset(
    "summarize summarise rewrite rephrase paraphrase shorten simplify condense proofread reword tldr"
    # ... and as a request says them in Spanish, French, Italian, Portuguese, German and Dutch
    # ("Reescribe esta frase de forma más formal: ...").
    " reescribe reescriba reformula parafrasea resuma réécris réécrivez reformule reformulez paraphrasez"
    " résume résumez riscrivi riformula parafrasa riassumi reescreva parafraseie formuliere herschrijf"
    " herformuleer".split()
)
# The verbs that ask for a text to be made: one stands for another ("Write a sentence ..." for "Create a sentence").
MAKING_VERBS = frozenset("write create compose generate make draft invent produce".split())
# The verbs an instruction opens with ("Summarize: ...", "Write a haiku ...", "Translate ...").
INSTRUCTION_VERBS = _REQUEST_VERBS | _REWRITE_VERBS | frozenset(
    "compose make sing recite create invent translate name draft generate".split()
)
# "List four ways to save money", "Give me three tips for better sleep", "Name five rivers".
_LIST_RE = re.compile(
    r"^(?:please |can you |could you )?(?:list\b|name (?:a few|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"|(?:give|tell|suggest|show) (?:me |us )?(?:a few|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?: [a-z'-]+){0,2} (?:tips|ways|ideas|steps|reasons|examples|things|options|suggestions|names|facts)\b"
    r"|(?:give|show) (?:me |us )?a list of\b)"
)
# A poem or a song asked for in the other languages the judges read ("ein kurzes Gedicht über den Herbst", "ein Lied"
# but not the English "lied", "un poème sur la mer", "un sonetto sulla nostalgia", "стихотворение о зиме", "秋の俳句"):
# its lines show the topic, they need not name it.
_VERSE_RE = re.compile(
    r"\b(?:gedicht\w*|(?:ein|das|einen|einem|kurzes|kleines) lied\w*|lieder\b|"
    r"poème\w*|poésie\w*|chanson\w*|poemas?|poesía\w*|poesia\w*|canción\w*|canzon\w*|"
    r"canç\w*|sonn?et\w*|haiku\w*|стих\w*|сонет\w*|песн\w*|вірш\w*|пісн\w*|कविता|गीत)\b|詩|俳句|短歌|诗|歌词|시를|시 한|노래"
)
NUMBER_WORDS = frozenset(
    """
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion trillion dozen half none
""".split()
)
YES_NO_WORDS = frozenset(
    "yes no yeah yep yup nope sure certainly absolutely definitely indeed correct right true false not never".split()
)
_VERDICT_LAST_MAX_WORDS = 5  # "The short answer is no." A longer sentence ending in "no" says something else
_POLAR_PHRASES = ("i think so", "i don't think so", "i do not think so", "of course", "not really", "not at all")
# The sentence that asks: the last one ending with a question mark (either width).
# Each match starts where a sentence does (the text's start or after a sentence's end): tried inside a sentence too, a
# long line without one would be read again from every character.
_ASKING_RE = re.compile(r"(?<![^.?!\n\u3002\uff1f\uff01])[^.?!\n\u3002\uff1f\uff01]*[?\uff1f]")
# Japanese also asks with the particle か at a sentence's end, with a full stop instead of a question
# mark ("...数字はどれか。"): the written form of a question, as "?" is.
_ENDS_ASKING_RE = re.compile(r"(?:[?\uff1f]|\u304b\u3002?|=[ \t]*[?\uff1f]?)[ \t]*\Z")


@dataclass(frozen=True)
class Question:
    kind: str
    words: frozenset[str]  # every word of the prompt's question
    # The words of the sentence that asks (its last question, or its first sentence): a word of the
    # prompt that is not among them was picked from its passage or options ("Ana", "B. Apple").
    asked: frozenset[str]
    # Its first two words (Chinese or Japanese: five characters): a sentence that starts so is the question said again.
    opening: tuple[str, ...]
    stems: tuple[str, ...]  # its topic words, stemmed (see topic.py)
    # A poem, or a list ("Give me three tips for better sleep"): a reply in short lines need not name
    # the subject in any of them (topic.py).
    in_lines: bool
    # How a further request of the same kind would open, when the prompt is an instruction: its
    # first two words ("write a", "give me"), or its label ("summarize:" for "Summarize: ...").
    instruction: str | None
    # Made of numbers ("What is 2 + 2?", "What is the sum of 3 and 7?", "5かける7は？"): two numbers or
    # more and few other words in its asking sentence. Its topic words are none; its answer is a number.
    arithmetic: bool = False
    # The options the asking sentence offers ("Paris or Lyon"), each as the set of its words.
    options: tuple[frozenset[str], ...] = ()
    # The question's own numbers, as digits and spelled out, when its result cannot be one of them
    # ("3", "three", "7", "seven" for "What is the sum of 3 and 7?"; see _numbers_no_result); for a request for a
    # synonym, an opposite or a rhyme, every word of the prompt (the answer is another word).
    no_result: frozenset[str] = frozenset()
    # The words of the options a request to classify offers to pick from ("restaurants", "home", "services",
    # ... for "Categorize the business into one of Restaurants, Home Services, ..."; see options.py).
    label_options: tuple[str, ...] = ()
    # A number question read only from its digits and its question mark ("1000 + 20 + 4 = ?", "... 5 temas ... ya?"),
    # not from words that ask for a number ("How many ...?", "In che anno ...?").
    number_by_its_digits: bool = False

    @property
    def asks_for_a_fact(self) -> bool:
        return self.kind in FACT_KINDS

    @property
    def asks_for_a_piece(self) -> bool:
        """A joke, a story, a letter: a piece asked for, or a request opening with a verb of making ("Write a letter
        ..."); not a request to name, describe or explain something."""
        return self.kind == PIECE or (self.instruction is not None and self.instruction.split()[0] in MAKING_VERBS)

    @property
    def asks_for_a_translation(self) -> bool:
        return self.kind == TRANSLATION

    @property
    def asks_for_a_rewrite(self) -> bool:
        return self.kind == REWRITE

    @property
    def asks_yes_or_no(self) -> bool:
        """A yes/no question, or an instruction to tell whether something holds."""
        return self.kind == YES_NO or "whether" in self.asked


@lru_cache(maxsize=256)
def read_question(query: str) -> Question:
    from why_finetune.judges.topic import topic_words

    lower = normalise_apostrophes(query.lower())
    words = WORD_RE.findall(lower)
    opening = FIRST_SENTENCE_RE.match(lower.strip())
    first = opening.group(0) if opening else ""
    instruction = None
    if words and words[0] in INSTRUCTION_VERBS:
        labelled = lower.lstrip().startswith(words[0] + ":")
        instruction = words[0] + ":" if labelled else " ".join(words[:2])
    kind = _kind(first, lower)
    asking = [_unlabelled(sentence) for sentence in _ASKING_RE.findall(lower)]
    if kind == OPEN and asking:
        kind = _kind(asking[-1].strip(), lower)  # a passage, then its question: the question's kind
    remark = _AFTER_A_REMARK_RE.match(asking[-1]) if kind == OPEN and asking else None
    if remark and _YES_NO_CLAUSE_RE.match(remark.group(1)) and WORD_RE.findall(remark.group(1))[0] in _AUXILIARIES:
        # A remark, then the question after a comma ("That's a good start, should I do anything to avoid scrutiny?"):
        # the question's kind, when the clause opens as a yes/no question does.
        kind = _kind(remark.group(1), lower)
    if kind == OPEN and asking and asking[-1].rpartition(", ")[2].startswith(("how many ", "how much ")):
        kind = NUMBER  # a condition, then the number asked ("If Eliza worked 45 hours, how much are her earnings?")
    by_its_digits = kind in (OPEN, QUESTION) and _ENDS_ASKING_RE.search(lower.rstrip()) is not None \
        and any(c.isdecimal() for c in first)
    if by_its_digits:
        kind = NUMBER  # "5かける7は？", "1000 + 20 + 4 = ?": in any script, a number answers it
    asking_sentence = asking[-1] if asking else first
    asked = frozenset(WORD_RE.findall(_asking_clause(asking_sentence)))
    in_lines = kind == PIECE or bool(_LIST_RE.match(" ".join(WORD_RE.findall(first)))) or bool(_VERSE_RE.search(first))
    arithmetic = _made_of_numbers(asking_sentence)
    label_options = (offered_options(first) or offered_options(asking_sentence)) if kind == LABEL else ()
    no_result = _numbers_no_result(asking_sentence) if arithmetic else (
        frozenset(words) if _ONE_WORD_WORDS.intersection(WORD_RE.findall(first)) else frozenset())
    return Question(kind, frozenset(words), asked, _opening(words), topic_words(query)[0], in_lines, instruction,
                    # With no question mark, the closing slot or the instruction offers them ("判断...是正面还是负面：").
                    arithmetic, options_around_or(asking[-1]) if asking else (options_around_or(closing_slot(lower)) or options_around_or(first)),
                    no_result, label_options, by_its_digits)


# A field label opening the asking sentence ("Question: When was ...?", "Pregunta: ...", "问题：...", "Quick question -
# how many ...?"): it names the field the question is in, it asks nothing. A few words, maybe numbered, then a colon
# or a dash.
_LABEL_OPENING_RE = re.compile(
    r"\s*[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}(?:(?:[ \t]*\d+)?[ \t]*(?::[ \t]+|\uff1a[ \t]*)|[ \t]+[-\u2013\u2014][ \t]+)(?=\w)"
)


def _unlabelled(sentence: str) -> str:
    """The asking sentence less a field label opening it: its kind and its words are the question's. So too an
    instruction before a colon that a question follows ("Reply with just a number: how many minutes are in a
    day?"): the question after it is what is asked."""
    label = _LABEL_OPENING_RE.match(sentence)
    if label:
        return sentence[label.end() :]
    head, colon, tail = sentence.rpartition(": ")
    if colon and head.strip() and tail.split(maxsplit=1)[:1] and tail.split(maxsplit=1)[0] in _QUESTION_WORDS:
        return tail
    return sentence


# A request for a word: a synonym, an antonym, the opposite, a rhyme.
_ONE_WORD_WORDS = frozenset("synonym synonyms antonym antonyms opposite rhymes rhyme".split())
# The words a question opens with, after an instruction and a colon.
_QUESTION_WORDS = frozenset("how what who whom whose when where which why".split())


CJK_OPENING_CHARS = 5  # two words' worth of Chinese or Japanese characters, less an ending (see topic.CJK_CHARS_A_WORD)
_CJK_CHAR_RE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
# The Chinese comma joins clauses that English writes as sentences ("...有三个孩子，老三叫什么？"). Not the
# Japanese "、", which also follows a question's own topic ("日本の首都は、どこですか？").
_CJK_CLAUSE_RE = re.compile(r"\uff0c")


def _opening(words: list[str]) -> tuple[str, ...]:
    """The question's first two words; where a character is a word (Chinese, Japanese), two are less than
    a word ("小明"), so its first CJK_OPENING_CHARS characters (see echo.find_openings)."""
    if words and _CJK_CHAR_RE.match(words[0]):
        return tuple(words[:CJK_OPENING_CHARS])
    return tuple(words[:2])


_AFTER_A_REMARK_RE = re.compile(r"[^,?]{2,60},\s*([a-z][^,]*\?)\s*\Z")
# ... a clause asking yes or no: not "do you know a good recipe?" (asks for one) nor "is it better to rent or buy?"
_YES_NO_CLAUSE_RE = re.compile(r"(?!(?:do|did|does) you know\b)(?![^?]* or (?!not\b|no\b))\w")


def _asking_clause(sentence: str) -> str:
    """The part of the asking sentence that asks: the whole sentence, or, in Chinese, its last clause
    after a comma when that has words ("老三叫什么？")."""
    if not _CJK_CHAR_RE.search(sentence):
        return sentence
    last = _CJK_CLAUSE_RE.split(sentence)[-1]
    return last if WORD_RE.search(last) else sentence


def is_a_pick(question: Question, words: tuple[str, ...]) -> bool:
    """A few words naming one of the question's options, or an option written in characters whole
    ("ポジティブ": five characters, one word)."""
    short = len(words) <= LABEL_MAX_WORDS or any("".join(words) in item for item in question.options)
    return short and picks_one(question.options, words)


ARITHMETIC_MAX_OTHER_WORDS = 6  # "what is the sum of ... and ...": six words around the numbers
SPELLED_NUMBERS = dict(enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()))  # by value: a reply may say "six" for the question's 6
# An operation between two numbers, by its sign ("6 + 5", "8x3") or its name ("the sum of 3 and 7").
_OPERATION_SIGN_RE = re.compile(r"\d[ \t]*[-+*/x^\u00d7\u00f7\u2212][ \t]*\d")
_OPERATION_WORDS = frozenset(
    "sum plus minus times product difference multiplied divided added subtract subtracted quotient".split())


def _numbers_no_result(sentence: str) -> frozenset[str]:
    """The numbers of an asking sentence that cannot be its result, as digits and spelled out: two numbers
    joined by an operation, each 2 or more and neither a divisor of the other (or one number twice:
    "2 + 2"). Their sum, difference, product, quotient or power is then neither of them, so a reply whose
    only numbers are these says the question again, it gives no result. Otherwise nothing: 0 or 1 leaves
    the other number as the result (9 * 1), a divisor may be it (6 - 3 = 3, 4 / 2 = 2, 25% of 100), a
    comparison picks one ("Which is larger, 3 or 7?", no operation), and with three numbers a step may
    land on one (11 - 3 - 5 = 3)."""
    numbers = [w for w in WORD_RE.findall(sentence) if w.isdecimal()]
    if len(numbers) != 2 or "%" in sentence:
        return frozenset()
    if not (_OPERATION_SIGN_RE.search(sentence) or _OPERATION_WORDS.intersection(WORD_RE.findall(sentence))):
        return frozenset()
    small, large = sorted(map(int, numbers))
    if small < 2 or (small != large and large % small == 0):
        return frozenset()
    spelled = (SPELLED_NUMBERS.get(int(n)) for n in numbers)
    return frozenset(numbers) | frozenset(w for w in spelled if w)


# A scale in brackets, its first number smaller ("relevance_score (1-10)", "priority (1–5)"): the range an
# answer's number falls in, not two numbers to work on.
# A range that is no sum: a scale in brackets ("(1-10)"), or a length with its unit after it ("in 3-4 sentences",
# "2–3 paragraphs"); the first number the smaller (7-2 is a difference, "15 - 27 then?" one with a word after it).
_SCALE_RE = re.compile(r"\(\s*(\d+)\s*[-\u2013]\s*(\d+)\s*\)|\b(\d+)\s*[-\u2013]\s*(\d+)(?=\s+(?:sentences?|paragraphs?"
                       r"|words?|lines?|bullets?|bullet points?|points?|pages?|minutes?|hours?|days?|items?|examples?"
                       r"|steps?|options?|ideas?|tips?|questions?|reasons?|names?)\b)")


def _made_of_numbers(sentence: str) -> bool:
    sentence = _SCALE_RE.sub(lambda m: " " if int(m.group(1) or m.group(3)) < int(m.group(2) or m.group(4))
                             else m.group(0), sentence)
    words = WORD_RE.findall(sentence)
    numbers = sum(1 for w in words if w.isdecimal())
    # A phrase of Thai (or another script written without spaces between words) is many words, not one.
    others = sum(len(w) if UNSPACED_RE.match(w) else 1 for w in words if not w.isdecimal())
    return numbers >= 2 and others <= ARITHMETIC_MAX_OTHER_WORDS


# A blank to fill: a run of underscores ("Water freezes at ___ degrees Celsius.").
# A blank to fill: a run of underscores, or an empty pair of brackets standing apart from a name ("can form () and
# other landforms", "中国的首都是（ ）。"; not a call's "print()").
_BLANK_RE = re.compile(r"_{3,}|(?<![\w)\]])[(\uff08][ \t\u3000]*[)\uff09]")


def _kind(first: str, whole: str) -> str:
    if asks_to_translate(whole):
        return TRANSLATION
    if _BLANK_RE.search(whole):
        return BLANK
    w = WORD_RE.findall(first)
    if not w:
        return OPEN
    text = " ".join(w)
    if match_piece_request(text):
        return PIECE
    if LABEL_VERBS.intersection(w):
        return LABEL
    if _ONE_WORD_WORDS.intersection(w) or "one word" in text or "a word" in text:
        return NAME  # "Give me a synonym for 'happy'", "a word that rhymes with 'light'": a word answers it
    if "whether" in w:
        return LABEL  # "Decide whether the tweet is offensive or not": "Offensive", or a yes or a no
    if len(w) > 1 and w[0] in ("in", "on", "at", "for", "from", "to") and w[1] in ("what", "which"):
        return NAME
    if w[0] in _REWRITE_VERBS or text.startswith(("fix the", "fix this", "correct the", "correct this")) \
            or _CHANGES_ITS_TEXT_RE.match(text):
        return REWRITE
    asked = kind_asked(first, in_english(first))  # "Wie viele ...?", "Was ist ...?", "Apakah ...?": in its own words
    if asked:
        return asked
    if any(text.startswith(opener) for opener in _NUMBER_OPENERS) or _A_NUMBER_NAMED_RE.match(text) \
            or (w[0] in ("what", "which") and _IN_A_UNIT_RE.search(text)):
        return NUMBER
    if w[0] in _NAME_OPENERS or (w[0] == "what" and len(w) > 1 and w[1] in ("is", "are", "was", "were", "what's")):
        return NAME
    if w[0] == "name" and len(w) > 2 and w[1] in ("a", "an", "one"):
        return NAME  # "Name a mammal that can fly.": one name asked, as "Which mammal can fly?" asks it
    if w[0] == "what" and len(w) > 2 and w[2] in _AUXILIARIES:
        return NAME  # "What colour is the sky", "what language does argentina speak"
    if w[0] == "what's":
        return NAME
    if w[0] in _AUXILIARIES:
        if len(w) > 2 and w[1] == "you" and (w[2] in _REQUEST_VERBS or (w[2] == "please" and len(w) > 3)):
            return OPEN
        return YES_NO
    if _DECLARATIVE_QUESTION_RE.match(text) and first.rstrip().endswith("?") and "," not in first \
            and WH_WORDS.isdisjoint(w):
        return YES_NO  # "So you have a lot of free time?", "You like pizza?": a statement asked, yes or no
    if w[0] in _WHY_WORDS or tuple(w[:2]) in _WHY_PAIRS:
        return OPEN  # "Warum ist das Meer salzig?", "¿Por qué ...?": a reason asked, in any words (no yes, no name)
    if not w[0].isascii() and _ENDS_ASKING_RE.search(first.rstrip() or whole.rstrip()):
        return QUESTION
    if _ENDS_ASKING_RE.search(first.rstrip()) and function_words_of(w, STOPWORDS):
        # A question in another language of Latin letters ("Combien font trois plus quatre ?"): its
        # openers are not English ones, so it is read as a question in another script is.
        return QUESTION
    return OPEN


# A statement asked as a question: its subject first, after "so", "and" or "but" at most ("So you have a lot of
# sex?", "And he said yes?"), no question word anywhere in it, and no comma (after a remark and a comma, "I have
# leftover rice, do you know a good recipe?", the question is read by its own words).
_DECLARATIVE_QUESTION_RE = re.compile(r"(?:(?:so|and|but|oh) )?(?:you|he|she|they|it|we|i|your|his|her|their) \w")
WH_WORDS = frozenset("what which who whom whose where when why how".split())


def a_question_cut_off(unit: Unit) -> bool:
    """Is the unit a question stopped at the token limit ("What is the average speed he runs in each", "¿Qué es el
    índice"): a question word or Spanish's opening mark first, no sentence's end? It asks, as one with its question
    mark would."""
    return bool(unit.words) and (unit.words[0] in WH_WORDS or unit.text.lstrip().startswith("\u00bf")) \
        and not unit.text.rstrip().endswith((".", "!", ":", ";", ")", '"'))


# "Why" in the languages of Latin letters the judges read: a question asking a reason, answered in any words.
_WHY_WORDS = frozenset("warum wieso weshalb pourquoi perché perche waarom varför hvorfor mengapa kenapa".split())
_WHY_PAIRS = frozenset({("por", "qué"), ("por", "que"), ("por", "quê"), ("de", "ce")})
_QUESTION_MARK_RE = re.compile(r"[?\uff1f]")
# The text a rewrite request quotes: between double quotes of any language, or single quotes opening
# after a space or a colon (not an apostrophe: "don't").
_QUOTED_TEXT_RE = re.compile("[\"\u201c\u00ab\u300c]([^\"\u201d\u00bb\u300d\\n]{2,300})[\"\u201d\u00bb\u300d]|(?<=[\\s:])'([^'\\n]{2,300})'")


def reworks_a_question(question: Question, query: str, words: Iterable[str] = ()) -> bool:
    """Is a question in the output the work the prompt asks for? A rewrite or a translation of a text
    that is a question ("Rewrite this sentence to sound more formal: \"Hey, can you send me that report
    asap?\"") is a question too; and a rewrite of a quoted order may be a polite question that says its
    words again (`words`, the output's question: "Could you please send me the report?" for "Send me that
    report now."). Such a question asks nothing of the asker."""
    if question.kind not in (REWRITE, TRANSLATION):
        return False
    if _QUESTION_MARK_RE.search(query):
        return True
    if question.kind != REWRITE:
        return False
    quoted = {w for m in _QUOTED_TEXT_RE.finditer(normalise_apostrophes(query.lower()))
              for w in WORD_RE.findall(m.group(1) or m.group(2))}
    return any(w in quoted and w not in STOPWORDS for w in words)


# A request whose work is a question: a verb of making, then one or a few of them ("Write a question about ...",
# "Generate three quiz questions", "Ask me a question", "Suggest a headline"), a sentence turned into one ("Turn the
# statement into a question", "Rewrite it as a question"), or the questions asked about ("What are some common
# questions ..."). A question in the reply is then the thing asked for, not a question back. Not "What is the title
# of ...?" nor "Give a short answer to this question": the question there is the asker's.
_PIECE_NOUNS = r"(?:questions?|interrogatives?|headlines?|hooks?|titles?|slogans?|taglines?|riddles?)"
_ASKS_FOR_A_QUESTION_RE = re.compile(
    r"\b(?:write|generate|create|make|form|formulate|pose|compose|draft|suggest|come up with|give me|think of|ask)"
    r"\b[^.?!\n]{0,40}?\b(?:an?|some|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}{_PIECE_NOUNS}\b"
    r"|\b(?:turn|convert|rewrite|change|transform|rephrase|make)\b[^.?!\n]{0,60}?\b(?:into|as|to)\s+(?:an?\s+)?"
    r"(?:[\w'/-]+\s+){0,2}(?:questions?|interrogatives?)\b"
    r"|\bask (?:me|us)\b"
    r"|\bwhat are (?:some|the)\s+(?:[\w'-]+\s+){0,2}questions\b"
)
# The same in the other languages the judges read: a verb of making, then the question ("Escribe una pregunta",
# "Schreibe eine Frage", "Напиши вопрос"), or where the verb comes last, the question, then it ("इस वाक्य को प्रश्न
# में बदलिए", "質問を一つ書いてください", "질문을 만들어", "질문을 작성해주세요"), with no answer between them
# ("प्रश्न का उत्तर लिखिए", "質問への答えを書いて" ask for the answer); in Chinese a verb, a number, then the question
# ("出三道…问答题", "写一个…问题"), not "出现问题" (a problem arises) nor "下面提出的问题" (the question below); a quiz
# ("クイズ").
_ASKS_FOR_A_QUESTION_ELSEWHERE_RE = re.compile(
    r"\b(?:escrib[ea]|escribir|crea|cree|crear|crie|criar|genera|genere|generar|gere|gerar|formula|formule|formular|"
    r"convierte|convierta|convertir|converta|converter|transforma|transforme|haz|faça|schreibe?|erstelle?n?|stelle?|"
    r"verwandle?|formuliere?|écris|écrivez|écrire|rédige[zr]?|crée[zr]?|génère|générez|scrivi|scriva|scrivere|crea|"
    r"напиши(?:те)?|придумай(?:те)?|составь(?:те)?|задай(?:те)?|сформулируй(?:те)?|преврати(?:те)?|"
    r"переформулируй(?:те)?)\b[^.?!\n]{0,60}?\b(?:preguntas?|fragen?|questions?|domand[ae]|perguntas?|вопрос\w*|"
    r"запитан\w*)\b"
    r"|(?:प्रश्न|सवाल|質問|疑問文|질문)[^.?!\u3002\n\u7b54\u0909\ub2f5]{0,20}?(?:बदल|लिख|बना|書|作|考え|만들|써|바꿔)"
    # ... in Korean "write" or "generate" only right after the questions, a particle and a count between them at most,
    # and as a request ("질문을 작성해주세요", "질문 세 개를 생성해 주세요"): "질문을 참고하여 자기소개서를 작성해주세요" asks
    # for a cover letter.
    r"|질문(?:을|를)?\s*(?:(?:\d+|[한두세네]|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|가지)\s*(?:을|를)?\s*)?(?:작성|생성)"
    # ... asking for them, not "when writing" or "how to write" ("질문을 작성할 때", "질문 작성 요령")
    r"(?:해\s*(?:주세요|줘|주십시오|줄래|봐|보세요|주시겠어요)|하(?:세요|시오|라)|해라|\s*[.!?]|\s*$)"
    r"|(?:写|提出|编|出)[^\u3002\n]{0,4}?[一二两三四五六七八九十几\d]+[^\u3002\n]{0,10}(?:问题|问答题|题目|测验题)"
    r"|クイズ|問題を[^\u3002\n]{0,8}(?:作|出)"
    # ... and what questions the reader would have, as English "What are some questions ...?" asks ("…ユーザーが感じる
    # であろう疑問とは？", "どのような質問が考えられますか？")
    r"|(?:疑問|質問)(?:とは|は何|はなん)|(?:どんな|どのような)(?:疑問|質問)"
)


@lru_cache(maxsize=256)  # a function of the request alone, asked by several measures of every output
def asks_for_a_question(query: str) -> bool:
    """Is a question the work the request asks for (see _ASKS_FOR_A_QUESTION_RE)?"""
    lower = normalise_apostrophes(query.lower())
    return bool(_ASKS_FOR_A_QUESTION_RE.search(lower) or _ASKS_FOR_A_QUESTION_ELSEWHERE_RE.search(lower))


_QUESTION_NOUN_RE = re.compile(r"\bquestions?\b|\bpreguntas?\b|\bfragen?\b|\bdomand[ae]\b|\bperguntas?\b|вопрос|質問|질문|问题")


# ... not an answer to one ("Genera una respuesta a la siguiente pregunta: ..."), nor a task set as one, which may be
# an imperative ("Write a homework question on this article": "Write two sentences explaining why ...").
_ANSWER_NOUN_RE = re.compile(r"\b(?:answers?|respuestas?|antworte?n?|r\u00e9ponses?|rispost[ae]|respostas?)\b|ответ|回答|答え|답변")
_TASK_QUESTION_RE = re.compile(r"\b(?:homework|exam|essay|test|quiz|practice|exercise|assignment|discussion|review)"
                               r"\s+questions?\b")
# ... nor questions named only to be forbidden or allowed for ("Don't ask me any questions, just write ...", "If you
# have questions, ask me before you start.").
_QUESTIONS_NOT_ASKED_FOR_RE = re.compile(
    r"\b(?:don't|do not|never|without|no need to)\b[^.?!\n]{0,30}\bquestions?\b|\bif you have (?:any )?questions?\b")


@lru_cache(maxsize=256)  # a function of the request alone, asked of every output
def asks_for_a_question_by_name(query: str) -> bool:
    """Does the request ask for a question by that name ("Generate a question that has the following answer: ...")?
    Not a title, a slogan or a riddle, which asks_for_a_question reads too and which need no question mark; not an
    answer to a question named before it; not a homework or an exam question, a task that may be set in the
    imperative; not questions named only to forbid or allow for them."""
    lower = query.lower()
    noun = _QUESTION_NOUN_RE.search(lower)
    return noun is not None and asks_for_a_question(query) and not _ANSWER_NOUN_RE.search(lower, 0, noun.start()) \
        and not _TASK_QUESTION_RE.search(lower) and not _QUESTIONS_NOT_ASKED_FOR_RE.search(normalise_apostrophes(lower))


# A question written out: its mark (Latin, full width, Arabic), a blank to fill, or, in English, a sentence opening
# with a question word or an auxiliary ("What is the name of the hitman" cut off before its mark), or with a quiz's or
# an interviewer's command ("Name the year in which ...", "Tell me about a time you failed.", "1. Describe ...").
_A_QUESTION_RE = re.compile(
    r"[?\uff1f\u061f]|_{3,}|(?:^|[.!:\n]\s*)(?:\d+[.)]\s*)?(?:what|who|whom|whose|which|when|where|why|how|is|are|was|"
    r"were|do|does|did|can|could|will|would|should|has|have|name|describe|tell me|explain|list|give|complete|fill in"
    r"|conjugate|translate|identify|define|compare|discuss|please)\b", re.IGNORECASE)


def holds_a_question(text: str) -> bool:
    """Does the text ask a question, in one of the forms of _A_QUESTION_RE?"""
    return _A_QUESTION_RE.search(text) is not None


def is_number(word: str) -> bool:
    return word.isdecimal() or word in NUMBER_WORDS or word.replace("th", "").isdecimal()


def a_bare_number(question: Question, words) -> bool:
    """Is the reply a bare number for a number question ("20" for "How many cups ... if the flock is 20
    chickens?")? A word problem's result may be one of its own numbers: said alone, it answers and echoes nothing.
    Not a number a sum's result cannot be ("7" for "the sum of 3 and 7", see Question.no_result)."""
    return len(words) == 1 and question.kind == NUMBER and is_number(words[0]) and words[0] not in question.no_result


# A number, then its unit in four words at most: "180 meters", "15 cups of feed.", "100 °C".
_NUMBER_AND_A_WORD_RE = re.compile(r"\s*\d[\d,.]*\s*\u00b0?[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}\s*[.!]?\s*")


def a_number_and_its_unit(question: Question, text: str) -> bool:
    """Is the reply to a number question a number and its unit, four words at most ("180 meters" for "How many total
    meters does he run a week?", "15 cups of feed")? The number is the answer; the unit is often the question's words,
    by necessity, no echo. (A number opening a line is read as a list's numbering, so the unit is all the reply's words
    hold.)"""
    return question.kind == NUMBER and _NUMBER_AND_A_WORD_RE.fullmatch(text) is not None


def word_fits(question: Question, word: str) -> bool:
    """Is this one word a reply of the form the question asks for?"""
    if picks_one(question.options, (word,)):
        return True  # "Paris" for "Which is larger, Paris or Lyon?", whatever the question's kind
    if question.arithmetic and question.asks_for_a_fact and is_number(word):
        # A number answers a sum asked ("3" for "What is 6 - 3?"), unless it is one of the question's own that
        # its result cannot be ("7" for "the sum of 3 and 7"); a bare "1, 2, 3" asks for nothing.
        return word not in question.no_result
    elsewhere = not_in_english(" ".join(sorted(question.words)))  # a question in another language than English
    if question.kind == YES_NO:
        return word in YES_NO_WORDS or (elsewhere and word in YES_NO_WORDS_ELSEWHERE)
    if question.kind == NUMBER:
        # A number, or in another language its name ("Siete.", "Пять.") or a name made of names ("Neunzehnhundert-
        # neunundachtzig", "Millequattrocentonovantadue": a year written out in one word).
        return is_number(word) or (elsewhere and (word in NUMBER_NAMES or numeral_compound(word)))
    if question.kind == LABEL:
        return word not in STOPWORDS or len(word) == 1  # "Positive", "C"
    if question.kind == BLANK:
        return word not in question.asked  # what fills it, a small word too: "0", "down"
    if question.kind in (NAME, TRANSLATION, QUESTION):
        # A word of its own: not one of the asking sentence's (a name picked from the prompt's
        # passage or options is one: "Ana" for "Ana, Ben and Carl ran. ... Who came second?"), not
        # scaffolding, not yes or no. A number answers "When ...?", "... what year ...?" and a sum
        # ("What is 12 times 12?"), not "Who ...?" nor "What is the capital of France?".
        new = word not in question.asked and word not in STOPWORDS and word not in YES_NO_WORDS
        if question.kind != TRANSLATION:
            # ... nor a yes or a no of another language ("Sí." for "¿Quién ...?", "Ja." for "Was bedeutet ...?"), nor,
            # for a question in another language, a word holding sentences together in one ("Und.", "Yang.").
            new = new and word not in YES_NO_WORDS_ELSEWHERE and not (elsewhere and word in ALL_FUNCTION_WORDS)
        # A formula is a word of letters and digits ("H2O", "CO2"; not a label's "Q2"); digits alone answer only a
        # number asked. A synonym, an opposite or a rhyme is no word of the prompt's ("generous" for the opposite of
        # "generous" is the input said again).
        formula = word.isalnum() and sum(map(str.isalpha, word)) >= 2 and not word.isalpha()
        return new and word not in question.no_result and (
            word.isalpha() or formula or (word.isdecimal() and _asks_for_a_number(question)))
    return False


_NUMERAL_PARTS = tuple(sorted((name for name in NUMBER_NAMES if len(name) >= 3), key=len, reverse=True))


def numeral_compound(word: str) -> bool:
    """Is the word a number's name written as one word of names ("neunzehnhundertneunundachtzig")? It opens and ends
    with one, and is longer than any one name."""
    return len(word) > 10 and word.startswith(_NUMERAL_PARTS) and word.endswith(_NUMERAL_PARTS)


# "When" in the other languages these read: a year answers it ("1749." for "Wann wurde Goethe geboren?").
_WHEN_WORDS = frozenset("when year wann wanneer når när quand cuándo cuando quando când kapan когда коли jahr año "
                        "année anno ano".split())


def fills_the_question(turn: str, word: str) -> bool:
    """Does one word answer a transcript's last question ("Paris" for "What is the capital of France?"), of the form
    it asks for, or, for a question with no question word ("Capital of France?", "Name the largest planet."), a word
    of its own? ("No" for "Is the Pacific the smallest ocean?" answers it, though the few-shot answers above say it.)"""
    if len(word) < 2 and not word.isdecimal():
        return False  # "Q", "A": the transcript's labels, no answer
    question = read_question(turn)
    if word_fits(question, word):
        return True
    bare = turn.rstrip().endswith(("?", "\uff1f")) or turn.lower().startswith("name ")
    return question.kind == OPEN and bare and word not in question.asked and word not in STOPWORDS \
        and word not in YES_NO_WORDS


def _asks_for_a_number(question: Question) -> bool:
    return bool(question.words & _WHEN_WORDS) or any(w.isdecimal() or w in NUMBER_WORDS for w in question.words)


# The numerals written in Han characters ("二十四", "两", "〇").
HAN_NUMERALS = "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u4ebf\u5104\u4e24\u96f6"
# A number as a result: digits not glued to a Latin letter, an index or a hyphenated word ("15-year-old",
# "2x", "M_1"), or a numeral in Han characters.
_RESULT_RE = re.compile(rf"(?<![a-z0-9._])\d+(?:[.,]\d+)*(?![\d]|[.,]\d|-?[a-z])|[{HAN_NUMERALS}]")


# A sum written out: numbers, or calls on a number ("sum(7)"), joined by operators ("4 + 5",
# "90 - 12? - 45", "sum(7) + sum(3)"), and what it equals, if it says. "/" is left out: "5/6" is a
# fraction, a result in itself.
_NUMBER = r"\d+(?:[.,]\d+)*"
_TERM = rf"(?:[a-z_]\w*\(|\()?{_NUMBER}\)?"
_SUM_RE = re.compile(
    rf"(?<![\w.])({_TERM}(?:[ \t]*\??[ \t]*[-+*\u00d7\u00f7\u2212][ \t]*{_TERM})+)(?:[ \t]*=[ \t]*({_NUMBER}))?"
)
_DIGITS_RE = re.compile(_NUMBER)


def other_sums(lower: str, start: int, end: int, operands: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of sums written out between two offsets that state no result of the question: a sum
    of other numbers ("4 + 5 = 9" when 6 and 5 are asked for: another problem worked), or numbers
    strung with operators and no "=" ("90 - 12 - 45 - 30"). The question's own sum worked out
    ("6 + 5 = 11") is not one: what it equals is the result. Nor is working shown step by step: a sum
    of the question's numbers whose result the next step takes up, and that step, worked from the
    question's numbers and earlier results ("17 + 5 = 22, and 22 + 230 = 252" for 17 + 5 + 230). A sum
    of some of the question's numbers that no step takes up ("1+2=3" for 1/2 + 1/3) is still another sum."""
    spans = []
    steps: dict[str, tuple[int, int]] = {}  # result -> span of a sum of the question's numbers, not yet taken up
    results: set[str] = set()  # the results of the working so far
    for m in _SUM_RE.finditer(lower, start, end):
        result = m.group(2)
        used = _DIGITS_RE.findall(m.group(1))
        if result is not None and frozenset(used) == operands:
            continue
        if result is not None and operands.union(results, steps).issuperset(used):
            taken_up = [steps.pop(n) for n in used if n in steps]
            if taken_up or results.intersection(used):
                results.add(result)  # a step of the working, and the steps it takes up
                continue
            steps[result] = m.span()  # a step, if a later one takes up its result
            continue
        spans.append(m.span())
    return sorted(spans + list(steps.values()))


def by_value(numbers: Iterable[str]) -> list[str]:
    """Numbers written in digits, sorted by value, and those of equal value ("7", "07") by how they are
    written: a question's words are a set, whose order changes from one process to the next, and the
    evidence that lists them must read the same in every process."""
    return sorted(numbers, key=lambda w: (int(w), w))


def gives_a_number(units: list[Unit], lower: str, start: int, end: int, max_words: int,
                   operands: frozenset[str] = frozenset(), no_result: frozenset[str] = frozenset()) -> bool:
    """Do the reply's first `max_words` words give a number (not in a sentence that asks, nor in a sum
    that states no result of the question made of `operands`, or in code, nor one of the question's
    numbers that cannot be its result, `no_result`: see Question.no_result)?"""
    skip = other_sums(lower, start, end, operands) if operands else []
    seen = 0
    for u in units:
        if u.end <= start or u.start >= end or not u.words:
            continue
        if seen >= max_words:
            break
        s, e = max(u.start, start), min(u.end, end)
        budget = max_words - seen
        seen += len(u.words)
        if u.text.rstrip().endswith(("?", "\uff1f")) or lower[e : e + 1] in ("?", "\uff1f"):
            continue  # the sum said again ("What is 2 + 2?") is not its result
        if len(u.words) > budget:  # read the unit's first words only: up to the budget's last word
            found = list(WORD_RE.finditer(lower, s, e))
            if len(found) > budget:
                e = found[budget - 1].end()
        if any(w in NUMBER_WORDS and w not in no_result for w in WORD_RE.findall(lower, s, e)):
            return True
        for m in _RESULT_RE.finditer(lower, s, e):
            if m.group() not in no_result and not any(a <= m.start() < b for a, b in skip):
                return True
    return False


def answers_directly(question: Question, unit: Unit) -> bool:
    """Does this sentence (the reply's first) give what a yes/no or number question asks for?

    A yes/no question is answered by a yes or a no ("Yes, we can.", "I don't think so.") or by the
    question turned into a statement ("Lamini can help you solve puzzles or riddles.": declarative,
    naming at least half of the question's topic words); a number question by a number."""
    words = unit.words
    if not words:
        return False
    if question.kind == NUMBER:
        # A short sentence that gives a number ("Eight.", "这个问题的答案是505。"), not a number somewhere
        # in a long one ("... the group's 2nd single, released in 1998 ...") nor a premise said again.
        return len(words) <= DIRECT_MAX_WORDS and any(map(is_number, words)) and not premise_again(question, words)
    if question.kind == LABEL:
        return len(words) <= LABEL_MAX_WORDS
    if question.kind != YES_NO:
        return False
    if (words[0] in YES_NO_WORDS or words[0] in YES_NO_WORDS_ELSEWHERE) and "or" not in words[1:2]:
        # ("yes or no" offers the choice, it makes none)
        return True
    if len(words) <= _VERDICT_LAST_MAX_WORDS and words[-1] in ("yes", "no") and "or" not in words[-2:-1]:
        return True  # the yes or the no closing a short sentence: "The answer is yes.", "Short answer: no."
    joined = " ".join(words)
    if any(phrase in joined for phrase in _POLAR_PHRASES):
        return True
    return is_statement(question, unit) and _names_most_topic_words(question, words)


# Words that stand for a number in a word problem ("twice as many" is 2 times as many).
_MULTIPLES = {"twice": "2", "double": "2", "thrice": "3", "triple": "3", "half": "2"}
PREMISE_MIN_WORDS = 3  # content words a premise said again holds: "The orchard has 2 times as many apple trees"


def premise_again(question: Question, words, min_words: int = PREMISE_MIN_WORDS) -> bool:
    """Is this sentence a premise of a word problem said again: its numbers all the question's (spelled, or "twice"
    for 2), and its content words, `min_words` at least, all the question's ("Toulouse has 2 times as many sheep as
    Charleston.")? It gives no number of its own. A short result ("20", "The answer is 20.") holds too few words."""
    content = [w for w in words if w not in STOPWORDS and not is_number(w)]
    if len(content) < min_words or not question.words.issuperset(content):
        return False
    said = {_MULTIPLES.get(w, w) for w in question.words}
    said |= {str(n) for n, name in SPELLED_NUMBERS.items() if name in question.words}
    return all(w in said for w in words if is_number(w))


def is_statement(question: Question, unit: Unit) -> bool:
    """A sentence that states rather than asks: it does not end with "?" and does not start the way
    the question does (the question said again keeps its word order: "Can Lamini ..." -> "Can Lamini ...").
    Many languages ask with the question word in place (Chinese and Japanese "这条评论的情感是什么？", Korean
    "...바다는 무엇인가요?", Vietnamese "Thủ đô của Việt Nam là gì?"), so the answer keeps the question's opening
    too ("这条评论的情感是正面的。", "Thủ đô của Việt Nam là Hà Nội."), and drops the question word: a sentence that
    opens so states when it leaves out a word of the asking part ("什么", "gì"), which the question said again keeps."""
    if unit.text.rstrip().endswith("?"):
        return False
    if unit.words[: len(question.opening)] != question.opening or question.kind == BLANK:
        return True  # a sentence with its blank filled keeps its opening too ("The largest planet ... is Jupiter.")
    return not question.asked.issubset(unit.words)


def states_an_answer(question: Question, unit: Unit) -> bool:
    """Is this sentence the question turned into its answer, so that the words it shares with the
    question are not an echo? "Yes, Lamini can generate technical documentation." answers "Can
    Lamini generate technical documentation?"; "The capital of France is Paris." answers "What is
    the capital of France?" (a fact question's statement adds a word of its own: the answer)."""
    if not unit.words:
        return False
    if question.asks_for_a_fact and question.arithmetic and not unit.text.rstrip().endswith(("?", "\uff1f")) \
            and _gives_a_result(question, unit):
        return True  # "3加7等于10。", "5かける7は35です。": the sum said with its result, in any script
    if not is_statement(question, unit):
        return False
    if is_a_pick(question, unit.words):
        return True  # one of the options the question offers ("The Nile.")
    if picks_one(question.options, unit.words):
        return True  # the asking sentence turned into its answer: "The closest category for the text is politics."
    if not question.asks_for_a_fact:
        return False
    if question.kind == LABEL:
        return len(unit.words) <= LABEL_MAX_WORDS  # the label chosen, often one the prompt offers
    if question.kind == YES_NO:
        return True
    if question.kind == BLANK:
        # What fills the blank, a small word too ("down"); not the sentence said back with its blank still empty.
        return any(w not in question.words for w in unit.words) and not _BLANK_RE.search(unit.text)
    if question.no_result and not question.arithmetic and question.no_result.issuperset(unit.words):
        return False  # the given word said back for its synonym or its opposite ("generous" for "generous")
    if len(unit.words) <= LABEL_MAX_WORDS and any(w not in question.asked and w not in STOPWORDS for w in unit.words) \
            and (question.kind != NUMBER or any(map(is_number, unit.words))):
        # A name or an option picked from the prompt's passage ("Ana", "B. Apple"); a number question
        # is answered by a number, not by a name of its passage ("小红" for "...还剩下几个苹果？").
        return True
    if any(w not in question.words and w not in STOPWORDS for w in unit.words):
        return True
    # The answer drawn from a context the prompt gives ("The Eiffel Tower was completed in 1889." for
    # "Context: ... completed in 1889 ... Question: When was the Eiffel Tower completed?"): its word of
    # its own is the prompt's too, but from outside the asking sentence, and the sentence says most of
    # that sentence's words, as the question turned into its answer does. A context sentence that does
    # not say them is not the question answered.
    return any(w not in question.asked and w not in STOPWORDS for w in unit.words) \
        and _names_most_of_the_asking_sentence(question, unit.words)


ASKED_MIN_NAMED = 2  # "Which one?" names too little for a sentence to say it again


def _names_most_of_the_asking_sentence(question: Question, words: tuple[str, ...]) -> bool:
    """Does the sentence say at least half of the asking sentence's own words (not function words of
    English nor of the question's language), two at least?"""
    small = function_words_of(question.words, STOPWORDS)
    own = [w for w in question.asked if w not in STOPWORDS and w not in small]
    named = len(set(own).intersection(words))
    return named >= max(ASKED_MIN_NAMED, (len(own) + 1) // 2)


def _gives_a_result(question: Question, unit: Unit) -> bool:
    """Does this sentence give a number that may be the result of a question made of numbers: one the
    question does not hold, or one of its own when the result may be it ("3." for "What is 6 - 3?")?"""
    words = unit.words
    if any(is_number(w) and w not in question.words and w not in question.no_result for w in words):
        return True
    return len(words) == 1 and is_number(words[0]) and not question.no_result


def _names_most_topic_words(question: Question, words: tuple[str, ...]) -> bool:
    stems = question.stems
    if not stems:
        return False
    named = sum(1 for s in stems if any(w.startswith(s) for w in words))
    return named >= max(1, (len(stems) + 1) // 2)

