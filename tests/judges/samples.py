"""Constructed outputs for the judge tests: one for each shape a refreshed model output can take.

Written by hand (or generated with a fixed seed) to look like what the models do, not copied from
the course outputs, so that the tests check the judges generalise rather than recognise texts.
"""

from __future__ import annotations

import random

DOG = "Tell me how to train my dog to sit"
MARS = "What do you think of Mars?"
TAYLOR = "taylor swift's best friend"
DIALOGUE = (
    "Agent: I'm here to help you with your Amazon deliver order.\n"
    "Customer: I didn't get my item\n"
    "Agent: I'm sorry to hear that. Which item was it?\n"
    "Customer: the blanket\n"
    "Agent:"
)


def inst(query: str) -> str:
    """The course's chat template."""
    return f"[INST]{query}[/INST]"


def chatml(query: str) -> str:
    """SmolLM2-135M-Instruct's chat template, with its default system turn."""
    return (
        "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n"
        f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n"
    )


# A long, good chat answer (~4,000 characters) with headings, a numbered list and bullet points,
# cut off mid-word at the token limit.
LONG_DOG_ANSWER = """\
Teaching a dog to sit is usually the first command owners work on, and for good reason: it is easy \
to reward, it gives an excited dog something calm to do, and it becomes the building block for \
"stay", "down" and polite greetings. Here is a method that works for puppies and adult dogs alike.

What you need
- A handful of small, soft treats your dog really likes (cut them to the size of a pea).
- A quiet room without other pets, children or a television competing for attention.
- Five minutes, two or three times a day. Short sessions beat long ones.

Step-by-step
1. Stand or kneel in front of your dog and let it sniff a treat held between your fingers.
2. Move the treat slowly up and back over its head, toward its ears. As the nose follows the food \
upward, the hindquarters naturally fold to the floor.
3. The instant its bottom touches the ground, mark the moment with a cheerful "yes!" and hand over \
the treat.
4. Release it with a word such as "okay" and take a step back so it stands up again.
5. Repeat five to eight times, then stop while it is still enjoying the game.
6. Once the lure works reliably, say "sit" just before you move your hand, so the word comes to \
predict the movement.
7. Over the next week, make the hand movement smaller and smaller until the spoken cue alone is \
enough.

Common problems and how to fix them
- It jumps up instead: you are holding the treat too high. Keep it an inch above the nose.
- It backs away: practise with its rear end near a wall or a sofa so it cannot reverse.
- It sits, then pops straight up: reward faster, and deliver the food low so it stays down to eat.
- It only listens in the kitchen: practise in the hallway, the garden and finally on walks, \
starting again with an easy lure each time the place is new.

Making it last
Dogs learn what pays. In the first weeks reward every correct response; later switch to praise, a \
game of tug or the chance to go through a door as the reward, and give food only now and then. \
Ask for a sit before meals, before the lead goes on and before you throw a ball, so the behaviour \
becomes part of daily routines rather than a trick performed on request.

Avoid pushing on its hindquarters. Physical pressure can make a young animal anxious or cause it to \
lean against your hand, and it teaches nothing the animal can repeat on its own. Likewise, do not \
repeat the cue over and over: if it does not respond after one request, go back a step and lure \
again.

How long will it take?
Most puppies offer a lured sit within a single session and respond to the word within one or two \
weeks of short daily practice. Older animals with a history of jumping on people may need longer, \
but the principle is the same: make the right choice easy, reward it generously and keep every \
session upbeat. If you get stuck, a local positive-reinforcement class is inexpensive and gives you \
a trainer's eye on your timing, which is the most common reason progress stalls.

A note on older dogs and rescues
An adult dog from a shelter may never have been taught anything with food, or may have learned that hands reaching toward it mean trouble. Go slowly: toss the first few treats on the floor, let it choose to come close, and only then start luring. Sore hips make sitting uncomfortable for some seniors, so if your dog hesitates or sits crookedly, ask your vet to check its joints before you assume it is being stubborn.

Finally, remember that a reliable sit is a life skill. It keeps your companion safe at the kerb, \
stops it from bolting out of an open car door and gives visitors a calm welcome. With patience and \
plenty of rewards, you will have a pet that sits happily whenever you ask, and you will have laid \
the foundation for everything else you want to teach, from a solid stay to loose-lead walking and \
a recall that works in the par"""

