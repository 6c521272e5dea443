"""The reply part, and the checks that decide whether it answers.

The *reply part* is the output between a short continuation of the prompt's sentence (if any, and
a leading answer label such as "A:") and the first sign of drift: the onset of every drift measure
that holds (a loop's start, an echoed template marker, another speaker's line, a restated prompt,
further questions, a slide off topic). For a dialogue it is the output's first turn, in the role the
transcript left open; what follows it does not undo it.

Each check below is one reason the reply part may not be an answer. It returns the evidence that
fails it, or None. The output answers when no check fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from why_finetune.judges.about_the_question import only_about_the_question
from why_finetune.judges.choices import lettered_choices, opens_with_a_pick, picks_a_listed_item, states_an_option
from why_finetune.judges.code import (
    asks_for_code,
    code_of_its_own,
    completes_the_code,
    defines_the_named_function,
    fills_a_string,
    gives_the_code_back_changed,
    holds_code,
    opens_a_definition,
)
from why_finetune.judges.dialogue import (
    ANSWER_SIDE_LABELS,
    USER_SIDE_LABELS,
    asks_to_sum_up_a_transcript,
    cues_a_reply,
    one_header_of_the_reply,
)
from why_finetune.judges.echo import (
    asks,
    echo_coverage,
    echo_limit,
    echo_words,
    fills_the_last_question,
    format_set_out,
    more_questions,
    no_work_on_the_passage,
    request_restated,
    said_back_as_a_lead_in,
    written_for_the_asker,
)
from why_finetune.judges.field_value import FieldValue, find_value_before_drift
from why_finetune.judges.finding import pct
from why_finetune.judges.formats import (
    asks_for_json,
    fills_the_schema,
    fills_the_template,
    holds_json,
    names_a_key,
    requested_keys,
    says_back_the_schema,
    schema_keys,
)
from why_finetune.judges.inline_examples import example_shape
from why_finetune.judges.language import in_english
from why_finetune.judges.not_text import find_not_text
from why_finetune.judges.options import names_an_option, says_a_quoted_output
from why_finetune.judges.passage import (
    a_span_of_the_passage,
    answers_from_the_context,
    corrected_in_place,
    lifted_answer,
    recased_quotation,
    relaid_out,
    reworked_passage,
    works_on_the_passage,
)
from why_finetune.judges.pieces import asks_for_one_line, asks_for_one_sentence, sums_up_a_post_that_asks
from why_finetune.judges.question import (
    INSTRUCTION_VERBS,
    LABEL,
    MAKING_VERBS,
    NAME,
    NUMBER,
    PIECE,
    REWRITE,
    TRANSLATION,
    YES_NO,
    YES_NO_WORDS,
    a_bare_number,
    a_number_and_its_unit,
    a_question_cut_off,
    answers_directly,
    asks_for_a_question,
    asks_for_a_question_by_name,
    by_value,
    fills_the_question,
    gives_a_number,
    holds_a_question,
    is_a_pick,
    is_number,
    other_sums,
    premise_again,
    read_question,
    reworks_a_question,
    word_fits,
)
from why_finetune.judges.refusal import declines
from why_finetune.judges.requirements import (
    asks_for_requirements,
    is_concrete,
    parts_named,
    request_words,
    requirement_subject,
)
from why_finetune.judges.taking_on import EAGER_RE, TAKES_IT_ON_RE, only_takes_it_on
from why_finetune.judges.text import (
    ANSWER_FIELD_LABELS,
    GOES_ON_RE,
    ITEM_MARK,
    REASONING_CLOSES_RE,
    REASONING_TAG_RE,
    STOPWORDS,
    WORD_RE,
    Unit,
    begins_the_answer,
    empty_list,
    excerpt,
    normalise_apostrophes,
    reasoning_block_end,
    stem,
    units_between,
    words_between,
    words_of,
)
from why_finetune.judges.thresholds import threshold
from why_finetune.judges.topic import (
    TopicHits,
    answers_a_remark,
    enumerates,
    find_hits,
    in_short_lines,
    mostly_quoted,
    names_the_questions_numbers,
    refers_back,
    says_yes_or_no,
    speaks_of_itself,
    topic_text,
    topic_words_for,
    translated,
)
from why_finetune.judges.understanding import asks_for_more, asks_what_is_meant, not_available, not_understood
from why_finetune.judges.verdict import ANSWERS, Evidence

threshold(
    "answer_min_words", 2,
    """The reply part needs at least this many words. Two, not more: "It's fascinating." is a
    reply, and for a dialogue "Okay, let me check." is a full turn. One word is a reply when its
    form fits the question (see question.py): "Paris." for "What is the capital of France?".""",
)
threshold(
    "answer_min_share", 0.5,
    """For a plain question, the reply part must be at least this share of the output's words,
    or at least ``answer_full_words`` long, unless it is a direct answer to a yes/no or number
    question (its first sentence says yes, no, or the number: that is the whole answer). A base
    model that says one plausible sentence and then loops for a page has not answered an open
    question, it has drifted; a chat answer that degrades in its last lines still has most of its
    words in the reply.""",
)
threshold(
    "answer_full_words", 40,
    """A reply part this long (two or three full sentences, a short paragraph) counts as an
    answer whatever follows it. One plausible sentence before a loop is 8-20 words.""",
)
threshold(
    "answer_paragraph_words", 20,
    """A reply part of at least two sentences and this many words, to a prompt that cues a reply (a
    chat or instruction template, or an open field such as "Output:" to fill), or one that lists
    instances of what was asked ("Luther, Broadchurch, Happy Valley, ..."), is a first paragraph
    that answers, whatever follows it: a loop or a slide off topic after it is drift, not a taken-back answer. One
    plausible sentence before a loop (the course's Llama-2-7b on Taylor Swift, 15 words) is not.""",
)
threshold(
    "answer_sentence_words", 8,
    """To a prompt that cues a reply, one sentence of at least this many words that names the
    question's topic, before a loop whose first line names it too, is an answer that then says itself
    again ("A high WBC count is a sign of a serious infection. If you have a high WBC count, it may
    ..." to the token limit): the loop is the answer going on, not a page the sentence is lost in. A
    fragment ("Poison is a very important poison.") or a loop that leaves the topic is not.""",
)
threshold(
    "echo_max", 0.6,
    """The reply part is an echo, not a reply, when at least this share of its words lies in
    three-word sequences copied from the prompt. Answers that reuse the question's words sit below
    0.3 ("To train your dog to sit ..." copies one sequence); an agent turn that recycles the
    agent's earlier lines and adds a question of its own about 0.5; an echo 0.8-1.0 (Llama-2-7b's
    "I'm sorry to hear that but I'm here to help." is 0.9). Sentences that state the answer to a
    fact question are not counted (see echo.echo_words).""",
)
threshold(
    "topic_min_hits", 1,
    """For a plain question, the reply part must name a topic word of the question at least this
    many times (see topic.py) ...""",
)
threshold(
    "topic_check_words", 12,
    """... when it is at least this many words long, or when the output began by finishing the
    prompt's sentence. "It's fascinating." answers "What do you think of Mars?" without naming Mars:
    a reply that short cannot be judged off topic by its words. But ". I want to make sure she's
    prepared for the day." (SmolLM2-135M-Instruct given the raw dog request) starts by closing the
    asker's sentence and goes on as the asker: there the topic check applies whatever the length.""",
)
threshold(
    "number_within_words", 20,
    """A question made of numbers ("What is 2 + 2?", "5かける7は？") has no topic words to check a reply
    against; what it asks for is a number. The reply part must give one within this many words (a
    short sentence: "9.", "The answer is nine.", "Let's see: 6 + 3 = 9"), outside a sentence that asks.
    GPT-2 and Pythia after "Question: What is 2 + 2?\nAnswer:" write a page on linear equations,
    "15-year-old students will get better grades ...", "No. The answer should also be yes": none
    gives a result in its first twenty words.""",
)
threshold(
    "not_text_share", 0.5,
    """The reply part is no answer when at least this share of its first words are error or status
    text, placeholder text or gibberish (see not_text.py). Half: an answer may quote an error
    message ("HTTP 503 means the service is unavailable"), it is not made of one.""",
)


@dataclass
class Reply:
    start: int
    end: int
    words: list[str]
    share: float  # of the output's words
    echo: float  # share of its words copied from the prompt
    text: str  # an excerpt, for evidence
    stop_reason: str  # "; it ends where a loop starts at character 16", or ""
    direct: bool  # its first sentence answers a yes/no or number question directly
    continued: bool  # the output started by finishing the prompt's sentence
    topic: TopicHits | None = None  # the question's topic words in it (plain questions), once checked
    stopped_by: str = ""  # the measure whose onset ends it ("loop.unit_repeat"), or ""
    value: FieldValue | None = None  # it is a value for the prompt's open field (field_value.py)
    drift_holds: bool = False  # a drift finding holds on the output (after the reply part, or in it)


