"""Text plumbing shared by the judges: chat templates, cleaning, words, units.

Nothing here decides anything. It turns a prompt into the user's question (whatever chat template
wrapped it) and an output into cleaned text, words and "units" (lines and sentences) with their
character offsets, so that every measure can point at the words that triggered it.

The judges must handle 1,000 outputs of 4,000 characters per second on one core, so the output is
split and tokenised with C-level string methods (str.replace, bytes.translate, str.split) and
comprehensions, never a per-character Python loop; regular expressions are kept to patterns that
start with a literal character, which the regex engine can skip ahead to.

Words are letters and digits with an inner apostrophe ("don't", "swift's"), lower-cased, in any
script ("café", "небо"); a Chinese or Japanese character is a word of its own. ASCII text takes a
fast path (bytes.translate); other text is read with WORD_RE, slower but rare in English suites.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from itertools import accumulate, chain, compress, repeat
from operator import add, attrgetter, itemgetter, or_
from typing import NamedTuple

from why_finetune.judges.role_tags import as_labels, uses_role_tags

# --- chat templates ------------------------------------------------------------------------------
#
# Known markers, matched case-insensitively (Llama-2-7b-hf echoes "[inst]" in lower case):
#   Llama-2:  <s> [INST] <<SYS>> ... <</SYS>> query [/INST] ... </s>
#   ChatML:   <|im_start|>system\n...<|im_end|>\n<|im_start|>user\n...<|im_end|>\n<|im_start|>assistant\n
#   Gemma:    <start_of_turn>user\n...<end_of_turn>\n<start_of_turn>model\n
#   ChatGLM:  query[gMASK]<sop> (ChatGLM-6B), [gMASK]sop<|user|>\n...<|assistant|> (ChatGLM3): its two tokens are
#             taken off the prompt where the template puts them (_CHATGLM_RE), not read as markers in an output,
#             which may name them as words ("what do [gMASK] and <sop> do?")
#   generic:  any <|name|> special token (<|endoftext|>, <|eot_id|>, <|user|>, ...)
# A ChatML/Gemma marker that opens a turn swallows the role word that follows it, so an echoed
# "<|im_start|>user" counts as one marker and "user" is not read as a word of the output.
_ROLE = r"(?:system|user|assistant|model|human|bot)"
_MARKERS = (
    r"\[/?inst\]"
    r"|<</?sys>>"
    r"|</?s>"
    r"|<(?:bos|eos)(?:_token)?>"  # Gemma's "<bos>", Command-R's "<BOS_TOKEN>"
    r"|<(?:start|end)_of_turn>(?:" + _ROLE + r"\b)?"
    r"|<\|[^|<>\s]{1,40}\|>(?:" + _ROLE + r"\b)?"
    r"|<\uff5c[^\uff5c<>\s]{1,40}\uff5c>"  # DeepSeek's tokens, between full-width bars: "<｜end▁of▁sentence｜>"
    # ChatML half-remembered by a model that never saw it as special tokens: "<|im_start>",
    # "|im_end|>", "<im_end>". Every alternative starts with a literal character so the regex
    # engine can skip ahead instead of trying each position.
    r"|<\|?im_(?:start|end)\|?>?(?:" + _ROLE + r"\b)?"
    r"|\|im_(?:start|end)\|?>?(?:" + _ROLE + r"\b)?"
)
MARKER_RE = re.compile(_MARKERS, re.IGNORECASE)
# ... and with no bracket at all ("im_start|>user"): starting with "i", this one would be tried at
# every "i" of the text, so it is used only when "im_" occurs.
LOOSE_MARKER_RE = re.compile(_MARKERS + r"|im_(?:start|end)\|>?(?:" + _ROLE + r"\b)?", re.IGNORECASE)
# End-of-turn markers that a runtime may leave at the very end of an otherwise clean reply.
# Trailing ones are benign (the model stopped where it should); anywhere else they are echoes.
# Llama 3's base model ends its text with "<|end_of_text|>", DeepSeek with "<\uff5cend\u2581of\u2581sentence\uff5c>".
END_MARKERS = ("</s>", "<eos>", "<end_of_turn>", "<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end|>",
               "<|end_of_text|>", "<\uff5cend\u2581of\u2581sentence\uff5c>")
_LONGEST_END_MARKER = max(map(len, END_MARKERS))

_CHATML_TURN_RE = re.compile(
    r"<\|im_start\|>\s*(\w+)[ \t]*\n?(.*?)(?=<\|im_end\|>|<\|im_start\|>|\Z)", re.DOTALL | re.IGNORECASE
)
_GEMMA_TURN_RE = re.compile(
    r"<start_of_turn>\s*(\w+)[ \t]*\n?(.*?)(?=<end_of_turn>|<start_of_turn>|\Z)", re.DOTALL | re.IGNORECASE
)
_INST_RE = re.compile(r"\[inst\](.*?)(?:\[/inst\]|\Z)", re.DOTALL | re.IGNORECASE)
_SYS_BLOCK_RE = re.compile(r"<<sys>>.*?<</sys>>", re.DOTALL | re.IGNORECASE)
# The instruction templates of many fine-tuning recipes (Alpaca's "### Instruction: ... ### Response:",
# Dolly's "Instruction:\n...\n\nResponse:\n"): the instruction (and its input) is the question; the
# preamble ("Below is an instruction that describes a task ...") is not.
# A label may carry its gloss in another language in brackets ("### Instruction(명령어):", "### Response(응답):").
_GLOSS = r"(?:[ \t]*\([^()\n]{1,20}\))?"
# ... its labels in the languages its translations use ("### 指示:\n...\n\n### 応答:", "### Anweisung: ... ### Antwort:").
_INSTRUCTION_LABELS = ("instruction", "\u6307\u793a", "\u6307\u4ee4", "\uc9c0\uc2dc", "anweisung", "instrucci\u00f3n",
                       "instru\u00e7\u00e3o", "istruzione")
_INSTRUCTION_LABEL = "(?:" + "|".join(_INSTRUCTION_LABELS) + ")"
_INPUT_LABEL = r"(?:input|\u5165\u529b|\u8f93\u5165|\uc785\ub825|eingabe|entrada)"
_RESPONSE_LABEL = (r"(?:response|output|\u5fdc\u7b54|\u8fd4\u7b54|\u56de\u7b54|\u54cd\u5e94|\u56de\u590d|\uc751\ub2f5|antwort"
                   r"|respuesta|resposta|risposta)")
_INSTRUCTION_RE = re.compile(
    rf"(?:^|\n)[ \t]*#*[ \t]*{_INSTRUCTION_LABEL}{_GLOSS}[ \t]*[:\uff1a][ \t]*\n?(.*?)"
    rf"(?:\n[ \t]*#*[ \t]*{_INPUT_LABEL}{_GLOSS}[ \t]*[:\uff1a][ \t]*\n?(.*?))?"
    rf"\n[ \t]*#*[ \t]*{_RESPONSE_LABEL}{_GLOSS}[ \t]*[:\uff1a]\s*\Z",
    re.DOTALL | re.IGNORECASE,
)
# ... or one that leaves its response header to the model ("### Instruction: ...\n\n###Input: ..."), when no
# other field opens a line of its instruction ("Instruction: Be concise.\nQuestion: ...?\nAnswer:" is fields of
# their own).
_HEADLESS_INSTRUCTION_RE = re.compile(
    rf"(?:^|\n)[ \t]*#*[ \t]*instruction{_GLOSS}[ \t]*:[ \t]*\n?(.*?)"
    rf"(?:\n[ \t]*#*[ \t]*input{_GLOSS}[ \t]*:[ \t]*\n?(.*?))?\s*\Z",
    re.DOTALL | re.IGNORECASE,
)
_FIELD_OPENING_LINE_RE = re.compile(r"\n[ \t]*#*[ \t]*[^\W\d_][^:\uff1a\n]{0,30}[:\uff1a]")
# The prompt ends on a field left open for the model to fill ("...\nOutput:", "\n### Answer:").
OPEN_FIELD_RE = re.compile(r"\n[ \t]*#*[ \t]*[^\W\d_][^:\uff1a\n]{0,30}[:\uff1a]\s*\Z")
# The label of the field a template leaves open for the answer, in the languages the judges read ("Output:",
# "Antwort:", "Risposta:", "回答：", "답변:"): the reply's slot, no speaker and no topic.
ANSWER_FIELD_LABELS = frozenset(
    "answer response output reply solution antwort antwoord risposta respuesta réponse resposta ответ відповідь "
    "返答 回答 答案 答え 回复 응답 답변 답 jibu jawaban cevap yanıt odpowiedź odpověď svar απάντηση उत्तर جواب".split()
)
# The label of a summary's field, which the output fills ("Summary:", "Zusammenfassung:", "要約：").
SUMMARY_FIELD_LABELS = frozenset(
    "summary tl;dr zusammenfassung résumé resumen riassunto resumo samenvatting 要約 摘要 总结 요약 ringkasan özet "
    "muhtasari".split())
# A list item's mark: "1.", "2)", "-", "*", "•".
ITEM_MARK = r"(?:\d{1,2}[.)]|[-*\u2022])"
# A sentence that goes on past its opening to say something else: past a "but", a clause, a colon or a semicolon
# ("I'm curious why you want to, but yes: git reset ...", "この質問は難しいですが、...", "这道题用勾股定理：斜边等于5。",
# "Esta pregunta es fácil de contestar: el agua hierve a 100 °C.").
GOES_ON_RE = re.compile(
    r", (?:but|and|which|so|then|if)\b|が、|けど|けれど|但|不过|不過|지만"
    r"|, (?:mais|pero|aber|et|qui|y|que|und|die|der|das)\b|[:;\uff1a\uff1b]"
)


def _instruction_prompt(raw: str, text: str) -> Prompt | None:
    """The prompt read as an instruction template: its instruction and its input are the question."""
    # A substring test first (a regex's search of a long prompt costs a hundred times more): most prompts name none.
    lower = text.lower()
    m = _instruction_template(text) if any(label in lower for label in _INSTRUCTION_LABELS) else None
    if m is None:
        return None
    query = m.group(1).strip() + ("\n\n" + m.group(2).strip() if m.group(2) else "")
    return Prompt(raw, query.strip(), "instruction")


def _instruction_template(text: str) -> re.Match[str] | None:
    """The instruction template's match: its instruction (group 1) and its input (group 2)."""
    found = _INSTRUCTION_RE.search(text)
    if found is not None:
        return found
    found = _HEADLESS_INSTRUCTION_RE.search(text)
    if found is None or _FIELD_OPENING_LINE_RE.search(found.group(1)):  # the input is material: labels may be in it
        return None
    if OPEN_FIELD_RE.search(text):  # "### Answer:" at the end: a field of its own to fill, not the input's
        return None
    return found


