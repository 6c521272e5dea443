"""The passage a prompt holds, in labelled fields or after its instruction, for the instruction to work on.

An instruction followed by labelled fields ("Given a sentence ..., rewrite it.\\n\\nInput: The chicken
is ready to eat.\\nOutput:", "Write a title for the idea.\\n\\n**Video Idea**: intro to ICA",
"### Instruction: ... ### Input: ...") gives the text it works on in those fields. A correction, a
rewrite, a title or an extraction of that text reuses its words by design, so copying them is the
work asked for, not an echo (echo.echo_limit); copying the instruction still is. A field is part of
the passage when text comes before it (the instruction) and it is not the asker's field ("Question:
..." in a one-question template) nor the open field at the end. A prompt with no instruction, a text in one
field and an open field under it ("Text: <an article>\nSummary:", or the article with no label: "<an
article>\nSummary:"), has its instruction in the open field's label and its passage in the text above. Read from
the prompt's format alone, in any script; worked out once per prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.asking_words import asks_to_translate
from why_finetune.judges.dialogue import (
    ANSWER_SIDE_LABELS,
    ANSWERING_VERBS,
    OTHER_INSTRUCTION_LABELS,
    QUESTION_LABELS,
    REPLIER_LABELS,
    USER_SIDE_LABELS,
)
from why_finetune.judges.finding import Finding
from why_finetune.judges.question import INSTRUCTION_VERBS, REWRITE, read_question
from why_finetune.judges.text import (
    ANSWER_FIELD_LABELS,
    ITEM_MARK,
    LOOSE_MARKER_RE,
    QUOTATION_MARKS,
    QUOTATION_RE,
    STOPWORDS,
    WORD_RE,
    excerpt,
    stem,
)
from why_finetune.judges.thresholds import threshold

# A field label opening a line, bold or as a header ("Input:", "**Video Idea**:", "### Input:", "入力：").
_FIELD_LINE_RE = re.compile(r"^[ \t]*[#*]{0,4}[ \t]*([^\W\d_][^:\uff1a\n*]{0,30}?)[ \t]*\**[ \t]*[:\uff1a]", re.MULTILINE)


_ASKS = ("?", "\uff1f")


@dataclass(frozen=True)
class Passage:
    fields: tuple[str, ...]  # the fields' values, as written
    instruction: str  # the prompt's text less those values: what an echo copies
    context_words: int = 0  # in a reading task, the words of the fields the question asks about (else 0)
    asked: frozenset[str] = frozenset()  # ... the stems of the question's own words (not function words)
    given: frozenset[str] = frozenset()  # ... and those of the context's
    gathers: bool = False  # ... and its question asks for what the context holds ("Which events ... mention?")
    under_an_open_label: bool = False  # no instruction: the open label under the passage names the work ("Summary:")

    @property
    def worked_on(self) -> tuple[str, ...]:
        """The fields a summary's pieces may come from (see works_on_the_passage): none in a reading task, whose
        context is asked about, not summed up (answers_from_the_context reads an answer taken from it), unless its
        question gathers from the context ("Which events does the passage mention?", "List ...", "Summarize ...")."""
        return () if self.context_words and not self.gathers else self.fields


NO_PASSAGE = Passage((), "")
# A reading task's question that gathers from its context: which of its things, a list, a summary, what it mentions.
_GATHERS_RE = re.compile(r"\b(?:which|list|summari[sz]e|mentions?|mentioned)\b", re.IGNORECASE)


def _fields(body: str) -> tuple[list, list[str]]:
    """The prompt's labelled fields, each (its label's match, its value), and their labels in lower case."""
    fields = list(_FIELD_LINE_RE.finditer(body))
    filled = []
    for i, field in enumerate(fields):
        end = fields[i + 1].start() if i + 1 < len(fields) else len(body)
        filled.append((field, body[field.end() : end].strip()))
    return filled, [field.group(1).strip().lower().lstrip("#").strip() for field, _ in filled]


def _a_request(label: str, value: str) -> bool:
    """Is a field's label a request of its own, three words or more of a script with spaces between words, its value
    the text it works on ("Исправь ошибки в предложении: «...»")? Not a request to translate: its value is read as the
    text to translate (translation.py), nor a value that asks, nor a request to answer ("Answer the following question:
    ..."): its value is the question itself, with whatever context it gives."""
    words = label.split()
    return len(words) >= 3 and not value.endswith(_ASKS) and not asks_to_translate(label) \
        and words[0] not in ANSWERING_VERBS


def _unmarked(raw: str) -> tuple[str, list[int]]:
    """The prompt with its chat template's markers made line breaks, and where each turn after a marker starts."""
    parts, turns, at, size = [], [], 0, 0
    for marker in LOOSE_MARKER_RE.finditer(raw):
        parts.append(raw[at : marker.start()])
        size += marker.start() - at + 1
        turns.append(size)
        at = marker.end()
    parts.append(raw[at:])
    return "\n".join(parts).rstrip(), turns


@lru_cache(maxsize=256)
def find_passage(raw: str, text: str, asker: str) -> Passage:
    """The labelled fields of a prompt (`raw` as sent, `text` as the echo measures read it) that hold
    what its instruction works on; NO_PASSAGE when there are none."""
    body, turns = _unmarked(raw)
    filled, labels = _fields(body)
    # A question field that asks ("Question: Which countries ...?") is the request; the fields before it hold
    # what it asks about ("Context: ...", a reading passage), whatever their label and wherever they stand. Not
    # a system text: that instructs the replier, nothing is asked about it. An input that asks ("Input: What is
    # the capital of France?" under "Identify which sentence is a question.") is material, not the request.
    asking = next((k for k, (_, value) in enumerate(filled) if value.endswith(_ASKS) and labels[k] in QUESTION_LABELS),
                  None)
    values = []
    context_words, given = 0, set[str]()
    for k, (field, value) in enumerate(filled):
        if not value or k == asking:
            continue
        context = asking is not None and k < asking and labels[k] != "system"
        # Words before the field in its own turn: an instruction over it. A system turn above ("You are a helpful
        # assistant.") instructs the replier, not the work on the field; nor is a label a request of its own.
        # Or a request's field above it in an earlier turn ("### Instruction: ..." then the model's "Okay, I'm ready."
        # and "### Input: ..."): the instruction it is given for, the input sent a turn later.
        turn = max((at for at in turns if at <= field.start()), default=0)
        instructed = WORD_RE.search(body, turn, field.start()) or (turn and _INSTRUCTION_FIELDS.intersection(labels[:k]))
        if context or (labels[k] != asker and (instructed or _a_request(labels[k], value))):
            values.append(value)
            if context:
                words = WORD_RE.findall(value.lower())
                context_words += len(words)
                given.update(stem(w) for w in words if w not in STOPWORDS)
    under_an_open_label = not values
    if not values:
        values = _text_before_an_open_label(filled, labels) or _unlabelled_text_before_an_open_label(body, filled, labels)
    if not values:
        return NO_PASSAGE
    instruction = text
    for value in values:
        instruction = instruction.replace(value, "\n")
    asked = frozenset(stem(w) for w in WORD_RE.findall(filled[asking][1].lower()) if w not in STOPWORDS) \
        if asking is not None else frozenset()
    gathers = asking is not None and _GATHERS_RE.search(filled[asking][1]) is not None
    return Passage(tuple(values), instruction, context_words, asked, frozenset(given) - asked, gathers,
                   under_an_open_label)


# A sentence's end ("." not inside a number: "1.5"; the danda of Hindi and Nepali, "।"); "." may follow a space or
# be followed by none, as in tokenised news text ("tĩnh mạch .Ayumi").
_SENTENCE_END_RE = re.compile(r"[.!\u3002\uff01\u0964](?!\d)")
_PASSAGE_MIN_WORDS = 40  # a paragraph, not a request or a name ("Goal: Make an outdoor pillow.")
# The labels of a request and of a reply's slot in the instruction and chat formats, in the languages of the corpus
# ("### 指示:" / "### 返答:", "### Instruction(명령어):"), beyond dialogue.py's user-side and answer-side labels.
_REQUEST_LABELS = frozenset(
    "instruct instructions task request prompt goal 指示 指令 命令 問題 명령어 지시 instrucción instrucciones consigne "
    "istruzione anweisung aufgabe instrução инструкция задание".split())
_INSTRUCTION_FIELDS = _REQUEST_LABELS | OTHER_INSTRUCTION_LABELS | {"instruction"}  # a request's field, by its label
_REPLY_SLOTS = ANSWER_SIDE_LABELS | REPLIER_LABELS | ANSWER_FIELD_LABELS | frozenset("assistant model bot ai".split())


@lru_cache(maxsize=256)
def text_before_an_open_label(text: str) -> bool:
    """Is the text a field holding a passage and an open field under it that names the work ("Text: ...\nSummary:",
    see _text_before_an_open_label)? Read so in a chat's user turn too, where its two labels are no speakers."""
    return bool(_text_before_an_open_label(*_fields(LOOSE_MARKER_RE.sub("\n", text).rstrip())))


def _text_before_an_open_label(filled: list, labels: list[str]) -> list[str]:
    """A prompt that is a field holding a text and an open field under it, and no instruction ("Text: <an
    article>\nSummary:", "Văn bản: ...\nTóm tắt:", "Review: ...\nSentiment:"): the open field's label names the
    work, and the text above it is what it works on, a passage. Only a text of a paragraph or more (two sentences
    and PASSAGE_MIN_WORDS words) that asks nothing, in a field that is not a question's ("Question: ...\nAnswer:"
    holds the request, said back an echo); any text, under an open label that is an instruction of its own ("Extract
    the date:")."""
    if len(filled) < 2 or filled[-1][1] or labels[-1] in QUESTION_LABELS | _REPLY_SLOTS or labels[-1] in labels[:-1]:
        return []  # "Answer:", "Response:", "Assistant:": a reply's slot; "Alice:" again: a transcript's next turn
    value = filled[-2][1]
    if labels[-2] in QUESTION_LABELS | USER_SIDE_LABELS | _REQUEST_LABELS or value.rstrip().endswith(_ASKS):
        return []  # "Instruction:", "Human:", "User:": the asker's request, not a text it gives to work on
    if _names_the_work(labels[-1]):
        return [value]  # "Text: \"John Smith was born ...\"\nExtract the person's name:": an instruction under it
    if len(WORD_RE.findall(value)) < _PASSAGE_MIN_WORDS or len(_SENTENCE_END_RE.findall(value)) < 2:
        return []
    return [value]


def _names_the_work(label: str) -> bool:
    """Is the open field's label an instruction of its own, opening with its verb ("extract the person's name",
    "summarize the text")? The field above it holds what it works on, however short."""
    words = WORD_RE.findall(label)
    return (len(words) >= 2 and (words[0] in INSTRUCTION_VERBS or words[0] in _WORK_ON_A_TEXT_VERBS)) \
        or _WORK_ON_A_TEXT_CJK_RE.search(label) is not None


# ... in English and as German, French, Spanish, Italian and Portuguese requests open ("Nenne den Ort:", "Extrae el
# nombre:", "Indica l'oggetto:"), and as Japanese, Chinese and Korean ones end or open ("人名を抽出してください：",
# "提取地点：", "이름을 추출하세요:").
_WORK_ON_A_TEXT_VERBS = frozenset(
    "extract classify identify find pick label tag categorize categorise detect determine convert correct count "
    "nenne extrahiere gib bestimme finde identifiziere klassifiziere "
    "extrais extrayez indique indiquez donne donnez trouve trouvez identifie identifiez classe classez "
    "extrae extraiga indica dame encuentra identifica clasifica "
    "estrai trova classifica dammi "
    "extraia identifique encontre classifique".split())
_WORK_ON_A_TEXT_CJK_RE = re.compile(
    "(?:\u62bd\u51fa|\u6319\u3052|\u7b54\u3048|\u793a\u3057|\u66f8\u304d\u51fa\u3057)(?:\u3057\u3066)?\u304f\u3060\u3055\u3044"
    "|^(?:\u8bf7)?(?:\u63d0\u53d6|\u627e\u51fa|\u6307\u51fa|\u5217\u51fa|\u7ed9\u51fa|\u5199\u51fa)"
    "|\ucd94\ucd9c|\ucc3e\uc544")


def _unlabelled_text_before_an_open_label(body: str, filled: list, labels: list[str]) -> list[str]:
    """The same with no label above the text ("<an article>\nSummary:", "<a post>\nTL;DR:"): the prompt's only
    field is the open one, on its last line, and the text above it is the passage, unless it holds a request ("I run
    a bakery ... Write a short announcement for our page.\nAnnouncement:"): then it is the asker's, as under
    "Instruction:"."""
    if len(filled) != 1:
        return []
    text = body[: filled[0][0].start()].strip()
    if not text or _REQUEST_SENTENCE_RE.search(text.lower()):
        return []
    return _text_before_an_open_label([(None, text), filled[0]], ["", labels[0]])


# A sentence that asks the replier for a text: a verb of writing opening it ("Write ...", "Please list ...") or one
# said to "me" ("Give me ..."). Not the imperatives of a how-to passage ("Make the dough.", "Give it water.").
_REQUEST_SENTENCE_RE = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:please |can you |could you |would you |now |i want you to |i need you to )?"
    r"(?:write|explain|describe|summari[sz]e|list|provide|suggest|outline|compare|define|rewrite|translate|compose"
    r"|draft|generate|(?:give|show|tell|help) (?:me|us))\b")


