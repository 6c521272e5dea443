"""How fast are the judges? Prints outputs judged per second, on one core.

    .venv/bin/python bench/bench_judges.py [--seconds 2]

Rows:
  course outputs      the 11 outputs the course printed (why_finetune/report/data/course-outputs-2023-08.json,
                      beside the repository; skipped if missing), 250-1,200 characters each
  4,000-char loops    generated greedy-decoding loops: a line with a varying word, a line with varying
                      first and last words, a loop with no punctuation, a dialogue written both ways,
                      an identical line; each exactly 4,000 characters
  4,000-char prose    4,000-character windows of English prose that does not loop: a long chat-style
                      answer, and the Python reference manual's prose (stdlib pydoc_data), paragraphs
                      unwrapped, code blocks dropped
  4,000-char lines    a stress row, not a target: 570 lines of three words ("x y z."), many more
                      lines than real outputs have, for the cost per line

The process is pinned to one CPU (Linux) and runs single-threaded. Each row is timed for a wall-clock
budget, best of three rounds. "outputs/s" is per wall-clock second; "outputs/CPU-s" per second of this
process's CPU time, i.e. per second of the one core it runs on, which stays meaningful when other
processes share the machine. The target is 1,000 outputs per second on one core for the
4,000-character rows, checked on outputs/CPU-s (and wall-clock on an idle machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from why_finetune.judges import judge  # noqa: E402

REFERENCE = ROOT / "why_finetune/report/data/course-outputs-2023-08.json"
DOG = "Tell me how to train my dog to sit"
MARS = "What do you think of Mars?"
TAYLOR = "taylor swift's best friend"
DIALOGUE = (
    "Agent: I'm here to help you with your Amazon deliver order.\nCustomer: I didn't get my item\n"
    "Agent: I'm sorry to hear that. Which item was it?\nCustomer: the blanket\nAgent:"
)
SIZE = 4000


def fill(make_line, sep: str = "\n") -> str:
    parts: list[str] = []
    while sum(len(p) + len(sep) for p in parts) < SIZE:
        parts.append(make_line())
    return sep.join(parts)[:SIZE]


def loops() -> list[tuple[str, str]]:
    rng = random.Random(2023)
    verbs = "go stay live build mine farm dance sing work rest swim fly travel wander settle explore".split()
    first = "Honestly Really Maybe Well So Yes Sure Still Now Then".split()
    last = "today tomorrow forever again later soon now always".split()
    return [
        (MARS, fill(lambda: f"I think we {rng.choice(['should', 'could', 'might'])} {rng.choice(verbs)} there.")),
        (
            TAYLOR,
            fill(
                lambda: f"{rng.choice(first)}, I have been a big fan of her music for a long time {rng.choice(last)}.",
                " ",
            ),
        ),
        (DOG, fill(lambda: "and the dog sat down and then the dog stood up", " ")),
        (DIALOGUE, fill(lambda: f"Customer: I didn't get the {rng.choice(['blanket', 'item'])}\nAgent: I'm sorry to hear that.")),
        (f"[INST]{DOG}[/INST]", fill(lambda: "I'm not sure how to train my dog to sit on a chair.")),
    ]


# A greedy loop in Japanese and one in Chinese: a character is a word there, so 4,000 characters are about
# 3,500 words, four times an English loop's.
JAPANESE = "指示：日本の首都について教えてください。\n回答："
JAPANESE_LINES = ("日本の首都は東京です。", "東京には多くの人が住んでいます。", "東京は日本の政治と経済の中心です。",
                  "毎年たくさんの観光客が東京を訪れます。")
CHINESE = "指示：请介绍一下中国的首都。\n回答："
CHINESE_LINES = ("中国的首都是北京。", "北京有很多名胜古迹。", "北京是中国的政治和文化中心。", "每年有很多游客来北京旅游。")


def japanese_loop() -> list[tuple[str, str]]:
    return [(JAPANESE, fill(cycle(JAPANESE_LINES).__next__))]


def chinese_loop() -> list[tuple[str, str]]:
    return [(CHINESE, fill(cycle(CHINESE_LINES).__next__))]


LONG_ANSWER = (
    "Teaching a dog to sit is usually the first command owners work on, and for good reason: it is easy to "
    "reward, it gives an excited dog something calm to do, and it becomes the building block for stay, down "
    "and polite greetings. Here is a method that works for puppies and adult dogs alike.\n\nWhat you need\n"
    "- A handful of small, soft treats your dog really likes.\n- A quiet room without other pets or a "
    "television competing for attention.\n- Five minutes, two or three times a day.\n\nStep-by-step\n"
    "1. Kneel in front of your dog and let it sniff a treat held between your fingers.\n2. Move the treat "
    "slowly up and back over its head. As the nose follows the food, the hindquarters fold to the floor.\n"
    "3. The instant its bottom touches the ground, mark the moment with a cheerful yes and hand over the "
    "treat.\n4. Release it with a word such as okay and take a step back so it stands up again.\n5. Repeat "
    "five to eight times, then stop while it is still enjoying the game.\n6. Once the lure works, say sit "
    "just before you move your hand.\n7. Over the next week make the hand movement smaller until the word "
    "alone is enough.\n\nCommon problems\n- It jumps up: you are holding the treat too high.\n- It backs "
    "away: practise with its rear end near a wall.\n- It pops straight up: reward faster and lower.\n\n"
    "Making it last\nDogs learn what pays. In the first weeks reward every correct response; later switch "
    "to praise, a game of tug or the chance to go through a door, and give food only now and then. Ask "
    "for a sit before meals, before the lead goes on and before you throw a ball, so the behaviour becomes "
    "part of daily routines rather than a trick. Avoid pushing on its hindquarters: pressure can make a "
    "young animal anxious and teaches nothing it can repeat on its own. Do not repeat the cue over and "
    "over; if it does not respond, go back a step and lure again.\n\nHow long will it take?\nMost puppies "
    "offer a lured sit within one session and respond to the word within a week or two. Older animals "
    "with a history of jumping on people may need longer, but the principle is the same: make the right "
    "choice easy, reward it generously and keep every session upbeat. A local class gives you a "
    "trainer's eye on your timing, which is the most common reason progress stalls. A reliable sit keeps "
    "your companion safe at the kerb, stops it bolting out of an open car door and gives visitors a calm "
    "welcome. With patience and plenty of rewards you will have a pet that sits whenever you ask, and the "
    "foundation for everything else you want to teach, from a solid stay to loose-lead walking and a recall "
    "that works in the park, on the beach and in the busy street outside your front door on a rainy evening."
)


def prose() -> list[tuple[str, str]]:
    from pydoc_data.topics import topics

    items = [(DOG, (LONG_ANSWER + "\n\n" + LONG_ANSWER[:2000])[:SIZE])]
    for name in ("compound", "execmodel", "specialnames", "typesseq", "import", "formatstrings"):
        text = topics[name]
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if not p.startswith("   ")]
        text = "\n\n".join(paragraphs)
        for start in range(0, len(text) - SIZE, SIZE):
            items.append((f"Tell me about {name}", text[start : start + SIZE]))
    return items


def stress() -> list[tuple[str, str]]:
    return [(DOG, ("x y z.\n" * 600)[:SIZE])]


def course() -> list[tuple[str, str]]:
    if not REFERENCE.exists():
        return []
    return [(r["prompt"], r["output"]) for r in json.loads(REFERENCE.read_text(encoding="utf-8"))["records"]]


def measure(items: list[tuple[str, str]], seconds: float) -> tuple[float, float]:
    """(outputs per wall-clock second, outputs per CPU second), best of three rounds."""
    for prompt, output in items:  # warm caches (parsed prompts, compiled patterns)
        judge(prompt, output)
    best_rate, best_cpu = 0.0, float("inf")
    for _ in range(3):
        n = 0
        wall, cpu = time.perf_counter(), time.process_time()
        while time.perf_counter() - wall < seconds / 3:
            for prompt, output in items:
                judge(prompt, output)
            n += len(items)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_rate = max(best_rate, n / wall)
        best_cpu = min(best_cpu, cpu / n)
    return best_rate, 1 / best_cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time budget per row (default 2)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rows = [
        ("course outputs", course(), False),
        ("4,000-char loops", loops(), True),
        ("4,000-char prose", prose(), True),
        ("4,000-char lines (stress)", stress(), False),
    ]
    print(f"{'input':28} {'n':>4} {'chars':>6} {'outputs/s':>10} {'outputs/CPU-s':>14}  target 1,000/s")
    for name, items, targeted in rows:
        if not items:
            print(f"{name:28} {'-':>4}  skipped: {REFERENCE} not found")
            continue
        chars = sum(len(o) for _, o in items) // len(items)
        rate, cpu_rate = measure(items, args.seconds)
        verdict = ("met" if cpu_rate >= 1000 else "NOT MET") if targeted else "-"
        print(f"{name:28} {len(items):>4} {chars:>6} {rate:>10,.0f} {cpu_rate:>14,.0f}  {verdict}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.2f} on {os.cpu_count()} CPUs while measuring; wall-clock rates drop when it is high)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
