"""The passage a prompt holds in labelled fields, for its instruction to work on.

An instruction followed by labelled fields ("Given a sentence ..., rewrite it.\\n\\nInput: The chicken
is ready to eat.\\nOutput:", "Write a title for the idea.\\n\\n**Video Idea**: intro to ICA",
"### Instruction: ... ### Input: ...") gives the text it works on in those fields. A correction, a
rewrite, a title or an extraction of that text reuses its words by design, so copying them is the
work asked for, not an echo (echo.echo_limit); copying the instruction still is. A field is part of
the passage when text comes before it (the instruction) and it is not the asker's field ("Question:
..." in a one-question template) nor the open field at the end. Read from the prompt's format alone,
in any script; worked out once per prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.text import LOOSE_MARKER_RE, WORD_RE

# A field label opening a line, bold or as a header ("Input:", "**Video Idea**:", "### Input:", "入力：").
_FIELD_LINE_RE = re.compile(r"^[ \t]*[#*]{0,4}[ \t]*([^\W\d_][^:\uff1a\n*]{0,30}?)[ \t]*\**[ \t]*[:\uff1a]", re.MULTILINE)


@dataclass(frozen=True)
class Passage:
    fields: tuple[str, ...]  # the fields' values, as written
    instruction: str  # the prompt's text less those values: what an echo copies


NO_PASSAGE = Passage((), "")


@lru_cache(maxsize=256)
def find_passage(raw: str, text: str, asker: str) -> Passage:
    """The labelled fields of a prompt (`raw` as sent, `text` as the echo measures read it) that hold
    what its instruction works on; NO_PASSAGE when there are none."""
    body = LOOSE_MARKER_RE.sub("\n", raw).rstrip()
    fields = list(_FIELD_LINE_RE.finditer(body))
    values = []
    for i, field in enumerate(fields):
        end = fields[i + 1].start() if i + 1 < len(fields) else len(body)
        value = body[field.end() : end].strip()
        if value and field.group(1).strip().lower() != asker and WORD_RE.search(body, 0, field.start()):
            values.append(value)
    if not values:
        return NO_PASSAGE
    instruction = text
    for value in values:
        instruction = instruction.replace(value, "\n")
    return Passage(tuple(values), instruction)
