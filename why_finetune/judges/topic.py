"""Topic: does the output talk about what was asked, and does it stay there?

The question's topic words are its words minus stop words and question scaffolding ("tell",
"think", "what", ...), crudely stemmed ("training" -> "train"), and matched in the output as word
starts: a stem of five letters or more matches any longer word ("friend" -> "friendship"), a
shorter one only its inflections ("dog" -> "dogs", "mar" -> "mars", not "market"). For the course
queries:
"Tell me how to train my dog to sit" -> train, dog, sit; "What do you think of Mars?" -> mars;
"taylor swift's best friend" -> taylor, swift, best, friend.

* ``reply.topic_hits`` (checked in reply.py): how often topic words occur in the reply part. A
  reply that never names any of them is not about the question. One hit is enough: the measure is
  a guard against the unrelated ramble, not a relevance score; replies under ``topic_check_words``
  are not checked.
* ``topic.trailing_gap``: the share of the output after the line holding the last topic word. An
  output that slides off topic ends in a long stretch that names none of them. It counts only when
  that stretch is both long in words (``topic_gap_words``, a long paragraph; ``off_topic_words``
  when the output never names the topic at all) and most of the output (``topic_gap_share``): a
  long answer often ends with a topic-free "Good luck!" paragraph, but not with half its length.

Dialogue prompts are not topic-checked: a good agent turn ("Let me check that for you.") may use
none of the transcript's words. A request for a piece of writing ("Write a haiku about autumn", see
question.py) has only its subject for topic words ("autumn", not "write" or "haiku"); and a reply in
short lines to it or to a request for a list ("Give me three tips for better sleep") is not checked
for never naming the subject: a haiku about autumn may say "crisp leaves" and never "autumn", a tip
"Keep your bedroom cool and dark". Prose still is (a story about a dragon names the dragon; homework
instructions do not), and short lines that name the subject and then wander off still slide off topic.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from why_finetune.judges.asking_words import YES_NO_WORDS as YES_NO_WORDS_ELSEWHERE
from why_finetune.judges.asking_words import asked_by_a_language_label, asks_to_translate, text_after_the_request
from why_finetune.judges.code import code_of_its_own
from why_finetune.judges.finding import Finding, pct
from why_finetune.judges.formats import asks_for_json, fills_the_schema, holds_json
from why_finetune.judges.language import function_words_of, in_english, not_in_english, same_language
from why_finetune.judges.pieces import asks_for_one_sentence, piece_words
from why_finetune.judges.refusal import declines
from why_finetune.judges.script import SCRIPTS
from why_finetune.judges.text import (
    ANSWER_FIELD_LABELS,
    STOPWORDS,
    SUMMARY_FIELD_LABELS,
    UNSPACED_RE,
    WORD_RE,
    Unit,
    begins_the_answer,
    excerpt,
    less_the_fields,
    normalise_apostrophes,
    stem,
    word_count,
    words_of,
)
from why_finetune.judges.thresholds import threshold
from why_finetune.judges.understanding import asks_for_more, not_understood


@lru_cache(maxsize=64)
def writes_cjk(text: str) -> bool:
    """Is the text written mostly in Chinese or Japanese characters (its first 2,000 characters)?"""
    if text.isascii():
        return False
    head = text[:2000]
    # Its characters counted as what is left out when their runs are taken out (C code; no string per character).
    cjk_chars = len(head) - len(_CJK_RUN_RE.sub("", head))
    return cjk_chars >= 0.3 * len(head)  # mostly written so, not a word quoted


def topic_text(prompt) -> str:
    """What a reply's topic is read from: the question, and in a chat the user's earlier turns too, when the
    question has topic words of its own. A follow-up ("Can you make it shorter?", "Translate it into French.")
    has its topic there too; one with none of its own ("Why?") is not held to any."""
    if not prompt.earlier or not topic_words(prompt.query)[0]:
        return prompt.query
    return f"{prompt.query}\n{prompt.earlier}"


# When a question is asked, alone, is no topic of it: "How are you today?" is small talk, answered "I'm doing well,
# thanks for asking!"; "What's the weather like today?" is about the weather and today.
_WHEN_WORDS = frozenset("today tonight now currently nowadays tomorrow yesterday".split())


_LATIN_HEAD_RE = re.compile(r"[a-z][a-z0-9+#.-]*(?=[\uac00-\ud7a3\u3040-\u30ff])")


_OPEN_LABEL_RE = re.compile(r"\n[ \t]*([^\W\d_]+)[ \t]*[:\uff1a][ \t]*\Z")


_TAG_RE = re.compile(r"<[^<>\s]{1,20}>")


# A tag closing a format's value after its bracketed label ("[类别]婚姻家庭<eoa>").
_FORMAT_TAG_RE = re.compile(r"\][^\[\]<>\n]{0,30}(<[^<>\s]{1,20}>)")


def _without_format_tokens(query: str) -> str:
    """The query less the tokens of a format it shows, a tag said twice or more and closing a value after a bracketed
    label ("将答案写在[类别]和<eoa>之间，例如[类别]婚姻家庭<eoa>"): markup, no topic. Tags the question asks about ("<b> or
    <strong>?") stay."""
    tags = _TAG_RE.findall(query)
    for tag in set(_FORMAT_TAG_RE.findall(query)):
        if tags.count(tag) >= 2:
            query = query.replace(tag, " ")
    return query


_MASK_RE = re.compile(r"x{2,}")


@lru_cache(maxsize=256)
def topic_words(query: str, in_japanese: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems, words as written in the question) for the question's topic words. `in_japanese`: the
    text they are looked for in is written in Japanese or Chinese characters, so a Japanese
    question's pairs of characters count too (see ``_CJK_TOPIC_RUN_RE``)."""
    stems: list[str] = []
    shown: list[str] = []
    asking = piece_words(query)  # "write", "haiku": a haiku need not say them
    # The answer's field closing the prompt ("Answer:", "Antwort:", "Summary:") is what the output fills, not its topic
    # (a subject's label is: "Explain this concept simply.\nEntropy:").
    closing = _OPEN_LABEL_RE.search(query)
    if closing and closing.group(1).lower() in _FILLED_FIELD_LABELS:
        query = query[: closing.start()]
    if "<" in query:
        query = _without_format_tokens(query)
    words = WORD_RE.findall(normalise_apostrophes(query.lower()))
    if 2 * sum(map(bool, map(UNSPACED_RE.match, words))) >= len(words) > 0:
        # A question written in Thai (or Lao, Myanmar, Khmer) has its topic in words no rule here can cut out of
        # its phrases; the few it quotes in Latin letters ("ChatGPT", "True") are not all it is about. Not judged
        # by words.
        return (), ()
    other_language = function_words_of(words, STOPWORDS)  # "er", "og" for a question in Norwegian
    # (Not a mask standing for a withheld name or number: "XXX号", "Mr. XX".)
    quoted = _quoted_words(query)  # "Expliquez-moi « bien »": the word quoted is the topic, a function word or not
    named = [w for w in words if (w not in STOPWORDS and w not in other_language or w in quoted) and not w.isdecimal()
             and len(w) >= 2 and w not in asking and not _MASK_RE.fullmatch(w)]
    # A question whose only topic word says when it is asked ("How are you today?") is small talk; beside others
    # ("What day is today?", "Is it going to rain tomorrow?") it is one of them.
    if all(w in _WHEN_WORDS for w in named):
        named = []
    for word in named:
        latin = _LATIN_HEAD_RE.match(word)
        if latin and len(latin.group(0)) >= 2:
            # A foreign word with a Korean or Japanese particle after it ("python으로", "uptimeを"): the word is
            # the topic, its particle the sentence's grammar.
            word = latin.group(0)
        s = stem(word)
        if _HANGUL_RE.match(s) and len(s) >= 3:
            s = s[:-1]  # "딥러닝이" -> "딥러닝": a Korean particle (이, 은, 를 ...) ends the word, not the topic
            # Longer, it is a word and an ending of two syllables or more ("파란색인가요": 파란색 and the
            # question's 인가요): its first three syllables name it.
            s = s[:HANGUL_STEM_SYLLABLES]
        if len(s) >= 2 and s not in stems:
            stems.append(s)
            shown.append(word)
    if in_japanese and _KANA_RE.search(query):
        # Japanese writes no spaces, and one character is too common to name a topic: two Han or
        # Katakana characters in a row (太陽, 億円, フィ) are the question's words. Only for a reply
        # written in those characters (one in English cannot name them), and not for Chinese, whose
        # topic is often one character (狗 for a joke about dogs). So too for Japanese quoted in a question
        # mostly in English ("Your partner responded: "約束を守る人や、..."").
        for run in _CJK_TOPIC_RUN_RE.findall(query):
            for k in range(len(run) - 1):
                pair = run[k : k + 2]
                if pair not in stems:
                    stems.append(pair)
                    shown.append(pair)
    return tuple(stems), tuple(shown)


# One word alone between quotation marks of any language: the word a request asks about ("Explain “bien”").
_ONE_QUOTED_WORD_RE = re.compile(
    "(?<!\\w)[\"\u201c\u2018'\u300c]([^\\W\\d_][\\w'-]*)[\"\u201d\u2019'\u300d](?!\\w)|\u00ab\\s*([^\\W\\d_][\\w'-]*)\\s*\u00bb")


def _quoted_words(query: str) -> frozenset[str]:
    return frozenset((a or b).lower() for a, b in _ONE_QUOTED_WORD_RE.findall(normalise_apostrophes(query)))


# The scripts a topic word can be written in, each as a character class (script.py's table): a reply that never
# writes one cannot name its words. A word of a script not listed there is always looked for.
_SCRIPT_RES = dict(SCRIPTS)


def _script(text: str) -> str:
    """The script of the first letter of `text` (lower case) among _SCRIPT_RES, or ""."""
    letter = next((c for c in text if c.isalpha()), "")
    return next((name for name, rx in _SCRIPT_RES.items() if letter and rx.match(letter)), "")


# A phrase quoted in the question: between quotation marks of any language.
_QUOTED_RE = re.compile("[\u201c\"\u00ab\u300c\u300e]([^\u201d\"\u00bb\u300d\u300f\\n]{1,300})[\u201d\"\u00bb\u300d\u300f]")


threshold(
    "cognate_letters", 6,
    """A reply in another language written in the question's letters (an English answer to an Italian
    request) names the question's words by the stem they share with their translations: presidente /
    president, ministro / minister, Photosynthese / photosynthesis. When the reply names none of the
    question's words as written (see in_another_language), a topic word is named by a word that opens
    with the same letters, at least this many of them and more than half of the longer word's. Six, not
    five: five letters are still the common opening of unrelated words (entre / entrepreneur, quest-o /
    question); more than half, as a shared opening alone still joins unrelated words (Photosynthese /
    photos, international / internet), and a short word ("gatto", "cat") has no stem to share. A
    translation may also change one letter inside the stem (Präsident / president, Demokratie /
    democracy): an opening with one letter changed (a vowel for a vowel, or c for k or z), with two
    same letters or more on either side of it,
    still counts when this many of its letters are the same and it is more than half of the longer
    word (a letter changed at the end of the shorter word is another word: international / internet).""",
)
# The question's words that tell its language: three Latin letters or more, no digits ("di", "a" and
# "in" are words of several languages; a number is written alike in all of them).
_LANGUAGE_WORD_RE = re.compile(r"[a-z\u00df-\u024f][a-z\u00df-\u024f']{2,}")


@lru_cache(maxsize=256)
def _question_words(query: str) -> tuple[str, ...]:
    return tuple(sorted(set(_LANGUAGE_WORD_RE.findall(normalise_apostrophes(query.lower())))))


def in_another_language(query: str, text: str) -> bool:
    """Does `text` (lower case) name none of the question's words of three letters or more, not even
    the small ones ("the", "of"; "della", "sul")? A reply in the question's language says some of them;
    one in another language, or about something else, says none. Read from the words alone, so it holds
    for any pair of languages; only the shared stems it lets count (``cognate_letters``) tell an answer
    in another language from a ramble."""
    words = _question_words(query)
    return bool(words) and not any(_says(text, w) for w in words)


_LATIN_OR_DIGIT_RE = re.compile(r"[a-z0-9\u00df-\u024f]")


def _says(text: str, word: str) -> bool:
    """Is `word` a whole word of `text`? str.find (C code), then its edges: cheaper on a long output
    than a regular expression tried at every character."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        # Edges in Latin letters and digits only: "tensorflow更受欢迎" says "tensorflow" (a Han character is
        # alphanumeric to Python, but no part of a Latin word).
        if (at == 0 or not _LATIN_OR_DIGIT_RE.match(text[at - 1])) and \
                (end == len(text) or not _LATIN_OR_DIGIT_RE.match(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _cognates(stems: tuple[str, ...], text: str, letters: int) -> tuple[str, ...]:
    """The words of `text` that share a stem with a topic word (see ``cognate_letters``): they open with
    the same letters, at least `letters` of them and more than half of the longer word's."""
    long_stems = _long_stems(stems, letters)
    if not long_stems:
        return ()
    openings = _openings_re(tuple(s[:letters] for s in long_stems))
    found = set()
    for word in set(openings.findall(text)):
        for s in long_stems:
            shared = len(os.path.commonprefix((s, word)))
            if shared >= letters and 2 * shared > max(len(s), len(word)):
                found.add(word)
                break
    # One letter changed inside the shared stem (Präsident / president): the text's long words that open
    # with a topic word's first two letters, compared letter by letter.
    firsts = {s[:2] for s in long_stems}
    for word in set(_LANGUAGE_WORD_RE.findall(text)):
        if len(word) > letters and word[:2] in firsts and word not in found and any(
                _one_letter_apart(s, word, letters) for s in long_stems):
            found.add(word)
    return tuple(sorted(found))


# The letters a translation changes inside a shared stem: a vowel for a vowel (Präsident / president,
# expérience / experience) and the c that other spellings write k or z (Demokratie / democracy, organizzazione
# / organisation). Another consonant changed makes another word (content / concentrar).
_VOWELS = frozenset("aeiouy") | frozenset(chr(c) for c in range(0xE0, 0x100) if chr(c).isalpha() and chr(c) not in "çðñþ")
_SPELLINGS = frozenset({("c", "k"), ("k", "c"), ("c", "z"), ("z", "c")})


def _one_letter_apart(stem: str, word: str, letters: int) -> bool:
    """Do `stem` and `word` open alike but for one letter inside the opening, changed as a translation
    changes one (see _VOWELS): two same letters or more on either side of it (präsident / president; not
    internat-ional / internet, changed near the end), `letters` same letters in all, and the opening (up
    to a second changed letter) more than half of the longer word?"""
    opening, changed, after = 0, 0, 0
    for a, b in zip(stem, word):
        if a != b:
            if changed or opening < 2 or not ((a in _VOWELS and b in _VOWELS) or (a, b) in _SPELLINGS):
                break
            changed = 1
        elif changed:
            after += 1
        opening += 1
    return changed == 1 and after >= 2 and opening - 1 >= letters and 2 * opening > max(len(stem), len(word))


def _long_stems(stems: tuple[str, ...], letters: int) -> list[str]:
    """The stems in Latin letters longer than `letters`: a word sharing the whole of a shorter one opens with
    it, and the topic pattern finds it already ("taylor" -> "taylors")."""
    return [s for s in stems if len(s) > letters and _LANGUAGE_WORD_RE.fullmatch(s)]


@lru_cache(maxsize=256)
def _openings_re(openings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(set(openings)))) + r")[a-z\u00df-\u024f']*")


