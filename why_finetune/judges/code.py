"""Code: is a reply a piece of program text rather than prose?

Read from the shape of its lines, in any programming language and whatever the asker's language:
a line of code calls or indexes something (a name right before "(" or "["), assigns ("="), or opens
or closes a block (it ends in ":", "{", "}", ";" or a bracket). Prose lines end in full stops and
rarely do any of these. Outputs copied from a markdown table keep their line breaks as "<br/>",
read here as line breaks.

Code names things by its own identifiers, in English whatever language the request was written in
(`def insertion_sort(items):` for "用python写一个插入排序的函数", `def remove_duplicates(items):` for "Écrivez
une fonction qui supprime les doublons d'une liste"), so a reply that is code cannot be held to the words
of a question in another language than English: one written in other letters, or in Latin letters with
hardly any of English's small words (see reply.on_topic, topic.trailing_gap). A request in English is
still held to them: code's identifiers could have named "reverse" or "string", and unrelated code names
something else.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.language import not_in_english
from why_finetune.judges.text import excerpt, has
from why_finetune.judges.thresholds import threshold

threshold(
    "code_min_lines", 3,
    """A reply is code only with at least this many lines: a function's head, its body and its
    return. One or two lines with a bracket are prose quoting a call ("use print(x)").""",
)
threshold(
    "code_line_share", 0.6,
    """... and when at least this share of its lines read as code (see code.py). Not all: code has
    lines that are a bare keyword and a value ("return 0", "pass") and comment lines; prose that
    mentions a call or two stays far below.""",
)

_LINE_BREAK_RE = re.compile(r"\n|<br\s*/?>", re.IGNORECASE)
_CODE_LINE_RE = re.compile(r"\w[(\[]|[^=!<>]=[^=]|==|[:{};(\[\])]\s*\Z")


def is_code(text: str, t) -> bool:
    """Is `text` (a reply part) program text: at least ``code_min_lines`` lines, at least
    ``code_line_share`` of them code lines?"""
    if "(" not in text and "=" not in text and ":" not in text:  # cheap test: prose has few of these
        return False
    lines = [line for line in _LINE_BREAK_RE.split(text) if line.strip()]
    if len(lines) < t.code_min_lines:
        return False
    coded = sum(1 for line in lines if _CODE_LINE_RE.search(line.rstrip()))
    return coded >= t.code_line_share * len(lines)


def code_for_another_language(r, text: str, t) -> bool:
    """`text` is code, replying to a question written in another language than English (see language.not_in_english)."""
    return not_in_english(r.prompt.query) and is_code(text, t)


# A request for program text: a making verb, then a function, a program, a script, ... ("Write a function in Python
# that ...", "Create a Python script to ...", "Implement a class ..."), in a request that names a programming
# language (a "standup comedy script" or "the Excel function name" asks for no code).
_ASKS_FOR_CODE_RE = re.compile(
    r"^(?:please |can you |could you )?(?:write|create|implement|generate|code|give me|show me|provide)(?: me)?"
    # ... the words between naming the code, not what else is asked ("tips for clean Python code", "a haiku about
    # Python code")
    r"(?: (?!(?:about|for|on|of|tips|advice|haiku|poem|story|joke|song|essay|explanation)\b)[\w+#.-]+){0,4}"
    r" (?:function|functions|program|programs|script|scripts|code|class|method|snippet|query|command)\b"
)
_LANGUAGES = (r"(?:python|javascript|typescript|java|kotlin|swift|rust|golang|go|ruby|php|perl|bash|shell"
              r"|powershell|sql|html|css|haskell|scala|matlab|node\.?js|discord\.js|react|c\+\+|c#|c)")
# ... named as the code's language: "in Python", "using Discord.js", "a Rust function", "Python code" (not "a script
# where Taylor Swift meets a fan", "a script about rust on old cars").
_LANGUAGE_RE = re.compile(
    rf"\b(?:in|using|with) {_LANGUAGES}(?![\w+#])|(?<![\w.]){_LANGUAGES}(?: [\w-]+)? (?:function|functions|program"
    r"|programs|script|scripts|code|class|method|snippet|query|queries|command|commands)\b"
)


# The same request in Japanese, Chinese or Korean: a language named, then code, a program, a script or a function,
# asked to be written ("フィボナッチ数列を出力するpythonコードを書いてください。", "用Python写一个函数", "파이썬 코드를 작성해 주세요").
# The language named as a word of its own, C and Go as "C言語", "Go语言" ("Cコード" is a guitar chord).
_CJK_LANGUAGES = (r"(?:(?<![a-z])(?:python|javascript|typescript|java|kotlin|swift|rust|golang|ruby|php|perl|bash|shell"
                  r"|powershell|sql|html|css|haskell|scala|matlab|react|node\.?js|discord\.js|c\+\+|c#)(?![a-z+#])"
                  r"|(?<![a-z])(?:c|go) ?(?:言語|语言|언어)"
                  r"|パイソン|파이썬|자바스크립트|자바)")
_CJK_ASKS_FOR_CODE_RE = re.compile(
    rf"{_CJK_LANGUAGES}\s*(?:の|で|로|으로)?\s*(?:コード|プログラム|スクリプト|関数|代码|程序|函数|脚本|코드|프로그램|함수|스크립트)"
    r"[^。？?\n]{0,12}(?:書いて(?:ください|下さい|[。！!]?\s*\Z)|作成して|作って|写一|写个|写段"
    r"|编写一|作成|작성해|짜\s?(?:줘|주세요)|만들어)"
    rf"|(?:用|使用){_CJK_LANGUAGES}\s*(?:写一|写个|编写一|实现一)"
)
# The same request in Bengali, Hindi, Nepali or Urdu, the verb last: a language named, then code, a program, a script or
# a function (the whole word: not "programmer", "programming"), then a verb asking to write or make it ("পাইথন কোড
# লিখুন", "पायथन में एक फ़ंक्शन लिखिए", "پائتھن میں ایک فنکشن لکھیں"), within one sentence.
_IN_ONE_SENTENCE = r"(?:(?![।?؟\n\u06d4]|\.(?:\s|\Z)).)"
_SOUTH_ASIAN_ASKS_FOR_CODE_RE = re.compile(
    r"(?:(?<![a-z])(?:python|javascript|typescript|java|sql|c\+\+|c#)(?![a-z+#])|পাইথন|জাভা|पाइथन|पायथन|पाइथॉन"
    r"|जावा|پائتھن|پائیتھن|پایتھون|جاوا)"
    rf"{_IN_ONE_SENTENCE}{{0,80}}?(?:কোড|ফাংশন|প্রোগ্রাম|স্ক্রিপ্ট|कोड|फ़ंक्शन|फंक्शन|फङ्सन|फंक्सन|प्रोग्राम|स्क्रिप्ट|کوڈ|فنکشن"
    r"|پروگرام|اسکرپٹ)(?![\u0900-\u09ff\u0600-\u06ff])"
    rf"{_IN_ONE_SENTENCE}{{0,40}}?(?:লিখুন|লেখো|লিখে দিন|তৈরি করুন|लिखें|लिखिए|लिखो|लेख्नुहोस्|बनाएं|बनाइए|बनाउनुहोस्|لکھیں|لکھو"
    r"|لکھ دیں|بنائیں)"
)
_SOUTH_ASIAN_LETTER_RE = re.compile("[\u0900-\u09ff\u0600-\u06ff]")  # (a cheap test first: most prompts have none)
# ... not one about code, a piece of writing about it, or how to write it ("পাইথন কোড নিয়ে একটি কবিতা লিখুন", "पायथन कोड के
# बारे में एक कविता लिखिए", "पायथन में फ़ंक्शन कैसे लिखें?").
_SOUTH_ASIAN_ABOUT_RE = re.compile(
    r"সম্পর্কে|নিয়ে|কবিতা|গল্প|প্রবন্ধ|কীভাবে|কিভাবে|के बारे में|बारेमा|कविता|कहानी|निबंध|लेख(?![्ि])|कैसे|کے بارے میں|نظم"
    r"|کہانی|مضمون|کیسے")
# ... in a sentence that asks about code rather than for it ("用Python写代码有什么好处？", "…を書くコツとは？").
_ASKS_ABOUT_RE = re.compile(r"有什么|好处|区别|如何学|怎么学|とは|注意点|コツ|무엇|어떻게|장점|좋은 습관")


@lru_cache(maxsize=256)
def asks_for_code(query: str) -> bool:
    """Does the request ask for program text in a named language ("Write a function in Python that ...", "…pythonコー
    ドを書いてください。")?"""
    lower = query.lower().strip()
    if _ASKS_FOR_CODE_RE.match(lower) is not None and _LANGUAGE_RE.search(lower) is not None:
        return True
    found = _SOUTH_ASIAN_ASKS_FOR_CODE_RE.search(lower) if _SOUTH_ASIAN_LETTER_RE.search(lower) else None
    if found is not None and _SOUTH_ASIAN_ABOUT_RE.search(found.group(0)) is None:
        return True
    asked = _CJK_ASKS_FOR_CODE_RE.search(lower)
    if asked is None:
        return False
    sentence = re.split(r"(?<=[。！!？?\n])", lower[asked.start() :], maxsplit=1)[0]
    return _ASKS_ABOUT_RE.search(sentence) is None


# A command on a line of its own, which needs no bracket: a name, a few arguments, a flag ("ls -lS
# /path", "du -sh ~"), and no full stop at the end; or a query opening with an SQL keyword in capitals ("SELECT name
# FROM employees"); or code between backticks. Not prose's "drop to -5" nor "With Python, ... is as easy".
_COMMAND_RE = re.compile(r"[ \t]*(?:\$ )?[A-Za-z][\w.-]*(?: [^\s]+){0,6}? --?[A-Za-z][\w-]*(?: [^\n]*)?\Z")
_QUERY_RE = re.compile(r"[ \t]*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH) [^\n]*\b(?:FROM|INTO|SET|TABLE|AS)\b")
_BACKTICKS_RE = re.compile(r"`[^`\n]+`")


def _a_command(line: str) -> bool:
    if _QUERY_RE.match(line):
        return True
    return not line.rstrip().endswith(".") and _COMMAND_RE.match(line) is not None


def holds_code(text: str) -> bool:
    """Does `text` hold program text: a fenced block, code between backticks, a command or a query on its line, or
    one line of code at least (a call, an assignment, a block opened or closed: "def mean(xs): return sum(xs) /
    len(xs)" on one line is code)?"""
    return has(text, "```") or _BACKTICKS_RE.search(text) is not None or any(
        _CODE_LINE_RE.search(line.rstrip()) or _a_command(line) for line in _LINE_BREAK_RE.split(text))


# A line defining a function or a name: "def add_one(", "function meaning_of_life(", "const things =", "fn main(".
_DEFINITION_RE = re.compile(
    r"^([ \t]*)(?:export[ \t]+)?(?:async[ \t]+)?(?:(?:def|function|func|fn|sub)[ \t]+|(?:const|let|var)[ \t]+)"
    r"([A-Za-z_$][\w$]*)[^\n]*\n", re.MULTILINE)
_IDENTIFIER_RE = re.compile(r"[A-Za-z_$][\w$]*|\d+")
# What a stub's body holds in place of one: "pass", "...", "TODO", "raise NotImplementedError", "return None".
_PLACEHOLDERS = frozenset("pass todo fixme notimplementederror notimplemented raise return none null undefined".split())
_COMMENT_RE = re.compile(r"(?:#|//).*")


def defines_the_named_function(prompt: str, text: str) -> bool:
    """Is the text code defining the function the request names, with a body of its own ("Write a javascript function
    meaning_of_life() ..." answered "function meaning_of_life() {\\n  return 42;\\n}")? The function's name, its
    language and the fence the request asks for are said again by necessity: that is no echo. Its body is the lines
    indented under its head; a stub ("pass", "TODO", "raise NotImplementedError"), or a body of nothing but the
    request's words, is not enough."""
    said: frozenset[str] | None = None
    checked: set[str] = set()
    for m in _DEFINITION_RE.finditer(text):
        name = m.group(2)
        if name in checked:
            continue
        checked.add(name)
        if not re.search(rf"(?<![\w$]){re.escape(name)}[ \t]*\(", prompt):
            continue
        if said is None:
            said = frozenset(_IDENTIFIER_RE.findall(prompt.lower()))
        if any(word not in said and word not in _PLACEHOLDERS for word in _body_words(text, m.end(), len(m.group(1)))):
            return True
    return False


# A request to mend or change code the prompt holds, its verb opening a line or a sentence, maybe after "please" or
# "can you": "fix the single statement bug in this python method", "Refactor this function", "Please correct the
# query"; not "Don't change the code", "I don't want you to fix it", "What will change if I run this code?".
_ASKS_TO_MEND_CODE_RE = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+)[ \t]*(?:please[ \t]+|(?:can|could|would)[ \t]+you[ \t]+(?:please[ \t]+)?|help[ \t]+me[ \t]+)?"
    r"(?:fix|correct|debug|repair|refactor|optimi[sz]e|modify|update|change|rewrite|improve)\b[^\n.?!]{0,60}?"
    r"\b(?:code|bugs?|method|function|program|script|snippet|class|query|error)\b",
    re.IGNORECASE | re.MULTILINE)
