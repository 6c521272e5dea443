"""A short value in the prompt's open field.

A prompt that ends with an open field ("...\\nOutput:", "... Label : ", "Tweet text : ... Label : ",
"指示：...\\n出力：") or a chat or instruction template's reply turn asks for that field's value. When
the whole output is one short line (a word or a few: "Rehab", "Mature", "3", "Verb", "complaint",
"A. Loud sounds"), it is the value, whatever verb the instruction used ("List a few songs of the album", "Provide the ESRB
rating", "Decide which part of speech ..."): the field is filled, the prompt is answered. Read from
the prompt's format and the output's shape alone, so it holds in any language.

A value picked from the instruction's own words ("Relevant" for "Classify whether the document is
relevant ... or not relevant", "Yes" for "Answer yes or no") is a pick among the options the prompt
offers, not an echo. It is not a value when:

* it is copied from the input field the instruction works on ("Input: generous" -> "generous" for
  "Give the opposite of the given word"): the input said again, an echo; unless that input is a list
  of short items (three or more, separated by commas or one a line: "Input: shark, dolphin, trout"),
  the instruction asks a question about it ("Which of these animals is a mammal?", in any language;
  an English one that asks for one of them, not "What do these have in common?") or, in English, to
  pick, choose or identify, and the value is exactly one of the items ("Dolphin"):
  a pick from the list (``FieldValue.from_list``). The whole list said again, one item for an
  instruction that does something to the list ("Sort these words"), and a word of an input that is a
  sentence are still the input said again;
* it is only words of the question's asking sentence ("France" for "What is the capital of France?",
  "Mars" in a chat reply to "What do you think of Mars?"),
  or only words such as "the" or "I", or ends with a comma (a reply cut off before it said anything);
* it is a whole line of the prompt (but for one of the options the prompt lists, "B. A river" among
  "A. ...", "B. ...": a pick), or asks a question ("What do you mean?"), or opens with a field
  label of its own ("Infant: Mmm!", a speaker's line);
* it is only a yes or a no to a prompt that neither asks a yes/no question (or whether something
  holds) nor offers the word ("Yes" to "Write code for a Discord bot").

``FieldValue`` is worked out once per output (reading.py) and only for outputs of at most
``VALUE_MAX_WORDS`` words, so it costs nothing on long ones.

A longer output that drifts may still open with a value (``find_value_before_drift``), when the
prompt writes its open field out in a raw text ("...\nOutput:"; not a template's reply turn such as
"### Assistant:", where "[google] [google] ..." or "喵~ 喵~ ..." is a reply that never started): its first line is an option
picked from the prompt and the rest is drift ("Relevant", then new "Input: ... Output: ..." examples
of the prompt's format), or its first line is a stretch of a few words said again back to back to the
token limit ("#FFFFC0 #FFFFC0 #FFFFC0 ..."), whose first copy is the value. A first line of its own
words before new examples is not read as one ("Honesty" for "Provide a compliment ...", then more
"Input: ... Output: ..." pairs): without the prompt's options, a word that only starts a list of
examples has not shown it fills the field. The same rules decide whether it is a value; only the
first line's first words are read, so it costs nothing on long outputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from why_finetune.judges.language import not_in_english
from why_finetune.judges.question import LABEL, LABEL_MAX_WORDS, OPEN, TRANSLATION, YES_NO, YES_NO_WORDS, read_question
from why_finetune.judges.text import LOOSE_MARKER_RE, STOPWORDS, WORD_RE, begins_the_answer, empty_list, words_of

VALUE_MAX_WORDS = LABEL_MAX_WORDS  # a label, an option, a name or a number: a few words, not a sentence

# The prompt ends with a field label and its colon, after a line break or a sentence end
# ("...idiot.\nOutput:", "...stupid game. Label : ", "指示：...\n回答：").
_OPEN_AT_END_RE = re.compile(r"(?:\A|\n|[.!?\u3002\uff01\uff1f][ \t]+)[ \t]*#*[ \t]*[^\W\d_][^:\uff1a\n.!?]{0,30}[:\uff1a]\s*\Z")
# A field label opening a line ("Input:", "### Instruction:", "入力：").
_FIELD_LINE_RE = re.compile(r"^[ \t]*#{0,4}[ \t]*([^\W\d_][^:\uff1a\n]{0,30}?)[ \t]*[:\uff1a]", re.MULTILINE)
# A prompt on one line made of fields: it opens with one ("Tweet text : ...") and ends with an
# open one after a space ("... different sizing Label : "), the RAFT and PEFT tutorials' format.
_OPENS_WITH_FIELD_RE = re.compile(r"\s*[^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?[ \t]*[:\uff1a][ \t]*\S")
_OPEN_AFTER_SPACE_RE = re.compile(r"[ \t][^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?[ \t]*[:\uff1a]\s*\Z")
# An option line of a list the prompt offers: a letter or a number, then "." or ")" ("B. A river").
_OPTION_LINE_RE = re.compile(r"^[ \t]*(?:[A-Za-z]|\d{1,2})[.)][ \t]+\S", re.MULTILINE)
_OWN_LABEL_RE = re.compile(r"\s*[^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?\s*[:\uff1a]\s*\S")
_BLANK_RE = re.compile(r"\s*[\[<{(].*[\]>})]\s*\Z")  # "[Code]", "<answer>": a blank left to fill in


@dataclass(frozen=True)
class FieldValue:
    text: str  # the value as written
    picked: bool  # its words are among the prompt's (an option picked), not its own
    start: int = 0  # where it lies in the output (the whole output, for a short one)
    end: int = 0
    from_list: bool = False  # one item of a list the prompt's input field gives, picked for a question


def find_field_value(prompt, question, text: str, words: list[str]) -> FieldValue | None:
    """The output as a value for the prompt's open field, or None (see the module's docstring)."""
    value = text.strip()
    if not words or len(words) > VALUE_MAX_WORDS or "\n" in value:
        return None
    if prompt.template == "raw" and not _OPEN_AT_END_RE.search(prompt.raw.rstrip()) \
            and not _fields_on_one_line(prompt.raw) and not begins_the_answer(prompt.raw):
        return None  # a bare text to continue, not a field to fill
    if value.endswith(("?", "\uff1f")) or _OWN_LABEL_RE.match(value) or _BLANK_RE.match(value) \
            or empty_list(value, prompt.query):
        return None
    body = LOOSE_MARKER_RE.sub("\n", prompt.raw)
    prompt_words = set(WORD_RE.findall(body.lower()))
    yes_or_no = question.asks_yes_or_no
    if all(w in YES_NO_WORDS for w in words) and not yes_or_no and not prompt_words.issuperset(words):
        return None
    content = [w for w in words if w not in STOPWORDS or (yes_or_no and w in YES_NO_WORDS)]  # "no" says something here
    if not content or value.endswith((",", "\u3001", "\uff0c")):
        return None  # "The", "I", "Ah,": a reply cut off before it said anything, not a value
    if _picked_from_listed_input(body, value):
        return FieldValue(value, True, from_list=True)
    opinion_in_a_reply_turn = question.kind == OPEN and prompt.template != "raw"
    if (question.asks_for_a_fact or opinion_in_a_reply_turn) and question.kind != LABEL \
            and question.asked.issuperset(content):
        return None  # "France" for "What is the capital of France?", "Mars" for "What do you think of Mars?"
    lowered = value.lower()
    # A whole line of the prompt said again, or, for a translation, the text to translate, a field's whole value
    # ("Русский: Я опоздал на автобус." said back as "Я опоздал на автобус."). A value picked from another field is a
    # value ("Winner:" filled with the home team's name).
    said_again = [line for line in body.splitlines()
                  if lowered.strip(" .") == line.strip().lower().strip(" \t.:") or (
                      question.kind == TRANSLATION
                      and lowered.strip(" .") == _FIELD_VALUE_RE.sub("", line).strip().lower().strip(" \t.:"))]
    if said_again and not (_OPTION_LINE_RE.match(said_again[0]) and len(_OPTION_LINE_RE.findall(body)) >= 2):
        return None  # a whole line of the prompt said again, not one of the options it lists
    picked = prompt_words.issuperset(words)
    if picked and _only_in_the_input(body, prompt.asker, words):
        return None
    return FieldValue(value, picked)


_FIELD_VALUE_RE = re.compile(r"^[ \t]*[^\W\d_][^:\uff1a\n]{0,30}[:\uff1a][ \t]*")


def _fields_on_one_line(raw: str) -> bool:
    """A prompt that opens with a field and ends with an open one after a space, on one line."""
    return "\n" not in raw.strip() and bool(_OPENS_WITH_FIELD_RE.match(raw)) and bool(_OPEN_AFTER_SPACE_RE.search(raw))


def _only_in_the_input(body: str, asker: str, words: list[str]) -> bool:
    """Are the value's words all in the input field the instruction works on, and not all in the
    instruction? The input field is the last labelled field before the open one, when an instruction
    comes before it; in a one-question template the asking field is the question, not an input."""
    fields = list(_FIELD_LINE_RE.finditer(body.rstrip()))
    if len(fields) < 2:
        return False
    last_input = fields[-2]
    if last_input.group(1).strip().lower() == asker:
        return False
    instruction = body[: last_input.start()]
    if not instruction.strip():
        return False
    given = set(WORD_RE.findall(body[last_input.end() : fields[-1].start()].lower()))
    told = set(WORD_RE.findall(instruction.lower()))
    return given.issuperset(words) and not told.issuperset(words)


LIST_MIN_ITEMS = 3  # three items make a list to pick from; two may be a pair ("Paris, France")
_ITEM_SPLIT_RE = re.compile(r"[,;\n\uff0c\u3001\uff1b]")
_ITEM_MARK_RE = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)]|[A-Za-z][.)])\s+")  # "- Mars", "2. Mars", "b) Mars"
_SENTENCE_END_RE = re.compile(r"[.!?\u3002\uff01\uff1f]\s*\Z")
_ASKS_RE = re.compile(r"[?\uff1f]\s*\Z")


def _picked_from_listed_input(body: str, value: str) -> bool:
    """Is `value` exactly one item of a list of short items that the input field before the open one
    gives, for an instruction that asks a question about it (or, in English, to pick one)? Read from
    the fields' text and punctuation alone, so it holds in any language (see the module's docstring)."""
    fields = list(_FIELD_LINE_RE.finditer(body.rstrip()))
    if len(fields) < 2:
        return False
    given = body[fields[-2].end() : fields[-1].start()]
    items = [_ITEM_MARK_RE.sub("", item.strip()).lower() for item in _ITEM_SPLIT_RE.split(given)]
    items = [item for item in items if item]
    if len(items) < LIST_MIN_ITEMS or any(
            _SENTENCE_END_RE.search(item) or not 1 <= len(WORD_RE.findall(item)) <= VALUE_MAX_WORDS for item in items):
        return False  # a sentence or a passage, not a list of short items
    if _normal_item(value) not in {_normal_item(item) for item in items}:
        return False
    instruction = body[fields[-3].end() if len(fields) >= 3 else 0 : fields[-2].start()].strip()
    if not instruction:
        return False
    kind = read_question(instruction).kind
    if kind == LABEL:
        return True  # "Pick the odd one out", "Choose the largest"
    if not _ASKS_RE.search(instruction) or kind == YES_NO:
        return False  # "Sort these words"; "Is any of these a mammal?" is answered by a yes or a no
    # An English question is read by its words: "Which of these ...?" asks for one of them, "What do these
    # have in common?" or "How are these related?" (open) does not. Another language's is taken as asking.
    return kind != OPEN or not_in_english(instruction)


def _normal_item(text: str) -> str:
    return " ".join(WORD_RE.findall(text.lower()))


_NON_SPACE_RE = re.compile(r"\S")
_BRACKETED_RE = re.compile(r"\([^)]*\)")


def _said_back(query: str, line: str) -> bool:
    """Are the line's words, less a note in brackets ("Good night (phrase)"), all the request's (its text said back)?"""
    words = WORD_RE.findall(_BRACKETED_RE.sub(" ", line).lower())
    return bool(words) and words_of(query).issuperset(words)


VALUE_MIN_COPIES = 3  # a stretch said three times back to back is a value said again, not a sentence's words


def find_value_before_drift(prompt, question, text: str, lower: str, start: int) -> FieldValue | None:
    """The value a drifting output opens with, from offset `start`, or None (see the module's docstring):
    its first line when that is a few words, or the first copy of a stretch of a few words that the
    line says again back to back; a value picked from the prompt's options, said again, or, where a translation is
    asked, in words of its own (not the request's)."""
    if prompt.template != "raw":
        return None  # a template's reply turn ("### Assistant:", "Answer:") is a reply to start, not a field
    first = _NON_SPACE_RE.search(lower, start)
    if first is None:
        return None
    line_start = first.start()
    line_end = lower.find("\n", line_start)
    if line_end < 0:
        line_end = len(lower)
    found = list(islice(WORD_RE.finditer(lower, line_start, line_end), VALUE_MAX_WORDS * VALUE_MIN_COPIES + 1))
    words = [m.group() for m in found]
    if not words:
        return None
    said_again = len(words) > VALUE_MAX_WORDS
    if not said_again:
        end = line_end
    else:
        size = next((k for k in range(1, VALUE_MAX_WORDS + 1)
                     if len(words) >= k * VALUE_MIN_COPIES
                     and words[: k * VALUE_MIN_COPIES] == words[:k] * VALUE_MIN_COPIES), None)
        if size is None:
            return None
        words, end = words[:size], found[size - 1].end()
    value = find_field_value(prompt, question, text[line_start:end], words)
    # A translation asked, a short text's: its own words are the value, not a new example's start.
    own_translation = question.asks_for_a_translation and not _said_back(prompt.query, text[line_start:end])
    if value is None or not (value.picked or said_again or own_translation):
        return None
    return FieldValue(value.text, value.picked, line_start, end)
