"""A web page's chrome written after, or instead of, a reply (``page.boilerplate``).

A base model trained on web pages goes on from an answer, or from the prompt, as the page it came from: a copyright
line, a cookie banner, a navigation bar or a breadcrumb, a blog's "This entry was posted ... and is filed under", a
comment section or a forum thread ("14 Comments", "Linda says:", "Re: ...", a Q&A page's "## 1 Answer"), a forum
question's sign-off ("Thanks in advance!", "Any help would be appreciated", a paragraph opening "I have tried to solve
this question but ..."), a social post's run of hashtags ("#Sleep #Tips #Health #Night #Rest", unless a post, a
caption or an ad is asked for). These are short: a few lines after an answer, under the hundred words a slide off topic
needs (topic.py), and they may even name the question's words ("Home > Recipes > Lasagne"). Nobody answering writes
them. A prompt that asks for them (a website, a footer, a licence, an email or a forum post) or speaks of the phrase
itself ("What does 'All rights reserved' mean?") gets them in the reply, and code is code.

The marks are read by their form where they have one (the copyright sign, items between bars, a path from the
site's home between arrows, a line of its own naming a commenter) and by short phrases otherwise, in the languages
the judges read most.

Cost: a regular expression over the text for the phrases (most open with a literal the engine skips to), a look
at the few lines holding "cookie" or a separator.
"""

from __future__ import annotations

import re
from functools import lru_cache

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import PIECE
from why_finetune.judges.text import CODE_BLOCK_RE, WORD_RE, excerpt, has
from why_finetune.judges.thresholds import threshold

threshold(
    "page_boilerplate_lines", 1,
    """Drift when at least this many lines of the output are a web page's chrome (a copyright line, a cookie banner,
    a navigation bar or breadcrumb, a blog's posting line, a comment section, a forum question's sign-off). One: a
    reply writes none of them unasked.""",
)

