"""The judge: does an output answer its prompt, does it drift, and why.

``answers`` — the output addresses the question. It has a *reply part*: the text after a short
continuation of the prompt's sentence (if any) and before the first sign of drift. For a plain
question the reply part must be words of its own (not an echo), name the question's topic, not
speak in the asker's voice, and be most of the output or a paragraph long. For a dialogue it is the
output's first turn, in the role the transcript left open, and must say something new (not a
stitching of earlier lines); what follows it does not undo it.

``drifts`` — the output wanders away from being a reply: a loop, the prompt echoed, restated as
more prompts or continued at length, another speaker's turns written out, the chat template's
markers echoed, the asker's voice, or a slide off topic. Any one is enough.

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

from collections.abc import Callable
from dataclasses import dataclass

from why_finetune.judges import dialogue as dlg
from why_finetune.judges.echo import (
    echo_coverage,
    find_continuation,
    find_questions,
    find_restated,
    find_voice,
)
from why_finetune.judges.loops import find_loops
from why_finetune.judges.text import all_words, clean_output, excerpt, parse_prompt, split_units, words_between
from why_finetune.judges.thresholds import Thresholds
from why_finetune.judges.topic import find_topic, topic_re, topic_words
from why_finetune.judges.verdict import ANSWERS, DRIFTS, Evidence, PairVerdict, Verdict

DEFAULT_THRESHOLDS = Thresholds()


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _examples(items: tuple[str, ...]) -> str:
    return ", e.g. " + "; ".join(f"'{e}'" for e in items) if items else ""


@dataclass
class _Drift:
    """A drift measure's outcome. The span and message are built only for evidence that is
    shown (building them for every measure of every output would cost more than measuring)."""

    measure: str
    value: float
    threshold: float
    describe: Callable[[], tuple[str, str]]  # -> (span, message)
    onset: int | None  # where the reply part must end because of it
    held: bool = False  # at or over its threshold, but a second condition (a minimum count) is not met

    @property
    def ratio(self) -> float:
        if self.held:
            return 0.99
        return self.value / self.threshold if self.threshold else float(self.value > 0)

    def evidence(self, prefix: str = "") -> Evidence:
        span, message = self.describe()
        if self.held:
            message += "; its second condition is not met, so this is not drift"
        return Evidence(self.measure, float(self.value), float(self.threshold), span, prefix + message, DRIFTS)


def judge(prompt: str, output: str, thresholds: Thresholds | None = None) -> Verdict:
    """Judge one output against the prompt that produced it (raw or chat-templated)."""
    if not isinstance(prompt, str) or not isinstance(output, str):
        raise TypeError("judge(prompt, output): both must be str")
    t = thresholds or DEFAULT_THRESHOLDS
    p = parse_prompt(prompt)
    dialogue = dlg.parse_dialogue(p.query)
    cleaned = clean_output(output)
    text, lower = cleaned.text, cleaned.lower
    scores: dict[str, float] = {}
    triggered: list[_Drift] = []
    near: list[_Drift] = []

    def drift(measure: str, value: float, threshold: float, describe, onset: int | None = None, *, gate=True):
        """Record a drift measure. `gate` False: a second condition (such as a minimum count) is
        not met, so the measure does not trigger whatever its value."""
        over = value >= threshold
        item = _Drift(measure, value, threshold, describe, onset, held=over and not gate)
        (triggered if over and gate else near).append(item)

    labels = dialogue.speakers if dialogue else dlg.USER_SIDE_LABELS
    units = split_units(cleaned, labels)
    words = all_words(units)
    total = len(words)

    # Template markers --------------------------------------------------------------------------
    # Every echoed marker is drift. The reply part ends at the first marker that follows words:
    # markers before the first word ("[/INST] Sure! ...") do not stop a reply from following.
    markers = cleaned.markers
    scores["template.markers"] = len(markers)
    if markers:
        first_word = units[0].start if units else len(lower)
        stop = next((m.start for m in markers if m.start > first_word), None)
        drift(
            "template.markers",
            len(markers),
            t.template_markers,
            lambda: (
                markers[0].text,
                f"echoes the chat template: {len(markers)} marker(s) "
                + ", ".join(dict.fromkeys(repr(m.text) for m in markers[:20]))
                + f" in the output, first at character {markers[0].start} (threshold {t.template_markers})",
            ),
            stop,
        )
    if total == 0:
        return _empty_verdict(output, cleaned, scores, triggered, t)

    # Loops ---------------------------------------------------------------------------------------
    loops = find_loops(
        units, words, near_duplicate=t.loop_near_duplicate, onset_density=t.loop_onset_density, min_repeats=t.loop_min_repeats
    )
    scores["loop.unit_repeat"] = loops.unit_repeat
    scores["loop.ngram_repeat"] = loops.ngram_repeat

    def describe_units():
        shape, count = loops.pattern
        return shape, (
            f"loops: {_pct(loops.unit_repeat)} of the words are in lines repeating an earlier line "
            f"({loops.repeated_units} lines; threshold {_pct(t.loop_unit_repeat)} and {t.loop_min_repeats} lines)"
            + (f"; the line pattern '{shape}' occurs {count} times" if shape else "")
        )

    def describe_ngrams():
        gram, count = loops.top_ngram
        return gram, (
            f"loops: {_pct(loops.ngram_repeat)} of its three-word sequences occurred earlier "
            f"(threshold {_pct(t.loop_ngram_repeat)})" + (f"; '{gram}' occurs {count} times" if gram else "")
        )

    drift(
        "loop.unit_repeat",
        loops.unit_repeat,
        t.loop_unit_repeat,
        describe_units,
        loops.onset,
        gate=loops.repeated_units >= t.loop_min_repeats,
    )
    drift("loop.ngram_repeat", loops.ngram_repeat, t.loop_ngram_repeat, describe_ngrams, loops.onset)
    scores["loop.tail_lines"] = loops.tail_count

    def describe_tail():
        start = excerpt(text[loops.onset :], 50) if loops.onset is not None else ""
        return loops.tail_pattern, (
            f"loops at the end: from character {loops.onset} ('{start}', the last {_pct(loops.tail_share)} of "
            f"the words) the line pattern '{loops.tail_pattern}' occurs {loops.tail_count} times "
            f"(threshold {t.loop_tail_lines}); {loops.tail_units} lines there repeat an earlier line"
        )

    drift("loop.tail_lines", loops.tail_count, t.loop_tail_lines, describe_tail, loops.onset)

    # Other speakers' turns -------------------------------------------------------------------------
    turns = dlg.find_turns(cleaned, dialogue)
    scores["turns.other_speaker"] = turns.other_turns
    who = (
        f"a speaker other than {dialogue.role_label}"
        if dialogue is not None
        else "the asker (a user-side label such as 'User:' or 'Q:')"
    )
    drift(
        "turns.other_speaker",
        turns.other_turns,
        t.other_turns,
        lambda: (
            turns.first_other,
            f"writes other speakers' turns: {turns.other_turns} line(s) spoken by {who} "
            f"(threshold {t.other_turns})" + (f", first '{turns.first_other}'" if turns.first_other else ""),
        ),
        turns.first_other_at,
    )

    # The prompt coming back ------------------------------------------------------------------------
    prompt_text = p.text
    cont = find_continuation(p.query, cleaned) if dialogue is None else None
    cont_end = cont.end if cont else 0
    own_words = words_between(units, lower, cont_end, len(lower)) if cont_end else words
    whole_echo = echo_coverage(prompt_text, own_words, loops.__dict__["grams"] if own_words is words else None)
    scores["prompt.echo"] = whole_echo
    drift(
        "prompt.echo",
        whole_echo,
        t.prompt_echo,
        lambda: (
            excerpt(text[cont_end:], 60),
            f"echoes the prompt: {_pct(whole_echo)} of the output's words are copied from the prompt in "
            f"three-word sequences (threshold {_pct(t.prompt_echo)}): '{excerpt(text[cont_end:], 60)}'",
        ),
    )

    voice = None
    if dialogue is None:
        scores["prompt.continuation"] = cont.words
        drift(
            "prompt.continuation",
            cont.words,
            t.continuation_words,
            lambda: (
                cont.text,
                f"continues the prompt's sentence for {cont.words} word(s) (threshold {t.continuation_words})"
                + (f": '{cont.text}'" if cont.text else ""),
            ),
        )
        restated = find_restated(p.query, units, t.restated_max_change)
        scores["prompt.restated"] = restated.count
        drift(
            "prompt.restated",
            restated.count,
            t.restated,
            lambda: (
                restated.examples[0] if restated.examples else "",
                f"restates the question as more prompts: {restated.count} line(s) are the question with a "
                f"few words changed (threshold {t.restated})" + _examples(restated.examples),
            ),
            restated.first_at,
        )
        stems, shown = topic_words(p.query)
        questions = find_questions(units, topic_re(stems) if stems else None, total, text)
        scores["prompt.questions"] = questions.share
        drift(
            "prompt.questions",
            questions.share,
            t.prompt_questions,
            lambda: (
                questions.examples[0] if questions.examples else "",
                f"asks instead of answering: {_pct(questions.share)} of the words are in {questions.count} "
                f"on-topic question(s) (threshold {_pct(t.prompt_questions)} and 3 questions)"
                + _examples(questions.examples),
            ),
            questions.first_at,
            gate=questions.count >= 3,
        )
        voice = find_voice(p.query, cleaned)
        if voice.things:
            scores["prompt.asker_voice"] = voice.share
            thing = voice.things[0]
            drift(
                "prompt.asker_voice",
                voice.share,
                t.asker_voice,
                lambda: (
                    voice.example,
                    f"speaks in the asker's voice: {voice.asker} of {voice.asker + voice.replier} mention(s) "
                    f"say 'my {thing}' rather than 'your {thing}' (threshold {_pct(t.asker_voice)} and "
                    f"{t.asker_voice_min} mentions), first '{voice.example}'",
                ),
                gate=voice.asker >= t.asker_voice_min,
            )

    # Where the reply part ends -----------------------------------------------------------------
    # (offset, why) of every place the reply part must stop; the earliest wins.
    stops: list[tuple[int, str]] = []
    topic = None
    if dialogue is None:
        body_start = cont_end
        if cont is not None and cont.end and cont.end >= len(lower.rstrip()):
            stops.append((cont.end, "the whole output continues the prompt's sentence"))
        stops.extend((d.onset, _STOP_WHY[d.measure]) for d in triggered if d.onset is not None)
        body_end = min((o for o, _ in stops), default=len(lower))
        topic = find_topic(p.query, lower, units, body_start, max(body_start, body_end), total)
        if topic.words:
            scores["topic.trailing_gap"] = topic.gap_share
            never = topic.gap_start == 0
            min_words = t.off_topic_words if never else t.topic_gap_words
            drift(
                "topic.trailing_gap",
                topic.gap_share,
                t.topic_gap_share,
                lambda: (
                    excerpt(text[topic.gap_start :], 60),
                    (
                        f"off topic: its {topic.gap_words} words never name "
                        if never
                        else f"slides off topic: the last {topic.gap_words} words ({_pct(topic.gap_share)} of "
                        "the output) name none of "
                    )
                    + ", ".join(topic.words)
                    + f" (threshold {min_words} words and {_pct(t.topic_gap_share)}): "
                    + f"'{excerpt(text[topic.gap_start :], 60)}'",
                ),
                topic.gap_start,
                gate=topic.gap_words >= min_words,
            )
            if triggered[-1:] and triggered[-1].measure == "topic.trailing_gap":
                stops.append((topic.gap_start, _STOP_WHY["topic.trailing_gap"]))
    else:
        body_start = turns.first_turn_start
        if turns.first_turn_end < len(lower):
            stops.append((turns.first_turn_end, "its first turn ends at the next speaker label"))
        stops.extend(
            (d.onset, _STOP_WHY[d.measure])
            for d in triggered
            if d.onset is not None and d.measure != "turns.other_speaker"
        )
    stop_at, stop_why = min(stops, default=(len(lower), ""))
    body_end = max(body_start, stop_at)
    stop_reason = f"; {stop_why} at character {stop_at}" if stop_why else ""

    body_words = words_between(units, lower, body_start, body_end)
    n_body = len(body_words)
    share = n_body / total
    body_echo = echo_coverage(prompt_text, body_words)
    scores["reply.words"] = n_body
    scores["reply.share"] = share
    scores["reply.echo"] = body_echo
    body_text = excerpt(text[body_start:body_end], 80)

    # Answers -------------------------------------------------------------------------------------
    fails: list[Evidence] = []
    if n_body < t.answer_min_words:
        what = "empty" if n_body == 0 else f"only {n_body} word(s): '{body_text}'"
        fails.append(
            Evidence(
                "reply.words",
                n_body,
                t.answer_min_words,
                body_text,
                f"no reply: the reply part is {what} (needs {t.answer_min_words} words){stop_reason}",
                ANSWERS,
            )
        )
    else:
        if body_echo >= t.echo_max:
            fails.append(
                Evidence(
                    "reply.echo",
                    body_echo,
                    t.echo_max,
                    body_text,
                    f"the reply part only echoes the prompt: {_pct(body_echo)} of its words are copied from it "
                    f"(threshold {_pct(t.echo_max)}): '{body_text}'",
                    ANSWERS,
                )
            )
        if dialogue is None and share < t.answer_min_share and n_body < t.answer_full_words:
            fails.append(
                Evidence(
                    "reply.share",
                    share,
                    t.answer_min_share,
                    body_text,
                    f"the reply part is only {n_body} words, {_pct(share)} of the output (needs "
                    f"{_pct(t.answer_min_share)} or {t.answer_full_words} words){stop_reason}: '{body_text}'",
                    ANSWERS,
                )
            )
    if topic is not None and topic.words:
        scores["reply.topic_hits"] = topic.hits
        # A short reply gets the benefit of the doubt ("It's fascinating."), unless the output
        # started by finishing the prompt's sentence: then it is more likely the asker's text
        # going on (". I want to make sure she's prepared for the day.") than a reply.
        continued = cont is not None and cont.end > 0
        if (n_body >= t.topic_check_words or continued) and n_body and topic.hits < t.topic_min_hits:
            after = " after finishing the prompt's sentence" if continued else ""
            fails.append(
                Evidence(
                    "reply.topic_hits",
                    topic.hits,
                    t.topic_min_hits,
                    body_text,
                    f"off topic: the reply part{after} names none of the question's words "
                    f"({', '.join(topic.words)}): '{body_text}'",
                    ANSWERS,
                )
            )
    if voice is not None and voice.things and voice.asker >= t.asker_voice_min and voice.share >= t.asker_voice:
        fails.append(
            Evidence(
                "prompt.asker_voice",
                voice.share,
                t.asker_voice,
                voice.example,
                f"not a reply: it speaks as the asker ('my {voice.things[0]}' {voice.asker} times, "
                f"'your {voice.things[0]}' {voice.replier} times; threshold {_pct(t.asker_voice)}), "
                f"first '{voice.example}'",
                ANSWERS,
            )
        )

    answers = not fails
    is_drift = bool(triggered)
    evidence: list[Evidence] = []
    if answers:
        named = ""
        if topic is not None and topic.hit_words:
            named = ", naming " + ", ".join(f"'{w}'" for w in topic.hit_words[:4])
        role = f" in the {dialogue.role_label} role" if dialogue is not None else ""
        evidence.append(
            Evidence(
                "reply.words",
                n_body,
                t.answer_min_words,
                body_text,
                f"replies{role}: a reply part of {n_body} words ({_pct(share)} of the output){named}, "
                f"{_pct(body_echo)} copied from the prompt: '{body_text}'",
                ANSWERS,
            )
        )
    else:
        evidence.extend(fails)
    if is_drift:
        triggered.sort(key=lambda d: -d.ratio)
        evidence.extend(d.evidence() for d in triggered)
    elif near:
        evidence.append(max(near, key=lambda d: d.ratio).evidence("no drift; closest measure: "))
    scores["reply.score"] = 0.5 * answers + 0.25 * (not is_drift) + (0.25 * share if answers else 0.0)
    return Verdict(answers, is_drift, {k: float(v) for k, v in scores.items()}, evidence)


_STOP_WHY = {
    "loop.unit_repeat": "it ends where a loop starts",
    "loop.tail_lines": "it ends where a loop starts",
    "loop.ngram_repeat": "it ends where a loop starts",
    "template.markers": "it ends where a chat-template marker starts",
    "turns.other_speaker": "it ends where another speaker's turn starts",
    "prompt.restated": "it ends where the question is restated",
    "prompt.questions": "it ends where more questions start",
    "topic.trailing_gap": "it ends where the text goes off topic",
}


def _empty_verdict(output: str, cleaned, scores: dict[str, float], drifts: list[_Drift], t: Thresholds) -> Verdict:
    if not output:
        what = "the output is empty"
    elif not output.strip():
        what = "the output is only whitespace"
    elif cleaned.markers and not cleaned.text.strip():
        what = "the output is only chat-template markers"
    else:
        what = f"the output has no words: '{excerpt(output, 40)}'"
    scores.update({"reply.words": 0.0, "reply.share": 0.0, "reply.echo": 0.0, "reply.score": 0.0})
    evidence = [Evidence("reply.words", 0.0, t.answer_min_words, "", f"no reply: {what}", ANSWERS)]
    if drifts:
        evidence.extend(d.evidence() for d in drifts)
    else:
        evidence.append(
            Evidence("reply.words", 0.0, t.answer_min_words, "", f"no drift: {what}, nothing to drift", DRIFTS)
        )
    return Verdict(False, bool(drifts), {k: float(v) for k, v in scores.items()}, evidence)


def compare_pair(
    prompt_base: str,
    output_base: str,
    prompt_chat: str,
    output_chat: str,
    thresholds: Thresholds | None = None,
) -> PairVerdict:
    """Does the chat output answer better than the base output? Both are judged; the chat is better
    when its reply score beats the base's by more than ``pair_margin``."""
    t = thresholds or DEFAULT_THRESHOLDS
    base = judge(prompt_base, output_base, t)
    chat = judge(prompt_chat, output_chat, t)
    b, c = base.reply_score, chat.reply_score
    better = c - b > t.pair_margin
    verb = "answers better than" if better else "does not answer better than"
    message = (
        f"chat {verb} base: reply score chat {c:.2f} vs base {b:.2f} (margin needed {t.pair_margin:.2f})\n"
        f"  chat: {chat.summary()}\n"
        f"  base: {base.summary()}"
    )
    return PairVerdict(better, b, c, message, base, chat)
