"""An output that is only a new request for text (``prompt.new_request``).

A small instruction tune that has not learnt to answer gives the request back as another one: "Explain class
imbalance in simple terms." answered "Describe class imbalance in ML/DS.", "Describe the model drift.". It names the
topic and copies few of the prompt's words, so it reads as neither an echo nor off topic; but it asks, in the
imperative, for the text it should have written: the prompt's own genre, the next request.

Read narrowly, as a request for an explanation answered by another: the request opens by asking to explain, describe,
summarise, discuss, outline, define or elaborate on something, or asks what it is ("What is gradient descent?"); the
output's own text is one sentence of at most ``new_request_words`` words opening with such a verb
("Describe ...", "Explain ...", "Summarize ..."), not a question, and at least half of its other words are the
prompt's (it asks about the prompt's subject, not a step of its own). An imperative answer is left alone: advice and
steps ("Summarize each chapter right after reading it.", "Explain to your child why ...") answer a question asking
what to do, not one asking for an explanation; an item, a topic, a message or an example asked for is written in the
imperative; a translation, a rewrite or a docstring in code may be one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import REWRITE, TRANSLATION
from why_finetune.judges.text import CODE_BLOCK_RE, STOPWORDS, WORD_RE, excerpt, words_of
from why_finetune.judges.thresholds import threshold

threshold(
    "new_request_words", 15,
    """An output of one sentence of at most this many words, opening with a verb asking for a text ("Describe the model
    drift."), is a new request, no answer: a request is a line; an answer that opens so goes on.""",
)

# Verbs asking for an explanation.
_EXPLAINING = r"(?:describe|explain|summari[sz]e|discuss|outline|elaborate|define)"
# (Not advice to the asker, "Describe your symptoms to your doctor.", "Explain to your child why sleep matters.")
_ASKING_FOR_TEXT_RE = re.compile(
    r"(?:please\s+)?" + _EXPLAINING + r"\b(?!\s+(?:to|your|yourself|it\s+to|them\s+to|what\s+you|how\s+you)\b)",
    re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|\Z)")
# The request asking for an explanation: by its verb, or "What is/are ...?" (not "What is a good first step ...?").
_ASKS_TO_EXPLAIN_RE = re.compile(
    r"\s*(?:please\s+|can you\s+|could you\s+)?" + _EXPLAINING + r"\b"
    r"|\s*what\s+(?:is|are)\b(?![^?\n]*\b(?:step|steps|tip|tips|way|ways|should|best)\b)", re.IGNORECASE)


def new_request(r, t) -> Finding | None:
    if not r.plain:
        return None
    own = r.text[r.own_start :].strip()
    # (Not a heading or a command in capitals, "DESCRIBE THE ...": a template's own text.)
    found = bool(own) and _ASKING_FOR_TEXT_RE.match(own) is not None and _one_short_sentence(own, t) \
        and _asks_to_explain(r) and not own[:2].isupper() and _about_the_prompt(r, own)
    shown = excerpt(own, 60) if found else ""
    start = len(r.text) - len(r.text[r.own_start :].lstrip())
    return Finding(
        "prompt.new_request", float(found), 1.0,
        lambda: (shown, f"writes a new request, not the text asked for: '{shown}'" if found
                 else "writes a new request: no"),
        start if found else None, "it ends where the new request starts",
    )


def _asks_to_explain(r) -> bool:
    """Does the request ask for an explanation of something (not a translation, a rewrite or code)?"""
    return r.question.kind not in (TRANSLATION, REWRITE) and not r.completes_code \
        and _ASKS_TO_EXPLAIN_RE.match(r.prompt.query) is not None


def _about_the_prompt(r, own: str) -> bool:
    """Are at least half of the sentence's words past its verb, less function words, the prompt's?"""
    verb = _ASKING_FOR_TEXT_RE.match(own)
    words = [w for w in WORD_RE.findall(own.lower(), verb.end() if verb else 0) if w not in STOPWORDS]
    said = words_of(r.prompt.text)
    return bool(words) and 2 * sum(w in said for w in words) >= len(words)


def _one_short_sentence(text: str, t) -> bool:
    """Is the text one sentence (or a line) of at most ``new_request_words`` words, not a question?"""
    if "\n" in text or text.rstrip().endswith("?") or len(WORD_RE.findall(text)) > t.new_request_words:
        return False
    end = _SENTENCE_END_RE.search(text)
    return end is None or not text[end.end() :].strip()


# The note a request closes its question with, in brackets ("... in HVAC systems? (In a sentence)", "[one word]").
_CLOSING_NOTE_RE = re.compile(r"[?\uff1f][ \t]*(\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\])\s*\Z")


