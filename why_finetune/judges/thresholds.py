"""Thresholds: every number a verdict depends on, with its default and the reason for it.

Defaults were set from what the measures mean and how far apart the two populations lie (greedy
loops, echoes and transcripts vs. chat answers and ordinary prose), then checked against the
August 2023 course outputs, against constructed cases (tests/judges/test_hard_cases.py) and
against 4,000-character windows of English prose that does not loop (the Python reference manual,
stdlib pydoc_data). They were not fitted to the course texts: those sit far from every threshold,
so a refreshed output that loops a bit less or answers a bit worse gets the same verdict.
tests/judges/test_calibration_course_outputs.py checks the margin: the base verdicts hold with the
drift thresholds 1.5x stricter, the chat verdicts with the loop and echo thresholds halved.

Override per pair or per query with ``Thresholds.from_mapping({...})`` or
``thresholds.with_overrides({...})``; unknown names are rejected so a typo in a catalogue cannot
silently leave a default in place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Thresholds:
    # --- answers: the reply part --------------------------------------------------------------
    # The reply part is the output between a short continuation of the prompt's sentence (if any)
    # and the first sign of drift (a loop's start, an echoed template marker, another speaker's
    # line, a restated prompt, a slide off topic).

    answer_min_words: int = 2
    """The reply part needs at least this many words. Two, not more: "It's fascinating." is a
    reply, and for a dialogue "Okay, let me check." is a full turn."""

    answer_min_share: float = 0.5
    """For a plain question, the reply part must be at least this share of the output's words,
    or at least ``answer_full_words`` long. A base model that says one plausible sentence and then
    loops for a page has not answered, it has drifted; a chat answer that degrades in its last
    lines still has most of its words in the reply."""

    answer_full_words: int = 40
    """A reply part this long (two or three full sentences, a short paragraph) counts as an
    answer whatever follows it. One plausible sentence before a loop is 8-20 words."""

    echo_max: float = 0.6
    """The reply part is an echo, not a reply, when at least this share of its words lies in
    three-word sequences copied from the prompt. Answers that reuse the question's words sit below
    0.3 ("To train your dog to sit ..." copies one sequence); an agent turn that recycles the
    agent's earlier lines and adds a question of its own about 0.5; an echo 0.8-1.0 (Llama-2-7b's
    "I'm sorry to hear that but I'm here to help." is 0.9)."""

    topic_min_hits: int = 1
    """For a plain question, the reply part must name a topic word of the question at least this
    many times (see topic.py) ..."""

    topic_check_words: int = 12
    """... when it is at least this many words long, or when the output began by finishing the
    prompt's sentence. "It's fascinating." answers "What do you think of Mars?" without naming Mars:
    a reply that short cannot be judged off topic by its words. But ". I want to make sure she's
    prepared for the day." (SmolLM2-135M-Instruct given the raw dog request) starts by closing the
    asker's sentence and goes on as the asker: there the topic check applies whatever the length."""

    # --- drifts ----------------------------------------------------------------------------------

    loop_unit_repeat: float = 0.5
    """Drift when at least this share of the output's words is in lines/sentences repeating an
    earlier one (same first three words, same last three, or mostly the same three-word
    sequences). Chat answers and prose: 0-0.3 (openers such as "If a name" and endings such as
    "a code block" recur by chance; 0.39 in the most formulaic section of the Python reference;
    course chat outputs 0-0.28). Greedy loops: 0.8-1.0 (course base outputs 0.80-0.87). Half the
    output is the midpoint."""

    loop_tail_lines: int = 5
    """Drift when, in the loop region (from the loop's start to the end of the output, where at
    least ``loop_onset_density`` of the words are in repeating lines), one line pattern occurs at
    least this many times: a loop that takes over the end of a long, otherwise good answer. Two or
    three repeats near the token limit are a small chat model's stutter; formulaic prose ("This
    operation can be customized using ...") repeats a pattern three or four times, not five."""

    loop_ngram_repeat: float = 0.35
    """Drift when at least this share of three-word sequences occurred earlier in the output.
    Chat answers and prose: under 0.25 (course chat outputs 0.01-0.12, Python reference prose at
    most 0.21); greedy loops 0.4-1.0 (course base outputs 0.43-0.54)."""

    loop_min_repeats: int = 3
    """A loop needs at least this many repeating lines ("again and again": a line said four
    times, or several lines said twice), so that two or three lines of a short output that
    happen to start alike are not a loop."""

    loop_near_duplicate: float = 0.6
    """A line repeats an earlier one if at least this share of its three-word sequences occurred
    before (catches loops that change the first and last words)."""

    loop_onset_density: float = 0.7
    """The loop region starts at the earliest loop line from which at least this share of the
    remaining words are in repeating lines (the loop itself then starts at its first repeating
    line, or at the line that one repeats if it is just before: see loops.py). Text before it is
    the candidate reply. 0.7 and not 0.5: formulaic prose reaches half in stretches, loops stay
    above 0.8."""

    template_markers: int = 1
    """Drift when the output contains at least this many chat-template markers ([INST], <s>,
    <|im_start|>, <start_of_turn>, <|...|>). A trailing end-of-turn marker (</s>, <|im_end|>) is
    where a reply should stop and is not counted."""

    other_turns: int = 1
    """Drift when at least this many lines are opened by another speaker's label (the customer's
    line written out; "User:"/"Q:" after an answer to a plain question)."""

    restated: int = 3
    """Drift when at least this many lines restate the question with a few words changed
    ("Tell me how to train my dog to stay."). A chat answer may head itself and a section with the
    question's words ("How to Train Your Dog to Sit on Command", "Why teach your dog to sit?");
    three are more prompts. (A short output of one or two restatements is caught by prompt_echo.)"""

    restated_max_change: float = 0.4
    """A restatement swaps, adds or drops at most this share of the question's words (at least 2)."""

    prompt_echo: float = 0.6
    """Drift when at least this share of the output's words is copied from the prompt in
    three-word sequences (the prompt, or pieces of it, said again)."""

    prompt_questions: float = 0.4
    """Drift when at least this share of the output's words are in on-topic questions (and there
    are at least 3): further prompts instead of an answer."""

    continuation_words: int = 12
    """Drift when the output finishes the prompt's sentence with at least this many words: the
    model is writing the asker's text. Short completions ("on command.") are common in chat
    models given an untemplated prompt and are not drift."""

    asker_voice: float = 0.67
    """Drift (and not a reply) when at least this share of mentions of the asker's thing are
    "my <thing>" rather than "your <thing>", with at least ``asker_voice_min`` of them."""

    asker_voice_min: int = 2
    """... and at least this many "my <thing>" (one "my dog" in a reply can be a quote)."""

    off_topic_words: int = 25
    """Off topic: an output of at least this many words that never names a topic word of the
    question (two sentences: enough to have named the subject once)."""

    topic_gap_words: int = 100
    """Slide off topic: the output was on topic, then its last lines, at least this many words
    (a long paragraph), name no topic word ..."""

    topic_gap_share: float = 0.5
    """... and those words are at least this share of the output. (Also required for
    ``off_topic_words``, where the share is 100%.) A good step-by-step answer can go 60 words
    without saying "dog" again ("Repeat five times a day ... Be patient ..."); it does not spend
    the second half of its length elsewhere."""

    # --- pairs -----------------------------------------------------------------------------------

    pair_margin: float = 0.1
    """compare_pair: the chat output answers better when its reply score exceeds the base's by
    more than this. Equal scores (both answer cleanly, or both drift) are not "better"."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Thresholds:
        """Defaults, with the given values overriding them. Raises ValueError naming an unknown
        key (with the valid names) or a value that is not a number."""
        return cls().with_overrides(mapping)

    def with_overrides(self, mapping: Mapping[str, Any] | None) -> Thresholds:
        if not mapping:
            return self
        if not isinstance(mapping, Mapping):
            raise TypeError(f"threshold overrides must be a mapping, got {type(mapping).__name__}")
        valid = self.names()
        types = {f.name: f.type for f in dataclasses.fields(self)}
        changes: dict[str, Any] = {}
        for key, value in mapping.items():
            if key not in valid:
                raise ValueError(f"unknown threshold {key!r}; valid thresholds: {', '.join(valid)}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"threshold {key!r} must be a number, got {value!r}")
            if value != value or value < 0:  # NaN or negative
                raise ValueError(f"threshold {key!r} must be a non-negative number, got {value!r}")
            if types[key] in ("int", int):
                if value != int(value):
                    raise ValueError(f"threshold {key!r} must be a whole number, got {value!r}")
                value = int(value)
            else:
                value = float(value)
            changes[key] = value
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, float]:
        return dataclasses.asdict(self)