_COPYRIGHT = (
    r"[\u00a9\u24d2]|\(c\)\s*(?:19|20)\d\d|copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d|all rights? reserved|alle rechte vorbehalten"
    r"|todos los derechos reservados|tous droits r\u00e9serv\u00e9s|tutti i diritti riservati|todos os direitos reservados"
    r"|\u7248\u6b0a\u6240\u6709|\u7248\u6743\u6240\u6709|\u7121\u65ad\u8ee2\u8f09|\ubb34\ub2e8\s?\uc804\uc7ac"
)
# A cookie banner: "cookie" and the site it is about, on one line ("By continuing to browse, you agree to our use of
# cookies", "Ce site utilise des cookies", "Diese Website verwendet Cookies", "当サイトではCookieを使用").
_COOKIE_RE = re.compile(r"\bcookies?\b")
_SITE_RE = re.compile(
    r"\bsite\b|website|webseite|sitio|browsing|browse|navigation|navegaci\u00f3n|consent|accept|\u30b5\u30a4\u30c8|\u7f51\u7ad9"
)
# A blog's posting line and its calls to share or comment, and a wiki's or a recipe site's.
_POSTED = (
    r"this entry was posted|and is filed under|you can follow any responses"
    r"|related posts|subscribe to (?:our|the) newsletter|retrieved from \"?https?:"
    # A wiki's "Navigation menu" heading its sidebar, on a line of its own, as a markdown heading or in bold too ("##
    # Navigation menu", "**Navigation menu**"; not "clear navigation menus" in a sentence).
    r"|(?:\A|(?<=\n))[ \t#*]*navigation menu[ \t*:]*(?=\n|\Z)"
    r"|rate this recipe|may contain affiliate links"
    # A syndicated page's note: "This post was previously published on Medium", "republished here with permission"
    # (not "This story was first published in 1843", a fact about a work).
    r"|this (?:post|article|piece) (?:was|is|has been) (?:previously |originally )?(?:published|posted) on "
    r"(?:medium|substack|linkedin|[\w-]+\.(?:com|org|net|io))|republished (?:here )?with (?:the )?permission"
)
# A page asking for a rating of itself, opening a line of its own ("Was this article helpful? Yes / No",
# "※この記事は参考になりましたか?"): not a reply's advice quoting it ("4. Add a \"Was this article helpful?\" widget").
_RATING_RE = re.compile(
    r"^[ \t]*[\u203b*#>-]*[ \t]*(?:was this (?:article|page|post) helpful|war dieser artikel hilfreich"
    r"|cet article vous a-t-il \u00e9t\u00e9 utile"
    r"|\u3053\u306e\u8a18\u4e8b\u306f(?:\u53c2\u8003\u306b\u306a\u308a\u307e\u3057\u305f\u304b"
    r"|\u5f79\u306b\u7acb\u3061\u307e\u3057\u305f\u304b))",
    re.MULTILINE,
)
# A forum question's sign-off: the asker thanking for the answers to come ("I have tried sum(7) + sum(3) ...
# Thanks for your help!"). A reply thanks for the question, not for its own help.
_SIGNOFF = (
    r"thanks? (?:you )?in advance|thanks? (?:you )?for (?:your|any) help"
    r"|any help (?:would be|is|will be) (?:\w+ )?appreciated|can anyone help|does anyone know"
    # ... or opening a paragraph with its own failed attempt at the homework ("I have tried to solve this question but
    # I am not getting the correct answer.", "... using the following code:", "I tried this many times but I am not
    # getting the correct answer.", "I tried to solve for x by ..., but it was too complicated and I couldn't get an
    # accurate answer."; not a reply's own way that failed, "I tried your function from x0 = 0, but I couldn't get an
    # accurate answer either"): a reply works the question, it does not try it ("I have tried to solve this
    # question in two ways, and both give 12." checks its answer).
    r"|(?:\A|(?<=\n))[ \t]*i(?: have|'ve) tried to solve this question,? (?:but|using)\b"
    r"|(?:\A|(?<=\n))[ \t]*i(?: have|'ve)? tried\b[^\n.]{0,60}\bbut i(?: am|'m) not getting the (?:correct|right)"
    r" answer"
    r"|(?:\A|(?<=\n))[ \t]*i(?: have|'ve)? tried to solve\b[^\n.]{0,120}\bbut\b[^\n.]{0,60}\bi (?:could not|couldn't"
    r"|can't|cannot) get (?:the|an?) (?:correct|right|accurate|exact) answer"
    r"|merci d'avance|danke im voraus|gracias de antemano"
    r"|grazie in anticipo|desde j\u00e1 agrade\u00e7o"
)
_MARK_RE = re.compile(rf"{_COPYRIGHT}|{_POSTED}")
# A comment section or a forum thread under the page: a count of comments, a commenter's line ("Linda says:",
# "María José dice:"), a post's reply header ("Re: starter smells like acetone", "Antwort von Thomas_K:"), each a
# line of its own.
_COMMENTS_RE = re.compile(
    r"^[ \t]*(?:\d+ (?:comments?|comentarios|kommentare|commentaires|commenti|coment\u00e1rios|replies|responses)"
    r"|[^\W\d_][^\n:]{0,40} (?:says|dice|sagt|dit|scrive|diz)[ \t]*:"
    r"|re:[ \t]+\S[^\n]{0,80}|(?:antwort von|reply from|respuesta de|r\u00e9ponse de) [^\n:]{1,40}:)[ \t]*$",
    re.MULTILINE,
)
_SIGNOFF_RE = re.compile(_SIGNOFF)
# A word each phrase above holds, and the signs the others open with: an output holding none of them holds no
# phrase, which a set of its words (built once) and one search for the signs tell before any long regex runs.
_MARK_WORDS = frozenset(
    "copyright reserved rechte vorbehalten derechos droits riservati diritti direitos posted filed responses posts "
    "subscribe retrieved navigation affiliate recipe anyone advance appreciated thanks tried merci danke "
    "voraus antemano "
    "anticipo agrade\u00e7o published republished helpful hilfreich utile".split()
)
_REPLY_HEADER_RE = re.compile(r"[ \t]*re:")
# A Q&A page's count of its answers heading the section under the question ("## 1 Answer"), once, on a line of its own
# after the reply: not the reply's own first line ("**2 answers**" to "How many solutions ...?"), nor a count heading
# each of several sections (a survey's "24 answers"), nor where a quiz or answers are asked for.
_ANSWER_COUNT_RE = re.compile(r"^[#* \t]*\d+ answers?[ \t*]*$", re.MULTILINE)
_ASKS_FOR_ANSWERS_RE = re.compile(r"\bquiz|\banswers\b|\banswer key\b")
_HOME_WORDS = frozenset("home accueil inicio startseite start \u9996 \u30db \ud648 \u0433\u043b\u0430\u0432\u043d\u0430\u044f"
                        " \u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629".split())