def answers_from_the_context(passage: Passage, words, t) -> bool:
    """In a reading task, are these copied words an answer taken from the context (a sentence of it, a span),
    at most ``summary_max_share`` of it, naming a word of the question and one the context gives beyond it ("The
    Eiffel Tower was completed in 1889." for "When was the Eiffel Tower completed?")? The context said back whole,
    or most of it, is still an echo, and so is a sentence of it that names nothing the question asks about, or the
    question said back with the instruction's words."""
    if not passage.context_words or not 0 < len(words) <= t.summary_max_share * passage.context_words:
        return False
    stems = [stem(w) for w in words if w not in STOPWORDS]
    # It names the question ("returns" for "return"), and says something the context gives and the question does not.
    return not passage.asked.isdisjoint(stems) and not passage.given.isdisjoint(stems)


SPAN_MAX_SHARE = 0.75  # a part picked out of a sentence leaves a quarter of it or more: "Le chat de ma voisine" of nine


def a_span_of_the_passage(passage: Passage, words) -> bool:
    """Under an open label that names the work ("Text: \"...\"\nExtract the date:", "テキスト：「…」\n人名を抽出して
    ください："), are these words one stretch of the text above it, a part of it picked out (SPAN_MAX_SHARE): what the
    label asks for ("Le chat de ma voisine", "田中さん")? The text said back whole is still an echo."""
    if not passage.under_an_open_label or not words:
        return False
    said = f" {' '.join(words)} "
    for field in passage.fields:
        own = WORD_RE.findall(field.lower())
        if len(words) <= SPAN_MAX_SHARE * len(own) and said in f" {' '.join(own)} ":
            return True
    return False