def names_by_shared_stem(query: str, text: str, letters: int) -> bool:
    """Are the question's words named in `text` by their shared stems (a reply in another language)?"""
    stems = topic_words_for(query, text)[0]
    return bool(letters) and bool(_long_stems(stems, letters)) and in_another_language(query, text) and bool(
        _cognates(stems, text, letters))


def topic_words_for(query: str, text: str, cognate_letters: int = 0,
                    inflection_letters: int = 0) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(stems, shown, left out): the question's topic words that a reply written as `text` (lower
    case) can name, by their shared stems (``cognate_letters``, 0 for none) when it is written in
    another language (see in_another_language), and in another of their forms (``inflection_letters``,
    0 for none) when the question is not in English (see inflected_stems). A question that quotes a phrase in another script ("“Veni, vidi, vici”是什么意思？")
    and is answered in its own language has the quote's words in letters the answer never writes: a
    translation or an explanation cannot name them, so they are left out. Only a quoted phrase (the
    thing to explain), and only when the reply writes the script of the question around it (it answers
    in the asker's language): a Japanese question naming "AI" unquoted is still held to it, and a Chinese
    reply to a question in English letters is in another language, still held to its words."""
    stems, shown, left_out = _written_topic_words(query, text)
    frame = _frame_words(query)
    if stems and not any(_can_write(s, text) for s in ([s for s in stems if s not in frame] or stems)):
        # A reply wholly in another script than the question's topic words ("War and Peace was written
        # by Leo Tolstoy" for "Кто написал «Войну и мир»?") cannot name them and shares no stem with them:
        # topic does not apply, as it does not for a Chinese question answered in English. The request's frame
        # in the reply's letters does not hold it: the language asked for ("ከ አማርኛ ወደ English ተርጉም", translate
        # from Amharic into English), a field's label opening a line ("Context:").
        return (), (), shown
    if cognate_letters and _long_stems(stems, cognate_letters) and in_another_language(query, text):
        stems = stems + _cognates(stems, text, cognate_letters)  # looked for as its own words are
    if inflection_letters:
        stems = inflected_stems(query, stems, inflection_letters)
    return stems, shown, left_out


threshold(
    "inflection_letters", 5,
    """Most languages other than English change a word's ending with its role in the sentence
    (Ukrainian Магеллана / Магеллан, German Elektromotoren / Elektromotor, French Islande /
    islandais), and the topic words' stem strips English endings only. For a question not in English
    (see language.not_in_english), a topic word is also named by a word that shares all of it but its
    last one or two letters, when at least this many letters remain. Five: a stem that long matches any word it opens (see topic_re), and an ending
    is one to three letters; a shorter remainder ("Rolle" cut to "rol") opens too many other words.""",
)
# Words of an alphabet, whose endings are letters (Latin, Greek, Cyrillic).
_ALPHABET_WORD_RE = re.compile(r"[a-z\u00df-\u024f\u03ac-\u03ce\u0430-\u045f]+\Z")


@lru_cache(maxsize=256)
def _endings_cut(query: str, letters: int) -> dict[str, str]:
    """{stem: the question's word it stands for, its last one or two letters cut} for a question not in
    English, where the cut stem is shorter than the stem (see ``inflection_letters``)."""
    if not not_in_english(query):
        return {}
    cut = {}
    for s, word in zip(*topic_words(query)):
        if not _ALPHABET_WORD_RE.match(word):
            continue
        short = word[:-2] if len(word) - 2 >= letters else word[:-1] if len(word) - 1 >= letters else word
        if len(short) < len(s):
            cut[s] = short
    return cut


def inflected_stems(query: str, stems: tuple[str, ...], letters: int) -> tuple[str, ...]:
    """`stems` with each of the question's words cut to the part its other forms share (see
    ``inflection_letters``): "магеллана" -> "магелла", which opens "магеллан" too."""
    cut = _endings_cut(query, letters)
    if not cut:
        return stems
    return tuple(dict.fromkeys(cut.get(s, s) for s in stems))


def named_in_another_form(query: str, text: str, letters: int) -> tuple[tuple[str, str], ...]:
    """(word of `text`, the question's word) for the question's words that `text` (lower case) names only
    in another form (see ``inflection_letters``): the evidence of that reading."""
    found = []
    for s, short in _endings_cut(query, letters).items():
        if topic_re((s,)).search(text):
            continue  # named as written
        said = re.search(r"(?<!\w)" + re.escape(short) + r"[\w']*", text)
        if said:
            asked = next(w for st, w in zip(*topic_words(query)) if st == s)
            found.append((said.group(), asked))
    return tuple(found)


# The languages a request may ask for by name, in English: the reply in that language need not name it.
LANGUAGE_NAMES = frozenset(
    "english french spanish german italian portuguese dutch russian ukrainian polish chinese mandarin japanese "
    "korean arabic hebrew hindi bengali urdu tamil turkish persian greek thai vietnamese indonesian amharic".split()
)
# The labels of a request's fields, opening a line ("Context: ...", "Text:"): its frame, not its subject ("Python: ...").
FIELD_LABELS = frozenset(
    "context text input passage document article source instruction instructions task question answer output response "
    "note notes example examples data query".split()
)
# ... and the field closing a prompt that the output fills: the answer's (text.ANSWER_FIELD_LABELS), a summary's
# (text.SUMMARY_FIELD_LABELS), a result or a translation ("Summary:").
_FILLED_FIELD_LABELS = ANSWER_FIELD_LABELS | SUMMARY_FIELD_LABELS | frozenset({"result", "translation"})
_LABEL_LINE_RE = re.compile(r"^[ \t]*([^\W\d_]+)[ \t]*[:\uff1a]", re.MULTILINE)


@lru_cache(maxsize=256)
def _frame_words(query: str) -> frozenset[str]:
    """The stems of the request's frame words: a language it names, and a field's label opening a line ("Context:").
    Set aside only beside words of the request's own (a question of language names alone keeps them)."""
    labels = {label for label in _LABEL_LINE_RE.findall(query.lower()) if label in FIELD_LABELS}
    named = {w for w in WORD_RE.findall(query.lower()) if w in LANGUAGE_NAMES}
    return frozenset(stem(w) for w in labels | named)


def _can_write(word: str, text: str) -> bool:
    """Could `text` name `word`: is the word in Latin letters or in no listed script, or does the text
    write the word's script somewhere?"""
    script = _word_script(word)
    return script in ("", "latin") or bool(_SCRIPT_RES[script].search(text))


@lru_cache(maxsize=1024)
def _word_script(word: str) -> str:
    """_script of a question's topic word: its few words are asked about for every output, read once each."""
    return _script(word)


def _written_topic_words(query: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    stems, shown = topic_words(query, writes_cjk(text))
    if not stems or query.isascii() or not _QUOTED_RE.search(query):
        return stems, shown, ()
    lower = query.lower()
    unwritten = [m.span() for m in _QUOTED_RE.finditer(lower)
                 if (script := _script(m.group(1))) and not _SCRIPT_RES[script].search(text)]
    if not unwritten:
        return stems, shown, ()
    around = "".join(lower[a:b] for a, b in zip([0] + [e for _, e in unwritten], [s for s, _ in unwritten] + [len(lower)]))
    if _script(around) == "" or not _SCRIPT_RES[_script(around)].search(text):
        return stems, shown, ()
    kept_stems, kept_shown = topic_words(around, writes_cjk(text))
    left_out = tuple(w for w in shown if w not in kept_shown)
    return kept_stems, kept_shown, left_out


_KANA_RE = re.compile(r"[\u3041-\u3096]")
_CJK_TOPIC_RUN_RE = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,}")


HANGUL_STEM_SYLLABLES = 3  # a Korean noun of three syllables or less ("파란색", "딥러닝") is the usual topic word
CJK_CHARS_A_WORD = 3  # Chinese and Japanese: about three characters say what an English word says
_CJK_CHAR_RE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]")
_CJK_RUN_RE = re.compile(_CJK_CHAR_RE.pattern + "+")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]+\Z")


