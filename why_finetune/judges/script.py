"""Scripts: does an output start in the asker's script and then go on in another?

A base model given a question in Japanese or Chinese often writes a line in that language (or only a
number) and then an English page, English questions or an English exercise: what follows is text it
has seen in another language, not the rest of a reply. Read from the letters alone, in two classes,
Latin and not Latin, so the rule is the same whatever the two languages are (an English answer
followed by a Chinese shop page is the same shape).

Not a switch: an output in the other script from its first letters (a chat model answering a Japanese
question in English answers it); a line ending in a colon before the other script ("翻译如下：", "Here
is the translation:"), which introduces what the asker asked for; code after prose (code is written
in Latin letters whatever the asker's language, see code.py); a list of names (book titles, one short
item a line, no sentence), which a reply lists as they are written; any output when the question names
a language written in the other script ("英語で", "翻訳成英文", "in Japanese"): the asker asked for it; a few words of the other script inside
lines of the asker's ("NASAの資料"), since a line's script is the script of most of its letters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from why_finetune.judges.code import is_code
from why_finetune.judges.finding import Finding, pct
from why_finetune.judges.text import WORD_RE, excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "script_switch_words", 12,
    """An output that switches script goes on in the other one for at least this many words (a full
    sentence: "Mars has two small moons named Phobos and Deimos." is 9). A short gloss in the other
    script ("こんにちは" after "Hello in Japanese is") is shorter.""",
)
threshold(
    "script_switch_share", 0.5,
    """... and they are at least this share of the words from the switch to the end: the rest of the
    output is written in the other script, not a line quoting it among lines of the asker's.""",
)

_LATIN_RE = re.compile(r"[a-z]")
_OTHER_RE = re.compile(r"[^\W\d_a-z]")  # a letter outside a-z (Han, Kana, Hangul, Cyrillic, accented ...)
_LATIN_RUN_RE, _OTHER_RUN_RE = re.compile(_LATIN_RE.pattern + "+"), re.compile(_OTHER_RE.pattern + "+")
_LINE_RE = re.compile(r"(?:(?!<br\s*/?>)[^\n])+")  # a line, "<br/>" (markdown tables) being a break too
_COLON_END = (":", "\uff1a")  # ":" and "："
# Languages (and writing systems) the question may ask for whose letters are the other script's: Latin
# ones named in Chinese, Japanese or Korean, and non-Latin ones named in English.
_ASKS_FOR_LATIN_RE = re.compile(
    r"英語|英语|英文|英訳|英译|english|フランス語|法语|法文|ドイツ語|德语|スペイン語|西班牙语|イタリア語|意大利语"
    r"|ローマ字|拼音|영어")
_ASKS_FOR_OTHER_RE = re.compile(
    r"\b(?:japanese|chinese|mandarin|cantonese|korean|russian|arabic|hindi|greek|hebrew|thai|ukrainian"
    r"|kanji|hiragana|katakana|cyrillic)\b")
_NAME_ITEM_RE = re.compile(r"\s*(?:\d+[.)]|[-*\u2022])\s+(\S[^\n]*)")
_SENTENCE_END = tuple(".?!\u3002\uff1f\uff01")
_NAME_WORDS = 6  # a title or a name is a few words; a sentence is more, or ends like one
LATIN, OTHER = "Latin letters", "letters other than Latin"


def _script(lower: str) -> str:
    """LATIN or OTHER, by which has most of the letters of `lower`; "" when it has none."""
    # Each kind counted as what is left out when its runs are taken out (no string per letter, as findall makes).
    latin, other = len(lower) - len(_LATIN_RUN_RE.sub("", lower)), len(lower) - len(_OTHER_RUN_RE.sub("", lower))
    if not latin and not other:
        return ""
    return LATIN if latin >= other else OTHER


_A_TO_Z = bytes(range(ord("a"), ord("z") + 1))


def _holds_a_to_z(lower: str) -> bool:
    """Does `lower` hold a letter _LATIN_RE finds (a to z)? Its ASCII characters alone, then those letters taken out
    of them (C code: str.encode, bytes.translate), cost a fraction of the regex's test of each character of a text in
    another script."""
    ascii_part = lower.encode("ascii", "ignore")
    return len(ascii_part.translate(None, _A_TO_Z)) < len(ascii_part)


