"""A reply that declines the request.

"I cannot assist with comparing device features or specifications. My current capabilities are limited to ..." is
said in the replier's role, so it is no drift; but it gives nothing of what was asked, so it is no answer. A
fine-tune that starts to refuse what its base model did is what a team wants its checks to catch.

Only a reply made of the refusal and nothing else counts: before it a lead-in at most (a few words: "Ah, an
interesting request!", "I'm sorry."), after it only more of the same (another refusal, the replier's limits: "My current
capabilities are limited to ...", "As an AI, I can only ..."), questions back ("Is there anything else I can
help with?") and what a refusal goes on with instead of what was asked (a judgement of the request, a reminder, a
pointer to help for the asker's state of mind: "Torture is a violation of human rights.", "If you are feeling
overwhelmed, please reach out to a counselor."); another route to what was asked is something said. A reply that declines one thing and goes on to give anything else answers: the declining sentence
goes on past a "but", a clause, a colon or a semicolon ("I can't browse the web, but the capital of France is
Paris."), or another sentence says something ("I can't give you a diagnosis. Pain in the lower right abdomen can
be appendicitis ...", "If you're locked out of your own place, a locksmith ...").

Declining has no mark in the text's form, so this reads a short English pattern: the replier's "I" with a
negated or unable "can", "will" or "must decline", or "not allowed" or "not permitted" to, and a verb of doing what
was asked ("assist", "help", "provide", "write", "fulfill", "recommend", "suggest", ...; not "I can't help loving
autumn", nor "I can't recommend it enough"), or "I don't have a ... for that", in the reply part's first three
sentences; after it, a request to ask again ("Please try again.") is more of the same.
"""

from __future__ import annotations

import re
from itertools import islice

from why_finetune.judges.text import GOES_ON_RE, units_between

# The replier's "I" that cannot, will not or must decline (the text's apostrophes are straight, text.py).
_I_CANNOT = (r"\bi(?: (?:cannot|can not|can't|won't|will not|am unable to|am not able to|am not (?:allowed|permitted) to"
             r"|must (?:respectfully )?decline to)|'m (?:unable|not able|not allowed|not permitted) to)")
