"""A request matches a recording on method, route and JSON body, parsed, so key order is irrelevant.

Host and port are left out on purpose: the local server listens on a random port each run, and a
recording from the hosted API replays the same wherever the client points. So is the endpoint's base
path: recorded from `https://host/lamini`, a request went to `/lamini/v1/completions`, and replay,
which points nowhere, sends `/v1/completions`; the route is what follows the base path. The body
must count: the base and chat models share one URL and differ only in `model_name` inside it.
"""

from __future__ import annotations

import json

MATCH_ON = ("method", "route", "json_body")


def same_route(sent_path: str, recorded_path: str) -> bool:
    """The recorded path is the sent one, or the sent one under the recording endpoint's base path."""
    if sent_path == recorded_path:
        return True
    # Replay points at a URL without a path, so what it sends is the client's whole route.
    return sent_path.startswith("/") and recorded_path.endswith(sent_path)


def route(r1, r2) -> None:
    """vcrpy matcher (r1 is the request sent, r2 the recorded one)."""
    if not same_route(r1.path, r2.path):
        raise AssertionError(f"path: sent {r1.path}, recorded {r2.path}")


def parsed_body(request):
    body = request.body
    if body is None:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body)
    except ValueError:
        return body  # not JSON: compared as text


def json_body(r1, r2) -> None:
    """vcrpy matcher: raise AssertionError naming the differing fields."""
    differences = body_differences(parsed_body(r1), parsed_body(r2))
    if differences:
        raise AssertionError("; ".join(differences))


def body_differences(sent, recorded) -> list[str]:
    if isinstance(sent, dict) and isinstance(recorded, dict):
        return [
            f"body field {name!r}: sent {_short(sent.get(name, '<absent>'))}, recorded {_short(recorded.get(name, '<absent>'))}"
            for name in sorted(set(sent) | set(recorded), key=str)
            if sent.get(name, _ABSENT) != recorded.get(name, _ABSENT)
        ]
    if sent != recorded:
        return [f"body: sent {_short(sent)}, recorded {_short(recorded)}"]
    return []


def request_differences(sent, recorded) -> list[str]:
    differences = []
    if sent.method != recorded.method:
        differences.append(f"method: sent {sent.method}, recorded {recorded.method}")
    if not same_route(sent.path, recorded.path):
        differences.append(f"path: sent {sent.path}, recorded {recorded.path}")
    return differences + body_differences(parsed_body(sent), parsed_body(recorded))


def closest_differences(sent, recorded_requests) -> list[str] | None:
    """The differences to the most similar recorded request, or None if nothing was recorded."""
    candidates = [request_differences(sent, recorded) for recorded in recorded_requests]
    return min(candidates, key=len) if candidates else None


# Registered on every VCR of ours, by name (MATCH_ON refers to them).
MATCHERS = {"route": route, "json_body": json_body}

_ABSENT = object()


def _short(value, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) or value != "<absent>" else value
    return text if len(text) <= limit else text[: limit - 3] + "..."
