"""The comparison as one self-contained HTML file: inline CSS, no script, nothing fetched.

One table per pair, one row per query and form: the base cell beside the chat cell, each with its
verdict badges, the output (monospace, line breaks kept) with the evidence marked inside it, the
evidence itself, the snapshot status (and a word diff when it changed), and the provenance.
Every piece of text is escaped; each cell carries its case id in `data-case`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

from why_finetune.recording.writing import write_atomically
from why_finetune.report.model import Cell, Report, Row, provenance_items
from why_finetune.report.views.diff import changed_words, word_diff
from why_finetune.report.views.highlight import labelled_segments
from why_finetune.report.views.textwrap_styled import safe
from why_finetune.report.views.verdict_text import comparison_words, evidence_parts, verdict_words

CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --warn-bg: #fff8c5; --warn: #7d4e00; --muted: #59636e;
        --line: #d1d9e0; --soft: #f6f8fa; --mark: #ffd33d; --text: #1f2328; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #eef1f4;
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 22px 32px 16px; }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { margin: 0; font-size: 19px; }
.source, .desc, .legend, footer { color: var(--muted); font-size: 13.5px; margin: 4px 0; }
.totals { margin: 10px 0 0; display: flex; gap: 8px; flex-wrap: wrap; }
.notes { margin: 10px 0 0; padding: 8px 12px 8px 28px; background: var(--warn-bg); color: var(--warn);
         border: 1px solid #eed888; border-radius: 6px; font-size: 13.5px; }
main { padding: 8px 32px 32px; }
section.pair { margin: 22px 0 0; }
.pair-head { margin: 0 0 10px; }
table.compare { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0;
                background: #fff; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
table.compare > thead th { text-align: left; font-size: 13px; text-transform: uppercase; letter-spacing: .04em;
                color: var(--muted); background: var(--soft); padding: 10px 16px; border-bottom: 1px solid var(--line); }
table.compare > thead th .model { text-transform: none; letter-spacing: 0; color: var(--text); font-weight: 600;
                font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; margin-left: 6px; }
tr.row-head th { text-align: left; font-weight: normal; padding: 14px 16px 8px; background: #fbfcfd;
                 border-top: 2px solid var(--line); }
tr.row-head .qid { font-weight: 700; font-size: 16px; }
.form { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 999px; margin-left: 8px;
        background: #ddf4ff; color: #0a3069; vertical-align: 2px; }
pre.prompt { margin: 6px 0 0; font-size: 12.5px; color: var(--muted); background: none; padding: 0; }
td.cell { vertical-align: top; padding: 10px 16px 16px; border-top: 1px solid var(--line); }
td.cell + td.cell { border-left: 1px solid var(--line); }
td.extra { background: #fbfbff; }
.cell-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; font-size: 13px; }
.cell-head .role { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.cell-head .case-id { margin-left: auto; color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace;
                      font-size: 11.5px; }
.badges { margin: 6px 0 8px; display: flex; gap: 6px; flex-wrap: wrap; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 12.5px; font-weight: 600;
         line-height: 1.5; border: 1px solid transparent; }
.badge.ok { background: var(--ok); color: #fff; }
.badge.bad { background: var(--bad); color: #fff; }
.badge.expected { background: #eaeef2; color: var(--text); border-color: #afb8c1; }
.badge.unchecked { background: #fff; color: var(--muted); border-color: var(--line); font-weight: 500; }
.badge.snap { background: #fff; color: var(--muted); border-color: var(--line); font-weight: 500; }
.badge.snap.changed { background: var(--warn-bg); color: var(--warn); border-color: #d4a72c; font-weight: 600; }
.badge.snap.unreadable { background: var(--warn-bg); color: var(--warn); border-color: #d4a72c; font-weight: 600; }
.badge.snap.published { background: var(--warn-bg); color: var(--warn); border-color: #d4a72c; }
.badge.snap.new { background: #ddf4ff; color: #0a3069; border-color: #80ccff; }
.badge.count { background: #fff; border-color: var(--line); color: var(--text); font-weight: 500; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0;
      font: 13px/1.5 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
pre.output { background: var(--soft); border: 1px solid #e4e8ec; border-radius: 6px; padding: 10px 12px; }
pre.output.empty { color: var(--muted); font-style: italic; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
/* Each highlighted evidence line has its colour and number; its highlights have the same colour, the first one its number. */
.e1 { background: var(--mark); } .e2 { background: #9fd4ff; } .e3 { background: #ffb3c6; }
.e4 { background: #aef0b9; } .e5 { background: #dcc4ff; } .e6 { background: #ffc98a; }
mark.first::before { content: attr(data-evidence); font: 700 9.5px/1 system-ui, sans-serif; vertical-align: super;
                     margin-right: 1px; color: #3d444d; }
.key { display: inline-block; min-width: 17px; height: 17px; border-radius: 4px; margin-right: 6px; text-align: center;
       font: 700 11px/17px system-ui, sans-serif; color: #1f2328; vertical-align: 1px; }
.missing { color: var(--muted); background: var(--soft); border: 1px dashed var(--line); border-radius: 6px;
           padding: 14px; font-size: 14px; }
.warning { color: var(--warn); background: var(--warn-bg); border-radius: 6px; padding: 6px 10px; font-size: 13px;
           margin: 8px 0 0; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; background: #eff2f5;
       padding: 1px 5px; border-radius: 4px; color: var(--text); white-space: nowrap; }
ul.evidence { margin: 10px 0 0; padding: 0; list-style: none; font-size: 13px; }
ul.evidence li { margin: 4px 0; padding-left: 12px; border-left: 3px solid var(--line); color: #3d444d; }
ul.evidence li.flagged { border-left-color: var(--bad); }
ul.evidence li.holds { border-left-color: var(--ok); }
ul.evidence .prop { font-weight: 600; color: var(--text); margin-right: 4px; }
details.diff { margin: 10px 0 0; font-size: 13px; }
details.diff summary { cursor: pointer; color: var(--warn); font-weight: 600; }
pre.diff { margin-top: 6px; padding: 10px 12px; border: 1px solid #eed888; border-radius: 6px; background: #fffdf0; }
del { background: #ffebe9; color: #82071e; text-decoration: line-through; }
ins { background: #dafbe1; color: #044f1e; text-decoration: none; }
.prov { margin: 10px 0 0; font-size: 12px; color: var(--muted); }
.prov b { font-weight: 600; color: #3d444d; }
.prov a { color: #0969da; }
footer { padding: 0 32px 32px; }
tr.compact td.cell { padding: 7px 16px; font-size: 13.5px; display: table-cell; }
tr.compact .qid { font-weight: 600; }
tr.compact .case-id { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11.5px;
                      margin-left: 10px; }
tr.compact .not-recorded { float: right; color: var(--muted); font-style: italic; }
.pair-head .missing { margin-top: 8px; }
.pair-verdict { float: right; font-size: 13px; font-weight: 600; }
.pair-verdict.ok { color: var(--ok); }
.pair-verdict.bad { color: var(--bad); }
.pair-verdict.expected { color: var(--muted); }
.cell-head .model, .case-id, .prov a { overflow-wrap: anywhere; }
/* A phone (390 px): one column, the chat cell under the base cell, commands and names wrapped in their box. */
@media (max-width: 640px) {
  header { padding: 14px 14px 12px; }
  main { padding: 4px 10px 20px; }
  footer { padding: 0 14px 20px; }
  h1 { font-size: 20px; }
  code { white-space: normal; overflow-wrap: anywhere; }
  table.compare, table.compare > tbody, table.compare tr, table.compare td, table.compare th { display: block; width: 100%; }
  table.compare > thead, table.compare > colgroup { display: none; }
  tr.row-head th { padding: 12px 12px 6px; }
  td.cell { padding: 10px 12px 14px; }
  td.cell + td.cell { border-left: 0; }
  tr.compact td.cell { display: block; }
  .pair-verdict, tr.compact .not-recorded { float: none; display: block; margin: 4px 0 0; }
  .cell-head .case-id { margin-left: 0; }
}
"""