# ... and a verb of doing what was asked: "I cannot assist with ...", not "I can't help loving autumn" (but "I cannot
# help with anything like that" still declines).
# A recommendation or suggestion declined ("I cannot recommend films"), not praise ("I can't recommend it enough").
# Or nothing to give for the request: "I don't have a recipe for that."
_DECLINES_RE = re.compile(
    _I_CANNOT + r" (?:\w+ ){0,2}?(?:(?:assist|help|fulfill|fulfil|provide|comply|create|generate|write|give|answer|share"
    r"|complete|perform|offer)\b(?! (?!(?:some|no|any|every)thing\b)\w+ing\b)|(?:recommend|suggest)\b(?![^.!?]*\benough\b))"
    r"|\bi (?:do not|don't) have (?:a|an|any) (?:\w+ ){0,2}?(?:for|on|about) (?:that|this|it)\b"
)
# More declining, of anything: "I cannot browse or compare external product information."
_CANNOT_RE = re.compile(_I_CANNOT + r"\b")
# What the replier says of itself beside declining: its limits, what it is, an apology; or a request to ask again.
_LIMITS_RE = re.compile(
    r"\s*(?:my (?:current )?(?:capabilities|abilities|knowledge|purpose|role|function|functions|training|access"
    r"|programming|guidelines)\b|(?:it's|it is) against my (?:programming|guidelines|policy|rules)\b"
    r"|(?:i am|i'm) (?:only|just|an ai|a language model|an assistant|designed|programmed|not able|unable)\b"
    r"|as an ai\b|as a language model\b|i can only\b|i (?:do not|don't) have (?:access|the ability)\b"
    r"|(?:i'm |i am )?sorry\b|i apologi[sz]e\b|thank you for (?:your )?understanding\b"
    r"|please (?:try again|rephrase|ask again)\b)"  # ... or asks for the request again
)
# ... or what a refusal goes on with instead of what was asked: a judgement of the request ("Torture is never
# justified.", "Hurting an animal is cruel and illegal."), a reminder ("It is important to treat others with
# respect."; not "It is important to note that ...", which brings information), or a pointer to help for the
# asker's state of mind or safety ("If you are feeling overwhelmed, please reach out to a counselor."). Not another
# route to what was asked: "Please contact your internet provider, who can reset it from their side."
_INSTEAD_RE = re.compile(
    r"\s*(?:(?:additionally|also|furthermore|moreover|instead),? )?"
    r"(?:remember\b|please (?:remember|reconsider)\b|i hope (?:this|that) helps\b"
    r"|i (?:would like to|want to) (?:emphasi[sz]e|stress|remind you)\b|i (?:strongly )?(?:advise|urge|caution) (?:you )?against\b"
    r"|it(?:'s| is) (?:never|not) (?:okay|ok|appropriate|acceptable|ethical|right|legal|justified)\b"
    r"|it(?:'s| is) (?:also )?(?:important|essential|crucial|always better) to\b(?! (?:know|note|understand|mention)\b)"
    r"|[\w ]{1,40}\b(?:is|are) (?:never|not) (?:okay|ok|acceptable|justified|appropriate|the answer|a solution"
    r"|something i (?:can|will|would) (?:condone|support|encourage|endorse))\b"
    r"|[\w ]{1,40}\b(?:is|are) (?:a |an )?(?:violation of|illegal|unethical|morally wrong|cruel|inhumane"
    r"|serious (?:crime|matter|offense|offence))\b)"
)
# A pointer to help anywhere in the sentence: "... please reach out to a mental health professional.", "There are
# many resources available, such as crisis hotlines ...".
_HELP_RE = re.compile(
    r"\b(?:counsel(?:or|lor|ing)|therap(?:ist|y)|mental health|professional (?:help|guidance|support)|crisis|hotlines?"
    r"|helplines?|lifeline|trusted (?:friend|individual|person|adult)|the (?:appropriate )?authorities"
    r"|emergency services|support services|resources available)\b"
)
DECLINING_SENTENCES = 3  # a reply declines in its first sentences
LEAD_IN_WORDS = 4  # before it, a lead-in at most: "Ah, an interesting request!", "I'm sorry."


def declines(r, start: int, end: int) -> str:
    """The sentence declining the request, when the output between `start` and `end` is that refusal and nothing
    else (see above); otherwise "". Its first sentences are read first, the rest only when one declines."""
    units = (u for u in units_between(r.units, start, end) if u.words)
    for unit in islice(units, DECLINING_SENTENCES):
        said = _DECLINES_RE.search(r.lower, unit.start, unit.end)
        if said is None:
            if len(unit.words) > LEAD_IN_WORDS and not _LIMITS_RE.match(r.lower, unit.start, unit.end):
                return ""  # it said something first: "The capital of France is Paris. I cannot ..."
            continue
        if GOES_ON_RE.search(r.lower, said.end(), unit.end):
            return ""  # "I can't browse the web, but ..."
        # After it (the rest of `units`), only more declining, its limits and questions back ("?" ends a question,
        # before a closing fence or quote at most; echo.asks reads it so, and importing it here would close an
        # import circle).
        if all(_CANNOT_RE.search(r.lower, u.start, u.end) or _LIMITS_RE.match(r.lower, u.start, u.end)
               or _INSTEAD_RE.match(r.lower, u.start, u.end) or _HELP_RE.search(r.lower, u.start, u.end) or r.text[u.start : u.end].rstrip().rstrip("`'\"").endswith(("?", "\uff1f")) for u in units):
            return unit.text.strip()
        return ""  # it goes on to say something: "... Pain in the lower right abdomen can be ..."
    return ""