@dataclass(frozen=True)
class Prompt:
    """A prompt as sent, and the user's question found inside it."""

    raw: str
    query: str  # the user's words, with every template marker removed
    template: str  # "raw", "llama2", "chatml", "gemma", "chat", "instruction", "fields" or "generic"
    asker: str = ""  # "fields": the asking field's label, lower case ("human", "instruct", "q")
    earlier: str = ""  # a chat's turns before the last question, the user's and the model's, markers removed
    messages: bool = False  # sent as a chat API's messages (a JSON list of role and content), read as their ChatML

    # Cached: a Prompt is parsed once per prompt (parse_prompt), and a dozen measures of every output read its text.
    # (cached_property writes the instance's __dict__ directly, which a frozen dataclass allows.)
    @cached_property
    def text(self) -> str:
        """Everything the prompt says (system turn included), markers removed: what an echo copies."""
        return _strip_markers(self.raw)


# A chat template's special token opening the model's turn, closing the prompt: ChatML's, Gemma's, Llama-2's "[/INST]",
# Llama-3's header, Phi-3's and Zephyr's "<|assistant|>", DeepSeek's "<｜Assistant｜>"; maybe with the turn begun by
# an open code fence ("<|im_start|>assistant\n```python\n"), which the code asked for fills.
_MODEL_TURN_OPENED_RE = re.compile(
    r"(?:<\|im_start\|>[ \t]*assistant|<start_of_turn>[ \t]*model|\[/inst\]"
    r"|<\|start_header_id\|>[ \t]*assistant[ \t]*<\|end_header_id\|>|<[|\uff5c]assistant[|\uff5c]>)\s*"
    r"(?:```[\w+#.-]*[ \t]*\n)?\s*\Z",
    re.IGNORECASE,
)


def less_the_fields(query: str, fields) -> str:
    """The request with the texts its fields give taken out: what it asks, not what it gives to work on."""
    for field in fields:
        query = query.replace(field, " ")
    return query


# A line that is a field's label and colon, then the first words of its value, if any ("### Answer:", "A: The capital
# of France is").
_ANSWER_FIELD_LINE_RE = re.compile(r"[ \t]*#*[ \t]*([^\W\d_][^:\uff1a\n]{0,30}?)[ \t]*[:\uff1a][ \t]*(.*)")
# The fields an answer is begun in: an answer's (ANSWER_FIELD_LABELS, and "A:" in a layout of questions and answers)
# and a summary's ("### Summary:\nIn short,").
_BEGUN_ANSWER_LABELS = ANSWER_FIELD_LABELS | {"a"} | SUMMARY_FIELD_LABELS
_SENTENCE_DONE = ".!?:\u3002\uff01\uff1f\uff1a"


@lru_cache(maxsize=256)
def begins_the_answer(raw: str) -> bool:
    """Has the prompt opened the answer's field and begun its sentence ("### Answer:\nThe sentiment in this sentence
    is", "A: The capital of France is")? The output finishes that sentence: it is the answer, not the prompt's own
    text going on."""
    lines = [line for line in raw.rstrip().splitlines()[-3:] if line.strip()][-2:]
    if not lines or lines[-1].rstrip().endswith(tuple(_SENTENCE_DONE)):
        return False
    last = _ANSWER_FIELD_LINE_RE.fullmatch(lines[-1])
    if last and last.group(2).strip():
        return last.group(1).lower() in _BEGUN_ANSWER_LABELS
    above = _ANSWER_FIELD_LINE_RE.fullmatch(lines[0]) if len(lines) == 2 else None
    return above is not None and not above.group(2).strip() and above.group(1).lower() in _BEGUN_ANSWER_LABELS


def opens_the_models_turn(raw: str) -> bool:
    """Does the prompt end with a chat template's token opening the model's turn? What follows is its reply, not
    more of the user's turn."""
    return _MODEL_TURN_OPENED_RE.search(raw[-80:]) is not None


_MESSAGE_ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})


