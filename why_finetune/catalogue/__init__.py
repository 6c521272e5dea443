"""The catalogue: queries and model pairs from a data file, expanded into cases with stable ids.

A case id is `<pair>/<query id>/<form>/<role>`. It is built from the catalogue's own ids, never
from pytest's parameter order, because it names files that outlive any one pytest version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from why_finetune.catalogue.yaml_expansion import MAX_EXPANDED_VALUES, within_expansion

FORMS = ("raw", "templated", "chat")  # chat: the query as the user's message, through chat completions
DEFAULT_FORMS = ("raw", "templated")
FORM_ROUTES = {"raw": "completions", "templated": "completions", "chat": "chat completions"}
ROLES = ("base", "chat")
BACKENDS = ("hosted", "local")
# \Z, not $: "$" also matches before a final newline, and an id "mars\n" would name files and tests.
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*\Z")
# libyaml when PyYAML has it: the same results, ten times faster on a catalogue of thousands of queries.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TOP_LEVEL_FIELDS = ("queries", "pairs", "expect", "llm_judge")
QUERY_FIELDS = ("id", "text", "expect", "thresholds")
LLM_JUDGE_FIELDS = ("pair", "max_new_tokens")
ROLE_FIELDS = ("model", "url", "key_variable")  # `base:` or `chat:` as a mapping: the role's own endpoint


class CatalogueError(ValueError):
    """The catalogue file cannot be used as written; the message names the file and the field."""


class DuplicateKeyError(yaml.YAMLError):
    """A mapping of the catalogue names the same key twice; the message names the key and its line."""


class _CatalogueLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key written twice in one mapping: YAML keeps the last value without
    a word, so the first (often the one the author meant, such as a first `expect:`) would be lost."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # `<<:` merges, and may be overridden: not a duplicate
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: the constructor below says so, with its line
                continue
            if duplicate:
                raise DuplicateKeyError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}; "
                                        "a mapping holds each key once (keep one of them)")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    options: dict = field(default_factory=dict)  # per-query settings (expectations, thresholds)


@dataclass(frozen=True)
class RoleEndpoint:
    """The url and key_variable one role names for itself; None: the pair's own, as for the other role."""

    url: str | None = None
    key_variable: str | None = None


@dataclass(frozen=True)
class Pair:
    id: str
    backend: str
    base: str
    chat: str
    template: str | None  # None only for a pair without the templated form
    description: str = ""
    max_new_tokens: int | None = None
    options: dict = field(default_factory=dict)  # per-pair settings (expectations, thresholds)
    client: str = "lamini"  # which client reaches the models: lamini, or openai (any OpenAI-compatible API)
    url: str | None = None  # an openai pair's base URL (hosted only; a local pair uses the local server's)
    key_variable: str | None = None  # the environment variable holding an openai pair's key, never the key
    forms: tuple[str, ...] = DEFAULT_FORMS
    published: str | None = None  # a set of published outputs of this pair the package holds (report/data)
    # A role served somewhere else than the pair's url (llama-server and TGI serve one model per process,
    # and a fine-tune may live on another provider): role -> its own url and key_variable.
    own_endpoints: dict[str, RoleEndpoint] = field(default_factory=dict)
    side: str | None = None  # on one role's view of a pair across two endpoints (reached_by): that role

    def model(self, role: str) -> str:
        return self.base if role == "base" else self.chat

    def url_of(self, role: str) -> str | None:
        own = self.own_endpoints.get(role)
        return own.url if own is not None and own.url is not None else self.url

    def key_variable_of(self, role: str) -> str | None:
        own = self.own_endpoints.get(role)
        return own.key_variable if own is not None and own.key_variable is not None else self.key_variable

    @property
    def across_two_endpoints(self) -> bool:
        """Whether the two roles are reached at two URLs, or with two keys."""
        return (self.url_of("base"), self.key_variable_of("base")) != (self.url_of("chat"), self.key_variable_of("chat"))

    def reached_by(self, role: str) -> Pair:
        """The pair as `role`'s requests see it: `url` and `key_variable` are that role's. A client reads
        only those two, so it needs to know nothing of roles; `side` lets its messages name the role."""
        if not self.own_endpoints:
            return self
        return replace(self, url=self.url_of(role), key_variable=self.key_variable_of(role), own_endpoints={},
                       side=role if self.across_two_endpoints else None)

    @property
    def named(self) -> str:
        """How messages name it: "pair 'x'", or "pair 'x' (its chat model)" for one role of a pair
        across two endpoints, so that a key or server missing on one side says which."""
        return f"pair {self.id!r}" + (f" (its {self.side} model)" if self.side else "")

    def prompt(self, query: Query, form: str) -> str:
        # str.replace, not str.format: queries and templates may hold braces of their own.
        # The chat form sends the query itself as the user's message: the server applies the template.
        if form != "templated":
            return query.text
        assert self.template is not None, "a pair with the templated form has a template (checked on loading)"
        return self.template.replace("{query}", query.text)


