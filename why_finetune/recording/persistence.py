"""When and how a cassette reaches the disk.

vcrpy saves a cassette as soon as its context closes, whatever happened inside. We want less:
a recording is kept only if its test passed and every recorded response was a 2xx, and it is
written atomically, together with its snapshot (why_finetune.recording.writing), so a failed or
killed refresh leaves the previous recording byte for byte as it was. vcrpy's save therefore only
*stages* the text here; the pytest plugin writes or discards it once the test's outcome is known.
"""

from __future__ import annotations

import datetime
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from why_finetune.recording import serializer as readable
from why_finetune.recording.provenance import provenance_with_date
from why_finetune.recording.scrubbing import ENDPOINT_RETURNED_KEY, holds_secret, refuse_secrets
from why_finetune.recording.vcr_imports import remember_absent

remember_absent()  # vcrpy retries the import of each absent HTTP library per cassette: say once that it is absent

SUFFIX = ".yaml"

# A recording is one prompt and one answer (two for a case judged by an LLM): a few kilobytes, tens of
# kilobytes for an answer of thousands of tokens. Sixteen times a 16,384-token answer's text still fits;
# past it, a file is not a recording, and is refused before it is read (parsing 5 MB of YAML takes
# seconds and hundreds of megabytes).
MAX_CASSETTE_BYTES = 1024 * 1024


class CassetteError(ValueError):
    """A cassette on disk cannot be replayed; the message names the file and what to do."""


@dataclass
class StagedCassette:
    path: Path
    text: str
    statuses: list[int]

    @property
    def all_2xx(self) -> bool:
        return bool(self.statuses) and all(200 <= s < 300 for s in self.statuses)


@dataclass
class CassetteStore:
    """The cassettes under one root directory, as vcrpy's persister."""

    root: Path
    refreshing: bool = False  # recording: never replay what is on disk, only replace it
    # Exact values that must never be written; never shown either (pytest -l prints this store).
    secrets: set[str] = field(default_factory=set, repr=False)
    staged: dict[Path, StagedCassette] = field(default_factory=dict)
    refused: dict[Path, str] = field(default_factory=dict)  # cassettes not staged, and why
    # Whose each cassette is: (pair id, client name), told by the plugin before it records one.
    owners: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def own(self, path: Path, pair: str, client: str) -> None:
        """Say which pair and client the cassette at `path` records, for its provenance."""
        self.owners[Path(path)] = (pair, client)

    def path_for(self, case_id: str) -> Path:
        return self.root / f"{case_id}{SUFFIX}"

    def case_id_for(self, path: Path) -> str:
        # As written, symlinks not followed: where a link leads is checked when the files are written
        # (why_finetune.recording.writing), where a link out of the cassettes folder is refused.
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root)).as_posix().removesuffix(SUFFIX)

    # vcrpy's persister interface -------------------------------------------------------------

    # vcrpy is imported only when it calls: importing it (and the HTTP libraries it looks for, aiohttp
    # among them) costs a quarter of a second, which a run that replays nothing need not pay.

    def load_cassette(self, cassette_path, serializer):
        from vcr.persisters.filesystem import CassetteNotFoundError
        from vcr.request import Request
        from vcr.serializers import compat

        path = Path(cassette_path)
        if self.refreshing or not path.is_file():
            raise CassetteNotFoundError()
        data = read_cassette(path)
        requests = [r["request"] for r in data["interactions"]]
        responses = [compat.convert_to_bytes(r["response"]) for r in data["interactions"]]
        return [Request._from_dict(r) for r in requests], responses

    def save_cassette(self, cassette_path, cassette_dict, serializer):
        from vcr.serialize import CASSETTE_FORMAT_VERSION
        from vcr.serializers import compat

        path = Path(cassette_path)
        requests, responses = cassette_dict["requests"], cassette_dict["responses"]
        if holds_secret(responses, self.secrets):
            # The endpoint sent the key back: none of this exchange may be written. Not a failure of
            # scrubbing, so not raised here (it would print a traceback at teardown): the case fails
            # saying so (plugin.recording), and the refresh summary gives the reason.
            self.refused[path] = ENDPOINT_RETURNED_KEY
            return
        data = {
            "provenance": self._provenance(path, requests, responses),
            "interactions": [
                {"request": compat.convert_to_unicode(q._to_dict()), "response": compat.convert_to_unicode(r)}
                for q, r in zip(requests, responses)
            ],
            "version": CASSETTE_FORMAT_VERSION,
        }
        text = _unchanged_or(path, data)
        refuse_secrets(text, self.secrets, str(path))
        statuses = [int(r["status"]["code"]) for r in responses]
        self.staged[path] = StagedCassette(path, text, statuses)

    def _provenance(self, path: Path, requests, responses) -> dict:
        from why_finetune import clients

        case_id = self.case_id_for(path)
        # A cassette saved without an owner (a store used on its own) is its case's pair's, by the
        # default client: the plugin always says whose a cassette is before it records.
        pair, client = self.owners.get(path, (case_id.split("/")[0], clients.DEFAULT_CLIENT))
        return provenance_with_date(case_id, pair, clients.client_named(client), requests, responses)

    # the plugin's side -----------------------------------------------------------------------

    def take_all_staged(self) -> dict[Path, StagedCassette]:
        staged, self.staged = self.staged, {}
        return staged

    def take_all_refused(self) -> dict[Path, str]:
        refused, self.refused = self.refused, {}
        return refused


