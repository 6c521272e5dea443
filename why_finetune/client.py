"""The one place that calls the lamini client.

Every case, hosted or local, goes through `lamini.Lamini(...).generate(...)` unmodified, so what a
cassette holds is exactly what lamini 3.4.6 sends and receives.
"""

from __future__ import annotations

from why_finetune.catalogue import Case

# lamini refuses to build a request without some key. During replay nothing leaves the process,
# so any placeholder will do; it is not key-shaped, and scrubbing drops the header anyway.
REPLAY_KEY = "replay-no-key"
# Replay never connects anywhere (vcrpy answers and the network is blocked); the URL only has to
# parse. Matching ignores host and port, so this works for cassettes recorded on any port.
REPLAY_URL = "http://127.0.0.1:9"


def generate(case: Case, api_url: str, api_key: str) -> str:
    """Send the case's prompt to the case's model and return the output text."""
    import lamini  # imported here: `import lamini` costs about two seconds

    options = {}
    if case.pair.max_new_tokens is not None:
        options["max_new_tokens"] = case.pair.max_new_tokens
    model = lamini.Lamini(case.model, api_key=api_key, api_url=api_url)
    result = model.generate(case.prompt, **options)
    if not isinstance(result, str):
        raise TypeError(f"{case.id}: expected the model's output text, got {type(result).__name__}: {result!r:.200}")
    return result


def lamini_version() -> str:
    from importlib.metadata import version

    return version("lamini")
