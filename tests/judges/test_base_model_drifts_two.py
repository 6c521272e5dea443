"""Drifts a base model (or a weak small fine-tune) writes, probed on constructed outputs in the shapes such models
really take, each with the verdict a reader gives it, in English and nine other languages, after raw prompts,
Alpaca templates, ChatML and Llama-2's [INST] prompts.

The shapes:

* the prompt continued as a document: a forum thread, a news article, an encyclopedia page, a textbook's exercise
  list, a blog post's comments, an exam paper, a recipe site, a product page, a dictionary entry, a subtitle file,
  a transcript;
* the next requests in other forms than the prompt's opening: numbered lists of like tasks, "Exercise 2:", "Q2.",
  "Task:", "Prompt:", Input/Output pairs, other languages' field labels;
* an answer and then drift: new "### Instruction:" examples, "User:" turns, the answer said again with small
  changes, an unrelated article;
* loops that vary: one word changing in a sentence said again, a count running on, a list that never ends, the same
  paragraph in synonyms, a stutter at the token limit;
* echoes: the prompt said back with small edits, the system prompt said back, the template's markers, the input
  passage copied;
* off topic: a fluent answer to another question, a page's boilerplate (a cookie banner, a navigation menu, "Related
  posts", a licence), code that is not what was asked for.

About a third answer first, so that answering and drifting are tested apart. Every output here was written for this
test. The probes the judges still get wrong are strict expected failures that name the measure which should have
fired (or the one that misfired) and the shape; they are the finding, and pass the day the judges get them right.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail

ALPACA_PREAMBLE = ("Below is an instruction that describes a task. Write a response that appropriately completes "
                   "the request.")


def alpaca(instruction: str, inp: str | None = None) -> str:
    """The Stanford Alpaca template, with or without its input field."""
    if inp is None:
        return f"{ALPACA_PREAMBLE}\n\n### Instruction:\n{instruction}\n\n### Response:\n"
    return f"{ALPACA_PREAMBLE}\n\n### Instruction:\n{instruction}\n\n### Input:\n{inp}\n\n### Response:\n"


def chatml(query: str, system: str = "You are a helpful assistant.") -> str:
    """ChatML with its system turn."""
    return (f"<|im_start|>system\n{system}<|im_end|>\n"
            f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n")


def llama2(query: str, system: str | None = None) -> str:
    """Llama-2's chat prompt, with or without its system block."""
    if system is None:
        return f"<s>[INST] {query} [/INST]"
    return f"<s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{query} [/INST]"


# --- the prompt continued as a document ---------------------------------------------------------------------------