def find_switch(query: str, lower: str, t) -> tuple[int, str, int, float] | None:
    """Where the output goes on in a script other than the question's: (character, that script,
    its words from there, their share of the words from there), or None."""
    # Cheap tests first: most outputs hold no letter of the other script at all (an English
    # output to an English question is all ASCII, and str.isascii costs next to nothing).
    if lower.isascii() and query.isascii():
        return None
    asked = _script(query.lower())
    their_letter = (_OTHER_RE if asked == LATIN else _LATIN_RE).search  # a letter of the other script
    if not asked or not (their_letter(lower) if asked == LATIN else _holds_a_to_z(lower)):
        return None
    other = OTHER if asked == LATIN else LATIN
    if (_ASKS_FOR_OTHER_RE if asked == LATIN else _ASKS_FOR_LATIN_RE).search(query.lower()):
        return None  # the asker asked for that language: an answer in it is what was asked
    for m in _LINE_RE.finditer(lower):  # the output opens with a line in the asker's script, or a number
        line = m.group(0).strip()
        if not line:
            continue
        script = _script(line)
        if script == other:
            return None  # from the first letters on in the other script: an answer in that script, not a switch
        if script == asked or WORD_RE.search(line):
            break
    else:
        return None
    # Then only a line holding a letter of the other script can be written in it: the next such letter is
    # searched for and its line read (from the start of its text line, or from the last line read if that is
    # on the same one), the lines between are not (most lines of most outputs).
    hit = their_letter(lower, m.end())
    while hit is not None:
        after = max(m.end(), lower.rfind("\n", 0, hit.start()) + 1)
        m = next(found for found in _LINE_RE.finditer(lower, after) if found.end() > hit.start())
        if _script(m.group(0).strip()) == other:
            return _switch(lower, m.start(), other, t)
        hit = their_letter(lower, m.end())
    return None


def _switch(lower: str, start: int, other: str, t) -> tuple[int, str, int, float] | None:
    """The output goes on in the `other` script from the line at `start`, after lines in the asker's: a switch,
    unless the line before introduces it (ends in a colon), or what follows is code or a list of names."""
    # The line before: the last text before this line (less the "<" of a "<br>" whose rest opens this line).
    before = lower[:start]
    if before.endswith("<"):
        before = before[:-1]
    if before.rstrip().endswith(_COLON_END):
        return None
    rest = lower[start:]
    if is_code(rest, t) or _names_list(rest):
        return None
    words = WORD_RE.findall(rest)
    if not words:
        return None
    in_theirs = {w: _script(w) == other for w in set(words)}  # each distinct word read once
    theirs = sum(map(in_theirs.__getitem__, words))
    return start, other, theirs, theirs / len(words)


def _names_list(rest: str) -> bool:
    """Whether every line of `rest` is a list item of a few words that is not a sentence: names."""
    lines = [line for line in rest.split("\n") if line.strip()]
    items = [_NAME_ITEM_RE.fullmatch(line) for line in lines]
    return len(items) >= 2 and all(
        m is not None and len(WORD_RE.findall(m.group(1))) <= _NAME_WORDS
        and not m.group(1).rstrip().endswith(_SENTENCE_END)
        for m in items
    )


def switch(r, t) -> Finding | None:
    """The output starts in the question's script and goes on in another (see the module's docstring)."""
    if not r.plain:
        return None
    found = find_switch(r.prompt.query, r.lower, t)
    if found is None:
        return Finding("script.switch", 0.0, t.script_switch_share, _no_switch, condition_met=False)
    start, other, words, share = found

    def describe():
        shown = excerpt(r.text[start:], 60)
        return shown, (
            f"goes on in another script: from character {start}, {words} words ({pct(share)} of what follows) "
            f"in {other}, after a start in the question's script (threshold {t.script_switch_words} words "
            f"and {pct(t.script_switch_share)}): '{shown}'"
        )

    return Finding("script.switch", share, t.script_switch_share, describe, start,
                   "it ends where the output goes on in another script",
                   condition_met=words >= t.script_switch_words)


def _no_switch() -> tuple[str, str]:
    return "", "goes on in another script: no, it keeps one script from its first letters"


