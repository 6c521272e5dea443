"""A pair across two endpoints: each role may name its own url and key_variable.

llama.cpp's server and Text Generation Inference serve one model per process, and a team may compare
a base model on one provider with its fine-tune on another. `base:` and `chat:` take a model name, as
always, or a mapping with `model`, `url` and `key_variable`; the pair's own `url` and `key_variable`
stay the default for both roles.
"""

import secrets

import pytest

from why_finetune import clients
from why_finetune.catalogue import CatalogueError, load_catalogue
from why_finetune.clients.circuit import Circuit
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import ModelCallError, guarded_call

QUERY = "queries:\n  - {id: q, text: a}\n"
SPLIT = QUERY + """pairs:
  p:
    backend: hosted
    client: openai
    forms: [raw, chat]
    base: {model: base-model, url: "http://127.0.0.1:8001/v1", key_variable: BASE_KEY}
    chat: {model: chat-model, url: "http://127.0.0.1:8002/v1", key_variable: CHAT_KEY}
"""


def write(tmp_path, text):
    path = tmp_path / "catalogue.yaml"
    path.write_text(text)
    return path


def split_pair(tmp_path, text=SPLIT):
    return load_catalogue(write(tmp_path, text)).pair("p")


def random_key():
    return "sk-" + secrets.token_urlsafe(24)


def test_each_role_reaches_its_own_url_with_its_own_key(tmp_path):
    pair = split_pair(tmp_path)
    assert (pair.base, pair.chat) == ("base-model", "chat-model")  # the model names, as for a one-url pair
    base_key, chat_key = random_key(), random_key()
    environ = {"BASE_KEY": base_key, "CHAT_KEY": chat_key}
    base = clients.hosted_endpoint(pair, "base", environ)
    chat = clients.hosted_endpoint(pair, "chat", environ)
    assert (base.url, base.key, base.key_source) == ("http://127.0.0.1:8001/v1", base_key, "BASE_KEY")
    assert (chat.url, chat.key, chat.key_source) == ("http://127.0.0.1:8002/v1", chat_key, "CHAT_KEY")
    assert clients.where_hosted(pair, "chat") == "http://127.0.0.1:8002"


def test_the_pair_level_url_and_key_variable_stay_the_default_for_a_role_that_names_none(tmp_path):
    pair = split_pair(tmp_path, QUERY + """pairs:
  p:
    backend: hosted
    client: openai
    url: "http://127.0.0.1:8001/v1"
    key_variable: SHARED_KEY
    forms: [raw]
    base: base-model
    chat: {model: chat-model, url: "http://127.0.0.1:8002/v1"}
""")
    key = random_key()
    base = clients.hosted_endpoint(pair, "base", {"SHARED_KEY": key})
    chat = clients.hosted_endpoint(pair, "chat", {"SHARED_KEY": key})
    assert (base.url, base.key_source) == ("http://127.0.0.1:8001/v1", "SHARED_KEY")
    assert (chat.url, chat.key_source) == ("http://127.0.0.1:8002/v1", "SHARED_KEY")


def test_a_one_url_pair_reads_as_before_and_both_roles_share_its_endpoint(tmp_path):
    pair = split_pair(tmp_path, QUERY + "pairs:\n  p: {backend: hosted, client: openai, url: 'http://h:8000/v1', "
                                        "key_variable: K, base: b, chat: c, forms: [raw]}\n")
    assert (pair.url, pair.key_variable, pair.base, pair.chat) == ("http://h:8000/v1", "K", "b", "c")
    key = random_key()
    assert clients.hosted_endpoint(pair, "base", {"K": key}) == clients.hosted_endpoint(pair, "chat", {"K": key})
    assert clients.where_hosted(pair, "base") == "http://h:8000"


def test_a_mapping_with_only_a_model_is_the_model_name(tmp_path):
    pair = split_pair(tmp_path, QUERY + "pairs:\n  p: {backend: local, base: {model: b}, chat: c, template: '<{query}>'}\n")
    assert (pair.base, pair.chat) == ("b", "c")