# --- a passage after the instruction, with no label ----------------------------------------------
#
# "Summarise the text below in one sentence.\n\n<a paragraph>": the passage follows the instruction's
# paragraph, after a blank line, with no label. A summary or an extraction made of the passage's own
# sentences copies most of its words in three-word sequences, as an echo does; what tells it from an
# echo is its shape. It is much shorter than the passage, and its pieces come from more than one
# place in it, cut and joined again ("X combine Y ... pour analyser Z afin d'en extraire W"). An echo
# is one stretch: the passage, its opening sentence or another sentence copied in order, or the
# prompt whole.

threshold(
    "summary_max_share", 0.67,
    """Pieces of a passage that follows the instruction are work on it (a summary, an extraction), not
    an echo, only when they add up to at most this share of the passage's words: a summary condenses,
    dropping a third of what it summarises at least (two sentences of a short paragraph's four, cut and
    joined, keep more than half its words); at the passage's length, pieces said again in another order
    are the passage said again.""",
)
threshold(
    "summary_min_places", 2,
    """... and come from at least this many places in it: a piece that does not go on where the one
    before it ended starts a new place. One place is one stretch copied in order (the passage's
    opening sentence, or any one sentence), an echo however short.""",
)

_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
# ... or in quotation marks closing the prompt after a colon ('Extract the email addresses from this text:
# "Contact anna@example.com ..."'): the text the instruction works on, quoted where a paragraph would follow.
_QUOTED_PASSAGE_RE = re.compile(
    "[:\uff1a][ \t]*(?:[\"\u201c\u00ab\u300c]([^\"\u201d\u00bb\u300d]+)[\"\u201d\u00bb\u300d]"
    # ... or in single quotes, which may hold apostrophes ("Pull out the action items: 'Budget approved. Tom's ...'")
    "|'(.{12,}?)')[ \t.\u3002]*\\Z",
    re.DOTALL,
)


