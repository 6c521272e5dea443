"""The command line: `python -m why_finetune compare | serve | judge | refresh | orphans | init`.

Each subcommand imports its machinery only when chosen, so `judge` never loads models
and `compare` never starts a server unless asked to.
"""

import argparse
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m why_finetune", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    compare = commands.add_parser(
        "compare",
        help="show base and chat outputs side by side, with verdicts (from the recordings: offline, no key)",
        description="Show each query's base and chat outputs side by side, with the judges' verdicts and evidence.",
    )
    from why_finetune.commands.compare import add_arguments as add_compare_arguments

    add_compare_arguments(compare)

    # The judges' own parser handles the arguments (FILE, --thresholds): they are passed on as they are.
    commands.add_parser(
        "judge",
        help="judge outputs from JSON lines {prompt, output}: answers? drifts? with evidence",
        add_help=False,
    )

    serve = commands.add_parser("serve", help="run the Lamini-compatible local server on loopback")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8800, help="port; 0 picks a free one (default: 8800)")
    serve.add_argument(
        "--api-key-env",
        metavar="NAME",
        help="require 'Authorization: Bearer <key>' with the key read from this environment variable",
    )

    refresh = commands.add_parser("refresh",
        help="re-record a pair's cassettes, then update its snapshots",
        description="Re-record a pair's cassettes, then update its snapshots. The hosted pair needs LAMINI_API_KEY.",
    )
    refresh.add_argument("--pair", required=True, help="which pair of the catalogue to refresh (in this repository: local or course)")
    refresh.add_argument("--case", action="append", default=[], metavar="ID", help="only this case (repeatable)")
    refresh.add_argument("pytest_args", nargs="*", help="extra arguments passed to pytest, after --")

    orphans = commands.add_parser("orphans", help="list recordings and snapshots that no catalogue case owns")
    orphans.add_argument("--remove", action="store_true", help="delete them")

    commands.add_parser(
        "init",
        help="write a starter behaviour suite into this project (catalogue, test module, CI workflow)",
        description="Write a starter behaviour suite into the current project: a catalogue with the course "
                    "lab's four queries and one example pair, a test module and a GitHub Actions workflow "
                    "that replays it on push. Existing files are never overwritten.",
    )

    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["judge"]:
        from why_finetune.commands.judge import main as judge_main

        return judge_main(argv[1:])
    args = parser.parse_args(argv)
    if args.command == "compare":
        from why_finetune.commands.compare import run as compare_command

        return compare_command(args)
    if args.command == "serve":
        from why_finetune.commands.serve import serve_and_exit

        serve_and_exit(args)
    if args.command == "refresh":
        from why_finetune.commands.refresh import refresh_command

        return refresh_command(args)
    if args.command == "orphans":
        from why_finetune.commands.orphans import orphans_command

        return orphans_command(args)
    if args.command == "init":
        from why_finetune.commands.init import init_command

        return init_command(args)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
