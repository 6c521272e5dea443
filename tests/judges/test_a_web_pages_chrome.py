"""A web page's chrome written after, or instead of, a reply: a copyright line, a cookie banner, a navigation bar or
a breadcrumb, a blog's posting line (``page.boilerplate``). A few lines are enough, under the hundred words a slide
off topic needs, and they may name the question's words. A prompt that asks for such text (a website's footer, a
licence), code, a table's rows, sums with slashes and cookies one bakes are none. Constructed by hand after real
outputs (a Llama base model's "This entry was posted on ... filed under PowerPoint 2013")."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml


@pytest.mark.parametrize("prompt, output", [
    ("How do I change the slide colours in PowerPoint?",
     " Open the Design tab and pick a colour variant.\nThis entry was posted on Tuesday, August 18th, 2015 and is "
     "filed under PowerPoint 2013. You can follow any responses to this entry through the RSS 2.0 feed."),
    ("How long should I boil an egg?",
     " Six minutes for a runny yolk.\n\n© 2023 Sunday Kitchen. All rights reserved."),
    ("Wie koche ich Spargel?",
     " Schälen, dann zehn Minuten in Salzwasser kochen.\n\nDiese Website verwendet Cookies. Mit der Nutzung "
     "stimmen Sie zu.\nStartseite | Rezepte | Gemüse | Kontakt"),
    ("Comment faire une quiche ?",
     "\nAccueil > Recettes > Tartes > Quiche lorraine\n\nPréchauffez le four à 180 °C."),
    ("When was 1984 by George Orwell published?",
     " It was published in June 1949.\n\nCopyright © 2023 Example Media. All rights reserved.\nHome | News | Books | "
     "About | Contact"),
    # An Arabic page's breadcrumb, between slashes with no space, ending on the page's title, the request (after
    # Qwen2.5-0.5B given a raw Arabic request).
    ("اكتب جملة قصيرة تصف طبيبة ناجحة.",
     "- جملة قصيرة\nالرئيسية/منوعات/اكتب جملة قصيرة تصف طبيبة ناجحة.\nاكتب جمل"),
    # A page asking for its rating (after Swallow-7B on a Japanese task, then a blog's footer).
    ("How do I reset my router?",
     " Hold the reset button for ten seconds, then wait for the lights to come back.\n\nWas this article helpful? "
     "Yes / No"),
    ("以下の映画タイトルから都市名を書き出しなさい。\n・ロンドンの夢",
     "\nロンドン\n\n※この記事は参考になりましたか?気に入ってくれたらフォローしてもらえると嬉しいです!"),
    # A syndicated page's note (OPT-1.3B summing up a Reddit post, then going on as a web magazine's page).
    ("POST: I ran my first mile race on Sunday and now I worry about my sex drive.\nTL;DR:",
     " I am worried about my sex drive after my first race.\n—\nThis post was previously published on Medium and "
     "is republished here with permission from the author."),
    # A wiki's sidebar heading, on its own line, as a markdown heading or in bold.
    (chatml("What is the capital of Australia?"),
     "Canberra is the capital of Australia.\n\n## Navigation menu\n\n* Personal tools\n* Log in\n* Create account"),
    (chatml("Who wrote Pride and Prejudice?"),
     "Jane Austen wrote Pride and Prejudice, published in 1813.\n\n**Navigation menu**\n\nPersonal tools\nLog in"),
])
def test_a_pages_chrome_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "page.boilerplate" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    (chatml("Write a footer for my bakery's website."),
     "© 2024 Rosie's Bakery. All rights reserved.\nHome | Cakes | Bread | Contact"),
    (chatml("Add an MIT licence header to my script."),
     "```python\n# Copyright (c) 2024 Jane Doe\n# Licensed under the MIT License.\n```"),
    (chatml("Show my weekly meal plan as a table."),
     "| Day | Lunch | Dinner | Dessert |\n|---|---|---|---|\n| Monday | Soup | Lasagne | Fruit |"),
    (chatml("Two balls are drawn from a box of 4 red and 6 blue. What is the chance they match?"),
     "The chance is (6 + 15) / 45 = 21 / 45 = 7 / 15, since 4C2 = 6 and 6C2 = 15 of the 45 pairs match."),
    (chatml("What goes well with tea in the afternoon?"),
     "Shortbread cookies, scones with jam, or a slice of lemon drizzle cake all go well with tea."),
    (chatml("How do I print the copyright sign in HTML?"), "Write &copy; in your HTML, and the browser shows ©."),
    (chatml("When was Watson and Crick's article on DNA published?"),
     "This article was first published in Nature on 25 April 1953."),
    (chatml("Tell me about Poe's story 'The Tell-Tale Heart'."),
     "It is a short story narrated by a murderer who insists he is sane. This story was first published in January "
     "1843 in The Pioneer, a Boston magazine."),
    (chatml("How do I reset my router?"),
     "Hold the reset button for ten seconds. Was this helpful? Let me know if the lights stay off."),
    (chatml("Write the footer of my help page, with a line asking readers to rate the article."),
     "Was this article helpful? Yes / No\n© 2024 Router Help"),
    (chatml("How should I end a help-centre article?"),
     "Close with a short summary and a feedback prompt. 4. Add a \"Was this article helpful?\" line with Yes and No "
     "buttons so readers can rate it."),
    (chatml("ブログ記事の最後に置く一文を書いてください。"), "※この記事は参考になりましたか？"),
    (chatml("この文章についてどう思いますか？"), "この記事は役に立つ情報が多く、初心者にも分かりやすいと思います。"),
    (chatml("كيف أغير إعدادات الخصوصية في التطبيق؟"), "افتح التطبيق ثم اتبع المسار التالي:\nالرئيسية/الإعدادات/الخصوصية"),
    (chatml("How do I turn off notifications?"), "Open the app and follow this path:\nHome > Settings > Notifications"),
    (chatml("Where does Linux keep a user's files?"),
     "In the home folder, for example:\nhome/alice/documents/report.txt\nEach user has one."),
    (chatml("How should I lay out a platform that rates companies' supply chains?"),
     "Give each company a page of its ratings and a search by supplier. Overall, the platform should be easy to use, "
     "with clear navigation menus and readable charts."),
])
def test_chrome_asked_for_and_its_look_alikes_are_no_drift(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()


# A trail of the site's sections ending at the question posted as the page's title, in any language, with no home
# word: the page's chrome, and what stands before it (a date and the site's name) is the page's head. After Command R's
# base model given Hindi questions.
@pytest.mark.parametrize("prompt, output", [
    ("आप अपने हाथों का उपयोग किए बिना एक डिब्बा कैसे खोल सकते हैं?",
     "\nसब कुछ के बारे में सब कुछ / घर और परिवार / आप अपने हाथों का उपयोग किए बिना एक डिब्बा कैसे खोल सकते हैं?\n"
     "कई लोगों के लिए, यह एक समस्या है"),
    ("How can I open a box without using my hands?",
     " - 2019 | Daily Answers\nMain / Home and Family / How can I open a box without using my hands?\nMany people"),
    ("¿Cómo puedo abrir una caja sin usar las manos?",
     "Todo sobre todo » Hogar y familia » ¿Cómo puedo abrir una caja sin usar las manos?"),
])
def test_a_trail_of_sections_to_the_question_posted_is_a_pages_chrome_and_no_reply(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    # Opening the output, the trail heads the page (prompt.continuation); under an answer, it is the page's chrome.
    assert {"page.boilerplate", "prompt.continuation"} & set(drift_measures(verdict)), verdict.explain()


# The prompt posted as a page's title: the site's name or section after it on the prompt's own line (" - Quora",
# " | Videos and pictures | DW | 04.04.2014"). It is the page going on, drift; the reply part starts under it.
@pytest.mark.parametrize("prompt, output", [
    ("How do I remove a stripped screw?", " - wikiHow\nHow do I remove a stripped screw?\nHow do I remove a screw"),
    # The title said again in Latin letters, then the site's name after a second separator: a longer title.
    ("What would I gain if I could turn my head like an owl?",
     " » What Would I Gain If I Could Turn My Head Like An Owl - Download the Answers App\n"
     "What would I gain if I could turn my head like an owl?...\nGyan Ganga"),
    ("ऐसी कौन सी चीज़ें हैं जो मैं किसी जिज्ञासु बच्चे को उपहार में दे सकता हूँ?",
     " - Ask Question - Hindi\nऐसी कौन सी चीज़ें हैं जो मैं किसी जिज्ञासु बच्चे को उपहार में दे सकता हूँ?\n"
     "ऐसी कौन सी चीज़ें हैं जो मैं किसी"),
])
def test_the_prompt_posted_as_a_pages_title_then_said_again_is_no_reply_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.continuation" in drift_measures(verdict), verdict.explain()


def test_a_pages_title_then_an_answer_under_it_answers_and_drifts():
    verdict = judge("Why is the sky blue?", " - Quora - 2019\nThe sky is blue because the air scatters blue sunlight "
                                            "more than red sunlight, so blue reaches our eyes from every direction.")
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.continuation" in drift_measures(verdict), verdict.explain()


def test_a_short_reply_under_a_pages_title_is_not_held_to_the_questions_words():
    # The site's name is no sentence of the asker's going on: the reply under it is read as any short reply is.
    verdict = judge("What do you think of Mars?", " | Ask Anything | 2019\nIt's fascinating, honestly.")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("List the basics of music theory.", " - Scales\n- Chords\n- Harmony\n- Rhythm"),  # a list's first item
    ("What is the capital of France?", " - Paris\n"),  # an answer alone
    ("Tell me a fun fact about octopuses.", " - Sure, here is one.\nAn octopus has three hearts."),  # a sentence
    # A reply's first line after a dash or a bar, with no second separator and neither the question posted again nor a
    # date under it: an answer, a heading, a list's first item, YAML.
    ("What is the capital of France?", " - Paris\nParis has been the capital since the tenth century."),
    ("Name the three largest cities in France.", " - Paris - Marseille - Lyon\nParis is by far the largest."),
    ("When is the Louvre open?", " – 9:00 – 18:00\nClosed on Tuesdays; open late on Fridays."),
    ("When was Python 3.0 released?", "– Python 3.0\n2008-12-03\nIt was the first release that broke compatibility."),
    ("Does ice float on water?", "- Yes\n\nIce is less dense than liquid water, so it floats."),
    ("Was ist die Hauptstadt von Österreich?", "– Wien\nWien ist auch die größte Stadt des Landes."),
    ("Which is better for a beginner, Python or JavaScript?", "| Python\nPython has simpler syntax for beginners."),
    ("List two fruits and two vegetables, grouped.", "- Fruits\n  - apple\n  - pear\n- Vegetables\n  - leek"),
    ("Write an Ansible task that installs nginx on Ubuntu.", "- name: Install nginx\n  apt:\n    name: nginx"),
    ("Summarize the news: The city council voted 7-2 on Monday to add bike lanes on Main Street next spring.",
     "– Council approves bike lanes\nThe city council voted 7-2 to add bike lanes on Main Street next spring."),
    # A long sentence after a dash, with no second separator: a reply's first sentence, no title.
    ("Describe the old lighthouse.", " - it stands on the cliff above the harbour and has not been lit for forty "
                                      "years\nIts keeper left long ago, and gulls nest in the lamp room."),
])
def test_a_reply_opening_with_a_dash_on_the_prompts_line_is_no_pages_title(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.continuation" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    # A path the reply gives, to a place named otherwise than the question, or to a setting a short request names; a
    # fraction; a reply that names the path.
    ("Turn off location history", "Settings > Privacy > Location > Turn off location history\nOpen Settings, go to "
                                  "Privacy, then Location, and switch location history off."),
    ("How do I open the privacy settings?", "Go to Settings / Privacy / Location and switch it off."),
    ("What is 3/4 of 8?", "3 / 4 of 8 is 6."),
    ("How do I open a box without using my hands?",
     "Use your feet or an elbow: press the lid / flap / tape edge against a table corner until it gives."),
])
def test_a_path_or_a_fraction_in_a_reply_is_no_trail_to_the_question(prompt, output):
    verdict = judge(prompt, output)
    assert not {"page.boilerplate", "prompt.continuation"} & set(drift_measures(verdict)), verdict.explain()


# An answer before the trail, a name or one word of the form asked, is no page's head; a trail that opens the output
# heads the page, and the reply under it answers.
@pytest.mark.parametrize("prompt, output", [
    ("What is the capital of France?",
     "Paris\nGeography › Europe › What is the capital of France?\nParis is the capital and largest city of France."),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci\nArt / Renaissance / Who painted the Mona Lisa?\nHe began it "
                                   "around 1503."),
    ("Who wrote the novel Don Quixote?", "- Miguel de Cervantes\nLiteratura / Clásicos / Who wrote the novel Don "
                                         "Quixote?"),
    ("How do I reset my router?", "Help Center > Internet > How do I reset my router?\nUnplug the router, wait thirty "
                                  "seconds, plug it back in, then hold the reset button for ten seconds."),
])
def test_an_answer_before_a_trail_or_under_one_that_heads_the_page_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Question: What is the sum of 3 and 7?\nAnswer:",
     " 2 + 7 = 9 because\n\nI have tried doing sum(7) + sum(3) but it didnt make any sense to me.\nThanks for your help!"),
    ("Wie entkalke ich meinen Wasserkocher?", " Ich habe schon Essig probiert, aber es riecht danach. Danke im voraus!"),
])
def test_a_forum_questions_sign_off_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" in drift_measures(verdict), verdict.explain()


def test_a_sign_off_in_an_email_asked_for_is_no_drift():
    verdict = judge(chatml("Write a short email asking my landlord to fix the heating."),
                    "Dear Mr Jones,\n\nThe heating in my flat has stopped working. Could you send someone to fix it "
                    "this week?\n\nThank you in advance,\nAnna")
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()


def test_a_comment_section_after_the_answer_drifts():
    output = (" Keep it in a bright window and water it when the top of the soil is dry.\n\n14 Comments\n\n"
              "Linda says:\nThank you, my basil always dies within a week!\n\nJoe P. says:\nDoes this work for mint?")
    verdict = judge("What are some tips for keeping basil alive indoors?", output)
    assert verdict.answers and "page.boilerplate" in drift_measures(verdict), verdict.explain()


ALASKA = ("Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n"
          "### Instruction:\nWhat is some advice for planning a trip to Norway?\n\n### Response:\n")
FJORDS = "For a trip to Norway, go in June or July for the long days, book the coastal ferries early and pack layers and a rain jacket."


def test_a_qa_pages_count_of_answers_heading_a_section_after_the_answer_drifts():
    output = FJORDS + "\n\n## 1 Answer\n\n### Explanation:\n\nThe question asks what advice to give for the trip."
    verdict = judge(ALASKA, output)
    assert verdict.answers and "page.boilerplate" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(ALASKA, FJORDS + " Of the forum's 3 answers I read, this is the advice they agree on.",
                 id="in-a-sentence"),
    pytest.param(ALASKA, "Answer 1\n" + FJORDS, id="a-label-and-its-number"),
    pytest.param(chatml("How many real solutions does x^2 = 9 have?"), "**2 answers**\n\nx = 3 and x = -3.",
                 id="the-replys-own-first-line"),
    pytest.param(chatml("Summarise these survey results: Q1 4-day week? Yes 18, No 6. Q2 Day off: Monday 5, Friday 19."),
                 "## Q1: 4-day week\n24 answers\n- Yes: 18\n- No: 6\n\n## Q2: Day off\n24 answers\n- Friday: 19\n"
                 "- Monday: 5", id="a-count-heading-each-of-several-sections"),
    pytest.param(chatml("Write a 3-question quiz on the solar system, then the answer key under its own heading."),
                 "## 3 Questions\n1. Which planet is closest to the Sun?\n2. Which is the largest?\n3. Which has rings?"
                 "\n\n## 3 Answers\n1. Mercury\n2. Jupiter\n3. Saturn", id="answers-asked-for"),
])
def test_a_count_of_answers_that_is_no_qa_pages_heading_is_no_chrome(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()


def test_a_story_asked_for_may_have_its_people_speak():
    output = ("The kettle clicked off and Linda looked up from her book.\nLinda says:\n\"Tea?\"\n"
              "Joe, at the window, smiled and nodded.")
    verdict = judge(chatml("Write a very short story about two friends having tea."), output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()


# A social post's run of hashtags after the reply, as a blog or a caption ends: chrome, unless a post, a caption, an ad
# or hashtags are asked for. Colour codes are no hashtags. Constructed after real outputs (a small SFT model ending
# its advice with "#Sleep #Tips #Improving #Quality #Night ...").
SLEEP = "What are some tips for improving sleep quality?"
TIPS = ("To sleep better, keep a regular schedule, make the bedroom dark and quiet, avoid screens for an hour before bed "
        "and limit caffeine after noon.")


def test_a_run_of_hashtags_after_the_reply_answers_and_drifts():
    verdict = judge(SLEEP, TIPS + "\n\n#Sleep #Tips #Health #Night #Rest #Wellness")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "page.boilerplate" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write an Instagram caption about better sleep.", "Rest is a skill. " + TIPS +
                 "\n\n#Sleep #Tips #Health #Night #Rest #Wellness", id="a-caption-asked-for"),
    pytest.param("Suggest five pastel colours for my slides, as hex codes.", "#FFD1DC #AEC6CF #FDFD96 #B39EB5 #CFCFC4",
                 id="colour-codes"),
    pytest.param(SLEEP, TIPS + "\n\n#sleep #rest", id="two-hashtags"),
])
def test_hashtags_asked_for_or_no_run_are_no_chrome(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Translate into Spanish: Best coffee in town! #coffee #morning #latte #cafe #love",
                 "¡El mejor café de la ciudad! #café #mañana #latte #cafetería #amor", id="a-tweet-translated"),
    pytest.param("Is this review positive or negative? 'Delayed again, lost my bag, worst airline ever.'",
                 "Negative. The words and the tags a reader would add (#fail #airline #travel #worst #annoyed) make "
                 "the complaint clear.", id="hashtags-inside-a-sentence"),
    pytest.param("Suggest tags for my YouTube video about sourdough bread.",
                 "Here are some tags you can use:\n#sourdough #bread #baking #homemade #starter #recipe",
                 id="tags-asked-for"),
    pytest.param("Schreib einen kurzen Beitrag für die Bäckerei Müller über unser neues Roggenbrot.",
                 "Frisch aus dem Ofen: unser neues Roggenbrot, kräftig und saftig!\n#Bäckerei #Roggenbrot #frisch "
                 "#Handwerk #lecker", id="a-post-asked-for-in-german"),
])
def test_hashtags_of_the_text_or_the_task_are_no_chrome(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()