EDITED_LINE_RATIO = 0.6  # how alike an edited line stays to the prompt's line: most of its characters, in order
REQUEST_AGAIN_RATIO = 0.8  # a line this like the request, its case and marks aside, is the request written again
# A line's number before it and a comment after it: no edit of its code ("12  total += x  # fixed").
_LINE_NUMBER_RE = re.compile(r"^\d+[ \t.:|)]+")
_TRAILING_COMMENT_RE = re.compile(r"[ \t]*(?:#|//|--|/\*)[^\n]*$")


def gives_the_code_back_changed(query: str, text: str) -> bool:
    """Is the text the prompt's code given back mended, as a request to fix or change it asks ("fix the single
    statement bug in this python method" answered by the method with "logging.fileHandler" made
    "logging.FileHandler")? One line at least is an edit of a line of the prompt's code (most of its characters
    kept, in order; a line number or a comment added is no edit): the other words are the prompt's by necessity, the
    edit is the work. Lines added around the code unchanged (a label, "Here is the fixed code:") are no edit, and
    the request written again (its case or marks changed too) is a new exercise, not a mended answer."""
    request = _ASKS_TO_MEND_CODE_RE.search(query)
    if request is None:
        return False
    end = query.find("\n", request.end())
    asked = _plain(query[query.rfind("\n", 0, request.start()) + 1 : end if end >= 0 else len(query)])
    held = {_code_of(line) for line in query.splitlines() if line.strip() and _plain(line) != asked} - {""}
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("```")]
    if asked and any(difflib.SequenceMatcher(None, _plain(line), asked, autojunk=False).ratio() >= REQUEST_AGAIN_RATIO
                     for line in lines):
        return False
    return any(_an_edit_of(code, held) for code in map(_code_of, lines) if code and code not in held)


