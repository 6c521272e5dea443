"""A prompt that is a quotation left open, with nothing asked: a data set's text in its quotes, cut ("'و من عمق القلب
اتمن", a tweet's opening). The output that goes on with it finishes the quoted text, and the closing mark ends it. Text
after that mark is no more of it: a comment on it ("هي أغنية جميلة", it is a beautiful song), the data set's next item,
a hashtag (``prompt.past_the_quotation``); the reply part ends at the mark. Not a speech tag after it ('" she said.'):
narration goes on past a quotation; nor marks alone (emoji, an ellipsis), which say nothing. A single quotation mark
between two Latin letters is an apostrophe ("don't"), no closing mark.
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


def _closing_mark(query: str) -> str:
    """The mark that closes the quotation the prompt opens with and never closes; "" for any other prompt."""
    text = query.strip()
    close = _CLOSING.get(text[:1], "")
    return close if close and _closed_at(text, close, 1) < 0 else ""


def _closed_at(text: str, close: str, start: int = 0) -> int:
    """Where the closing mark first stands in the text from `start`, not as an apostrophe between two letters; -1."""
    at = text.find(close, start)
    while at >= 0 and close == "'" and 0 < at < len(text) - 1 and _latin_letter(text[at - 1]) \
            and _latin_letter(text[at + 1]):
        at = text.find(close, at + 1)
    return at


def _latin_letter(c: str) -> bool:
    """A letter of the Latin script, as apostrophes join ("don't", "aujourd'hui"); a Korean particle after a closing
    mark ("'XSS가 무엇이고'를") is no word it is inside."""
    return c.isalpha() and c <= "\u024f"


def past_the_quotation(r, t) -> Finding | None:
    if not r.plain:
        return None
    close = _closing_mark(r.prompt.query) if r.prompt.template == "raw" else ""
    at = _closed_at(r.text, close) if close else -1
    after = r.text[at + 1 :] if at >= 0 else ""
    words = len(WORD_RE.findall(after.lower()))
    hit = words >= t.past_quotation_words and _SPEECH_TAG_RE.match(after) is None
    shown = excerpt(after.strip(), 60)
    return Finding(
        "prompt.past_the_quotation", words if hit else 0, t.past_quotation_words,
        lambda: (shown, f"goes on past the quotation the prompt leaves open: it closes it, then says {words} words "
                        f"outside it (threshold {t.past_quotation_words}): '{shown}'"),
        at if hit else None, "it ends where the quotation is closed",
    )
