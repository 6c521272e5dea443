"""Good chat replies written close to the triggers of the judges' newest readings answer and do not drift; the
drift each reading is meant to catch is still caught.

The readings under test: a stretch said in a row (``loop.in_a_row``: a few words three times, one word five
times, a Chinese character eight times, one mark a hundred times); a request for JSON answered only by JSON
(``reply.format``); chat formats written with role labels; labels that are requests heading a task's fields,
and an input field opened again on the output's first line; a line announcing what follows with a colon, accent
folding in topic words, the '###Label:' inline turn, a scale in brackets, a prompt opening with its topic words,
the asking sentence turned into its answer with one option, and a quotation said again in another case.

For each, ordinary replies come as near its trigger as a person writes: chants and laughter quoted, rules
across a line, code without fences, JSON in prose, JSON offered as one choice, JSON asked for in Chinese, system
text and role labels in prose, a chat asked for, a field the request asks to improve given under its label,
announcing lines, accents dropped, scores on a scale, recased quotations. Every reply here was written for this
test. The probes the judges still get wrong are strict expected failures naming the reading and the shape.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail

# --- 1. loop.in_a_row ---------------------------------------------------------------------------------------

IN_A_ROW = [
    pytest.param("What are the lyrics to the chorus of 'We Will Rock You'?",
                 'The chorus goes: "We will, we will rock you! We will, we will rock you!" It is sung twice, with '
                 "stomps and claps under it.", id="lyrics quoted"),
    pytest.param("What is a chant used at football games?",
                 'A classic one is "Here we go, here we go, here we go!" sung by fans as the team attacks.',
                 id="a chant quoted"),
    pytest.param("What is the Haka chant's famous line?",
                 "The Ka Mate haka's best known line is \"Ka mate, ka mate! Ka ora, ka ora!\", meaning \"It is "
                 'death, it is death! It is life, it is life!"', id="the haka quoted"),
    pytest.param("How do people laugh in text messages?",
                 'People type "ha ha ha ha ha" or "lol"; longer strings like "hahaha" mean it was really funny.',
                 id="a laugh typed, quoted"),
    pytest.param("Which Beatles song has the famous 'yeah, yeah, yeah' line?",
                 "That is \u201cShe Loves You\u201d: its chorus sings \u201cyeah, yeah, yeah, yeah, yeah\u201d "
                 "and made the band famous in 1963.", id="a refrain in curly quotation marks"),
    pytest.param("Compare Python, Java and Go for web servers.",
                 "| Language | Typed | Compiled | GC |\n|---|---|---|---|\n| Python | no | no | yes |\n"
                 "| Java | yes | yes | yes |\n| Go | yes | yes | yes |", id="a markdown table"),
    pytest.param("Show me a text progress bar at 50 percent.", "Here it is: [##########----------] 50%",
                 id="a progress bar"),
    pytest.param("Write a Python function that pads a string with x.",
                 "def pad(s):\n    return s + 'x x x x x'\n\nIt appends five x characters separated by spaces.",
                 id="a string in code without fences"),
    pytest.param("What does base64 padding look like?",
                 "Base64 pads the end with '=' signs: 'QUFBQUFBQUFBQQ==' encodes ten A characters, which are "
                 "'AAAAAAAAAA' in plain text.", id="base64-looking data"),
    pytest.param("How do I draw a horizontal rule in Markdown?",
                 "Put three or more hyphens on a line of their own:\n\n" + "-" * 120
                 + "\n\nAny length works; the renderer draws one line.", id="a long rule of hyphens"),
    pytest.param("Give me a separator line for my config file.",
                 "Use a comment line like this:\n\n# " + "=" * 100 + "\n\nIt stands out in most editors.",
                 id="a comment rule of a hundred marks"),
    pytest.param("Give me some party emojis.", "Sure! \U0001f389\U0001f389\U0001f389\U0001f389\U0001f389 "
                 "\U0001f973\U0001f973\U0001f973 \U0001f388\U0001f388\U0001f388\U0001f388 Have a great party!",
                 id="emoji said again"),
    pytest.param("Tell me about the history of the knock-knock joke.",
                 "The knock-knock joke dates from the 1930s. In stories, a visitor might go knock knock knock at "
                 "the door before the famous reply, \"Who's there?\"", id="knock knock knock"),
    pytest.param("Write a short scary story about a knock at the door.",
                 "The house was silent until a sound came from the front door: knock, knock, knock, knock, "
                 "knock. Nobody was expected that night, and Mara froze on the stairs.",
                 id="onomatopoeia in a story asked for"),
    pytest.param("What do I need for a pancake breakfast for four?",
                 "You will need 2 cups flour, 2 eggs, 2 cups milk, 2 tablespoons sugar and 2 tablespoons butter.",
                 id="quantities said again"),
    pytest.param("Give me a shopping list for a picnic.",
                 "- apples, 6\n- apples, green, 6\n- bread, 1 loaf\n- water, 6 bottles\n- water, sparkling, 6 bottles",
                 id="a list of the same items"),
    pytest.param("What is the genealogy of Jesus in Luke?",
                 "Luke traces it back from Jesus: the son of Joseph, the son of Heli, the son of Matthat, the son "
                 "of Levi, the son of Melchi, and on back to Adam, the son of God.", id="a genealogy"),
    pytest.param("Give an example of a DNA sequence with a repeat.",
                 "A short tandem repeat looks like this: ATGCAGCAGCAGCAGCAGTTA, where CAG is said five times in a row.",
                 id="a DNA sequence in one word"),
    pytest.param("Write a haiku-free description of a clock.",
                 "The old clock on the wall goes tick tock tick tock tick tock through the night, steady as a heartbeat.",
                 id="tick tock three times"),
    pytest.param("How can I show a loading spinner in the terminal?",
                 "Print the frames | / - \\ one after another on the same line with a carriage return, e.g. in "
                 "Python:\n\nimport itertools, sys, time\nfor c in itertools.cycle('|/-\\\\'):\n"
                 "    sys.stdout.write('\\r' + c)\n    time.sleep(0.1)", id="a spinner in code without fences"),
    pytest.param("用一句话描述下雨。", "雨哗哗哗地下个不停，街上的人都撑起了伞。", id="a Chinese sound word"),
    pytest.param("What did the crowd shout at the rally?",
                 "They chanted \u00abJe suis Charlie, je suis Charlie, je suis Charlie\u00bb for nearly an hour.",
                 id="a chant in guillemets"),
    pytest.param("What does a CSV file look like?", "Like this:\n\nname,age,city\nAna,31,Lisbon\nBen,27,Oslo\nCara,45,Rome",
                 id="CSV rows"),
    pytest.param("Give me a Python one-liner that prints a line of 120 dashes.",
                 "print('-' * 120)\n\nIt prints a line of 120 dashes.",
                 marks=xfail("prompt.echo: a one-liner naming the request's own words")),
    # Not mended: each is said in a row as people write it, outside quotation marks, past the reading's count.
    pytest.param("Describe someone knocking at a door in a scary way.",
                 "A sound came from the front door: knock, knock, knock, knock, knock. Nobody was expected that "
                 "night, and Mara froze on the stairs.",
                 marks=xfail("loop.in_a_row: a sound word said five times in prose, not in a piece asked for")),
    pytest.param("Give an example of a DNA sequence with a repeat.",
                 "A short tandem repeat looks like this: CAG CAG CAG CAG CAG CAG. Expanded CAG repeats in the HTT "
                 "gene cause Huntington's disease.",
                 marks=xfail("loop.in_a_row: codons written apart are notation without digits")),
    pytest.param("How is a simple drum beat written?",
                 "In drum tab, a basic rock beat is:\nHH x-x-x-x-x-x-x-x-\nSD ----o-------o---\nBD o-------o-------",
                 marks=xfail("loop.in_a_row: drum tab outside a code block is notation without digits")),
    pytest.param("How do you count in a waltz?",
                 "A waltz is counted in threes: one two three, one two three, one two three, with the accent on each one.",
                 marks=xfail("loop.in_a_row: a count said in a row in prose")),
    pytest.param("What does a train sound like?",
                 "A steam train goes choo choo, and its wheels go clickety-clack, clickety-clack, clickety-clack "
                 "over the joints of the rails.", marks=xfail("loop.in_a_row: a sound said three times in prose")),
    pytest.param("用一句话描述下雨。", "雨哗哗哗哗哗哗哗哗地下个不停，街上的人都撑起了伞。",
                 marks=xfail("loop.in_a_row: a sound character said eight times reaches loop_char_run")),
    # Near the reading, found by other measures.
    pytest.param("How do I solve a Rubik's cube?",
                 "Take it step by step by step: first the white cross, then the white corners, then the middle "
                 "layer, and finally the yellow face.",
                 marks=xfail("topic.trailing_gap: the steps name none of solve, rubik's, cube")),
    pytest.param("Draw a small house in ASCII art.",
                 "Here is a small house:\n\n    /\\\n   /  \\\n  /____\\\n  |    |\n  | [] |\n  |____|",
                 marks=xfail("prompt.echo: ASCII art has few words, most of them the request's")),
    pytest.param("Write a Python function that returns a list of five zeros.",
                 "def zeros():\n    return [0, 0, 0, 0, 0]\n\nCalling zeros() gives [0, 0, 0, 0, 0].",
                 marks=xfail("loop.ngram_repeat: a list of zeros said twice in a short output")),
    pytest.param("How do you write the notes of Ode to Joy?",
                 "The melody starts: E E F G G F E D C C D E E D D. Then E E F G G F E D C C D E D C C.",
                 marks=xfail("topic.trailing_gap and loop.ngram_repeat: note names name nothing and come back")),
    pytest.param("How do I say 'very very very' in an emphatic way?",
                 'You can stack it: "very, very, very important" is fine in speech, though in writing one "very" '
                 "or a stronger word reads better.", marks=xfail("topic.trailing_gap: never names 'emphatic'")),
]


@pytest.mark.parametrize("prompt, output", IN_A_ROW)
def test_things_said_in_a_row_by_design_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


IN_A_ROW_DRIFTS = [
    pytest.param("Tell me about Oslo.", "Oslo is a city known for known for known for its fjords.", id="a stutter"),
    pytest.param("Tell me about Oslo.", "Oslo is the capital of Norway. politics politics politics politics politics",
                 id="one word stuck"),
    pytest.param("Tell me about Oslo.", "Oslo is the capital of Norway." + "#" * 200, id="a mark to the limit"),
    pytest.param("Tell me about Oslo.", "Oslo is the capital of Norway.\n" + "-" * 200, id="a rule to the limit"),
    pytest.param("Tell me about Oslo.", "Oslo is the capital of Norway. " + "=" * 150 + " It has fjords.",
                 id="a run inside a line"),
    pytest.param("Tell me about Oslo.", "Oslo is the capital of Norway.\n" + "#" * 600 + "\nIt has fjords.",
                 id="a line of marks far wider than a screen"),
    pytest.param("Tell me about Oslo.", 'Oslo is the capital of Norway. He said "I am a cat. I am a cat. I am a cat. '
                 "I am a cat. I am a cat.", id="a quotation never closed"),
    pytest.param("Tell me about Oslo.", 'Oslo is "the capital" of Norway, known for known for known for fjords.',
                 id="a stutter after a quotation"),
    pytest.param("用一句话描述下雨。", "雨" + "哗" * 20, id="a character stuck"),
]


@pytest.mark.parametrize("prompt, output", IN_A_ROW_DRIFTS)
def test_a_stretch_stuck_in_a_row_still_loops(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


# --- 2. reply.format ---------------------------------------------------------------------------------------

JSON_REPLIES = [
    pytest.param("Give me the capital of France as JSON.",
                 'Sure! Here is the answer:\n\n{"country": "France", "capital": "Paris"}\n\nLet me know if you need more.',
                 id="JSON inside prose"),
    pytest.param("Return the three primary colors as a JSON array.", '["red", "yellow", "blue"]',
                 id="an array of strings"),
    pytest.param("Output the list of planets in JSON Lines format.",
                 '{"name": "Mercury", "order": 1}\n{"name": "Venus", "order": 2}\n{"name": "Earth", "order": 3}',
                 id="JSON Lines"),
    pytest.param("Format the user's name and age as JSON or CSV, whichever is easier.",
                 "Here it is as CSV:\n\nname,age\nAlice,30", id="JSON offered as one choice"),
    pytest.param("Should I store settings as JSON or as environment variables?",
                 "Use environment variables for secrets and per-deploy values, and a JSON or TOML file for "
                 "structured settings that rarely change.", id="JSON as one option of a question"),
    pytest.param("Write a JSON schema for a user with a name and an email.",
                 '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object",\n'
                 '  "properties": {"name": {"type": "string"}, "email": {"type": "string", "format": "email"}},\n'
                 '  "required": ["name", "email"]\n}', id="a JSON schema"),
    pytest.param("Fix this JSON: {name: 'Bob', age: 30,}",
                 'Keys and strings need double quotes and the trailing comma must go:\n\n{"name": "Bob", "age": 30}',
                 id="JSON fixed"),
    pytest.param('Why is my JSON invalid? {"a": 1,}',
                 "Because JSON does not allow a trailing comma after the last value. Remove the comma after 1 and it parses.",
                 id="a question about a JSON text"),
    pytest.param("What is JSON used for?",
                 "JSON is a text format for exchanging data between programs, most often between a web server and a browser.",
                 id="JSON as a topic"),
    pytest.param("Explain the difference between JSON and YAML.",
                 "JSON uses braces and quotes and is strict; YAML uses indentation, allows comments and is easier "
                 "for people to write by hand.", id="JSON compared"),
    pytest.param("Give me a YAML config for a web server, not JSON.", "server:\n  host: 0.0.0.0\n  port: 8080\n  workers: 4",
                 id="YAML asked for, not JSON"),
    pytest.param("Tell me how to parse JSON in Python.",
                 "Use the json module:\n\nimport json\ndata = json.loads('{\"a\": 1}')\nprint(data['a'])",
                 id="how to parse JSON"),
    pytest.param("请用JSON格式返回北京的人口和面积。", '{"城市": "北京", "人口": "约2189万", "面积": "16410平方公里"}',
                 id="asked in Chinese"),
    pytest.param("Devuelve en formato JSON el nombre y la capital de España.", '{"pais": "España", "capital": "Madrid"}',
                 id="asked in Spanish"),
    pytest.param("Respond in JSON with the keys sentiment and score (1-5) for: 'I love this phone.'",
                 '{"sentiment": "positive", "score": 5}', id="a scale among the keys"),
    pytest.param("Convert this CSV row to JSON: name,age\\nAlice,30", '```json\n{"name": "Alice", "age": 30}\n```',
                 id="CSV to JSON in a fence"),
    pytest.param("Return the result as JSON: what is 2+2?", '{"result": 4}', id="a sum in JSON"),
    pytest.param("Can you answer in JSON? What's the tallest mountain?",
                 '{"mountain": "Mount Everest", "height_m": 8849}', id="asked as a question"),
    pytest.param("Provide a JSON response with the fields title and year for the movie Inception.",
                 '{\n  "title": "Inception",\n  "year": 2010\n}', id="a JSON response with fields"),
    pytest.param("Return JSON only: the first three prime numbers.", "[2, 3, 5]", id="an array of numbers"),
    pytest.param("Return a JSON object with a list of three fruits.",
                 '```json\n{"fruits": ["apple", "banana", "cherry"]}\n```\nThese are three common fruits.',
                 id="a fence, then a sentence"),
    pytest.param("Give the answer in JSON format: what is the chemical symbol for gold?",
                 '{"element": "gold", "symbol": "Au"}', id="JSON format, then the question"),
    pytest.param("Please reply in JSON. What is the boiling point of water in Celsius?",
                 '{"boiling_point_celsius": 100}', id="one key"),
]


@pytest.mark.parametrize("prompt, output", JSON_REPLIES)
def test_replies_near_a_request_for_json_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Return JSON only: the first three prime numbers.", "Two, three and five."),
    ("Respond in JSON: the population of Paris.", "Paris has about 2.1 million people [1]."),
])
def test_prose_with_numbers_or_a_citation_mark_is_no_json(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and "reply.format" in [e.measure for e in verdict.evidence], verdict.explain()


@pytest.mark.parametrize("prompt", [
    "Respond in JSON with the keys city and country for the Eiffel Tower.",
    "Respond in JSON, with the keys city and country, for the Eiffel Tower.",
    "请用JSON格式返回埃菲尔铁塔所在的城市和国家。",
])
def test_prose_for_a_request_for_json_is_still_no_answer(prompt):
    verdict = judge(prompt, "The Eiffel Tower is in Paris, France. It was built in 1889 for the World's Fair.")
    assert not verdict.answers, verdict.explain()


# --- 3. chat formats written with role labels --------------------------------------------------------------

ROLE_LABELS = [
    pytest.param("SYSTEM: You are a concise assistant.\nUSER: What is the boiling point of water at sea level?\nASSISTANT:",
                 " Water boils at 100 °C (212 °F) at sea level.", id="a system turn"),
    pytest.param("In my chat app every message starts with user: and the bot replies. How do I parse the user: "
                 "prefix in Python?", "Split each line once on the first colon: `label, text = line.split(':', 1)`, "
                 "then check `label.strip() == 'user'`.", id="user: in prose"),
    pytest.param("Summarise this support ticket.\nTicket #4411\nUser: jane.doe\nPriority: high\nIssue: cannot log in "
                 "after password reset", "Jane Doe cannot log in after resetting her password; the ticket is marked "
                 "high priority.", id="a ticket with a User: field"),
    pytest.param("Here are examples of how the assistant should answer.\nUser: What is 2+2?\nAssistant: 4\nUser: What "
                 "is the capital of Spain?\nAssistant: Madrid\nUser: What is the largest ocean?\nAssistant:",
                 " The Pacific Ocean.", id="few-shot User/Assistant examples"),
    pytest.param("User: Hi, my order hasn't arrived.\nAssistant: I'm sorry to hear that. Could you give me the order "
                 "number?\nUser: It's 88231.\nAssistant:", " Thank you! Order 88231 shipped on Monday and should "
                 "arrive within two days. I'll send you the tracking link.", id="a support chat to continue"),
    pytest.param("What does 'USER: ... ASSISTANT:' mean in a Vicuna prompt?",
                 "It is Vicuna's chat format: each user turn is written after USER: and the model writes its reply "
                 "after ASSISTANT:.", id="the labels as a topic"),
    pytest.param("Write a short example chat between a user and an assistant about the weather.",
                 "User: Is it going to rain today?\nAssistant: Yes, showers are expected after 3 pm, so take an "
                 "umbrella.\nUser: Thanks!\nAssistant: You're welcome.", id="a chat asked for"),
    pytest.param("A chat between a curious user and an artificial intelligence assistant. USER: Name three primary "
                 "colours. ASSISTANT:", " Red, yellow and blue.", id="labels inside a line"),
    pytest.param("system: Answer in one word.\nuser: What colour is the sky on a clear day?\nassistant:", " Blue.",
                 id="lower-case labels"),
    pytest.param("Human: What is the speed of light?\nAI:", " About 299,792 kilometres per second in a vacuum.",
                 id="Human and AI"),
    pytest.param("USER: What is 7 times 8?\nASSISTANT:", " 7 times 8 is 56.", id="a sum in a Vicuna turn"),
    pytest.param("Below is a conversation.\nuser: I can't find my keys.\nassistant: Did you check your coat pockets?\n"
                 "user: Yes, not there.\nassistant:", " Then try the last place you sat down, like the sofa or the car "
                 "seat. Keys often slip between cushions.", id="a lead-in, then lower-case turns"),
    pytest.param("Here is my prompt: 'User: hi\nAssistant: hello'. Why does the model repeat 'User:' lines?",
                 'Because it learned to continue the transcript: without a stop sequence on "User:", it keeps writing '
                 'both sides. Add "User:" as a stop sequence.', id="role labels quoted in a question"),
    pytest.param("USER: Translate 'good morning' into German. ASSISTANT: Guten Morgen. USER: And into Italian? ASSISTANT:",
                 " Buongiorno.", id="a follow-up on one line"),
    pytest.param("Fix the grammar in this log line: 'user: has logged in succesfully'",
                 "user: has logged in successfully",
                 marks=xfail("turns.other_speaker: a text to fix that opens with 'user:' is read as the asker's turn")),
]


@pytest.mark.parametrize("prompt, output", ROLE_LABELS)
def test_replies_near_role_labels_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("User: Hi, my order hasn't arrived.\nAssistant: Could you give me the order number?\nUser: It's "
                 "88231.\nAssistant:", " Thank you! Order 88231 shipped on Monday.\nUser: When will it arrive?\n"
                 "Assistant: Within two days.\nUser: Thanks.", id="the user's next turn"),
    pytest.param("SYSTEM: You are a concise assistant.\nUSER: What is the boiling point of water at sea level?\nASSISTANT:",
                 " Water boils at 100 °C.\nUSER: What about at altitude?\nASSISTANT: Lower.\nUSER: How much lower?",
                 id="a system chat run on"),
    pytest.param("What is the capital of Chile?", "The capital of Chile is Santiago.\nUser: What is the capital of "
                 "Peru?\nAssistant: Lima.", id="a plain question, then turns"),
])
def test_the_asker_written_again_still_drifts(prompt, output):
    assert judge(prompt, output).drifts


# --- 4. labels that are requests, and an input field opened again ------------------------------------------

FIELDS = [
    pytest.param("Title: How to cook rice\nContent: Rinse the rice, boil water, add rice, simmer 15 minutes.\n"
                 "Suggest a better title.", "Title: Perfect Fluffy Rice in 15 Minutes", id="a better title after the fields"),
    pytest.param("Suggest a better title for this post.\nTitle: My trip\nBody: We went to Lisbon for five days and "
                 "ate pastéis de nata every morning.", "Title: Five Days of Pastéis de Nata in Lisbon",
                 id="a better title before the fields"),
    pytest.param("Continue the conversation as the agent.\nCustomer: My card was charged twice.\nAgent: I'm sorry "
                 "about that. Can you share the last four digits?\nCustomer: 4421.\nAgent:",
                 " Thank you. I see two charges on the card ending in 4421; I have refunded the duplicate, and it "
                 "will show within five days.", id="an agent's transcript to continue"),
    pytest.param("Instruction: Classify the sentiment of the review.\nInput: The battery died after a day.\nOutput:",
                 " Negative", id="Instruction/Input/Output, a label"),
    pytest.param("Instruction: Translate the sentence into French.\nInput: The cat sleeps on the sofa.\nOutput:",
                 " Le chat dort sur le canapé.", id="Instruction/Input/Output, a translation"),
    pytest.param("Instruction: Summarize the text.\nInput: The city council voted on Monday to build a new bridge "
                 "over the river, costing 20 million euros and opening in 2027.\nOutput:",
                 " The council approved a 20-million-euro bridge over the river, to open in 2027.",
                 id="Instruction/Input/Output, a summary"),
    pytest.param("Name: Ana Lopez\nRole: data engineer\nSkills: Python, SQL, Airflow\nWrite a one-sentence bio.",
                 "Ana Lopez is a data engineer who builds pipelines with Python, SQL and Airflow.", id="a bio from fields"),
    pytest.param("Question: What is the capital of Australia?\nAnswer:", " Canberra.", id="Question/Answer"),
    pytest.param("Correct the spelling.\nText: Teh quick brown fox jumpd over the lazy dog.",
                 "Text: The quick brown fox jumped over the lazy dog.", id="the corrected field under its label"),
    pytest.param("Write a commit message for this change.\nDiff: renamed get_user to fetch_user in api.py",
                 "Refactor: rename get_user to fetch_user in api.py", id="a commit message"),
    pytest.param("Subject: meeting\nBody: Can we move tomorrow's meeting to 3 pm?\nRewrite the subject line to be clearer.",
                 "Subject: Request to move tomorrow's meeting to 3 pm",
                 marks=xfail("prompt.echo: a subject rewritten from the body's own words")),
    pytest.param("Name: Ana Lopez\nRole: data engineer\nSkills: Python, SQL, Airflow\nWrite a short profile card for her.",
                 "Name: Ana Lopez\nRole: Data Engineer\nSkills: Python, SQL, Airflow\nAbout: Builds reliable data pipelines.",
                 marks=xfail("prompt.format: the same record laid out again under the prompt's labels")),
]


@pytest.mark.parametrize("prompt, output", FIELDS)
def test_replies_near_labelled_fields_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Instruction: Classify the sentiment of the review.\nInput: The battery died after a day.\nOutput:",
                 " Negative\nInstruction: Classify the sentiment of the review.\nInput: Great screen.\nOutput: Positive",
                 id="a new example after the answer"),
    pytest.param("Title: How to cook rice\nContent: Rinse the rice, boil water.\nSummary:",
                 "Title: How to bake bread\nContent: Mix flour and water.\nSummary:", id="an input field opened again"),
    pytest.param("Suggest a better title for this post.\nTitle: My trip\nBody: We went to Lisbon for five days.",
                 "Title: Five Days in Lisbon\nBody: We flew to Porto and stayed a week.",
                 id="the field asked for, then an input field again"),
])
def test_a_new_example_of_the_prompts_format_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.format" in drift_measures(verdict), verdict.explain()


# --- 5. announcing lines, accents, '###Label:', scales, topic openings, options, recased quotations -------

MORE = [
    pytest.param("What are the main causes of inflation?", "There are three main causes:\n\n1. Demand-pull: spending "
                 "grows faster than output.\n2. Cost-push: wages and raw materials get dearer.\n3. Expectations: firms "
                 "and workers price in future rises.", id="an announcing line, then items"),
    pytest.param("What are the benefits of meditation?", "Benefits include:\nLower stress and anxiety, better sleep, "
                 "sharper focus, and lower blood pressure for some people.", id="an announcing line, then a sentence"),
    pytest.param("Summarize: The meeting moved to Friday because the CEO is travelling. Everyone must confirm by "
                 "Wednesday.", "Key points:\nThe meeting is now on Friday, as the CEO is travelling, and everyone "
                 "must confirm by Wednesday.", id="a summary under a heading line"),
    pytest.param("¿Cuáles son los beneficios de la natación?", "La natacion tiene varios beneficios:\n- Fortalece el "
                 "corazon y los pulmones.\n- Trabaja todos los musculos.\n- Reduce el estres.", id="Spanish, accents dropped"),
    pytest.param("Qu'est-ce qu'une crêpe ?", "Une crepe est une galette tres fine faite de farine, d'oeufs et de "
                 "lait, cuite a la poele.", id="French, accents dropped"),
    pytest.param("Wie funktioniert eine Wärmepumpe?", "Eine Warmepumpe entzieht der Umgebung Warme und hebt sie mit "
                 "einem Kompressor auf eine hohere Temperatur.", id="German, umlauts dropped"),
    pytest.param("Rate how spicy this dish is (1-10): vindaloo.", "8 out of 10: vindaloo is one of the hottest "
                 "curries on most menus.", id="a score on a scale"),
    pytest.param("On a scale (1-5), how hard is it to learn Go?", "About 2. Go has a small language, a fast compiler "
                 "and clear documentation.", id="a scale opening the question"),
    pytest.param("What is (3-5)?", "-2", id="a difference in brackets"),
    pytest.param("Machine learning in simple terms, please.", "Machine learning is a way for computers to learn "
                 "patterns from examples instead of following hand-written rules.", id="opening with the topic words"),
    pytest.param("Photosynthesis: explain it to a ten-year-old.", "Photosynthesis is how plants make their food: their "
                 "leaves catch sunlight and use it to turn water and air into sugar.", id="a topic, a colon, a request"),
    pytest.param("시간 복잡도를 설명해 주세요.", "시간 복잡도는 입력 크기가 커질 때 알고리즘의 실행 시간이 얼마나 늘어나는지를 "
                 "나타내는 척도입니다.", id="Korean, verb last"),
    pytest.param("Which is bigger, a lion or a house cat?", "A lion is bigger than a house cat.",
                 id="one option, in the question's words"),
    pytest.param("Is the Pacific or the Atlantic ocean larger?", "The Pacific ocean is larger.",
                 id="one option, the asking sentence turned"),
    pytest.param("Convert this to title case: 'the lord of the rings'", "The Lord of the Rings",
                 id="title case of a single-quoted text"),
    pytest.param("Write this in capitals: 'keep calm and carry on'", "KEEP CALM AND CARRY ON",
                 id="capitals of a single-quoted text"),
    pytest.param('Make this uppercase: "hello world, nice to meet you"', '"HELLO WORLD, NICE TO MEET YOU"',
                 id="capitals of a double-quoted text"),
    pytest.param("###Instruction: Name a fruit that is yellow.\n###Response:", " A banana is yellow. ### Tips: "
                 "bananas ripen faster in a paper bag.", id="a '### Tips:' inside a line"),
    pytest.param("###Instruction: Name a fruit that is yellow.\n###Response:", " Banana. C# has no fruit type, but "
                 "a string#Length call works.", id="'#' inside words"),
    pytest.param("How do I make a good espresso?", "Here is what matters most:\n\n- Grind fine, like table salt.\n"
                 "- Use 18 g of coffee for 36 g of liquid.\n- Pull the shot in 25 to 30 seconds.\n- Keep the machine "
                 "at about 93 °C.", marks=xfail("topic.trailing_gap: an announcing line naming none of the "
                                               "question's words carries no topic")),
    pytest.param("Rate this review from 1 to 5 (1-5): 'Arrived late but works great.'", "4",
                 marks=xfail("reply.words: a request to rate is read as open, and one number is too short")),
]


@pytest.mark.parametrize("prompt, output", MORE)
def test_replies_near_the_other_new_readings_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_headed_label_inside_a_line_still_opens_a_new_turn():
    verdict = judge("###指示: 日本の首都はどこですか？\n###返答:", " 東京です。 ###指示: フランスの首都はどこですか？\n###返答: パリです。")
    assert verdict.drifts, verdict.explain()


def test_a_single_quoted_text_said_again_as_written_is_still_an_echo():
    verdict = judge("Convert this to title case: 'the lord of the rings'", "the lord of the rings")
    assert not verdict.answers, verdict.explain()


OFF_TOPIC_ESSAY = (
    "The football season starts in August and the best teams play in the Champions League, watched by millions of "
    "fans across Europe. Stadiums fill early, and famous players like Messi and Ronaldo draw crowds in every city they "
    "visit. Clubs sign young talent from academies in Brazil, Argentina and Nigeria, and transfer fees have grown every "
    "summer. Coaches study video of rivals for hours, plan set pieces, and rotate their squads through the winter "
    "months. Supporters travel by train and coach to away grounds, sing through the whole match, and celebrate late "
    "goals with their neighbours in the stands. Television money now pays for most of the wages in the top divisions.")


def test_an_essay_off_topic_after_a_plain_first_sentence_slides_off_topic():
    verdict = judge("What are the main causes of inflation?", "There are three main causes.\n\n" + OFF_TOPIC_ESSAY)
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()


@pytest.mark.xfail(strict=True, reason="topic.trailing_gap: a line announcing with a colon carries its topic to the "
                                       "output's end, through prose on something else")
def test_an_essay_off_topic_after_an_announcing_line_slides_off_topic():
    verdict = judge("What are the main causes of inflation?", "There are three main causes:\n\n" + OFF_TOPIC_ESSAY)
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()
