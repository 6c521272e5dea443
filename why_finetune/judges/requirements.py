"""Sentences that say what a piece of writing should be ("The poem should be written in the form of a sonnet.",
"The first part of the essay should be a summary of the topic."): requirements, as a prompt sets them ("Your
response should contain less than 10 sentences."), not the writing."""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import FIRST_SENTENCE_RE, STOPWORDS, WORD_RE, excerpt

# The parts of a piece of writing a requirement names: the piece or a part of it.
_TEXT_PARTS = frozenset(
    "poem poems haiku verse verses stanza stanzas line lines essay essays story stories letter letters email emails "
    "post posts blog article articles paragraph paragraphs sentence sentences word words response responses answer "
    "answers text title titles summary plot song lyrics chorus speech introduction conclusion section sections part "
    "parts tweet report paper papers novel novels script scripts".split()
)

# "The poem should be", "the first part of the essay should be", "your response must": a subject of up to six words
# after its determiner, then a modal of obligation.
_REQUIREMENT_RE = re.compile(
    r"\s*(?:the|your|each|every|this)((?: [\w'-]+){1,6}?) (?:should|must|needs to|has to|will need to)\b"
)


def requirement_subject(sentence: str, things: frozenset[str] = frozenset()) -> frozenset[str]:
    """The parts of a piece of writing a requirement's subject names ("poem" of "The poem should be written in the
    form of a sonnet."), or of `things` (words of a request for something else to make: "event" of "The event should
    be a fun way to ..."), or none when the sentence is no requirement on one."""
    match = _REQUIREMENT_RE.match(sentence.lower())
    if match is None:
        return frozenset()
    subject = frozenset(WORD_RE.findall(match.group(1)))
    return _singular(subject & _TEXT_PARTS) | (subject & things)


def parts_named(text: str) -> frozenset[str]:
    """The parts of a piece of writing a text names ("poem", "sentence" of "... less than 10 sentences")."""
    return _singular(frozenset(WORD_RE.findall(text.lower())) & _TEXT_PARTS)


def _singular(words: frozenset[str]) -> frozenset[str]:
    # "sentences" and "the first sentence" name one part: compared without a plural's "s" ("lyric", "choru" alike).
    return frozenset(w.removesuffix("s") for w in words)


# Pieces made of requirements: rules, guidelines, a rubric, tips, an assignment's instructions, a prompt for a model.
_REQUIREMENT_PIECES_RE = re.compile(
    r"\b(?:rules?|guidelines?|instructions?|rubrics?|tips?|prompts?|briefs?|requirements?|criteria|checklists?"
    r"|polic(?:y|ies)|specifications?|specs?|standards?|conventions?|advice|dos and don'?ts)\b"
)


def asks_for_requirements(query: str) -> bool:
    """Does the request ask for a piece made of requirements ("Write the rules for our contest.", "Write a prompt I
    can give an AI to get a poem.")? Its sentences saying what a text must be are the piece."""
    return _REQUIREMENT_PIECES_RE.search(query.lower()) is not None


# The verbs of a request to make something, after a "please" ("Please plan a birthday party ...").
_MAKING_VERBS = frozenset(
    "write draft compose create plan organize organise design craft produce prepare develop generate make build "
    "invent".split())
_POLITE_RE = re.compile(r"^\s*(?:(?:please|kindly|now)\b[\s,]*|(?:can|could|would|will) you\b\s*)+")
THING_MAX_WORDS = 5  # "an apres-ski entertainment event": the thing asked for, named after the verb
_ARTICLES = frozenset({"a", "an", "the"})