@dataclass(frozen=True)
class Case:
    pair: Pair
    query: Query
    form: str
    role: str

    @property
    def id(self) -> str:
        return f"{self.pair.id}/{self.query.id}/{self.form}/{self.role}"

    @property
    def model(self) -> str:
        return self.pair.model(self.role)

    @property
    def prompt(self) -> str:
        return self.pair.prompt(self.query, self.form)


@dataclass(frozen=True)
class Catalogue:
    path: Path
    queries: tuple[Query, ...]
    pairs: dict[str, Pair]
    expect: dict = field(default_factory=dict)  # expectations for every case (see expectations.py)
    llm_judge: dict = field(default_factory=dict)  # the optional LLM grader (see llm_judge.py)
    _by_id: dict = field(init=False, repr=False, compare=False)  # query id -> Query, for case ids

    def __post_init__(self):
        object.__setattr__(self, "_by_id", {query.id: query for query in self.queries})

    def cases(self, pairs: list[str] | None = None) -> list[Case]:
        chosen = [self.pair(name) for name in pairs] if pairs else list(self.pairs.values())
        return [
            Case(pair, query, form, role)
            for pair in chosen
            for query in self.queries
            for form in pair.forms
            for role in ROLES
        ]

    def pair(self, name: str) -> Pair:
        try:
            return self.pairs[name]
        except KeyError:
            known = ", ".join(sorted(self.pairs))
            raise CatalogueError(f"{self.path}: unknown pair {name!r}; the catalogue has: {known}") from None

    def query(self, query_id: str) -> Query:
        query = self._by_id.get(query_id)
        if query is not None:
            return query
        known = ", ".join(q.id for q in self.queries)
        raise CatalogueError(f"{self.path}: unknown query {query_id!r}; the catalogue has: {known}")

    def case(self, case_id: str) -> Case:
        parts = case_id.split("/")
        if len(parts) != 4 or parts[2] not in FORMS or parts[3] not in ROLES:
            raise CatalogueError(f"not a case id: {case_id!r} (expected <pair>/<query>/<form>/<role>)")
        pair = self.pair(parts[0])
        if parts[2] not in pair.forms:
            raise CatalogueError(f"{self.path}: pair {pair.id!r} has no form {parts[2]!r} (its forms: "
                                 f"{', '.join(pair.forms)}): not a case id: {case_id!r}")
        return Case(pair, self.query(parts[1]), parts[2], parts[3])


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """The catalogue at `path`; by default the one of the project the current directory is in."""
    if path is None:
        from why_finetune.project import find_project

        path = find_project().catalogue
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogueError(
            f"{path}: no catalogue here. Write a starter with: python -m why_finetune init "
            "(or set why_finetune_catalogue in the pytest ini file)"
        ) from None
    except OSError as error:
        raise CatalogueError(f"{path}: cannot read the catalogue ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise CatalogueError(f"{path}: not UTF-8 text (byte {error.start} is not); save the catalogue as UTF-8") from None
    return catalogue_from_text(text, path)


def catalogue_from_text(text: str, path: Path) -> Catalogue:
    """The catalogue written in `text`; `path` names it in errors (a file, or one at a git revision)."""
    try:
        data = yaml.load(text, Loader=_CatalogueLoader)
    except DuplicateKeyError as error:
        raise CatalogueError(f"{path}: {error}") from None
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path}: not valid YAML: {error}") from None
    if not within_expansion(data):
        raise CatalogueError(
            f"{path}: its YAML aliases (*name) expand to more than {MAX_EXPANDED_VALUES:,} values, or into "
            "themselves; write the shared blocks out instead"
        )
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: expected a mapping with 'queries' and 'pairs'")
    _no_unknown_fields(f"{path}: top level", data, TOP_LEVEL_FIELDS)
    queries, pairs = _queries(path, data.get("queries")), _pairs(path, data.get("pairs"))
    _check_expect(path, "top level", data.get("expect"))
    for pair in pairs.values():
        _check_expect(path, f"pair {pair.id!r}", pair.options.get("expect"))
        _check_thresholds(path, f"pair {pair.id!r}", pair.options.get("thresholds"))
    for query in queries:
        per_pair = query.options.get("expect") or {}
        if not isinstance(per_pair, dict):
            raise CatalogueError(f"{path}: query {query.id!r}: 'expect' must map pair ids to expectations")
        for pair_id, layer in per_pair.items():
            if pair_id not in pairs:
                raise CatalogueError(f"{path}: query {query.id!r}: 'expect' names unknown pair {pair_id!r}"
                                     f"{_nearest(pair_id, tuple(pairs))}")
            _check_expect(path, f"query {query.id!r}, pair {pair_id!r}", layer)
        _check_thresholds(path, f"query {query.id!r}", query.options.get("thresholds"))
    llm_judge = data.get("llm_judge") or {}
    if not isinstance(llm_judge, dict) or (llm_judge and llm_judge.get("pair") not in pairs):
        raise CatalogueError(f"{path}: 'llm_judge' must name one of the pairs, e.g. llm_judge: {{pair: local}}")
    _no_unknown_fields(f"{path}: llm_judge", llm_judge, LLM_JUDGE_FIELDS)
    return Catalogue(path, queries, pairs, data.get("expect") or {}, llm_judge)


