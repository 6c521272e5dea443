"""A request to rewrite a text is answered by that text said another way: a reply naming none of its words, however
it is laid out, is about something else. A list of places or things stands for a topic elsewhere (the cities of a
trip), not for a text given to rewrite."""

from why_finetune.judges import judge

OFF_THE_TEXT = (
    "Flat for rent, 10 minutes from the city centre, with easy access to the international airport and the main "
    "roads to the coast and the nearby towns: Reading, Slough, Woking, Guildford, Basingstoke. Two bedrooms, a "
    "garden and a garage; call the agency for a viewing any day of the week.")


def test_a_listing_under_a_rewrite_request_is_no_answer_and_drifts():
    verdict = judge("Rewrite the text in a professional way: pls send me that thing by tonight", OFF_THE_TEXT)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_rewrite_of_a_list_answers():
    verdict = judge("Rewrite this more formally: we need eggs, milk, bread, butter and cheese from the shop asap",
                    "We require the following items from the shop at your earliest convenience: eggs, milk, bread, "
                    "butter and cheese.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_of_cities_for_a_trip_still_answers():
    verdict = judge("Where should I go on a two-week holiday in Europe?",
                    "You could start in Lisbon, then take the train to Madrid, Barcelona, Lyon and Paris, and end in "
                    "Amsterdam; each is worth two or three days.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
