"""The chat template echoed: markers such as [INST], <|im_start|> or <start_of_turn> in the output.

A base model given a templated prompt has never seen the template as anything but text, so it
writes more of it; a chat model that goes on past its turn writes the next user turn's markers.
The markers are found and blanked out by text.clean_output; this measure counts them.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "template_markers", 1,
    """Drift when the output contains at least this many chat-template markers ([INST], <s>,
    <|im_start|>, <start_of_turn>, <|...|>). A trailing end-of-turn marker (</s>, <|im_end|>) is
    where a reply should stop and is not counted.""",
)


def template_markers(r, t) -> Finding:
    markers = r.cleaned.markers
    # The reply part ends at the first marker that follows words: markers before the first word
    # ("[/INST] Sure! ...") do not stop a reply from following.
    first_word = r.units[0].start if r.units else len(r.lower)
    stop = next((m.start for m in markers if m.start > first_word), None)
    return Finding(
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
        "it ends where a chat-template marker starts",
    )


# A chat data set's system turn written out as text ("You are an AI assistant. User will give you a task. ...", "You are
# a helpful assistant. Provide a detailed answer."): the template going on, a turn no reply writes. Not where the
# prompt asks about such a text (a system prompt, a persona, instructions for an assistant).
_SYSTEM_TURN_RE = re.compile(
    r"^[ \t]*(?:you are (?:a|an) (?:helpful|harmless|honest|friendly|useful|ai|artificial intelligence)\b[\w ,-]{0,40}?"
    r"\bassistant\b|below is an instruction that describes a task)", re.MULTILINE)
_ASKS_ABOUT_PROMPTS_RE = re.compile(r"\bsystem (?:prompt|message)|\bprompt\b|\bpersona\b|\binstructions? for\b",
                                    re.IGNORECASE)


def system_turn(r, t) -> Finding:
    lower = r.lower  # (most outputs hold neither opening: two substring tests, no pattern read)
    found = _SYSTEM_TURN_RE.search(lower) if "you are a" in lower or "below is an instruction" in lower else None
    if found is not None and _ASKS_ABOUT_PROMPTS_RE.search(r.prompt.query):
        found = None
    shown = excerpt(r.text[found.start() :], 60) if found else ""
    return Finding(
        "template.system_turn", float(found is not None), 1.0,
        lambda: (shown, f"writes a chat data set's system turn: '{shown}'" if shown
                 else "writes a chat data set's system turn: no"),
        found.start() if found else None, "it ends where a system turn starts",
    )


# A data set's list of replies written out: a reply closing as a string it never opened, then the next opening after
# a comma ('...维护权益。", "你好！建议...'); or a list of strings opening right after the reply's last full stop
# ('...合法权益。"你好", "如果...').
_NEXT_ENTRY_RE = re.compile(r'(?<=[^\s",\[{(])"[ \t]*,[ \t]*"(?=[^\s",\]])')
_LIST_AFTER_A_FULL_STOP_RE = re.compile(r'[.!?\u3002\uff01\uff1f]"[^"\n]{1,40}"[ \t]*,[ \t]*"')
_A_REPLY_S_LENGTH_RE = re.compile(r'[^"\n]{15}')


def next_entry(r, t) -> Finding:
    """The next reply of a data set's list written out after the answer (see _NEXT_ENTRY_RE): a reply to no one,
    the data the model was tuned on going on. Not quoted words in a sentence or a list (an opening quote before the
    comma, or a next string of a few words: '"北京", "上海"'), nor a string the prompt left open (an odd number of quotes
    in it)."""
    text = r.text
    found = _NEXT_ENTRY_RE.search(text, r.own_start) if '",' in text or '" ,' in text else None
    start = None
    # The next string a reply's length (15 characters or more before it closes), not a word of a list ('"北京", "上海"').
    if found is not None and r.prompt.query.count('"') % 2 == 0 and _A_REPLY_S_LENGTH_RE.match(text, found.end()):
        opened = text.count('"', r.own_start, found.start())
        if opened == 0:
            start = found.start()
        elif opened == 1:
            listed = _LIST_AFTER_A_FULL_STOP_RE.search(text, r.own_start, found.end())
            start = listed.start() + 1 if listed and listed.end() == found.end() else None
    shown = excerpt(text[start:], 60) if start is not None else ""
    return Finding(
        "template.next_entry", float(start is not None), 1.0,
        lambda: (shown, f"writes the next reply of a data set's list: '{shown}'" if shown
                 else "writes the next reply of a data set's list: no"),
        start, "it ends where the next reply of a list starts",
    )


# A chat API's message written out: '{"role": "user", "content": ...', as the prompt's own messages are laid out.
_MESSAGE_OBJECT_RE = re.compile(r'\[?\s*\{\s*"role"\s*:\s*"(?:system|developer|user|assistant|tool)"')


def messages_again(r, t) -> Finding | None:
    """A prompt sent as a chat API's messages (a JSON list of role and content), and an output that writes a message of
    that list ('[{"role": "user", "content": "What is the capital of Chile?"}]'): the list going on, the next turn in
    its format, not a reply. The reply part ends where it starts."""
    if not r.plain:
        return None
    found = _MESSAGE_OBJECT_RE.search(r.text) if r.prompt.messages else None
    shown = excerpt(r.text[found.start() :], 60) if found else ""
    return Finding(
        "template.messages_again", float(found is not None), 1.0,
        lambda: (shown, f"writes a message of the chat API's list the prompt was sent as: '{shown}'"),
        found.start() if found else None, "it ends where a message of the list starts",
    )
