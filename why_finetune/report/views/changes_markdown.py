"""`compare --changed --markdown FILE`: the changed cases as GitHub-flavoured Markdown.

Written for a job summary and a pull request's body: a count line, then per pair one table row per
changed case (what changed, the verdict then and now), and the outputs themselves folded in
<details>, so the page stays short. GitHub takes at most 65,536 characters as a pull request's body:
past MAX_CHARACTERS, the remaining outputs are left out, and the text says so.

What a model wrote is shown only inside code fences (never read as Markdown or HTML, and a fence
longer than any run of backticks in it); every other piece of text is escaped, and all of it is
made safe first (controls and bidirectional overrides shown as escapes).
"""

from __future__ import annotations

import html
import re

from why_finetune.report.model import Cell
from why_finetune.report.sources.changes import CaseChange, Changes
from why_finetune.report.views.textwrap_styled import safe
from why_finetune.report.views.verdict_text import verdict_words

MAX_CHARACTERS = 60_000  # under the 65,536 GitHub takes as a pull request's body
MAX_OUTPUT = 2_000  # characters of one output shown; the HTML view and the terminal's --full show all


def render_markdown(changes: Changes) -> str:
    head = [f"## What changed in the models' behaviour since `{_code(changes.at)}`", "",
            ("**" + _text(changes.headline()) + "**") if changes.broken else _text(changes.headline()), ""]
    head += [f"> {_text(note)}" for note in changes.notes] + ([""] if changes.notes else [])
    tables: list[str] = []
    rows: dict[str, list] = {}
    for row in changes.rows:
        rows.setdefault(row.pair, []).append(row)
    for pair_id, cases in changes.by_pair().items():
        info = changes.pairs.get(pair_id)
        tables += [f"### pair `{_code(pair_id)}`" + (f": {_text(info.base)} (base) vs {_text(info.chat)} (chat)" if info else ""), ""]
        for row in rows.get(pair_id, []):
            tables.append(f"- `{_code(row.row_id)}`: {_text(row.words)}" + (f" — ❌ {_text(row.broken)}" if row.broken else ""))
        if rows.get(pair_id):
            tables.append("")
        tables += [f"| case | what changed | at {_cell_text(changes.at)} | now |", "| --- | --- | --- | --- |"]
        for change in cases:
            what = "<br>".join([_cell_text(words) for words in change.words]
                               + [f"❌ {_cell_text(broken)}" for broken in change.broken])
            tables.append(f"| `{_code(change.case_id)}` ({change.kind}) | {what} | {_verdicts(change.then)} | "
                          f"{_verdicts(change.now)} |")
        tables.append("")
    text = "\n".join(head + tables)
    details: list[str] = []
    left_out = 0
    for change in changes.cases:
        block = _details(change, changes.at)
        if len(text) + sum(len(each) for each in details) + len(block) > MAX_CHARACTERS - 500:
            left_out += 1
            continue
        details.append(block)
    if details:
        text += "\n#### Outputs, then and now\n\n" + "".join(details)
    if left_out:
        text += (f"\n_The outputs of {left_out} more case{'s' if left_out != 1 else ''} are left out to keep this short: "
                 "`python -m why_finetune compare --changed` shows them all._\n")
    return text.rstrip("\n") + "\n"


def _verdicts(cell: Cell) -> str:
    if cell.output is None:
        return _cell_text(cell.note or "no output")
    if cell.verdict is None:
        return "not judged"
    return ", ".join(_cell_text(words) for words, _ in verdict_words(cell.verdict, cell.expected))


def _details(change: CaseChange, at: str) -> str:
    summary = f"<code>{html.escape(safe(change.case_id))}</code>: {html.escape(safe('; '.join(change.words)))}"
    parts = [f"<details><summary>{summary}</summary>\n"]
    for title, cell in ((f"at {at}", change.then), ("now", change.now)):
        parts.append(f"\n**{_text(title)}**\n")
        if cell.output is None:
            parts.append(f"\n_{_text(cell.note or 'no output')}_\n")
        else:
            parts.append("\n" + _fenced(cell.output) + "\n")
    parts.append("\n</details>\n\n")
    return "".join(parts)


def _fenced(output: str) -> str:
    shown = safe(output)
    if len(shown) > MAX_OUTPUT:
        shown = shown[:MAX_OUTPUT] + f"\n… ({len(shown) - MAX_OUTPUT:,} more characters)"
    if not shown.strip():
        shown = "(empty output)"
    longest = max((len(run) for run in re.findall(r"`+", shown)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{shown}\n{fence}"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&@])")


def _text(text: str) -> str:
    """Prose in Markdown: every character Markdown or GitHub would read as markup escaped, one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(safe(str(text)).split()))


def _cell_text(text: str) -> str:
    """Text in a table cell: escaped as prose (| included, so it never ends the cell)."""
    return _text(text)


def _code(text: str) -> str:
    """Text inside `...`: no backtick, no line break."""
    return " ".join(safe(str(text)).replace("`", "'").split())
