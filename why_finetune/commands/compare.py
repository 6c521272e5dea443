"""`python -m why_finetune compare`: base and chat outputs side by side, with verdicts and evidence.

From the recordings by default (instant, offline, no key). `--live` generates now, `--published`
shows what the course lab printed in 2023, `--html PATH` also writes the self-contained report.
"""

from __future__ import annotations

import sys
from pathlib import Path

EPILOG = """\
examples:
  python -m why_finetune compare                          every recorded case
  python -m why_finetune compare --pair local --query mars
  python -m why_finetune compare --published              what the course lab printed in 2023
  python -m why_finetune compare --live --pair local      generate now with the local server
  python -m why_finetune compare --html report.html       the HTML report (prints one line per case)
  python -m why_finetune compare --changed                what a refresh changed since the last commit
  python -m why_finetune compare --changed main --markdown review.md
                                                          ... since main, also as Markdown for a pull request

NO_COLOR=1 turns colour off; --plain gives ASCII text for CI logs (the default when CI is set
and the output is not a terminal)."""


def add_arguments(parser) -> None:
    """Add compare's options to an argparse parser (a subcommand's parser)."""
    import argparse

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("--pair", action="append", default=[], metavar="ID",
                        help="only this pair of the catalogue (repeatable; default: all)")
    parser.add_argument("--query", action="append", default=[], metavar="ID",
                        help="only this query of the catalogue, by id (repeatable)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--live", action="store_true",
                        help="generate now instead of reading recordings: the local pair through the local "
                             "server (it starts itself), the course pair through the hosted API (needs LAMINI_API_KEY)")
    source.add_argument("--published", action="store_true",
                        help="show the course lab's published 2023 outputs (with the ChatGPT answer it showed)")
    source.add_argument("--changed", nargs="?", const="HEAD", metavar="REF",
                        help="only the cases whose recording or snapshot differs from the git revision REF "
                             "(default: HEAD), its output beside today's; exits 1 when an expectation that "
                             "held at REF fails now")
    parser.add_argument("--html", metavar="PATH", help="write the comparison as one self-contained HTML file "
                                                       "(the terminal then shows one line per case)")
    parser.add_argument("--markdown", metavar="PATH",
                        help="with --changed: also write the changes as GitHub-flavoured Markdown (a job summary, "
                             "a pull request's body)")
    parser.add_argument("--plain", action="store_true", default=None,
                        help="ASCII, uncoloured, one cell after the other (for CI logs)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the terminal output (default: auto; NO_COLOR is honoured)")
    parser.add_argument("--width", type=int, metavar="N", help="columns to fit (default: the terminal's, else 80)")
    parser.add_argument("--full", action="store_true", help="show whole outputs and all evidence")
    # By default, the project's (see why_finetune.project): the current directory's, found as pytest would.
    parser.add_argument("--cassettes", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--snapshots", type=Path, default=None, help=argparse.SUPPRESS)


def build_report(args, progress=None):
    from why_finetune.catalogue import load_catalogue
    from why_finetune.project import find_project
    from why_finetune.report.sources.recorded import recorded_report, select_cases

    project = find_project()
    args.cassettes = args.cassettes or project.cassettes
    args.snapshots = args.snapshots or project.snapshots
    catalogue = load_catalogue(project.catalogue)
    if args.published:
        from why_finetune.report.sources.published import published_pair, published_report

        shown = published_pair(catalogue).id
        if args.pair and args.pair != [shown]:
            raise UsageProblem(f"--published shows the {shown} pair only; drop --pair {' '.join(args.pair)}")
        return published_report(catalogue, args.cassettes, args.snapshots, queries=args.query or None)
    cases = select_cases(catalogue, args.pair or None, args.query or None)
    if args.live:
        from why_finetune.report.model import add_expectations
        from why_finetune.report.sources.live import live_report

        report = live_report(cases, args.snapshots, progress)
        add_expectations(report.rows, catalogue)
        return report
    return recorded_report(catalogue, cases, args.cassettes, args.snapshots)


class UsageProblem(ValueError):
    pass


def run(args, stdout=None, stderr=None, environ=None) -> int:
    """Run `compare` with parsed arguments; returns the exit status."""
    import os

    from why_finetune.catalogue import CatalogueError
    from why_finetune.project import ProjectError
    from why_finetune.report.views.terminal import choose_style, render

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    environ = os.environ if environ is None else environ
    _replace_unencodable(stdout)
    if getattr(args, "changed", None) is not None:
        from why_finetune.commands.compare_changed import run_changed

        return run_changed(args, stdout, stderr, environ)
    if getattr(args, "markdown", None):
        print("compare: --markdown writes what changed since a revision: add --changed (and a REF, default HEAD)",
              file=stderr)
        return 2
    if args.html:
        from why_finetune.report.views.html import unwritable_target

        problem = unwritable_target(args.html)
        if problem:
            print(f"compare: --html {problem}", file=stderr)
            return 2
    try:
        from why_finetune.report.sources.live import LiveError, Progress
        from why_finetune.report.sources.published import PublishedError

        report = build_report(args, Progress(stderr))
    except (CatalogueError, ProjectError, UsageProblem, PublishedError) as error:
        print(f"compare: {error}", file=stderr)
        return 2
    except LiveError as error:
        print(f"compare: {error}", file=stderr)
        return 1
    except Exception as error:
        from why_finetune.server.process import ReusedServerError, ServerStartError

        if isinstance(error, ReusedServerError):
            print(f"compare: {error}", file=stderr)
            return 1
        if isinstance(error, ServerStartError):
            print(f"compare: the local server did not start: {error}", file=stderr)
            return 1
        raise
    plain = args.plain
    if plain is None:
        plain = bool(environ.get("CI")) and not _isatty(stdout)
    style = choose_style(stdout, plain=plain, color=args.color, width=args.width, full=args.full, environ=environ)
    if args.html:
        from why_finetune.report.views.html import write_report

        try:
            path = write_report(Path(args.html), report)
        except OSError as error:  # the folder became unwritable, or the disk is full
            print(f"compare: --html {args.html}: cannot write the report ({error.strerror})", file=stderr)
            return 1
        from why_finetune.report.views.summary import report_lines

        stdout.write("\n".join(report_lines(report, style.width)) + "\n")
        stdout.write(f"\nHTML report written to {path} ({len(report.rows)} rows, "
                     f"{len(report.case_ids())} cells): open it in a browser.\n")
    else:
        stdout.write(render(report, style))
    stdout.flush()
    for problem in report.problems:  # after the view, where a person reads last; stderr for CI logs
        print(f"compare: {problem}", file=stderr)
    return 1 if report.problems else 0


def _isatty(stream) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def _replace_unencodable(stream) -> None:
    """Print what a model wrote even where the terminal's encoding cannot show every character."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure:
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass


def main(argv=None) -> int:
    """Stand-alone entry point (the project's cli.py wires the same two functions)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m why_finetune compare", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
