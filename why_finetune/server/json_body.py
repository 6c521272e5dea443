"""A request body read as a JSON object, for both of the server's APIs.

Each API answers a bad body in its own shape and status (Lamini's FastAPI: 400, or 422 for JSON that
is not an object; OpenAI's: 400 for all), so this only says what is wrong."""

from __future__ import annotations

import json
from typing import Any


class BodyError(ValueError):
    """What is wrong with a body; `not_an_object` when it is valid JSON of another shape."""

    def __init__(self, message: str, not_an_object: bool = False):
        super().__init__(message)
        self.not_an_object = not_an_object


def _no_constant(name: str):
    # Python's json reads NaN, Infinity and -Infinity, which JSON has not: no field can use them.
    raise BodyError(f"the body is not valid JSON: {name} is not a JSON number")


def json_object(body: bytes) -> dict[str, Any]:
    """The body's JSON object, its null fields dropped (a null field counts as absent)."""
    try:
        payload = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise BodyError("the body is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BodyError(f"the body is not valid JSON: {error}") from None
    except RecursionError:  # brackets nested thousands deep: no request is shaped like that
        raise BodyError("the body is nested too deeply to be a request") from None
    if not isinstance(payload, dict):
        raise BodyError(f"the body must be a JSON object, not {type(payload).__name__}", not_an_object=True)
    return {key: value for key, value in payload.items() if value is not None}