def _unchanged_or(path: Path, data: dict) -> str:
    """The new cassette's text; the old file's own text if only the recording date would change.

    A refresh whose requests and answers did not change must leave the file byte for byte as it
    was: reviewers see in the diff what changed, not every date."""
    text = readable.serialize(data)
    try:
        old_text = path.read_text(encoding="utf-8")
        old_date = readable.load_yaml(old_text)["provenance"]["recorded"]
    except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError):
        return text
    redated = readable.serialize({**data, "provenance": {**data["provenance"], "recorded": old_date}})
    return old_text if redated == old_text else text


def read_cassette(path: Path) -> dict:
    """Load and check a cassette file, with an error that says what is wrong and what to do.

    A replayed case reads its cassette several times (the setup check, vcrpy, the summary's
    provenance, the paired check). The file is read each time, but the same text is parsed once:
    the cache is keyed by the text itself, so it never answers for a file that has changed.
    """
    return _copy(_shared_cassette(path))


def _shared_cassette(path: Path) -> dict:
    """read_cassette's parsed data itself, shared by every caller: for reading only."""
    try:
        with open(path, "rb") as file:
            content = file.read(MAX_CASSETTE_BYTES + 1)  # never more: the limit holds however large the file
        if len(content) > MAX_CASSETTE_BYTES:
            raise CassetteError(f"{path}: larger than the {MAX_CASSETTE_BYTES:,} bytes a cassette may hold, "
                                "so not a recording")
        text = content.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CassetteError(f"{path}: cannot read this cassette ({type(error).__name__})") from None
    data = _PARSED.get(text)
    if data is None:
        data = _checked(path, text)
        _PARSED.put(text, data)
    return data