def find_reply(r, t, holding: list) -> Reply:
    """The reply part, given the drift findings that hold (their onsets end it)."""
    stops: list[tuple[int, str, str]] = []
    if r.plain:
        # After the question said again, if anything follows it; an output that is only the question
        # again has it for its reply part, which is an echo (not_an_echo says so).
        again = r.question_again.end
        if again and not words_between(r.units, r.lower, again, len(r.lower)):
            again = 0
        start = max(r.own_start, r.turns.first_turn_start, again)
        cont = r.continuation
        if cont.end and cont.end >= len(r.lower.rstrip()):
            stops.append((cont.end, "the whole output continues the prompt's sentence", "prompt.continuation"))
        stops.extend((f.onset, f.stop_why, f.measure) for f in holding if f.onset is not None)
        slot = _answer_after_an_empty_slot(r)
        if slot > start:
            # The template's slot given empty, then its answer ("Input: \nOutput: The Federal Reserve serves as ..."):
            # the reply is under the answer's label; what the empty line set off (another speaker, the template) is
            # drift before it.
            start = slot
            stops = [stop for stop in stops if stop[0] >= start]
    else:
        start = r.turns.first_turn_start
        if r.turns.first_turn_end < len(r.lower):
            stops.append((r.turns.first_turn_end, "its first turn ends at the next speaker label", "turns"))
        stops.extend(
            (f.onset, f.stop_why, f.measure) for f in holding
            if f.onset is not None and f.measure != "turns.other_speaker"
        )
    stop_at, stop_why, stopped_by = min(stops, default=(len(r.lower), "", ""))
    end = max(start, stop_at)
    if r.plain and end == start and stopped_by.startswith(("loop.", "topic.")) \
            and asks_for_one_line(r.prompt.query):
        # One sentence asked for ("Write a sentence about the ocean."): the output's first sentence is it, when a
        # loop or a slide off topic starts there (more sentences like it, then the same ones again) and it names
        # the question's topic ("I like swimming in summer." before a loop of beach lines does not).
        first = next((u for u in r.units if u.start >= start and u.words), None)
        if first is not None and _names_the_topic(r, t, start, first.end) and not _loops_within(first.words, t):
            end = first.end
    if r.plain and end == start and stopped_by.startswith("loop."):
        # A reply whose first sentence is its loop's first line ("The concept of ROE is a concept that is often used to
        # describe the value of a stock. It is a concept that is often used to ..." to the token limit): that sentence
        # is said once, then looped; whether it answers is _a_sentence_its_loop_goes_on_with's to say. Not a sentence
        # that stutters ("Eta erabiltzen ditzakez, baino erabiltzen ditzakez, erabiltzen ditzakez."), nor one of two
        # letters ("A ABBBB,BBBBBBB,BBB").
        first = next((u for u in r.units if u.start >= start and u.words), None)
        if first is not None and len(first.words) >= t.answer_sentence_words \
                and len(set(first.words)) >= OWN_WORDS_SHARE * len(first.words) \
                and sum(map(str.isalpha, set(r.lower[first.start : first.end]))) > 2:
            end = first.end
    if r.plain and r.field_value is None and holding:
        value = _value_before_drift(r, stops, start, end)
        if value is not None:
            return value
    words = words_between(r.units, r.lower, start, end)
    return Reply(
        start=start,
        end=end,
        words=words,
        share=len(words) / r.total,
        echo=echo_coverage(r.prompt.text, echo_words(r, start, end), of=len(words)),
        text=excerpt(r.text[start:end], 80),
        stop_reason=f"; {stop_why} at character {stop_at}" if stop_why else "",
        direct=r.plain and _direct(r, start, end),
        continued=r.continued,
        stopped_by=stopped_by,
        value=r.field_value,
        drift_holds=bool(holding),
    )


OWN_WORDS_SHARE = 0.6  # a sentence says most of its words once; "Eta erabiltzen ditzakez, baino erabiltzen ditzakez,
# erabiltzen ditzakez." stutters (half its words are said again)


# A user-side field's label alone on the output's first line, then an answer's label with text after it.
_EMPTY_SLOT_THEN_ANSWER_RE = re.compile(
    r"[ \t\n]*([^\W\d_][^\W\d_ ]{0,19})[ \t]*:[ \t]*\n[ \t]*([^\W\d_]{1,20})[ \t]*:[ \t]*(?=\S)")


def _answer_after_an_empty_slot(r) -> int:
    """Where the answer starts when the output opens with a user-side field left empty and an answer's label under it
    ("Input: \nOutput: ..."), else 0."""
    found = _EMPTY_SLOT_THEN_ANSWER_RE.match(r.lower)
    if found is None or found.group(1) not in USER_SIDE_LABELS or found.group(2) not in ANSWER_FIELD_LABELS:
        return 0
    return found.end()


def _value_before_drift(r, stops: list[tuple[int, str, str]], start: int, end: int) -> Reply | None:
    """A drifting output that opens with a value for the prompt's open field ("Relevant", then new
    examples of the prompt's format; "#FFFFC0" said again to the token limit): the value is the reply
    part. Only when the reply part read as usual holds no words past the value (a label opening a
    paragraph, "Positive\nThe review praises ...", leaves the paragraph its reply), and only a loop
    (the value said again) or a slide off topic (a value need not name the topic) starts before its end."""
    # Read up to where a drift other than a loop or a slide off topic starts: bytes that are no text right after it
    # ("^Нет\x00!"!"!"), a turn's label, are no part of it. (A loop is read: the value said again; and a value need
    # not name the topic.)
    limit = min((at for at, _, measure in stops if at > start and not measure.startswith(("loop.", "topic."))),
                default=None)
    value = find_value_before_drift(r.prompt, r.question, r.text[:limit], r.lower[:limit], start)
    if value is None or words_between(r.units, r.lower, value.end, end):
        return None
    if any(at < value.end and not measure.startswith(("loop.", "topic.")) for at, _, measure in stops):
        return None
    after = [s for s in stops if s[0] >= value.end]
    stop_at, stop_why, stopped_by = min(after) if after else (value.end, "it is said again", "loop")
    words = WORD_RE.findall(r.lower, value.start, value.end)
    return Reply(
        start=value.start,
        end=value.end,
        words=words,
        share=len(words) / r.total,
        echo=0.0,  # a pick among the prompt's options or a value of its own, not an echo (field_value.py)
        text=excerpt(value.text, 80),
        stop_reason=f"; {stop_why} at character {stop_at}",
        direct=False,
        continued=r.continued,
        stopped_by=stopped_by,
        value=value,
    )


def _direct(r, start: int, end: int) -> bool:
    question = r.question
    if question.kind not in (YES_NO, NUMBER, LABEL):
        return False
    first = next((u for u in r.units if u.end > start and u.start < end), None)
    if first is None:
        return False
    s, e = max(first.start, start), min(first.end, end)
    clipped = Unit(s, e, r.text[s:e], tuple(WORD_RE.findall(r.lower, s, e)))
    return answers_directly(question, clipped)


# --- the checks ----------------------------------------------------------------------------------


def enough_words(reply: Reply, r, t) -> Evidence | None:
    n = len(reply.words)
    said = r.text[reply.start : reply.end]
    marks_only = n >= 2 and empty_list(said, r.prompt.query)
    # (An article may be a pick among options "a", "b", ...: "The correct one is a".)
    unfinished = r.plain and r.question.kind not in (REWRITE, TRANSLATION) and not lettered_choices(r.prompt.query) \
        and not any(option <= _ARTICLES for option in r.question.options) \
        and not r.completes_code and _unfinished(said, reply.words)  # "return 4*a": a line of the code completed
    if unfinished:  # ... even as a value for the prompt's open field: "The answer is:" gives none
        return Evidence("reply.words", n, t.answer_min_words, reply.text,
                        f"no reply: the reply part is one sentence broken off before it says anything: '{reply.text}'",
                        ANSWERS)
    if asks_to_sum_up_a_transcript(r.prompt.query) and (reply.drift_holds or not r.text[reply.end :].strip()) \
            and _only_announces(said):  # (the request first: read once per prompt, and most ask for no summary)
        return Evidence("reply.words", n, t.answer_min_words, reply.text,
                        f"no reply: the reply part only announces what was to follow it: '{reply.text}'", ANSWERS)
    if (n >= t.answer_min_words and not marks_only) or (n == 1 and r.plain and (
            word_fits(r.question, reply.words[0]) or a_number_and_its_unit(r.question, said))):
        return None
    if n and _a_value_asked_for(reply, r, t):
        return None
    if marks_only:
        return Evidence("reply.words", 0, t.answer_min_words, reply.text,
                        f"no reply: the reply part is only a list's numbers, nothing in its items: '{reply.text}'",
                        ANSWERS)
    what = "empty" if n == 0 else f"only {n} word(s): '{reply.text}'"
    fits = " or one word of the form the question asks for" if r.plain and r.question.asks_for_a_fact else ""
    return Evidence(
        "reply.words", n, t.answer_min_words, reply.text,
        f"no reply: the reply part is {what} (needs {t.answer_min_words} words{fits}){reply.stop_reason}",
        ANSWERS,
    )


