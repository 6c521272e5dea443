"""The language a question or a reply is written in, read from its function words and its letters.

Function words are the surest sign of a language, and the commonest words of every text in it. Two
things follow from them:

* Topic words. A topic word is a word of the question that carries what it is about ("dog", "Mars"); the
  words that only hold the sentence together ("er", "og", "fordi" in Norwegian; "de", "la", "est" in
  French) are in every reply in that language, so counting them as topic words makes any text in the
  question's language look on topic. English has its list in text.py (STOPWORDS); the others are here,
  each a short closed class (articles, pronouns, prepositions, conjunctions, common verbs of being and
  having, question words), from the usual stop-word lists of each language. Which list applies is read
  from the question itself: the language whose list names the most of the question's words (two at
  least) is the question's, if it names more of them than the English list does. A word that is a
  function word in one language and a content word in another ("war", "die", "son", "man") is only
  dropped for a question in the language where it is a function word.
* English or not. Code names things in English, the judges know English number words ("ten"), and
  English endings are the only ones text.stem() strips: a question "not in English" (written mostly in
  other letters, in another language's function words, or in Latin letters with few of English's small
  words) has its code replies, number words and inflections read accordingly (code.py, topic.py,
  field_value.py, reply.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from why_finetune.judges.text import STOPWORDS, WORD_RE, normalise_apostrophes

_LISTS = {
    "norwegian": """
        og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi min
        mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv her
        alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne
        for deg si sine sitt mot å hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke
        mellom vår hver hvem hvis både bare enn fordi før mange også slik vært begge siden eg ein eit ikkje
        kva kvar kven korleis me no noko mykje dei
    """,
    "danish": """
        af alt blev bliver da de dem den denne der deres det dette dig din disse dog du efter eller en end er
        et for fra ham han hans har havde have hende hendes her hos hun hvad hvis hvor hvorfor hvordan i ikke
        ind jeg jer jo kunne man mange med meget men mig min mine mit mod ned noget nogle nu når og også om op
        os over på selv sig sin sine sit skal skulle som sådan til ud under var vi vil ville vor være været
        fordi
    """,
    "swedish": """
        och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
        henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
        vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna
        själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken
        er sådan vår inom mellan varför varje vilka ditt vem vilket eftersom också
    """,
    "german": """
        aber alle allem allen aller alles als also am an andere anderen auch auf aus bei bin bis bist da damit
        dann das dass daß dein deine dem den der des dich die dies diese diesem diesen dieser dieses dir doch
        dort du durch ein eine einem einen einer eines er es etwas euch euer eure für hat hatte hatten hier
        hin ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine
        können man mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine
        sich sie sind so soll sondern über um und uns unser unter viel vom von vor war waren warum was weil
        welche welcher welches wenn wer werde werden wie wieder will wir wird wo wollen zu zum zur zwischen
        erkläre erklären sag sage bitte meines meinem meinen meiner deines deinem deinen deiner seines seinem
        seinen seiner ihres ihrem ihren ihrer unseres unserem unseren unserer
    """,
    "dutch": """
        de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou
        of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft
        hebben deze u want nog zal me zij nu geen omdat iets worden toch al waren veel meer doen toen moet ben
        zonder kan hun dus alles onder ja eens hier wie werd wordt kunnen ons zelf tegen na wil kon niets uw
        waarom welke
    """,
    "french": """
        au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me même
        mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu
        un une vos votre vous c d j l à m n s t y été être avoir est sont était ai as a avons avez ont fait
        cette cet quel quelle quels quelles comment pourquoi quand combien plus très bien aussi tout tous toute
        toutes si sans sous entre chez vers comme dont ceci cela ça dites expliquez expliquer
    """,
    "spanish": """
        de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí
        porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos
        uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él
        tanto esa estos mucho quienes nada muchos cual cuánto cuántos cuánta cuántas poco ella estar estas algunas algo nosotros mi mis tú
        te ti tu tus ellas es son fue ser ha han hace cómo cuál dónde por explica dime
    """,
    "italian": """
        ad al allo ai agli all alla alle con col coi da dal dallo dai dagli dall dalla dalle di del dello dei
        degli dell della delle in nel nello nei negli nell nella nelle su sul sullo sui sugli sull sulla sulle
        per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro
        nostra nostri nostre vostro vostra mi ti ci vi lo la li le gli ne il un uno una ma ed se perché anche
        come dove che chi cui non più quale quanto quanti quante quello quella questo questi questa queste si tutto tutti
        a e i o è sono era ho ha hanno essere avere fa dimmi spiega
    """,
    "portuguese": """
        de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à
        seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem
        mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm
        numa pelos elas havia seja qual quanto quantos quantas será nós tenho lhe deles essas esses pelas este dele tu te vocês
        meus minhas teu tua nosso nossa dela delas esta estes estas aquele aquela isto aquilo porque
        explique diga
    """,
    "romanian": """
        și si în in a la de cu pe din că ca nu se este sunt un o ce care mai sau dar pentru lui ei el ea eu tu
        noi voi ne le îi îl ai am au fost fi va vor prin după despre până cum când unde cine cât câte acest
        această aceasta acesta acestea aceste acel acea cel cea cei cele al ale tot toate foarte doar chiar
        dacă iar deci deoarece spune explică
    """,
    "indonesian": """
        yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau ada saya aku kamu anda
        dia mereka kami kita ia telah sudah oleh sebagai bisa dapat karena jika kalau bagaimana apa mengapa
        kenapa siapa kapan mana berapa lebih sangat hanya masih bahwa agar supaya tetapi tapi namun serta
        seperti secara para sebuah seorang suatu nya pun jadi bagi tersebut antara setelah sebelum ketika
        saat sampai hingga tentang jelaskan sebutkan
    """,
    "vietnamese": """
        là của và có không một những các được cho với trong này đó để khi thì mà như về từ theo hãy sẽ đã
        đang bị bạn tôi chúng ta nó họ rất nhiều cũng nếu vì nên hoặc hay nhưng ra vào lên sau trước trên
        dưới đến tại bằng còn vẫn chỉ đây kia ấy gì sao nào bao nhiêu ai đâu thế vậy rằng
    """,
    "russian": """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было
        вот от меня еще ещё нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас там
        потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам без чего раз тоже
        себе под будет тогда кто этот того потому этого какой здесь этом один мой тем чтобы нее сейчас были
        куда зачем всех можно при об другой после над больше тот через эти нас про всего них какая много
        эту моя этой перед им более всегда между это почему расскажи объясни
    """,
    "ukrainian": """
        і й та в у на з із зі до від по за про для що як це не ні але або чи я ти він вона воно ми ви вони
        мене тебе його її нас вас їх мені тобі йому їй нам вам їм мій моя моє мої твій твоя свій своя є був
        була було були буде бути так також тут там де коли який яка яке які хто чому цей ця ці той те
        розкажи поясни
    """,
    "hindi": """
        का की के को में से पर है हैं था थी थे और या भी तो ही ने यह वह ये वे इस उस इन उन एक क्या कैसे क्यों कब
        कहाँ कहां कौन मैं हम आप तुम मेरा मेरी हमारा आपका कि जो तक लिए साथ बारे नहीं न हो होता होती होते कर करें
        करना बताइए बताओ बताएं समझाइए
    """,
    "arabic": """
        في من إلى الى على عن مع هذا هذه ذلك تلك التي الذي الذين ما ماذا هل هي هو هم هن أن إن ان كان كانت يكون كيف
        لماذا متى أين اين لا لم لن قد ثم أو او و ف ب ل ك كل بعض عند بين أي اي نحن أنا انا أنت انت لك لي له لها
    """,
    "hebrew": """
        של את על עם זה זו זאת הוא היא הם הן אני אתה את אנחנו לא כן יש אין מה מהי מהו מי למה איך איפה מתי כמה גם או אבל כי
        אם כל רק עוד היה הייתה להיות אל מן לי לך לו לה
    """,
    "urdu": """
        کا کی کے کو میں سے پر ہے ہیں تھا تھی تھے اور یا بھی تو ہی نے یہ وہ یہ اس ان ایک کیا کیسے کیوں کب کہاں کون ہم آپ
        تم میرا میری ہمارا آپکا کہ جو تک لیے لئے ساتھ بارے نہیں نہ ہو ہوتا ہوتی ہوتے کر کریں کرنا بتائیں بتاؤ سمجھائیں
    """,
    "persian": """
        و در به از که را این آن با برای است هست بود چه چرا چگونه کجا کی آیا یک من تو او ما شما آنها هم یا اما تا نه
        می شود کرد کند دارد
    """,
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {name: frozenset(text.split()) for name, text in _LISTS.items()}
ALL_FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values())


@lru_cache(maxsize=256)
def _for_words(words: tuple[str, ...], english_hits: int) -> frozenset[str]:
    said = Counter(words)  # (each list's few words looked up in a long text's counts, not the text in each list)
    counts = {name: sum(said[w] for w in listed if w in said) for name, listed in FUNCTION_WORDS.items()}
    best = max(counts.values())
    if best < 2 or best <= english_hits:  # one word says no language: "AI" is also Italian's "ai"
        return frozenset()
    # Close languages (Norwegian and Danish) tie: every list that names as many words applies.
    return frozenset().union(*(FUNCTION_WORDS[name] for name, n in counts.items() if n == best))


def function_words_of(words: Iterable[str], english: frozenset[str]) -> frozenset[str]:
    """The function words of the language the question's (lower-case) `words` are in, when that is
    not English (`english`: the English list, to compare with); empty for an English question."""
    words = tuple(words)
    return _for_words(words, sum(w in english for w in words))


def mostly_latin(text: str) -> bool:
    """Are most of the text's letters Latin (a-z)? A question in those letters has its words named
    by code's identifiers ("reverse a string" -> `reverse_string`); one in others has not."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isascii()) >= 0.5 * len(letters) if letters else True


