"""How a question in another language than English asks for a number, a yes or a no, or a name, read from its own
question words: "Wie viele ...?", "¿Cuántos ...?", "Berapa ...?", "... bao nhiêu ...?" ask for a number; "Ist
...?", "¿Es ...?", "Apakah ...?", "... có phải ... không?", "Чи ...?", "...吗？" for a yes or a no; "Wer ...?",
"Was ist ...?", "Siapa ...?", "... là ai?" for a name or a thing. English questions are read by question.py's own
openers; these are read first for a question not plainly in English, so that German "Was ist ...?" asks what, not
whether.

Each pattern holds question words English does not write, or reads them only with what follows them ("was ist",
"care este", "hat er", "chi è", "dove si"); and the yes/no and name patterns are read only for a question not plainly
in English (language.in_english), so "Hat size for a newborn?" keeps its English reading. The number pattern is read
for any question: "Câte zile are un an bisect?" holds "are" and "an". A question they do not read keeps the kind
question.py gives it. A yes, a no or a number's name of these languages answers only a question in one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "How many" / "how much", anywhere in the question (Vietnamese, Indonesian and Chinese ask in place: "Năm nhuận có
# bao nhiêu ngày?"). Not "quanta" (an English word), nor 几 alone (几乎: almost).
NUMBER_ASKED_RE = re.compile(
    r"\b(?:wie ?viele?|wie (?:alt|lange|hoch|weit|oft|schwer|groß)|hoeveel|hvor mange|hur många|combien|quel âge"
    r"|cu[áa]nt[oa]s?|cât de|quant(?:i|e|o|os|as)|câte|câ[țţ]i|berapa"
    r"|bao nhiêu|сколько|скільки"
    # ... or the year or the date asked, as "In what year ...?" asks it: "In che anno ...?", "¿En qué año ...?".
    r"|in (?:che|quale) (?:anno|data)|en (?:qué|que|cuál) año|em (?:que|qual) ano|en quelle année|in welchem jahr"
    r"|в каком году|у якому році"
    # ... or a number named as what it asks for: "Welche Zahl ...?", "¿Qué número ...?", "Какое наименьшее
    # положительное целое число?", "Скажи одно число", "Nenne eine Zahl".
    r"|welche(?:s|r)? (?:\w+(?:e|en) ){0,3}zahl|nenne (?:eine|irgendeine) (?:\w+ )?zahl|quel (?:\w+ )?(?:nombre|chiffre|entier)"
    r"|(?:donne|dis)(?:-moi)? un (?:\w+ )?(?:nombre|chiffre)|(?:qué|cuál es el|qual é o|(?:^|[,:;!¿] ?)que) (?:\w+ )?número"
    r"|(?:di|dime|dígame|diga|dá-me) (?:un|um) (?:\w+ )?número|(?:quale|(?:^|[,:;!] ?)che) (?:\w+ )?numero|dimmi un (?:\w+ )?numero"
    r"|как(?:ое|ой|ая) (?:\w+(?:ое|ее|ой|ый|ий|ая|яя) ){0,3}числ\w*|як(?:е|ий) (?:\w+(?:е|є|ий|ій|а|я) ){0,3}числ\w*"
    r"|(?:скажи|назови|назви|назвіть|напиши)(?:те|ть)? (?:\w+ )?числ\w*"
    r")\b|多少|几[个只位天年岁次种]|幾つ|何[人個日回年]|몇")

# A yes or a no, from the question's first words (after "¿"): the verb first, a question particle, or the tag.
YES_NO_ASKED_RE = re.compile(
    r"^(?:(?:ist|sind|hat (?:er|sie|es|man|der|die|das|ein|eine)|haben|kann|können|gibt es|wird|werden|muss|darf|heeft|hebben|zijn|kunnen|finnes|finns|är"
    r"|est-ce|est-il|est-elle|sont-ils|sont-elles|peut-on|existe-t-il|è|sono|hanno|può|possono|são|este|sunt|poate"
    r"|există|apakah|adakah|bisakah|bolehkah|чи|является ли|есть ли|правда ли"
    r"|és|són|està|estan|té|tenen|pot|poden|hi ha|existeix)\b"  # (Catalan asks with no opening mark: "És perillós ...?")
    r"|(?:es|son|está|están) (?!\w+\s*[?？]))"
    # Spanish opens the question with its mark, after a clause at times ("Si una persona ..., ¿se puede decir ...?").
    r"|¿\s*(?:se\s+)?(?:es|son|está|están|tiene|tienen|puede|pueden|hay|existe|fue)\b"
    r"|có phải|\bkhông\s*[?？]\s*\Z|[吗嗎]\s*[?？]?\s*\Z"
    # Malay and Indonesian ask yes or no with a tag at the end too ("Kerajaan banyak membantu tak?", "... atau tidak?").
    r"|\b(?:tak|tidak|ke)\s*[?？]\s*\Z"
    # Japanese and Korean: a polite question's ending, with no question word before it ("富士山は日本で一番高い山ですか？",
    # "서울은 한국의 수도입니까?"; not "何ですか？", "어디입니까?").
    r"|^(?!.*(?:何|なに|なん|どこ|いつ|誰|だれ|なぜ|どう|どの|どれ|どんな|いくつ|いくら|どちら|どっち))"
    r".*(?:です|ます|でしょう|ません)か\s*[?？]?\s*\Z"
    r"|^(?!.*(?:무엇|뭐|무슨|어디|언제|누구|누가|왜|어떻게|어떤|몇|얼마|어느)).*(?:니까|나요|인가요|을까요|ㄹ까요)\s*[?？]\s*\Z")

# A name or a thing: a wh-word first, or "what" with its verb "to be" ("was ist", "qu'est-ce que", "che cos'è");
# Vietnamese and Indonesian in place ("Tác giả của Truyện Kiều là ai?").
NAME_ASKED_RE = re.compile(
    r"^(?:¿\s*)?(?:wer|wo|wann|welche[rsmn]?|was \w+|waar|wanneer|welke|wat (?:is|zijn)|hvem|hvor"
    r"|når|hvilke[nt]?|hva er|vem|vilken|vilket|vad är|qui|où|quand|quel(?:le)?s?|qu'est-ce|quién(?:es)?|dónde|cuándo"
    r"|cuál(?:es)?|qué (?:es|son)|chi (?:è|sono|ha|era|erano)|dove (?:è|sono|si)|quando|qual[ei]?|che cos|cos'è|cosa (?:è|sono)|quem|onde|quais|o que (?:é|são)"
    r"|cine|unde|când|care (?:este|sunt|e)|ce (?:este|sunt|e)|siapa|apa|di ?mana|kapan|кто|где|когда|какой|какая"
    r"|какое|какие|что (?:такое|это|является)|хто|де|коли|який|яка|яке|які|що (?:таке|це))\b"
    r"|^ai là\b|\b(?:là ai|là gì|ở đâu|khi nào|bao giờ)\s*[?？]?\s*\Z|\bsiapa\b")

# A yes or a no in the languages these read, as one word answers a yes/no question ("Nein.", "Ya.", "Không.", "不是。").
YES_NO_WORDS = frozenset(
    "ja nein nee oui non sí si sim não sì да нет так ні ya tidak bukan có không đúng phải da nu tak nie evet hayır "
    "是 不是 是的 对 不对 不 はい いいえ 네 아니요 예 아니오".split())


def kind_asked(question: str, english: bool) -> str:
    """"number", "yes/no" or "name" when the question (lower case, its first asking sentence) asks so in its own
    words; "" otherwise. A question that reads as English (`english`: "Câte zile are un an bisect?" has "are" and
    "an") is still read for a number, whose words here are none of English's."""
    text = question.strip()
    if NUMBER_ASKED_RE.search(text):
        return "number"
    if english:
        return ""
    if YES_NO_ASKED_RE.search(text):
        return "yes/no"
    if NAME_ASKED_RE.search(text):
        return "name"
    return ""


