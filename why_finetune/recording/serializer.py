"""A vcrpy serializer whose cassettes read well in a diff.

JSON bodies are stored parsed (`parsed_body`) instead of as one escaped string, and any string
with a line break is written as a YAML literal block, so a model's output reads as the model
printed it. Loading turns parsed bodies back into the exact JSON text vcrpy expects.
"""

import json

import yaml

from why_finetune.catalogue.yaml_expansion import MAX_EXPANDED_VALUES, within_expansion


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper, value):
    # Literal blocks cannot hold trailing spaces before a line break or some control characters;
    # PyYAML then falls back to a quoted string by itself, which is still exact. Not so for U+0085
    # (NEL): written as it is, in a block or in single quotes, it reads back as a line break or a
    # space. Double quotes escape it.
    if "\x85" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)

# Reading goes through libyaml when PyYAML has it (about ten times faster, same results): replay reads
# every cassette. Writing stays in pure Python, whose output the committed files were written with
# (libyaml folds and escapes some strings differently).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """yaml.safe_load, through libyaml when available."""
    return yaml.load(text, Loader=SafeLoader)


def serialize(cassette_dict: dict) -> str:
    data = dict(cassette_dict)
    data["interactions"] = [_readable(i) for i in cassette_dict.get("interactions", [])]
    return dump_readable(data)


def dump_readable(data) -> str:
    """YAML with multi-line strings as literal blocks: also the format of the regression snapshots."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def deserialize(cassette_string: str) -> dict:
    data = load_yaml(cassette_string)
    if not within_expansion(data):
        raise ValueError(f"its YAML aliases expand to more than {MAX_EXPANDED_VALUES:,} values, or into themselves")
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise ValueError("not a cassette: expected a mapping with an 'interactions' list")
    data["interactions"] = [_replayable(i) for i in data["interactions"]]
    return data


def _readable(interaction: dict) -> dict:
    request = dict(interaction["request"])
    response = dict(interaction["response"])
    # Sorted: the order a server sends its headers in is not stable, and must not show as a diff.
    for message in (request, response):
        if isinstance(message.get("headers"), dict):
            message["headers"] = dict(sorted(message["headers"].items()))
    parsed = _parse_json(request.get("body"))
    if parsed is not None:
        request.pop("body")
        request["parsed_body"] = parsed
    body = response.get("body") or {}
    parsed = _parse_json(body.get("string"))
    if parsed is not None:
        response["body"] = {k: v for k, v in body.items() if k != "string"}
        if not response["body"]:
            response.pop("body")
        response["parsed_body"] = parsed
    return {"request": request, "response": response}


def _replayable(interaction: dict) -> dict:
    request = dict(interaction["request"])
    response = dict(interaction["response"])
    if "parsed_body" in request:
        request["body"] = json.dumps(request.pop("parsed_body"))
    if "parsed_body" in response:
        body = dict(response.get("body") or {})
        body["string"] = json.dumps(response.pop("parsed_body"))
        response["body"] = body
    return {"request": request, "response": response}


def _parse_json(text):
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    # Only containers: a bare JSON number or string would not survive the round trip byte for byte.
    return parsed if isinstance(parsed, (dict, list)) else None
