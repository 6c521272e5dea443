"""A reply that only takes the task on: "Great, let's get started!", "I can help with that.", "I'll get back to you
in a moment."

Each is said in the replier's role, so it is no drift, but it gives nothing of what was asked: no answer. A reply
that goes on to do the task ("Sure, I can help with that. Sit is taught with a treat ...") or asks for what it needs
("Sure, I'd be happy to help! What's the crossword puzzle about?") is a reply: only a reply made of such sentences
counts. A yes/no question is answered by the eager word ("Can dogs eat carrots?" "Of course! Happy to help."); a
request put as one ("Can you help me fix my bike's chain?") asks to be helped, and taking it on does not help. A
prompt that sets no task to take on is answered by taking on what it asks: a role ("I want you to act as a babysitter
... My first request is 'I need help looking after three boys'", "You are my Spanish tutor."), thanks ("Thanks, that
fixed it." "Happy to help!"), a confirmation or a set phrase asked for ("Say OK if you understand.", "Reply with
\"Let's begin\" when you are ready.", "Ready?").

The sentences are read by a short English pattern: an eager opening ("Sure", "Great", "Okay") at most, then "let's
get started / begin / dive in / solve this problem", "I can help (you) with that", "Yes, I can." (where the request
gives work to do), "I'd be happy to help", or a promise of the answer later ("I'll get back to you in a moment").
"Let's see" and "let me check" are left alone: a turn in a dialogue may pause so and be a full turn.
"""

from __future__ import annotations

import re
from itertools import islice

from why_finetune.judges.text import normalise_apostrophes, units_between

_EAGER = r"(?:(?:sure|great|okay|ok|alright|all right|of course|certainly|absolutely|perfect|awesome)\W+)*"
EAGER_RE = re.compile(rf"\s*{_EAGER}")
TAKES_IT_ON_RE = re.compile(
    rf"\s*{_EAGER}(?:"
    r"let['\u2019]?s (?:get started|start|begin|dive in|get to work|do (?:this|it)"
    r"|solve (?:this|it)(?: problem| question| task)?|work on (?:this|it)|tackle (?:this|it))(?: together)?"
    r"|i can (?:definitely |certainly )?help(?: you)?(?: with (?:that|this))?"
    r"|(?P<can>(?:yes\W+)?i (?:can|could)(?: do (?:that|this|it))?)"  # "Yes, I can." to "Can you tell me how to ...?"
    r"|i(?:['\u2019]d| would) be (?:happy|glad|delighted) to help(?: you)?(?: with (?:that|this))?"
    r"|(?:i['\u2019]m |i am )?(?:happy|glad) to help"
    r"|i['\u2019]ll get back to you(?: (?:in a (?:moment|minute|second|bit)|shortly|soon|later))?"
    r")\W*"
)
# A prompt that sets no task to take on, where taking it on is the reply: one that sets the replier a role ("act as
# a babysitter", "You are my Spanish tutor"), thanks ("Thanks, that fixed it." "Happy to help!"), or asks for a
# confirmation or a set phrase ("Say OK if you understand.", "Reply with \"Let's begin\" when you are ready.",
# "Ready?").
_NO_TASK_TO_TAKE_ON_RE = re.compile(
    r"\b(?:act as|act like|play the (?:part|role)|pretend (?:to be|you are)|role-?play|you(?:'re| are| will be) my"
    r"|be my)\b"
    r"|\bthank(?:s|s a lot| you)\b|\bappreciate"
    r"|\b(?:say|reply|respond|answer|type)\b(?: with)? (?:[\"\u201c']|ok\b|okay\b|yes\b|ready\b)"
    r"|\bif you (?:understand|agree|are ready)\b|\bwhen you are ready\b|\bready\s*\?")


# A request put as a question that gives work to do: it asks to be told something ("Can you tell me how to ...?", "Could
# you explain how vaccines work?") or gives a text to work on ("Could you translate 'good morning' ...?").
_GIVES_WORK_RE = re.compile(r"\b(?:me|us|how|what|why|where|which|who|when)\b|[\"\u201c'][^\"\u201d']+[\"\u201d']")
TAKING_ON_MAX_SENTENCES = 4  # "Absolutely! I'd be happy to help." is two; a reply of more says more


def only_takes_it_on(r, start: int, end: int) -> str:
    """The first sentence taking it on, when the output between `start` and `end` is only sentences taking the task
    on, the question asks no yes or no (where "Of course!" says yes) and the prompt sets a task to take on (not a
    role, thanks, or a confirmation asked for); otherwise ""."""
    units = [u for u in islice(units_between(r.units, start, end), TAKING_ON_MAX_SENTENCES + 1) if u.words]
    if len(units) > TAKING_ON_MAX_SENTENCES:
        return ""  # (more sentences say more; a loop's hundred lines are not read)
    # An eager word alone ("Absolutely!") may open them, as a sentence of its own.
    taking = [u for u in units if not EAGER_RE.fullmatch(r.lower, u.start, u.end)]
    said = [TAKES_IT_ON_RE.fullmatch(r.lower, u.start, u.end) for u in taking]
    if not taking or not all(said):
        return ""
    if any(m is not None and m.group("can") for m in said) and not _GIVES_WORK_RE.search(r.prompt.query.lower()):
        return ""  # "Yes, I can." to "Can you translate from Japanese?": a question of what it can do, answered
    if r.question.asks_yes_or_no or _NO_TASK_TO_TAKE_ON_RE.search(normalise_apostrophes(r.prompt.text.lower())):
        return ""
    return taking[0].text.strip()
