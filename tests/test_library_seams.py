"""The three places where the project leans on a library's internals, each checked against the
library as installed: if a new release changes what we rely on, one of these fails and says which.

- recording/vcr_imports.py marks the HTTP libraries vcrpy probes for, and that are not installed,
  as absent (a millisecond saved per replayed case);
- recording/persistence.py turns cassette data into vcrpy requests with `Request._from_dict`, and
  back with `_to_dict`, as vcrpy's own persister does;
- client.py stands in for the `requests` and `importlib` modules inside lamini.api.rest_requests,
  to give every call a timeout and retries, and to look lamini's version up once.
"""

import ast
import importlib.util
import inspect
import json
from pathlib import Path

from why_finetune.recording.vcr_imports import PROBED


def imports_tried_in(module_file: Path) -> set[str]:
    """Top-level names of the modules a source file imports inside a `try:` block."""
    names = set()
    for node in ast.walk(ast.parse(module_file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Try):
            for statement in node.body:
                if isinstance(statement, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in statement.names)
                elif isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module:
                    names.add(statement.module.split(".")[0])
    return names


def test_every_library_vcrpy_probes_for_is_known_to_vcr_imports():
    patch = Path(importlib.util.find_spec("vcr.patch").origin)
    probed = imports_tried_in(patch) - {"requests", "urllib3"}  # always installed: never marked absent
    assert probed <= set(PROBED), f"vcrpy now also probes for {sorted(probed - set(PROBED))}: add them to PROBED"


def test_a_vcrpy_request_survives_the_round_trip_the_persister_makes():
    from vcr.request import Request

    request = Request("POST", "http://127.0.0.1/v1/completions", json.dumps({"prompt": "Hi"}),
                      {"Content-Type": "application/json"})
    again = Request._from_dict(request._to_dict())
    assert (again.method, again.uri, again.body, again.headers) == (
        request.method, request.uri, request.body, request.headers)


def test_lamini_sends_through_the_module_level_requests_and_importlib_the_client_replaces():
    from lamini.api import rest_requests

    source = inspect.getsource(rest_requests)
    assert "requests.post(" in source, "lamini no longer calls requests.post: PatientRequests stands in for nothing"
    assert 'importlib.metadata.version("lamini")' in source, "lamini no longer looks its version up per request"
    assert inspect.ismodule(rest_requests.requests) or hasattr(rest_requests.requests, "post")