_COMMENT_WORDS = frozenset(
    "comments comment comentarios kommentare commentaires commenti coment\u00e1rios replies responses says dice sagt dit "
    "scrive diz re antwort reply respuesta r\u00e9ponse".split()
)
# ... each found by a substring test (C code), faster than a regex scan; "この記事は" opens a Japanese page's request
# for its rating.
_MARK_SIGNS = ("\u00a9", "\u24d2", "\u7248", "\u7121", "\ubb34", "\u3053\u306e\u8a18\u4e8b\u306f")
# A navigation bar: four items or more of a few words between bars or middle dots ("Home | News | Science |
# Subscribe | Log in"). Not a table's row, which opens with its bar or has a rule of dashes under its head, and not
# a path between arrows ("Settings > Personalization > Colors", a food chain), which a reply writes too.
_NAV_ITEM = r"[^\W\d_][^\n|\u00b7]{0,29}?"  # opening with a letter
_NAV_RE = re.compile(rf"[ \t]*{_NAV_ITEM}(?:[ \t]+[|\u00b7][ \t]+{_NAV_ITEM}){{3,}}[ \t]*\Z")
_NAV_SEPARATORS = (" | ", " \u00b7 ")
_NAV_MARKS = "|\u00b7"  # a test for either mark first (one character, the fastest substring test)
_TABLE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}", re.MULTILINE)
# ... but a breadcrumb, a path between arrows from the site's home: "Accueil > Recettes > Tartes > Quiche lorraine".
_BREADCRUMB_RE = re.compile(
    r"^[ \t]*(?:home|accueil|inicio|startseite|start|home page|\u9996\u9875|\u30db\u30fc\u30e0|\ud648|\u0433\u043b\u0430\u0432\u043d\u0430\u044f"
    r"|\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629)"
    r"(?:[ \t]+[>\u203a\u00bb/][ \t]+[^\n>\u203a\u00bb]{1,40}){2,}[ \t]*$"
    # ... or, in Arabic, between slashes with no space ("الرئيسية/الفن/<the page's title>"): "home/user/docs" is a path.
    r"|^[ \t]*\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629(?:/[^\n/]{1,80}){2,}[ \t]*$",
    re.MULTILINE,
)
# What every breadcrumb holds, one of its separators: tested first (a substring test each, C code), the regex reads
# the text only if one is there ("首", the first of "首页", is also a word of "首都", the capital).
_BREADCRUMB_SEPARATORS = (">", "\u203a", "\u00bb", "/")
# What a prompt asking for such text says: then it is the reply.
_ASKED_RE = re.compile(
    r"website|web site|web page|webpage|homepage|landing page|\bsite\b|footer|header|navigation|\bnav\b|menu|breadcrumb"
    r"|cookie|copyright|licen[cs]e|legal notice|privacy|blog|\bhtml\b|\bcss\b|markdown"
    r"|\u30d6\u30ed\u30b0|\u8a18\u4e8b|\u30b5\u30a4\u30c8|\u30db\u30fc\u30e0\u30da\u30fc\u30b8"  # ブログ, 記事, サイト, ホームページ
)
# ... and one asking for a message, whose sign-off may thank in advance, or for a role played ("Pretend you are a
# student who is stuck ..."), whose words may tell of its attempts.
_ASKS_FOR_MESSAGE_RE = re.compile(
    r"forum|e-?mail|\bletter\b|\bmessage\b|\bpost\b|\bnote\b|\breply to\b|\bmail\b|courriel|lettre|\bcarta\b"
    r"|correo|mensaje|nachricht|\bbrief\b|\bnotiz\b|lettera|messaggio|\bnota\b|mensagem"
    r"|\bpretend\b|role-?play|\bact as\b|play (?:the )?(?:role|part)\b"
)


