"""The prompt coming back: echoed, continued, restated as more prompts, or spoken in the asker's voice.

A base model does not answer a request, it continues a document that starts with it. So its
output often is the request again (an echo), the request's sentence finished ("Tell me how to train
my dog to sit" -> " on a chair?"), more requests of the same shape ("Tell me how to train my dog to
stay. / Tell me how to ..."), or the asker's story in the asker's words ("my dog won't listen").

* ``prompt.echo``: the share of the output's words that lie inside a three-word sequence copied from
  the prompt. An answer that reuses the question's words ("To train your dog to sit, ...") copies
  a sequence here and there, a small share; an echo is mostly copied. For the dialogue, the
  prompt is the whole transcript, so an agent turn stitched from the agent's own earlier lines
  ("I'm sorry to hear that but I'm here to help.") is an echo too.
* ``prompt.restated``: lines or sentences that are the question with a few words swapped, added or
  dropped (at most ``restated_max_change`` of the question's length, at least 2 words). Adding
  words only ("Taylor Swift's best friend is Selena Gomez.") is the question used in an answer,
  not restated, so a restatement must drop at least one of the question's words or be an exact copy.
  The test compares word *sets*, not sequences, which makes it one set operation per unit. One is enough when it
  says the whole request word for word after the output's first line or sentence as a page posts it: not as a
  title, a quotation or a blockquote, and with a few words at most after it (a forum page's title, then the request
  posted, then a greeting).
* ``prompt.questions``: the share of words in questions (units ending in "?") that name a topic
  word: a list of further questions on the topic instead of an answer ("How do I train my dog to
  sit? How do I stop him barking? ..."). An answer may ask a rhetorical question or two; a list of
  questions is most of the output.
* ``prompt.continuation``: words that finish the prompt's last sentence before the output starts
  its own (the prompt has no closing punctuation and the output starts in lower case or with
  punctuation). Llama-2-7b-chat given the raw request writes "on command." and then answers: two
  words, harmless. A long continuation is the model writing the asker's text, not replying.
* ``prompt.format``: the prompt's own format coming back: a line of the output opened by a field
  label the prompt used ("Input:", "Output:", "### Instruction:", "Review:", "问题：") or by an
  instruction template's header. The model is writing a new example of the prompt, not replying.
  Any script: the labels are the prompt's own, no word list.
  When labels the prompt never used come with it, said on two lines or more ("説明：... 回答：..." block after
  block, a worksheet), the new example starts at the first of them.
* ``prompt.opening``: lines that open as the prompt does (its first two words, the second compared
  on its first four letters: "Напиши короткое" and "Напиши короткий"): the next request or
  question of the same kind. Two such lines, or one after the output's first line (an answer,
  then the next request).
* ``prompt.asker_voice``: for a question about "my <thing>", the share of mentions of the thing
  said as "my <thing>" (asker) rather than "your <thing>" (replier). A reply addresses the asker's
  dog as "your dog"; a model still writing the asker's post says "my dog".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import eq, itemgetter

from why_finetune.judges.asking_words import asks_to_translate, text_after_the_request
from why_finetune.judges.choices import lettered_choices, opens_with_a_pick, picks_a_listed_item, states_an_option
from why_finetune.judges.code import completes_the_code, defines_the_named_function, gives_the_code_back_changed
from why_finetune.judges.dialogue import ANSWER_SIDE_LABELS
from why_finetune.judges.finding import Finding, examples, pct
from why_finetune.judges.formats import fills_the_schema, fills_the_template, says_back_the_template, template_fields
from why_finetune.judges.language import same_language
from why_finetune.judges.options import options_named, picks_one, says_a_quoted_output
from why_finetune.judges.passage import (
    Pieces,
    a_span_of_the_passage,
    answers_from_the_context,
    corrected_in_place,
    instruction_before_passage,
    lifted_answer,
    passage_after_instruction,
    recased_quotation,
    relaid_out,
    works_on_the_passage,
)
from why_finetune.judges.pieces import match_piece_request, sums_up_a_post_that_asks
from why_finetune.judges.question import (
    CJK_OPENING_CHARS,
    INSTRUCTION_VERBS,
    NAME,
    NUMBER,
    OPEN,
    PIECE,
    REWRITE,
    TRANSLATION,
    YES_NO,
    YES_NO_WORDS,
    a_bare_number,
    a_number_and_its_unit,
    a_question_cut_off,
    asks_for_a_question,
    asks_for_a_question_by_name,
    fills_the_question,
    holds_a_question,
    read_question,
    reworks_a_question,
    states_an_answer,
)
from why_finetune.judges.text import (
    CODE_BLOCK_RE,
    ITEM_MARK,
    LONG_UNIT_WORDS,
    OPEN_FIELD_RE,
    STOPWORDS,
    UNIT_WORDS,
    UNSPACED_RE,
    WORD_RE,
    Cleaned,
    Unit,
    excerpt,
    has,
    less_the_fields,
    normalise_apostrophes,
    reasoning_block_end,
    stem,
    units_between,
    unnumbered_label,
    word_count,
    words_between,
    words_of,
)
from why_finetune.judges.thresholds import threshold
from why_finetune.judges.topic import topic_re, topic_words, writes_cjk


@lru_cache(maxsize=256)
def prompt_grams(prompt_text: str) -> tuple[frozenset, frozenset, frozenset]:
    """The prompt's sets of 1-, 2- and 3-word sequences."""
    w = WORD_RE.findall(prompt_text.lower().replace("\u2019", "'"))
    return (
        frozenset((x,) for x in w),
        frozenset(zip(w, w[1:])),
        frozenset(zip(w, w[1:], w[2:])),
    )


def echo_coverage(prompt_text: str, words: list[str] | tuple[str, ...],
                  grams_in: Callable[[frozenset], bytes] | None = None, of: int | None = None) -> float:
    # Cost: one C-level map over the words; the Python-level sum runs over the stretches between copied sequences.
    """Share of `words` covered by a word sequence copied from the prompt (3 words; fewer for a
    reply shorter than three words, so that "the blanket" is an echo of "...the blanket").
    `of`: the words are what is left of a longer span (its sentences stating an answer left out, see
    echo_words): the share is of that span's length, and sequences are of three words as for it, so
    that a word or two left over ("的") is not read as a short reply copied whole."""
    n = len(words)
    if n == 0:
        return 0.0
    span = max(of or n, n)
    k = min(3, span)
    grams = prompt_grams(prompt_text)[k - 1]
    # `grams_in`: the words' three-word sequences already indexed (LoopFinding.grams_in), looked up
    # once per distinct sequence.
    if grams_in is not None and k == 3:
        hits = grams_in(grams)
    else:
        hits = bytes(map(grams.__contains__, zip(*(words[i:] for i in range(k)))))
    if 1 not in hits:
        return 0.0
    # Word i is covered if one of the k sequences containing it (starting at i-k+1 .. i) is copied. The words
    # not covered are those whose k sequences are all not copied: in each run of sequences not copied (the
    # sequences padded with k-1 not copied at both ends), k-1 fewer than the run's length. The runs are found
    # by bytes.split (C code), not word by word.
    pad = bytes(k - 1)
    runs = (pad + hits + pad).split(b"\x01")
    # The runs of k or more (longer than k - 1), their lengths summed less k - 1 for each: filter and sum in C code,
    # not a Python step per run (a loop's copied sequences cut the hits into hundreds of runs).
    long_runs = list(filter((k - 1).__lt__, map(len, runs)))
    uncovered = sum(long_runs) - (k - 1) * len(long_runs)
    return (n - uncovered) / span


@dataclass(frozen=True)
class Continuation:
    end: int  # offset where the output's own text starts
    words: int
    text: str
    rewrite: bool = False  # the output begins the prompt's last line again and changes it (no continuation)
    title: bool = False  # it goes on from the prompt as a page's title goes on, with the site's name


# A sentence's end, then closing marks: brackets and quotation marks of any language ("...help.\"", "...soporte.»",
# "... plage. »", "...です。」" has no Latin letter to continue with anyway), or a label's bold ("**ANSWER:**").
_TERMINAL_RE = re.compile("[.!?:][\\s\"')\\]\u00bb\u201d\u2019\u300d\u300f*_]*\\Z")
_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz,;.!?)-")
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|\Z)")


_CAMEL_NAME_RE = re.compile(r"[a-z]{1,4}[A-Z]")
_LIST_ITEM_WORDS = 2  # an item of a list of names, one a line ("solar", "hydro power")


def _ends_in_a_list(query: str) -> bool:
    """Does the prompt end in a list's items, its last three lines a word or two each, under a line above them
    ("Which of these ...?\nsolar\nwind\nhydro")? Its last sentence was above them: a reply in lower case ("solar,
    wind") goes on with none."""
    lines = query.rstrip().rsplit("\n", 3)[1:]
    return len(lines) == 3 and all(0 < len(WORD_RE.findall(line)) <= _LIST_ITEM_WORDS for line in lines)


def find_continuation(query: str, cleaned: Cleaned, trail: int | None = None) -> Continuation:
    """The fragment that finishes the prompt's sentence: from the start of the output (if it starts
    in lower case or with punctuation) to the first sentence end or line break. None when the
    fragment begins the prompt's last line again and changes it (see _rewrites_last_line). Whatever the prompt's
    last mark, a page's title going on (`title`): the site's name after the prompt's line (see _a_pages_title), or a
    trail of the site's sections to the question (`trail`, where it starts: see boilerplate.trail_to) opening the
    output."""
    if not query or _ends_in_a_list(query):
        return Continuation(0, 0, "")
    text = cleaned.text
    if (title := _TITLE_SUFFIX_RE.match(text)) and _a_pages_title(text, title, query) \
            and not match_piece_request(" ".join(WORD_RE.findall(query.lower()))):  # a line asked for is no title
        return Continuation(title.end(), word_count(title.group(0)), excerpt(title.group(0).strip(), 60), title=True)
    if trail is not None and not text[:trail].strip():
        # The output opens with a trail of the site's sections to the question ("Help Center > Internet > <the
        # question>"): the page's head, the reply under it.
        end = text.find("\n", trail)
        end = len(text) if end < 0 else end
        return Continuation(end, word_count(text[:end]), excerpt(text[trail:end], 60), title=True)
    if _TERMINAL_RE.search(query):
        return Continuation(0, 0, "")
    lead = len(text) - len(text.lstrip(" \t"))
    if lead >= len(text) or text[lead] not in _CONTINUES or _CAMEL_NAME_RE.match(text, lead):
        return Continuation(0, 0, "")  # (a name written so, "iPhone", "eBay", "macOS", opens a sentence of its own)
    newline = text.find("\n", lead)
    if newline < 0:
        newline = len(text)
    m = _SENTENCE_END_RE.search(text, lead, newline)
    end = m.end() if m else newline
    if _rewrites_last_line(query, text[lead:end]):
        return Continuation(0, 0, "", rewrite=True)
    return Continuation(end, word_count(text[:end]), excerpt(text[lead:end].strip(), 60))


# The prompt's line posted as a page's title, the site's name or its section after it on the same line: "? - Quora",
# " - wikiHow", " | Videos and pictures | DW | 04.04.2014", " » Seb Khane Ke 5 Tarike Kya Hain - Download the Vokal
# App". A few words after a title's separator, no sentence's stop, the line's end after them.
_TITLE_SUFFIX_RE = re.compile(r"[?.!]?[ \t]*[-|\u2013\u2014\u00bb][ \t]+[^\n]{1,160}?[ \t]*(?=\n)")
TITLE_SUFFIX_WORDS = 12


def _a_pages_title(text: str, title: re.Match, query: str) -> bool:
    """Is the suffix a page's title going on, not a reply's first line ("- Paris", "- Yes", "– 9:00 – 18:00", "- Paris -
    Marseille - Lyon"), item ("- Scales\n- Chords") or sentence ("- Sure, here it is.")? A few words (twice as many
    where a second separator parts the title from the site's name), no stop at their end, and what shows a page: the
    question posted again under it, or its title in parts ending with the page's date (" | Videos | DW | 04.04.2014",
    " - Relationships - 2019")."""
    said = title.group(0).rstrip()
    mark = said.lstrip("?.! \t")[:1]
    rest = text[title.end() :].lstrip("\n")
    parts = _TITLE_PARTS_RE.split(said)  # " » <the title> - Download the Vokal App": the title and the site
    if word_count(said) > TITLE_SUFFIX_WORDS * (1 + (len(parts) > 2)) or said[-1:] in ".!?:;," or not rest.strip() \
            or rest.lstrip().startswith(mark):
        return False
    if len(parts) > 2 and _DATE_RE.fullmatch(parts[-1].strip()):
        return True
    under = rest.split("\n", 1)[0].strip()
    asked, said_under = set(WORD_RE.findall(query.lower())), set(WORD_RE.findall(under.lower()))
    # The question posted again: its words, one more or one less at most (not inside a trail of sections, where the
    # line above may be an answer standing before the page's head).
    return len(asked) >= 3 and len(asked - said_under) <= 1 and len(said_under - asked) <= 1


_DATE_RE = re.compile(r"(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d")


_TITLE_PARTS_RE = re.compile(r"(?:^|[ \t])[-|\u2013\u2014\u00bb](?=[ \t])")


