"""One output read once against its prompt: what every measure looks at.

The prompt's question (whatever template wrapped it) and whether it is a dialogue; the output
cleaned, split into units and words; and the findings several measures share (loops, turns, the
continuation of the prompt's sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from itertools import chain, compress, count
from operator import eq

from why_finetune.judges import dialogue as dlg
from why_finetune.judges.asking_words import asked_by_a_language_label
from why_finetune.judges.boilerplate import trail_to
from why_finetune.judges.choices import lettered_choices
from why_finetune.judges.code import completes_a_stub, fills_the_middle
from why_finetune.judges.echo import (
    find_continuation,
    find_line_again,
    find_question_again,
    find_voice,
    prompt_fields,
    written_for_the_asker,
)
from why_finetune.judges.field_value import VALUE_MAX_WORDS, find_field_value
from why_finetune.judges.formats import lists_options
from why_finetune.judges.inline_examples import example_labels, example_shape
from why_finetune.judges.loops import find_loops, outside_finished_blocks
from why_finetune.judges.options import says_a_quoted_output
from why_finetune.judges.passage import NO_PASSAGE, find_passage, instruction_before_passage, text_before_an_open_label
from why_finetune.judges.pieces import asks_for_questions, ends_in_a_tldr_field
from why_finetune.judges.question import INSTRUCTION_VERBS, PIECE, REWRITE, TRANSLATION, read_question
from why_finetune.judges.role_tags import turns_as_labels, uses_role_tags
from why_finetune.judges.text import (
    NL_TOKEN,
    SUMMARY_FIELD_LABELS,
    UNIT_WORDS,
    all_words,
    begins_the_answer,
    blocks_by_design,
    clean_output,
    code_fences,
    finished_blocks,
    less_the_fields,
    opens_the_models_turn,
    parse_prompt,
    rinnas_template,
    split_units,
)
from why_finetune.judges.thresholds import Thresholds

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
# The verbs a last sentence asking for more after a text opens with ("Make it into a question.", "Turn it into ...").
_MORE_ASKED_VERBS = INSTRUCTION_VERBS | frozenset("make turn change put phrase end start begin use keep".split())
_POLITE_OPENING_RE = re.compile(r"\s*(?:(?:please|kindly|now|then|also)\b[\s,]*|(?:can|could|would|will) you\b\s*)+")
_SUMMING_UP = frozenset("summarize summarise condense shorten tldr".split())  # verbs asking for a text summed up


class Reading:
    # Worked out once, in the constructor: every measure of a non-empty output needs the loops, the
    # turns and the continuation, and plain attributes cost less than lazy ones on this hot path.
    def __init__(self, prompt: str, output: str, thresholds: Thresholds):
        if "<" in prompt and uses_role_tags(prompt):
            output = turns_as_labels(output)  # the template's role tags, written by the model, are its turns' labels
        if NL_TOKEN in output and rinnas_template(prompt):
            output = output.replace(NL_TOKEN, "   \n")  # its line breaks, as long as the token: offsets point home
        self.output = output
        self.thresholds = t = thresholds
        self.prompt = parse_prompt(prompt)
        # Not a transcript: a passage and an open label naming the work ("Text: ...\nSummary:"), nor examples one a
        # line under labels each said once ("France: Paris\nJapan: Tokyo\n...\nKenya:"), nor a form's fields.
        self.dialogue = None if text_before_an_open_label(self.prompt.query) \
            or example_labels(self.prompt.text, t.inline_examples) \
            or (self.prompt.template in ("raw", "fields") and dlg.a_form(self.prompt.text)) \
            or lists_options(self.prompt.text) \
            else dlg.parse_dialogue(self.prompt.query)
        self.plain = self.dialogue is None  # a plain question or request, not a dialogue to continue
        self.cleaned = clean_output(output)
        self.text, self.lower = self.cleaned.text, self.cleaned.lower
        asker = self.prompt.asker
        labels = self.dialogue.speakers if self.dialogue else dlg.USER_SIDE_LABELS | ({asker} if asker else set())
        self.units = split_units(self.cleaned, labels)
        self.words = all_words(self.units)
        self.total = len(self.words)
        self.field_value = None
        if not self.total:
            return
        self.question = read_question(self.prompt.query)
        if self.question.kind != TRANSLATION and asked_by_a_language_label(self.prompt):
            self.question = replace(self.question, kind=TRANSLATION)  # "English: ...\nFrench:": a translation asked
        if self.total <= VALUE_MAX_WORDS and self.plain:
            # The whole output a few words long: a value for the prompt's open field? (field_value.py)
            self.field_value = find_field_value(self.prompt, self.question, self.text, self.words)
        loops_of = partial(
            find_loops, near_duplicate=t.loop_near_duplicate, onset_density=t.loop_onset_density,
            min_repeats=t.loop_min_repeats, list_max_items=t.loop_list_max_items,
            list_item_words=t.loop_list_item_words, block_repeat_max=t.loop_ngram_repeat, text=self.text,
        )
        self.loops = loops_of(self.units, self.words)
        # The units whose words no unit before says, as the loops found them (each line hashed there once): what
        # depends only on a line's words is read on these, once per distinct line (a loop says a few lines again
        # and again).
        self.said_first = list(compress(self.units, map(eq, self.loops.first_line, count())))
        # The output's distinct words, to ask whether it says any of a few: a set's test of a few words costs a few
        # lookups, not one a word.
        self.vocabulary = frozenset(chain.from_iterable(map(UNIT_WORDS, self.said_first)))
        # The loop measures read the output without the finished code blocks and formulas that say their lines again
        # by design (loops.outside_finished_blocks); the turns skip the lines of code fenced with its language.
        finished = finished_blocks(self.text)
        self.blocks = blocks_by_design(self.text, finished) if finished else []
        outside = outside_finished_blocks(self.units, self.blocks)
        self.loops_outside_blocks = self.loops if outside is self.units else loops_of(outside, all_words(outside))
        # A request for a piece of writing names its characters: a dialogue's "Customer:" is one of them.
        characters = self.question.words if self.question.kind == PIECE else frozenset()
        if characters and asks_for_questions(self.prompt.query):
            characters |= dlg.QA_LABELS  # a quiz or an FAQ asked for is laid out under "Q:" and "A:"
        if dlg.asks_for_question_lines(self.prompt.query):
            characters |= dlg.OTHER_QUESTION_LABELS  # "Schreibe ein Quiz mit zwei Fragen": its "Frage:" lines
        if not {"comment", "comments"}.isdisjoint(self.question.words):
            characters |= {"comment"}  # "Write a comment on this post": "Comment: ..." is what it asks for
        # A chatbot or an assistant the request talks about ("a scene where a chatbot helps ...", "Define: AI
        # assistant, GPT") is what the output names: its label is a character's, not the replier's next turn.
        characters |= dlg.replier_labels_named(self.prompt.query)
        # A multiple-choice question's option letters ("A: ...", "B: ...") name options, not an answer's label.
        characters |= frozenset(lettered_choices(self.prompt.query))
        self.turns = dlg.find_turns(self.cleaned, self.dialogue, code_fences(self.text, finished), asker,
                                    frozenset(label.lstrip("#") for label in prompt_fields(self.prompt.raw)), characters,
                                    dlg.words_said(self.prompt.query))
        # The words that finish the prompt's sentence (plain prompts only; none for a dialogue),
        # and where the output's own text starts, after them.
        # Not after an open field ("### Response:", "A:"): the output fills the field, it cannot go on
        # with the question's sentence, however it starts ("def bubble_sort(arr):"). Nor after a chat
        # template's special token opening the model's turn ("<start_of_turn>model", "[/INST]"): a reply in
        # lower case ("enhancement, maintenance") is still a reply.
        # Nor after the open example of a few-shot line ("...; cheese =>"): it is completed, as a field is filled.
        # Nor where the prompt has begun the answer in its field ("### Answer:\nThe sentiment is"): it is finished.
        # Nor under a function's head the prompt leaves without its body (code.completes_a_stub): the output writes it.
        # Nor after a fill-in-the-middle prompt's middle token (code.fills_the_middle): the output is the middle
        # (unless it writes the prompt's suffix out again).
        self.completes_code = self.plain and completes_a_stub(self.prompt.raw, output)
        fills_a_field = self.prompt.template in ("instruction", "fields") or opens_the_models_turn(self.prompt.raw) \
            or bool(example_shape(self.prompt.text, t.inline_examples)) or begins_the_answer(self.prompt.raw) \
            or says_a_quoted_output(self.prompt.query, output) or self.completes_code \
            or fills_the_middle(prompt, output)
        # A trail of a site's sections ending at the question ("Help Center > Internet > <the question>"), read once
        # for the continuation (opening the output, it heads the page) and the page's chrome (boilerplate.py).
        self.trail = trail_to(self.prompt.query, self.text) if self.plain else None
        self.continuation = (find_continuation("" if fills_a_field else self.prompt.query, self.cleaned,
                                               None if fills_a_field else self.trail)
                             if self.plain else None)
        self.own_start = self.continuation.end if self.continuation else 0
        # The output began by finishing the prompt's sentence (a page's title going on is no sentence of the asker's).
        self.continued = self.continuation is not None and self.own_start > 0 and not self.continuation.title
        # The whole question said again at the opening (echo.question_again): the reply starts after it.
        self.question_again = find_question_again(self.prompt.query, self.units, self.own_start, self.text)
        if not self.question_again.end and self.prompt.template == "instruction":
            # ... or, under an instruction template, its instruction said again before the input's answer
            # ("Rank these topics by importance:" then "Fitness: 3 ...").
            instruction = instruction_before_passage(self.prompt.query)
            if instruction != self.prompt.query:
                self.question_again = find_question_again(instruction, self.units, self.own_start, self.text)
        if not self.question_again.end and self.plain:
            # ... or its question's line, or the text to translate or sum up, said again above the reply.
            self.question_again = find_line_again(self.prompt.query, self.units, self.own_start, self.text,
                                                  thresholds.question_again_words, self._works_on_a_text())
        # The text the prompt's instruction works on, in labelled fields ("Input: ..."): see passage.py.
        self.passage = find_passage(self.prompt.raw, self.prompt.text, asker) if self.plain else NO_PASSAGE
        # The request, less a text it gives to sum up or rework: a question the request demands is named there, not in a
        # dialogue to sum up ("summarize dialogue: Martha: Hey, can I ask you a question? ..."). (Where a question in
        # the output is let be as the work asked for, the whole prompt is read: the text may be one to correct.)
        self.asking = self._request_less_its_text() \
            if self.plain and (self._sums_up() or self.question.kind == REWRITE) else self.prompt.query
        # The asker's voice is no drift in a text written for them to send ("help me write a cover letter"): none read.
        self.voice = find_voice(self._asking_text(), self.cleaned) \
            if self.plain and not written_for_the_asker(self.prompt.query) else None

    def _sums_up(self) -> bool:
        """Does the request ask for its text summed up ("Summarize: ...", "summarize dialogue: ...", a "Summary:" or
        "TL;DR:" field left open under it)?"""
        instruction = self.question.instruction
        last = self.prompt.query.rstrip().rsplit("\n", 1)[-1].strip().lower().rstrip(":\uff1a").strip()
        return last in SUMMARY_FIELD_LABELS or (instruction is not None and instruction.split()[0].rstrip(":") in _SUMMING_UP)

    def _request_less_its_text(self) -> str:
        """A request to sum up or rework a text, the text left out: its first paragraph, before a colon on its first
        line ("summarize dialogue" of "summarize dialogue: Martha: ..."), and for a rework a last sentence asking for
        more after the text ("Rewrite this sentence: The museum opens at nine. Please make it into a question.");
        nothing where "TL;DR:" closes the text."""
        query = self.prompt.query
        if ends_in_a_tldr_field(query):
            return ""
        first = query.lstrip().partition("\n\n")[0]
        head, colon, _ = first.partition(":")
        head = head if colon and "\n" not in head else first
        if not self._sums_up():  # (a text to sum up may end in an order of its own: "Write down ...")
            last = _SENTENCE_END_RE.split(query.rstrip())[-1]
            opener = _POLITE_OPENING_RE.sub("", last.lower()).split(maxsplit=1)[:1]
            if opener and opener[0] in _MORE_ASKED_VERBS and head not in last:
                head += "\n" + last
        return head

    def _works_on_a_text(self) -> bool:
        """Does the request ask for its text in other words: translated, or summed up ("Summarize: ...", a
        "Summary:" or "TL;DR:" field left open under it)?"""
        return self.question.asks_for_a_translation or self._sums_up()

    def _asking_text(self) -> str:
        """The prompt's own asking, without a text it gives to work on: a post under "POST:" to sum up, the text
        after "Rewrite this more formally:". That text's "my keys" are its writer's, which a summary or a rewrite
        keeps; only the asker's own "my dog" is theirs (echo.find_voice)."""
        query = self.prompt.query
        if ends_in_a_tldr_field(query):
            return ""  # "TL;DR:" closing the prompt: everything above it is the text to sum up
        query = less_the_fields(query, self.passage.fields)
        if self.question.kind == REWRITE:
            query = instruction_before_passage(query)
            head, colon, _ = query.partition(":")
            if colon and "\n" not in head:
                query = head  # "Rewrite this more formally: I lost my keys ..."
        return query