# The names of numbers in the languages these read (a number asked is answered "Siete.", "Пять.", "Drei."): nought to
# twenty, the tens, a hundred and a thousand.
NUMBER_NAMES = frozenset("""
    null eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn
    siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend
    zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente
    quarante cinquante soixante cent mille
    cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete
    dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil
    zero due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici
    diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento
    um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete
    dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem mil
    nul een twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd duizend
    unu doi trei patru cinci șase şase șapte şapte opt nouă zece unsprezece doisprezece douăzeci treizeci sută mie
    nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu
    không một hai ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn
    ноль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать двадцать
    тридцать сорок пятьдесят сто тысяча
    нуль одна дві три чотири пʼять шість сім вісім дев'ять десять двадцять сто тисяча
    """.split())


# The prompt's last line a label naming a language ("English: I love cheese.\nFrench:", "<a paragraph>\nSpanish:",
# "Русский: ...\nАнглийский:"): it asks for the text above in that language, a translation. Names of languages in
# English, in their own words, and the name of English in the other languages these read.
_LANGUAGE_LABEL_RE = re.compile(
    r"^[ \t]*(?:in |into )?(?:english|french|spanish|german|italian|portuguese|dutch|russian|ukrainian|polish|chinese"
    r"|mandarin|japanese|korean|arabic|hebrew|hindi|bengali|urdu|tamil|turkish|persian|greek|thai|vietnamese"
    r"|indonesian|romanian|swedish|norwegian|danish|finnish|czech|hungarian"
    r"|français|deutsch|español|italiano|português|nederlands|русский|українська|polski|română|türkçe|svenska|norsk"
    r"|dansk|suomi|čeština|magyar|ελληνικά|tiếng việt|bahasa indonesia|中文|汉语|日本語|한국어|العربية|עברית|हिन्दी"
    r"|anglais|englisch|inglés|ingles|inglese|inglês|engels|английский|англійська|angielski|engleză|tiếng anh"
    r"|bahasa inggris|英语|英語|영어)(?: translation)?[ \t]*[:\uff1a][ \t]*\Z", re.IGNORECASE)


