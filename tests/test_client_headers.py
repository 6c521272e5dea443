"""What the client sends through lamini: its own version header, on every request."""

import importlib.metadata
import json

import requests

from why_finetune.clients.guard import REPLAY_ENDPOINT
from why_finetune.clients.lamini_client import complete


class CapturingTransport:
    """Stands in for `requests` inside lamini, like PatientRequests, and answers every post with an output."""

    def __init__(self):
        self.headers = []

    def post(self, url, **kwargs):
        self.headers.append(kwargs["headers"])
        response = requests.models.Response()
        response.status_code = 200
        response._content = json.dumps({"output": "Sit is taught with a treat."}).encode()
        response.headers["Content-Type"] = "application/json"
        return response


def test_every_request_names_the_installed_lamini_version():
    # lamini swallows any error while looking its version up and then sends no header at all:
    # this is what shows the header survives the client's cached lookup.
    transport = CapturingTransport()
    for _ in range(2):
        output = complete("local/dog-sit/raw/chat", "m", "Tell me how to train my dog to sit", 8,
                          REPLAY_ENDPOINT, transport)
        assert output == "Sit is taught with a treat."
    assert [h.get("Lamini-Version") for h in transport.headers] == [importlib.metadata.version("lamini")] * 2
