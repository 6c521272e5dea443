"""Topic: does the output talk about what was asked, and does it stay there?

The question's topic words are its words minus stop words and question scaffolding ("tell",
"think", "what", ...), crudely stemmed ("training" -> "train"), and matched in the output as word
starts: a stem of five letters or more matches any longer word ("friend" -> "friendship"), a
shorter one only its inflections ("dog" -> "dogs", "mar" -> "mars", not "market"). For the course
queries:
"Tell me how to train my dog to sit" -> train, dog, sit; "What do you think of Mars?" -> mars;
"taylor swift's best friend" -> taylor, swift, best, friend.

* ``reply.topic_hits``: how often topic words occur in the reply part. A reply that never names
  any of them is not about the question. One hit is enough: the measure is a guard against the
  unrelated ramble, not a relevance score; replies under ``topic_check_words`` are not checked.
* ``topic.trailing_gap``: the share of the output after the line holding the last topic word. An
  output that slides off topic ends in a long stretch that names none of them. It counts only when
  that stretch is both long in words (``topic_gap_words``, a long paragraph; ``off_topic_words``
  when the output never names the topic at all) and most of the output (``topic_gap_share``): a
  long answer often ends with a topic-free "Good luck!" paragraph, but not with half its length.

Dialogue prompts are not topic-checked: a good agent turn ("Let me check that for you.") may use
none of the transcript's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.text import STOPWORDS, WORD_RE, Unit, normalise_apostrophes, stem


@lru_cache(maxsize=256)
def topic_words(query: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems, words as written in the question) for the question's topic words."""
    stems: list[str] = []
    shown: list[str] = []
    for word in WORD_RE.findall(normalise_apostrophes(query.lower())):
        if word in STOPWORDS or word.isdigit() or len(word) < 2:
            continue
        s = stem(word)
        if len(s) >= 2 and s not in stems:
            stems.append(s)
            shown.append(word)
    return tuple(stems), tuple(shown)


@lru_cache(maxsize=256)
def topic_re(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Matches a word starting with a stem. A stem of five letters or more matches any word it
    starts ("friend" -> "friendship", "train" -> "trainer"); a shorter one only with an inflection
    ("mar" -> "mars", "mar's", but not "market"; "sit" -> "sits", "sitting", not "situation").

    No leading \\b: a pattern that starts with literal alternatives lets the regex engine skip
    ahead fast (a stem inside a longer word, "hotdog", is rare enough not to matter)."""
    parts = []
    for s in sorted(stems, key=len, reverse=True):
        if len(s) >= 5:
            parts.append(re.escape(s) + "[a-z0-9']*")
        else:
            parts.append(re.escape(s) + "(?:[a-z]?(?:ing|ed|ers|er|es|s)|'s)?(?![a-z0-9])")
    return re.compile("(?:" + "|".join(parts) + ")")


@dataclass(frozen=True)
class TopicFinding:
    words: tuple[str, ...]  # the question's topic words, as written there
    hits: int  # occurrences in the reply part
    hit_words: tuple[str, ...]  # which words occurred there (for evidence)
    gap_start: int | None  # offset after the last topic word in the whole output (0: none at all)
    gap_words: int  # words after it
    gap_share: float  # ... as a share of all words


def find_topic(query: str, lower: str, units: list[Unit], start: int, end: int, total_words: int) -> TopicFinding:
    """Topic words in lower[start:end] (the reply part) and the trailing gap over the whole text."""
    stems, shown = topic_words(query)
    if not stems:
        return TopicFinding(shown, 0, (), None, 0, 0.0)
    pattern = topic_re(stems)
    found = pattern.findall(lower, start, end)  # C code; a match inside a longer word ("hotdog") is rare
    hits = len(found)
    hit_words = list(dict.fromkeys(found))[:6]
    # The last topic word: the latest of the distinct words' last occurrences (str.rfind, C code),
    # looked for in the last 500 characters first (where an on-topic output has one).
    near_end = pattern.findall(lower, max(0, len(lower) - 500))
    if not near_end and len(lower) > 500:
        near_end = found if (start, end) == (0, len(lower)) else pattern.findall(lower)
    last_end = max((lower.rfind(w) + len(w) for w in set(near_end)), default=None)
    if last_end is None:
        gap_start, gap_words = 0, total_words
    else:
        # The gap starts after the line or sentence holding the last topic word.
        k = bisect_right([u.start for u in units], last_end - 1) - 1
        gap_start = max(last_end, units[k].end) if k >= 0 else last_end
        gap_words = sum(len(u.words) for u in units[k + 1 :])
    share = gap_words / total_words if total_words else 0.0
    return TopicFinding(shown, hits, tuple(hit_words), gap_start, gap_words, share)