# A text in Latin letters is read as written in another language than English when fewer than this share
# of its words of two letters or more are English function words ("the", "that", "of", "to", "in";
# text.STOPWORDS); a reply is read as English, whose number words the judges know ("ten"), when at least
# this share are, two different ones at least. English prose runs at a quarter or more, and the English
# requests of the labelled data at an eighth or more; a French, Italian or Spanish request meets one now
# and then ("in", "no", "me"), seldom two ("On ajoute 4 à 9 ...").
ENGLISH_SHARE = 0.1
ENGLISH_MIN_FUNCTION_WORDS = 2
QUESTION_MIN_WORDS = 3  # "Sort a list": too short to tell which language it is written in


def _small_words(lower: str) -> tuple[list[str], list[str]]:
    """(its words of two letters or more, numbers aside; those of them that are English function words)."""
    words = [w for w in WORD_RE.findall(lower) if len(w) >= 2 and not w.isdecimal()]
    return words, [w for w in words if w in STOPWORDS]


@lru_cache(maxsize=256)
def not_in_english(text: str) -> bool:
    """Is the text plainly in another language than English: written mostly in other letters, in another
    language's function words, or in Latin letters with few of English's small words? Too short to tell
    ("Sort a list") is not: such a request is held to its words, as an English one."""
    if not mostly_latin(text):
        return True
    lower = normalise_apostrophes(text.lower())
    if function_words_of(WORD_RE.findall(lower), STOPWORDS):
        return True
    words, small = _small_words(lower)
    return len(words) >= QUESTION_MIN_WORDS and len(small) < ENGLISH_SHARE * len(words)


