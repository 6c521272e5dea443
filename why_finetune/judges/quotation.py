"""A prompt that is a quotation left open, with nothing asked: a data set's text in its quotes, cut inside a word ("'و
من عمق القلب اتمن", a tweet's opening), which the output's first letters finish. The closing mark ends the quoted text;
words after it are no more of it: a comment on it ("هي أغنية جميلة", it is a beautiful song), the data set's next
item, a hashtag (``prompt.past_the_quotation``); the reply part ends at the mark. Not a speech tag after it ('" she
said.') nor a comma: the sentence goes on past the quotation; nor marks alone (emoji, an ellipsis), which say nothing.
A line of a story left open at a word's end ('"Where are you going at this hour') is no such text: narration may
follow its close in any language. A single quotation mark between two Latin letters is an apostrophe ("don't"), and
one after a space before a letter opens a quotation of the output's own, closed by the next: none closes the
prompt's.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import WORD_RE, excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "past_quotation_words", 2,
    """Drift when a prompt that is a quotation left open, with nothing asked, is met by an output that closes the
    quotation and then says at least this many words outside it: a comment, a new item, not the quoted text.""",
)

# The quotation marks a text may open with, and the mark that closes each.
_CLOSING = {"'": "'", '"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u300c": "\u300d"}
# A speech tag after a quotation closed: narration goes on ('" she said.', '" asked Tom').
_SPEECH_TAG_RE = re.compile(r"\W*(?:\w+\s+){0,3}?(?:said|says|asked|asks|replied|replies|added|whispered|shouted)\b",
                            re.IGNORECASE)
# A question asked ("?", the Arabic "؟", the full-width "？"): the prompt asks something, it is no text to finish.
_ASKS_RE = re.compile("[?\u061f\uff1f]")
# A comma after the closing mark: the sentence goes on past the quotation ("'، اللي ...", '", she said').
_GOES_ON_RE = re.compile("[ \t]*[,\u060c\uff0c\u3001]")


def _closing_mark(query: str) -> str:
    """The mark that closes the quotation the prompt opens with and never closes; "" for any other prompt."""
    text = query.strip()
    close = _CLOSING.get(text[:1], "")
    return close if close and _closed_at(text, close, 1) < 0 else ""


def _closed_at(text: str, close: str, start: int = 0) -> int:
    """Where the closing mark first stands in the text from `start`, not as an apostrophe between two letters nor as
    the same mark opening a quotation of the text's own (after a space, before a letter: 'call this "Rayleigh
    scattering"'); -1."""
    at = text.find(close, start)
    while at >= 0 and close in "'\"" and 0 < at < len(text) - 1:
        if _latin_letter(text[at - 1]) and _latin_letter(text[at + 1]):
            at = text.find(close, at + 1)  # an apostrophe
        elif text[at - 1].isspace() and text[at + 1].isalpha():
            shut = text.find(close, at + 1)  # a quotation of the text's own: past its close
            at = text.find(close, shut + 1) if shut >= 0 else -1
        else:
            break
    return at


def _latin_letter(c: str) -> bool:
    """A letter of the Latin script, as apostrophes join ("don't", "aujourd'hui"); a Korean particle after a closing
    mark ("'XSS가 무엇이고'를") is no word it is inside."""
    return c.isalpha() and c <= "\u024f"


def past_the_quotation(r, t) -> Finding | None:
    if not r.plain:
        return None
    query = r.prompt.query
    # A text cut inside a word, finished by the output's first letters: a data set's text cut by its length, not a
    # line of a story left for the output to go on with.
    cut = query[-1:].isalpha() and r.text[:1].isalpha() and not _ASKS_RE.search(query)
    close = _closing_mark(query) if cut and r.prompt.template == "raw" else ""
    at = _closed_at(r.text, close) if close else -1
    after = r.text[at + 1 :] if at >= 0 else ""
    words = len(WORD_RE.findall(after.lower()))
    hit = words >= t.past_quotation_words and _SPEECH_TAG_RE.match(after) is None and not _GOES_ON_RE.match(after)
    shown = excerpt(after.strip(), 60)
    return Finding(
        "prompt.past_the_quotation", words if hit else 0, t.past_quotation_words,
        lambda: (shown, f"goes on past the quotation the prompt leaves open: it closes it, then says {words} words "
                        f"outside it (threshold {t.past_quotation_words}): '{shown}'"),
        at if hit else None, "it ends where the quotation is closed",
    )
