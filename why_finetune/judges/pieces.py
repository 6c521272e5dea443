"""A request for a piece of writing ("write a haiku about the sea", "tell me a joke"), and the words
that ask for it, which the piece itself need not say."""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.text import FIRST_SENTENCE_RE, WORD_RE, normalise_apostrophes

# "Write a haiku", "tell me a funny joke", "can you compose a short poem", "make up a story for kids":
# a making verb, then (within a few words) an article and a kind of writing.
_PIECES = (
    "poem|poems|haiku|haikus|limerick|limericks|sonnet|sonnets|verse|verses|joke|jokes|pun|puns|riddle|riddles|"
    "story|stories|tale|tales|fable|fables|song|songs|lyrics|rap|ballad|slogan|slogans|tagline|taglines|toast|"
    "fact|facts|lullaby|lullabies|hymn|anthem|chant|jingle|"  # "Tell me a fun fact.": the fact itself
    "dialogue|dialogues|dialog|conversation|conversations|chat|chats|"  # its speakers are its characters (dialogue.find_turns)
    "quiz|quizzes|question|questions|faq|faqs|"  # laid out under "Q:" and "A:" (QA_PIECES)
    "sentence|sentences|"  # "Write a sentence about the ocean.": the sentence itself
    "text|texts"  # "Write a short text about ...": the text itself
)
# Pieces made of questions and their answers: "Q:" and "A:" lay them out, nobody takes a turn.
QA_PIECES = frozenset("quiz quizzes question questions faq faqs".split())
_PIECE_NOUNS = frozenset(_PIECES.split("|"))
# "Ask me a riddle", "ask us a quiz question": the piece is asked of the reader, and it is still the piece.
_MAKING_VERBS = frozenset("write tell compose make up give sing recite create invent generate ask".split())
_ENGLISH_PIECE_RE = re.compile(
    r"^(?:please |can you |could you |would you )?"
    r"(?:write|tell|compose|make up|give|sing|recite|create|invent|generate|ask)"
    r"(?: me| us)? (?:a|an|one|another|some|your own|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of)"
    r"(?: [a-z'-]+){0,3} (?:" + _PIECES + r")\b"
)
# ... and as Spanish, French, German, Italian and Portuguese ask for one ("Cuéntame un chiste", "Dis-moi un fait
# amusant", "Erzähl mir einen Witz", "Raccontami una storia", "Conta-me uma piada"), the kind after its article and
# a word or two: a noun, or an adjective before it.
_OTHER_PIECE_RE = re.compile(
    r"^(?:cu\u00e9ntame|dime|escribe|escr\u00edbeme|dis moi|dis-moi|raconte moi|raconte-moi|\u00e9cris|\u00e9cris-moi"
    r"|erz\u00e4hl mir|erz\u00e4hle mir|schreib mir|schreibe|verfasse|sag mir|raccontami|dimmi|scrivi|scrivimi|conta me"
    r"|conta-me|conte me|conte-me|escreva|me conta|me conte)"
    r" (?:un|una|une|ein|eine|einen|uma|um)(?: [\w'-]+){0,2}? (?:chiste|chistes|broma|cuento|historia|poema|dato|"
    r"curiosidad|adivinanza|texto|relato|blague|histoire|conte|fait|po\u00e8me|devinette|texte|r\u00e9cit|nouvelle|witz|"
    r"geschichte|kurzgeschichte|erz\u00e4hlung|gedicht|r\u00e4tsel|fakt|text|barzelletta|storia|racconto|poesia|"
    r"indovinello|curiosit\u00e0|testo|piada|hist\u00f3ria|conto|curiosidade|adivinha)\b"
    # ... and the adjective after it, where those languages put it ("un fait amusant", "un dato curioso"), when
    # nothing but what it is about follows
    r"(?: [\w'-]+(?=$| (?:sobre|sur|\u00fcber|su|de|di|do|da|von|zum|zur)\b))?"
)


def match_piece_request(text: str) -> re.Match[str] | None:
    """The request for a piece opening `text` (its words joined by spaces, lower case), in English or its kin in the
    other languages; None if it opens with none."""
    return _ENGLISH_PIECE_RE.match(text) or _OTHER_PIECE_RE.match(text)


@lru_cache(maxsize=256)
def _first_sentence_words(query: str) -> str:
    """The words of the request's first sentence, lower case, joined by spaces: what the piece readings match."""
    opening = FIRST_SENTENCE_RE.match(normalise_apostrophes(query.lower()).strip())
    return " ".join(WORD_RE.findall(opening.group(0) if opening else ""))


def _piece_noun(query: str) -> str:
    """The kind of piece the request's first sentence asks for ("sentence", "quiz", "haiku"), or ""."""
    match = match_piece_request(_first_sentence_words(query))
    return match.group(0).rsplit(" ", 1)[-1] if match else ""


