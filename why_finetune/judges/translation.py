"""What follows a translation, or stands in its place: program text after it, where the request holds and names
none, is the page a base model goes on with ("Une autre chose m'a grandement surpris.\nCode: \nint main() { ...";
a fenced block after the sentence), off the task (`prompt.code_after`); a sentence in the language of the text to
translate is no translation but that text going on or said again (`prompt.source_language`). Its own module: it
reads the question (question.py) and code's shape (code.py), which topic.py, imported by question.py, reads too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.asking_words import asks_to_translate, text_after_the_request
from why_finetune.judges.code import asks_for_code, is_code
from why_finetune.judges.finding import Finding
from why_finetune.judges.language import other_languages, same_language
from why_finetune.judges.question import TRANSLATION
from why_finetune.judges.text import WORD_RE, Unit, excerpt, has, less_the_fields, stem
from why_finetune.judges.verdict import ANSWERS, Evidence

_BLOCK_RE = re.compile(r"[{};][ \t]*$", re.MULTILINE)
# A request that names code or a format ("Translate this Python code to JavaScript", "... give me a JSON file").
_NAMES_CODE_RE = re.compile(r"\b(?:code|json|yaml|xml|html|css|sql|python|javascript|typescript|java|c\+\+|rust|go|"
                            r"program|function|script|regex|snippet|file)\b", re.IGNORECASE)


def _surely_code(text: str, t) -> bool:
    """Program text for sure: a fence, or code lines (see is_code) of which one opens a block or closes a statement
    ("int main() {", "return 0;"). Fields ending in colons ("German: ...\nFrench:") and a list of words with their
    pronunciations in brackets ("gracias (GRAH-syahs)") are none."""
    return has(text, "```") or (is_code(text, t) and _BLOCK_RE.search(text) is not None)


def code_after_a_translation(r, t) -> Finding | None:
    """A translation asked of a text that holds no code and asks for none, then program text after it ("Une autre
    chose m'a grandement surpris.\nCode: \nint main() { ..."; a fenced block): a translation is text in a language,
    and the code is the page a base model goes on with, off the task (`prompt.code_after`). Read from the line after
    the translation's first: program text for sure (see _surely_code)."""
    if not r.plain:
        return None
    query = r.prompt.query
    if r.question.kind != TRANSLATION or _surely_code(query, t) or asks_for_code(query) \
            or _NAMES_CODE_RE.search(query):
        return Finding("prompt.code_after", 0.0, 1.0, lambda: ("", "no code after a translation"))
    own = r.text[r.own_start :]
    start = r.text.find("\n", r.own_start + len(own) - len(own.lstrip()))  # the end of the translation's first line
    after = r.text[start:] if start > 0 else ""
    hit = _surely_code(after, t)
    shown = excerpt(after, 60) if hit else ""
    return Finding(
        "prompt.code_after", float(hit), 1.0,
        lambda: (shown, f"writes program text after the translation, none asked: '{shown}'"),
        start + 1 if hit else None, "it ends where program text starts",
    )


def in_the_source_language(r, t) -> Finding | None:
    """A translation asked of a text in a field ("German: <sentence>\nFrench:"), the request in another language
    than the text's: a sentence of the output in the text's own language (its function words: "ich", "und", "nicht")
    is no translation (see translates). After one in another language, it is the text going on ("»Nein, ich werde
    es nicht ertragen,« murmelte ich") or said again ("Solution: Ich schloß das Buch ..."), off the task
    (`prompt.source_language`); a whole output in it is that too when it names none of the text's words or is
    mostly made of them ("Die Franzosen sind sehr begeistert ..."), not when it speaks of the text ("Der Satz ist
    grammatisch korrekt."). A preface in the text's language before the translation is no drift."""
    if not r.plain:
        return None
    fields = _text_to_translate(r)
    if not fields:
        return Finding("prompt.source_language", 0.0, 1.0, _not_in_the_source_language)
    units, in_source = _units_in_the_source_language(r, fields, r.own_start, len(r.text))
    if in_source and all(in_source):
        said = " ".join(u.text for u in units)
        unit = units[0] if _unrelated_or_said_back(" ".join(fields), r.words) and not _REMARK_RE.search(said) \
            else None
    else:
        unit = next((u for k, u in enumerate(units) if in_source[k] and not all(in_source[:k])), None)
    shown = excerpt(r.text[unit.start :], 60) if unit else ""
    return Finding(
        "prompt.source_language", float(unit is not None), 1.0,
        lambda: (shown, f"writes in the language of the text to translate, no translation: '{shown}'"),
        unit.start if unit else None, "it ends where the text to translate goes on in its own language",
    )


def translates(reply, r, t) -> Evidence | None:
    """A translation asked of a text in a field, the request in another language than the text's (see
    in_the_source_language): a reply part wholly in the text's own language gives none ("Der Satz ist grammatisch
    korrekt.", the text said back)."""
    fields = _text_to_translate(r) if r.plain and reply.words else ()
    if not fields:
        return None
    _, in_source = _units_in_the_source_language(r, fields, reply.start, reply.end)
    if not in_source or not all(in_source):
        return None
    return Evidence("reply.untranslated", 1.0, 1.0, reply.text,
                    f"no translation: the reply part is in the language of the text to translate: '{reply.text}'",
                    ANSWERS)


def asked_again(r, t) -> Finding | None:
    """A translation asked of a text in a field: a sentence of the output opening as a sentence of the request that
    asks for it opens, and asking for a translation too ("Please translate the sentence \"Weledele acht" under "...
    Please translate the following early modern Dutch text sentence into contemporary English text:"), is the
    request said again, more requests of the prompt's kind, no translation (`prompt.translate_again`)."""
    if not r.plain:
        return None
    openings = _asking_openings(r.prompt.query) if r.question.kind == TRANSLATION and r.passage.fields else ()
    # (No opening to look for, no line is read: most prompts ask for no translation of a field.)
    unit = next((u for u in r.units if u.end > r.own_start and " ".join(u.words[:2]) in openings
                 and asks_to_translate(u.text)), None) if openings else None
    shown = excerpt(r.text[unit.start :], 60) if unit else ""
    return Finding(
        "prompt.translate_again", float(unit is not None), 1.0,
        lambda: (shown, f"asks for the translation again, as the request does: '{shown}'" if shown
                 else "asks for the translation again: no"),
        unit.start if unit else None, "it ends where the request is said again",
    )


_SENTENCE_RE = re.compile(r"[^.!?\n]+")


@lru_cache(maxsize=256)
def _asking_openings(query: str) -> frozenset[str]:
    """The first two words of each sentence of the request that asks for a translation ("please translate")."""
    return frozenset(" ".join(WORD_RE.findall(sentence.lower())[:2]) for sentence in _SENTENCE_RE.findall(query)
                     if asks_to_translate(sentence) and len(WORD_RE.findall(sentence)) >= 2)


def _text_to_translate(r) -> tuple[str, ...]:
    """The field holding the text a translation is asked of (or the text after the request's colon on its line), when
    the request is plainly in another language than the text's; () otherwise. A field that asks for the translation
    ("### Instruction:\nPlease translate the following ...") is the request, not the text."""
    if r.question.kind != TRANSLATION:
        return ()
    fields = [field for field in r.passage.fields if not asks_to_translate(field)]
    if not fields:
        # ... or after the request's colon on its line ("Translate into French: Das Wetter ist heute sehr schön.").
        split = text_after_the_request(r.prompt.query)
        return (split[1],) if split and other_languages(*split) else ()
    # The field next to the open one is the text: those above it may be examples and their translations ("German:
    # ...\nFrench: ...\nGerman: ...\nFrench:"). A field's label ("Context:") is the template's, not the request's.
    text = fields[-1]
    request = _BARE_LABEL_RE.sub(" ", less_the_fields(r.prompt.query, fields))
    return (text,) if other_languages(request, text) else ()


_BARE_LABEL_RE = re.compile(r"^[ \t]*[^\W\d_]+[ \t]*[:\uff1a][ \t]*$", re.MULTILINE)


def _units_in_the_source_language(r, fields: tuple[str, ...], start: int, end: int) -> tuple[list, list[bool]]:
    """The output's units between two offsets, but lines announcing what follows (ending in a colon), and for
    each whether it is written in the language of the text to translate. A unit is cut where a sentence ends in a
    closing quote ("... malheureux.« »Nein, ich werde es nicht ertragen,« murmelte ich"): the units break only
    where a space follows the full stop, and a story's sentences each close their quote."""
    units = [piece for u in r.units if u.end > start and u.start < end and not u.text.rstrip().endswith((":", "\uff1a"))
             for piece in _after_closing_quotes(u)]
    return units, [any(same_language(field, u.text) for field in fields) for u in units]


_CLOSING_QUOTE_END_RE = re.compile(r"(?<=[.!?][«»\"”])[ \t]+(?=\S)")


def _after_closing_quotes(unit: Unit) -> list[Unit]:
    """The unit's sentences that end in a closing quote, each its own unit (offsets in the output kept)."""
    cuts = [m.end() for m in _CLOSING_QUOTE_END_RE.finditer(unit.text)]
    if not cuts:
        return [unit]
    bounds = list(zip([0, *cuts], [*cuts, len(unit.text)]))
    return [Unit(unit.start + a, unit.start + b, unit.text[a:b], tuple(WORD_RE.findall(unit.text[a:b].lower())))
            for a, b in bounds]


# Words by which an output speaks of the text it was to translate: "The sentence is ...", "Der Satz ...".
_REMARK_RE = re.compile(
    r"\b(?:the|this|that|der|dieser|die|diese|le|ce|cette|la|el|este|esta|il|questo|questa|o)"
    r"(?: provided| given)? (?:sentence|text|context|statement|phrase|passage|paragraph|quote|satz|texte|frase|"
    r"texto|testo)\b", re.IGNORECASE)


def _unrelated_or_said_back(text: str, words: list[str]) -> bool:
    """Does an output in the language of the text to translate name none of the text's words (four letters or more,
    by their stems), or take most of its own words from the text?"""
    its_stems = {stem(w) for w in WORD_RE.findall(text.lower()) if len(w) >= 4}
    named = [stem(w) in its_stems for w in words]
    return not any(named) or 2 * sum(named) >= len(named)


def _not_in_the_source_language() -> tuple[str, str]:
    return "", "writes in the language of the text to translate: no"
