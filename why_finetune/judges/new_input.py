"""A new input written where the answer should be. A model tuned on records of "Information: ... Question: ...
Answer: ..." and asked a question may open its output with a field of that kind ("Information:\\n제천은 산과 강이
어우러진 아름다운 도시로, ...") and write a passage under it: the input of a record of its own, the next example,
not a reply to the question asked. The label names what an input holds (context, information, a passage, a
document, a text); with words under it, the field is filled, so it is no empty slot before an answer ("Input:
\\nOutput: Dollar-cost averaging is ..."). Only where the prompt ends in an open field to fill, as a record's template
does; not when the request names the field itself ("Give me information on ...", "Write a passage about ..."): then
the field may be what it asks for.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import OPEN_FIELD_RE, WORD_RE, excerpt

# The label of an input's field opening the output's own text, alone on its line or with its value after it.
_INPUT_LABEL_RE = re.compile(
    r"[ \t]*(?:#+[ \t]*)?\**(context|information|passage|document|article|text|background|input|source)\**[ \t]*:"
    r"[ \t]*(\S[^\n]*|\n[ \t]*(?![^\W\d_]+[ \t]*:)\S[^\n]*)", re.IGNORECASE)  # (not the next field's label line)
_FILLED_MIN_WORDS = 5  # a field's value: a sentence, not "N/A" or a title


def _new_input(r) -> re.Match | None:
    """The input field opening the output's own text, filled with a sentence, where the prompt ends in an open field
    for the answer, unless the request names it. (A chat reply may head a piece asked for with a field, "Text:" over a
    reading exercise, "Context:" over an email.)"""
    if OPEN_FIELD_RE.search(r.prompt.raw) is None:  # ("답변:", "Answer:", "### Response:")
        return None
    start = len(r.text) - len(r.text[r.own_start :].lstrip("\n"))
    found = _INPUT_LABEL_RE.match(r.text, start)
    if found is None or len(WORD_RE.findall(found.group(2))) < _FILLED_MIN_WORDS:
        return None
    return None if found.group(1).lower() in WORD_RE.findall(r.prompt.query.lower()) else found


def new_input(r, t) -> Finding | None:
    """The output opens with an input's field of its own, filled: the next record, not a reply."""
    if not r.plain:
        return None
    found = _new_input(r)
    shown = excerpt(r.text[found.start() :], 60) if found else ""
    return Finding(
        "template.new_input", float(found is not None), 1.0,
        lambda: (shown, f"opens with an input of its own, a '{found.group(1)}' field filled as a record's input is: "
                        f"'{shown}'" if found else "it opens with no input field of its own"),
        found.start() if found else None, "it ends where its own input field opens",
    )

