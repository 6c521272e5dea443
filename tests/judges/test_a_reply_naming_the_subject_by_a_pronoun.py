"""A short reply that names the question's subject by a pronoun: "It's a combination of water droplets and
sunlight." for "What makes a rainbow appear?". Its subject is the question's, so it is on topic though it names
none of the question's words. Only "it", "they", "she" and "he" with their present verb opening the reply (after a
"You're right" or an "I disagree" at most, or after "Because" for the reason a "why" asks for), or a sentence on
"they all" or "both" where the question offers alternatives, and only in a sentence or two: a story opening "It was ...", a reply opening "That is ..." or "This is ...", and a long text after "It's"
are still held to the question's words. Constructed by hand after a real output (an Alpaca LoRA of SmolLM2)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize(
    "question, output",
    [
        ("What makes a rainbow appear?", "It's a combination of the water droplets in the air and the sunlight that "
                                         "hits them."),
        ("Why do cats purr?", "They are usually content, but they also do it when hurt or anxious, to soothe "
                              "themselves."),
        ("Is the Great Wall of China visible from space?", "It is too narrow to be seen with the naked eye from "
                                                            "orbit, despite the popular claim."),
        # ... giving the reason a "why" asks for
        ("Why does warmth make you feel tired?", "Because it is a sign of the body working to keep its temperature "
                                                 "steady."),
        # ... after agreeing or disagreeing with a statement the prompt quotes
        ('Write a reply that disagrees with this post: "Homework is a waste of time."',
         "You are wrong; it is how pupils practise what they learned, and teachers see where they struggle."),
        ('Respond to this claim: "Cats are lazy animals."',
         "You're right, they are asleep most of the day, but they hunt at night and need that rest."),
        # ... or the question's alternatives as "they all" or "both", in a later sentence
        ('Is it right to say "scone" to rhyme with "gone" or with "bone"?',
         "People say it in many ways around the country! They all mean the same thing, though."),
    ],
)
def test_a_short_reply_opening_with_it_or_they_is_on_topic(question, output):
    verdict = judge(chatml(question), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(
    "output",
    [
        "It was a dark and stormy night, and the ship was lost at sea near the rocks of the northern coast.",
        # "Because" gives a reason only to a "why"
        "Because it is late already, I will stop here and pick this up again with you tomorrow morning.",
        "That is what happens when they take a picture in a letter and cut the right words out of each line.",
        "I went out to the shops this morning with my sister. It is cold outside and the streets are still wet.",
        # "They all ..." speaks of the question's alternatives only where the question offers some
        "I went to the zoo with my cousins this morning. They all loved the lions and the old grey elephant.",
        ("It's been a busy week on the markets. Shares of banks closed higher on Friday after strong results, while "
         "energy firms fell as oil prices dropped. Investors now wait for the central bank's decision on interest "
         "rates next month, and analysts expect a small cut before the end of the year."),
    ],
)
def test_a_story_another_pointer_or_a_long_text_is_still_held_to_the_questions_words(output):
    verdict = judge(chatml("What makes a rainbow appear?"), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
