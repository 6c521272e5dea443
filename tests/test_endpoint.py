"""An Endpoint never shows its key, and shows its URL as scheme, host and port only."""

import pytest

from why_finetune.clients.endpoint import Endpoint, shown_url, url_problem

KEY = "wf-test-credential"


def test_an_endpoint_prints_where_its_key_came_from_never_the_key():
    endpoint = Endpoint(f"https://user:{KEY}@api.example.invalid:8443/lamini?token={KEY}", KEY, "LAMINI_API_KEY")
    for text in (repr(endpoint), str(endpoint), f"{endpoint!r}", repr([endpoint]), repr({"e": endpoint})):
        assert KEY not in text
    assert repr(endpoint) == "Endpoint(https://api.example.invalid:8443, key from LAMINI_API_KEY)"


def test_an_endpoint_without_a_key_says_why_it_has_none():
    endpoint = Endpoint("http://127.0.0.1:11434/v1", "", "no key: the pair names no key_variable")
    assert endpoint.key_origin == "no key: the pair names no key_variable"
    assert repr(endpoint) == "Endpoint(http://127.0.0.1:11434, no key: the pair names no key_variable)"


@pytest.mark.parametrize(
    "url, shown",
    [
        ("https://api.lamini.ai", "https://api.lamini.ai"),
        (f"http://u:{KEY}@127.0.0.1:8800/v1?key={KEY}#{KEY}", "http://127.0.0.1:8800"),
        ("http://[::1]:8800/x", "http://[::1]:8800"),
        ("127.0.0.1:8800", "<a URL without a scheme or host>"),
        ("http://127.0.0.1:70000", "<a malformed URL>"),
        ("http://[::1", "<a malformed URL>"),
    ],
)
def test_a_url_is_shown_as_scheme_host_and_port_at_most(url, shown):
    assert shown_url(url) == shown


@pytest.mark.parametrize(
    "url, problem",
    [
        ("127.0.0.1:8800", "must start with http:// or https:// (found no scheme)"),
        ("localhost:8800", "must start with http:// or https:// (found no scheme)"),
        ("ftp://127.0.0.1:8800", "must start with http:// or https:// (found 'ftp://')"),
        ("http://127.0.0.1:70000", "is not a valid URL (Port out of range 0-65535)"),
        ("http://[::1", "is not a valid URL (Invalid IPv6 URL)"),
        ("http://", "has no host"),
    ],
)
def test_a_malformed_url_is_named_by_its_setting_without_quoting_it(url, problem):
    endpoint = Endpoint(url + f"?k={KEY}" if "[" not in url else url, KEY, "LAMINI_API_KEY", url_source="LAMINI_API_URL")
    message = endpoint.problem()
    assert message.startswith(f"LAMINI_API_URL {problem}")
    assert KEY not in message


def test_a_usable_url_has_no_problem():
    assert url_problem("https://api.lamini.ai") is None
    assert url_problem("http://[::1]:8800/lamini") is None


def test_a_usable_endpoint_has_no_problem():
    assert Endpoint("https://api.lamini.ai", KEY, "LAMINI_API_KEY").problem() is None


@pytest.mark.parametrize("url", [f"file:///{KEY}", f"http:/{KEY}", f"//api.example.invalid/{KEY}"])
def test_a_url_without_a_scheme_or_without_a_host_is_not_shown(url):
    assert shown_url(url) == "<a URL without a scheme or host>"


@pytest.mark.parametrize(
    "url",
    [
        f"https://api.example.invalid/lamini?key={KEY}",
        "https://api.example.invalid/lamini#top",
        "https://api.example.invalid/lamini?",
        "https://api.example.invalid/lamini#",
        "https://api.example.invalid/lamini?\n",
    ],
)
def test_a_url_with_a_query_string_or_fragment_is_refused(url):
    assert url_problem(url) == "must not carry a query string or fragment (the client appends its route to the URL)"


@pytest.mark.parametrize(
    "message, shown",
    [
        (f"Invalid URL: 'http://user:{KEY}@host'", "Invalid URL"),
        (f"'http://user:{KEY}@host' is not valid", "malformed"),
        ("Port out of range 0-65535", "Port out of range 0-65535"),
    ],
)
def test_an_error_message_is_cut_before_any_quoted_url(message, shown):
    from why_finetune.clients.endpoint import _without_url

    assert _without_url(ValueError(message)) == shown


@pytest.mark.parametrize("key", ["x", "wrong", "1234567"])
def test_a_key_too_short_to_tell_apart_from_text_is_refused_naming_its_variable(key):
    problem = Endpoint("http://127.0.0.1:8000/v1", key, "MY_SERVER_KEY").problem()
    assert problem is not None and problem.startswith(f"the key from MY_SERVER_KEY is {len(key)} character(s) long")
    assert "1234567" not in problem  # the value itself is never said (a one-letter one is in any text)


def test_a_key_of_eight_characters_or_none_is_fine():
    assert Endpoint("http://127.0.0.1:8000/v1", "12345678", "MY_SERVER_KEY").problem() is None
    assert Endpoint("http://127.0.0.1:8000/v1", "", "no key: the pair names no key_variable").problem() is None
