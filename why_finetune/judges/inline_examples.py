"""A few-shot prompt on one line, its examples separated by semicolons, and a new example after the answer.

"381+997=1378; 984+143=1127; 408+276=684; 690+230=" and "sea otter => loutre de mer; peppermint => menthe
poivrée; cheese =>": the prompt's last line is a list of examples of one shape and an open one, to complete. A base
model completes it and goes on: "920; 799+9=798; 7", " fromage; bread => pain; water =>". What comes after the
separator has the examples' shape: a new example of the prompt's format (`prompt.inline_example`). A note after the
answer ("920; that is 690 plus 230") has another shape.

The examples may also stand one a line ("sea otter => loutre de mer\npeppermint => menthe poivrée\n...\ncheese =>"):
then a line of their shape after the answer is the new example.

The shape is read from the characters alone: a run of digits is "9", a run of letters (with the spaces between words)
is "a", a mark is itself, spaces dropped ("381+997=1378" -> "9+9=9", "sea otter => loutre de mer" -> "a=>a"). So it
holds for sums, translations or any pairs, in any language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.choices import lettered_choices
from why_finetune.judges.dialogue import ANSWER_SIDE_LABELS, REPLIER_LABELS
from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "inline_examples", 3,
    """A prompt's last line holding at least this many examples of one shape, separated by semicolons, before an open
    one ("381+997=1378; 984+143=1127; 408+276=684; 690+230="), sets a format a new example on the output's first line
    copies: three, as two items of one shape may be a pair of anything.""",
)
_SEPARATOR = ";"
_REPLY_SLOTS = ANSWER_SIDE_LABELS | REPLIER_LABELS
# Keys of a note after the answer, not of a new example: "Note: keep Sunday free".
_ASIDE_KEYS = frozenset("note notes nb tip tips hint explanation example answer translation meaning".split())
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
# Words joined by spaces, or by an apostrophe or a hyphen inside a word ("sea-otter"); a dash between spaces is a
# mark of the shape ("France - Paris" -> "a-a").
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:(?:[ \t]+|['-])[^\W\d_]+)*")
_SPACE_RE = re.compile(r"\s+")
_SHAPE_MIN = 3  # characters: a shape of one class ("a", "9") is any text, two ("9.") no format
_ASKS_FOR_MORE_RE = re.compile(r"\b(?:next|more|continue|another|further)\b", re.IGNORECASE)


def shape(item: str) -> str:
    """The item's shape: digit runs "9", letter runs (words and the spaces between them) "a", marks as they are; a
    sentence's closing mark left out ("8+8=16." is "9+9=9")."""
    return _SPACE_RE.sub("", _LETTERS_RE.sub("a", _DIGITS_RE.sub("9", item.strip().rstrip(".!?"))))


@lru_cache(maxsize=256)
def example_shape(prompt_text: str, least: int) -> str:
    """The shape of the prompt's examples, on its last line or one a line (see _examples_on_lines); "" if none."""
    return _examples_on_one_line(prompt_text, least) or _examples_on_lines(prompt_text, least)


@lru_cache(maxsize=256)
def _examples_on_lines(prompt_text: str, least: int) -> str:
    """The shape of the examples standing one a line before the prompt's last, when at least `least` lines in a row
    all have it and the last line is an open one of it ("cheese =>" under "sea otter => loutre de mer", ...); ""
    otherwise. Lines of two shapes taking turns ("Q: ...", "A: ...") are a layout of fields, read as such elsewhere."""
    lines = prompt_text.rstrip().split("\n")
    open_item = shape(lines[-1])
    if len(lines) < least + 1 or not open_item or open_item[-1] in "a9" or _ASKS_FOR_MORE_RE.search(lines[-1]):
        return ""
    if lettered_choices(prompt_text) or lines[-1].strip().rstrip(":\uff1a").strip().lower() in _REPLY_SLOTS:
        return ""  # options under letters and an "Answer:" field: the reply picks one, it is no example's value
    run = _run_above(lines)
    common = shape(run[0])
    if len(run) < least or len(common) < _SHAPE_MIN or not common.startswith(open_item) \
            or len(open_item) == len(common):  # a whole row last ("| Fay | Sales |"): a table, none open
        return ""
    return common


def _run_above(lines: list[str]) -> list[str]:
    """The lines of one shape right above the last (an instruction above them has another), nearest first."""
    common = shape(lines[-2])
    run = []
    for line in reversed(lines[:-1]):
        if shape(line) != common:
            break
        run.append(line)
    return run


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def example_labels(prompt_text: str, least: int) -> bool:
    """Are the prompt's examples one a line, each opened by a label of its own ("France: Paris\nJapan: Tokyo\n...
    \nKenya:")? Keys of pairs, each said once, no speakers taking turns in a transcript."""
    if not on_lines(prompt_text, least):
        return False
    lines = prompt_text.rstrip().split("\n")
    labels = [line.split(":", 1)[0].strip().lower() for line in [*_run_above(lines), lines[-1]]]
    return ":" in lines[-1] and len(set(labels)) == len(labels)