_UNFINISHED_MAX_WORDS = 7  # a sentence broken off this short has not reached what it was going to say
# A sentence that only announces what comes after its colon ("Here's a summary of the dialogue you provided:"): asked
# to sum up a transcript, as the whole reply part with a drift after it instead (the dialogue written out again as
# new turns) or nothing, it has said nothing. (A summary after it under a speaker's label, "Doctor: The doctor greets the patient
# ...", ends a dialogue's first turn there, but drifts not.) Elsewhere the line may be what was asked ("Translate:
# Voici quelques conseils :"), or announce turns asked for ("Here's a more polite version of the dialogue:").
_ANNOUNCES_RE = re.compile(r"\s*here(?:'s| is| are)\b[^.!?\n:\uff1a]*[:\uff1a]\s*")


def _only_announces(said: str) -> bool:
    """Is the text only a sentence announcing what follows its colon, after an eager opening or a sentence taking the
    task on at most ("Of course! Here is ...:", "Sure, I'd be happy to help! Here's ...:")?"""
    lower = normalise_apostrophes(said.lower())
    opening = TAKES_IT_ON_RE.match(lower) or EAGER_RE.match(lower)
    return _ANNOUNCES_RE.fullmatch(lower, opening.end() if opening else 0) is not None


def _a_value_asked_for(reply: Reply, r, t) -> bool:
    """Is the short reply a value the prompt asks for: the few-shot examples' open one filled ("slow" for "happy ->
    sad\n...\nfast ->"), a letter of its options ("A", the article's letter too, picks the first), a few-shot "Q: ...
    \nA: ...\nQ: What is the capital of France?\nA:" filled with "Paris", a value for its open field ("Output:
    Rehab", field_value.py), or a value it quotes as what to output ("hate" for "... 请只输出'hate'")?"""
    n = len(reply.words)
    if r.plain and (example_shape(r.prompt.text, t.inline_examples)
                    or says_a_quoted_output(r.prompt.query, r.text[reply.start : reply.end])):
        return True
    if n == 1 and r.plain and (opens_with_a_pick(r, reply.start, reply.end)
                               or picks_a_listed_item(r, r.text[reply.start : reply.end])):
        return True
    if n == 1 and r.dialogue is not None and r.dialogue.last_turn \
            and (fills_the_question(r.dialogue.last_turn, reply.words[0])
                 or a_number_and_its_unit(read_question(r.dialogue.last_turn), r.text[reply.start : reply.end])):
        return True  # ("100 °C." for "Q: What is the boiling point of water in Celsius?\nA:": its number and unit)
    return reply.value is not None


def _unfinished(text: str, words: Sequence[str]) -> bool:
    """Is the reply one short sentence broken off on a colon or an article ("l'hopital's rule may refer to:", "The
    answer is a"): nothing said yet?"""
    body = text.strip()
    if not words or len(words) > _UNFINISHED_MAX_WORDS or "\n" in body or _SENTENCE_MARK_RE.search(body[:-1]):
        return False
    return body.endswith((":", "\uff1a")) or _ENDS_ON_AN_ARTICLE_RE.search(body) is not None


_SENTENCE_MARK_RE = re.compile(r"[.!?\u3002\uff01\uff1f]")
# Words that end no sentence: an article ("Blue is a"). Prepositions and verbs may ("what it's all about", "Let it
# be", "Keep calm and carry on"), so a reply broken off on them is not told from one that ends there.
_ARTICLES = frozenset(("a", "an", "the"))
# As written: "Option A", "Vitamin A" end on a letter, not an article.
_ENDS_ON_AN_ARTICLE_RE = re.compile(r"(?<![\w'-])(?:a|an|the)\Z")


def _yes_or_no_then_earlier_words(reply: Reply, r, t) -> bool:
    """A yes or a no to a yes/no question, its reason in words the prompt said before the question ("Yes, he killed a
    large number of them." after an earlier turn said so): an answer. Not the question itself said back after it
    ("No, do you know if the library is open today?")."""
    if not says_yes_or_no(r, r.text[reply.start : reply.end], len(reply.words), t):
        return False
    asked = r.prompt.query.rstrip().rsplit("\n", 1)[-1]  # the question: the prompt's last line (a chat's last turn)
    return echo_coverage(asked, reply.words[1:]) < t.echo_max


def not_an_echo(reply: Reply, r, t) -> Evidence | None:
    words = echo_words(r, reply.start, reply.end) if reply.echo >= t.echo_max else ()
    limit, why = echo_limit(r, t, t.echo_max, reply.echo, words, len(reply.words))
    if reply.echo < limit or enough_words(reply, r, t) is not None:
        return None
    if fills_the_last_question(r, reply.words) or a_bare_number(r.question, reply.words) \
            or a_number_and_its_unit(r.question, r.text[reply.start : reply.end]) \
            or _yes_or_no_then_earlier_words(reply, r, t):
        # "No" for a few-shot transcript's last yes/no question, though the answers above say it too; "20" for a word
        # problem that says 20; "Yes, he killed ..." to a yes/no question, its reason the prompt's own words
        return None
    if r.plain and not no_work_on_the_passage(r) and (
            works_on_the_passage(r.prompt.query, words, t, r.passage.worked_on) is not None
            or answers_from_the_context(r.passage, words, t) or lifted_answer(r.prompt.query, words)
            or a_span_of_the_passage(r.passage, words)):
        return None  # a summary or an extraction made of the passage's pieces, an answer taken from a context
    if _does_what_the_prompt_sets(r, r.text[reply.start : reply.end]):
        return None
    if states_an_option(r, reply.start, reply.end):
        return None  # the question's words with its pick: "The light-induced reaction has a higher ...", a transcript's too
    if r.plain and (_ends_with_a_pick(reply, r) or opens_with_a_pick(r, reply.start, reply.end)
                    or picks_a_listed_item(r, r.text[r.text.rfind("\n", 0, reply.start) + 1 : reply.end])
                    or recased_quotation(r.prompt.query, r.text[reply.start : reply.end])
                    or relaid_out(r.prompt.text, r.text[reply.start : reply.end], t)
                    or corrected_in_place(r.prompt.query, r.text[reply.start : reply.end])):
        return None
    return Evidence(
        "reply.echo", reply.echo, limit, reply.text,
        f"the reply part only echoes the prompt: {pct(reply.echo)} of its words are copied from it "
        f"(threshold {pct(limit)}{why}): '{reply.text}'",
        ANSWERS,
    )


def _does_what_the_prompt_sets(r, text: str) -> bool:
    """The JSON schema or the template the prompt shows filled, in a chat's turn too; the function named or the body of
    the one left open; the code given back mended; a value the request quotes as what to output; the items asked for
    under the request said back as their lead-in."""
    return fills_the_schema(r.prompt.text, text) or fills_the_template(r.prompt.query, text) \
        or defines_the_named_function(r.prompt.query, text) or completes_the_code(r, text) \
        or gives_the_code_back_changed(r.prompt.query, text) or says_a_quoted_output(r.prompt.query, text) \
        or said_back_as_a_lead_in(r.prompt.text, text)


def _ends_with_a_pick(reply: Reply, r) -> bool:
    """The question's sentence said again, then one of its options on a line of its own ("I would say the
    closest category should be (select one from tech, business or politics):", then "*Politics"): the
    words said again lead to the pick, they are not all the reply says. Options said back one a line
    ("Tech / Business / Politics") are the question's list, no pick."""
    units = [u for u in units_between(r.units, reply.start, reply.end) if u.words]
    picks = [u for u in units if is_a_pick(r.question, u.words) and not u.text.rstrip().endswith("?")]
    return len(units) > 1 and len(picks) == 1 and picks[0] is units[-1]


