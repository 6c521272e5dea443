"""How much work one request may ask of the local server: bounded by what two CPU cores serve in a minute.

A request's cost is its prompts and the tokens it asks for, and on the CPU both are slow. Measured on
2 cores with xllamacpp: the base model generates about 40 tokens a second (1,024 tokens take about 25 s),
and reads a prompt at 140 to 230 tokens a second (a full 2,048-token context takes 9 to 15 s). A
request for 20 prompts of 1,024 tokens would run for nine minutes, long after any client gave up.
So a request may ask for:

- at most ``MAX_PROMPTS`` prompts;
- at most ``MAX_NEW_TOKENS_PER_REQUEST`` new tokens, counted as prompts x ``max_new_tokens`` (each
  prompt may use all of it), about 50 s of generation;
- at most ``MAX_PROMPT_TOKENS_PER_REQUEST`` prompt tokens, about 20 to 30 s of reading. Prompts are
  counted before any tokenizer sees them, by an upper bound: no token is shorter than one UTF-8 byte,
  plus one start token, and a prompt longer than the context is refused by the model before any work,
  so each prompt counts as ``min(UTF-8 bytes + 1, N_CTX)``.

The largest request the server accepts is thus served in about a minute and a half on 2 cores, inside
the 120 s a recording waits for an answer. Larger work is split into several requests: the queue
serves them fairly (see queueing).
"""

from __future__ import annotations

from typing import Sequence

from why_finetune.server.models import N_CTX

#: Most prompts accepted in one request.
MAX_PROMPTS = 100
#: Most new tokens one request may ask for: its prompts x its max_new_tokens.
MAX_NEW_TOKENS_PER_REQUEST = 2048
#: Most prompt tokens one request may hold, counted as prompt_tokens_at_most does.
MAX_PROMPT_TOKENS_PER_REQUEST = 4096


class OverBudgetError(ValueError):
    """The request asks for more work than one request may; the message names the limit."""


def prompt_tokens_at_most(prompts: Sequence[str]) -> int:
    """An upper bound of the tokens the model reads for these prompts (see the module's docstring)."""
    return sum(min(len(prompt.encode("utf-8")) + 1, N_CTX) for prompt in prompts)


def check_request(prompts: Sequence[str], max_new_tokens: int) -> None:
    """Raise OverBudgetError if serving these prompts with this max_new_tokens is more than one request may ask."""
    if len(prompts) > MAX_PROMPTS:
        raise OverBudgetError(f"field 'prompt' holds {len(prompts)} prompts; at most {MAX_PROMPTS} are accepted")
    new_tokens = len(prompts) * max_new_tokens
    if new_tokens > MAX_NEW_TOKENS_PER_REQUEST:
        raise OverBudgetError(
            f"the request asks for {len(prompts)} prompts x {max_new_tokens} new tokens = {new_tokens}; "
            f"one request may ask for at most {MAX_NEW_TOKENS_PER_REQUEST} (prompts x max_new_tokens): "
            "send fewer prompts per request, or a smaller max_new_tokens"
        )
    prompt_tokens = prompt_tokens_at_most(prompts)
    if prompt_tokens > MAX_PROMPT_TOKENS_PER_REQUEST:
        raise OverBudgetError(
            f"the prompts may hold up to {prompt_tokens} tokens (counted as UTF-8 bytes + 1 each, at most "
            f"{N_CTX} per prompt); one request may hold at most {MAX_PROMPT_TOKENS_PER_REQUEST}: "
            "send fewer or shorter prompts per request"
        )