def test_every_key_of_either_role_is_one_no_file_or_report_may_hold(tmp_path):
    pair = split_pair(tmp_path)
    base_key, chat_key = random_key(), random_key()
    environ = {"HOME": str(tmp_path), "BASE_KEY": base_key, "CHAT_KEY": chat_key}
    assert clients.keys_in_use([pair], environ) == {base_key, chat_key}


def test_a_role_whose_key_is_not_set_is_named_and_the_other_role_is_still_reached(tmp_path):
    pair = split_pair(tmp_path)
    environ = {"BASE_KEY": random_key()}
    assert clients.hosted_endpoint(pair, "base", environ) is not None
    assert clients.hosted_endpoint(pair, "chat", environ) is None
    assert clients.missing_key(pair, "chat") == "set CHAT_KEY"
    assert clients.needed_key(pair, "chat") == "the key in CHAT_KEY"
    message = clients.missing_key_message(pair, "chat", "python -m why_finetune refresh --pair p")
    assert "pair 'p'" in message and "chat model" in message and "CHAT_KEY" in message


def test_a_one_url_pair_says_its_missing_key_as_before(tmp_path):
    pair = split_pair(tmp_path, QUERY + "pairs:\n  p: {backend: hosted, client: openai, url: 'http://h:8000/v1', "
                                        "key_variable: K, base: b, chat: c, forms: [raw]}\n")
    assert clients.missing_key_message(pair, "chat", "HINT") == "pair 'p' needs its key in K: set it and run HINT"


@pytest.mark.parametrize("role, message", [
    ("{model: b, modle: x}", r"pair 'p': field 'base': unknown field 'modle'; did you mean 'model'\?"),
    ("{url: 'http://h/v1'}", r"pair 'p': field 'base': missing field 'model' \(the base model's name"),
    ("{model: 7}", r"pair 'p': field 'base': field 'model' must be text"),
    ("[b]", r"pair 'p': field 'base' must be a model name, or a mapping with model, url and key_variable"),
    ("{model: b, url: 8000}", r"pair 'p': field 'base': field 'url' must be text"),
    ("{model: b, url: 'http://h/v1', key_variable: 'sk-abc def'}",
     r"pair 'p': field 'base': field 'key_variable' must name an environment variable"),
    ("{model: b, url: 'http://h/v1', api_key: sk-abc}", r"pair 'p': field 'base': field 'api_key': a catalogue never holds a key"),
])
def test_a_bad_role_mapping_is_a_one_line_error_naming_the_role_and_field(tmp_path, role, message):
    text = QUERY + f"pairs:\n  p: {{backend: hosted, client: openai, url: 'http://h/v1', base: {role}, chat: c, forms: [raw]}}\n"
    with pytest.raises(CatalogueError, match=message) as raised:
        load_catalogue(write(tmp_path, text))
    assert str(tmp_path / "catalogue.yaml") in str(raised.value) and "\n" not in str(raised.value)


def test_a_role_url_holding_a_key_is_refused_without_showing_it(tmp_path):
    key = secrets.token_urlsafe(16)
    text = QUERY + ("pairs:\n  p: {backend: hosted, client: openai, url: 'http://h/v1', base: b, "
                    f"chat: {{model: c, url: 'http://u:{key}@h2/v1'}}, forms: [raw]}}\n")
    with pytest.raises(CatalogueError, match=r"pair 'p': field 'chat': field 'url' holds a user or key") as raised:
        load_catalogue(write(tmp_path, text))
    assert key not in str(raised.value)


@pytest.mark.parametrize("pair, message", [
    ("{backend: hosted, client: openai, base: {model: b, url: 'http://h/v1'}, chat: c, forms: [raw]}",
     r"pair 'p': field 'chat': missing field 'url' \(the pair names none for both roles"),
    ("{backend: hosted, base: {model: b, url: 'http://h/v1'}, chat: c, template: '<{query}>'}",
     r"pair 'p': field 'base': field 'url' is for client: openai pairs"),
    ("{backend: local, client: openai, base: {model: b, key_variable: K}, chat: c, template: '<{query}>'}",
     r"pair 'p': field 'base': field 'key_variable' is for hosted pairs"),
])
def test_a_role_endpoint_follows_the_rules_of_the_pairs_own(tmp_path, pair, message):
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(write(tmp_path, QUERY + f"pairs:\n  p: {pair}\n"))


