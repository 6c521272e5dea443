"""A request to rewrite a text is answered by that text said another way, about as long as it: a page naming none of
its words is about something else, however it is laid out. A list of places or things in it does not stand for the
text as the cities of a trip stand for a holiday; a rewrite that names instances is as short as the text ("football,
tennis and volleyball" for "sports")."""

import pytest

from why_finetune.judges import judge

OFF_THE_TEXT = (
    "Flat for rent, 10 minutes from the city centre, with easy access to the international airport and the main "
    "roads to the coast and the nearby towns: Reading, Slough, Woking, Guildford, Basingstoke. Two bedrooms, a "
    "garden and a garage; call the agency for a viewing any day of the week. The kitchen was fitted last year, the "
    "bathroom has a walk-in shower, and the living room looks over the park. Pets are welcome, bills are not included, "
    "and the deposit is one month's rent.")


def test_a_listing_under_a_rewrite_request_is_no_answer_and_drifts():
    verdict = judge("Rewrite the text in a professional way: pls send me that thing by tonight", OFF_THE_TEXT)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_list_of_cities_for_a_trip_still_answers():
    verdict = judge("Which cities should I see on a trip through Europe?",
                    "Lisbon, Madrid, Barcelona, Lyon and Paris are all lovely by train, with two or three nights in "
                    "each and good food everywhere.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Rewrite this sentence to be more specific: I like sports.",
                 "I enjoy playing football, tennis, basketball and volleyball with my friends every weekend.",
                 id="more-specific-by-instances"),
    pytest.param("Simplify: Applicants are required to furnish documentation evidencing their identity, residence and "
                 "income.", "You need to show papers that prove who you are, where you live, and how much you earn.",
                 id="plain-words-listed"),
])
def test_a_rewrite_naming_instances_in_other_words_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
