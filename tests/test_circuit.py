"""An endpoint that failed three requests in a row is not asked again in that run; one success resets it."""

from why_finetune.clients.circuit import GIVE_UP_AFTER, Circuit

URL = "http://127.0.0.1:8800"


def test_three_failures_in_a_row_give_the_endpoint_up_saying_why():
    circuit = Circuit()
    assert GIVE_UP_AFTER == 3
    for number in range(1, 3):
        circuit.failed(URL, f"timed out ({number})")
        assert circuit.given_up(URL) is None
    circuit.failed(URL, "timed out (3)")
    assert circuit.given_up(URL) == (
        f"not sent: {URL} failed the last 3 requests in a row (last: timed out (3)), so it is not asked again in this run"
    )


def test_a_success_starts_the_count_again():
    circuit = Circuit(give_up_after=2)
    circuit.failed(URL, "refused")
    circuit.succeeded(URL)
    circuit.failed(URL, "refused")
    assert circuit.given_up(URL) is None
    circuit.failed(URL, "refused")
    assert circuit.given_up(URL) is not None


def test_each_endpoint_is_counted_on_its_own():
    circuit = Circuit(give_up_after=1)
    circuit.failed(URL, "refused")
    assert circuit.given_up(URL) is not None
    assert circuit.given_up("https://api.lamini.ai") is None
    circuit.succeeded("https://api.lamini.ai")  # nothing to forget
    assert circuit.given_up(URL) is not None


def test_guard_counts_failures_but_not_a_wrong_model_name_nor_a_replay():
    from why_finetune.clients.circuit import ModelNotServed

    circuit = Circuit(give_up_after=1)
    assert circuit.guard(URL, lambda: (None, ModelNotServed("no such model"))) == (None, "no such model")
    assert circuit.guard(URL, lambda: (None, "refused"), replaying=True) == (None, "refused")
    assert circuit.given_up(URL) is None
    assert circuit.guard(URL, lambda: ("text", None)) == ("text", None)
    assert circuit.guard(URL, lambda: (None, "refused")) == (None, "refused")
    calls = []
    result, failure = circuit.guard(URL, lambda: calls.append(1) or ("text", None))
    assert result is None and "not asked again" in failure and not calls
