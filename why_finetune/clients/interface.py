"""What a client is to the rest of the package: how a pair's cases reach a model, and how its
recordings are read back.

One subclass per client library (lamini_client.py, openai_client.py), registered by name in
`why_finetune.clients`. Nothing outside `clients/` asks which client a pair uses: it asks the client.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from why_finetune.clients.endpoint import Endpoint


class Client(ABC):
    name: str  # the catalogue's `client:` value
    forms: tuple[str, ...] = ("raw", "templated")  # what it can send: a prompt, or (chat) the query as a message
    local_route: str = ""  # where it reaches the local server, under the server's URL
    hosted_by: str = ""  # how a hosted endpoint of this client is named in provenance: "hosted Lamini API"
    # Whether a hosted pair names its URL and key variable in the catalogue; when not, why not.
    url_elsewhere: str | None = None
    version_header: str = ""  # the request header that names the client library's version (kept in recordings)
    version_key: str = ""  # the provenance field that holds that version
    version_label: str = ""  # how that field is labelled in the reports

    @abstractmethod
    def complete(self, label: str, model: str, prompt: str, max_tokens: int | None, endpoint: Endpoint) -> str:
        """The text the model writes after `prompt`; a failed call raises guard.ModelCallError."""

    def chat(self, label: str, model: str, query: str, max_tokens: int | None, endpoint: Endpoint) -> str:
        """The model's reply to `query` as the user's message (the `chat` form)."""
        raise NotImplementedError(f"the {self.name} client sends no chat messages")

    # A pair across two endpoints reaches these methods once per role, as that role's view of the pair
    # (catalogue.Pair.reached_by): its `url` and `key_variable` are the role's, and `named` says which.

    @abstractmethod
    def hosted_endpoint(self, pair, environ=None) -> Endpoint | None:
        """A hosted pair's URL and key; None when the key it needs is not set."""

    @abstractmethod
    def needed_key(self, pair) -> str:
        """What a hosted pair needs before it can be reached, in words: "the key in VLLM_API_KEY"."""

    @abstractmethod
    def missing_key(self, pair) -> str:
        """What to do so a hosted pair can be recorded, naming the variable to set: "set LAMINI_API_KEY"."""

    def missing_key_message(self, pair, hint: str) -> str:
        """The refresh's one line when a hosted pair's key is not set; `hint` is the command to run."""
        return f"{pair.named} needs {self.needed_key(pair)}: {self.missing_key(pair)} and run {hint}"

    def recording_from(self, endpoint: Endpoint) -> str:
        """Where a refresh says it records from: "http://host:8000 through the openai client (key from X)"."""
        return f"{endpoint.shown} through the {self.name} client ({endpoint.key_origin})"

    def version_sent(self, headers) -> str | None:
        """The client library's version, from a recorded request's headers."""
        return header_value(headers, self.version_header) if self.version_header else None

    @abstractmethod
    def model_sent(self, request: dict) -> str | None:
        """The model a recorded request body names."""

    @abstractmethod
    def read_exchange(self, request: dict, response: dict) -> tuple[str, str, str]:
        """(prompt, model, output) of a recorded request and response body; KeyError, TypeError or
        IndexError when they are not this client's."""


def header_value(headers, name: str) -> str | None:
    """A header's value from a recorded request or response, whatever its case (vcrpy keeps lists)."""
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return None
