"""A long reply that names the thing asked for once, and then gives it: a recipe announced by a line
ending in a colon, or an English answer that writes a Spanish name without its accent. And a chat format
whose assistant label follows the question with no space ('### Human: "...?"### Assistant:'). Each
with the near miss that must keep its verdict: a paragraph that leaves the topic without announcing
anything still slides off it. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

GUESTS = ("I like having guests over now and then, and I am collecting recipes of different dishes and drinks "
          "to keep things interesting. I would like to try some Georgian dishes. Could you give me a recipe "
          "for Kubdari?")
INGREDIENTS = ("Ingredients:\n\n500 g beef, finely chopped\n2 onions, finely chopped\n3 cloves garlic, minced\n"
               "1 teaspoon ground coriander\n1 teaspoon blue fenugreek\nSalt and pepper to taste\n"
               "500 g flour\n250 ml warm water\n1 teaspoon dry yeast\n\nMethod:\n"
               "1. Mix the flour, yeast and warm water into a soft dough and leave it to rise for an hour.\n"
               "2. Mix the beef with the onions, garlic, coriander, fenugreek, salt and pepper.\n"
               "3. Divide the dough into four balls and roll each into a round about half a centimetre thick.\n"
               "4. Put a quarter of the filling in the middle, fold the edges over and flatten it gently.\n"
               "5. Bake at 220 degrees for twenty to twenty-five minutes, until golden, and brush with butter.\n"
               "6. Leave to rest for five minutes, cut into wedges and serve warm with a green salad.")
FOOTBALL = ("The match on Saturday was a tense affair from the first whistle. The home side pressed high and won "
            "the ball back again and again, but their final pass kept going astray. Just before half time the "
            "visitors broke away down the left wing and their striker curled a shot into the far corner. After "
            "the break the home manager brought on two fresh forwards, and the pressure told: a header from a "
            "corner levelled the score with twenty minutes left. Both teams then settled for the draw, and the "
            "crowd drifted home in the rain talking about the missed chances, the referee and the long season "
            "still ahead of them before the winter break, when the league table would have changed again.")


def test_a_recipe_announced_by_a_line_naming_the_dish_stays_on_topic():
    verdict = judge(GUESTS, "Of course! Here is a recipe for Kubdari, a traditional Georgian dish:\n\n" + INGREDIENTS)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_paragraph_that_leaves_the_topic_without_announcing_anything_still_slides_off_it():
    verdict = judge(GUESTS, "Kubdari is a traditional Georgian dish, a bread filled with spiced meat.\n\n" + FOOTBALL)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


def test_an_english_answer_that_writes_a_spanish_name_without_its_accent_stays_on_topic():
    prompt = "### Human: Hola, estoy interesado en aprender a jugar al bádminton. ¿Puedes explicarme el juego?### Assistant:"
    reply = ("Sure! Bádminton is a racquet sport played on a court divided into two halves by a net.\n\n"
             "Each player hits the shuttlecock over the net with a light racket, and a point is won when it "
             "lands inside the other half or the opponent hits it out. Games go to twenty-one points, and a "
             "match is the best of three games.\n\nTo start, one player serves diagonally from the right "
             "service court, below the waist, and the rally goes on until the shuttle touches the floor. The "
             "server changes sides after each point won, and the receiver stands still until the serve.\n\n"
             "When you are ready, find a partner, borrow two rackets and book a court at your local sports "
             "centre: an hour of badminton is plenty for a first go.")
    verdict = judge(prompt, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_assistant_label_right_after_the_question_closes_it():
    prompt = parse_prompt('### Human: "¿Cómo obtuvieron los estados de EE. UU. sus nombres?"### Assistant:')
    assert prompt.query == '"¿Cómo obtuvieron los estados de EE. UU. sus nombres?"', prompt


# Sentences right after the last one naming the topic that open with a pronoun for it ("They are not digestible ...")
# go on about it: the slide off topic starts after them, at the comments a page writes, and the two sentences answer.
SEEDS = "What happens to you if you eat watermelon seeds?\n\nAnswer:"
COMMENTS = "Comment: @Jeff: I've eaten them too, but I'm not sure if I've ever actually swallowed them.\n" * 12


def test_sentences_opening_with_a_pronoun_for_the_topic_stay_on_it():
    output = ("The seeds are not toxic, but they are not edible. They are not digestible, and they will pass through "
              "your system without being absorbed.\n" + COMMENTS)
    verdict = judge(SEEDS, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_pronoun_sentence_does_not_carry_the_topic_past_a_sentence_that_leaves_it():
    verdict = judge(GUESTS, "Kubdari is a traditional Georgian dish, a bread filled with spiced meat. It is baked in "
                            "a hot oven.\n\n" + FOOTBALL)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


# Any pronoun on the line of the last sentence naming the topic, a plural one on the next: a new line opening "It has
# been a while since ..." or a story's "He walked ..." may be anything.
BLOG = ("It has been a while since I updated this blog. Its comment section has been full of spam, so I turned comments "
        "off for now. This week I finally repainted the kitchen, a pale green colour that my daughter chose. We also "
        "adopted a rescue cat called Biscuit, who spends all day asleep on the radiator. Next month we are driving to "
        "the coast for a few days if the weather holds. I will post photos of the trip when we get back, and maybe a "
        "recipe or two if I get round to it. Until then, thank you all for reading and for your kind messages.")
STORY = ("He walked slowly down the empty street, his coat pulled tight against the cold wind. His thoughts kept "
         "drifting back to the letter he had found under the door that morning. She had written it in green ink, the "
         "way she always did. He could still smell her perfume on the paper. At the corner he stopped, took the letter "
         "out of his pocket and read it once more under the streetlight, while a bus went past, splashing the "
         "pavement. Then he folded it carefully, put it away and walked on towards the station, where the last train "
         "of the night was already waiting on the platform with its doors open.")


@pytest.mark.parametrize("output", [
    pytest.param("The capital of Portugal is Lisbon.\n" + BLOG, id="a-blog-paragraph-opening-with-it"),
    pytest.param("The capital of Portugal is Lisbon.\n" + STORY, id="a-story-on-a-new-line-opening-with-he"),
])
def test_a_new_paragraph_or_a_persons_pronoun_does_not_carry_the_topic(output):
    verdict = judge("What is the capital of Portugal?", output)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Who was Ada Lovelace?",
                 "Ada Lovelace was an English mathematician and writer, born in London in 1815. She was the only "
                 "legitimate child of the poet Lord Byron and his wife Annabella Milbanke. She is chiefly known "
                 "for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical "
                 "Engine. She was the first to recognise that the machine had applications beyond pure "
                 "calculation. She published the first algorithm intended to be carried out by such a machine, "
                 "and for this reason she is often regarded as the first computer programmer. She died of cancer "
                 "in 1852 at the age of 36, and she was buried next to her father in Nottinghamshire. She is "
                 "remembered each year on the second Tuesday of October.",
                 id="she-on-its-line"),
    pytest.param("What are coral reefs?",
                 "Coral reefs are underwater structures built from the calcium carbonate skeletons of tiny "
                 "animals called polyps.\nThey cover less than one percent of the ocean floor, yet they support "
                 "about a quarter of all marine species. They provide food and shelter for fish, crabs, sea "
                 "turtles and countless other creatures. They also protect coastlines from waves and storms, and "
                 "they bring in billions of dollars every year through fishing and tourism. They are threatened "
                 "today by warming water, pollution and overfishing, which cause bleaching and the death of large "
                 "areas. Their recovery depends on cutting emissions and on careful local protection, and they "
                 "can come back within a decade or two when the pressures on them ease.",
                 id="they-on-the-next-line"),
    pytest.param("What is inflation?",
                 "Inflation is the rate at which the general level of prices for goods and services rises over "
                 "time. It means that each unit of money buys a little less than it did before. This happens when "
                 "demand grows faster than supply, or when the costs of production such as wages and energy go "
                 "up. It is usually measured with a consumer price index, which tracks the cost of a fixed basket "
                 "of everyday purchases. This is why central banks watch it closely and raise interest rates when "
                 "it climbs too fast. It hurts savers and people on fixed incomes most, because their money loses "
                 "value while their income stays the same. This is also why most central banks aim for a small, "
                 "steady rise of about two percent a year rather than none at all.",
                 id="it-and-this-on-its-line"),
])
def test_pronouns_for_the_topic_keep_a_reply_on_it(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