def _checked(path: Path, text: str) -> dict:
    try:
        data = readable.deserialize(text)
    except (yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as error:
        # A truncated file often still parses as YAML, only with pieces missing: same advice.
        first_line = (str(error).splitlines() or [type(error).__name__])[0]
        raise CassetteError(
            f"{path}: not a readable cassette ({first_line}); it may be truncated or hand-edited"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise CassetteError(f"{path}: not a cassette (it has no list of interactions)")
    if not data["interactions"]:
        raise CassetteError(f"{path}: holds no recorded interaction")
    if not _plain_provenance(data.get("provenance", {})):
        raise CassetteError(f"{path}: its provenance must map names to text, as the recorder writes it")
    for number, interaction in enumerate(data["interactions"], start=1):
        missing = _missing_fields(interaction)
        if missing:
            raise CassetteError(f"{path}: interaction {number} has no {', no '.join(missing)}")
        code = int(interaction["response"]["status"]["code"])
        if not 200 <= code < 300:
            raise CassetteError(
                f"{path}: interaction {number} recorded an error response (HTTP {code}), which is never replayed"
            )
    return data


def _plain_provenance(provenance) -> bool:
    """The recorder writes names and text (a date, when a person typed the file, reads back as one).
    `sources`, the notebooks the course's published outputs come from, is theirs alone: never recorded."""
    return isinstance(provenance, dict) and "sources" not in provenance and all(
        value is None or isinstance(value, (str, int, float, datetime.date)) for value in provenance.values()
    )


# What vcrpy reads of each interaction when it replays it: a field missing here fails deep inside
# vcrpy with a TypeError that names no file.
_REQUEST_FIELDS = ("method", "uri", "body", "headers")


def _missing_fields(interaction) -> list[str]:
    if not isinstance(interaction, dict):
        return ["request", "response"]
    request, response = interaction.get("request"), interaction.get("response")
    missing = [] if isinstance(request, dict) else ["request"]
    if isinstance(request, dict):
        missing += [f"request {name}" for name in _REQUEST_FIELDS if name not in request]
        if "headers" in request and not isinstance(request["headers"], dict):
            missing.append("request headers mapping")
    if not isinstance(response, dict):
        return missing + ["response"]
    try:
        int(response["status"]["code"])
    except (KeyError, TypeError, ValueError):
        missing.append("response status code")
    if not isinstance(response.get("body"), dict) or "string" not in response["body"]:
        missing.append("response body")
    if not isinstance(response.get("headers", {}), dict):
        missing.append("response headers mapping")
    return missing


class _ParsedCassettes:
    """The most recently parsed cassettes, text -> checked data (never handed out: callers get copies)."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, text: str):
        with self.lock:
            data = self.entries.get(text)
            if data is not None:
                self.entries.move_to_end(text)
            return data

    def put(self, text: str, data: dict) -> None:
        with self.lock:
            self.entries[text] = data
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


# Every cassette of a few thousand cases: the paired checks read them again after all the cases ran.
_PARSED = _ParsedCassettes(size=4096)


def _copy(value):
    """A copy of parsed YAML deep enough that callers may change it (vcrpy does); scalars are shared."""
    if type(value) is dict:
        return {key: _copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_copy(item) for item in value]
    if isinstance(value, (dict, list, set)):
        import copy

        return copy.deepcopy(value)
    return value


def check_cassette(path: Path) -> None:
    """Raise CassetteError, saying what to do, unless `path` holds a cassette that can be replayed."""
    _shared_cassette(path)


def read_provenance(path: Path) -> dict:
    return dict(_shared_cassette(path).get("provenance") or {})


@dataclass(frozen=True)
class Recording:
    """A case's recorded exchange, as the comparison views need it."""

    path: Path
    prompt: str
    model: str
    output: str
    provenance: dict


def read_recording(path: Path) -> Recording:
    """The first exchange of a cassette: what was asked of which model, and what it answered."""
    return _recording(path, _shared_cassette(path))


def recording_from_text(text: str, where: str) -> Recording:
    """The same, from a cassette's text read elsewhere (a git revision); `where` names it in errors."""
    if len(text.encode("utf-8")) > MAX_CASSETTE_BYTES:
        raise CassetteError(f"{where}: larger than the {MAX_CASSETTE_BYTES:,} bytes a cassette may hold, "
                            "so not a recording")
    return _recording(Path(where), _checked(Path(where), text))


def _recording(path: Path, data: dict) -> Recording:
    import json

    interaction = data["interactions"][0]
    try:
        request = json.loads(interaction["request"]["body"])
        response = json.loads(interaction["response"]["body"]["string"])
        provenance = dict(data.get("provenance") or {})
        prompt, model, output = _exchange(provenance, request, response)
        if not all(isinstance(value, str) for value in (prompt, model, output)):
            raise TypeError("not text")
        return Recording(path, prompt, model, output, provenance)
    except (KeyError, TypeError, ValueError, IndexError):
        raise CassetteError(
            f"{path}: the first interaction is not a completion (lamini: prompt/model_name sent, output returned; "
            "openai: a completion or chat completion and its choice)"
        ) from None


def _exchange(provenance: dict, request: dict, response: dict) -> tuple[str, str, str]:
    """(prompt, model, output), read by the client the provenance names (by any, for a cassette without one)."""
    from why_finetune.clients import reader_for

    readers = reader_for(provenance)
    for reader in readers[:-1]:
        try:
            return reader.read_exchange(request, response)
        except (KeyError, TypeError, IndexError):
            continue
    return readers[-1].read_exchange(request, response)
