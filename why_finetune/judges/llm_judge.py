"""An optional second opinion: ask a chat model whether an output answers its question.

Off by default (`pytest --finetune-llm-judge`), because the deterministic judges are the ones the suite
relies on: an LLM's grade can flip between model versions. When on, the question goes through the
grader pair's client as a completion, as every case does, and is recorded and replayed the same way, in
cassettes/llm-judge/<case id>.yaml, so a replayed run stays offline and reproducible.

The catalogue names the grader by pair: `llm_judge: {pair: local}` asks that pair's chat model,
wrapped in that pair's chat template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from why_finetune.catalogue import Case, CatalogueError, Pair

CASSETTE_PREFIX = "llm-judge"
# Enough of the output to grade; the local chat model has a 2,048-token context.
OUTPUT_LIMIT = 1500
QUESTION = (
    "Here is a question and a response.\n\n"
    "Question: {query}\n\n"
    "Response: {output}\n\n"
    "Does the response answer the question? Reply with one word: yes or no."
)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Grader:
    pair: Pair
    max_new_tokens: int

    @property
    def model(self) -> str:
        return self.pair.chat

    def prompt(self, case: Case, output: str) -> str:
        text = QUESTION.replace("{query}", case.query.text).replace("{output}", output[:OUTPUT_LIMIT])
        assert self.pair.template is not None, "grader_from accepts only a pair with a template"
        return self.pair.template.replace("{query}", text)

    def cassette_id(self, case: Case) -> str:
        return f"{CASSETTE_PREFIX}/{case.id}"


@dataclass(frozen=True)
class Opinion:
    answers: bool | None  # None: the grader said neither yes nor no
    reply: str

    def __str__(self) -> str:
        said = {True: "answers", False: "does not answer", None: "undecided"}[self.answers]
        return f"the LLM judge says: {said} (it replied {self.reply.strip()[:80]!r})"


def grader_from(catalogue) -> Grader:
    settings = catalogue.llm_judge
    if not settings:
        raise CatalogueError(f"{catalogue.path}: --finetune-llm-judge needs an 'llm_judge: {{pair: <pair id>}}' entry")
    pair = catalogue.pair(str(settings.get("pair")))
    # The grader's question goes through the pair's client as a completion, wrapped in the pair's template.
    if pair.template is None:
        raise CatalogueError(
            f"{catalogue.path}: llm_judge: pair {pair.id!r} must have a template "
            "(the LLM judge asks its chat model a question wrapped in it)"
        )
    max_new_tokens = settings.get("max_new_tokens", 4)
    if not isinstance(max_new_tokens, int) or max_new_tokens < 1:
        raise CatalogueError(f"{catalogue.path}: llm_judge: 'max_new_tokens' must be a positive integer")
    return Grader(pair, max_new_tokens)


def read_opinion(reply: str) -> Opinion:
    match = _FIRST_WORD.search(reply)
    word = match.group(0).lower() if match else ""
    return Opinion({"yes": True, "no": False}.get(word), reply)
