"""`compare --changed` in a terminal: per pair, each changed case's output at REF beside its output now.

The cells are drawn by the comparison's own pieces (why_finetune.report.views.terminal): the same verdict
badges, highlighted evidence, safe text and short view; the plain style puts one after the other.
"""

from __future__ import annotations

from why_finetune.report.sources.changes import CaseChange, Changes
from why_finetune.report.views.terminal import (
    BAD,
    BOLD,
    DIM,
    WARN,
    Style,
    cell_badges,
    cell_body,
    cell_footer,
    cell_heading,
    diff_lines,
    paint_line,
)
from why_finetune.report.views.textwrap_styled import safe, wrap


def render_changes(changes: Changes, style: Style) -> str:
    if style.plain:
        from why_finetune.report.views.ascii_text import to_ascii

        return to_ascii(_render(changes, style))
    return _render(changes, style)


def _render(changes: Changes, style: Style) -> str:
    g = style.glyphs
    lines = [paint_line(line, style) for line in wrap([(changes.headline(), BOLD)], style.width, indent=2)]
    for note in changes.notes:
        lines += [paint_line(line, style) for line in wrap([(f"{g['bullet']} {safe(note)}", WARN)], style.width, indent=2)]
    rows: dict[str, list] = {}
    for row in changes.rows:
        rows.setdefault(row.pair, []).append(row)
    for pair_id, cases in changes.by_pair().items():
        info = changes.pairs.get(pair_id)
        title = f"{g['H'] * 2} pair {pair_id}" + (f": {safe(info.base)} (base) vs {safe(info.chat)} (chat)" if info else "")
        lines += [""] + [paint_line(line, style) for line in wrap([(title, BOLD)], style.width, indent=3)]
        for row in rows.get(pair_id, []):
            text = f"{row.row_id}: {row.words}" + (f"  {g['bad']} {row.broken}" if row.broken else "")
            lines += [paint_line(line, style) for line in wrap([(safe(text), BAD if row.broken else None)], style.width, indent=2)]
        for change in cases:
            lines += [""] + _case(change, style)
    return "\n".join(line.rstrip() if not style.color else line for line in lines) + "\n"


def _case(change: CaseChange, style: Style) -> list[str]:
    g = style.glyphs
    head = f"{g['H'] * 2} {change.case_id} ({change.kind}): {'; '.join(change.words)}"
    out = [paint_line(line, style) for line in wrap([(safe(head), BOLD)], style.width, indent=3)]
    for broken in change.broken:
        out += [paint_line(line, style) for line in wrap([(f"{g['bad']} {safe(broken)}", BAD)], style.width, indent=4)]
    then, now = change.then, change.now
    if style.plain:
        for cell in (then, now):
            out.append("")
            out += [paint_line(line, style) for line in cell_heading(cell, style.width, style) + cell_badges(cell, style.width, style)]
            out += ["   | " + paint_line(line, style) for line in cell_body(cell, style.width - 5, style)]
            out += ["   " + paint_line(line, style) for line in cell_footer(cell, style.width - 3, style)]
    else:
        column = (style.width - 3) // 2
        blocks = [(cell_heading(then, column, style), cell_heading(now, column, style)),
                  (cell_badges(then, column, style), cell_badges(now, column, style)),
                  None,
                  (cell_body(then, column, style), cell_body(now, column, style)),
                  None,
                  (cell_footer(then, column, style), cell_footer(now, column, style))]
        for block in blocks:
            if block is None:
                out.append(paint_line([(g["h"] * column + g["h"] + g["x"] + g["h"] + g["h"] * column, DIM)], style))
                continue
            left, right = block
            for number in range(max(len(left), len(right))):
                one = left[number] if number < len(left) else []
                two = right[number] if number < len(right) else []
                out.append(paint_line(one, style, column) + paint_line([(f" {g['v']} ", DIM)], style) + paint_line(two, style))
    out += _diff(change, style)
    return out


def _diff(change: CaseChange, style: Style) -> list[str]:
    """The words that changed between the output at REF and now."""
    before, after = change.then.output, change.now.output
    if before is None or after is None or before == after:
        return []
    return diff_lines(before, after, "output then -> now", "-then +now", style)