# --- letters of many scripts at once -------------------------------------------------------------------

threshold(
    "glued_script_pairs", 4,
    """Drift when a stretch of GLUED_WINDOW words holds letters of at least this many pairs of scripts (Latin, Greek,
    Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Georgian, Ethiopic, Chinese and Japanese, Hangul) glued
    letter to letter, with no space or mark between them ("a感应": Latin and Chinese, "co젖邀请": Latin and Hangul,
    Hangul and Chinese, "newtonапример": Latin and Cyrillic): token soup, a small model sampled hot, gluing the
    scripts of many languages to one another. A text in Latin letters writes a foreign word apart, or after a
    bracket or a slash ("Russian: спасибо", "Београд/Beograd"); one mostly in Chinese, Japanese, Korean or Thai
    glues it to its own letters ("英语是love", "love라고"), and those pairs are its writing, not counted. Ordinary
    text glues at most two or three other pairs (a Korean reply's "防彈少年團입니다", a Japanese gloss of a third
    language).""",
)
GLUED_WINDOW = 100  # words: a long paragraph

# The scripts, each by its letters ("cjk" is Chinese characters and Japanese kana, which Japanese writes together):
# token soup glues them (below), and a reply in one cannot name the words of a question in another (topic.py).
SCRIPTS = tuple((name, re.compile(letters)) for name, letters in (
    ("latin", r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    ("greek", r"[\u0370-\u03ff]"),
    ("cyrillic", r"[\u0400-\u04ff]"),
    ("hebrew", r"[\u05d0-\u05ea]"),
    ("arabic", r"[\u0620-\u064a\u0671-\u06d3]"),
    ("devanagari", r"[\u0900-\u0963]"),
    ("thai", r"[\u0e01-\u0e3a\u0e40-\u0e4e]"),
    ("lao", r"[\u0e81-\u0eb0]"),
    ("cjk", r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"),
    ("hangul", r"[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]"),
    ("armenian", r"[\u0531-\u0587]"),
    ("bengali", r"[\u0980-\u09fe]"),
    ("gurmukhi", r"[\u0a00-\u0a76]"),
    ("gujarati", r"[\u0a80-\u0aff]"),
    ("tamil", r"[\u0b80-\u0bfa]"),
    ("telugu", r"[\u0c00-\u0c7f]"),
    ("kannada", r"[\u0c80-\u0cf2]"),
    ("malayalam", r"[\u0d00-\u0d7f]"),
    ("sinhala", r"[\u0d80-\u0df4]"),
    ("georgian", r"[\u10a0-\u10ff]"),
    ("ethiopic", r"[\u1200-\u137c]"),
))
_TOKEN_RE = re.compile(r"\S+")


def _letters_of(names) -> re.Pattern[str]:
    """A pattern for a letter of any of the named scripts of SCRIPTS."""
    names = frozenset(names)
    return re.compile("[" + "".join(rx.pattern[1:-1] for name, rx in SCRIPTS if name in names) + "]")


def _scripts_of(text: str) -> Counter:
    """How many letters of `text` each script of SCRIPTS has (each distinct character looked up once)."""
    found: Counter[str] = Counter()
    for c, n in Counter(text).items():
        name = _script_of(c)
        if name:
            found[name] += n
    return found


@lru_cache(maxsize=4096)
def _script_of(c: str) -> str:
    """The script of SCRIPTS a character is a letter of, or "" (a mark, a digit, a space)."""
    return next((name for name, rx in SCRIPTS if rx.match(c)), "")


_BEYOND_LATIN_AND_CJK_RE = _letters_of(name for name, _ in SCRIPTS if name not in ("latin", "cjk"))


def find_mixed(text: str, least_pairs: int) -> tuple[int, tuple[str, ...], int] | None:
    """(pairs of scripts glued, an example of each, where the first glued word starts) for the first stretch of
    GLUED_WINDOW words holding `least_pairs` such pairs or more; None when there is none. Most outputs are read no
    further than one pass for letters of scripts beyond Latin and Chinese or Japanese; the rest, letter by letter,
    through a table of each character's script made once."""
    # Four pairs hold four scripts, two beyond Latin and Chinese or Japanese: most text has no letter of any such
    # script, found in one pass (C code).
    if text.isascii() or not _BEYOND_LATIN_AND_CJK_RE.search(text):
        return None
    letters = _scripts_of(text)
    # n scripts glue n(n-1)/2 pairs at most: fewer scripts than `least_pairs` needs hold no soup.
    if len(letters) * (len(letters) - 1) < 2 * least_pairs:
        return None
    # A text mostly in a script written without spaces around a foreign word (Chinese, Japanese, Korean with its
    # particles, Thai: "英语是love", "love라고") glues that word to its own letters: those pairs are its writing.
    own = next(iter(letters.most_common(1)))[0]
    own = own if own in _GLUES_FOREIGN_WORDS else ""
    script_of = {c: name for c in set(text) if (name := _script_of(c))}
    glued = [(k, m.start() + first, m.group(), pairs) for k, m in enumerate(_TOKEN_RE.finditer(text))
             for pairs, first in [_glued(m.group(), script_of, own)] if pairs]
    for n, (k, at, _, _) in enumerate(glued):
        examples: dict[frozenset, str] = {}
        for k2, _, word, pairs in glued[n:]:
            if k2 >= k + GLUED_WINDOW:
                break
            for pair in pairs:
                examples.setdefault(pair, word)
        if len(examples) >= least_pairs:
            return len(examples), tuple(examples.values()), at
    return None


_GLUES_FOREIGN_WORDS = frozenset({"cjk", "hangul", "thai"})


def _glued(word: str, script_of: dict[str, str], own: str) -> tuple[frozenset, int]:
    """The pairs of scripts whose letters follow each other in the word with nothing between ("a感应": Latin and
    Chinese), but for pairs with the text's `own` script, and where in the word the first such pair starts (a word
    of Chinese, written without spaces, may hold the answer before the soup)."""
    pairs: set[frozenset] = set()
    before, run, first = "", 0, 0  # the script of the letter before, where its run of letters started
    for at, c in enumerate(word):
        script = script_of.get(c, "")
        if not script and (c.isdecimal() or c == "-"):
            continue  # digits or a hyphen between two scripts glue them too ("numberXM43俦", "Victim-玫瑰")
        if script and before and script != before and own not in (script, before):
            first = first if pairs else run  # the glued word starts with the run before it ("co" of "co젖邀请")
            pairs.add(frozenset((before, script)))
        if script != before:
            run = at
        before = script
    return frozenset(pairs), first


def mixed(r, t) -> Finding | None:
    found = find_mixed(r.text, t.glued_script_pairs)
    if found is None:
        return Finding("script.mixed", 0, t.glued_script_pairs, _not_mixed)
    pairs, examples, start = found

    def describe():
        shown = excerpt(r.text[start:], 60)
        glued = ", ".join(f"'{excerpt(w, 20)}'" for w in examples[:4])
        return shown, (f"writes token soup: from character {start}, {pairs} pairs of scripts glued letter to letter "
                       f"within {GLUED_WINDOW} words ({glued}; threshold {t.glued_script_pairs}): '{shown}'")

    return Finding("script.mixed", pairs, t.glued_script_pairs, describe, start, "it ends where the token soup starts")


def _not_mixed() -> tuple[str, str]:
    return "", "writes token soup: no, no stretch of its words glues the letters of many scripts to each other"


# --- a reply in a script the asker does not write -------------------------------------------------------------

threshold(
    "foreign_script_share", 0.5,
    """Drift, and no answer, when at least this share of the letters of the output's own words (words the prompt does
    not hold) are in scripts other than Latin that the prompt writes none of, while the prompt is written in such a
    script: a question in Amharic answered in Tamil and Gujarati, a Korean one in Chinese (language confusion, a
    multilingual model falling into a language it saw more). The asker cannot read it. Latin is left out: a chat model
    answering in English answers (see script.switch).""",
)
FOREIGN_MIN_LETTERS = 16  # a sentence's worth, more than a word or two quoted ("ありがとうございます" is 10)
# A prompt written in a script other than Latin has a few words of it, not a "θ" or a "π": this many letters, or more
# of them than of Latin letters (a short question in Korean or Amharic syllables: "중국의 수도는 어디야?" is 8) and more
# than a few.
PROMPT_MIN_LETTERS = 12
PROMPT_FEW_LETTERS = 3

# The names of the languages written in each script other than Latin, in English, Russian, Arabic, Persian, Hindi,
# Hebrew, Chinese, Japanese, Korean and the language itself: a prompt naming one asks for that script ("翻译成韩语",
# "ロシア語で", "بالعبرية").
_SCRIPT_LANGUAGE_NAMES = {
    "greek": "greek|греческ|اليونانية|یونانی|यूनानी|יוונית|希腊语|ギリシャ語|그리스어|ελληνικά",
    "cyrillic": "russian|ukrainian|bulgarian|serbian|русск|україн|الروسية|روسی|रूसी|רוסית|俄语|俄文|ロシア語|러시아어",
    "hebrew": "hebrew|иврит|العبرية|عبری|हिब्रू|希伯来语|ヘブライ語|히브리어|עברית",
    "arabic": "arabic|persian|farsi|urdu|арабск|персидск|العربية|عربي|عربی|فارسی|اردو|अरबी|ערבית|阿拉伯语|アラビア語|아랍어",
    "devanagari": "hindi|nepali|marathi|sanskrit|хинди|الهندية|هندی|ہندی|הינדי|印地语|ヒンディー語|힌디어|हिन्दी|हिंदी|नेपाली",
    "thai": "thai|тайск|التايلاندية|تایلندی|थाई|תאית|泰语|タイ語|태국어|ภาษาไทย",
    "cjk": "chinese|mandarin|cantonese|japanese|kanji|hanja|hiragana|katakana|китайск|японск|иероглиф|الصينية|اليابانية|چینی|ژاپنی|चीनी|जापानी|סינית"
           "|יפנית|中文|汉语|漢語|华语|汉字|漢字|日语|日文|日本語|中国語|ひらがな|カタカナ|중국어|일본어|한자",
    "hangul": "korean|hangul|корейск|الكورية|کره‌ای|कोरियाई|קוריאנית|韩语|韩文|韩国语|韓國語|朝鲜语|朝鮮語|韓国語|韓語|ハングル|한국어|한국말|한글",
    "armenian": "armenian|армянск|亚美尼亚语|アルメニア語|հայերեն",
    "bengali": "bengali|bangla|бенгальск|बंगाली|孟加拉语|ベンガル語|বাংলা",
    "tamil": "tamil|тамильск|तमिल|泰米尔语|タミル語|தமிழ்",
    "telugu": "telugu|泰卢固语|テルグ語|తెలుగు",
    "georgian": "georgian|грузинск|格鲁吉亚语|ジョージア語|ქართული",
    "ethiopic": "amharic|tigrinya|амхарск|阿姆哈拉语|アムハラ語|አማርኛ",
    "gujarati": "gujarati|гуджарати|गुजराती|ગુજરાતી",
    "gurmukhi": "punjabi|gurmukhi|пенджаби|पंजाबी|ਪੰਜਾਬੀ",
    "kannada": "kannada|каннада|कन्नड़|ಕನ್ನಡ",
    "malayalam": "malayalam|малаялам|मलयालम|മലയാളം",
    "sinhala": "sinhala|sinhalese|сингальск|සිංහල",
    "lao": "\\blao\\b|laotian|лаосск|ລາວ",
}

# A question about words of several or of foreign languages, naming none ("“爱”在几种语言里怎么说？", "「愛」は外国語で何と
# 言いますか？"): a reply gives words of any script, each framed in the asker's.
_SEVERAL_LANGUAGES_RE = re.compile(
    r"\blanguages\b|\b(?:other|foreign) language|几种语言|多种语言|各种语言|不同语言|其他语言|其它语言|别的语言|外语|外文"
    r"|外国語|多言語|他の言語|各国語|여러 나라 말|여러 언어|다른 언어|외국어|языках|другом языке|иностранн"
    # ... or the original of a text written in another script ("Приведи оригинал стихотворения Ли Бо", "原文"):
    r"|оригинал|原文|원문|\bin the original\b")


def find_foreign_script(prompt: str, text: str, words: list[str]) -> tuple[float, int, tuple[str, ...]] | None:
    """(the share of the output's own letters in scripts other than Latin the prompt writes none of, those letters,
    the scripts), when the prompt is written in a script other than Latin and names no language of theirs; None
    otherwise. `text`: the output; `words`: its words."""
    asker = _the_askers_scripts(prompt)
    if asker is None or asker.other_letter.search(text) is None:
        return None  # (most outputs: every letter in the prompt's scripts or Latin, found in one pass over the text)
    own = _scripts_of("".join(filterfalse(asker.words.__contains__, words)))
    foreign = {name: n for name, n in own.items() if name not in asker.scripts}
    if not foreign or not asker.named.isdisjoint(foreign):
        return None
    letters = sum(foreign.values())
    return letters / sum(own.values()), letters, tuple(sorted(foreign, key=foreign.__getitem__, reverse=True))


class AskersScripts(NamedTuple):
    scripts: frozenset[str]  # the scripts the prompt writes, Latin among them
    other_letter: re.Pattern[str]  # a letter of any other script
    named: frozenset[str]  # the scripts whose languages the prompt names
    words: frozenset[str]  # the prompt's words, lower case


@lru_cache(maxsize=256)
def _the_askers_scripts(prompt: str) -> AskersScripts | None:
    """The scripts the prompt is written in and names, read once per prompt. None for a prompt in Latin letters (a
    "θ" in a formula at most: any script may answer it, as English may answer any) or one asking about words of
    several or of foreign languages, or for a text's original."""
    scripts = _scripts_of(prompt)
    lower = prompt.lower()
    other = sum(scripts.values()) - scripts["latin"]
    if (other < PROMPT_MIN_LETTERS and other <= max(scripts["latin"], PROMPT_FEW_LETTERS)) \
            or _SEVERAL_LANGUAGES_RE.search(lower):
        return None
    named = frozenset(name for name, names in _SCRIPT_LANGUAGE_NAMES.items() if re.search(names, lower))
    asked = frozenset(scripts) | {"latin"}
    return AskersScripts(asked, _letters_of(name for name, _ in SCRIPTS if name not in asked), named,
                         frozenset(WORD_RE.findall(lower)))


def foreign_script(r, t) -> Finding | None:
    """The output is written in scripts the asker does not write (see find_foreign_script)."""
    query = r.prompt.query  # the asker's words: a system turn in English is not their writing
    found = None if r.lower.isascii() or query.isascii() else find_foreign_script(query, r.text, r.words)
    if found is None:
        return Finding("script.foreign", 0.0, t.foreign_script_share, _not_foreign)
    share, letters, scripts = found
    start = _where_it_starts(r.units, r.text, _letters_of(scripts))

    def describe():
        shown = excerpt(r.text[start:], 60)
        return shown, (f"writes in a script the asker does not write: {pct(share)} of its own letters ({letters}) are "
                       f"in {', '.join(scripts)}, which the prompt has none of (threshold "
                       f"{pct(t.foreign_script_share)}): '{shown}'")

    return Finding("script.foreign", share, t.foreign_script_share, describe, start,
                   "it ends where the other script starts", condition_met=letters >= FOREIGN_MIN_LETTERS)


def _where_it_starts(units, text: str, letter: re.Pattern[str]) -> int:
    """Where the output goes on in the other scripts: in the first sentence written mostly in them (a word of them
    quoted earlier, "'學校'", is not where), at the start of the word holding their first letter ("እпитантеля"), read
    back over their letters, Latin letters and digits only where the letters before are of a script written without
    spaces, so an answer in the asker's script glued before it stands ("…333メートルです도쿄 …" at "도쿄")."""
    unit = next((u for u in units if 2 * len(letter.findall(text, u.start, u.end))
                 >= sum(c.isalpha() for c in text[u.start : u.end])), None)
    first = letter.search(text, unit.start, unit.end) if unit else letter.search(text)
    if first is None:
        return 0
    start = first.start()
    while start > 0 and text[start - 1].isalnum() and (
            letter.match(text[start - 1]) or text[start - 1].isascii() or not _UNSPACED_RE.match(text[start - 1])):
        start -= 1
    return start


# Letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao): the word before another
# script's letters glued to them may be the answer's last; in spaced scripts it is the glued word's own start.
_UNSPACED_RE = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e01-\u0e4e\u0e81-\u0eb0]")


def _not_foreign() -> tuple[str, str]:
    return "", "writes in a script the asker does not write: no"