def test_one_endpoint_failing_stops_only_its_own_role_even_on_a_shared_url():
    """Two roles on one URL with two keys: a wrong key fails only the role that sends it."""
    circuit = Circuit(give_up_after=2)
    url = "http://127.0.0.1:8001/v1"
    wrong = Endpoint(url, random_key(), "BASE_KEY")
    right = Endpoint(url, random_key(), "CHAT_KEY")
    for _ in range(3):
        with pytest.raises(ModelCallError):
            guarded_call("p/q/raw/base", wrong, "http://127.0.0.1:8001 (completions)",
                         lambda: (None, "refused: 401 Invalid API Key"), circuit)
    with pytest.raises(ModelCallError, match="not asked again"):
        guarded_call("p/q/raw/base", wrong, "http://127.0.0.1:8001 (completions)", lambda: ("x", None), circuit)
    assert guarded_call("p/q/raw/chat", right, "http://127.0.0.1:8001 (completions)",
                        lambda: ("an answer", None), circuit) == "an answer"


def refresh(tmp_path, monkeypatch, environ, *cases):
    """`refresh --pair p` in a project holding the split pair, with only `environ`'s keys set."""
    import argparse

    from why_finetune.commands.refresh import refresh_command

    write(tmp_path, SPLIT)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    monkeypatch.chdir(tmp_path)
    for name in ("BASE_KEY", "CHAT_KEY", "WHY_FINETUNE_CATALOGUE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    started = []
    monkeypatch.setattr("why_finetune.commands.refresh.run_to_the_end", lambda *a, **k: started.append(a) or (1, False))
    status = refresh_command(argparse.Namespace(pair="p", case=list(cases), pytest_args=[]))
    return status, started


def test_refresh_checks_each_role_s_key_before_anything_starts_and_names_the_missing_side(tmp_path, monkeypatch,
                                                                                          capsys):
    status, started = refresh(tmp_path, monkeypatch, {"BASE_KEY": random_key()})
    assert (status, started) == (2, [])
    error = capsys.readouterr().err
    assert error.startswith("refresh: pair 'p' (its chat model) needs its key in CHAT_KEY: set it and run ")
    assert error.count("\n") == 1


def test_refresh_of_one_role_s_cases_needs_only_that_role_s_key_and_says_where_each_records_from(
        tmp_path, monkeypatch, capsys):
    key = random_key()
    status, started = refresh(tmp_path, monkeypatch, {"BASE_KEY": key}, "p/q/raw/base")
    assert status == 1 and len(started) == 1  # the recording run started (and, here, its stand-in failed)
    out = capsys.readouterr().out
    assert "recording pair 'p': its base model from http://127.0.0.1:8001 through the openai client (key from BASE_KEY)" in out
    assert key not in out


def test_compare_live_generates_the_side_whose_key_is_set_and_says_what_the_other_needs(tmp_path):
    import io

    from why_finetune.report.sources import live

    catalogue = load_catalogue(write(tmp_path, SPLIT))
    environ = {"BASE_KEY": random_key()}
    sent = []

    def generate(case, endpoint):
        sent.append((case.id, endpoint.url))
        return "Mars is red.", {"backend": "a server"}

    progress = io.StringIO()
    report = live.live_report(catalogue.cases(), tmp_path / "snapshots", live.Progress(progress),
                              find_endpoint=lambda pair, role: clients.hosted_endpoint(pair, role, environ),
                              generate=generate)
    assert sent == [("p/q/raw/base", "http://127.0.0.1:8001/v1"), ("p/q/chat/base", "http://127.0.0.1:8001/v1")]
    assert all(row.base.output == "Mars is red." and row.chat.output is None for row in report.rows)
    assert all("set CHAT_KEY" in row.chat.note and "chat model" in row.chat.note for row in report.rows)
    assert "pair 'p' (its base model): http://127.0.0.1:8001 (key from BASE_KEY)" in progress.getvalue()
    assert report.source == "live generation: p via base at http://127.0.0.1:8001 and chat at http://127.0.0.1:8002"
    assert environ["BASE_KEY"] not in progress.getvalue()
