"""A cassette is checked before it is replayed: anything vcrpy could not replay is one error naming the file."""

import json

import pytest
from vcr.persisters.filesystem import CassetteNotFoundError
from vcr.request import Request

from why_finetune.recording import persistence
from why_finetune.recording.persistence import (
    MAX_CASSETTE_BYTES,
    CassetteError,
    CassetteStore,
    _ParsedCassettes,
    check_cassette,
    read_cassette,
    read_provenance,
    read_recording,
)
from why_finetune.recording.writing import write_together

CASE = "local/mars/raw/chat"


@pytest.fixture(autouse=True)
def no_cassette_parsed_yet():
    """Parsed cassettes are kept by their text: each test starts as if no cassette had been read."""
    persistence._PARSED.entries.clear()


def interaction(code=200, output="Mars is red."):
    return {
        "request": {
            "body": json.dumps({"model_name": "m", "prompt": "Tell me about Mars"}),
            "headers": {"Content-Type": ["application/json"]},
            "method": "POST",
            "uri": "http://127.0.0.1/v1/completions",
        },
        "response": {
            "status": {"code": code, "message": "OK"},
            "headers": {"Content-Type": ["application/json"]},
            "body": {"string": json.dumps({"output": output})},
        },
    }


def write(tmp_path, *interactions, name="chat.yaml", provenance=None):
    path = tmp_path / name
    provenance = {"case": CASE, "recorded": "2026-01-01"} if provenance is None else provenance
    data = {"provenance": provenance, "interactions": list(interactions), "version": 1}
    path.write_text(json.dumps(data))  # JSON is YAML
    return path


def test_a_good_cassette_reads_back_as_recorded(tmp_path):
    path = write(tmp_path, interaction())
    assert read_cassette(path)["interactions"] == [interaction()]
    assert read_provenance(path) == {"case": CASE, "recorded": "2026-01-01"}
    check_cassette(path)
    recording = read_recording(path)
    assert recording.path == path
    assert (recording.prompt, recording.model, recording.output) == ("Tell me about Mars", "m", "Mars is red.")
    assert recording.provenance == {"case": CASE, "recorded": "2026-01-01"}


def without(part, name):
    def change(i):
        del i[part][name]

    return change


def setting(part, name, value):
    def change(i):
        i[part][name] = value

    return change


@pytest.mark.parametrize(
    "change, message",
    [
        (without("request", "body"), "interaction 1 has no request body"),
        (without("request", "headers"), "interaction 1 has no request headers"),
        (without("request", "method"), "interaction 1 has no request method"),
        (without("request", "uri"), "interaction 1 has no request uri"),
        (setting("request", "headers", ["Content-Type"]), "interaction 1 has no request headers mapping"),
        (without("response", "status"), "interaction 1 has no response status code"),
        (setting("response", "status", {"code": "OK"}), "interaction 1 has no response status code"),
        (setting("response", "body", {"text": "{}"}), "interaction 1 has no response body"),
        (setting("response", "body", "{}"), "interaction 1 has no response body"),
        (setting("response", "headers", ["Content-Type"]), "interaction 1 has no response headers mapping"),
        (setting("response", "status", {"code": 429}), "interaction 1 recorded an error response (HTTP 429)"),
        (setting("response", "status", {"code": 300}), "interaction 1 recorded an error response (HTTP 300)"),
        (setting("response", "status", {"code": 199}), "interaction 1 recorded an error response (HTTP 199)"),
    ],
)
def test_a_cassette_vcrpy_could_not_replay_is_one_error_naming_the_file_and_what_is_wrong(tmp_path, change, message):
    broken = interaction()
    change(broken)
    path = write(tmp_path, interaction(), broken)
    with pytest.raises(CassetteError) as error:
        read_cassette(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message.replace("interaction 1", "interaction 2") in str(error.value)


def test_every_missing_field_is_named_at_once(tmp_path):
    broken = interaction()
    del broken["request"]["body"], broken["request"]["uri"]
    with pytest.raises(CassetteError, match="interaction 1 has no request uri, no request body$"):
        check_cassette(write(tmp_path, broken))


@pytest.mark.parametrize("broken", ["a request", {"request": "POST", "response": {}}, {"request": {}}])
def test_an_interaction_without_a_request_or_response_mapping_is_unreadable(tmp_path, broken):
    path = write(tmp_path, broken)
    with pytest.raises(CassetteError, match="chat.yaml: not a readable cassette .*; it may be truncated or hand-edited$"):
        read_cassette(path)


def test_only_2xx_responses_are_replayed(tmp_path):
    for code in (200, 201, 299):
        read_cassette(write(tmp_path, interaction(code), name=f"{code}.yaml"))


@pytest.mark.parametrize(
    "text, message",
    [
        ("interactions: [", "not a readable cassette"),
        ("- a list\n", "not a readable cassette (not a cassette: expected a mapping with an 'interactions' list)"),
        ("version: 1\n", "not a readable cassette"),
        ("interactions: []\n", "holds no recorded interaction"),
    ],
)
def test_a_file_that_is_no_cassette_says_so(tmp_path, text, message):
    path = tmp_path / "chat.yaml"
    path.write_text(text)
    with pytest.raises(CassetteError) as error:
        read_cassette(path)
    assert str(error.value).startswith(f"{path}: {message}")


def test_a_missing_or_undecodable_file_says_it_cannot_be_read(tmp_path):
    with pytest.raises(CassetteError, match=r"chat.yaml: cannot read this cassette \(FileNotFoundError\)"):
        read_cassette(tmp_path / "chat.yaml")
    (tmp_path / "latin.yaml").write_bytes(b"\xff\xfe")
    with pytest.raises(CassetteError, match=r"cannot read this cassette \(UnicodeDecodeError\)"):
        read_cassette(tmp_path / "latin.yaml")


def test_a_recording_that_is_not_a_lamini_completion_says_so(tmp_path):
    other = interaction()
    other["request"]["body"] = json.dumps({"question": "?"})
    with pytest.raises(CassetteError, match="the first interaction is not a completion"):
        read_recording(write(tmp_path, other))


def openai_interaction(request: dict, response: dict) -> dict:
    exchange = interaction()
    exchange["request"]["body"] = json.dumps(request)
    exchange["response"]["body"]["string"] = json.dumps(response)
    return exchange


def test_an_openai_chat_recording_reads_back_the_last_user_message_and_the_first_choice(tmp_path):
    request = {"model": "chat-model", "messages": [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "an earlier question"},
        {"role": "assistant", "content": "an earlier answer"}, {"role": "user", "content": "What of Mars?"}]}
    response = {"choices": [{"message": {"role": "assistant", "content": "Red."}},
                            {"message": {"role": "assistant", "content": "another choice"}}]}
    recording = read_recording(write(tmp_path, openai_interaction(request, response)))
    assert (recording.prompt, recording.model, recording.output) == ("What of Mars?", "chat-model", "Red.")
    assert recording.provenance == {"case": CASE, "recorded": "2026-01-01"}