def on_lines(prompt_text: str, least: int) -> bool:
    """Do the prompt's examples stand one a line (not on its last line, separated by semicolons)?"""
    return not _examples_on_one_line(prompt_text, least) and bool(_examples_on_lines(prompt_text, least))


@lru_cache(maxsize=256)
def _examples_on_one_line(prompt_text: str, least: int) -> str:
    """The shape of the examples on the prompt's last line, when at least `least` of them share it and an open one
    ends the line (its shape the start of theirs); "" otherwise."""
    line = prompt_text.rstrip().rsplit("\n", 1)[-1]
    items = line.split(_SEPARATOR)
    if len(items) < least + 1 or _ASKS_FOR_MORE_RE.search(line):
        return ""  # "name two more", "give the next two": more examples are the reply asked for
    shapes = [shape(items[0].rsplit(":", 1)[-1])] + [shape(item) for item in items[1:-1]]
    open_item = shape(items[-1])
    # The open item ends in a mark of the shape ("=", "=>", "+"): a word or a number ending it is no item left open.
    if not open_item or open_item[-1] in "a9":
        return ""
    # The examples' shape: the one the open item starts, said most often, first seen (no set order decides).
    common = max(dict.fromkeys(shapes), key=lambda sh: (sh.startswith(open_item), shapes.count(sh)))
    if len(common) < _SHAPE_MIN or shapes.count(common) < least or not common.startswith(open_item):
        return ""
    return common


def inline_example(r, t) -> Finding | None:
    if not r.plain:
        return None
    common = example_shape(r.prompt.text, t.inline_examples)
    first_line = r.text.split("\n", 1)[0]
    if common and on_lines(r.prompt.text, t.inline_examples):
        # A line of the examples' shape, whole: after the answer's line, or as the first line, the open one left
        # unfilled ("goose ->" answered "tooth -> teeth").
        open_line = r.prompt.text.rstrip().rsplit("\n", 1)[-1].strip()
        at, offset = -1, 0
        for k, line in enumerate(r.text.split("\n")):
            # The first line is the open example's fill, unless it is a whole new example ("goose ->" answered
            # "tooth -> teeth"; "goose -> geese" says the open one whole, filled). A note keyed as one ("Note: ...")
            # is no example.
            if (k or not r.text.lstrip().startswith(open_line)) and shape(line) == common \
                    and line.split(":", 1)[0].strip().lower() not in _ASIDE_KEYS:
                at = offset
                break
            offset += len(line) + 1
        found, first_line = at >= 0, r.text
    else:
        at = first_line.find(_SEPARATOR) if common else -1
        # After the answer, the separator and an item of the examples' shape, whole.
        found = at >= 0 and any(shape(item) == common for item in first_line[at + 1 :].split(_SEPARATOR))

    def describe():
        shown = excerpt(first_line[at:], 60) if found else ""
        return shown, (f"writes a new example of the prompt's format on its line: after the answer, '{shown}' has the "
                       f"shape '{common}' of the prompt's examples (threshold {t.inline_examples} examples)"
                       if found else "no new example of the prompt's examples on the output's first line")

    return Finding("prompt.inline_example", int(found), 1, describe, at if found else None,
                   "it ends where a new example of the prompt's format starts")


# A bare sum to complete, the whole prompt ("813+124=", "12 x 7 ="): numbers, one operator between them, "=" last.
_BARE_SUM_RE = re.compile(r"\A\s*(\d[\d,.]*)\s*([-+*/x\u00d7\u00f7])\s*(\d[\d,.]*)\s*=\s*\Z")
# ... and a line of the output opening a sum with that operator: "1,837+", "512+77=589".
_SUM_OPENING_RE = re.compile(r"\s*(\d[\d,.]*)\s*([-+*/x\u00d7\u00f7])\s*\d?")


def formula_again(r, t) -> Finding | None:
    """A bare sum to complete ("813+124=") answered, then a new sum with its operator begun on a line of its own
    ("1,837\n1,837+"): a new example of the prompt's format, as after a few-shot line (`prompt.formula_again`).
    Not the sum said again with its result ("813+124=937"): the numbers of a new sum are not the prompt's."""
    if not r.plain:
        return None
    bare = _BARE_SUM_RE.match(r.prompt.text)
    at, offset = -1, 0
    if bare:
        for k, line in enumerate(r.text.split("\n")):
            opening = _SUM_OPENING_RE.match(line) if k else None
            if opening and opening.group(2) == bare.group(2) and opening.group(1) not in (bare.group(1), bare.group(3)):
                at = offset
                break
            offset += len(line) + 1
    shown = excerpt(r.text[at:], 40) if at >= 0 else ""
    return Finding("prompt.formula_again", float(at >= 0), 1.0,
                   lambda: (shown, f"begins a new sum after the result: '{shown}'" if shown else "no new sum"),
                   at if at >= 0 else None, "it ends where a new sum starts")
