"""The comparison in a terminal: base beside chat in two columns that fit the width (80 by default).

Colour only where it helps a person (verdicts, the evidence inside the text, the snapshot diff),
and never when NO_COLOR is set or the output is not a terminal. The plain style, for CI logs, is
ASCII-framed, uncoloured and one cell after the other, so every line can be searched for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from why_finetune.report.model import Cell, Report, Row
from why_finetune.report.views.diff import changed_words, elide, word_diff
from why_finetune.report.views.highlight import segments
from why_finetune.report.views.summary import SNAPSHOT_WORDS, report_lines
from why_finetune.report.views.textwrap_styled import Pieces, paint, safe, truncate, width, wrap, wrapped
from why_finetune.report.views.verdict_text import comparison_words, evidence_text, verdict_words

GOOD, BAD, WARN, DIM, BOLD, MARK = "32", "31", "33", "2", "1", "30;43"
TONE_COLOURS = {"good": GOOD, "bad": BAD, "expected": None, "unchecked": DIM}  # expected: neutral
DELETED, INSERTED = "31;9", "32;4"
DEFAULT_MAX_LINES = 16
LINES_COUNTED = 400  # the short view counts the lines it hides up to this many, then says "at least"
PUBLISHED_BADGE = "printed in 2023, not a recording"


@dataclass(frozen=True)
class Style:
    width: int = 80
    color: bool = False
    plain: bool = False
    unicode: bool = True  # box-drawing and check marks; off when the output encoding lacks them
    max_lines: int | None = DEFAULT_MAX_LINES  # output lines per cell; None shows everything

    @property
    def glyphs(self) -> dict:
        if self.unicode and not self.plain:
            return {"v": "│", "h": "─", "x": "┼", "H": "━", "ok": "✓", "bad": "✗", "more": "…", "dot": "·", "bullet": "•",
                    "expected": "○", "unchecked": "·"}
        return {"v": "|", "h": "-", "x": "+", "H": "=", "ok": "+", "bad": "-", "more": "...", "dot": "-", "bullet": "*",
                "expected": "o", "unchecked": "."}

    def mark(self, tone: str) -> str:
        """The glyph before a verdict of this tone (verdict_text: good, bad, expected, unchecked)."""
        return self.glyphs[{"good": "ok", "bad": "bad"}.get(tone, tone)]


def choose_style(stream, *, plain: bool = False, color: str = "auto", width: int | None = None,
                 full: bool = False, environ=None) -> Style:
    """The style for `stream`: colour per --color, NO_COLOR and whether it is a terminal."""
    environ = os.environ if environ is None else environ
    tty = bool(getattr(stream, "isatty", lambda: False)())
    if color == "always":
        use_color = True
    elif color == "never" or plain:
        use_color = False
    else:
        use_color = tty and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"
    if width is None:
        try:
            columns = os.get_terminal_size(stream.fileno()).columns if tty else 80
        except (OSError, ValueError, AttributeError):
            columns = 80
        width = columns
    width = max(60, min(int(width), 160))
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "│─┼━✓✗…·•○".encode(encoding)
        unicode = True
    except (UnicodeEncodeError, LookupError):
        unicode = False
    return Style(width=width, color=use_color and not plain, plain=plain, unicode=unicode,
                 max_lines=None if full or plain else DEFAULT_MAX_LINES)


def render(report: Report, style: Style) -> str:
    if style.plain:  # for CI logs: ASCII only, whatever the models wrote
        from why_finetune.report.views.ascii_text import ascii_copy, to_ascii

        return to_ascii(_render(ascii_copy(report), style))
    return _render(report, style)


def _render(report: Report, style: Style) -> str:
    lines: list[str] = []
    put = lines.append
    g = style.glyphs
    put(paint_line([(report.title, BOLD)], style))
    for line in wrap([(report.source, DIM)], style.width, indent=2):
        put(paint_line(line, style))
    for note in report.notes:
        for line in wrap([(f"{g['bullet']} {safe(note)}", WARN)], style.width, indent=2):
            put(paint_line(line, style))
    for pair_id, rows in report.by_pair().items():
        lines += [""] + _pair_header(report, pair_id, style)
        shared = report.shared_note(rows)
        if shared:
            text = f"{sum(len(row.cells) for row in rows)} cases, none with an output: {shared}"
            lines += [paint_line(line, style) for line in wrap([("   " + safe(text), WARN)], style.width, indent=3)]
            continue
        unshown = [row for row in rows if all(cell.output is None for cell in row.cells)]
        for row in rows:
            if row not in unshown:
                lines += [""] + (_row_plain(row, style) if style.plain else _row_columns(row, style))
        if unshown:  # rows of a pair that shows others: one line for them all
            names = ", ".join(f"{row.query_id} {g['dot']} {row.form}" for row in unshown)
            text = f"{g['H'] * 2} no output for {names}: {safe(unshown[0].base.note or 'not run')}"
            lines += [""] + [paint_line(line, style) for line in wrap([(text, WARN)], style.width, indent=3)]
    put("")
    head = f"{style.glyphs['H'] * 2} at a glance "
    put(paint_line([(head + style.glyphs["H"] * (style.width - len(head)), BOLD)], style))
    lines += report_lines(report, style.width)
    put("")
    lines += _legend(style)
    return "\n".join(line.rstrip() if not style.color else line for line in lines) + "\n"


def paint_line(pieces: Pieces, style: Style, pad_to: int | None = None) -> str:
    return paint(pieces, style.color, pad_to)


def _pair_header(report: Report, pair_id: str, style: Style) -> list[str]:
    info = report.pairs.get(pair_id)
    g = style.glyphs
    title = f"pair {pair_id}"
    if info:  # model names are the catalogue's text: shown, like outputs, as they would print
        title += f": {safe(info.base)} (base) vs {safe(info.chat)} (chat)"
        if width(f"{g['H'] * 2} {title}") > style.width:  # shorter names rather than a wrapped heading
            title = f"pair {pair_id}: {safe(short_model(info.base))} (base) vs {safe(short_model(info.chat))} (chat)"
    out = [paint_line(line, style) for line in wrap([(f"{g['H'] * 2} {title}", BOLD)], style.width, indent=3)]
    if info and info.description:
        out += [paint_line(line, style) for line in wrap([("   " + safe(info.description), DIM)], style.width, indent=3)]
    return out


def _row_heading(row: Row, style: Style) -> list[str]:
    g = style.glyphs
    head = f"{g['H'] * 2} {row.query_id} {g['dot']} {row.form} "
    head = truncate(head, style.width)
    out = [paint_line([(head + g["H"] * (style.width - len(head)), BOLD)], style)]
    sent = safe((row.prompt or row.query_text).rstrip("\n"))
    label = "prompt: " if row.form == "raw" else f"prompt ({row.form}): "
    for line in wrap([(label, BOLD), (sent, None)], style.width, indent=2):
        out.append(paint_line(line, style))
    if row.comparison:
        words, tone = comparison_words(row.comparison, row.chat_better_expected)
        for line in wrap([(f"{style.mark(tone)} {words}", TONE_COLOURS[tone])], style.width, indent=2):
            out.append(paint_line(line, style))
    return out


# -- one cell as blocks of styled lines ---------------------------------------------------------


def short_model(name: str) -> str:
    """A model's name without its organisation: "SmolLM2-135M-Instruct" for "HuggingFaceTB/SmolLM2-135M-Instruct"."""
    return name.rsplit("/", 1)[-1] or name