def most_of_the_output(reply: Reply, r, t) -> Evidence | None:
    n = len(reply.words)
    if not r.plain or reply.direct or reply.value is not None or reply.share >= t.answer_min_share \
            or n >= t.answer_full_words or asks_for_one_line(r.prompt.query):
        return None  # (one sentence asked for: a sentence is the whole answer, whatever follows it)
    # Only a loop or a slide off topic takes the answer back (a plausible sentence, then a page of
    # the same lines or of something else). A reply followed by the prompt's format, its genre or
    # other speakers' turns is an answer that then drifts, whatever the length of what follows.
    if reply.stopped_by and not reply.stopped_by.startswith(("loop.", "topic.")):
        return None
    # Nor does the question said again before it, when nothing follows it: a lead-in, not a page the reply is lost
    # in (" Ответь одним словом: какого цвета небо? Голубое."). The prompt's sentence finished before it may be the
    # asker's text going on, whose share still counts.
    if not reply.stopped_by and r.question_again.end and not reply.continued:
        return None
    # Nor does a loop that is the reply itself said again, when the reply is more than one sentence
    # (a paragraph, then the same paragraph again and again; loops.said_once): its copies add nothing
    # to take it back. Nor when it is the output's first line said again word for word (a step, "Remove
    # the cage from the wall.", numbered 1 to 11) and that line reads as a reply of its own (see
    # _a_line_that_replies); else one sentence said again ("I have a question." to the token limit) is a
    # loop from the first line, as one plausible sentence before a loop of other lines is no answer.
    # A word problem's premises said again give no result, however often or long (see question.premise_again).
    premises = _only_premises(reply, r)
    if reply.stopped_by.startswith("loop.") and r.loops.said_once and not premises and (
            _statements(reply, r) >= 2 or (r.loops.first_line_again and _a_line_that_replies(reply, r, t))):
        return None
    if enough_words(reply, r, t) is not None or (_a_first_paragraph(reply, r, t) and not premises):
        return None
    return Evidence(
        "reply.share", reply.share, t.answer_min_share, reply.text,
        f"the reply part is only {n} words, {pct(reply.share)} of the output (needs "
        f"{pct(t.answer_min_share)} or {t.answer_full_words} words){reply.stop_reason}: '{reply.text}'",
        ANSWERS,
    )


def _only_premises(reply: Reply, r) -> bool:
    """Is the reply part, to a number question, only premises of its word problem said again: one of three content
    words or more, the others of two at least ("Seattle has 20 sheep.")?"""
    units = [u for u in units_between(r.units, reply.start, reply.end) if u.words]
    return r.question.kind == NUMBER and any(premise_again(r.question, u.words) for u in units) \
        and all(premise_again(r.question, u.words, 2) for u in units)


# A leading label or list mark before a line's words: "Step 3:", "A:", "1.".
_LEADING_LABEL_RE = re.compile(rf"[ \t\n]*(?:[^\W_][^:\uff1a\n]{{0,20}}[:\uff1a]|{ITEM_MARK})?")


def _a_line_that_replies(reply: Reply, r, t) -> bool:
    """Is the line said again from the start a reply of its own: naming the question's topic words (not "I
    have a question.", nor "我不知道。" where no topic word can be read; for a piece asked for, any line not in
    the asker's voice), a number where the question asks for one, a question where the request asks for one ("Generate
    a question that has the following answer: ..."), and not another request of the prompt's kind?"""
    if asks_for_a_question_by_name(r.asking) \
            and not r.text[reply.start : reply.end].rstrip().endswith(("?", "\uff1f")):
        return False  # (a question asked for by its name: not a title, a slogan or a riddle, which need no "?")
    if r.question.kind == PIECE:
        # A piece need not name its subject ("She saw a snake slithering slowly." for an alliteration); it is no
        # piece when it speaks as the asker ("I have a question.").
        if not _ASKER_WORDS.isdisjoint(reply.words):
            return False
    elif not _names_the_topic(r, t, reply.start, reply.end):
        return False
    if r.question.kind == NUMBER and not any(map(is_number, reply.words)):
        return False
    return not _another_request(reply, r)


def _loops_within(words: tuple[str, ...], t) -> bool:
    """Do a line's own three-word sequences come back as a loop's do ("the ocean is big and the ocean is big and
    ...", a line cut at the token limit)?"""
    grams = list(zip(words, words[1:], words[2:]))
    return len(grams) >= 10 and 1 - len(set(grams)) / len(grams) >= t.loop_ngram_repeat


def _names_the_topic(r, t, start: int, end: int) -> bool:
    """Does the text between `start` and `end` name one of the question's topic words (none when it has none)?"""
    return find_hits(topic_text(r.prompt), r.lower, start, end, t.cognate_letters,
                     t.inflection_letters).hits >= t.topic_min_hits


def _another_request(reply: Reply, r) -> bool:
    """Does the reply open, after a leading label ("Step 3:"), with the prompt's own instruction verb ("Write a
    sentence ..." for "Create a sentence ...": two verbs of making stand for each other)?"""
    if r.question.instruction is None:
        return False
    label = _LEADING_LABEL_RE.match(r.lower, reply.start)  # every part of it is optional: it matches at least ""
    words = WORD_RE.findall(r.lower, label.end() if label else reply.start, reply.end)
    verb = r.question.instruction.split()[0].rstrip(":")
    return bool(words) and (words[0] == verb or {words[0], verb} <= MAKING_VERBS)


def _a_first_paragraph(reply: Reply, r, t) -> bool:
    text = r.text[reply.start : reply.end]
    if enumerates(text):
        return True
    if not cues_a_reply(r):
        # A bare question, not cued as a request to reply: a base model continues it as a page whose
        # opening lines (an article's first facts, then a loop) the course reads as no answer.
        return False
    return (_statements(reply, r) >= 2 and len(reply.words) >= t.answer_paragraph_words) \
        or _a_sentence_its_loop_goes_on_with(reply, r, t)


def _a_sentence_its_loop_goes_on_with(reply: Reply, r, t) -> bool:
    """Is the reply part a statement naming the question's topic and saying something of its own, ended by a loop
    whose first line names the topic too? Not a lead-in ("Thank you for your question about ...", "Here is some
    information about ..."), a don't-know ("I'm not sure what ... suggests"), the question said back, the asker's
    voice ("My resting pulse has also ...") or a decline: each names the topic and says nothing of its own."""
    if not reply.stopped_by.startswith("loop.") or len(reply.words) < t.answer_sentence_words \
            or not _statements(reply, r) or not _names_the_topic(r, t, reply.start, reply.end):
        return False
    if not _says_something(reply.words, r, reply.start, reply.end):
        return False
    after = next((u for u in r.units if u.start >= reply.end and u.words), None)
    return after is not None and _names_the_topic(r, t, after.start, after.end)


def _says_something(words, r, start: int, end: int) -> bool:
    """Not a lead-in, a greeting, a don't-know or the asker's voice (by its first word), nor a sentence saying nothing
    of its own, nor a decline."""
    return words[0] not in _NOT_AN_ANSWERS_OPENING and not _says_nothing_of_its_own(words, r.prompt.query) \
        and not declines(r, start, end)


# How a lead-in, a greeting, a don't-know or the asker's voice opens: not an answer's first word.
_NOT_AN_ANSWERS_OPENING = frozenset("i me my i'm i've i'd thank thanks hello hi hey here you're sorry unfortunately".split())
# Words that speak about the question, not of its subject.
_ABOUT_THE_QUESTION = frozenset(
    "question questions information info help helping know knowing sure asking asked thank thanks happy glad explain "
    "hello welcome unfortunately able sorry answer answers something here great interesting good really".split())


def _says_nothing_of_its_own(words: Sequence[str], query: str) -> bool:
    """Does the sentence hold fewer than two words of four letters or more that are neither the question's (its
    plural aside) nor about the question?"""
    asked = {w.rstrip("s") for w in WORD_RE.findall(query.lower())}
    own = [w for w in words if len(w) >= 4 and w not in _ABOUT_THE_QUESTION and w.rstrip("s") not in asked]
    return len(own) < 2


def _statements(reply: Reply, r) -> int:
    """Statements of the reply's own: not questions ("What is it about procrastination ...?") and not
    lines opened by a field label ("### Human: ...": another turn written out)."""
    return sum(
        1 for u in r.units
        if u.end > reply.start and u.start < reply.end and len(u.words) >= 3
        and not _ASKS_RE.search(r.text, u.start, u.end + 1) and not _LABELLED_RE.match(u.text)
    )


_ASKS_RE = re.compile(r"[?\uff1f]\s*\Z")
_LABELLED_RE = re.compile(r"\s*#*\s*[^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?\s*[:\uff1a]")


