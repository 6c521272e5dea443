"""A list of examples the prompt ends on, and the output's first line its next item (``prompt.example_list``).

A request may show the form it wants with a list of placeholder items: "Your answer must contain exactly 3 bullet
points such as:\\n* This is the first point.\\n* This is the second point." The items say the same words but one
("This is the ... point."). A base model takes them for text to go on with and writes the next one, "* This is the
third point.", then stops or drifts: more of the prompt's text, not the dialogue asked for. A reply in that form
fills the bullets with its own words ("* Anna: Are you ready?").

Read by the form, in the languages whose counting words it knows: the prompt's last two lines or more are items of one
list mark (a bullet, or numbers) whose words are the same but at one place, a slot that counts ("first", "second";
"one", "two"; "1", "2"; "erste", "zweite"; "一", "二"); the output's first line is an item of the same mark and the
same words with the next count in the slot. A slot of other words ("The answer is A." / "... B.", "Today is Monday."
/ "... Tuesday.") shows a form a reply fills with its own word: "The answer is C." is the answer. Not where the
request asks for the list to go on or for its next item ("Continue the list", passage.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.passage import asks_to_go_on
from why_finetune.judges.text import WORD_RE, excerpt

# A list item's line: its mark (a bullet, or a number and its mark) and its text.
_ITEM_RE = re.compile(r"[ \t]*(?:([-*\u2022+])|\d{1,3}([.)]))[ \t]+(\S.*)")
_MIN_WORDS = 3  # an item of fewer words is any short item, no frame with a slot


# The words a placeholder item counts with, in order: its slot holds one, the next item the next.
_COUNTS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(),
    "one two three four five six seven eight nine ten".split(),
    "erste zweite dritte vierte fünfte sechste".split(), "ersten zweiten dritten vierten fünften sechsten".split(),
    "premier deuxième troisième quatrième cinquième sixième".split(),
    "primero segundo tercero cuarto quinto sexto".split(), "primera segunda tercera cuarta quinta sexta".split(),
    "primo secondo terzo quarto quinto sesto".split(), "primeiro segundo terceiro quarto quinto sexto".split(),
    list("一二三四五六七八九十"),
)


def _next_count(said: list[str], new: str) -> bool:
    """Are the slot's words counting in order ("first", "second"; "1", "2"), and is the new one the next?"""
    if all(w.isdecimal() for w in [*said, new]):
        numbers = [int(w) for w in said]
        return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and int(new) == numbers[-1] + 1
    # (A word may count in several languages' lists: Portuguese "segundo" is Spanish's too.)
    return any(counts[counts.index(said[0]) : counts.index(said[0]) + len(said) + 1] == [*said, new]
               for counts in _COUNTS if said[0] in counts)


def _item(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(its mark's kind, its words) for a list item's line of at least three words; else None. Bullets of any kind
    are one kind ("*" in the prompt, "-" in the output)."""
    m = _ITEM_RE.fullmatch(line.rstrip())
    if m is None:
        return None
    words = tuple(WORD_RE.findall(m.group(3).lower()))
    return ("-" if m.group(1) else "#" + m.group(2), words) if len(words) >= _MIN_WORDS else None


def _slot(items: list[tuple[str, ...]]) -> int | None:
    """The one position at which items of the same words otherwise differ ("this is the first/second point"), or
    None."""
    if len({len(words) for words in items}) > 1:
        return None
    differ = [i for i, column in enumerate(zip(*items)) if len(set(column)) > 1]
    return differ[0] if len(differ) == 1 else None


@lru_cache(maxsize=256)
def example_items(query: str) -> tuple[str, int, tuple[str, ...], tuple[str, ...]] | None:
    """The list of items of one frame the request ends on: (its mark's kind, the slot's position, an item, the slot's
    words in order); None if it ends on no such list of two or more, or asks for the list to go on. Read once per
    prompt."""
    lines = query.rstrip().split("\n")
    items = []
    while lines:
        item = _item(lines[-1]) if lines[-1].strip() else ()
        if item is None:
            break
        lines.pop()
        if item:
            items.append(item)
    words = [w for _, w in items]
    slot = _slot(words) if len(items) >= 2 and len({mark for mark, _ in items}) == 1 else None
    if slot is None or asks_to_go_on("\n".join(lines)):  # (the request above the list)
        return None
    return items[0][0], slot, words[-1], tuple(w[slot] for w in reversed(words))  # (read from the end: in order)


def _next_item(examples: tuple[str, int, tuple[str, ...], tuple[str, ...]], first: tuple[str, tuple[str, ...]]) -> bool:
    """Is the line an item of the examples' mark and frame, with the next count in their slot?"""
    mark, slot, item, said = examples
    return first[0] == mark and _slot([item, first[1]]) == slot and _next_count(list(said), first[1][slot])


def example_list(r, t) -> Finding | None:
    if not r.plain:
        return None
    examples = example_items(r.prompt.query)
    start = len(r.text) - len(r.text[r.own_start :].lstrip()) if examples else 0  # (most prompts end on none)
    end = r.text.find("\n", start)
    first = _item(r.text[start : end if end >= 0 else len(r.text)]) if examples else None
    found = examples is not None and first is not None and _next_item(examples, first)
    shown = excerpt(r.text[start : end if end >= 0 else len(r.text)], 60) if found else ""
    return Finding(
        "prompt.example_list", float(found), 1.0,
        lambda: (shown, f"goes on with the list of examples the prompt ends on, its next item: '{shown}'" if found
                 else "goes on with the list of examples the prompt ends on: no"),
        start if found else None, "it ends where the prompt's list of examples goes on",
    )