TONE_CLASSES = {"good": "ok", "bad": "bad", "expected": "expected", "unchecked": "unchecked"}
TONE_MARKS = {"good": "✓", "bad": "✗", "expected": "○", "unchecked": "·"}


def esc(text) -> str:
    """Markup escaped, and controls and bidi overrides shown as visible escapes: a browser would hide
    them (or let a right-to-left override reorder what follows), and the file must show what the model wrote."""
    return html.escape(safe(str(text)), quote=True)


_COMMAND = re.compile(r"python -m why_finetune[\w\-/ ]*")


def _with_commands(text: str) -> str:
    """Escaped text in which the project's commands are shown as code."""
    out, position = [], 0
    for match in _COMMAND.finditer(text):
        command = match.group().rstrip()
        out += [esc(text[position:match.start()]), f"<code>{esc(command)}</code>"]
        position = match.start() + len(command)
    out.append(esc(text[position:]))
    return "".join(out)


def render(report: Report) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>why-finetune: {esc(report.title)}</title>",
        f"<style>{CSS}</style></head><body>",
        _header(report),
        "<main>",
    ]
    for pair_id, rows in report.by_pair().items():
        parts.append(_pair(report, pair_id, rows))
    if not report.rows:
        parts.append('<p class="missing">Nothing to show.</p>')
    parts += ["</main>", _footer(), "</body></html>"]
    return "\n".join(parts) + "\n"