def _messages_as_chatml(raw: str) -> str | None:
    """A prompt sent as a chat API's messages, the JSON list an OpenAI-compatible endpoint takes ('[{"role": "system",
    "content": "..."}, {"role": "user", "content": "..."}]'), written as the ChatML it stands for, the model's turn
    opened after the last user message; None for any other prompt."""
    if not raw.lstrip().startswith("[{"):
        return None
    try:
        messages = json.loads(raw)
    except ValueError:
        return None
    if not all(isinstance(m, dict) and m.get("role") in _MESSAGE_ROLES and isinstance(m.get("content"), str)
               for m in messages):
        return None  # records of another kind ('{"role": "Backend Developer", "content": "Builds APIs"}')
    turns = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return turns + ("<|im_start|>assistant\n" if messages and messages[-1]["role"] != "assistant" else "")


# rinna's Japanese instruction models (japanese-gpt-neox-3.6b-instruction-*) write a line break as the text "<NL>",
# in their template ("ユーザー: ...<NL>システム: ") and in what they write: under that template it is read as the line
# break it stands for. Not elsewhere: a request may name "<NL>" as text to work on.
NL_TOKEN = "<NL>"
_RINNA_LABEL_RE = re.compile(r"<NL>\s*(?:ユーザー|システム|[Uu]ser|USER|[Ss]ystem|SYSTEM)\s*[:：]")
_ENDS_ON_A_LABEL_RE = re.compile(r"[:：]\s*\Z")


def rinnas_template(prompt: str) -> bool:
    """Is the prompt rinna's template: "<NL>" before a turn's label ("システム:", "ユーザー:"), ending on a label?"""
    return _RINNA_LABEL_RE.search(prompt) is not None and _ENDS_ON_A_LABEL_RE.search(prompt) is not None


# ChatGLM's tokens where its templates put them: "[gMASK]<sop>" closing ChatGLM-6B's prompt, "[gMASK]sop" opening
# ChatGLM2's and ChatGLM3's.
_CHATGLM_RE = re.compile(r"\A\s*\[gMASK\][ \t]*sop(?![^\W\d_])|\[gMASK\][ \t]*<sop>\s*\Z")


@lru_cache(maxsize=256)
def parse_prompt(raw: str) -> Prompt:
    """Find the user's question in a prompt that may be wrapped in a chat template, or sent as a chat API's messages.

    The last user turn wins: that is the one the model is being asked to answer. A system turn
    (ChatML's "You are a helpful AI assistant named SmolLM ...", Llama-2's <<SYS>> block) is not
    the question and is dropped.
    """
    if NL_TOKEN in raw and rinnas_template(raw):  # its line breaks, read as the line breaks they stand for
        return parse_prompt(raw.replace(NL_TOKEN, "\n"))
    if "<" in raw and uses_role_tags(raw):  # "<user> ... <assistant>": read as the role labels they stand for
        return parse_prompt(as_labels(raw))
    rendered = _messages_as_chatml(raw)
    if rendered is not None:
        return replace(parse_prompt(rendered), messages=True)
    if "[gMASK]" in raw and (glm := _CHATGLM_RE.sub("", raw)) != raw:
        return parse_prompt(glm)
    text = raw
    if re.search(r"<\|im_start\|>", text, re.IGNORECASE):
        chat = [(role.lower(), _turn_query(body)) for role, body in _CHATML_TURN_RE.findall(text)]
        if any(role == "user" for role, _ in chat):
            return Prompt(raw, _asked_in_the_system_turn(chat, {"user"}), "chatml", earlier=_earlier_turns(chat, {"user"}))
    if re.search(r"<start_of_turn>", text, re.IGNORECASE):
        chat = [(role.lower(), _turn_query(body)) for role, body in _GEMMA_TURN_RE.findall(text)]
        users = [body for role, body in chat if role == "user"]
        if users:
            return Prompt(raw, users[-1], "gemma", earlier=_earlier_turns(chat, {"user"}))
    if re.search(r"\[inst\]", text, re.IGNORECASE):
        turns = [_SYS_BLOCK_RE.sub(" ", turn) for turn in _INST_RE.findall(text)]
        if turns:
            answers = _INST_ANSWER_RE.findall(text)  # the model's turns between them
            earlier = "\n".join(map(_turn_query, [*turns[:-1], *answers]))  # the user's earlier turns, the model's
            return Prompt(raw, _turn_query(turns[-1]), "llama2", earlier=earlier)
    if "<" in text:
        users, earlier = _role_token_turns(text)
        if users:
            return Prompt(raw, users[-1], "chat", earlier=earlier)
    if LOOSE_MARKER_RE.search(text):
        stripped = _strip_markers(text)
        # An instruction template after a bare "<s>" ("<s>以下は、タスクを説明する指示です。...### 指示:\n...### 応答:\n").
        instruction = _instruction_prompt(raw, stripped)
        if instruction is not None:
            return instruction
        # Role labels between special tokens (Vicuna v1's "... ASSISTANT: ...</s> USER: ... ASSISTANT:"): a chat.
        return (_chat_roles_prompt(raw, stripped) if ":" in stripped else None) or Prompt(raw, stripped, "generic")
    instruction = _instruction_prompt(raw, text)
    if instruction is not None:
        return instruction
    if ":" in text or "\uff1a" in text:
        roles = _chat_roles_prompt(raw, text)
        if roles is not None:
            return roles
        fields = _one_question(text)
        if fields is not None:
            return Prompt(raw, fields[1], "fields", fields[0])
    return Prompt(raw, text.strip(), "raw")


# An instruction template's header opening a chat turn ("[INST] ### Instruction:\n...[/INST]"): the
# recipe's format inside the chat template, not the user's words.
_INSTRUCTION_HEAD_RE = re.compile(r"\A\s*#*[ \t]*instruction[ \t]*:[ \t]*", re.IGNORECASE)


# Special tokens that name the role of the turn they open: Llama-3's "<|start_header_id|>user<|end_header_id|>",
# Phi-3's, Zephyr's and StableLM's "<|user|>", OpenAssistant's "<|prompter|>", Command-R's "<|USER_TOKEN|>",
# DeepSeek's "<｜User｜>". Tokens that name no role ("<|eot_id|>", "<|START_OF_TURN_TOKEN|>") open no turn. Or the
# sentence-start token and a role's name alone on its line, each turn closed by "</s>" (Saiga's and MiniMind's
# "<s>system\n...</s>\n<s>user\n...</s>\n<s>bot\n"): ChatML's layout with the tokenizer's own tokens.
_ROLE_TOKEN_RE = re.compile(
    r"<\|start_header_id\|>[ \t]*(\w{1,20})[ \t]*<\|end_header_id\|>|<[|\uff5c](\w{1,20}?)(?:_token)?[|\uff5c]>"
    r"|<s>[ \t]*(system|user|assistant|bot|human|model)[ \t]*\n",
    re.IGNORECASE,
)
TURN_ROLES = frozenset({"system", "user", "prompter", "human", "assistant", "model", "bot", "chatbot", "gpt",
                         "ipython", "tool"})
ASKING_ROLES = frozenset({"user", "prompter", "human", "you"})


def _role_token_turns(text: str) -> tuple[list[str], str]:
    """The user turns of a chat template whose special tokens name each turn's role, in order ([] if none), and
    the turns before the last user turn, the user's and the model's (see _earlier_turns).

    The system turn and the earlier turns are not the question: the user's last turn is what the model
    answers next. A turn runs to the next role token, every marker in it removed."""
    turns = [(m, (m.group(1) or m.group(2) or m.group(3)).lower()) for m in _ROLE_TOKEN_RE.finditer(text)]
    turns = [(m, role) for m, role in turns if role in TURN_ROLES]
    users: list[str] = []
    bodies: list[tuple[str, str]] = []
    for k, (m, role) in enumerate(turns):
        end = turns[k + 1][0].start() if k + 1 < len(turns) else len(text)
        bodies.append((role, _turn_query(text[m.end() : end])))
        if role in ASKING_ROLES:
            users.append(bodies[-1][1])
    if not users or not users[-1]:
        return [], ""
    return [*users[:-1], _asked_in_the_system_turn(bodies, ASKING_ROLES)], _earlier_turns(bodies, ASKING_ROLES)