@lru_cache(maxsize=256)  # a function of the prompt alone, asked for every output
def _closing_note(query: str) -> tuple[str, str]:
    """The prompt's text up to the question its note closes, lower case, and the note ("(In a sentence)"); ("", "")
    for a prompt with none."""
    note = _CLOSING_NOTE_RE.search(query)
    return (query[: note.start() + 1].strip().lower(), note.group(1)) if note else ("", "")


def tagged_question(r, t) -> Finding | None:
    """A question of the output's own closed with the note the prompt closes its question with ("What is the
    difference between a roof and a roof deck? (In a sentence)" after "What are the key components of ...? (In a
    sentence)"): the next request, in the prompt's format. The prompt's own question said again with it is the question
    said back (echo.question_again), not a new one."""
    if not r.plain:
        return None
    asked, note = _closing_note(r.prompt.query)
    found = None
    if note:
        # A question from a sentence's start: after a line break or another sentence's end, nothing but words. The
        # prompt's own question ends the prompt's text before its note ("Answer briefly. What is ...?").
        for m in re.finditer(r"(?:^|(?<=[.!?\n]))[ \t]*([^.!?\n]{1,300}\?)[ \t]*" + re.escape(note), r.text):
            if not asked.endswith(m.group(1).strip().lower()):
                found = m
                break
    shown = excerpt(found.group(0).strip(), 60) if found else ""
    return Finding(
        "prompt.tagged_question", float(found is not None), 1.0,
        lambda: (shown, f"writes a new request: a question of its own closed with the prompt's note, '{shown}'"
                 if found else "writes a new request closed with the prompt's note: no"),
        found.start(1) if found else None, "it ends where the new request starts",
    )


# A textbook's exercise heading a line of its own after the reply: its label and number, then the task ("## Exercise 1:
# Write a function that ...", "**Exercise 1.2.** Find ...", "Exercise 3 - Rewrite ..."). A base model trained on
# textbooks goes on from an answer with the book's next exercise: the prompt's own genre, a new request. Only the
# exercise's own label, numbered: "Question:", "Problem:", "Task 2:", "Practice:" or "Homework:" head parts of replies
# (an FAQ, a step list, a lesson plan, a worked problem).
_EXERCISE_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?exercise[ \t]+\d{1,3}(?:\.\d{1,3})*[ \t]*(?:\*\*)?[ \t]*[:.)\-\u2013\u2014]"
    r"(?:\*\*)?[ \t]*(\S[^\n]*)", re.IGNORECASE | re.MULTILINE)
# ... its task: a verb asking for work, or a question.
_TASK_RE = re.compile(
    r"(?:write|rewrite|create|implement|build|find|calculate|compute|solve|prove|show|explain|describe|define|list"
    r"|name|give|modify|extend|add|change|update|fix|refactor|test|use|determine|identify|compare|design|convert"
    r"|suppose|given|consider|how|what|why|which|who|when|where)\b", re.IGNORECASE)
# A request that asks for exercises, or for teaching or training material that holds them (a lesson plan, a tutorial
# with practice, a quiz, a workout), or sets one of its own: they are the reply.
_ASKS_FOR_EXERCISES_RE = re.compile(
    r"\b(?:exercises?|practi[cs]e|quiz\w*|homework|lessons?|tutorials?|course|curriculum|syllabus|worksheets?"
    r"|workouts?|routines?|fitness|training|drills?)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _asks_for_exercises(prompt_text: str) -> bool:
    return _ASKS_FOR_EXERCISES_RE.search(prompt_text) is not None


def new_exercise(r, t) -> Finding | None:
    """A textbook's next exercise after the reply (``prompt.new_exercise``): a line of its own, outside code, opening
    with an exercise's label and number ("## Exercise 1:", "Exercise 2.") and setting a task, after the reply has
    begun; not where the prompt asks for exercises or for teaching or training material (_ASKS_FOR_EXERCISES_RE)."""
    if not r.plain:
        return None
    found = _first_exercise(r) if "xercise" in r.text and not _asks_for_exercises(r.prompt.text) else None
    shown = excerpt(found.group(0).strip(), 60) if found else ""
    return Finding(
        "prompt.new_exercise", float(found is not None), 1.0,
        lambda: (shown, f"writes a new request: a textbook's next exercise after the reply, '{shown}'" if found
                 else "writes a textbook's next exercise: no"),
        len(r.text) - len(r.text[found.start() :].lstrip()) if found else None, "it ends where the new exercise starts",
    )


def _first_exercise(r) -> re.Match | None:
    """The first exercise's label after the reply has begun, outside code, setting a task (see new_exercise)."""
    code = [m.span() for m in CODE_BLOCK_RE.finditer(r.text)] if "```" in r.text else []
    return next((m for m in _EXERCISE_RE.finditer(r.text, r.own_start)
                 if m.start() > r.own_start and r.text[r.own_start : m.start()].strip()
                 and not any(a <= m.start() < b for a, b in code)
                 and (_TASK_RE.match(m.group(1)) or m.group(1).rstrip().endswith("?"))), None)
