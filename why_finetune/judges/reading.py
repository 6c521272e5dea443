"""One output read once against its prompt: what every measure looks at.

The prompt's question (whatever template wrapped it) and whether it is a dialogue; the output
cleaned, split into units and words; and the findings several measures share (loops, turns, the
continuation of the prompt's sentence), each worked out the first time a measure asks for it.
"""

from __future__ import annotations

from functools import cached_property

from why_finetune.judges import dialogue as dlg
from why_finetune.judges.echo import find_continuation, find_voice
from why_finetune.judges.loops import find_loops
from why_finetune.judges.question import read_question
from why_finetune.judges.text import all_words, clean_output, parse_prompt, split_units
from why_finetune.judges.thresholds import Thresholds


class Reading:
    def __init__(self, prompt: str, output: str, thresholds: Thresholds):
        self.output = output
        self.thresholds = thresholds
        self.prompt = parse_prompt(prompt)
        self.dialogue = dlg.parse_dialogue(self.prompt.query)
        self.cleaned = clean_output(output)
        self.text, self.lower = self.cleaned.text, self.cleaned.lower
        labels = self.dialogue.speakers if self.dialogue else dlg.USER_SIDE_LABELS
        self.units = split_units(self.cleaned, labels)
        self.words = all_words(self.units)
        self.total = len(self.words)

    @property
    def plain(self) -> bool:
        """A plain question or request, not a dialogue to continue."""
        return self.dialogue is None

    @cached_property
    def question(self):
        return read_question(self.prompt.query)

    @cached_property
    def loops(self):
        t = self.thresholds
        return find_loops(
            self.units, self.words, near_duplicate=t.loop_near_duplicate,
            onset_density=t.loop_onset_density, min_repeats=t.loop_min_repeats,
        )

    @cached_property
    def turns(self):
        return dlg.find_turns(self.cleaned, self.dialogue)

    @cached_property
    def continuation(self):
        """The words that finish the prompt's sentence (plain prompts only; none for a dialogue)."""
        return find_continuation(self.prompt.query, self.cleaned) if self.plain else None

    @property
    def own_start(self) -> int:
        """Where the output's own text starts: after a continuation of the prompt's sentence."""
        cont = self.continuation
        return cont.end if cont else 0

    @cached_property
    def voice(self):
        return find_voice(self.prompt.query, self.cleaned)