# A field's label opening a line: letters and spaces, then a colon and a space or the line's end ("German: Ich ...";
# not "The train leaves at 10:30").
_LABELLED_LINE_RE = re.compile(r"^[ \t]*([^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,3})[:\uff1a](?:[ \t]+|\Z)")
_SOURCE_MIN_WORDS = 3  # "German: native" in a CV's list of languages is a level, no text to translate


def asked_by_a_language_label(prompt) -> bool:
    """Does a label naming a language close the prompt (a Prompt: its text as sent, or its user turn in a chat)?"""
    return a_language_label_closes(prompt.text) or a_language_label_closes(prompt.query)


@lru_cache(maxsize=256)  # a function of the prompt alone, asked again for every output
def a_language_label_closes(prompt: str) -> bool:
    """Does the prompt end with a label naming a language, text above it ("English: I love cheese.\nFrench:")? The
    line above is text, or the text under another language's label: not a field of other keys ("Biology: B+\n
    English:" asks for a grade in English, the subject)."""
    body = prompt.rstrip()
    head, _, last = body.rpartition("\n")
    if not head.strip() or _LANGUAGE_LABEL_RE.match(last) is None:
        return False
    above = head.rstrip().rsplit("\n", 1)[-1]
    label = _LABELLED_LINE_RE.match(above)
    if label is None:
        return True
    return _LANGUAGE_LABEL_RE.match(label.group(0).strip()) is not None \
        and len(above[label.end() :].split()) >= _SOURCE_MIN_WORDS


# A translation asked for, in English ("translate", "how do you say") and as requests in the other languages the
# judges read say it: traduis / traduisez, traduce, traduza, übersetze, vertaal, переведи, перекладіть, terjemahkan, dịch sang (translate into), अनुवाद, 翻译, 翻訳, 번역, and the
# Arabic, Persian and Urdu ترجمة / ترجمه / ترجمہ (their root ترجم), Hebrew תרגם / תרגום, Greek μετάφρασε, Thai
# แปลเป็น (translate into), Amharic ተርጉም, Georgian თარგმნე, Tamil மொழிபெயர், Bengali অনুবাদ, Japanese 日本語に訳して,
# 和訳, 英訳.
_TRANSLATION_RE = re.compile(
    r"\btranslate\b|\bhow (?:do|would|can) (?:you|i|we) say\b|\btradu[cijsz]\w*|\bübersetz\w*|\bvertaal\w*|"
    r"\bперевед[иі]\w*|\bперевести\b|\bперекла[дсі]\w*|\bterjemah\w*|\bdịch (?:sang|ra)\b|अनुवाद|翻[译訳譯]|번역|"
    # (The Arabic, Persian, Urdu, Hebrew and Greek forms whole: "المترجمين" (translators), "תרגול" (practice) and
    # "μετάφρασης" (of translation) ask for none.)
    r"(?<!\w)(?:ترجم|ترجمي|ترجموا|ترجمه|ترجمہ|ترجمة|תרגם|תרגמי|תרגמו|לתרגם|תרגום|μετάφρασε|μεταφράστε|"
    r"μετάφρασέ)(?!\w)|แปลเป็น|ተርጉም|თარგმნ|மொழிபெயர்|অনুবাদ|[にへ]訳[しす]|和訳|英訳")


def asks_to_translate(text: str) -> bool:
    """Does the text ask for a translation, in any of the languages read (see _TRANSLATION_RE)?"""
    return _TRANSLATION_RE.search(text.lower()) is not None


def text_after_the_request(query: str) -> tuple[str, str] | None:
    """(the request, the text) for a request to translate and its text after its colon on one line ("Translate the
    following sentence into French: Das Wetter ist heute sehr schön."); None otherwise."""
    request, colon, text = query.partition(":")
    if not colon or "\n" in request or not asks_to_translate(request) or not text.strip():
        return None
    return request, text.strip()
