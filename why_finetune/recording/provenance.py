"""Where a recording came from, read off the recorded traffic itself.

The local server names its model file and runtime in `X-Why-Finetune-*` response headers, and each
client names its library's version in a request header of its own (clients/interface.py). Nothing
here is typed in by hand, so the provenance cannot drift from what was actually recorded. The pair
and the client are the case's, given by whoever records it.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import urlsplit

from why_finetune.clients.interface import Client, header_value
from why_finetune.recording.scrubbing import json_or_none

LOCAL_BACKEND_HEADER = "X-Why-Finetune-Backend"
MODEL_FILE_HEADER = "X-Why-Finetune-Model-File"
RUNTIME_HEADER = "X-Why-Finetune-Runtime"


def provenance(case_id: str, pair: str, client: Client, requests, responses) -> dict:
    """Provenance of a case's recording, without the date (stable across identical re-recordings)."""
    if not requests:
        return {"case": case_id}
    request, response = requests[0], responses[0]
    body = json_or_none(request.body) or {}
    info = {"case": case_id, "pair": pair, "model": client.model_sent(body)}
    local_backend = header_value(response.get("headers", {}), LOCAL_BACKEND_HEADER)
    if local_backend:
        info["backend"] = local_backend
        info["model_file"] = header_value(response["headers"], MODEL_FILE_HEADER)
        info["runtime"] = header_value(response["headers"], RUNTIME_HEADER)
    else:
        info["backend"] = f"{client.hosted_by} ({urlsplit(request.uri).hostname})"
    info[client.version_key] = client.version_sent(request.headers)
    return info


def provenance_with_date(case_id: str, pair: str, client: Client, requests, responses,
                         today: _dt.date | None = None) -> dict:
    today = today or _dt.datetime.now(_dt.timezone.utc).date()
    return {**provenance(case_id, pair, client, requests, responses), "recorded": today.isoformat()}

