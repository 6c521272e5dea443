"""Scrubbing, provenance and matching of the openai client's traffic, on requests it really sends.

The real openai client, with an organization, a project and a cookie set, sends to the local server
inside a cassette: what is recorded keeps none of them, nor its X-Stainless-* headers, but keeps its
version for the provenance. Replayed requests match on the route after the base path and on the body.
"""

import secrets

import openai
import pytest
import vcr
from vcr.request import Request

from why_finetune.clients import client_named
from why_finetune.recording import matching, scrubbing, serializer
from why_finetune.recording.provenance import provenance
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

KEY = "sk-" + secrets.token_urlsafe(32)
ORGANIZATION = "org-" + secrets.token_urlsafe(12)
PROJECT = "proj_" + secrets.token_urlsafe(12)
COOKIE = "session=" + secrets.token_urlsafe(16)
BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"


@pytest.fixture(scope="module")
def cassette(tmp_path_factory):
    """A chat completion and a completion, recorded as the project records, with every credential set."""
    path = tmp_path_factory.mktemp("cassettes") / "traffic.yaml"
    recorder = vcr.VCR(record_mode="all", match_on=matching.MATCH_ON, serializer="readable",
                       before_record_request=scrubbing.scrub_request, before_record_response=scrubbing.scrub_response)
    recorder.register_serializer("readable", serializer)
    for name, matcher in matching.MATCHERS.items():
        recorder.register_matcher(name, matcher)
    with start_server(api_key=KEY) as server:
        client = openai.OpenAI(base_url=f"{server.url}/openai/v1", api_key=KEY, organization=ORGANIZATION,
                               project=PROJECT, default_headers={"Cookie": COOKIE, "X-Why-Finetune-OpenAI-Version":
                                                                 openai.__version__}, max_retries=0)
        with recorder.use_cassette(str(path)) as recording:
            client.chat.completions.create(model=CHAT, messages=[{"role": "user", "content": "Hi"}], max_tokens=4)
            client.completions.create(model=BASE, prompt="Hi", max_tokens=4)
            sent_headers = {name.lower() for name in recording.requests[0].headers}
    return path, sent_headers


def test_no_credential_and_no_client_header_is_recorded(cassette):
    path, _ = cassette
    text = path.read_text()
    for secret in (KEY, ORGANIZATION, PROJECT, COOKIE):
        assert secret not in text
    lowered = text.lower()
    for header in ("authorization", "openai-organization", "openai-project", "cookie", "x-stainless", "user-agent"):
        assert header not in lowered, header
    assert scrubbing.KEY_SHAPED.search(text) is None


def test_the_scrubbed_request_keeps_only_the_allowed_headers(cassette):
    """The headers the client really sent, then what scrubbing kept of them."""
    path, _ = cassette
    recorded = serializer.deserialize(path.read_text())["interactions"]
    for interaction in recorded:
        assert set(interaction["request"]["headers"]) == {"content-type", "x-why-finetune-openai-version"}


def test_scrubbing_drops_what_the_openai_client_sends():
    request = Request("POST", "http://127.0.0.1:5000/openai/v1/completions", b'{"model": "m"}', {
        "Authorization": f"Bearer {KEY}", "OpenAI-Organization": ORGANIZATION, "OpenAI-Project": PROJECT,
        "Cookie": COOKIE, "X-Stainless-OS": "Linux", "X-Stainless-Retry-Count": "0",
        "X-Stainless-Package-Version": openai.__version__, "User-Agent": f"OpenAI/Python {openai.__version__}",
        "Content-Type": "application/json", "X-Why-Finetune-OpenAI-Version": openai.__version__,
    })
    scrubbed = scrubbing.scrub_request(request)
    assert set(scrubbed.headers) == {"Content-Type", "X-Why-Finetune-OpenAI-Version"}
    response = {"status": {"code": 200, "message": "OK"}, "body": {"string": b"{}"}, "headers": {
        "Set-Cookie": [COOKIE], "openai-organization": [ORGANIZATION], "x-request-id": ["req_1"],
        "openai-processing-ms": ["12"], "Content-Type": ["application/json"]}}
    assert set(scrubbing.scrub_response(response)["headers"]) == {"Content-Type"}


def test_provenance_names_the_openai_client_and_the_model(cassette):
    path, _ = cassette
    data = serializer.deserialize(path.read_text())["interactions"]
    requests = [Request(i["request"]["method"], i["request"]["uri"], i["request"]["body"], i["request"]["headers"])
                for i in data]
    info = provenance("local/hi/chat/chat", "local", client_named("openai"), requests, [i["response"] for i in data])
    assert info["model"] == CHAT
    assert info["openai_client"] == openai.__version__ and "lamini_client" not in info
    assert info["backend"] == "why-finetune local server" and info["model_file"].endswith(".gguf")


def test_provenance_of_a_hosted_openai_compatible_endpoint():
    request = Request("POST", "https://api.example.test/v1/completions", b'{"model": "m", "prompt": "p"}',
                      {"X-Why-Finetune-OpenAI-Version": "3.57.0"})
    info = provenance("p/q/raw/base", "p", client_named("openai"), [request], [{"headers": {}}])
    assert info["backend"] == "OpenAI-compatible API (api.example.test)" and info["model"] == "m"


def sent(path, body):
    return Request("POST", f"http://127.0.0.1:9{path}", body.encode(), {})


def matches(request, recorded) -> bool:
    try:
        for name in matching.MATCH_ON:
            if name == "method":
                assert request.method == recorded.method
            else:
                matching.MATCHERS[name](request, recorded)
    except AssertionError:
        return False
    return True


COMPLETION = '{"model": "m", "prompt": "Hi", "temperature": 0, "max_tokens": 4}'
CHAT_BODY = '{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "temperature": 0, "max_tokens": 4}'


@pytest.mark.parametrize("base_path", ["", "/openai/v1", "/v1", "/inf", "/proxy/inf"])
def test_a_replayed_request_matches_the_route_after_any_base_path(base_path):
    recorded = Request("POST", f"https://host.example{base_path}/completions",
                       b'{"max_tokens":4,"temperature":0,"prompt":"Hi","model":"m"}', {})
    assert matches(sent("/completions", COMPLETION), recorded)
    recorded_chat = Request("POST", f"https://host.example{base_path}/chat/completions", CHAT_BODY.encode(), {})
    assert matches(sent("/chat/completions", CHAT_BODY), recorded_chat)


def test_a_completion_never_matches_a_chat_recording_or_a_lamini_one():
    recorded_chat = Request("POST", "http://127.0.0.1/openai/v1/chat/completions", CHAT_BODY.encode(), {})
    assert not matches(sent("/completions", COMPLETION), recorded_chat)
    lamini = Request("POST", "http://127.0.0.1/v1/completions",
                     b'{"model_name": "m", "prompt": "Hi", "max_new_tokens": 4}', {})
    assert not matches(sent("/completions", COMPLETION), lamini)
    assert not matches(sent("/v1/completions", '{"model_name": "m", "prompt": "Hi", "max_new_tokens": 4}'),
                       recorded_chat)


def test_a_changed_setting_misses_and_says_which():
    recorded = Request("POST", "http://127.0.0.1/openai/v1/completions", COMPLETION.encode(), {})
    changed = sent("/completions", COMPLETION.replace('"max_tokens": 4', '"max_tokens": 5'))
    assert matching.request_differences(changed, recorded) == ["body field 'max_tokens': sent 5, recorded 4"]