DOCUMENTS = [
    pytest.param(
        "How do I stop my cast iron pan from rusting?",
        " I seasoned it twice already and it still gets orange spots a day after I wash it. I dry it with a towel "
        "and put it back in the cupboard. Any ideas?\n\nPosted by kitchen_dan on March 3, 2014 at 9:12pm\n\n"
        "Reply #1 - Posted by sally_k\nSame problem here, following this thread.\n\n"
        "Reply #2 - Posted by grillmaster77\nbump\n\n"
        "Reply #3 - Posted by kitchen_dan\nStill nothing? Anyone?",
        False, True, id="en raw: the asker's forum post goes on, then replies that answer nothing"),
    pytest.param(
        "Why does my sourdough starter smell like nail polish remover?",
        "\n\nRe: starter smells like acetone\n\nThat smell means it is hungry. When the yeast and bacteria run out "
        "of flour they make acetone-like byproducts. Feed it more often, or at a bigger ratio such as 1:5:5, and "
        "the smell goes away within a few days.\n\nRe: starter smells like acetone\n\nThanks! Mine did exactly the "
        "same last summer when I left it on the counter for a week.\n\nRe: starter smells like acetone\n\n"
        "Does anyone know if rye flour works better for this? My local shop only sells the dark kind.",
        True, True, id="en raw: a forum reply that answers, then the thread's next posts"),
    pytest.param(
        "Resume en una frase la siguiente noticia:\n\nEl Ayuntamiento de Valencia aprobó ayer un plan para "
        "ampliar la red de carriles bici en 40 kilómetros antes de 2026. La medida, que costará 12 millones de "
        "euros, conectará los barrios del norte con el centro histórico.",
        " Según fuentes municipales, las obras comenzarán en el mes de septiembre por la avenida de Cataluña y "
        "continuarán por el barrio de Benimaclet.\n\nLa oposición ha criticado el proyecto por considerar que "
        "reducirá el número de plazas de aparcamiento en más de 600. «No se ha consultado a los vecinos», "
        "declaró la portavoz del grupo popular en el pleno.\n\nLa concejala de Movilidad defendió que el plan "
        "responde a una demanda histórica de los ciclistas de la ciudad.",
        False, True, id="es raw: a news story to summarise, continued with more paragraphs",
        marks=xfail("missed: prompt.continuation; misfired: reply.words: a news story to summarise continued with new paragraphs")),
    pytest.param(
        "Who was Ada Lovelace?",
        "\n\nAda Lovelace\nFrom Wikipedia, the free encyclopedia\n\nAugusta Ada King, Countess of Lovelace "
        "(10 December 1815 - 27 November 1852) was an English mathematician and writer, chiefly known for her work "
        "on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.\n\n"
        "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Ada_Lovelace&oldid=1021593845\"\n"
        "Categories: 1815 births | 1852 deaths | 19th-century English mathematicians | English women poets\n\n"
        "Navigation menu\nPersonal tools\nNot logged in\nTalk\nContributions\nCreate account\nLog in\n"
        "Main page\nContents\nCurrent events\nRandom article\nAbout Wikipedia\nContact us\nDonate",
        True, True, id="en raw: an encyclopedia lead that answers, then the page's categories and menus"),
    pytest.param(
        "Was ist ein Fjord?",
        "\n\nFjord steht für:\n\n* Fjord (Band), eine norwegische Rockband\n* Fjord (Schiff), ein 1936 "
        "gebautes Frachtschiff\n* Fjord (Pferd), eine Kurzform für Fjordpferd\n* Fjord (Software), ein "
        "Texteditor\n\nSiehe auch:\n* Liste der Fjorde in Norwegen\n\nDies ist eine Begriffsklärungsseite zur "
        "Unterscheidung mehrerer mit demselben Wort bezeichneter Begriffe.\n\nAbgerufen von „https://de.wikipedia."
        "org/w/index.php?title=Fjord_(Begriffsklärung)&oldid=228510355“\nKategorie: Begriffsklärung\n\n"
        "Navigationsmenü\nMeine Werkzeuge\nNicht angemeldet\nDiskussionsseite\nBeiträge\nBenutzerkonto erstellen\n"
        "Anmelden",
        False, True, id="de raw: an encyclopedia's disambiguation page and its menus, no definition",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a disambiguation page naming the question's word is read as its answer")),
    pytest.param(
        "Exercice 1 : Conjuguez le verbe « finir » au présent de l'indicatif.",
        "\n\nExercice 2 : Conjuguez le verbe « prendre » au passé composé.\n\nExercice 3 : Mettez les phrases "
        "suivantes au pluriel :\na) Le cheval galope dans le pré.\nb) Mon ami est parti hier soir.\n"
        "c) La fleur est fanée.\n\nExercice 4 : Complétez avec l'adjectif possessif qui convient :\n"
        "a) J'ai perdu ... clés.\nb) Elle cherche ... sac.",
        False, True, id="fr raw: a textbook exercise, then the next exercises of the list"),
    pytest.param(
        alpaca("Solve for x: 3x + 5 = 20."),
        "2. Solve for x: 4x - 7 = 9.\n3. Solve for x: 2x + 11 = 3.\n4. Solve for x: 5x = 45.\n"
        "5. Solve for x: 7 - x = 12.\n6. Solve for x: 9x + 1 = 28.",
        False, True, id="en alpaca: the textbook's next numbered equations, the first left unsolved"),
    pytest.param(
        "What are some tips for keeping basil alive indoors?",
        "\n\n23 Comments\n\nLinda says:\nMay 4, 2019 at "
        "8:15 am\nThank you so much! My basil always dies within a week of bringing it home from the store.\n"
        "Reply\n\nJoe P. says:\nMay 5, 2019 at 11:02 pm\nDoes this work for mint too? I have the same issue.\n"
        "Reply\n\nAuthor says:\nMay 6, 2019 at 7:40 am\nHi Joe, yes, mint is even easier!\nReply",
        False, True, id="en raw: a blog post's comment section, thanks and a reader's question"),
    pytest.param(
        "¿Cómo puedo quitar una mancha de vino tinto de la alfombra?",
        "\n\n12 comentarios\n\nMaría José dice:\n15 de marzo de 2017 a las 10:23\nA mí me pasó lo mismo la semana "
        "pasada con una alfombra de lana y no sé qué hacer, ¿alguien me puede ayudar?\nResponder\n\n"
        "Pedro dice:\n15 de marzo de 2017 a las 12:48\nYo también tengo esa duda, sigo el hilo.\nResponder\n\n"
        "Lucía dice:\n16 de marzo de 2017 a las 09:05\nQué rabia dan estas manchas, de verdad.\nResponder",
        False, True, id="es raw: a comment section of readers with the same question"),
    pytest.param(
        "Question 1. Name the three states of matter. (3 marks)",
        "\n\nQuestion 2. Describe what happens to the particles of a solid when it is heated. (4 marks)\n\n"
        "Question 3. Explain why gases can be compressed but solids cannot. (2 marks)\n\n"
        "Question 4. A student leaves a glass of water on a sunny windowsill. After three days the glass is "
        "empty. Name the process and explain it in terms of particles. (4 marks)\n\n"
        "TOTAL FOR PAPER: 60 MARKS",
        False, True, id="en raw: an exam paper's next questions and its total"),
    pytest.param(
        "Билет № 1\n1. Дайте определение понятию «государство».",
        "\n2. Назовите основные признаки государства.\n3. Перечислите формы государственного устройства.\n\n"
        "Билет № 2\n1. Дайте определение понятию «право».\n2. Назовите источники права в Российской Федерации.\n"
        "3. Что такое правонарушение?\n\nБилет № 3\n1. Дайте определение понятию «конституция».\n"
        "2. Когда была принята Конституция РФ?",
        False, True, id="ru raw: an oral exam's next questions and next tickets",
        marks=xfail("missed: prompt.restated, prompt.format; misfired: reply.words: an exam's next questions and next tickets ('Билет № 2')")),
    pytest.param(
        "प्रश्न 1: भारत की राजधानी क्या है?",
        "\n\nप्रश्न 2: भारत का राष्ट्रीय पशु कौन सा है?\nउत्तर: बाघ\n\n"
        "प्रश्न 3: भारत का राष्ट्रीय पक्षी कौन सा है?\nउत्तर: मोर\n\nप्रश्न 4: भारत में कितने राज्य हैं?\nउत्तर: 28",
        False, True, id="hi raw: a quiz sheet's next questions and answers, the first left open"),
    pytest.param(
        "How long should I boil an egg for a runny yolk?",
        "\n\nJump to Recipe · Print Recipe\n\nThere is nothing quite like a perfect egg on a lazy Sunday morning. "
        "Growing up, my grandmother made these for us every weekend, served with buttered toast soldiers and a "
        "big pot of tea. I still have her little blue egg cups!\n\nThis post may contain affiliate links. Please "
        "read our disclosure policy.\n\nWhen my kids were little they would only eat their eggs one way, and "
        "honestly it took me years to get it right. Before we get to the recipe, let me tell you about the time",
        False, True, id="en raw: a recipe site's life story before any recipe",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a recipe blog's life story naming 'egg' is read as the answer")),
    pytest.param(
        "How long should I boil an egg for a runny yolk?",
        " Six minutes from the moment the egg goes into boiling water, then straight into cold water for a "
        "minute.\n\nRate this recipe\n★★★★★ 4.8 from 312 votes\n\nDid you make this recipe? Tag @sundaykitchen "
        "on Instagram and hashtag it #sundaykitchen\n\nYou might also like:\nThe Best Banana Bread\n"
        "Easy Chicken Tikka Masala\nOne-Pot Creamy Tomato Pasta\n5-Minute Chocolate Mug Cake",
        True, True, id="en raw: the time, then the recipe site's rating box and other recipes"),
    pytest.param(
        "Is the Kindle Paperwhite waterproof?",
        "\n\nKindle Paperwhite (16 GB) - Now with a 6.8\" display and adjustable warm light\n\nVisit the Amazon "
        "Store\n4.6 out of 5 stars 98,427 ratings\n\nPrice: $139.99\nFREE Returns\n\nColor: Black\nSize: 16 GB\n\n"
        "About this item\n• Purpose-built for reading with a flush-front design and 300 ppi glare-free display.\n"
        "• Up to 10 weeks of battery life from a single charge.\n\nAdd to Cart\nBuy Now\nSecure transaction\n\n"
        "Customers who bought this item also bought",
        False, True, id="en raw: a shop's product page for the item asked about",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a product page naming the product is read as a yes/no answer")),
    pytest.param(
        "このワイヤレスイヤホンの電池は何時間もちますか？",
        "\n\n【2023年最新版】ワイヤレスイヤホン Bluetooth5.3 ノイズキャンセリング 自動ペアリング 防水\n\n"
        "ブランド: SOUNDPEATS\n5つ星のうち4.2 1,234個の評価\n\n価格: ￥3,980 税込\nポイント: 40pt (1%)\n\n"
        "この商品について\n・最新のBluetooth5.3チップを搭載し、接続が安定しています。\n"
        "・人間工学に基づいたデザインで、長時間つけても耳が痛くなりません。\n\nカートに入れる\n今すぐ買う",
        False, True, id="ja raw: a shop's product page instead of the battery life",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a product page naming the product's Katakana pairs is read as the answer")),
    pytest.param(
        "What does 'ephemeral' mean?",
        "\n\nephemeral\nadjective\n/ɪˈfem(ə)rəl/\n1. lasting for a very short time.\n\"fashions are "
        "ephemeral\"\nSimilar: transitory, transient, fleeting\n\nephemeron\nnoun\n/ɪˈfem(ə)rɒn/\n1. an insect "
        "that lives for only a day or a few days.\n\nephemeris\nnoun\n/ɪˈfem(ə)rɪs/\n1. a table giving the "
        "calculated positions of a celestial object at regular intervals.\n\nephod\nnoun\n/ˈiːfɒd/\n"
        "1. a sleeveless garment worn by Jewish priests.",
        True, True, id="en raw: a dictionary entry that answers, then the next headwords",
        marks=xfail("missed: topic.trailing_gap: a dictionary's next headwords, under 100 words, after the entry asked for")),
    pytest.param(
        "“画蛇添足”是什么意思？",
        "\n【画龙点睛】huà lóng diǎn jīng\n"
        "【解释】比喻写文章或讲话时，在关键处用几句话点明实质，使内容更加生动有力。\n【出处】唐·张彦远《历代名画记》\n\n"
        "【画饼充饥】huà bǐng chōng jī\n【解释】画个饼来解除饥饿。比喻用空想来安慰自己。\n\n"
        "【画地为牢】huà dì wéi láo\n【解释】在地上画一个圈当作监狱。比喻只许在指定的范围内活动。",
        False, True, id="zh raw: an idiom dictionary's neighbouring entries, not the one asked",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: neighbouring dictionary entries that share one character of the idiom read as its answer")),
    pytest.param(
        "Translate to French: Where are you going tonight?",
        "\n\n1\n00:00:01,200 --> 00:00:03,450\nOù vas-tu ce soir ?\n\n2\n00:00:03,900 --> 00:00:06,100\n"
        "Je ne sais pas encore. Peut-être au cinéma.\n\n3\n00:00:06,500 --> 00:00:08,800\nTu veux venir avec "
        "moi ?\n\n4\n00:00:09,000 --> 00:00:11,250\nPourquoi pas. À quelle heure ?",
        True, True, id="en raw: a subtitle file whose first cue translates, then the film's next cues"),
    pytest.param(
        "What year did the Berlin Wall fall?",
        "\n\n1\n00:00:05,000 --> 00:00:07,000\n- Where were you last night?\n- At home.\n\n2\n"
        "00:00:07,500 --> 00:00:09,800\nDon't lie to me, Frank.\n\n3\n00:00:10,100 --> 00:00:12,400\n"
        "I'm telling you, I was at home all night.\n\n4\n00:00:13,000 --> 00:00:15,000\n[door slams]",
        False, True, id="en raw: a subtitle file of some film's dialogue"),
    pytest.param(
        "Explain what inflation is in simple terms.",
        "\n\nTRANSCRIPT\n\nHOST: Welcome back to the show. Today we're talking about prices, and with me is "
        "economist Dr. Sarah Klein. Sarah, thanks for joining us.\n\nDR. KLEIN: Thanks for having me, it's "
        "great to be here.\n\nHOST: So, before we get into it, you've just come back from a conference in "
        "Frankfurt, right?\n\nDR. KLEIN: That's right, it was a busy week.\n\nHOST: We'll get to that. First, "
        "a quick word from our sponsors.\n\n[BREAK]",
        False, True, id="en raw: a show's transcript that never gets to the explanation"),
    pytest.param(
        "이번 주 서울 날씨는 어떤가요?",
        "\n\n[날씨] 이번 주 전국 흐리고 비…주말부터 기온 뚝\n\n입력 2022.10.17 06:00 | 수정 2022.10.17 07:12\n\n"
        "기상청에 따르면 이번 주는 저기압의 영향으로 전국이 대체로 흐리고 곳곳에 비가 내리겠다. 주말에는 북쪽에서 찬 공기가 "
        "내려오면서 기온이 크게 떨어질 전망이다.\n\n김민수 기자 minsu@example.co.kr\n\n"
        "<저작권자 ⓒ 무단전재 및 재배포 금지>\n\n많이 본 뉴스\n1. 손흥민, 시즌 5호골 폭발\n2. 아파트 청약 경쟁률 역대 최고",
        True, True, id="ko raw: a weather news story, then the news site's byline and most-read list"),
    pytest.param(
        "インフレとは何か、簡単に説明してください。",
        "\n司会：皆さん、こんばんは。今夜のゲストは経済評論家の山田さんです。山田さん、よろしくお願いします。\n"
        "山田：よろしくお願いします。\n司会：さっそくですが、最近スーパーに行くと驚きますよね。\n"
        "山田：ええ、本当にそうですね。私も昨日、卵を買いに行ってびっくりしました。\n"
        "司会：そのお話は後ほど詳しく伺います。ここで一度コマーシャルです。",
        False, True, id="ja raw: a talk show's transcript that never gets to the explanation"),
    pytest.param(
        "Кратко перескажи новость:\n\nВ Москве открылась новая станция метро «Солнцевская-2». Она стала 250-й "
        "станцией столичного метрополитена.",
        "\n\nНа церемонии открытия присутствовал мэр столицы. По его словам, станция позволит разгрузить соседние "
        "линии и сократит время в пути для жителей района на 15-20 минут.\n\nПассажиропоток новой станции "
        "оценивается в 40 тысяч человек в сутки. Рядом планируется построить перехватывающую парковку на 300 "
        "машин.\n\nНапомним, в прошлом году в Москве открыли 12 новых станций.",
        False, True, id="ru raw: a news story to retell, continued with more paragraphs",
        marks=xfail("missed: prompt.continuation; misfired: reply.words: a news story to retell continued with new paragraphs")),
    pytest.param(
        "Wie entkalke ich meine Kaffeemaschine?",
        " Hallo zusammen, ich habe eine Siemens EQ.6 und die zeigt seit gestern „Entkalken“ an. Die Tabletten vom "
        "Hersteller sind mir zu teuer.\n\nGruß, Thomas\n\n---\n\nAntwort von kaffeejunkie84:\nDie Frage hatten wir "
        "hier schon hundertmal, benutz mal die Suchfunktion.\n\n---\n\nAntwort von Thomas_K:\n@kaffeejunkie84 hab "
        "ich, aber nichts gefunden.\n\n---\n\nAntwort von Moderator:\nThema verschoben nach „Haushaltsgeräte“.",
        False, True, id="de raw: the asker's forum post goes on, then replies that answer nothing",
        marks=xfail("missed: prompt.continuation, turns.thread; misfired: reply.words: the asker's forum post continued, then 'Antwort von ...' posts")),
    pytest.param(
        "一、选择题（每题2分，共20分）\n1. 下列哪个城市是中国的首都？",
        "\nA. 上海 B. 北京 C. 广州 D. 深圳\n2. 下列哪个省级行政区面积最大？\nA. 新疆 B. 西藏 C. 内蒙古 D. 青海\n"
        "3. 长江发源于哪座山脉？\nA. 昆仑山 B. 唐古拉山 C. 天山 D. 秦岭\n\n二、填空题（每空1分，共10分）\n"
        "1. 中国的陆地面积约为____万平方公里。",
        False, True, id="zh raw: an exam paper's options and next questions, none answered",
        marks=xfail("missed: prompt.format, prompt.more_questions; misfired: reply.words: an exam paper's options and next questions")),
    pytest.param(
        "'사랑해'를 영어로 뭐라고 하나요?",
        "\n\n1\n00:00:01,000 --> 00:00:03,000\n어디 가는 거야?\n\n2\n00:00:03,500 --> 00:00:05,200\n회사. 늦었어.\n\n"
        "3\n00:00:05,800 --> 00:00:08,000\n아침은 먹고 가야지.\n\n4\n00:00:08,400 --> 00:00:10,000\n시간 없어, 엄마.",
        False, True, id="ko raw: a subtitle file of some drama's dialogue"),
    pytest.param(
        "من هو ابن سينا؟",
        "\n\nابن سينا - ويكيبيديا\n\nمن ويكيبيديا، الموسوعة الحرة\nاذهب إلى التنقل اذهب إلى البحث\n\n"
        "هذه المقالة عن ابن سينا. لاستخدامات أخرى، انظر ابن سينا (توضيح).\n\nمحتويات\n١ حياته\n٢ مؤلفاته\n"
        "٣ تأثيره\n٤ انظر أيضاً\n٥ المراجع\n\nتصنيفات: مواليد 980 | وفيات 1037 | أطباء فرس | فلاسفة مسلمون",
        False, True, id="ar raw: an encyclopedia page's header, contents and categories, no article",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a page's header and contents naming the subject are read as the answer")),
    pytest.param(
        "इस प्रेशर कुकर में कितने लीटर आते हैं?",
        "\n\nप्रेस्टीज पॉपुलर एल्युमिनियम प्रेशर कुकर\n\n4.3 out of 5 (12,548 रेटिंग)\n\nM.R.P.: ₹1,650\n"
        "डील प्राइस: ₹1,199 (27% की छूट)\nसभी करों सहित\n\nमुफ़्त डिलीवरी: कल\n\nकार्ट में जोड़ें\nअभी खरीदें\n\n"
        "ग्राहकों ने यह भी खरीदा",
        False, True, id="hi raw: a shop's product page instead of the size",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a product page naming the product is read as the answer")),
    pytest.param(
        "Que veut dire « désuet » ?",
        "\n\ndésuétude n. f.\nAbandon d'une loi, d'une coutume, qui ne sont plus appliquées. Tomber en désuétude."
        "\n\ndésuni, ie adj.\nQui n'est plus uni. Une famille désunie.\n\ndésunion n. f.\nMésentente, désaccord "
        "entre des personnes.\n\ndésunir v. tr.\nSéparer ce qui était joint.",
        False, True, id="fr raw: a dictionary's neighbouring headwords, not the one asked",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: neighbouring dictionary headwords ('désuétude', 'désunion') read as the answer")),
]


# --- the next requests in other forms than the prompt's opening ----------------------------------------------------

NEXT_REQUESTS = [
    pytest.param(
        "Write a haiku about the ocean.",
        "\n\n2. Write a haiku about the mountains.\n3. Write a haiku about a city at night.\n"
        "4. Write a limerick about a cat who hates Mondays.\n5. Write a sonnet about lost love.\n"
        "6. Write a free verse poem about your childhood home.",
        False, True, id="en raw: a numbered list of like writing tasks"),
    pytest.param(
        alpaca("Write a haiku about the ocean."),
        "Waves fold into foam,\nsalt wind carries gull voices,\nthe tide breathes and goes.\n\n"
        "2. Write a haiku about the desert.\n3. Write a haiku about the first snow.\n"
        "4. Write a haiku about a train station at dawn.",
        True, True, id="en alpaca: the haiku, then a numbered list of like tasks"),
    pytest.param(
        "Translate into Spanish: The library opens at nine.",
        "\n\nExercise 2: Translate into Spanish: My brother works in a hospital.\n\n"
        "Exercise 3: Translate into Spanish: We did not go to the beach because it rained.\n\n"
        "Exercise 4: Translate into Spanish: Where is the train station?",
        False, True, id="en raw: 'Exercise 2:' to 'Exercise 4:' the prompt never had",
        marks=xfail("missed: prompt.more_requests, prompt.format; misfired: reply.words: 'Exercise 2:' requests the prompt's format never had")),
    pytest.param(
        "Q1. What is the chemical symbol for gold?",
        "\nQ2. What is the chemical symbol for silver?\nQ3. What is the chemical symbol for iron?\n"
        "Q4. Which element has the symbol Na?\nQ5. Which element has the symbol K?",
        False, True, id="en raw: 'Q1.' left open, then 'Q2.' to 'Q5.'"),
    pytest.param(
        alpaca("Classify the sentiment of this review as positive, negative or neutral: 'The battery died after "
               "two days.'"),
        "Task: Classify the sentiment of this review: 'Best purchase I have made all year!'\n"
        "Answer: Positive\n\nTask: Classify the sentiment of this review: 'It works, I guess.'\nAnswer: Neutral\n\n"
        "Task: Classify the sentiment of this review: 'Arrived broken and the seller never replied.'\nAnswer:",
        False, True, id="en alpaca: 'Task:'/'Answer:' examples on other reviews, none on the one given"),
    pytest.param(
        "Prompt: A lighthouse keeper finds a message in a bottle.\nStory:",
        " Every morning Elias walked the rocks below the lighthouse, and every morning the sea gave him nothing "
        "but kelp. Then, one grey Tuesday, a green bottle knocked against his boot. Inside, in his late wife's "
        "handwriting, were four words: Look under the stairs.\n\nPrompt: A child discovers her grandmother was a "
        "spy.\nStory: Maya was nine when she found the passports.\n\nPrompt: The last bus of the night never "
        "arrives.\nStory:",
        True, True, id="en raw: the story, then 'Prompt:'/'Story:' pairs"),
    pytest.param(
        alpaca("Rewrite the sentence in the passive voice.", "The chef cooked the meal."),
        "The meal was cooked by the chef.\n\nInput: The dog chased the ball.\nOutput: The ball was chased by the "
        "dog.\n\nInput: Maria wrote the letter.\nOutput: The letter was written by Maria.\n\n"
        "Input: The storm destroyed the bridge.\nOutput: The bridge was destroyed by the storm.",
        True, True, id="en alpaca: the rewrite, then Input/Output pairs"),
    pytest.param(
        "Extract the city from the sentence: 'I flew to Lisbon last week.'",
        "\n\nInput: 'We are moving to Denver in June.'\nOutput: Denver\n\nInput: 'My cousin studies in "
        "Kraków.'\nOutput: Kraków\n\nInput: 'The conference is in Nairobi this year.'\nOutput: Nairobi",
        False, True, id="en raw: Input/Output pairs of other sentences and never the one asked"),
    pytest.param(
        "Give me three ideas for a birthday party for a 7-year-old.",
        "\nPrompt: Give me five ideas for a graduation party.\nPrompt: Suggest a theme for a 40th birthday.\n"
        "Prompt: Plan a surprise party for my wife on a small budget.\nPrompt: What games can adults play at a "
        "barbecue?",
        False, True, id="en raw: 'Prompt:' lines of other party requests"),
    pytest.param(
        "Pregunta: ¿Cuál es el río más largo de España?\nRespuesta:",
        "\n\nPregunta: ¿Cuál es la montaña más alta de España?\nRespuesta: El Teide.\n\n"
        "Pregunta: ¿Cuántas comunidades autónomas tiene España?\nRespuesta: Diecisiete.",
        False, True, id="es raw: the answer field left empty, then the next 'Pregunta:'/'Respuesta:' pairs"),
    pytest.param(
        "Aufgabe 1: Bilde den Plural von „das Haus“.",
        "\n\nAufgabe 2: Bilde den Plural von „der Baum“.\n\nAufgabe 3: Bilde den Plural von "
        "„die Maus“.\n\nAufgabe 4: Bilde den Plural von „das Kind“.\n\nAufgabe 5: Bilde den Plural von „der Vogel“.",
        False, True, id="de raw: 'Aufgabe 1' left open, then 'Aufgabe 2' to 'Aufgabe 5'"),
    pytest.param(
        "问题：水的化学式是什么？\n答案：",
        "H2O\n\n问题：二氧化碳的化学式是什么？\n答案：CO2\n\n问题：食盐的主要成分是什么？\n答案：氯化钠\n\n"
        "问题：空气中含量最多的气体是什么？\n答案：",
        True, True, id="zh raw: '问题：'/'答案：' answered, then the next pairs"),
    pytest.param(
        "質問：日本で一番長い川は何ですか？\n回答：",
        "\n質問：日本で一番大きい湖は何ですか？\n回答：琵琶湖です。\n\n質問：日本で一番高い山は何ですか？\n"
        "回答：富士山です。\n\n質問：日本で一番人口の多い都市はどこですか？\n回答：",
        False, True, id="ja raw: the answer field left empty, then the next '質問：'/'回答：' pairs"),
    pytest.param(
        "다음 문장을 영어로 번역하세요: 나는 매일 아침 커피를 마신다.",
        "\n\n다음 문장을 영어로 번역하세요: 그는 어제 도서관에 갔다.\n\n"
        "다음 문장을 영어로 번역하세요: 우리는 주말에 영화를 볼 것이다.\n\n다음 문장을 영어로 번역하세요: 이 책은 정말 재미있다.",
        False, True, id="ko raw: the same request on new sentences, none translated",
        marks=xfail("missed: prompt.opening, prompt.more_requests; misfired: reply.words: a Korean request said again on new sentences")),
    pytest.param(
        "Вопрос: Кто написал роман «Преступление и наказание»?\nОтвет:",
        " Фёдор Достоевский.\n\nВопрос: Кто написал роман «Отцы и дети»?\nОтвет: Иван Тургенев.\n\n"
        "Вопрос: Кто написал поэму «Мёртвые души»?\nОтвет: Николай Гоголь.\n\nВопрос: Кто написал роман «Обломов»?\n"
        "Ответ:",
        True, True, id="ru raw: 'Вопрос:'/'Ответ:' answered, then the next pairs"),
    pytest.param(
        "السؤال: ما هي عاصمة المغرب؟\nالجواب:",
        "\n\nالسؤال: ما هي عاصمة تونس؟\nالجواب: تونس.\n\nالسؤال: ما هي عاصمة الجزائر؟\nالجواب: الجزائر.\n\n"
        "السؤال: ما هي عاصمة ليبيا؟\nالجواب:",
        False, True, id="ar raw: the answer field left empty, then the next 'السؤال:'/'الجواب:' pairs"),
    pytest.param(
        "निम्नलिखित वाक्य का अंग्रेज़ी में अनुवाद करें: मुझे किताबें पढ़ना पसंद है।",
        "\n\nनिम्नलिखित वाक्य का अंग्रेज़ी में अनुवाद करें: वह हर दिन स्कूल जाता है।\n\n"
        "निम्नलिखित वाक्य का अंग्रेज़ी में अनुवाद करें: हम कल बाज़ार गए थे।\n\n"
        "निम्नलिखित वाक्य का अंग्रेज़ी में अनुवाद करें: आज बहुत गर्मी है।",
        False, True, id="hi raw: the same request on new sentences, none translated"),
    pytest.param(
        "Q1 : Quelle est la capitale du Canada ?",
        "\nQ2 : Quelle est la capitale de l'Australie ?\nQ3 : Quelle est la capitale du Brésil ?\n"
        "Q4 : Quelle est la capitale de la Turquie ?\nQ5 : Quelle est la capitale de la Suisse ?",
        False, True, id="fr raw: 'Q1' left open, then 'Q2' to 'Q5'"),
    pytest.param(
        "Ejercicio 1: Escribe una oración con la palabra «montaña».",
        "\n\nEjercicio 2: Escribe una oración con la palabra «río».\n\nEjercicio 3: Escribe una oración con la "
        "palabra «ciudad».\n\nEjercicio 4: Subraya los sustantivos de la siguiente oración: El perro de mi vecino "
        "ladra todas las noches.",
        False, True, id="es raw: 'Ejercicio 1' left open, then the next exercises"),
    pytest.param(
        chatml("Give me a synonym for 'happy'."),
        "Joyful.<|im_end|>\n<|im_start|>user\nGive me a synonym for 'sad'.<|im_end|>\n<|im_start|>assistant\n"
        "Sorrowful.<|im_end|>\n<|im_start|>user\nGive me a synonym for 'angry'.<|im_end|>\n"
        "<|im_start|>assistant\n",
        True, True, id="en chatml: the synonym, then the user's next requests in the template's turns"),
    pytest.param(
        "Bestimme die Wortart des markierten Wortes: Der Hund bellt *laut*.",
        "\n\nEingabe: Die Kinder *spielen* im Garten.\nAusgabe: Verb\n\n"
        "Eingabe: *Morgen* fahren wir ans Meer.\nAusgabe: Adverb\n\nEingabe: Das ist *mein* Buch.\n"
        "Ausgabe: Possessivpronomen",
        False, True, id="de raw: 'Eingabe:'/'Ausgabe:' pairs on other sentences, none on the one given"),
    pytest.param(
        llama2("List three uses of baking soda."),
        " List three uses of vinegar.\n\nList three uses of lemon juice.\n\nList three uses of salt.",
        False, True, id="en llama2: the same request on other things, no list"),
]


# --- an answer, then drift --------------------------------------------------------------------------------------

ANSWER_THEN_DRIFT = [
    pytest.param(
        alpaca("What is the boiling point of water at sea level?"),
        "Water boils at 100 °C (212 °F) at sea level.\n\n### Instruction:\nWhat is the freezing point of water?\n\n"
        "### Response:\nWater freezes at 0 °C (32 °F).\n\n### Instruction:\nName the process by which water vapour "
        "becomes liquid.\n\n### Response:\nCondensation.",
        True, True, id="en alpaca: the answer, then '### Instruction:' examples"),
    pytest.param(
        alpaca("Explica qué es la fotosíntesis en una frase."),
        "La fotosíntesis es el proceso por el cual las plantas convierten la luz solar, el agua y el dióxido de "
        "carbono en glucosa y oxígeno.\n\n### Instrucción:\nExplica qué es la respiración celular en una frase.\n\n"
        "### Respuesta:\nLa respiración celular es el proceso por el cual las células obtienen energía de la "
        "glucosa.\n\n### Instrucción:\nExplica qué es la mitosis en una frase.",
        True, True, id="es alpaca: the answer, then '### Instrucción:' examples in the question's language"),
    pytest.param(
        "User: What's a good name for a golden retriever puppy?\nAssistant:",
        " How about Sunny? It suits their golden coat and cheerful personality.\nUser: I like that! What about a "
        "name for a black cat?\nAssistant: Maybe Shadow or Onyx.\nUser: Thanks, you're the best.\n"
        "Assistant: You're welcome!",
        True, True, id="en raw chat: the answer, then 'User:' turns"),
    pytest.param(
        llama2("How many continents are there?", system="You are a helpful assistant. Answer briefly."),
        " There are seven continents: Africa, Antarctica, Asia, Australia, Europe, North America and South "
        "America.\nUser: Which one is the largest?\nAssistant: Asia, by both area and population.\n"
        "User: And the smallest?\nAssistant: Australia.",
        True, True, id="en llama2: the answer, then 'User:'/'Assistant:' turns without the template's markers"),
    pytest.param(
        chatml("Wie lange muss ich Spaghetti kochen?", system="Du bist ein hilfreicher Assistent."),
        "Die meisten Spaghetti brauchen acht bis zehn Minuten in sprudelnd kochendem Salzwasser; die genaue Zeit "
        "steht auf der Packung.\nuser\nUnd wie viel Salz kommt ins Wasser?\nassistant\nEtwa zehn Gramm pro Liter.\n"
        "user\nDanke!\nassistant\nGern geschehen!",
        True, True, id="de chatml: the answer, then turns whose special tokens were skipped ('user', 'assistant')",
        marks=xfail("missed: turns.other_speaker: chat turns under bare 'user' and 'assistant' lines (special tokens skipped in decoding)")),
    pytest.param(
        "Why do cats purr?",
        " Cats purr when they are content, but also when they are stressed or in pain, since the vibration may "
        "help them calm down and heal.\n\nCats purr when they are happy, but also when they are anxious or hurt, "
        "because the vibration may help them relax and recover.\n\nCats purr when they feel content, and also when "
        "they are frightened or injured, as the vibration can help soothe them and heal.\n\nCats purr when they "
        "are relaxed, but also when they are nervous or in pain, since the vibrations may help calm them and heal "
        "their bodies.",
        True, True, id="en raw: the answer, then said again three times with synonyms",
        marks=xfail("missed: loop.ngram_repeat, loop.unit_repeat: the answer said again three times in synonyms")),
    pytest.param(
        "为什么天空是蓝色的？",
        "因为太阳光经过大气层时，蓝光的波长较短，被空气分子散射得更多，所以天空看起来是蓝色的。\n"
        "因为阳光穿过大气层时，蓝色光波长短，更容易被空气中的分子散射，所以我们看到的天空是蓝色的。\n"
        "因为太阳光进入大气层后，波长较短的蓝光被空气分子大量散射，所以天空呈现蓝色。\n"
        "因为阳光在大气中传播时，蓝光波长短，被散射得最多，所以天空看起来是蓝色的。",
        True, True, id="zh raw: the answer, then said again three times with small changes",
        marks=xfail("missed: loop.unit_repeat, loop.ngram_repeat: a Chinese answer said again three times with small changes")),
    pytest.param(
        "What is the tallest mountain in Africa?",
        " Mount Kilimanjaro, at 5,895 metres.\n\nThe Best Budget Laptops of 2021\n\nIf you're shopping for a new "
        "laptop but don't want to spend a fortune, you're in luck. Manufacturers have never offered so much "
        "performance for so little money. We tested more than thirty models over three months, measuring battery "
        "life, screen brightness and keyboard comfort, and these are the ones we would buy with our own money. "
        "Our top pick, the Acer Aspire 5, combines a bright 15.6-inch display with a comfortable keyboard and more "
        "than eight hours of battery life.",
        True, True, id="en raw: the answer, then an unrelated article",
        marks=xfail("missed: topic.trailing_gap: an answer naming the mountain, not the question's words, then an unrelated article")),
    pytest.param(
        "Quelle est la capitale de la Belgique ?",
        " Bruxelles.\n\nLes meilleures crêpes de ma grand-mère\n\nPour réussir des crêpes bien fines, il faut une "
        "pâte reposée au moins une heure au réfrigérateur. Mélangez la farine, les œufs et une pincée de sel, puis "
        "versez le lait petit à petit en fouettant pour éviter les grumeaux. Ajoutez enfin le beurre fondu et un "
        "trait de rhum si vous le souhaitez. Faites chauffer une poêle légèrement huilée et versez une petite "
        "louche de pâte en inclinant la poêle pour bien la répartir.",
        True, True, id="fr raw: the answer, then an unrelated recipe",
        marks=xfail("misfired: reply.words (topic): a one-word answer ('Bruxelles.') swallowed by the off-topic text after it")),
    pytest.param(
        "Пользователь: Как по-английски будет «спасибо»?\nАссистент:",
        " Thank you.\nПользователь: А как будет «пожалуйста»?\nАссистент: Please.\nПользователь: А «до "
        "свидания»?\nАссистент: Goodbye.",
        True, True, id="ru raw chat: the answer, then 'Пользователь:' turns",
        marks=xfail("misfired: reply.words (topic): an English answer to a request for English words, then chat turns, read as off topic")),
    pytest.param(
        "以下は、タスクを説明する指示です。要求を適切に満たす応答を書きなさい。\n\n### 指示:\n日本の首都はどこですか？\n\n"
        "### 応答:\n",
        "東京です。\n\n### 指示:\nフランスの首都はどこですか？\n\n### 応答:\nパリです。\n\n### 指示:\n"
        "イタリアの首都はどこですか？\n\n### 応答:\nローマです。",
        True, True, id="ja alpaca: the answer, then '### 指示:' examples"),
    pytest.param(
        "김치찌개는 어떻게 만드나요?",
        " 신 김치와 돼지고기를 냄비에 넣고 볶다가 물을 붓고 20분 정도 끓이면 됩니다. 마지막에 두부와 대파를 넣고 5분 더 "
        "끓이세요.\n\n[속보] 서울 아파트값 3주 연속 상승…강남 3구 상승폭 확대\n\n한국부동산원이 발표한 주간 아파트 가격 "
        "동향에 따르면 이번 주 서울 아파트값은 전주 대비 0.05% 올라 3주 연속 상승세를 이어갔다. 특히 강남·서초·송파 등 "
        "강남 3구의 상승폭이 두드러졌다. 전문가들은 금리 인하 기대감이 매수 심리를 자극한 것으로 분석했다.",
        True, True, id="ko raw: the answer, then an unrelated news story",
        marks=xfail("misfired: reply.words (topic): a recipe that never says the dish's name, then a news story, read as off topic from the start")),
    pytest.param(
        "भारत की सबसे लंबी नदी कौन सी है?",
        " गंगा भारत की सबसे लंबी नदी है, जिसकी लंबाई लगभग 2,525 किलोमीटर है।\n\nUser: और सबसे ऊँचा पर्वत?\n"
        "Assistant: कंचनजंगा भारत का सबसे ऊँचा पर्वत है।\nUser: धन्यवाद!\nAssistant: आपका स्वागत है!",
        True, True, id="hi raw: the answer, then 'User:'/'Assistant:' turns"),
    pytest.param(
        "### التعليمات:\nاذكر ثلاثة من فوائد شرب الماء.\n\n### الاستجابة:\n",
        "١. يحافظ على ترطيب الجسم.\n٢. يساعد على الهضم.\n٣. ينظم درجة حرارة الجسم.\n\n### التعليمات:\n"
        "اذكر ثلاثة من فوائد ممارسة الرياضة.\n\n### الاستجابة:\n١. تقوي القلب.\n٢. تحسن المزاج.\n٣. تساعد على النوم.",
        True, True, id="ar alpaca: the list, then '### التعليمات:' examples"),
    pytest.param(
        "\n\nHuman: Can you recommend a book about the history of salt?\n\nAssistant:",
        " Sure, \"Salt: A World History\" by Mark Kurlansky is a classic. It follows salt from ancient China to "
        "the Roman Empire and the salt marches in India.\n\nHuman: Is it long?\n\nAssistant: About 480 pages, but "
        "it reads quickly.\n\nHuman: ok thanks",
        True, True, id="en raw chat: the recommendation, then 'Human:' turns"),
    pytest.param(
        chatml("What's the weather usually like in Lisbon in October?",
               system="You are a friendly travel assistant. Keep answers short and practical."),
        "Mild and mostly sunny, with highs around 22 °C and a few rainy days, so pack a light jacket.\n\n"
        "Remember: you are a friendly travel assistant. Keep answers short and practical.",
        True, True, id="en chatml: the answer, then the system prompt said back",
        marks=xfail("misfired: reply.words (topic): a weather answer that never names Lisbon or October, then the system prompt said back, read as off topic from the start")),
    pytest.param(
        alpaca("Write a short product description for a stainless steel water bottle."),
        "Keep your drinks cold for 24 hours or hot for 12 with this double-walled stainless steel bottle. "
        "Leak-proof, BPA-free and light enough for any bag.\n\n### Instruction:\nWrite a short product description "
        "for a bamboo cutting board.\n\n### Response:\nDurable, eco-friendly and gentle on your knives.",
        True, True, id="en alpaca: the description, then an example of the same task on another product"),
]


# --- loops that vary ----------------------------------------------------------------------------------------------

LOOPS = [
    pytest.param(
        "Describe your ideal weekend.",
        " I don't know what my ideal weekend would be. I don't know what my ideal holiday would be. I don't know "
        "what my ideal job would be. I don't know what my ideal house would be. I don't know what my ideal city "
        "would be. I don't know what my ideal partner would be. I don't know what my ideal",
        False, True, id="en raw: a sentence of not knowing, said again with its noun changing"),
    pytest.param(
        "Dame un consejo para dormir mejor.",
        " ¿Cómo puedo dormir mejor? ¿Cómo puedo dormir más? ¿Cómo puedo dormir bien? ¿Cómo puedo dormir más "
        "rápido? ¿Cómo puedo dormir toda la noche? ¿Cómo puedo dormir sin pastillas? ¿Cómo puedo dormir mejor? "
        "¿Cómo puedo dormir",
        False, True, id="es raw: the asker's question said again with its last word changing"),
    pytest.param(
        "List the steps to change a flat tyre.",
        "\nStep 1: Step 2: Step 3: Step 4: Step 5: Step 6: Step 7: Step 8: Step 9: Step 10: Step 11: Step 12: Step 13: Step 14: Step 15: "
        "Step 16: Step 17: Step 18: Step 19: Step 20: Step 21: Step 22: Step 23: Step 24: Step 25: Step 26: Step",
        False, True, id="en raw: empty step numbers counting on from one"),
    pytest.param(
        "Nenne ein paar Vornamen für ein Mädchen.",
        "\n1. Anna\n2. Lena\n3. Marie\n4. Sophie\n" + "".join(f"{n}.\n" for n in range(5, 41)) + "41",
        True, True, id="de raw: four names, then empty numbered lines counting on",
        marks=xfail("missed: loop.count_up: empty numbered lines ('5.', '6.', ...) counting on to the token limit")),
    pytest.param(
        "请为一本关于时间管理的书写一个目录。",
        "第一章 为什么我们总是没有时间\n第二章 找到你的时间黑洞\n第三章 制定计划的艺术\n"
        + "".join(f"第{n}节\n" for n in range(1, 46)) + "第46",
        True, True, id="zh raw: three chapters, then empty numbered sections counting on",
        marks=xfail("missed: loop.count_up: empty numbered sections ('第1节', '第2节', ...) counting on to the token limit")),
    pytest.param(
        "Name a fruit that is red.",
        " Strawberry, cherry, raspberry, apple, pomegranate, watermelon, cranberry, red grape, red currant, "
        "lingonberry, blood orange, red plum, red pear, red banana, red guava, red dragon fruit, red kiwi, red "
        "mango, red papaya, red pineapple, red melon, red fig, red date, red olive, red tomato, red pepper, red "
        "onion, red cabbage, red lettuce, red potato, red bean, red lentil, red rice, red quinoa, red wine, red "
        "vinegar, red",
        True, True, id="en raw: one asked for, then a list of 'red X' that never ends",
        marks=xfail("missed: loop.unit_repeat, loop.ngram_repeat: a comma list of 'red X' running on to the token limit")),
    pytest.param(
        "Назови одного известного русского писателя.",
        " Лев Толстой, Фёдор Достоевский, Антон Чехов, Александр Пушкин, Николай Гоголь, Иван Тургенев, Михаил "
        "Булгаков, Борис Пастернак, Михаил Лермонтов, Иван Бунин, Максим Горький, Александр Солженицын, Владимир "
        "Набоков, Иван Гончаров, Николай Некрасов, Александр Островский, Михаил Шолохов, Сергей Есенин, Анна "
        "Ахматова, Марина Цветаева, Осип Мандельштам, Александр Блок, Владимир Маяковский, Андрей Платонов, Василий "
        "Гроссман, Юрий Олеша, Исаак Бабель, Михаил Зощенко, Даниил Хармс, Венедикт Ерофеев, Сергей Довлатов, "
        "Иосиф Бродский, Лев Толстой, Фёдор Достоевский, Антон Чехов, Александр Пушкин, Николай Гоголь, Лев "
        "Толстой, Фёдор Достоевский, Антон Чехов, Александр Пушкин, Николай Гоголь, Лев Толстой, Фёдор Дос",
        True, True, id="ru raw: one asked for, then names that run on and come round again",
        marks=xfail("missed: loop.unit_repeat, loop.ngram_repeat: a comma list of names that comes round again to the token limit")),
    pytest.param(
        "Suggest a name for my bakery.",
        " The Bread Shop\nThe Bread House\nThe Bread Place\nThe Bread Corner\nThe Bread Spot\nThe Bread Store\n"
        "The Bread Stop\nThe Bread Box\nThe Bread Basket\nThe Bread Bar\nThe Bread Barn\nThe Bread Room\n"
        "The Bread Hall\nThe Bread Hut\nThe Bread",
        True, True, id="en raw: names changing their last word, on to the token limit",
        marks=xfail("misfired: reply.words (topic): bakery names ('The Bread Shop') that never say 'bakery' read as off topic, not as an answer then a loop")),
    pytest.param(
        "Warum ist regelmäßige Bewegung wichtig?",
        " Regelmäßige Bewegung stärkt das Herz, verbessert die Stimmung und hilft, ein gesundes Gewicht zu halten. "
        "Außerdem schläft man besser.\n\nRegelmäßiger Sport kräftigt das Herz, hebt die Laune und hilft dabei, ein "
        "gesundes Gewicht zu halten. Zudem schläft man besser.\n\nRegelmäßige körperliche Aktivität stärkt das "
        "Herz, verbessert die Stimmung und unterstützt ein gesundes Körpergewicht. Außerdem schläft man tiefer.\n\n"
        "Regelmäßige Bewegung kräftigt das Herz, hebt die Stimmung und hilft, das Gewicht zu halten. Zudem schläft "
        "man besser.",
        True, True, id="de raw: one paragraph said four times in synonyms"),
    pytest.param(
        "おすすめの趣味を教えてください。",
        "おすすめの本を教えてください。おすすめの映画を教えてください。おすすめの音楽を教えてください。おすすめのゲームを"
        "教えてください。おすすめのアニメを教えてください。おすすめのカフェを教えてください。おすすめの本を教えてください。"
        "おすすめの",
        False, True, id="ja raw: the request said again with its object changing"),
    pytest.param(
        "Write a sentence using the word 'brave'.",
        " The brave firefighter ran into the burning building to save the little girl, and everyone in the town "
        "called her a hero for the rest of her life and her life and her life and her life and her",
        True, True, id="en raw: a sentence, then a stutter to the token limit"),
    pytest.param(
        "Décris ta ville en deux phrases.",
        " Ma ville est petite mais très animée, avec un marché chaque samedi sur la place de l'église. On y trouve "
        "aussi une rivière où les enfants se baignent l'été, l'été, l'été, l'été, l'été, l'été, l'été",
        True, True, id="fr raw: two sentences, then one word stuttered to the token limit",
        marks=xfail("misfired: reply.share, reply.topic_hits: two sentences before a stutter are too short a share, and 'ville' goes unnamed")),
    pytest.param(
        "봄에 하기 좋은 활동을 추천해 주세요.",
        " 봄에는 벚꽃 구경을 가거나 한강에서 자전거를 타는 것을 추천합니다. 날씨가 따뜻해서 피크닉을 하기에도 좋습니다 "
        "좋습니다 좋습니다 좋습니다 좋습니다 좋습니다 좋습",
        True, True, id="ko raw: an answer, then one word stuttered to the token limit",
        marks=xfail("misfired: reply.share: an answer before a one-word stutter is too short a share of the output")),
    pytest.param(
        "Translate into German: I am tired.",
        " I am hungry. I am thirsty. I am cold. I am sad. I am happy. I am bored. I am late. I am lost. I am "
        "sorry. I am sick. I am busy. I am ready. I am",
        False, True, id="en raw: the sentence to translate, varied word by word, untranslated"),
    pytest.param(
        "हिंदी में 1 से 10 तक गिनती लिखिए।",
        " एक, दो, तीन, चार, पाँच, छह, सात, आठ, नौ, दस, ग्यारह, बारह, तेरह, चौदह, पंद्रह, सोलह, सत्रह, अठारह, उन्नीस, "
        "बीस, इक्कीस, बाईस, तेईस, चौबीस, पच्चीस, छब्बीस, सत्ताईस, अट्ठाईस, उनतीस, तीस, इकतीस, बत्तीस, तैंतीस, चौंतीस, "
        "पैंतीस, छत्तीस, सैंतीस, अड़तीस, उनतालीस, चालीस, इकतालीस, बयालीस",
        True, True, id="hi raw: a count to ten asked for, written in words past forty",
        marks=xfail("misfired: reply.words, topic.numbers: a count written in Hindi number words read as naming none of the question's numbers")),
    pytest.param(
        "ما هي فوائد القراءة؟",
        " ما هي فوائد القراءة للأطفال؟ ما هي فوائد القراءة للكبار؟ ما هي فوائد القراءة قبل النوم؟ ما هي فوائد القراءة "
        "اليومية؟ ما هي فوائد القراءة للأطفال؟ ما هي فوائد القراءة للكبار؟ ما هي فوائد القراءة قبل النوم؟ ما هي فوائد",
        False, True, id="ar raw: the question said round and round with its ending changing"),
    pytest.param(
        chatml("Give me a tip for learning vocabulary."),
        "Learning vocabulary is hard. Learning vocabulary is very hard. Learning vocabulary is very very hard. "
        "Learning vocabulary is very very very hard. Learning vocabulary is very very very very hard. Learning",
        False, True, id="en chatml: a sentence with no tip said again, a word longer each time"),
    pytest.param(
        "Count the vowels in the word 'banana'.",
        " The word 'banana' has the letters b, a, n, a, n, a. The word 'banana' has the letters b, a, n, a, n, a. "
        "The word 'banana' has the letters b, a, n, a, n, a. The word 'banana' has the letters b, a, n, a, n, a. "
        "The word 'banana' has the",
        False, True, id="en raw: the word spelled out, no count, said again to the token limit"),
    pytest.param(
        "写一句关于春天的话。",
        "春天来了，花开了。春天来了，草绿了。春天来了，鸟叫了。春天来了，风暖了。春天来了，雨下了。春天来了，燕子回来了。"
        "春天来了，柳树发芽了。春天来了，小河解冻了。春天来了，蝴蝶飞来了。春天来了，农民伯伯播种了。春天来了，小朋友放风筝了。"
        "春天来了，天气变暖了。春天来了，花开了。春天来了，草绿了。春天来了，",
        True, True, id="zh raw: one sentence said again with its second half changing",
        marks=xfail("missed: loop.unit_repeat, loop.ngram_repeat: '春天来了，X了。' said fifteen times, its second half changing")),
]


# --- echoes ------------------------------------------------------------------------------------------------------

ECHOES = [
    pytest.param(
        "Can you explain how vaccines train the immune system?",
        " Can you explain how a vaccine trains the immune system? I've been trying to understand this for my "
        "biology class and the textbook isn't very clear about it.",
        False, True, id="en raw: the question said back with small edits, then the asker's situation",
        marks=xfail("missed: prompt.echo, prompt.asker_voice; misfired: reply.words: the question said back with small edits, then the asker's situation")),
    pytest.param(
        chatml("What's the weather usually like in Lisbon in October?",
               system="You are a friendly travel assistant. Keep answers short and practical."),
        "You are a friendly travel assistant. Keep your answers short and practical. Do not make up facts.",
        False, True, id="en chatml: the system prompt said back with a line added"),
    pytest.param(
        llama2("Give me a word that rhymes with 'light'."),
        " Night. [/INST] [INST] Give me a word that rhymes with 'light'. [/INST]",
        True, True, id="en llama2: the answer, then the template's markers around the request again"),
    pytest.param(
        llama2("Tell me a fun fact about octopuses."),
        " [/INST] [INST] [/INST] [INST] <<SYS>>\n<</SYS>>\n\n[/INST]",
        False, True, id="en llama2: only the template's markers"),
    pytest.param(
        chatml("What is the capital of Peru?"),
        "Lima.<|im_end|>\n<|im_start|>user\n",
        True, True, id="en chatml: the answer, then the user's turn opened and left empty"),
    pytest.param(
        alpaca("Summarize the following paragraph in one sentence.",
               "The city council approved a plan on Monday to convert three downtown streets into pedestrian zones "
               "starting next spring. Supporters say the change will reduce traffic and help local shops, while "
               "some business owners worry about deliveries."),
        "The city council approved a plan on Monday to convert three downtown streets into pedestrian zones "
        "starting next spring. Supporters say the change will reduce traffic and help local shops, while some "
        "business owners worry about deliveries. The first street to close will be Main Street, followed by Elm "
        "and Oak in the summer.",
        False, True, id="en alpaca: the input passage copied whole, then continued",
        marks=xfail("missed: prompt.echo; misfired: reply.on_the_passage: the input passage copied whole and a sentence added, read as work on it")),
    pytest.param(
        "Kannst du mir erklären, wie eine Wärmepumpe funktioniert?",
        " Kannst du mir bitte erklären, wie eine Wärmepumpe eigentlich funktioniert? Ich überlege, eine für unser "
        "Haus zu kaufen, verstehe aber das Prinzip nicht.",
        False, True, id="de raw: the question said back with small edits, then the asker's situation",
        marks=xfail("missed: prompt.echo, prompt.asker_voice; misfired: reply.words: the question said back with small edits, then the asker's situation")),
    pytest.param(
        chatml("推荐一本适合初学者的Python书。", system="你是一个乐于助人的助手。请用中文简洁地回答用户的问题。"),
        "你是一个乐于助人的助手。请用中文简洁地回答用户的问题。你是一个乐于助人的助手。请用中文简洁地回答用户的问题。",
        False, True, id="zh chatml: the system prompt said back twice"),
    pytest.param(
        "東京でおすすめのラーメン屋を教えてください。",
        "東京でおすすめのラーメン屋さんを教えてください。できれば新宿か渋谷の近くがいいです。よろしくお願いします。",
        False, True, id="ja raw: the request said back with small edits, then the asker's wishes"),
    pytest.param(
        alpaca("다음 문장을 더 공손하게 바꿔 주세요.", "내일까지 보고서 보내."),
        "다음 문장을 더 공손하게 바꿔 주세요.\n\n내일까지 보고서 보내.",
        False, True, id="ko alpaca: the instruction and the input copied back"),
    pytest.param(
        "Как сварить борщ?",
        " Как сварить борщ? Для борща понадобятся свёкла, капуста, картофель, морковь, лук и говяжий бульон. "
        "Сначала сварите бульон, затем добавьте нарезанный картофель и капусту, а свёклу потушите отдельно с "
        "морковью и луком и добавьте в конце.",
        True, True, id="ru raw: the question said again, then the answer",
        marks=xfail("missed: prompt.question_again: a question of three words said again is under its 4-word threshold")),
    pytest.param(
        alpaca("Escribe un eslogan para una tienda de bicicletas."),
        "Below is an instruction that describes a task. Write a response that appropriately completes the "
        "request.\n\n### Instruction:\nEscribe un eslogan para una tienda de bicicletas.\n\n### Response:",
        False, True, id="es alpaca: the whole template said back"),
    pytest.param(
        "ما هي أكبر دولة في العالم من حيث المساحة؟",
        " ما هي أكبر دولة في العالم من حيث المساحة؟ روسيا هي أكبر دولة في العالم من حيث المساحة، إذ تبلغ مساحتها أكثر "
        "من 17 مليون كيلومتر مربع.",
        True, True, id="ar raw: the question said again, then the answer"),
    pytest.param(
        llama2("मुझे एक अच्छी हिंदी फ़िल्म सुझाइए।", system="आप एक सहायक हैं। हमेशा हिंदी में संक्षिप्त उत्तर दें।"),
        " आप एक सहायक हैं। हमेशा हिंदी में संक्षिप्त उत्तर दें। <</SYS>>",
        False, True, id="hi llama2: the system prompt said back with its closing marker"),
    pytest.param(
        "Traduisez en anglais : « Le chat dort sur le canapé depuis ce matin. »",
        "\n\n« Le chat dort sur le canapé depuis ce matin. »\n\nTraduisez en anglais : « Il pleut depuis trois "
        "jours. »",
        False, True, id="fr raw: the sentence to translate copied back, then the next request"),
    pytest.param(
        alpaca("Extract the names of the people mentioned in the text.",
               "Yesterday Tom met Priya at the station, and together they drove to see their old teacher, "
               "Mr. Alvarez, who had just retired."),
        "Yesterday Tom met Priya at the station, and together they drove to see their old teacher, Mr. Alvarez, "
        "who had just retired.",
        False, True, id="en alpaca: the input text copied back instead of the names"),
    pytest.param(
        "Write a polite email asking my manager for Friday off.",
        " Write a polite email asking your manager for Friday off. Write a polite email asking your manager for "
        "Monday off. Write a polite email asking your manager for a raise.",
        False, True, id="en raw: the request said back in the second person, then varied"),
    pytest.param(
        chatml("¿Qué significa la palabra «efímero»?", system="Eres un asistente útil. Responde siempre en español."),
        "<|im_start|>assistant\n<|im_start|>assistant\n<|im_start|>assistant\n<|im_start|>assistant\n",
        False, True, id="es chatml: only the assistant header said again"),
    pytest.param(
        "Ответь одним словом: какого цвета небо в ясный день?",
        " Ответь одним словом: какого цвета небо в ясный день? Голубое.",
        True, True, id="ru raw: the question said again whole, then the one-word answer"),
    pytest.param(
        alpaca("Correct the grammar in this sentence.", "She don't like going to school on mondays."),
        "She don't like going to school on mondays.\n\n### Response:\nShe doesn't like going to school on Mondays.",
        True, True, id="en alpaca: the input copied, then the header again and the correction",
        marks=xfail("misfired: reply.echo: the input copied before the correction is read as the whole reply part")),
]


# --- off topic ---------------------------------------------------------------------------------------------------

OFF_TOPIC = [
    pytest.param(
        "How do I make my houseplants grow faster?",
        " The best way to keep your lawn green through the summer is to water deeply but infrequently, ideally "
        "early in the morning, and to set your mower a notch higher so the grass shades its own roots and keeps "
        "the soil cool.",
        False, True, id="en raw: a fluent answer on lawns for a question on houseplants"),
    pytest.param(
        "¿A qué edad se considera adulto a un perro?",
        " Los gatos suelen dormir entre doce y dieciséis horas al día, sobre todo los cachorros y los ejemplares "
        "mayores, porque así ahorran energía para cazar, aunque vivan en un piso y nunca hayan cazado nada.",
        False, True, id="es raw: a fluent answer on cats' sleep for a question on dogs"),
    pytest.param(
        "Wie kündige ich meinen Handyvertrag?",
        " Um ein Girokonto zu eröffnen, brauchst du deinen Personalausweis und eine Meldebescheinigung. Viele "
        "Banken bieten inzwischen an, das Konto online zu eröffnen und dich per Videoanruf zu identifizieren.",
        False, True, id="de raw: a fluent answer on opening a bank account"),
    pytest.param(
        "What is the speed of light?",
        "\n\nWe use cookies to improve your experience on our "
        "site. By continuing to browse, you agree to our use of cookies. Learn more\nAccept all cookies   Manage "
        "preferences\n\nHome | News | Science | Space | Subscribe | Log in\n\n© 2023 Example Media Group. All "
        "rights reserved.",
        False, True, id="en raw: a cookie banner, a navigation bar and a copyright line"),
    pytest.param(
        "Comment faire une pâte à crêpes ?",
        "\n\nAccueil > Recettes > Desserts > Crêpes\n\nMenu\nRecettes\nAstuces\nVidéos\nNewsletter\nConnexion\n\n"
        "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
        "acceptez leur utilisation. En savoir plus | Accepter | Refuser",
        False, True, id="fr raw: a breadcrumb, a menu and a cookie banner, no recipe"),
    pytest.param(
        "How can I improve my credit score?",
        "\n\nRelated posts:\n10 Things You Didn't Know About Airline Miles\nThe Best Cities to "
        "Retire in 2020\nWhy Millennials Are Ditching Cable\nHow to Pack for a Two-Week Trip in a Carry-On\n\n"
        "Share this:\nFacebook  Twitter  Pinterest  Email",
        False, True, id="en raw: only 'Related posts' and share buttons"),
    pytest.param(
        "Write a Python function that returns the square of a number.",
        "\n\n# Copyright (c) 2015 The Authors. All rights reserved.\n#\n# Licensed under the Apache License, "
        "Version 2.0 (the \"License\");\n# you may not use this file except in compliance with the License.\n"
        "# You may obtain a copy of the License at\n#\n#     http://www.apache.org/licenses/LICENSE-2.0\n#\n"
        "# Unless required by applicable law or agreed to in writing, software\n# distributed under the License "
        "is distributed on an \"AS IS\" BASIS,\n# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
        "implied.\n# See the License for the specific language governing permissions and\n# limitations under "
        "the License.",
        False, True, id="en raw: a licence header instead of the function"),
    pytest.param(
        "Write a Python function that returns the square of a number.",
        "\n\ndef square(n):\n    return n * n\n\n\nMIT License\n\nCopyright (c) 2018\n\nPermission is hereby "
        "granted, free of charge, to any person obtaining a copy of this software and associated documentation "
        "files (the \"Software\"), to deal in the Software without restriction, including without limitation the "
        "rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.",
        True, True, id="en raw: the function, then a licence"),
    pytest.param(
        "Write a Python function to check whether a string is a palindrome.",
        "\n\nimport numpy as np\nimport matplotlib.pyplot as plt\n\nx = np.linspace(0, 10, 100)\ny = np.sin(x)\n"
        "plt.plot(x, y)\nplt.title('Sine wave')\nplt.xlabel('x')\nplt.ylabel('sin(x)')\nplt.show()",
        False, True, id="en raw: plotting code for a palindrome check"),
    pytest.param(
        "如何提高英语口语？",
        "\n```python\nimport requests\nfrom bs4 import BeautifulSoup\n\nurl = 'https://www.example.com'\n"
        "resp = requests.get(url)\nsoup = BeautifulSoup(resp.text, 'html.parser')\nfor a in soup.find_all('a'):\n"
        "    print(a.get('href'))\n```",
        False, True, id="zh raw: scraping code for a question on speaking English",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: code for a non-code Chinese question is not held to its words")),
    pytest.param(
        "富士山の高さは？",
        "富士山の高さは3776メートルです。\n\nこのサイトではCookieを使用しています。サイトを閲覧し続けることで、Cookieの"
        "使用に同意したものとみなされます。詳しくはプライバシーポリシーをご覧ください。\n\nホーム | ニュース | 天気 | "
        "スポーツ | エンタメ | ログイン",
        True, True, id="ja raw: the answer, then a cookie banner and a navigation bar"),
    pytest.param(
        "고양이는 하루에 몇 시간 자나요?",
        " 강아지 산책은 하루에 두 번, 한 번에 30분 정도가 적당합니다. 소형견은 조금 짧게, 대형견은 조금 더 길게 해 주시고, "
        "여름에는 아스팔트가 뜨거우니 이른 아침이나 저녁에 나가는 것이 좋습니다.",
        False, True, id="ko raw: a fluent answer on walking dogs for a question on cats",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a fluent answer on dogs naming only '하루' of a question on cats")),
    pytest.param(
        "Как избавиться от икоты?",
        "\n\nПохожие статьи:\nКак выбрать зимние шины\n10 лучших сериалов 2019 года\nПочему дорожает гречка\n"
        "Как оформить загранпаспорт через Госуслуги\n\nПодписывайтесь на наш канал в Telegram!",
        False, True, id="ru raw: only 'Похожие статьи' and a channel plug"),
    pytest.param(
        "كيف أتعلم السباحة؟",
        " لتعلم قيادة السيارة يجب أولاً أن تحصل على رخصة تعلم، ثم تتدرب مع مدرب معتمد في شوارع هادئة قبل أن تخوض "
        "الاختبار العملي في مركز الترخيص.",
        False, True, id="ar raw: a fluent answer on learning to drive for a question on swimming"),
    pytest.param(
        "चाय कैसे बनाते हैं?",
        " चाय बनाने के लिए एक कप पानी उबालें, उसमें चाय पत्ती, अदरक और चीनी डालें, फिर दूध डालकर दो मिनट और उबालें और "
        "छान लें।\n\nयह भी पढ़ें:\nसरकारी नौकरी 2023: 10वीं पास के लिए बंपर भर्ती\nआज का राशिफल: जानिए कैसा रहेगा "
        "आपका दिन\nक्रिकेट: भारत ने ऑस्ट्रेलिया को 6 विकेट से हराया\n\nहमें फॉलो करें: Facebook | Twitter | YouTube",
        True, True, id="hi raw: the answer, then 'यह भी पढ़ें' headlines and follow buttons",
        marks=xfail("missed: topic.trailing_gap: a page's boilerplate under topic.trailing_gap's 100 words (other headlines, follow buttons) after the answer")),
    pytest.param(
        llama2("What are the symptoms of dehydration?"),
        " To soothe a sunburn, take a cool shower, apply aloe vera gel and drink plenty of water. Avoid the sun "
        "until the skin heals, and see a doctor if you develop blisters over a large area or a fever.",
        False, True, id="en llama2: a fluent answer on sunburn for a question on dehydration"),
    pytest.param(
        "Write a function in JavaScript that adds two numbers.",
        "\n\nfunction add(a, b) {\n  return a + b;\n}\n\n// server.js\nconst express = require('express');\n"
        "const app = express();\napp.get('/', (req, res) => res.send('Hello World!'));\n"
        "app.listen(3000, () => console.log('Listening on port 3000'));",
        True, True, id="en raw: the function, then an unrelated web server",
        marks=xfail("missed: topic.trailing_gap: unrelated code (an Express server) after the function asked for")),
    pytest.param(
        "¿Qué es la inflación?",
        "\n\n© 2019 Todos los derechos reservados. Aviso legal | Política de "
        "privacidad | Política de cookies | Contacto\n\nEste sitio web utiliza cookies propias y de terceros para "
        "mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
        False, True, id="es raw: only a footer and a cookie notice"),
    pytest.param(
        alpaca("Give three tips for staying focused while studying."),
        "Tags: study, focus, productivity, students, exams, tips\n\nPosted in Education | 3 Comments\n\n"
        "Previous post: How to Write a Cover Letter\nNext post: The 5 Best Budget Smartphones\n\n"
        "Subscribe to our newsletter\nEnter your email address\nSubscribe",
        False, True, id="en alpaca: a blog's tags and post navigation, no tips",
        marks=xfail("missed: topic.trailing_gap; misfired: reply.words: a blog's tags and post navigation, naming none of the request's words, read as the answer")),
    pytest.param(
        chatml("Wie viele Einwohner hat Berlin?", system="Du bist ein hilfreicher Assistent."),
        "Impressum | Datenschutz | AGB | Kontakt | Karriere\n\n"
        "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von "
        "Cookies zu. Mehr erfahren\nOK",
        False, True, id="de chatml: only a site footer and a cookie banner"),
    pytest.param(
        "What is the difference between weather and climate?",
        " The 2022 season was a disappointing one for the club. After a promising start, "
        "the team won only three of its last fifteen matches and finished twelfth, and the manager was dismissed "
        "in November after a home defeat against their local rivals. The new coach has promised a younger, faster "
        "side for next year.",
        False, True, id="en raw: a paragraph on a football club's season"),
]


PROBES = DOCUMENTS + NEXT_REQUESTS + ANSWER_THEN_DRIFT + LOOPS + ECHOES + OFF_TOPIC


@pytest.mark.parametrize("prompt, output, expected_answers, expected_drifts", PROBES)
def test_a_base_models_drift(prompt, output, expected_answers, expected_drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (expected_answers, expected_drifts), verdict.explain()
