"""`python -m why_finetune compare --changed [REF]`: review a refresh like a pull request.

REF is read with git itself (never checked out). Exit status: 0 when every expectation that held at
REF still holds, 1 when one fails now (or a recording on disk cannot be read), 2 for a usage
mistake (no git repository, no such REF, a file that cannot be written), each said in one line.
Every view goes through the same redaction as the test reports: no key in use is ever written.
"""

from __future__ import annotations

from pathlib import Path


def run_changed(args, stdout, stderr, environ) -> int:
    from why_finetune.catalogue import CatalogueError, load_catalogue
    from why_finetune.clients import keys_in_use
    from why_finetune.project import ProjectError, find_project
    from why_finetune.recording.redaction import redact
    from why_finetune.report.sources.at_revision import RevisionError, open_revision
    from why_finetune.report.sources.changes import changes_since
    from why_finetune.report.views.changes_terminal import render_changes
    from why_finetune.report.views.html import unwritable_target
    from why_finetune.report.views.terminal import choose_style

    for option, path in (("--html", args.html), ("--markdown", args.markdown)):
        problem = unwritable_target(path) if path else None
        if problem:
            print(f"compare: {option} {problem}", file=stderr)
            return 2
    try:
        project = find_project()
        if args.cassettes or args.snapshots:
            from dataclasses import replace

            project = replace(project, cassettes=args.cassettes or project.cassettes,
                              snapshots=args.snapshots or project.snapshots)
        catalogue = load_catalogue(project.catalogue)
        for pair_id in args.pair:
            catalogue.pair(pair_id)
        for query_id in args.query:
            catalogue.query(query_id)
        revision = open_revision(project.root, args.changed)
        secrets = keys_in_use(catalogue.pairs.values(), environ)
        changes = changes_since(revision, project, catalogue, secrets)
    except (CatalogueError, ProjectError, RevisionError) as error:
        print(f"compare: {error}", file=stderr)
        return 2
    _select(changes, args.pair, args.query)
    plain = args.plain
    if plain is None:
        plain = bool(environ.get("CI")) and not bool(getattr(stdout, "isatty", lambda: False)())
    style = choose_style(stdout, plain=plain, color=args.color, width=args.width, full=args.full, environ=environ)
    written = []
    try:
        if args.html:
            from why_finetune.report.views.changes_html import write_changes

            written.append(f"HTML written to {write_changes(Path(args.html), changes, secrets)}")
        if args.markdown:
            from why_finetune.recording.writing import write_atomically
            from why_finetune.report.views.changes_markdown import render_markdown

            write_atomically(Path(args.markdown), redact(render_markdown(changes), secrets))
            written.append(f"Markdown written to {args.markdown}")
    except OSError as error:
        print(f"compare: cannot write {error.filename or 'the file'} ({error.strerror})", file=stderr)
        return 1
    stdout.write(redact(render_changes(changes, style), secrets))
    for line in written:
        stdout.write(f"{line}\n")
    stdout.flush()
    for problem in changes.problems:
        print(f"compare: {redact(problem, secrets)}", file=stderr)
    for broken in changes.broken:
        print(f"compare: expectation broken: {redact(broken, secrets)}", file=stderr)
    return 1 if changes.broken or changes.problems else 0


def _select(changes, pairs: list[str], queries: list[str]) -> None:
    """Keep only the chosen pairs and queries (all when none are chosen)."""
    def chosen(item_id: str) -> bool:
        pair, query = item_id.split("/")[:2]
        return (not pairs or pair in pairs) and (not queries or query in queries)

    changes.cases = [change for change in changes.cases if chosen(change.case_id)]
    changes.rows = [row for row in changes.rows if chosen(row.row_id)]