def unwritable_target(path) -> str | None:
    """Why the report cannot be written to `path`, checked before any work; None when it can."""
    path = Path(path)
    if path.is_dir():
        return f"{path} is a folder: give the report a file name, such as {path / 'report.html'}"
    if not path.parent.is_dir():
        return f"{path}: the folder {path.parent} does not exist; create it or choose another path"
    return None


def write_report(path: Path, report: Report) -> Path:
    write_atomically(Path(path), render(report))
    return Path(path)


def _header(report: Report) -> str:
    cells = [cell for row in report.rows for cell in row.cells if cell.output is not None]
    judged = [cell.verdict for cell in cells if cell.verdict]
    changed = sum(1 for cell in cells if cell.snapshot_status == "changed")
    totals = [
        f'<span class="badge count">{len(report.rows)} rows</span>',
        f'<span class="badge count">{len(cells)} outputs</span>',
        f'<span class="badge count">{sum(j.answers for j in judged)} answer</span>',
        f'<span class="badge count">{sum(j.drifts for j in judged)} drift</span>',
    ]
    if changed:
        totals.append(f'<span class="badge snap changed">{changed} snapshot(s) changed</span>')
    notes = "".join(f"<li>{_with_commands(note)}</li>" for note in report.notes)
    return (
        "<header>"
        f"<h1>{esc(report.title)}</h1>"
        f'<p class="source">{esc(report.source)} · generated {esc(report.generated)}</p>'
        f'<div class="totals">{"".join(totals)}</div>'
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + '<p class="legend"><b>answers</b>: the output responds to the query. <b>drifts</b>: it loops, echoes the '
        "prompt or the chat template, or writes the other speaker's turns. The evidence that decided a failing "
        "verdict is <mark>highlighted</mark> in the output and listed under it, each highlight in the colour "
        "and with the number of its evidence line. <b>(expected)</b>: a verdict the catalogue expects of that case, "
        "the lesson rather than a failure; a red one says what was expected instead. <b>snapshot</b>: how the output "
        "stands against its stored regression snapshot, <code>snapshots/&lt;case id&gt;.yml</code>.</p>"
        "</header>"
    )


def _pair(report: Report, pair_id: str, rows: list[Row]) -> str:
    info = report.pairs.get(pair_id)
    base_model = info.base if info else rows[0].base.model
    chat_model = info.chat if info else rows[0].chat.model
    head = f'<div class="pair-head"><h2>pair <code>{esc(pair_id)}</code></h2>'
    if info and info.description:
        head += f'<p class="desc">{_with_commands(info.description)}</p>'
    shared = report.shared_note(rows)
    if shared:
        head += f'<p class="missing">Every case of this pair: {_with_commands(shared)}</p>'
    head += "</div>"
    body = "".join(_row(row, compact=bool(shared) or all(cell.output is None for cell in row.cells)) for row in rows)
    return (
        f'<section class="pair" id="pair-{esc(pair_id)}">{head}'
        '<table class="compare"><colgroup><col><col></colgroup>'
        f'<thead><tr><th scope="col">Base<span class="model">{esc(base_model)}</span></th>'
        f'<th scope="col">Chat<span class="model">{esc(chat_model)}</span></th></tr></thead>'
        f"<tbody>{body}</tbody></table></section>"
    )