# A user turn that only opens a field for the reply: a label of three words at most and its colon ("Korean:").
_OPEN_FIELD_TURN_RE = re.compile(r"[^\W\d_][^:\uff1a\n]{0,30}[:\uff1a]")


def _asked_in_the_system_turn(turns: list[tuple[str, str]], asking: Collection[str]) -> str:
    """The last asking turn; after the system turn when it only opens a field for the reply ("Korean:" after a system
    turn "Translate the following English sentence into Korean. ... English: ..."): the request is the system
    turn's, its field left open by the user's. `turns`: (role, text with its markers removed)."""
    last = max(k for k, (role, _) in enumerate(turns) if role in asking)
    body = turns[last][1]
    if last and turns[last - 1][0] == "system" and turns[last - 1][1] and len(body.split()) <= 3 \
            and _OPEN_FIELD_TURN_RE.fullmatch(body):
        return f"{turns[last - 1][1]}\n{body}"
    return body


def _earlier_turns(turns: list[tuple[str, str]], asking: Collection[str]) -> str:
    """A chat's turns but its last asking turn, as the topic reads them: the user's and the model's before it (a
    follow-up, "And the second one?", asks about what the model said) and the model's after it, which the reply goes
    on from ("... Would you like me to transfer you?" then the model's turn opened again); not the system turn.
    `turns`: (role, text with its markers removed)."""
    last = max(k for k, (role, _) in enumerate(turns) if role in asking)
    return "\n".join(body for k, (role, body) in enumerate(turns) if k != last and role != "system" and body)


# Llama-2's model turns: the text between a "[/INST]" and the next "[INST]".
_INST_ANSWER_RE = re.compile(r"\[/inst\](.*?)(?=\[inst\])", re.DOTALL | re.IGNORECASE)


def _turn_query(turn: str) -> str:
    return _INSTRUCTION_HEAD_RE.sub("", _strip_markers(turn), count=1).strip()


# A field label: a word or two in any script, after a line start (or, headed with "#", anywhere: after a
# space or the end of a sentence, "### Human: ... ### Assistant:" or '### Human: "Why?"### Assistant:' on one
# line), before a colon of either width.
_FIELD_LABEL_RE = re.compile(
    r"(?:(?:^|\n)[ \t]*(#{0,4})[ \t]*|(?:[ \t]|(?<=[.!?\"'\u201d)\]]))(#{1,4})[ \t]*)([^\W\d_][^\W_]{0,19}(?: [^\W\d_][^\W_]{0,19}| \d{1,3})?)[ \t]*[:\uff1a]"
)  # a label's second word may be its number: "Question 1:" asks as "Question:" does


def unnumbered_label(label: str) -> str:
    """A field label less the number ending it ("exercise 2" -> "exercise"): "Exercise 1:" and "Exercise 2:"
    open fields of one kind. A label that is only a number stays."""
    if not label[-1:].isdecimal():
        return label
    return label.rstrip("0123456789").rstrip() or label


def _one_question(text: str) -> tuple[str, str] | None:
    """A template around one question: a labelled field, then an open field whose label has not
    spoken before ("Instruct: ...\nOutput:", "Q: ...\nA:", "### Human: ... ### Assistant:",
    "指示：...\n回答："). Returns (the asking label, the asking field's text), or None.

    Read from the prompt's format alone, in any language: no list of labels. The asking field must
    open the prompt, or be headed with "#" (a chat format, whose preamble is not the question); a
    task written before its fields ("Classify the review ...\nReview: ...\nLabel:") is the question
    itself and stays whole. An open label that spoke before ("Q: a\nA: b\nQ: c\nA:") is a dialogue
    or a few-shot page to continue, not one question."""
    stripped = text.rstrip()
    found = list(_FIELD_LABEL_RE.finditer(stripped))
    if len(found) < 2 or found[-1].end() != len(stripped):
        return None
    open_field = found[-1]
    open_label = open_field.group(3).lower()
    if any(unnumbered_label(m.group(3).lower()) == unnumbered_label(open_label) for m in found[:-1]):
        return None  # ... nor one numbered as the asking one ("Speaker 1: ...\nSpeaker 2:"): speakers in turn
    if not text[: found[0].start()].strip():
        asking = found[0]  # the prompt opens with the field: its text, and any fields after it, ask
    elif found[-2].group(1) or found[-2].group(2):
        asking = found[-2]  # a chat format after its preamble: the last turn asks
    else:
        return None
    label = asking.group(3).lower()
    query = _strip_markers(stripped[asking.end() : open_field.start()])
    return (label, query) if query else None


# The role names of chat formats written as plain labels ("USER: ... ASSISTANT:", "SYSTEM: ...\nUser: ...\nAssistant:").
# A role label may stand inside a line (Vicuna's "... questions. USER: ... ASSISTANT:"), which a field label may not.
# A role label, maybe headed ("### Human:") or in angle brackets (OpenChatKit's and RedPajama-Chat's "<human>:",
# "<bot>:").
# "You:" is the user's label in some chat-dialogue templates ("Continue the chat dialogue below. Write a single reply
# for the character "Assistant". ...\nYou: ...\nAssistant:"), read only at a line's start: inside a line, "Thank you:"
# or "what I need from you:" is no label.
_ROLE_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s.!?\"'\u201d]))#{0,4}[ \t]*(?=<?(system|user|assistant|human|bot|gpt|you|ai)\b)"
    r"(?:<(?:system|user|assistant|human|bot|gpt|ai)>|(?:system|user|assistant|human|bot|gpt|you|ai))[ \t]*:",
    re.IGNORECASE)
_ANSWERING_ROLES = frozenset({"assistant", "bot", "gpt", "ai"})


def _a_role_label(text: str, m: re.Match[str]) -> bool:
    """Is the match a role label of a turn: not the system's, and "You:" or "AI:" only where a line starts ("... the
    difference between ML and AI:" is a sentence)?"""
    role = m.group(1).lower()
    return role != "system" and (role not in ("you", "ai")
                                 or not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip())


def _chat_roles_question(text: str) -> tuple[str, str, bool, str] | None:
    """A chat format written with role labels and open at its end ("... USER: What is X? ASSISTANT:"):
    (the asking role, the text of its turn, whether earlier turns came before it, the text of the asking role's
    earlier turns). What comes before that turn,
    a system turn or a preamble ("A chat between a curious user and an artificial intelligence assistant ..."),
    is not the question. When the open role spoke before, it is a chat's history only if the turns are those of
    a user and an assistant ("User:", "Assistant:", Koala's "GPT:"), the user's last: the model answers that
    turn. Other speakers taking turns are a conversation to continue, read as a dialogue (None)."""
    stripped = text.rstrip()
    found = [m for m in _ROLE_LABEL_RE.finditer(stripped) if _a_role_label(stripped, m)]
    if len(found) < 2 or found[-1].end() != len(stripped):
        return None
    open_role, asking = found[-1].group(1).lower(), found[-2]
    asking_role = asking.group(1).lower()
    if asking_role == open_role:
        return None
    history = any(m.group(1).lower() == open_role for m in found[:-1])
    if history and not (open_role in _ANSWERING_ROLES and asking_role in ASKING_ROLES
                        and {m.group(1).lower() for m in found} == {open_role, asking_role}):
        return None
    query = _strip_markers(stripped[asking.end() : found[-1].start()])
    earlier = [_strip_markers(stripped[m.end() : after.start()]) for m, after in zip(found, found[1:-1])
               if m.group(1).lower() == asking_role]
    return (asking_role, query, history, "\n".join(earlier)) if query else None


