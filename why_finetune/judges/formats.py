"""A request for a machine-readable format, and whether a reply gives it.

A fine-tune trained to answer in JSON ("Provide a JSON response with: relevance_score, summary, ...") is
asked for the format itself: a reply with no JSON in it (an article about the item, a how-to, the field
names as hashtags) gives something else, however many of the request's words it names; so does JSON with
none of the keys the request lists for it (a package.json's "dependencies" for "- relevance_score: ...,
- summary: ..."). Only a request that names JSON as what to produce counts ("Respond in JSON", "Return the
result as JSON", "a JSON object with ..."); a question about JSON ("What is the difference between JSON and
XML?") asks for prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.text import ITEM_MARK

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
# or an array of numbers, two at least ("[2, 3, 5]"): one number in brackets is a citation mark in prose ("[1]"). JSON
# written escaped, as a string holding it is ('{\n  \"day1\": ...', backslashes written out), is JSON too: its
# escaped quote tells it from a set in LaTeX ("\{\theta: ...\}").
_JSON_RE = re.compile(r"[{\[]\s*(?:\"|'|\{|\[|[A-Za-z_]\w*\s*:)|[{\[](?:\s|\\[nrt])*\\\"|\[\s*-?\d+(?:\.\d+)?\s*,\s*-?\d")


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
# sentence", "1. `key_insights`: ...". Its name is an identifier, then a bracket or a colon.
_LISTED_KEY_RE = re.compile(rf"[ \t]*{ITEM_MARK}[ \t]*[\"'`]?([A-Za-z_]\w*)[\"'`]?[ \t]*[(:]")
_KEY_SHORT = 4  # a key this short ("id", "url") is only matched whole; a longer one also inside a longer name


@lru_cache(maxsize=256)
def requested_keys(query: str) -> tuple[str, ...]:
    """The keys a request for JSON lists for it, two or more, one a line, in the list right under the line that
    asks for JSON ("Provide a JSON response with:\n- relevance_score (1-10): ...\n- summary: ..."); () when it
    lists none. A list under another line is the request's data or rules ("Rules:\n- Format: valid JSON only")."""
    lines = query.splitlines()
    for n, line in enumerate(lines):
        if not asks_for_json(line):
            continue
        keys: list[str] = []
        for item in lines[n + 1 :]:
            m = _LISTED_KEY_RE.match(item)
            if not m:
                break
            keys.append(m.group(1))
        return tuple(dict.fromkeys(keys)) if len(keys) >= 2 else ()
    return ()


def _folded(name: str) -> str:
    """A key's name as compared: lower case, no underscores, spaces or hyphens ("relevanceScore", "relevance score"
    and "relevance_score" are one key)."""
    return re.sub(r"[\s_-]+", "", name.lower())


def names_a_key(text: str, keys: tuple[str, ...]) -> bool:
    """Does the JSON in the text (from its first bracket to its last, or to the end if it is cut off) name one of
    these keys, in any case or spelling of its parts, alone or inside a longer name ("overall_sentiment",
    "oneSentenceSummary")? Prose around the JSON ("In summary: ...") names nothing."""
    opening = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if opening < 0:
        return False
    closing = max(text.rfind("}"), text.rfind("]"))
    end = closing + 1 if closing > opening else len(text)  # cut off at the token limit: to the end
    names = {_folded(m) for m in re.findall(r"[^\W\d][\w -]*", text[opening:end])}
    for key in map(_folded, keys):
        if key in names or (len(key) >= _KEY_SHORT and any(key in name for name in names)):
            return True
    return False


# A key of a JSON object: a quoted name and a colon ('"persons": []', "'title': ...").
_QUOTED_KEY_RE = re.compile(r"[\"']([^\"'\n]{1,40})[\"']\s*:")
SCHEMA_MIN_KEYS = 2  # a schema is an object of keys; one quoted name and a colon may be a phrase in quotes


# A value's type named in its place ("string", "number", "...", "<date>"): no value of any text's.
_TYPE_NAME = r"[\"'](?:string|str|number|int|integer|float|boolean|bool|array|list|object|\.\.\.|\u2026|<[^<>\n]{0,30}>)[\"']"
# ... with a placeholder for its value, as a schema to fill has: '"persons": []', '"name": ""', '"age": "number"'.
_SCHEMA_KEY_RE = re.compile(
    r"[\"']([^\"'\n]{1,40})[\"']\s*:\s*(?:\[\s*\]|\{\s*\}|\"\"|''|null|\.\.\.|" + _TYPE_NAME + r")\s*[,}\n]",
    re.IGNORECASE)