def test_an_openai_completion_recording_reads_back_its_prompt_and_first_choice(tmp_path):
    request = {"model": "base-model", "prompt": "Mars is"}
    response = {"choices": [{"text": " the fourth planet."}, {"text": " another choice"}]}
    recording = read_recording(write(tmp_path, openai_interaction(request, response)))
    assert (recording.prompt, recording.model, recording.output) == ("Mars is", "base-model", " the fourth planet.")


@pytest.mark.parametrize("request_body, response", [
    ({"model": "m", "prompt": "p"}, {"choices": []}),
    ({"model": "m", "prompt": "p"}, {"choices": [{"message": {"content": "a chat answer to a completion"}}]}),
    ({"model": "m", "messages": [{"role": "user", "content": "p"}]}, {"choices": [{"text": "a completion"}]}),
    ({"model": "m", "messages": [{"role": "system", "content": "no user message"}]},
     {"choices": [{"message": {"content": "a"}}]}),
    ({"prompt": "p"}, {"choices": [{"text": "no model named"}]}),
    ({"model": "m", "prompt": "p"}, {"choices": [{"text": None}]}),
    ({"model": "m", "prompt": ["a", "list"]}, {"choices": [{"text": "a"}]}),
], ids=["no choice", "chat answer to a completion", "completion answer to a chat", "no user message",
        "no model", "output not text", "prompt not text"])
def test_an_openai_recording_that_is_not_a_completion_is_one_line_naming_the_file(tmp_path, request_body, response):
    path = write(tmp_path, openai_interaction(request_body, response))
    with pytest.raises(CassetteError) as raised:
        read_recording(path)
    assert str(raised.value) == (f"{path}: the first interaction is not a completion (lamini: prompt/model_name "
                                 "sent, output returned; openai: a completion or chat completion and its choice)")


def test_a_changed_file_is_read_anew_and_callers_cannot_change_what_others_read(tmp_path):
    path = write(tmp_path, interaction(output="first"))
    data = read_cassette(path)
    data["interactions"][0]["response"]["body"]["string"] = "changed by a caller"
    data["provenance"]["case"] = "changed"
    assert read_cassette(path)["interactions"] == [interaction(output="first")]
    assert read_provenance(path)["case"] == CASE
    write(tmp_path, interaction(output="second"))
    assert read_recording(path).output == "second"


def test_the_parsed_cassettes_kept_are_the_most_recently_used():
    cache = _ParsedCassettes(size=2)
    cache.put("a", {"n": 1})
    cache.put("b", {"n": 2})
    assert cache.get("a") == {"n": 1}  # now the most recently used
    cache.put("c", {"n": 3})
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == ({"n": 1}, None, {"n": 3})


