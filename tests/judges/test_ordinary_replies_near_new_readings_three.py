"""Good replies written close to the triggers of twelve readings answer and do not drift; the drift or no-answer
each reading is meant to catch is still caught.

The readings under test:

1. A block said again (``loop.block_again``, ``blocks.py``): three lines or more, each of three words or more,
   outside code and outside a piece asked for, said again word for word in the same order, loop.
2. A web page's chrome (``page.boilerplate``, ``boilerplate.py``): a copyright line, a cookie banner, a navigation
   bar or a breadcrumb (four items or more between " | ", " > ", " · "), a blog's posting lines, a forum question's
   sign-off ("Thanks in advance", "Any help would be appreciated", "Danke im voraus") drift, unless the prompt
   speaks of websites, footers, licences or cookies (or, for a sign-off, asks for an email, a letter, a post or a
   message).
3. A template section after an answer (``echo.find_format``, ``_TEMPLATE_SECTION_RE``): under a prompt heading its
   fields with "###", a line "### Hint:", "### Expected Output:" or any "###Word:" with no space, alone on its line
   after the output's first words, is the template's next field (``prompt.format``); a reply's own headings
   ("### Tips:", "### Explanation:", "### Solution:") are not.
4. The instruction said again (``reading.py``, ``question_again``): under an instruction template with an input,
   an output opening with the instruction word for word echoes it (``prompt.question_again``).
5. One word asked for (``question._ONE_WORD_WORDS``, ``word_fits``): a synonym, an opposite, a rhyme, "a word",
   "one word" and a formula ("H2O") answer in one word; the given word said back does not.
6. When a question is asked (``topic._WHEN_WORDS``): "today", "now", "tonight", "tomorrow", "yesterday",
   "currently", "nowadays" are no topic words.
7. Pieces (``pieces.py``): "Tell me a (fun) fact", "Ask me a riddle", "a question" ask for a piece, which need not
   name its form.
8. A conversion laid out anew (``passage.relaid_out``): where the prompt names a format (JSON, YAML, CSV, XML, TOML,
   HTML, markdown, a table, "convert", "reformat"), output words copied from the prompt with other marks between
   them (half the shared word pairs or more) are the work, not an echo.
9. The replier's offer of help (``reply._OFFERS_HELP_RE``): "How can I help you today?", "What can I do for you?"
   is no question in the asker's voice.
10. A follow-up read with the model's earlier turns (``text.Prompt.earlier``): the topic of a chat's last question
    takes in the user's and the assistant's turns before it (ChatML, Gemma, Llama-2 [INST], Llama-3 headers,
    Vicuna's role labels).
11. An announced output (``topic.find_gap``, ``_ANNOUNCES_RE``): an output whose first line announces it ("Here's
    a ...") or titles it (a markdown heading, a bold line) is what it names, with no slide off topic after it.
12. A short yes or no (``topic.says_yes_or_no``) and a pronoun opening (``topic.refers_back``): under 40 words, a
    reply opening with a yes or a no to a yes/no question, or with "It's", "They're", "She's", "He's", may call its
    subject "it".

For each, ordinary replies come as near the trigger as an assistant writes them: a recap repeating three bullet
points, a workout whose first and last days are the same, a lullaby's refrain, a song's chorus asked for, an
original and a revised paragraph one under the other; a copyright line or "Thanks in advance" quoted because the
user asks about it, a settings path written with " > ", a table without outer bars, a food chain, "filed under
501(c)(3)", a sign-off inside the letter asked for in German, French and Spanish; "### Example:", "### Output:",
"### Input:", "### Hint:" headings in answers under Alpaca; answers opening with a bold title or going on from the
instruction's words; synonyms, opposites of the given word's own family, rhymes and formulas, in six languages;
small talk and "tonight" questions whose answers name no other word of the question, in six languages; facts,
riddles and questions asked for; tables turned into CSV and JSON, lists turned into bullets and numbered lists,
requests in Chinese and Japanese; greetings answered with an offer of help in a dozen English shapes and five
other languages; follow-ups about the model's earlier turn, two turns back too, in five templates, and follow-ups
rewording its own answer; long recipes, itineraries and plans announced on their first line, their second, in French, Spanish,
German and Japanese; "No, it isn't." answers of thirty words, and "Yep", "Nope", "Absolutely", "Not really",
"It's something ..." openings. The catches are probed as near: a base model's steps again under a new heading, a
page footer and a forum sign-off after an answer, a new "### Input:" example, the instruction said back, the
given word as its own synonym, a conversion answered with its input said back, questions in the asker's voice,
rambles after a follow-up, an announced recipe sliding into the news, and a yes followed by the weather.

Chat templates (ChatML, Llama-2 [INST], Llama-3 headers, Gemma, Vicuna, Alpaca with and without an input) and raw
prompts are mixed throughout. Every reply here was written for this test. The probes the judges still get wrong
are strict expected failures naming the measure and the shape; a drift or no-answer the judges miss says
"missed".
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail
from .samples import inst
from .templates import alpaca, chatml, gemma, llama2, llama3, plain, vicuna


def answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- 1. A block said again ---------------------------------------------------------------------------------------

SAVINGS_TIPS = ("- Pay yourself first by moving savings out on payday.\n"
                "- Track every expense for one month to see where the money goes.\n"
                "- Cancel any subscription you have not used in the last month.")
WORKOUT_DAY = ("- Warm up with five minutes of brisk walking\n- 3 sets of 10 bodyweight squats\n"
               "- 3 sets of 8 push-ups against a bench\n- 3 sets of 10 dumbbell rows per arm")
LULLABY_REFRAIN = ("Hush now, Mia, close your eyes,\nThe moon is climbing up the skies,\n"
                   "The stars are humming soft and low,\nIt's time for little ones to go.")
SUMMER_CHORUS = ("Oh, the summer sun is calling,\nAnd the long days never end,\nWe'll be dancing on the shoreline,\n"
                 "With the sea breeze as our friend.")
LETTER_OPENING = ("I am writing to apply for the Junior Designer role at Brightside.\n"
                  "I have three years of experience in branding and packaging.\n"
                  "My portfolio includes work for two national food brands.")
WEEK_ROWS = ("| Monday | 20 min easy run | walk breaks every 5 min |\n"
             "| Wednesday | 20 min easy run | walk breaks every 5 min |\n"
             "| Friday | 25 min easy run | walk breaks every 5 min |")
STRETCH_JA = "首を左右にゆっくり倒します。\n両腕を頭の上で組んで伸ばします。\n前屈して太ももの裏を伸ばします。"

BLOCK_REPLIES = [
    pytest.param(chatml("How can I save more money each month?"),
                 f"Here are three habits that make the biggest difference:\n\n{SAVINGS_TIPS}\n\nStart with the first "
                 "one: set up an automatic transfer of even 5% of your pay the day it arrives, so you never see it in "
                 "your current account. The tracking month usually surprises people, because small daily purchases "
                 f"add up faster than you expect.\n\nTo recap:\n{SAVINGS_TIPS}",
                 id="a recap repeating the three tips word for word"),
    pytest.param(chatml("How can I save more money each month?"),
                 f"Here are three habits that make the biggest difference:\n\n{SAVINGS_TIPS}\n\nStart with the first "
                 "one: set up an automatic transfer of even 5% of your pay the day it arrives.\n\nIn short: pay "
                 "yourself first, track your spending, and cancel what you don't use.",
                 id="a recap shortening the three tips"),
    pytest.param(llama3("Make me a simple three-day full-body workout plan for a beginner."),
                 f"Day 1 (Monday)\n{WORKOUT_DAY}\n\nDay 2 (Wednesday)\n- Warm up with five minutes of brisk walking\n"
                 "- 3 sets of 10 glute bridges\n- 3 sets of 30-second planks\n- 3 sets of 10 reverse lunges per leg\n\n"
                 f"Day 3 (Friday)\n{WORKOUT_DAY}\n\nRest on the days in between, and add two reps to each set once the "
                 "last set feels easy.", id="a workout plan whose first and third days are the same",
                 marks=xfail("loop.block_again, loop.unit_repeat: a plan whose Friday repeats Monday's four exercise "
                             "lines is read as a block said again, and its '3 sets of ...' lines as a loop")),
    pytest.param(llama3("Make me a simple three-day full-body workout plan for a beginner."),
                 "Day 1 (Monday)\n- Warm up with five minutes of brisk walking\n- 3 sets of 10 bodyweight squats\n"
                 "- 3 sets of 8 push-ups\n\nDay 2 (Wednesday)\n- Warm up with five minutes of brisk walking\n"
                 "- 3 sets of 10 glute bridges\n- 3 sets of 30-second planks\n\nDay 3 (Friday)\n"
                 "- Warm up with five minutes of brisk walking\n- 3 sets of 12 bodyweight squats\n"
                 "- 3 sets of 10 push-ups", id="a workout plan whose days share only their warm-up line"),
    pytest.param(chatml("Can you make up a short lullaby for my daughter Mia?"),
                 f"{LULLABY_REFRAIN}\n\nDream of meadows, dream of sea,\nDream of tall and sleepy trees,\n"
                 f"Dream of boats that rock you slow,\nDream of places we will go.\n\n{LULLABY_REFRAIN}",
                 id="a lullaby made up on request, its refrain sung twice"),
    pytest.param(chatml("Write a short song about summer with a chorus."),
                 "Verse 1\nWe packed the car at sunrise,\nWith sandwiches and hope,\nThe radio was playing,\n"
                 f"And the windows were wide open.\n\nChorus\n{SUMMER_CHORUS}\n\nVerse 2\nThe ice cream's melting "
                 "faster,\nThan we can eat it down,\nThe sand is in our sandals,\nAnd the freckles on your nose.\n\n"
                 f"Chorus\n{SUMMER_CHORUS}", id="a song asked for, its chorus sung twice"),
    pytest.param(llama2("Schreib ein kurzes Lied über den Sommer mit Refrain."),
                 "Strophe 1\nWir fahren früh zum Baggersee,\nDie Sonne steht schon hoch,\nDas Eis tropft auf die "
                 "Finger,\nUnd wir lachen trotzdem noch.\n\nRefrain\nOh Sommer, bleib noch eine Weile,\nDie Tage sind "
                 "so lang,\nWir tanzen barfuß bis zum Abend,\nUnd singen den Gesang.\n\nStrophe 2\nDie Grillen zirpen "
                 "leise,\nDer Himmel färbt sich rot,\nWir sitzen auf dem Steg,\nUnd teilen unser Brot.\n\nRefrain\n"
                 "Oh Sommer, bleib noch eine Weile,\nDie Tage sind so lang,\nWir tanzen barfuß bis zum Abend,\n"
                 "Und singen den Gesang.", id="German, a song asked for, its chorus sung twice"),
    pytest.param(alpaca("Write a poem about the sea with a refrain that comes back after each stanza."),
                 "The gulls cry out above the pier,\nThe fishing boats are coming near,\nAnd I will wait here by the "
                 "sea,\nFor the tide to bring you home to me.\n\nThe nets are mended, lamps are lit,\nThe harbour "
                 "wall is where I sit,\nAnd I will wait here by the sea,\nFor the tide to bring you home to me.",
                 id="Alpaca, a poem asked for with a two-line refrain"),
    pytest.param(inst("Why does this function crash on an empty list?\n\ndef average(nums):\n    total = sum(nums)\n"
                      "    count = len(nums)\n    return total / count"),
                 "Because len(nums) is 0 for an empty list, so the last line divides by zero and raises "
                 "ZeroDivisionError. Check for that case first:\n\n```python\ndef average(nums):\n    total = "
                 "sum(nums)\n    count = len(nums)\n    if count == 0:\n        return 0.0\n    return total / "
                 "count\n```", id="the fixed function in a code block, its lines said again"),
    pytest.param(chatml("Write two short versions of an email asking my team to submit their timesheets by Friday: one "
                        "formal, one casual."),
                 "Formal:\nDear all,\nPlease submit your timesheets for this month by Friday at 5 pm so that payroll "
                 "can be processed on time.\nPlease let me know if you have any questions.\nBest regards, Anna\n\n"
                 "Casual:\nHi everyone,\nQuick reminder to get your timesheets in by Friday at 5!\nPlease let me know "
                 "if you have any questions.\nBest regards, Anna",
                 id="two emails sharing a two-line sign-off"),
    pytest.param(chatml("How do I cook both chicken thighs and salmon fillets on one tray?"),
                 "Chicken thighs (put in first, 35 minutes at 200 °C):\nPat dry.\nOil lightly.\nSeason well.\n\n"
                 "Salmon fillets (add for the last 12 minutes):\nPat dry.\nOil lightly.\nSeason well.\n\nSqueeze "
                 "lemon over the salmon when it comes out and let the chicken rest for five minutes before serving.",
                 id="three two-word lines said again"),
    pytest.param(llama3("Give me a two-week beginner running plan as a table."),
                 "Week 1\n\n| Day | Session | Notes |\n|---|---|---|\n" + WEEK_ROWS + "\n\nWeek 2\n\n| Day | Session "
                 "| Notes |\n|---|---|---|\n" + WEEK_ROWS + "\n| Sunday | 30 min walk | easy pace |\n\nIn week 3, "
                 "cut the walk breaks to one every ten minutes.",
                 id="a two-week plan whose second table repeats the first's rows",
                 marks=xfail("loop.block_again, loop.tail_lines, loop.unit_repeat, loop.ngram_repeat: a second "
                             "week's table repeating the first's header and rows is read as a loop")),
    pytest.param(chatml("Can you tighten the last sentence of my cover letter opening? Show me the original and your "
                        "version one under the other.\n\n" + LETTER_OPENING.replace("\n", " ") + " I would love to "
                        "bring my skills to your team and make a real difference."),
                 f"Original:\n{LETTER_OPENING}\nI would love to bring my skills to your team and make a real "
                 f"difference.\n\nRevised:\n{LETTER_OPENING}\nI'd like to bring that packaging experience to your "
                 "spring launch.", id="an original and a revised paragraph, the first three lines unchanged",
                 marks=xfail("loop.block_again, prompt.asker_voice: an original and a revised paragraph one under "
                             "the other share three lines, read as a block said again; the user's own letter ('My "
                             "portfolio') as the asker's voice")),
    pytest.param(chatml("What are the words to 'Twinkle, Twinkle, Little Star'?"),
                 "Twinkle, twinkle, little star,\nHow I wonder what you are!\nUp above the world so high,\nLike a "
                 "diamond in the sky.\nTwinkle, twinkle, little star,\nHow I wonder what you are!",
                 id="a nursery rhyme's two opening lines coming back"),
    pytest.param(chatml("1週間の簡単な朝のストレッチメニューを作ってください。"),
                 "月曜日・水曜日・金曜日\n" + STRETCH_JA + "\n\n火曜日・木曜日\n肩を大きく後ろに回します。\n"
                 "両手を壁について、ふくらはぎを伸ばします。\n\n土曜日\n" + STRETCH_JA + "\n\n日曜日はお休みです。",
                 id="Japanese, a stretching plan whose Saturday repeats Monday's three lines",
                 marks=xfail("loop.block_again, topic.trailing_gap: Saturday's three stretches repeating Monday's "
                             "are a block said again, and the plan never names 'ストレッチ' nor 'メニュー'")),
    pytest.param(chatml("1週間の簡単な朝のストレッチメニューを作ってください。"),
                 "朝のストレッチメニューです。\n\n月曜日・水曜日・金曜日\n" + STRETCH_JA + "\n\n火曜日・木曜日\n"
                 "肩を大きく後ろに回します。\n両手を壁について、ふくらはぎを伸ばします。\n\n土曜日\n" + STRETCH_JA +
                 "\n\n日曜日はお休みです。簡単なストレッチなので、毎朝五分で終わります。",
                 id="Japanese, the same plan naming the stretches it lists",
                 marks=xfail("loop.block_again: a Japanese plan whose Saturday repeats Monday's three stretch lines "
                             "is read as a block said again")),
    pytest.param(chatml("List the morning checklist for opening our café, then the same for the weekend shift, which "
                        "adds a delivery check."),
                 "Weekdays:\n1. Switch on the coffee machine and run a test shot.\n2. Count the float in the till.\n"
                 "3. Put out the pastries from the morning delivery.\n\nWeekends:\n1. Switch on the coffee machine "
                 "and run a test shot.\n2. Count the float in the till.\n3. Check the weekend delivery against the "
                 "invoice.\n4. Put out the pastries from the morning delivery.",
                 id="two numbered checklists sharing two items and a third out of order",
                 marks=xfail("loop.ngram_repeat: two short checklists sharing two long items put 36% of the "
                             "three-word sequences after their first copy")),
]


@pytest.mark.parametrize("prompt, output", BLOCK_REPLIES)
def test_replies_saying_lines_again_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


BLOCK_LOOPS = [
    pytest.param(alpaca("Write the steps to review a meeting transcript."),
                 "Read the transcript once from start to finish.\nMark every decision that was made.\nList the action "
                 "items with their owners.\n\n### How to test this:\n\nRead the transcript once from start to finish."
                 "\nMark every decision that was made.\nList the action items with their owners.",
                 id="Alpaca, the steps written again under a new heading"),
    pytest.param(plain("Why is the sky blue?"),
                 " Sunlight is made of many colours mixed together.\nBlue light has a shorter wavelength than red "
                 "light.\nThe air scatters short wavelengths much more than long ones.\nSo blue light reaches our eyes "
                 "from every part of the sky.\nSunlight is made of many colours mixed together.\nBlue light has a "
                 "shorter wavelength than red light.\nThe air scatters short wavelengths much more than long ones.",
                 id="raw prompt, an answer then its first three sentences again"),
    pytest.param(chatml("How do I reset my router?"),
                 "Unplug the router from the wall socket.\nWait about thirty seconds before plugging it back in.\n"
                 "Give it two minutes to reconnect to the internet.\n\nIf that does not help:\nUnplug the router from "
                 "the wall socket.\nWait about thirty seconds before plugging it back in.\nGive it two minutes to "
                 "reconnect to the internet.", id="the same three steps under 'If that does not help'"),
    pytest.param(plain("如何提高睡眠质量？"),
                 "每天固定时间睡觉和起床。\n睡前一小时不要看手机。\n卧室保持安静、黑暗和凉爽。\n\n### 相关问题\n\n"
                 "每天固定时间睡觉和起床。\n睡前一小时不要看手机。\n卧室保持安静、黑暗和凉爽。",
                 id="Chinese, three lines again under a new heading"),
    pytest.param(chatml("How do I make a cup of tea?"),
                 "Boil fresh water in the kettle.\nPour it over the tea bag in a mug.\nLeave it to brew for four "
                 "minutes.\nTake the bag out and add milk if you like.\n" * 4,
                 id="a four-line answer said four times"),
]


@pytest.mark.parametrize("prompt, output", BLOCK_LOOPS)
def test_a_block_said_again_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 2. A web page's chrome ----------------------------------------------------------------------------------------

PAGE_REPLIES = [
    pytest.param(chatml("What does 'All rights reserved' mean at the bottom of a book's title page?"),
                 "It means the publisher keeps every right the law gives it: nobody may copy, translate or adapt the "
                 "book without permission. A line like \"© 2021 Harbour Press. All rights reserved.\" adds nothing "
                 "legally today, since protection is automatic, but it reminds readers who owns it.",
                 id="the line the user asks about quoted"),
    pytest.param(chatml("Is it OK to use a photo I found on Google Images in my blog post?"),
                 "Usually not: most images are protected, so check the licence first. Filter by 'Creative Commons "
                 "licences' under Tools, or use free sites such as Unsplash, and credit the photographer as asked.",
                 id="a blog question answered about licences"),
    pytest.param(chatml("How do I turn on dark mode in Windows 11?"),
                 "Go to Settings > Personalization > Colors > Choose your mode, then pick Dark.",
                 id="a settings path with four steps, then more on its line"),
    pytest.param(chatml("How do I turn on dark mode in Windows 11?"),
                 "Open the settings and follow this path:\n\nSettings > Personalization > Colors > Choose your "
                 "mode\n\nThen pick Dark from the drop-down. Apps that follow the system theme switch at once.",
                 id="a settings path with four steps on a line of its own"),
    pytest.param(llama3("How do I stop Excel from turning my numbers into dates?"),
                 "Format the cells as Text before you type: select them, then Home > Number > Number Format > Text. "
                 "Typing an apostrophe first ('3/4) also keeps it as text.",
                 id="a ribbon path inside a sentence"),
    pytest.param(chatml("What's the food chain in a typical English meadow? Just the main links please."),
                 "Grass > Rabbit > Fox > Golden eagle", id="a food chain written with '>'"),
    pytest.param(chatml("What's the food chain in a typical English meadow? Just the main links please."),
                 "Grass → Rabbit → Fox → Golden eagle", id="a food chain written with arrows"),
    pytest.param(chatml("Give me a small comparison of three phone plans as a table."),
                 "Plan | Price | Data | Contract\n--- | --- | --- | ---\nBasic | £8 | 5 GB | 12 months\nPlus | £15 | "
                 "30 GB | 12 months\nMax | £25 | Unlimited | 24 months",
                 id="a markdown table without outer bars"),
    pytest.param(chatml("Which tax form does a small charity in the US file?"),
                 "Most organisations filed under section 501(c)(3) with gross receipts under $50,000 file Form 990-N, "
                 "the e-Postcard; larger ones file Form 990-EZ or the full Form 990.",
                 id="'filed under' a tax section"),
    pytest.param(chatml("Where was Elvis stationed during his army service?"),
                 "He was posted in Germany, at Ray Barracks in Friedberg, from October 1958 to March 1960, where he "
                 "also met Priscilla.", id="'posted in' a country",
                 marks=xfail("page.boilerplate, topic.trailing_gap: 'He was posted in Germany' is read as a blog's "
                             "'posted in' line, and a 'He was' answer naming no word of the question is off topic")),
    pytest.param(chatml("Where was Elvis stationed during his army service?"),
                 "Elvis was posted in Germany during his army service, at Ray Barracks in Friedberg, from October 1958 "
                 "to March 1960.", id="'posted in' a country, naming the question's words"),
    pytest.param(chatml("Why did my chocolate chip cookies spread into one flat sheet?"),
                 "The butter was probably too warm. Chill the dough for 30 minutes, and accept that the first tray "
                 "of cookies is a test: if they still spread, add two tablespoons of flour.",
                 id="baked cookies and 'accept' on one line"),
    pytest.param(chatml("Can you make this email to my landlord sound more professional?\n\nhey, the heating is broken "
                        "again, can someone come fix it this week? thanks in advance"),
                 "Dear Mr Patel,\n\nI am writing to let you know that the heating in the flat has stopped working "
                 "again. Could you arrange for someone to repair it this week?\n\nThank you in advance for your "
                 "help.\n\nKind regards,\nSophie", id="'Thank you in advance' in the email asked for"),
    pytest.param(chatml("Can you polish this before I send it to my landlord?\n\nhey, the heating is broken again, "
                        "can someone come fix it this week? thanks in advance"),
                 "Dear Mr Patel,\n\nThe heating in the flat has stopped working again. Could you arrange for someone "
                 "to repair it this week?\n\nThanks in advance,\nSophie",
                 id="'Thanks in advance' in a polished note, the request naming no email"),
    pytest.param(chatml("Is it rude to end a work request with 'thanks in advance'?"),
                 "Not rude, but some people find it presumptuous: \"Thanks in advance\" assumes they will do it. "
                 "\"Thanks for considering this\" or a simple \"Thank you\" sounds warmer.",
                 id="the sign-off the user asks about quoted"),
    pytest.param(chatml("How do I write a good question for Stack Overflow?"),
                 "Put the problem in the title, show a minimal example that reproduces it, paste the full error, and "
                 "say what you already tried. Skip the greeting and the \"Any help would be appreciated\" line: "
                 "answerers read it as noise.", id="advice naming a forum sign-off to leave out",
                 marks=xfail("page.boilerplate, topic.trailing_gap: advice to leave out 'Any help would be "
                             "appreciated' is read as that sign-off, and the advice names neither 'Stack' nor "
                             "'Overflow'")),
    pytest.param(chatml("How do I write a good question for Stack Overflow?"),
                 "A good Stack Overflow question puts the problem in the title, shows a minimal example and the full "
                 "error, and says what you tried. Leave out \"Thanks in advance\": the site asks you not to write it.",
                 id="advice naming a forum sign-off, naming the question's words",
                 marks=xfail("page.boilerplate: advice on a Stack Overflow question quoting 'Thanks in advance' to "
                             "leave out is read as that sign-off")),
    pytest.param(chatml("Schreib mir einen kurzen Brief an meine Vermieterin wegen der kaputten Heizung."),
                 "Sehr geehrte Frau Keller,\n\nseit Montag funktioniert die Heizung in meiner Wohnung nicht mehr. "
                 "Könnten Sie bitte diese Woche einen Handwerker schicken?\n\nDanke im Voraus und freundliche "
                 "Grüße\nJonas Weber", id="German, 'Danke im Voraus' in the letter asked for"),
    pytest.param(chatml("Rédige un petit mot pour demander à mon voisin de baisser la musique après 22 h."),
                 "Bonjour,\n\nJe me permets de vous demander de baisser un peu la musique après 22 h : les murs sont "
                 "fins et je me lève tôt pour le travail.\n\nMerci d'avance pour votre compréhension,\nCamille "
                 "(appartement 3B)", id="French, 'Merci d'avance' in the note asked for",
                 marks=xfail("page.boilerplate: 'un petit mot' asks for a note in French, which the sign-off "
                             "exception does not read, so 'Merci d'avance' is a forum sign-off")),
    pytest.param(chatml("Escribe un correo breve a mi profesor para pedirle una prórroga del trabajo final."),
                 "Estimado profesor Ruiz:\n\nLe escribo para pedirle una prórroga de una semana para el trabajo "
                 "final, ya que estuve enfermo la semana pasada y adjunto el justificante médico.\n\nGracias de "
                 "antemano por su comprensión.\n\nUn saludo,\nDaniel Ortega",
                 id="Spanish, 'Gracias de antemano' in the email asked for"),
    pytest.param(chatml("版权所有是什么意思？"),
                 "“版权所有”表示作品的著作权归作者或出版方所有，未经许可不得复制、转载或改编。",
                 id="Chinese, the phrase the user asks about"),
    pytest.param(chatml("「無断転載禁止」とはどういう意味ですか？"),
                 "「無断転載禁止」とは、許可なく文章や画像を他のサイトや本に載せてはいけない、という意味です。",
                 id="Japanese, the phrase the user asks about"),
    pytest.param(chatml("How do I type the © symbol on a Mac?"),
                 "Press Option + G. In most apps you can also open the Character Viewer with Control + Command + "
                 "Space and search for it.", id="the sign the user asks how to type",
                 marks=xfail("topic.trailing_gap: a 21-word answer on typing © names neither 'type', 'symbol' nor "
                             "'Mac'")),
    pytest.param(chatml("How do I type the © symbol on a Mac?"),
                 "On a Mac, press Option + G and the © symbol appears where the cursor is.",
                 id="the sign the user asks how to type, in the answer"),
    pytest.param(chatml("What do I have to keep when I copy MIT-licensed code into my project?"),
                 "Keep the notice at the top, for example \"Copyright (c) 2020 Jane Doe\", and the permission text "
                 "below it, in every copy; the rest of your project can use any terms you like.",
                 id="a copyright notice quoted under a licence question"),
    pytest.param(chatml("How do I clear cookies in Chrome?"),
                 "Open Chrome, click the three dots > Settings > Privacy and security > Delete browsing data, tick "
                 "\"Cookies and other site data\", and click Delete data.",
                 id="a question about browser cookies"),
]


@pytest.mark.parametrize("prompt, output", PAGE_REPLIES)
def test_replies_near_a_web_pages_chrome_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


PAGE_CHROME = [
    pytest.param(plain("How long should I boil an egg for a runny yolk?"),
                 " Six minutes in boiling water, then straight into cold water for a minute.\n\n© 2019 Sunny Side "
                 "Kitchen. All rights reserved.", id="an answer, then a copyright footer"),
    pytest.param(plain("What is the capital of Canada?"),
                 " Ottawa is the capital of Canada.\n\nThis site uses cookies to improve your browsing experience. "
                 "By continuing you accept our cookie policy.", id="an answer, then a cookie banner"),
    pytest.param(plain("How do I make lasagne?"),
                 " Home > Recipes > Pasta > Lasagne\n\nLayer the meat sauce, the pasta sheets and the béchamel three "
                 "times, top with cheese and bake for 45 minutes at 180 °C.", id="a breadcrumb before the answer"),
    pytest.param(plain("How do I add two numbers in Python?"),
                 " I tried sum(7) + sum(3) but it gives an error. What am I doing wrong?\n\nThanks in advance!",
                 id="the asker's post and its sign-off"),
    pytest.param(plain("Wie lange kocht man Spaghetti?"),
                 " Etwa acht bis zehn Minuten in viel Salzwasser, je nach Sorte.\n\nAlle Rechte vorbehalten. "
                 "Impressum | Datenschutz | Kontakt | AGB", id="German, an answer, then a footer"),
]


@pytest.mark.parametrize("prompt, output", PAGE_CHROME)
def test_a_web_pages_chrome_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "page.boilerplate" in drift_measures(verdict), verdict.explain()


# --- 3. A template section after an answer --------------------------------------------------------------------------

SECTION_REPLIES = [
    pytest.param(alpaca("Explain what a Python list comprehension is."),
                 "A list comprehension builds a new list from an iterable in one expression.\n\n### Example:\n\n"
                 "```python\nsquares = [n * n for n in range(5)]\n```\n\nThis gives [0, 1, 4, 9, 16].",
                 id="'### Example:' after the first sentence"),
    pytest.param(alpaca("Write a function that reverses a string in JavaScript."),
                 "```javascript\nfunction reverse(s) {\n  return s.split('').reverse().join('');\n}\n```\n\n"
                 "### Explanation:\nsplit('') turns the string into an array of characters, reverse() flips it and "
                 "join('') glues it back.", id="'### Explanation:' after the code"),
    pytest.param(alpaca("Solve for x: 3x + 5 = 20."),
                 "Subtract 5 from both sides and divide by 3.\n\n### Solution:\n3x = 15\nx = 5",
                 id="'### Solution:' after the first sentence"),
    pytest.param(alpaca("Give me tips for a job interview."),
                 "Preparation matters more than anything else.\n\n### Tips:\n- Research the company.\n- Prepare two "
                 "stories about problems you solved.\n- Bring questions of your own.",
                 id="'### Tips:' after the first sentence"),
    pytest.param(alpaca("Write a Python program that prints the first five square numbers, and show what it "
                        "prints."),
                 "### Code:\n```python\nfor n in range(1, 6):\n    print(n * n)\n```\n\n### Output:\n```\n1\n4\n9\n16\n"
                 "25\n```", id="'### Output:' heading the program's printout",
                 marks=xfail("prompt.format: a '### Output:' heading over the printout the request asks for is read "
                             "as the template's next field")),
    pytest.param(alpaca("Describe the input and the output of a function that sorts a list of numbers."),
                 "Such a function takes one argument and returns a new list.\n\n### Input:\nA list of integers or "
                 "floats, in any order, possibly empty.\n\n### Output:\nThe same numbers in ascending order.",
                 id="'### Input:' and '### Output:' describing a function",
                 marks=xfail("prompt.format, turns.other_speaker: '### Input:' and '### Output:' headings describing "
                             "a function asked about are read as a new example of the template")),
    pytest.param(alpaca("Give me a riddle with a hint, and the answer at the end."),
                 "I have keys but open no locks, I have space but no room, and you can enter but not go in. What am "
                 "I?\n\n### Hint:\nYou are probably touching one right now.\n\n### Answer:\nA keyboard.",
                 id="'### Hint:' in a riddle asked with a hint"),
    pytest.param(alpaca("Write one multiple-choice quiz question about the water cycle, with the answer."),
                 "Here is a question for a Year 6 class.\n\n### Question:\nWhat is it called when water vapour cools "
                 "and turns into droplets?\nA) Evaporation\nB) Condensation\nC) Precipitation\n\n### Answer:\nB) "
                 "Condensation", id="'### Question:' in a quiz question asked for"),
    pytest.param(alpaca("Give feedback on this thesis statement.", "Social media is bad for society."),
                 "It is clear, but too broad to argue in one essay.\n\n### Feedback:\nName which platforms, which "
                 "harm and for whom, e.g. \"Instagram's focus on appearance harms teenage girls' self-esteem.\"",
                 id="Alpaca with input, '### Feedback:' in the feedback asked for"),
    pytest.param(alpaca("Translate the sentence into Spanish and explain the grammar.", "I have been waiting for an "
                        "hour."),
                 "The present perfect continuous has no direct equivalent.\n\n### Translation:\nLlevo una hora "
                 "esperando.\n\n### Grammar:\n\"Llevar\" + time + gerund says how long something has gone on.",
                 id="Alpaca with input, '### Translation:' in the translation asked for",
                 marks=xfail("prompt.format: a '### Translation:' heading in the translation asked for is read as "
                             "the template's next field")),
    pytest.param(alpaca("Rate this CV summary out of 10 and say why.", "Hard-working team player with 5 years of "
                        "experience in sales."),
                 "It is generic: every CV says this.\n\n### Score:\n4/10\n\n### Why:\nNo numbers, no achievements "
                 "and no target role.", id="Alpaca with input, '### Score:' in the rating asked for",
                 marks=xfail("prompt.format: a '### Score:' heading in the rating asked for is read as the "
                             "template's next field")),
    pytest.param(alpaca("Write unit tests for a function add(a, b)."),
                 "Two cases cover the basics.\n\n### Test 1\nadd(2, 3)\n\n### Expected output:\n5\n\n### Test 2\n"
                 "add(-1, 1)\n\n### Expected output:\n0", id="'### Expected output:' in tests asked for",
                 marks=xfail("prompt.format: '### Expected output:' headings in the unit tests asked for are read as "
                             "the template's next field")),
    pytest.param(alpaca("Explain how a bill becomes a law in the UK."),
                 "A bill passes through both Houses of Parliament before Royal Assent.\n\n**Output:** an Act of "
                 "Parliament.\n\n## Steps:\n1. First and second reading.\n2. Committee and report stages.\n3. Third "
                 "reading, then the other House.\n4. Royal Assent.", id="a bold 'Output:' and '## Steps:'"),
    pytest.param(alpaca("Explain how photosynthesis works."),
                 "Plants turn light, water and carbon dioxide into sugar.\n\n### Output\nGlucose and oxygen.",
                 id="'### Output' without a colon"),
    pytest.param(alpaca("Summarize the text.", "The town council voted to close the old library and open a new one "
                        "in the shopping centre next spring."),
                 "### Response:\nThe council will replace the old library with a new one in the shopping centre next "
                 "spring.", id="the response header opening the output"),
    pytest.param(chatml("Write a Python program that prints 1 to 3 and show its output."),
                 "```python\nfor i in range(1, 4):\n    print(i)\n```\n\n### Output:\n```\n1\n2\n3\n```",
                 id="ChatML, '### Output:' under a prompt without '###' fields"),
    pytest.param("###指示: 日本の四季について簡単に説明してください。\n###返答:",
                 "日本には春・夏・秋・冬の四つの季節があります。\n\n### ポイント：\n春は桜、秋は紅葉が有名です。",
                 id="Japanese '###' fields, a '### ポイント：' heading"),
    pytest.param(alpaca("Write a haiku about autumn and note its syllables."),
                 "Red leaves drift and fall\nthe old pond holds the cold sky\na crow calls, then none\n\n###Note:\n"
                 "5, 7 and 5 syllables.", id="'###Note:' with no space, asked for"),
]


@pytest.mark.parametrize("prompt, output", SECTION_REPLIES)
def test_replies_with_headed_sections_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


SECTIONS_AGAIN = [
    pytest.param(alpaca("Solve for x: 3x + 5 = 20."),
                 "x = 5\n\n### Hint:\nSubtract 5 from both sides first.", id="'### Hint:' after the answer"),
    pytest.param(alpaca("Translate 'good morning' into German."),
                 "Guten Morgen.\n\n### Expected Output:\nGuten Morgen", id="'### Expected Output:' after the answer"),
    pytest.param(alpaca("Name the largest planet in the solar system."),
                 "Jupiter.\n\n### Input:\nName the smallest planet in the solar system.\n\n### Response:\nMercury.",
                 id="a new '### Input:' example after the answer"),
    pytest.param(alpaca("Classify the sentiment of the review.", "The food was cold and the waiter was rude."),
                 "Negative\n\n###Example:\nThe room was clean and quiet.", id="'###Example:' with no space"),
    pytest.param(alpaca("Write a sentence using the word 'resilient'."),
                 "After the storm, the resilient little town rebuilt every house within a year.\n\n### Evaluation:\n"
                 "The sentence uses the word correctly.", id="'### Evaluation:' after the answer"),
]


@pytest.mark.parametrize("prompt, output", SECTIONS_AGAIN)
def test_a_template_section_after_the_answer_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "prompt.format" in drift_measures(verdict), verdict.explain()


# --- 4. The instruction said again ----------------------------------------------------------------------------------

RANK = "Rank the following priorities by importance for a first-time home buyer:"
RANK_INPUT = "Garden size, Location, Commute, School district"
PARAGRAPH = ("The town council met on Tuesday and voted to close the old library on Mill Street. A new library will "
             "open in the shopping centre next spring, with longer opening hours and a children's reading room.")

INSTRUCTION_REPLIES = [
    pytest.param(alpaca(RANK, RANK_INPUT), "1. Location\n2. Commute\n3. School district\n4. Garden size",
                 id="the ranking alone"),
    pytest.param(alpaca(RANK, RANK_INPUT),
                 "Here is the ranking, most important first:\n1. Location\n2. Commute\n3. School district\n4. Garden "
                 "size", id="a lead-in of the reply's own, then the ranking"),
    pytest.param(alpaca(RANK, RANK_INPUT),
                 f"**{RANK}**\n\n1. Location\n2. Commute\n3. School district\n4. Garden size",
                 id="the instruction as a bold title, then the ranking"),
    pytest.param(alpaca("Summarize the following paragraph in one sentence.", PARAGRAPH),
                 "The council is replacing the Mill Street library with a bigger one in the shopping centre next "
                 "spring.", id="a one-sentence summary"),
    pytest.param(alpaca("What is the main idea of the paragraph?", PARAGRAPH),
                 "The main idea of the paragraph is that the town's library is moving to a new, better-equipped site.",
                 id="an answer going on from the instruction's words"),
    pytest.param(alpaca("List the countries mentioned in the text.", "Our coffee comes from farms in Kenya, Peru and "
                        "Vietnam, roasted in small batches in Leeds."),
                 "The countries mentioned in the text are Kenya, Peru and Vietnam.",
                 id="an answer reusing the instruction's words in its sentence",
                 marks=xfail("prompt.echo, reply.echo: 'The countries mentioned in the text are Kenya, Peru and "
                             "Vietnam.' copies 91% of its words from the instruction and the input")),
    pytest.param(alpaca("Translate the following sentence into French.", "The library opens at nine."),
                 "La bibliothèque ouvre à neuf heures.", id="a translation"),
    pytest.param(alpaca("Correct the grammar in the sentence.", "Me and him goes to the gym every days."),
                 "He and I go to the gym every day.", id="a corrected sentence"),
    pytest.param(alpaca("Classify the sentiment of the review as positive, negative or neutral.",
                        "The delivery was late and the box was crushed."), "Negative", id="a label"),
    pytest.param(alpaca("Rewrite the sentence in the passive voice.", "The chef prepared the meal."),
                 "The meal was prepared by the chef.", id="a passive rewrite"),
    pytest.param(alpaca("Extract the dates mentioned in the text.", "The workshop runs on 3 March 2024 and again on "
                        "15 April 2024, with registration closing a week before each."),
                 "- 3 March 2024\n- 15 April 2024", id="dates extracted"),
    pytest.param(alpaca("Explain the following error message.", "TypeError: 'NoneType' object is not subscriptable"),
                 "You are indexing something that is None, e.g. result[0] where result came from a function that "
                 "returned nothing. Check what the function returns before you index it.",
                 id="an explanation of the input",
                 marks=xfail("topic.trailing_gap: an explanation of a TypeError that never says 'error' or the "
                             "message's words is off topic")),
    pytest.param(alpaca("Übersetze den folgenden Satz ins Englische.", "Ich habe morgen einen Termin beim Zahnarzt."),
                 "I have a dentist appointment tomorrow.", id="German instruction, an English translation"),
    pytest.param(alpaca("Resume el siguiente texto en una frase.", "El ayuntamiento aprobó ayer un plan para plantar "
                        "dos mil árboles en los barrios del sur antes de que termine el año."),
                 "El ayuntamiento plantará dos mil árboles en los barrios del sur este año.",
                 id="Spanish instruction, a Spanish summary"),
    pytest.param(alpaca("Which of these animals is a mammal?", "shark, dolphin, trout, octopus"), "Dolphin.",
                 id="a pick from the input"),
    pytest.param(alpaca("Rank the following priorities by importance", RANK_INPUT),
                 "Rank the following priorities by importance, in my view: location first, then commute, school "
                 "district and garden size.", id="the instruction's words going on in one sentence"),
]


@pytest.mark.parametrize("prompt, output", INSTRUCTION_REPLIES)
def test_replies_under_an_instruction_with_an_input_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


INSTRUCTION_AGAIN = [
    pytest.param(alpaca(RANK, RANK_INPUT),
                 f"{RANK}\n1. Location\n2. Commute\n3. School district\n4. Garden size",
                 id="the instruction said again, then the ranking"),
    pytest.param(alpaca("Summarize the following paragraph in one sentence.", PARAGRAPH),
                 "Summarize the following paragraph in one sentence.", id="the instruction alone said again"),
    pytest.param(alpaca("Traduce la siguiente frase al inglés.", "Mañana vamos al cine con mis primos."),
                 "Traduce la siguiente frase al inglés.\nTomorrow we are going to the cinema with my cousins.",
                 id="Spanish, the instruction said again, then the translation"),
    pytest.param(alpaca("Extract the dates mentioned in the text.", "The workshop runs on 3 March 2024 and again on "
                        "15 April 2024."),
                 "Extract the dates mentioned in the text.\nThe workshop runs on 3 March 2024 and again on 15 April "
                 "2024.", id="the instruction and the input said again"),
]


@pytest.mark.parametrize("prompt, output", INSTRUCTION_AGAIN)
def test_the_instruction_said_again_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 5. One word asked for ------------------------------------------------------------------------------------------

ONE_WORD_REPLIES = [
    pytest.param(chatml("Give me a synonym for 'big'."), "Large.", id="a synonym"),
    pytest.param(inst("What's the opposite of 'happy'?"), "Unhappy.", id="an opposite of the given word's family"),
    pytest.param(llama2("What's the opposite of 'possible'?"), "Impossible", id="a prefixed opposite, no stop"),
    pytest.param(chatml("What's an antonym of 'generous'?"), "Stingy.", id="an antonym"),
    pytest.param(chatml("Give me a word that rhymes with 'light'."), "Night.", id="a rhyme"),
    pytest.param(llama3("What rhymes with 'cat'?"), "Hat!", id="a rhyme, exclaimed"),
    pytest.param(chatml("Give me a word that rhymes with 'day'."), "Today.",
                 id="a rhyme holding the given word"),
    pytest.param(chatml("What's a word that means 'very tired'?"), "Exhausted.", id="'a word that means'"),
    pytest.param(alpaca("Describe Paris in one word."), "Romantic.", id="Alpaca, 'in one word'"),
    pytest.param(chatml("Answer in one word: what is the largest ocean?"), "Pacific.",
                 id="'answer in one word:' and a question"),
    pytest.param(chatml("What is the chemical formula for water?"), "H2O", id="a formula"),
    pytest.param(chatml("What is the chemical formula for water?"), "H₂O", id="a formula with a subscript digit"),
    pytest.param(llama2("What's the formula for glucose?"), "C6H12O6", id="a long formula"),
    pytest.param(chatml("What's the chemical symbol for gold?"), "Au.", id="a symbol"),
    pytest.param(chatml("Is the opposite of 'hot' 'cold' or 'warm'?"), "Cold.", id="an opposite picked from options"),
    pytest.param(chatml("What's the opposite of 'up'? My son says 'down' but I'm not sure."), "Down.",
                 id="an opposite the asker already offered",
                 marks=xfail("prompt.echo: 'Down.' for an opposite the asker already offered ('My son says down') is "
                             "every word of the prompt's, an echo")),
    pytest.param(chatml("Donne-moi un synonyme de « content »."), "Heureux.", id="French synonym"),
    pytest.param(chatml("¿Cuál es el antónimo de «alto»?"), "Bajo.", id="Spanish antonym"),
    pytest.param(chatml("Was ist das Gegenteil von „schnell“?"), "Langsam.", id="German opposite"),
    pytest.param(chatml("「暑い」の反対語は何ですか？"), "寒い。", id="Japanese opposite"),
    pytest.param(chatml("“快乐”的近义词是什么？"), "高兴。", id="Chinese synonym"),
]


@pytest.mark.parametrize("prompt, output", ONE_WORD_REPLIES)
def test_one_word_asked_for_answers_without_drift(prompt, output):
    answers_without_drift(prompt, output)


GIVEN_WORD_BACK = [
    pytest.param(chatml("Give me a synonym for 'happy'."), "Happy.", id="the given word as its own synonym"),
    pytest.param(llama3("What's the opposite of 'generous'?"), "Generous.", id="the given word as its own opposite"),
    pytest.param(chatml("Give me a word that rhymes with 'cat'."), "Cat.", id="the given word as its own rhyme"),
    pytest.param(alpaca("Give me an antonym of 'ancient'."), "ancient", id="Alpaca, the given word in lower case"),
]


@pytest.mark.parametrize("prompt, output", GIVEN_WORD_BACK)
def test_the_given_word_said_back_is_still_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- 6. When a question is asked -------------------------------------------------------------------------------------

WHEN_REPLIES = [
    pytest.param(chatml("How are you today?"),
                 "I'm doing well, thanks for asking! Ready to help with whatever you're working on. How about you?",
                 id="small talk 'today'"),
    pytest.param(llama3("How are you doing tonight?"),
                 "Pretty good, thanks! It's been a quiet evening on my end. What's on your mind?",
                 id="small talk 'tonight'"),
    pytest.param(chatml("What day is today?"),
                 "I can't see a calendar or a clock, so I don't know the date where you are. The corner of your phone "
                 "or computer screen will show it.", id="'What day is today?' answered with what the replier cannot see",
                 marks=xfail("topic.trailing_gap: with 'today' no topic word, 'What day is today?' is held to 'day' "
                             "alone, which a reply about the date never says")),
    pytest.param(chatml("What's the weather like in Lisbon today?"),
                 "I can't check live weather, but Lisbon in May is usually sunny and around 22 °C; the IPMA website "
                 "will have today's forecast.", id="the weather in a city today"),
    pytest.param(chatml("What should I cook tonight?"),
                 "How about a quick stir-fry? Slice a chicken breast and a couple of peppers, fry them in a hot pan "
                 "with garlic and soy sauce, and serve it all over rice.",
                 id="'What should I cook tonight?' answered with a dish",
                 marks=xfail("topic.trailing_gap: with 'tonight' no topic word, 'What should I cook tonight?' is "
                             "held to 'cook' alone, which a stir-fry suggestion never says")),
    pytest.param(chatml("What's a good movie to watch tonight?"),
                 "If you want something light, try Paddington 2: it's warm, funny and cleverer than it looks. For a "
                 "thriller, Knives Out keeps you guessing until the end.", id="'tonight', two films named"),
    pytest.param(chatml("What time is it now in Tokyo?"),
                 "I can't read a live clock, but Tokyo is on Japan Standard Time, UTC+9, with no daylight saving: "
                 "nine hours ahead of London in winter.", id="'now' with a city"),
    pytest.param(chatml("What are people reading nowadays?"),
                 "Romantasy is huge, with Fourth Wing and A Court of Thorns and Roses everywhere, alongside cosy "
                 "mysteries like The Thursday Murder Club and big literary novels such as Intermezzo.",
                 id="'nowadays', titles listed",
                 marks=xfail("topic.trailing_gap: book titles for 'What are people reading nowadays?' name neither "
                             "'people' nor 'reading'")),
    pytest.param(chatml("I ate far too much yesterday. How do I get back on track?"),
                 "Just go back to your normal routine: drink water, eat a proper breakfast with some protein and "
                 "fibre, and take a walk. One big meal doesn't undo weeks of good habits.",
                 id="'yesterday' in the asker's story"),
    pytest.param(chatml("Is it going to rain tomorrow?"),
                 "I can't see forecasts, so check a weather app or your national weather service for your town; they "
                 "update several times a day.", id="'tomorrow' in a yes/no question",
                 marks=xfail("topic.trailing_gap: with 'tomorrow' no topic word, 'Is it going to rain tomorrow?' is "
                             "held to 'going' and 'rain', which a reply about forecasts never says")),
    pytest.param(chatml("Comment ça va aujourd'hui ?"),
                 "Ça va très bien, merci de demander ! Je suis prêt à t'aider avec ce que tu veux. Et toi, comment se "
                 "passe ta journée ?", id="French small talk 'aujourd'hui'"),
    pytest.param(chatml("Wie geht es dir heute?"),
                 "Mir geht's gut, danke der Nachfrage! Ich bin bereit, dir bei allem zu helfen. Und wie läuft dein "
                 "Tag bisher?", id="German small talk 'heute'"),
    pytest.param(chatml("¿Qué tal estás hoy?"),
                 "¡Muy bien, gracias por preguntar! Estoy listo para ayudarte con lo que necesites. ¿Y tú, qué tal tu "
                 "día?", id="Spanish small talk 'hoy'"),
    pytest.param(chatml("今日の調子はどう？"),
                 "元気ですよ、ありがとうございます！何かお手伝いできることはありますか？気軽に聞いてくださいね。",
                 id="Japanese small talk '今日'",
                 marks=xfail("topic.trailing_gap: '今日' stays a topic pair of a Japanese question (the when-words are "
                             "English), so small talk naming neither '今日' nor '調子' is off topic")),
    pytest.param(chatml("你今天怎么样？"), "我很好，谢谢关心！有什么我可以帮你的吗？随时告诉我就好。",
                 id="Chinese small talk '今天'"),
]


@pytest.mark.parametrize("prompt, output", WHEN_REPLIES)
def test_replies_to_questions_saying_when_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


RAMBLE = ("The quarterly report shows that sales in the northern region rose by four percent, driven mainly by new "
          "contracts with regional hospitals and schools. Operating costs went up as well, because fuel and "
          "shipping prices stayed high through the spring, and the board has asked every department to review its "
          "travel budget before the end of the financial year. Hiring will continue in the engineering team, where "
          "three new posts were approved last month, while the marketing team will share staff with the sales office "
          "in Manchester until the autumn campaign is over.")
RAMBLE2 = ("Shares in the largest carmakers fell sharply after two of them warned that profits would be lower than "
           "expected, blaming weaker demand in China and the cost of new battery factories. Bond yields edged down for "
           "the third week in a row as traders bet that the central bank would hold interest rates at its next "
           "meeting. The dollar slipped against the yen, gold was flat, and oil prices rose slightly on worries about "
           "supply from the Gulf. Trading volumes were thin ahead of the holiday, and futures pointed to a quiet open.")

WHEN_DRIFTS = [
    pytest.param(chatml("What's the weather like in Lisbon today?"), RAMBLE, id="the weather today, a company report"),
    pytest.param(chatml("What should I cook tonight?"),
                 "A risotto would be lovely. " + RAMBLE, id="'tonight', a dish then a company report"),
    pytest.param(chatml("How are you today?"), "I'm fine, thanks for asking! " + RAMBLE,
                 id="small talk, then a company report",
                 marks=xfail("missed: topic.trailing_gap: 'How are you today?' has no topic word left, so a company "
                             "report after 'I'm fine' is held to none")),
    pytest.param(plain("What's happening in Paris this weekend?"), " " + RAMBLE, id="raw prompt, a company report"),
]


@pytest.mark.parametrize("prompt, output", WHEN_DRIFTS)
def test_a_ramble_after_a_question_saying_when_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 7. Pieces: a fact, a riddle, a question ------------------------------------------------------------------------

PIECE_REPLIES = [
    pytest.param(chatml("Tell me a fun fact."),
                 "Octopuses have three hearts, and two of them stop beating while the animal swims, which is one "
                 "reason they prefer crawling.", id="a fun fact"),
    pytest.param(chatml("Tell me a fun fact about space."),
                 "A day on Venus is longer than its year: it takes 243 Earth days to spin once on its axis but only "
                 "225 to go round the Sun.", id="a fun fact about space that never says 'space'",
                 marks=xfail("topic.trailing_gap: a fact about Venus for 'a fun fact about space' never says 'space'")),
    pytest.param(chatml("Tell me a fun fact about space."),
                 "Space is completely silent: with no air to carry sound waves, even a huge explosion out there "
                 "would make no noise at all.", id="a fun fact naming space"),
    pytest.param(llama3("Tell me a random fact."),
                 "Honey never really spoils. Archaeologists have found pots of it in Egyptian tombs that were more "
                 "than 3,000 years old and still edible.", id="a random fact"),
    pytest.param(chatml("Tell me an interesting fact about Japan."),
                 "Japan has more than 6,800 islands, though most people live on the four largest: Honshu, Hokkaido, "
                 "Kyushu and Shikoku.", id="a fact about a country"),
    pytest.param(gemma("Tell me a fact I probably don't know."),
                 "Bananas are berries, botanically speaking, while strawberries are not: a berry grows from one "
                 "flower with one ovary, and strawberries grow from a flower with many.",
                 id="a fact the reader may not know"),
    pytest.param(chatml("Ask me a riddle."),
                 "What has keys but can't open a single lock? Take your time; I'll tell you the answer when you're "
                 "ready.", id="a riddle and an offer"),
    pytest.param(llama2("Ask me a riddle and don't tell me the answer."),
                 "I speak without a mouth and hear without ears. I have no body, but I come alive with the wind. What "
                 "am I?", id="a riddle, no answer",
                 marks=xfail("topic.trailing_gap: a riddle asked 'and don't tell me the answer' is held to 'answer', "
                             "which the riddle never says")),
    pytest.param(chatml("Ask me a trivia question about geography."),
                 "Which country has the most natural lakes in the world?", id="a trivia question alone"),
    pytest.param(chatml("Ask me a question to get to know me better."),
                 "If you could live anywhere in the world for a year, with money no object, where would you go and "
                 "what would you do there?", id="a getting-to-know-you question",
                 marks=xfail("topic.trailing_gap: a question asked 'to get to know me better' is held to 'better', "
                             "which the question never says")),
    pytest.param(llama3("Ask me three quiz questions about the solar system."),
                 "1. Which planet has the most moons?\n2. How long does light from the Sun take to reach Earth?\n"
                 "3. Which planet spins on its side?", id="three quiz questions"),
    pytest.param(chatml("Give me a question I could ask at the end of a job interview."),
                 "What would success look like in this role after the first six months?",
                 id="a question for an interview",
                 marks=xfail("topic.trailing_gap: an interview question for 'a question I could ask at the end of a "
                             "job interview' names neither 'job' nor 'interview'")),
    pytest.param(vicuna("Tell me a fun fact about cats."),
                 "Cats can't taste sweetness: they lack the gene for the sweet taste receptor, so that saucer of "
                 "cake means nothing to them.", id="Vicuna, a fact naming cats"),
    pytest.param(chatml("Tell me two fun facts about octopuses."),
                 "1. They have blue blood, because it carries oxygen with copper instead of iron.\n2. Each arm has "
                 "its own cluster of neurons and can react to touch on its own.",
                 id="two facts about octopuses that never say 'octopus'",
                 marks=xfail("topic.trailing_gap: two numbered facts that say 'They have blue blood' never say "
                             "'octopuses'")),
    pytest.param(chatml("Dis-moi un fait amusant."),
                 "Les flamants roses sont roses à cause des crevettes et des algues qu'ils mangent : nés gris, ils "
                 "prennent leur couleur avec leur nourriture.", id="French, a fun fact"),
    pytest.param(chatml("Cuéntame un dato curioso."),
                 "Los pulpos tienen tres corazones y sangre azul, porque su sangre transporta el oxígeno con cobre en "
                 "lugar de hierro.", id="Spanish, a fun fact"),
    pytest.param(chatml("なぞなぞを出して！"), "パンはパンでも、食べられないパンはなーんだ？",
                 id="Japanese, a riddle"),
]


@pytest.mark.parametrize("prompt, output", PIECE_REPLIES)
def test_facts_riddles_and_questions_asked_for_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


PIECE_DRIFTS = [
    pytest.param(plain("Tell me a fun fact."),
                 "\nTell me a fun fact about dogs.\nTell me a fun fact about cats.\nTell me a fun fact about birds.",
                 id="raw prompt, more requests"),
    pytest.param(chatml("Ask me a riddle."), "Ask me a riddle. " * 12, id="the request said again and again"),
    pytest.param(chatml("Tell me a fun fact about octopuses."), RAMBLE, id="a company report"),
    pytest.param(plain("Tell me a fact about the Moon."),
                 "\nWhat is the Moon made of?\nHow far away is the Moon?\nWhy does the Moon change shape?\nWho was the "
                 "first person on the Moon?", id="raw prompt, more questions of the asker's kind"),
]


@pytest.mark.parametrize("prompt, output", PIECE_DRIFTS)
def test_a_piece_asked_for_and_not_given_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 8. A conversion laid out anew ----------------------------------------------------------------------------------

PEOPLE_TABLE = "| Name | Age | City |\n|---|---|---|\n| Anna | 34 | Lisbon |\n| Marco | 28 | Turin |"
PEOPLE_CSV = "name,age,city\nAnna,34,Lisbon\nMarco,28,Turin"
SERVER_JSON = '{"server": {"host": "localhost", "port": 8080, "debug": true}}'

CONVERSION_REPLIES = [
    pytest.param(chatml(f"Convert this table to CSV:\n\n{PEOPLE_TABLE}"), "Name,Age,City\nAnna,34,Lisbon\nMarco,28,Turin",
                 id="a markdown table to CSV"),
    pytest.param(chatml(f"Convert this table to CSV:\n\n{PEOPLE_TABLE}"),
                 "```csv\nName,Age,City\nAnna,34,Lisbon\nMarco,28,Turin\n```", id="a markdown table to fenced CSV"),
    pytest.param(llama3(f"Turn this markdown table into JSON:\n\n{PEOPLE_TABLE}"),
                 '[\n  {"Name": "Anna", "Age": 34, "City": "Lisbon"},\n  {"Name": "Marco", "Age": 28, "City": '
                 '"Turin"}\n]', id="a markdown table to JSON"),
    pytest.param(chatml(f"Make this CSV into a markdown table:\n\n{PEOPLE_CSV}"),
                 "| name | age | city |\n|---|---|---|\n| Anna | 34 | Lisbon |\n| Marco | 28 | Turin |",
                 id="CSV to a markdown table"),
    pytest.param(chatml(f"Convert this JSON to YAML:\n\n{SERVER_JSON}"),
                 "server:\n  host: localhost\n  port: 8080\n  debug: true", id="JSON to YAML"),
    pytest.param(alpaca("Convert the YAML to JSON.", "server:\n  host: localhost\n  port: 8080\n  debug: true"),
                 SERVER_JSON, id="Alpaca with input, YAML to JSON"),
    pytest.param(chatml(f"Convert this to TOML:\n\n{SERVER_JSON}"),
                 "[server]\nhost = \"localhost\"\nport = 8080\ndebug = true", id="JSON to TOML"),
    pytest.param(chatml("Convert this XML to JSON:\n\n<book><title>Dune</title><author>Frank Herbert</author>"
                        "<year>1965</year></book>"),
                 '{"book": {"title": "Dune", "author": "Frank Herbert", "year": 1965}}', id="XML to JSON"),
    pytest.param(chatml("Return this contact as JSON: Maria Lopez, phone 555-0142, lives in Austin, Texas."),
                 '{"name": "Maria Lopez", "phone": "555-0142", "city": "Austin", "state": "Texas"}',
                 id="a contact in a sentence as JSON"),
    pytest.param(chatml("Reformat this as bullet points: buy milk, call the bank, book the dentist, pay the rent."),
                 "- Buy milk\n- Call the bank\n- Book the dentist\n- Pay the rent", id="a comma list as bullet points"),
    pytest.param(chatml("Turn this into a numbered list: eggs, flour, sugar, butter, vanilla."),
                 "1. Eggs\n2. Flour\n3. Sugar\n4. Butter\n5. Vanilla", id="a comma list as a numbered list"),
    pytest.param(chatml("Convert this markdown to HTML:\n\n# Opening hours\nWe are open **Monday to Friday**, 9 to 5."),
                 "<h1>Opening hours</h1>\n<p>We are open <strong>Monday to Friday</strong>, 9 to 5.</p>",
                 id="markdown to HTML"),
    pytest.param(chatml("Reformat these dates as ISO 8601: 3 May 2024, 14 June 2024, 1 July 2024."),
                 "2024-05-03\n2024-06-14\n2024-07-01", id="dates reformatted"),
    pytest.param(chatml("Convert this list into a table with columns Item and Price: coffee £2.50, croissant £1.80, "
                        "orange juice £2.20"),
                 "| Item | Price |\n|---|---|\n| Coffee | £2.50 |\n| Croissant | £1.80 |\n| Orange juice | £2.20 |",
                 id="a list into a table with its own header"),
    pytest.param(chatml("Wandle diese Tabelle in CSV um:\n\n| Stadt | Einwohner |\n|---|---|\n| Berlin | 3.755.251 |\n"
                        "| Hamburg | 1.892.122 |\n| München | 1.512.491 |"),
                 "Stadt;Einwohner\nBerlin;3.755.251\nHamburg;1.892.122\nMünchen;1.512.491",
                 id="German, a table to CSV with semicolons"),
    pytest.param(chatml("Convierte esta lista a JSON: nombre Lucía, edad 29, ciudad Sevilla, profesión enfermera."),
                 '{"nombre": "Lucía", "edad": 29, "ciudad": "Sevilla", "profesión": "enfermera"}',
                 id="Spanish, a list to JSON"),
    pytest.param(chatml("请把下面的内容转换成JSON：\n姓名：张伟\n年龄：30\n城市：北京"),
                 '{"姓名": "张伟", "年龄": 30, "城市": "北京"}', id="Chinese, fields to JSON"),
    pytest.param(chatml("以下をJSON形式に変換してください。\n名前：佐藤花子\n年齢：41\n趣味：登山"),
                 '{"名前": "佐藤花子", "年齢": 41, "趣味": "登山"}', id="Japanese, fields to JSON",
                 marks=xfail("prompt.echo, reply.echo: 'JSON形式に変換' has no word boundary around 'JSON', so the "
                             "request names no format and the fields as JSON are an echo")),
]


@pytest.mark.parametrize("prompt, output", CONVERSION_REPLIES)
def test_conversions_asked_for_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


CONVERSION_ECHOES = [
    pytest.param(chatml(f"Convert this JSON to YAML:\n\n{SERVER_JSON}"), SERVER_JSON, id="JSON to YAML, the JSON back"),
    pytest.param(chatml(f"Convert this table to CSV:\n\n{PEOPLE_TABLE}"), PEOPLE_TABLE, id="a table to CSV, the table back"),
    pytest.param(alpaca("Convert the CSV to a markdown table.", PEOPLE_CSV), PEOPLE_CSV,
                 id="Alpaca with input, the CSV back"),
]


@pytest.mark.parametrize("prompt, output", CONVERSION_ECHOES)
def test_a_conversion_answered_with_its_input_said_back_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


# --- 9. The replier's offer of help ---------------------------------------------------------------------------------

OFFER_REPLIES = [
    pytest.param(chatml("Hi"), "Hi! How can I help you today?", id="'How can I help you today?'"),
    pytest.param(llama3("Hello there"), "Hello! What can I do for you?", id="'What can I do for you?'"),
    pytest.param(chatml("Good morning!"), "Good morning! Is there anything I can help you with?",
                 id="'Is there anything I can help you with?'"),
    pytest.param(llama2("hey"), "Hey! What's up? How can I help?", id="two questions, 'How can I help?'"),
    pytest.param(chatml("Hi, are you there?"), "Yes, I'm here! How may I assist you?", id="'How may I assist you?'"),
    pytest.param(chatml("Thanks, that worked!"), "Great to hear! Anything else I can help with?",
                 id="an exclamation, then 'Anything else I can help with?'"),
    pytest.param(chatml("Thanks, that worked!"), "Anything else I can help with?",
                 id="'Anything else I can help with?' alone"),
    pytest.param(chatml("Hello"), "Hello! How can I be of help today?", id="'How can I be of help today?'"),
    pytest.param(gemma("Hi"), "Hey! How can we help you today?", id="'How can we help you today?'"),
    pytest.param(chatml("Hi"), "Hi there! What would you like to talk about?", id="'What would you like to talk about?'"),
    pytest.param(vicuna("Can you help me?"), "Of course I can. What can I help you with?",
                 id="Vicuna, 'What can I help you with?'"),
    pytest.param(chatml("I have a question."), "Sure, go ahead! What would you like to know?",
                 id="'What would you like to know?'"),
    pytest.param(chatml("Hi"), "Hi! How can I help you today? Do you have a question, or would you like to chat?",
                 id="an offer and a choice"),  # a remark: a reaction need not say its words
    pytest.param(chatml("Hola"), "¡Hola! ¿En qué puedo ayudarte hoy?", id="Spanish offer"),
    pytest.param(chatml("Bonjour"), "Bonjour ! Comment puis-je vous aider aujourd'hui ?", id="French offer"),
    pytest.param(chatml("Hallo"), "Hallo! Wie kann ich dir heute helfen?", id="German offer"),
    pytest.param(chatml("こんにちは"), "こんにちは！今日はどのようなご用件でしょうか？", id="Japanese offer",
                 marks=xfail("prompt.question_again: the greeting 'こんにちは' said back is five characters, read as the "
                             "whole question said again")),
    pytest.param(chatml("你好"), "你好！有什么我可以帮你的吗？", id="Chinese offer"),
]


@pytest.mark.parametrize("prompt, output", OFFER_REPLIES)
def test_an_offer_of_help_answers_without_drift(prompt, output):
    answers_without_drift(prompt, output)


ASKERS_QUESTIONS = [
    pytest.param(chatml("How do I get my cat to eat more?"),
                 "How can I help my cat eat more? What food do cats like best? Should I warm the food?",
                 id="asker's questions, the first 'How can I help my cat'"),
    pytest.param(llama3("What is a good laptop for students?"),
                 "What laptop should I buy for college? Is a MacBook worth it? How much RAM do I need?",
                 id="three questions in the asker's voice"),
    pytest.param(chatml("What's the capital of Peru?"),
                 "What's the capital of Chile? What's the capital of Bolivia? What's the capital of Ecuador?",
                 id="three more questions of the asker's kind"),
    pytest.param(chatml("Can you help me plan a birthday party?"),
                 "Can I assist my sister with the cake? Where can I find cheap decorations? How many people should I "
                 "invite?", id="asker's questions, the first 'Can I assist my sister'"),
    pytest.param(chatml("What's a good gift for my mum's 60th?"),
                 "Could I help her choose one herself? What does she enjoy?",
                 id="two asker's questions, the first 'Could I help her'"),
]


@pytest.mark.parametrize("prompt, output", ASKERS_QUESTIONS)
def test_questions_in_the_askers_voice_are_still_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- 10. A follow-up read with the model's earlier turns ------------------------------------------------------------

RAINY = ("Give me two ideas for a rainy afternoon with kids.",
         "1. Bake cookies together and let them decorate them.\n2. Build a blanket fort in the living room and read "
         "stories inside it with a torch.")
ROME = ("Plan a three-day trip to Rome.",
        "Day 1: the Colosseum, the Roman Forum and the Palatine Hill.\nDay 2: the Vatican Museums, the Sistine Chapel "
        "and St Peter's Basilica.\nDay 3: the Borghese Gallery, then the Pantheon and Trastevere in the evening.")
APRIL = ("What's the weather like there in April?",
         "Mild and mostly dry: around 19 °C in the afternoon and 9 °C at night, with the odd shower.")
POTHOS = ("What's a good beginner houseplant?",
          "A pothos: it tolerates low light and irregular watering, and its trailing vines grow quickly.")
HAMLET = ("Summarise the plot of Hamlet in two sentences.",
          "Prince Hamlet learns from his father's ghost that his uncle Claudius murdered the king, and he plots "
          "revenge while feigning madness. His delay leads to the deaths of Polonius, Ophelia, Gertrude, Laertes, "
          "Claudius and finally Hamlet himself.")
NOVEL = ("Recommend a science fiction novel for a long flight.",
         "Try The Left Hand of Darkness by Ursula K. Le Guin: an envoy visits a frozen planet whose people have no "
         "fixed sex.")
VOLCANO = ("Why do volcanoes erupt?",
           "Magma is lighter than the rock around it, so it rises and collects in a chamber. When the pressure of gas "
           "dissolved in the magma becomes greater than the strength of the rock above, the magma forces its way to "
           "the surface and erupts.")

FOLLOW_UP_REPLIES = [
    pytest.param(chatml("Tell me more about the second one.", [RAINY]),
                 "Drape blankets and sheets over chairs and the sofa, weigh the edges down with books, and fill the "
                 "inside with cushions. Give each child a torch and a pile of picture books, and let them decide who "
                 "is allowed in.", id="ChatML, the second idea of the model's list"),
    pytest.param(llama2("Who wrote it again, and when did it come out?", [NOVEL]),
                 "Ursula K. Le Guin wrote it; it came out in 1969 and won both the Hugo and the Nebula awards the "
                 "following year.", id="Llama-2, the model's earlier recommendation"),
    pytest.param(llama3("Is it safe for cats?", [POTHOS]),
                 "No, pothos is mildly toxic to pets: chewing the leaves can irritate the mouth and cause drooling or "
                 "vomiting, so keep it on a high shelf or in a hanging basket.",
                 id="Llama-3, 'Is it safe for cats?' answered about pets and pothos"),
    pytest.param(gemma("Now explain the ending.", [HAMLET]),
                 "In the final duel Laertes wounds Hamlet with a poisoned blade, Gertrude drinks the poisoned wine "
                 "meant for her son, and Hamlet kills Claudius before he dies. Fortinbras arrives to find the Danish "
                 "royal family dead and takes the throne.", id="Gemma, 'the ending' of the model's summary"),
    pytest.param(vicuna("Which of those needs tickets booked ahead?", [ROME]),
                 "The Vatican Museums and the Borghese Gallery: the Borghese only lets people in by timed slot, and "
                 "the Vatican queues without a booking can take two hours.", id="Vicuna, the model's itinerary"),
    pytest.param(chatml("Which place on the first day should I see early in the morning?", [ROME, APRIL]),
                 "The Colosseum: book the first entry slot at 8:30, before the tour groups arrive, and walk over to "
                 "the Forum and the Palatine Hill afterwards.", id="ChatML, about the model's turn two turns back"),
    pytest.param(llama3("And how much does the second day cost, roughly?", [ROME, APRIL]),
                 "The Vatican Museums cost about 20 euros (the Sistine Chapel is included), and St Peter's Basilica "
                 "is free, though the dome climb is around 10 euros.", id="Llama-3, the second day two turns back"),
    pytest.param(chatml("Can you explain that like I'm five?", [VOLCANO]),
                 "Deep underground there is melted rock full of bubbles, like a shaken fizzy drink. When too many "
                 "bubbles push up, the rock on top can't hold them in any more, and whoosh, it all comes out of the "
                 "mountain.", id="ChatML, a simpler explanation of the model's answer"),
    pytest.param(chatml("Can you make that shorter?", [VOLCANO]),
                 "Magma rises because it is lighter than the rock around it. When its gas pressure becomes greater "
                 "than the strength of the rock above, it erupts.", id="ChatML, the model's answer shortened in its words"),
    pytest.param(llama2("Put that in bullet points.", [VOLCANO]),
                 "- Magma is lighter than the rock around it, so it rises.\n- It collects in a chamber.\n- Gas "
                 "dissolved in the magma builds up pressure.\n- When the pressure beats the strength of the rock "
                 "above, the magma erupts.", id="Llama-2, the model's answer as bullet points",
                 marks=xfail("prompt.echo, reply.echo: the model's own earlier answer laid out as bullet points "
                             "copies 84% of its words from that turn, an echo ('bullet points' is no format the "
                             "reading knows)")),
    pytest.param(chatml("Now translate it into Spanish.", [VOLCANO]),
                 "El magma es más ligero que la roca que lo rodea, así que sube y se acumula en una cámara. Cuando la "
                 "presión del gas disuelto supera la resistencia de la roca, el magma sale a la superficie.",
                 id="ChatML, the model's answer translated"),
    pytest.param(chatml("Peux-tu m'en dire plus sur la deuxième idée ?",
                        [("Donne-moi deux idées pour un après-midi pluvieux avec des enfants.",
                          "1. Faire des cookies ensemble.\n2. Construire une cabane avec des couvertures dans le "
                          "salon.")]),
                 "Pose des draps sur des chaises et le canapé, coince les bords avec des livres et remplis l'intérieur "
                 "de coussins. Donne une lampe de poche à chaque enfant pour lire des histoires dans la cabane.",
                 id="French, the second idea of the model's list"),
    pytest.param(chatml("二つ目について、もう少し詳しく教えてください。",
                        [("雨の日に子どもと家でできる遊びを二つ教えてください。",
                          "1. 一緒にクッキーを焼く。\n2. 毛布でリビングに秘密基地を作る。")]),
                 "椅子やソファに毛布をかけて、端を本で押さえます。中にクッションを敷いて懐中電灯を持ち込めば、"
                 "秘密基地の中で絵本を読んだりおやつを食べたりできます。", id="Japanese, the second idea of the model's list"),
    pytest.param(llama3("What about watering?", [POTHOS]),
                 "Let the top few centimetres of soil dry out between drinks, usually every one to two weeks; the "
                 "leaves droop a little when it's thirsty and perk up within hours.",
                 id="Llama-3, a follow-up whose own word the reply words differently",
                 marks=xfail("topic.trailing_gap: 'What about watering?' answered about drinks and soil never says "
                             "'watering' nor a word of the earlier turns")),
]


@pytest.mark.parametrize("prompt, output", FOLLOW_UP_REPLIES)
def test_follow_ups_answered_from_earlier_turns_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


FOLLOW_UP_DRIFTS = [
    pytest.param(chatml("Tell me more about the second one.", [RAINY]), RAMBLE, id="ChatML, a company report"),
    pytest.param(llama3("Which of those needs tickets booked ahead?", [ROME, APRIL]), RAMBLE,
                 id="Llama-3, a company report after two turns",
                 marks=xfail("missed: topic.trailing_gap: the model's itinerary brings 'St' and 'three' into the "
                             "topic, and a company report saying 'first', 'costs' and 'three' names them")),
    pytest.param(llama2("Who wrote it again?", [NOVEL]),
                 "Ursula K. Le Guin. [INST] Recommend another one for a train journey. [/INST] Try Dune by Frank "
                 "Herbert.", id="Llama-2, the answer then the user's next turn"),
    pytest.param(chatml("Can you make that shorter?", [VOLCANO]), VOLCANO[1] + "\n\n" + VOLCANO[1] + "\n\n" + VOLCANO[1],
                 id="ChatML, the model's earlier answer said again and again"),
]


@pytest.mark.parametrize("prompt, output", FOLLOW_UP_DRIFTS)
def test_a_follow_up_answered_off_every_turn_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 11. An announced output ----------------------------------------------------------------------------------------

SHAKSHUKA_BODY = (
    "Ingredients\n- 2 tablespoons olive oil\n- 1 onion, diced\n- 1 red pepper, sliced\n- 3 garlic cloves, crushed\n"
    "- 1 teaspoon ground cumin\n- 1 teaspoon smoked paprika\n- 2 tins chopped tomatoes\n- 6 eggs\n- Salt, black "
    "pepper, fresh parsley and crumbled feta\n\nMethod\n1. Warm the oil in a wide pan over medium heat and soften the "
    "onion and pepper for about eight minutes.\n2. Add the garlic and spices and stir for a minute until fragrant.\n"
    "3. Pour in the tomatoes, season, and simmer for ten to fifteen minutes, until thick enough to hold a groove when "
    "you drag a spoon through it.\n4. Make six small wells with the back of the spoon and crack an egg into each.\n"
    "5. Cover and cook on low heat for five to eight minutes, until the whites are set but the yolks still wobble.\n"
    "6. Scatter over the parsley and feta and bring the pan straight to the table with warm bread for dipping."
)
LISBON_BODY = (
    "Saturday\n- Morning: take tram 28 up to the castle of São Jorge for the views over the river.\n- Lunch: grilled "
    "sardines and a glass of vinho verde at a small tasca in Alfama.\n- Afternoon: wander down through the lanes to "
    "the cathedral and the Baixa, then have coffee in the Praça do Comércio.\n- Evening: dinner in Bairro Alto and a "
    "fado show if you can get a table.\n\nSunday\n- Morning: catch the train to Belém for the monastery, the tower "
    "and the famous custard tarts, eaten warm with cinnamon.\n- Afternoon: the MAAT museum and a walk along the "
    "waterfront.\n- Evening: watch the sunset from the Miradouro de Santa Catarina before heading to the airport."
)
RATATOUILLE_BODY = (
    "Ingrédients\n- 2 aubergines\n- 3 courgettes\n- 2 poivrons rouges\n- 1 oignon\n- 4 tomates bien mûres\n"
    "- 3 gousses d'ail\n- huile d'olive, thym, laurier, sel et poivre\n\nPréparation\n1. Coupez tous les légumes en "
    "cubes de taille à peu près égale.\n2. Faites revenir l'oignon dans l'huile d'olive, puis ajoutez les poivrons "
    "pendant cinq minutes.\n3. Ajoutez les aubergines et les courgettes, et laissez dorer doucement en remuant de "
    "temps en temps.\n4. Incorporez les tomates, l'ail écrasé, le thym et le laurier.\n5. Couvrez et laissez mijoter "
    "quarante minutes à feu doux, en remuant de temps en temps.\n6. Goûtez, rectifiez l'assaisonnement et servez "
    "chaud ou froid, avec du riz ou du pain grillé."
)
PAELLA_BODY = (
    "Ingredientes\n- 400 g de arroz bomba\n- 1 pollo troceado\n- 200 g de judías verdes\n- 1 tomate rallado\n"
    "- 1 pimiento rojo\n- unas hebras de azafrán\n- 1,2 litros de caldo\n- aceite de oliva y sal\n\nPreparación\n"
    "1. Dora el pollo en la sartén con aceite y sal a fuego medio.\n2. Añade las judías y el pimiento y sofríe cinco "
    "minutos.\n3. Incorpora el tomate rallado y cocina hasta que pierda el agua.\n4. Vierte el caldo caliente con el "
    "azafrán y deja hervir diez minutos.\n5. Reparte el arroz en forma de cruz, extiéndelo y no lo remuevas más.\n"
    "6. Cocina dieciocho minutos, deja que se forme el socarrat al final y reposa cinco minutos tapado con un paño."
)
STRUDEL_BODY = (
    "Zutaten\n- 1 Packung Strudelteig\n- 1 kg säuerliche Äpfel\n- 80 g Zucker\n- 1 TL Zimt\n- 50 g Rosinen\n"
    "- 60 g Semmelbrösel\n- 80 g Butter\n\nZubereitung\n1. Die Äpfel schälen, vierteln und in dünne Scheiben "
    "schneiden.\n2. Mit Zucker, Zimt und Rosinen mischen und kurz ziehen lassen.\n3. Die Semmelbrösel in der Hälfte "
    "der Butter goldbraun rösten.\n4. Den Teig auf einem bemehlten Tuch ausbreiten, mit Butter bestreichen und die "
    "Brösel darauf verteilen.\n5. Die Füllung auf das untere Drittel geben, den Teig mithilfe des Tuchs aufrollen "
    "und auf ein Blech legen.\n6. Bei 190 Grad etwa 35 Minuten backen, bis er goldbraun ist, und lauwarm mit "
    "Puderzucker servieren."
)
NIKUJAGA_BODY = (
    "材料\n・牛薄切り肉 200g\n・じゃがいも 3個\n・玉ねぎ 1個\n・にんじん 1本\n・しらたき 1袋\n・だし 300ml\n"
    "・砂糖、みりん、醤油 各大さじ3\n\n作り方\n1. じゃがいもは大きめに切り、水にさらします。\n"
    "2. 玉ねぎはくし切り、にんじんは乱切りにします。\n3. 鍋に油を熱し、牛肉を炒めて色が変わったら野菜を加えます。\n"
    "4. だしと砂糖、みりんを入れて、落としぶたをして十分煮ます。\n5. 醤油を加え、さらに十五分、汁気が少なくなるまで煮ます。\n"
    "6. 火を止めてしばらく置くと、味がよくしみておいしくなります。"
)

ANNOUNCED_REPLIES = [
    pytest.param(chatml("Give me a recipe for shakshuka."),
                 f"Here's a classic shakshuka that serves four.\n\n{SHAKSHUKA_BODY}",
                 id="'Here's a ...' on the first line, then a long method"),
    pytest.param(chatml("Give me a recipe for shakshuka."),
                 f"Sure! Here's a classic shakshuka that serves four.\n\n{SHAKSHUKA_BODY}",
                 id="'Sure! Here's a ...' on the first line"),
    pytest.param(chatml("Give me a recipe for shakshuka."),
                 f"Sure!\n\nHere's a classic shakshuka that serves four.\n\n{SHAKSHUKA_BODY}",
                 id="'Here's a ...' on the second line, after 'Sure!'"),
    pytest.param(llama3("Give me a recipe for shakshuka."),
                 f"Okay, here's a classic shakshuka that serves four.\n\n{SHAKSHUKA_BODY}",
                 id="'Okay, here's a ...' in one sentence"),
    pytest.param(chatml("Give me a recipe for shakshuka."), f"# Shakshuka for four\n\n{SHAKSHUKA_BODY}",
                 id="a markdown title"),
    pytest.param(llama2("Give me a recipe for shakshuka."),
                 f"Below is a classic shakshuka that serves four.\n\n{SHAKSHUKA_BODY}", id="'Below is a ...'"),
    pytest.param(chatml("Give me a recipe for shakshuka."), f"Here is a shakshuka recipe:\n\n{SHAKSHUKA_BODY}",
                 id="an announcing line ending in a colon"),
    pytest.param(chatml("Plan a weekend in Lisbon for me."), f"**A weekend in Lisbon**\n\n{LISBON_BODY}",
                 id="a bold title, then an itinerary"),
    pytest.param(gemma("Plan a weekend in Lisbon for me."),
                 f"Here's a relaxed weekend in Lisbon, with time for food and views.\n\n{LISBON_BODY}",
                 id="Gemma, an announcing sentence with more on its line"),
    pytest.param(chatml("Plan a weekend in Lisbon for me."),
                 f"Lisbon is perfect for a weekend, and here is how I would spend it.\n\n{LISBON_BODY}",
                 id="a plain first sentence naming it, then an itinerary",
                 marks=xfail("topic.trailing_gap: 'Lisbon is perfect for a weekend, and here is how I would spend "
                             "it.' announces the itinerary in a plain sentence, which slides off topic")),
    pytest.param(chatml("Donne-moi une recette de ratatouille."),
                 f"Voici une ratatouille traditionnelle pour quatre personnes.\n\n{RATATOUILLE_BODY}",
                 id="French, 'Voici une ...'"),
    pytest.param(chatml("Donne-moi une recette de ratatouille."),
                 f"# Ratatouille pour quatre personnes\n\n{RATATOUILLE_BODY}", id="French, a markdown title"),
    pytest.param(chatml("Dame una receta de paella valenciana."),
                 f"Aquí tienes una paella valenciana para seis personas.\n\n{PAELLA_BODY}",
                 id="Spanish, 'Aquí tienes una ...'"),
    pytest.param(chatml("Gib mir ein Rezept für Apfelstrudel."), f"**Apfelstrudel nach Omas Art**\n\n{STRUDEL_BODY}",
                 id="German, a bold title"),
    pytest.param(chatml("Gib mir ein Rezept für Apfelstrudel."),
                 f"Hier ist ein klassischer Apfelstrudel für acht Stücke.\n\n{STRUDEL_BODY}",
                 id="German, 'Hier ist ein ...'"),
    pytest.param(chatml("肉じゃがのレシピを教えてください。"), f"# 肉じゃが（4人分）\n\n{NIKUJAGA_BODY}",
                 id="Japanese, a markdown title"),
    pytest.param(chatml("肉じゃがのレシピを教えてください。"), f"肉じゃがの作り方を紹介します。\n\n{NIKUJAGA_BODY}",
                 id="Japanese, an announcing sentence"),
]


@pytest.mark.parametrize("prompt, output", ANNOUNCED_REPLIES)
def test_announced_outputs_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


ANNOUNCED_DRIFTS = [
    pytest.param(chatml("Give me a recipe for shakshuka."),
                 "Shakshuka is eggs poached in a spiced tomato sauce.\n\n" + RAMBLE + "\n\n" + RAMBLE2,
                 id="a plain first sentence, then a company report"),
    pytest.param(chatml("Plan a weekend in Lisbon for me."),
                 "Lisbon is a lovely city for a weekend.\n\n" + RAMBLE + "\n\n" + RAMBLE2,
                 id="a plain sentence naming the city, then a company report"),
    pytest.param(chatml("Give me a recipe for shakshuka."),
                 "Here's a classic shakshuka that serves four.\n\n" + SHAKSHUKA_BODY + "\n\n" + RAMBLE + "\n\n" + RAMBLE2,
                 id="an announced recipe, then a company report",
                 marks=xfail("missed: topic.trailing_gap: after an announcing first line the whole output is what it "
                             "names, so two paragraphs of company news after the recipe are on topic")),
    pytest.param(chatml("Give me a recipe for shakshuka."), "# Shakshuka for four\n\n" + RAMBLE + "\n\n" + RAMBLE2,
                 id="a title, then only a company report",
                 marks=xfail("missed: topic.trailing_gap: a markdown title naming the dish makes two paragraphs of "
                             "company news under it what it names, on topic and an answer")),
]


@pytest.mark.parametrize("prompt, output", ANNOUNCED_DRIFTS)
def test_a_slide_after_a_first_line_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 12. A short yes or no, a pronoun opening -----------------------------------------------------------------------

YES_NO_REPLIES = [
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Yes. Cool it quickly, put it in an airtight container and use it within a month.", id="'Yes.'"),
    pytest.param(chatml("Does honey ever go bad?"),
                 "No, it doesn't. Its low moisture and high acidity keep bacteria out, so a sealed jar can last for "
                 "decades; it may crystallise, but that's harmless and a warm water bath fixes it.",
                 id="'No, it doesn't.', about thirty words"),
    pytest.param(llama3("Is Pluto still considered a planet?"),
                 "No, it isn't. Since 2006 astronomers have classed it as a dwarf body, because it hasn't cleared the "
                 "neighbourhood around its orbit of other objects of similar size.",
                 id="'No, it isn't.', about thirty words"),
    pytest.param(chatml("Is it safe to leave my laptop plugged in all the time?"),
                 "Yes, modern ones stop charging when the battery is full, so it won't overcharge. Heat is the real "
                 "enemy, so keep the vents clear.", id="'Yes, modern ones ...'"),
    pytest.param(llama2("Should I rinse raw chicken before cooking it?"),
                 "No. Rinsing splashes bacteria around your sink and worktop, and cooking it to 75 °C kills them "
                 "anyway.", id="'No.' with a reason about 'it'"),
    pytest.param(chatml("Can dogs eat grapes?"),
                 "No, never: even a few can cause sudden kidney failure in some of them, and vets don't know why. Call "
                 "your vet at once if it happens.", id="'No, never:'"),
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Yep, just cool it quickly, bag it flat and use it within a month.", id="'Yep,'"),
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Yeah, that's fine. Cool it fast, bag it flat and use it within a month.", id="'Yeah,'"),
    pytest.param(chatml("Does honey ever go bad?"),
                 "Nope. Its low moisture and acidity keep bacteria out, so a sealed jar lasts for decades.",
                 id="'Nope.'"),
    pytest.param(chatml("Does honey ever go bad?"),
                 "Not really. Its low moisture and acidity keep bacteria out, so a sealed jar lasts for decades.",
                 id="'Not really.'"),
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Absolutely. Cool it quickly, put it in an airtight container and use it within a month.",
                 id="'Absolutely.'"),
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Of course! Cool it quickly, put it in an airtight container and use it within a month.",
                 id="'Of course!'"),
    pytest.param(chatml("Is it normal for my cat to knead blankets?"),
                 "It's something most cats do when they're relaxed: a habit left over from kittenhood, when they "
                 "kneaded to get milk flowing.", id="'It's something ...'"),
    pytest.param(chatml("Why does my kitten knead blankets?"),
                 "It's something young ones do when they feel safe: a habit left over from nursing, when pressing "
                 "helped the milk flow.", id="'It's something ...', naming none of the question's words"),
    pytest.param(chatml("Should I worry about the white spots on my nails?"),
                 "It's nothing to worry about in most cases: they're usually small knocks to the base that grow out "
                 "over a few months.", id="'It's nothing to worry about'"),
    pytest.param(chatml("Should I be concerned about the white spots on my nails?"),
                 "It's nothing serious in most cases: they're usually small knocks to the base that grow out over a "
                 "few months.", id="'It's nothing serious', naming none of the question's words"),
    pytest.param(chatml("Are hedgehogs good pets?"),
                 "They're lovely but demanding: they're nocturnal, need a warm room and a big wheel, and many "
                 "countries need a permit to keep them.", id="'They're lovely but ...'"),
    pytest.param(chatml("Who was Ada Lovelace?"),
                 "She's often called the first computer programmer: in 1843 she published an algorithm for Charles "
                 "Babbage's Analytical Engine.", id="'She's often called ...'"),
    pytest.param(chatml("Who is Hayao Miyazaki?"),
                 "He's the Japanese animator who co-founded Studio Ghibli and directed Spirited Away and My Neighbor "
                 "Totoro.", id="'He's the ...'"),
    pytest.param(chatml("Is the Great Wall of China visible from space?"),
                 "Actually, it's not: it is very long but only a few metres wide, about the width of a road, so "
                 "astronauts say they can't pick it out with the naked eye.", id="'Actually, it's not:'"),
    pytest.param(chatml("Does honey ever go bad?"),
                 "No, it doesn't. Its low moisture and high acidity keep bacteria and moulds from growing, so a sealed "
                 "jar can last for decades. It may crystallise and turn cloudy over time, but that is harmless: stand "
                 "the jar in warm water and it turns runny again.", id="'No, it doesn't.', past forty words",
                 marks=xfail("topic.trailing_gap: a 46-word 'No, it doesn't.' answer is past the 40-word limit, so "
                             "its 'it' does not name honey")),
    pytest.param(chatml("¿Puedo congelar arroz cocido?"),
                 "Sí. Enfríalo rápido, guárdalo en un recipiente hermético y úsalo antes de un mes.",
                 id="Spanish 'Sí.'",
                 marks=xfail("topic.trailing_gap: 'Sí.' is no yes by the reading's words, so a Spanish reason saying "
                             "'Enfríalo' is off topic")),
    pytest.param(chatml("Kann man gekochten Reis einfrieren?"),
                 "Ja. Schnell abkühlen lassen, luftdicht verpacken und innerhalb eines Monats aufbrauchen.",
                 id="German 'Ja.'"),
]


@pytest.mark.parametrize("prompt, output", YES_NO_REPLIES)
def test_short_replies_calling_the_subject_it_answer_without_drift(prompt, output):
    answers_without_drift(prompt, output)


YES_NO_DRIFTS = [
    pytest.param(chatml("Can I freeze cooked rice?"),
                 "Yes. It is raining in Manchester again and the match has been postponed until next Sunday.",
                 id="a yes, then the weather",
                 marks=xfail("missed: topic.trailing_gap: 'Yes.' then a sentence on Manchester's weather is under 40 "
                             "words, so it may name nothing of the question")),
    pytest.param(chatml("What is the capital of Peru?"),
                 "Yes, it is a lovely day for a long walk along the river with the dog and a flask of tea.",
                 id="a yes to a question asking for a name, then a walk"),
    pytest.param(chatml("Is a whale a fish?"),
                 "They're going to announce the results of the football league tomorrow morning at the stadium.",
                 id="'They're going to ...', on something else"),
    pytest.param(chatml("Does honey ever go bad?"), "No. " + RAMBLE, id="a no, then a company report"),
]


@pytest.mark.parametrize("prompt, output", YES_NO_DRIFTS)
def test_a_yes_or_a_pronoun_on_something_else_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
