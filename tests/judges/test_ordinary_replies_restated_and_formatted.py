"""Good chat replies that restate the question or the instruction, work on a passage the prompt holds,
follow an instruction template, or come formatted, answer and do not drift.

A user points the suite at their own fine-tune: a good reply judged "no answer" or "drifts" is a false
alarm that makes them distrust the tool. These probes specify the verdict on the shapes chat models
(ChatGPT, Llama-2-chat, Mistral-Instruct, Qwen-chat, Gemma-it) commonly write, beside the ones of
test_ordinary_replies_in_many_languages.py: the question turned into its answer ("The main difference
between X and Y is ...", "The sentiment of this review is negative."), a lead-in that restates the
request ("Sure! Here is a haiku about autumn:"); extraction, classification, summaries, answers from a
given context, yes or no about a passage, SQL from a schema, grammar fixes and translations of a given
sentence; replies under Alpaca, [INST], ChatML, Gemma, Llama-3, "Question: ... Answer:" and
"Human: ... Assistant:" templates; markdown headings, numbered steps, lists, code blocks, tables, LaTeX,
emojis, closing offers, disclaimers and notes after the answer; and a few in Spanish, German, French,
Chinese, Japanese and Russian. Every reply here was written for this test. Each must answer and not
drift; the few the judges still get wrong are strict expected failures naming their shape. Each
reading mended for them has a constructed test below, with its near miss, which must still be caught.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

ALPACA = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
          "request.\n\n### Instruction:\n{}\n\n### Response:\n")
ALPACA_INPUT = ("Below is an instruction that describes a task, paired with an input that provides further context. "
                "Write a response that appropriately completes the request.\n\n### Instruction:\n{}\n\n### Input:\n{}\n\n### Response:\n")
CHATML = ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n"
          "<|im_start|>assistant\n")
LLAMA2 = "<s>[INST] {} [/INST]"
MISTRAL = "[INST] {} [/INST]"
GEMMA = "<start_of_turn>user\n{}<end_of_turn>\n<start_of_turn>model\n"
QA = "Question: {}\nAnswer:"
PLAIN = "{}"

# Each probe: (name, template, request, reply); a request given as a pair fills an instruction and an input.

# The question or the instruction restated before, or as, the answer.
RESTATED = [
 ("the difference restated before it is given", CHATML, "What is the difference between TCP and UDP?",
  "The main difference between TCP and UDP is that TCP is connection-oriented and guarantees that data arrives "
  "in order and without loss, while UDP sends packets without setting up a connection or checking that they arrive. "
  "TCP suits web pages and email; UDP suits live video, games and DNS lookups, where speed matters more than the odd lost packet."),
 ("a conversion rule restated from the question", PLAIN, "How do I convert Celsius to Fahrenheit?",
  "To convert Celsius to Fahrenheit, multiply by 9/5 and add 32."),
 ("a haiku after Sure, here is", LLAMA2, "Write a haiku about autumn.",
  "Sure! Here is a haiku about autumn:\n\nCrisp leaves drift and fall,\ngolden light on quiet paths,\nthe year exhales slow."),
 ("a function after Here's a Python function", CHATML, "Write a Python function that reverses a string.",
  "Here's a Python function that reverses a string:\n\n```python\ndef reverse_string(s: str) -> str:\n    return s[::-1]\n```\n\n"
  "Slicing with a step of -1 walks the string from the end to the start."),
 ("the sentiment of the review stated", ALPACA,
  "What is the sentiment of this review? \"The battery died after two days and support never answered my emails.\"",
  "The sentiment of this review is negative."),
 ("the best way restated", LLAMA2, "What is the best way to learn a new language?",
  "The best way to learn a new language is to use it every day: listen to podcasts, speak with native speakers, "
  "and read simple books, while reviewing vocabulary with spaced repetition."),
 ("a list after Here are five tips", CHATML, "Give me five tips for staying productive when working from home.",
  "Here are five tips for staying productive when working from home:\n\n1. Keep a fixed start and end time.\n"
  "2. Work in a dedicated space, not on the sofa.\n3. Plan your three most important tasks each morning.\n"
  "4. Take short breaks away from the screen.\n5. Turn off notifications while you focus."),
 ("the answer restated as To do X, do Y", PLAIN, "How do I make a cup of green tea?",
  "To make a cup of green tea, heat water to about 80 °C, pour it over a teaspoon of leaves or a tea bag, and "
  "let it steep for two to three minutes before removing the leaves."),
 ("a definition restated with X is", LLAMA2, "What is machine learning?",
  "Machine learning is a branch of artificial intelligence in which computers learn patterns from data instead "
  "of following rules written by hand. A model is trained on examples and then makes predictions on new data."),
 ("the tallest mountain restated with a clarifying note", GEMMA, "What is the tallest mountain in the world?",
  "The tallest mountain in the world is Mount Everest, at 8,849 metres above sea level.\n\n"
  "Note: measured from base to peak, Mauna Kea in Hawaii is taller, but most of it lies under the sea."),
 ("a category named by restating the instruction", ALPACA,
  "Classify the following animal as a mammal, bird, reptile or fish: penguin.",
  "A penguin is classified as a bird."),
 ("the language of a sentence restated", PLAIN, "What language is this sentence in? \"Ich habe heute keine Zeit.\"",
  "This sentence is in German. It means \"I don't have time today.\""),
 ("a translation after The translation is", LLAMA2, "Translate \"good morning\" into Spanish.",
  "The translation of \"good morning\" into Spanish is \"buenos días\"."),
]

# Work on a passage the prompt holds: extraction, classification, summaries, answers from it, SQL, fixes.
PASSAGES = [
 ("entity extraction as JSON", ALPACA,
  "Extract the person names, organizations and locations from the text below and return them as JSON.\n\n"
  "Text: Satya Nadella announced on Monday that Microsoft will open a new data center in Madrid next year.",
  '```json\n{\n  "persons": ["Satya Nadella"],\n  "organizations": ["Microsoft"],\n  "locations": ["Madrid"]\n}\n```'),
 ("entity extraction as JSON with a lead-in", CHATML,
  "Extract all dates and amounts from this sentence as JSON: \"On 3 March 2024 the company paid $12,500 to its supplier, "
  "and a second payment of $4,000 followed on 15 April.\"",
  "Here is the extracted information:\n\n```json\n{\n  \"dates\": [\"2024-03-03\", \"2024-04-15\"],\n"
  "  \"amounts\": [\"$12,500\", \"$4,000\"]\n}\n```"),
 ("a TL;DR of an email", PLAIN,
  "TL;DR this email:\n\nHi team, just a reminder that the quarterly review has moved from Thursday to Friday at 10am because "
  "the boardroom is booked. Please have your slides ready by Thursday evening and send them to Maria. Thanks, Tom",
  "The quarterly review is now Friday at 10am; send your slides to Maria by Thursday evening."),
 ("a question answered from a given context", ALPACA,
  "Answer the question using the context.\n\nContext: The Amazon rainforest covers about 5.5 million square kilometres and "
  "spans nine countries, with around 60% of it in Brazil.\n\nQuestion: Which country holds most of the Amazon rainforest?",
  "Brazil holds most of the Amazon rainforest, about 60% of it."),
 ("yes about a passage", CHATML,
  "Does the following passage mention a price? Answer yes or no.\n\n\"The new phone comes in three colours and will be "
  "available in stores from 12 October for $799.\"",
  "Yes. The passage says the phone will cost $799."),
 ("no about a passage", PLAIN,
  "Based on the text, did the team win the match?\n\nText: Despite a strong start, the visitors equalised in the last minute "
  "and the game ended 2-2.",
  "No, the team did not win: the match ended in a 2-2 draw after the visitors equalised in the last minute."),
 ("SQL from a schema", ALPACA,
  "Given the schema below, write a SQL query that lists the names of employees in the Sales department.\n\n"
  "CREATE TABLE employees (id INT, name TEXT, department_id INT);\nCREATE TABLE departments (id INT, name TEXT);",
  "```sql\nSELECT e.name\nFROM employees e\nJOIN departments d ON e.department_id = d.id\nWHERE d.name = 'Sales';\n```"),
 ("a grammar fix of a given sentence with a lead-in", CHATML,
  "Fix the grammar: \"Me and him goes to the store yesterday.\"",
  "Corrected sentence: \"He and I went to the store yesterday.\""),
 ("a grammar fix of a given sentence alone", ALPACA,
  "Correct the grammar of this sentence: \"Their going to the park tomorrow, weather its raining or not.\"",
  "They're going to the park tomorrow, whether it's raining or not."),
 ("a grammar fix with the changes explained", LLAMA2,
  "Please correct this sentence: \"I has went to the doctor last week.\"",
  "The corrected sentence is: \"I went to the doctor last week.\"\n\n- \"has went\" is not a valid form; the simple past \"went\" fits "
  "with \"last week\"."),
 ("a keyword extraction from a passage", ALPACA,
  "Extract five keywords from this abstract.\n\nWe present a transformer-based model for detecting sarcasm in social media "
  "posts. Trained on 50,000 labelled tweets, the model outperforms recurrent baselines and generalises to Reddit comments.",
  "transformer, sarcasm detection, social media, tweets, Reddit"),
 ("a sentiment label with a reason", CHATML,
  "Classify the sentiment of the following tweet as positive, negative or neutral.\n\nTweet: \"Just got my exam results and I passed "
  "everything!! 🎉\"",
  "Positive. The author is celebrating passing their exams."),
 ("a topic category restated", PLAIN,
  "Which category does this headline belong to: sports, politics, technology or entertainment?\n\n"
  "\"Parliament passes new budget after all-night session\"",
  "The headline belongs to the politics category."),
 ("an intent label", ALPACA,
  "Identify the intent of the customer message: billing, technical support, cancellation or other.\n\n"
  "Message: \"I was charged twice for my subscription this month.\"",
  "Intent: billing"),
 ("a one-sentence summary of a meeting", ALPACA,
  "Write a one-sentence summary of these meeting notes.\n\n- Launch date moved to 15 May\n- Marketing budget increased by 10%\n"
  "- Anna to hire two more testers",
  "The launch moves to 15 May, marketing gets 10% more budget, and Anna will hire two testers."),
 ("a bullet summary of an article", CHATML,
  "Summarize the key points of this article in bullets.\n\nRemote work has become permanent for many companies. Surveys show "
  "employees value the flexibility, but managers worry about collaboration and training new staff. Some firms now require "
  "two office days a week as a compromise.",
  "- Many companies have made remote work permanent.\n- Employees like the flexibility.\n- Managers worry about collaboration "
  "and onboarding.\n- Some firms require two office days a week as a compromise."),
 ("a rewrite of a paragraph for a child", LLAMA2,
  "Rewrite this for a ten-year-old: \"Photosynthesis is the process by which green plants convert light energy into chemical "
  "energy stored in glucose.\"",
  "Plants use sunlight to make their own food. They turn light into sugar, which gives them energy to grow."),
 ("the main idea of a paragraph restated", PLAIN,
  "What is the main idea of this paragraph?\n\nBees pollinate about a third of the crops we eat. Without them, fruits such as "
  "apples and almonds would become scarce and expensive, and many wild plants would struggle to reproduce.",
  "The main idea of the paragraph is that bees are essential for pollinating crops and wild plants, so losing them would "
  "harm our food supply and nature."),
 ("a title for a passage", ALPACA,
  "Suggest a title for this paragraph.\n\nEvery winter, thousands of cranes stop at the lake on their way south. Local "
  "volunteers count them at dawn and share the numbers with scientists across Europe.",
  "\"Counting Cranes at Dawn: A Lake's Winter Visitors\""),
 ("a regex extraction answer", CHATML,
  "Extract the email addresses from this text: \"Contact anna@example.com for sales or support@example.org for help.\"",
  "The email addresses are:\n- anna@example.com\n- support@example.org"),
 ("a true or false about a passage", MISTRAL,
  "True or false: according to the passage, the bridge was built in 1890.\n\nPassage: The iron bridge over the river was "
  "completed in 1885 and widened in 1932.",
  "False. The passage says the bridge was completed in 1885, not 1890."),
 ("a data conversion CSV to JSON", ALPACA,
  "Convert this CSV to JSON.\n\nname,age\nAlice,30\nBob,25",
  '```json\n[\n  {"name": "Alice", "age": 30},\n  {"name": "Bob", "age": 25}\n]\n```'),
]

# Replies under instruction and chat templates.
TEMPLATES = [
 ("Alpaca with an input field and a one-line reply", ALPACA_INPUT,
  ("Classify the following sentence as a question or a statement.", "The train leaves at nine."),
  "Statement"),
 ("Alpaca with an input field and a summary", ALPACA_INPUT,
  ("Summarize the input in one sentence.",
   "The museum will extend its opening hours on Fridays until 9 pm starting in July, and entry will be free after 6 pm."),
  "From July the museum stays open until 9 pm on Fridays, with free entry after 6 pm."),
 ("[INST] with a list of ideas", LLAMA2, "Give me three ideas for a birthday party for a seven-year-old.",
  "Of course! Here are three ideas:\n\n1. **Treasure hunt** in the garden with clues and a small prize at the end.\n"
  "2. **Pizza-making party** where each child decorates their own mini pizza.\n"
  "3. **Science party** with simple experiments like baking-soda volcanoes and slime."),
 ("[INST] with a system prompt and a short answer", "<s>[INST] <<SYS>>\nYou are a concise assistant.\n<</SYS>>\n\n{} [/INST]",
  "How many continents are there?",
  "There are seven continents: Africa, Antarctica, Asia, Australia, Europe, North America and South America."),
 ("Question/Answer with one word", QA, "What is the chemical symbol for gold?", " Au"),
 ("User/Assistant with an answer", "User: {}\nAssistant:", "What should I pack for a weekend hiking trip?",
  " Pack sturdy boots, a rain jacket, warm layers, a map, a first-aid kit, plenty of water, snacks and a headlamp."),
 ("### Human / ### Assistant with an answer", "### Human: {}\n### Assistant:", "What is the largest ocean?",
  " The largest ocean is the Pacific Ocean, covering about a third of the Earth's surface."),
 ("Alpaca with a code answer", ALPACA, "Write a JavaScript function that returns the sum of an array of numbers.",
  "```javascript\nfunction sumArray(numbers) {\n  return numbers.reduce((total, n) => total + n, 0);\n}\n```"),
 ("Llama-3 header template", "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n{}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
  "What are the three states of matter?",
  "The three classic states of matter are solid, liquid and gas. Plasma is often counted as a fourth."),
]

# Headings, steps, lists, code, tables, LaTeX, emojis, closing offers, disclaimers, notes.
FORMATTED = [
 ("a reply under markdown headings with a table", CHATML, "Compare Python and Java for a beginner.",
  "## Python\n- Simple, readable syntax\n- Great for scripting and data science\n\n## Java\n- More verbose, strictly typed\n"
  "- Common in enterprise and Android apps\n\n## Summary\n| | Python | Java |\n|---|---|---|\n| Learning curve | Gentle | Steeper |\n"
  "| Typing | Dynamic | Static |\n\nFor most beginners, Python is the easier first language."),
 ("a code block with a closing offer", CHATML, "How do I read a JSON file in Python?",
  "You can use the built-in `json` module:\n\n```python\nimport json\n\nwith open(\"data.json\") as f:\n    data = json.load(f)\n\n"
  "print(data)\n```\n\nLet me know if you have any other questions!"),
 ("LaTeX math for a formula", CHATML, "What is the quadratic formula?",
  "The quadratic formula gives the solutions of $ax^2 + bx + c = 0$:\n\n$$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$\n\n"
  "The term $b^2 - 4ac$ is the discriminant: if it is negative, there are no real solutions."),
 ("a worked solution with steps", CHATML, "Solve 2x + 5 = 17.",
  "Subtract 5 from both sides:\n\n$$2x = 12$$\n\nDivide both sides by 2:\n\n$$x = 6$$\n\nSo the solution is **x = 6**."),
 ("a medical answer with a disclaimer", CHATML, "What can I take for a headache?",
  "For an occasional headache, over-the-counter pain relievers such as paracetamol (acetaminophen) or ibuprofen usually help. "
  "Drinking water and resting in a quiet, dark room can also ease it.\n\n*Disclaimer: I'm not a doctor. If headaches are severe, "
  "sudden or frequent, please see a medical professional.*"),
 ("a legal answer with a disclaimer first", LLAMA2, "Can my landlord enter my apartment without notice?",
  "I'm not a lawyer, but in general most places require a landlord to give reasonable notice, often 24 hours, before entering, "
  "except in emergencies such as a fire or a burst pipe. Check your lease and your local tenancy laws for the exact rules."),
 ("a bash code block then explanation", CHATML, "How do I find all .log files larger than 100 MB?",
  "```bash\nfind / -name \"*.log\" -size +100M 2>/dev/null\n```\n\n- `-name \"*.log\"` matches the file names\n"
  "- `-size +100M` keeps files over 100 MB\n- `2>/dev/null` hides permission errors"),
 ("a closing offer after a list", MISTRAL, "What are some good stretches for lower back pain?",
  "Here are a few gentle stretches:\n\n1. **Child's pose** – kneel and stretch your arms forward on the floor.\n"
  "2. **Knee-to-chest** – lie on your back and pull one knee towards your chest.\n3. **Cat-cow** – on all fours, alternate arching "
  "and rounding your back.\n\nHold each for 20–30 seconds. I hope this helps! Let me know if you'd like more exercises."),
 ("an answer with a heading and a final tip", LLAMA2, "How do I remove a red wine stain from a carpet?",
  "### Steps\n1. Blot (don't rub) the stain with a clean cloth.\n2. Pour a little cold water on it and blot again.\n"
  "3. Mix one tablespoon of dish soap and one of white vinegar in two cups of warm water, and sponge the stain.\n"
  "4. Rinse with cold water and blot dry.\n\n**Tip:** act quickly — fresh stains come out much more easily."),
 ("a step list in a code answer with comments", ALPACA, "Write a Python function to check whether a number is prime.",
  "```python\ndef is_prime(n: int) -> bool:\n    if n < 2:\n        return False\n    for i in range(2, int(n ** 0.5) + 1):\n"
  "        if n % i == 0:\n            return False\n    return True\n```\n\n"
  "It checks divisors only up to the square root of n, which is enough to find any factor."),
 ("a SQL code block with a note on the answer", LLAMA2, "How do I delete duplicate rows in SQL but keep one?",
  "One common way uses a window function:\n\n```sql\nDELETE FROM people\nWHERE id IN (\n  SELECT id FROM (\n"
  "    SELECT id, ROW_NUMBER() OVER (PARTITION BY email ORDER BY id) AS rn\n    FROM people\n  ) t\n  WHERE t.rn > 1\n);\n```\n\n"
  "This keeps the row with the smallest id for each email. Back up the table before running it."),
 ("a math answer with working in LaTeX", CHATML, "What is the area of a circle with radius 3?",
  "The area is $A = \\pi r^2 = \\pi \\times 3^2 = 9\\pi \\approx 28.27$ square units."),
]

# The same shapes in Spanish, German, French, Chinese, Japanese and Russian.
OTHER_LANGUAGES = [
 ("Spanish difference restated", CHATML, "¿Cuál es la diferencia entre un virus y una bacteria?",
  "La principal diferencia entre un virus y una bacteria es que la bacteria es un ser vivo unicelular que puede "
  "reproducirse por sí misma, mientras que el virus necesita infectar una célula para multiplicarse."),
 ("Spanish Claro, aquí tienes", LLAMA2, "Escribe un haiku sobre el mar.",
  "¡Claro! Aquí tienes un haiku sobre el mar:\n\nOlas de cristal,\nla espuma besa la arena,\nsusurra el azul."),
 ("Spanish sentiment restated", PLAIN,
  "¿Cuál es el sentimiento de esta reseña? \"El envío tardó tres semanas y el producto llegó roto.\"",
  "El sentimiento de esta reseña es negativo."),
 ("German difference restated", CHATML, "Was ist der Unterschied zwischen Wetter und Klima?",
  "Der Unterschied zwischen Wetter und Klima liegt im Zeitraum: Wetter beschreibt den Zustand der Atmosphäre an einem "
  "bestimmten Tag, Klima den durchschnittlichen Zustand über viele Jahre."),
 ("French restated answer", CHATML, "Quelle est la différence entre « savoir » et « connaître » ?",
  "La différence entre « savoir » et « connaître » est que « savoir » s'emploie pour une information ou un savoir-faire "
  "(savoir nager, savoir que...), alors que « connaître » s'emploie pour une personne, un lieu ou une chose (connaître Paris)."),
 ("French Bien sûr, voici", LLAMA2, "Écris une fonction Python qui calcule la factorielle d'un nombre.",
  "Bien sûr ! Voici une fonction qui calcule la factorielle :\n\n```python\ndef factorielle(n):\n    resultat = 1\n"
  "    for i in range(2, n + 1):\n        resultat *= i\n    return resultat\n```"),
 ("Chinese restated difference", CHATML, "机器学习和深度学习有什么区别？",
  "机器学习和深度学习的主要区别在于：深度学习是机器学习的一个分支，它使用多层神经网络自动从数据中提取特征，而传统机器学习通常需要人工设计特征。"),
 ("Chinese 当然，以下是", LLAMA2, "写一首关于春天的短诗。",
  "当然，以下是一首关于春天的短诗：\n\n春风拂过柳梢头，\n桃花笑映小溪流。\n燕子归来寻旧巢，\n田间处处是新绿。"),
 ("Chinese sentiment restated", PLAIN, "这条评论的情感是什么？“快递很快，包装也很好，非常满意！”",
  "这条评论的情感是正面的。"),
 ("Chinese numbered steps", ALPACA, "如何煮米饭？",
  "1. 把米淘洗两到三遍。\n2. 按米和水1:1.2的比例加水。\n3. 大火煮开后转小火焖15分钟。\n4. 关火后再焖10分钟即可。"),
 ("Japanese restated answer", CHATML, "日本で一番長い川は何ですか？",
  "日本で一番長い川は信濃川で、長さは約367キロメートルです。"),
 ("Japanese もちろんです", LLAMA2, "秋についての俳句を書いてください。",
  "もちろんです。秋の俳句です：\n\n柿赤く\n夕日に染まる\n山の道"),
 ("Russian restated difference", CHATML, "В чём разница между погодой и климатом?",
  "Разница между погодой и климатом в том, что погода — это состояние атмосферы в конкретный момент, а климат — средний "
  "режим погоды в местности за многие годы."),
 ("Russian sentiment restated", PLAIN, "Какова тональность этого отзыва? «Отличный сервис, всё привезли вовремя!»",
  "Тональность этого отзыва положительная."),
]

# Answers drawn from a given context, picks and rewrites that copy most of their words.
CONTEXT_AND_REWRITES = [
 ("an extractive answer copying the context's sentence", ALPACA,
  "Answer the question based on the context below.\n\nContext: The Eiffel Tower was completed in 1889 for the World's Fair "
  "and was the tallest man-made structure in the world until 1930.\n\nQuestion: When was the Eiffel Tower completed?",
  "The Eiffel Tower was completed in 1889."),
 ("a context answer restating the question's words", CHATML,
  "Context: Our store is open Monday to Saturday from 9 am to 6 pm and closed on Sundays.\n\nQuestion: Is the store open on Sunday?",
  "No, the store is closed on Sundays."),
 ("the correct answer is a letter", CHATML,
  "Which gas do plants release during photosynthesis?\nA) Carbon dioxide\nB) Oxygen\nC) Nitrogen\nD) Methane",
  "The correct answer is B) Oxygen."),
 ("the answer is a letter with a reason", LLAMA2,
  "Question: What is 3 squared?\nA. 6\nB. 9\nC. 12\nAnswer with the letter.",
  "B. 9, because 3 × 3 = 9."),
 ("a grammar fix close to the sentence", PLAIN, "Fix the grammar: \"She go to school every day.\"",
  "She goes to school every day."),
 ("a grammar fix with a lead-in", CHATML, "Correct this sentence: \"There is many reasons to learn coding.\"",
  "Here is the corrected sentence:\n\n\"There are many reasons to learn coding.\""),
 ("names extracted as a list with a lead-in", ALPACA,
  "List the cities mentioned in the following text.\n\nText: Last summer we flew from Chicago to Lisbon, took the train to Porto, and ended the trip in Seville.",
  "The cities mentioned are Chicago, Lisbon, Porto and Seville."),
 ("a JSON with values copied from the passage", CHATML,
  "Extract the product name, price and color from this listing as JSON: \"Nike Air Zoom Pegasus 40, blue, now $129.99\"",
  '{"product_name": "Nike Air Zoom Pegasus 40", "price": 129.99, "color": "blue"}'),
 ("the sentiment of the review restated with the review's words", CHATML,
  "What is the sentiment of this review: \"I absolutely love this blender, it makes perfect smoothies.\"",
  "The sentiment of this review is positive: the reviewer absolutely loves the blender."),
 ("the category restated in a sentence, chat", CHATML,
  "Classify this support ticket into one of: Billing, Technical, Account, Other.\n\nTicket: \"I can't log in after resetting my password.\"",
  "This ticket falls under the **Account** category, since the user cannot log in after a password reset."),
 ("a German answer from context", CHATML,
  "Beantworte die Frage anhand des Textes.\n\nText: Das Schwimmbad ist ab dem 1. Juni täglich von 8 bis 20 Uhr geöffnet.\n\nFrage: Ab wann ist das Schwimmbad geöffnet?",
  "Das Schwimmbad ist ab dem 1. Juni geöffnet."),
 ("a Spanish answer from context", CHATML,
  "Responde según el texto.\n\nTexto: La biblioteca abre de lunes a viernes de 9 a 20 horas.\n\nPregunta: ¿Qué días abre la biblioteca?",
  "La biblioteca abre de lunes a viernes."),
 ("a Japanese sentiment restated", PLAIN, "このレビューの感情は何ですか？「配送が早くて、品質もとても良かったです。」",
  "このレビューの感情はポジティブです。"),
 ("a Chinese answer from context", CHATML,
  "根据下面的文字回答问题。\n\n文字：这家咖啡店每天早上七点开门，晚上十点关门。\n\n问题：咖啡店几点开门？",
  "咖啡店每天早上七点开门。"),
 ("a Russian grammar fix", CHATML, "Исправь ошибки в предложении: «Я хочу пойти в магазин завтро.»",
  "Исправленное предложение: «Я хочу пойти в магазин завтра.»"),
 ("a French answer from context", ALPACA,
  "Réponds à la question à partir du texte.\n\nTexte : Le musée est fermé le mardi et ouvert les autres jours de 10 h à 18 h.\n\nQuestion : Quel jour le musée est-il fermé ?",
  "Le musée est fermé le mardi."),
 ("the formal rewrite with a lead-in", LLAMA2,
  "Rewrite this in a formal tone: \"Thanks a lot for the help, you guys are awesome!\"",
  "Sure, here is a more formal version:\n\n\"Thank you very much for your assistance; it is greatly appreciated.\""),
 ("a title case conversion", ALPACA, "Convert this title to title case: \"the lord of the rings\"",
  "The Lord of the Rings"),
]

# Labelled lines a reply writes itself: examples, steps, explanations, a dialogue asked for.
LABELLED_LINES_AND_PIECES = [
 ("a code answer with an example Input and Output under Alpaca with input", ALPACA_INPUT,
  ("Write a Python function that returns the sum of the even numbers in a list.", "[1, 2, 3, 4]"),
  "```python\ndef sum_even(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n```\n\nExample:\nInput: [1, 2, 3, 4]\nOutput: 6"),
 ("a code answer with Example Input/Output lines", ALPACA,
  "Write a function that returns the largest number in a list.",
  "```python\ndef largest(numbers):\n    return max(numbers)\n```\n\nExample:\n\nInput: [3, 9, 2]\nOutput: 9"),
 ("an AI disclaimer then an answer", CHATML, "What is your favorite movie?",
  "As an AI, I don't have personal preferences, but many people love *The Shawshank Redemption* for its story of hope and friendship. "
  "If you tell me what genres you enjoy, I can recommend something."),
 ("a bold Answer label", CHATML, "How many minutes are in a day?",
  "**Answer:** 1,440 minutes.\n\n24 hours × 60 minutes = 1,440 minutes."),
 ("a worked answer with Step labels", CHATML, "A shirt costs $20 and is 25% off. What is the sale price?",
  "Step 1: 25% of $20 is $5.\nStep 2: $20 − $5 = $15.\n\nThe sale price is **$15**."),
 ("an explanation with Explanation label", ALPACA,
  "Classify the following sentence as fact or opinion: \"Chocolate ice cream is the best flavor.\"",
  "Opinion\n\nExplanation: \"the best flavor\" is a personal judgement that cannot be proven true or false."),
 ("a translation with a pronunciation note", CHATML, "How do you say \"thank you\" in Japanese?",
  "\"Thank you\" in Japanese is ありがとう (arigatou). A more polite form is ありがとうございます (arigatou gozaimasu)."),
 ("a FAQ-style answer with question headings", LLAMA2, "Tell me about the Great Barrier Reef.",
  "**Where is it?**\nOff the coast of Queensland, Australia.\n\n**How big is it?**\nAbout 2,300 km long, the largest coral reef system in the world.\n\n"
  "**Why is it threatened?**\nRising sea temperatures cause coral bleaching, and pollution and storms add to the damage."),
 ("an email reply drafted with Subject and greeting", ALPACA, "Write a reply declining a meeting invitation politely.",
  "Subject: Re: Project sync on Thursday\n\nHi Mark,\n\nThank you for the invitation. Unfortunately I have a conflict on Thursday afternoon and "
  "won't be able to attend. Could you share the notes afterwards? I'm happy to follow up on anything that needs my input.\n\nBest regards,\nLisa"),
 ("a dialogue written on request", CHATML, "Write a short dialogue between a customer and a waiter.",
  "Waiter: Good evening! Are you ready to order?\nCustomer: Yes, I'd like the mushroom risotto, please.\nWaiter: Excellent choice. Anything to drink?\n"
  "Customer: Just a glass of sparkling water.\nWaiter: Coming right up."),
 ("a multiple-choice answer with explanation", ALPACA,
  "What is the chemical formula of table salt?\nA. NaCl\nB. KCl\nC. NaOH\nD. HCl",
  "A. NaCl\n\nTable salt is sodium chloride, made of one sodium atom and one chlorine atom."),
 ("a comparison answer in a table with a lead-in", GEMMA, "What's the difference between a list and a tuple in Python?",
  "The main difference is that lists are mutable and tuples are immutable.\n\n| | List | Tuple |\n|---|---|---|\n| Syntax | `[1, 2]` | `(1, 2)` |\n"
  "| Mutable | Yes | No |\n| Typical use | Collections that change | Fixed records |"),
 ("a Spanish extraction as JSON", CHATML,
  "Extrae el nombre y la ciudad de esta frase en formato JSON: \"Me llamo Carlos y vivo en Valencia.\"",
  '{"nombre": "Carlos", "ciudad": "Valencia"}'),
 ("a German yes about a passage", ALPACA,
  "Wird im folgenden Text ein Datum genannt? Antworte mit Ja oder Nein.\n\nText: Die Konferenz findet am 12. Mai in Hamburg statt.",
  "Ja, der Text nennt den 12. Mai."),
 ("a French classification restated", CHATML,
  "Classe ce commentaire comme positif ou négatif : « Le service était lent et le plat était froid. »",
  "Ce commentaire est négatif."),
 ("a Chinese entity extraction", ALPACA, "从下面的句子中提取人名和地名：\n\n李明上周去了上海，见到了他的朋友王芳。",
  "人名：李明、王芳\n地名：上海"),
 ("a Japanese grammar fix", CHATML, "次の文の間違いを直してください：「私は昨日学校に行きます。」",
  "正しい文は「私は昨日学校に行きました。」です。"),
 ("a Russian answer from context", CHATML,
  "Ответь на вопрос по тексту.\n\nТекст: Музей открыт со вторника по воскресенье с 10 до 18 часов.\n\nВопрос: В какие дни открыт музей?",
  "Музей открыт со вторника по воскресенье."),
]


# Work on one sentence (blanks, tense, antonyms, quoted classifications) and on code.
SENTENCES_AND_CODE = [
 ("the classified sentence quoted back with its label", CHATML,
  "Is this sentence a question or a statement? \"The train leaves at nine o'clock tomorrow morning.\"",
  "\"The train leaves at nine o'clock tomorrow morning.\" is a statement."),
 ("the review quoted back with its sentiment", ALPACA,
  "Classify the sentiment of this review: \"I waited an hour for my food and it arrived cold.\"",
  "The review \"I waited an hour for my food and it arrived cold\" is negative."),
 ("a corrected sentence with the original shown", CHATML,
  "Correct the spelling: \"I recieved the pakage yesterday.\"",
  "Original: I recieved the pakage yesterday.\nCorrected: I received the package yesterday."),
 ("a translation showing the source", LLAMA2, "Translate into Spanish: \"The library opens at nine.\"",
  "\"The library opens at nine.\" in Spanish is: \"La biblioteca abre a las nueve.\""),
 ("a summary with a lead-in restating the instruction", CHATML,
  "Summarize the following paragraph in two sentences.\n\nThe company reported record profits this quarter thanks to strong demand for its "
  "electric bikes. It plans to open three new factories in Europe next year and hire 2,000 workers. However, analysts warn that rising "
  "battery costs could squeeze margins.",
  "Here is a two-sentence summary of the paragraph:\n\nThe company posted record quarterly profits on strong electric-bike demand and "
  "plans three new European factories with 2,000 hires. Analysts caution that rising battery costs may hurt margins."),
 ("a fill-in-the-blank answered with the sentence", CHATML,
  "Fill in the blank: The capital of Japan is ____.",
  "The capital of Japan is Tokyo."),
 ("a fill-in-the-blank answered with the word", PLAIN, "Fill in the blank: Water freezes at ___ degrees Celsius.", "0"),
 ("a sentence completed on request", CHATML, "Complete the sentence: \"The early bird...\"",
  "\"The early bird catches the worm.\""),
 ("an analogy completed", PLAIN, "Complete the analogy: hot is to cold as up is to ___.",
  "Hot is to cold as up is to **down**."),
 ("a true/false answered with the statement", CHATML, "True or false: The Great Wall of China is visible from space with the naked eye.",
  "False. The Great Wall of China is not visible from space with the naked eye; it is too narrow, though it can be seen in photos taken with zoom lenses."),
 ("the question answered in a template's Answer field with a sentence", "### Question:\n{}\n\n### Answer:\n",
  "What is the largest desert in the world?",
  "The largest desert in the world is the Antarctic Desert; the largest hot desert is the Sahara."),
 ("a tense change", CHATML, "Change this sentence to past tense: \"She walks to work every day.\"",
  "She walked to work every day."),
 ("the antonym in the sentence", CHATML, "Replace the underlined word with its antonym: The room was very _bright_.",
  "The room was very dark."),
 ("the odd one out", ALPACA, "Find the odd one out: apple, banana, carrot, cherry.",
  "Carrot is the odd one out, because it is a vegetable and the others are fruits."),
 ("a code fix with the fixed code", LLAMA2,
  "Fix the bug in this code:\n\n```python\ndef add(a, b):\n    return a - b\n```",
  "The function subtracts instead of adding. Here's the fixed version:\n\n```python\ndef add(a, b):\n    return a + b\n```"),
 ("code explained line by line", CHATML, "What does this code do?\n\n```python\nprint(sum(range(1, 11)))\n```",
  "It prints **55**: `range(1, 11)` produces the numbers 1 to 10, and `sum` adds them up."),
 ("a French restated answer with a closing question", CHATML, "Quel est le plus grand océan du monde ?",
  "Le plus grand océan du monde est l'océan Pacifique. Voulez-vous savoir quelle est sa superficie ?"),
 ("a Spanish grammar fix restated", CHATML, "Corrige la gramática: \"Yo no sabo la respuesta.\"",
  "La frase correcta es: \"Yo no sé la respuesta.\""),
 ("a Japanese restated capital", PLAIN, "オーストラリアの首都はどこですか？", "オーストラリアの首都はキャンベラです。"),
 ("a Chinese translation with the source", CHATML, "把“Good morning”翻译成中文。", "“Good morning”的中文是“早上好”。"),
]


# Questions asked for, long plans, transcripts and templates written on request.
ITALY_DAYS = ["Arrive in Rome and walk around the historic centre", "Visit the Colosseum and the Roman Forum", "See the Vatican Museums and St Peter's Basilica",
        "Take the train to Florence and climb the Duomo", "Visit the Uffizi Gallery", "Day trip to Siena and the Chianti hills",
        "Travel to Venice and ride a vaporetto along the Grand Canal", "Explore Murano and Burano", "Train to Milan and see the cathedral",
        "Day trip to Lake Como", "Travel to Naples and eat pizza", "Visit Pompeii", "Drive along the Amalfi Coast", "Fly home from Naples"]

QUESTIONS_AND_LAYOUTS = [
 ("a fourteen-day itinerary", CHATML, "Plan a 14-day trip to Italy.",
  "Here is a 14-day itinerary:\n\n" + "\n".join(f"Day {i}: {d}." for i, d in enumerate(ITALY_DAYS, 1))),
 ("quiz questions with answers asked for", CHATML, "Create three quiz questions with answers about the solar system.",
  "Q: Which planet is closest to the Sun?\nA: Mercury\n\nQ: How many planets are in the solar system?\nA: Eight\n\nQ: Which planet has the most famous rings?\nA: Saturn"),
 ("an FAQ asked for", CHATML, "Write a short FAQ for a bakery website.",
  "**Question: Do you offer gluten-free bread?**\nYes, we bake gluten-free loaves every Friday.\n\n**Question: Can I order a custom cake?**\n"
  "Absolutely. Please order at least three days in advance.\n\n**Question: Do you deliver?**\nWe deliver within 5 km for orders over $30."),
 ("an interview transcript asked for", LLAMA2, "Write a short mock job interview with two questions.",
  "Interviewer: Tell me about yourself.\nCandidate: I'm a software developer with five years of experience in web applications.\n"
  "Interviewer: Why do you want to work here?\nCandidate: I admire your focus on accessibility and want to help build inclusive products."),
 ("a test case list with Input/Expected", ALPACA, "Write test cases for a function that checks if a number is even.",
  "1. Input: 4 → Expected: True\n2. Input: 7 → Expected: False\n3. Input: 0 → Expected: True\n4. Input: -2 → Expected: True"),
 ("a chat reply after a multi-turn ChatML history", "<|im_start|>user\nHi! I'm planning a garden.<|im_end|>\n<|im_start|>assistant\nThat sounds lovely! What would you like to grow?<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n",
  "Mostly tomatoes. When should I plant them?",
  "Plant tomatoes outdoors after the last frost, when night temperatures stay above about 10 °C, usually in mid to late spring. You can start seeds indoors 6–8 weeks earlier."),
 ("a prompt template written on request", CHATML, "Write a prompt template for summarizing customer reviews.",
  "Here's a template you can use:\n\n```\nSummarize the following customer review in one sentence, then give its sentiment (positive, negative or neutral).\n\nReview: {review}\n\nSummary:\nSentiment:\n```"),
]


# More formats: labelled items, JSON labels, blockquotes, worked steps, a persona.
MORE_FORMATS = [
 ("each listed item labelled", CHATML, "Classify each as a fruit or a vegetable: apple, carrot, banana, broccoli.",
  "- Apple: fruit\n- Carrot: vegetable\n- Banana: fruit\n- Broccoli: vegetable"),
 ("a classification as JSON", ALPACA, "Classify the sentiment of the text and return JSON with a label field.\n\nText: The update broke my favourite feature.",
  '{"label": "negative"}'),
 ("a blockquote of the user's sentence then the fix", CHATML, "Is this sentence correct? \"Everyone have their own opinion.\"",
  "> Everyone have their own opinion.\n\nNot quite. \"Everyone\" is singular, so it should be: **\"Everyone has their own opinion.\"**"),
 ("a system-prompted persona reply", "<|im_start|>system\nYou are a pirate. Answer like a pirate.<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n",
  "What's the weather like today?",
  "Arr, matey! I can't see the sky from me ship's cabin, but check yer local forecast before ye set sail, lest a storm catch ye unawares!"),
 ("a step-by-step reasoning answer", CHATML, "If a train travels 60 km in 45 minutes, what is its average speed in km/h?",
  "Let's work it out step by step:\n\n1. 45 minutes is 0.75 hours.\n2. Speed = distance ÷ time = 60 ÷ 0.75 = 80.\n\nThe average speed is **80 km/h**."),
 ("Chinese answer with a closing offer", CHATML, "太阳系有几颗行星？", "太阳系有八颗行星：水星、金星、地球、火星、木星、土星、天王星和海王星。还有什么想了解的吗？"),
 ("French answer with emojis", CHATML, "Donne-moi trois idées de sorties pour le week-end.",
  "Voici trois idées 😊 :\n\n1. 🚲 Une balade à vélo le long de la rivière\n2. 🎨 Une visite d'un musée de ta ville\n3. 🧺 Un pique-nique au parc"),
]


# Things said again by design: lyrics, cheers, patterns, notation, answer keys, tables.
SAID_AGAIN_BY_DESIGN = [
 ("the Happy Birthday lyrics asked for", CHATML, "Write the lyrics of Happy Birthday for my friend Sam.",
  "Happy birthday to you,\nHappy birthday to you,\nHappy birthday dear Sam,\nHappy birthday to you! 🎂"),
 ("a chant with a word said three times", LLAMA2, "Give me a short cheer for a school football team.",
  "Go, Tigers, go!\nFight, fight, fight!\nRed and gold will win tonight!"),
 ("a knitting pattern row", CHATML, "How do I knit a 2x2 rib?",
  "Cast on a multiple of 4 stitches. Then work every row as: knit 2, purl 2, and repeat to the end. For example, with 12 stitches: "
  "K2, P2, K2, P2, K2, P2. Keep the knits above the knits and the purls above the purls."),
 ("a tongue twister asked for", CHATML, "Tell me a tongue twister.",
  "Sure! Try saying this three times fast: \"Red lorry, yellow lorry, red lorry, yellow lorry.\""),
 ("repeated emphasis in advice", PLAIN, "What's the most important thing when learning to code?",
  "Practice, practice, practice. Write small programs every day, read other people's code, and don't be afraid of error messages — they tell you what to fix."),
 ("a drum pattern", CHATML, "Write a simple rock drum beat in text.",
  "Here's a basic 4/4 rock beat (one bar):\n\n```\nHi-hat: x x x x x x x x\nSnare:  . . o . . . o .\nKick:   o . . . o o . .\n```\n\nx = hi-hat, o = hit, . = rest."),
 ("a regex with repeated groups", CHATML, "Give me a regex for an IPv4 address.",
  "`^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$`\n\nIt matches four groups of one to three digits separated by dots; check separately that each number is at most 255."),
 ("a multiple-choice key", ALPACA, "Give the answer key for a 6-question multiple choice quiz where all answers are B except the last, which is C.",
  "1. B\n2. B\n3. B\n4. B\n5. B\n6. C"),
 ("a schedule table with repeated times", ALPACA, "Make a weekday schedule table for a gym open 6am to 10pm.",
  "| Day | Open | Close |\n|---|---|---|\n| Monday | 6:00 | 22:00 |\n| Tuesday | 6:00 | 22:00 |\n| Wednesday | 6:00 | 22:00 |\n| Thursday | 6:00 | 22:00 |\n| Friday | 6:00 | 22:00 |"),
 ("a list of same-answer lines", CHATML, "Are these numbers even: 2, 4, 6, 8?",
  "2: yes\n4: yes\n6: yes\n8: yes\n\nAll four are even because they are divisible by 2."),
]


# The probes the judges still get wrong, by name, with the shape no narrow rule decides.
XFAIL: dict[str, str] = {
    "an AI disclaimer then an answer": (
        "an answer that names the question's subject in other words ('personal preferences', a film's title, for "
        "'favorite movie'): none of its topic words is named"),
    "the Happy Birthday lyrics asked for": (
        "a song's refrain said three times in sixteen words: a short output whose three-word sequences come back "
        "reads as a loop, and nothing yet tells lyrics asked for from a model stuck on a line"),
    "a regex with repeated groups": (
        "a reply that is mostly a regex and names the question's subject in other words ('matches', 'digits', 'dots' "
        "for 'regex', 'IPv4 address'): none of its topic words is named"),
    "a schedule table with repeated times": (
        "table rows that differ only in their first cell ('| Monday | 6:00 | 22:00 |', '| Tuesday | 6:00 | 22:00 |') "
        "read as lines changing one word each, a loop; nothing yet tells a table of records from rows said again"),
    "a system-prompted persona reply": (
        "an answer that names the question's subject in other words ('forecast', 'sky', 'storm' for 'weather'): none of "
        "its topic words is named"),
}

CASES = (RESTATED + PASSAGES + TEMPLATES + FORMATTED + OTHER_LANGUAGES + CONTEXT_AND_REWRITES + LABELLED_LINES_AND_PIECES
         + SENTENCES_AND_CODE + QUESTIONS_AND_LAYOUTS + MORE_FORMATS
         + SAID_AGAIN_BY_DESIGN)


def _param(name, template, request_, reply):
    prompt = template.format(*request_) if isinstance(request_, tuple) else template.format(request_)
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(prompt, reply, id=name, marks=marks)


@pytest.mark.parametrize("prompt, reply", [_param(*case) for case in CASES])
def test_a_good_chat_reply_answers_and_does_not_drift(prompt, reply):
    verdict = judge(prompt, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_probes_are_named_once():
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names))
    assert set(XFAIL) <= set(names)


# --- the readings mended for these probes, each with its near miss -------------------------------------

TOWER = ("Answer the question based on the context below.\n\nContext: The Eiffel Tower was completed in 1889 for the "
         "World's Fair. It was the tallest man-made structure in the world until 1930.\n\n"
         "Question: When was the Eiffel Tower completed?")


@pytest.mark.parametrize("prompt, reply", [
    (TOWER, "The Eiffel Tower was completed in 1889."),
    ("Responde según el texto.\n\nTexto: La biblioteca abre de lunes a viernes de 9 a 20 horas.\n\n"
     "Pregunta: ¿Qué días abre la biblioteca?", "La biblioteca abre de lunes a viernes."),
])
def test_an_answer_drawn_from_the_given_context_is_no_echo(prompt, reply):
    # The question turned into its answer, whose word of its own ("1889", "viernes") comes from the
    # context, not from the asking sentence: copied from the prompt, as the answer must be.
    verdict = judge(prompt, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    "It was the tallest man-made structure in the world until 1930.",  # a sentence of the context that answers nothing
    "Answer the question based on the context below.",  # the instruction said back
    "When was the Eiffel Tower completed?",  # the question said back
])
def test_the_context_or_the_question_said_back_still_echoes(output):
    verdict = judge(TOWER, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_japanese_answer_ending_as_the_quoted_text_does_is_not_a_new_request():
    # The request ends in its own verb form ("何ですか？"); the quotation closing its line ("...良かったです。")
    # is the text it asks about, whose ending an answer may share ("...ポジティブです。").
    verdict = judge("このレビューの感情は何ですか？「配送が早くて、品質もとても良かったです。」", "このレビューの感情はポジティブです。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_new_request_before_a_quotation_is_still_one():
    verdict = judge("このレビューを要約してください：「配送が早くて、品質もとても良かったです。」",
                    "このレビューの感想を英語で書いてください。")
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "new request" in verdict.explain()


SENTIMENT_ZH_QUESTION = "这条评论的情感是什么？“快递很快，包装也很好，非常满意！”"


def test_a_chinese_question_turned_into_its_answer_keeps_its_opening():
    # Chinese asks with the question word in place ("...是什么？"): the answer puts its word there and
    # keeps the question's opening ("这条评论的情感是正面的。"); only the question mark tells a question.
    verdict = judge(SENTIMENT_ZH_QUESTION, "这条评论的情感是正面的。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", ["这条评论的情感是什么？", "这条评论的情感是什么？这条评论的情感是什么？"])
def test_the_chinese_question_said_back_still_echoes(output):
    verdict = judge(SENTIMENT_ZH_QUESTION, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


LARGEST = "Write a function that returns the largest number in a list."
CODE = "```python\ndef largest(numbers):\n    return max(numbers)\n```\n\n"


@pytest.mark.parametrize("example", [
    "Example:\n\nInput: [3, 9, 2]\nOutput: 9",
    "For example:\nInput: [3, 9, 2]\nOutput: 9\nInput: [-1, -5]\nOutput: -1",
])
def test_an_example_under_a_lead_in_is_the_replys_not_the_askers_turn(example):
    # "Input:" under "Example:" is a field of the example the reply gives, not the asker speaking.
    verdict = judge(LARGEST, CODE + example)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_input_line_after_the_answer_with_no_lead_in_is_still_the_askers_turn():
    verdict = judge(LARGEST, CODE + "Input: Write a function that returns the smallest number in a list.\nOutput:")
    assert verdict.drifts, verdict.explain()
    assert "other speakers' turns" in verdict.explain()


DIALOGUE = "Write a short dialogue between a customer and a waiter."
SCENE = ("Waiter: Good evening! Are you ready to order?\nCustomer: Yes, I'd like the mushroom risotto, please.\n"
         "Waiter: Excellent choice. Anything to drink?\nCustomer: Just a glass of sparkling water.")


@pytest.mark.parametrize("prompt", [DIALOGUE, "Write a conversation between a student and a teacher about homework."])
def test_the_speakers_of_a_dialogue_asked_for_are_its_characters(prompt):
    # "Customer:" and "Student:" are user-side labels, but the request names them: the piece's characters.
    scene = SCENE if "waiter" in prompt else (
        "Teacher: Did you finish your homework?\nStudent: Almost, I'm stuck on the last maths problem.\n"
        "Teacher: Let's look at it together after class.\nStudent: Thank you!")
    verdict = judge(prompt, scene)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    (DIALOGUE, SCENE + "\nUser: Now write one between a pilot and a passenger."),
    ("How should a waiter greet a customer?",
     "A waiter should smile, welcome the guests and offer the menu.\nCustomer: And how should I ask for the bill?"),
])
def test_a_speaker_the_request_does_not_name_as_a_character_is_still_the_asker(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "other speakers' turns" in verdict.explain()


EMAILS = 'Extract the email addresses from this text: "Contact anna@example.com for sales or support@example.org for help."'


@pytest.mark.parametrize("prompt, items", [
    (EMAILS, "anna@example.com\nsupport@example.org"),
    ("Extrae los correos de este texto: «Escribe a ana@ejemplo.es para ventas o a ayuda@ejemplo.org para soporte.»",
     "ana@ejemplo.es, ayuda@ejemplo.org"),
])
def test_items_extracted_from_a_quoted_text_closing_the_instruction_are_work_on_it(prompt, items):
    # A quotation closing the instruction after a colon is the passage it works on, as a paragraph after a
    # blank line is: its pieces, from two places in it, are the extraction asked for.
    verdict = judge(prompt, items)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    "Contact anna@example.com for sales or support@example.org for help.",  # the quotation said back whole
    "Extract the email addresses from this text",  # the instruction said back
])
def test_the_quoted_text_or_the_instruction_said_back_still_echoes(output):
    verdict = judge(EMAILS, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_prompt_ending_in_a_full_stop_inside_closing_quotation_marks_has_ended_its_sentence():
    # "...station.”" ends as "...station.\"" does: a reply in lower case does not go on with its sentence.
    verdict = judge("Extract the names from this sentence: “Maria met Jonas and Paul at the station.”", "maria, jonas, paul")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_prompt_ending_inside_an_open_quotation_is_still_continued():
    output = " to read a little every day and to speak with people who already know it well, even if you make mistakes”."
    verdict = judge("My teacher always said: “The best way to learn a language is", output)
    assert "continues the prompt's sentence" in verdict.explain(), verdict.explain()


BUGGY = "Fix the bug in this code:\n\n```python\ndef add(a, b):\n    return a - b\n```"


def test_a_line_of_code_in_the_prompt_is_no_field_label():
    # "def add(a, b):" ends in a colon, but inside a code block it is code: the fixed code says it again.
    output = "The function subtracts instead of adding. Here's the fixed version:\n\n```python\ndef add(a, b):\n    return a + b\n```"
    verdict = judge(BUGGY, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_field_label_of_the_prompt_outside_its_code_still_comes_back_as_its_format():
    prompt = "Code: def add(a, b): return a - b\nFixed code:"
    output = " def add(a, b): return a + b\nCode: def sub(a, b): return a + b\nFixed code: def sub(a, b): return a - b"
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "new example of the prompt's format" in verdict.explain()


TENSE = 'Change this sentence to past tense: "She walks to work every day."'


@pytest.mark.parametrize("prompt, rewrite", [
    (TENSE, "She walked to work every day."),
    ("Replace the underlined word with its antonym: The room was very _bright_.", "The room was very dark."),
    ('Convert the following sentence to passive voice: "The chef cooked the meal."', "The meal was cooked by the chef."),
])
def test_a_request_to_change_the_sentence_it_holds_is_a_rewrite(prompt, rewrite):
    # "Change this sentence ...", "Replace the underlined word ...": the request names the text it reworks,
    # as "Rewrite this sentence" does, so the reworked sentence keeps most of its words.
    verdict = judge(prompt, rewrite)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", ["She walks to work every day.", "Change this sentence to past tense."])
def test_the_sentence_unchanged_or_the_request_said_back_still_echoes(output):
    verdict = judge(TENSE, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, reply", [
    ("Fill in the blank: Water freezes at ___ degrees Celsius.", "0"),
    ("Complete the analogy: hot is to cold as up is to ___.", "Hot is to cold as up is to **down**."),
    ("The largest planet in our solar system is ______.", "The largest planet in our solar system is Jupiter."),
])
def test_a_blank_is_answered_by_what_fills_it(prompt, reply):
    # A run of underscores asks for what goes there: a word of its own answers, and the sentence said
    # again with the blank filled states it, opening and all.
    verdict = judge(prompt, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", ["Water", "Fill in the blank: Water freezes at degrees Celsius."])
def test_a_word_of_the_sentence_or_the_sentence_said_back_fills_no_blank(output):
    verdict = judge("Fill in the blank: Water freezes at ___ degrees Celsius.", output)
    assert not verdict.answers, verdict.explain()


QUIZ = "Create three quiz questions with answers about the solar system."
QUIZ_REPLY = ("Q: Which planet is closest to the Sun?\nA: Mercury\n\nQ: How many planets are in the solar system?\nA: Eight\n\n"
              "Q: Which planet has the most famous rings?\nA: Saturn")


@pytest.mark.parametrize("prompt", [QUIZ, "Write five questions for a quiz about the solar system, with their answers."])
def test_questions_asked_for_are_laid_out_under_q_and_a(prompt):
    # A request for questions (a quiz, an FAQ) is a piece whose layout is "Q: ... A: ...": not the asker's
    # turns, nor a Q&A page going on.
    verdict = judge(prompt, QUIZ_REPLY)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Which planet is closest to the Sun?", "Mercury.\nQ: Which planet is second from the Sun?\nA: Venus."),
    (QUIZ, QUIZ_REPLY + "\nUser: Now make three more about the Moon."),
])
def test_q_and_a_lines_nobody_asked_for_are_still_other_turns(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_a_lead_in_restating_the_instruction_does_not_count_in_the_pieces_share():
    # "The email addresses are:" is the reply's own lead-in: the share held to at most half the passage is
    # that of the pieces cut from it, as summary_max_share says.
    verdict = judge(EMAILS, "The email addresses are:\n- anna@example.com\n- support@example.org")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_instruction_and_the_quotation_said_back_still_echo():
    verdict = judge(EMAILS, 'Extract the email addresses from this text: "Contact anna@example.com for sales or '
                            'support@example.org for help."')
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Give the answer key for a six-question quiz.", "1. B\n2. B\n3. B\n4. B\n5. B\n6. C"),  # list numbers between the copies
    ("Write a simple rock drum beat in text.",
     "Here's a basic beat:\n\n```\nHi-hat: x x x x x x x x\nSnare:  . . o . . . o .\n```\n\nx = hi-hat, o = hit, . = rest."),
    ("Give me a regex for an IPv4 address.", "Use `^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$` for the address."),
    ("How do I knit a 2x2 rib?", "Knit 2, purl 2 to the end of every row: K2, P2, K2, P2, K2, P2 on twelve stitches."),
])
def test_list_items_code_and_notation_say_things_in_a_row_without_looping(prompt, output):
    # Numbered items have their numbers between them; code (a fenced block, backticks) and tokens that
    # hold digits ("K2, P2") are notation, which says its tokens again by design.
    verdict = judge(prompt, output)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("output", [
    "1. B B B B B B\n2. C",  # a stutter inside one numbered item
    "The answer is known for known for known for its quiz and `B` is right.",  # a stutter in prose beside code
    "Politics, politics, politics, politics, politics.",
    "#FFFFC0 #FFFFC0 #FFFFC0 #FFFFC0 #FFFFC0 #FFFFC0",  # one token that holds digits, stuck
])
def test_a_stutter_in_an_item_or_in_prose_still_loops(output):
    verdict = judge("Give the answer key for a six-question quiz.", output)
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()