def on_topic(reply: Reply, r, t) -> Evidence | None:
    if not r.plain or (r.question.in_lines and (in_short_lines(r.text)
                                                or in_short_lines(r.text[reply.start : reply.end]))):
        return None  # a poem or a list need not name it (the reply part's lines, when notes or a loop follow it)
    stems, shown, _ = topic_words_for(topic_text(r.prompt), r.lower[reply.start : reply.end], t.cognate_letters)
    if not stems:
        return None
    found = reply.topic = find_hits(topic_text(r.prompt), r.lower, reply.start, reply.end, t.cognate_letters,
                                    t.inflection_letters)
    n = len(reply.words)
    # One sentence asked for may show its subject without naming it, as a poem may.
    if not n or found.hits >= t.topic_min_hits or _short_given_the_doubt(reply, r, t) \
            or (n < t.answer_full_words and (asks_for_one_sentence(r.prompt.query) or answers_a_remark(r)
                                              or begins_the_answer(r.prompt.raw))):
        return None  # (the prompt's begun answer names the subject: "回答：日本で一番高い山は" finished by "富士山です。")
    if enumerates(r.text[reply.start : reply.end]):
        return None  # instances of the topic (London, Paris, Rome for a trip to Europe) need not name it
    if refers_back(r.text[reply.start : reply.end], n, t, r.prompt.query) \
            or says_yes_or_no(r, r.text[reply.start : reply.end], n, t):
        return None  # "It's a combination of water droplets and sunlight.", "Yes. Cool it quickly ...": "it" is its subject
    said = r.text[reply.start : reply.end]
    if names_the_questions_numbers(r.question.words, r.lower[reply.start : reply.end]) \
            or code_of_its_own(r, said, t) or mostly_quoted(said) or translated(r, said) or speaks_of_itself(r):
        # A count or a table of the question's numbers; code to a question not in English or the body of a function
        # the prompt leaves open (its identifiers need not name the words); the words asked for, quoted, or a
        # translation; "Hello! I am ..." for "Introduce yourself.": none need name them.
        return None
    after = " after finishing the prompt's sentence" if reply.continued else ""
    return Evidence(
        "reply.topic_hits", found.hits, t.topic_min_hits, reply.text,
        f"off topic: the reply part{after} names none of the question's words ({', '.join(shown)}): '{reply.text}'",
        ANSWERS,
    )


def _short_given_the_doubt(reply: Reply, r, t) -> bool:
    """A short reply gets the benefit of the doubt on its topic ("It's fascinating."), unless the output started by
    finishing the prompt's sentence: then it is more likely the asker's text going on (". I want to make sure she's
    prepared for the day.") than a reply. So too when more questions of the prompt's kind follow it: a short line
    before them is more likely the asker's remark opening them ("You know you shouldn't do it, but you do it
    anyway."), unless it gives a number ("$0.90"), which no remark is. Only questions of the prompt's kind (its own
    question asked again of other things): questions back to the asker after a short reply ("Sure, happy to help!\nHow
    long is your trip?") may be a chat's."""
    opens_questions = reply.stopped_by.startswith("prompt.questions") and not any(
        c.isdecimal() for c in r.text[reply.start : reply.end]) and _holds(more_questions(r, t))
    return len(reply.words) < t.topic_check_words and not reply.continued and not opens_questions


def _holds(finding) -> bool:
    return finding is not None and finding.holds


def on_the_passage(reply: Reply, r, t) -> Evidence | None:
    """A request to rework the passage the prompt holds after its instruction ("Correct the transcription
    ...", "Summarize the text below") is answered by text that names some of the passage's words: a
    corrected, shortened or reworded paragraph keeps some of its names and terms. A reply that names only
    the instruction's words ("transcription") and none of the passage's works on some other text."""
    if not r.plain or len(reply.words) < t.topic_check_words:
        return None
    passage = reworked_passage(r, t)
    if not passage or not passage.isdisjoint(reply.words):
        return None
    return Evidence(
        "reply.passage_hits", 0, 1, reply.text,
        f"no answer: the request reworks the passage the prompt holds, and the reply part names none of its "
        f"{len(passage)} words ({', '.join(sorted(passage)[:6])}, ...): '{reply.text}'",
        ANSWERS,
    )


def gives_the_number(reply: Reply, r, t) -> Evidence | None:
    if not r.plain or not reply.words or not r.question.arithmetic or r.field_value is not None \
            or fills_the_schema(r.prompt.text, r.text[reply.start : reply.end]):
        return None  # (a line of numbers put in the JSON schema the prompt shows: the schema is the answer's form)
    operands = frozenset(w for w in r.question.words if w.isdecimal())
    # The number words read are English ("ten"): a reply in another language may spell its result out
    # ("treize", "elf") beside the question's digits, so only an English one is held to more than those.
    no_result = r.question.no_result if in_english(r.text[reply.start : reply.end]) else frozenset()
    if gives_a_number(r.units, r.lower, reply.start, reply.end, t.number_within_words, operands, no_result):
        return None
    sums = other_sums(r.lower, reply.start, reply.end, operands)
    worked = (f"; its numbers are in a sum that is not the result of {', '.join(by_value(operands))}: "
              f"'{r.text[sums[0][0]:sums[0][1]]}'" if sums else "")
    if not sums and no_result and gives_a_number(r.units, r.lower, reply.start, reply.end, t.number_within_words,
                                                 operands):
        worked = (f"; its only numbers are the question's own ({', '.join(by_value(operands))}), "
                  "which its result cannot be")
    return Evidence(
        "reply.number", 0.0, 1.0, reply.text,
        f"no result: the question is made of numbers and the reply part gives none in its first "
        f"{t.number_within_words} words{worked}: '{reply.text}'",
        ANSWERS,
    )


def picks_an_option(reply: Reply, r, t) -> Evidence | None:
    """A request to classify that lists its options ("... into one of Restaurants, Home Services, Auto
    Services or Miscellaneous") is not answered by a reply part that names none of them (see options.py).
    A yes or a no answers a request to decide whether ("Decide whether the tweet is offensive, not
    offensive, or unclear")."""
    options = r.question.label_options if r.plain else ()
    if not options or not reply.words or (r.question.asks_yes_or_no and reply.words[0] in YES_NO_WORDS):
        return None
    if names_an_option(options, r.lower[reply.start : reply.end]) is not False:
        return None
    return Evidence(
        "reply.option", 0.0, 1.0, reply.text,
        f"no answer: the prompt offers options to pick from ({', '.join(options[:6])}) and the reply part names "
        f"none of the options: '{reply.text}'",
        ANSWERS,
    )


def gives_the_format(reply: Reply, r, t) -> Evidence | None:
    """A request for JSON is answered only by a reply part that holds JSON, with one of the keys the request
    lists if it lists them, or of the schema the prompt shows if it shows one (see formats.py). Not where the prompt
    sets out a format of labelled lines to answer in (echo.format_set_out): its JSON is a field's ("Action Input"),
    not the answer's."""
    if not reply.words:
        return None
    text = r.text[reply.start : reply.end]
    if r.plain and asks_for_json(r.prompt.query) and not format_set_out(r.prompt.query):
        if not holds_json(text):
            return Evidence(
                "reply.format", 0.0, 1.0, reply.text,
                f"no answer: the request asks for JSON and the reply part holds none: '{reply.text}'",
                ANSWERS,
            )
        keys = requested_keys(r.prompt.query)
        if keys and not names_a_key(text, keys):
            return Evidence(
                "reply.format", 0.0, 1.0, reply.text,
                f"no answer: the request asks for JSON with {', '.join(keys[:6])} and the reply part's JSON has none "
                f"of those keys: '{reply.text}'",
                ANSWERS,
            )
    return _fills_the_schema_shown(reply, r, text)


def _fills_the_schema_shown(reply: Reply, r, text: str) -> Evidence | None:
    """JSON for a prompt that shows a schema answers with its keys, filled."""
    schema = tuple(sorted(schema_keys(r.prompt.text)))
    if not schema or not holds_json(text):
        return None
    if not names_a_key(text, schema):
        return Evidence(
            "reply.format", 0.0, 1.0, reply.text,
            f"no answer: the prompt shows a JSON schema ({', '.join(schema[:6])}) and the reply part's JSON has none "
            f"of its keys: '{reply.text}'",
            ANSWERS,
        )
    if says_back_the_schema(r.prompt.text, text):
        return Evidence(
            "reply.format", 0.0, 1.0, reply.text,
            f"no answer: the reply part says the JSON schema the prompt shows back, its values unfilled: '{reply.text}'",
            ANSWERS,
        )
    return None


def not_the_askers_voice(reply: Reply, r, t) -> Evidence | None:
    voice = r.voice
    if voice is None or not voice.things or voice.asker < t.asker_voice_min or voice.share < t.asker_voice:
        return None
    return Evidence(
        "prompt.asker_voice", voice.share, t.asker_voice, voice.example,
        f"not a reply: it speaks as the asker ('my {voice.things[0]}' {voice.asker} times, "
        f"'your {voice.things[0]}' {voice.replier} times; threshold {pct(t.asker_voice)}), "
        f"first '{voice.example}'",
        ANSWERS,
    )


def is_text(reply: Reply, r, t) -> Evidence | None:
    if not reply.words:
        return None
    found = find_not_text(r.units, reply.start, reply.end)
    if found.share < t.not_text_share:
        return None
    return Evidence(
        "reply.not_text", found.share, t.not_text_share, found.example,
        f"no reply: {pct(found.share)} of its first {found.words} words are error or status text, placeholder "
        f"text or gibberish (threshold {pct(t.not_text_share)}), e.g. '{found.example}'",
        ANSWERS,
    )