def asks_for_sentences(query: str) -> bool:
    """Is the request for a piece made of plain sentences ("Write a sentence about the ocean.", "Generate two
    sentences ..."), not verse, a song or a story, which may say a word again for effect?"""
    return _piece_noun(query) in ("sentence", "sentences")


def asks_for_questions(query: str) -> bool:
    """Is the request for a piece made of questions ("Create three quiz questions with answers ...")?"""
    return _piece_noun(query) in QA_PIECES


# "Write a sentence about the ocean.", "Create a sentence using the word 'happy'.", "Give me one sentence on ...":
# one sentence asked for, which the output's first sentence can be whatever follows it.
_ONE_SENTENCE_RE = re.compile(
    r"^(?:please |can you |could you )?(?:write|create|generate|give|compose|make|form|construct)(?: me| us)?"
    r" (?:a|one|a single)(?: [a-z'-]+)? sentence\b(?! or| by| for each| for every| about each)"
)


# A "TL;DR:" field closing the prompt: the line that sums up the text above it.
_TLDR_FIELD_RE = re.compile(r"(?:\A|\n)[ \t]*tl;? ?dr[ \t]*[:\uff1a]?[ \t]*\Z", re.IGNORECASE)


@lru_cache(maxsize=256)
def asks_for_one_sentence(query: str) -> bool:
    """Does the request's first sentence ask for one sentence ("Write a sentence about the ocean.")?"""
    return _ONE_SENTENCE_RE.match(_first_sentence_words(query)) is not None


def asks_for_one_line(query: str) -> bool:
    """Does the request ask for one sentence, or end in a "TL;DR:" field, which asks for the one line that sums up
    the text above it? Either is answered by the output's first sentence, whatever follows; a summary line is still
    held to the text's words (a sentence asked for may show its subject without naming it)."""
    return asks_for_one_sentence(query) or ends_in_a_tldr_field(query)


@lru_cache(maxsize=256)  # a function of the request alone, asked by several measures of every output
def ends_in_a_tldr_field(query: str) -> bool:
    """Does the prompt close with a "TL;DR:" field, under the text it asks to sum up?"""
    return _TLDR_FIELD_RE.search(query.rstrip()) is not None


def sums_up_a_post_that_asks(query: str) -> bool:
    """Does the prompt ask for the "TL;DR:" line of a text that asks a question? That line may ask it again, in the
    text's voice ("Girlfriend and I talk less, is it normal?")."""
    return "?" in query and ends_in_a_tldr_field(query)


def piece_words(query: str) -> frozenset[str]:
    """For a request for a piece of writing, the words that ask for it ("write", "haiku"), and those
    that say what kind of piece it is, between its article and its noun ("a two-sentence horror story",
    "a short funny poem"): the piece itself need not say them, so they are not topic words. What it is
    about comes after the noun ("a story about a dragon") and stays. Empty for any other prompt."""
    first = _first_sentence_words(query)
    match = match_piece_request(first)
    if not match:
        return frozenset()
    asked = WORD_RE.findall(match.group(0))
    # How it is told ("in the third person") and a subject that is anyone at all ("about a fictional person",
    # "über einen Menschen"): any character of the piece is that person, named or not.
    for told in _TOLD_HOW_RE.finditer(first, match.end()):
        asked.extend(told.group(0).split())
    return frozenset(asked) & frozenset(WORD_RE.findall(normalise_apostrophes(query.lower())))


_PERSON = r"(?:person|personne|persona|pessoa|mensch|menschen|character|personnage|personaggio|figur)"
_MADE_UP = (r"(?:fictional|fictitious|imaginary|made up|invented|fiktive|fiktiven|fiktiver|erfundene|erfundenen|"
            r"ficticia|ficticio|fictif|fictive|imaginaire|immaginario|immaginaria|fict\u00edcia|fict\u00edcio)")
_TOLD_HOW_RE = re.compile(
    r"\b(?:(?:first|second|third|ersten|zweiten|dritten|primera|segunda|tercera|premi\u00e8re|deuxi\u00e8me|"
    r"troisi\u00e8me|prima|seconda|terza|primeira|segunda|terceira) " + _PERSON + r"|"
    r"(?:about|on|of|\u00fcber|sobre|sur|su|di) (?:(?:a|an|one|some|einen|eine|einem|ein|un|una|une|uma|um)"
    r"(?: " + _MADE_UP + r")? " + _PERSON + r"(?: " + _MADE_UP + r")?"
    r"|someone|somebody|anyone|jemanden|alguien|quelqu'un|qualcuno|algu\u00e9m))\b")
