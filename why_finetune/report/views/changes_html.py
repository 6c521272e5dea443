"""`compare --changed --html FILE`: the changed cases as one self-contained HTML file.

The comparison report's page (why_finetune.report.views.html): its style, its cells (verdict badges,
highlighted evidence, escaped text), with the output at REF in the left column and the output now
in the right one, and the words that changed between them.
"""

from __future__ import annotations

from pathlib import Path

from why_finetune.recording.writing import write_atomically
from why_finetune.report.sources.changes import CaseChange, Changes
from why_finetune.report.views.diff import changed_words, word_diff
from why_finetune.report.views.html import CSS, _cell, esc

EXTRA_CSS = """
.headline { font-size: 16px; font-weight: 600; margin: 8px 0 0; }
.headline.broken { color: var(--bad); }
.kind { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 999px; margin-left: 8px;
        background: #eaeef2; vertical-align: 2px; }
.kind.new { background: #ddf4ff; color: #0a3069; }
.kind.removed { background: #ffebe9; color: #82071e; }
ul.words { margin: 6px 0 0; padding-left: 18px; font-size: 14px; }
ul.words li.broken { color: var(--bad); font-weight: 600; }
td.between { padding: 0 16px 14px; }
"""


def render_changes(changes: Changes) -> str:
    broken = bool(changes.broken)
    notes = "".join(f"<li>{esc(note)}</li>" for note in changes.notes)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>why-finetune: what changed since {esc(changes.at)}</title>",
        f"<style>{CSS}{EXTRA_CSS}</style></head><body>",
        "<header>",
        f"<h1>What changed in the models' behaviour since {esc(changes.at)}</h1>",
        f'<p class="headline{" broken" if broken else ""}">{esc(changes.headline())}</p>',
        f'<ul class="notes">{notes}</ul>' if notes else "",
        '<p class="legend">Only the cases whose recording or snapshot differs from '
        f"<code>{esc(changes.ref)}</code>: the output there on the left, the output now on the right, each with "
        "its verdicts against what the catalogue expected then and expects now. An expectation broken is one "
        "that held at the revision and fails now.</p>",
        "</header><main>",
    ]
    rows: dict[str, list] = {}
    for row in changes.rows:
        rows.setdefault(row.pair, []).append(row)
    for pair_id, cases in changes.by_pair().items():
        info = changes.pairs.get(pair_id)
        models = f'<p class="desc">{esc(info.base)} (base) vs {esc(info.chat)} (chat)</p>' if info else ""
        row_words = "".join(f'<li class="{"broken" if row.broken else ""}">{esc(row.row_id)}: {esc(row.words)}'
                            + (f" — {esc(row.broken)}" if row.broken else "") + "</li>"
                            for row in rows.get(pair_id, []))
        parts.append(
            f'<section class="pair" id="pair-{esc(pair_id)}"><div class="pair-head"><h2>pair <code>{esc(pair_id)}'
            f"</code></h2>{models}" + (f'<ul class="words">{row_words}</ul>' if row_words else "") + "</div>"
            '<table class="compare"><colgroup><col><col></colgroup>'
            f'<thead><tr><th scope="col">at {esc(changes.at)}</th><th scope="col">now</th></tr></thead>'
            f'<tbody>{"".join(_change(change) for change in cases)}</tbody></table></section>'
        )
    if not changes.cases:
        parts.append('<p class="missing">No behaviour changed: every recording and snapshot is as it was.</p>')
    parts += ["</main>", "<footer>Made by <code>python -m why_finetune compare --changed</code>.</footer>",
              "</body></html>"]
    return "\n".join(part for part in parts if part) + "\n"


def write_changes(path: Path, changes: Changes, secrets=()) -> Path:
    from why_finetune.recording.redaction import redact

    write_atomically(Path(path), redact(render_changes(changes), secrets))
    return Path(path)


def _change(change: CaseChange) -> str:
    words = "".join(f"<li>{esc(each)}</li>" for each in change.words)
    words += "".join(f'<li class="broken">✗ {esc(each)}</li>' for each in change.broken)
    return (
        f'<tr class="row-head" id="row-{esc(change.case_id)}"><th colspan="2" scope="rowgroup">'
        f'<span class="qid">{esc(change.case_id)}</span><span class="kind {esc(change.kind)}">{esc(change.kind)}</span>'
        f'<ul class="words">{words}</ul></th></tr>'
        f'<tr class="row" data-row="{esc(change.case_id)}">{_cell(change.then)}{_cell(change.now)}</tr>'
        + _between(change)
    )


def _between(change: CaseChange) -> str:
    before, after = change.then.output, change.now.output
    if before is None or after is None or before == after:
        return ""
    pieces = word_diff(before, after)
    removed, added = changed_words(pieces)
    body = "".join(
        f"<del>{esc(text)}</del>" if op == "delete" else f"<ins>{esc(text)}</ins>" if op == "insert" else esc(text)
        for op, text in pieces
    )
    return (f'<tr class="row"><td class="between" colspan="2"><details class="diff" open><summary>output then -> now: '
            f'{removed} words removed, {added} added</summary><pre class="diff">{body}</pre></details></td></tr>')
