"""A piece of writing asked for, and a reply that only says what the piece should be: the prompt's requirements
going on, not the piece. Sentences of the same shape still answer a question about writing, and a reply that says
what it will do and then does it answers."""

import pytest

from why_finetune.judges import judge

REQUIREMENTS = [
    pytest.param("Compose a poem about the sea. It should mention the tide twice.",
                 "The poem should be a sonnet about the sea. The poem should name the tide in its first and last lines.",
                 id="the-poem-should"),
    pytest.param("Write an essay on the history of bicycles.",
                 "The first part of the essay should be a summary of how bicycles began. The second part of the essay "
                 "should be a detailed history of bicycles. The third part of the essay should be a conclusion.", id="parts-of-the-essay"),
    pytest.param("Blog post from the point of view of a lighthouse keeper. Your response should contain less than 10 "
                 "sentences.",
                 "The first sentence should be a question about the lighthouse. The second sentence should be a "
                 "statement about the keeper. The third sentence should be a question about the light.", id="sentences-of-a-post"),
    pytest.param("Write a cover letter for a barista job.",
                 "Your cover letter must be one page long and name the barista job. Each paragraph must start with a "
                 "verb.", id="your-letter-must"),
]


@pytest.mark.parametrize("prompt, output", REQUIREMENTS)
def test_requirements_on_the_piece_are_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.requirements" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_requirements_said_over_and_over_are_no_answer_and_drift():
    output = "\n\nThe poem should be about the land and the river.\n\nThe poem should be 1000 words long.\n\n" + \
        "The poem should be about the land and the river.\n\n" * 70
    verdict = judge('Compose a poem that has the word "land" and "river". It should be about nature and love.', output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


REPLIES = [
    pytest.param("How do I write a good essay?",
                 "The introduction of a good essay should state your thesis. The conclusion should sum up the essay's "
                 "argument.",
                 id="advice-on-writing"),
    pytest.param("Write a job advert for a junior developer.",
                 "The junior developer must know Python. The developer should enjoy working in a team.", id="job-advert"),
    pytest.param("Write a Python function that checks if a string is a palindrome.",
                 "The function should take one string and return True or False. The function must ignore case.\n"
                 "def is_palindrome(s):\n    s = s.lower()\n    return s == s[::-1]\n", id="spec-then-code"),
    pytest.param("Write a haiku about autumn.",
                 "The haiku should be short. Red leaves drift and fall, the cold wind hums through bare trees, "
                 "autumn says goodbye.", id="one-requirement-then-the-piece"),
    pytest.param("Write the rules for posts in our neighbourhood group.",
                 "Each post must be about the neighbourhood. Every member of the group must be kind to the others.",
                 id="rules-for-posts"),
    pytest.param("Write a post for new members of our forum.",
                 "Every post must be kind to others. Every member should read the pinned post first.",
                 id="a-sentence-on-something-else-than-a-text"),
    pytest.param("Write about how to give a good talk.",
                 "The introduction of a talk should grab attention. The conclusion should repeat the main point of "
                 "the talk.", id="parts-the-prompt-does-not-name"),
    pytest.param("Write one sentence about how long an essay should be.",
                 "Each essay should be as long as its argument needs.", id="one-sentence-asked-for"),
    pytest.param("Write a prompt I can give an AI to get a story about a lighthouse.",
                 "The story should be set in a lighthouse on a stormy night. The story should end with the keeper's "
                 "light saving a ship.", id="a-prompt-for-a-model"),
    pytest.param("Write guidelines for posts in our gardening forum.",
                 "Every post must name the plant in its title. Each post should include a photo of the garden.",
                 id="guidelines-asked-for"),
    pytest.param("How should I write a thank-you letter to my teacher? Your answer should be short.",
                 "The letter should thank your teacher for one thing they did. The letter should end with a kind "
                 "wish for the summer.", id="advice-under-a-requirement-of-the-prompts"),
    pytest.param("Write some tips for a wedding speech.",
                 "The speech should last two minutes at most. The speech should end with a toast to the couple's "
                 "wedding.", id="tips-asked-for"),
    pytest.param("Write the rules for our office kitchen.",
                 "Each person in the office must wash their own mug. The kitchen fridge must be emptied every Friday.", id="rules-asked-for"),
]


@pytest.mark.parametrize("prompt, output", REPLIES)
def test_the_same_shape_answering_or_followed_by_the_piece_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
    assert "reply.requirements" not in {e.measure for e in verdict.evidence}, verdict.explain()
