"""Dialogues: whose turn the output is, and where it starts writing other people's turns.

A dialogue prompt is a transcript of labelled lines ("Agent: ...", "Customer: ...") that ends on
an open turn ("Agent:"). The model is asked to say that speaker's next line, and only that. A base
model writes both sides: its output soon contains "Customer: ..." lines. A chat model may too,
after a good first turn.

For a plain question there is no transcript, but a base model often carries on as if it were one:
"Q: ... A: ...", "User: ...". A line that opens with a *user-side* label is the model writing the
asker's next turn. Assistant-side labels ("Answer:", "A:", "Assistant:") alone are not counted: a
reply may legitimately be headed "Answer:".

Labels are only recognised at the start of a line, case-insensitively ("customer:" counts).

A plain question answered as a forum or Q&A thread is the base model continuing a Q&A page: its
answer-side labels open several turns ("A: I think you need ... A: You can also ..."), or stand
alone on their line, the layout of a Q&A page ("A:" then the answer below it). A chat reply heads
its answer inline once ("Answer: Paris."), if at all.

* ``turns.other_speaker``: lines opened by another speaker's label.
* ``turns.thread``: marks of a Q&A thread: each line an answer label opens counts one, and one
  that stands alone on its line (a page's answer header) counts one more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import OPEN_FIELD_RE, WORD_RE, Cleaned, begins_the_answer, excerpt, has, unnumbered_label
from why_finetune.judges.thresholds import threshold

_PROMPT_LINE_RE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z0-9 _'-]{0,30}?)[ \t]*:[ \t]*(.*)$", re.MULTILINE)

# ... and the question's label in the other languages the judges read ("Frage:", "Pregunta:"): the asker's next turn.
# (An answer's label in them, "Antwort:" alone on the reply's first line, heads the reply.)
OTHER_QUESTION_LABELS = frozenset({"frage", "pregunta", "domanda", "pergunta", "vraag"})
# ... and an instruction template's request label in them, headed as a template heads it ("### 指示:", "### Anweisung:"):
# the next request's.
OTHER_INSTRUCTION_LABELS = frozenset({"指示", "指令", "지시", "anweisung", "instrucción", "instrução", "istruzione"})
# The asker's label in a chat transcript's turns, and the words of a request for such an exchange written out (a
# dataset's sample entry, a story or a scene with a chat in it), where the label is the piece's.
_TURN_ASKERS = frozenset({"user", "human"})
_EXCHANGES = frozenset("sample samples example examples entry entries dataset story scene script dialogue dialog "
                       "conversation conversations transcript chat chats exchange".split())
# "Comment:" is a forum thread's next post, by someone else ("Comment: But if there were no barriers ...").
USER_SIDE_LABELS = frozenset({
    "user", "human", "q", "question", "me", "customer", "client", "instruction", "prompt", "input", "student",
    "comment",
}) | OTHER_QUESTION_LABELS | OTHER_INSTRUCTION_LABELS
# A request for questions in those languages (a quiz, questions, an FAQ): its question lines are the piece's.
ASKS_FOR_QUESTIONS_RE = re.compile(
    r"\b(?:quiz\w*|fragen|fragebogen|preguntas|cuestionario|domande|perguntas|vragen|faq)\b", re.IGNORECASE
)


@lru_cache(maxsize=256)
def asks_for_question_lines(query: str) -> bool:
    """Does the request ask for questions in those languages (ASKS_FOR_QUESTIONS_RE)? Read once per prompt."""
    return ASKS_FOR_QUESTIONS_RE.search(query) is not None


ANSWER_SIDE_LABELS = frozenset({"a", "answer", "answers", "reply", "response", "best answer", "accepted answer",
                                "応答", "回答", "답변", "응답"})
# How a forum's page labels its answers ("A:" in a StackExchange dump, "Best answer:").
_FORUM_ANSWER_LABELS = frozenset({"a", "best answer", "accepted answer"})
QA_LABELS = frozenset({"q", "question", "a", "answer"})  # the layout of questions and their answers
# The label of the question in a reading task's layout ("Context: ...\nQuestion: ...?"), in the languages the
# judges know: a field, no speaker.
QUESTION_LABELS = frozenset(
    "question q query pregunta frage domanda pergunta вопрос питання spørsmål vraag 질문 質問 问题 問題 设问 pertanyaan swali "
    "soru pytanie otázka spørgsmål fråga kysymys ερώτηση प्रश्न سوال سؤال".split()
)


@dataclass(frozen=True)
class Dialogue:
    speakers: frozenset[str]  # lower-case labels
    role: str  # lower-case label of the speaker the model must play
    role_label: str  # as written in the prompt, for messages
    last_turn: str = ""  # what the other side said last, the turn the output answers ("What is the capital of France?")


@lru_cache(maxsize=256)
def parse_dialogue(query: str) -> Dialogue | None:
    """The transcript's speakers and the role to play, or None if the query is not a dialogue.

    A dialogue has at least two labelled lines by at least two speakers, and labelled lines make up
    at least half of its non-empty lines. The role to play is the label of the last line when that
    line is an open turn ("Agent:"); otherwise, with exactly two speakers, the one who did not
    speak last.
    """
    lines = [ln for ln in query.splitlines() if ln.strip()]
    labelled = [(m.group(1), m.group(2)) for m in _PROMPT_LINE_RE.finditer(query)]
    if len(labelled) < 2 or len(labelled) * 2 < len(lines):
        return None
    if _opens_with_an_instruction(lines[0]) or any(_opens_with_an_instruction(label) for label, _ in labelled):
        # A task on labelled fields or on a transcript ("Summarize the conversation below"), not a turn to
        # take; and a label that is a request ("Analyze this newsletter item:", "Provide a JSON response
        # with:") heads a field of a task: a speaker's label is a name or a role.
        return None
    names = {label.lower(): label for label, _ in labelled}
    if len(names) < 2:
        return None
    if a_form(query):
        return None  # a form's fields, each label said once ("Name: Anna\nAge: 34\nCity: Oslo\nJob:"): nobody speaks
    if all(_PLACEHOLDER_VALUE_RE.fullmatch(text) or text.strip().lower() == f"<{label.lower()}>"
           for label, text in labelled):
        return None  # a template to fill ("Answer: [short answer]\nExplanation: [detailed explanation]"): nobody speaks
    if _a_question_about_them(lines[-1], names):
        return None
    last_label, last_text = labelled[-1]
    if not last_text.strip() and (not _PROMPT_LINE_RE.match(lines[0]) or labelled[0][0].lower() in _TASK_LABELS) and \
            sum(label.lower() == last_label.lower() for label, _ in labelled) == 1:
        # A task, then its fields ("Input: ...", "Output:"): the open field never spoke before. The task may wear a
        # label of its own ("Definition: In this task, ...", "Instructions: Given a set of four words, ...").
        return None
    if (not _PROMPT_LINE_RE.match(lines[0]) or last_label.lower() in QUESTION_LABELS) \
            and last_text.rstrip().endswith(("?", "\uff1f")) and len(names) == len(labelled):
        # A task, then its fields, each said once, the last one asking ("Answer the question based on
        # the context below.", "Context: ...", "Question: When was ...?"): the question is to be
        # answered, not a turn of a transcript to reply to in the other field's name. So too with no task
        # line before the fields when the asking one is labelled a question ("Context: ...\nQuestion: ...?"):
        # that is a field of the Q&A layout, no speaker.
        return None
    if not last_text.strip() or (begins_the_answer(query) and not QUESTION_LABELS.isdisjoint(names)):
        # The last field open, or, in a layout of questions, the answer begun ("Q: What is the capital of France?\nA:
        # The capital of France is"): the output speaks, or goes on speaking, under the last label. (In a transcript
        # of A and B, A's last line may lack its full stop: B replies.)
        role = last_label
        last_turn = next((text for label, text in reversed(labelled[:-1]) if label.lower() != role.lower()), "")
    elif len(names) == 2:
        role = next(label for key, label in names.items() if key != last_label.lower())
        last_turn = last_text
    else:
        return None
    return Dialogue(frozenset(names), role.lower(), role, last_turn.strip())


def _a_question_about_them(last_line: str, names: dict[str, str]) -> bool:
    """Is the prompt's last line a question of its own, no speaker's, that names the speakers ("Do Lin and Lucie
    have a lot of bread?" under their exchange)? It asks about the transcript, a reading test's question: it is
    answered, no turn is taken. (A speaker's turn going on to a second line names no speaker: "Where is it?")"""
    if _PROMPT_LINE_RE.match(last_line) or not last_line.rstrip().endswith(("?", "\uff1f")):
        return False
    return not names.keys().isdisjoint(WORD_RE.findall(last_line.lower()))


# A field's value that is only a placeholder in brackets: "[short answer]", "{explanation}", "<your name>" (in angle
# brackets, words, or the field's own label, "Unit: <unit>": "Alice: <waves>" is a stage direction).
_PLACEHOLDER_VALUE_RE = re.compile(r"\s*(?:\[[^\]\n]{1,60}\]|<[^>\n]{0,30} [^>\n]{1,30}>|\{[^}\n]{1,60}\})\s*")
FORM_MIN_FIELDS = 4  # "Name: Anna\nAge: 34\nCity: Oslo\nJob:"; two or three labels once each may be a short exchange
FORM_VALUE_MAX_WORDS = 4  # "Anna", "34", "forest ranger": a value, not a speaker's sentence


@lru_cache(maxsize=256)
def a_form(text: str) -> bool:
    """Is the text a form: FORM_MIN_FIELDS labelled lines or more, each label said once, each value a few words and
    no sentence ("Name: Anna\nAge: 34\nCity: Oslo\nJob:")? Its fields are keys, no speakers taking turns; four
    friends each saying a line once ("Alice: Anyone up for pizza tonight?") speak sentences."""
    fields = [m.groups() for m in _PROMPT_LINE_RE.finditer(text)]
    labels = [label.lower() for label, _ in fields]
    return len(labels) >= FORM_MIN_FIELDS and len(set(labels)) == len(labels) and all(
        len(value.split()) <= FORM_VALUE_MAX_WORDS and not value.rstrip().endswith((".", "?", "!"))
        for _, value in fields)


_TASK_LABELS = frozenset({"definition", "instruction", "instructions", "task"})


def _opens_with_an_instruction(line: str) -> bool:
    from why_finetune.judges.question import INSTRUCTION_VERBS, LABEL_VERBS

    if _PROMPT_LINE_RE.match(line):
        return False
    words = line.strip().lower().split()
    first = words[0].strip(".,:;!") if words else ""
    # "Answer the following question:", "Respond to the message below:": a request heading its field, though "Answer:"
    # alone is the answer's label.
    return first in INSTRUCTION_VERBS or first in LABEL_VERBS or (first in ANSWERING_VERBS and len(words) >= 3)


ANSWERING_VERBS = frozenset({"answer", "respond", "reply"})


@dataclass(frozen=True)
class Turns:
    first_turn_start: int  # where the output's own first turn starts (after an own-role label)
    first_turn_end: int  # where the first labelled turn starts (len(text) if none)
    other_turns: int  # lines opened by another speaker's label
    first_other: str  # that first line, for evidence
    first_other_at: int | None
    answer_turns: int = 0  # plain questions: lines opened by an answer-side label ("A:")
    answer_headers: int = 0  # ... of which the label stands alone on its line
    first_answer: str = ""  # the first such line, for evidence
    first_answer_at: int | None = None  # ... and where it starts
    opens_with_answer_label: bool = False  # the output's first line is opened by an answer label
    heads_its_reply: bool = False  # ... which is a worded one ("Answer:"), not a forum's ("A:", "Best answer:")
    answer_starts: tuple[int, ...] = ()  # where each line opened by an answer-side label starts
    replier_again: int = 0  # plain questions: lines opened by the replier's own label after its reply
    first_replier_again: str = ""  # the first such line, for evidence
    first_replier_again_at: int | None = None  # ... and where it starts


# A line opened by a field's label of a word or two other than "Comment:", with its value on the line ("Rating: 8/10",
# "Grade: C", "Summary: ..."; not "Here is why:"): the output is a form or a review, whose "Comment:" is one of its
# fields.
_VALUED_FIELD_RE = re.compile(r"^[ \t]*([a-z]+(?: [a-z]+)?):[ \t]*\S", re.MULTILINE)


def _field_labels(lower: str) -> list[str]:
    """The labels of a word or two that open lines with a value after them ("rating" of "Rating: 8/10")."""
    return [m.group(1) for m in _VALUED_FIELD_RE.finditer(lower)]


# The replier's own label in a chat transcript. Opening the output it heads the reply; after the reply it starts
# the transcript's next turn, as another speaker's label does ("A: Hypoglycemia\n\n\"Assistant\":\nA:").
REPLIER_LABELS = frozenset({"assistant", "ai assistant", "chatbot", "chatgpt", "gpt"})
_QUOTES = "\"\u201c\u201d"
_JSON_VALUE_RE = re.compile(r"[ \t]*(?:[\"\u201c{\[\d-]|true\b|false\b|null\b|none\b)|.*,[ \t]*$")
# The replier described to itself ("You are Apertus, a helpful assistant ..."): no chatbot the request talks about.
_PERSONA_RE = re.compile(r"\byou are\b[^.\n]*", re.IGNORECASE)


@lru_cache(maxsize=256)
def replier_labels_named(query: str) -> frozenset[str]:
    """The replier's labels whose words the request says ("a scene where a chatbot helps ...", "Define: AI assistant,
    GPT"), outside a sentence describing the replier to itself: what the output talks about, a character's label."""
    said = set(WORD_RE.findall(_PERSONA_RE.sub(" ", query).lower()))
    return frozenset(label for label in REPLIER_LABELS if said.issuperset(label.split()))


# "Q." alone on its line: a Q&A page's next question, its label ending in a full stop.
_BARE_Q_RE = re.compile(r"^[ \t]*q\.[ \t]*$", re.MULTILINE)


_LINE_LABEL_RE = re.compile(r"^[ \t]*#*[ \t]*[^\W\d_]+[ \t]*:", re.MULTILINE)


@lru_cache(maxsize=256)
def words_said(query: str) -> frozenset[str]:
    """The request's words, lower case, the labels opening its lines left out ("### Human:")."""
    return frozenset(WORD_RE.findall(_LINE_LABEL_RE.sub(" ", query).lower()))


def _in_spans(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Is a position inside one of the (sorted, apart) spans? One bisection a line, not a pass over every span."""
    starts = [a for a, _ in spans]

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < spans[k][1]
    return inside


# A numbered dataset's entry ("21. Instruction: ...\n21. Input:\n<noinput>\n21. Output:"): its request's fields, one
# after the other under the entry's one number, where a list's items count on ("1. Input: a list\n2. Output: the list
# sorted", two such lists one under the other) and a study guide numbers its own "1. Question:", "1. Answer:".
_ITEM_NUMBER_RE = re.compile(r"(\d{1,3})[.)][ \t]+")
_NUMBERED_FIELD_RE = re.compile(r"(?:^|(?<=[.!?\s]))(\d{1,3})[.)][ \t]+([^\W\d_][^:\n]{0,20}):", re.MULTILINE)
_ENTRY_FIELDS = frozenset({"instruction"}) | OTHER_INSTRUCTION_LABELS
# A request about such data (its rows, fields, examples, exercises): entries shown in a reply are what it asks for.
_ABOUT_ENTRIES = frozenset("instruction instructions input inputs output outputs example examples dataset datasets data "
                           "row rows pair pairs exercise exercises field fields format structure task tasks".split())


def _numbers_of_entries(lower: str) -> frozenset[str]:
    """The numbers that head an instruction and the field right after it ("21. Instruction: ...\n21. Input:")."""
    if "instruction" not in lower and not any(label in lower for label in OTHER_INSTRUCTION_LABELS):
        return frozenset()  # (most outputs hold no instruction field: a substring test, not a scan)
    fields = [(number, label.strip()) for number, label in _NUMBERED_FIELD_RE.findall(lower)]
    return frozenset(a[0] for a, b in zip(fields, fields[1:]) if a[0] == b[0] and a[1] in _ENTRY_FIELDS)


def find_turns(cleaned: Cleaned, dialogue: Dialogue | None, code: list[tuple[int, int]], asker: str = "",
               prompt_labels: frozenset[str] = frozenset(), characters: frozenset[str] = frozenset(),
               asked: frozenset[str] = frozenset()) -> Turns:
    """Scan the output's labelled lines.

    For a dialogue, "other" means any transcript speaker but the role; for a plain question, any
    user-side label but the `characters` of a dialogue the request asks for ("Write a dialogue between
    a customer and a waiter": "Customer:" is a character, not the asker). The first turn is the text
    before the first labelled line, after an optional leading label of the role itself ("Agent: I see
    ..." is still the agent's first turn). `asked`: the request's words, a heading on which is a section's.
    `code`: the finished blocks fenced with a programming language's name, whose lines ("user: bool = False,",
    "input:") are nobody's turns (text.code_fences).
    """
    lower = cleaned.lower
    if dialogue is not None:
        speakers, own = dialogue.speakers, dialogue.role
        # A numbered label ("Exercise 1:", "Ejercicio 1:") is one speaker, whatever the number: the
        # output's "Exercise 2:" is that speaker's next turn. Not where the number tells speakers
        # apart ("Speaker 1:", "Speaker 2:").
        numbered = len({unnumbered_label(s) for s in speakers}) == len(speakers) and any(s[-1:].isdecimal() for s in speakers)
        if numbered:
            speakers, own = frozenset(map(unnumbered_label, speakers)), unnumbered_label(own)
    else:
        speakers, own = ((USER_SIDE_LABELS | {asker}) if asker else USER_SIDE_LABELS) - characters, ""
        if "comment:" in lower and any(label.split()[0] != "comment" for label in _field_labels(lower)):
            speakers -= {"comment"}  # "Grade: C\nComment: ...": a field of a review among its others, no post
        numbered = False
    start = 0
    first_turn_end = len(lower)
    other = 0
    first_other = ""
    first_other_at = None
    if ":" not in lower and not (asker and "\uff1a" in lower) and not (has(lower, "q.") and _BARE_Q_RE.search(lower)) \
            and not (prompt_labels and ("#" in lower or ("[" in lower and _BRACKETED_LABEL_LINE_RE.search(lower)))):
        return Turns(0, first_turn_end, 0, "", None)
    lead = len(lower) - len(lower.lstrip())  # offset of the output's first visible character
    answers = headers = again = valued = 0
    first_answer = first_again = first_valued = ""
    first_answer_at = first_again_at = first_valued_at = None
    opens = heads = False
    answer_starts: list[int] = []
    # Plain questions: the lines under a lead-in ending in a colon ("Example:", "For example:"), to the
    # next blank line, are what the reply introduces: "Input: [3, 9, 2]" there is a field of its
    # example, not the asker speaking. 0: none; 1: after a lead-in; 2: inside its block. A label of the
    # prompt's own format alone on its line ("Output:", `prompt_labels`) leads in nothing: it is that
    # format written again.
    example = 0
    plain_in_example = fields_in_example = 0  # lines with no label, and fields' lines, in the current lead-in's block
    in_code = _in_spans(code)
    # (Not where the request speaks of such data: numbered training examples, rows, input and output pairs asked for.)
    numbered_fields = _numbers_of_entries(lower) if (". " in lower or ") " in lower) and asked.isdisjoint(_ABOUT_ENTRIES) \
        else frozenset()
    for line_start, line in _lines(lower):
        pos = line_start + len(line) + 1
        if code and in_code(line_start):
            example = 2 if example else 0  # it goes on an example's block after a lead-in, as any line does
            continue  # a line of code is no speaker's turn
        if dialogue is None:
            shown = line.strip()
            if not shown:
                example = 1 if example == 1 else 0
                continue
            opened = example
            if shown.endswith(":") and shown[:-1].strip().lstrip("# \t") not in prompt_labels:
                example, plain_in_example, fields_in_example = 1, 0, 0
            else:
                example = 2 if example else 0
        colon = line.find(":", 0, 40)
        if colon < 0 and dialogue is None and shown == "q.":
            colon = len(line.rstrip()) - 1  # "Q." alone on its line (_BARE_Q_RE): its label ends at the stop
        if colon < 0 and asker:
            colon = line.find("\uff1a", 0, 40)  # "指示：" in a template that uses the wide colon
        if colon < 0 and "#" in line[:8] and line.strip().lstrip("# \t") in (prompt_labels & speakers) - asked:
            # "### Human" alone on its line: the prompt's turn label, its colon left out; not a section heading on a word
            # the request says ("comparing a human worker and an AI assistant, one heading each": "## Human").
            colon = len(line.rstrip())
        bracketed = _BRACKETED_LABEL_RE.match(line) if colon < 0 and "[" in line[:4] else None
        label = bracketed.group(1).strip().lower() if bracketed else ""
        if bracketed and label in (prompt_labels & speakers) - asked:
            # "[Question]A certain school has ...": the prompt's own asking label ("Question: ...\nAnswer:") in
            # brackets, its text after. Not a tag, a heading or a section the prompt never labels a field with
            # ("[User] opens the login page", "[Client]", "[Answer]", an INI file's "[user]").
            colon = bracketed.end() - 1
        elif colon < 0:
            plain_in_example += dialogue is None and bool(opened)
            continue
        else:
            label = line[:colon].strip()  # compared with known labels only, so no regex needed
        if label[:1].isdecimal() and numbered_fields:
            numbered_label = _ITEM_NUMBER_RE.match(label)
            if numbered_label and numbered_label.group(1) in numbered_fields:
                label = label[numbered_label.end() :]  # "21. Input:" under "21. Instruction:": that entry's field
        if label[:1] == "#":
            label = label.lstrip("# \t")  # "### Human:"
        if label[:1] in _QUOTES and label[-1:] in _QUOTES and not _JSON_VALUE_RE.match(line, colon + 1):
            # '"Assistant":' or '"User": And Venus?', a label in quotation marks, is that label; a quoted key with a
            # value after it ('"question": "What is ...",', '"input": 5', JSON or a dict) is no speaker.
            label = label.strip(_QUOTES)
        if dialogue is not None and numbered:
            label = unnumbered_label(label)
        if dialogue is None and label in ANSWER_SIDE_LABELS and label not in characters:
            example = 0  # "A:" alone on its line heads an answer, it leads in no example
            answers += 1
            headers += not line[colon + 1 :].strip()
            answer_starts.append(line_start)
            first_answer = first_answer or excerpt(cleaned.text[line_start : pos - 1])
            if first_answer_at is None:
                first_answer_at = line_start
            if line_start + len(line) - len(line.lstrip()) == lead:
                start = line_start + colon + 1  # the reply starts after its own leading label
                opens = True
                heads = label not in _FORUM_ANSWER_LABELS  # a worded label ("Answer:"), not a forum's
            continue
        if dialogue is None and label in REPLIER_LABELS and label not in characters:
            if line_start + len(line) - len(line.lstrip()) == lead:
                start = line_start + colon + 1  # "Assistant: ..." opening the output is the reply's own label
            elif not opened:
                # The replier's label again after its reply: the transcript's next turn. Alone on its line it is a
                # turn begun; with text after it, it may be a field among others (a glossary's "GPT: Generative
                # Pre-trained Transformer", a cast list's "Assistant: Leo"), decided below.
                bare = not line[colon + 1 :].strip()
                again += bare
                valued += not bare
                shown = excerpt(cleaned.text[line_start : pos - 1])
                if bare and first_again_at is None:
                    first_again, first_again_at = shown, line_start
                if first_valued_at is None:
                    first_valued, first_valued_at = shown, line_start
            continue
        if label not in speakers and label != own:
            fields_in_example += dialogue is None and bool(opened)
            continue
        if label in OTHER_INSTRUCTION_LABELS and not line.lstrip().startswith("#"):
            continue  # "Anweisung: 200 g Mehl ..." in a recipe, no template's request: only "### Anweisung:" is one
        if dialogue is None:
            # A lead-in's block may hold its example's fields ("Input: [3, 9, 2]", "User: admin"). Not a chat turn's
            # label after lines of the block's own, none of them a field ("Instructions:", its steps, then "Human: Write
            # a sentence in Spanish."), with a sentence after it: the asker's next turn.
            # A label right after a tag that ends the reply ("</answer>Human: ...") opens no field of a block: a turn.
            glued = lower[line_start - 1 : line_start] == ">" and _closes_the_reply(lower, line_start)
            if opened and not glued and not (plain_in_example >= 2 and not fields_in_example
                                             and label in _TURN_ASKERS - asked and asked.isdisjoint(_EXCHANGES)
                                             and _a_sentence(line[colon + 1 :])):
                continue
            example = 0  # a speaker's label alone on its line ("Instruction:") is no lead-in
        if label == own and line_start + len(line) - len(line.lstrip()) == lead:
            start = line_start + colon + 1  # the output re-states its own label first
            continue
        if first_turn_end == len(lower):
            first_turn_end = line_start
        if label != own:
            other += 1
            if first_other_at is None:
                first_other_at = line_start
                first_other = excerpt(cleaned.text[line_start : pos - 1])
    # ... in a transcript (the asker's turns written too), or among no other fields: lines opened by other labels
    # ("AI: Artificial Intelligence", "Manager: Dana") make "GPT: ..." among them a field too.
    if valued and (other or all(label in REPLIER_LABELS for label in _field_labels(lower))):
        again += valued
        if first_again_at is None or first_valued_at < first_again_at:  # the first line of either kind
            first_again, first_again_at = first_valued, first_valued_at
    return Turns(start, max(first_turn_end, start), other, first_other, first_other_at, answers, headers, first_answer,
                 first_answer_at, opens, heads, tuple(answer_starts), again, first_again, first_again_at)


def _a_sentence(text: str) -> bool:
    """Three words or more, ended as a sentence is ("Write a sentence in Spanish.", "Are they equal?"): no field's
    value ("the account that hit the bug")."""
    return len(text.split()) >= 3 and text.rstrip().endswith((".", "?", "!", "\u3002", "\uff1f", "\uff01"))


# A label headed with "#" inside a line: "...some tips.### Human: Thanks!" (Vicuna and Guanaco write
# their "### Human:" turns on the line they end, or with no line break at all). Starts with a literal
# "#", so the regex engine skips ahead to it.
_HEADED_LABEL_RE = re.compile(r"(?<!#)#{1,4}[ \t]*[^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19})?[ \t]*:")


# A label in brackets opening a line, two letters or more, with no colon: "[Question]A certain school has ...", as math
# data sets write their items; one letter ("[A] ...") may be a list's mark. Read as a speaker's label only where the
# prompt labels its own asking field so (see find_turns).
_BRACKETED_LABEL_RE = re.compile(r"[ \t]*\[([^\W\d_][^\]\n:]{1,19})\](?!\()")
_BRACKETED_LABEL_LINE_RE = re.compile(r"^[ \t]*\[[^\W\d_][^\]\n:]{1,19}\]", re.MULTILINE)


# ... or a chat's role label after a sentence's end on the same line: "... boil them for ten minutes. USER: And for
# eggs? ASSISTANT: ..." (a chat format written on one line, both sides taken by the model), or right after a tag that
# ends the reply ("<answer>108</answer>Human: In a school play ...", the model's end of turn never written).
_INLINE_ROLE_RE = re.compile(r"(?:(?<=[.!?] )|(?<=>))(?:user|assistant|human|bot|gpt)[ \t]*:")
# ... the tags that end a reply: an answer format's close, an end-of-text token ("</answer>", "</s>", "<|im_end|>"). Not
# markup ("</h3>User: alice", "<span>10:02</span>User:"), an opening tag, an arrow's "->>", or a reasoning block's close
# ("</think>Assistant: ..." opens the reply).
_CLOSING_TAG_RE = re.compile(r"(?:</(?:answer|response|output|s)>|<\|[a-z_]*end[a-z_]*\|>)\Z")


def _closes_the_reply(text: str, at: int) -> bool:
    """Does a tag that ends a reply end at `at`? (Read in the few characters before it: such a tag is short.)"""
    return _CLOSING_TAG_RE.search(text, max(0, at - 24), at) is not None


def _lines(lower: str):
    """(offset, text) of each line, a line cut again before each "#"-headed label inside it, and each chat role
    label after a sentence's end: such a label opens a turn as a label at a line's start does. Splitting on "\n" is faster than a
    MULTILINE regex over the whole text; the regex runs only on lines that hold a "#"."""
    pos = 0
    cuts_of: dict[str, list[int]] = {}  # a transcript or a loop says its lines again: each one's cuts found once
    for line in lower.split("\n"):
        start = pos
        pos += len(line) + 1
        if "#" not in line and ": " not in line:
            yield start, line
            continue
        cuts = cuts_of.get(line)
        if cuts is None:
            lead = len(line) - len(line.lstrip())
            cuts = cuts_of[line] = sorted({m.start() for m in _HEADED_LABEL_RE.finditer(line, lead + 1)}
                                          | {m.start() for m in _INLINE_ROLE_RE.finditer(line, lead + 1)
                                             if line[m.start() - 1] != ">" or _closes_the_reply(line, m.start())})
        if not cuts:
            yield start, line
            continue
        for a, b in zip([0, *cuts], [*cuts, len(line)]):
            yield start + a, line[a:b]


# --- the measures --------------------------------------------------------------------------------


threshold(
    "other_turns", 1,
    """Drift when at least this many lines are opened by another speaker's label (the customer's
    line written out; "User:"/"Q:" after an answer to a plain question).""",
)
threshold(
    "transcript_turns", 2,
    """Drift (and the reply part ends there) when a request to sum up a transcript ("Summarize the following
    conversation." over "#Person1#: ..." and "#Person2#: ..." lines) is met by at least this many of its turns
    written out again, each most of its words the transcript's, among lines of two of its speakers at least: its text
    again, no summary.""",
)
threshold(
    "thread_marks", 2,
    """Drift (and not a reply) when a plain question's output has at least this many marks of a
    Q&A thread: two answer turns ("A: ... A: ..."), or one answer header alone on its line, the
    layout of a Q&A page. One inline "Answer: ..." is a chat reply's heading, not a thread.""",
)


def other_speaker(r, t) -> Finding:
    turns = r.turns
    who = (
        f"a speaker other than {r.dialogue.role_label}"
        if r.dialogue is not None
        else "the asker (a user-side label such as 'User:' or 'Q:')"
    )
    return Finding(
        "turns.other_speaker",
        turns.other_turns,
        t.other_turns,
        lambda: (
            turns.first_other,
            f"writes other speakers' turns: {turns.other_turns} line(s) spoken by {who} "
            f"(threshold {t.other_turns})" + (f", first '{turns.first_other}'" if turns.first_other else ""),
        ),
        turns.first_other_at,
        "it ends where another speaker's turn starts",
    )


# A request for a transcript's gist ("Summarize the following conversation.", "Sum up the chat", "TL;DR").
_SUMS_UP_RE = re.compile(r"\bsummar|\bsum (?:it |this |that |them )?up\b|\btl;? ?dr\b|\bgist\b", re.IGNORECASE)
# A speaker's label opening a line, as transcripts write them ("#Person1#:", "Person 1:", "Customer:").
_SPEAKER_LINE_RE = re.compile(r"^[ \t]*(#?[^\W\d_][\w '.-]{0,30}?#?)[ \t]*[:\uff1a][ \t]*(.*)$", re.MULTILINE)
_SAID_WORDS = 4  # a run of the transcript's words a turn written out again says


def _speaker(label: str) -> str:
    """A speaker's label as the same speaker whatever its dress: "#Person1#", "Person 1" and "person1" are one."""
    return re.sub(r"[\W_]+", "", label.lower())


@lru_cache(maxsize=256)
def _transcript_speakers(query: str) -> tuple[str, ...]:
    """The speakers' labels opening the lines of a transcript the request asks to sum up, in order, each as _speaker
    reads it; () for a request that asks for no summary."""
    if not _SUMS_UP_RE.search(query):
        return ()
    return tuple(_speaker(m.group(1)) for m in _SPEAKER_LINE_RE.finditer(query))


def asks_to_sum_up_a_transcript(query: str) -> bool:
    """Does the request ask to sum up a transcript it holds, lines of two speakers or more ("Doctor: ...\nPatient:
    ...")?"""
    return len(set(_transcript_speakers(query))) >= 2


@lru_cache(maxsize=256)
def _transcript_to_sum_up(query: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The speakers of a transcript the request asks to sum up, each opening two lines or more, two speakers at
    least, and the runs of _SAID_WORDS words the prompt says; nothing for any other prompt."""
    labels = _transcript_speakers(query)
    speakers = frozenset(label for label in labels if labels.count(label) >= 2)
    if len(speakers) < 2:
        return frozenset(), frozenset()
    words = WORD_RE.findall(query.lower())
    return speakers, frozenset(tuple(words[k : k + _SAID_WORDS]) for k in range(len(words) - _SAID_WORDS + 1))


def _says_a_run(text: str, runs: frozenset[tuple[str, ...]]) -> bool:
    """Is the text the transcript's words said again: most of its words in runs of _SAID_WORDS the transcript says? A
    summary by speaker in reported speech ("Kunde: beschwert sich, dass die Lieferung ...") reuses a phrase or two."""
    words = WORD_RE.findall(text.lower())
    said = [False] * len(words)
    for k in range(len(words) - _SAID_WORDS + 1):
        if tuple(words[k : k + _SAID_WORDS]) in runs:
            said[k : k + _SAID_WORDS] = [True] * _SAID_WORDS
    return sum(said) * 2 > len(words)


def transcript_again(r, t) -> Finding | None:
    """A summary asked of a transcript, met by its turns written out again under its speakers' labels: the
    transcript said back, not summed up. A summary laid out by speaker in its own words ("Person 1: asks for a
    memo."), or in reported speech reusing a phrase of the transcript, is no turn said again."""
    if not r.plain:
        return None
    speakers, runs = _transcript_to_sum_up(r.prompt.query)
    lines = [m for m in _SPEAKER_LINE_RE.finditer(r.text) if _speaker(m.group(1)) in speakers] if speakers else []
    turns = [m for m in lines if _says_a_run(m.group(2), runs)]
    hit = len(turns) >= t.transcript_turns and len({_speaker(m.group(1)) for m in lines}) >= 2
    shown = excerpt(turns[0].group(0), 60) if turns else ""
    return Finding(
        "turns.transcript_again", len(turns) if hit else 0, t.transcript_turns,
        lambda: (shown, f"says the transcript back: {len(turns)} of its turns written out again under its "
                        f"speakers' labels, asked to sum it up (threshold {t.transcript_turns}), first '{shown}'"),
        turns[0].start() if hit else None, "it ends where the transcript's turns start",
    )


def replier_again(r, t) -> Finding | None:
    """The replier's own label ("Assistant:") on a line after its reply has begun: the transcript's next turn, its
    format continued ("A: Hypoglycemia" then '"Assistant":' and "A:" again). The reply part ends there: the answer is
    the replier's first turn (a question back, then "Assistant: ..." answering it, gives none of its own)."""
    if not r.plain:
        return None
    turns = r.turns
    return Finding(
        "turns.replier_again", turns.replier_again, 1,
        lambda: (turns.first_replier_again,
                 f"starts the transcript's next turn: {turns.replier_again} line(s) opened by the replier's own "
                 f"label after its reply (threshold 1), first '{turns.first_replier_again}'"),
        _after_a_first_turn(r.lower, turns.first_replier_again_at), "it ends where the transcript's next turn starts",
    )


ACKNOWLEDGEMENT_WORDS = 6  # "Sure!", "That's a great question, thanks!": no turn of its own, the reply still to come


def _after_a_first_turn(lower: str, at: int | None) -> int | None:
    """Where the reply part ends: at the replier's label again, when a turn of its own stands before it. A few words
    that ask nothing ("Sure!", "Great question!") only acknowledge: the reply under the label is still the first."""
    if at is None:
        return None
    before = lower[:at].rstrip()
    if len(WORD_RE.findall(before)) <= ACKNOWLEDGEMENT_WORDS and not before.endswith(("?", "\uff1f")):
        return None
    return at


# A chat's reply that turns out to be a character's line in a story or a news report: the output's first line closes
# a quotation it never opened ('... then we'll do our best."') and a later line reports speech ('"I know," said the
# woman', '"If you're going out," Ms. Burdick said'): the scene around the turn is narrated, other people's words
# written, not a reply. The reply part does not end there: its first line is read with the rest. Not where the prompt
# leaves a quotation open for the output to close or asks for a scene (a story, a dialogue, its text continued, what
# someone says or said, a quotation), nor after a quotation opened low („, «, 「).
_CLOSES_UNOPENED_RE = re.compile(r"[^\"\u201c\u201d\u201e\u00ab\u2039\u300c\u300e\n]*?[.!?,][\"\u201d][ \t]*(?:\n|\Z)")
_SPEECH_TAG_RE = re.compile(r"[,?!][\"\u201d][ \t]+(?:[\w.]+[ \t]+){0,3}?(?:said|says|asked|asks|replied|replies|added"
                            r"|continued|explained|shouted|whispered)\b")


def narrated(r, t) -> Finding | None:
    """The reply is a quotation the output closes without opening, then speech is reported: a narrated scene."""
    if not r.plain:
        return None
    lead = len(r.text) - len(r.text.lstrip())
    line_end = r.text.find("\n", lead)
    first_line = r.text[lead : line_end if line_end >= 0 else len(r.text)]
    closed = None if ('"' not in first_line and "\u201d" not in first_line) or _leaves_a_quotation_open(r.prompt.query) \
        or _ASKS_FOR_A_SCENE_RE.search(r.prompt.query) else _CLOSES_UNOPENED_RE.match(r.text, lead)
    tags = len(_SPEECH_TAG_RE.findall(r.text, closed.end())) if closed else 0
    first = excerpt(r.text[closed.end() :]) if closed else ""
    return Finding(
        "turns.narrated", tags, 1,
        lambda: (first, f"narrates a scene around its reply: its first line closes a quotation it never opened, then "
                        f"{tags} line(s) report speech ('said', 'asked'; threshold 1)" + (f", from '{first}'" if first
                                                                                           else "")),
    )


# A request for a scene, or for the prompt's own text to be finished or continued: its speech reported is asked for.
_ASKS_FOR_A_SCENE_RE = re.compile(r"\b(?:stor(?:y|ies)|dialogues?|dialogs?|conversations?|scenes?|scripts?|novels?|tales?"
                                  r"|fiction|narrat\w*|continue|complete|finish|says?|said|saying|quot\w*)\b",
                                  re.IGNORECASE)


def _leaves_a_quotation_open(query: str) -> bool:
    """Does the prompt open a quotation it does not close ('Finish this line: "To be, or not to be,'), which the output
    is asked to close?"""
    return query.count('"') % 2 == 1 or query.count("\u201c") > query.count("\u201d")


def one_header_of_the_reply(r) -> bool:
    """Is the output's one answer label, opening it, the reply's own header: an instruction template's ("### Response:",
    which the prompt left to the model), or a worded label over a one-line answer with nothing after it ("Answer:\nSnowy",
    the label of a few-shot prompt's examples filled for its last question)? After a bare question a forum's bare "A:"
    opens a Q&A page's answers (a StackExchange page: "Q: ... A: ..."), even one."""
    turns = r.turns
    return turns.opens_with_answer_label and turns.answer_turns == 1 \
        and (r.prompt.template == "instruction" or (turns.heads_its_reply and not _a_page_goes_on(r.text)))


def _a_page_goes_on(text: str) -> bool:
    """Does anything follow the answer's line under the header? A page's other posts need no label ("Thanks, that's
    what I suspected."), its next questions no question mark ("Name the capital of Australia."): only the answer alone
    under its header is sure to be a reply."""
    return sum(1 for line in text.strip().split("\n") if line.strip()) > 2


def thread(r, t) -> Finding | None:
    if not r.plain:
        return None
    turns = r.turns
    own_header = one_header_of_the_reply(r)
    marks = 0 if own_header else turns.answer_turns + turns.answer_headers
    return Finding(
        "turns.thread",
        marks,
        t.thread_marks,
        lambda: (
            turns.first_answer,
            f"writes a Q&A thread: {turns.answer_turns} answer turn(s), {turns.answer_headers} of them a header "
            f"alone on its line, {marks} mark(s) (threshold {t.thread_marks})"
            + (f", first '{turns.first_answer}'" if turns.first_answer else ""),
        ),
        _thread_onset(r),
        "it ends where a Q&A thread starts",
    )


def _thread_onset(r) -> int | None:
    """Where the thread starts: its first answer turn; or, where an answer label opens the output after a prompt that
    asks for a reply (a template, an open field), the second: the first, a worded label ("### Response:\n..." a tune
    writes from its training format; not a forum's "A:", nor an option's), heads the reply, the second says it
    again."""
    turns = r.turns
    if not turns.opens_with_answer_label:
        return turns.first_answer_at
    if turns.heads_its_reply and len(turns.answer_starts) >= 2 and cues_a_reply(r):
        return turns.answer_starts[1]
    return None


def cues_a_reply(r) -> bool:
    """Whether the prompt asks for a reply: a chat or instruction template, or an open field ("Output:")
    to fill; not a bare question, which a base model may go on with as a page."""
    return r.prompt.template != "raw" or bool(OPEN_FIELD_RE.search(r.prompt.raw))
