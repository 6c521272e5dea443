"""A server's error text reaches the terminal only neutralised: what a server says when it refuses a
request is quoted in the case's one-line failure (and from there in the refresh summary), with its
escape sequences, carriage returns, C1 controls and bidirectional overrides shown, not obeyed.
In-process, against a scripted loopback endpoint, through the real lamini and openai clients."""

import secrets

import pytest
from scripted_api import ScriptedAPI, answer

from why_finetune.clients import lamini_client, openai_client
from why_finetune.clients.circuit import Circuit
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import ModelCallError

pytestmark = pytest.mark.loopback

# Clear the screen, write the clipboard (OSC 52), a disguised link (OSC 8), a carriage return that
# overwrites the line, a C1 control sequence introducer, a right-to-left override and a NUL.
HOSTILE = ("\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"
           "\rOK\x9b31m\u202etxt.exe\x00")


def assert_inert(text: str) -> None:
    """Nothing in `text` drives a terminal: no control character but the line break, no bidi override."""
    import unicodedata

    driving = [ch for ch in text if ch != "\n" and (unicodedata.category(ch) == "Cc" or "\u202a" <= ch <= "\u202e"
                                                   or "\u2066" <= ch <= "\u2069")]
    assert not driving, f"raw control characters {driving!r} in {text!r}"


@pytest.fixture
def refusing():
    api = ScriptedAPI(answer(400, {"detail": HOSTILE, "error": {"message": HOSTILE, "type": "invalid_request"}}))
    yield api
    api.close()


def endpoint(url):
    return Endpoint(url, "k-" + secrets.token_hex(8), key_source="a test")


def test_a_lamini_servers_refusal_is_quoted_neutralised(refusing):
    with pytest.raises(ModelCallError) as failure:
        lamini_client.complete("local/mars/raw/chat", "m", "Hi", 8, endpoint(refusing.url), circuit=Circuit())
    assert_inert(str(failure.value))
    assert "\\x1b[2J" in str(failure.value) and "\\u202e" in str(failure.value)


def test_an_openai_servers_refusal_is_quoted_neutralised(refusing):
    with pytest.raises(ModelCallError) as failure:
        openai_client.complete("my/mars/raw/chat", "m", "Hi", 8, endpoint(refusing.url + "/v1"), circuit=Circuit(),
                               sleep=lambda seconds: None)
    assert_inert(str(failure.value))
    assert "\\x1b[2J" in str(failure.value) and "\\u202e" in str(failure.value)
