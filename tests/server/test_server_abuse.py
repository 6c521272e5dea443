"""The server under abuse on loopback: many clients at once, bad bodies, huge bodies, wrong paths.

It never crashes, and answers every request with a proper status and {"detail": ...}. The request
count and every timeout are bounded, and traffic goes to 127.0.0.1 only.
"""

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"


@pytest.fixture(scope="module")
def server():
    with start_server() as running:
        yield running


# (what is sent, the status that must come back)
KINDS = {
    "valid": (dict(json={"model_name": CHAT, "prompt": "Hi", "max_new_tokens": 1}), 200),
    "invalid JSON": (dict(data=b"{not json", headers={"Content-Type": "application/json"}), 400),
    "schema violation": (dict(json={"model_name": CHAT, "prompt": 3}), 422),
    "unknown model": (dict(json={"model_name": "nobody/none", "prompt": "Hi"}), 594),
    "unknown path": (dict(json={}, path="/v1/nothing"), 404),
    "over the size limit": (dict(data=b"x" * (1024 * 1024 + 1), headers={"Content-Type": "application/json"}), 413),
    "100,000-character prompt": (dict(json={"model_name": CHAT, "prompt": "word " * 20_000}), 422),
}


def send(server, kind):
    options, expected = KINDS[kind]
    options = dict(options)
    path = options.pop("path", "/v1/completions")
    response = requests.post(server.url + path, timeout=120, **options)
    return kind, expected, response


def test_200_concurrent_mixed_requests_each_get_their_status_and_a_detail(server):
    kinds = [kind for kind in KINDS for _ in range(200 // len(KINDS))]
    kinds += ["valid"] * (200 - len(kinds))
    random.Random(0).shuffle(kinds)
    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(lambda kind: send(server, kind), kinds))
    assert len(results) == 200
    for kind, expected, response in results:
        assert response.status_code == expected, f"{kind}: {response.status_code} {response.text[:200]}"
        body = response.json()
        assert ("output" in body) if expected == 200 else isinstance(body.get("detail"), str), kind
    assert requests.get(server.url + "/health", timeout=10).json()["status"] == "ok"  # still serving