def _code_of(line: str) -> str:
    """A line's code: stripped, less a line number before it and a comment after it."""
    return _TRAILING_COMMENT_RE.sub("", _LINE_NUMBER_RE.sub("", line.strip()))


def _plain(line: str) -> str:
    """A line's words, lower case, its marks aside: the request said again ("Debug this Python function for me:")."""
    return " ".join(re.findall(r"\w+", line.lower()))


def _an_edit_of(line: str, held: Collection[str]) -> bool:
    """Is the line one of `held` edited: as long within a half, and most of its characters kept in order? Not one
    only spaced or quoted anew ("a - b" for "a-b", '"Hello"' for "'Hello'"), nor one cut off in a word by the token
    limit ("return resu" for "return result"): the same code, whatever other line it is also like."""
    own = _layout_aside(line)
    if any(_layout_aside(other) == own or _cut_off_in_a_word(line, other) for other in held):
        return False
    return any(len(line) <= 2 * len(other) and len(other) <= 2 * len(line) and _alike(line, other) for other in held)


def _alike(line: str, other: str) -> bool:
    """Most of the characters kept in order (difflib's ratio), its cheap upper bounds tried first."""
    matcher = difflib.SequenceMatcher(None, line, other, autojunk=False)
    return matcher.real_quick_ratio() >= EDITED_LINE_RATIO and matcher.quick_ratio() >= EDITED_LINE_RATIO \
        and matcher.ratio() >= EDITED_LINE_RATIO