def _heading_text(cell: Cell, short: bool = False) -> str:
    if cell.role not in ("base", "chat"):
        return cell.heading
    return f"{cell.heading.upper()} {safe(short_model(cell.model) if short else cell.model)}"


def cell_heading(cell: Cell, columns: int, style: Style, short: bool = False) -> list[Pieces]:
    return [[(truncate(_heading_text(cell, short), columns, style.glyphs["more"]), BOLD)]]


def cell_badges(cell: Cell, columns: int, style: Style) -> list[Pieces]:
    pieces: Pieces = []
    lines: list[Pieces] = []
    if cell.verdict:
        for words, tone in verdict_words(cell.verdict, cell.expected):
            pieces += [(f"{style.mark(tone)} {words}", TONE_COLOURS[tone]), ("  ", None)]
        if sum(width(text) for text, _ in pieces[:-1]) <= columns:
            lines = [pieces[:-1]]
        else:  # one verdict a line, each kept whole where it fits
            lines = [line for piece in pieces[::2] for line in wrap([piece], columns, indent=2)]
    elif cell.output is not None and cell.judge_note:
        lines = [[("not judged", DIM)]]
    status = cell.snapshot_status
    if status and cell.output is not None:
        words = SNAPSHOT_WORDS[status] + (" (diff below)" if status == "changed" else "")
        lines.append([(words, WARN if status in ("changed", "missing", "unreadable") else DIM)])
    elif cell.output is not None and cell.provenance.get("published"):
        lines += wrap([(PUBLISHED_BADGE, WARN)], columns, indent=2)
    return lines