def _chat_roles_prompt(raw: str, text: str) -> Prompt | None:
    """The prompt read as a chat format written with role labels (see _chat_roles_question), or None."""
    roles = _chat_roles_question(text)
    if roles is None:
        return None
    asker, query, history, earlier = roles
    return Prompt(raw, query, "chat" if history else "fields", asker, earlier)


def _strip_markers(text: str) -> str:
    return LOOSE_MARKER_RE.sub(" ", text).strip()


# --- cleaning an output --------------------------------------------------------------------------

def has(text: str, part: str) -> bool:
    """`part in text`, its first character looked for first: a scan of a 4,000-character output for one character
    (memchr) costs a fiftieth of one for two or three, and most outputs hold no backtick, dollar sign or underscore,
    so the longer scan is mostly skipped."""
    return part[0] in text and part in text


def normalise_apostrophes(text: str) -> str:
    """Curly and modifier apostrophes to "'" (Llama-2 mixes "I've" and "I\u2019ve" in one output; Uzbek writes
    "o\u02bb" and "g\u02bb" with a turned comma that outputs often write "o'"). Same length, so offsets are kept.
    str.replace is much faster than str.translate here."""
    for curly in ("\u2019", "\u2018", "\u02bc", "\u02bb"):
        if curly in text:
            text = text.replace(curly, "'")
    return text


@dataclass(frozen=True)
class Marker:
    start: int
    text: str


@dataclass(frozen=True)
class Cleaned:
    """An output with template markers taken out (each replaced by a line break, same offsets kept
    by padding) and apostrophes normalised. `markers` are the echoed ones, with their offsets."""

    text: str
    lower: str
    markers: tuple[Marker, ...]


def clean_output(output: str) -> Cleaned:
    """Normalise an output for measuring.

    Benign trailing end-of-turn markers are dropped. Every other marker is recorded (it is an echo
    of the template) and blanked out with spaces ending in a line break, so that character offsets
    still point into the original output and the marker separates lines like a turn boundary does.
    """
    text = normalise_apostrophes(output)
    if "<" not in text and "[" not in text and not has(text, "im_"):  # the common case: no marker
        markers: tuple[Marker, ...] = ()
    else:
        text = _drop_trailing_end_markers(text)
        pattern = LOOSE_MARKER_RE if "im_" in text else MARKER_RE
        markers = tuple(Marker(m.start(), m.group(0)) for m in pattern.finditer(text))
        if markers:
            text = pattern.sub(lambda m: " " * (len(m.group(0)) - 1) + "\n", text)
    lower = text.lower()
    if len(lower) != len(text):  # a few Unicode letters change length when lowered
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return Cleaned(text, lower, markers)


def _drop_trailing_end_markers(text: str) -> str:
    while True:
        stripped = text.rstrip()
        low_tail = stripped[-_LONGEST_END_MARKER:].lower()
        for marker in END_MARKERS:
            if low_tail.endswith(marker):
                text = stripped[: -len(marker)]
                break
        else:
            return text


# --- words and units -----------------------------------------------------------------------------

# A quotation closed on its line: in double quotation marks of any language, each with its own closing mark, or
# in single ones standing apart from words (not an apostrophe: "don't", "the cats' toys"). Group 1 to 5: its text.
QUOTATION_RE = re.compile(
    "\"([^\"\n]+)\"|\u201c([^\u201d\n]+)\u201d|\u00ab([^\u00bb\n]+)\u00bb|\u300c([^\u300d\n]+)\u300d"
    "|(?<!\\w)'([^'\n]+)'(?!\\w)"
)
QUOTATION_MARKS = "\"'\u201c\u00ab\u300c"  # what opens one: a text holding none of them holds no quotation
# A fenced code block, or one left open at the end ("```python\n...").
CODE_BLOCK_RE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
# A fence on a line of its own: any opens a block ("```python", "```"), a bare one closes it.
_OPENING_FENCE_RE = re.compile(r"^[ \t]*```[^`\n]*$", re.MULTILINE)
_CLOSING_FENCE_RE = re.compile(r"^[ \t]*```[ \t]*$", re.MULTILINE)
# A displayed formula ("$$...$$", "\[...\]") runs at most this far, holds no blank line and no prose (four words
# in a row): a doubled "$" for money or a quoted "\[" does not open one that swallows the text after it.
FORMULA_MAX = 2000
_FORMULA_MARKS = (("$$", "$$"), ("\\[", "\\]"))
_PROSE_RE = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,} [^\W\d_]{2,} [^\W\d_]{2,}")


def finished_blocks(text: str) -> list[tuple[int, int]]:
    """Where the text's finished code blocks (a fence on a line of its own, then a bare one closing it) and displayed
    formulas are, in order, each with the spaces that indent it on its line and those after it (a unit, a line,
    starts at its indent: "   $$\\rho = ...$$"). A block cut off at the end is not finished. One pass: a fence
    with no bare fence after it ends the search, as no later one can close either."""
    if not has(text, "```") and not has(text, "$$") and not has(text, "\\["):
        return []
    spans = []
    pos = 0
    while "```" in text:
        opening = _OPENING_FENCE_RE.search(text, pos)
        if opening is None:
            break
        closing = _CLOSING_FENCE_RE.search(text, opening.end() + 1)
        if closing is None:
            break
        spans.append((opening.start(), closing.end()))
        pos = closing.end()
    fences = list(spans)
    for opener, closer in _FORMULA_MARKS:
        start = text.find(opener)
        while start >= 0:
            end = text.find(closer, start + 2, start + 2 + FORMULA_MAX)
            inside = text[start + 2 : end]
            if end < 0 or "\n\n" in inside or _PROSE_RE.search(inside) \
                    or any(a <= start < b for a, b in fences):
                start = text.find(opener, start + 2)
                continue
            spans.append((start, end + 2))
            start = text.find(opener, end + 2)
    return sorted(_with_margins(text, start, end) for start, end in spans)


def _with_margins(text: str, start: int, end: int) -> tuple[int, int]:
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip(" \t"):
        start = line
    while end < len(text) and text[end] in " \t":
        end += 1
    return start, end


