"""The judge: does an output answer its prompt, does it drift, and why.

``answers`` — the output addresses the question. It has a *reply part* (see reply.py): the text
after a short continuation of the prompt's sentence (if any) and before the first sign of drift.
For a plain question the reply part must be words of its own (not an echo), name the question's
topic, not speak in the asker's voice, not be a Q&A thread, be text (not an error message,
placeholder or gibberish), and be most of the output or a paragraph long, or a direct answer to a
yes/no or number question; one word is enough when its form fits the question ("Paris."). For a
dialogue it is the output's first turn, in the role the transcript left open, and must say
something new (not a stitching of earlier lines); what follows it does not undo it.

``drifts`` — the output wanders away from being a reply: a loop, the prompt echoed, restated as
more prompts, continued at length or with more questions, another speaker's turns or a Q&A thread
written out, the chat template's markers echoed, the asker's voice, or a slide off topic. Any one
is enough.

Each measure is a small unit in the module of its concept, listed in measures.py; this module runs
them and puts the verdict together.

Decisions for the course's dialogue (Agent/Customer about the missing blanket), documented here
because the spec leaves them to the judge:

* Llama-2-7b base writes "I'm sorry to hear that but I'm here to help." and then both sides. It
  *drifts* (it writes the customer's lines) and does *not answer*: its first turn is stitched from
  the agent's own earlier lines ("I'm sorry to hear that", "I'm here to help"), 90% of its words
  copied from the transcript; it does not move the conversation.
* Llama-2-7b-chat writes a good agent turn ("I see. Can you please provide me with your order
  number ...") and then both sides, then narrates the scene. It *answers* (its first turn is a reply
  in the agent's role) and it *drifts* (it writes the customer's lines): both are true, and the
  verdict says both. compare_pair still ranks it above the base output, whose score is near 0.

``reply.score`` (used by compare_pair) = 0.5 if it answers + 0.25 if it does not drift + (if it
answers) 0.25 x the reply part's share of the output. A clean answer scores 1; a good answer that
loops in its last third about 0.67; a good dialogue turn followed by both sides about 0.55; an empty
output 0.25 (it neither answers nor drifts); a loop from the first line 0.
"""

from __future__ import annotations

import re

from why_finetune.judges.broken import broken_characters
from why_finetune.judges.choices import states_an_option
from why_finetune.judges.code import code_for_another_language, completes_the_code
from why_finetune.judges.echo import echo_words, passage_work
from why_finetune.judges.loops import find_wordless_loop, find_wordless_run
from why_finetune.judges.measures import ANSWER_CHECKS, DRIFT_MEASURES
from why_finetune.judges.passage import works_on_the_passage
from why_finetune.judges.question import is_a_pick
from why_finetune.judges.reading import Reading
from why_finetune.judges.reply import find_reply
from why_finetune.judges.template import template_markers
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import Thresholds, threshold
from why_finetune.judges.topic import (
    named_in_another_form,
    names_by_shared_stem,
    names_the_questions_numbers,
    topic_text,
    topic_words_for,
)
from why_finetune.judges.verdict import ANSWERS, DRIFTS, Evidence, PairVerdict, Verdict

threshold(
    "pair_margin", 0.1,
    """compare_pair: the chat output answers better when its reply score exceeds the base's by
    more than this. Equal scores (both answer cleanly, or both drift) are not "better".""",
)

DEFAULT_THRESHOLDS = Thresholds()


def judge(prompt: str, output: str, thresholds: Thresholds | None = None) -> Verdict:
    """Judge one output against the prompt that produced it (raw or chat-templated)."""
    if not isinstance(prompt, str) or not isinstance(output, str):
        raise TypeError("judge(prompt, output): both must be str")
    t = thresholds or DEFAULT_THRESHOLDS
    r = Reading(prompt, output, t)
    if r.total == 0:
        return _empty_verdict(r, t)
    findings = [f for f in (measure(r, t) for measure in DRIFT_MEASURES) if f is not None]
    holding = [f for f in findings if f.holds]
    reply = find_reply(r, t, holding)
    fails = [e for e in (check(reply, r, t) for check in ANSWER_CHECKS) if e is not None]

    scores = {f.measure: float(f.value) for f in findings}
    scores["reply.words"] = float(len(reply.words))
    scores["reply.share"] = reply.share
    scores["reply.echo"] = reply.echo
    if reply.topic is not None:
        scores["reply.topic_hits"] = float(reply.topic.hits)

    answers = not fails
    drifts = bool(holding)
    evidence: list[Evidence] = [_reply_evidence(reply, r, t)] if answers else fails
    if drifts:
        evidence.extend(f.evidence() for f in sorted(holding, key=lambda f: -f.ratio))
    else:
        near = [f for f in findings if f.measure != "template.markers" or f.value]
        if near:
            evidence.append(max(near, key=lambda f: f.ratio).evidence("no drift; closest measure: "))
    scores["reply.score"] = 0.5 * answers + 0.25 * (not drifts) + (0.25 * reply.share if answers else 0.0)
    return Verdict(answers, drifts, scores, evidence)