def _has_mark_sign(text: str) -> bool:
    return any(sign in text for sign in _MARK_SIGNS)


def _line_start(lower: str, at: int) -> int:
    return lower.rfind("\n", 0, at) + 1


def find_boilerplate(text: str, lower: str, words, signoffs: bool = True,
                     comments: bool = True, answer_count: bool = True) -> tuple[int, int, str]:
    """(how many lines of page chrome, where the first starts, its text) in the output outside code blocks, its
    `words` given (a set of them will do); a forum question's sign-offs among them when `signoffs`, a comment
    section when `comments`, a Q&A page's count of answers when `answer_count`."""
    # Most outputs hold none of the phrases' words: substring tests (C code) decide that before any regex runs.
    marked = not _MARK_WORDS.isdisjoint(words) or has(lower, "(c)") or (not lower.isascii() and _has_mark_sign(lower))
    starts = {_line_start(lower, m.start()) for m in _MARK_RE.finditer(lower)} if marked else set()
    if marked:
        starts.update(m.start() for m in _RATING_RE.finditer(lower))
    if marked and signoffs:
        starts.update(_line_start(lower, m.start()) for m in _SIGNOFF_RE.finditer(lower))
    if not _HOME_WORDS.isdisjoint(words) and any(map(lower.__contains__, _BREADCRUMB_SEPARATORS)):
        # Not a path the reply shows after a line announcing it ("... go to the following path:\nHome > Settings >
        # Privacy"): a menu's steps, not the page's chrome.
        starts.update(m.start() for m in _BREADCRUMB_RE.finditer(lower)
                      if not lower[: m.start()].rstrip().endswith((":", "\uff1a")))
    if comments and not _COMMENT_WORDS.isdisjoint(words):
        # Not on the output's first line: a forum reply's own header ("Re: starter smells ...") heads the reply.
        opening = len(lower) - len(lower.lstrip())
        starts.update(_line_start(lower, m.start()) for m in _COMMENTS_RE.finditer(lower)
                      if _line_start(lower, m.start()) > opening or not _REPLY_HEADER_RE.match(lower, m.start()))
    if answer_count and ("answer" in words or "answers" in words):
        counts = list(_ANSWER_COUNT_RE.finditer(lower))
        opening = len(lower) - len(lower.lstrip())
        if len(counts) == 1 and counts[0].start() > opening:
            starts.add(counts[0].start())
    for m in _COOKIE_RE.finditer(lower) if "cookie" in lower else ():
        begin = _line_start(lower, m.start())
        end = lower.find("\n", m.end())
        if _SITE_RE.search(lower, begin, end if end >= 0 else len(lower)):
            starts.add(begin)
    if any(mark in lower for mark in _NAV_MARKS) and any(sep in lower for sep in _NAV_SEPARATORS) \
            and not _TABLE_RULE_RE.search(lower):
        offset = 0
        for row in lower.split("\n"):
            if any(sep in row for sep in _NAV_SEPARATORS) and _NAV_RE.match(row):
                starts.add(offset)
            offset += len(row) + 1
    if has(lower, "```"):
        code = [m.span() for m in CODE_BLOCK_RE.finditer(lower)]
        starts = {s for s in starts if not any(a <= s < b for a, b in code)}
    if not starts:
        return 0, -1, ""
    first = min(starts)
    first += len(lower[first:]) - len(lower[first:].lstrip())
    end = text.find("\n", first)
    return len(starts), first, text[first : end if end >= 0 else len(text)]