def test_copies_are_deep_for_containers_and_share_scalars():
    value = {"a": [{"b": "text"}], "c": (1, 2)}
    copied = persistence._copy(value)
    assert copied == value
    assert copied is not value and copied["a"] is not value["a"] and copied["a"][0] is not value["a"][0]


# vcrpy's side of the store


def test_replay_loads_the_recorded_requests_and_byte_responses(tmp_path):
    store = CassetteStore(root=tmp_path)
    requests, responses = store.load_cassette(str(write(tmp_path, interaction())), None)
    assert [(r.method, r.path) for r in requests] == [("POST", "/v1/completions")]
    assert responses[0]["body"]["string"] == json.dumps({"output": "Mars is red."}).encode()


def test_refreshing_never_replays_what_is_on_disk(tmp_path):
    store = CassetteStore(root=tmp_path, refreshing=True)
    with pytest.raises(CassetteNotFoundError):
        store.load_cassette(str(write(tmp_path, interaction())), None)
    with pytest.raises(CassetteNotFoundError):
        CassetteStore(root=tmp_path).load_cassette(str(tmp_path / "absent.yaml"), None)


def test_a_case_id_is_the_path_under_the_root_without_the_suffix(tmp_path):
    store = CassetteStore(root=tmp_path / "cassettes")
    assert store.path_for(CASE) == tmp_path / "cassettes" / "local" / "mars" / "raw" / "chat.yaml"
    assert store.case_id_for(store.path_for(CASE)) == CASE


def stage(store, output):
    request = Request("POST", "http://127.0.0.1/v1/completions", json.dumps({"model_name": "m", "prompt": "p"}), {})
    response = interaction(output=output)["response"]
    store.save_cassette(str(store.path_for(CASE)), {"requests": [request], "responses": [response]}, None)
    return store.take_all_staged()[store.path_for(CASE)]


def test_a_re_recording_that_changes_nothing_but_the_date_keeps_the_file_as_it_was(tmp_path):
    store = CassetteStore(root=tmp_path, refreshing=True)
    first = stage(store, "Mars is red.")
    write_together({first.path: first.text})
    path = first.path
    old_text = path.read_text().replace(read_provenance(path)["recorded"], "2020-01-01")
    path.write_text(old_text)
    assert stage(store, "Mars is red.").text == old_text
    changed = stage(store, "Mars is blue.")
    assert "2020-01-01" not in changed.text and "Mars is blue." in changed.text


def test_a_previous_file_that_is_no_cassette_is_simply_replaced(tmp_path):
    store = CassetteStore(root=tmp_path, refreshing=True)
    store.path_for(CASE).parent.mkdir(parents=True)
    store.path_for(CASE).write_text("- not a cassette\n")
    assert "Mars is red." in stage(store, "Mars is red.").text


# Cassettes that could crash or exhaust whatever replays or compares them: refused in one line naming
# the file, a file larger than any recording before it is read.


def refused(path, read=check_cassette) -> str:
    with pytest.raises(CassetteError) as error:
        read(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


@pytest.mark.parametrize("provenance", [5, "abc", ["a"], {"sources": "abc"}, {"backend": {"nested": 1}}],
                         ids=["number", "text", "list", "sources-text", "nested"])
def test_provenance_of_the_wrong_shape_is_one_line_naming_the_file(tmp_path, provenance):
    path = write(tmp_path, interaction(), provenance=provenance)
    assert "provenance" in refused(path)
    assert "provenance" in refused(path, read_provenance)


def test_a_lamini_output_that_is_not_text_is_one_line_naming_the_file(tmp_path):
    path = write(tmp_path, interaction(output=5))
    refused(path, read_recording)


def test_aliases_that_expand_past_any_recording_are_refused(tmp_path):
    path = tmp_path / "chat.yaml"
    anchors = ['a0: &a0 ["lol"]'] + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    document = {"provenance": {"case": CASE}, "interactions": [interaction()], "version": 1}
    lines = [f"{name}: {json.dumps(value)}" for name, value in document.items()]
    path.write_text("\n".join(anchors + lines) + "\nextra: *a9\n")
    assert "alias" in refused(path)


def test_the_size_limit_is_generous_for_a_long_recording_and_named():
    # The longest answer a case can ask for is a few thousand tokens, tens of kilobytes of text.
    assert MAX_CASSETTE_BYTES >= 1024 * 1024


def test_a_cassette_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, interaction(output="x" * MAX_CASSETTE_BYTES))
    monkeypatch.setattr(persistence.readable, "load_yaml", lambda text: pytest.fail("parsed"))
    message = refused(path)
    assert f"{MAX_CASSETTE_BYTES:,} bytes" in message


def test_a_cassette_just_under_the_limit_is_read(tmp_path):
    path = write(tmp_path, interaction(output="x" * (MAX_CASSETTE_BYTES - 1000)))
    assert read_recording(path).output == "x" * (MAX_CASSETTE_BYTES - 1000)