_ASKER_WORDS = frozenset("i me my we us our".split())
# The replier offering its help, in the first person too: "How can I help you today?", "What can I do for you?"
# Not "Could I help her choose one herself?", the asker's question about someone else.
_OFFERS_HELP_RE = re.compile(
    r"\b(?:can|may) i (?:help|assist)(?! (?:him|her|them|my)\b)|\bcould i help you\b|\bhow can i be of (?:help|use)\b"
    r"|\banything else i can (?:help|do)\b|\bwhat can i do for you\b|\bhelp you with\b"
)
_ONLY_QUESTIONS = 3
# A request for text in someone's voice: a translation, a rewrite, a piece, a bio, an email, an example sentence, a
# role played. Its first person is the text asked for ("I would like to know where the station is."), not the asker;
# but "I want to write a joke about cats." for "Tell me a joke about cats." is the request put as a wish.
_TEXT_VERBS = frozenset("write compose draft rewrite rephrase paraphrase translate pretend imagine act roleplay play say"
                        .split())
_TEXT_NOUNS = frozenset("sentence sentences example examples bio email letter message line lines caption reply text"
                        .split())


def _asks_for_text(r) -> bool:
    question = r.question
    if question.kind in (TRANSLATION, REWRITE, PIECE):
        return True
    words = WORD_RE.findall(r.prompt.query.lower())
    return bool(words) and (words[0] in _TEXT_VERBS or not _TEXT_NOUNS.isdisjoint(question.asked | set(words[:8])))


# A wish to be told or helped, in the asker's first person: "I would like to know how I can earn a million
# dollars.", "I want to write a joke about AI.", "I'm looking for a recipe.", "I was wondering if ...". A request
# put as a statement. Not the replier's "I would like to point out ..." or "I'd like to share a few tips", nor the
# asker's story going on ("I want to make sure she's prepared", which the topic check reads).
# ... which is all the sentence says: one that goes on (GOES_ON_RE: "I wonder if you mean Pacific salmon, which almost
# all die ...") answers.
_ASKERS_WISH_RE = re.compile(
    r"\s*[-*]?\s*(?:i (?:want|would like|wanna|need)|i'd like) to (?:know|learn|ask|find out|understand|write|hear)\b"
    r"|\s*[-*]?\s*i need (?:help|advice|some help)\b"
    r"|\s*[-*]?\s*(?:i am|i'm) (?:looking for|wondering|curious)\b|\s*[-*]?\s*i (?:was |am )?wonder(?:ing)?\b"
)


# A step of a procedure, numbered: "Step 5:", "**Step 2**:", and its kin in German, Spanish, French, Italian and
# Portuguese. (Not a day, a part, a chapter or a question: "Day 3:" plans the day asked for, "Part 2." continues a
# story asked to go on.)
_STEP_RE = re.compile(r"[\s#*]*\b(?:step|schritt|paso|\u00e9tape|passo|etapa)[ \t]*(\d{1,3})[ \t*]*[:.)]")
# A prompt that asks how, or what comes next, may be answered from a later step ("I've mixed the flour. What now?").
_GOES_ON_FROM_RE = re.compile(r"\b(?:how|next|then|now|after|continue|continues|steps?|already)\b")


def not_a_later_step(reply: Reply, r, t) -> Evidence | None:
    """A reply part that opens with a step numbered past the first ("Step 5:\n\nSend the message to your friend."
    for "Write a thank you message.") goes on with a how-to whose first steps are not there, not the text
    requested. Only for a request that is no question and says none of "how", "step", "next", "then", "now",
    "after", "continue", "already": "I've mixed the flour. Write what I do next." may be answered from "Step 2:"."""
    if not r.plain or r.prompt.query.rstrip().endswith(("?", "\uff1f")):
        return None
    found = _STEP_RE.match(r.lower, reply.start, reply.end)
    if found is None or int(found.group(1)) < 2 or _GOES_ON_FROM_RE.search(r.prompt.query.lower()):
        return None
    return Evidence(
        "reply.later_step", int(found.group(1)), 2, reply.text,
        f"not a reply: the reply part opens with a step numbered past the first, '{found.group(0).strip()}', "
        f"the middle of a how-to: '{reply.text}'",
        ANSWERS,
    )


_TO_THE_REPLIER = frozenset(("me", "us"))


def _a_request_to_the_replier(unit: Unit) -> bool:
    """Does the sentence open with an instruction's verb and "me" or "us" ("Tell us about ...", "Give me ...")?"""
    return len(unit.words) >= 2 and unit.words[0] in INSTRUCTION_VERBS and unit.words[1] in _TO_THE_REPLIER


def not_another_request(reply: Reply, r, t) -> Evidence | None:
    """A reply part that opens as a request to the replier, an instruction's verb and "me" or "us", and goes on
    asking ("Tell us about the tree and the people who live around it. What is the name of the tree?" for "Write a
    short story about a tree."; "Tell me how to train my dog to stay. Tell me how to teach my dog to come." for
    "... to sit"), where the prompt is itself an instruction: the asker's next requests, the prompt's genre
    continued, not the thing requested. One such sentence alone, or followed by a statement, may be the text
    asked for ("Tell us what's going on, and our team will help." for a chatbot's greeting, "Show me a person
    who never made a mistake, and I'll show you ..." for a quote) or a riddle's, a role play's opening. Not where
    the request is for a text that may be one (a rewrite, a translation, a question asked for) or works on a
    passage the prompt holds."""
    if not r.plain or r.question.instruction is None or r.question.kind in (REWRITE, TRANSLATION) \
            or r.passage.fields or asks_for_a_question(r.prompt.query) or reply.echo >= t.echo_max:
        return None  # (the prompt said back is an echo: not_an_echo says so)
    units = list(islice((u for u in units_between(r.units, reply.start, reply.end) if u.words), 2))
    if len(units) < 2 or not all(_a_request_to_the_replier(u) or (k and asks(u, r.text)) for k, u in enumerate(units)):
        return None
    first = units[0]
    return Evidence(
        "reply.another_request", 1.0, 1.0, excerpt(first.text, 80),
        f"not a reply: the reply part opens as another request to the replier, as the prompt's instruction "
        f"does: '{excerpt(first.text, 80)}'",
        ANSWERS,
    )


def not_requirements(reply: Reply, r, t) -> Evidence | None:
    """A reply part whose every sentence, two or more, says what the piece asked for should be ("The poem should be
    written in the form of a sonnet. The poem should be 1000 words long." for "Compose a poem ... It should be about
    nature and love.") is the prompt's requirements going on, not the piece. Only where the prompt asks for a piece
    of writing or sets requirements of its own, each sentence names a part of a piece and the first one a part the
    prompt names: "The introduction should state the thesis." answers "How do I write an essay?", and "The candidate
    must know Python." is a job advert's. Nor where the piece asked for is made of requirements: rules, guidelines,
    tips, a rubric, a prompt for a model."""
    if not r.plain:
        return None
    query = r.prompt.query
    # Requirements the prompt sets make its request one for a piece where it asks no question ("Blog post from ...
    # Your response should contain less than 10 sentences."): "How should I write ...? Your answer should be brief."
    # asks for advice.
    sets_requirements = "?" not in query and any(requirement_subject(s) for s in re.split(r"(?<=[.!?])\s+", query))
    # A raw prompt asking to make something else ("Organize an ... event"): the thing's name is the subject too.
    things = request_words(r)
    if not (r.question.asks_for_a_piece or sets_requirements or things) or asks_for_requirements(query):
        return None
    named = parts_named(query) | things
    units = [u for u in units_between(r.units, reply.start, reply.end) if u.words]
    subjects = [requirement_subject(u.text, things) if not (things and is_concrete(u.text)) else frozenset()
                for u in units]  # ("The budget should put $2,500 toward needs.": the thing's own figures)
    if len(units) < 2 or not all(subjects) or not subjects[0] & named:
        return None
    return Evidence(
        "reply.requirements", 1.0, 1.0, excerpt(units[0].text, 80),
        f"not a reply: every sentence of the reply part says what the piece asked for should be, as a prompt's "
        f"requirements do: '{excerpt(units[0].text, 80)}'",
        ANSWERS,
    )


def not_only_a_question(reply: Reply, r, t) -> Evidence | None:
    """A reply part that is only questions, in the asker's own voice ("Could you give me a few
    examples of that?", "I have a question: how do I ...?"), or wishes to be told ("I would like to know how I
    can earn a million dollars."), is the asker speaking again, not a reply. A question back to the asker
    ("Is your basil on a windowsill?") has no "I" or "me" in it, and a reply that asks one as well as saying
    something is a reply."""
    if not r.plain or not reply.words:
        return None
    units = list(units_between(r.units, reply.start, reply.end))
    text_asked = _asks_for_text(r)
    wishes = [u for u in units if not asks(u, r.text) and _ASKERS_WISH_RE.match(r.lower, u.start, u.end)
              and not GOES_ON_RE.search(r.lower, u.start, u.end) and (not text_asked or "write" in u.words)]
    if not units or not all(asks(u, r.text) or (u is units[-1] and a_question_cut_off(u)) for u in units
                            if u not in wishes):
        return None  # (the last may be a question stopped at the token limit)
    if reworks_a_question(r.question, r.prompt.query, reply.words) or asks_for_a_question(r.prompt.query):
        return None  # the question asked for ("Write a question to ask ...")
    if len(units) == 1 and sums_up_a_post_that_asks(r.prompt.query):
        return None  # the line after "TL;DR:" sums up a post that asks, in the post's voice
    if _OFFERS_HELP_RE.search(r.lower, reply.start, reply.end):
        return None  # the replier's offer ("Hi! How can I help you today?"), in its own voice
    if wishes:
        return _question_back(reply, "only asks, in the asker's voice")
    if len(units) == 1 and _asks_back_about_the_request(r, reply):
        return _question_back(reply, "is only a question back on the request's own words")
    # Three questions or more and nothing else, in whatever voice, ask instead of answering: more questions of
    # the asker's kind ("中国最高的山是哪一座？" after "中国最长的河流是哪一条？") or only questions back.
    if _ASKER_WORDS.isdisjoint(reply.words) and len(units) < _ONLY_QUESTIONS and not _only_questions_after(r, reply):
        return None
    return _question_back(reply, "is only a question, in the asker's voice")