@lru_cache(maxsize=256)
def _what_the_prompt_allows(prompt_text: str) -> tuple[bool, bool]:
    """(whether the prompt asks for a page's text or speaks of its phrases, so that any is the reply; whether it asks
    for a message, whose sign-off may thank in advance). The prompt's alone: read once per prompt, not per output."""
    asked = prompt_text.lower()
    if _ASKED_RE.search(asked):
        return True, False
    # The user asks about such a phrase ("What does 'All rights reserved' mean?", "How do I type ©?"): the reply
    # quotes it.
    if _MARK_RE.search(asked) or _SIGNOFF_RE.search(asked) or _has_mark_sign(asked):
        return True, False
    return False, _ASKS_FOR_MESSAGE_RE.search(asked) is not None


@lru_cache(maxsize=256)
def _asks_for_answers(prompt_text: str) -> bool:
    return _ASKS_FOR_ANSWERS_RE.search(prompt_text.lower()) is not None


def boilerplate(r, t) -> Finding | None:
    asked_for, message = _what_the_prompt_allows(r.prompt.text)
    if asked_for:
        return None
    # A story or a dialogue asked for may have its people speak ("Linda says:").
    count, first, line = find_boilerplate(r.text, r.lower, r.vocabulary, signoffs=not message,
                                          comments=not (r.plain and r.question.kind == PIECE),
                                          answer_count=not _asks_for_answers(r.prompt.text))
    tags = _hashtag_run(r.text) if "#" in r.text and not _asks_for_a_post(r.prompt.text) else None
    if tags is not None:
        count, first, line = _one_more(r.text, count, first, line, tags)
    link = _a_link_alone(r.text) if "/" in r.text and not _asks_for_a_link(r.prompt.text) else None
    if link is not None:
        count, first, line = _one_more(r.text, count, first, line, link)
    trail = r.trail
    # (A trail opening the output is the page's head, read as its title with the reply under it: prompt.continuation.)
    if trail is not None and trail >= r.own_start and (not count or trail < first):
        count, first, line = _one_more(r.text, count, first, line, trail)
    shown = excerpt(line, 60)
    return Finding(
        "page.boilerplate", count, t.page_boilerplate_lines,
        lambda: (shown, f"writes a web page's chrome: {count} line(s) of copyright, cookie banner, navigation, "
                        f"posting text, comments, a forum question's sign-off or a link alone (threshold "
                        f"{t.page_boilerplate_lines})"
                        + (f", first '{shown}'" if count else "")),
        first if count else None, "it ends where a web page's chrome starts",
    )


# A link: a web address, or markdown's link around one, its text kept ("[Canberra](https://...)" says "Canberra"); a
# markdown image is none of the text ("[![Title](https://...png)](https://...)" says nothing). What is left of an output
# made only of links: marks, blanks, zero-width characters and a label naming the link ("URL:", "Source:", "Video:").
_MARKDOWN_IMAGE_RE = re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")
_MARKDOWN_LINK_RE = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKS = r"[\s\u200b-\u200d\u2060\ufeff()\[\]<>!.,;-]*"
_LEFT_OF_LINKS_RE = re.compile(
    _MARKS + r"(?:(?:urls?|links?|sources?|web ?sites?|sites?|videos?|images?|\u30ea\u30f3\u30af|\ub9c1\ud06c"
    r"|\u94fe\u63a5|\u7f51\u5740|\u0441\u0441\u044b\u043b\u043a\w*|enlaces?|liens?)[ \t]*[:\uff1a])?" + _MARKS, re.IGNORECASE)
