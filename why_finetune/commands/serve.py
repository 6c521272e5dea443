"""`python -m why_finetune serve`: load both models, then answer Lamini's API on loopback until stopped.

Progress and one line per request go to stderr. Once every model is loaded and the socket is bound,
exactly one line goes to stdout: ``listening on http://HOST:PORT`` (process.start_server waits for it).
SIGINT or SIGTERM stops the server; the exit status is then 0. Started by process.start_server, it
also stops when its stdin closes (the parent exited, however abruptly).
"""

from __future__ import annotations

import ipaddress
import os
import signal
import sys
import threading
import time


class _Stop(BaseException):
    """Raised in the main thread by the SIGTERM and SIGINT handlers.

    A BaseException, like KeyboardInterrupt: socketserver reports any Exception raised while it hands
    a request to a thread as that request's error and goes on serving, so a stop landing there (seen
    under load) was lost."""


def _raise_stop(signum, frame):
    raise _Stop(signal.Signals(signum).name)


_stops_while_loading: list[str] = []


def _note_stop(signum, frame):
    """The SIGTERM and SIGINT handler while models load: _Stop raised there would drop the runtime
    being built before anything holds it (see _LOADED_UNTIL_EXIT), so the stop waits for the load."""
    _stops_while_loading.append(signal.Signals(signum).name)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: Set by process.start_server: stop when stdin reaches end of file, i.e. when the parent has gone,
#: so that a crashed or killed test run never leaves a server behind.
EXIT_WITH_STDIN_ENV = "WHY_FINETUNE_SERVER_EXIT_WITH_STDIN"


def _stop_when_stdin_closes() -> None:
    def watch():
        try:
            while os.read(0, 4096):  # the raw descriptor: a buffered reader would block interpreter exit
                pass
        except OSError:
            pass
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


#: Every model this process loaded, referenced until the process ends. xllamacpp's Server destructor
#: joins the thread of its own HTTP listener, and when a runtime is dropped soon after loading (the
#: second model's weights missing, the port taken, a stop during start-up) that join can block forever:
#: seen in CI and reproduced here, the process then never exits and ignores SIGTERM. So no runtime is
#: ever destroyed: serve_and_exit ends the process with os._exit, and the OS cleans up after it.
_LOADED_UNTIL_EXIT: dict = {}


def required_key(variable: str, environ) -> tuple[str | None, str | None]:
    """(the key requests must carry, None), or (None, why the server cannot start with it).

    Stripped, as the clients strip the key they read (credentials, model_call): kept, spaces around
    it would make a key that no request could ever match."""
    api_key = environ.get(variable, "").strip()
    if not api_key:
        return None, f"--api-key-env names {variable}, which is unset or empty; refusing to start without the key"
    from why_finetune.clients.endpoint import key_problem

    short = key_problem(api_key, variable)
    if short:  # its clients could not record through it without the key showing up in their files
        return None, short
    return api_key, None


def serve_command(args) -> int:
    """Run the server for the `serve` subcommand (args.host, args.port, args.api_key_env)."""
    from why_finetune.server.requirements import missing_message

    if not 0 <= args.port <= 65535:  # before the models load: that takes seconds, and binding comes after
        print(f"serve: --port {args.port} is not a port: give one from 1 to 65535, or 0 for any free one",
              file=sys.stderr)
        return 2
    missing = missing_message()
    if missing:  # before importing the runtime, whose ImportError would not say what to install
        print(f"serve: {missing}", file=sys.stderr)
        return 1
    from why_finetune.server.app import make_server
    from why_finetune.server.models import SERVED_MODELS, load_models, runtime_version

    api_key = None
    if args.api_key_env:
        api_key, problem = required_key(args.api_key_env, os.environ)
        if problem:
            print(f"serve: {problem}", file=sys.stderr)
            return 2
    if not _is_loopback(args.host):
        print(f"serve: warning: listening on {args.host}, which is not a loopback address"
              + ("" if api_key else ", with no key required"), file=sys.stderr)

    previous = signal.signal(signal.SIGTERM, _note_stop)
    # Installed explicitly: a process started in the background by a non-interactive shell (CI,
    # nohup, `cmd &`) inherits SIGINT as ignored, and Python then never raises KeyboardInterrupt.
    previous_interrupt = signal.signal(signal.SIGINT, _note_stop)
    if os.environ.get(EXIT_WITH_STDIN_ENV) == "1":
        _stop_when_stdin_closes()
    server = None
    try:
        started = time.monotonic()
        runtime = runtime_version()
        print(f"serve: {runtime}; loading {len(SERVED_MODELS)} models", file=sys.stderr, flush=True)
        try:
            models = load_models(into=_LOADED_UNTIL_EXIT)
        except RuntimeError as error:  # MissingWeightsError names the package to install
            print(f"serve: {error}", file=sys.stderr)
            return 1
        signal.signal(signal.SIGTERM, _raise_stop)
        signal.signal(signal.SIGINT, _raise_stop)
        if _stops_while_loading:  # asked while loading: every runtime is held now, so stop
            raise _Stop(_stops_while_loading[0])
        try:
            server = make_server(args.host, args.port, models, api_key=api_key, runtime=runtime)
        except OSError as error:
            print(f"serve: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
            return 1
        print(f"serve: ready in {time.monotonic() - started:.1f} s"
              + ("; a Bearer key is required" if api_key else "; no key required"), file=sys.stderr, flush=True)
        print(f"listening on {server.url}", flush=True)
        server.serve_forever()
    except (KeyboardInterrupt, _Stop):
        print("serve: stopping", file=sys.stderr, flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_interrupt)
        if server is not None:
            server.server_close()
    return 0


def serve_and_exit(args) -> None:
    """Serve, then end the process at once with serve_command's status.

    The loaded runtimes are never torn down: xllamacpp's destructor joins threads of its own, which
    took more than 15 s on a busy machine and, for a runtime dropped soon after loading, never
    returned (both seen in CI; _LOADED_UNTIL_EXIT keeps them referenced). The
    operating system frees the memory and closes every socket of an ending process anyway.
    """
    status = serve_command(args)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

