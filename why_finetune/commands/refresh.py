"""`python -m why_finetune refresh --pair NAME`: re-record a pair's cassettes, then update its snapshots.

It is one pytest run of the project's behaviour suite (its tests marked `behaviour`, which the plugin
marks), from the project's own directory, in recording mode. Each case's new cassette replaces
the old one only if that case passed, and its snapshot is rewritten in the same run, so a
refresh that fails half-way leaves the failed cases' recordings and snapshots as they were.
"""

from __future__ import annotations

import subprocess
import sys

from why_finetune.recording.hints import refresh_hint


def refresh_command(args) -> int:
    from why_finetune.catalogue import CatalogueError, load_catalogue
    from why_finetune.clients import ROLES, client_of, hosted_endpoint, missing_key_message
    from why_finetune.project import ProjectError, find_project

    try:
        project = find_project()
        catalogue = load_catalogue(project.catalogue)
        pair = catalogue.pair(args.pair)
        for case_id in args.case:
            if not case_id.startswith(f"{pair.id}/"):
                raise CatalogueError(f"--case {case_id!r} is not a case of pair {pair.id!r}")
            catalogue.case(case_id)  # an id the catalogue does not know stops here, before anything starts
    except (CatalogueError, ProjectError) as error:
        print(f"refresh: {error}", file=sys.stderr)
        return 2
    if pair.backend == "hosted":
        # Each role's endpoint and key before anything is sent: a pair across two endpoints names the side
        # that cannot be reached. Only the roles of the chosen cases (--case) need theirs.
        roles = sorted({case_id.rsplit("/", 1)[-1] for case_id in args.case}) or list(ROLES)
        sources = []
        for role in roles:
            endpoint = hosted_endpoint(pair, role)
            if endpoint is None:
                print(f"refresh: {missing_key_message(pair, role, refresh_hint(pair.id))}", file=sys.stderr)
                return 2
            if endpoint.problem():
                print(f"refresh: {endpoint.problem()}", file=sys.stderr)
                return 2
            # Scheme, host and port only: a custom URL may carry a key in its user part or query string.
            sources.append((role, client_of(pair).recording_from(endpoint)))
        if pair.across_two_endpoints:
            print(f"refresh: recording pair {pair.id!r}: " + ", ".join(
                f"its {role} model from {source}" for role, source in sources), flush=True)
        else:
            print(f"refresh: recording pair {pair.id!r} from {sources[0][1]}", flush=True)
    else:
        import os

        from why_finetune.server.models import SERVED_MODELS
        from why_finetune.server.process import REUSE_ENV, ReusedServerError, reused_server

        running = os.environ.get(REUSE_ENV, "").strip()
        if not running:
            print(f"refresh: recording pair {pair.id!r} through the local server (it starts itself)", flush=True)
        else:  # checked here, before pytest starts, as a hosted pair's key is
            try:
                server = reused_server(running, list(SERVED_MODELS))
            except ReusedServerError as error:
                print(f"refresh: {error}", file=sys.stderr)
                return 2
            print(f"refresh: recording pair {pair.id!r} through the local server at {server.url} ({REUSE_ENV})",
                  flush=True)
    pytest = [sys.executable, "-m", "pytest", "-m", "behaviour"]
    status, interrupted = run_to_the_end(
        pytest + recording_arguments(pair.id, args.case) + args.pytest_args, cwd=project.root
    )
    if interrupted:
        print(
            "refresh: interrupted. The cases listed above as saved were recorded; every other recording "
            "and snapshot is as it was.",
            file=sys.stderr,
        )
        return 130  # the shell's code for a command ended by Ctrl-C
    if status != 0:
        print("refresh: some cases were not recorded (see above); their earlier recordings, if any, are kept", file=sys.stderr)
        return status
    # Replay what was just recorded: this also runs the paired checks, which need both recordings.
    print(f"refresh: recorded; replaying pair {pair.id!r} to check the new recordings", flush=True)
    return subprocess.call(pytest + ["--finetune-pair", pair.id, "-q"] + args.pytest_args, cwd=project.root)


def run_to_the_end(command: list[str], cwd) -> tuple[int, bool]:
    """Run the recording pytest in its own process group and return (its exit status, whether it
    was interrupted).

    Ctrl-C reaches only this process; it is passed on to pytest once, which then stops between
    cases and prints what it recorded and what not. Had pytest and this process both taken the
    terminal's Ctrl-C, this one would have killed pytest before it could say so."""
    import signal

    child = subprocess.Popen(command, cwd=cwd, process_group=0)
    interrupted = False
    while True:
        try:
            return child.wait(), interrupted
        except KeyboardInterrupt:
            if not interrupted:
                interrupted = True
                child.send_signal(signal.SIGINT)
            # A second Ctrl-C: pytest is already stopping; it is waited for, never killed mid-write.


def recording_arguments(pair: str, case_ids=()) -> list[str]:
    """The pytest options that turn a replay run into a refresh of one pair (or some of its cases)."""
    return ["--finetune-pair", pair, "--record-mode=all", *(f"--finetune-case={case_id}" for case_id in case_ids)]