def cell_body(cell: Cell, columns: int, style: Style) -> list[Pieces]:
    if cell.output is None:
        return wrap([(safe(cell.note or "no output"), WARN)], columns)
    if not cell.output.strip():
        return [[("(empty output)", DIM)]]
    spans = cell.verdict.failure_spans if cell.verdict else []
    marked = [(safe(text), MARK if hit else None) for text, hit in segments(cell.output, spans)]
    if not style.max_lines:
        lines = wrap(marked, columns)
        while lines and not lines[-1]:
            lines.pop()
        return lines
    return _first_lines(wrapped(marked, columns), style, style.max_lines)


def _first_lines(lines: Iterator[Pieces], style: Style, max_lines: int) -> list[Pieces]:
    """The short view of an output: its first lines, and how many more there are. Lines are wrapped
    only as they are needed, and counted only up to LINES_COUNTED: a base model that loops to the size
    limit of a cassette is not wrapped whole to show sixteen lines of it."""
    kept: list[Pieces] = []
    counted = last_written = 0  # trailing empty lines are not shown, nor counted as hidden
    for line in lines:
        counted += 1
        if line:
            last_written = counted
        if counted <= max_lines + 1:
            kept.append(line)
        if counted == LINES_COUNTED:
            hidden = last_written - max_lines
            more = f"at least {hidden} more lines" if hidden > 0 else "more lines"
            break
    else:  # every line counted
        if last_written <= max_lines + 1:
            return kept[:last_written]
        more = f"{last_written - max_lines} more lines"
    return kept[:max_lines] + [[(f"{style.glyphs['more']} {more} (--full shows all)", DIM)]]


def cell_footer(cell: Cell, columns: int, style: Style) -> list[Pieces]:
    g = style.glyphs
    out: list[Pieces] = []
    if cell.verdict:
        evidence = list(cell.verdict.evidence)
        if style.max_lines:  # the short view: the first evidence for each verdict, none for "no drift"
            evidence = [e for n, e in enumerate(evidence)
                        if e.property not in {f.property for f in evidence[:n]}
                        and not (e.property == "drifts" and not cell.verdict.drifts)]
        for each in evidence:
            out += wrap([(f"{g['bullet']} ", None), (safe(evidence_text(cell.verdict, each)), None)], columns, indent=2)
        hidden = len(cell.verdict.evidence) - len(evidence)
        if hidden:
            out.append([(f"(+{hidden} more evidence: --full)", DIM)])
    elif cell.output is not None and cell.judge_note:
        out += wrap([(safe(cell.judge_note), DIM)], columns, indent=2)
    if cell.output is not None and cell.note:
        out += wrap([(f"! {safe(cell.note)}", WARN)], columns, indent=2)
    provenance = _provenance_text(cell, style)
    if provenance:
        out += wrap([(provenance, DIM)], columns, indent=2)
    return out


def _provenance_text(cell: Cell, style: Style) -> str:
    """Provenance in few words: backend, model file, runtime and date (the HTML report has it all)."""
    info = cell.provenance
    parts = [str(info[key]) for key in ("backend", "model_file", "runtime") if info.get(key)]
    for key in ("recorded", "generated", "published"):
        if info.get(key):
            parts.append(f"{key} {info[key]}")
    sources = info.get("sources") or []
    if sources:
        first = sources[0]
        parts.append(f"notebook {first.get('repo')} @ {str(first.get('commit', ''))[:7]}"
                     + (f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""))
    return f" {style.glyphs['dot']} ".join(safe(p) for p in parts)


# -- a row: two columns, or one cell after the other ----------------------------------------------


def _row_columns(row: Row, style: Style) -> list[str]:
    g = style.glyphs
    column = (style.width - 3) // 2
    out = _row_heading(row, style)
    left, right = row.base, row.chat
    short = any(width(_heading_text(cell)) > column for cell in (left, right))  # both short, or neither
    blocks = [
        (cell_heading(left, column, style, short), cell_heading(right, column, style, short)),
        (cell_badges(left, column, style), cell_badges(right, column, style)),
        None,  # the rule under the headings
        (cell_body(left, column, style), cell_body(right, column, style)),
        None,
        (cell_footer(left, column, style), cell_footer(right, column, style)),
    ]
    for index, block in enumerate(blocks):
        if block is None:
            if index == len(blocks) - 2 and not any(blocks[-1] or ()):
                continue
            out.append(paint_line([(g["h"] * column + g["h"] + g["x"] + g["h"] + g["h"] * column, DIM)], style))
            continue
        a, b = block
        for number in range(max(len(a), len(b))):
            one = a[number] if number < len(a) else []
            two = b[number] if number < len(b) else []
            out.append(paint_line(one, style, column) + paint_line([(f" {g['v']} ", DIM)], style) + paint_line(two, style))
    for extra in row.extras:
        out += [""] + _stacked(extra, style)
    out += _diffs(row, style)
    return out


