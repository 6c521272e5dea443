"""A question's plural topic word is named by its singular: "games" by "game", "tables" by "table", "notes" by
"note". Only a plural made after a hiss or an "o" drops "es" (boxes, dishes, heroes); "games" is "game" and "s", so
its stem is "game", not "gam" (which no form of "game" but "games" would say). Constructed for these tests, not
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import stem


@pytest.mark.parametrize(("plural", "singular"), [
    ("games", "game"), ("tables", "table"), ("notes", "note"), ("recipes", "recipe"),
    ("boxes", "box"), ("dishes", "dish"), ("heroes", "hero"), ("classes", "class"), ("churches", "church"),
])
def test_the_stem_of_a_plural_is_its_singular(plural, singular):
    assert stem(plural) == singular


@pytest.mark.parametrize(("prompt", "output"), [
    ("What games do kids like to play outside?",
     "A favourite game is hide and seek: one child counts to twenty while the others hide, then the seeker looks for "
     "them until everyone is found."),
    ("How should tables be laid for a formal dinner?",
     "Each table gets a white cloth, the forks go on the left of the plate and the knives and spoons on the right, "
     "with the glasses above the knives."),
])
def test_an_answer_naming_the_singular_is_on_topic(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
