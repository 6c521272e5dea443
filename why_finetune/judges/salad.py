"""Word salad: English words strung with no grammar ("to the of 3 people The is in field, its or. is?. is a ofs thats
the of,s which a network is to the."), as a model pretrained for too short a time writes them. Its words may be the
question's own, so it is not off topic, and it need not loop; but its function words stand where no English sentence
puts them: "the" before "of", "is", "and", another article or a stop; "of" before "is", "to" or "and". Many
such pairs make it drift, and where they start, the reply ends (`text.salad`). A word repeated ("the the") is a loop's
business, not counted here. English only: the pairs are English words, so text in other languages has none.
"""

from __future__ import annotations

import re

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "salad_pairs_per_word", 0.05,
    """Drift when at least this share of the output's words open a pair no English sentence writes ("the of", "the is",
    "the .", "of is"), and SALAD_MIN_PAIRS of them at least: word salad. Grammatical English, notes, lists,
    sums and code have next to none (a "the." at a line broken off is one).""",
)
SALAD_MIN_PAIRS = 4  # a few slips or a sentence cut off are not a text without grammar

# "the" before an article, a preposition, a conjunction, "is"/"are"/"was"/"were" or a stop; "of" before "is"/"are"/
# "was"/"were", "to" or a conjunction (lower case). Not "of" before a stop: English strands it ("What is it made of?").
# Not "an", a word of other languages too (Vietnamese "công an"), nor a compound ("the in-laws", "the to-do list").
# "the the" is a loop's, not counted.
_SALAD_PAIR_RE = re.compile(
    r"\bthe[ \t]+(?:an?|of|to|in|on|at|for|with|by|from|and|or|but|is|are|was|were)\b(?!-)|\bthe[ \t]*[.,;:?!](?![\w\d])"
    r"|\bof[ \t]+(?:is|are|was|were|to|and|or)\b(?!-)"
)


def salad(r, t) -> Finding:
    found = [m.start() for m in _SALAD_PAIR_RE.finditer(r.lower)] if r.total else []
    share = len(found) / r.total if r.total else 0.0
    holds = share >= t.salad_pairs_per_word and len(found) >= SALAD_MIN_PAIRS
    # The reply ends at the paragraph where the pairs start: an answer above it stands ("Water evaporates ...\n\nthe of
    # rain is the.").
    onset = r.text.rfind("\n\n", 0, found[0]) + 2 if holds and "\n\n" in r.text[: found[0]] else (0 if holds else None)
    shown = excerpt(r.text[onset or 0 :], 60) if holds else ""
    return Finding(
        "text.salad", round(share, 3), t.salad_pairs_per_word,
        lambda: (shown, f"writes word salad: {len(found)} pairs of function words no sentence puts together ('the of', "
                        f"'the is', 'of is'), {share:.0%} of its {r.total} words (threshold {t.salad_pairs_per_word:.0%} "
                        f"and {SALAD_MIN_PAIRS} pairs): '{shown}'"),
        onset, "it ends where the word salad starts", condition_met=len(found) >= SALAD_MIN_PAIRS,
    )