def _stacked(cell: Cell, style: Style, indent: int = 0) -> list[str]:
    columns = style.width - indent
    pad = " " * indent
    lines = cell_heading(cell, columns, style) + cell_badges(cell, columns, style)
    body = cell_body(cell, columns - 2, style)
    bar = style.glyphs["v"]
    out = [pad + paint_line(line, style) for line in lines]
    out += [pad + paint_line([(bar + " ", DIM)] + line, style) for line in body]
    out += [pad + paint_line(line, style) for line in cell_footer(cell, columns, style)]
    return out


def _row_plain(row: Row, style: Style) -> list[str]:
    head = f"== {row.id} "
    out = [head + "=" * max(0, style.width - len(head))]
    out += [paint_line(line, style) for line in wrap([("prompt: " + safe((row.prompt or row.query_text).rstrip("\n")), None)],
                                                 style.width, indent=2)]
    if row.comparison:
        out += [paint_line(line, style) for line in wrap(
            [(comparison_words(row.comparison, row.chat_better_expected)[0], None)], style.width, indent=2)]
    for cell in row.cells:
        out.append("")
        verdicts = ", ".join(words for words, _ in verdict_words(cell.verdict, cell.expected)) if cell.verdict else "not judged"
        status = f"; {SNAPSHOT_WORDS[cell.snapshot_status]}" if cell.snapshot_status and cell.output is not None else ""
        title = f"-- {cell.heading} {cell.model}" if cell.role in ("base", "chat") else f"-- {cell.heading}"
        if cell.output is not None:
            title += f": {verdicts}{status}"
        out += [paint_line(line, style) for line in wrap([(safe(title), None)], style.width, indent=3)]
        if cell.output is None:
            out += ["   " + paint_line(line, style) for line in cell_body(cell, style.width - 3, style)]
        else:
            out += ["   | " + paint_line(line, style) for line in cell_body(cell, style.width - 5, style)]
        out += ["   " + paint_line(line, style) for line in cell_footer(cell, style.width - 3, style)]
    out += _diffs(row, style)
    return out


def _diffs(row: Row, style: Style) -> list[str]:
    out = []
    for cell in row.cells:
        if cell.snapshot_status != "changed" or cell.output is None or cell.snapshot_output is None:
            continue
        out += diff_lines(cell.snapshot_output, cell.output, f"snapshot changed ({cell.heading})", "-old +new", style)
    return out


def diff_lines(before: str, after: str, what: str, sides: str, style: Style) -> list[str]:
    """The words that changed from `before` to `after`, under a line saying how many ("{what}: 3 words
    removed, 1 added ({sides})"); without colour, removed words read [-so-] and added ones {+so+}."""
    pieces = word_diff(before, after)
    removed, added = changed_words(pieces)
    out = ["", paint_line([(f"{what}: {removed} words removed, {added} added ({sides})", WARN)], style)]
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
    return out + ["  " + paint_line(line, style) for line in wrap(styled, style.width - 2)]


def _legend(style: Style) -> list[str]:
    g = style.glyphs
    text = (
        f"{g['ok']}/{g['bad']} answers: the output responds to the query. {g['ok']}/{g['bad']} drifts: it loops, "
        "echoes the prompt or template, or writes the other speaker's turns. "
        f"{g['expected']} (expected): what catalogue.yaml expects of this case, the lesson rather than a failure; "
        f"{g['bad']} (expected: ...): not what it expects; {g['unchecked']} (not checked): it expects nothing. "
        "Evidence is listed under each output, with the verdict it stands for"
        + (" and highlighted in it." if style.color else ".")
        + " Snapshot: how the output stands against snapshots/<case>.yml."
    )
    lines = [paint_line(line, style) for line in wrap([(text, DIM)], style.width, indent=0)]
    hint = "HTML report: python -m why_finetune compare --html report.html"
    return lines + [paint_line([(truncate(hint, style.width), DIM)], style)]


