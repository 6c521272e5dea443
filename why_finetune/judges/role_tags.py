"""A chat template of bare role tags, "<user> {question} <assistant>", read as the role labels it stands for.

Small chat models trained from scratch or on a custom format mark turns with tags in angle brackets and no colon:
"<user> Where is Lily? <assistant>". The model's turn is open at the end; a base or a small tune writes past it, the
user's next turn and its own again: "i was playing with my blocks. <user>i was playing ... <assistant>you were so
clever". Read as "user:" and "assistant:" lines, the prompt is a question under the user's label and the output's
"<user>" opens the user's turn, which the model wrote: the turns are read as every chat's are.

A prompt is of this template when it ends on the tag of the model's turn ("<assistant>", "<bot>", "<model>", "<gpt>")
and holds a tag of the user's turn before it ("<user>", "<human>", "<prompter>"), none of them closed anywhere
("</user>" is markup, an XML record, not a turn). Each tag becomes a line break and its role and a colon, as long
as the tag itself, so that offsets into the output still point home.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASKING = ("user", "human", "prompter")
_ANSWERING = ("assistant", "bot", "model", "gpt", "chatbot")
_ROLES = (*_ASKING, *_ANSWERING, "system")
_TAG_RE = re.compile(r"<(/?)(" + "|".join(_ROLES) + r")>", re.IGNORECASE)
_ENDS_ON_MODEL_TAG_RE = re.compile(r"<(?:" + "|".join(_ANSWERING) + r")>\s*\Z", re.IGNORECASE)


@lru_cache(maxsize=256)
def uses_role_tags(prompt: str) -> bool:
    """Is the prompt a chat template of bare role tags, the model's turn open at its end?"""
    if not _ENDS_ON_MODEL_TAG_RE.search(prompt):
        return False
    tags = _TAG_RE.findall(prompt)
    return not any(closing for closing, _ in tags) and any(role.lower() in _ASKING for _, role in tags)


def as_labels(text: str) -> str:
    """Each bare role tag written as a line break, its role and a colon ("<user>" -> "\\nuser:"), as long as the tag."""
    return _TAG_RE.sub(lambda m: "\n" + m.group(2) + ":" if not m.group(1) else m.group(0), text)