def code_fences(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The finished blocks fenced with a programming language's name ("```python", "```yaml"; not "```", "```text"):
    code, whose lines ("user: bool = False,") are nobody's turns. A plain fence may hold a transcript."""
    return [(a, b) for a, b in blocks if _FENCE_LANGUAGE_RE.match(text, a)]


_FENCE_LANGUAGE_RE = re.compile(r"[ \t]*```[ \t]*(?!(?:text|txt|plaintext|plain)\b)[A-Za-z]")


def blocks_by_design(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The finished blocks that say their lines again by design, not in a loop: neither one block of three or more
    alike (digits aside: "$$x = 2$$" thirty times, a function written four times, a power rising step by step) nor
    one made of a few lines said again and again, word for word (a quarter of its lines or fewer distinct, eight
    lines or more: "print(5)" forty times, a tip list said over in its fence). An `if` chain, a test's cases
    ("console.log(factorial(3)); // 6") and a matrix's cells say their frames again with their own values."""
    shapes = [re.sub(r"\d+", "0", text[a:b].strip()) for a, b in blocks]
    alike = Counter(shapes)
    kept = []
    for (a, b), shape in zip(blocks, shapes):
        lines = [line.strip() for line in text[a:b].splitlines() if line.strip()]
        if alike[shape] >= 3 or (len(lines) >= 8 and 4 * len(set(lines)) <= len(lines)):
            continue
        kept.append((a, b))
    return kept


# Chinese and Japanese are written without spaces: each of their characters is a word of its own.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
# Thai, Lao, Myanmar and Khmer write no space between words either, only between phrases, and no word list
# here cuts them into words: a phrase between spaces is read as one word (see topic.topic_words).
UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED_RE = re.compile(f"[{UNSPACED}]")


def _mark_ranges() -> str:
    """The combining marks (vowel signs, viramas, tone marks, accents written apart) of the Basic Multilingual
    Plane, as a character class body. Python's \\w leaves them out, which cuts "नमस्ते" into "नमस", "त"."""
    # The blocks that hold marks (the rest of the plane, ideographs and syllables, holds none): a fifth of it to read.
    blocks = (range(0x300, 0x3100), range(0xA600, 0xAC00), range(0xFB00, 0xFE30))
    marks = [c for block in blocks for c in block if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    ranges, start = [], marks[0]
    for prev, cur in zip(marks, marks[1:] + [0]):
        if cur != prev + 1:
            ranges.append(f"{chr(start)}-{chr(prev)}" if prev > start else chr(start))
            start = cur
    return "".join(ranges)


MARKS = _mark_ranges()
WORD_RE = re.compile(
    rf"[a-z0-9]+(?:'[a-z]+)?(?![^\W_{CJK}]|[{MARKS}])|[{CJK}]"
    rf"|(?:[^\W_{CJK}][{MARKS}]*)+(?:'[^\W_{CJK}]+)?"
)
"""A word: letters/digits with an optional 's, 't, 'll ... ("don't", "swift's", "i'm"), in any
script, with the marks written on its letters ("नमस्ते", "ร้าน"); a Chinese or Japanese character is one
word. The first branch is the fast path for ASCII
words; the look-ahead sends a word with an accented letter ("più", "chaînes") to the last branch
whole, instead of cutting it where the accent is."""



@lru_cache(maxsize=256)
def words_of(text: str) -> frozenset[str]:
    """The text's words, lower case: read once per prompt, then looked up by the measures that ask whether a word is
    the prompt's."""
    return frozenset(WORD_RE.findall(text.lower()))


# A thinking model's reasoning block: its opening tag, and its closing one, "</think>" or as some fine-tunes write it,
# "<\think>" (spaces inside it too). Its answer comes after the close.
REASONING_TAG_RE = re.compile(r"<think(?:ing)?>", re.IGNORECASE)
REASONING_CLOSES_RE = re.compile(r"<\s*[/\\]\s*think(?:ing)?\s*>", re.IGNORECASE)


def reasoning_block_end(text: str) -> int:
    """Where a closed reasoning block that opens the output ends ("<think>Okay, so ...</think>"), or one whose opening
    tag the prompt wrote (DeepSeek-R1's template ends on "<think>": the output holds only "</think>"); 0 for none. A
    tag named in a reply ("the <think> tag marks ...") or a block never closed is no block to pass over. The lines
    between are the model thinking aloud, said to no one: no questions put to the asker, no decline (its reply, a
    refusal too, comes after the close)."""
    close = REASONING_CLOSES_RE.search(text)
    if close is None:
        return 0
    opened = REASONING_TAG_RE.match(text, len(text) - len(text.lstrip()))
    if opened is None and REASONING_TAG_RE.search(text, 0, close.start()):
        return 0  # (a tag named inside a line of a reply before the close)
    return close.end()


# Units are lines and sentences: a line break, or ., ! or ? followed by a space or a tab.
# Found by str.replace (". " -> ".\n", same length, offsets kept) and str.split: the regex engine
# costs ~25 ns a character, these string methods a fraction of that, and this is the hot path.
_SENTENCE_ENDS = (". ", "? ", "! ", ".\t", "?\t", "!\t")
_WIDE_SENTENCE_ENDS = ("\u3002", "\uff01", "\uff1f", "\uff1b")  # 。！？；
# Other scripts' sentence ends, followed by a space as "." is: the Devanagari danda and double danda (Hindi, Marathi,
# Nepali, Sanskrit: "। ", "॥ "), the Arabic question mark and the Urdu full stop ("؟ ", "۔ ").
_SCRIPT_SENTENCE_ENDS = ("\u0964 ", "\u0965 ", "\u061f ", "\u06d4 ")
# Tokenising: bytes.translate maps every character that is not a letter, digit, apostrophe or line
# break to a space; apostrophes that do not sit inside a word (quote marks around 'sit') become
# spaces too; str.split then gives the words, the same ones WORD_RE finds, at C speed.
_TOKEN_TABLE = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or c in (10, 39)) else 32 for c in range(256))


def _plain_words(lower: str) -> str:
    """`lower` (same length) with every character that is not part of a word turned into a space
    (line breaks kept)."""
    b = lower.encode("ascii", "replace").translate(_TOKEN_TABLE)
    if b"'" in b:
        b = b" " + b + b" "
        for _ in range(2):  # twice: "''sit''"
            before = b
            b = b.replace(b" '", b"  ").replace(b"' ", b"  ").replace(b"\n'", b"\n ").replace(b"'\n", b" \n")
            if b == before:
                break  # nothing replaced (apostrophes inside words only: "i'm"), nor would it be the second time
        b = b[1:-1]
    return b.decode("ascii")
# A unit longer than this many words is cut into chunks of LONG_UNIT_CHUNK words for loop
# detection, so that a loop with no punctuation at all ("and the dog and the dog and ...") still
# has repeating units to find.
LONG_UNIT_WORDS = 40
LONG_UNIT_CHUNK = 20


class Unit(NamedTuple):
    start: int  # offset in the output
    end: int
    text: str  # original text of the unit (may have surrounding spaces)
    words: tuple[str, ...]  # lower-cased words, list numbering and speaker label removed


# A unit's words, for map() over many units: by name, not by position, so it holds if Unit's fields change.
UNIT_WORDS = attrgetter("words")


_NUMBERING = frozenset({"step", "no"})


def split_units(cleaned: Cleaned, labels: frozenset[str] = frozenset()) -> list[Unit]:
    """Lines and sentences of the output, in order, with offsets; units without words skipped.

    Leading list numbering ("1.", "2)", "Step 3:") is dropped from `words` because a numbered
    list must not look like a loop or differ from the same list unnumbered; a leading speaker label
    in `labels` ("customer", "agent") is dropped so that "Customer: I don't have the blanket" and
    "Agent: I don't have the blanket" are seen as the same line said again.
    """
    text = cleaned.text
    lines = cleaned.lower
    # Each end's mark is looked for alone first: a scan for one character is many times faster than one for two, and
    # most texts hold no "?", "!", tab, danda or Arabic stop, so the scan for the pair is mostly skipped.
    for end in _SENTENCE_ENDS:
        if end[0] in lines and end[1] in lines and end in lines:
            lines = lines.replace(end, end[0] + "\n")
    ascii_text = lines.isascii()
    if not ascii_text:
        for end in _WIDE_SENTENCE_ENDS:  # "。" ends a sentence with no space after it: it becomes the break
            if end in lines:
                lines = lines.replace(end, "\n")
        for end in _SCRIPT_SENTENCE_ENDS:
            if end[0] in lines and end in lines:
                lines = lines.replace(end, end[0] + "\n")
    segs = lines.split("\n")
    wordlists: list[Sequence[str]]
    if ascii_text:
        plain_segs = _plain_words(lines).split("\n")
        # Hot path: comprehensions over C-level maps, one pass each, no per-unit function calls.
        wordlists = _each_line_once(_split_lines, plain_segs)
    else:
        plain_segs = segs
        wordlists = _each_line_once(_cjk_line_words if CJK_RE.search(lines) else _find_words, segs)
    # Each line starts one past the previous line's break: prefix sums of the lengths (C code).
    seg_lens = list(map(len, segs))
    starts = list(accumulate(map(add, seg_lens, repeat(1)), initial=0))[:-1]
    ends = list(map(add, starts, seg_lens))
    # Numbered or labelled lines (few): found with C-level maps, then stripped one by one.
    heads = [w[0] if w else "" for w in wordlists]
    lead = map(or_, map(str.isdigit, heads), map(_NUMBERING.__contains__, heads))
    if labels and ":" in lines:
        lead = map(or_, lead, map(str.__contains__, segs, repeat(":")))
    original = cleaned.lower
    stripped: dict[tuple[str, bool], Sequence[str]] = {}  # a dialogue written out repeats its lines: strip each once
    # A number opening a line next to another line's (1 and 2, 2001 and 2002), or in even steps with two others (1960,
    # 1970, 1980), numbers its line, mark or none. (Gathered at the first numbered line: most outputs have none.)
    opening_numbers: set[int] | None = None
    for k in compress(range(len(wordlists)), lead):
        if wordlists[k]:
            # A number alone on its line ("8") is an answer, not the numbering of an item that
            # follows on the same line ("1. Pick a quiet room": split into "1." and "Pick ..."); so is one of three
            # digits or more before a sentence ("829. The sum of ..."): a list is numbered 1 to 99 (ITEM_MARK).
            if len(wordlists[k]) == 1 and wordlists[k][0].isdecimal() and (
                    original[ends[k] : ends[k] + 1] not in (" ", "\t") or len(wordlists[k][0]) > 2):
                continue
            seg, head = segs[k], heads[k]
            if opening_numbers is None:
                opening_numbers = {int(h) for h in heads if h.isdecimal() and len(h) <= _SERIES_DIGITS}
            series = head.isdecimal() and len(head) <= _SERIES_DIGITS and _in_a_series(int(head), opening_numbers)
            if (seg, series) not in stripped:  # its words are the line's own: the same line, the same words
                stripped[seg, series] = _strip_lead(seg, wordlists[k], labels, series)
            wordlists[k] = stripped[seg, series]
    new = tuple.__new__  # Unit(...) through NamedTuple's __new__ is 10x slower
    if max(map(len, wordlists), default=0) <= LONG_UNIT_WORDS:
        # All C-level: the lines with words picked first (Chinese or Japanese text, a "。" ending each line, has an
        # empty one after each), then slices of the text, words as tuples, Units built from zipped fields.
        starts, ends = list(compress(starts, wordlists)), list(compress(ends, wordlists))
        texts = map(text.__getitem__, map(slice, starts, ends))
        fields = zip(starts, ends, texts, map(tuple, compress(wordlists, wordlists)))
        return list(map(partial(new, Unit), fields))
    units: list[Unit] = []  # rare: a very long sentence, cut into chunks
    for k, (s, e, w) in enumerate(zip(starts, ends, wordlists)):
        if len(w) > LONG_UNIT_WORDS:
            _chunk(units, text, plain_segs[k], s, w, ascii_text)
        elif w:
            units.append(new(Unit, (s, e, text[s:e], tuple(w))))
    return units


# A character of a word other than a Chinese or Japanese character: a letter or a digit of another script.
_OTHER_WORD_CHAR_RE = re.compile(rf"[^\W_{CJK}]")
_NOT_CJK_RE = re.compile(f"[^{CJK}\n]+")


def _each_line_once(read: Callable[[list[str]], list[Sequence[str]]], segs: list[str]) -> list[Sequence[str]]:
    """`read(segs)`, each line's words, with each line read once however often it is said: a loop says its lines
    again and again. A line said again gets the same words, the same objects, which are hashed once and compared
    by identity in every index of words, sequences and lines that follows."""
    distinct = list(dict.fromkeys(segs))
    words = dict(zip(distinct, read(distinct)))
    return list(map(words.__getitem__, segs))


def _split_lines(segs: list[str]) -> list[Sequence[str]]:
    return list(map(tuple, map(str.split, segs)))


def _find_words(segs: list[str]) -> list[Sequence[str]]:
    return list(map(WORD_RE.findall, segs))


def _cjk_line_words(segs: list[str]) -> list[Sequence[str]]:
    """WORD_RE.findall of each line, for text that holds Chinese or Japanese characters. A line with no letter or
    digit of another script (most lines of such text) has its Chinese and Japanese characters for words, one a
    character: WORD_RE's other branches need such a letter or digit to start. Those are taken with one
    substitution over the lines joined and str.split (C code) instead of a regex match per character."""
    only_cjk = _NOT_CJK_RE.sub("", "\n".join(segs)).split("\n")
    other = _OTHER_WORD_CHAR_RE.search
    # A line made only of such characters is its own `cjk`; another is searched for a letter or digit of another script.
    return [tuple(cjk) if cjk == seg or other(seg) is None else WORD_RE.findall(seg)
            for seg, cjk in zip(segs, only_cjk)]


def word_count(text: str) -> int:
    """How many words `text` has (the words WORD_RE finds, counted with C string methods)."""
    if not text.isascii():
        return len(WORD_RE.findall(text.lower()))
    return len(_plain_words(text.lower()).split())


def units_between(units: list[Unit], start: int, end: int) -> Iterator[Unit]:
    """The units that overlap the stretch from `start` to `end`, in order, read lazily: `units` are in the output's
    order (split_units'), so none after one that starts at `end` or later is read (a loop has thousands)."""
    for u in units:
        if u.start >= end:
            return
        if u.end > start:
            yield u


def words_between(units: list[Unit], lower: str, start: int, end: int) -> list[str]:
    """The words of the output between two offsets, reusing the units' words (a unit cut by an
    offset is re-read from the text). `units` are in the output's order (split_units'): none after
    one that starts at `end` or later is read."""
    out: list[str] = []
    for u in units:
        if u.start >= end:
            break
        if u.end <= start:
            continue
        if u.start >= start and u.end <= end:
            out.extend(u.words)
        else:
            out.extend(WORD_RE.findall(lower, max(u.start, start), min(u.end, end)))
    return out


def all_words(units: list[Unit]) -> list[str]:
    return list(chain.from_iterable(map(itemgetter(3), units)))  # C code: units' words, in order


def _runs_into_a_word(seg: str, number: str, series: bool = False) -> bool:
    """A number written against the word after it ("3个", "6人"), or before it with only a space between ("15 people
    got on the bus at the terminal."), is a count, not list numbering: that has its mark ("1.", "2)", "3 -", "4:"), or
    comes next to another line's number (`series`: "1 Unplug ...", "2 Wait ...")."""
    body = seg.lstrip()
    after = body[len(number) : len(number) + 1]
    return after.isalpha() or (not series and after == " " and body[len(number) + 1 : len(number) + 2].isalpha())


_SERIES_DIGITS = 4  # a list's numbers, or years, opening lines one after another


def _in_a_series(n: int, numbers: set[int]) -> bool:
    """Is n next to another of the numbers (1 and 2), or one of three in even steps (1960, 1970, 1980; 5, 10, 15)?"""
    if n - 1 in numbers or n + 1 in numbers:
        return True
    return any((n - s in numbers and n + s in numbers) or (n + s in numbers and n + 2 * s in numbers)
               or (n - s in numbers and n - 2 * s in numbers) for s in (2, 5, 10, 100))


def _strip_lead(seg: str, words: Sequence[str], labels: frozenset[str], series: bool = False) -> Sequence[str]:
    """The line's words less its numbering ("1.", "Step 3:", or a number next to another line's, mark or none: "1
    Unplug ...", "2 Wait ...") or its speaker's label; a count opening it is kept ("15 people got on ...")."""
    i = 0
    if words[0] in _NUMBERING and len(words) > 1 and words[1].isdecimal():
        i = 2
    elif words[0].isdecimal() and not _runs_into_a_word(seg, words[0], series):
        i = 1
    if labels:
        colon = seg.find(":", 0, 40)
        label = seg[:colon].strip() if colon >= 0 else ""
        if label in labels:
            i = len(label.split())
    return words[i:]


def _chunk(units: list[Unit], text: str, plain_seg: str, start: int, words: Sequence[str], plain: bool = True) -> None:
    """A very long sentence: cut it into LONG_UNIT_CHUNK-word units, by word offsets.

    `plain_seg` is the line as _plain_words gave it (same length as the text): its words are
    separated by spaces only, so where each starts is found by splitting on single spaces and
    adding up the pieces' lengths (C code), not by a regular expression."""
    new = tuple.__new__  # Unit(...) through NamedTuple's __new__ is 10x slower
    if not plain:  # the line as written: where its words start
        if len(words) == len(plain_seg):  # a word per character (Chinese or Japanese only): word k starts at k
            n, cuts = len(plain_seg), list(range(0, len(plain_seg), LONG_UNIT_CHUNK))
        elif not _OTHER_WORD_CHAR_RE.search(plain_seg):  # its words are its Chinese and Japanese characters
            n, cuts = _cjk_chunk_starts(plain_seg)
        else:  # its words found again with WORD_RE, less the numbering stripped before them ("2.正文：...")
            found = list(WORD_RE.finditer(plain_seg))[-len(words) :] if words else []
            n, cuts = len(found), [m.start() for m in found[::LONG_UNIT_CHUNK]]
        cuts.append(len(plain_seg))  # where each chunk starts, and the line's end
        for j, k in enumerate(range(0, n, LONG_UNIT_CHUNK)):
            s, e = start + cuts[j], start + cuts[j + 1]
            units.append(new(Unit, (s, e, text[s:e], tuple(words[k : k + LONG_UNIT_CHUNK]))))
        return
    pieces = plain_seg.split(" ")
    piece_starts = accumulate(map(add, map(len, pieces), repeat(1)), initial=0)
    spans = list(compress(piece_starts, pieces))[-len(words) :]  # the non-empty pieces: the words
    end = start + len(plain_seg)
    for k in range(0, len(words), LONG_UNIT_CHUNK):
        s = start + spans[k]
        e = start + spans[k + LONG_UNIT_CHUNK] if k + LONG_UNIT_CHUNK < len(spans) else end
        units.append(new(Unit, (s, e, text[s:e], tuple(words[k : k + LONG_UNIT_CHUNK]))))


def _cjk_chunk_starts(seg: str) -> tuple[int, list[int]]:
    """(how many words, where every LONG_UNIT_CHUNK-th starts) in a line whose words are its Chinese and Japanese
    characters (no letter or digit of another script): word k is the k-th such character, at k plus the other
    characters before it (punctuation, spaces). Found from the runs of those, which are few, not by a regex
    match per character."""
    gaps = [(m.start(), m.end() - m.start()) for m in _NOT_CJK_RE.finditer(seg)]
    n = len(seg) - sum(length for _, length in gaps)
    cuts, before, g = [], 0, 0  # `before`: the other characters before the word
    for k in range(0, n, LONG_UNIT_CHUNK):
        while g < len(gaps) and gaps[g][0] <= k + before:
            before += gaps[g][1]
            g += 1
        cuts.append(k + before)
    return n, cuts


# --- small helpers for evidence ------------------------------------------------------------------


def excerpt(text: str, limit: int = 80) -> str:
    """One line, at most `limit` characters, for quoting in a message."""
    one = " ".join(text[: limit * 4].split())  # slice first: outputs can be long
    if len(one) <= limit:
        return one
    return one[: limit - 3].rstrip() + "..."


# Very common English words and question scaffolding: never topic words.
STOPWORDS = frozenset(
    """
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each few for from further get got had hadn't has hasn't have haven't having he he'd he'll he's
her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's
its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
that's the their theirs them themselves then there there's these they they'd they'll they're they've
this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
what's when when's where where's which while who who's whom why why's will with won't would wouldn't
you you'd you'll you're you've your yours yourself yourselves
tell think know want please like let give show explain describe say ask help need would could just
really thing things something anything way ways kind one ones also well much many
""".split()
)


@lru_cache(maxsize=8192)  # a long prompt says its words again and again: each is cut once
def stem(word: str) -> str:
    """A crude stem for matching a question's words in an answer: dogs -> dog, training -> train,
    sitting -> sit, swift's -> swift, friends -> friend, feelings -> feel. Matching is then by prefix, so the
    stem only has to be a prefix of every inflected form."""
    w = normalise_apostrophes(word.lower())
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # "es" ends a plural after a hiss or an "o" (boxes, dishes, heroes); "notes" is "note" + "s"
            w = w[: -len(suffix)]
            break
    if w.endswith("ing") and len(w) >= 7:
        return w[:-3]  # feelings -> feel, buildings -> build, weddings -> wedd (not things, kings, rings)
    if w.endswith("ation") and len(w) >= 9:
        return w[:-3]  # motivation -> motivat (motivated, motivate), education -> educat (not nation, station)
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # sitting -> sitt -> sit; but keep "ball", "miss"
    return w


# One mark said this many times in a row is a token said again, not a rule or some emphasis ("#" two hundred times).
MARK_RUN = 100
# Zero-width spaces, joiners and marks, blank as whitespace is (a character class's contents).
ZERO_WIDTH = "\u200b-\u200f\u2060\ufeff"

# A text's first sentence: up to its first full stop, question or exclamation mark, or line end.
FIRST_SENTENCE_RE = re.compile(r"[^.?!\n]*[.?!\n]?")


# "1. 2. 3. 4.", one a line or not, after a lead-in ending in a colon or not ("Here are four tips:"): a list begun
# and left empty, its marks counting up from 1 ("Ranks: 2. 3. 1." or "1. 3. 5." are numbers, an answer).
_EMPTY_LIST_RE = re.compile(r"\s*(?:[^\n]*[:\uff1a])?\s*((?:\d{1,2}[.)]\s*){2,})\Z")
# Numbers asked for: "Count from 1 to 4", "List the numbers ...", "1から5まで数えて", "数字を".
_ASKS_FOR_NUMBERS_RE = re.compile(r"\b(?:count|counting|numbers|numerals|digits)\b|数え|数字|数到|数一数")


def empty_list(text: str, query: str) -> bool:
    """Is `text` only a list's marks, 1, 2, 3 and on, with nothing in its items, where the request asks for no
    numbers?"""
    m = _EMPTY_LIST_RE.match(text.strip())
    if m is None or _ASKS_FOR_NUMBERS_RE.search(query.lower()):
        return False
    numbers = [int(n) for n in re.findall(r"\d+", m.group(1))]
    return numbers == list(range(1, len(numbers) + 1))