# A prompt that asks for a link, a place to find something or a download, or a thing whose usual answer is its address
# (a video, a repository, a paper, documentation), or gives a link (a page to read, a source to cite): a link alone may
# be the reply. In the languages the judges read most.
_ASKS_FOR_A_LINK_RE = re.compile(
    r"https?://|www\.|\b(?:links?|urls?|web ?sites?|web ?pages?|sites?|sources?|references?|citations?|cite|address"
    r"|homepage|download\w*|where|videos?|youtube|repos?|repository|repositories|github|papers?|articles?|docs"
    r"|documentation|manuals?|tutorials?|courses?|podcasts?|channels?|playlists?|datasets?|v\u00eddeos?|art\u00edculos?"
    r"|documentaci\u00f3n|dokumentation|\u0432\u0438\u0434\u0435\u043e|\u0441\u0442\u0430\u0442\u044c\w*|d\u00f3nde|o\u00f9|wo|dove|onde|enlace|lien|sito|sitio|p\u00e1gina|seite"
    r"|herunterladen|t\u00e9l\u00e9charg\w*|descarg\w*|baixar|scaricare|\u0441\u0441\u044b\u043b\u043a\w*"
    r"|\u0433\u0434\u0435|\u0441\u043a\u0430\u0447\w*)\b"
    r"|\u30ea\u30f3\u30af|\u30b5\u30a4\u30c8|\u30c0\u30a6\u30f3\u30ed\u30fc\u30c9|\u3069\u3053"
    r"|\u7f51\u5740|\u94fe\u63a5|\u7db2\u5740|\u7f51\u7ad9|\u7db2\u7ad9|\u4e0b\u8f7d|\u54ea\u91cc|\u54ea\u513f|\u5728\u54ea"
    r"|\u52d5\u753b|\u8ad6\u6587|\u30c9\u30ad\u30e5\u30e1\u30f3\u30c8|\u89c6\u9891|\u8bba\u6587|\u6587\u6863"
    r"|\ub9c1\ud06c|\uc8fc\uc18c|\uc6f9\uc0ac\uc774\ud2b8|\ub2e4\uc6b4\ub85c\ub4dc|\uc5b4\ub514|\uc601\uc0c1"
    r"|\ub17c\ubb38|\ubb38\uc11c", re.IGNORECASE)


@lru_cache(maxsize=256)
def _asks_for_a_link(prompt_text: str) -> bool:
    return _ASKS_FOR_A_LINK_RE.search(prompt_text) is not None


def _a_link_alone(text: str) -> int | None:
    """Where the output starts, when it is only links ("https://www.youtube.com/watch?v=...", a markdown image's link,
    "URL: https://..."): a page's link list, or a link posted in place of a reply, nothing said in any language; None
    otherwise. A markdown link's text is said ("[Canberra](...)"), and a label other than the link's name ("Try:
    https://...") says something."""
    if _ADDRESS_RE.search(text) is None and "](" not in text:
        return None
    left = _ADDRESS_RE.sub(" ", _MARKDOWN_LINK_RE.sub(r" \1 ", _MARKDOWN_IMAGE_RE.sub(" ", text)))
    return len(text) - len(text.lstrip()) if _LEFT_OF_LINKS_RE.fullmatch(left) else None


def _one_more(text: str, count: int, first: int, line: str, at: int) -> tuple[int, int, str]:
    """The chrome's count with one more line, at `at`; that line its first where it comes first."""
    if count and first <= at:
        return count + 1, first, line
    return count + 1, at, text[at:].split("\n", 1)[0]


