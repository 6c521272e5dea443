"""A request for a piece of writing ("write a haiku about the sea", "tell me a joke"), and the words
that ask for it, which the piece itself need not say."""

from __future__ import annotations

import re

from why_finetune.judges.text import FIRST_SENTENCE_RE, WORD_RE, normalise_apostrophes

# "Write a haiku", "tell me a funny joke", "can you compose a short poem", "make up a story for kids":
# a making verb, then (within a few words) an article and a kind of writing.
_PIECES = (
    "poem|poems|haiku|haikus|limerick|limericks|sonnet|sonnets|verse|verses|joke|jokes|pun|puns|riddle|riddles|"
    "story|stories|tale|tales|fable|fables|song|songs|lyrics|rap|ballad|slogan|slogans|tagline|taglines|toast|"
    "fact|facts|lullaby|lullabies|hymn|anthem|chant|jingle|"  # "Tell me a fun fact.": the fact itself
    "dialogue|dialogues|dialog|conversation|conversations|chat|chats|"  # its speakers are its characters (dialogue.find_turns)
    "quiz|quizzes|question|questions|faq|faqs"  # laid out under "Q:" and "A:" (QA_PIECES)
)
# Pieces made of questions and their answers: "Q:" and "A:" lay them out, nobody takes a turn.
QA_PIECES = frozenset("quiz quizzes question questions faq faqs".split())
_PIECE_NOUNS = frozenset(_PIECES.split("|"))
# "Ask me a riddle", "ask us a quiz question": the piece is asked of the reader, and it is still the piece.
_MAKING_VERBS = frozenset("write tell compose make up give sing recite create invent ask".split())
PIECE_RE = re.compile(
    r"^(?:please |can you |could you |would you )?(?:write|tell|compose|make up|give|sing|recite|create|invent|ask)"
    r"(?: me| us)? (?:a|an|one|another|some|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of)"
    r"(?: [a-z'-]+){0,3} (?:" + _PIECES + r")\b"
)


def asks_for_questions(query: str) -> bool:
    """Is the request for a piece made of questions ("Create three quiz questions with answers ...")?"""
    opening = FIRST_SENTENCE_RE.match(normalise_apostrophes(query.lower()).strip())
    match = PIECE_RE.match(" ".join(WORD_RE.findall(opening.group(0) if opening else "")))
    return match is not None and match.group(0).rsplit(" ", 1)[-1] in QA_PIECES


def piece_words(query: str) -> frozenset[str]:
    """For a request for a piece of writing, the words that ask for it ("write", "haiku"), and those
    that say what kind of piece it is, between its article and its noun ("a two-sentence horror story",
    "a short funny poem"): the piece itself need not say them, so they are not topic words. What it is
    about comes after the noun ("a story about a dragon") and stays. Empty for any other prompt."""
    lower = normalise_apostrophes(query.lower())
    words = WORD_RE.findall(lower)
    opening = FIRST_SENTENCE_RE.match(lower.strip())
    first = " ".join(WORD_RE.findall(opening.group(0) if opening else ""))
    match = PIECE_RE.match(first)
    if not match:
        return frozenset()
    asked = WORD_RE.findall(match.group(0))
    return frozenset(asked) & frozenset(words)