def in_english(text: str) -> bool:
    """Is the text plainly English: Latin letters, and at least two different English function words that
    make up ENGLISH_SHARE of its words? ("A rise in the sum of four ..." is; "On ajoute 4 à 9, ce qui donne
    treize." is not.)"""
    if not mostly_latin(text):
        return False
    words, small = _small_words(normalise_apostrophes(text.lower()))
    return len(set(small)) >= ENGLISH_MIN_FUNCTION_WORDS and len(small) >= ENGLISH_SHARE * len(words)


def other_languages(a: str, b: str) -> bool:
    """Are the two texts plainly in two different languages: each plainly English, in the function words of another
    language, or in letters other than Latin, and the two readings differ? Too short to tell is not."""
    first, second = _plain_reading(a), _plain_reading(b)
    return bool(first) and bool(second) and first != second


def _plain_reading(text: str) -> frozenset[str] | str:
    """"english", "other letters", or the function words of the other language the text is plainly in; "" when it is
    too short to tell."""
    if not mostly_latin(text):
        return "other letters"
    if in_english(text):
        return "english"
    return function_words_of(WORD_RE.findall(normalise_apostrophes(text.lower())), STOPWORDS) or ""


def same_language(a: str, b: str) -> bool:
    """Are both texts plainly written in one language: both English (in_english), or both in the function words of
    one other language ("Nun werde ich dich lehren ..." and "Die Franzosen sind sehr begeistert ...")?"""
    if in_english(a) and in_english(b):
        return True
    words_a = WORD_RE.findall(normalise_apostrophes(a.lower()))
    words_b = WORD_RE.findall(normalise_apostrophes(b.lower()))
    listed = function_words_of(words_a, STOPWORDS)
    return bool(listed) and listed == function_words_of(words_b, STOPWORDS)