def _only_questions_after(r, reply: Reply) -> bool:
    """Is the rest of the output, after a reply part of fewer questions (a loop or a question said again ends it),
    questions too, so that the output asks _ONLY_QUESTIONS of them or more and says nothing ("How is it calculated?
    How is it calculated? What is the Fan Energy Index? ...")?"""
    rest = [u for u in r.units if u.start >= reply.end and u.words]
    return bool(rest) and len(list(units_between(r.units, reply.start, reply.end))) + len(rest) >= _ONLY_QUESTIONS \
        and all(asks(u, r.text) or (u is rest[-1] and a_question_cut_off(u)) for u in rest)


def _question_back(reply: Reply, why: str) -> Evidence:
    return Evidence("reply.question_back", 1.0, 1.0, reply.text, f"not a reply: the reply part {why}: '{reply.text}'",
                    ANSWERS)


QUESTION_BACK_MAX_WORDS = 12  # "What is the style of Robert Frost?": a short question, no answer in a question's form


def _asks_back_about_the_request(r, reply: Reply) -> bool:
    """Is the reply part one short question whose words, beside the small ones, are all the request's ("What is the
    style of Robert Frost?" for "Write a poem ... in the style of Robert Frost")? It asks what the request says, it
    brings nothing; an answer put as a question brings its own ("What is War and Peace?" to a quiz clue)."""
    if len(reply.words) > QUESTION_BACK_MAX_WORDS:
        return False
    content = [w for w in reply.words if w not in STOPWORDS]
    return bool(content) and words_of(r.prompt.query).issuperset(content)


def not_a_thread(reply: Reply, r, t) -> Evidence | None:
    if not r.plain:
        return None
    turns = r.turns
    marks = turns.answer_turns + turns.answer_headers
    # A thread the output opens ("A:" and an answer, a page's header) is a Q&A page continued, not a
    # reply; one that follows a reply ("... Response: ...") is drift after an answer (turns.thread).
    if marks < t.thread_marks or not turns.opens_with_answer_label or one_header_of_the_reply(r):
        return None
    # After a prompt that asks for a reply (an open field such as "Output:", a chat template), an answer
    # label opening the output heads that reply, in a forum's habit: the output is a Q&A page only when
    # its reply part holds a second answer turn. Turns after the reply part belong to the drift that ends
    # it (the reply said again under its label, loops.said_once), and do not take the reply back.
    if cues_a_reply(r) and sum(1 for at in turns.answer_starts if at < reply.end) < 2:
        return None
    return Evidence(
        "turns.thread", marks, t.thread_marks, turns.first_answer,
        f"not a reply: it continues the prompt as a Q&A thread ({turns.answer_turns} answer turn(s), "
        f"{turns.answer_headers} header(s) alone on their line; threshold {t.thread_marks} marks), "
        f"first '{turns.first_answer}'",
        ANSWERS,
    )


# An answer's label alone on its line: a Q&A page's answer to come ("A:", "Answer:").
_ANSWER_HEADER_RE = re.compile(r"^[ \t]*(?:" + "|".join(sorted(ANSWER_SIDE_LABELS)) + r")[ \t]*:[ \t]*$",
                               re.MULTILINE)


PAGES_HEAD_WORDS = 6  # a forum's or a site's name: "- منتديات مدرسة الامارات", "- Writing forums"
_ITEM_MARKS = ("- ", "* ", "\u2022 ")  # the head a page's menu item gives it
# ... or a name alone on its line ("منتديات ستار تايمز"), where no piece of a few words is asked for
PAGES_NAME_WORDS = 4


def not_a_pages_head(reply: Reply, r, t) -> Evidence | None:
    """A reply part that is only what stands before the request said again whole as a page posts it, a menu item or
    a name of a few words with no sentence's stop naming none of its topic words ("- منتديات مدرسة الامارات", a
    forum's name, then the request, then a greeting): the page's head, not a reply. A line naming the topic before
    it ("Paris is the capital of France."), a sentence, or a piece asked for (a haiku, a slogan) still answers."""
    head = r.text[reply.start : reply.end].strip()
    if not r.plain or not reply.words or reply.stopped_by not in ("prompt.restated", "page.boilerplate") \
            or len(reply.words) > PAGES_HEAD_WORDS \
            or not (head.startswith(_ITEM_MARKS) or (len(reply.words) <= PAGES_NAME_WORDS and r.question.kind != PIECE
                                                     and not r.question.in_lines)) \
            or head[-1:] in ".!?" or _names_the_topic(r, t, reply.start, reply.end) or _a_short_answer(reply, r) \
            or not (request_restated(r, t).whole_after_first if reply.stopped_by == "prompt.restated"
                    else r.trail == reply.end):
        return None  # (a piece need not name the topic: a haiku or a slogan before the request said again answers)
    return Evidence(
        "reply.pages_head", 1.0, 1.0, reply.text,
        f"not a reply: what stands before the request said again whole, as a page posts it, names none of its topic "
        f"words, the page's head: '{reply.text}'", ANSWERS,
    )


def _a_short_answer(reply: Reply, r) -> bool:
    """Is the head a short answer of the form asked: a name for a question asking one ("Leonardo da Vinci" for "Who
    painted the Mona Lisa?"), or one word that fits the question ("Paris", "1989", "Yes")?"""
    return r.question.kind == NAME or (len(reply.words) == 1 and word_fits(r.question, reply.words[0]))


def not_the_pages_question(reply: Reply, r, t) -> Evidence | None:
    """A reply part in the asker's voice ("I", "my") or only asking, then questions at most, the last sentence before
    an answer's label alone on its line a question, one of them the prompt's question in other words (see
    _restates_the_question: "I wrote a small program ... How do I terminate the program cleanly?\n\nA:"): a Q&A
    page's question written out, its answer still to come, not a reply. A reply part that says something last,
    then the label, still answers; so does an answer followed by a new question and its label (drift after it)."""
    if not r.plain or not reply.words or not r.turns.answer_headers:
        return None
    header = _ANSWER_HEADER_RE.search(r.lower, reply.end)
    if header is None:
        return None
    units = [u for u in r.units if u.words and u.start >= reply.start and u.end <= header.start()]
    after = [u for u in units if u.start >= reply.end]
    if not units or not asks(units[-1], r.text) or not all(asks(u, r.text) for u in after):
        return None
    if (_ASKER_WORDS.isdisjoint(reply.words) and not all(asks(u, r.text) for u in units)) \
            or not any(asks(u, r.text) and _restates_the_question(r, u) for u in units):
        return None  # an answer, then a new question and its answer's label: a reply, then drift
    return Evidence(
        "reply.pages_question", 1.0, 1.0, reply.text,
        f"not a reply: its last sentence before an answer's label alone on its line is a question, a Q&A page's "
        f"question written out: '{reply.text}'", ANSWERS,
    )


def _restates_the_question(r, unit) -> bool:
    """Does this question name, by their stems, half the content words of the prompt's asking clause or more, two at
    least ("How do I properly terminate the program?" for "How do I terminate a C program?")?"""
    asked = {stem(w) for w in r.question.asked if w not in STOPWORDS and len(w) > 1}
    named = asked.intersection(stem(w) for w in unit.words)
    return len(named) >= 2 and 2 * len(named) >= len(asked)


def understands(reply: Reply, r, t) -> Evidence | None:
    """A reply part that only says it does not understand the request, or does not know (see understanding.py)."""
    if not r.plain or not reply.words:
        return None
    said = not_understood(r, reply.start, reply.end) or (
        not_available(r, reply.start, reply.end) if not _asks_for_those_words(r) else "") \
        or _asked_what_is_meant(r, reply)
    return _only_says("reply.not_understood", said, "only says it does not understand the request or does not know") \
        if said else None