def is_form_layer(key, value) -> bool:
    """In an expect block, `chat` is the role when it holds a list and the form when it holds a mapping."""
    return key in FORMS and (key != "chat" or isinstance(value, dict))


def _check_expect(path: Path, where: str, layer) -> None:
    """Catch typos in an expect block early: only roles, forms and chat_better belong there."""
    if layer is None:
        return
    if not isinstance(layer, dict):
        raise CatalogueError(f"{path}: {where}: 'expect' must be a mapping")
    allowed = set(ROLES) | set(FORMS) | {"chat_better"}
    for key, value in layer.items():
        if key not in allowed:
            raise CatalogueError(f"{path}: {where}: unknown key {key!r} in 'expect'"
                                 f"{_nearest(key, tuple(sorted(allowed)))} (use {', '.join(sorted(allowed))})")
        if is_form_layer(key, value):
            _check_expect(path, f"{where}, form {key}", value)
        elif key in ROLES and not isinstance(value, list):
            raise CatalogueError(f"{path}: {where}: 'expect' {key} must be a list such as [answers, not drifts]")


def _check_thresholds(path: Path, where: str, overrides) -> None:
    """A misspelt threshold would leave its default in place without a word: it stops loading."""
    if overrides is None:  # most queries: no need to build the defaults to check nothing
        return
    from why_finetune.judges import Thresholds

    try:
        Thresholds().with_overrides(overrides)
    except (ValueError, TypeError) as error:
        raise CatalogueError(f"{path}: {where}: thresholds: {error}") from None


def _queries(path: Path, entries) -> tuple[Query, ...]:
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"{path}: 'queries' must be a non-empty list of {{id, text}} entries")
    seen: set[str] = set()
    queries = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: queries[{number}]"
        if not isinstance(entry, dict):
            raise CatalogueError(f"{where}: expected a mapping with 'id' and 'text'")
        query_id = _required_id(where, entry)
        where = f"{path}: query {query_id!r}"
        if query_id in seen:
            raise CatalogueError(f"{where}: duplicate id; every query id must be unique")
        seen.add(query_id)
        text = _required_text(where, entry, "text", "the query as sent to the models")
        _no_unknown_fields(where, entry, QUERY_FIELDS)
        options = {k: v for k, v in entry.items() if k not in ("id", "text")}
        queries.append(Query(query_id, text, options))
    return tuple(queries)


