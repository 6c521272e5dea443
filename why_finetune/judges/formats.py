"""A request for a machine-readable format, and whether a reply gives it.

A fine-tune trained to answer in JSON ("Provide a JSON response with: relevance_score, summary, ...") is
asked for the format itself: a reply with no JSON in it (an article about the item, a how-to, the field
names as hashtags) gives something else, however many of the request's words it names. Only a request
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
    r"(?<!\bof )(?<!\babout )(?<!\bon )(?<!\band )(?<!\bor )(?<!\bvs )json\b",  # not JSON as a topic ("the history of JSON")
    re.IGNORECASE,
)
# An object or an array opening with a key, a string or another object or array: '{"summary": ...', "[{", "{key:".
_JSON_RE = re.compile(r"[{\[]\s*(?:\"|'|\{|\[|[A-Za-z_]\w*\s*:)")


@lru_cache(maxsize=256)
def asks_for_json(query: str) -> bool:
    """Does the request ask for its answer in JSON?"""
    return "json" in query.lower() and bool(_ASKS_FOR_JSON_RE.search(query))


def holds_json(text: str) -> bool:
    """Does the text hold a JSON object or array (or the start of one, cut off at the token limit)?"""
    return bool(_JSON_RE.search(text))