_UMLAUTS = {"a": "[a\u00e4]", "o": "[o\u00f6]", "u": "[u\u00fc]"}


def _unaccented(c: str) -> str:
    """An accented Latin letter as a class of itself and its plain letter ("á" -> "[áa]"); any other as itself."""
    plain = _PLAIN_LETTER.get(c)
    return f"[{c}{plain}]" if plain else re.escape(c)


def _letter(c: str) -> str:
    """A letter of a stem after its first: a, o and u may take their umlaut, an accented letter lose its accent."""
    return _UMLAUTS.get(c) or _unaccented(c)


# An accented Latin letter (à-ÿ, ā-ž) and the plain letter it is written on: "á" -> "a", "ñ" -> "n".
_PLAIN_LETTER = {c: base for c in map(chr, range(0xE0, 0x17F))
                 if (base := unicodedata.normalize("NFKD", c)[0]) != c and base.isascii() and base.isalpha()}


# Arabic and Hebrew letters, and the vowel points written on them or left out.
_POINTED_RE = re.compile("[\u0590-\u05ff\u0600-\u06ff]")
_POINTS = "[\u0591-\u05c7\u064b-\u065f\u0670]"
_POINTS_RE = re.compile(_POINTS)


@lru_cache(maxsize=256)
def topic_re(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Matches a word starting with a stem. A stem of five letters or more matches any word it
    starts ("friend" -> "friendship", "train" -> "trainer"); a shorter one only with an inflection
    ("mar" -> "mars", "mar's", but not "market"; "sit" -> "sits", "sitting", not "situation").

    No leading \\b: a pattern that starts with literal alternatives lets the regex engine skip
    ahead fast (a stem inside a longer word, "hotdog", is rare enough not to matter)."""
    parts = []
    for s in sorted(stems, key=len, reverse=True):
        if _POINTED_RE.search(s):
            # Arabic and Hebrew may write their vowel points or leave them out, in the question or in the reply
            # ("عَاصِمَةُ مِصْرَ" for "عاصمة مصر", "فوائد" for "فَوَائِدُ"). A short stem opens a word: "של" is no
            # part of "בירושלים".
            letters = _POINTS_RE.sub("", s)
            pointed = "".join(f"{re.escape(c)}{_POINTS}*" for c in letters)
            if len(letters) >= 5:
                parts.append(pointed + rf"[\w{_POINTS[1:-1]}]*")
            else:  # a short one is a word of its own, as a short Latin stem is ("مصر" is no part of "مصرف")
                parts.append(rf"(?<![\w{_POINTS[1:-1]}]){pointed}(?![\w{_POINTS[1:-1]}])")
        elif len(s) >= 5:
            # A vowel after the first letter may take its umlaut: German plurals and forms say
            # "Passwörter" for "Passwort", "Häuser" for "Haus" (the first letter stays literal, for speed);
            # the rest of the word in its own letters ("магелла" -> "магеллан"), so the evidence shows it whole.
            # An accented letter may lose its accent, as a reply in English writes the name ("Bádminton" ->
            # "badminton", "Bogotá" -> "Bogota").
            parts.append(_unaccented(s[0]) + "".join(map(_letter, s[1:]))
                         + ("[a-z0-9']*" if s.isascii() else r"[\w']*"))
        elif _HANGUL_RE.match(s) and len(s) == 3:
            # Korean may write a compound noun with a space inside it or without ("협력공인중개사",
            # "협력 공인중개사"): a space may come after the stem's first two syllables, where they open a word.
            # Not after one ("한 국자" is no 한국) nor inside a word ("회사 과장" holds no 사과).
            parts.append(f"{s}|(?<![\uac00-\ud7a3]){s[:2]} {s[2]}")
        else:
            parts.append(re.escape(s) + "(?:[a-z]?(?:ing|ed|ers|er|es|s)|'s)?(?![a-z0-9])")
    return re.compile("(?:" + "|".join(parts) + ")")


@dataclass(frozen=True)
class TopicHits:
    hits: int  # occurrences of the question's topic words in the reply part
    hit_words: tuple[str, ...]  # which words occurred there (for evidence)


def find_hits(query: str, lower: str, start: int, end: int, cognate_letters: int = 0,
              inflection_letters: int = 0) -> TopicHits:
    stems, _, _ = topic_words_for(query, lower[start:end], cognate_letters, inflection_letters)
    if not stems:
        return TopicHits(0, ())
    found = topic_re(stems).findall(lower, start, end)  # C code; a match inside a longer word ("hotdog") is rare
    return TopicHits(len(found), tuple(list(dict.fromkeys(found))[:6]))


@dataclass(frozen=True)
class TopicGap:
    words: tuple[str, ...]  # the question's topic words, as written there
    gap_start: int  # offset after the last topic word in the whole output (0: none at all)
    gap_words: int  # words after it
    gap_share: float  # ... as a share of all words


def find_gap(query: str, lower: str, units: list[Unit], total_words: int, cognate_letters: int = 0,
             inflection_letters: int = 0, prompt: str = "") -> TopicGap | None:
    """The stretch after the line holding the last topic word, over the whole output (None when
    the question has no topic words). Once the output names the question, the terms its first sentence
    doing so brings in of its own count too (see _answer_terms; `prompt`, lower case, holds the words
    that are not its own)."""
    stems, shown, _ = topic_words_for(query, lower, cognate_letters, inflection_letters)
    if not stems:
        return None
    pattern = topic_re(stems)
    last_end = _last_end(pattern, lower)
    if last_end is not None:
        terms = _answer_terms(lower, units, pattern, stems, prompt)
        if terms:
            last_end = max(last_end, _last_end(topic_re(terms), lower) or 0)
    if last_end is None:
        gap_start, gap_words = 0, total_words
    else:
        # The gap starts after the line or sentence holding the last topic word, unless that line
        # announces what follows with a colon ("Here is a recipe for Kubdari:", "Pasos para preparar el
        # Canjeero:"): the ingredients and steps after it are what it names, though they name it no more.
        k = bisect_right([u.start for u in units], last_end - 1) - 1
        if k >= 0 and (units[k].text.rstrip().endswith((":", "\uff1a")) or _titles_the_output(units[k], lower)
                       or (units and units[0] is not units[k] and pattern.search(lower, units[0].start, units[0].end)
                           and _titles_the_output(units[0], lower))):
            k = len(units) - 1  # announced or titled: what follows is what it names
        elif k >= 0 and _a_list_near(units, k, lower):
            k = len(units) - 1  # a list of instances of what it named: they need not name it again
        # Sentences right after it that open with a pronoun ("They are not digestible ...") go on about what it named:
        # any pronoun on its line, a plural one on the next ("They live in warm seas ..."); a new line opening "It has
        # been a while since ...", "He walked ..." or "This is my first post" may be anything.
        while 0 <= k < len(units) - 1 and (
                _PLURAL_PRONOUN_RE.match(lower, units[k + 1].start) if "\n" in lower[units[k].end : units[k + 1].start]
                else _REFERS_TO_THE_LAST_RE.match(lower, units[k + 1].start)):
            k += 1
        gap_start = max(last_end, units[k].end) if k >= 0 else last_end
        gap_words = sum(len(u.words) for u in units[k + 1 :])
    share = gap_words / total_words if total_words else 0.0
    return TopicGap(shown, gap_start, gap_words, share)


LIST_LEAD_IN_UNITS = 2  # sentences between the one naming the topic and a list's lead-in, either way
# What lies between a lead-in ending in a colon and a list's first item: a line break, then a number or a bullet.
_LIST_MARK_BETWEEN_RE = re.compile(r"\s*\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]*")


# A lead-in announcing something else than what the reply named: "Here are some other questions you might ask:",
# "Popular articles:", "Check out our other best-sellers:", "You might also like:".
_ELSEWHERE_LEAD_IN_RE = re.compile(
    r"\b(?:other|more|related|popular|similar|also|best-?sellers?|trending|latest|recent|recommended)\b")


def _a_list_near(units: list[Unit], k: int, lower: str) -> bool:
    """Is a list announced with a colon a sentence or two before or after unit `k`, which names the topic, and in its
    paragraph ("... feeling bored! How about something new? Here are a few suggestions:\n\n1. **Read a New Book**
    ...")? Its items are instances of what the reply named (books, hobbies). After a blank line, "Here are some recipes
    you can try:" may announce anything."""
    return any(_announces_a_list(units, i, lower) and (i <= k or "\n\n" not in lower[units[k].end : units[i].start])
               for i in range(max(0, k - LIST_LEAD_IN_UNITS), k + LIST_LEAD_IN_UNITS + 1))


def _announces_a_list(units: list[Unit], i: int, lower: str) -> bool:
    """Does the unit end in a colon with a list's first item on the next line ("Here are some steps:\n\n1. ..."), and
    announce no list of something else ("Here are some other questions:")?"""
    return i < len(units) - 1 and units[i].text.rstrip().endswith((":", "\uff1a")) \
        and _LIST_MARK_BETWEEN_RE.fullmatch(lower, units[i].end, units[i + 1].start) is not None \
        and _ELSEWHERE_LEAD_IN_RE.search(lower, units[i].start, units[i].end) is None


# A sentence opening with a pronoun for what the sentence before it named: "They are not digestible, and ..." after
# "The seeds are not toxic ...", "She ..." after "Ada Lovelace was ...".
_REFERS_TO_THE_LAST_RE = re.compile(r"[ \t]*(?:it|its|they|their|these|those|this|he|she|his|her)\b")
_PLURAL_PRONOUN_RE = re.compile(r"[ \t\n]*(?:they|their|these|those)\b")


def _last_end(pattern: re.Pattern[str], lower: str) -> int | None:
    """Where the last word the pattern matches ends: the latest of the distinct words' last occurrences
    (str.rfind, C code), looked for in the last 500 characters first (where an on-topic output has one)."""
    near_end = pattern.findall(lower, max(0, len(lower) - 500))
    if not near_end and len(lower) > 500:
        near_end = pattern.findall(lower)
    return max((lower.rfind(w) + len(w) for w in set(near_end)), default=None)


ANSWER_TERM_LETTERS = 5  # a term of the answer's own: a word this long ("magnetic", "knight"), not "also" or "very"
# ... said at least this many times in the output: the subject of what follows, not a word said in passing ("a
# small planet" does not make a "small village" two paragraphs on the answer's subject).
ANSWER_TERM_TIMES = 3


def _answer_terms(lower: str, units: list[Unit], pattern: re.Pattern[str], stems: tuple[str, ...],
                  prompt: str) -> tuple[str, ...]:
    """The terms the output's first sentence naming the question brings in of its own: "One mechanism that can
    produce asymmetric line shapes is a non-uniform magnetic field across the chip." brings "magnetic", "field"
    and "chip", and the paragraphs working that field's formula out stay on the question though they never
    name it again. Its words of five letters or more, said at least twice more after it, that are no function
    word and no word of the prompt (a template's "Input" names nothing of the answer's)."""
    first = next((u for u in units if pattern.search(lower, u.start, u.end)), None)
    if first is None:
        return ()
    names = _names_given(first.text)
    terms: list[str] = []
    for word in first.words:
        if (len(word) < ANSWER_TERM_LETTERS and word not in names) or word in STOPWORDS or pattern.match(word) \
                or _says(prompt, word):
            continue
        s = stem(word)
        if s in terms or s in stems or lower.count(s, first.end) < ANSWER_TERM_TIMES - 1:
            continue  # said again in any form ("yeasts", then "yeast")
        terms.append(s)
    return tuple(terms)


NAME_MIN_LETTERS = 3  # a name the answer gives its subject may be short ("Alex", "Max", "Ana"); "I" and "Mr" are none


def _names_given(sentence: str) -> frozenset[str]:
    """The words the sentence writes with a capital letter past its first word (lower case), at least
    NAME_MIN_LETTERS long: the name an answer gives the instance it is about ("The fictional person I describe is
    called Alex."), which the paragraphs about it then say, whatever its length."""
    words = [w.strip(".,;:!?()\"'“”") for w in sentence.split()[1:]]
    return frozenset(w.lower() for w in words if len(w) >= NAME_MIN_LETTERS and w[:1].isupper())


# A title or an announcing sentence: a markdown heading, a line in bold, or "Here is/Here's/Here are ...".
_TITLE_RE = re.compile(r"\s*(?:#{1,6}[ \t]|\*\*|__)")
_ANNOUNCES_RE = re.compile(
    r"\s*(?:(?:sure|okay|ok|of course|certainly|absolutely|great)\W+)?"
    r"(?:here is |here's |here are |below is |below are |voici |voil\u00e0 |aqu\u00ed tienes |aqu\u00ed est\u00e1 |hier ist |hier sind |ecco )"
)


def _titles_the_output(unit: Unit, lower: str) -> bool:
    """Is this unit on the output's first line, ending it, a title ("# A Weekend in Paris", "**A Weekend in
    Paris**") or a sentence announcing what follows ("Sure! Here is a plan for a weekend in Paris.")? The days,
    sections or steps under it are what it names, as under a line ending in a colon, though they name it no
    more. A plain first sentence ("Paris is the capital of France.") announces nothing: a stretch after it that
    names none of the question's words still slides off topic."""
    if "\n" in lower[: unit.start].strip() or not (_TITLE_RE.match(lower, unit.start)
                                                   or _ANNOUNCES_RE.match(lower, unit.start)):
        return False
    line_end = lower.find("\n", unit.end)
    if line_end >= 0 and _ANNOUNCES_RE.match(lower, unit.start):
        return True  # "Here's a vegetarian lasagne ... It serves six.\n\n**Ingredients**": the line may go on
    return line_end >= 0 and not lower[unit.end : line_end].strip()


def names_the_questions_numbers(question_words, text: str) -> tuple[str, ...]:
    """The question's numbers, when it holds one or more and `text` (lower case) is made of numbers (half
    its words or more) and names each of them ("Count from 1 to 30." and "1, 2, ..., 30"; "table of 2" and "2 x 1
    = 2 ...", one number named in half its lines, rows of numbers): a count or a table built from them is on topic
    by them, whatever words of the request it leaves out. Else (): prose that happens to say them ("On 1 May about
    30 people came") is still held to the request's words."""
    asked = sorted({w for w in question_words if w.isdecimal()}, key=int)
    if not asked:
        return ()
    words = WORD_RE.findall(text)
    if 2 * sum(w.isdecimal() for w in words) < len(words) or not set(words).issuperset(asked):
        return ()
    if len(asked) == 1:
        # One number names a table's rows: said in half its lines at least, each a row of three different numbers or
        # more ("2 x 7 = 14" is a row of the table of 2; a table of 3 says 2 in one row only; "5 5 5" or "1969" is no
        # row).
        lines = [set(WORD_RE.findall(line)) for line in text.splitlines() if line.strip()]
        rows = sum(asked[0] in line and sum(w.isdecimal() for w in line) >= 3 for line in lines)
        if 2 * rows < len(lines):
            return ()
    return tuple(asked)


VERSE_LINE_WORDS = 12  # a line of verse or a list item is short; a line of prose runs on


def in_short_lines(text: str) -> bool:
    """At least three lines, none of more than VERSE_LINE_WORDS words: a poem's or a list's shape, not prose's."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 3 and all(len(WORD_RE.findall(line.lower())) <= VERSE_LINE_WORDS for line in lines)


ITEM_WORDS = 3  # an item of an enumeration is a name or a short phrase ("a rain jacket", "New Brunswick")
ITEMS_LISTED = 3  # three items make a list; two are a pair ("salt and pepper")
_CLAUSE_END_RE = re.compile(r"[.!?;:\n。！？；：]+(?:\s|$)")
_ITEM_SEPARATORS = (",", "，", "、")
_ITEM_SEP_RE = re.compile("|".join(_ITEM_SEPARATORS))
_LINKER_RE = re.compile(r"^\s*(?:and|or|&|和|及|与|或)\s+")  # before an enumeration's last item
_NUMBERED_RE = re.compile(r"(?<![\w.])(\d{1,2})[.)]\s+(?=\S)")
_NUMBER_MARK_RE = re.compile(r"\d[.)]")  # what every match of _NUMBERED_RE holds
_DIGITS_AS_ZERO = bytes(48 if 48 <= c <= 57 else c for c in range(256))  # bytes.translate: each ASCII digit to "0"


def _has_a_number_mark(head: str) -> bool:
    """Does the text hold a digit before "." or ")" (_NUMBER_MARK_RE)? In ASCII text, where a digit is 0-9, its digits
    are read as "0" (bytes.translate) and the two pairs looked for with `in`: C code, a third of the cost of the
    regex, which tries every character."""
    if not head.isascii():
        return _NUMBER_MARK_RE.search(head) is not None
    digits = head.encode("ascii").translate(_DIGITS_AS_ZERO)
    return b"0." in digits or b"0)" in digits


_INNER_LINKER_RE = re.compile(r"(?<=\w)\s+(?:and|or|&)\s+(?=\w)|(?<=\S)[和及与或](?=\S)")  # after an item, not before it
# What every match of _INNER_LINKER_RE holds: a spaced linker, or a Chinese one. This pattern starts with a space, which
# the regex engine skips ahead to; the one above starts with a look-behind, tried at every character of every clause.
_SPACED_LINKER_RE = re.compile(r"\s(?:and|or|&)\s")
_CJK_LINKERS = "和及与或"


def _may_hold_a_linker(text: str) -> bool:
    """Could _INNER_LINKER_RE find a linker in the text? Not without a spaced one or a Chinese one in it (a cheap
    test); nor then in any part of it."""
    return _SPACED_LINKER_RE.search(text) is not None \
        or (not text.isascii() and any(map(text.__contains__, _CJK_LINKERS)))


def _split_at_linker(item: str) -> tuple[str, bool, str]:
    """An item cut at its first linker ("water and carbon dioxide" -> "water", "carbon dioxide")."""
    if not _may_hold_a_linker(item):
        return item, False, ""  # no linker in it (most items): the full search below would find none
    found = _INNER_LINKER_RE.search(item)
    return (item[: found.start()], True, item[found.end():]) if found else (item, False, "")


def enumerates(text: str) -> bool:
    """The output lists instances: a run of ITEMS_LISTED short items separated by commas in one
    sentence ("Boots, a rain jacket, a map, water and snacks"; "London, Paris, Rome"), or a numbered
    list run into one line ("1. ... 2. ... 3. ..."). Instances of what was asked (the cities of a trip to
    Europe, the things to pack for a hike) stand for its topic without naming it. Punctuation only, so it
    holds in any language that writes commas (, ， 、). An aside in brackets belongs to its item: "farming (cattle
    pasture, soy and palm oil), logging and mining" lists three, read again without the aside."""
    head = text[:2000]
    return _enumerates(head) or ("(" in head and _enumerates(_ASIDE_RE.sub("", head)))


_ASIDE_RE = re.compile(r"\([^()\n]{0,200}\)")


def _enumerates(head: str) -> bool:
    # Cheap tests first (C-level search and count): a loop's page has no numbering and few commas,
    # and the full scans below cost a tenth of judging it.
    if _has_a_number_mark(head):
        numbers = [int(n) for n in _NUMBERED_RE.findall(head)]
        if any(numbers[i:i + ITEMS_LISTED] == list(range(1, 1 + ITEMS_LISTED)) for i in range(len(numbers))):
            return True
    if sum(map(head.count, _ITEM_SEPARATORS)) < ITEMS_LISTED - 2:  # "A, B and C" has one separator
        return False
    # A clause of one item fewer is a run only when its last item is cut at a linker ("A, B and C"). With none that
    # could be in the whole text (so in none of its items), it takes them all.
    least = ITEMS_LISTED - 1 if _may_hold_a_linker(head) else ITEMS_LISTED
    for clause in _CLAUSE_END_RE.split(head):
        items = _ITEM_SEP_RE.split(clause)
        if len(items) < least:  # too few separators for a run (most clauses: skip the per-item work)
            continue
        # "A, B and C": the last two items are joined by a linker, not a separator (unless the last item
        # opens with one: "A, and B and C" is a clause joined on, not a list).
        last, linked, after = _split_at_linker(items[-1]) if not _LINKER_RE.match(items[-1].lower()) else (items[-1], False, "")
        items = items[:-1] + ([last, after] if linked else [last])
        if len(items) < ITEMS_LISTED:
            continue
        run = 0
        for index, item in enumerate(items):
            item = _LINKER_RE.sub("", item.lower())
            # a name or a phrase: letters, not a number ("3, 4, 5") or a variable ("(x, y, z")
            named = sum(map(str.isalpha, item)) >= 2
            words = WORD_RE.findall(item)
            # The first item follows the sentence's lead-in and the last runs on into the rest of it:
            # "Plants take in | sunlight, water and carbon dioxide | through their leaves."
            if index == 0:
                words = words[-ITEM_WORDS:]
            elif index == len(items) - 1:
                words = words[:ITEM_WORDS]
            run = run + 1 if named and 1 <= len(words) <= ITEM_WORDS else 0
            if run >= ITEMS_LISTED:
                return True
    return False


# --- the measure ---------------------------------------------------------------------------------

threshold(
    "off_topic_words", 12,
    """Off topic: an output of at least this many words that never names a topic word of the
    question. The length at which a reply must name the topic (``topic_check_words``): an output
    that length which never does is about something else ("Lamini is designed to be highly
    dependent on a regular computer ..." for a question about becoming fluent in a language).""",
)
threshold(
    "topic_gap_words", 100,
    """Slide off topic: the output was on topic, then its last lines, at least this many words
    (a long paragraph), name no topic word ...""",
)
threshold(
    "topic_gap_share", 0.5,
    """... and those words are at least this share of the output. (Also required for
    ``off_topic_words``, where the share is 100%.) A good step-by-step answer can go 60 words
    without saying "dog" again ("Repeat five times a day ... Be patient ..."); it does not spend
    the second half of its length elsewhere.""",
)


def mostly_quoted(text: str) -> bool:
    """Whether most of the output's characters (spaces aside) are inside quotation marks (「」, "" ...)."""
    total = _non_space(text)
    quoted = sum(_non_space(m.group(0)) for m in _QUOTED_RE.finditer(text))
    return total > 0 and quoted * 2 > total


def _non_space(text: str) -> int:
    """How many of the text's characters are not spaces: its length less its whitespace (str.split, C code)."""
    return len("".join(text.split()))


# "It's a combination of water droplets and sunlight." for "What makes a rainbow appear?": "it" names the question's
# subject; so does "she" or "he" for a person ("She's the physicist who discovered polonium."), after a "Sure!" too.
# Only with their present verb: "That is what happens when ..." and "This is a great way to ..." point anywhere, "It
# was a dark and stormy night ..." opens a story.
_REFERS_BACK_RE = re.compile(
    r"\s*(?:(?:sure|well|oh|ah|actually)\W+)?"
    # ... after agreeing or disagreeing with a statement the prompt quotes ("You're right; it is ...", "I disagree:
    # they are ...")
    r"(?:(?:you're|you are) (?:right|wrong|correct)|i (?:agree|disagree)|that's (?:true|right|not true)|true)?\W*"
    # ... or giving the reason a "why" asks for ("Because it is a sign of ..." for "Why does warmth make you tired?":
    # the group, read by refers_back against the question)
    r"(?P<because>because\W+)?"
    r"(?:it's|it is|they're|they are|she's|she is|he's|he is)\b"
    # ... not the weather's or a story's "it" ("It is raining", "They're going to announce ...", "It's my birthday");
    # "It's something ...", "It's nothing ..." still name it
    r"(?! (?:my|our|(?!(?:some|no|any|every)thing\b)\w+ing)\b)"
)
# ... and in languages that drop the pronoun or say it otherwise, only before an article, where it names what the
# subject is ("Es el proceso por el que ...", "É um jogador ...", "C'est une ville ...", "Sie ist eine ..."): "Es
# importante ..." or "Es ist kalt" may speak of anything. Not where the noun is the question or the topic itself
# ("Es una buena pregunta", "Das ist eine gute Frage", "Es un tema muy complicado"), nor a day or a time ("Es la
# primera vez que ...", "C'est une belle journée ...") unless the question asks what something is ("¿Qué es el Año
# Nuevo chino?": "Es el primer día del calendario lunar").
_COPULA_AND_ARTICLE = (
    r"\s*(?:es (?:un|una|el|la|lo)|é (?:um|uma|o|a)|è (?:un|una|uno|il|lo|la|l')|c'est (?:un|une|le|la|l')"
    r"|(?:es|sie|er|das) ist (?:ein|eine|der|die|das)|het is (?:een|de|het)|és (?:un|una|el|la|l'))\b"
)
_REFERS_BACK_ELSEWHERE_RE = re.compile(
    _COPULA_AND_ARTICLE + r"(?!(?:\W+\w+){0,3}?\W+(?:pregunta|preguntas|pergunta|question|frage|domanda|vraag|tema"
    r"|sujet|thema|argomento|assunto)\b)"
)
_A_DAY_OR_A_TIME_RE = re.compile(
    _COPULA_AND_ARTICLE + r"(?:\W+\w+){0,3}?\W+(?:vez|fois|volta|tag|día|dia|jour|journée|giorno|giornata|dag|noche"
    r"|nuit|notte|nacht|mañana|matin|mattina|morgen)\b"
)
# "What is ...?" in those languages.
_ASKS_WHAT_IT_IS_RE = re.compile(
    r"\b(?:qu[ée] (?:es|son)|o que (?:é|são)|qu'est-ce que|qu'est-ce qu'|c'est quoi|was (?:ist|sind)|che cos'è"
    r"|che cosa (?:è|sono)|cos'è|cosa (?:è|sono)|què (?:és|són)|wat (?:is|zijn))\b"
)


# ... or, in any of its sentences, the question's alternatives as "they all", "they both", "both are" ("Are both
# pronunciations of "gif" correct?": "There are many ways to say it! They all mean the same thing though.").
_BOTH_OR_ALL_RE = re.compile(r"(?:\A|[.!?]\s+)\W*(?:they all|they both|both are|both of them)\b")
# ... when the question speaks of several things: "both", "all", "either", an "or", a list ("tomatoes, cucumbers and
# peppers").
_ALTERNATIVES_RE = re.compile(r"\b(?:both|all|either|or)\b|\w, [\w ]+,? and \w")


def _names_it_elsewhere(lower: str, query: str) -> bool:
    """A copula before an article opening the reply, in a language that drops the pronoun (see
    _REFERS_BACK_ELSEWHERE_RE)."""
    return _REFERS_BACK_ELSEWHERE_RE.match(lower) is not None and (
        _A_DAY_OR_A_TIME_RE.match(lower) is None or _ASKS_WHAT_IT_IS_RE.search(query.lower()) is not None)


def refers_back(text: str, words: int, t, query: str = "") -> bool:
    """A short reply (under ``answer_full_words``: a sentence or two) opening with "It's ..." or "They are ..." (in
    other languages a copula before an article: "Es el proceso ...", "C'est une ..."), or,
    where the `query` speaks of several things ("both", "all", an "or", a list), with a sentence on "they all" or
    "both": its subject is the question's, said by a pronoun, so it need not name the question's words."""
    if words >= t.answer_full_words:
        return False
    lower = normalise_apostrophes(text.lower())
    pronoun = _REFERS_BACK_RE.match(lower)
    if pronoun is not None and (not pronoun.group("because") or "why" in words_of(query)):
        return True
    return _names_it_elsewhere(lower, query) or (
        _ALTERNATIVES_RE.search(query.lower()) is not None and _BOTH_OR_ALL_RE.search(lower) is not None)


_YES_OR_NO_RE = re.compile(
    r"\s*(?:yes|no|yeah|yep|yup|nope|not really|absolutely|of course|definitely|certainly|actually|"
    + "|".join(map(re.escape, sorted(YES_NO_WORDS_ELSEWHERE, key=len, reverse=True))) + r")(?![\w-])"
)


def says_yes_or_no(r, text: str, words: int, t) -> bool:
    """A short reply (under ``answer_full_words``) opening with a yes or a no to a yes/no question ("Yes. Cool it
    quickly and use it within a month."): its reason speaks of the question's subject as "it"."""
    return (words < t.answer_full_words and r.question.asks_yes_or_no
            and _YES_OR_NO_RE.match(normalise_apostrophes(text.lower())) is not None)


def _need_not_name_it(r, t) -> bool:
    """An output that never names the question's words and need not: a poem or a list in short lines,
    instances of the topic (not for a text to rewrite when the output is many times its length), a count or a
    table of its numbers, "Sorry, I don't understand your request" or "I cannot assist with that" or a request for
    more (said to the asker), code to a question not in English (its identifiers cannot name its words), a
    translation in another language than the request's, the JSON asked for (its keys and values are the data:
    "Mercury", "城市", not "planets" or the request's verbs), a short reply finishing the answer's sentence
    the prompt begun ("回答：日本で一番高い山は" finished with "富士山です。"), which names the subject itself, a reply
    speaking of itself to a request about the replier ("Please introduce yourself.")."""
    return ((r.question.in_lines and in_short_lines(r.text)) or (not _longer_than_a_rewrite(r) and enumerates(r.text))
            or (asks_for_one_sentence(r.prompt.query) and r.total < t.answer_full_words)
            or (begins_the_answer(r.prompt.raw) and r.total < t.answer_full_words)
            or refers_back(r.text, r.total, t, r.prompt.query)
            or says_yes_or_no(r, r.text, r.total, t)
            or bool(names_the_questions_numbers(r.question.words, r.lower))
            or bool(not_understood(r, 0, len(r.lower))) or bool(declines(r, 0, len(r.lower)))
            or bool(asks_for_more(r, 0, len(r.lower)))
            or code_of_its_own(r, r.text, t)
            or translated(r, r.text) or (asks_for_json(r.prompt.query) and holds_json(r.text))
            or fills_the_schema(r.prompt.text, r.text) or speaks_of_itself(r))


REWRITE_MAX_SHARE = 4  # a rewrite's words against the request's: plainer or more specific, not a page of its own


def _longer_than_a_rewrite(r) -> bool:
    """Is the output, under a request to rewrite a text, more than REWRITE_MAX_SHARE times as long as the request
    (a page of a flat's advert for "Reescreva o texto de maneira profissional: me manda isso ainda hoje")? A list in it
    no longer stands for the text: a rewrite as specific as "football, tennis and volleyball" for "sports" is short."""
    return r.question.asks_for_a_rewrite and r.total > REWRITE_MAX_SHARE * word_count(r.prompt.query)


# A request about the replier itself, in the languages the judges read ("Please introduce yourself.", "Stell dich
# vor.", "Présente-toi.", "自己紹介をお願いします。", "请做一下自我介绍。", "자기소개 해 주세요").
_ABOUT_THE_REPLIER_RE = re.compile(
    r"\b(?:introduce yourself|about yourself|describe yourself|who are you|stell(?:e|en sie)? (?:dich|sich)(?: \w+)? vor"
    r"|wer bist du|über dich|présente[- ]toi|présentez[- ]vous|qui es[- ]tu|qui êtes[- ]vous|preséntate|preséntese"
    r"|quién eres|presentati|chi sei|apresente-se|quem é você)\b|自己紹介|あなたは誰|自我介绍|介绍一下你自己|你是谁"
    r"|자기\s?소개|당신은 누구", re.IGNORECASE)
# The replier introducing itself: "I am an AI assistant", "my name is", "Ich bin ein ...", "私は...です", "我是", "저는 ...입니다".
_FIRST_PERSON_RE = re.compile(
    r"\b(?:i(?:'m| am) (?:a|an|the|your)|my name is|ich bin (?:ein|eine|der|die|dein)|je suis (?:un|une|le|la|ton|votre)"
    r"|soy (?:un|una|el|la|tu)|sono (?:un|una|il|la|il tuo)|sou (?:um|uma|o|a|seu))\b|私は[^。\n]{0,40}(?:です|で、|であり|と申します|といいます)|我是|저는[^.\n]{0,40}입니다")
_ITS_OPENING_CHARS = 200  # it speaks of itself in its opening, after a greeting at most


def speaks_of_itself(r) -> bool:
    """Does the output introduce itself in its opening ("Hello! I am an AI assistant ...", "こんにちは！私はAIアシスタント
    です") to a request about the replier itself ("Please introduce yourself.")? Its topic is the replier, whom the
    request's words do not name. First-person text of another kind ("I am going to the store") is not that."""
    return _ABOUT_THE_REPLIER_RE.search(r.prompt.query) is not None \
        and _FIRST_PERSON_RE.search(r.lower, 0, _ITS_OPENING_CHARS) is not None


_REMARK_MAX_WORDS = 40  # a line of conversation, not a passage or a task
# A chat's turns, not a task's fields ("Goal: ...\nSolution:"); in English, the language whose requests the judges
# read by their verbs (a Japanese "...教えてください。" asks with no question mark).
_CHAT_TEMPLATES = frozenset({"chatml", "llama2", "gemma", "chat"})


def answers_a_remark(r) -> bool:
    """Is the output a chat's reply to a remark: a user turn in a chat template or a transcript that neither asks
    (no question mark) nor requests (no instruction, no field, no passage), a line of conversation ("You cleared
    that up. You must be exhausted.", "loser")? A relevant reply reacts to it ("Not at all. I'm quite fit from
    running around the forest.") without saying its words again: held to them from ``answer_full_words`` words (a
    short paragraph), not from ``off_topic_words``. Not a turn that asks all the same: a want, a need or a question's
    opening with no question mark ("I need a recipe for ...", "how do i reset my iphone")."""
    query = r.prompt.query
    return (r.prompt.template in _CHAT_TEMPLATES and r.question.kind == "open" and r.question.instruction is None
            and "?" not in query and "\uff1f" not in query and not r.passage.fields and not asks_for_json(query)
            and 0 < len(WORD_RE.findall(query)) <= _REMARK_MAX_WORDS and not not_in_english(query)
            and _ASKS_ALL_THE_SAME_RE.search(normalise_apostrophes(query.lower())) is None)


# A turn with no question mark that still asks: a want or a need in the first person, a request's or a question's
# opening ("I need a recipe for ...", "can you help me with my essay", "how do i reset my iphone"), a symptom told.
# A question word opens its sentence or a clause (after a comma, a quotation mark, "and", "so", "but", "hey", ...):
# inside one it is no question ("It is what I live for."). "How to", "how do" ask for help wherever they stand.
_ASKS_ALL_THE_SAME_RE = re.compile(
    r"\b(?:i need|i want|i'd like|i would like|i'm looking for|i am looking for|looking for|need help|help me|"
    r"i have (?:a|an) \w+|i've got|can you|could you|would you|will you|please|how (?:do|can|to|should|much|many)|"
    r"tell me|show me|give me)\b"
    r"|(?:^|[.!?,;:\"\u201c\n]\s*|\b(?:and|so|but|then|hey|ok|okay|well|now)\s+)"
    r"(?:what|where|when|why|who|which|is there|are there)\b")


def translated(r, text: str) -> bool:
    """A translation asked for, given in another language than the request's ("Can you translate it into
    French?" answered in French, the text to translate in an earlier turn): it cannot name the request's words
    ("translate", "French"). A reply in the request's own language is still held to them, unless the request, in
    another language than English, gives its text in a field. The request is read without the text it gives to
    translate in a field ("German: <sentence>\nFrench:"), and a reply in that text's own language is no translation
    of it."""
    if not r.question.asks_for_a_translation:
        return False
    fields = [field for field in r.passage.fields if not asks_to_translate(field)]  # (a field asking is the request)
    split = None if fields else text_after_the_request(r.prompt.query)  # "Translate into French: <text>"
    if split:
        fields = [split[1]]
    request = less_the_fields(r.prompt.query, fields)
    if any(same_language(field, text) for field in fields):
        return False
    in_the_requests_language = not_in_english(request) == not_in_english(text)
    if in_the_requests_language and not _into_the_requests_language(request, fields, text):
        return False  # a reply in the request's language is held to its words
    if in_the_requests_language or asked_by_a_language_label(r.prompt):
        # Read from its language alone, or asked by a label alone ("English: ...\nFrench:"), its only anchor is the
        # text above: a translation is about as long as it, not a page of other text in that language.
        # (Shorter is no sign: an output is often cut at the token limit.)
        return word_count(text) <= TRANSLATION_MAX_SHARE * word_count(" ".join(fields) or r.prompt.query)
    return True


TRANSLATION_MAX_SHARE = 2.5  # a translation's words against the source's: languages differ, not this much


def _into_the_requests_language(request: str, fields: list[str], text: str) -> bool:
    """A request in another language than English over an English text in a field asks, most often, for that text
    in its own language ("انگریزی سے اردو ترجمہ:" over an English paragraph: "English to Urdu translation"): is the
    reply written as the request is, in its script (other than Latin) or its function words, or does the request,
    in Latin letters, name the language it asks for ("ye paragraph Urdu mein translate karo:", answered in Urdu)? So
    too an English request naming English over a text of another language ("Translate the early modern Dutch text
    into contemporary English.") answered in English."""
    if fields and in_english(request) and in_english(text) and not any(map(in_english, fields)) \
            and "english" in WORD_RE.findall(request.lower()):
        return True  # an English request to put a text of another language into English ("Translate ... into English")
    if not fields or not all(map(in_english, fields)) or not not_in_english(request):
        return False
    script = _script(request)
    names_a_language = not LANGUAGE_NAMES.isdisjoint(WORD_RE.findall(request.lower()))
    return (script not in ("", "latin") and _script(text) == script) or same_language(request, text) \
        or (script == "latin" and names_a_language and not_in_english(text))


def _min_words(r, t, never: bool) -> int:
    """How long an output must be for a stretch naming none of the question's words to drift: a slide after naming
    it, a long paragraph; an output that never names it, a short one, or, for a reaction to a remark (a few
    sentences), a paragraph."""
    if not never:
        return t.topic_gap_words
    return t.answer_full_words if answers_a_remark(r) else t.off_topic_words


def trailing_gap(r, t) -> Finding | None:
    gap = find_gap(topic_text(r.prompt), r.lower, r.units, r.total, t.cognate_letters, t.inflection_letters,
                   r.prompt.raw.lower()) \
        if r.plain else None
    if gap is None:
        return None
    never = gap.gap_start == 0
    # A poem or a list in short lines named in its title line only ("Sonetto\n\nQuando i giorni ..."): its lines
    # need not name the topic, titled or not.
    titled = r.question.in_lines and 0 < gap.gap_start <= r.text.find("\n") + 1 and in_short_lines(r.text)
    if (never or titled) and _need_not_name_it(r, t):
        return None
    min_words = _min_words(r, t, never)
    if writes_cjk(r.lower) and (not never or mostly_quoted(r.text)):
        # Each character is a word: a long paragraph is three times as many. Not for an output that
        # never names the topic (held to ``topic_check_words``, as its reply part is), unless it is
        # mostly a quotation: the words asked for (a translation), which need not name the question's.
        min_words *= CJK_CHARS_A_WORD

    def describe():
        shown = excerpt(r.text[gap.gap_start :], 60)
        return shown, (
            (
                f"off topic: its {gap.gap_words} words never name "
                if never
                else f"slides off topic: the last {gap.gap_words} words ({pct(gap.gap_share)} of "
                "the output) name none of "
            )
            + ", ".join(gap.words)
            + f" (threshold {min_words} words and {pct(t.topic_gap_share)}): '{shown}'"
        )

    return Finding("topic.trailing_gap", gap.gap_share, t.topic_gap_share, describe, gap.gap_start,
                   "it ends where the text goes off topic", condition_met=gap.gap_words >= min_words)