def _rewrites_last_line(query: str, fragment: str) -> bool:
    """Does the fragment begin the prompt's last line again (its opening words, see _opening_key) and
    then change it before the line's end ("what we have _expected" -> "what we had anticipated.")? That
    is the line rewritten, as an instruction above it asks ("Think of alternatives for the underlined
    word."), not the line's sentence going on. Only under an instruction: a prompt of one line begun
    again is the request restated. The line said again whole and then continued is a continuation."""
    lines = [line for line in query.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    line = WORD_RE.findall(normalise_apostrophes(lines[-1].lower()))
    said = WORD_RE.findall(normalise_apostrophes(fragment.lower()))
    key = _opening_key(line)
    return key is not None and _opening_key(said) == key and said[: len(line)] != line


@dataclass(frozen=True)
class Restated:
    count: int
    examples: tuple[str, ...]
    first_at: int | None
    # The whole request said again word for word after the output's first line or sentence, as a page posts it (a
    # forum page's title, then the request, a greeting after it): the request again, not a heading of the reply.
    whole_after_first: bool = False


def _phrasing(word: str) -> bool:
    """In a question holding a formula, a word of its phrasing: not one of the formula's variables, a single Latin
    letter ("f(x) = -x - 3 if x <= 1" holds "f" and "x"), which a worked answer says again in every step. Its
    numbers stay: an answer's own value ("The current date is 2019-04-20.") is what it adds to the question's
    words."""
    return len(word) > 1 or not ("a" <= word <= "z")


_POLITE_OPENERS = frozenset("please now hi hello hey can could would you kindly".split())


def find_restated(query: str, units: list[Unit], max_change: float, text: str,
                  said_first: list[Unit] | None = None) -> Restated:
    """`said_first`: the units whose words no earlier unit says (Reading.said_first), when the caller has them."""
    qwords = WORD_RE.findall(query.lower().replace("\u2019", "'"))
    if "=" in query:
        qwords = list(filter(_phrasing, qwords))
        units = [u._replace(words=tuple(filter(_phrasing, u.words))) for u in units]
        said_first = None  # words left out: lines apart may now say the same
    if not qwords:
        return Restated(0, (), None)
    qset = frozenset(qwords)
    qlen = len(qwords)
    maxd = max(2, round(max_change * qlen))
    lo, hi = qlen - maxd, qlen + maxd
    # Cheap filter first: a unit must have the right length and hold at least len(qset) - maxd of
    # the question's words (counting repeats, so this never drops a real restatement). Each distinct
    # line is read once (a loop says the same line many times, and Chinese or Japanese has a word per
    # character), and only when its length fits.
    need = len(qset) - maxd
    distinct = set(map(UNIT_WORDS, units)) if said_first is None else map(UNIT_WORDS, said_first)
    fits = {words for words in distinct
            if lo <= len(words) <= hi and sum(map(qset.__contains__, words)) >= need}
    if not fits:
        return Restated(0, (), None)
    candidates = list(compress(units, map(fits.__contains__, map(UNIT_WORDS, units))))
    if candidates and len(candidates) < len(units):  # some unit is no candidate: there may be pieces among them
        # A piece of a sentence too long for one unit (cut for the loop measures, the pieces touching) is no
        # restated question, which is a sentence of its own: a Japanese answer that opens by naming its
        # subject in the question's characters goes on past them.
        pieces = {a for a, b in zip(units, units[1:]) if a.end == b.start} | {
            b for a, b in zip(units, units[1:]) if a.end == b.start}
        candidates = [u for u in candidates if u not in pieces]
    verdicts: dict[tuple[str, ...], bool] = {}  # a loop says the same line many times: decide once
    stated: dict[tuple[str, ...], bool] = {}
    opener = next((w for w in qwords if w not in _POLITE_OPENERS), qwords[0])  # "Please write ..." opens with "write"
    for words in set(map(UNIT_WORDS, candidates)):
        uset = set(words)
        removed = len(qset - uset)
        added = len(uset - qset)
        verdicts[words] = not (removed > maxd or added > maxd or (removed == 0 and added > 0))
        stated[words] = added > 0 and words[0] != opener
    # A prompt again asks as the question does, or opens as it does ("Tell me how to train my dog to stay."), or
    # only drops words of it ("Your haiku." for "Write your own haiku."); a statement that opens otherwise and
    # adds words of its own ("The capital of France is Paris.", "Cultural and economic factors shape food
    # choices.") answers it.
    restating = [u for u in candidates if verdicts[u.words]
                 and not (stated[u.words] and not u.text.rstrip().endswith(("?", "\uff1f")))]
    if not restating:
        return Restated(0, (), None)
    whole = any(u.words == tuple(qwords) and u is not units[0] and _posted(u, units, text) for u in restating)
    return Restated(len(restating), tuple(excerpt(u.text, 60) for u in restating[:3]), restating[0].start, whole)


POSTED_MAX_WORDS_AFTER = 12  # a forum page's greeting or note after the request posted, not a reply's paragraph


def _posted(unit: Unit, units: list[Unit], text: str) -> bool:
    """Is the request said again whole as a page posts it: not as a title, a quotation or a blockquote (a reply
    heading its answer: '"Why do cats purr?"', "> Write a haiku ..."), and with a few words at most after it ("Peace
    be upon you")? A reply's paragraph after it answers what it restates."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    if _is_title(text, unit.start, unit.end) or text[line_start : unit.start + 1].lstrip()[:1] in _QUOTING_MARKS:
        return False
    after = sum(len(u.words) for u in units if u.start >= unit.end)
    return after <= POSTED_MAX_WORDS_AFTER


_QUOTING_MARKS = frozenset('"\'>*_\u201c\u2018\u00ab\u300c')

@dataclass(frozen=True)
class Questions:
    count: int
    share: float  # share of the output's words in such questions
    examples: tuple[str, ...]
    first_at: int | None


def asks(unit: Unit, text: str) -> bool:
    """Does the unit end in a question mark ("？" ends it, so it is read after it)?"""
    return unit.text.rstrip().endswith(("?", "\uff1f")) or text.startswith("\uff1f", unit.end)


def find_questions(
    units: list[Unit], topic_re: re.Pattern[str] | None, total_words: int, text: str = "?", lower: str = ""
) -> Questions:
    """The output's questions that name the prompt's topic words. `lower`: the output in lower case, given
    when its topic words are pairs of Japanese characters, which its units' words (one a character)
    cannot show together."""
    if topic_re is None or not total_words or ("?" not in text and "\uff1f" not in text):
        return Questions(0, 0.0, (), None)
    count = words = 0
    examples: list[str] = []
    first_at = None
    for unit in units:
        if not asks(unit, text):
            continue
        if not (topic_re.search(" ".join(unit.words)) or lower and topic_re.search(lower, unit.start, unit.end)):
            continue
        count += 1
        words += len(unit.words)
        if first_at is None:
            first_at = unit.start
        if len(examples) < 3:
            examples.append(excerpt(unit.text, 60))
    return Questions(count, words / total_words, tuple(examples), first_at)


@lru_cache(maxsize=256)
def _owned_re(query: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    things = tuple(
        dict.fromkeys(
            w for w in re.findall(r"\bmy\s+([a-z][a-z'-]*)", query.lower()) if w not in STOPWORDS and len(w) > 1
        )
    )
    if not things:
        return things, None
    alt = "|".join(re.escape(t) for t in things)
    # Literal start (no \\b) so the engine skips ahead fast; word starts are checked per match.
    return things, re.compile(r"(my|your)[ \t]+(?:" + alt + r")(?![a-z])")


@dataclass(frozen=True)
class Voice:
    things: tuple[str, ...]
    asker: int
    replier: int
    share: float
    example: str


def find_voice(query: str, cleaned: Cleaned) -> Voice:
    things, pattern = _owned_re(query)
    if pattern is None:
        return Voice(things, 0, 0, 0.0, "")
    lower = cleaned.lower
    if not any(t in lower for t in things):
        return Voice(things, 0, 0, 0.0, "")
    said = pattern.findall(lower)  # C code ("tommy dog" would count; rare enough)
    asker, replier = said.count("my"), said.count("your")
    example = ""
    if asker:
        m = _MY_RE.search(lower)
        if m:
            example = cleaned.text[m.start() : m.start() + len(m.group(0))]
    total = asker + replier
    return Voice(things, asker, replier, asker / total if total else 0.0, example)


_MY_RE = re.compile(r"my[ \t]+[a-z'-]+")


# A field label: a few words, maybe headed, then a colon; not a line of code ("def average(nums):", "if x == 1:").
_FIELD_PATTERN = r"^[ \t]*(#{1,4}[ \t]*)?%s\[?([^\W\d_][^:：\n()\[\]{}=<>%s]{0,30}?)\]?[ \t]*[:：]"
_FIELD_RE = re.compile(_FIELD_PATTERN % ("", ""), re.MULTILINE)
# ... or in bold ("**Question:**" is the field "Question:"), read in an output where the prompt ends on a field left
# open for it: a chat reply may give the fields it was asked for in bold ("**From:** John Carter").
_BOLD_FIELD_RE = re.compile(_FIELD_PATTERN % (r"(?:\*\*)?", "*"), re.MULTILINE)


@lru_cache(maxsize=256)
def _field_labels(raw_prompt: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """The prompt less its code blocks, and each label its lines open with, in order, lower case ("input",
    "### instruction"), with its count of words. A code block's lines are code ("def add(a, b):"), which a
    reply's fixed or explained code says again."""
    text = CODE_BLOCK_RE.sub("\n", raw_prompt) if "```" in raw_prompt else raw_prompt
    text = _without_definitions(text) if _DEFINITION_HEAD_RE.search(text) or _BLOCK_OPENS_RE.search(text) else text
    found = list(_FIELD_RE.finditer(text))
    if "[" in text:
        # A label in square brackets ("[Q]:", "[A]:") is a field in a few-shot format's shape: used twice or more, the
        # prompt ending on one left open ("...\n[A]:"). Else it is a link's reference ("[docs]: https://..."), a
        # form's blank, a transcript's speaker or a log's level ("[INFO]:").
        bracketed = [_label_of(m) for m in found if "[" in m.group(0)]
        few_shot = _ENDS_ON_A_BRACKETED_LABEL_RE.search(text) is not None
        found = [m for m in found if "[" not in m.group(0) or (few_shot and bracketed.count(_label_of(m)) >= 2)]
    return text, tuple((_label_of(m), len(m.group(2).split())) for m in found)


_ENDS_ON_A_BRACKETED_LABEL_RE = re.compile(r"^[ \t]*\[[^\W\d_][^:\n\[\]]{0,30}\][ \t]*[:：]\s*\Z", re.MULTILINE)


# A definition's head opening a line: "def read(self):", "class Source(object):", "async def main():".
_DEFINITION_HEAD_RE = re.compile(r"^([ \t]*)(?:async[ \t]+)?(?:def|class)[ \t]+[A-Za-z_]\w*[ \t]*[(:]", re.MULTILINE)


# A line of code opening a block in braces: "function label(code) {", "class Stack : public Container {".
_BLOCK_OPENS_RE = re.compile(r"\{[ \t]*$", re.MULTILINE)


def _without_definitions(text: str) -> str:
    """The text less its code, fenced or not: a Python definition's head and the lines indented under it (blank ones
    too), and a block in braces from the line that opens it to the one that closes it. Their "else:", "try:",
    "if not self.url:", a docstring's "Arguments:", C++'s "public:" or a switch's "case 200:" and "default:" are code,
    which a reply's mended code says again, not fields of the prompt's format."""
    kept: list[str] = []
    inside: int | None = None  # the indent of the definition being skipped
    depth = 0  # braces open in the block being skipped
    block: list[str] = []  # its lines: a block never closed (code cut off) may run into the template's fields, kept
    for line in text.split("\n"):
        if depth > 0:
            depth += line.count("{") - line.count("}")
            block.append(line)
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if inside is not None and (not line.strip() or indent > inside):
            continue
        inside = None
        if _BLOCK_OPENS_RE.search(line):  # (a brace language's class: "class Stack : public Container {")
            depth, block = line.count("{") - line.count("}"), [line]
        elif head := _DEFINITION_HEAD_RE.match(line):
            inside = len(head.group(1))
        else:
            kept.append(line)
    return "\n".join(kept + block if depth > 0 else kept)


def _label_of(field: re.Match) -> str:
    """A field's label as _FIELD_RE found it, lower case, its heading marks kept, a closing "#" dropped: DialogSum's
    "#Person1#:" and an output's "#Person1:" are one speaker."""
    return ((field.group(1) or "").replace(" ", "") + field.group(2).strip().rstrip("#").rstrip()).lower()


@lru_cache(maxsize=256)
def prompt_fields(raw_prompt: str) -> frozenset[str]:
    """The field labels the prompt's lines open with ("input", "output", "### instruction"), of three words
    at most, lower case; not the lines of its code blocks."""
    # A multiple-choice question's option letters ("A: ...", "B: ...") name options, no fields (choices.py); but
    # letters that open lines in each of the prompt's examples ("A: <sentence>\nB: <sentence>\nВопрос: ..." again
    # and again) are the fields of a few-shot format.
    fields = frozenset(label for label, words in _field_labels(raw_prompt)[1] if words <= 3)
    return fields - frozenset(letter for letter in lettered_choices(raw_prompt) if not _in_each_example(raw_prompt, letter))


def _in_each_example(raw_prompt: str, letter: str) -> bool:
    """Does the letter open a labelled line ("A: ...") more than once in the prompt: a field of its examples?"""
    return len(re.findall(rf"^[ \t]*{re.escape(letter)}[ \t]*[:\uff1a]", raw_prompt, re.MULTILINE | re.IGNORECASE)) > 1


# The prompt closes with the format its answer takes, shown under a line that names it ("... usando il formato:\n\n
# Risposta:", "Reply in this format:\nAnswer:"): the label is the answer's, which reasoning may come before.
_FORMAT_WORD = (r"(?:\b(?:format|formato|form\u00e1t|forme|form)\b|\u0444\u043e\u0440\u043c\u0430\u0442|\u683c\u5f0f|\u5f62\u5f0f"
                r"|\ud615\uc2dd)")
_FORMAT_SHOWN_RE = re.compile(
    _FORMAT_WORD + r"[^\n]{0,20}[:\uff1a][ \t]*\n(?:[ \t]*\n)*[ \t]*([^\W\d_][^:\uff1a\n]{0,30}?)[ \t]*[:\uff1a][ \t]*\Z",
    re.IGNORECASE)
# A format set out line by line: "Use the following format:", a blank line at most, then its labelled lines to the
# next blank line.
_FORMAT_SET_OUT_RE = re.compile(_FORMAT_WORD + r"[^\n]{0,20}[:\uff1a][ \t]*\n(?:[ \t]*\n)?((?:[^\n]*\S[^\n]*(?:\n|\Z))+)",
                                re.IGNORECASE)
FORMAT_SET_OUT_LABELS = 3  # "Question:", "Thought:", "Answer:": a format of its own, not a field or two named


def format_shown(query: str) -> str:
    """The label of the format the prompt shows its answer in, closing it ("risposta"), or ""."""
    found = _FORMAT_SHOWN_RE.search(query.rstrip())
    return found.group(1).strip().lower() if found else ""


def fields_to_fill(query: str) -> frozenset[str]:
    """The labels the reply's format takes: the format the prompt closes with (format_shown), a template's fields
    with placeholders for their values ("Verdict: <true/false>\nReason: <one sentence>"), and the fields of a format
    it sets out to use (format_set_out)."""
    shown = format_shown(query)
    fields = template_fields(query) | format_set_out(query)
    return fields | {shown} if shown else fields


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def format_set_out(query: str) -> frozenset[str]:
    """The labels after the first of a format the prompt sets out to use ("Use the following format:\n\nQuestion: the
    input question ...\nThought: ...\nAction: ...\nFinal Answer: ..."), when it asks its item under the format's first
    label on its last line ("Question: Will it rain in Oslo?"): the reply's fields, "Thought:", "Action:", "Final
    Answer:". Empty for a prompt that sets out no format of three labels or more, or asks otherwise."""
    formats = list(_FORMAT_SET_OUT_RE.finditer(query))
    if not formats:
        return frozenset()
    found = formats[-1]  # (the last one set out: the one the item is asked under)
    labels = [_label_of(m) for m in _FIELD_RE.finditer(found.group(1))]
    lines = [line for line in query[found.end() :].splitlines() if line.strip()]
    last = _FIELD_RE.match(lines[-1]) if lines else None
    if len(set(labels)) < FORMAT_SET_OUT_LABELS or last is None or _label_of(last) != labels[0]:
        return frozenset()
    return frozenset(labels[1:]) - {labels[0]}


@dataclass(frozen=True)
class FormatBack:
    count: int
    first_at: int | None
    example: str


@lru_cache(maxsize=256)
def filled_fields(raw_prompt: str, ends_on_a_value: bool = False) -> frozenset[str]:
    """The prompt's field labels whose fields hold its input ("Title: ...", "Content: ..."), each followed by
    another field: not the last one, which the output fills ("Output:", "Answer:")."""
    text, labels = _field_labels(raw_prompt)  # every label, for their order; fields of three words at most
    if not labels:
        return frozenset()
    # A field the request names as what it asks for ("Suggest a better title for this post.", "Title: My trip"):
    # the reply gives that field anew under its label, it writes no new example. The request is the prompt's
    # lines that open with no label.
    asked = set(WORD_RE.findall(" ".join(line for line in text.lower().splitlines()
                                         if line.strip() and not _FIELD_RE.match(line))))
    last = labels[-1][0]
    # Nor, when the last field is filled (`ends_on_a_value`: the request ending on a question, "Q: ...?", as a chat's
    # earlier turns may),
    # the field that followed it in the examples above ("Q: ...\nA: ..." pairs): the output writes its label to open
    # its answer ("A: ..."). After an open field ("Content:"), the one that followed it opens a new example.
    names = [label for label, _ in labels]
    earlier = len(names) - 2 - names[-2::-1].index(last) if ends_on_a_value and last in names[:-1] else None
    answer = names[earlier + 1] if earlier is not None else None
    example = example_answer_fields(raw_prompt) if ends_on_a_value else frozenset()
    return frozenset(label for label, words in labels[:-1]
                     if words <= 3 and label not in (last, answer) and label not in example
                     and not asked.issuperset(WORD_RE.findall(label)))


@lru_cache(maxsize=256)
def example_answer_fields(raw_prompt: str) -> frozenset[str]:
    """An example's answer fields named after it, before the prompt's own item under a label of its own ("Example:
    ...\nExample solution: B\nExample explanation: ...\n\nProblem: ..."): the fields the answer to that item fills
    ("Example solution: A"), the answer's own the first time each comes. Empty for any other format."""
    _, labels = _field_labels(raw_prompt)
    names = [label for label, _ in labels]
    if len(names) < 3 or names[-1] in names[:-1]:
        return frozenset()
    # (Named after the example's own label, "Example solution:" after "Example:", or after its first word, "Example
    # output:" after "Example input:".)
    first, between = names[0].split()[0], names[1:-1]
    if all(label.startswith(first + " ") for label in between):
        return frozenset(between)
    return frozenset()


def find_format(fields: frozenset[str], cleaned: Cleaned, filled: frozenset[str] = frozenset(),
                asked: frozenset[str] = frozenset(), numbered_as: tuple[str, str] | None = None,
                to_fill: frozenset[str] = frozenset(), bold: bool = False) -> FormatBack:
    """Lines of the output opening with a field label of the prompt, after its first line; its first line too
    when its label is one of the prompt's `filled` fields (an input field written again: "Content: ..."). The label
    the labels of the format the answer takes (`to_fill`, see fields_to_fill) are the answer's own the first time
    each comes."""
    if (not fields or (":" not in cleaned.text and "\uff1a" not in cleaned.text)) and numbered_as is None:
        return FormatBack(0, None, "")
    lower = cleaned.lower
    lead = len(lower) - len(lower.lstrip())
    count, first_at, example = 0, None, ""
    once = set(to_fill)
    numbered = {unnumbered_label(f) for f in fields if f[-1:].isdecimal()}  # "exercise 1": "Exercise 2:" is one too
    for m in (_BOLD_FIELD_RE if bold else _FIELD_RE).finditer(lower):
        label = _label_of(m)
        if label in once:
            once.discard(label)  # "... In conclusione, credo ... \nRisposta: 3" ("Answer: 3" first): the format asked for
            continue
        if (label not in fields and unnumbered_label(label) not in numbered) or \
                (m.start() + len(m.group(0)) - len(m.group(0).lstrip()) <= lead and label not in filled):
            continue  # a label the prompt never used, or the output's own opening ("Output: Positive")
        count += 1
        if first_at is None:
            first_at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            example = excerpt(cleaned.text[first_at:], 60)
    if any(f.startswith("#") for f in fields):
        # The prompt heads its fields with "#" ("###指示: ...\n###返答:"): a label so headed inside a line of the
        # output, the "#" against it ("... 起源はおよそ1300年前に遡ります。 ###質問: ..."), opens a new turn of its
        # format. It is no markdown heading: that opens its line, with a space after the "#" ("### Tips:").
        for m in _HEADED_INLINE_RE.finditer(lower):
            count += 1
            if first_at is None or m.start(1) < first_at:
                first_at = m.start(1)
                example = excerpt(cleaned.text[first_at:], 60)
    if any(f.startswith("#") for f in fields):
        # ... and a section of the template's own kind, headed as the prompt heads its fields, on a line of its own,
        # after the output's first words ("चाप को लम्बाइ = २.५ मि\n\n### Hint:", "### Explanation:", "###Output:"):
        # the template's next field, which the prompt never used. A markdown heading of a reply ("### Tips:") is
        # none: its label is no field of a template, and it has a space after the "#".
        for m in _TEMPLATE_SECTION_RE.finditer(lower):
            label = m.group(2).strip()
            if asked.issuperset(WORD_RE.findall(label)):
                continue  # the section the request asks for ("Give me a hint" answered under "### Hint:")
            if (not m.group(1) or label in _TEMPLATE_SECTIONS) and WORD_RE.search(lower, 0, m.start()):
                count += 1
                if first_at is None or m.start() < first_at:
                    first_at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                    example = excerpt(cleaned.text[first_at:], 60)
    if numbered_as is not None:
        # The prompt opens with a numbered label ("Question 1.", "Exercice 1 :", "Билет № 1", "Q1."): lines of the
        # output opening with that label and another number are the next ones of its series.
        for m in _NUMBERED_LABEL_RE.finditer(lower):
            if m.group(1) == numbered_as[0] and m.group(2) != numbered_as[1]:
                count += 1
                at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                if first_at is None or at < first_at:
                    first_at, example = at, excerpt(cleaned.text[at:], 60)
    if first_at is not None:
        first_at = _worksheet_start(fields, lower, lead, first_at)
        example = excerpt(cleaned.text[first_at:], 60)
    return FormatBack(count, first_at, example)


# A label and its number opening a line: "Question 1.", "Exercice 2 :", "Билет № 3", "Q4.", "प्रश्न 2:".
_NUMBERED_LABEL_RE = re.compile(
    r"^[ \t]*([^\W\d_]{1,20}(?: [^\W\d_]{1,20})?)[ \t]*(?:no\.?[ \t]*|n[\u00ba\u00b0][ \t]*|\u2116[ \t]*)?(\d{1,3})"
    r"[ \t]*(?:[.):\uff1a]|$)",
    re.MULTILINE,
)


# A series a reply goes on with (the user's "Step 1: I installed Python" answered "Step 2: install pip"), not the
# asker's next question.
_REPLY_SERIES = frozenset(
    "step steps part chapter day week phase stage level round section page slide scene act verse line item point "
    "paso \u00e9tape etape schritt passo \u0448\u0430\u0433".split()
)


def numbered_label(query: str) -> tuple[str, str] | None:
    """(label, number) when the prompt opens with a numbered label ("Question 1. Name ...", "Q1. ..."); else None."""
    m = _NUMBERED_LABEL_RE.match(query.lower().lstrip())
    return (m.group(1), m.group(2)) if m and m.group(1) not in _REPLY_SERIES else None


# A section header alone on its line: "#"s, a label of a few words and a colon. Group 1 is the space after the "#"s
# (none: "###Output:", no markdown heading), group 2 the label.
_TEMPLATE_SECTION_RE = re.compile(
    r"^[ \t]*#{2,4}([ \t]*)([^\W\d_][^:\uff1a\n#]{0,30}?)[ \t]*[:\uff1a][ \t]*$", re.MULTILINE
)
# The sections an instruction template's examples hold, which a base model writes after its answer.
# Not the headings a reply gives its own parts ("### Explanation:" after its code, "### Solution:", "### Answer:",
# "### Conclusion:"), which say what the reply goes on with.
_TEMPLATE_SECTIONS = frozenset(
    "output response input instruction hint hints translation evaluation score scoring feedback question".split()
) | frozenset({"expected output", "expected response", "sample input", "sample output", "your task"})


_HEADED_INLINE_RE = re.compile(r"[^\s#][ \t]*(#{2,4})[^\W\d_][^:\uff1a\n#]{0,30}?[ \t]*[:\uff1a]")


# A line's label, after an optional item number and its marks ("5. 〜　説明：", "Note:"): at most three words.
_LINE_LABEL_RE = re.compile(r"^[ \t]*(?:\d+[.)．、]?[^\w\n]{0,4})?([^\W\d_][^:：\n]{0,30}?)[ \t]*[:：]", re.MULTILINE)


def _worksheet_start(fields: frozenset[str], lower: str, lead: int, first_at: int) -> int:
    """Where the new example of the prompt's format starts, given the first line opening with a label of
    the prompt's: earlier, at the first line with a label of the output's own (not the prompt's) that it
    uses on two lines or more ("Note: ... / Answer: ..." said again block after block): a worksheet with
    fields the prompt never used, the prompt's own label coming back among them. A label used once
    ("Tip: ...") is a reply's own."""
    seen: dict[str, int] = {}
    uses: dict[str, int] = {}
    for m in _LINE_LABEL_RE.finditer(lower):
        label = m.group(1).strip()
        if label in fields or len(label.split()) > 3 or m.start(1) <= lead:
            continue
        seen.setdefault(label, m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
        uses[label] = uses.get(label, 0) + 1
    return min([at for label, at in seen.items() if uses[label] >= 2 and at < first_at], default=first_at)


def _names_the_subject(query: str, key: tuple[str, ...]) -> bool:
    """Is the prompt's opening made of its topic words alone ("시간 복잡도를 ...", time complexity, where the
    request's verb comes last)? A reply naming its subject opens so too; only an opening with a word of the
    request's own ("Tell me", "Write a", "What is") marks a further request."""
    if len(key[0]) == 1 and _CJK_CHAR_RE.match(key[0]):
        # Japanese puts the subject first too ("ブロックチェーンについて教えてください。", "光合成の仕組みを..."): the
        # opening names it when its characters up to the first particle (a kana that is no Katakana) are two or
        # more and each pair of them is one of the question's topic pairs (Han or Katakana, topic.py).
        pairs = frozenset(topic_words(query, in_japanese=True)[0])
        head = "".join(key)
        particle = _PARTICLE_RE.search(head)
        head = head[: particle.start()] if particle else head
        return len(head) >= 2 and all(head[k : k + 2] in pairs for k in range(len(head) - 1))
    stems = topic_words(query)[0]
    if not stems:
        return False
    pattern = topic_re(stems)
    return all(pattern.match(word) for word in key)


_PARTICLE_RE = re.compile("[\u3041-\u309f]")  # a Hiragana character: a particle after the subject ("の", "と", "は")
_CLOSING_CHARS = 7  # "教えてください", "説明してください": the request's verb and its polite ending


def _closing(words: Sequence[str]) -> str:
    """A Chinese or Japanese sentence's last _CLOSING_CHARS characters: a request's verb ("教えてください"), which an
    answer's line naming the same subject does not end with."""
    return "".join(words[-_CLOSING_CHARS:])


def _opening_key(words) -> tuple[str, ...] | None:
    """The first word, and the second on its first four letters ("Напиши короткое" and "Напиши
    короткий" open alike). Where a character is a word (Chinese, Japanese), two are less than a
    word ("世界", the world): the first CJK_OPENING_CHARS characters instead."""
    if len(words) < 2:
        return None
    if len(words[0]) == 1 and _CJK_CHAR_RE.match(words[0]):
        return tuple(words[:CJK_OPENING_CHARS]) if len(words) >= CJK_OPENING_CHARS else None
    return words[0], _folded(words[1:2])[0][:4]  # "Write an essay" opens as "Write a poem"


_CJK_CHAR_RE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _unit_text(unit: Unit, text: str) -> str:
    # A sentence end "。" or "？" is the break between units, not in the unit's text: read it after the unit.
    return unit.text + text[unit.end : unit.end + 1] if text else unit.text


@dataclass(frozen=True)
class Openings:
    count: int
    first_at: int | None
    examples: tuple[str, ...]
    after_first: bool  # one of them comes after the output's first line


def _ending(text: str) -> str:
    """How a sentence ends: "?" (a question), "." (a statement or a request), or "" (it runs on)."""
    tail = text.rstrip()[-1:]
    return "?" if tail in "?\uff1f" else "." if tail and tail in ".!\u3002\uff01" else ""


_FRAME_WORDS = 3  # "give me a", "tell me how": the request's frame, past its verb
_YOU = frozenset("you you're you'd you'll".split())  # the reader spoken to; "your landlord" may be the asker's


def _folded(words) -> list[str]:
    """The words with "an" read as "a": the article changes with the next word, a request's opening does not."""
    return ["a" if w == "an" else w for w in words]


def _a_paragraph_alone(unit: Unit, text: str) -> bool:
    """Is the unit a line of its own with a blank line (or the output's start or end) before and after it?"""
    if not text:
        return False
    start = text.rfind("\n", 0, unit.start) + 1
    end = text.find("\n", unit.end)
    end = len(text) if end < 0 else end
    if text[start : unit.start].strip() or text[unit.end : end].strip(" \t.?!"):
        return False
    before, after = text[:start].rstrip(" \t"), text[end:]
    return (not before.strip() or bool(_BLANK_BEFORE_RE.search(before))) and (
        not after.strip() or bool(_BLANK_AFTER_RE.match(after)))


_BLANK_BEFORE_RE = re.compile(r"\n[ \t]*\n[ \t]*\Z")
_BLANK_AFTER_RE = re.compile(r"\n[ \t]*\n")


def find_openings(query: str, units: list[Unit], own_start: int, text: str = "") -> Openings:
    key = _opening_key(WORD_RE.findall(normalise_apostrophes(query.lower())))
    if key is None:
        return Openings(0, None, (), False)
    # The prompt's first sentence: a line of the same genre opens and ends as it does (a question
    # with "?", a request with "."), so that an answer naming the prompt's subject in its first
    # words ("Taylor Swift's best friend is ..." for "taylor swift's best friend") is not one.
    first = _SENTENCE_END_RE.search(query.strip())
    first_sentence = query.strip()[: first.end()] if first else query
    ending = _ending(first_sentence)
    closing = ""
    if _names_the_subject(query, key):
        if not _CJK_CHAR_RE.match(key[0]):
            return Openings(0, None, (), False)
        # An answer's line names the subject first as the request does ("地球温暖化は、..."); a further request
        # opening with it ends as the request does too: with its verb ("...の対策について教えてください。").
        closing = _closing(WORD_RE.findall(first_sentence))
    if ending == "." and _ending(query) == "?" and key[0] not in INSTRUCTION_VERBS:
        # A statement that sets up the question after it ("Photosynthesis is vital to life. Could you outline
        # its stages?"), not a request ("Write a haiku about autumn. Could you make it sad?"): a reply's line
        # opening as it does states the same subject, it asks nothing.
        return Openings(0, None, (), False)
    own = [u for u in units if u.end > own_start] if own_start else units  # a unit has words: it ends past 0
    # Every key starts with the line's first word: comparing that first leaves _opening_key to the
    # few lines that can match (a loop's hundred lines mostly open otherwise), and each distinct line's words
    # are read once (a loop's lines that do open so are said again and again).
    opens_so: dict[tuple[str, ...], bool] = {}

    def opens_as_the_prompt(words: tuple[str, ...]) -> bool:
        if words not in opens_so:
            opens_so[words] = _opening_key(words) == key and (not closing or _closing(words) == closing)
        return opens_so[words]

    # The lines whose first word is the key's, picked in C code (map, compress): a Python step only for those.
    opening_alike = compress(range(len(own)), map(eq, map(itemgetter(0), map(UNIT_WORDS, own)), repeat(key[0])))
    hits = [k for k in opening_alike if opens_as_the_prompt(own[k].words)
            and (_ending(_unit_text(own[k], text)) == ending or _begun_again_and_cut(own, k, query))]
    if len(hits) == 1 and not (len(key[0]) == 1 and _CJK_CHAR_RE.match(key[0])):
        # One such line is the next request when it says the request's frame again ("Give me a name for a
        # flower shop." after "Give me a name for a bakery.") or stands as a paragraph of its own ("\n\nWrite
        # an essay about the mountains."). One that shares only the verb, among other lines, is an item of a
        # list or a step of the reply ("Write an outline first.\nStart each paragraph with ..."). Two or more
        # are a run of requests.
        qwords = WORD_RE.findall(normalise_apostrophes(query.lower()))
        frame = _folded(qwords[:_FRAME_WORDS])
        # A paragraph addressing the reader ("Tell me if you want more detail.", "Write a short thank-you note if you
        # get an interview.") is the replier's offer or tip, where the request says no "you": the asker's next
        # request speaks as the request does.
        request_says_you = not _YOU.isdisjoint(qwords)
        hits = [k for k in hits if _folded(own[k].words[:_FRAME_WORDS]) == frame
                or (_a_paragraph_alone(own[k], text) and (request_says_you or _YOU.isdisjoint(own[k].words)))]
    # A statement of the prompt's said again word for word, with the answer's own work after it, is its data restated
    # in a worked answer ("Step 1: ... Sam has 3 boxes with 4 apples each. So, the total ..."), no new line of its
    # genre; its question said again, or its opening with nothing after it ("920.\nHere are some examples of") or
    # more of the prompt ("Categorize the shop ...\nInput: We fix ..."), is.
    if hits:
        said = f" {' '.join(WORD_RE.findall(normalise_apostrophes(query.lower())))} "

        def the_prompts(k: int) -> bool:
            return f" {' '.join(own[k].words)} " in said

        hits = [k for k in hits if _ending(_unit_text(own[k], text)) == "?" or not the_prompts(k)
                or ((k + 1 == len(own) or the_prompts(k + 1)) and not _a_given_restated(own, k, the_prompts, text))]
    # Nor is a statement that restates the prompt's and draws a result from it ("Toulouse has 2 times as many sheep as
    # Charleston, so Toulouse has 2x the number ..."): the answer's working; unless a question follows it, a new
    # problem's ("..., so she decides to buy 2 more boxes. How many pencils does she have now?").
    hits = [k for k in hits if _ending(_unit_text(own[k], text)) == "?" or not _DRAWS_RE.search(own[k].text)
            or (k + 1 < len(own) and _ending(_unit_text(own[k + 1], text)) == "?")]
    first_at = own[hits[0]].start if hits else None
    return Openings(len(hits), first_at, tuple(excerpt(own[k].text, 60) for k in hits[:3]),
                    any(k > 0 for k in hits))


_DRAWS_RE = re.compile(r", so\b(?! that)|\btherefore\b|\bthus\b", re.IGNORECASE)
# A lead-in that announces the problem's data restated ("We are given the following relationships:", "Given:", "We
# know that:"): the lines under it are the working's first step.
_GIVEN_LEAD_RE = re.compile(r"\b(?:given|we know)\b[^\n]{0,40}:\s*\Z", re.IGNORECASE)


def _a_given_restated(own: list[Unit], k: int, the_prompts, text: str) -> bool:
    """Is line k one of a run of the prompt's statements said again under a lead-in announcing the data, with the
    answer's own work after the run ("We are given the following relationships:\n- Toulouse has twice as many sheep
    as Charleston.\n- ...\n1. Charleston = 4 x 20 = 80")?"""
    first = k
    while first > 0 and the_prompts(first - 1):
        first -= 1
    if first == 0 or not _GIVEN_LEAD_RE.search(_unit_text(own[first - 1], text)):
        return False
    after = next((j for j in range(k + 1, len(own)) if not the_prompts(j)), None)
    return after is not None and _ending(_unit_text(own[after], text)) != "?"


_CUT_MIN_WORDS = 4  # "Rispondi alla seguente domanda": a few words of the prompt, not one shared verb


def _begun_again_and_cut(own: list[Unit], k: int, query: str) -> bool:
    """Is line k the prompt begun again, word for word, after the output's first line and cut by the token limit
    ("2013\n\nRispondi alla seguente domanda in modo chiaro")? It ends the output with no sentence's end, so it cannot
    end as the prompt's sentence does; its words are the prompt's first words, and it stops inside the prompt's clause,
    where a word follows them. Not a line the prompt sets off and the reply says whole: a quotation asked about ("En
    un lugar de la Mancha: ¿de qué libro es?"), a refrain to end a poem on ("Do not go gentle into that good night:
    write a poem ...")."""
    words = own[k].words
    if k == 0 or k + 1 < len(own) or len(words) < _CUT_MIN_WORDS:
        return False
    said = list(WORD_RE.finditer(normalise_apostrophes(query.lower())))
    if len(said) <= len(words) or tuple(m.group(0) for m in said[: len(words)]) != tuple(words):
        return False
    between = query[said[len(words) - 1].end() : said[len(words)].start()]
    return not between.strip()  # the next word follows with a space only: the clause goes on


@dataclass(frozen=True)
class QuestionAgain:
    words: int  # the question's words said again at the output's opening (0: not said again whole)
    end: int  # offset where the output goes on after them (0: not said again)
    text: str
    line: bool = False  # the question's line, or the text to translate or sum up, said again (not the whole prompt)


_TITLE_RE = re.compile(r"#{1,6}\s+\S.*|\*\*[^*\n]+\*\*|__[^_\n]+__")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own formatted as a markdown heading or a bold title,
    with more text after it: a reply that heads its answer with the question, not an echo of it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_TITLE_RE.fullmatch(text[line_start:line_end].strip())) and bool(text[line_end:].strip())


def find_question_again(query: str, units: list[Unit], own_start: int, text: str) -> QuestionAgain:
    """The output's opening lines or sentences, from its own start, that are the whole question
    word for word and end where it ends: the question said again before anything else. Units, not
    words: an answer that goes on from the question's words in the same sentence ("The tallest tree
    in the world is ...") uses them, it does not say them again."""
    qwords = WORD_RE.findall(normalise_apostrophes(query.lower()))
    n = len(qwords)
    if not n:
        return QuestionAgain(0, 0, "")
    said: list[str] = []
    first = None
    for u in units:
        if u.end <= own_start:
            continue
        first = u.start if first is None else first
        said.extend(u.words)
        if len(said) >= n:
            if said == qwords and not _is_title(text, first, u.end):
                return QuestionAgain(_words_counted(qwords), u.end, excerpt(text[: u.end].strip(), 60))
            break
        if said != qwords[: len(said)]:
            break
    return QuestionAgain(0, 0, "")


UNSPACED_LETTERS_A_WORD = 3  # Thai words run to three to five letters: a phrase is read as a word for each three


def _words_counted(words: list[str]) -> int:
    """How many words the question's are, a phrase of Thai (or another script written without spaces between its
    words, text.UNSPACED) read as a word for each UNSPACED_LETTERS_A_WORD letters ("วิศวกรรมเคมี", chemical
    engineering, as four): as a phrase between spaces is one of WORD_RE's words, a question of two would be two. A
    phrase alone is one word: a greeting or a thanks said back is manners."""
    if len(words) < 2:
        return len(words)  # one phrase alone may be a greeting, a thanks or a term ("ขอบคุณมากครับ"): a word
    return sum(max(1, len(w) // UNSPACED_LETTERS_A_WORD) if UNSPACED_RE.match(w) else 1 for w in words)


# An option or an item of a list the prompt offers ("A: IL-2", "(B) ...", "C) ...", "1. ...", "- ..."): said whole, it
# is picked.
_OPTION_LINE_RE = re.compile(r"[ \t]*(?:\(?[^\W_]{1,2}[).:\uff09\uff1a]|\(?[^\W_]\)|[-*\u2022])[ \t]")
# A field's label opening a prompt's line ("Schema:", "Translate to French:"): the line's text is what follows it.
_LABEL_BEFORE_TEXT_RE = re.compile(r"[^\n:\uff1a]{1,60}[:\uff1a][ \t]*(?=\S)")


def find_line_again(query: str, units: list[Unit], own_start: int, text: str, least: int,
                    any_line: bool) -> QuestionAgain:
    """The output's opening line, from its own start, when it says again word for word, `least` words or more, the
    question the prompt ends on, less its label ("What is the capital of France?" for "Question: What is the capital
    of France?\nAnswer:") or, for a request to translate or to sum up a text (`any_line`), any line of the prompt
    or the text after a line's label ("The cat sleeps ..." for "Translate to French: The cat sleeps ..."), and more of
    the output follows it: the question or the text to work on said back before the reply. Not a heading (a title in
    bold or after "#"), nor an option or an item the prompt offers (said whole, it is the one picked). Any other line
    said again may be what the request asks for: a line to repeat, to begin a poem with, to correct when it needs no
    correction, to pick, or a line of code kept in its fix."""
    line_end = text.find("\n", own_start)
    while line_end >= 0 and not text[own_start:line_end].strip():
        line_end = text.find("\n", line_end + 1)
    if line_end < 0 or not any(u.words for u in units if u.start >= line_end):
        return QuestionAgain(0, 0, "")
    opening = text[own_start:line_end]
    said = WORD_RE.findall(normalise_apostrophes(opening.lower()))
    if len(said) < least or _is_title(text, own_start + len(opening) - len(opening.lstrip()), line_end):
        return QuestionAgain(0, 0, "")
    if tuple(said) not in _lines_said(query, any_line):
        return QuestionAgain(0, 0, "")
    return QuestionAgain(len(said), line_end, excerpt(opening.strip(), 60), line=True)


_LABEL_ALONE_RE = re.compile(r"[ \t]*[^\W\d_][^\n:\uff1a]{0,30}[:\uff1a][ \t]*")  # "Answer:", "A:", "回答："


def _the_closing_question(lines: list[str]) -> list[int]:
    """The prompt's closing line, or the one above a closing label alone ("Question: ...?\nAnswer:"), when it asks:
    the question the prompt ends on (not a question among the options above it)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if filled and _LABEL_ALONE_RE.fullmatch(lines[filled[-1]]):
        filled.pop()
    return filled[-1:] if filled and lines[filled[-1]].rstrip().endswith(("?", "\uff1f")) else []


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def _lines_said(query: str, any_line: bool) -> frozenset[tuple[str, ...]]:
    """The words of the question the prompt ends on or, with `any_line`, of each of its lines, each also less its
    label; not its options nor the items it offers."""
    lines = query.splitlines()
    said = set()
    for k in (range(len(lines)) if any_line else _the_closing_question(lines)):
        line = lines[k]
        if _OPTION_LINE_RE.match(line):
            continue
        label = _LABEL_BEFORE_TEXT_RE.match(line)
        for part in (line, line[label.end():] if label else ""):
            said.add(tuple(WORD_RE.findall(normalise_apostrophes(part.lower()))))
    return frozenset(said)


# --- the measures --------------------------------------------------------------------------------


threshold(
    "prompt_echo", 0.6,
    """Drift when at least this share of the output's words is copied from the prompt in
    three-word sequences (the prompt, or pieces of it, said again). A sentence that states the
    answer to a fact question ("Yes, Lamini can generate technical documentation.", "The capital
    of France is Paris.") is not counted: it is the question answered, not the question again.""",
)
threshold(
    "rewrite_echo", 0.9,
    """For a request to rework a passage the prompt holds ("Summarize: ...", "Rewrite this ...",
    see question.py), the echo threshold instead of ``prompt_echo`` and ``echo_max``: a summary or a
    rewrite reuses the passage's words by design (a one-sentence summary copies 60% of its words in
    three-word sequences); only a near-copy of the passage is the prompt said again.""",
)
threshold(
    "continuation_words", 12,
    """Drift when the output finishes the prompt's sentence with at least this many words: the
    model is writing the asker's text. Short completions ("on command.") are common in chat
    models given an untemplated prompt and are not drift.""",
)
threshold(
    "restated", 3,
    """Drift when at least this many lines restate the question with a few words changed
    ("Tell me how to train my dog to stay."). A chat answer may head itself and a section with the
    question's words ("How to Train Your Dog to Sit on Command", "Why teach your dog to sit?");
    three are more prompts. (A short output of one or two restatements is caught by prompt_echo.)""",
)
threshold(
    "more_requests", 3,
    """Drift when at least this many lines open as the prompt's instruction does: its label
    ("Summarize: ...") or its first two words ("Write a ...", "Give me ..."; see question.py):
    further requests, each for something else ("Summarize: The library will close early ..."), not
    this one done. A reply does not head three of its lines so; its bullets may share the verb
    ("Give yourself a bedtime.") but not the request's own words.""",
)
threshold(
    "restated_max_change", 0.4,
    """A restatement swaps, adds or drops at most this share of the question's words (at least 2).""",
)
threshold(
    "prompt_questions", 0.4,
    """Drift when at least this share of the output's words are in on-topic questions, and there are
    at least ``prompt_questions_min`` of them or the output opens with one: further prompts, or the
    question continued with another ("If so, how can we use those metrics ...?"), instead of an answer.
    An answer may ask a rhetorical question or two, a small share of its words.""",
)
threshold(
    "prompt_questions_min", 3,
    """... at least this many questions, when the output does not open with one (a list of further
    questions: "How do I ...? Why won't ...? What is ...?").""",
)
threshold(
    "asker_voice", 0.67,
    """Drift (and not a reply) when at least this share of mentions of the asker's thing are
    "my <thing>" rather than "your <thing>", with at least ``asker_voice_min`` of them.""",
)
threshold(
    "asker_voice_min", 2,
    """... and at least this many "my <thing>" (one "my dog" in a reply can be a quote).""",
)


def echo_words(r, start: int, end: int) -> list[str]:
    """The words between two offsets that may be an echo: all of them, less the sentences that
    state the answer to a fact question or pick one of the options a question offers (see
    question.states_an_answer). A value for the prompt's
    open field is none: a pick among the prompt's options, not an echo (see field_value.py)."""
    if r.field_value is not None:
        return []
    question = r.question if r.plain else None
    if question is None or not (question.asks_for_a_fact or question.options):
        return r.words if (start, end) == (0, len(r.lower)) else words_between(r.units, r.lower, start, end)
    units = list(units_between(r.units, start, end))
    # The options said back, one a line ("Tech / Business / Sport"), are the question's list, not a pick.
    several = len(question.options) > 1 and options_named(question.options, chain.from_iterable(u.words for u in units)) > 1
    # A yes/no question's passage said back from its start ("The NK-1.1(-) mouse was constructed by ..." for "Does the
    # abstract contain any numerical data?"): its statements are the passage, not the answer, so what they copy counts
    # ("Nausea was reported by 5 patients.", one sentence of it, alone answers "Does it mention any side effects?").
    said_back = question.kind == YES_NO and bool(units) and _opens_a_field(r, units[0])
    decided: dict[tuple, bool] = {}  # a loop says the same sentence many times: decide it once
    premises = _premises_said_back(r) if question.kind == NUMBER else frozenset()

    def keeps(u: Unit) -> bool:
        key = (u.words, u.text.rstrip()[-1:])  # its words, and whether it asks
        if key not in decided:
            stated = states_an_answer(question, u) and not said_back and not _the_request_again(r, u) \
                and u.words not in premises
            decided[key] = not stated or (several and picks_one(question.options, u.words)) \
                or _copied_from_the_prompt(r, u) or _the_text_to_translate(r, u)
        return decided[key]

    return words_between(list(filter(keeps, units)), r.lower, start, end)


REQUEST_AGAIN_SHARE = 0.75  # a translation keeps a name or a number of the text, not most of the request's words
REQUEST_AGAIN_MIN_WORDS = 4


def _premises_said_back(r) -> frozenset[tuple[str, ...]]:
    """A word problem said back word for word, its premises and its question ("Toulouse has twice as many sheep as
    Charleston. Charleston has 4 times as many sheep as Seattle. How many sheep do they have together ...?"): its
    premises' words. A premise is a sentence of five words or more ending in a full stop, every three-word sequence
    the question's own, whose numbers are all the question's; two or more of them (one said twice too), and the question's asking sentence
    said back (every three-word sequence the question's, ending in "?"), are the whole problem copied. They work nothing
    out, however they read as statements of a number. (One sentence of a passage that holds the number asked, "The
    Nile is 6,650 km long.", answers "How long is the Nile?", after the question said back too.)"""
    asked = prompt_grams(r.prompt.query)[2]
    numbers = {w for w in r.question.words if w[0].isdecimal()}
    premises = [u.words for u in r.units if len(u.words) >= 5 and u.text.rstrip().endswith((".", "\u3002"))
                and _all_said(u.words, asked) and {w for w in u.words if w[0].isdecimal()} <= numbers]
    if len(premises) < 2 or not any(len(u.words) >= 3 and u.text.rstrip().endswith("?") and _all_said(u.words, asked)
                                    for u in r.units):
        return frozenset()
    return frozenset(premises)


def _all_said(words: tuple[str, ...], grams) -> bool:
    return all(g in grams for g in zip(words, words[1:], words[2:]))


def _the_request_again(r, unit: Unit) -> bool:
    """A translation request said back in the replier's words ("Please provide the translation of the early modern
    Dutch text sentence into contemporary English text."): most of the sentence's content words (four at least) are
    the request's own, the text it gives to translate left out. No translation, however it reads as a statement; a
    translation keeping the text's names and numbers ("Apple-CEO Tim Cook traf Satya Nadella in Seattle.") is one."""
    if r.question.kind != TRANSLATION:
        return False
    own = [w for w in unit.words if w not in STOPWORDS]
    if len(own) < REQUEST_AGAIN_MIN_WORDS:
        return False
    request, text = _request_and_text(r.prompt.query, tuple(f for f in r.passage.fields if not asks_to_translate(f)))
    if sum(w in request for w in own) >= REQUEST_AGAIN_SHARE * len(own):
        return True
    # ... or the whole text quoted in its own language ("The sentence \"Part of me feels ...\" is in English."): not
    # translated. Names kept in a translation ("New York, London, Paris, Tokio") are in no language of their own.
    said = set(unit.words)
    return len(text[0]) >= REQUEST_AGAIN_MIN_WORDS and text[0] <= said and same_language(text[1], unit.text)


@lru_cache(maxsize=256)
def _request_and_text(query: str, fields: tuple[str, ...]) -> tuple[frozenset[str], tuple[frozenset[str], str]]:
    """The translation request's own words, and the text it gives to translate (its content words, and as written), in
    fields or after its colon ("Translate into German: <text>")."""
    split = None if fields else text_after_the_request(query)
    texts = [split[1]] if split else list(fields)
    request = frozenset(WORD_RE.findall(less_the_fields(query, texts).lower()))
    text = " ".join(texts)
    return request, (frozenset(w for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS), text)


OPENS_A_FIELD_LEAD_IN = 6  # "The context information is that": a few words naming the passage before it


def _opens_a_field(r, unit: Unit) -> bool:
    """Does the sentence open the passage, in one of its fields or after the instruction, word for word (five words
    at least), after a short lead-in at most ("The context information is that a small airplane crashed ...") that
    says neither yes nor no and after which the next sentence goes on with the passage?"""
    passages = [passage_after_instruction(r.prompt.query),
                *(tuple(WORD_RE.findall(field.lower())) for field in r.passage.fields)]
    for lead in range(min(OPENS_A_FIELD_LEAD_IN, len(unit.words) - 5) + 1):
        said = unit.words[lead:]
        for p in passages:
            if p[: len(said)] == said:
                # After a lead-in the copy goes on at length: "According to the passage, <its first sentence>." cites
                # the sentence that answers.
                return not lead or (YES_NO_WORDS.isdisjoint(unit.words[:lead])
                                    and len(said) + _copied_on(r, unit, p[len(said):]) >= SAID_BACK_AFTER_A_LEAD_IN)
    return False


SAID_BACK_AFTER_A_LEAD_IN = 30  # words of the passage said back after a lead-in: more than a sentence cited


def _copied_on(r, unit: Unit, rest: tuple[str, ...]) -> int:
    """How many of the passage's next words (`rest`) the sentences after `unit` say again, word for word, in order."""
    n = 0
    for after in (u for u in r.units if u.start >= unit.end and u.words):
        if rest[n : n + len(after.words)] != after.words:
            break
        n += len(after.words)
    return n


def fills_the_last_question(r, words) -> bool:
    """One word answering a few-shot transcript's last question ("No" for "...\nQ: Is the Pacific the smallest
    ocean?\nA:"), though the answers above it say it too: the answer, not the prompt said back. Only a yes or a no to
    a yes/no question may be an earlier answer's word: "Paris" again for "What is the capital of Japan?" copies it."""
    if r.dialogue is None or not r.dialogue.last_turn or len(words) != 1 \
            or not fills_the_question(r.dialogue.last_turn, words[0]):
        return False
    return read_question(r.dialogue.last_turn).asks_yes_or_no \
        or words[0] not in WORD_RE.findall(normalise_apostrophes(r.prompt.text.lower())) \
        or words[0] in _words_outside_the_turns(r.prompt.text, r.dialogue.speakers)


@lru_cache(maxsize=256)
def _words_outside_the_turns(prompt: str, speakers: frozenset[str]) -> frozenset[str]:
    """The prompt's words less its transcript's lines ("Q: ...", "A: generic"): a class its instructions name ("A
    mark is generic if ...") is one it offers, picked again, not an earlier answer copied; a word only its questions
    and answers say ("Paris") is."""
    labels = "|".join(re.escape(s) for s in sorted(speakers, key=len, reverse=True))
    turns = re.compile(rf"^[ \t]*(?:{labels})[ \t]*[:\uff1a].*$", re.MULTILINE | re.IGNORECASE)
    return frozenset(WORD_RE.findall(normalise_apostrophes(turns.sub("", prompt).lower())))


def _the_text_to_translate(r, unit: Unit) -> bool:
    """A sentence that is the text a translation is asked of, said back word for word from its field ("Русский: Я
    опоздал на автобус." said back "Я опоздал на автобус."): no translation of it."""
    if r.question.kind != TRANSLATION or not r.passage.fields or len(unit.words) < 2:
        return False
    return f" {' '.join(unit.words)} " in _words_of_the_fields(r.passage.fields)


@lru_cache(maxsize=256)
def _words_of_the_fields(fields: tuple[str, ...]) -> str:
    """The fields' words, lower case, joined by spaces and padded with one, for a sentence's words to be found whole."""
    return f" {' '.join(WORD_RE.findall(' '.join(fields).lower()))} "


def _copied_from_the_prompt(r, unit: Unit) -> bool:
    """A sentence of five words or more whose every three-word sequence is the prompt's, outside the question
    ("You are a helpful assistant who answers briefly." copied from the system turn): the prompt said back,
    however it reads as a statement."""
    if len(unit.words) < 5 or r.prompt.text == r.prompt.query:
        return False
    grams, asked = prompt_grams(r.prompt.text)[2], prompt_grams(r.prompt.query)[2]
    own = list(zip(unit.words, unit.words[1:], unit.words[2:]))
    # From outside the question: a sentence taken from a passage the question holds may answer it ("The Eiffel
    # Tower was completed in 1889." from its context), a sentence of the system turn does not.
    return all(g in grams for g in own) and not all(g in asked for g in own)


def echo_limit(r, t, usual: float, value: float = 0.0, words=(), of: int | None = None) -> tuple[float, str]:
    """The echo threshold for these words (`value` of them copied from the prompt) and why: `usual`,
    or ``rewrite_echo`` for a request to rework a passage, for an output that rewrites the prompt's
    last line (find_continuation), or for words that copy the passage the prompt holds in labelled
    fields (passage.py) and not its instruction."""
    if r.plain and r.question.kind == REWRITE:
        return t.rewrite_echo, ""
    if r.plain and r.continuation.rewrite and value >= usual:
        return t.rewrite_echo, ", as it rewrites the prompt's last line, begun again and changed"
    passage = r.passage
    # (Not for a translation: it copies nothing of its text, which is in another language; the text said back, or
    # the request, is an echo. Nor where what it copies is no work on the passage: see no_work_on_the_passage.)
    if value >= usual and passage.fields and r.question.kind != TRANSLATION \
            and not no_work_on_the_passage(r) \
            and echo_coverage(passage.instruction, words, of=of) < usual \
            and not says_back_the_template(r.prompt.query, r.text):
        return t.rewrite_echo, ", as the words come from the passage in the prompt's fields, not its instruction"
    return usual, ""


def no_work_on_the_passage(r) -> bool:
    """What the output copies of the passage is no work on it, only the passage said back: a question asked for by
    name and none in the output (a question made from the passage is the work), or a yes/no question whose output
    opens by saying the passage back from its start ("The context information is that a small airplane crashed
    ..." for "Can we infer the following? 25 people died.")."""
    if asks_for_a_question_by_name(r.asking) and not holds_a_question(r.text):
        return True
    first = next((u for u in r.units if u.start >= r.own_start and u.words), None)
    return r.question.kind == YES_NO and first is not None and _opens_a_field(r, first)


REORDERED_MAX_WORDS = 12  # a short reply: a longer one made of the prompt's words works on a passage
_SHORT_LABEL_RE = re.compile(r"[ \t]*[^\W\d_]{1,3}[ \t]*:")  # a transcript's "A:", "Q:"
_QUESTION_MARK_RE = re.compile("[?\uff1f\u061f]")  # a question mark: Latin, full width, Arabic


def question_reordered(r, words: Sequence[str]) -> bool:
    """Are the words (a short output's, after its "A:") only the question's, in another order ("Blue veins look why."
    for "Why do veins look blue?")? They say nothing the question did not. Not for a question that asks yes or no or
    offers options ("The sun is a star.", "The sun is larger." answer in its words), nor for a sum, nor for a request
    (to reorder words, to pick some)."""
    n = len(words)
    if not 2 <= n <= REORDERED_MAX_WORDS or r.question.kind not in (OPEN, NAME) or r.question.asks_yes_or_no \
            or r.question.options or r.question.arithmetic or not _QUESTION_MARK_RE.search(r.prompt.query[-2:]):
        return False
    # The words of the question's line (the last asking one), in another order than it says them.
    line = next((line for line in reversed(r.prompt.query.splitlines()) if _QUESTION_MARK_RE.search(line)), "")
    asked = WORD_RE.findall(line.lower())
    return set(asked).issuperset(words) and list(words) != asked[len(asked) - n:]


def question_said_back_reordered(r, t) -> Finding:
    found = r.total <= REORDERED_MAX_WORDS + 1 and question_reordered(  # (after its "A:")
        r, r.words[1:] if _SHORT_LABEL_RE.match(r.text) else r.words)
    shown = excerpt(r.text, 60) if found else ""
    return Finding(
        "prompt.reordered", float(found), 1.0,
        lambda: (shown, f"echoes the prompt: its words are only the prompt's, most of them the question's, in another "
                        f"order: '{shown}'" if found else "echoes the question reordered: no"),
        0 if found else None, "it ends where the question said back starts",
    )


def _laid_out_anew(r, t, text: str) -> bool:
    """The prompt's text with other marks between its words: converted to another layout, or corrected in place."""
    return relaid_out(r.prompt.text, text, t) or corrected_in_place(r.prompt.query, text)


def prompt_echo(r, t) -> Finding:
    start = r.own_start
    words = echo_words(r, start, len(r.lower))
    if words is r.words:
        value = echo_coverage(r.prompt.text, words, r.loops.grams_in)
    else:
        span = r.total if start == 0 else len(words_between(r.units, r.lower, start, len(r.lower)))
        value = echo_coverage(r.prompt.text, words, of=span)
    shown = excerpt(r.text[start:], 60)
    limit, why = echo_limit(r, t, t.prompt_echo, value, words, None if words is r.words else span)
    over = value >= limit and r.plain  # only an echo over the limit is read for work on the prompt
    work = works_on_the_passage(r.prompt.query, words, t, r.passage.worked_on) \
        if over and not no_work_on_the_passage(r) else None
    recased = bool(over and recased_quotation(r.prompt.query, r.text[start:]))
    relaid = bool(over and not recased and _laid_out_anew(r, t, r.text[start:]))
    extracted = over and (answers_from_the_context(r.passage, words, t) or lifted_answer(r.prompt.query, words)
                          or opens_with_a_pick(r, start, len(r.lower)) or a_span_of_the_passage(r.passage, words)
                          or picks_a_listed_item(r, r.text[start:])) \
        or (value >= limit and (_fills_what_the_prompt_sets(r, words) or states_an_option(r, start, len(r.lower))))
    return Finding(
        "prompt.echo", value, limit,
        lambda: (shown, f"echoes the prompt: {pct(value)} of the output's words are copied from the prompt in "
                        f"three-word sequences (threshold {pct(limit)}{why}): '{shown}'"
                        + (f"; but {passage_work(work, t)}" if work else "")
                        + ("; but it is the request's quotation with its letters' case changed: work on it, not an "
                           "echo" if recased else "")
                        + ("; but it is the prompt's text laid out anew or corrected, other marks between its "
                           "words: work on it, not an echo" if relaid else "")
                        + ("; but it answers the question with words of its context, at most half of it, picks "
                           "one of its lettered or listed options or one it offers around \"or\", fills the JSON schema or the template it shows, answers a "
                           "few-shot transcript's last question, is a bare number for a number question, defines the function "
                           "the request names, is a value it quotes as what to output, or leads in to items of its own"
                           if extracted else "")),
        condition_met=work is None and not recased and not relaid and not extracted,
    )


_LEAD_IN_COLON_RE = re.compile(r"[:\uff1a](?=\s|$)")  # a colon ending a lead-in: not a time's "10:30" nor a URL's


def said_back_as_a_lead_in(prompt: str, text: str) -> bool:
    """Is the request said back as a lead-in ending in a colon ("Trzy pory roku w kolejności alfabetycznej to:", "Here
    are three seasons in alphabetical order:"), then a result worked out (see _a_result_of_its_own) or items of its
    own, two or more, each a name or a short phrase, their
    words at most a quarter the prompt's: the items it asks for, under its words? An echo says the request back and
    stops, or goes on with it, or with the prompt's other text (a system turn's schema)."""
    colon = _LEAD_IN_COLON_RE.search(text)
    if colon is None or len(WORD_RE.findall(text, 0, colon.start())) < 2:
        return False
    lead_in = text[: colon.start()].strip()
    one_clause = "\n" not in lead_in and not _SENTENCE_END_RE.search(lead_in)  # (no questions or instructions of its own)
    if one_clause and _a_result_of_its_own(prompt, text[colon.end() :]):
        return True
    items = 0
    for piece in _ITEM_BREAK_RE.split(text[colon.end() :]):  # (a loop's long tail fails at its first long piece)
        words = WORD_RE.findall(piece)
        if words and not _an_item(words):
            return False
        items += bool(words)
    after = WORD_RE.findall(text.lower(), colon.end())
    asked = words_of(prompt)
    return items >= 2 and 4 * sum(w in asked for w in after) <= len(after)


# A result worked out: "= 36 watts", "= 50 Joules" (its number, group 1).
_RESULT_RE = re.compile(r"=[ \t]*(-?\d+(?:[.,]\d+)?)(?![\d.,]*[ \t]*[*x\u00d7/+^-])")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def _a_result_of_its_own(prompt: str, after: str) -> bool:
    """Does the text after the lead-in work out a result, its last "= <number>" a number the prompt does not hold
    ("P = I^2 * R = 36 watts" for a 3 A current through 4 ohms; not "P = 3 A x 4 ohm", the prompt's numbers again)?"""
    results = _RESULT_RE.findall(after)
    return bool(results) and results[-1] not in _NUMBER_RE.findall(prompt)


def _an_item(words: list[str]) -> bool:
    """A name or a short phrase: four words at most, one of them letters only (not "1" or a placeholder's "Name1")."""
    return len(words) <= _ITEM_WORDS and any(w.isalpha() for w in words)


_ITEM_BREAK_RE = re.compile("[,;\n\u3001\uff0c\uff1b]+")  # between a list's items: a comma, a semicolon, a line


def _fills_what_the_prompt_sets(r, words: Sequence[str]) -> bool:
    """Does the output fill what the prompt sets out, saying its words by necessity: a few-shot transcript's last
    question, a number question's number (maybe with its unit), the JSON schema or template it shows, the function it
    names or leaves open, a value it quotes as what to output?"""
    return fills_the_last_question(r, words) or a_bare_number(r.question, words) \
        or a_number_and_its_unit(r.question, r.text) or fills_the_schema(r.prompt.text, r.text) \
        or fills_the_template(r.prompt.query, r.text) or defines_the_named_function(r.prompt.query, r.text) \
        or completes_the_code(r, r.text) or gives_the_code_back_changed(r.prompt.query, r.text) \
        or says_a_quoted_output(r.prompt.query, r.text) or said_back_as_a_lead_in(r.prompt.text, r.text[r.own_start :])


threshold(
    "items_back", 3,
    """Drift when the output is only the prompt's list said back, one item a line, every item of it and at least
    this many ("#relevance_score\n#summary\n#key_insights\n#action_items" for a request listing those four
    fields): the prompt's own text, with nothing filled in. Fewer lines, or some of the list's items left out
    (three colours picked from five), are a pick. On one line, comma-separated: at least this many of the list's
    items in its order and then the list begun again (labels listed with descriptions, said back to the token
    limit); once, all of them may be the reply.""",
)
_LIST_LINE_RE = re.compile(rf"^[ \t]*{ITEM_MARK}[ \t]*([^\n]*)", re.MULTILINE)
_ITEM_WORDS = 4  # an item said back is a name or a short phrase, no sentence


@lru_cache(maxsize=256)
def _listed_items(query: str) -> tuple[tuple[str, ...], ...]:
    """The words of each of the prompt's list items (its lines marked "-", "1."), in order."""
    return tuple(tuple(WORD_RE.findall(item.lower())) for item in _LIST_LINE_RE.findall(query))


def items_back(r, t) -> Finding | None:
    """The prompt's list of items (its lines marked "-", "1.") said back, one a line and in their order, each line
    only the head of its item (a field's name without what the prompt says of it): the prompt echoed as a list,
    with nothing filled in."""
    if not r.plain:
        return None
    listed = _listed_items(r.prompt.query)
    # A list said back has as many lines as the list: any other output is read no further.
    lines = [WORD_RE.findall(line) for line in r.lower.splitlines() if line.strip()] \
        if len(listed) >= t.items_back and r.lower.count("\n") >= len(listed) - 1 else []
    # Each line the head of the item in its place, the rest of the item dropped ("relevance_score" for
    # "- relevance_score (1-10): How relevant is this ..."): items said whole, or in another order, are a
    # reply's work on them (sorted, picked, all of them picked).
    back = bool(lines) and len(lines) == len(listed) and all(
        0 < len(line) <= _ITEM_WORDS and len(item) > len(line) and tuple(line) == item[: len(line)]
        for line, item in zip(lines, listed))
    if not back and len(listed) >= t.items_back and "\n" not in r.lower.strip():
        lines = _heads_on_one_line(r.lower, listed, t.items_back)
        back = bool(lines)

    def describe():
        shown = excerpt(r.text, 60)
        return shown, (f"echoes the prompt's list: its {len(lines)} lines or items are the prompt's {len(listed)} items "
                       f"said back, nothing filled in (threshold {t.items_back}): '{shown}'" if back
                       else "the prompt's list is not said back whole, one item a line")

    return Finding("prompt.items_back", len(lines) if back else 0, t.items_back, describe,
                   0 if back else None, "it ends where the prompt's list comes back")


def _heads_on_one_line(lower: str, listed: tuple[tuple[str, ...], ...], least: int) -> list:
    """The output's comma-separated items when they are the heads of the prompt's list items ("bug" for '- "bug": A
    reported error.'), at least `least` of them in the list's order, and then the list begun again ("bug,
    enhancement, ..., security, bug, enhancement, docum", the last cut at the token limit): the list said back and
    round again. Else []. Items picked from it, in any order, or all of them once (every one may apply), are a reply."""
    raw = lower.rstrip(" ,.").split(",")
    parts = [WORD_RE.findall(part) for part in raw]
    if len(parts) < least or not all(parts):
        return []
    at, cut = [], False
    for k, part in enumerate(parts):
        last = k == len(parts) - 1  # cut off at the token limit: mid-word, or in an item's description ("cost")
        found = next((i for i, item in enumerate(listed) if len(item) > len(part) <= _ITEM_WORDS and (
            tuple(part) == item[: len(part)] or last and tuple(part[:-1]) == item[: len(part) - 1]
            and item[len(part) - 1].startswith(part[-1]))), None)
        if found is None and not (last and k >= least):
            return []
        if found is not None:
            at.append(found)
        # ... cut off: not one of the list's words ("cost"), a word's start ("docum"), or ending in a mark ("ux/")
        cut = last and (found is None or tuple(part) != listed[found][: len(part)] or not raw[k].strip()[-1:].isalnum())
    # The list in its order, then begun again: the rest in order too, two items or more said in the first round, and
    # run on to the token limit (its last item cut off) or as long as the first round. A label for each of several
    # inputs may follow the list's order for a while, each whole.
    first_round = next((k for k in range(1, len(at)) if at[k] <= at[k - 1]), len(at))
    again = at[first_round:]
    if first_round >= least and all(a < b for a, b in zip(again, again[1:])) \
            and len(set(again) & set(at[:first_round])) >= 2 and (cut or len(again) >= first_round):
        return parts
    return []


def passage_work(pieces: Pieces, t) -> str:
    """How an output made of pieces of the passage the prompt holds is said to work on it."""
    if pieces.items:
        return (f"its words are parts of {pieces.items} of the items of the list the prompt holds, each less than its "
                f"item (threshold {t.summary_min_places} items): an extraction, work on the list, not an echo")
    return (f"its words are pieces of the passage the prompt holds, from {pieces.places} places in it and "
            f"{pct(pieces.share)} of its length (thresholds {t.summary_min_places} places, at most "
            f"{pct(t.summary_max_share)}): work on the passage, not an echo")


def continuation(r, t) -> Finding | None:
    if not r.plain:
        return None
    cont = r.continuation
    if cont.title:
        return Finding("prompt.continuation", cont.words, 1,
                       lambda: (cont.text, f"goes on from the prompt as a web page, its title's site name or its trail "
                                           f"of sections: '{cont.text}'"))
    if cont.words and r.question.instruction is not None and _MORE_OF_THE_REQUEST_RE.match(cont.text):
        return Finding("prompt.continuation", cont.words, 1,
                       lambda: (cont.text, f"continues the request with more of what it asks for, its sentence "
                                           f"joined by '{cont.text.split()[0]}': '{cont.text}'"))
    return Finding(
        "prompt.continuation", cont.words, t.continuation_words,
        lambda: (cont.text, f"continues the prompt's sentence for {cont.words} word(s) (threshold {t.continuation_words})"
                            + (f": '{cont.text}'" if cont.text else "")),
    )


# A request's sentence finished with more things asked for, joined to its last ("Give me advice about leadership" +
# ", management, and personal development.", "... about confidence" + "and self-esteem."): the asker's request going
# on. A short phrase that completes it ("Tell me how to train my dog to sit" + "on command.") may open a reply.
# Not a clause that gives the answer after the comma (", which are red, yellow and blue.", ", like hat or bat.").
_MORE_OF_THE_REQUEST_RE = re.compile(
    r"(?:,(?!\s*(?:which|who|whose|where|like|such as|e\.g\.|i\.e\.|namely|including|for example|that is)\b)"
    r"|(?:and|or|as well as|y|e|et|und|oder|ou|o)\b|&)", re.IGNORECASE)


def request_restated(r, t) -> Restated:
    """The output's lines that say the request again (see find_restated)."""
    # The instruction, not the input an instruction template gives it: a line about the input says its words.
    query = r.prompt.query if r.prompt.template != "instruction" else instruction_before_passage(r.prompt.query)
    return find_restated(query, r.units, t.restated_max_change, r.text, r.said_first)


def restated(r, t) -> Finding | None:
    if not r.plain:
        return None
    found = request_restated(r, t)
    limit = 1 if found.whole_after_first else t.restated
    return Finding(
        "prompt.restated", found.count, limit,
        lambda: (found.examples[0] if found.examples else "",
                 f"restates the question as more prompts: {found.count} line(s) are the question with a "
                 f"few words changed (threshold {t.restated}, or one saying it whole word for word after the "
                 f"output's first line, as a page posts it)" + examples(found.examples)),
        found.first_at, "it ends where the question is restated",
    )


def more_requests(r, t) -> Finding | None:
    opening = r.question.instruction
    if not r.plain or opening is None:
        return None
    heads = [u for u in r.units if u.start >= r.own_start and _opens_with(u, opening)]
    if heads and has(r.text, "```"):
        # A comment in the reply's code ("# Create a sample model") is code, not a request.
        code = [m.span() for m in CODE_BLOCK_RE.finditer(r.text)]
        heads = [u for u in heads if not any(a <= u.start < b for a, b in code)]
    shown = tuple(excerpt(u.text, 60) for u in heads[:3])
    return Finding(
        "prompt.more_requests", len(heads), t.more_requests,
        lambda: (shown[0] if shown else "",
                 f"writes more requests: {len(heads)} line(s) open as the prompt's instruction does, "
                 f"'{opening}' (threshold {t.more_requests})" + examples(shown)),
        heads[0].start if heads else None, "it ends where the requests start",
    )


_SENTENCE_TAIL_RE = re.compile(r"[\s\u3002\uff01\uff1f.!?\u300d\u300f)\uff09]+\Z")


# A quotation closing the request's line ("...何ですか？「...良かったです。」"): the text the request works on,
# not the request, whose own ending comes before it.
_CLOSING_QUOTATION_RE = re.compile("[:\uff1a]?[ \t]*[\u300c\u300e\u201c\"][^\u300c\u300e\u201c\"]*[\u300d\u300f\u201d\"][\\s\u3002.]*\\Z")


_REQUEST_ENDING_RE = re.compile("(?:\u304f\u3060\u3055\u3044|\u4e0b\u3055\u3044|\u306a\u3055\u3044)\\Z")  # ください, 下さい, なさい


def request_verb(text: str) -> str:
    """The last two characters of a Japanese request's verb, before its request form ("述べ" of "…述べてください",
    "論じ" of "…論じなさい"); "" when the sentence does not end in a request form."""
    body = _SENTENCE_TAIL_RE.sub("", _CLOSING_QUOTATION_RE.sub("", text))
    stem = _REQUEST_ENDING_RE.sub("", body)
    if stem == body:
        return ""
    return stem.removesuffix("\u3066").removesuffix("\u3067")[-2:]  # the verb's て/で form


def _tail(text: str) -> str:
    """The last two characters of a sentence, before its closing punctuation ("さい" of "...ください。")."""
    return _SENTENCE_TAIL_RE.sub("", text)[-2:]


def request_in_japanese(r, t) -> Finding | None:
    """A Japanese request ends in its verb form ("...書いてください。"). An output whose first sentence
    ends as the prompt's request does and names the question's words ("...出力される結果のペアを
    リストにして下さい。") is another request of the prompt's kind: the genre continued, not the thing
    requested. Read from the characters alone, where the question's pairs of characters are its topic
    words (a Japanese question, an output in its script; see topic.topic_words)."""
    if not r.plain:
        return None
    query = r.prompt.query.strip()
    hit, asked, shown, first = False, "", "", None
    # Only where pairs of characters are topic words (a Japanese question); elsewhere it reads 0.
    if query and topic_words(query, True) != topic_words(query):
        # The request is the instruction: the prompt's first paragraph when a passage follows it
        # ("...要約してください。\n\n来週から...予想されます。"), whose sentences end as a summary of it may.
        request = instruction_before_passage(query)
        asked = _tail(_CLOSING_QUOTATION_RE.sub("", request.splitlines()[-1]))
        first = _first_sentence(r.units, r.own_start)
    if first is not None and len(asked) == 2 and writes_cjk(asked) and writes_cjk(first.text):
        shown = excerpt(first.text, 60)
        hit = _tail(first.text) == asked and bool(topic_re(topic_words(query, True)[0]).search(r.lower, first.start,
                                                                                              first.end))
        if hit and len(first.words) > LONG_UNIT_WORDS:
            # A long sentence ending in a request form is as often advice to the asker ("…ようにしてください",
            # "…してみてください"): a new request of the prompt's kind asks with its verb ("…述べてください" for
            # "…述べてください", "…論じなさい" for "…論じてください").
            verb = request_verb(request.splitlines()[-1])
            hit = bool(verb) and request_verb(first.text) == verb
    return Finding(
        "prompt.new_request", float(hit), 1.0,
        lambda: (shown, f"writes a new request: its first sentence ends as the prompt's request does ('{asked}') "
                        f"and names its words: '{shown}'"),
        first.start if hit and first is not None else None, "it ends where a new request starts",
    )


_SENTENCE_CLOSED_RE = re.compile("[\u3002\uff0e\uff01\uff1f.!?]\\s*\\Z")


def _first_sentence(units: list[Unit], own_start: int) -> Unit | None:
    """The output's first sentence from `own_start`, whole: a sentence of more than LONG_UNIT_WORDS words
    (forty Japanese characters) is cut into units for the loop measures, whose pieces follow each other
    with no sentence end between them."""
    own = (u for u in units if u.end > own_start and u.words)  # read lazily: only the first sentence's few
    first = next(own, None)
    if first is None:
        return None
    pieces = [first]
    for unit in own:
        if unit.start != pieces[-1].end or _SENTENCE_CLOSED_RE.search(pieces[-1].text):
            break
        pieces.append(unit)
    if len(pieces) == 1:
        return first
    return Unit(first.start, pieces[-1].end, "".join(u.text for u in pieces), tuple(w for u in pieces for w in u.words))


def _opens_with(unit: Unit, opening: str) -> bool:
    if opening.endswith(":"):  # a label: "Summarize: ..."
        return unit.text.lstrip().lower().startswith(opening)
    return " ".join(unit.words[:2]) == opening


def questions(r, t) -> Finding | None:
    if not r.plain:
        return None
    # A Japanese question's words are its pairs of characters, named in a reply in its script.
    in_japanese = writes_cjk(r.text)
    stems, _ = topic_words(r.prompt.query, in_japanese)
    if asks_for_a_question(r.prompt.query):
        stems = ()  # the questions are the work asked for ("Write a question about ...", a headline)
    pattern, lower = (topic_re(stems) if stems else None), (r.lower if in_japanese else "")
    found = find_questions(r.units, pattern, r.total, r.text, lower)
    opening, opens = _opening_question(r, found)
    opens = opens and not _put_to_the_asker(r, opening, found)
    if opening is not None and (_fills_a_question_field(r.prompt) or r.question.kind == PIECE
                                or reworks_a_question(r.question, r.prompt.query, opening.words)
                                or sums_up_a_post_that_asks(r.prompt.query)):
        # The prompt ends on a field for a question ("Question:" after "Turn the sentence into a question."):
        # a question there fills it, it asks nothing.
        # Nor does a question asked to be rewritten or translated, said in its new words, nor the opening
        # question of a piece asked for (a joke's "Why did the computer go to the doctor?", a poem's first
        # line): the piece's own; nor the line after "TL;DR:" that sums up a post asking a question ("... is it
        # normal for this to happen?"). More questions after it still ask.
        found = find_questions([u for u in r.units if u is not opening], pattern, r.total, r.text, lower)
        opens = False
    return Finding(
        "prompt.questions", found.share, t.prompt_questions,
        lambda: (found.examples[0] if found.examples else "",
                 f"asks instead of answering: {pct(found.share)} of the words are in {found.count} on-topic "
                 f"question(s){', the first opening the output' if opens else ''} (threshold "
                 f"{pct(t.prompt_questions)}, and {t.prompt_questions_min} questions or one opening the output)"
                 + examples(found.examples)),
        found.first_at, "it ends where more questions start",
        condition_met=found.count >= t.prompt_questions_min or opens,
    )


# A question put to the asker, in English: "you", "your" ("Do you mean ...?", "What kind of saw are you after?"); not
# in the asker's own voice ("Can you tell me how I ...?").
_TO_THE_ASKER_RE = re.compile(r"\byou(?:r|'re|'d)?\b")
_ASKERS_OWN_RE = re.compile(r"\b(?:i|me|my|i'm|i've)\b")
# ... nor a labelled line ("Interview question: Why do you want this job?"), the prompt's kind again.
_LABELLED_LINE_RE = re.compile(r"\s*[^\W\d_][\w ]{0,30}:")


def _put_to_the_asker(r, opening: Unit | None, found: Questions) -> bool:
    """Is the opening question one put to the asker ("Do you mean weird traditions people celebrate, or ones they
    make fun of?"), one or two questions in all: the replier asking what is meant (a clarifying reply), not more
    questions of the prompt's kind?"""
    return opening is not None and found.count <= 2 \
        and _TO_THE_ASKER_RE.search(r.lower, opening.start, opening.end) is not None \
        and _ASKERS_OWN_RE.search(r.lower, opening.start, opening.end) is None \
        and _LABELLED_LINE_RE.match(r.lower, opening.start, opening.end) is None


def _opening_question(r, found: Questions) -> tuple[Unit | None, bool]:
    """The on-topic question that opens the output (None if none does), and whether it opens it as asking: not
    when a statement follows it, a question the reply then answers itself ("How tall is Everest? 8,849
    metres."), as one the rest never answers is not."""
    if found.first_at is None:
        return None, False  # no question at all: the output's own lines are not listed
    own = [u for u in r.units if u.end > r.own_start]
    if not own or found.first_at != own[0].start:
        return None, False
    # (A second and last unit stopped at the token limit, "How many meters does he run each sprint?  What is the
    # average speed he runs in each", asks as one with its question mark would.)
    return own[0], len(own) == 1 or asks(own[1], r.text) or (len(own) == 2 and a_question_cut_off(own[1]))


def _fills_a_question_field(prompt) -> bool:
    """Does the prompt end on an open field named by its request ("Turn the sentence into a question.\n...
    Question:")? Then what the request asks for goes there, a question if it asks for one. A field for the
    reply ("Answer:", "###返答:" after "…記述してください。") is not named by the request: a question
    there asks instead of answering."""
    field = OPEN_FIELD_RE.search(prompt.raw)
    if not field:
        return False
    label = field.group(0).strip().lstrip("#").rstrip(":\uff1a").strip().lower()
    if label in ANSWER_SIDE_LABELS:
        return False  # "Answer:", "Response:": the reply's field, whatever the request says
    # The request, less the field's own label where the question read from the prompt ends on it.
    own = OPEN_FIELD_RE.search(prompt.query)
    query = (prompt.query[: own.start()] if own else prompt.query).lower()
    if writes_cjk(label):
        return label in query
    asked = {stem(w) for w in WORD_RE.findall(query)}
    return bool(label) and all(stem(w) in asked for w in WORD_RE.findall(label))


# A request for a text the asker will send or say as their own ("help me write a cover letter for our rent
# application", "draft an email to my boss"): it speaks in the asker's voice by design, "my wife" and all.
_WRITTEN_FOR_THE_ASKER_RE = re.compile(
    r"\b(?:write|draft|compose|prepare|word)\b[^.?!\n]{0,40}?\b(?:letter|email|e-mail|message|note|bio|post|speech|"
    r"application|statement|reply|toast|cv|resume|résumé|profile|announcement|invitation|apology)s?\b")


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def written_for_the_asker(query: str) -> bool:
    """Does the request ask for a text the asker will send or say as their own (see _WRITTEN_FOR_THE_ASKER_RE)?"""
    return _WRITTEN_FOR_THE_ASKER_RE.search(query.lower()) is not None


def asker_voice(r, t) -> Finding | None:
    voice = r.voice
    if voice is None or not voice.things:
        return None
    thing = voice.things[0]
    return Finding(
        "prompt.asker_voice", voice.share, t.asker_voice,
        lambda: (voice.example,
                 f"speaks in the asker's voice: {voice.asker} of {voice.asker + voice.replier} mention(s) "
                 f"say 'my {thing}' rather than 'your {thing}' (threshold {pct(t.asker_voice)} and "
                 f"{t.asker_voice_min} mentions), first '{voice.example}'"),
        condition_met=voice.asker >= t.asker_voice_min,
    )


threshold(
    "prompt_format", 1,
    """Drift when at least this many lines of the output open with a field label the prompt used
    ("Input:", "Output:", "### Instruction:"), after the output's first line: a new example of the
    prompt's format. One is enough: a reply has no reason to open a field of the prompt again.""",
)
threshold(
    "question_again_words", 4,
    """Drift when the output opens with the whole question said again, word for word to its end,
    and the question is at least this many words ("When was Canada colonized?"; a Chinese or
    Japanese character counts as a word, a phrase of Thai among others as a word for each three of
    its letters). A greeting of a word or two said back ("Hello!", a Thai phrase alone) is manners,
    not an echo.""",
)
threshold(
    "prompt_opening", 2,
    """Drift when at least this many lines open as the prompt does (its first two words): the next
    request or question of the same kind. One is enough when it follows the output's first line
    (an answer, then the next request); the first line alone may be a heading that names the question.""",
)


def prompt_format(r, t) -> Finding | None:
    if not r.plain:
        return None
    ends_on_a_value = not r.prompt.query.rstrip().endswith((":", "\uff1a"))  # the request's last field is filled
    filled = filled_fields(r.prompt.raw, ends_on_a_value) - _reworked_texts_own_label(r.prompt.query, r.prompt.raw)
    to_fill = fields_to_fill(r.prompt.query)
    if ends_on_a_value:
        to_fill |= example_answer_fields(r.prompt.raw)
    fields = prompt_fields(r.prompt.raw)
    found = find_format(fields, r.cleaned, filled,
                        r.question.words, numbered_label(r.prompt.query), to_fill, bold=not ends_on_a_value)
    if not ends_on_a_value and found.first_at is not None:
        found = _opened_as_an_example(r.prompt.raw, fields, r.cleaned, found)
    return Finding(
        "prompt.format", found.count, t.prompt_format,
        lambda: (found.example, f"writes a new example of the prompt's format: {found.count} line(s) open with a "
                                f"field label of the prompt (threshold {t.prompt_format}), first '{found.example}'"),
        found.first_at, "it ends where a new example of the prompt's format starts",
    )


def _opened_as_an_example(raw_prompt: str, fields: frozenset[str], cleaned: Cleaned, found: FormatBack) -> FormatBack:
    """The output's own opening label ("English: ..." for a prompt ending "English: ...\nKorean:") read as a new
    example's first field when the first label counted after it is the one the prompt leaves open ("Korean:") and
    most of the opening field's words are not the prompt's: a new input, then the field for its answer, from the
    output's start. The prompt's own input said back under its label, then answered, is a reply; so is an opening
    followed by no field left open ("Title: ..." for a better title asked)."""
    _, labels = _field_labels(raw_prompt)
    lower = cleaned.lower
    lead = len(lower) - len(lower.lstrip())
    opening = _FIELD_RE.match(lower, lower.rfind("\n", 0, lead) + 1)  # (the line the output's first word is on)
    later = _FIELD_RE.match(lower, found.first_at or 0)
    if not labels or opening is None or later is None or _label_of(later) != labels[-1][0]:
        return found
    label = _label_of(opening)
    if label not in fields or label == labels[-1][0]:
        return found
    value = WORD_RE.findall(lower[opening.end() :].split("\n", 1)[0])
    prompts = words_of(raw_prompt)
    if 2 * sum(w in prompts for w in value) >= len(value):
        return found  # (the prompt's input said back, or a line of no words)
    return FormatBack(found.count + 1, lead, excerpt(cleaned.text[lead:], 60))


# A request to rework or translate its text, in any form of the verb ("Rewrite the email ...", "... should be changed
# and rewritten in a more professional manner.", "Edit this letter"); not "editorial", "revisit" nor "Polish".
_REWORKS_RE = re.compile(
    r"\b(?:re-?writ(?:e|es|ten|ing)|re-?wrote|rephras(?:e|es|ed|ing)|reword(?:s|ed|ing)?|paraphras(?:e|es|ed|ing)"
    r"|revis(?:e|es|ed|ing)|edit(?:s|ed|ing)?|proofread(?:s|ing)?|translat(?:e|es|ed|ing))\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def _reworked_texts_own_label(query: str, raw_prompt: str) -> frozenset[str]:
    """The label opening the text a request to rewrite, edit or translate gives ("Subject:" of an email under "###
    Input:"), said once in the prompt: the text's own line, which the text written anew opens with too, not a field of
    the prompt's format written again. Not for a summary: it opens with no line of the text ("#Person1#: ..." under
    "Summarize the dialogue" is a turn)."""
    instruction, blank, text = query.partition("\n\n")  # under an instruction template, its input follows
    # (Not where the prompt ends on a field left open, "English: ...\nFrench:": its labels are a format to fill.)
    if not blank or not _REWORKS_RE.search(instruction) or query.rstrip().endswith((":", "\uff1a")):
        return frozenset()
    opening = _FIELD_RE.match(text.lstrip())
    if opening is None:
        return frozenset()
    label = _label_of(opening)
    # Said once: a label each example of a few-shot prompt opens with ("English: ...\nPolish: ...") is its format's.
    return frozenset({label}) if [name for name, _ in _field_labels(raw_prompt)[1]].count(label) == 1 else frozenset()


def prompt_opening(r, t) -> Finding | None:
    if not r.plain:
        return None
    found = find_openings(r.prompt.query, r.units, r.own_start, r.text)
    limit = 1 if found.after_first else t.prompt_opening  # an answer, then the next request
    return Finding(
        "prompt.opening", found.count, limit,
        lambda: (found.examples[0] if found.examples else "",
                 f"continues the prompt's genre: {found.count} line(s) open as the prompt does (threshold "
                 f"{t.prompt_opening}, or one after the output's first line)" + examples(found.examples)),
        found.first_at, "it ends where a line opens as the prompt does",
    )


def question_again(r, t) -> Finding | None:
    if not r.plain:
        return None
    found = r.question_again
    said = "a line of the prompt" if found.line else "the whole question"
    return Finding(
        "prompt.question_again", found.words, t.question_again_words,
        lambda: (found.text, f"echoes the prompt: it opens with {said} said again, {found.words} words "
                             f"(threshold {t.question_again_words} words): '{found.text}'"),
        condition_met=found.end > 0,
    )


threshold(
    "more_questions", 2,
    """Drift when a prompt that asks a question is followed, after the output's first line, by at least
    this many lines that end in a question (not items of a list, not labelled lines): the next
    questions of the asker's kind, as a Q&A page goes on. One is a reply's closing offer ("Would you
    like the recipe too?"); a numbered or bulleted list of questions is an answer that the asker may
    have asked for; a labelled line ("Exercise: ...?", "### Human: ...?") is left to the measures of
    the prompt's format and of other speakers' turns. A reply's own questions are not counted
    either: a markdown heading written as a question ("## Why does it matter?") is a section's
    title; questions after a lead-in that ends in a colon ("A few questions first:") are asked of
    the asker; a line opening with "Or" finishes the question before it ("Do you have a patch
    kit?" / "Or would you rather buy a new tube?" is one offer).""",
)

_LIST_ITEM_RE = re.compile(r"\s*(?:\d+[.)]|[-*\u2022])\s")
_ASKS_RE = re.compile(r"[?\uff1f]\s*\Z")
_HEADING_RE = re.compile(r"\s*#{1,6}\s")
_LEAD_IN_RE = re.compile(r"[:\uff1a]\s*\Z")
_OR_RE = re.compile(r"\s*or\b", re.IGNORECASE)


def find_more_questions(query: str, text: str) -> Questions:
    """Lines after the output's first that end in a question, when the prompt itself ends in one."""
    if not _ASKS_RE.search(query) or ("?" not in text and "\uff1f" not in text):
        return Questions(0, 0.0, (), None)
    count, first_at = 0, None
    shown: list[str] = []
    offset, seen_first, led_in = 0, False, False
    reasoning_ends = reasoning_block_end(text)  # its own questions ("Hmm, where do I start?") are no one's
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if start < reasoning_ends or not line.strip():
            continue
        asks = bool(_ASKS_RE.search(line))
        # Questions right after a line ending in a colon are the reply's questions to the asker;
        # the run of them stays led in until a line that is not a question.
        led_in = bool(_LEAD_IN_RE.search(line)) or (led_in and asks)
        if not seen_first:
            seen_first = True
            continue
        if not asks or _LIST_ITEM_RE.match(line) or _FIELD_RE.match(line):
            continue  # a labelled line ("Exercise: ...?", "### Human: ...?") is the format's or a turn's
        if led_in or _HEADING_RE.match(line) or _OR_RE.match(line):
            continue  # asked of the asker, a section's title, or the end of the question before it
        count += 1
        first_at = start if first_at is None else first_at
        if len(shown) < 3:
            shown.append(excerpt(line.strip(), 60))
    return Questions(count, 0.0, tuple(shown), first_at)


def more_questions(r, t) -> Finding | None:
    if not r.plain:
        return None
    found = find_more_questions(r.prompt.query, r.text)
    return Finding(
        "prompt.more_questions", found.count, t.more_questions,
        lambda: (found.examples[0] if found.examples else "",
                 f"asks more questions of the prompt's kind: {found.count} line(s) after the first end in a "
                 f"question (threshold {t.more_questions})" + examples(found.examples)),
        # No onset: the reply part is not cut here. What comes between the questions may answer them
        # (a Q&A page), and where a short opening is no answer, the page's loop or slide off topic
        # already ends it.
    )