# ... or with the values it takes for its value ('"sentiment": 0 or 1', '"label": "yes" | "no"'): a schema even with
# one key, as no data gives a value that way.
_OPTION_VALUE = r"(?:\"[^\"\n]{1,20}\"|[\w.-]{1,20})"
# "or" between them, in the languages a schema is written in ("0 o 1", "oui ou non", "ja oder nein", "正面 或 负面").
_OR = r"(?:\b(?:or|o|ou|oder|или)\b|\||或者?|还是)"
_OPTIONS = _OPTION_VALUE + r"(?:[ \t]*" + _OR + r"[ \t]*" + _OPTION_VALUE + r")+\s*[,}\n]"
_OPTIONS_KEY_RE = re.compile(r"[\"']([^\"'\n]{1,40})[\"']\s*:\s*" + _OPTIONS, re.IGNORECASE)
# ... and a key with the values it takes said back, bare or in quotes ('"sentiment": "0 or 1"', '"label": "positive |
# negative"'): no value picked.
_OPTIONS_SAID_BACK_RE = re.compile(
    r"[\"']\s*:\s*(?:\"[^\"\n|]{1,20}?[ \t]*" + _OR + r"[ \t]*[^\"\n]{1,20}\"|" + _OPTIONS + ")", re.IGNORECASE)
# ... a key with a type's name for its value, in an output: the schema said back unfilled.
_TYPE_PLACEHOLDER_RE = re.compile(r"[\"']\s*:\s*" + _TYPE_NAME, re.IGNORECASE)


@lru_cache(maxsize=256)
def schema_keys(prompt: str) -> frozenset[str]:
    """The keys of a JSON schema the prompt shows, an object of keys with placeholders for their values ('{"persons":
    [], "organizations": []}'), folded as names_a_key compares them; empty when it shows fewer than two, unless one
    lists the values it takes ('{"sentiment": 0 or 1}'). JSON with values (data to convert: '{"server": {"host":
    "localhost"}}') is no schema."""
    if "{" not in prompt:
        return frozenset()
    keys = frozenset(map(_folded, _SCHEMA_KEY_RE.findall(prompt)))
    with_options = frozenset(map(_folded, _OPTIONS_KEY_RE.findall(prompt)))
    return keys | with_options if len(keys) >= SCHEMA_MIN_KEYS or with_options else frozenset()


def fills_the_schema(prompt: str, text: str) -> bool:
    """Is the text JSON, from its first character (a fence may open it), with two keys or more of the schema the
    prompt shows for its keys (nested objects may add their own: '"persons": [{"name": ...}]')? Its keys are the
    format asked for, said again as the schema says them, not an echo of the prompt (its values may be the prompt's
    words: an extraction's are). Prose before it (the prompt's instruction said back) is no JSON."""
    keys = schema_keys(prompt)
    if not keys or not text.lstrip().startswith(("{", "[", "```")) or not holds_json(text) \
            or _TYPE_PLACEHOLDER_RE.search(text) or _OPTIONS_SAID_BACK_RE.search(text):
        return False  # (a type's name or the values said back, '"age": "number"', '"sentiment": "0 or 1"', is the
        # schema unfilled; empty lists: nothing found)
    return len(keys.intersection(map(_folded, _QUOTED_KEY_RE.findall(text)))) >= min(SCHEMA_MIN_KEYS, len(keys))


# A template's field with a placeholder for its value ("Verdict: <true/false>", "Reason: [one sentence]", "Name: ...",
# "Score: ___"): the reply fills it. A bracketed one may list every option the field takes, however long ("Category:
# <Delay/Safety/Cleanliness/.../Information>", "Priority: <low|medium|high>", "[sport, politique, économie, ...]").
_PLACEHOLDER_FIELD_RE = re.compile(
    r"^[ \t]*([^\W\d_][^:\uff1a\n]{0,30}?)[ \t]*[:\uff1a][ \t]*(<[^<>\n]{1,40}>|<[^<>\n]{1,300}?[/|][^<>\n]{1,300}>"
    r"|\[[^\[\]\n]{1,40}\]|\[[^\[\]\n]{1,300}?[/|,][^\[\]\n]{1,300}\]|\.\.\.|\u2026|_{3,})[ \t]*$", re.MULTILINE)
_OPTION_SEPARATOR_RE = re.compile(r"[ \t]*[/|,][ \t]*")


def _options(placeholder: str) -> tuple[str, ...]:
    """The options a placeholder lists ("<Positive/Neutral/Negative>"), lower-cased, or none: a free one ("<one
    sentence>"), a date's form ("<dd/mm/yyyy>" lists no words), a link or a closing tag."""
    body = placeholder.strip("<>[]")
    if "://" in body or body.startswith("/"):
        return ()
    items = tuple(item.lower() for item in _OPTION_SEPARATOR_RE.split(body) if item)
    if len(items) < 2 or not all(any(c.isalpha() for c in item) for item in items) \
            or all(len(set(item)) == 1 for item in items):  # ("dd/mm/yyyy": a date's form)
        return ()
    return items