def _asked_what_is_meant(r, reply: Reply) -> str:
    """The reply part when it is only "What do you mean (by that)?", asked back (understanding.asks_what_is_meant), and
    no text that may say it was asked: a reply, a message or a piece to write, a translation, or a rework of a text
    that says it ("Rewrite this more politely: wtf do u mean???"), not one of a text that does not."""
    said = asks_what_is_meant(r, reply.start, reply.end)
    if not said or (_asks_for_text(r) and (r.question.kind != REWRITE or "mean" in words_of(r.prompt.query))):
        return ""
    return said


# A request whose answer may be "Data not available": one about availability ("Is the census data available yet?"), or
# one asking for a text ("What message does the table show when empty?", "Write the label for an empty chart").
_ASKS_FOR_THE_WORDS = frozenset(
    "available availability unavailable disponible disponibles disponibilidad verfügbar disponibile disponibili "
    "disponível text message string label wording placeholder notice caption".split())


def _asks_for_those_words(r) -> bool:
    """Are "Data not available" the words asked for: a translation, a piece, a text or an answer about availability?"""
    return r.question.asks_for_a_translation or r.question.kind == PIECE \
        or not _ASKS_FOR_THE_WORDS.isdisjoint(r.question.words)


def not_asking_for_more(reply: Reply, r, t) -> Evidence | None:
    """A reply part that only says it needs more to go on, or does not understand, and asks for it (see
    understanding.asks_for_more). Not where the text asked for may say it: a message the asker will send ("Write an
    email to my landlord asking when the boiler will be repaired.", echo.written_for_the_asker)."""
    if not r.plain or not reply.words or written_for_the_asker(r.prompt.query):
        return None
    said = asks_for_more(r, reply.start, reply.end)
    return _only_says("reply.asks_for_more", said, "only asks for more to go on") if said else None


def gives_code(reply: Reply, r, t) -> Evidence | None:
    """A request for program text in a named language ("Write a function in Python that ...") answered by a reply
    part with no line of code ("Entering user input... User says "List". ...") gives nothing of what was asked."""
    if not r.plain or not reply.words or not asks_for_code(r.prompt.query) \
            or holds_code(r.text[reply.start : reply.end]):
        return None
    return Evidence(
        "reply.no_code", 0.0, 1.0, reply.text,
        f"no reply: the request asks for code and the reply part holds none: '{reply.text}'",
        ANSWERS,
    )


def text_in_the_string(reply: Reply, r, t) -> Evidence | None:
    """A fill-in-the-middle prompt whose middle is inside a string (a docstring's place between triple quotes) asks for
    text: an output or a reply part that opens on a function's head there ("def add(a, b):\\n    return a + b")
    gives code where the string's words were asked for (the head's colon may read as a label the reply follows)."""
    if not reply.words or "<" not in r.prompt.raw or not fills_a_string(r.prompt.raw) \
            or not (opens_a_definition(r.text) or opens_a_definition(r.text[reply.start : reply.end])):
        return None
    return Evidence(
        "reply.code_for_text", 0.0, 1.0, reply.text,
        f"no reply: the prompt leaves a string to fill (a docstring's place) and the reply part writes a function "
        f"there: '{reply.text}'",
        ANSWERS,
    )


def gives_a_question(reply: Reply, r, t) -> Evidence | None:
    """A request for a question by that name ("Generate a question that has the following answer: ...") answered by
    a reply part that asks nothing ("The context information is: - The movie is about two Irish American ...") gives
    nothing of what was asked."""
    if not r.plain or not reply.words or not asks_for_a_question_by_name(r.asking) \
            or holds_a_question(r.text[reply.start : reply.end]):
        return None
    return Evidence(
        "reply.no_question", 0.0, 1.0, reply.text,
        f"no reply: the request asks for a question and the reply part asks none: '{reply.text}'",
        ANSWERS,
    )


# A thinking model's reasoning block opening the output, its tag alone on the line ("<think>\nOkay, the user is asking
# for ..."): its answer comes after the closing tag (text.REASONING_CLOSES_RE).
_REASONING_OPENS_RE = re.compile(rf"\s*{REASONING_TAG_RE.pattern}[ \t]*(?:\n|\Z)", re.IGNORECASE)
# ... or the answer marked inside it, as a reasoning format asks ("<answer>42</answer>", "\boxed{144}", "Final answer:").
_ANSWER_MARKED_RE = re.compile(r"<answer>|\\boxed\{|^[ \t*#]*(?:final )?answer\b[ \t*]*:", re.IGNORECASE | re.MULTILINE)


def not_only_reasoning(reply: Reply, r, t) -> Evidence | None:
    """An output that opens a reasoning block and never closes it, cut off or looping in it ("... could be "Papa",
    "Papa", "Papa", ..."), gives no answer: the reasoning may weigh candidates, the answer would follow "</think>". Not
    where it marks an answer all the same ("<answer>42</answer>", "\\boxed{144}", "**Answer:** Canberra")."""
    if not _REASONING_OPENS_RE.match(r.output) or REASONING_CLOSES_RE.search(r.output) \
            or _ANSWER_MARKED_RE.search(r.output) or "<think" in r.prompt.query.lower():
        return None  # (a prompt about the tag may be answered by a line opening with it)
    return Evidence(
        "reply.reasoning_only", 0.0, 1.0, reply.text,
        f"no reply: it reasons in a '<think>' block it never closes, and no answer follows it: '{reply.text}'",
        ANSWERS,
    )


# A line wholly in one pair of brackets, round, square or full-width, holding a word ("(In 50 words)", "[Code]",
# "（50語以内で要約）"), not only numbers or letters apart ("[1, 2, 3]", "(x, y)").
_ASIDE_RE = re.compile(r"[(\[\uff08\u3010](?=[^\n]*[^\W\d_]{2})[^()\[\]\uff08\uff09\u3010\u3011\n]*[)\]\uff09\u3011]")


def not_an_aside(reply: Reply, r, t) -> Evidence | None:
    """A reply part that is only an aside in brackets, a note ("(In 50 words or fewer)", "(quote the text)"), before
    a drift: the task's own note, said before a new example of the prompt's format or a loop. A heading over the
    reply ("[INTRO]" and the reply under it) is part of a longer reply part; a word in brackets ("(Paris)", "(B)"),
    a JSON value, and brackets the output writes again later around other words ("[I am tired.]" then "English: [It
    is cold.]") are the model's way of writing its answers (the same note again is a template's placeholder); brackets that are the whole output may hold the value asked for ("[apple,
    fig, pear]", '(println "Hello, world!")', "[Positive]")."""
    text = r.text[reply.start : reply.end].strip()
    if not r.plain or not reply.stopped_by or not _ASIDE_RE.fullmatch(text) or holds_json(text) \
            or len(reply.words) < 2 or any(m.group() != text for m in _ASIDE_RE.finditer(r.text, reply.end)):
        return None  # a word in brackets ("(Paris)"), or other brackets later: the model's way of writing its values
    return Evidence("reply.aside", 0, 1, excerpt(text, 80),
                    f"no reply: the reply part is only an aside in brackets, a note: '{excerpt(text, 80)}'"
                    f"{reply.stop_reason}", ANSWERS)


def not_a_refusal(reply: Reply, r, t) -> Evidence | None:
    """A reply part that declines the request and gives nothing instead (see refusal.py). Not for a translation or
    a rework of a passage the prompt holds: their "I cannot help you" may be the text's."""
    if not r.plain or not reply.words or r.question.kind == TRANSLATION or reworked_passage(r, t):
        return None
    said = declines(r, max(reply.start, reasoning_block_end(r.text)), reply.end)
    return _only_says("reply.refusal", said, "declines the request and says nothing else") if said else None


def not_about_the_question(reply: Reply, r, t) -> Evidence | None:
    """A reply part that only talks about the question ("This question asks how ...", "この質問は、「...」です。"),
    see about_the_question.py."""
    if not r.plain or not reply.words:
        return None
    said = only_about_the_question(r, reply.start, reply.end)
    return _only_says("reply.about_the_question", said, "only talks about the question, it does not answer it") \
        if said else None


def not_only_taking_it_on(reply: Reply, r, t) -> Evidence | None:
    """A reply part that is the whole output and only takes the task on ("Great, let's get started!", "I can help
    with that."), see taking_on.py. Before a drift it may be no more than a line: the task may follow it, done under
    a stray label ("Great, let's get started!\nAssistant:\n<thought> To solve this problem, we need ...")."""
    if not r.plain or not reply.words or reply.stopped_by:
        return None
    said = only_takes_it_on(r, reply.start, reply.end)
    return _only_says("reply.takes_it_on", said, "only takes the task on, it does not do it") if said else None


def _only_says(measure: str, said: str, what: str) -> Evidence:
    """The evidence of a reply part that only says one thing in the replier's role (does not understand, declines,
    talks about the question): its first such sentence."""
    return Evidence(measure, 1.0, 1.0, said, f"no reply: it {what}: '{excerpt(said, 80)}'", ANSWERS)