@lru_cache(maxsize=256)
def _split(query: str) -> tuple[str, str] | None:
    """(instruction, passage) when a passage follows the instruction; None otherwise."""
    after = _asked_after(query.strip())
    if after is not None:
        return after
    parts = _BLANK_LINE_RE.split(query.strip(), maxsplit=1)
    if len(parts) == 2 and WORD_RE.search(parts[0].lower()):
        return parts[0], parts[1]
    quoted = _QUOTED_PASSAGE_RE.search(query)
    if quoted and WORD_RE.search(query, 0, quoted.start()):
        return query[: quoted.start()], quoted.group(1) or quoted.group(2)
    return _laid_out(query.strip())


ASKED_AFTER_MAX_WORDS = 25  # the request under a passage is a sentence or two ("Summarize the text above.")


def _asked_after(query: str) -> tuple[str, str] | None:
    """(instruction, passage) when the request comes last, under the passage, after a blank line ("<two paragraphs>\n\n
    Summarize the text above in two sentences.", "... Could you explain each sentence in simple terms?"): a short last
    paragraph that asks or opens with a request's verb, under a longer first one that neither does nor leads in with a
    colon. None otherwise."""
    parts = _BLANK_LINE_RE.split(query)
    if len(parts) < 2:
        return None
    first, last = parts[0].strip(), parts[-1].strip()
    first_words, last_words = WORD_RE.findall(first.lower()), WORD_RE.findall(last.lower())
    if not last_words or len(last_words) > ASKED_AFTER_MAX_WORDS or len(first_words) <= len(last_words) \
            or first.endswith((":", "\uff1a")) or first_words[0] in INSTRUCTION_VERBS:
        return None
    if last.endswith(_ASKS) or last_words[0] in INSTRUCTION_VERBS:
        return last, "\n\n".join(parts[:-1])
    return None


def _laid_out(query: str) -> tuple[str, str] | None:
    """(the instruction's line, the table or list under it) when every line under the first is a table's row or a
    list's item and the first ends its sentence; None otherwise. Read line by line (a one-line prompt of 10,000
    characters is read once)."""
    first, _, rest = query.partition("\n")
    first = first.rstrip()
    if not rest or not first.endswith((".", ":", "\u3002", "\uff1a")) or not WORD_RE.search(first):
        return None
    if all(_ROW_OR_ITEM_RE.match(line) for line in rest.split("\n")):
        return first, rest
    return None


# ... or laid out as a table or a list right under the instruction's one line, which ends its sentence ("以下の表から、
# すべての科目名を抽出してください。\n| 科目名｜講師名 ...", "... 書き出しなさい。\n・バンクーバーからの挑戦\n・..."):
# every line under it a row (opening with a bar) or an item (opening with a list's mark).
_ROW_OR_ITEM_MARK = rf"[ \t]*(?:[|\uff5c\u30fb]|{ITEM_MARK})[ \t]*"
_ROW_OR_ITEM_RE = re.compile(_ROW_OR_ITEM_MARK + r"[^\n]*\S")


@lru_cache(maxsize=256)
def passage_after_instruction(query: str) -> tuple[str, ...]:
    """The words of the passage that follows the prompt's first paragraph (its instruction) after a blank
    line, or in quotation marks closing it after a colon, with no label; () when the prompt has neither."""
    split = _split(query)
    if split is None:
        return ()
    return tuple(WORD_RE.findall(split[1].lower().replace("\u2019", "'")))


def instruction_before_passage(query: str) -> str:
    """The prompt's instruction when a passage follows it; else the prompt."""
    split = _split(query)
    return split[0] if split is not None and passage_after_instruction(query) else query