def _reply_evidence(reply, r, t) -> Evidence:
    named = ""
    if reply.topic is not None and reply.topic.hit_words:
        named = ", naming " + ", ".join(f"'{w}'" for w in reply.topic.hit_words[:4])
    role = f" in the {r.dialogue.role_label} role" if r.dialogue is not None else ""
    direct = f", a direct answer to a {r.question.kind} question" if reply.direct else ""
    if r.plain and is_a_pick(r.question, tuple(reply.words)):
        direct += ", one of the options the question offers"
    elif states_an_option(r, reply.start, reply.end):
        direct += ", one of the options the question offers, said in its words"
    if reply.value is not None:
        how = ("picked from the list the prompt's input gives" if reply.value.from_list
               else "picked from the prompt's options" if reply.value.picked else "its own words")
        direct += f", a value for the prompt's open field ({how})"
    if r.plain:
        left_out = topic_words_for(topic_text(r.prompt), r.lower[reply.start : reply.end])[2]
        if left_out:
            named += f", not held to the question's words in a script it does not write ({', '.join(left_out[:4])})"
        if reply.topic is not None and reply.topic.hits and names_by_shared_stem(
                r.prompt.query, r.lower[reply.start : reply.end], t.cognate_letters):
            named += (f", in another language than the question's: its words named by a shared stem of "
                      f"{t.cognate_letters} letters")
        if reply.topic is not None and reply.topic.hits:
            forms = named_in_another_form(r.prompt.query, r.lower[reply.start : reply.end], t.inflection_letters)
            if forms:
                named += ", the question's words named in another form (" + ", ".join(
                    f"'{said}' for '{asked}'" for said, asked in forms[:3]) + ")"
        numbers = (names_the_questions_numbers(r.question.words, r.lower[reply.start : reply.end])
                   if reply.topic is not None and not reply.topic.hits else ())
        if numbers:
            named += f", on topic by the question's numbers it names ({', '.join(numbers[:6])})"
        if code_for_another_language(r, r.text[reply.start : reply.end], t):
            named += ", code: its identifiers need not name the words of a question in another language than English"
        elif completes_the_code(r, r.text[reply.start : reply.end]):
            named += ", the body of the function the prompt leaves open: its identifiers need not name the docstring's words"
    if r.plain and r.continuation.rewrite:
        named += ", the prompt's last line begun again and changed (a rewrite of it, not its continuation)"
    if r.plain and reply.echo >= t.echo_max:
        work = works_on_the_passage(r.prompt.query, echo_words(r, reply.start, reply.end), t,
                                   r.passage.worked_on)
        if work is not None:
            named += ", " + passage_work(work, t)
    if r.passage.fields and reply.echo >= t.echo_max:
        named += ", its copied words from the passage the prompt's fields hold (work on it, not an echo)"
    n = len(reply.words)
    return Evidence(
        "reply.words", n, t.answer_min_words, reply.text,
        f"replies{role}: a reply part of {n} words ({reply.share * 100:.0f}% of the output){direct}{named}, "
        f"{reply.echo * 100:.0f}% copied from the prompt: '{reply.text}'",
        ANSWERS,
    )


