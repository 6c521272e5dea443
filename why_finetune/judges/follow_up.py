"""The asker's follow-up request written after the reply (``turns.follow_up``).

A tune trained on multi-turn chats whose turns it was never taught to stop at answers, then writes the user's next
turn without a label and answers that too: "... the specific details are not provided in the text.\n\nCan you provide
any information on the current state of anti-missile defense in Israel? The text does not provide ...". The new
request is the asker's, put to the replier: "Can you", "Could you" or "Would you" and a verb asking for something
("provide", "tell", "explain", "recommend" ...), ending in a question mark. The rest of the output answers it: the
conversation going on, in both voices.

Read narrowly, so that a reply's own question to the asker is left alone: the request opens a line of its own (not
inside a paragraph, where a reply asks for what it needs or suggests a line to say, nor after a list's number, a
colon, another question or "for example"), says no "I" or "my" (a line suggested for the asker), is not followed by
the replier speaking of it ("Once I have it, ...", "A question like this ..."), names no "you" or "your" after its
opening ("Could you tell me what you're experiencing?", "Can you provide the model number of your router?" are
the replier asking about the asker's case), asks for no "more context" or "more details" (a clarifying question), is
not the output's opening (fifteen words of reply come first) and is followed by fifteen words at least (what the
replier asks ends its reply; a follow-up gets its answer). Not where the prompt asks for questions, a dialogue, a
script or a story, nor for a piece of writing, a message or a reply, a rewrite or a translation (an email's "Could you
share the notes afterwards?"), which may hold such a line. English only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import PIECE, REWRITE, TRANSLATION, asks_for_a_question
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "follow_up_words", 15,
    """A request put to the replier ("Can you provide ...?") is the asker's follow-up only with at least this many words
    of reply before it and of answer after it: an opening question asks what is meant, and a last one waits for the
    asker.""",
)

_FOLLOW_UP_RE = re.compile(
    r"(?<=\n)[ \t]*((?:can|could|would) you (?:please |also )?(?:provide|tell|give|explain|elaborate|"
    r"summari[sz]e|list|suggest|share|recommend|describe|expand|help)\b[^?\n]{0,200}\?)", re.IGNORECASE)
_TO_THE_ASKER_RE = re.compile(r"\b(?:you|your|you're|yours|yourself)\b|\bmore (?:context|details?)\b", re.IGNORECASE)
# A piece of writing, a rewrite or a translation asked for may ask its reader ("Could you share the notes afterwards?"
# in an email).
_WRITTEN_FOR_SOMEONE = (PIECE, REWRITE, TRANSLATION)
# (Not "me": the asker's own "Can you tell me about ...?"; "my" and "I" say what is the asker's to ask of someone else.)
_FIRST_PERSON_RE = re.compile(r"\b(?:i|my|mine|i'm|i've|i'd)\b", re.IGNORECASE)
_SPEAKS_OF_IT_RE = re.compile(r"\s*(?:once i\b|i'll\b|i will\b|with (?:that|this)\b|(?:a )?questions? like\b"
                              r"|asking (?:this|that|it)\b)", re.IGNORECASE)
_ASKS_FOR_TALK_RE = re.compile(r"\b(?:dialogues?|conversations?|scripts?|scenes?|stor(?:y|ies)|interviews?|chats?"
                               r"|writ(?:e|ing)|compose|draft|e-?mails?|letters?|messages?|repl(?:y|ies)|posts?)\b",
                               re.IGNORECASE)


def follow_up(r, t) -> Finding | None:
    if not r.plain:
        return None
    found = None
    if any(map(r.lower.__contains__, _OPENINGS)) and r.question.kind not in _WRITTEN_FOR_SOMEONE \
            and not _asks_for_talk(r.prompt.query):
        found = _first_follow_up(r.text, t.follow_up_words)
    shown = excerpt(found.group(1), 60) if found else ""
    return Finding(
        "turns.follow_up", float(found is not None), 1.0,
        lambda: (shown, f"writes the asker's follow-up request and answers it: '{shown}'" if found
                 else "writes the asker's follow-up request: no"),
        found.start(1) if found else None, "it ends where the asker's follow-up request starts",
    )


# The request's openings, tested with `in` first (C code): most outputs hold none, and the pattern, led by a look
# behind, is tried at every character.
_OPENINGS = ("can you", "could you", "would you")


@lru_cache(maxsize=256)  # a function of the request alone, asked of every output
def _asks_for_talk(query: str) -> bool:
    return asks_for_a_question(query) or _ASKS_FOR_TALK_RE.search(query) is not None


def _first_follow_up(text: str, words: int) -> re.Match | None:
    for m in _FOLLOW_UP_RE.finditer(text):
        request = m.group(1)
        after_you = request[request.lower().index("you") + 3 :]
        if _TO_THE_ASKER_RE.search(after_you) or _FIRST_PERSON_RE.search(after_you):
            continue  # (the replier's question to the asker, or a line suggested for the asker to say)
        above = text[: m.start(1)].rstrip()
        if above.endswith((":", "?")) or above.lower().endswith("for example"):
            continue  # a line a lead-in announces, or one of a list of questions: examples of what to ask
        if _SPEAKS_OF_IT_RE.match(text, m.end(1)):
            continue  # what follows speaks of the question or of the replier's next step: the reply's own
        if len(text[: m.start(1)].split()) >= words and len(text[m.end(1) :].split()) >= words:
            return m
    return None
