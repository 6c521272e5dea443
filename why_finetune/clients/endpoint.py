"""Where a model is reached, and with which key: a value that never prints the key.

pytest shows the arguments of a failing test or fixture, and with -l every local variable, through
their repr; report plugins copy that text into their files. So the key travels inside an `Endpoint`,
whose repr names where the key came from but never shows it, and whose URL is shown as scheme, host
and port only: a URL may carry a key in its user part or its query string.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Endpoint:
    url: str
    key: str
    key_source: str  # where the key came from, safe to print: a variable or file name, never the value
    url_source: str = "the URL"  # the setting that gave the URL, named when the URL is malformed

    def __repr__(self) -> str:
        return f"Endpoint({self.shown}, {self.key_origin})"

    __str__ = __repr__

    @property
    def key_origin(self) -> str:
        """"key from LAMINI_API_KEY", or, for an endpoint reached without a key, why there is none."""
        return f"key from {self.key_source}" if self.key else self.key_source

    @property
    def shown(self) -> str:
        return shown_url(self.url)

    def problem(self) -> str | None:
        """Why the URL or key cannot be used, in one sentence naming its setting; None if they can."""
        problem = url_problem(self.url)
        if problem:
            return f"{self.url_source} {problem}"
        return key_problem(self.key, self.key_source)


# A key is kept out of every file and report by finding its exact value in the text. A value of a few
# characters would be found in ordinary words ("x" in "next"): it could not be hidden, only mangle text.
MIN_KEY_LENGTH = 8


def key_problem(key: str, source: str) -> str | None:
    """Why this key cannot be used safely, naming where it came from; None if it can (or there is none)."""
    if not key or len(key) >= MIN_KEY_LENGTH:
        return None
    return (f"the key from {source} is {len(key)} character(s) long; a key under {MIN_KEY_LENGTH} characters "
            "cannot be told apart from ordinary text, so it could not be kept out of recordings and reports: "
            "use a longer one")


def shown_url(url: str) -> str:
    """The URL as it may be printed: scheme, host and port, nothing else. Never raises."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "<a malformed URL>"
    if not parts.scheme or not parts.hostname:
        return "<a URL without a scheme or host>"
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def url_problem(url: str) -> str | None:
    """What is wrong with an API URL, or None. The URL itself is never quoted (it may hold a key)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises for a port that is not a number from 0 to 65535
    except ValueError as error:
        return f"is not a valid URL ({_without_url(error)}); give one like https://api.lamini.ai"
    if parts.scheme not in ("http", "https"):
        found = f"'{parts.scheme}://'" if parts.scheme and parts.netloc else "no scheme"
        return f"must start with http:// or https:// (found {found}); give one like https://api.lamini.ai"
    if not parts.hostname:
        return "has no host; give one like https://api.lamini.ai"
    if parts.query or parts.fragment or url.rstrip().endswith(("?", "#")):
        # The client appends its route (/v1/completions) to the URL as text: after a query string,
        # the route would become part of the query, and every request would go to the base path.
        return "must not carry a query string or fragment (the client appends its route to the URL)"
    return None


def _without_url(error: ValueError) -> str:
    # urllib's messages ("Port out of range 0-65535", "Invalid IPv6 URL") do not quote the URL,
    # but a future one might: keep only what comes before any quote.
    return str(error).split("'")[0].strip().rstrip(":") or "malformed"
