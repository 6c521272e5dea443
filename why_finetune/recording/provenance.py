"""Where a recording came from, read off the recorded traffic itself.

The local server names its model file and runtime in `X-Why-Finetune-*` response headers; the
lamini client names its version in the `Lamini-Version` request header, and why_finetune.openai_client
names the openai client's in `X-Why-Finetune-OpenAI-Version`. Nothing here is typed in
by hand, so the provenance cannot drift from what was actually recorded.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import urlsplit

from why_finetune.recording.scrubbing import json_or_none

LOCAL_BACKEND_HEADER = "X-Why-Finetune-Backend"
MODEL_FILE_HEADER = "X-Why-Finetune-Model-File"
RUNTIME_HEADER = "X-Why-Finetune-Runtime"
OPENAI_VERSION_HEADER = "X-Why-Finetune-OpenAI-Version"


def provenance(case_id: str, requests, responses) -> dict:
    """Provenance of a case's recording, without the date (stable across identical re-recordings)."""
    if not requests:
        return {"case": case_id}
    request, response = requests[0], responses[0]
    body = json_or_none(request.body) or {}
    openai_version = _header(request.headers, OPENAI_VERSION_HEADER)
    model = body.get("model") if openai_version else body.get("model_name")
    info = {"case": case_id, "pair": case_id.split("/")[0], "model": model}
    local_backend = _header(response.get("headers", {}), LOCAL_BACKEND_HEADER)
    if local_backend:
        info["backend"] = local_backend
        info["model_file"] = _header(response["headers"], MODEL_FILE_HEADER)
        info["runtime"] = _header(response["headers"], RUNTIME_HEADER)
    elif openai_version:
        info["backend"] = f"OpenAI-compatible API ({urlsplit(request.uri).hostname})"
    else:
        info["backend"] = f"hosted Lamini API ({urlsplit(request.uri).hostname})"
    if openai_version:
        info["openai_client"] = openai_version
    else:
        info["lamini_client"] = _header(request.headers, "Lamini-Version")
    return info


def provenance_with_date(case_id: str, requests, responses, today: _dt.date | None = None) -> dict:
    today = today or _dt.datetime.now(_dt.timezone.utc).date()
    return {**provenance(case_id, requests, responses), "recorded": today.isoformat()}


def _header(headers, name: str):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return None
