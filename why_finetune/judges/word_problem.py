"""A word problem ("A robe takes 2 bolts of blue fiber and half that much white fiber. How many bolts in total does it
take?") continued as a problem set goes on, not solved: a base model adds a direction of the set's own ("(Assume that
there are 5 fibers in a bolt.)", "(Round to the nearest dollar)", "Express your answer in terms of ...") or turns the
problem into a multiple-choice item with options and no pick ("A) 50 B) 75 C) 105 D) 225 E) 300").

A direction opening the output is the problem's text going on: drift, and a reply part made of directions alone is no
answer; a result after it still answers ("(Round to the nearest dollar)\\nThe total cost is $263."). Options of the
output's own end the reply part where they start.
"""

from __future__ import annotations

import re
from itertools import islice

from why_finetune.judges.choices import inline_options, lettered_choices
from why_finetune.judges.finding import Finding
from why_finetune.judges.question import NUMBER
from why_finetune.judges.text import Unit, excerpt, units_between
from why_finetune.judges.verdict import ANSWERS, Evidence

# A problem set's direction: "Assume ...", "Suppose ...", "Round your answer ...", "Express your answer in ...",
# "Give your answer ...", "Show your work.", "Hint: ...".
_DIRECTION_RE = re.compile(
    r"(?:assume\b|suppose\b|round (?:to|your|the|off|up|down)\b|express (?:your|the) answer|give (?:your|the) answer"
    r"|show (?:your|all) work|explain your answer|hint:)",
    re.IGNORECASE,
)
_BRACKETED_RE = re.compile(r"\s*\([ \t]*")
# A sentence that works the problem: a number, a sum, a result drawn ("Assume a year has 52 weeks.", "Suppose the
# son is x years old, so Sam is 3x.", "Round to one decimal place: 263 ÷ 19 = 13.84").
_WORKS_RE = re.compile(r"\d|=|, so\b|\bthen\b", re.IGNORECASE)


# Options under capital letters, from "A": "A) 50 B) 75", "A. 25%\nB. 50%", "(A) $1,000 (B)". Each option's text up to
# the next letter or the line's end; the last may be cut at the token limit ("D)", "B. $").
_OPTION_RE = re.compile(r"\(?([A-E])[.)]\)?(?=[ \t\n]|\Z)[ \t]*([^\n]*?)(?=[ \t]+\(?[A-E][.)]|[ \t]*\n|[ \t]*\Z)")
_AMOUNT_RE = re.compile(r"[$\u20ac\u00a3]?[ \t]*\d")
_OPTION_MAX_WORDS = 3


# What a word problem asks for: a quantity ("How many ...", "how much profit", "What percentage ...") or a named sum
# ("the total cost", "her annual salary"); not "What should I feed my 2 cats?".
_QUANTITY_RE = re.compile(
    r"\bhow (?:many|much|long|far|old|fast|tall|often)\b|\bwhat (?:percent|percentage|fraction|proportion)\b"
    r"|\b(?:total|sum|average|profit|cost|salary|earnings|speed|distance)\b",
    re.IGNORECASE,
)


def _word_problem(r) -> bool:
    """Is the prompt a question asking for a quantity that states numbers of its own (a word problem)?"""
    query = r.prompt.query
    return r.question.kind == NUMBER and any(ch.isdecimal() for ch in query) \
        and _QUANTITY_RE.search(query) is not None


def is_a_direction(unit: Unit, text: str) -> bool:
    """Is the sentence a problem set's direction: one in brackets ("(Assume that there are 5 fibers in a bolt.)",
    "(Round to the nearest dollar)"), or one that works nothing out ("Express your answer in terms of ...")? A
    reply sets up its own working so too ("Assume a year has 52 weeks. Then ..."), with numbers."""
    bracket = _BRACKETED_RE.match(text, unit.start, unit.end)
    if bracket is not None:
        return _DIRECTION_RE.match(text, bracket.end(), unit.end) is not None
    start = unit.start + len(unit.text) - len(unit.text.lstrip())
    return _DIRECTION_RE.match(text, start, unit.end) is not None and _WORKS_RE.search(text, start, unit.end) is None


def direction_added(r, t) -> Finding | None:
    """The output opens with a problem set's direction after a word problem: the problem's text going on."""
    if not r.plain:
        return None
    own = list(islice((u for u in r.units if u.start >= r.own_start and u.words), 2)) if _word_problem(r) else []
    first = own[0] if own else None
    # A supposition out of brackets then a step that works ("Suppose the muffins sell at one price. Then one costs
    # $18 / 12 = $1.50.") sets up the reply's own working.
    set_up = len(own) == 2 and _BRACKETED_RE.match(r.text, own[0].start, own[0].end) is None \
        and _WORKS_RE.search(r.text, own[1].start, own[1].end) is not None
    added = first is not None and is_a_direction(first, r.text) and not set_up
    shown = excerpt(first.text, 60) if first is not None else ""
    return Finding(
        "problem.direction_added", float(added), 1.0,
        lambda: (shown, f"goes on with the problem: its first sentence is a direction of a problem set, not a step "
                        f"towards the result: '{shown}'"),
    )


def options_of_its_own(r, t) -> Finding | None:
    """The output lists lettered options, from "A", for a word problem that gave none, two or more with amounts (the
    last may be cut short): the problem made into a multiple-choice item. None picked, so the reply part ends there."""
    if not r.plain:
        return None
    query = r.prompt.query
    problem = _word_problem(r)
    given = problem and bool(lettered_choices(query) or inline_options(query) or _options(query, 0))
    options = _options(r.text, r.own_start) if problem and not given else []
    start = options[0][0] if options else None
    shown = excerpt(r.text[start:], 60) if start is not None else ""
    return Finding(
        "problem.options_of_its_own", len(options), 2,
        lambda: (shown, f"makes the problem a multiple-choice item: {len(options)} lettered option(s) of its own, the "
                        f"problem gave none (threshold 2): '{shown}'"),
        start, "it ends where its options start",
    )


def _options(text: str, start: int) -> list[tuple[int, str]]:
    """The run of lettered options from "A", in order, each with an amount but perhaps the last; [] if none."""
    found = list(_OPTION_RE.finditer(text, start))
    first = next((k for k, m in enumerate(found) if m.group(1) == "A"), None)
    if first is None:
        return []
    run: list[tuple[int, str]] = []
    for k, m in enumerate(found[first:]):
        if m.group(1) != "ABCDE"[k]:
            break
        run.append((m.start(), m.group(2)))
    # An option is an amount and a word or two ("$1,000", "25%", "50 km"); a lettered step works ("A) 4 notebooks
    # cost 4 × $3 = $12.").
    amounts = [_AMOUNT_RE.match(body) is not None and len(body.split()) <= _OPTION_MAX_WORDS and "=" not in body
               for _, body in run]
    if len(run) < 2 or not all(amounts[:-1]):
        return []
    return run


def not_only_directions(reply, r, t) -> Evidence | None:
    """A reply part to a word problem whose every sentence is a problem set's direction gives nothing towards the
    result."""
    if not r.plain or not reply.words or not _word_problem(r):
        return None
    units = [u for u in units_between(r.units, reply.start, reply.end) if u.words]
    if not units or not all(is_a_direction(u, r.text) for u in units):
        return None
    return Evidence(
        "reply.directions", 1.0, 1.0, excerpt(units[0].text, 80),
        f"not a reply: the reply part only adds directions to the problem: '{excerpt(units[0].text, 80)}'",
        ANSWERS,
    )