def request_words(r) -> frozenset[str]:
    """The thing a raw prompt asks to make, not a question: the words after its first sentence's verb, up to the first
    function word but an article ("birthday", "party" of "Plan a birthday party for ...", "research", "paper" of
    "Write a research paper on ..."): what a requirement it goes on with names ("The party should ..."). Not what the
    thing is for or about ("a job advert for a junior developer": the advert, whose "The developer must know Python."
    is its text). None for a prompt in a template (a reply there is the model's turn, not the prompt's text going on),
    a question, or a request for a piece made of requirements, or one that includes them ("Organize a hackathon.
    Include the rules.")."""
    if r.prompt.template != "raw" or not r.plain:
        return frozenset()
    return _thing_asked(r.prompt.query)


@lru_cache(maxsize=256)  # a function of the prompt alone, asked by a drift measure and an answer check of every output
def _thing_asked(query: str) -> frozenset[str]:
    if "?" in query:
        return frozenset()
    first = FIRST_SENTENCE_RE.match(query.strip())
    sentence = first.group(0) if first else query
    words = WORD_RE.findall(_POLITE_RE.sub("", sentence.lower()))
    if asks_for_requirements(query) or not words or words[0] not in _MAKING_VERBS:
        return frozenset()  # (not "Explain the ideal diet ...", "Recommend a laptop ...": the reply says what it is)
    thing: list[str] = []
    for word in words[1:]:
        if word in STOPWORDS and not (word in _ARTICLES and not thing):
            break
        if word not in _ARTICLES:
            thing.append(word)
        if len(thing) == THING_MAX_WORDS:
            break
    return frozenset(thing)


def requirements_go_on(r, t) -> Finding | None:
    """A raw prompt asking to make something, continued rather than answered: the output opens by saying what the
    thing should be, in the prompt's own voice, one sentence on the piece of writing asked for ("The paper should
    include a research question, literature review, ..." after "Write a research paper on ...") or two on the thing
    ("The party should be fun. The party should have games." after "Plan a birthday party ..."). It drifts; what
    follows may still begin the thing, so the reply part is not cut."""
    if not r.plain:
        return None
    things = request_words(r)
    opening = [u for u in r.units if u.end > r.own_start and u.words][:2] if things else []
    first = opening[0] if opening else None
    subject = requirement_subject(first.text, things) if first is not None else frozenset()
    # The piece of writing asked for ("The report should include ..."), or two sentences on the thing ("The party
    # should be fun. The party should have games."): one on a thing of another kind opens its description as often
    # ("The logo should feature a coffee bean drawn as a map pin ...", "The marinade should balance acid, fat and
    # salt."). None holding what only the thing itself says: a number, a name, a past ("The trip should start in
    # Tokyo with four days ...", "The budget should put $2,500 toward needs", "The letter should have arrived ...").
    one = first is not None and bool(requirement_subject(first.text) & _singular(things))
    two = len(opening) == 2 and all(requirement_subject(u.text, things) & things for u in opening)
    if not (one or two) or any(map(is_concrete, (u.text for u in opening[: 2 if two else 1]))):
        subject = frozenset()
    shown = excerpt(first.text, 80) if first is not None else ""
    return Finding(
        "prompt.requirements", float(bool(subject)), 1.0,
        lambda: (shown, f"goes on with the prompt's requirements: its first sentence says what the "
                        f"{', '.join(sorted(subject))} asked for should be, in the prompt's voice: '{shown}'"),
    )


# What a requirement does not hold and the thing itself does: a number (not a length: "1000 words long"), a name after
# the sentence's first word, a past.
_CONCRETE_RE = re.compile(
    r"\d(?![\d,.]*\s*(?:words?|sentences?|paragraphs?|lines?|pages?|characters?|stanzas?|verses?|syllables?)\b)"
    r"|(?<=\S )(?!I\b)[A-Z][a-z]|\b(?:should|must) have (?:\w+ed|\w+en|been|gone|done|come|made|had|got|put|run)\b")


def is_concrete(sentence: str) -> bool:
    """Does the sentence hold what only the thing itself says (see _CONCRETE_RE), so that it is no requirement?"""
    return _CONCRETE_RE.search(sentence.strip()) is not None