def _layout_aside(line: str) -> str:
    return re.sub(r"\s+", "", line).replace('"', "'")


def _cut_off_in_a_word(line: str, other: str) -> bool:
    """Is the line the start of the other, ended inside one of its words (the text stopped there)? A line whose tail
    is cut away at a word's end ("return total / len(xs)" of "return total / len(xs) - 1") may be an edit."""
    return len(line) < len(other) and other.startswith(line) and line[-1:].isalnum() and other[len(line)].isalnum()


def _body_words(text: str, start: int, indent: int) -> list[str]:
    """The words of the lines from `start` indented deeper than `indent`, up to the first that is not (comments left
    out, two hundred lines at most): a function's body under its head."""
    words: list[str] = []
    for _ in range(200):
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if line.strip() and len(line) - len(line.lstrip(" \t")) <= indent:
            break
        words += _IDENTIFIER_RE.findall(_COMMENT_RE.sub("", line).lower())
        if end < 0:
            break
        start = end + 1
    return words


# A function's head in the prompt, its body left to write: "def remove_Occ(s,ch): \n", "function add(a, b) {\n",
# "pub fn area(w: u32, h: u32) -> u32 {\n".
_HEAD_RE = re.compile(r"^([ \t]*)(?:pub[ \t]+)?(?:async[ \t]+)?(?:def|function|func|fn)[ \t]+[A-Za-z_$][\w$]*[ \t]*\([^\n]*\n", re.MULTILINE)
# What may stand under the head before the body: a docstring, comments ("# Your code here"), blank lines.
_NO_BODY_RE = re.compile(
    r'(?:[ \t]*(?:"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|(?:#|//)[^\n]*)?[ \t]*\n)*[ \t]*(?:(?:#|//)[^\n]*)?\Z')