def _row(row: Row, compact: bool = False) -> str:
    """A row's heading (query, form, prompt as sent) and its cells; compact: one line, for a pair with no output."""
    prompt = row.prompt or row.query_text
    if compact:
        return (
            f'<tr class="row compact" id="row-{esc(row.id)}" data-row="{esc(row.id)}">'
            + "".join(
                f'<td class="cell" data-case="{esc(cell.case_id)}"><span class="qid">{esc(row.query_id)}</span>'
                f'<span class="form">{esc(row.form)}</span><span class="case-id">{esc(cell.case_id)}</span>'
                f'<span class="not-recorded">not recorded</span></td>'
                for cell in (row.base, row.chat)
            )
            + "</tr>"
        )
    verdict = ""
    if row.comparison:
        words, tone = comparison_words(row.comparison, row.chat_better_expected)
        verdict = f'<span class="pair-verdict {TONE_CLASSES[tone]}">{TONE_MARKS[tone]} {esc(words)}</span>'
    out = (
        f'<tr class="row-head" id="row-{esc(row.id)}"><th colspan="2" scope="rowgroup">'
        f'<span class="qid">{esc(row.query_id)}</span><span class="form">{esc(row.form)}</span>{verdict}'
        f'<pre class="prompt">{esc(prompt)}</pre></th></tr>'
        f'<tr class="row" data-row="{esc(row.id)}">{_cell(row.base)}{_cell(row.chat)}</tr>'
    )
    for extra in row.extras:
        out += f'<tr class="row extra" data-row="{esc(row.id)}">{_cell(extra, extra=True)}</tr>'
    return out


def _cell(cell: Cell, extra: bool = False) -> str:
    attrs = f'class="cell{" extra" if extra else ""}" data-case="{esc(cell.case_id)}"'
    if extra:
        attrs += ' colspan="2"'
    head = (
        f'<div class="cell-head"><span class="role">{esc(cell.heading)}</span>'
        + (f'<span class="model">{esc(cell.model)}</span>' if not extra or not cell.label else "")
        + f'<span class="case-id">{esc(cell.case_id)}</span></div>'
    )
    if cell.output is None:
        return f"<td {attrs}>{head}<div class=\"missing\">{_with_commands(cell.note or 'no output')}</div></td>"
    return (
        f"<td {attrs}>{head}{_badges(cell)}{_output(cell)}{_evidence(cell)}"
        + (f'<p class="warning">{_with_commands(cell.note)}</p>' if cell.note else "")
        + f"{_diff(cell)}{_provenance(cell)}</td>"
    )


def _badges(cell: Cell) -> str:
    badges = []
    if cell.verdict:
        for words, tone in verdict_words(cell.verdict, cell.expected):
            badges.append(f'<span class="badge {TONE_CLASSES[tone]}">{TONE_MARKS[tone]} {esc(words)}</span>')
    elif cell.judge_note:
        badges.append(f'<span class="badge snap" title="{esc(cell.judge_note)}">not judged</span>')
    if cell.snapshot_status:
        words = {"unchanged": "snapshot unchanged", "changed": "snapshot changed", "new": "snapshot new",
                 "missing": "no snapshot", "unreadable": "snapshot unreadable"}[cell.snapshot_status]
        badges.append(f'<span class="badge snap {esc(cell.snapshot_status)}">{esc(words)}</span>')
    elif cell.provenance.get("published"):
        badges.append('<span class="badge snap published">printed in 2023, not a recording</span>')
    return f'<div class="badges">{"".join(badges)}</div>'


HIGHLIGHTS = 6  # colours .e1 to .e6 in CSS, taken in turn by the evidence a cell highlights