@dataclass(frozen=True)
class Pieces:
    places: int  # how many places of the passage the pieces come from
    share: float  # the pieces' words, as a share of the passage's (a lead-in of the reply's own is no piece)
    items: int = 0  # for a passage laid out as a list: how many of its items the pieces are parts of (see below)


def find_pieces(passage: tuple[str, ...], words: tuple[str, ...]) -> Pieces:
    """The output's words read as pieces of the passage: from the first word, the longest stretch copied
    from the passage (three words or more), then on after it; each piece that does not start where the
    one before it ended in the passage comes from a new place."""
    starts: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(passage) - 2):
        starts.setdefault(passage[i : i + 3], []).append(i)
    places, last_end, i, n, copied = 0, -1, 0, len(words), 0
    while i < n - 2:
        found = starts.get(words[i : i + 3])
        if not found:
            i += 1
            continue
        length, start = max((_copied(passage, words, s, i), s) for s in found)
        places += start != last_end
        last_end, i, copied = start + length, i + length, copied + length
    return Pieces(places, copied / len(passage) if passage else 0.0)


def _copied(passage: tuple[str, ...], words: tuple[str, ...], at: int, i: int) -> int:
    """How many words from words[i] are passage[at:] copied in order."""
    k = 3
    while i + k < len(words) and at + k < len(passage) and words[i + k] == passage[at + k]:
        k += 1
    return k


def works_on_the_passage(query: str, words, t, fields: tuple[str, ...] = ()) -> Pieces | None:
    """The pieces of the passage after the prompt's instruction (or, without one, in its labelled `fields`) that
    these words are made of, when they are work on it (see summary_max_share, summary_min_places); None
    otherwise. The share is the pieces': words of the reply's own around them ("The email addresses are:") are
    no part of the passage said again. Words that say the instruction again whole ("次の文章を50語以内で要約してください。"
    then another passage) write the prompt's format anew: no work on its passage."""
    passage = passage_after_instruction(query) or _field_words(fields)
    if not passage or not words or _says_the_instruction(query, tuple(words)) or _asks_for_new_words(query):
        return None
    pieces = find_pieces(passage, tuple(words))
    if pieces.places >= t.summary_min_places and pieces.share <= t.summary_max_share:
        return pieces
    parts = parts_of_listed_items(query, tuple(words))
    return Pieces(pieces.places, pieces.share, parts) if parts >= t.summary_min_places else None


def _asks_for_new_words(query: str) -> bool:
    """Does the request ask for the passage in other words, translated or rewritten ("Translate the text above into
    French.", "Rewrite this email in a more formal tone.")? Its pieces copied back are no work on it. (A summary or a
    shortened text keeps the passage's words by design.)"""
    split = _split(query)
    instruction = split[0] if split else query  # the instruction, above or under the passage, not the passage
    if asks_to_translate(instruction):
        return True
    opening = read_question(instruction).instruction
    return opening is not None and opening.split()[0] in _NEW_WORDS_VERBS


_NEW_WORDS_VERBS = frozenset("rewrite rephrase paraphrase reword reescribe reescriba reformula parafrasea réécris "
                             "réécrivez reformule reformulez paraphrasez riscrivi riformula parafrasa reescreva "
                             "parafraseie formuliere herschrijf herformuleer".split())


INSTRUCTION_MIN_WORDS = 4  # an instruction said again whole is a sentence, not a word or two ("Summary:")


def _says_the_instruction(query: str, words: tuple[str, ...]) -> bool:
    """Do the words say the instruction before the passage again whole, four words or more?"""
    split = _split(query)
    said = tuple(WORD_RE.findall(split[0].lower().replace("\u2019", "'"))) if split else ()
    if len(said) < INSTRUCTION_MIN_WORDS or len(words) < len(said):
        return False
    return f" {' '.join(said)} " in f" {' '.join(words)} "


@lru_cache(maxsize=256)
def _listed_items(query: str) -> tuple[tuple[str, ...], ...]:
    """The words of each item of a list laid out under the instruction (see _laid_out); () for any other prompt."""
    split = _laid_out(query.strip())
    if split is None:
        return ()
    # Each item's words less its mark ("1.", "-", "・"): a list said back without its numbers is still said back.
    lines = (line[m.end() :] if (m := _ROW_OR_ITEM_MARK_RE.match(line)) else line for line in split[1].split("\n"))
    items = (tuple(WORD_RE.findall(line.lower().replace("\u2019", "'"))) for line in lines)
    return tuple(item for item in items if item)


_ROW_OR_ITEM_MARK_RE = re.compile(_ROW_OR_ITEM_MARK)


def parts_of_listed_items(query: str, words: tuple[str, ...]) -> int:
    """How many items of the list under the instruction the words copy a part of (three words or more, less than the
    whole item): the city names taken out of a list of film titles ("バンクーバー、ロンドン" from "・バンクーバーからの挑戦\n・
    ロンドンの夢"). Short items make such an extraction most of the list's words, more than a summary's share; taken
    from several items, each cut short, it is work on the list, not the list said back."""
    items = _listed_items(query)
    if len(items) < 2 or len(words) < 3:
        return 0
    grams = {words[i : i + 3] for i in range(len(words) - 2)}
    said = f" {' '.join(words)} "
    return sum(1 for item in items
               if len(item) > 3 and not grams.isdisjoint(item[i : i + 3] for i in range(len(item) - 2))
               and f" {' '.join(item)} " not in said)


