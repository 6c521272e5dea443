"""`compare --changed` in a terminal: per pair, each changed case's output at REF beside its output now.

The cells are drawn by the comparison's own pieces (why_finetune.report.views.terminal): the same verdict
badges, highlighted evidence, safe text and short view; the plain style puts one after the other.
"""

from __future__ import annotations

from why_finetune.report.sources.changes import CaseChange, Changes
from why_finetune.report.views.diff import changed_words, elide, word_diff
from why_finetune.report.views.terminal import (
    BAD,
    BOLD,
    DELETED,
    DIM,
    INSERTED,
    WARN,
    Style,
    _badges,
    _body,
    _footer,
    _heading,
    _paint,
)
from why_finetune.report.views.textwrap_styled import Pieces, safe, wrap


def render_changes(changes: Changes, style: Style) -> str:
    if style.plain:
        from why_finetune.report.views.ascii_text import to_ascii

        return to_ascii(_render(changes, style))
    return _render(changes, style)


def _render(changes: Changes, style: Style) -> str:
    g = style.glyphs
    lines = [_paint(line, style) for line in wrap([(changes.headline(), BOLD)], style.width, indent=2)]
    for note in changes.notes:
        lines += [_paint(line, style) for line in wrap([(f"{g['bullet']} {safe(note)}", WARN)], style.width, indent=2)]
    rows: dict[str, list] = {}
    for row in changes.rows:
        rows.setdefault(row.pair, []).append(row)
    for pair_id, cases in changes.by_pair().items():
        info = changes.pairs.get(pair_id)
        title = f"{g['H'] * 2} pair {pair_id}" + (f": {safe(info.base)} (base) vs {safe(info.chat)} (chat)" if info else "")
        lines += [""] + [_paint(line, style) for line in wrap([(title, BOLD)], style.width, indent=3)]
        for row in rows.get(pair_id, []):
            text = f"{row.row_id}: {row.words}" + (f"  {g['bad']} {row.broken}" if row.broken else "")
            lines += [_paint(line, style) for line in wrap([(safe(text), BAD if row.broken else None)], style.width, indent=2)]
        for change in cases:
            lines += [""] + _case(change, style)
    return "\n".join(line.rstrip() if not style.color else line for line in lines) + "\n"


def _case(change: CaseChange, style: Style) -> list[str]:
    g = style.glyphs
    head = f"{g['H'] * 2} {change.case_id} ({change.kind}): {'; '.join(change.words)}"
    out = [_paint(line, style) for line in wrap([(safe(head), BOLD)], style.width, indent=3)]
    for broken in change.broken:
        out += [_paint(line, style) for line in wrap([(f"{g['bad']} {safe(broken)}", BAD)], style.width, indent=4)]
    then, now = change.then, change.now
    if style.plain:
        for cell in (then, now):
            out.append("")
            out += [_paint(line, style) for line in _heading(cell, style.width, style) + _badges(cell, style.width, style)]
            out += ["   | " + _paint(line, style) for line in _body(cell, style.width - 5, style)]
            out += ["   " + _paint(line, style) for line in _footer(cell, style.width - 3, style)]
    else:
        column = (style.width - 3) // 2
        blocks = [(_heading(then, column, style), _heading(now, column, style)),
                  (_badges(then, column, style), _badges(now, column, style)),
                  None,
                  (_body(then, column, style), _body(now, column, style)),
                  None,
                  (_footer(then, column, style), _footer(now, column, style))]
        for block in blocks:
            if block is None:
                out.append(_paint([(g["h"] * column + g["h"] + g["x"] + g["h"] + g["h"] * column, DIM)], style))
                continue
            left, right = block
            for number in range(max(len(left), len(right))):
                one = left[number] if number < len(left) else []
                two = right[number] if number < len(right) else []
                out.append(_paint(one, style, column) + _paint([(f" {g['v']} ", DIM)], style) + _paint(two, style))
    out += _diff(change, style)
    return out


def _diff(change: CaseChange, style: Style) -> list[str]:
    """The words that changed between the output at REF and now."""
    before, after = change.then.output, change.now.output
    if before is None or after is None or before == after:
        return []
    pieces = word_diff(before, after)
    removed, added = changed_words(pieces)
    out = ["", _paint([(f"output then -> now: {removed} words removed, {added} added (-then +now)", WARN)],
                      style)]
    styled: Pieces = []
    for op, text in elide(pieces):
        text = safe(text)
        if op == "delete":
            styled.append((f"[-{text}-]" if not style.color else text, DELETED))
        elif op == "insert":
            styled.append((f"{{+{text}+}}" if not style.color else text, INSERTED))
        elif op == "skip":
            styled.append((f" {style.glyphs['more']} ", DIM))
        else:
            styled.append((text, None))
    return out + ["  " + _paint(line, style) for line in wrap(styled, style.width - 2)]
