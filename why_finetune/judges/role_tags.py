"""A chat template of bare role tags, "<user> {question} <assistant>", read as the role labels it stands for.

Small chat models trained from scratch or on a custom format mark turns with tags in angle brackets and no colon:
"<user> Where is Lily? <assistant>". The model's turn is open at the end; a base or a small tune writes past it, the
user's next turn and its own again: "i was playing with my blocks. <user>i was playing ... <assistant>you were so
clever". Read as "user:" and "assistant:" lines, the prompt is a question under the user's label and the output's
"<user>" opens the user's turn, which the model wrote: the turns are read as every chat's are.

A prompt is of this template when it opens on the tag of the user's turn ("<user>", "<human>", "<prompter>", or the
system's), ends on the tag of the model's turn ("<assistant>", "<bot>", "<model>", "<gpt>", "<AI>"; a speaker's name
and colon may follow it, "<AI>支持者：": the template names its speakers), and closes none of them
("</user>" is markup, an XML record, not a turn); a tag inside a word ("List<User>", a generic type) is none. Each
tag becomes a line break and its role and a colon, as long as the tag itself, so that offsets into the output still
point home. In the output only a tag that opens it, a line or a sentence is a turn's, outside code, and none where
the output closes a role tag (it writes markup).
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASKING = ("user", "human", "prompter")
_ANSWERING = ("assistant", "bot", "model", "gpt", "chatbot", "ai")
_ROLES = (*_ASKING, *_ANSWERING, "system")
_ROLE = "|".join(_ROLES)
# A role tag where a turn can start: at a line's start, after a space, a sentence's end or the "<s>" opening the text;
# not inside a word ("List<User>", a generic type).
_TAG_RE = re.compile(r"(?:(?<=^)|(?<=[\s.!?\u3002])|(?<=<s>))<(/?)(" + _ROLE + r")>", re.IGNORECASE | re.MULTILINE)
_OPENS_ON_A_TAG_RE = re.compile(r"\A\s*(?:<s>\s*)?<(?:user|human|prompter|system)>", re.IGNORECASE)
# A speaker's name and a colon after a tag ("<user>求助者：", "<AI>支持者："): the template names its speakers.
_NAME_LABEL = r"[ \t]*[^\W\d_]{1,12}[ \t]*[:\uff1a]"
_NAME_LABEL_RE = re.compile(_NAME_LABEL)
_ENDS_ON_MODEL_TAG_RE = re.compile(r"<(?:" + "|".join(_ANSWERING) + r")>(" + _NAME_LABEL + r")?\s*\Z", re.IGNORECASE)
_CLOSING_TAG_RE = re.compile(r"</(?:" + _ROLE + r")>", re.IGNORECASE)
# In the output, a turn's tag opens the output, a line or a sentence ("... blocks. <user>i was ..."); not one inside
# code or quoted in a sentence ("Your messages start with <user>").
_TURN_TAG_RE = re.compile(r"(?:\A|(?<=\n)|(?<=[.!?\u3002])|(?<=[.!?\u3002] ))<(" + _ROLE + r")>", re.IGNORECASE)
_CODE_RE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.DOTALL)


@lru_cache(maxsize=256)
def uses_role_tags(prompt: str) -> bool:
    """Is the prompt a chat template of bare role tags: opening on the user's (or the system's) tag, ending on the
    model's, none closed, a user's tag among those where a turn can start?"""
    if not _OPENS_ON_A_TAG_RE.match(prompt) or not _ENDS_ON_MODEL_TAG_RE.search(prompt):
        return False
    tags = _TAG_RE.findall(prompt)
    return not any(closing for closing, _ in tags) and any(role.lower() in _ASKING for _, role in tags)


def as_labels(prompt: str) -> str:
    """Each role tag of the prompt written as a line break, its role and a colon ("<user>" -> "\\nuser:"), as long as
    the tag. Where the prompt ends on the model's tag and its speaker's name ("<AI>支持者："), the template names its
    speakers: each name and colon after a tag is blanked, the tag's role its label ("<user>求助者：" -> "\\nuser:    ");
    elsewhere a word and a colon after a tag are the turn's own ("<user>Rewrite: ...")."""
    out = _TAG_RE.sub(lambda m: "\n" + m.group(2) + ":" if not m.group(1) else m.group(0), prompt)
    model_tag = _ENDS_ON_MODEL_TAG_RE.search(prompt)
    if model_tag is None or model_tag.group(1) is None:
        return out
    for m in _TAG_RE.finditer(prompt):
        name = _NAME_LABEL_RE.match(prompt, m.end())
        if name is not None and not m.group(1):
            out = out[: name.start()] + " " * (name.end() - name.start()) + out[name.end() :]
    return out


def turns_as_labels(output: str) -> str:
    """The output's role tags that open a turn written as labels so too, outside code; none if the output closes a
    role tag (it writes markup: "<user><name>Ana</name></user>")."""
    if _CLOSING_TAG_RE.search(output):
        return output
    kept = [(m.start(), m.end()) for m in _CODE_RE.finditer(output)]

    def label(m: re.Match) -> str:
        inside = any(a <= m.start() < b for a, b in kept)
        return m.group(0) if inside else "\n" + m.group(1) + ":"

    return _TURN_TAG_RE.sub(label, output)