def _highlighted(cell: Cell) -> list:
    """The evidence whose words are highlighted in the cell's output, in the order they are listed."""
    if not cell.verdict:
        return []
    return [e for e in cell.verdict.evidence if cell.verdict.shows_failure(e) and e.span.strip()]


def _key(cell: Cell, evidence) -> tuple[int, str] | None:
    """(number, colour class) tying an evidence line to its highlights, None if it highlights nothing."""
    highlighted = _highlighted(cell)
    if evidence not in highlighted:
        return None
    number = highlighted.index(evidence) + 1
    return number, f"e{(number - 1) % HIGHLIGHTS + 1}"


def _output(cell: Cell) -> str:
    output = cell.output or ""  # only cells with an output are drawn with one
    if not output.strip():
        return '<pre class="output empty">(empty output)</pre>'
    highlighted = _highlighted(cell)
    out, first = [], set()
    for piece, index in labelled_segments(output, [e.span for e in highlighted]):
        if index is None:
            out.append(esc(piece))
            continue
        evidence = highlighted[index]
        key, verdict = _key(cell, evidence), cell.verdict
        assert key is not None and verdict is not None  # a highlight comes from the cell's own verdict
        number, colour = key
        label, _ = evidence_parts(verdict, evidence)
        starts = "" if number in first else " first"
        first.add(number)
        out.append(f'<mark class="{colour}{starts}" data-evidence="{number}" '
                   f'title="{number}. {esc(label)}: {esc(evidence.measure)}">{esc(piece)}</mark>')
    return f'<pre class="output">{"".join(out)}</pre>'


def _evidence(cell: Cell) -> str:
    if not cell.verdict or not cell.verdict.evidence:
        return f'<p class="prov">{esc(cell.judge_note)}</p>' if cell.judge_note else ""
    items = []
    for each in cell.verdict.evidence:
        kind = "flagged" if cell.verdict.shows_failure(each) else "holds"
        label, message = evidence_parts(cell.verdict, each)
        key = _key(cell, each)
        if key:
            number, colour = key
            items.append(f'<li class="{kind}" data-evidence="{number}"><span class="key {colour}" '
                         f'title="highlighted in the output">{number}</span>'
                         f'<span class="prop">{esc(label)}:</span>{esc(message)}</li>')
        else:
            items.append(f'<li class="{kind}"><span class="prop">{esc(label)}:</span>{esc(message)}</li>')
    return f'<ul class="evidence">{"".join(items)}</ul>'


def _diff(cell: Cell) -> str:
    if cell.snapshot_status != "changed" or cell.snapshot_output is None or cell.output is None:
        return ""
    pieces = word_diff(cell.snapshot_output, cell.output)
    removed, added = changed_words(pieces)
    body = "".join(
        f"<del>{esc(text)}</del>" if op == "delete" else f"<ins>{esc(text)}</ins>" if op == "insert" else esc(text)
        for op, text in pieces
    )
    return (
        f'<details class="diff" open><summary>changed since the stored snapshot: {removed} words removed, '
        f'{added} added</summary><pre class="diff">{body}</pre></details>'
    )


def _provenance(cell: Cell) -> str:
    items = [f"<b>{esc(label)}</b> {esc(value)}" for label, value in provenance_items(cell.provenance)]
    sources = cell.provenance.get("sources") or []
    links = []
    for source in sources[:3]:
        repo, path, commit = source.get("repo", ""), source.get("path", ""), str(source.get("commit", ""))
        url = f"https://github.com/{quote(repo)}/blob/{quote(commit)}/{quote(path)}"
        links.append(f'<a href="{esc(url)}">{esc(repo)} @ {esc(commit[:7])}</a>'
                     + (f" ({esc(source['date'])})" if source.get("date") else ""))
    if links:
        more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
        items.append("<b>printed in</b> " + ", ".join(links) + esc(more))
    return f'<p class="prov">{" · ".join(items)}</p>' if items else ""


def _footer() -> str:
    return (
        '<footer>Made by <code>python -m why_finetune compare</code>. Record again with '
        "<code>python -m why_finetune refresh --pair local</code> (offline) or "
        "<code>--pair course</code> (needs LAMINI_API_KEY).</footer>"
    )