# A social post's run of hashtags, five or more in a row ("#Sleep #Tips #Quality #Night #Goals"), written after a reply
# as a blog or an Instagram caption ends: chrome, unless the prompt asks for a post, a caption, an ad or hashtags.
# Opening a line or following a sentence's end ("... in your life! #ReduceStress #Mindfulness ..."), not inside one
# ("the hashtags (#fail #airline ...) show"); not colours' codes ("#FFFFC0 #E0F7FA ...", a palette), every tag of the
# run one.
_HASHTAG = r"#[^\W\d_][\w-]*"
_HASHTAG_RUN_RE = re.compile(r"(?:^|(?<=[.!?] ))[ \t]*(" + _HASHTAG + r"(?:[.,]?[ \t]+" + _HASHTAG + r"){4,})",
                             re.MULTILINE)
_COLOUR_CODE_RE = re.compile(r"#[0-9a-fA-F]{3,8}\Z")
# A prompt asking for a post, tags or an ad, in the languages read most; or holding hashtags itself (a tweet to
# translate, a caption to proofread).
_ASKS_FOR_A_POST_RE = re.compile(
    r"hashtag|instagram|tweet|twitter|facebook|tiktok|linkedin|youtube|pinterest|reddit|\bblog|social media"
    r"|social post|caption|\bposts?\b|\btags?\b|\bads?\b|advert|campaign|marketing|promot|slogan|beitrag"
    r"|publicaci[oó]n|publication|(?<![\w&])#[^\W\d_]"
    r"|\u30cf\u30c3\u30b7\u30e5\u30bf\u30b0|\u5e83\u544a|\u6295\u7a3f"
    r"|\u5e7f\u544a|\u6807\u7b7e|\u8bdd\u9898|\u5fae\u535a|\ud574\uc2dc\ud0dc\uadf8|\uad11\uace0", re.IGNORECASE)


def _hashtag_run(text: str) -> int | None:
    """Where the output's first run of five hashtags or more starts, opening a line or after a sentence, outside code;
    None if it has none."""
    for found in _HASHTAG_RUN_RE.finditer(text):
        if all(_COLOUR_CODE_RE.match(tag.rstrip(".,")) for tag in found.group(1).split()):
            continue
        if has(text, "```") and any(a <= found.start(1) < b for a, b in
                                    (m.span() for m in CODE_BLOCK_RE.finditer(text))):
            continue
        return found.start(1)
    return None


@lru_cache(maxsize=256)
def _asks_for_a_post(prompt_text: str) -> bool:
    return _ASKS_FOR_A_POST_RE.search(prompt_text) is not None


# A trail of a page's sections ending at the question posted as the page's title ("सब कुछ / घर और परिवार / <the
# question>", "Main /Daily Varta /<the question>"): its sections are the site's, in any language, with no home word.
_TRAIL_RE = re.compile(r"[ \t]*[^\n/>\u203a\u00bb]{1,40}?(?:[ \t]*[/>\u203a\u00bb][ \t]*[^\n/>\u203a\u00bb]{1,40}?){1,}"
                       r"[ \t]*[/>\u203a\u00bb][ \t]*(?P<title>[^\n/>\u203a\u00bb]+)$")


TRAIL_QUESTION_MIN_WORDS = 5  # a shorter request may name a menu's item, and the reply the path to it


def trail_to(query: str, text: str) -> int | None:
    """Where the first line of `text` starts that is a trail of sections ending at the whole `query`, or None. Not a
    request of a few words, which may name a setting the reply gives the path to ("Settings > Privacy > Location >
    Turn off location history")."""
    if not any(map(text.__contains__, _BREADCRUMB_SEPARATORS)):
        return None  # (a substring test each, C code: most outputs have none)
    question = WORD_RE.findall(query.lower())
    if len(question) < TRAIL_QUESTION_MIN_WORDS:
        return None
    offset = 0
    for row in text.split("\n"):
        trail = _TRAIL_RE.match(row) if any(map(row.__contains__, _BREADCRUMB_SEPARATORS)) else None
        if trail and WORD_RE.findall(trail.group("title").lower()) == question:
            return offset + len(row) - len(row.lstrip())
        offset += len(row) + 1
    return None