# A fill-in-the-middle prompt ends on its middle token (StarCoder's and Qwen-Coder's "<fim_middle>", "<|fim_middle|>",
# CodeLlama's "<MID>"): the output is the middle, between the prefix and the suffix the prompt gives.
_FIM_MIDDLE_RE = re.compile(r"(?:<fim_middle>|<\|fim_middle\|>|<fim-middle>|<MID>)\s*\Z")


_FIM_SUFFIX_RE = re.compile(
    r"(?:<fim_suffix>|<\|fim_suffix\|>|<fim-suffix>|<SUF>)(.*?)(?:<fim_middle>|<\|fim_middle\|>|<fim-middle>|<MID>)",
    re.DOTALL)


def fills_the_middle(raw: str, output: str) -> bool:
    """Does the prompt ask for the middle of a code file, its prefix and suffix given (fill-in-the-middle), and the
    output not write the suffix out again (its first line of eight characters or more)? A suffix written again is the
    prompt's text."""
    middle = _fim_suffix_line(raw) if "<" in raw else None
    return middle is not None and (not middle or middle not in output)


@lru_cache(maxsize=256)
def _fim_suffix_line(raw: str) -> str | None:
    """A fill-in-the-middle prompt's suffix's first line of eight characters or more ("" if none); None if the prompt
    is no such prompt. Read once per prompt."""
    if _FIM_MIDDLE_RE.search(raw) is None:
        return None
    suffix = _FIM_SUFFIX_RE.search(raw)
    return next((s.strip() for s in suffix.group(1).split("\n") if len(s.strip()) >= 8), "") if suffix else ""


_FIM_PREFIX_TOKEN_RE = re.compile(r"<fim_prefix>|<\|fim_prefix\|>|<fim-prefix>|<PRE>")
_STRING_QUOTES = ('"""', "'''")
_DEFINITION_OPENS_RE = re.compile(r"[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]")


@lru_cache(maxsize=256)
def fills_a_string(raw: str) -> bool:
    """Is the middle a fill-in-the-middle prompt asks for inside a string: its prefix ending on a triple quote and its
    suffix opening on the same, each alone on its line, a docstring's place (under a line ending in a colon, or over a
    definition)? Then the middle is text, what the string says."""
    if _FIM_MIDDLE_RE.search(raw) is None:
        return False
    suffix = _FIM_SUFFIX_RE.search(raw)
    if suffix is None or _FIM_PREFIX_TOKEN_RE.search(raw, 0, suffix.start()) is None:
        return False
    # (Each quote alone on its line, under a head or a line ending in a colon or over a definition: not a string
    # assigned or passed, 'SOURCE = """' or 'dedent(\n    """', which may hold code.)
    before_lines = raw[: suffix.start()].rstrip().split("\n")
    after_lines = suffix.group(1).lstrip().split("\n")
    last_line, first_line = before_lines[-1].strip(), after_lines[0].strip()
    if not any(last_line == quote and first_line == quote for quote in _STRING_QUOTES):
        return False
    above = next((line.strip() for line in reversed(before_lines[:-1]) if line.strip()), "")
    below = next((line for line in after_lines[1:] if line.strip()), "")
    return above.endswith(":") or _HEAD_RE.match(below + "\n") is not None or \
        _DEFINITION_OPENS_RE.match(below) is not None