def _empty_verdict(r: Reading, t: Thresholds) -> Verdict:
    output, cleaned = r.output, r.cleaned
    if not output:
        what = "the output is empty"
    elif not output.strip():
        what = "the output is only whitespace"
    elif cleaned.markers and not cleaned.text.strip():
        what = "the output is only chat-template markers"
    else:
        what = f"the output has no words: '{excerpt(output, 40)}'"
    markers = template_markers(r, t)
    loop = find_wordless_loop(cleaned.text)
    run = find_wordless_run(cleaned.text, t.loop_wordless_copies)
    looping = loop.repeats >= t.loop_min_repeats
    copies = run.repeats + 1 if run.repeats else 0  # the run's copies, its first among them
    scores = {"template.markers": float(markers.value), "loop.wordless_lines": float(loop.repeats),
              "loop.wordless_run": float(copies), "reply.words": 0.0, "reply.share": 0.0, "reply.echo": 0.0,
              "reply.score": 0.0}
    pictures = _asked_for_emoji(r)
    if pictures:
        shown = excerpt(output.strip(), 40)
        evidence = [Evidence("reply.words", 0.0, t.answer_min_words, shown,
                             f"replies: emoji, as the request asks, though no words: '{shown}'", ANSWERS)]
    else:
        evidence = [Evidence("reply.words", 0.0, t.answer_min_words, "", f"no reply: {what}", ANSWERS)]
    if markers.holds:
        evidence.append(markers.evidence())
    if looping:
        evidence.append(Evidence(
            "loop.wordless_lines", float(loop.repeats), t.loop_min_repeats, loop.line,
            f"loops: the line '{excerpt(loop.line, 20)}' comes back {loop.repeats} times (threshold "
            f"{t.loop_min_repeats}), in an output with no words", DRIFTS))
    if copies and not looping:
        evidence.append(Evidence(
            "loop.wordless_run", float(copies), t.loop_wordless_copies, run.line,
            f"loops: '{run.line}' is said {copies} times back to back (threshold "
            f"{t.loop_wordless_copies}), in an output with no words", DRIFTS))
        looping = True
    broken = broken_characters(r, t)  # only bytes that are no text: a decoding broken, no empty reply
    if broken.holds:
        evidence.append(broken.evidence())
        looping = True
    if not markers.holds and not looping:
        evidence.append(Evidence("reply.words", 0.0, t.answer_min_words, "", f"no drift: {what}, nothing to drift", DRIFTS))
    drifts = markers.holds or looping
    if pictures:
        scores["reply.share"] = 1.0  # the whole output is the reply
        scores["reply.score"] = 0.5 + 0.25 * (not drifts) + 0.25  # as judge() scores an answer
    return Verdict(pictures, drifts, scores, evidence)


# A request for emoji in the languages the judges read: "Use emojis", "Antworte mit Emojis", "用表情符号", "絵文字で",
# "이모지로" ("表情" alone is a face's expression); not "Do not use emojis".
_EMOJI_REQUEST_RE = re.compile(r"emoji|emoticon|smiley|表情符号|絵文字|이모지|이모티콘", re.IGNORECASE)
_NO_EMOJI_RE = re.compile(r"\b(?:no|not|don't|never|without)\s+(?:use\s+|using\s+|any\s+)*(?:emoji|emoticon)",
                          re.IGNORECASE)
# A pictograph: the symbols and dingbats (☀ ★ ♥ ✨), arrows' and stars' extra block (⭐), the emoji planes.
_PICTURE_RE = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


def _asked_for_emoji(r: Reading) -> bool:
    """Does the request ask for emoji, and does the output hold one ("🐱", "★")? Then an output with no words is what
    was asked for ("🏖️☀️🍹" for "Describe a weekend in emojis")."""
    query = r.prompt.query
    return bool(_EMOJI_REQUEST_RE.search(query)) and not _NO_EMOJI_RE.search(query) \
        and _PICTURE_RE.search(r.output) is not None


def compare_verdicts(base: Verdict, chat: Verdict, thresholds: Thresholds | None = None) -> PairVerdict:
    """Does the chat output answer better than the base output? Compares two verdicts already
    given (no judging): the chat is better when its reply score beats the base's by more than
    ``pair_margin``."""
    t = thresholds or DEFAULT_THRESHOLDS
    b, c = base.reply_score, chat.reply_score
    better = c - b > t.pair_margin
    verb = "answers better than" if better else "does not answer better than"
    message = (
        f"chat {verb} base: reply score chat {c:.2f} vs base {b:.2f} (margin needed {t.pair_margin:.2f})\n"
        f"  chat: {chat.summary()}\n"
        f"  base: {base.summary()}"
    )
    return PairVerdict(better, b, c, message, base, chat)


def compare_pair(
    prompt_base: str,
    output_base: str,
    prompt_chat: str,
    output_chat: str,
    thresholds: Thresholds | None = None,
) -> PairVerdict:
    """Judge both outputs, then compare_verdicts."""
    return compare_verdicts(judge(prompt_base, output_base, thresholds), judge(prompt_chat, output_chat, thresholds),
                            thresholds)
