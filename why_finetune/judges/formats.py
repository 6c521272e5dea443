"""A request for a machine-readable format, and whether a reply gives it.

A fine-tune trained to answer in JSON ("Provide a JSON response with: relevance_score, summary, ...") is
asked for the format itself: a reply with no JSON in it (an article about the item, a how-to, the field
names as hashtags) gives something else, however many of the request's words it names; so does JSON with
none of the keys the request lists for it (a package.json's "dependencies" for "- relevance_score: ...,
- summary: ..."). Only a request
that names JSON as what to produce counts ("Respond in JSON", "Return the result as JSON", "a JSON object
with ..."); a question about JSON ("What is the difference between JSON and XML?") asks for prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASKS_FOR_JSON_RE = re.compile(
    r"\bjson[ \t]+(?:response|object|array|output|format|reply|answer|only)\b"
    r"|\b(?:as|in|into|using|with)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?(?:valid[ \t]+|strict[ \t]+)?json\b"
    r"|\b(?:respond|reply|answer|return|output|format|give|provide)\w*(?:[ \t]+\w+){0,3}?[ \t]+"
    r"(?<!\bof )(?<!\babout )(?<!\bon )(?<!\band )(?<!\bor )(?<!\bvs )json\b"  # not JSON as a topic ("the history of JSON")
    # Chinese and Japanese write no space before it: "用JSON格式返回" (return in JSON format), "JSON形式で" (in JSON form).
    "|(?:\u7528|\u4ee5|\u6309|\u4f7f\u7528)[ \t]*json|json[ \t]*(?:\u5f62\u5f0f|\u30d5\u30a9\u30fc\u30de\u30c3\u30c8)[ \t]*\u3067",
    re.IGNORECASE,
)
# An object or an array opening with a key, a string or another object or array: '{"summary": ...', "[{", "{key:";
# or an array of numbers, two at least ("[2, 3, 5]"): one number in brackets is a citation mark in prose ("[1]").
_JSON_RE = re.compile(r"[{\[]\s*(?:\"|'|\{|\[|[A-Za-z_]\w*\s*:)|\[\s*-?\d+(?:\.\d+)?\s*,\s*-?\d")


# JSON offered as one choice of others ("as JSON or CSV", "JSON or environment variables", "JSON或CSV"): any of
# them answers.
_A_CHOICE_RE = re.compile("[ \t]*(?:or\\b|/|\u6216|\u307e\u305f\u306f)", re.IGNORECASE)


@lru_cache(maxsize=256)
def asks_for_json(query: str) -> bool:
    """Does the request ask for its answer in JSON, and in JSON alone?"""
    if "json" not in query.lower():
        return False
    return any(not _A_CHOICE_RE.match(query, m.end()) for m in _ASKS_FOR_JSON_RE.finditer(query))


def holds_json(text: str) -> bool:
    """Does the text hold a JSON object or array (or the start of one, cut off at the token limit)?"""
    return bool(_JSON_RE.search(text))


# A field the request lists for its JSON, one a line: "- relevance_score (1-10): How relevant ...", "* summary: One
# sentence", "1. \`key_insights\`: ...". Its name is an identifier, then a bracket or a colon.
_LISTED_KEY_RE = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]*[\"'\`]?([A-Za-z_]\w*)[\"'\`]?[ \t]*[(:]", re.MULTILINE)


@lru_cache(maxsize=256)
def requested_keys(query: str) -> tuple[str, ...]:
    """The keys a request for JSON lists for it, two or more, one a line ("- relevance_score (1-10): ...",
    "- summary: ..."); () when it lists none."""
    keys = tuple(dict.fromkeys(_LISTED_KEY_RE.findall(query)))
    return keys if len(keys) >= 2 else ()


def names_a_key(text: str, keys: tuple[str, ...]) -> bool:
    """Does the text give one of these keys a value, quoted or not ('"summary":', "summary:")?"""
    return any(re.search(rf"[\"']?\b{re.escape(key)}\b[\"']?\s*:", text) for key in keys)