def opens_a_definition(text: str) -> bool:
    """Does the text open on a function's head ("def add(a, b):", "function f(x) {")?"""
    return _HEAD_RE.match(text.lstrip("\n")) is not None


def completes_a_stub(prompt: str, output: str) -> bool:
    """Does the prompt end on a function's head whose body is not written, only its docstring or a comment under it
    (a HumanEval or MBPP prompt: "def remove_Occ(s,ch): \n    \"\"\"...\"\"\"\n    # Your code here\n"), and does the output
    open with a line indented under that head, the body asked for ("    return 4*a")? Then the output completes the
    code: no sentence of the prompt's goes on, and its first line is no fragment."""
    head_indent = _open_head_indent(prompt)
    if head_indent is None:
        return False
    first = next((line for line in output.split("\n") if line.strip()), "")
    return len(first) - len(first.lstrip(" \t")) > head_indent


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def _open_head_indent(prompt: str) -> int | None:
    """The indent of the function's head the prompt ends on, its body not written; None if it ends on none."""
    heads = list(_HEAD_RE.finditer(prompt))
    if not heads or _NO_BODY_RE.match(prompt, heads[-1].end()) is None:
        return None
    return len(heads[-1].group(1))


def completes_the_code(r, text: str) -> bool:
    """Is `text` the body of the function the prompt leaves open (see completes_a_stub), with a word of its own (not
    only the prompt's assert said again)? Its identifiers are the function's parameters and its own names, not the
    docstring's words, and it says the parameters again by necessity: neither off topic nor an echo."""
    if not r.completes_code:
        return False
    said = frozenset(_IDENTIFIER_RE.findall(r.prompt.raw.lower()))
    return any(word not in said and word not in _PLACEHOLDERS
               for word in _IDENTIFIER_RE.findall(_COMMENT_RE.sub("", text).lower()))


def code_of_its_own(r, text: str, t) -> bool:
    """Code whose identifiers need not name the question's words: code to a question not in English, or the body of
    the function the prompt leaves open."""
    return code_for_another_language(r, text, t) or completes_the_code(r, text)


# A docstring's opening words: 'Write a python function to ...' of '"""\n    Write a python function to ..."""'.
_DOCSTRING_OPENING_RE = re.compile(r'[ \t\n]*(?:"""|\'\'\'|(?:#|//)[ \t]*)[ \t\n]*((?:[^\W\d_]+[ \t]+){2}[^\W\d_]+)')
_STUB_FRAME_WORDS = 3


def next_stub(r, t) -> Finding | None:
    """After the body of the function the prompt leaves open, another function's head under a docstring that opens
    as the prompt's does and holds an example of its use ("def square_area(a):\n    \"\"\"\n    Write a function
    to find the area ...\n    assert square_area(10)==100"): the next problem of the prompt's set, a new example of its
    format. A helper function of the body's own gives no example of its use, whatever its docstring's first words."""
    if not r.plain:
        return None
    start = _next_stub_at(r.prompt.raw, r.text) if r.completes_code else None
    shown = excerpt(r.text[start:].split("\n", 1)[0], 60) if start is not None else ""
    return Finding(
        "code.next_stub", float(start is not None), 1.0,
        lambda: (shown, f"writes the next problem of the prompt's set: a function's head under a docstring that opens "
                        f"as the prompt's does: '{shown}'"),
        start, "it ends where the next problem starts",
    )


# A problem's example in its docstring: MBPP's "assert f(...) == ...", HumanEval's ">>> f(...)".
_EXAMPLE_RE = re.compile(r"^[ \t]*(?:assert\b|>>>)", re.MULTILINE)
_STUB_LINES = 12  # a new problem's head, docstring and example lines


def _next_stub_at(prompt: str, output: str) -> int | None:
    head = list(_HEAD_RE.finditer(prompt))[-1]
    opening = _DOCSTRING_OPENING_RE.match(prompt, head.end())
    if opening is None:
        return None
    frame = opening.group(1).lower().split()[:_STUB_FRAME_WORDS]
    for m in _HEAD_RE.finditer(output):
        said = _DOCSTRING_OPENING_RE.match(output, m.end())
        if said is None or said.group(1).lower().split()[:_STUB_FRAME_WORDS] != frame:
            continue
        stub = "\n".join(output[m.end() :].split("\n", _STUB_LINES)[:_STUB_LINES])
        if _EXAMPLE_RE.search(stub) is not None:
            return m.start()
    return None