@lru_cache(maxsize=256)
def _field_words(fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(WORD_RE.findall("\n".join(fields).lower().replace("\u2019", "'")))


threshold(
    "passage_min_words", 8,
    """A request to rework a passage is held to naming the passage's words only when the passage has at
    least this many words of its own (not function words): a short one ("Rewrite: it's cold") may be
    reworded whole ("The weather is chilly"), a paragraph keeps some of its names and terms.""",
)


@lru_cache(maxsize=256)
def passage_content_words(query: str) -> frozenset[str]:
    """The words of their own (no function words, no numbers) of the passage after the instruction."""
    return frozenset(w for w in passage_after_instruction(query) if w not in STOPWORDS and not w.isdecimal() and len(w) > 1)


_LETTERS_RE = re.compile(r"\w+")
def recased_quotation(query: str, text: str) -> str:
    """The quotation of the request that `text` says again whole with the case of two words or more changed
    ('"the lord of the rings"' -> "The Lord of the Rings"), or "". Work on it (title case, capitals), not an
    echo: an echo copies as written. One word changed is a sentence's capital, which any copy may take."""
    said = _LETTERS_RE.findall(text)
    if len(said) < 2 or not any(q in query for q in QUOTATION_MARKS):
        return ""
    for quotation in (next(filter(None, m.groups())) for m in QUOTATION_RE.finditer(query)):
        quoted = _LETTERS_RE.findall(quotation)
        if len(quoted) == len(said) and all(a.lower() == b.lower() for a, b in zip(quoted, said)) \
                and sum(a != b for a, b in zip(quoted, said)) >= 2:
            return quotation
    return ""


# --- a text corrected in place -------------------------------------------------------------------
#
# "Correct the grammar in this sentence: One possible outcome is that an environmentally-induced reduction ... in the
# poorer countries ." answered "One possible outcome is that an environmentally induced reduction ... in the poorer
# countries.": every word is the prompt's, in its order, as in an echo; but an echo copies the text as written, and a
# correction changes it, if only a mark, a hyphen or a space before a stop.

_ASKS_TO_CORRECT_RE = re.compile(
    r"\b(?:correct|fix|proofread|check)\b[^.?!\n]{0,40}\b(?:grammar|grammatical|spelling|punctuation|typos?|errors?"
    r"|mistakes?)\b")


_FENCE_LINE_RE = re.compile(r"^[ \t]*```[^\n]*$", re.MULTILINE)
# ... not asked for ("I don't want you to fix it, only explain the error").
_NOT_ASKED_RE = re.compile(r"(?:\bnot|n't|\bnever|\bwithout)\b[^.?!\n]{0,20}\Z")


def corrected_in_place(query: str, text: str) -> bool:
    """For a request to correct a text's grammar, spelling or punctuation, is the output a stretch of the prompt's text,
    its words in their order from end to end, with something changed between them (not said back as written, in
    quotation marks or a code fence, not the request said again)?"""
    asked = _ASKS_TO_CORRECT_RE.search(query.lower())
    if asked is None or _NOT_ASKED_RE.search(query.lower(), 0, asked.start()) \
            or _ASKS_TO_CORRECT_RE.search(text.lower()):
        return False
    # The text itself, less a code fence's lines and quotation marks around it: those change nothing in it.
    body = _FENCE_LINE_RE.sub("", text).strip().strip("\"'`\u201c\u201d\u00ab\u00bb")
    words = WORD_RE.findall(body.lower().replace("-", " "))  # ("well-known" corrected to "well known")
    spoken = " ".join(WORD_RE.findall(query.lower().replace("-", " ")))
    if len(words) < 3 or " ".join(words[:3]) not in spoken or " ".join(words[-3:]) not in spoken:
        return False  # not a stretch of the prompt's text from end to end: more text of its own after it, or other
    return " ".join(body.split()) not in " ".join(query.split())


# --- the prompt's words laid out anew ------------------------------------------------------------
#
# "Give me this as CSV: Anna, 34, Lisbon; Marco, 28, Turin" answered "Anna,34,Lisbon\nMarco,28,Turin", "Convert this
# to YAML: {"server": {"host": "localhost"}}" answered "server:\n  host: localhost": every word is the prompt's, in
# its order, as in an echo; but an echo copies the text as written, and a conversion writes other marks between the
# words. Read from the marks alone, in any language.

threshold(
    "relaid_min_share", 0.5,
    """An output whose words are the prompt's is laid out anew, work asked for and no echo, when at least this share
    of its pairs of neighbouring words that stand side by side in the prompt too have other marks between them
    there (a line break read as a space: "Anna, 34; Marco" and "Anna,34\nMarco", '"host": "localhost"' and "host:
    localhost"). An echo copies the marks with the words; a conversion changes most of them.""",
)
_SEPARATOR_RE = re.compile(r"\s+")


def _pairs(text: str) -> dict[tuple[str, str], set[str]]:
    """Each pair of neighbouring words of the text (lower case), with the marks between them (runs of spaces and
    line breaks read as one space)."""
    found = list(WORD_RE.finditer(text.lower()))
    pairs: dict[tuple[str, str], set[str]] = {}
    for a, b in zip(found, found[1:]):
        between = _SEPARATOR_RE.sub(" ", text[a.end() : b.start()])
        pairs.setdefault((a.group(0), b.group(0)), set()).add(between)
    return pairs


# A request for another format or layout: the text it gives is to be laid out anew. Options said back one a line
# ("Tech / Business / Sport" for "select one from tech, business, sport") change their marks too, unasked: an echo.
_ASKS_FOR_LAYOUT_RE = re.compile(
    # No word boundary in Chinese or Japanese ("转换成JSON", "JSON形式で"): no Latin letter on either side.
    r"(?<![a-z])(?:json|yaml|yml|csv|tsv|xml|toml|html|markdown|table|convert|reformat|turn (?:this|these|it|them) into)"
    r"(?![a-z])|\u8f6c\u6362|\u5909\u63db|\u8868\u683c",
    re.IGNORECASE,
)


# A request for a list of the text's parts: "Turn this into a numbered list of steps", "as bullet points".
_ASKS_FOR_LIST_RE = re.compile(r"\b(?:list|steps|bullets?|bullet points|numbered)\b", re.IGNORECASE)
_ITEM_LINE_RE = re.compile(rf"^[ \t]*{ITEM_MARK}[ \t]+\S", re.MULTILINE)  # a list's item opening its line


def relaid_out(prompt_text: str, text: str, t) -> bool:
    """For a request for another format or layout, are the output's words, where they stand side by side in the
    prompt too, mostly joined by other marks than there (see ``relaid_min_share``)? Or, for a request for a list,
    is the output a list of three items or more where the prompt's text is written as no list (a paragraph cut
    into its steps)?"""
    if not _ASKS_FOR_LAYOUT_RE.search(prompt_text):
        return False
    if _ASKS_FOR_LIST_RE.search(prompt_text) and len(_ITEM_LINE_RE.findall(text)) >= 3 \
            and len(_ITEM_LINE_RE.findall(prompt_text)) < 2:
        return True
    mine = _pairs(text)
    theirs = _pairs(prompt_text)
    shared = [(pair, marks) for pair, marks in mine.items() if pair in theirs]
    if len(shared) < 3:
        return False
    changed = sum(1 for pair, marks in shared if marks.isdisjoint(theirs[pair]))
    return changed >= t.relaid_min_share * len(shared)


# --- a short answer lifted from a passage after a question ---------------------------------------------------
#
# "Based on this passage, how long does the warranty last?\n\n"All Brightline kettles come with a two-year warranty
# from the date of purchase. ..."" answered "Two years from the date of purchase.": the answer is a stretch from
# inside a sentence of the passage, with a word or two of the reply's own. An echo of the passage starts where the
# passage or one of its sentences starts, and says more.

LIFTED_MAX_WORDS = 20  # a short answer: a phrase or a sentence, not a paragraph
_SENTENCE_BREAK_RE = re.compile(r"[.!?\u3002\uff01\uff1f]+[\"'\u201d\u300d)]*\s+")


def lifted_answer(query: str, words) -> bool:
    """For a question followed by the passage it asks about (no labels), are these words a short answer holding
    one stretch of the passage (three words or more) that starts inside one of its sentences?"""
    split = _split(query)
    if split is None or not split[0].rstrip().endswith(_ASKS) or not 3 <= len(words) <= LIFTED_MAX_WORDS:
        return False
    passage_text = split[1].lower().replace("\u2019", "'")
    passage = tuple(WORD_RE.findall(passage_text))
    if 2 * len(words) > len(passage):
        return False
    # Where each sentence of the passage starts, as an index into its words.
    starts_at, count = {0}, 0
    for sentence in _SENTENCE_BREAK_RE.split(passage_text):
        count += len(WORD_RE.findall(sentence))
        starts_at.add(count)
    words = tuple(words)
    runs = [(i, at) for i in range(len(words) - 2) for at in range(len(passage) - 2)
            if words[i : i + 3] == passage[at : at + 3] and (i == 0 or at == 0 or words[i - 1] != passage[at - 1])]
    return len(runs) == 1 and runs[0][1] not in starts_at


def reworked_passage(r, t) -> frozenset[str]:
    """For a request to rework the passage the prompt holds ("Summarize the text below", "Correct the transcription
    ..."), the passage's words of its own, when it has ``passage_min_words`` of them or more (a short one may be
    reworded whole); else none."""
    if r.question.kind != REWRITE:
        return frozenset()
    passage = passage_content_words(r.prompt.query)
    return passage if len(passage) >= t.passage_min_words else frozenset()


def off_the_passage(r, t) -> Finding | None:
    """A request to rework the passage it holds ("Correct the transcription of an excerpt containing errors." and
    the excerpt), answered by an output that never names one of the passage's words: it works on some other text
    (a lecture's transcript "by deepl.com"), off the topic the passage sets, though it may name the instruction's
    words ("transcription"). Held from ``topic_gap_words`` words, as a slide off topic is: a rework of a few
    sentences may say all of them in other words ("an elderly rancher" for "an old farmer"), a page cannot."""
    if not r.plain:
        return None
    passage = reworked_passage(r, t)
    off = bool(passage) and passage.isdisjoint(r.vocabulary)

    def describe():
        shown = excerpt(r.text, 60)
        return shown, (f"off topic: its {r.total} words name none of the {len(passage)} words of the passage the "
                       f"request reworks ({', '.join(sorted(passage)[:6])}, ...; threshold {t.topic_gap_words} "
                       f"words): '{shown}'")

    # The whole output is off the passage: no onset (reply.passage_hits says why it is no answer).
    return Finding("topic.off_the_passage", float(off), 1.0, describe, condition_met=r.total >= t.topic_gap_words)


# A numbered line: its number and its mark ("1.", "2)", "3、").
_LIST_ITEM_LINE_RE = re.compile(r"[ \t]*(\d{1,3})([.)\u3001\uff0e\uff09])")
# A request for the list to go on, or for its next item ("Continue the list", "What should I add?", "继续").
_ASKS_TO_GO_ON_RE = re.compile(r"\b(?:continue|next|add(?! up)|more|another|complete|extend|finish|go on)\b"
                               r"|继续|补充|续写|下一|続け|次の", re.IGNORECASE)


def asks_to_go_on(request: str) -> bool:
    """Does the request ask for a list to go on, or for its next item?"""
    return _ASKS_TO_GO_ON_RE.search(request) is not None


@lru_cache(maxsize=256)
def _list_in_a_field(query: str, fields: tuple[str, ...]) -> tuple[int, str] | None:
    """(number, mark) of the numbered line the prompt's text ends on, when that list is given in a field and the
    request does not ask for it to go on; else None. Read once per prompt."""
    query = query.rstrip()
    last_line = query.rfind("\n") + 1
    last = _LIST_ITEM_LINE_RE.match(query, last_line) if last_line else None
    if last is None or _ASKS_TO_GO_ON_RE.search(query, 0, last_line) \
            or not any(query[last_line:].strip() in field for field in fields):
        return None
    return int(last.group(1)), last.group(2)


def list_goes_on(r, t) -> Finding | None:
    """A prompt whose text ends on a numbered list it gives to work on in a field, under a request for something
    else ("Add up the money stolen ...\\nFacts:\\n1. ...\\n2. ..."): an output that opens with the list's next item,
    numbered the same way ("3. On 16 May he took ..."), is the passage going on, more of the prompt's text, no reply
    (`prompt.list_goes_on`). Not a list the asker starts in the request itself ("Give me five tips. I already have
    these:\\n1. ..."), nor where the request asks for the list to go on or its next item ("Continue the list", "What
    should I add to these steps?")."""
    if not r.plain:
        return None
    last = _list_in_a_field(r.prompt.query, r.passage.fields)
    start = len(r.text) - len(r.text[r.own_start :].lstrip()) if last else 0  # (most prompts end on no list)
    nxt = _LIST_ITEM_LINE_RE.match(r.text, start) if last else None
    found = last is not None and nxt is not None and (int(nxt.group(1)) - 1, nxt.group(2)) == last
    shown = excerpt(r.text[start:], 60) if found else ""
    return Finding(
        "prompt.list_goes_on", float(found), 1.0,
        lambda: (shown, f"goes on with the prompt's numbered list, its next item: '{shown}'" if shown
                 else "goes on with the prompt's numbered list: no"),
        start if found else None, "it ends where the prompt's list goes on",
    )


# A wiki article's own markup on a line of its own: a section heading ("== Geschichte ==", "=== Five-Seven USG ==="),
# a template opening ("{{Infobox Formel-1-Rennen", "{{frS|...}}"), a category or file link ("[[Kategorie:...]]"), or
# a link alone in a list's item ("- [[Film]]").
_WIKI_LINE_RE = re.compile(
    r"^[ \t]*(?:(={2,6})[^=\n]+\1[ \t]*$|\{\{|\[\[(?:kategorie|category|datei|file|bild|image|catégorie|categoría"
    r"|categoria):|[-*#][ \t]*\[\[[^\]\n]+\]\][ \t]*$)", re.MULTILINE | re.IGNORECASE)
# A request for wiki markup itself ("... als Wikitext", "in wiki markup"): its lines are what is asked for.
_ASKS_FOR_WIKI_RE = re.compile(r"wiki[ -]?(?:text|markup|syntax|code)", re.IGNORECASE)


def wiki_markup(r, t) -> Finding | None:
    """A wiki article given to work on (two lines of its markup or more: "== Geschichte ==", "{{Infobox ...") and an
    output that writes a line of that markup: the article going on, its next section, its infobox or its links, not
    the summary or the answer asked for (`prompt.wiki_markup`). Not where the request asks for wiki markup."""
    if not r.plain:
        return None
    prompt = r.prompt.text
    wiki = ("==" in prompt or "{{" in prompt or "[[" in prompt) and len(_WIKI_LINE_RE.findall(prompt)) >= 2 \
        and not _ASKS_FOR_WIKI_RE.search(r.prompt.query)
    line = _WIKI_LINE_RE.search(r.text, r.own_start) if wiki else None
    shown = excerpt(r.text[line.start() :].strip(), 60) if line else ""
    return Finding(
        "prompt.wiki_markup", float(line is not None), 1.0,
        lambda: (shown, f"writes the wiki article's own markup, the article going on: '{shown}'" if shown
                 else "writes the wiki article's own markup: no"),
        line.start() if line else None, "it ends where the article's markup starts",
    )
