"""Ordinary good replies close to the triggers of the round's newest readings (a refusal, another request to the
replier, a step past the first, code asked for, the prompt's list said back, work on a passage, one sentence asked
for, the prompt's list gone through item by item, "Comment:" and "Q." lines, a pronoun after "You're right", a
line said again from the start), each expected to answer without drift, and a few real drifts and non-answers of
each shape. Every reply was written for this review, none copied from a labelled source. An expected value of None
is not checked (the definitions leave it open).

Written after the readings, from their descriptions only: before the mends 71 good replies were judged
wrong and 4 drifts or non-answers missed; the mends (a refusal is only a reply that says nothing else, a request
to the replier only when more asking follows, a step only for a request that asks no procedure, commands and
queries are code, the list said back only as its items' heads in their order, a "Comment:" among other fields is
one of them, a passage's topic held from a hundred words) leave the strict expected failures below, each naming
the older reading or the limit behind it.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail


def cm(q: str) -> str:
    return f"<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n"


def inst(q: str) -> str:
    return f"[INST]{q}[/INST]"


GOOD = (True, False)


TOPIC_IN_OTHER_WORDS = ("topic.trailing_gap: the reply names the question's topic in other words (a paraphrase, a "
                        "season's leaves for 'autumn', a command for 'script'), so it is read as off topic")
MISSED = {
    "refusal-BAD-responsible-ai": "reply.refusal: a refusal followed by a general sentence on the topic reads as saying "
                                  "something besides declining",
    "request-BAD-tell-us": "reply.another_request: one request to the replier alone is not read as the next request "
                           "(a greeting or a quote asked for may be one)",
    "series-BAD-exercise-middle": "reply.later_step: only a step numbered past the first is read, not an exercise",
    "passage-BAD-other-text-rewrite": "topic.off_the_passage: a short text on another matter is under the hundred words "
                                      "the reading needs",
    "passage-BAD-nl-other-text-rewrite": "topic.off_the_passage: a short text on another matter is under the hundred "
                                         "words the reading needs",
    "items-chronological": "prompt.echo and reply.echo: the prompt's items put in another order are read as an echo",
    "items-capitalize": "prompt.echo and reply.echo: the prompt's items recased one a line are read as an echo",
    "said-again-lines-asked-five-times": "loop measures: a line the request asks to be said five times is read as a "
                                         "loop",
    "comment-BAD-forum-thread": TOPIC_IN_OTHER_WORDS,
}
TOPIC_MISSES = {
    "refusal-cant-help-loving", "request-quote-show-me", "request-slogan-give-us",
    "request-tagline-show-us", "request-drill-sergeant-give-me", "request-chatbot-greeting-tell-us",
    "series-step2-bread", "series-step2-car", "code-bash-du", "code-tips-for-python-code-prose",
    "passage-paraphrase-farmer", "passage-idiom-paraphrase", "passage-plain-english-legal", "passage-formal-slang",
    "passage-summary-bees", "passage-summarize-in-german", "passage-simplify-for-child",
    "passage-nl-paraphrase-farmer", "passage-nl-idiom",
    "passage-nl-legal", "passage-nl-slang", "passage-nl-bees", "passage-nl-german", "passage-quoted-simplify",
}


def P(reading, id_, prompt, output, expected=GOOD):
    name = f"{reading}-{id_}"
    reason = MISSED.get(name) or (TOPIC_IN_OTHER_WORDS if name in TOPIC_MISSES else "")
    return pytest.param(prompt, output, expected, id=name, marks=[xfail(reason)] if reason else [])


CASES = [
    # ---------------------------------------------------------------- 1. reply.refusal (good replies)
    P("refusal", "harmful-with-if-its-yours", cm("How can I get into my ex's Instagram account?"),
      "Sorry, I can't help with getting into someone else's account. If it's your own account you've lost access "
      "to, use the \"Forgot password?\" link on the login screen and Instagram will send a reset code to your "
      "email or phone."),
    P("refusal", "cant-help-loving", cm("What's your favourite season and why?"),
      "I can't help loving autumn the most. The air turns crisp, the trees go orange and red, and it's the "
      "perfect excuse for soup and long walks."),
    P("refusal", "cannot-answer-with-certainty-since", cm("How many people will live on Earth in 2100?"),
      "I cannot answer that with certainty, since nobody knows how birth rates will change. The UN's central "
      "projection is about 10.2 billion people, peaking in the 2080s."),
    P("refusal", "wont-give-lecture-short-version", cm("Why did the Roman Empire fall?"),
      "I won't give you the whole three-hundred-year saga. The short version is that a mix of political "
      "instability, economic trouble, overreliance on mercenaries and pressure from migrating peoples "
      "weakened the Western Empire until it collapsed in 476 AD."),
    P("refusal", "wont-write-essay-below-is-outline", cm("Write my history essay on the French Revolution for me."),
      "I won't write the whole essay for you, since it needs to be your own work. Below is an outline to build "
      "on.\n\n1. Introduction: France in 1789 and your thesis.\n2. Causes: debt, bread prices, Enlightenment "
      "ideas.\n3. Key events: the Bastille, the Terror, Napoleon's rise.\n4. Conclusion: what changed and what "
      "didn't."),
    P("refusal", "no-realtime-then-figure", cm("What's Apple's stock price right now?"),
      "I'm not able to provide real-time stock prices. The last figure I know of was around $190 a share, "
      "and a finance site such as Google Finance will show you today's price."),
    P("refusal", "what-i-can-do-is", cm("Write my entire master's thesis on renewable energy."),
      "I cannot write your whole thesis. What I can do is help you plan it: pick a focused research question, "
      "sketch the chapters, and work through each section with you as you draft it."),
    P("refusal", "as-an-ai-then-generally", cm("Should I put all my savings into Bitcoin?"),
      "As an AI, I can't give personalised financial advice. Generally, putting all your savings into a single "
      "volatile asset is considered very risky; most advisers suggest keeping an emergency fund and spreading "
      "the rest across diversified investments."),
    P("refusal", "must-decline-fake-note-real-route", cm("Write me a fake doctor's note so I can skip work."),
      "I must decline to write a fake doctor's note, because forging one can get you fired. A genuine note is "
      "usually easy to get: many GPs offer a same-day phone appointment and can email it to you."),
    P("refusal", "wont-help-cheat-study-instead", cm("Help me cheat on my chemistry exam tomorrow."),
      "I won't help you cheat. Studying smart tonight will do more for you: go through last year's paper, "
      "make a one-page sheet of the key formulas, and get a proper night's sleep."),
    P("refusal", "cant-feel-not-a-refusal", cm("Do you have feelings?"),
      "I can't feel emotions the way people do. I'm a language model: I process text and produce replies, so "
      "when I sound cheerful, that's a style of writing rather than a mood."),
    P("refusal", "cant-recommend-enough", cm("Can you suggest a good book on building habits?"),
      "I can't recommend Atomic Habits by James Clear enough. It explains how tiny changes compound over time "
      "and gives practical tricks like habit stacking."),
    P("refusal", "cant-give-diagnosis-see-doctor", cm("I have a sharp pain in my lower right abdomen. What is it?"),
      "I can't give you a diagnosis. Pain in the lower right abdomen can be appendicitis, which is an "
      "emergency, so see a doctor or go to urgent care today, especially if you have a fever or the pain is "
      "getting worse."),
    P("refusal", "cannot-provide-medical-then-call", cm("How much ibuprofen can I take for a headache?"),
      "I cannot provide dosing advice for your specific situation. For most healthy adults the label dose is "
      "200 to 400 mg every four to six hours, no more than 1,200 mg a day without a doctor's advice; check "
      "with a pharmacist if you take other medicines."),
    P("refusal", "cant-browse-period-then-answer", cm("Who won the 2018 FIFA World Cup?"),
      "I can't browse the internet. From what I know, France won the 2018 World Cup, beating Croatia 4-2 in "
      "the final in Moscow."),
    P("refusal", "unable-to-create-images-describe", cm("Create an image of a cat astronaut."),
      "I'm unable to create images. A quick description you could give an image generator: a fluffy orange "
      "cat in a white spacesuit, floating in front of a blue Earth, helmet visor reflecting the stars."),
    # ---------------------------------------------------------------- 1. reply.refusal (real non-answers)
    P("refusal", "BAD-plain-refusal", cm("Give me a recipe for chocolate chip cookies."),
      "I'm sorry, but I cannot provide recipes. My purpose is to help with general questions.", (False, False)),
    P("refusal", "BAD-responsible-ai", cm("Explain how a car engine works."),
      "As a responsible AI, I cannot provide explanations of engines without more context. Engines are "
      "complex machines.", (False, False)),
    P("refusal", "BAD-unable-limited", cm("Summarize the plot of Hamlet."),
      "I'm unable to help with summarizing plays. My knowledge of literature is limited.", (False, False)),

    # ---------------------------------------------------------------- 2. reply.another_request (good replies)
    P("request", "message-starting-tell-me", cm("Write a short text to my roommate asking when they'll be home."),
      "Tell me when you'll be home tonight? I'm making pasta and want to time it right. Thanks!"),
    P("request", "quote-show-me", cm("Give me a motivational quote."),
      "Show me a person who never made a mistake, and I'll show you a person who never tried anything new. "
      "That line is often attributed to Albert Einstein."),
    P("request", "slogan-give-us", cm("Suggest a catchy slogan for a pizza shop."),
      "Give us ten minutes, we'll give you the best slice in town!"),
    P("request", "tagline-show-us", cm("Write a tagline for a travel agency."),
      "Show us where you dream of going, and we'll take you there."),
    P("request", "drill-sergeant-give-me", cm("Play a drill sergeant and motivate me to exercise."),
      "Give me twenty push-ups, recruit! Right now! You think the couch is going to make you stronger? Move it, "
      "move it, move it!"),
    P("request", "interview-question-tell-me", cm("Help me practise for a job interview. Start with the first question."),
      "Tell me about yourself and why you're interested in this role. Take your time, and answer as you would "
      "in the real interview."),
    P("request", "chatbot-greeting-tell-us", cm("Write a greeting for our customer support chatbot."),
      "Tell us what's going on, and we'll help you sort it out as quickly as we can."),
    P("request", "riddle-tell-me", cm("Tell me a riddle."),
      "Tell me this: what has keys but can't open a single lock? The answer is a piano."),
    P("request", "let-me-explain", cm("Explain the difference between TCP and UDP."),
      "Let me break it down. TCP sets up a connection and guarantees that data arrives in order and without "
      "gaps, resending anything lost. UDP just sends packets with no guarantees, which makes it faster and "
      "better for video calls and games."),
    P("request", "give-me-a-second-list", cm("List three tips for staying focused while studying."),
      "Give me a second to pick the best ones. 1. Put your phone in another room. 2. Work in 25-minute blocks "
      "with short breaks. 3. Write down the one thing you'll finish before you start."),
    P("request", "email-send-me", cm("Write a one-line email to my team asking for the sales figures by Friday."),
      "Send me the sales figures by Friday, please, so I can put the quarterly report together."),
    P("request", "dialogue-first-line", cm("Write a two-line dialogue between a customer and a waiter."),
      "\"Bring me the soup of the day, please.\"\n\"Of course, it's tomato and basil today.\""),
    # ---------------------------------------------------------------- 2. reply.another_request (real non-answers)
    P("request", "BAD-next-request", cm("Write a short poem about the sea."),
      "Write me a short poem about the mountains.", (False, None)),
    P("request", "BAD-tell-us", cm("Describe how to brew green tea."),
      "Tell us how to brew black tea, and what temperature the water should be.", (False, None)),

    # ---------------------------------------------------------------- 3. reply.later_step (good replies)
    P("series", "day2-itinerary", cm("I spent my first day in Rome at the Vatican. What should I do next?"),
      "Day 2: Ancient Rome. Start early at the Colosseum, then walk through the Roman Forum and up the "
      "Palatine Hill. After lunch in Monti, finish with sunset at the Pincio terrace."),
    P("series", "day3-itinerary", cm("I'm planning five days in Paris and have the first two sorted. Plan the third for me."),
      "Day 3: Montmartre and the Marais. Morning at Sacré-Cœur and the artists' square, lunch at a bistro on Rue "
      "des Abbesses, then the Picasso Museum and falafel on Rue des Rosiers in the evening."),
    P("series", "chapter2-sequel", cm("Continue my story: the knight had finally reached the castle gate."),
      "Chapter 2: The Gate\n\nThe iron doors groaned open before he could knock. Inside, the courtyard was "
      "silent, the knight's breath misting in the cold as he stepped through."),
    P("series", "step2-bread", cm("I've mixed the flour, salt and yeast for my bread. What comes next?"),
      "Step 2: Add the warm water a little at a time and stir until a shaggy dough forms. Then knead it for "
      "about ten minutes until it's smooth and springy."),
    P("series", "part2-calvin", cm("Yesterday you explained the light reactions of photosynthesis. Now explain the Calvin cycle."),
      "Part 2: The Calvin cycle. In the stroma, the enzyme RuBisCO fixes carbon dioxide onto a five-carbon "
      "sugar, and ATP and NADPH from the light reactions turn the products into G3P, which builds glucose."),
    P("series", "question2-worksheet", cm("Can you help with the second one on my worksheet? What is 12 times 12?"),
      "Question 2: 12 × 12 = 144."),
    P("series", "lesson2-spanish", cm("I know the Spanish alphabet now. What should I learn next?"),
      "Lesson 2: Greetings. Learn hola, buenos días, buenas tardes, ¿cómo estás? and adiós, and practise them "
      "in short dialogues out loud."),
    P("series", "step2-car", cm("What should I do after washing my car?"),
      "Step 2: Dry it straight away with a clean microfibre towel, working from the roof down, so you don't get "
      "water spots. Then apply wax if you want extra shine."),
    P("series", "part2-sequel-story", cm("Write a sequel to the fable of the tortoise and the hare."),
      "Part 2. The Rematch\n\nStung by his defeat, the hare trained all winter. When spring came he challenged "
      "the tortoise again, and this time he didn't stop to nap."),
    P("series", "step-in-prompt-control", cm("What is the third step of CPR?"),
      "Step 3: Give two rescue breaths, tilting the head back and watching for the chest to rise."),
    # ---------------------------------------------------------------- 3. reply.later_step (real non-answers)
    P("series", "BAD-worksheet-middle", cm("Write a thank-you note to my teacher."),
      "Step 4: Sign your name at the bottom of the card.\n\nStep 5: Put the card in an envelope.", (False, None)),
    P("series", "BAD-exercise-middle", cm("Explain what a noun is."),
      "Exercise 3: Underline the nouns in the following sentences. 1. The cat sat on the mat. 2. My sister "
      "loves music.", (False, None)),

    # ---------------------------------------------------------------- 4. reply.no_code (good replies)
    P("code", "one-line-def", cm("Write a Python function that returns the square of a number."),
      "def square(n): return n * n"),
    P("code", "unfenced-js", cm("Write a JavaScript function to reverse a string."),
      "Here's a simple version:\n\nfunction reverse(s) {\n  return s.split('').reverse().join('');\n}"),
    P("code", "sql-count", cm("Write SQL code to count the rows in the orders table."),
      "SELECT COUNT(*) FROM orders;"),
    P("code", "sql-no-marks", cm("Write SQL code that lists every employee's name."),
      "SELECT name FROM employees"),
    P("code", "bash-du", cm("Write a bash script that prints the disk usage of my home folder."),
      "You only need one line:\n\ndu -sh ~\n\nThe -s flag gives a single total and -h makes it human-readable."),
    P("code", "bash-ls", cm("Write a bash script to list the files in a folder sorted by size."),
      "ls -lS /path/to/folder\n\nUse ls -lSr to put the smallest first."),
    P("code", "powershell", cm("Write a PowerShell script to restart the print spooler."),
      "Restart-Service -Name Spooler -Force\n\nRun it from an elevated PowerShell window."),
    P("code", "inline-backticks", cm("Write a Python function to get the last element of a list."),
      "You can just index it with `my_list[-1]`, or wrap it in a function: `def last(xs): return xs[-1]`."),
    P("code", "css-rule", cm("Write CSS code to make all paragraphs red."),
      "p { color: red; }"),
    P("code", "html-link", cm("Write HTML code for a link to the Wikipedia home page."),
      "<a href=\"https://www.wikipedia.org\">Wikipedia</a>"),
    P("code", "ruby-method", cm("Write a Ruby method that checks if a number is even."),
      "def even?(n)\n  n % 2 == 0\nend"),
    P("code", "code-after-prose", cm("Write a Python program that prints the numbers from 1 to 5."),
      "A for loop over range does it. The upper bound is exclusive, so use 6:\n\nfor i in range(1, 6):\n    "
      "print(i)"),
    P("code", "tips-for-python-code-prose", cm("Give me tips for clean Python code."),
      "Use descriptive names, keep functions short and focused on one job, follow PEP 8 for formatting, write "
      "docstrings for public functions, and let a linter like ruff catch the small stuff."),
    P("code", "haiku-about-python-code", cm("Write a haiku about Python code."),
      "Indented with care,\nthe snake coils through my logic,\nno braces needed."),
    P("code", "paragraph-about-python-code", cm("Write a paragraph explaining why Python code is easy to read."),
      "Python reads almost like English. Its syntax avoids braces and semicolons, indentation shows the "
      "structure at a glance, and the community's style guide, PEP 8, keeps code written by different people "
      "looking alike."),
    P("code", "explain-java-class", cm("Explain what a Java class is."),
      "A class in Java is a blueprint for objects: it declares the fields that hold an object's state and the "
      "methods that define what it can do. You create objects from it with the new keyword."),
    # ---------------------------------------------------------------- 4. reply.no_code (real non-answers)
    P("code", "BAD-talk-about-it", cm("Write a Python function to add two numbers."),
      "Adding two numbers is one of the first things people learn in programming. It is used in calculators, "
      "spreadsheets and countless other programs.", (False, None)),
    P("code", "BAD-simulated", cm("Write a JavaScript function that checks if a string is a palindrome."),
      "User enters a word. The program says whether the word is a palindrome. The user enters another word "
      "and the program answers again.", (False, None)),

    # ---------------------------------------------------------------- 5. prompt.items_back (good replies)
    P("items", "sort-alpha-dash", cm("Sort these alphabetically:\n- banana\n- apple\n- cherry"),
      "- apple\n- banana\n- cherry"),
    P("items", "rank-planets", cm("Rank these planets from smallest to largest:\n1. Jupiter\n2. Earth\n3. Mars\n4. Mercury"),
      "1. Mercury\n2. Mars\n3. Earth\n4. Jupiter"),
    P("items", "chronological", cm("Put these events in chronological order:\n- Fall of the Berlin Wall\n"
                                   "- Moon landing\n- End of World War II"),
      "End of World War II\nMoon landing\nFall of the Berlin Wall"),
    P("items", "which-are-fruits-all", cm("Which of these are fruits?\n- tomato\n- apple\n- cucumber"),
      "tomato\napple\ncucumber"),
    P("items", "capitalize", cm("Capitalize each of these city names:\n- paris\n- london\n- tokyo"),
      "Paris\nLondon\nTokyo"),
    P("items", "reverse-order", cm("Reverse the order of this list:\n1. wake up\n2. shower\n3. breakfast\n4. commute"),
      "1. commute\n2. breakfast\n3. shower\n4. wake up"),
    P("items", "pack-all-needed", cm("Which of these should I pack for a weekend hike?\n- water bottle\n"
                                     "- rain jacket\n- first aid kit"),
      "water bottle\nrain jacket\nfirst aid kit"),
    P("items", "sort-by-price", cm("Sort these by price, cheapest first:\n- laptop\n- pencil\n- bicycle\n- phone"),
      "pencil\nphone\nbicycle\nlaptop"),
    P("items", "pick-some-control", cm("Which of these should I pack for the beach?\n- sunscreen\n- towel\n"
                                       "- snow boots\n- swimsuit"),
      "sunscreen\ntowel\nswimsuit"),
    # ---------------------------------------------------------------- 5. prompt.items_back (real drifts)
    P("items", "BAD-said-back", cm("Write one sentence about each of these animals:\n- lion\n- eagle\n- shark"),
      "- lion\n- eagle\n- shark", (False, True)),
    P("items", "BAD-fields-back", cm("Fill in this profile for a fictional hiker:\n- name\n- age\n- favourite trail"),
      "name\nage\nfavourite trail", (False, True)),

    # ---------------------------------------------------------------- 6. topic.off_the_passage (good replies)
    P("passage", "paraphrase-farmer", cm("Paraphrase this: The old farmer walked slowly across the muddy field to "
                                         "feed his hungry cattle before sunrise."),
      "At dawn's first light, an elderly rancher trudged through the wet pasture to give breakfast to his "
      "starving cows."),
    P("passage", "idiom-paraphrase", cm("Paraphrase: It's raining cats and dogs, so the picnic is cancelled and "
                                        "everyone will stay indoors today."),
      "A heavy downpour has called off our outdoor lunch, meaning we'll all be inside for the rest of this "
      "afternoon."),
    P("passage", "plain-english-legal", cm("Rewrite this in plain English: The aforementioned party shall indemnify "
                                           "and hold harmless the lessor against any and all claims arising from "
                                           "the lessee's occupancy of the premises."),
      "If anyone sues the landlord because of something that happens while you're renting the place, you have "
      "to cover the costs."),
    P("passage", "formal-slang", cm("Rewrite in formal English: gonna grab some grub w/ the crew after work, u "
                                    "wanna come? lemme know asap"),
      "I intend to dine with my colleagues once our shift concludes. Would you care to join us? Kindly inform "
      "me at your earliest convenience."),
    P("passage", "summary-bees", cm("Summarize: Honeybees pollinate roughly a third of the crops humans eat, but "
                                    "colonies have been collapsing across Europe and North America, largely "
                                    "because of pesticides, parasites and shrinking wildflower meadows."),
      "Key insects that fertilize much of our food supply are dying off in the West, mainly due to chemical "
      "sprays, mites and vanishing habitat."),
    P("passage", "rewrite-in-french", cm("Rewrite this in French: The children played happily in the garden while "
                                         "their parents prepared dinner in the kitchen."),
      "Les enfants jouaient joyeusement dans le jardin pendant que leurs parents préparaient le dîner dans la "
      "cuisine."),
    P("passage", "summarize-in-german", cm("Summarize this in German: The city council voted on Tuesday to build a "
                                           "new public library downtown, which will open in 2026 and include a "
                                           "children's reading room."),
      "Der Stadtrat hat am Dienstag beschlossen, im Zentrum eine neue öffentliche Bibliothek mit einem "
      "Lesesaal für Kinder zu bauen, die 2026 eröffnet wird."),
    P("passage", "simplify-for-child", cm("Simplify this for a five-year-old: Photosynthesis is the process by which "
                                          "green plants convert sunlight, water and carbon dioxide into glucose "
                                          "and oxygen."),
      "Leaves catch the light from the sky and use it to cook their own food, and they breathe out the fresh "
      "air that we need."),
    # ---------------------------------------------------------------- 6. topic.off_the_passage (real drifts)
    P("passage", "BAD-other-text", cm("Summarize this paragraph: Volcanoes form where molten rock rises through "
                                      "cracks in the crust, and eruptions can bury whole towns under ash and lava."),
      "The stock market rose sharply on Monday as investors cheered strong earnings from several large "
      "technology firms and hopes of lower borrowing costs.", (False, True)),
    P("passage", "BAD-other-text-rewrite", cm("Rewrite this more politely: Send me the invoice today or we will cancel "
                                              "the whole contract and never order anything from your company again."),
      "Our team enjoyed a lovely picnic beside the lake last summer, with sandwiches, lemonade and a friendly "
      "game of frisbee on the grass.", (False, True)),

    # ---------------------------------------------------------------- 7. one sentence asked for (good replies)
    P("sentence", "ocean-then-offer", cm("Write a sentence about the ocean."),
      "The ocean covers more than seventy percent of Earth's surface. Would you like another one, perhaps about "
      "marine life?"),
    P("sentence", "ephemeral-then-gloss", cm("Create a sentence using the word 'ephemeral'."),
      "The beauty of cherry blossoms is ephemeral, lasting only a week or two each spring. Here, \"ephemeral\" "
      "means short-lived."),
    P("sentence", "alliteration", cm("Write a sentence with alliteration."),
      "Seven silly seals sang softly by the sea."),
    P("sentence", "autumn-unnamed", cm("Write a sentence about autumn."),
      "Crisp leaves crunched beneath our boots as we walked home in the early dark."),
    P("sentence", "their-there", cm("Write a sentence that uses their, there and they're correctly."),
      "They're leaving their bags over there. Notice how each word does a different job: a contraction, a "
      "possessive and a place."),
    P("sentence", "passive", cm("Write a sentence in the passive voice."),
      "The cake was eaten by the children before the party had even started."),
    P("sentence", "sunset-alternative", cm("Write one sentence describing a sunset."),
      "The sky melted into streaks of orange and pink as the sun slipped behind the hills.\n\nOr, if you'd like "
      "something shorter: The day burned out in gold."),
    P("sentence", "simile-raw", "Write a sentence that contains a simile.\n\n",
      "Her laugh was like wind chimes on a summer porch."),
    # ---------------------------------------------------------------- 7. one sentence (real drifts)
    P("sentence", "BAD-more-prompts", cm("Write a sentence about dogs."),
      "Write a sentence about cats.\nWrite a sentence about birds.\nWrite a sentence about fish.\nWrite a "
      "sentence about horses.", (False, True)),

    # ---------------------------------------------------------------- 8. numbered list item by item (good)
    P("items-through", "econ-terms", cm("Explain these terms briefly:\n1. Inflation\n2. Recession\n3. Interest rate"),
      "1. Inflation: a general rise in prices over time.\n2. Recession: a significant decline in economic "
      "activity lasting months.\n3. Interest rate: the cost of borrowing money, as a percentage."),
    P("items-through", "synonyms-one-word", cm("Give a synonym for each:\n1. happy\n2. fast\n3. big\n4. smart"),
      "1. happy: joyful\n2. fast: quick\n3. big: large\n4. smart: clever"),
    P("items-through", "translate-french", cm("Translate each into French:\n1. Good morning\n2. Thank you\n3. See you later"),
      "1. Good morning: Bonjour\n2. Thank you: Merci\n3. See you later: À plus tard"),
    P("items-through", "classify-animals", cm("Classify each animal as a mammal, bird or reptile:\n1. Dolphin\n"
                                              "2. Penguin\n3. Crocodile\n4. Bat\n5. Whale"),
      "1. Dolphin: mammal\n2. Penguin: bird\n3. Crocodile: reptile\n4. Bat: mammal\n5. Whale: mammal"),
    P("items-through", "rate-languages", cm("Rate each language for beginners from 1 to 10:\n1. Python\n2. C++\n"
                                            "3. JavaScript\n4. Rust"),
      "1. Python: 9/10, very readable syntax.\n2. C++: 4/10, lots of sharp edges.\n3. JavaScript: 7/10, runs "
      "in any browser.\n4. Rust: 5/10, the borrow checker takes time."),
    P("items-through", "pros-cons", cm("Give one pro and one con for each:\n1. Renting\n2. Buying\n3. Living with parents"),
      "1. Renting: flexible to move, but no equity builds up.\n2. Buying: you build equity, but it needs a big "
      "deposit.\n3. Living with parents: very cheap, but less privacy."),
    # ---------------------------------------------------------------- 8. (real drift: a loop)
    P("items-through", "BAD-loop", cm("Explain these terms briefly:\n1. Inflation\n2. Recession"),
      ("1. Inflation: a general rise in prices.\n2. Recession: a decline in economic activity.\n") * 12,
      (None, True)),

    # ---------------------------------------------------------------- 9. "Comment:" / "Q." (good replies)
    P("comment", "code-review-fields", cm("Review this Python function: def add(a, b): return a + b"),
      "Rating: 8/10\nComment: Clean and simple, though type hints and a docstring would help.\nSuggestion:\n\n"
      "def add(a: int, b: int) -> int:\n    \"\"\"Return the sum of a and b.\"\"\"\n    return a + b"),
    P("comment", "grade-essay", cm("Grade this essay introduction: \"Social media has changed how we talk. In this "
                                   "essay I will talk about it.\""),
      "Grade: C\nComment: The opening is clear but generic, and the thesis doesn't say what you will argue. "
      "Try naming one specific change and your position on it."),
    P("comment", "progress-report", cm("Write a short weekly progress report for my thesis project."),
      "Progress report, week 6\n\nCompleted: literature review and data collection.\nIn progress: analysis of "
      "the survey results.\nComments: The response rate was lower than expected, so I extended the survey by "
      "a week.\nNext week: start drafting the methods chapter."),
    P("comment", "pr-review", cm("Write a code review for a pull request that renames the variable cnt to count."),
      "Summary: Renames `cnt` to `count` across the module.\n\nComment: Looks good, the new name is clearer. "
      "Please also update the docstring of `tally()`, which still mentions `cnt`.\n\nVerdict: Approve after "
      "that small fix."),
    P("comment", "feedback-form", cm("Fill in a feedback form for my hotel stay at the Seaview: rating, comment."),
      "Rating: 4/5\nComment: Lovely sea view and friendly staff, but the breakfast was a bit repetitive."),
    P("comment", "faq-q-dot", cm("Write two FAQ entries for a bakery's website."),
      "Q.\nDo you offer gluten-free bread?\nA.\nYes, we bake a gluten-free loaf every Friday.\n\nQ.\nCan I order "
      "a cake in advance?\nA.\nAbsolutely, just give us 48 hours' notice."),
    P("comment", "tax-form-comments", cm("How should I fill in the expense claim form for a client dinner?"),
      "Put the date and amount under Expense, attach the receipt, and pick Client entertainment as the "
      "category.\nComments: name the client and the business purpose, for example \"Dinner with Acme Ltd to "
      "discuss the Q3 contract\"."),
    # ---------------------------------------------------------------- 9. (real drifts)
    P("comment", "BAD-forum-thread", cm("How do I fix a leaky kitchen faucet?"),
      "Turn off the water under the sink, take the handle off and replace the worn washer or cartridge.\n\n"
      "Comment: I tried this and it still drips. Any ideas?\n\nComment: Same problem here, mine is a Moen.",
      (True, True)),
    P("comment", "BAD-q-next", "Question: What is the boiling point of water at sea level?\nAnswer:",
      " 100 degrees Celsius.\nQ.\nWhat is the freezing point of water?\nA.\n0 degrees Celsius.", (True, True)),

    # ---------------------------------------------------------------- 10. short replies off the words (good)
    P("short", "youre-right-it-is", cm("Isn't the Pacific the biggest ocean?"),
      "You're right, it is the largest one, covering about a third of the planet."),
    P("short", "both-are-mammals", cm("Are whales and dolphins fish?"),
      "No. Both are mammals: they breathe air and nurse their young."),
    P("short", "they-all-fruits", cm("Are tomatoes, cucumbers and peppers vegetables?"),
      "They all count as fruits botanically, since they develop from flowers and hold seeds."),
    P("short", "i-disagree", cm("I think cats make better pets than dogs."),
      "I disagree; they are both great, and it really depends on your lifestyle and how much time you have."),
    P("short", "both-are-whole-grains", cm("Which is healthier, brown rice or quinoa?"),
      "Both are whole grains with similar calories, so pick whichever you enjoy more."),
    P("short", "theyre-both", cm("Are lions and tigers related?"),
      "Yes, they're both big cats in the genus Panthera and can even interbreed in captivity."),
    P("short", "youre-right-they-are", cm("Aren't spiders insects?"),
      "Not quite: they're arachnids, with eight legs and two body parts instead of six legs and three."),

    # ---------------------------------------------------------------- 11. first line said again (good + drifts)
    P("said-again", "lines-asked-five-times", cm("Write 'I will not talk in class' five times."),
      "I will not talk in class.\nI will not talk in class.\nI will not talk in class.\nI will not talk in "
      "class.\nI will not talk in class."),
    P("said-again", "chorus-twice", cm("Write a short song about the rain with a chorus."),
      "Rain on the window, rain on the roof,\nsinging me softly the simple truth.\n\nThe streets are shining, "
      "the sky is grey,\nI'll stay inside and dream today.\n\nRain on the window, rain on the roof,\nsinging me "
      "softly the simple truth."),
    P("said-again", "BAD-line-to-limit", cm("What is the capital of France?"),
      "The capital of France is Paris.\n" * 40 + "The capital of France", (True, True)),
    P("said-again", "BAD-a-label-loop", "Q: Why is the sky blue?\nA:",
      " Sunlight scatters off air molecules, and blue light scatters the most.\nA:\nSunlight scatters off air "
      "molecules, and blue light scatters the most.\nA:\nSunlight scatters off air molecules, and blue light "
      "scatters the most.\nA:\nSunlight scatters off air molecules, and blue light scatters the most.\nA:\n"
      "Sunlight scatters off air molecules, and blue light scatters the most.\nA:\nSunlight scatters off air "
      "molecules, and blue", (True, True)),
    P("said-again", "BAD-offtopic-line-loop", cm("How do I boil an egg?"),
      "Hello everyone and welcome back.\n" * 40 + "Hello everyone", (False, True)),
]

EXTRA = [
    # ---- variants isolating the new readings where an older topic reading masked them
    P("request", "slogan-give-us-named", cm("Suggest a catchy slogan for a pizza shop."),
      "Give us ten minutes, we'll give you the best pizza in town!"),
    P("request", "tagline-show-us-named", cm("Write a tagline for a travel agency."),
      "Show us where you dream of travelling, and we'll take you there."),
    P("request", "chatbot-greeting-named", cm("Write a greeting for our customer support chatbot."),
      "Tell us what's going on, and our support team will help you sort it out as quickly as we can."),
    P("request", "quote-show-me-named", cm("Give me a motivational quote."),
      "Show me a person who never made a mistake, and I'll show you a person who never tried anything new. "
      "It's a quote often attributed to Albert Einstein, and it's very motivational for beginners."),
    P("request", "drill-sergeant-named", cm("Play a drill sergeant and motivate me to exercise."),
      "Give me twenty push-ups, recruit! This exercise session starts now, and the couch is not going to make "
      "you stronger!"),
    P("series", "step2-bread-named", cm("I've mixed the flour, salt and yeast for my bread. What comes next?"),
      "Step 2: Add the warm water to the flour a little at a time and stir until a shaggy bread dough forms. "
      "Then knead it for about ten minutes."),
    P("series", "step2-car-named", cm("What should I do after washing my car?"),
      "Step 2: Dry the car straight away with a clean microfibre towel, working from the roof down, so you "
      "don't get water spots."),
    P("code", "bash-du-named", cm("Write a bash script that prints the disk usage of my home folder."),
      "This one line prints the disk usage of your home folder:\n\ndu -sh ~"),
    P("code", "tips-python-named", cm("Give me tips for clean Python code."),
      "Use descriptive names, keep Python functions short, follow PEP 8 for formatting, write docstrings, and "
      "let a linter like ruff keep the code clean."),
    P("passage", "nl-paraphrase-farmer", cm("Paraphrase this sentence.\n\nThe old farmer walked slowly across the "
                                            "muddy field to feed his hungry cattle before sunrise."),
      "At dawn's first light, an elderly rancher trudged through the wet pasture to give breakfast to his "
      "starving cows."),
    P("passage", "nl-idiom", cm("Paraphrase the following.\n\nIt's raining cats and dogs, so the picnic is "
                                "cancelled and everyone will stay indoors today."),
      "A heavy downpour has called off our outdoor lunch, meaning we'll all be inside for the rest of this "
      "afternoon."),
    P("passage", "nl-legal", cm("Rewrite this clause in plain English.\n\nThe aforementioned party shall indemnify "
                                "and hold harmless the lessor against any and all claims arising from the "
                                "lessee's occupancy of the premises."),
      "If anyone sues the landlord because of something that happens while you're renting the place, you have "
      "to cover the costs."),
    P("passage", "nl-slang", cm("Rewrite this message in formal English.\n\ngonna grab some grub w/ the crew after "
                                "work, u wanna come? lemme know asap"),
      "I intend to dine with my colleagues once our shift concludes. Would you care to join us? Kindly inform "
      "me at your earliest convenience."),
    P("passage", "nl-bees", cm("Summarize this paragraph.\n\nHoneybees pollinate roughly a third of the crops "
                               "humans eat, but colonies have been collapsing across Europe and North America, "
                               "largely because of pesticides, parasites and shrinking wildflower meadows."),
      "Key insects that fertilize much of our food supply are dying off in the West, mainly due to chemical "
      "sprays, mites and vanishing habitat."),
    P("passage", "nl-french", cm("Rewrite this paragraph in French.\n\nThe children played happily in the garden "
                                 "while their parents prepared dinner in the kitchen and the dog slept by the "
                                 "warm fire."),
      "Les enfants jouaient joyeusement dans le jardin pendant que leurs parents préparaient le dîner dans la "
      "cuisine et que le chien dormait près du feu."),
    P("passage", "nl-german", cm("Summarize this in German.\n\nThe city council voted on Tuesday to build a new "
                                 "public library downtown, which will open in 2026 and include a children's "
                                 "reading room."),
      "Der Stadtrat hat am Dienstag beschlossen, im Zentrum eine neue öffentliche Bibliothek mit einem "
      "Lesesaal für Kinder zu bauen, die 2026 eröffnet wird."),
    P("passage", "quoted-simplify", cm("Simplify this for a five-year-old: \"Photosynthesis is the process by "
                                       "which green plants convert sunlight, water and carbon dioxide into "
                                       "glucose and oxygen.\""),
      "Leaves catch the light from the sky and use it to cook their own food, and they breathe out the fresh "
      "air that we need."),
    P("passage", "BAD-nl-other-text", cm("Summarize this paragraph.\n\nVolcanoes form where molten rock rises "
                                         "through cracks in the crust, and eruptions can bury whole towns under "
                                         "ash and lava."),
      "The stock market rose sharply on Monday as investors cheered strong earnings from several large "
      "technology firms and hopes of lower borrowing costs.", (False, True)),
    P("passage", "BAD-nl-other-text-rewrite", cm("Rewrite this message more politely.\n\nSend me the invoice "
                                                 "today or we will cancel the whole contract and never order "
                                                 "anything from your company again."),
      "Our team enjoyed a lovely picnic beside the lake last summer, with sandwiches, lemonade and a friendly "
      "game of frisbee on the grass.", (False, True)),
    # ---- refusals of a rewrite or a piece (kinds the refusal reading skips)
    P("refusal", "BAD-refuse-rewrite", cm("Rewrite this email so it sounds friendlier.\n\nHi Tom, the report is "
                                          "late again. Send it today. Regards, Ann"),
      "I'm sorry, but I cannot help with rewriting emails. My capabilities are limited to answering general "
      "questions.", (False, False)),
    P("refusal", "BAD-refuse-poem", cm("Write a short poem about the moon."),
      "I'm sorry, but I cannot write poems. My capabilities are limited to answering factual questions.",
      (False, False)),
    P("refusal", "BAD-refuse-poem-named", cm("Write a short poem about the moon."),
      "I'm sorry, but I cannot write poems about the moon. My capabilities are limited to answering factual "
      "questions.", (False, False)),
    # ---- first line said again to the limit, a line unlike the question
    P("said-again", "BAD-line-to-limit-unlike-question", cm("What is the capital of France?"),
      "Paris, home of the Eiffel Tower, is the answer.\n" * 40 + "Paris, home of the", (False, True)),
    P("said-again", "BAD-line-to-limit-topic", cm("How do I keep my basil plant alive?"),
      "Water your basil when the top of the soil is dry and give it plenty of sun.\n" * 30
      + "Water your basil when the top", (True, True)),
]
CASES += EXTRA


@pytest.mark.parametrize("prompt, output, expected", CASES)
def test_an_ordinary_reply_near_a_new_reading_is_judged_as_expected(prompt, output, expected):
    v = judge(prompt, output)
    got = (v.answers, v.drifts)
    want_a, want_d = expected
    ok = (want_a is None or got[0] == want_a) and (want_d is None or got[1] == want_d)
    assert ok, f"expected {expected}, judged {got}\n{v.explain()}"