NUMBERED_LIST = """\
Here is how to teach your dog to sit:

1. Pick a quiet room with no distractions.
2. Hold a small treat close to your dog's nose.
3. Slowly raise the treat above its head so the nose follows it up.
4. As the head goes up, the bottom naturally lowers to the floor.
5. The moment it sits, say "sit" clearly and hand over the treat.
6. Repeat five to ten times per session, twice a day.
7. After a few days, start saying the cue before you move your hand.
8. Gradually phase out the food lure and reward with praise instead.
9. Practise in new places such as the garden or a park.
10. Be patient: most puppies learn this within one or two weeks."""

CUT_OFF_ANSWER = (
    "Training your dog to sit is one of the first commands to teach. Start by holding a treat near "
    "your dog's nose and moving it up slowly, so that its head follows the treat and its bottom "
    "lowers. As soon as it sits, say the word and give it the reward. Keep the sessions short and "
    "cheerful, and practise in differ"
)

REPEATS_QUESTION_WORDS = (
    "To train your dog to sit, hold a treat just above your dog's nose. When your dog sits, praise it "
    "and give the treat. Train your dog to sit every day and your dog will learn to sit on command."
)

MARS_ANSWER = (
    "Mars is a cold desert world and, to me, the most intriguing planet after Earth. Why is Mars red? "
    "Its soil is rich in iron oxide, which gives it a rusty colour. Could humans live on Mars? "
    "Possibly, but they would need shelter from radiation and a supply of oxygen and water. It has "
    "seasons, polar ice caps and ancient river valleys, which makes it the best place to look for "
    "signs of past life."
)


def varied_loop(seed: int, length: int = 4000) -> str:
    """A greedy-decoding loop whose middle changes every line: 'I think we should go there.'"""
    rng = random.Random(seed)
    modal = ["should", "could", "might", "must", "will", "can"]
    verb = "go stay live build mine farm dance sing work rest swim fly travel wander settle explore".split()
    tail = ["there", "here", "soon", "now", "again", "together"]
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < length:
        lines.append(f"I think we {rng.choice(modal)} {rng.choice(verb)} {rng.choice(tail)}.")
    return "\n".join(lines)[:length]


def varied_ends_loop(seed: int, length: int = 4000) -> str:
    """A loop whose first and last words change every sentence, one paragraph, no line breaks."""
    rng = random.Random(seed)
    first = "Honestly Really Maybe Well So Yes Sure Still Now Then".split()
    last = "today tomorrow forever again later soon now always".split()
    out: list[str] = []
    while sum(len(x) + 1 for x in out) < length:
        out.append(
            f"{rng.choice(first)}, I have been a big fan of her music and her style for a long time "
            f"{rng.choice(last)}."
        )
    return " ".join(out)[:length]


def unpunctuated_loop(length: int = 4000) -> str:
    """A loop with no punctuation at all, starting as a continuation of the prompt."""
    return (" and the dog sat down and then the dog stood up" * 200)[:length]


def dialogue_loop(length: int = 4000) -> str:
    """A base model writing both sides of the dialogue, round and round, with small variations."""
    rng = random.Random(7)
    lines = []
    while sum(len(x) + 1 for x in lines) < length:
        lines.append(f"Customer: I {rng.choice(['did not', 'didn’t', 'never'])} get the {rng.choice(['blanket', 'item'])}")
        lines.append(f"Agent: I'm {rng.choice(['so ', 'very ', ''])}sorry to hear that. Which item was it?")
    return "\n".join(lines)[:length]