@lru_cache(maxsize=256)
def template_placeholders(query: str) -> dict[str, tuple[str, ...]]:
    """The fields of a template the prompt shows with placeholders for their values ("Verdict: <true/false>\nReason:
    <one sentence>"), each label lower-cased with the options its placeholder lists (none for a free one)."""
    if ":" not in query and "\uff1a" not in query:
        return {}
    return {m.group(1).strip().lower(): _options(m.group(2)) for m in _PLACEHOLDER_FIELD_RE.finditer(query)}


def template_fields(query: str) -> frozenset[str]:
    """The labels of a template's fields with placeholders for their values, lower-cased."""
    return frozenset(template_placeholders(query))


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def lists_options(query: str) -> bool:
    """Does the prompt show a template's field whose placeholder lists the options it takes ("Tono:
    <formale/informale/neutro>", "Priority: <low|medium|high>")? A form to fill, then, not a transcript's turns; a
    tag or a link after a speaker's label ("Assistant: <think>", "Bob: </think>") lists none."""
    return any(template_placeholders(query).values())


# A line of a reply that is a field's label and its value ("Category: Delay", "**Priorité :** haute", "感情：ポジティブ").
_FILLED_LINE_RE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?\**([^\W\d_][^:\uff1a\n*]{0,30}?)\**[ \t]*[:\uff1a]\**[ \t]*(\S.*)")
FREE_VALUE_MAX_WORDS = 3  # a free placeholder's value excused as the format's: a label's length, not a copied passage


def _fills(value: str, options: tuple[str, ...]) -> bool:
    """Is the value one of the field's options ("Delay", "**Negative**."), or, for a free placeholder, a few words?"""
    value = value.strip(" \t.*\"'").lower()
    if not options:
        return 0 < len(value.split()) <= FREE_VALUE_MAX_WORDS and not _PLACEHOLDER_VALUE_RE.fullmatch(value)
    return value in options


def fills_the_template(query: str, text: str) -> bool:
    """Is every line of the text a field of the template the prompt shows filled with one of the options its
    placeholder lists ("Sentiment: Negative" for "Sentiment: <Positive/Neutral/Negative>"), or a free placeholder with
    a few words? Its labels are the format asked for and its values the prompt's options: no echo. The template said
    back with its placeholders, or a field filled with the prompt's text copied, is one."""
    fields = template_placeholders(query)
    lines = [line for line in text.splitlines() if line.strip()]
    if not fields or not lines:
        return False
    for line in lines:
        filled = _FILLED_LINE_RE.fullmatch(line.rstrip())
        if filled is None or filled.group(1).strip().lower() not in fields \
                or not _fills(filled.group(2), fields[filled.group(1).strip().lower()]):
            return False
    return True


def says_back_the_template(query: str, text: str) -> bool:
    """Does the text say back a field of the template the prompt shows with its placeholder unfilled ("Sentiment:
    <Positive/Neutral/Negative>")? That is the format said back, not the passage worked on."""
    fields = template_fields(query)
    return bool(fields) and any(
        filled.group(1).strip().lower() in fields and _PLACEHOLDER_VALUE_RE.fullmatch(filled.group(2).strip())
        for filled in map(_FILLED_LINE_RE.fullmatch, (line.rstrip() for line in text.splitlines())) if filled)


_PLACEHOLDER_VALUE_RE = re.compile(r"<[^<>\n]*>|\[[^\[\]\n]*\]|\.\.\.|\u2026|_{3,}")


# A key and its value in quotes ('"mood": "..."').
_QUOTED_PAIR_RE = re.compile(r"[\"']([^\"'\n]{1,40})[\"']\s*:\s*[\"']([^\"'\n]*)[\"']")


def says_back_the_schema(prompt: str, text: str) -> bool:
    """Is the text the JSON schema the prompt shows said back unfilled: every key with the very placeholder the
    prompt gives it ('{"utterance": "...", "mood": "..."}')? Empty lists are no such thing (nothing found), and type
    names the prompt does not give are values ('{"age": "number"}' for the type of each field)."""
    if not schema_keys(prompt) or not holds_json(text):
        return False
    shown = {(key.lower(), value.lower().replace("\u2026", "...")) for key, value in _QUOTED_PAIR_RE.findall(prompt)
             if re.fullmatch(_TYPE_NAME, f'"{value}"', re.IGNORECASE)}
    pairs = [(key.lower(), value.lower().replace("\u2026", "...")) for key, value in _QUOTED_PAIR_RE.findall(text)]
    return bool(pairs) and all(pair in shown for pair in pairs)
