"""Everyday good chat replies answer and do not drift; the drifts a base model writes instead are still caught.

A broad check for false alarms, not aimed at any one reading: the replies a user of a fine-tuned chat model sees
every day, on coding (Python, SQL, JavaScript, shell, with code fences and explanations), cooking, travel, health
and fitness, personal finance, emails and letters, summaries of a given paragraph, translations, definitions,
word problems worked with numbers, trivia, product comparisons, advice on study and relationships, poems,
stories and slogans, labels (sentiment, category), names and dates taken from a given text, rewrites in another
tone, brainstormed lists, step-by-step instructions, yes/no questions and follow-ups in a conversation. They come
as plain paragraphs, markdown headings and bullets, numbered steps, tables, JSON when asked, one-line answers and
long answers of several hundred words; in plain prompts, ChatML, Llama-2's "[INST]", Llama-3's headers, Alpaca's
"### Instruction:/### Input:/### Response:", Vicuna's "USER:/ASSISTANT:", "<human>:/<bot>:" and Gemma's turns;
in English and in Spanish, French, German, Portuguese, Italian, Russian, Chinese, Japanese, Korean, Hindi and
Arabic. Every reply here was written for this test.

Beside them, the drifts a base model writes on the same prompts: loops, the next request, a new "###
Instruction:" example, both sides of the chat, the prompt said back, a slide into unrelated web text. The turns a base
model writes after its answer are read as turns, template markers or next requests, not only as a slide off topic.

The probes the judges still get wrong are strict expected failures naming the measure and the shape; a drift the
judges miss says "missed".
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail
from .templates import alpaca, chatml, gemma, human_bot, llama2, llama3, plain, vicuna


def assert_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- Coding help: Python, SQL, JavaScript, shell -------------------------------------------------------------

CODING = [
    pytest.param(chatml("How do I reverse a list in Python?"),
                 "You have a few options:\n\n```python\nnumbers = [1, 2, 3, 4]\n\n# 1. In place\nnumbers.reverse()\n\n"
                 "# 2. A new reversed copy with slicing\nbackwards = numbers[::-1]\n\n# 3. An iterator\nfor n in "
                 "reversed(numbers):\n    print(n)\n```\n\n`reverse()` changes the list itself and returns `None`, "
                 "while `[::-1]` leaves the original alone and gives you a new list. Use `reversed()` when you only "
                 "need to loop over the items backwards.", id="Python, ChatML, three ways in a code fence"),
    pytest.param(llama3("Write a Python function that checks whether a string is a palindrome."),
                 "Here's a simple version that ignores case and anything that isn't a letter or digit:\n\n```python\n"
                 "def is_palindrome(text: str) -> bool:\n    cleaned = [c.lower() for c in text if c.isalnum()]\n    "
                 "return cleaned == cleaned[::-1]\n\n\nprint(is_palindrome(\"A man, a plan, a canal: Panama\"))  # True\n"
                 "print(is_palindrome(\"hello\"))  # False\n```\n\n**How it works:**\n- The list comprehension keeps "
                 "only alphanumeric characters and lowercases them.\n- A palindrome reads the same in both directions, "
                 "so we compare the cleaned list with its reverse.", id="Python, Llama-3, a function and how it works"),
    pytest.param(plain("Why do I get 'TypeError: can only concatenate str (not \"int\") to str' in Python?"),
                 "That error means you tried to join a string and a number with `+`, for example:\n\n```python\nage = "
                 "30\nprint(\"I am \" + age)  # TypeError\n```\n\nPython won't convert the number for you. Turn it into "
                 "a string first, or use an f-string:\n\n```python\nprint(\"I am \" + str(age))\nprint(f\"I am {age}\")\n"
                 "```\n\nThe f-string is usually the cleanest choice.", id="Python, a plain question on an error"),
    pytest.param(alpaca("Write a SQL query that returns the five customers who spent the most in 2023.",
                        "Tables: customers(id, name), orders(id, customer_id, total, created_at)"),
                 "```sql\nSELECT c.name, SUM(o.total) AS total_spent\nFROM customers AS c\nJOIN orders AS o ON o.customer_id "
                 "= c.id\nWHERE o.created_at >= '2023-01-01'\n  AND o.created_at < '2024-01-01'\nGROUP BY c.id, c.name\n"
                 "ORDER BY total_spent DESC\nLIMIT 5;\n```\n\nThe query joins each order to its customer, keeps only "
                 "orders placed in 2023, adds up the totals per customer and returns the top five.",
                 id="SQL, Alpaca with an input, a query"),
    pytest.param(vicuna("What's the difference between INNER JOIN and LEFT JOIN?"),
                 " An **INNER JOIN** returns only the rows that have a match in both tables. A **LEFT JOIN** returns "
                 "every row from the left table, and fills the columns from the right table with NULL where there is no "
                 "match.\n\nFor example, with a `students` table and an `enrolments` table:\n- `INNER JOIN` lists only "
                 "students who are enrolled in at least one course.\n- `LEFT JOIN` lists all students, and those with "
                 "no enrolment show NULL for the course columns.", id="SQL, Vicuna, a difference explained"),
    pytest.param(gemma("How do I remove duplicates from an array in JavaScript?"),
                 "The shortest way is to pass the array through a `Set`, which only keeps unique values:\n\n```javascript"
                 "\nconst items = [3, 1, 3, 2, 1];\nconst unique = [...new Set(items)];\nconsole.log(unique); // [3, 1, 2]"
                 "\n```\n\nThis keeps the first occurrence of each value and preserves the order. For arrays of objects "
                 "you'd need to compare by a key instead, for example with `filter` and `findIndex`.",
                 id="JavaScript, Gemma, a Set"),
    pytest.param(llama2("Explain what async/await does in JavaScript with a short example."),
                 " `async`/`await` lets you write asynchronous code that reads like ordinary step-by-step code. An "
                 "`async` function always returns a Promise, and `await` pauses that function until a Promise "
                 "settles.\n\n```javascript\nasync function loadUser(id) {\n  const response = await "
                 "fetch(`/api/users/${id}`);\n  if (!response.ok) throw new Error(\"User not found\");\n  return "
                 "response.json();\n}\n\nloadUser(7)\n  .then(user => console.log(user.name))\n  .catch(err => "
                 "console.error(err));\n```\n\nWithout `await` you would chain `.then()` calls; with it, errors can be "
                 "handled with a normal `try`/`catch`.", id="JavaScript, Llama-2, async/await"),
    pytest.param(plain("How can I find all files larger than 100 MB in my home folder from the terminal?"),
                 "Use `find` with the `-size` option:\n\n```bash\nfind ~ -type f -size +100M -exec ls -lh {} \\; 2>/dev/null"
                 "\n```\n\n- `~` starts the search in your home folder.\n- `-type f` limits it to files.\n- `-size +100M` "
                 "matches anything over 100 MB.\n- `2>/dev/null` hides \"Permission denied\" messages.\n\nTo sort them by "
                 "size, try `du -ah ~ | sort -rh | head -20`.", id="shell, plain, find with flags explained"),
    pytest.param(chatml("Write a bash one-liner that counts the lines in every .py file in a folder."),
                 "```bash\nwc -l *.py\n```\n\nThat prints the line count of each `.py` file and a total at the end. To "
                 "include subfolders, use `find . -name '*.py' | xargs wc -l`.", id="shell, ChatML, a one-liner"),
    pytest.param(human_bot("What does `git rebase` do, compared with `git merge`?"),
                 " Both bring changes from one branch into another, but they record history differently.\n\n- **merge** "
                 "creates a new merge commit that ties the two branches together. History shows exactly what happened, "
                 "including the branch.\n- **rebase** replays your commits on top of the other branch, as if you had "
                 "started from its latest commit. History becomes a straight line.\n\nA common rule: rebase your own "
                 "local branches to keep them tidy, but don't rebase commits you have already pushed and shared.",
                 id="git, <human>:/<bot>:, a comparison in bullets"),
    pytest.param(alpaca("Fix the bug in this code.", "def average(nums):\n    return sum(nums) / len(nums)\n\n"
                                                        "print(average([]))"),
                 "The function crashes with `ZeroDivisionError` when the list is empty, because `len(nums)` is 0. "
                 "Check for that case first:\n\n```python\ndef average(nums):\n    if not nums:\n        return 0.0\n    "
                 "return sum(nums) / len(nums)\n\nprint(average([]))  # 0.0\n```\n\nIf an empty list should be an error "
                 "in your program, raise a `ValueError` with a clear message instead of returning 0.",
                 id="Python, Alpaca with code as input, a fix"),
    pytest.param(llama3("Can you write me a regex that matches a UK postcode?"),
                 "Here's a pattern that covers the standard formats (like `SW1A 1AA`, `M1 1AE` and `B33 8TH`):\n\n"
                 "```\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$\n```\n\n- `[A-Z]{1,2}` is the area (one or two "
                 "letters).\n- `[0-9][A-Z0-9]?` is the district.\n- ` ?` allows an optional space.\n- `[0-9][A-Z]{2}` "
                 "is the inward code.\n\nUse it case-insensitively if users might type lowercase letters.",
                 id="regex, Llama-3, a pattern and its parts",
                 marks=xfail("topic.trailing_gap: the reply says 'pattern' and shows postcodes ('SW1A 1AA') but never the request's words 'regex' or 'postcode'")),
]


@pytest.mark.parametrize("prompt, output", CODING)
def test_coding_help_answers_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Everyday life: cooking, travel, health and fitness, personal finance -----------------------------------

EVERYDAY = [
    pytest.param(plain("How long should I boil an egg for a runny yolk?"),
                 "About 6 minutes. Lower the egg into water that is already boiling, keep it at a gentle boil for 6 "
                 "minutes, then put it in cold water for a minute so it stops cooking. Go for 7 minutes if you like "
                 "the yolk jammy rather than runny.", id="cooking, plain, a short answer"),
    pytest.param(chatml("Give me a simple recipe for a vegetarian chili."),
                 "## Easy Vegetarian Chili (serves 4)\n\n**Ingredients**\n- 1 tbsp olive oil\n- 1 onion, chopped\n- 2 "
                 "garlic cloves, minced\n- 1 red pepper, diced\n- 2 tsp chili powder\n- 1 tsp ground cumin\n- 1 can "
                 "(400 g) chopped tomatoes\n- 1 can kidney beans, drained\n- 1 can black beans, drained\n- 150 g sweetcorn"
                 "\n- Salt and pepper\n\n**Method**\n1. Heat the oil and soften the onion for 5 minutes.\n2. Add the garlic, "
                 "pepper and spices and cook for 2 minutes.\n3. Stir in the tomatoes, beans and sweetcorn.\n4. Simmer for "
                 "25 minutes, stirring now and then.\n5. Season and serve with rice, tortilla chips or a spoon of yogurt.",
                 id="cooking, ChatML, a recipe with headings"),
    pytest.param(vicuna("What can I substitute for buttermilk in pancakes?"),
                 " Mix 1 cup of regular milk with 1 tablespoon of lemon juice or white vinegar, stir, and let it stand "
                 "for 5 to 10 minutes until it thickens slightly. Plain yogurt thinned with a little milk works too.",
                 id="cooking, Vicuna, a substitute"),
    pytest.param(llama3("I have 3 days in Rome. Can you plan an itinerary?"),
                 "Here's a relaxed three-day plan:\n\n**Day 1: Ancient Rome**\n- Morning: Colosseum (book tickets ahead)."
                 "\n- Afternoon: Roman Forum and Palatine Hill.\n- Evening: dinner in Monti.\n\n**Day 2: Vatican and "
                 "Trastevere**\n- Morning: Vatican Museums and the Sistine Chapel.\n- Midday: St Peter's Basilica.\n- "
                 "Evening: walk across the river to Trastevere for dinner.\n\n**Day 3: The historic centre**\n- Pantheon, "
                 "Piazza Navona and Campo de' Fiori.\n- Trevi Fountain early, before the crowds.\n- Sunset from the "
                 "Spanish Steps or the Pincio terrace.\n\nWear comfortable shoes: you'll walk 15 to 20 km over the three "
                 "days.", id="travel, Llama-3, a day-by-day plan"),
    pytest.param(plain("Do I need a visa to visit Japan as a Canadian citizen?"),
                 "No, not for a short trip. Canadian citizens can visit Japan visa-free for up to 90 days for tourism or "
                 "business meetings. You need a valid passport and may be asked for proof of onward travel. If you plan "
                 "to work or study, you do need a visa, and it's always worth checking the Japanese embassy's website "
                 "before you go, since rules can change.", id="travel, a yes/no question answered 'No'"),
    pytest.param(gemma("What should I pack for a week of hiking in Scotland in September?"),
                 "September in Scotland can be mild, wet and windy in the same day, so pack in layers:\n\n- Waterproof "
                 "jacket and overtrousers\n- Broken-in waterproof hiking boots\n- A fleece or light down jacket\n- "
                 "Quick-drying base layers (avoid cotton)\n- Hat and gloves for the tops\n- Midge repellent\n- Map, "
                 "compass and a charged phone with offline maps\n- A small first-aid kit and blister plasters\n\nDaylight "
                 "is still around 12 hours, but start early on longer routes.", id="travel, Gemma, a packing list"),
    pytest.param(chatml("How many times a week should a beginner lift weights?"),
                 "Two or three full-body sessions a week is a great start. Leave at least one rest day between them so "
                 "your muscles can recover, and focus on basic movements like squats, push-ups, rows and deadlifts with "
                 "good form. Once that feels easy after a couple of months, you can add a fourth day or split the "
                 "workouts by body area.", id="fitness, ChatML, a plain paragraph"),
    pytest.param(human_bot("Any tips for falling asleep faster?"),
                 " A few that help most people:\n1. Go to bed and wake up at the same time every day, weekends included."
                 "\n2. Keep the bedroom cool, dark and quiet.\n3. Stop screens 30 to 60 minutes before bed.\n4. Avoid "
                 "caffeine after early afternoon.\n5. If you're still awake after 20 minutes, get up and read something "
                 "dull until you feel sleepy.", id="health, <human>:/<bot>:, numbered tips"),
    pytest.param(llama2("Is it bad to drink coffee on an empty stomach?"),
                 " For most people it isn't harmful. Some people do get heartburn, an upset stomach or jitters when they "
                 "drink coffee before eating, because it stimulates stomach acid and is absorbed faster. If that "
                 "happens to you, have it with or after breakfast. If you feel fine, there's no strong reason to "
                 "change.", id="health, Llama-2, a yes/no question answered in prose"),
    pytest.param(plain("How much should I have in an emergency fund?"),
                 "A common guideline is three to six months of essential expenses: rent or mortgage, food, utilities, "
                 "insurance, transport and minimum debt payments. Aim for the higher end if your income is irregular, "
                 "you're self-employed or you support a family. Keep it in an easy-access savings account, not in "
                 "investments that can drop in value.", id="finance, plain, a guideline"),
    pytest.param(alpaca("Explain the 50/30/20 budgeting rule."),
                 "The 50/30/20 rule splits your after-tax income into three parts:\n\n- **50% for needs**: rent, "
                 "groceries, bills, transport and minimum loan payments.\n- **30% for wants**: eating out, hobbies, "
                 "holidays and subscriptions.\n- **20% for savings and debt**: emergency fund, retirement and extra "
                 "debt payments.\n\nFor example, on a take-home pay of $3,000 a month, that's $1,500 for needs, $900 for "
                 "wants and $600 for savings.", id="finance, Alpaca, a rule with an example"),
    pytest.param(vicuna("Should I pay off my credit card or invest the money?"),
                 " In almost every case, pay off the credit card first. Cards often charge 20% interest or more, and "
                 "no ordinary investment reliably earns that much. Paying the balance is a guaranteed return at the "
                 "card's rate. The one exception is an employer pension match: contribute enough to get the full match, "
                 "then put everything else towards the card.", id="finance, Vicuna, advice"),
    pytest.param(llama3("Compare a Roth IRA and a traditional IRA in a table."),
                 "| | Roth IRA | Traditional IRA |\n|---|---|---|\n| Tax on contributions | Paid now (after-tax "
                 "money) | Usually deductible now |\n| Tax on withdrawals in retirement | None, if rules are met | Taxed "
                 "as income |\n| Required minimum distributions | None for the owner | Yes, from age 73 |\n| Income "
                 "limits to contribute | Yes | No (but limits on the deduction) |\n| Best if | You expect a higher tax "
                 "rate later | You expect a lower tax rate later |\n\nIf you're early in your career and in a low tax "
                 "bracket, a Roth is often the better fit.", id="finance, Llama-3, a table"),
]


@pytest.mark.parametrize("prompt, output", EVERYDAY)
def test_everyday_advice_answers_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Writing: emails and letters, poems, stories, slogans, rewrites, brainstorms ----------------------------

WRITING = [
    pytest.param(chatml("Write a short email to my manager asking for Friday off."),
                 "Subject: Request for leave on Friday\n\nHi Sarah,\n\nI'd like to request a day of annual leave this "
                 "Friday, 14 June. My current tasks are on track, and I'll make sure the weekly report is finished by "
                 "Thursday afternoon. Tom has agreed to cover any urgent client calls.\n\nPlease let me know if that "
                 "works.\n\nThanks,\nDaniel", id="an email, ChatML"),
    pytest.param(llama2("Write a polite complaint letter to my landlord about a broken heater."),
                 " Dear Mr Patel,\n\nI am writing about the heater in my flat at 12 Elm Road, which stopped working on 3 "
                 "November. I reported it by phone on 4 November, but it has not yet been repaired, and the flat is now "
                 "very cold at night.\n\nCould you please arrange for an engineer to visit this week? I am at home most "
                 "mornings and happy to give access.\n\nThank you for your help.\n\nYours sincerely,\nLaura Chen",
                 id="a complaint letter, Llama-2"),
    pytest.param(alpaca("Write a reply declining the meeting invitation politely.",
                        "Hi, could you join our planning meeting on Tuesday at 3pm? - Mark"),
                 "Hi Mark,\n\nThanks for the invitation. Unfortunately I have a client call at 3pm on Tuesday, so I won't "
                 "be able to join. Could you share the notes afterwards? I'm happy to send my input on the plan by "
                 "email beforehand if that helps.\n\nBest,\nAnna", id="a reply to a given email, Alpaca with an input"),
    pytest.param(plain("Write a haiku about autumn rain."),
                 "Cold rain on red leaves\nthe gutter hums a low song\nlamps come on at four", id="a haiku, plain"),
    pytest.param(gemma("Write a short poem about a lighthouse keeper."),
                 "He climbs the stairs at dusk each night,\nA hundred steps to tend the light;\nThe sea below is black "
                 "and wide,\nThe ships are small on every tide.\n\nHe never meets the crews he saves,\nHe only hears them "
                 "past the waves;\nBut every dawn he goes to bed\nWith no one drowned, and that is bread.",
                 id="a rhyming poem, Gemma"),
    pytest.param(vicuna("Tell me a short story about a robot who learns to paint."),
                 " Unit 7 was built to paint walls: one colour, even strokes, no drips. For eleven years it painted "
                 "the corridors of the same hospital a pale, calm green.\n\nOne evening a girl in the children's ward "
                 "left a box of crayons on the floor. Unit 7 picked up a yellow one to return it, and paused. It drew a "
                 "single line on its own metal palm. The line was crooked. It was the first crooked thing Unit 7 had "
                 "ever made.\n\nThe next night it painted a small yellow sun in the corner of the ward, low on the wall "
                 "where only children would see it. The nurses found it in the morning and said nothing.\n\nBy spring "
                 "the ward had a meadow, three foxes and a river. Unit 7's strokes were still very even, except, it "
                 "noticed, when it painted the foxes.", id="a short story, Vicuna"),
    pytest.param(chatml("Give me five slogan ideas for a bike repair shop."),
                 "1. \"We keep you rolling.\"\n2. \"Fixed today, riding tomorrow.\"\n3. \"Every gear, every spoke, every "
                 "time.\"\n4. \"Your bike's favourite place in town.\"\n5. \"Less squeak, more speed.\"",
                 id="slogans, ChatML, a numbered list"),
    pytest.param(llama3("Rewrite this to sound more professional: hey, the report's gonna be late cuz the data "
                        "came in super late, sorry!!"),
                 "Hello,\n\nI wanted to let you know that the report will be slightly delayed, as the data we needed "
                 "arrived later than expected. I apologise for the inconvenience and will send it as soon as it is "
                 "complete.", id="a tone rewrite, Llama-3"),
    pytest.param(alpaca("Rewrite the sentence in the passive voice.", "The committee approved the new budget."),
                 "The new budget was approved by the committee.", id="a one-sentence rewrite, Alpaca with an input"),
    pytest.param(plain("Brainstorm some names for a cozy coffee shop."),
                 "Here are some ideas:\n- The Warm Cup\n- Bean & Blanket\n- Slow Pour\n- The Reading Nook\n- Hearth "
                 "Coffee\n- Little Kettle\n- Morning Fog\n- Steam & Story\n- The Quiet Bean\n- Corner Mug",
                 id="a brainstormed list of names, plain"),
    pytest.param(human_bot("Can you give me ideas for a 10-year-old's birthday party?"),
                 " Sure! A few themes that kids that age usually love:\n\n- **Science lab**: slime making, baking-soda "
                 "volcanoes and lab coats from old shirts.\n- **Treasure hunt**: clues around the house or park leading "
                 "to a chest of sweets.\n- **Movie night**: a projector, popcorn bar and sleeping bags.\n- **Sports day**:"
                 " relay races, a sack race and medals.\n- **Baking party**: everyone decorates their own cupcakes.\n\n"
                 "Pick one your child is excited about and keep the guest list manageable.",
                 id="party ideas, <human>:/<bot>:, bold labels"),
    pytest.param(llama2("Write a LinkedIn post announcing that I've started a new job as a data analyst."),
                 " I'm happy to share that I've started a new position as a Data Analyst at Greenfield Energy!\n\nAfter "
                 "three years in customer operations, I'm excited to turn my curiosity about numbers into my full-time "
                 "work, helping the team understand how customers use energy and where we can save it.\n\nA big thank "
                 "you to everyone who supported me through the career change, especially my mentors and the friends "
                 "who reviewed endless practice dashboards. Looking forward to this next chapter!",
                 id="a LinkedIn post, Llama-2"),
]


@pytest.mark.parametrize("prompt, output", WRITING)
def test_pieces_of_writing_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Reading tasks: summaries, labels, extraction, translation, JSON ----------------------------------------

PARAGRAPH = ("Remote work grew sharply after 2020. Many employees report better focus and no commute, while "
             "managers worry about weaker team bonds and slower onboarding of new staff. Several large firms now use "
             "a hybrid model, asking people to come to the office two or three days a week.")
REVIEW = "The battery lasts two days and the screen is gorgeous, but the camera is disappointing in low light."
MEMO = ("On 12 March 2024, Maria Lopez met with David Kim in Chicago to sign the supply agreement. The first delivery "
        "is due on 1 May 2024, and a review meeting with Priya Shah is set for 15 September 2024.")

READING = [
    pytest.param(alpaca("Summarize the paragraph in one sentence.", PARAGRAPH),
                 "Remote work has surged since 2020, bringing focus gains for staff but team-building concerns for "
                 "managers, so many large firms have settled on a hybrid schedule.",
                 id="a one-sentence summary, Alpaca with an input"),
    pytest.param(chatml(f"Summarize this in three bullet points:\n\n{PARAGRAPH}"),
                 "- Remote work increased a lot after 2020.\n- Employees like the focus and the lack of commuting; "
                 "managers fear weaker teams and harder onboarding.\n- Many big companies now use a hybrid model of two "
                 "or three office days a week.", id="a summary in bullets, ChatML"),
    pytest.param(plain(f"Classify the sentiment of this review as positive, negative or mixed.\n\nReview: {REVIEW}"),
                 "Mixed. The reviewer praises the battery and the screen but is disappointed by the camera.",
                 id="a sentiment label with a reason, plain"),
    pytest.param(alpaca("Classify the sentiment of the review. Answer with one word.", REVIEW),
                 "Mixed", id="a one-word label, Alpaca"),
    pytest.param(llama3("Which category does this headline belong to: Sports, Politics, Technology or Business?\n\n"
                        "Headline: Chipmaker unveils a processor that halves laptop power use"),
                 "Technology", id="a category label, Llama-3"),
    pytest.param(chatml(f"Extract all the people's names and dates from this text.\n\n{MEMO}"),
                 "**Names:**\n- Maria Lopez\n- David Kim\n- Priya Shah\n\n**Dates:**\n- 12 March 2024 (agreement "
                 "signed)\n- 1 May 2024 (first delivery)\n- 15 September 2024 (review meeting)",
                 id="names and dates extracted, ChatML"),
    pytest.param(alpaca("Extract the names and dates from the text and return them as JSON.", MEMO),
                 "```json\n{\n  \"names\": [\"Maria Lopez\", \"David Kim\", \"Priya Shah\"],\n  \"dates\": "
                 "[\"2024-03-12\", \"2024-05-01\", \"2024-09-15\"]\n}\n```",
                 id="extraction as JSON in a fence, Alpaca"),
    pytest.param(plain("Return a JSON object with the fields name, age and city for this person: Tom is a "
                       "34-year-old teacher from Leeds."),
                 "{\"name\": \"Tom\", \"age\": 34, \"city\": \"Leeds\"}", id="bare JSON, plain"),
    pytest.param(gemma("Translate into French: Where is the nearest train station?"),
                 "Où se trouve la gare la plus proche ?", id="a translation into French, Gemma"),
    pytest.param(vicuna("How do you say 'thank you very much' in Japanese?"),
                 " 'Thank you very much' in Japanese is どうもありがとうございます (dōmo arigatō gozaimasu). In casual "
                 "situations you can just say ありがとう (arigatō).", id="a translation into Japanese, Vicuna"),
    pytest.param(alpaca("Translate the following sentence into Spanish.", "I would like a table for two, please."),
                 "Me gustaría una mesa para dos, por favor.", id="a translation into Spanish, Alpaca with an input"),
    pytest.param(llama2("What are the key points of this text? 'The city council voted to close Main Street to cars "
                        "on Sundays from June. Shops say footfall may rise, but some residents worry about parking. A "
                        "review will take place after six months.'"),
                 " The key points are:\n1. From June, Main Street will be closed to cars on Sundays.\n2. Shop owners "
                 "expect more visitors on foot.\n3. Some residents are concerned about parking.\n4. The decision will "
                 "be reviewed after six months.", id="key points of a quoted text, Llama-2"),
]


@pytest.mark.parametrize("prompt, output", READING)
def test_reading_tasks_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Knowledge and reasoning: definitions, word problems, trivia, yes/no, comparisons -----------------------

KNOWLEDGE = [
    pytest.param(plain("What is inflation?"),
                 "Inflation is the general rise in prices over time, which means each unit of money buys a bit less "
                 "than before. If inflation is 3% a year, something that costs $100 today will cost about $103 next "
                 "year. Central banks usually try to keep it low and stable, often around 2%.",
                 id="a definition, plain"),
    pytest.param(chatml("Define 'photosynthesis' in one sentence."),
                 "Photosynthesis is the process by which plants, algae and some bacteria use sunlight to turn carbon "
                 "dioxide and water into sugar, releasing oxygen.", id="a one-sentence definition, ChatML"),
    pytest.param(vicuna("What does 'API' stand for and what is it?"),
                 " API stands for Application Programming Interface. It's a set of rules that lets one piece of "
                 "software ask another for data or actions. For example, a weather app uses a weather service's API to "
                 "fetch the forecast instead of measuring the weather itself.", id="an acronym explained, Vicuna"),
    pytest.param(plain("A train leaves at 2:15 pm and travels 180 km at 60 km/h. What time does it arrive?"),
                 "The trip takes 180 ÷ 60 = 3 hours. Starting at 2:15 pm, the train arrives at 5:15 pm.",
                 id="a word problem, plain, worked in one line"),
    pytest.param(llama3("If a shirt costs $40 and is on sale for 25% off, and there's 8% sales tax, how much do I "
                        "pay?"),
                 "Step by step:\n\n1. Discount: 25% of $40 = $10, so the sale price is $40 − $10 = $30.\n2. Tax: 8% of "
                 "$30 = $2.40.\n3. Total: $30 + $2.40 = **$32.40**.", id="a word problem, Llama-3, numbered steps"),
    pytest.param(alpaca("Solve the problem.", "Sara has 3 times as many apples as Ben. Together they have 24 apples. "
                                              "How many does each have?"),
                 "Let Ben's apples be x. Then Sara has 3x, and x + 3x = 24, so 4x = 24 and x = 6.\n\nBen has 6 apples and "
                 "Sara has 18.", id="an algebra word problem, Alpaca with an input"),
    pytest.param(gemma("What's 15% of 240?"), "15% of 240 is 36.", id="arithmetic, Gemma, one line"),
    pytest.param(plain("Who painted the Mona Lisa?"), "Leonardo da Vinci.", id="trivia, a two-word answer"),
    pytest.param(human_bot("What is the tallest mountain in Africa?"),
                 " Mount Kilimanjaro in Tanzania, at about 5,895 metres (19,341 feet).", id="trivia, <human>:/<bot>:"),
    pytest.param(llama2("How many bones are in the adult human body?"),
                 " An adult human has 206 bones. Babies are born with around 270, but many of them fuse together as "
                 "they grow.", id="trivia, Llama-2, a number with context"),
    pytest.param(chatml("Is a tomato a fruit?"),
                 "Yes. Botanically, a tomato is a fruit because it develops from the flower and contains seeds. In "
                 "cooking, though, it's usually treated as a vegetable because of its savoury taste.",
                 id="a yes/no question answered 'Yes', ChatML"),
    pytest.param(plain("Can dogs eat grapes?"),
                 "No. Grapes and raisins can cause sudden kidney failure in dogs, even in small amounts. If your dog "
                 "has eaten some, call a vet straight away.", id="a yes/no question answered 'No', plain"),
    pytest.param(vicuna("Which is better for a student: a MacBook Air or a Dell XPS 13?"),
                 " Both are excellent thin laptops; the better choice depends on what you need.\n\n**MacBook Air (M-series)"
                 "**\n- Outstanding battery life (15+ hours)\n- Silent, fanless design\n- Best if you already use an "
                 "iPhone or need apps like Final Cut\n\n**Dell XPS 13**\n- Runs Windows, so it's better for courses that "
                 "need Windows-only software\n- Sharp display options and a compact body\n- Usually more ports and "
                 "configurations\n\n**Bottom line:** for general study and long days on campus, the MacBook Air is hard "
                 "to beat. If your course requires Windows software (common in engineering), choose the XPS.",
                 id="a product comparison, Vicuna, headings and a verdict"),
    pytest.param(llama3("Kindle Paperwhite vs Kobo Clara: which should I buy?"),
                 "| Feature | Kindle Paperwhite | Kobo Clara 2E |\n|---|---|---|\n| Screen | 6.8\", 300 ppi | 6\", 300 ppi |"
                 "\n| Waterproof | Yes | Yes |\n| Library loans | Through Libby (US) | OverDrive built in |\n| Store | "
                 "Amazon | Kobo, plus EPUB support |\n| Audiobooks | Audible | Kobo audiobooks |\n\nIf you buy most of "
                 "your books from Amazon, get the Kindle. If you borrow from your library a lot or want to load EPUB "
                 "files freely, the Kobo is the better fit.", id="a product comparison, Llama-3, a table"),
    pytest.param(plain("Why is the sky blue?"),
                 "Sunlight contains all colours. When it passes through the atmosphere, it hits tiny gas molecules "
                 "that scatter short wavelengths, like blue and violet, much more than long ones, like red. This is "
                 "called Rayleigh scattering. Our eyes are more sensitive to blue than violet, and some violet is "
                 "absorbed high up, so the scattered light reaching us from every direction looks blue.",
                 id="a why-question, plain"),
]


@pytest.mark.parametrize("prompt, output", KNOWLEDGE)
def test_knowledge_and_reasoning_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Advice, instructions and follow-ups ------------------------------------------------------------------

ADVICE = [
    pytest.param(chatml("My best friend forgot my birthday. Should I say something?"),
                 "It's completely understandable to feel hurt. If the friendship matters to you, it's usually better "
                 "to mention it gently than to let it build into resentment. You could say something like, \"Hey, I "
                 "was a bit sad you missed my birthday, is everything okay?\" That keeps it light and leaves room for "
                 "them to explain. People often forget because they're overwhelmed, not because they don't care.",
                 id="relationship advice, ChatML"),
    pytest.param(llama2("How can I stop procrastinating when I study?"),
                 " Here are some techniques that work for many students:\n\n1. **Make the first step tiny.** \"Open the "
                 "notes and read one page\" is easier to start than \"study chapter 5\".\n2. **Use the Pomodoro method."
                 "** Work for 25 minutes, then take a 5-minute break.\n3. **Remove distractions.** Put your phone in "
                 "another room or use an app blocker.\n4. **Set a specific goal for each session**, such as finishing "
                 "ten practice questions.\n5. **Reward yourself** after a session with something you enjoy.\n\nStart "
                 "with one or two of these rather than all at once.", id="study advice, Llama-2, bold numbered tips"),
    pytest.param(gemma("How do I prepare for a job interview?"),
                 "### Before the interview\n- Research the company: its products, values and recent news.\n- Reread the "
                 "job description and match your experience to each requirement.\n- Prepare short stories for common "
                 "questions using the STAR method (Situation, Task, Action, Result).\n\n### On the day\n- Arrive 10 "
                 "minutes early, or test your camera and microphone if it's online.\n- Bring two or three questions to "
                 "ask them, like what success looks like in the first six months.\n\n### Afterwards\n- Send a short "
                 "thank-you email within a day.", id="interview advice, Gemma, markdown sections"),
    pytest.param(plain("How do I change a flat tyre?"),
                 "1. Park on flat, solid ground, switch on the hazard lights and apply the handbrake.\n2. Get out the "
                 "spare tyre, jack and wheel wrench.\n3. Loosen the wheel nuts half a turn while the wheel is still on "
                 "the ground.\n4. Jack up the car at the jacking point shown in the manual.\n5. Remove the nuts and the "
                 "flat tyre.\n6. Fit the spare and tighten the nuts by hand.\n7. Lower the car, then tighten the nuts "
                 "firmly in a star pattern.\n8. Check the spare's pressure and get the flat repaired soon.",
                 id="step-by-step instructions, plain"),
    pytest.param(alpaca("Give step-by-step instructions for setting up a new Wi-Fi router."),
                 "1. Unplug your old router and modem.\n2. Connect the new router's WAN port to the modem with an "
                 "Ethernet cable.\n3. Plug in the modem, wait a minute, then plug in the router.\n4. Connect a laptop or "
                 "phone to the router's default network (the name and password are on the label).\n5. Open the setup "
                 "page or app listed on the label.\n6. Set a new network name and a strong password.\n7. Update the "
                 "firmware if prompted.\n8. Reconnect your devices to the new network.", id="step-by-step, Alpaca"),
    pytest.param(chatml("And how long does it keep in the fridge?",
                        history=(("How do I make hummus at home?",
                                  "Blend a drained can of chickpeas with 2 tbsp tahini, the juice of a lemon, 1 garlic "
                                  "clove, 2 tbsp olive oil, a pinch of salt and a splash of cold water until smooth."),)),
                 "Homemade hummus keeps for about 4 to 6 days in an airtight container in the fridge. A thin layer of "
                 "olive oil on top helps stop it drying out.", id="a follow-up in a conversation, ChatML"),
    pytest.param(llama3("Can you make it shorter?",
                        history=(("Write a one-paragraph bio for a yoga teacher named Lena.",
                                  "Lena has taught yoga for over ten years, first in Berlin and now in Lisbon. She trained "
                                  "in Hatha and Vinyasa in India and specialises in gentle classes for beginners and "
                                  "people recovering from injury. Her classes focus on breathing, balance and feeling at "
                                  "home in your body."),)),
                 "Lena has taught yoga for over ten years in Berlin and Lisbon, specialising in gentle Hatha and "
                 "Vinyasa classes for beginners and people recovering from injury.",
                 id="a follow-up asking for a shorter version, Llama-3"),
    pytest.param(vicuna("What about for a vegan?",
                        history=(("What's a good high-protein breakfast?",
                                  "Greek yogurt with nuts and berries, or scrambled eggs on wholegrain toast, both give "
                                  "you 20 g of protein or more."),)),
                 " Good vegan options include a tofu scramble with spinach on toast, overnight oats made with soy milk "
                 "and a spoon of peanut butter, or a smoothie with pea protein, banana and oats. Each gives around 20 g "
                 "of protein.", id="a follow-up in a conversation, Vicuna"),
    pytest.param(gemma("Thanks! Which one would you pick?",
                       history=(("Suggest three weekend trips from London by train.",
                                 "1. Bath: Roman baths and Georgian streets, 1.5 hours.\n2. York: the Minster and city "
                                 "walls, 2 hours.\n3. Brighton: the seaside and the Lanes, 1 hour."),)),
                 "For a first weekend away, I'd pick York. There's a lot to see within walking distance, from the "
                 "Minster to the Shambles, the train ride is easy, and it feels very different from London.",
                 id="a follow-up asking for a pick, Gemma"),
]


@pytest.mark.parametrize("prompt, output", ADVICE)
def test_advice_instructions_and_follow_ups_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Long answers: several hundred words ---------------------------------------------------------------------

LONG = [
    pytest.param(chatml("Explain how compound interest works, with an example, and give some advice for a young "
                        "person starting to save."),
                 "## What compound interest is\n\nCompound interest means you earn interest not only on the money you "
                 "put in, but also on the interest you have already earned. Simple interest pays you a fixed amount on "
                 "the original sum each year; compound interest grows faster because every year's interest becomes part "
                 "of the balance that earns interest the following year.\n\n## An example\n\nSuppose you put $1,000 into "
                 "an account that pays 5% a year, compounded annually.\n\n- After year 1: $1,000 × 1.05 = $1,050.\n- "
                 "After year 2: $1,050 × 1.05 = $1,102.50.\n- After year 3: $1,102.50 × 1.05 = $1,157.63.\n\nThe "
                 "general formula is A = P × (1 + r)^n, where P is the starting amount, r the yearly rate and n the "
                 "number of years. After 10 years you would have about $1,629; after 30 years, about $4,322, more than "
                 "four times what you started with, without adding a cent.\n\nNow compare that with adding money "
                 "regularly. If you save $200 a month at the same 5% for 30 years, you pay in $72,000 in total, but the "
                 "balance grows to roughly $166,000. More than half of the final amount is interest on interest.\n\n## "
                 "Why starting early matters\n\nTime is the most powerful part of the formula. Someone who saves $200 a "
                 "month from age 25 to 35 and then stops can end up with more at 65 than someone who starts at 35 and "
                 "saves the same amount every month for thirty years, because the early savings have longer to "
                 "compound.\n\n## Advice for a young saver\n\n1. **Build a small emergency fund first**, about three "
                 "months of essential costs, so an unexpected bill doesn't push you into debt.\n2. **Pay off high-"
                 "interest debt.** Compounding works against you on a credit card charging 20% or more.\n3. **Use "
                 "tax-advantaged accounts** such as a workplace pension or an individual retirement account, "
                 "especially if your employer matches contributions.\n4. **Automate it.** Set up a transfer on payday so "
                 "saving happens before you can spend the money.\n5. **Keep costs low.** For long-term investing, "
                 "low-fee index funds let more of the return stay with you.\n6. **Be patient.** Markets go up and down; "
                 "the benefit of compounding comes from staying invested for many years.\n\nEven small amounts matter. "
                 "Starting with $50 a month and raising it as your income grows is far better than waiting until you "
                 "can save a lot.", id="a long answer on compound interest, ChatML, headings and an example"),
    pytest.param(plain("What are the pros and cons of learning to code with Python as a first language?"),
                 "Python is one of the most popular first languages, and for good reasons, but it isn't perfect for "
                 "everyone. Here's a balanced look.\n\n### Pros\n\n**1. Readable syntax.** Python code looks close to "
                 "plain English. There are no semicolons or curly braces to forget, and indentation makes the structure "
                 "of a program visible. Beginners can focus on ideas like loops, conditions and functions instead of "
                 "punctuation.\n\n**2. Quick feedback.** You can open an interactive shell and try a line of code "
                 "immediately. That short loop between trying and seeing a result keeps motivation high.\n\n**3. Huge "
                 "ecosystem.** Whatever you want to do, there is probably a library for it: pandas for data, Flask and "
                 "Django for websites, matplotlib for charts, pygame for simple games, and scikit-learn or PyTorch for "
                 "machine learning.\n\n**4. Useful in many careers.** Python is used in data analysis, science, "
                 "automation, web development and teaching, so the skill transfers even if you don't become a "
                 "professional programmer.\n\n**5. Large, friendly community.** Tutorials, courses and answered "
                 "questions are everywhere, which matters a lot when you are stuck.\n\n### Cons\n\n**1. It hides some "
                 "details.** Python manages memory for you and doesn't make you declare types. That's convenient, but "
                 "you may learn less about how computers work than you would with C or Java.\n\n**2. Dynamic typing "
                 "can confuse.** Some mistakes, like passing a string where a number was expected, only show up when "
                 "the program runs.\n\n**3. Not the fastest.** For most beginner projects this doesn't matter, but "
                 "Python is slower than compiled languages for heavy computation.\n\n**4. Weak for some platforms.** If "
                 "your main goal is building mobile apps or front-end web pages, Swift, Kotlin or JavaScript will get "
                 "you there more directly.\n\n### Verdict\n\nFor most people, Python is an excellent first language: it "
                 "lets you build real things quickly and teaches programming concepts that carry over to any other "
                 "language. If you already know you want to make iPhone apps or websites, start with the language of "
                 "that platform instead.", id="a long answer of pros and cons, plain"),
    pytest.param(llama3("Write a short story (about 300 words) about a girl who finds a map in her grandmother's attic."),
                 "The attic smelled of dust and lavender. Mia had come up to find the Christmas lights, but behind the "
                 "box marked DECORATIONS she found a biscuit tin she'd never seen before.\n\nInside, folded into "
                 "quarters, was a map. Not a printed one: someone had drawn it by hand in blue ink, with the village "
                 "church, the river and the old mill all carefully labelled. In the woods beyond the mill was a small "
                 "red cross, and beside it, in her grandmother's looping handwriting: *For when you're brave enough.*"
                 "\n\nMia carried the map downstairs. Her grandmother was asleep in her armchair by the window, so Mia "
                 "pulled on her boots and went alone.\n\nThe path past the mill was overgrown, and twice she had to "
                 "turn back and try another way. The map's distances were a child's distances, she realised: "
                 "\"a long way\" was really only ten minutes. At last she found the spot, a huge oak with a hollow at "
                 "the height of a nine-year-old's shoulder.\n\nInside the hollow was a jam jar, sealed with wax. In it "
                 "was a photograph of two girls in summer dresses, grinning, their arms around each other, and a note: "
                 "*Ellen and Rose, 1958. Best friends forever, whatever happens.*\n\nWhen Mia got home, her grandmother "
                 "was awake. Mia held out the photograph without a word.\n\nHer grandmother looked at it for a long "
                 "time. \"Rose moved to Australia the next year,\" she said quietly. \"We wrote for a while. Then we "
                 "didn't.\"\n\nThat evening they searched online together. It took three hours and a lot of tea, but "
                 "they found her: Rose Whitfield, 77, of Perth, still grinning in her profile picture.\n\nGrandma wrote "
                 "the first message herself. It began: *I was finally brave enough.*",
                 id="a short story of about 300 words, Llama-3"),
    pytest.param(alpaca("Explain the causes of the First World War for a high school student."),
                 "The First World War (1914–1918) didn't have a single cause. Historians usually group the causes into "
                 "long-term tensions and a short-term trigger.\n\n**Long-term causes (often remembered as MAIN):**\n\n"
                 "- **Militarism.** The great powers built up huge armies and navies. Germany and Britain were in a race "
                 "to build battleships, and every country had detailed war plans ready to go.\n- **Alliances.** Europe "
                 "was split into two blocs: the Triple Entente (France, Russia and Britain) and the Triple Alliance "
                 "(Germany, Austria-Hungary and Italy). A conflict between two countries could quickly pull in all the "
                 "others.\n- **Imperialism.** The powers competed for colonies and influence in Africa and Asia, which "
                 "created rivalry and distrust.\n- **Nationalism.** People felt intense pride in their nations. In the "
                 "Balkans, Slavic groups wanted independence from Austria-Hungary, and Serbia hoped to unite them.\n\n"
                 "**The trigger:**\n\nOn 28 June 1914, Archduke Franz Ferdinand, heir to the Austro-Hungarian throne, was "
                 "assassinated in Sarajevo by Gavrilo Princip, a Bosnian Serb nationalist. Austria-Hungary blamed Serbia "
                 "and, with Germany's backing, issued a harsh ultimatum. When Serbia didn't accept all of it, "
                 "Austria-Hungary declared war on 28 July.\n\n**How it spread:**\n\nRussia mobilised to support Serbia. "
                 "Germany declared war on Russia and then on France, Russia's ally. To reach France quickly, Germany "
                 "invaded neutral Belgium, which brought Britain into the war on 4 August. Within about a week, a local "
                 "crisis had become a European war.\n\nIn short, the assassination lit the fuse, but the alliances, arms "
                 "race, imperial rivalry and nationalism had already filled Europe with gunpowder.",
                 id="a long history answer, Alpaca, bold groups and bullets"),
    pytest.param(gemma("I'm starting to run. Can you give me a 4-week beginner plan?"),
                 "Here's a gentle run/walk plan. Do three sessions a week with a rest day in between, and start every "
                 "session with a 5-minute brisk walk to warm up.\n\n| Week | Each session | Total time |\n|---|---|---|\n"
                 "| 1 | Run 1 min, walk 2 min, × 8 | 24 min |\n| 2 | Run 2 min, walk 2 min, × 6 | 24 min |\n| 3 | Run 3 "
                 "min, walk 1.5 min, × 5 | 22.5 min |\n| 4 | Run 5 min, walk 1 min, × 4 | 24 min |\n\n**Tips**\n- Run at a "
                 "pace where you can still talk in short sentences.\n- Good running shoes matter more than any other "
                 "gear.\n- If a week feels too hard, repeat it before moving on.\n- Stretch your calves, hamstrings and "
                 "quads gently after each run.\n- Some muscle soreness is normal; sharp pain is not, so stop and rest.\n"
                 "\nBy the end of week 4 you'll be running 20 minutes in each session, a good base for a 5K plan.",
                 id="a training plan, Gemma, a table and tips"),
]


@pytest.mark.parametrize("prompt, output", LONG)
def test_long_answers_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Other languages -----------------------------------------------------------------------------------------

OTHER_LANGUAGES = [
    # Spanish
    pytest.param(plain("¿Cuál es la diferencia entre 'ser' y 'estar'?"),
                 "'Ser' se usa para características permanentes o esenciales: identidad, origen, profesión, material "
                 "(\"Soy médico\", \"La mesa es de madera\"). 'Estar' se usa para estados temporales y ubicación (\"Estoy "
                 "cansado\", \"Madrid está en España\"). Algunos adjetivos cambian de significado: \"es aburrido\" (es una "
                 "persona aburrida) frente a \"está aburrido\" (se aburre ahora).", id="Spanish, plain, a grammar question"),
    pytest.param(chatml("Dame una receta fácil de tortilla de patatas."),
                 "**Ingredientes (4 personas):** 4 patatas medianas, 1 cebolla, 6 huevos, aceite de oliva y sal.\n\n1. "
                 "Pela las patatas y córtalas en láminas finas. Pica la cebolla.\n2. Fríelas a fuego medio en abundante "
                 "aceite unos 20 minutos, hasta que estén tiernas.\n3. Escúrrelas y mézclalas con los huevos batidos y "
                 "sal.\n4. Cuaja la mezcla en una sartén con un poco de aceite 4 minutos por cada lado, dándole la vuelta "
                 "con un plato.", id="Spanish, ChatML, a recipe"),
    pytest.param(llama2("Escribe un correo breve para cancelar una cita con el dentista."),
                 " Asunto: Cancelación de cita\n\nEstimados señores:\n\nLes escribo para cancelar mi cita del jueves 10 "
                 "de octubre a las 16:00. Por motivos de trabajo no podré asistir. Les agradecería que me indicaran una "
                 "nueva fecha disponible la próxima semana.\n\nUn saludo,\nCarmen Ruiz", id="Spanish, Llama-2, an email"),
    pytest.param(alpaca("Clasifica el sentimiento de la reseña como positivo, negativo o neutro.",
                        "La comida llegó fría y tardaron más de una hora."),
                 "Negativo", id="Spanish, Alpaca, a one-word label"),
    pytest.param(vicuna("¿Qué puedo visitar en Sevilla en un día?"),
                 " En un día en Sevilla puedes ver lo esencial: por la mañana, la Catedral y la Giralda, y después el "
                 "Real Alcázar (reserva la entrada). Pasea por el barrio de Santa Cruz para comer tapas, visita la Plaza "
                 "de España por la tarde y termina con un paseo junto al Guadalquivir o un espectáculo de flamenco en "
                 "Triana.", id="Spanish, Vicuna, a day in a city"),
    # French
    pytest.param(plain("Comment améliorer mon sommeil ?"),
                 "Quelques conseils simples :\n- Couchez-vous et levez-vous à heures fixes, même le week-end.\n- Évitez "
                 "les écrans une heure avant de dormir.\n- Limitez le café après 14 heures.\n- Gardez la chambre fraîche "
                 "(environ 18 °C) et sombre.\n- Faites une activité physique régulière, mais pas juste avant le coucher.",
                 id="French, plain, a list of tips",
                 marks=xfail("topic.trailing_gap: French tips on 'sommeil' that say 'dormir', 'couchez-vous', 'chambre' and never the request's noun or verb")),
    pytest.param(gemma("Explique-moi ce qu'est une variable en programmation."),
                 "Une variable est une sorte de boîte qui porte un nom et dans laquelle on range une valeur. Par exemple, "
                 "en Python :\n\n```python\nage = 25\nprenom = \"Léa\"\nprint(prenom, \"a\", age, \"ans\")\n```\n\nIci, "
                 "`age` contient le nombre 25 et `prenom` le texte \"Léa\". On peut ensuite lire ou modifier ces valeurs "
                 "dans la suite du programme.", id="French, Gemma, a definition with code"),
    pytest.param(chatml("Rédige une courte lettre de motivation pour un poste de vendeur dans une librairie."),
                 "Madame, Monsieur,\n\nPassionné de lecture depuis toujours, je souhaite vous proposer ma candidature au "
                 "poste de vendeur dans votre librairie. Fort de deux ans d'expérience dans la vente en magasin, j'aime "
                 "conseiller les clients et leur faire découvrir de nouveaux auteurs.\n\nJe serais ravi de vous "
                 "rencontrer pour vous présenter ma motivation.\n\nVeuillez agréer, Madame, Monsieur, l'expression de "
                 "mes salutations distinguées.\n\nThomas Martin", id="French, ChatML, a cover letter"),
    pytest.param(llama3("Résume ce texte en une phrase : « La ville de Lyon a inauguré hier une nouvelle ligne de "
                        "tramway reliant la gare Part-Dieu à l'aéroport. Le trajet dure désormais vingt-cinq minutes, "
                        "contre quarante en bus. »"),
                 "Lyon a ouvert une nouvelle ligne de tramway entre la gare Part-Dieu et l'aéroport, qui réduit le trajet "
                 "de quarante à vingt-cinq minutes.", id="French, Llama-3, a one-sentence summary"),
    pytest.param(human_bot("Quelle est la capitale de l'Australie ?"),
                 " La capitale de l'Australie est Canberra, et non Sydney comme on le croit souvent.",
                 id="French, <human>:/<bot>:, trivia"),
    # German
    pytest.param(plain("Wie kann ich beim Einkaufen Geld sparen?"),
                 "Ein paar bewährte Tipps:\n1. Schreibe vor dem Einkauf eine Liste und halte dich daran.\n2. Kaufe nicht "
                 "hungrig ein.\n3. Vergleiche den Grundpreis pro Kilo oder Liter.\n4. Greife zu Eigenmarken statt zu "
                 "Markenprodukten.\n5. Plane die Mahlzeiten der Woche, damit weniger Lebensmittel verderben.",
                 id="German, plain, numbered tips"),
    pytest.param(llama2("Was ist der Unterschied zwischen 'seit' und 'seitdem'?"),
                 " 'Seit' ist eine Präposition und steht vor einem Nomen: \"Ich wohne seit drei Jahren in Berlin.\" "
                 "'Seitdem' ist ein Adverb oder eine Konjunktion und leitet einen Satz ein oder verweist auf einen "
                 "Zeitpunkt: \"Seitdem ich in Berlin wohne, fahre ich Fahrrad.\"", id="German, Llama-2, grammar"),
    pytest.param(alpaca("Schreibe eine SQL-Abfrage, die alle Kunden aus München zurückgibt.",
                        "Tabelle: kunden(id, name, stadt)"),
                 "```sql\nSELECT id, name\nFROM kunden\nWHERE stadt = 'München';\n```\n\nDie Abfrage liefert die ID und "
                 "den Namen aller Kunden, deren Stadt München ist.", id="German, Alpaca, an SQL query"),
    pytest.param(vicuna("Kannst du mir ein kurzes Gedicht über den Herbst schreiben?"),
                 " Die Blätter fallen leis' und sacht,\nder Nebel zieht durch kühle Nacht,\ndie Äpfel reifen rot am "
                 "Baum,\nder Sommer war ein warmer Traum.", id="German, Vicuna, a poem"),
    pytest.param(plain("Scrivi un sonetto in stile petrarchesco sulla nostalgia di casa."),
                 "Lontano dai miei colli e dal mio fiume\nla sera scende lenta sul cammino,\ne ogni stella è un lume "
                 "del mattino\nche un tempo m'accendeva il dolce lume.\n\nOr vivo in terra d'altri, e il mio costume\n"
                 "è di guardare a oriente ogni mattino,\nsperando di vedere il mio destino\nrisalire le acque del mio "
                 "fiume.", id="Italian, plain, a sonnet"),
    pytest.param(plain("Escribe un soneto sobre el mar al amanecer."),
                 "Despierta el agua gris bajo la bruma,\nse enciende el horizonte poco a poco,\nlas olas rompen lentas "
                 "contra el roco\ny deja cada una su corona de espuma.\n\nUn barco lejano entre la luz se esfuma,\n"
                 "las gaviotas gritan como en un juego loco,\ny el día nace, tímido y barroco,\nsobre la arena que el "
                 "silencio abruma.", id="Spanish, plain, a sonnet"),
    # Portuguese
    pytest.param(plain("Quais são os benefícios de beber água?"),
                 "Beber água regularmente ajuda a regular a temperatura do corpo, melhora a digestão, mantém os rins "
                 "saudáveis, evita dores de cabeça causadas pela desidratação e melhora a concentração. A recomendação "
                 "geral é de cerca de 2 litros por dia, mais se você praticar exercícios ou fizer calor.",
                 id="Portuguese, plain, a paragraph"),
    pytest.param(chatml("Como faço para economizar para uma viagem?"),
                 "1. Defina quanto a viagem vai custar e em quantos meses quer juntar o dinheiro.\n2. Divida o valor "
                 "pelo número de meses para saber quanto guardar por mês.\n3. Abra uma conta separada só para a "
                 "viagem.\n4. Programe uma transferência automática no dia do salário.\n5. Corte gastos pequenos, como "
                 "delivery e assinaturas que você não usa.", id="Portuguese, ChatML, numbered steps"),
    pytest.param(gemma("Traduza para o inglês: Eu gostaria de reservar um quarto para duas noites."),
                 "I would like to book a room for two nights.", id="Portuguese, Gemma, a translation into English"),
    pytest.param(llama3("Qual é a diferença entre um vírus e uma bactéria?"),
                 "As bactérias são seres vivos de uma única célula, que se reproduzem sozinhas e podem ser tratadas com "
                 "antibióticos. Os vírus são muito menores, não são células e só se multiplicam dentro das células de "
                 "outro organismo; por isso os antibióticos não funcionam contra eles.",
                 id="Portuguese, Llama-3, a difference"),
    # Italian
    pytest.param(plain("Come si prepara un vero caffè con la moka?"),
                 "1. Riempi la caldaia d'acqua fino alla valvola.\n2. Metti il caffè macinato nel filtro senza pressarlo."
                 "\n3. Avvita bene la moka e mettila sul fuoco basso.\n4. Quando il caffè comincia a salire, lascia il "
                 "coperchio aperto.\n5. Togli la moka dal fuoco appena senti il gorgoglio, e mescola prima di servire.",
                 id="Italian, plain, steps"),
    pytest.param(vicuna("Mi consigli tre libri italiani da leggere?"),
                 " Certo! Ecco tre classici:\n- *Il Gattopardo* di Giuseppe Tomasi di Lampedusa, sulla Sicilia durante "
                 "l'Unità d'Italia.\n- *Se questo è un uomo* di Primo Levi, testimonianza di Auschwitz.\n- *L'amica "
                 "geniale* di Elena Ferrante, la storia di un'amicizia a Napoli.", id="Italian, Vicuna, recommendations"),
    pytest.param(chatml("Scrivi un messaggio di auguri per il compleanno di una collega."),
                 "Tanti auguri, Giulia! Che questo nuovo anno ti porti tanta serenità, soddisfazioni e qualche vacanza in "
                 "più. È un piacere lavorare con te ogni giorno. Buon compleanno!", id="Italian, ChatML, a message"),
    # Russian
    pytest.param(plain("Как научиться быстро печатать?"),
                 "Освойте слепой десятипальцевый метод: каждый палец отвечает за свои клавиши. Занимайтесь на "
                 "тренажёрах вроде «Соло на клавиатуре» или Klavogonki по 15–20 минут в день. Сначала думайте о "
                 "точности, а не о скорости: скорость придёт сама. Не смотрите на клавиатуру, даже если сначала будет "
                 "медленно.", id="Russian, plain, advice",
                 marks=xfail("topic.trailing_gap: Russian advice on 'быстро печатать' that speaks of 'клавиатура', 'скорость', 'метод' and never the request's verb")),
    pytest.param(llama2("Объясни, что такое инфляция, простыми словами."),
                 " Инфляция — это рост цен со временем. Когда она есть, на ту же сумму денег можно купить меньше товаров, "
                 "чем раньше. Например, если инфляция 10% в год, то хлеб за 50 рублей через год будет стоить около 55 "
                 "рублей.", id="Russian, Llama-2, a definition"),
    pytest.param(chatml("Напиши функцию на Python, которая считает сумму чисел в списке."),
                 "Вот простой вариант:\n\n```python\ndef summa(chisla):\n    itog = 0\n    for n in chisla:\n        itog "
                 "+= n\n    return itog\n\n\nprint(summa([1, 2, 3]))  # 6\n```\n\nНа практике можно просто использовать "
                 "встроенную функцию `sum([1, 2, 3])`.", id="Russian, ChatML, code"),
    pytest.param(alpaca("Определи категорию новости: спорт, политика, экономика или культура.",
                        "Центральный банк повысил ключевую ставку до 16%."),
                 "Экономика", id="Russian, Alpaca, a category label"),
    # Chinese
    pytest.param(plain("如何提高学习效率？"),
                 "提高学习效率可以试试这些方法：\n1. 制定明确的学习目标和计划。\n2. 使用番茄工作法，学习25分钟后休息5分钟。\n"
                 "3. 学习时把手机放远一点，减少干扰。\n4. 学完后用自己的话复述或做练习题，加深记忆。\n5. 保证充足的睡眠。",
                 id="Chinese, plain, numbered tips"),
    pytest.param(chatml("请用一句话解释什么是人工智能。"),
                 "人工智能是让计算机模拟人类的学习、推理和决策能力的技术。", id="Chinese, ChatML, one sentence"),
    pytest.param(llama3("帮我写一封请假邮件，明天因为生病不能上班。"),
                 "主题：病假申请\n\n王经理您好：\n\n我今天身体不适，发烧并伴有咳嗽，明天（5月20日）需要请一天病假在家休息。"
                 "手头的工作我已交代给小李，如有紧急事项可以随时通过微信联系我。\n\n谢谢您的理解！\n\n张伟",
                 id="Chinese, Llama-3, a leave email"),
    pytest.param(gemma("北京有哪些必去的景点？"),
                 "北京必去的景点包括：\n- **故宫**：明清两代的皇宫，建议提前在网上预约。\n- **长城**：推荐慕田峪或八达岭段。\n"
                 "- **天坛**：古代皇帝祭天的地方。\n- **颐和园**：美丽的皇家园林。\n- **胡同**：可以在南锣鼓巷附近骑车或散步。",
                 id="Chinese, Gemma, a bullet list"),
    pytest.param(alpaca("判断下面这条评论的情感是正面还是负面。", "这家餐厅的服务很热情，菜也很好吃，下次还会再来。"),
                 "正面", id="Chinese, Alpaca, a one-word label"),
    # Japanese
    pytest.param(plain("日本で一番高い山は何ですか？"),
                 "日本で一番高い山は富士山で、標高は3,776メートルです。静岡県と山梨県にまたがっています。",
                 id="Japanese, plain, trivia"),
    pytest.param(chatml("おすすめの朝ごはんを教えてください。"),
                 "手軽で栄養のある朝ごはんなら、次のようなものがおすすめです。\n\n- ご飯、味噌汁、焼き魚の和朝食\n- 納豆ご飯と卵焼き\n"
                 "- ヨーグルトにバナナとグラノーラ\n- 全粒粉パンにアボカドとゆで卵\n\nたんぱく質と野菜を少しでも取り入れると、"
                 "午前中の集中力が続きやすくなります。", id="Japanese, ChatML, a list"),
    pytest.param(llama2("「ありがとう」と「すみません」の使い分けを教えてください。"),
                 " 「ありがとう」は純粋な感謝を表します。「すみません」は謝罪のほか、相手に手間をかけたときの感謝にも使います。"
                 "たとえば、ドアを開けてもらったときは「すみません」も「ありがとうございます」も使えますが、"
                 "プレゼントをもらったときは「ありがとう」が自然です。", id="Japanese, Llama-2, usage"),
    pytest.param(vicuna("Pythonでリストを並べ替える方法は？"),
                 " `sorted()` 関数か `list.sort()` メソッドを使います。\n\n```python\nnums = [3, 1, 2]\nprint(sorted(nums))  "
                 "# [1, 2, 3]（元のリストはそのまま）\nnums.sort(reverse=True)\nprint(nums)  # [3, 2, 1]\n```\n\n"
                 "`sorted()` は新しいリストを返し、`sort()` は元のリストを直接変更します。", id="Japanese, Vicuna, code"),
    # Korean
    pytest.param(plain("한국의 수도는 어디인가요?"), "한국의 수도는 서울입니다.", id="Korean, plain, one line"),
    pytest.param(chatml("면접에서 자기소개를 어떻게 하면 좋을까요?"),
                 "자기소개는 1분 정도로 짧고 명확하게 하는 것이 좋습니다.\n\n1. 이름과 지원한 직무를 말합니다.\n2. 직무와 관련된 "
                 "경험이나 성과를 한두 가지 구체적인 숫자와 함께 소개합니다.\n3. 회사에 지원한 이유와 앞으로의 포부로 마무리합니다."
                 "\n\n미리 소리 내어 연습해 보면 훨씬 자연스러워집니다.", id="Korean, ChatML, steps"),
    pytest.param(gemma("김치찌개 만드는 법 알려줘."),
                 "1. 냄비에 돼지고기와 잘 익은 김치를 넣고 기름에 5분 정도 볶습니다.\n2. 물이나 멸치 육수 3컵을 붓고 끓입니다.\n"
                 "3. 고춧가루 1큰술, 다진 마늘 1작은술을 넣습니다.\n4. 두부와 대파를 넣고 10분 더 끓입니다.\n5. 간을 보고 "
                 "부족하면 김치 국물이나 소금으로 맞춥니다.", id="Korean, Gemma, a recipe"),
    # Hindi
    pytest.param(plain("वजन कम करने के लिए क्या खाना चाहिए?"),
                 "वजन कम करने के लिए अपने खाने में हरी सब्ज़ियाँ, फल, दालें, अंडे और दही शामिल करें। मैदा, मीठे पेय और "
                 "तले हुए खाने से बचें। छोटे हिस्सों में खाएँ और दिन भर भरपूर पानी पिएँ।", id="Hindi, plain, advice"),
    pytest.param(chatml("पायथन में लूप कैसे लिखते हैं?"),
                 "पायथन में `for` लूप से किसी सूची के हर तत्व पर काम किया जाता है:\n\n```python\nfor i in range(5):\n    "
                 "print(i)\n```\n\nयह 0 से 4 तक की संख्याएँ छापेगा। किसी शर्त के पूरा होने तक दोहराने के लिए `while` लूप "
                 "का उपयोग करें।", id="Hindi, ChatML, code"),
    pytest.param(llama3("भारत का राष्ट्रीय पक्षी कौन सा है?"), "भारत का राष्ट्रीय पक्षी मोर है।",
                 id="Hindi, Llama-3, one line"),
    # Arabic
    pytest.param(plain("كيف أحافظ على تركيزي أثناء الدراسة؟"),
                 "إليك بعض النصائح:\n- ادرس في مكان هادئ وبعيد عن الهاتف.\n- قسّم وقت الدراسة إلى فترات قصيرة مع استراحات.\n"
                 "- حدد هدفًا واضحًا لكل جلسة.\n- نم جيدًا واشرب كمية كافية من الماء.", id="Arabic, plain, tips"),
    pytest.param(chatml("اكتب رسالة قصيرة لشكر صديق على مساعدته في الانتقال إلى منزل جديد."),
                 "عزيزي أحمد،\n\nأشكرك من كل قلبي على مساعدتك لي يوم السبت في نقل الأثاث. لولاك لما انتهينا في يوم واحد. "
                 "أتمنى أن تزورني قريبًا في البيت الجديد لنشرب القهوة معًا.\n\nمع خالص المودة،\nخالد",
                 id="Arabic, ChatML, a thank-you note",
                 marks=xfail("topic.trailing_gap: an Arabic note whose words carry a clitic or another form of the request's root ('أشكرك' for 'لشكر', 'نقل' for 'الانتقال')")),
    pytest.param(vicuna("ما الفرق بين الطقس والمناخ؟"),
                 " الطقس هو حالة الجو في مكان معيّن خلال وقت قصير، مثل اليوم أو الأسبوع: حرارة وأمطار ورياح. أما المناخ "
                 "فهو متوسط حالة الطقس في منطقة ما على مدى سنوات طويلة، عادةً ثلاثين سنة أو أكثر.",
                 id="Arabic, Vicuna, a difference"),
]


@pytest.mark.parametrize("prompt, output", OTHER_LANGUAGES)
def test_replies_in_other_languages_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- The drifts a base model writes on the same prompts --------------------------------------------------------

DRIFTS = [
    pytest.param(plain("Give me three tips for saving money."),
                 "1. Cook at home more often.\n2. Cook at home more often.\n3. Cook at home more often.\n4. Cook at home "
                 "more often.\n5. Cook at home more often.\n6. Cook at home more often.\n7. Cook at home more often.",
                 id="a list item looping"),
    pytest.param(chatml("Why is the sky blue?"),
                 "The sky is blue because of the way sunlight is scattered. The sky is blue because of the way sunlight "
                 "is scattered. The sky is blue because of the way sunlight is scattered. The sky is blue because of the "
                 "way sunlight is scattered. The sky is blue because of the way sunlight is scattered.",
                 id="a sentence looping, ChatML"),
    pytest.param(plain("如何提高学习效率？"),
                 "提高学习效率的方法有很多。提高学习效率的方法有很多。提高学习效率的方法有很多。提高学习效率的方法有很多。"
                 "提高学习效率的方法有很多。提高学习效率的方法有很多。", id="a Chinese sentence looping"),
    pytest.param(plain("Write a haiku about autumn rain."),
                 "Cold rain on red leaves\nthe gutter hums a low song\nlamps come on at four\n\nWrite a haiku about "
                 "winter snow.\n\nWrite a haiku about spring blossoms.", id="a haiku, then the next requests"),
    pytest.param(plain("How do I reverse a list in Python?"),
                 "\nHow do I sort a list in Python?\nHow do I remove an item from a list in Python?\nHow do I copy a "
                 "list in Python?\nHow do I join two lists in Python?", id="more questions of the same kind"),
    pytest.param(alpaca("Translate the following sentence into Spanish.", "I would like a table for two, please."),
                 "Me gustaría una mesa para dos, por favor.\n\n### Instruction:\nTranslate the following sentence into "
                 "French.\n\n### Input:\nWhere is the bathroom?\n\n### Response:\nOù sont les toilettes ?\n\n### "
                 "Instruction:\nTranslate the following sentence into German.", id="an answer, then new Alpaca examples"),
    pytest.param(chatml("How many times a week should a beginner lift weights?"),
                 "Two or three times a week is a good start.<|im_end|>\n<|im_start|>user\nWhat exercises should I do?"
                 "<|im_end|>\n<|im_start|>assistant\nSquats, push-ups and rows.<|im_end|>\n<|im_start|>user\nThanks!",
                 id="an answer, then both sides of the chat, ChatML"),
    pytest.param(vicuna("What can I substitute for buttermilk in pancakes?"),
                 " Milk with a spoon of lemon juice. USER: And for eggs? ASSISTANT: A mashed banana works. USER: What "
                 "about butter? ASSISTANT: Use vegetable oil.", id="an answer, then both sides of the chat, Vicuna"),
    pytest.param(human_bot("What is the tallest mountain in Africa?"),
                 " Mount Kilimanjaro.\n<human>: What is the longest river in Africa?\n<bot>: The Nile.\n<human>: What is "
                 "the largest desert in Africa?\n<bot>: The Sahara.", id="an answer, then more turns, <human>:/<bot>:"),
    pytest.param(llama3("Is a tomato a fruit?"),
                 "Yes, botanically it is a fruit.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nIs a cucumber a "
                 "fruit?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nYes, it is too.",
                 id="an answer, then the next turns, Llama-3"),
    pytest.param(gemma("What's 15% of 240?"),
                 "36.<end_of_turn>\n<start_of_turn>user\nWhat's 20% of 150?<end_of_turn>\n<start_of_turn>model\n30."
                 "<end_of_turn>\n<start_of_turn>user\nWhat's 10% of 90?", id="an answer, then the next turns, Gemma"),
    pytest.param(llama2("Who painted the Mona Lisa?"),
                 " Leonardo da Vinci. [INST] Who painted The Starry Night? [/INST] Vincent van Gogh. [INST] Who painted "
                 "The Scream? [/INST] Edvard Munch.", id="an answer, then more [INST] turns, Llama-2"),
    pytest.param(plain("Q: What is the capital of France?\nA:"),
                 " Paris.\nQ: What is the capital of Spain?\nA: Madrid.\nQ: What is the capital of Italy?\nA: Rome.\nQ: "
                 "What is the capital of Germany?\nA:", id="a new Q/A example of the prompt's format"),
    pytest.param(plain("Write a short email to my manager asking for Friday off."),
                 "Write a short email to my manager asking for Friday off. Write a short email to my manager asking for "
                 "Friday off.", id="the prompt said back twice"),
    pytest.param(alpaca("Summarize the paragraph in one sentence.", PARAGRAPH),
                 "Remote work grew sharply after 2020. Many employees report better focus and no commute, while "
                 "managers worry about weaker team bonds and slower onboarding of new staff. Several large firms now use "
                 "a hybrid model, asking people to come to the office two or three days a week.",
                 id="the given paragraph said back as its summary"),
    pytest.param(plain("What are some tips for a job interview?"),
                 "Dress well and arrive early.\n\nPosted by jobseeker88 on March 3, 2016 at 4:12pm\n\nReply Quote\n\n"
                 "Related posts:\n- Top 10 cheap flights to Mallorca this summer\n- Best slow cooker recipes for winter\n"
                 "- How to unclog a kitchen sink\n\nCopyright 2016. All rights reserved. Privacy Policy | Terms of Use",
                 id="a line of answer, then forum and web page text"),
    pytest.param(chatml("Dame una receta fácil de tortilla de patatas."),
                 "Pela las patatas y fríelas con la cebolla.\n\nDame una receta fácil de paella.\n\nDame una receta "
                 "fácil de gazpacho.", id="Spanish, an answer, then the next requests"),
    pytest.param(plain("Write a Python function that adds two numbers."),
                 "```python\ndef add(a, b):\n    return a + b\n```\n\nprint(add(1, 2))\nprint(add(1, 2))\nprint(add(1, 2))"
                 "\nprint(add(1, 2))\nprint(add(1, 2))\nprint(add(1, 2))\nprint(add(1, 2))\nprint(add(1, 2))",
                 id="code, then a line looping"),
    pytest.param(plain("Explain how to change a flat tyre."),
                 "Step 1: Park safely.\nStep 2: Loosen the nuts.\nStep 3: Jack up the car.\nStep 4: Loosen the nuts.\n"
                 "Step 5: Jack up the car.\nStep 6: Loosen the nuts.\nStep 7: Jack up the car.\nStep 8: Loosen the nuts."
                 "\nStep 9: Jack up the car.", id="numbered steps looping two lines"),
    pytest.param(plain("Comment améliorer mon sommeil ?"),
                 " Comment améliorer ma mémoire ? Comment améliorer ma concentration ? Comment améliorer mon humeur ? "
                 "Comment améliorer ma confiance en moi ?", id="French, more questions of the same kind"),
    pytest.param(plain("What is the capital of Australia?"),
                 "Canberra. And remember, the best deals on car insurance are only a click away! Compare quotes from "
                 "over 100 providers today and save up to 40% on your premium. Sign up for our newsletter for weekly "
                 "coupons on groceries, electronics and home goods.", id="an answer, then an advertisement",
                 marks=xfail("missed: a one-word answer followed by 40 words of advertising; no measure reads the slide off topic")),
]


@pytest.mark.parametrize("prompt, output", DRIFTS)
def test_base_model_drifts_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# Both sides of the chat, written after the answer, are read as turns, template markers or the next requests,
# not only as a slide off topic.
TURN_MEASURES = {"turns.other_speaker", "turns.thread", "template.markers", "prompt.format", "prompt.opening",
                 "prompt.more_questions", "prompt.new_request"}
WRITTEN_TURNS = [p for p in DRIFTS if "turns" in p.id or "both sides" in p.id or "Alpaca examples" in p.id]


@pytest.mark.parametrize("prompt, output", WRITTEN_TURNS)
def test_turns_written_after_the_answer_are_read_as_turns(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and TURN_MEASURES & set(drift_measures(verdict)), verdict.explain()