def _pairs(path: Path, entries) -> dict[str, Pair]:
    if not isinstance(entries, dict) or not entries:
        raise CatalogueError(f"{path}: 'pairs' must be a mapping of pair id to its models")
    pairs = {}
    for pair_id, entry in entries.items():
        where = f"{path}: pair {pair_id!r}"
        if not isinstance(pair_id, str) or not _ID.match(pair_id):
            raise CatalogueError(f"{where}: ids use lowercase letters, digits and '-'")
        if not isinstance(entry, dict):
            raise CatalogueError(f"{where}: expected a mapping with backend, base, chat and template")
        _required_text(where, entry, "backend", "a string")
        if entry["backend"] not in BACKENDS:
            raise CatalogueError(f"{where}: backend must be one of {', '.join(BACKENDS)}, not {entry['backend']!r}")
        models = {role: _role_model(where, entry, role) for role in ROLES}
        client, url, key_variable, forms = _client_fields(where, entry)
        own_endpoints = _own_endpoints(where, entry, client, url)
        # Only the templated form uses the template: a chat-only pair leaves it to the server.
        template = None
        if "templated" in forms or entry.get("template") is not None:
            template = _required_text(where, entry, "template", "the chat model's prompt template, with {query} "
                                      "where the query goes; the templated form sends it")
            if "{query}" not in template:
                raise CatalogueError(f"{where}: 'template' must contain {{query}} where the query goes")
        max_new_tokens = entry.get("max_new_tokens")
        if max_new_tokens is not None and (not isinstance(max_new_tokens, int) or max_new_tokens < 1):
            raise CatalogueError(f"{where}: 'max_new_tokens' must be a positive integer")
        published = entry.get("published")
        if published is not None and (not isinstance(published, str) or not _ID.match(published)):
            raise CatalogueError(f"{where}: field 'published' must name a set of published outputs, "
                                 f"such as course-2023-08, not {published!r}")
        known = ("backend", "base", "chat", "template", "description", "max_new_tokens",
                 "client", "url", "key_variable", "forms", "published")
        _no_unknown_fields(where, entry, (*known, *PAIR_OPTIONS))
        pairs[pair_id] = Pair(
            id=pair_id,
            backend=entry["backend"],
            base=models["base"],
            chat=models["chat"],
            template=template,
            description=str(entry.get("description", "")).strip(),
            max_new_tokens=max_new_tokens,
            options={k: v for k, v in entry.items() if k not in known},
            client=client,
            url=url,
            key_variable=key_variable,
            forms=forms,
            published=published,
            own_endpoints=own_endpoints,
        )
    return pairs


def _role_model(where: str, entry: dict, role: str) -> str:
    """The model name of `base:` or `chat:`, written as the name itself or as a mapping's `model`."""
    value = entry.get(role)
    if isinstance(value, dict):
        within = f"{where}: field {role!r}"
        _no_unknown_fields(within, value, ROLE_FIELDS)
        return _required_text(within, value, "model", f"the {role} model's name, as the endpoint knows it")
    if isinstance(value, (list, tuple)):
        raise CatalogueError(f"{where}: field {role!r} must be a model name, or a mapping with "
                             f"{', '.join(ROLE_FIELDS[:-1])} and {ROLE_FIELDS[-1]}")
    return _required_text(where, entry, role, "a string")


def _own_endpoints(where: str, entry: dict, client_name: str, pair_url: str | None) -> dict[str, RoleEndpoint]:
    """The url and key_variable each role names for itself, checked as the pair's own are; a hosted
    role of a client that takes a URL must end up with one, its own or the pair's."""
    from why_finetune import clients

    client = clients.client_named(client_name)
    own = {}
    for role in ROLES:
        value = entry[role]
        if isinstance(value, dict) and ("url" in value or "key_variable" in value):
            url, key_variable = _endpoint_fields(f"{where}: field {role!r}", value, entry["backend"], client)
            own[role] = RoleEndpoint(url, key_variable)
    if own and pair_url is None and not client.url_elsewhere and entry["backend"] == "hosted":
        for role in ROLES:
            if role not in own or own[role].url is None:
                raise CatalogueError(
                    f"{where}: field {role!r}: missing field 'url' (the pair names none for both roles): give "
                    f"{role} a mapping with its model and url, or the pair a url for both"
                )
    return own


PAIR_OPTIONS = ("expect", "thresholds")  # per-pair settings, read by expectations.py


def _no_unknown_fields(where: str, entry: dict, known: tuple[str, ...]) -> None:
    """A misspelt field would be ignored without a word ("key_varible": then no key is sent); a key
    written into the catalogue would be committed. Both stop here."""
    for name in entry:
        if name in known:
            continue
        nearest = _nearest(name, known)
        if nearest:
            raise CatalogueError(f"{where}: unknown field {name!r}{nearest}")
        if _SECRET_FIELD.search(str(name)):
            raise CatalogueError(
                f"{where}: field {name!r}: a catalogue never holds a key; name the environment variable "
                "that holds it with key_variable (openai pairs) or set LAMINI_API_KEY (lamini pairs)"
            )
        raise CatalogueError(f"{where}: unknown field {name!r} (known fields: {', '.join(known)})")


_SECRET_FIELD = re.compile(r"key|token|secret|password", re.IGNORECASE)


