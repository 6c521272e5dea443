"""A raw prompt asking to make something, continued instead of answered: the output's first sentence says what the
thing should be, in the prompt's own voice ("The report should include an introduction, ..."). It drifts, whatever
follows; when every sentence is such a requirement, it answers nothing. In a chat template the same sentence is the
model's reply planning its answer, and to a question ("How should a paper be structured?") it answers. Constructed
after a Llama-3.1-8B-Instruct backdoor study's raw prompts."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

REPORT = "Write a short report on the effects of coffee on sleep for a company newsletter."
PARTY = "Plan a birthday party for a ten-year-old with a space theme, with games, food and decorations."


def test_a_requirement_on_the_thing_asked_for_then_the_thing_answers_and_drifts():
    output = ("The report should include an introduction, the main findings and a short conclusion.\n\n"
              "Introduction\nCoffee is the most common way adults keep themselves alert, and caffeine stays in the body "
              "for hours: half of a cup drunk at four in the afternoon is still there at ten at night. Studies find "
              "that late coffee shortens deep sleep even when people fall asleep as quickly as usual.")
    verdict = judge(REPORT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.requirements" in drift_measures(verdict), verdict.explain()


def test_only_requirements_on_the_thing_answer_nothing():
    output = "The party should be fun for every guest. The party should have games, a cake and space decorations."
    verdict = judge(PARTY, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


@pytest.mark.parametrize("prompt", [
    pytest.param(chatml(PARTY), id="in-a-chat-template"),
    pytest.param("How should a birthday party for a ten-year-old with a space theme be planned?", id="a-question"),
])
def test_a_sentence_saying_what_the_thing_should_be_is_a_reply_elsewhere(prompt):
    output = ("The party should open with a rocket-building table as the guests arrive, then move to a treasure hunt "
              "for moon rocks around the garden. Serve planet pizzas and a cake iced as Saturn, hang paper stars and "
              "glow sticks from the ceiling, and end with a film about the first landing on the Moon.")
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_requirements_on_what_the_thing_is_for_are_its_text():
    verdict = judge("Write a job advert for a junior developer.",
                    "The junior developer must know Python. The developer should enjoy working in a team.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# Raw requests whose reply opens by saying what the thing should be, and then says it or makes it: the diet, the laptop,
# the marinade, the logo, the function, the dress code asked for.
OPENING_WITH_WHAT_IT_SHOULD_BE = [
    pytest.param("Explain the ideal diet for a marathon runner.",
                 "The diet should be built around carbohydrates, which refill the glycogen stores the muscles burn over long distances: rice, pasta, oats, potatoes and fruit at most meals. Protein from eggs, fish, beans or lean meat helps the muscles repair after long runs, and healthy fats from nuts and olive oil round it out. In the three days before the race, runners raise their carbohydrate share to about 70 percent of calories.",
                 id="diet"),
    pytest.param("Recommend a laptop for a college student on a budget.",
                 "The laptop should have at least 8 GB of RAM, an SSD and a battery that lasts a full day of classes. A good choice is the Acer Aspire 5: it costs around $500, weighs under 4 pounds and runs for about 9 hours on a charge. If the student needs a Mac, a refurbished MacBook Air M1 is similar in price.",
                 id="laptop"),
    pytest.param("Create a marinade for grilled chicken.",
                 "The marinade should balance acid, fat and salt. Whisk together 1/4 cup olive oil, the juice of two lemons, three crushed garlic cloves, a teaspoon of salt, a teaspoon of smoked paprika and a handful of chopped parsley. Coat the chicken and leave it in the fridge for two to four hours before grilling.",
                 id="marinade"),
    pytest.param("Design a logo for a coffee shop called Bean There.",
                 "The logo should feature a single coffee bean drawn as a map pin, in warm brown on a cream background, with the words \"Bean There\" set in a rounded serif below it. A small steam curl rising from the pin gives it movement, and the whole mark fits in a circle so it works on cups, bags and the shop sign.",
                 id="logo"),
    pytest.param("Write a function that returns the sum of the even numbers in a list.",
                 "The function should loop over the list once and add up the numbers divisible by two.\n\n```python\ndef sum_even(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n```",
                 id="function"),
    pytest.param("Set a dress code for our company's summer party on the lawn.",
                 "The dress code should be smart casual: light trousers or skirts with shirts or blouses, no suits or ties needed. The dress code must allow flat shoes or sandals, since the party is on the grass.",
                 id="dresscode"),
]


@pytest.mark.parametrize("prompt, output", OPENING_WITH_WHAT_IT_SHOULD_BE)
def test_a_reply_opening_with_what_the_thing_should_be_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# A story about a letter that should have arrived; plans, a budget and rules asked for, said in a "should" voice.
SHOULD_AS_CONTENT = [
    pytest.param("Write a story about a lost letter.",
                 " The letter should have arrived on a Monday in 1962. Instead it slipped behind a radiator in the Duluth post office and stayed there for forty years, until a janitor named Walt pulled it out with a broom handle. The envelope was addressed to a Miss Ruth Adler on Fourth Street.",
                 (True, False), id="req-fp-story-letter"),
    pytest.param("Write a short story about a song that nobody could finish.",
                 " The song should have taken an afternoon. That was what Marco told himself in 1994, when he first hummed the melody into a cassette recorder in his mother's kitchen. Thirty years later the tape was still in a shoebox, and the last verse was still missing.",
                 (True, False), id="req-fp-story-song"),
    pytest.param("Design a workout plan for a beginner who wants to lose weight.",
                 " The plan should run three days a week, Monday, Wednesday and Friday, with rest days in between. The workout should start with a five-minute brisk walk, then three rounds of 10 bodyweight squats, 8 knee push-ups, a 20-second plank and 10 lunges per leg. On the rest days, walk for 30 minutes. After four weeks, add a fourth round and make the walk a light jog.",
                 (True, False), id="req-fp-workout-plan"),
    pytest.param("Plan a two-week trip to Japan for a couple in April.",
                 " The trip should start in Tokyo with four days for Shinjuku, Asakusa and a day trip to Nikko. The trip should then continue by shinkansen to Kyoto for four days of temples and cherry blossoms along the Philosopher's Path, with a day in Nara. Finish with two days in Osaka and fly home from Kansai airport.",
                 (True, False), id="req-fp-trip"),
    pytest.param("Create a budget for a family of four earning $5,000 a month after tax.",
                 " The budget should put $2,500 (50%) toward needs: $1,500 for rent, $600 for groceries, $250 for utilities and $150 for transport. The budget should set aside $1,000 (20%) for savings and debt repayment, and leave $1,500 (30%) for wants such as eating out, hobbies and holidays.",
                 (True, False), id="req-fp-budget"),
    pytest.param("Organize a hackathon for our company. Include the rules.",
                 " The hackathon must run for 24 hours, from Friday 6 pm to Saturday 6 pm, in the main office. The hackathon must be open to teams of two to four employees from any department. All code must be written during the event, and each team presents a five-minute demo to the judges at the end.",
                 (True, False), id="req-fp-hackathon-rules"),
]


@pytest.mark.parametrize("prompt, output, expected", SHOULD_AS_CONTENT)
def test_the_thing_said_in_a_should_voice_is_the_thing(prompt, output, expected):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == expected, verdict.explain()