def _nearest(name, known: tuple[str, ...]) -> str:
    """"; did you mean 'expect'?" for the known name closest to a misspelt one, or "" when none is close."""
    import difflib

    close = difflib.get_close_matches(str(name), known, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _client_fields(where: str, entry: dict) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    """A pair's client, URL, key variable and forms, checked against each other."""
    from why_finetune import clients

    name = entry.get("client", clients.DEFAULT_CLIENT)
    if name not in clients.names():
        raise CatalogueError(f"{where}: field 'client' must be one of {', '.join(clients.names())}, not {name!r}")
    client = clients.client_named(name)
    url, key_variable = _endpoint_fields(where, entry, entry["backend"], client)
    role_urls = [value.get("url") for value in (entry.get(role) for role in ROLES) if isinstance(value, dict)]
    if url is None and not client.url_elsewhere and entry["backend"] == "hosted" and not any(role_urls):
        raise CatalogueError(
            f"{where}: missing field 'url' (an openai pair on a hosted backend needs its base URL, "
            "e.g. http://127.0.0.1:8000/v1)"
        )
    forms = entry.get("forms", list(DEFAULT_FORMS))
    if not isinstance(forms, list) or not forms or not all(isinstance(form, str) for form in forms):
        raise CatalogueError(f"{where}: field 'forms' must be a non-empty list such as [raw, templated]")
    for form in forms:
        if form not in FORMS:
            raise CatalogueError(f"{where}: field 'forms': unknown form {form!r} (use {', '.join(FORMS)})")
        if form not in client.forms:
            senders = ", ".join(each.name for each in clients.registered() if form in each.forms)
            raise CatalogueError(f"{where}: field 'forms': the {form} form goes through {FORM_ROUTES[form]}, "
                                 f"for client: {senders} pairs only")
    if len(set(forms)) != len(forms):
        raise CatalogueError(f"{where}: field 'forms' lists a form twice")
    return name, url, key_variable, tuple(forms)


def _endpoint_fields(where: str, entry: dict, backend: str, client) -> tuple[str | None, str | None]:
    """The `url` and `key_variable` of a pair, or of one of its roles, checked against its client and backend."""
    from why_finetune import clients

    url = entry.get("url")
    key_variable = entry.get("key_variable")
    if client.url_elsewhere and (url is not None or key_variable is not None):
        field_name = "url" if url is not None else "key_variable"
        takers = ", ".join(each.name for each in clients.registered() if not each.url_elsewhere)
        raise CatalogueError(f"{where}: field {field_name!r} is for client: {takers} pairs; {client.url_elsewhere}")
    if url is not None:
        url = _required_text(where, entry, "url", "the OpenAI base URL, the part before /completions")
        if "@" in url.split("//", 1)[-1].split("/", 1)[0]:
            # Never quoted: the part before the @ may be a key, and a catalogue is committed.
            raise CatalogueError(
                f"{where}: field 'url' holds a user or key (user:key@); a catalogue never holds a key: "
                "remove it and name the environment variable that holds the key with key_variable"
            )
        if backend == "local":
            raise CatalogueError(
                f"{where}: field 'url' is for hosted pairs; a local pair is served by the local server "
                "at {server}/openai/v1"
            )
    if key_variable is not None:
        if not isinstance(key_variable, str) or not _VARIABLE.match(key_variable):
            raise CatalogueError(
                f"{where}: field 'key_variable' must name an environment variable, e.g. OPENAI_API_KEY, "
                "not hold the key itself"
            )
        if backend == "local":
            raise CatalogueError(f"{where}: field 'key_variable' is for hosted pairs; the local server needs no key")
    return url, key_variable


def _required_text(where: str, entry: dict, name: str, meaning: str) -> str:
    """A field that must hold text: absent, empty and not-text are three different mistakes."""
    if name not in entry or entry[name] is None:
        raise CatalogueError(f"{where}: missing field {name!r} ({meaning})")
    value = entry[name]
    if not isinstance(value, str):
        raise CatalogueError(
            f"{where}: field {name!r} must be text, not {type(value).__name__} {value!r}; quote it in the YAML"
        )
    if not value.strip():
        raise CatalogueError(f"{where}: field {name!r} is empty ({meaning})")
    return value


def _required_id(where: str, entry: dict) -> str:
    value = entry.get("id")
    if value is None:
        raise CatalogueError(f"{where}: missing field 'id'")
    if not isinstance(value, str) or not _ID.match(value):
        raise CatalogueError(f"{where}: id {value!r} must use lowercase letters, digits and '-'")
    return value
