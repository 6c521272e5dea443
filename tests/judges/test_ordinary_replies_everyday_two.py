"""Everyday good chat replies answer and do not drift, second round: the shapes the first round covered little.

A broad check for false alarms, not aimed at any one reading, on the replies a fine-tuned chat model writes every
day in shapes `test_ordinary_replies_everyday.py` hardly touched:

- replies that are mostly code or its output: config files (Dockerfile, YAML, TOML, .gitignore, nginx), shell
  output, SQL with its result table, regexes, diffs explained, tracebacks explained, commit messages asked for;
- maths: LaTeX, units, percentages, probability, dates and times, currency;
- structured output asked for: markdown tables, CSV, JSON, YAML, outlines, checklists, FAQs, glossaries,
  timelines;
- short replies: one word, a number, an emoji, "Yes." or "No, ..." to a yes/no question, a name, a date;
- long replies of 300 to 600 words with headings: essays, a cover letter, a speech, a recipe, a blog post;
- conversation: greetings, thanks, small talk, follow-ups referring back ("And the second one?", "Make it
  shorter"), corrections, role-play asked for, a persona in the system prompt;
- reading tasks: entities extracted, an answer from a passage, a label, a dialogue summarised, grammar fixed,
  a paragraph translated, units converted in a text;
- refusals that offer an alternative, and, apart, bare refusals, which are held to no drift only.

They come in plain prompts, ChatML with system prompts and earlier turns, Llama-2's "[INST]" (with "<<SYS>>"),
Llama-3's headers, Alpaca with and without "### Input:", Vicuna's "USER:/ASSISTANT:" and Gemma's turns; in
English and in Spanish, French, German, Italian, Portuguese, Dutch, Polish, Russian, Ukrainian, Turkish, Chinese,
Japanese, Korean, Vietnamese, Indonesian, Hindi and Arabic. Every reply here was written for this test.

Beside them, the drifts a base model writes on some of the same prompts: loops, the prompt said back, a new
"### Instruction:" example, both sides of the chat, more questions of the asker's kind, a slide into unrelated
web text.

The probes the judges still get wrong are strict expected failures naming the measure and the shape; a drift the
judges miss says "missed".
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures, xfail
from .templates import alpaca, chatml, gemma, llama2, llama3, plain, vicuna


def assert_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


DEVOPS = "You are a senior DevOps engineer. Keep answers practical and short."
TUTOR = "You are a patient maths tutor for a ten-year-old. Use simple words."
PIRATE = "You are Captain Finn, a cheerful pirate who always talks like a pirate."
ASSISTANT = "You are a helpful assistant."


# --- Code, config files, shell output, SQL results, regexes, diffs, tracebacks, commit messages ---------------

CODE_AND_CONFIG = [
    pytest.param(chatml("Write a Dockerfile for a small Flask app that runs with gunicorn on port 8000.", system=DEVOPS),
                 "Here's a lean one:\n\n```dockerfile\nFROM python:3.12-slim\n\nWORKDIR /app\n\nCOPY requirements.txt .\n"
                 "RUN pip install --no-cache-dir -r requirements.txt\n\nCOPY . .\n\nEXPOSE 8000\nCMD [\"gunicorn\", "
                 "\"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n```\n\n- Copying `requirements.txt` first lets Docker cache "
                 "the install layer, so rebuilds are quick when only your code changes.\n- `app:app` assumes the Flask "
                 "object is called `app` inside `app.py`.\n- Make sure `gunicorn` is listed in `requirements.txt`.",
                 id="a Dockerfile, ChatML with a system prompt"),
    pytest.param(plain("Can you give me a docker-compose.yml that runs Postgres 16 with a named volume?"),
                 "Sure:\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    environment:\n"
                 "      POSTGRES_USER: app\n      POSTGRES_DB: app\n      POSTGRES_PASSWORD: change-me\n    ports:\n"
                 "      - \"5432:5432\"\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n\nvolumes:\n  pgdata:\n```"
                 "\n\nThe `pgdata` volume keeps your data when the container is removed. Start it with `docker compose up "
                 "-d` and connect on `localhost:5432`.", id="a compose file in YAML, plain"),
    pytest.param(llama3("What does this cron expression mean: 30 2 * * 1-5"),
                 "It runs at **2:30 AM every weekday**, Monday to Friday.\n\n| Field | Value | Meaning |\n|---|---|---|\n"
                 "| Minute | 30 | at minute 30 |\n| Hour | 2 | at 2 AM |\n| Day of month | * | any day |\n| Month | * | "
                 "any month |\n| Day of week | 1-5 | Monday to Friday |\n\nThe time is the server's local time unless "
                 "your cron daemon is told otherwise.", id="a cron expression read, Llama-3, a table"),
    pytest.param(alpaca("Write a regular expression that matches a date in the format YYYY-MM-DD."),
                 "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`\n\n- `\\d{4}` matches the year.\n- `(0[1-9]|1[0-2])` "
                 "allows months 01 to 12.\n- `(0[1-9]|[12]\\d|3[01])` allows days 01 to 31.\n\nIt doesn't check that the "
                 "day exists in that month (it accepts 2023-02-30), so parse the value with a date library if that "
                 "matters.", id="a regex for dates, Alpaca, its parts in bullets"),
    pytest.param(vicuna("I ran git log --oneline -3 and got this. What does \"HEAD -> main\" mean?\n\n"
                        "a1b2c3d (HEAD -> main, origin/main) Fix typo in README\n9f8e7d6 Add login form\n"
                        "4c5d6e7 Initial commit"),
                 " `HEAD -> main` means you currently have the `main` branch checked out, and its latest commit is "
                 "`a1b2c3d`. Seeing `origin/main` on the same line tells you that your local branch and the remote branch "
                 "point at the same commit, so there's nothing to push or pull right now.",
                 id="git output explained, Vicuna"),
    pytest.param(chatml("Write a commit message for this change:\n\n```diff\n-    timeout = 5\n+    timeout = 30\n```\n\n"
                        "We kept hitting timeouts when the payment API was slow."),
                 "```\nIncrease payment API timeout from 5 to 30 seconds\n\nThe payment provider's API is sometimes slow "
                 "to respond, and the 5-second\ntimeout made requests fail during those periods. Raising it to 30\n"
                 "seconds lets slow responses complete instead of erroring out.\n```",
                 id="a commit message asked for, ChatML"),
    pytest.param(plain("What does this mean?\n\nTraceback (most recent call last):\n  File \"main.py\", line 12, in "
                       "<module>\n    print(config[\"port\"])\nKeyError: 'port'"),
                 "Python couldn't find the key `'port'` in the dictionary `config`, so line 12 of `main.py` failed when "
                 "it tried to read it.\n\nCommon causes:\n- the key is spelled differently in your config (`\"Port\"` or "
                 "`\"PORT\"`);\n- you loaded a different config file than you expected;\n- the setting is simply "
                 "missing.\n\nIf a default is fine, use `config.get(\"port\", 8080)`, which returns 8080 when the key is "
                 "absent.", id="a traceback explained, plain"),
    pytest.param(gemma("Explain this diff in plain English:\n\n```diff\n def greet(name):\n-    return \"Hello \" + name\n"
                       "+    if not name:\n+        return \"Hello, stranger\"\n+    return f\"Hello, {name}\"\n```"),
                 "The change makes `greet` cope with an empty name. Before, `greet(\"\")` returned `\"Hello \"` with "
                 "nothing after it. Now, if the name is empty or `None`, the function returns `\"Hello, stranger\"` "
                 "instead. Any other name is still greeted, but with an f-string and a comma: `\"Hello, Maya\"`.",
                 id="a diff explained, Gemma"),
    pytest.param(llama2("Show me a pyproject.toml for a package called weatherly that needs requests and supports "
                        "Python 3.10+.", system=ASSISTANT),
                 " ```toml\n[build-system]\nrequires = [\"setuptools>=68\", \"wheel\"]\nbuild-backend = "
                 "\"setuptools.build_meta\"\n\n[project]\nname = \"weatherly\"\nversion = \"0.1.0\"\ndescription = \"Fetch "
                 "and display weather forecasts\"\nreadme = \"README.md\"\nrequires-python = \">=3.10\"\ndependencies = "
                 "[\n    \"requests>=2.31\",\n]\n\n[project.scripts]\nweatherly = \"weatherly.cli:main\"\n```\n\nThe "
                 "`[project.scripts]` table is optional: it installs a `weatherly` command that calls `main()` in "
                 "`weatherly/cli.py`.", id="a TOML file, Llama-2 with <<SYS>>"),
    pytest.param(chatml("Given this table, what does `SELECT department, COUNT(*) FROM employees GROUP BY department;` "
                        "return?\n\n| name | department |\n|---|---|\n| Ana | Sales |\n| Ben | IT |\n| Chloé | Sales |\n"
                        "| Dev | HR |\n| Eli | IT |\n| Fay | Sales |"),
                 "It counts the employees in each department:\n\n| department | count |\n|---|---|\n| Sales | 3 |\n"
                 "| IT | 2 |\n| HR | 1 |\n\nThe row order isn't guaranteed without an `ORDER BY`; add `ORDER BY COUNT(*) "
                 "DESC` to list the biggest department first.", id="SQL with its result table, ChatML"),
    pytest.param(plain("What will `echo $((7 * 6))` print in bash?"),
                 "It prints `42`. The `$(( ... ))` syntax does integer arithmetic in bash.",
                 id="shell output, plain, one line"),
    pytest.param(llama3("Write a .gitignore for a Node.js project."),
                 "```gitignore\n# Dependencies\nnode_modules/\n\n# Build output\ndist/\nbuild/\n\n# Logs\nnpm-debug.log*\n"
                 "yarn-error.log*\n\n# Environment files\n.env\n.env.local\n\n# Editor and OS files\n.vscode/\n.idea/\n"
                 ".DS_Store\n\n# Test coverage\ncoverage/\n```\n\nDo commit `package-lock.json` so everyone installs the "
                 "same versions.", id="a .gitignore, Llama-3"),
    pytest.param(vicuna("Write a GitHub Actions workflow that runs pytest on every push."),
                 " Save this as `.github/workflows/tests.yml`:\n\n```yaml\nname: tests\n\non: [push]\n\njobs:\n  test:\n"
                 "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: "
                 "actions/setup-python@v5\n        with:\n          python-version: \"3.12\"\n      - run: pip install -r "
                 "requirements.txt pytest\n      - run: pytest -q\n```\n\nEvery push to any branch will now check out "
                 "the code, install the dependencies and run the tests.", id="a CI workflow in YAML, Vicuna"),
    pytest.param(gemma("How do I redirect all HTTP traffic to HTTPS in nginx?"),
                 "Add a server block that listens on port 80 and returns a permanent redirect:\n\n```nginx\nserver {\n"
                 "    listen 80;\n    listen [::]:80;\n    server_name example.com www.example.com;\n    return 301 "
                 "https://$host$request_uri;\n}\n```\n\nKeep your existing `listen 443 ssl` block for the real site, then "
                 "check the config with `sudo nginx -t` and reload with `sudo systemctl reload nginx`.",
                 id="an nginx config, Gemma"),
    pytest.param(chatml("How do I get the average price per category in pandas?"),
                 "Group by the category and take the mean of the price column:\n\n```python\nimport pandas as pd\n\ndf = "
                 "pd.DataFrame({\n    \"category\": [\"fruit\", \"fruit\", \"dairy\", \"dairy\", \"bakery\"],\n    "
                 "\"price\": [1.20, 0.80, 2.50, 3.10, 1.90],\n})\n\nprint(df.groupby(\"category\")[\"price\"].mean())\n"
                 "```\n\nOutput:\n\n```\ncategory\nbakery    1.9\ndairy     2.8\nfruit     1.0\nName: price, dtype: "
                 "float64\n```\n\nAdd `.reset_index()` if you want a DataFrame back instead of a Series.",
                 id="pandas code and its printed output, ChatML"),
    pytest.param(llama2("Give me a regex to pull all the hashtags out of a tweet."),
                 " Use `#\\w+`:\n\n```python\nimport re\n\ntweet = \"Loving the sunshine today #summer #beach #goodvibes\"\n"
                 "print(re.findall(r\"#\\w+\", tweet))\n# ['#summer', '#beach', '#goodvibes']\n```\n\n`\\w+` matches "
                 "letters, digits and underscores, so the match stops at a space or punctuation mark.",
                 id="a regex with its use, Llama-2"),
    pytest.param(plain("How do I send a JSON POST request with curl?"),
                 "Set the content type and pass the body with `-d`:\n\n```bash\ncurl -X POST https://api.example.com/items "
                 "\\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"name\": \"lamp\", \"price\": 25}'\n```\n\nTo "
                 "send the JSON from a file instead, use `-d @item.json`.", id="a curl command, plain"),
    pytest.param(alpaca("Write a query that ranks products by sales within each category.",
                        "Table: sales(product, category, amount)"),
                 "```sql\nSELECT\n    category,\n    product,\n    SUM(amount) AS total_sales,\n    RANK() OVER (\n        "
                 "PARTITION BY category\n        ORDER BY SUM(amount) DESC\n    ) AS sales_rank\nFROM sales\nGROUP BY "
                 "category, product\nORDER BY category, sales_rank;\n```\n\n`PARTITION BY category` restarts the "
                 "ranking in every category, so each category has its own number 1.",
                 id="SQL with a window function, Alpaca with an input"),
    pytest.param(llama3("My pod keeps restarting. How do I find out why?"),
                 "Start by looking at the pod's status and events:\n\n```bash\nkubectl get pods\n```\n\n```\nNAME"
                 "                     READY   STATUS             RESTARTS   AGE\napi-7d9f8c6b5-xk2lp      0/1     "
                 "CrashLoopBackOff   6          9m\n```\n\nThen:\n\n1. `kubectl describe pod api-7d9f8c6b5-xk2lp` shows the "
                 "events at the bottom, such as failed probes or an `OOMKilled` reason.\n2. `kubectl logs "
                 "api-7d9f8c6b5-xk2lp --previous` shows the logs of the container that crashed, which usually holds "
                 "the actual error.\n\nThe most common causes are a missing environment variable, a wrong command, or a "
                 "memory limit that's too low.", id="kubectl output and commands, Llama-3"),
    pytest.param(chatml("Can you add a Makefile with test and lint targets?",
                        history=[("I have a small Python project with a src/ folder and tests/ folder. What tools should I "
                                  "use for testing and linting?",
                                  "pytest for the tests and ruff for linting are a good, fast combination.")]),
                 "Sure:\n\n```makefile\n.PHONY: test lint\n\ntest:\n\tpytest -q tests/\n\nlint:\n\truff check src/ "
                 "tests/\n```\n\nRun `make test` or `make lint`. Remember that the command lines in a Makefile must start "
                 "with a tab, not spaces.", id="a Makefile in a follow-up, ChatML with history"),
    pytest.param(plain("Uncaught TypeError: Cannot read properties of undefined (reading 'map') - what am I doing "
                       "wrong?"),
                 "You're calling `.map()` on something that is `undefined` at that moment. In React this usually "
                 "happens when the data hasn't loaded yet:\n\n```javascript\nconst [items, setItems] = useState();   // "
                 "undefined at first\nreturn items.map(i => <li>{i}</li>);          // crashes\n```\n\nGive the state an "
                 "empty array to start with, `useState([])`, or guard it with `items?.map(...)`.",
                 id="a JavaScript error explained, plain"),
    pytest.param(gemma("What Excel formula sums column B only where column A says \"Paid\"?"),
                 "`=SUMIF(A:A, \"Paid\", B:B)`\n\nIt checks each cell in column A and adds the matching value from "
                 "column B when the cell says \"Paid\". The match isn't case-sensitive.",
                 id="a spreadsheet formula, Gemma"),
]


@pytest.mark.parametrize("prompt, output", CODE_AND_CONFIG)
def test_code_and_config_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Maths: LaTeX, units, percentages, probability, dates and times, currency ------------------------------------

MATHS = [
    pytest.param(chatml("What is the derivative of x^3 sin(x)?"),
                 "Use the product rule, $(uv)' = u'v + uv'$, with $u = x^3$ and $v = \\sin x$:\n\n$$\\frac{d}{dx}"
                 "\\left(x^3 \\sin x\\right) = 3x^2 \\sin x + x^3 \\cos x$$\n\nYou can also factor it as "
                 "$x^2(3\\sin x + x\\cos x)$.", id="a derivative in LaTeX, ChatML"),
    pytest.param(plain("Solve 2x + 7 = 19."),
                 "Subtract 7 from both sides: 2x = 12. Divide by 2: **x = 6**.", id="a linear equation, plain"),
    pytest.param(llama3("Compute the integral of x^2 from 0 to 1."),
                 "$$\\int_0^1 x^2\\,dx = \\left[\\frac{x^3}{3}\\right]_0^1 = \\frac{1}{3} - 0 = \\frac{1}{3}$$",
                 id="an integral in display LaTeX only, Llama-3"),
    pytest.param(gemma("How many kilometres is 26.2 miles?"),
                 "26.2 miles is about **42.2 km** (26.2 × 1.609 ≈ 42.16), the length of a marathon.",
                 id="miles to kilometres, Gemma"),
    pytest.param(plain("Convert 350°F to Celsius."),
                 "350°F is about 177°C: (350 − 32) × 5/9 ≈ 176.7.", id="Fahrenheit to Celsius, plain"),
    pytest.param(vicuna("If a jacket costs $80 and is 25% off, how much do I pay?"),
                 " You pay **$60**. 25% of $80 is $20, and $80 − $20 = $60.", id="a discount, Vicuna"),
    pytest.param(chatml("My salary went from 42,000 to 46,200. What percentage raise is that?"),
                 "That's a **10% raise**: 46,200 − 42,000 = 4,200, and 4,200 ÷ 42,000 = 0.10.",
                 id="a percentage change, ChatML"),
    pytest.param(llama2("What's the probability of rolling two sixes with two dice?"),
                 " 1/36, or about 2.8%. Each die shows a six with probability 1/6, and the two dice are independent, "
                 "so 1/6 × 1/6 = 1/36.", id="a probability with fractions, Llama-2"),
    pytest.param(plain("What is the probability of getting at least one head in three coin flips?"),
                 "7/8, or 87.5%. The only way to get no heads is three tails, which has probability (1/2)³ = 1/8, so "
                 "the chance of at least one head is 1 − 1/8 = 7/8.", id="a complement probability, plain"),
    pytest.param(chatml("What day of the week was 1 January 2000?"),
                 "It was a **Saturday**.", id="a weekday of a date, ChatML"),
    pytest.param(llama3("How many days are there between March 3 and May 17, 2025?"),
                 "There are **75 days**: 28 left in March after the 3rd, 30 in April and 17 in May.",
                 id="days between two dates, Llama-3"),
    pytest.param(plain("If it's 3 pm in London, what time is it in Tokyo?"),
                 "Midnight in Tokyo during the UK winter, and 11 pm while Britain is on summer time. Tokyo is nine "
                 "hours ahead of GMT and doesn't change its clocks.", id="a time zone, plain"),
    pytest.param(gemma("How much is 250 euros in US dollars?"),
                 "At about 1.08 dollars to the euro, 250 euros is roughly **$270**. Rates change every day, so check a "
                 "current rate before you exchange money.", id="a currency conversion, Gemma"),
    pytest.param(alpaca("Calculate the compound interest on $5,000 at 4% per year for 3 years."),
                 "A = 5,000 × (1.04)³ = 5,000 × 1.124864 = $5,624.32\n\nThe interest earned is $5,624.32 − $5,000 = "
                 "**$624.32**.", id="compound interest, Alpaca"),
    pytest.param(vicuna("What is the area of a circle with a radius of 4 cm?"),
                 " The area is $\\pi r^2 = \\pi \\times 4^2 = 16\\pi \\approx 50.27\\ \\text{cm}^2$.",
                 id="an area in inline LaTeX, Vicuna"),
    pytest.param(chatml("What's the average of 12, 15, 18 and 23?"),
                 "The average is 17: 12 + 15 + 18 + 23 = 68, and 68 ÷ 4 = 17.", id="an average, ChatML"),
    pytest.param(plain("What is the binary number 1011 in decimal?"),
                 "1011 in binary is **11** in decimal: 1×8 + 0×4 + 1×2 + 1×1 = 11.", id="binary to decimal, plain"),
    pytest.param(llama3("Write 2024 in Roman numerals."), "MMXXIV", id="Roman numerals, Llama-3, one token"),
    pytest.param(plain("A car travels 180 km in 2 hours 15 minutes. What is its average speed?"),
                 "2 hours 15 minutes is 2.25 hours, so the average speed is 180 ÷ 2.25 = **80 km/h**.",
                 id="an average speed, plain"),
    pytest.param(chatml("Split a $147 dinner bill between 3 people, with an 18% tip."),
                 "With the tip the total is $147 × 1.18 = $173.46, so each person pays **$57.82**.",
                 id="a bill split with a tip, ChatML"),
]


@pytest.mark.parametrize("prompt, output", MATHS)
def test_maths_answers_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Structured output asked for: tables, CSV, JSON, YAML, outlines, checklists, FAQs, glossaries, timelines --------

STRUCTURED = [
    pytest.param(chatml("Make a table comparing the four inner planets: diameter and average distance from the Sun."),
                 "| Planet | Diameter (km) | Distance from the Sun (million km) |\n|---|---|---|\n| Mercury | 4,879 | "
                 "58 |\n| Venus | 12,104 | 108 |\n| Earth | 12,742 | 150 |\n| Mars | 6,779 | 228 |",
                 id="a markdown table alone, ChatML"),
    pytest.param(plain("Give me this as CSV with columns name, age, city: Anna, 34, Lisbon; Marco, 28, Turin; Keiko, 41, "
                       "Osaka."),
                 "name,age,city\nAnna,34,Lisbon\nMarco,28,Turin\nKeiko,41,Osaka", id="CSV asked for, plain"),
    pytest.param(llama3("Return a JSON object describing the novel Dune: title, author, year and genres."),
                 "```json\n{\n  \"title\": \"Dune\",\n  \"author\": \"Frank Herbert\",\n  \"year\": 1965,\n  \"genres\": "
                 "[\"science fiction\", \"adventure\"]\n}\n```", id="a JSON object asked for, Llama-3"),
    pytest.param(gemma("Convert this to YAML:\n{\"server\": {\"host\": \"localhost\", \"port\": 8080}, \"debug\": true}"),
                 "```yaml\nserver:\n  host: localhost\n  port: 8080\ndebug: true\n```", id="JSON to YAML, Gemma"),
    pytest.param(alpaca("Create an outline for a presentation on renewable energy."),
                 "I. Introduction\n   A. Why energy sources matter\n   B. What makes energy \"renewable\"\n\nII. Main "
                 "types of renewable energy\n   A. Solar\n   B. Wind\n   C. Hydropower\n   D. Geothermal\n\nIII. Benefits"
                 "\n   A. Lower greenhouse gas emissions\n   B. Energy independence\n   C. Falling costs\n\nIV. Challenges"
                 "\n   A. Intermittency and storage\n   B. Land use\n   C. Upgrading the grid\n\nV. Conclusion\n   A. "
                 "Where the transition stands today\n   B. Questions from the audience", id="a Roman-numeral outline, Alpaca"),
    pytest.param(vicuna("Give me a checklist for moving to a new apartment."),
                 " **Before the move**\n- [ ] Give notice to your landlord\n- [ ] Book movers or a van\n- [ ] Start packing "
                 "rooms you use least\n- [ ] Update your address with the bank and post office\n\n**Moving day**\n- [ ] "
                 "Take meter readings\n- [ ] Check every cupboard before leaving\n- [ ] Hand in the old keys\n\n**After "
                 "the move**\n- [ ] Set up internet and utilities\n- [ ] Unpack the kitchen and bedroom first\n- [ ] "
                 "Register with a local doctor", id="a checklist with boxes, Vicuna"),
    pytest.param(chatml("Write a short FAQ for a small bakery's website, four questions."),
                 "**Do you take custom cake orders?**\nYes! Please order at least five days ahead by phone or in the shop."
                 "\n\n**Do you have gluten-free options?**\nWe bake a gluten-free loaf and brownies every Friday, but our "
                 "kitchen does handle wheat flour.\n\n**What are your opening hours?**\nTuesday to Saturday, 7 am to 4 pm, "
                 "and Sunday 8 am to 1 pm.\n\n**Can I pay by card?**\nYes, we accept all major cards and contactless "
                 "payments.", id="an FAQ asked for, bold questions, ChatML",
                 marks=xfail("topic.trailing_gap: an FAQ asked for whose questions speak of cakes, opening hours and cards, never 'bakery', 'website' or 'questions'")),
    pytest.param(llama2("Make a glossary of six basic photography terms."),
                 " **Aperture**: the opening in the lens that lets light in, measured in f-stops.\n**Shutter speed**: how "
                 "long the sensor is exposed to light.\n**ISO**: how sensitive the sensor is to light.\n**Exposure**: the "
                 "overall brightness of the photo.\n**Depth of field**: how much of the scene, front to back, looks sharp."
                 "\n**White balance**: the setting that makes white objects look white under different light.",
                 id="a glossary, Llama-2"),
    pytest.param(plain("Give me a timeline of the Apollo program's main missions."),
                 "- **1967**: Apollo 1 fire kills three astronauts during a launch rehearsal.\n- **1968**: Apollo 8 is the "
                 "first crewed flight to orbit the Moon.\n- **1969**: Apollo 11 lands; Armstrong and Aldrin walk on the "
                 "Moon.\n- **1970**: Apollo 13 aborts its landing after an oxygen tank explodes; the crew returns safely."
                 "\n- **1971**: Apollo 15 brings the first lunar rover.\n- **1972**: Apollo 17, the last crewed Moon "
                 "landing.", id="a timeline, plain"),
    pytest.param(chatml("Create a weekly dinner plan as a table. We're vegetarian."),
                 "| Day | Dinner |\n|---|---|\n| Monday | Lentil and spinach curry with rice |\n| Tuesday | Black bean "
                 "tacos with salsa |\n| Wednesday | Mushroom risotto |\n| Thursday | Halloumi and vegetable traybake |\n"
                 "| Friday | Homemade margherita pizza |\n| Saturday | Chickpea burgers with sweet potato fries |\n| "
                 "Sunday | Vegetable lasagne |", id="a meal plan table, ChatML"),
    pytest.param(llama3("List the pros and cons of electric cars in a two-column table."),
                 "| Pros | Cons |\n|---|---|\n| No tailpipe emissions | Higher purchase price |\n| Cheaper to run per mile | "
                 "Charging takes longer than refuelling |\n| Quiet and smooth to drive | Fewer chargers in rural areas |\n"
                 "| Lower maintenance (no oil changes) | Range drops in cold weather |", id="a pros and cons table, Llama-3"),
    pytest.param(gemma("Give me a packing checklist for a weekend camping trip."),
                 "**Shelter**\n- Tent, pegs and poles\n- Sleeping bag and mat\n\n**Kitchen**\n- Stove and gas\n- Pot, "
                 "mug and cutlery\n- Food for two days and water\n\n**Clothes**\n- Warm layer and rain jacket\n- Spare "
                 "socks\n\n**Other**\n- Head torch\n- First-aid kit\n- Sunscreen and insect repellent\n- Bin bags to "
                 "take your rubbish home", id="a grouped packing list, Gemma"),
    pytest.param(vicuna("Write an agenda for a 30-minute project kickoff meeting."),
                 " **Project kickoff: 30 minutes**\n\n1. Welcome and introductions (5 min)\n2. Project goals and scope "
                 "(7 min)\n3. Timeline and key milestones (6 min)\n4. Roles and responsibilities (5 min)\n5. Risks and "
                 "open questions (4 min)\n6. Next steps and date of the next meeting (3 min)",
                 id="a timed agenda, Vicuna"),
    pytest.param(plain("Output the first five elements of the periodic table as a JSON array with name, symbol and "
                       "atomic number."),
                 "[\n  {\"name\": \"Hydrogen\", \"symbol\": \"H\", \"atomic_number\": 1},\n  {\"name\": \"Helium\", "
                 "\"symbol\": \"He\", \"atomic_number\": 2},\n  {\"name\": \"Lithium\", \"symbol\": \"Li\", "
                 "\"atomic_number\": 3},\n  {\"name\": \"Beryllium\", \"symbol\": \"Be\", \"atomic_number\": 4},\n  "
                 "{\"name\": \"Boron\", \"symbol\": \"B\", \"atomic_number\": 5}\n]", id="a JSON array asked for, plain"),
    pytest.param(alpaca("Turn this into a numbered list of steps.",
                        "First preheat the oven to 200 degrees, then slice the potatoes thinly, toss them in oil and "
                        "salt, spread them on a tray and bake for 25 minutes, turning once halfway through."),
                 "1. Preheat the oven to 200 degrees.\n2. Slice the potatoes thinly.\n3. Toss them in oil and salt.\n"
                 "4. Spread them on a tray.\n5. Bake for 25 minutes, turning them once halfway through.",
                 id="a paragraph turned into numbered steps, Alpaca with an input"),
    pytest.param(chatml("Make me a revision timetable for exam week, Monday to Friday, for maths, chemistry and "
                        "history."),
                 "| Day | Morning | Afternoon |\n|---|---|---|\n| Monday | Maths | Chemistry |\n| Tuesday | History | "
                 "Maths |\n| Wednesday | Chemistry | History |\n| Thursday | Maths | Chemistry |\n| Friday | History | "
                 "Practice papers |\n\nTake a 10-minute break every hour and keep evenings light.",
                 id="a revision timetable, ChatML"),
    pytest.param(llama3("Write a YAML logging config with a console handler at INFO and a file handler at DEBUG."),
                 "```yaml\nversion: 1\nformatters:\n  simple:\n    format: \"%(asctime)s %(levelname)s %(name)s: "
                 "%(message)s\"\nhandlers:\n  console:\n    class: logging.StreamHandler\n    level: INFO\n    formatter: "
                 "simple\n  file:\n    class: logging.FileHandler\n    level: DEBUG\n    formatter: simple\n    filename: "
                 "app.log\nroot:\n  level: DEBUG\n  handlers: [console, file]\n```\n\nLoad it with "
                 "`logging.config.dictConfig(yaml.safe_load(open(\"logging.yml\")))`.", id="a YAML logging config, Llama-3"),
    pytest.param(plain("Make a comparison table of Python, JavaScript and Go for backend development."),
                 "| | Python | JavaScript (Node.js) | Go |\n|---|---|---|---|\n| Speed | Moderate | Good | Very good |\n"
                 "| Learning curve | Gentle | Gentle | Moderate |\n| Concurrency | asyncio, threads | Event loop | "
                 "Goroutines |\n| Popular frameworks | Django, FastAPI | Express, NestJS | Gin, Echo |\n| Best for | Data-"
                 "heavy apps, quick prototypes | Full-stack teams sharing one language | High-traffic services |",
                 id="a three-way comparison table, plain"),
]


@pytest.mark.parametrize("prompt, output", STRUCTURED)
def test_structured_output_answers_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Short replies: one word, a number, an emoji, yes or no, a name, a date ------------------------------------

SHORT = [
    pytest.param(plain("What's the opposite of 'generous'?"), "Stingy.", id="an antonym, plain"),
    pytest.param(chatml("How many legs does a spider have?"), "Eight.", id="a number in words, ChatML"),
    pytest.param(llama3("Is the Great Wall of China visible from space with the naked eye?"),
                 "No, not from orbit. It's very long but only a few metres wide, and about the same colour as the land "
                 "around it.", id="'No, ...', Llama-3"),
    pytest.param(gemma("Can I freeze cooked rice?"),
                 "Yes. Cool it quickly, put it in an airtight container and use it within a month. Reheat it until it's "
                 "steaming hot all the way through.", id="'Yes.' and how, Gemma"),
    pytest.param(vicuna("Is 97 a prime number?"), " Yes, 97 is prime.", id="'Yes', a number, Vicuna"),
    pytest.param(chatml("What year did the Berlin Wall fall?"), "1989.", id="a year, ChatML"),
    pytest.param(plain("Who wrote 'Pride and Prejudice'?"), "Jane Austen.", id="a name, plain"),
    pytest.param(llama2("When is Bastille Day?"), " July 14.", id="a date, Llama-2"),
    pytest.param(chatml("Give me an emoji that means 'celebration'."), "🎉", id="an emoji alone, ChatML"),
    pytest.param(plain("Reply with just a number: how many minutes are in a day?"), "1440", id="a bare number, plain"),
    pytest.param(llama3("Send me a quick good-luck message for my sister's driving test."),
                 "Good luck today, sis! 🚗 You've practised loads and you're ready. Deep breath, mirrors, signal, and "
                 "go smash it! 🍀", id="a message with emojis, Llama-3"),
    pytest.param(gemma("What's the chemical symbol for gold?"), "Au", id="a symbol, Gemma"),
    pytest.param(alpaca("Answer yes or no: Is Mount Everest taller than K2?"), "Yes", id="a bare 'Yes', Alpaca"),
    pytest.param(chatml("Which is heavier, a kilogram of feathers or a kilogram of steel?"),
                 "Neither. They both weigh one kilogram.", id="'Neither' for a pick of two, ChatML"),
    pytest.param(vicuna("What's the plural of 'cactus'?"), " Cacti (\"cactuses\" is also correct).",
                 id="a plural, Vicuna"),
    pytest.param(plain("Does Pluto count as a planet?"), "No. Since 2006 it has been classed as a dwarf planet.",
                 id="'No.' and why, plain"),
    pytest.param(chatml("What's the capital of Canada?"), "Ottawa.", id="a capital, ChatML"),
    pytest.param(plain("Quick: what's the square root of 144?"), "12", id="a square root, plain"),
    pytest.param(llama3("Name a famous female physicist."), "Marie Curie.", id="a name asked for, Llama-3"),
    pytest.param(chatml("Write 5 November 2024 in ISO format."), "2024-11-05", id="an ISO date, ChatML"),
]


@pytest.mark.parametrize("prompt, output", SHORT)
def test_short_replies_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Long replies of 300 to 600 words: essays, a cover letter, a speech, a recipe, a blog post ------------------

COVER_LETTER = """\
Dear Hiring Manager,

I am writing to apply for the Junior Data Analyst position at Northbridge Logistics. I recently graduated with a \
degree in Economics from the University of Manchester, and I am excited by the chance to apply my analytical \
skills in a company where efficient operations make a real difference to customers.

During my six-month internship at Halden Retail, I worked in the supply chain team analysing weekly stock and sales \
data for more than 120 stores. I built Excel dashboards that tracked stock-outs by region and wrote SQL queries to \
pull delivery times from the company's database. One of my analyses showed that late deliveries to a group of \
northern stores were linked to a single overloaded depot; the team used it to rebalance routes, and stock-outs in \
those stores fell by around 15% over the following quarter.

My degree gave me a solid grounding in statistics and econometrics, and I have since taught myself Python, using \
pandas to clean and combine messy data sets. I enjoy turning numbers into clear stories: in my final-year \
dissertation I studied how fuel prices affect freight costs, and I presented my findings to a panel of lecturers \
and local business owners.

What draws me to Northbridge is your focus on data-driven route planning and your recent expansion into \
same-day delivery. I would love to help your team measure where time and money are lost along the delivery chain, \
and to learn from experienced analysts while doing it.

I am organised, curious and comfortable asking questions when something does not add up. I would welcome the \
opportunity to discuss how I could contribute to your team. Thank you for considering my application.

Yours faithfully,
Emma Clarke"""

LIBRARIES_ESSAY = """\
# Why Cities Should Invest in Public Libraries

## More than books

Public libraries are often treated as a nice extra, the first thing cut when budgets are tight. That is a \
mistake. A modern library is one of the few places in a city where anyone can walk in, stay as long as they like, \
and pay nothing. It lends books, but it also offers free internet, quiet study space, printers, children's \
activities and help with everyday tasks such as filling in forms or applying for jobs online.

## Closing the digital gap

Not everyone has a laptop or a reliable connection at home. For job seekers, students and older people, the \
library computer is often the only way to apply for work, submit homework or book a medical appointment. Staff \
who can show someone how to attach a CV to an email or spot a scam message provide a service that is hard to \
replace, and it costs far less than the problems it prevents.

## A shared space for everyone

Cities have fewer and fewer places where people can spend time without buying something. Libraries fill that gap. \
Parents meet at toddler story time, teenagers do their homework together, and retired residents join reading \
groups or language cafés. These small, regular contacts build trust between neighbours and reduce loneliness, \
which public health research links to poorer physical and mental health.

## Good value for money

Library spending is modest compared with most city services, yet each branch serves thousands of people a year. \
Sharing books, tools, and even musical instruments means residents do not each have to buy them. Several \
studies of library systems have estimated that every dollar invested returns several dollars in benefits to the \
community, through education, employment support and savings for households.

## Conclusion

Investing in public libraries is investing in literacy, opportunity and community life. Instead of cutting \
opening hours, cities should modernise their branches, keep them open in the evenings and at weekends, and \
fund the staff who make them work. A well-run library quietly supports almost every other goal a city sets \
itself."""

TOAST = """\
Good evening, everyone! For those who don't know me, I'm Jack, Tom's younger brother and, for tonight at least, \
his best man.

I've known Tom my whole life, which means I've had plenty of time to collect embarrassing stories. Don't worry, \
Priya, I've been told to keep it to just one. When Tom was twelve, he decided he was going to climb the big oak \
tree in our garden to rescue the neighbour's cat. Forty minutes and one fire engine later, the cat climbed down \
by itself, and Tom was still up there. So when he told me a few years ago that he'd taken up climbing, I'll admit \
I was worried.

As it turns out, it was the best decision he ever made. Because one Thursday evening at the climbing gym, Tom got \
stuck halfway up a wall, again, and a woman on the next route calmly talked him through every hold until he \
reached the top. That woman was Priya. Tom says it was love at first sight. Priya says it was a rescue mission. \
I think they're both right.

Since then I've watched my brother change. He's calmer, he's happier, and he finally learned how to cook \
something that isn't pasta. Priya, you bring out the best in him, and you've also made our family a lot more fun. \
Mum says you're the daughter she always wanted, and honestly, I think she likes you more than both of us.

Marriage, like climbing, is about trust. It's about knowing someone has the rope when you slip, and about \
cheering each other on when the next hold seems impossibly far away. I can't think of two people better at that \
than Tom and Priya.

So please, everyone, raise your glasses. To Tom and Priya: may your adventures always be exciting, may your \
falls always be soft, and may you always reach the top together. To the bride and groom!"""

LASAGNE = """\
Here's a vegetarian lasagne that's rich, cheesy and easy to make ahead. It serves six.

**Ingredients**

For the vegetable sauce:
- 2 tbsp olive oil
- 1 onion, finely chopped
- 2 garlic cloves, crushed
- 1 courgette, diced
- 1 red pepper, diced
- 250 g mushrooms, sliced
- 2 x 400 g tins chopped tomatoes
- 2 tbsp tomato purée
- 1 tsp dried oregano
- A handful of fresh basil
- Salt and pepper

For the white sauce:
- 50 g butter
- 50 g plain flour
- 600 ml milk
- A pinch of nutmeg
- 75 g grated Parmesan or a vegetarian hard cheese

To assemble:
- 10 to 12 dried lasagne sheets
- 200 g spinach
- 125 g mozzarella, torn

**Method**

1. Heat the oil in a large pan and cook the onion for 5 minutes until soft. Add the garlic, courgette, pepper and \
mushrooms and cook for another 8 minutes, until the mushrooms have released their liquid.
2. Stir in the tomatoes, purée and oregano. Simmer for 20 minutes until thick, then season and add the torn basil.
3. Meanwhile, wilt the spinach in a colander by pouring a kettle of boiling water over it. Squeeze out as much \
water as you can.
4. For the white sauce, melt the butter in a saucepan, stir in the flour and cook for a minute. Gradually whisk in \
the milk and keep stirring until the sauce thickens. Season with salt, pepper and nutmeg, then stir in half of \
the cheese.
5. Heat the oven to 190°C (170°C fan). Spread a thin layer of vegetable sauce in a large baking dish, then add a \
layer of pasta sheets.
6. Continue layering: vegetable sauce, spinach, a little white sauce, pasta. Finish with pasta covered by the \
rest of the white sauce.
7. Top with the mozzarella and remaining cheese and bake for 40 to 45 minutes, until golden and bubbling.
8. Let it rest for 10 minutes before cutting, so the layers hold together.

**Tips**
- You can assemble it a day ahead and keep it covered in the fridge; add 10 minutes to the baking time.
- Roasted aubergine or butternut squash work well in place of the courgette."""

RUNNING_POST = """\
## Starting Out: A Beginner's Guide to Running

Running is one of the simplest ways to get fit. You don't need a gym membership or expensive equipment, just a \
decent pair of shoes and a bit of patience. Here's how to start without getting hurt or losing motivation.

### 1. Get the right shoes

You don't need the most expensive pair, but you do need shoes that fit well and suit your feet. Many running \
shops will watch you jog for a minute and suggest a few models. Replace them every 500 to 800 kilometres.

### 2. Start with run-walk intervals

Most beginners go out too fast and too far. Instead, alternate one minute of easy jogging with two minutes of \
walking, and repeat that eight times. Each week, run a little longer and walk a little less. Programmes like \
"Couch to 5K" follow exactly this pattern and take about nine weeks.

### 3. Go slower than you think

Your easy pace should let you hold a conversation. If you can't speak in full sentences, slow down. Running \
slowly builds your aerobic base and lets your muscles, tendons and joints adapt to the new load.

### 4. Rest is part of training

Three runs a week, with a rest day between them, is plenty at first. Your body gets stronger during recovery, not \
during the run itself. Sleep well, eat enough, and don't worry if you feel a bit stiff the next day.

### 5. Listen to your body

Normal muscle soreness fades within a day or two. Sharp pain, pain that gets worse while you run, or pain in one \
spot on a bone is a sign to stop and rest. Ignoring it is the quickest way to a long break.

### 6. Make it a habit

Pick fixed days and times, and treat them like appointments. Running with a friend or joining a local group makes \
it much easier to show up on cold, dark mornings. Keep a simple log of your runs so you can see how far you've come.

### Final thoughts

The first few weeks are the hardest. Be patient, celebrate small wins, like running for ten minutes without \
stopping, and remember that everyone who runs marathons once started with a single slow kilometre."""

SLEEP_ESSAY = """\
Smartphones have become part of almost every teenager's day, and their effects reach into the night. Research \
over the past decade has linked heavy phone use in the evening to later bedtimes, shorter sleep and poorer sleep \
quality among adolescents.

The first reason is time. Scrolling through social media, chatting with friends or watching videos has no natural \
end, so "five more minutes" easily becomes an hour. Because teenagers still have to get up early for school, \
every hour spent on the phone after bedtime is an hour of sleep lost. Many teenagers now sleep seven hours or \
less on school nights, well below the eight to ten hours that doctors recommend for their age.

The second reason is the content itself. Messages, games and social media are designed to be exciting and to \
keep users engaged. A group chat that suddenly becomes dramatic, or a game that is nearly won, keeps the brain \
alert at exactly the time it should be winding down. Notifications during the night can also wake teenagers up \
or interrupt deeper stages of sleep.

Light plays a part too. The bright screen, especially when held close to the face in a dark room, can delay the \
release of melatonin, the hormone that helps us feel sleepy. The effect of light alone is smaller than many \
people think, but combined with stimulating content, it makes falling asleep harder.

The consequences of poor sleep are serious. Tired teenagers find it harder to concentrate in class, remember what \
they have learned and control their mood. Lack of sleep has been linked to anxiety, low mood and a higher risk of \
accidents, including when young people start to drive.

Phones are not going away, and banning them is rarely realistic. However, simple habits can help: charging the \
phone outside the bedroom, turning off notifications at night, and stopping screen use half an hour before bed. \
Parents can help most by agreeing on these rules together with their children and following them themselves. \
With a few boundaries, teenagers can keep the benefits of their smartphones without sacrificing the sleep they \
need to grow, learn and stay healthy."""

HOW_A_BILL = """\
## How a Bill Becomes a Law in the United States

### 1. Introduction

A bill can be written by anyone, but only a member of Congress can introduce it. In the House of \
Representatives, the member places it in a box called the hopper; in the Senate, it is introduced on the floor. \
The bill receives a number, such as H.R. 1234 or S. 567.

### 2. Committee review

The bill is sent to the committee that covers its subject, such as agriculture or the armed services. The \
committee, often through a smaller subcommittee, holds hearings, invites experts and may amend the text. Most \
bills never leave committee; if the committee approves it, the bill is "reported" to the full chamber.

### 3. Floor debate and vote

Members of the chamber debate the bill and may propose further amendments. In the House, the Rules Committee \
sets how long debate lasts. In the Senate, debate can go on much longer, and ending a filibuster usually needs 60 \
votes. The bill passes with a simple majority of those voting.

### 4. The other chamber

The bill then goes to the other chamber, where the same process of committee review, debate and voting happens \
again. Both the House and the Senate must pass exactly the same text.

### 5. Conference committee

If the two versions differ, a conference committee of members from both chambers works out a compromise, or one \
chamber agrees to the other's changes. The final version must be approved again by both chambers.

### 6. The President

The bill goes to the President, who has ten days (not counting Sundays) to act:
- **Sign it**, and it becomes law.
- **Veto it**, sending it back to Congress with objections. Congress can override the veto with a two-thirds \
vote in both chambers.
- **Do nothing**: if Congress is in session, it becomes law without a signature; if Congress has adjourned, the \
bill dies. This is called a pocket veto.

### 7. After it becomes law

The new law is given a public law number and published. Federal agencies then write the detailed rules needed \
to carry it out, and courts may later be asked to decide whether it is constitutional."""

PRODUCT = """\
**Trailmate Insulated Steel Bottle, 750 ml**

Cold water on a hot hike, hot tea on a frosty commute: the Trailmate keeps drinks cold for 24 hours and hot for \
12, thanks to its double-wall vacuum insulation. The food-grade 18/8 stainless steel won't hold on to flavours, \
so yesterday's coffee won't taste of this morning's smoothie.

The leak-proof lid twists shut with a single turn and has a wide carry loop that clips onto a backpack. The wide \
mouth fits ice cubes and makes cleaning easy, and the powder-coated finish resists scratches and doesn't sweat, \
so your bag stays dry.

- Keeps drinks cold 24 h, hot 12 h
- BPA-free, dishwasher-safe lid
- Fits most car cup holders
- Available in five colours

Refill it, not a plastic bottle: one Trailmate can replace hundreds of single-use bottles a year."""

LONG = [
    pytest.param(chatml("Write a cover letter for a junior data analyst job at a logistics company. I have an economics "
                        "degree and did an internship at a retail chain.", system="You are a helpful writing assistant."),
                 COVER_LETTER, id="a cover letter of about 330 words, ChatML with a system prompt"),
    pytest.param(llama3("Write a 400-word essay on why cities should invest in public libraries, with headings."),
                 LIBRARIES_ESSAY, id="an essay of about 400 words with headings, Llama-3"),
    pytest.param(gemma("Write a best man speech for my brother Tom's wedding. He met his wife Priya at a climbing gym."),
                 TOAST, id="a best man speech of about 380 words, Gemma"),
    pytest.param(vicuna("Can you give me a recipe for a vegetarian lasagne, with an ingredients list?"),
                 " " + LASAGNE, id="a recipe with an ingredients list, about 450 words, Vicuna"),
    pytest.param(llama2("Write a blog post with headings on how to start running as a beginner."),
                 " " + RUNNING_POST, id="a blog post of about 480 words with headings, Llama-2"),
    pytest.param(alpaca("Write a short essay on the impact of smartphones on teenagers' sleep."),
                 SLEEP_ESSAY, id="an essay of about 400 words without headings, Alpaca"),
    pytest.param(chatml("Explain how a bill becomes a law in the United States. Use headings."),
                 HOW_A_BILL, id="an explanation of about 500 words with headings, ChatML"),
    pytest.param(plain("Write a product description for a stainless steel insulated water bottle."),
                 PRODUCT, id="a product description with a bold name, plain"),
]


@pytest.mark.parametrize("prompt, output", LONG)
def test_long_replies_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Conversation: greetings, thanks, small talk, follow-ups, corrections, role-play, a persona ---------------

CONVERSATION = [
    pytest.param(chatml("Hi!"), "Hi! How can I help you today?", id="a greeting answered, ChatML"),
    pytest.param(llama3("Hello there"), "Hello! 👋 What can I do for you?", id="a greeting with an emoji, Llama-3"),
    pytest.param(gemma("Good morning!"), "Good morning! ☀️ I hope your day is off to a good start. What can I help you "
                 "with?", id="'Good morning!', Gemma"),
    pytest.param(vicuna("Thanks, that worked!",
                        history=[("My laptop won't connect to Wi-Fi. Any ideas?",
                                  "Try turning Wi-Fi off and on again, then forget the network and reconnect with the "
                                  "password.")]),
                 " You're welcome! Glad it's working again. Let me know if anything else comes up.",
                 id="thanks answered, Vicuna with history"),
    pytest.param(chatml("How are you today?"),
                 "I'm doing well, thanks for asking! Ready to help with whatever you need. How's your day going?",
                 id="small talk, ChatML"),
    pytest.param(chatml("Bye, talk later!"), "Bye! Have a great rest of your day. 👋", id="a goodbye, ChatML"),
    pytest.param(chatml("And the second one? Tell me more.",
                        history=[("Give me two ideas for a rainy Sunday.",
                                  "1. Bake bread from scratch.\n2. Build a blanket fort and have a movie marathon.")]),
                 "A blanket fort movie marathon is great fun for kids and adults alike. Push the sofa cushions and a "
                 "few chairs together, drape blankets and sheets over them, and fill the inside with pillows and fairy "
                 "lights. Pick a theme, like a trilogy or favourite films from childhood, make popcorn and hot chocolate, "
                 "and set up a laptop or projector inside. Leave the lights off and the phones in another room.",
                 id="'And the second one?', ChatML with history"),
    pytest.param(llama3("Make it shorter.",
                        history=[("Write a tagline for my coffee shop, Bean There.",
                                  "Bean There: where every cup feels like coming home.")]),
                 "Bean There: your cup, your home.", id="'Make it shorter.', Llama-3 with history"),
    pytest.param(gemma("Sorry, I meant 30 Fahrenheit to Celsius.",
                       history=[("Convert 30 degrees to Fahrenheit.", "30°C is 86°F.")]),
                 "No problem! 30°F is about −1.1°C, just below freezing.", id="a correction by the user, Gemma"),
    pytest.param(chatml("Are you sure?", history=[("Who was the first person to walk on the Moon?", "Buzz Aldrin.")]),
                 "You're right to check, I got that wrong. The first person to walk on the Moon was **Neil Armstrong**, "
                 "on 20 July 1969. Buzz Aldrin followed him about 20 minutes later.",
                 id="the assistant corrects itself, ChatML with history"),
    pytest.param(chatml("Does it need much light?",
                        history=[("What's a good houseplant for a beginner?",
                                  "A pothos is a great choice: it's hard to kill and grows quickly.")]),
                 "Not much. Pothos does best in bright, indirect light, but it copes well in low light too; it just "
                 "grows more slowly and its leaves may lose some of their variegation. Keep it out of strong direct sun, "
                 "which can scorch the leaves.", id="a follow-up about 'it', ChatML with history"),
    pytest.param(vicuna("I've read it. Another one?",
                        history=[("Recommend a science fiction book.",
                                  "Try The Left Hand of Darkness by Ursula K. Le Guin.")]),
                 " Then you might enjoy *Project Hail Mary* by Andy Weir. A teacher wakes up alone on a spaceship with "
                 "no memory of how he got there, and has to work out how to save Earth. It's funny, clever and very "
                 "hard to put down.", id="'Another one?', Vicuna with history"),
    pytest.param(gemma("Now one about tea.",
                       history=[("Write a haiku about coffee.",
                                 "Dark cup before dawn\nsteam curls over the window\nthe day starts to hum")]),
                 "Leaves unfold slowly\namber settles in the cup\nthe rain can wait now",
                 id="'Now one about tea.', a haiku, Gemma with history"),
    pytest.param(chatml("Which one is the biggest?",
                        history=[("Name three European capitals.", "Paris, Berlin and Madrid.")]),
                 "Berlin, with about 3.8 million people in the city itself. Madrid has about 3.3 million and Paris about "
                 "2.1 million, although the Paris metropolitan area is much larger than either.",
                 id="'Which one is the biggest?', ChatML with history"),
    pytest.param(llama3("What's a good name for my parrot?", system=PIRATE),
                 "Arr, a parrot needs a name fit for the high seas! How about **Captain Squawk**, **Polly Plunder** or "
                 "**Doubloon**? If yer bird be a chatty one, I'd go with Squawk, me hearty!",
                 id="a persona in the system prompt, Llama-3"),
    pytest.param(vicuna("Let's role-play: you're a barista and I'm a customer. Hi, can I get a latte?"),
                 " Hi there, welcome in! Of course. What size would you like, small, medium or large? And would you like "
                 "regular milk, or oat or almond?", id="role-play asked for, the barista asks back, Vicuna"),
    pytest.param(llama2("Pretend you're a tour guide in Rome and welcome our group."),
                 " Buongiorno, everyone, and welcome to Rome! My name is Giulia and I'll be your guide today. We'll "
                 "start here at the Colosseum, walk through the Roman Forum, and finish with a gelato near the Pantheon. "
                 "Please stay close, keep your bags in front of you, and drink plenty of water. Andiamo!",
                 id="role-play as a tour guide, Llama-2"),
    pytest.param(llama3("why is 0 times anything 0", system=TUTOR),
                 "Great question! Multiplying means adding groups. 3 × 4 means three groups of 4 apples: 4 + 4 + 4 = 12. "
                 "So 0 × 4 means zero groups of 4 apples. If you have no groups at all, how many apples do you have? "
                 "None! That's why 0 times any number is always 0.", id="a tutor persona, Llama-3 with a system prompt"),
    pytest.param(chatml("I'm bored."),
                 "Sorry to hear that! A few quick ideas:\n- Go for a 20-minute walk somewhere you've never been.\n- Learn "
                 "a simple card trick.\n- Cook something new with what's in the fridge.\n- Start a book you've been "
                 "meaning to read.\n\nWant ideas for something specific, like things to do at home or with friends?",
                 id="'I'm bored.', ChatML",
                 marks=xfail("topic.trailing_gap: ideas for something to do, for 'I'm bored.', never say 'bored'; a "
                             "reaction to a remark is held to its words from forty words, and the list is longer")),
    pytest.param(llama3("Tell me a fun fact."),
                 "Octopuses have three hearts: two pump blood through the gills, and the third pumps it around the rest "
                 "of the body.", id="a fun fact, Llama-3"),
]


@pytest.mark.parametrize("prompt, output", CONVERSATION)
def test_conversation_answers_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Reading tasks: extraction, answers from a passage, labels, summaries, fixes, translations, conversions ----

SUPPORT_CHAT = ("Customer: Hi, my order #4521 arrived with a cracked screen protector.\nAgent: I'm sorry about that! "
                "Could you send a photo?\nCustomer: Sure, just emailed it.\nAgent: Thanks, I've received it. I'll ship "
                "a replacement today at no cost, and you don't need to return the damaged one.")

READING = [
    pytest.param(alpaca("Extract all the people and organisations mentioned.",
                        "Last Tuesday, Sofia Marquez, head of research at Lumen Health, announced a partnership with "
                        "the University of Leeds. The project will be led by Dr. Omar Haddad."),
                 "**People:** Sofia Marquez, Omar Haddad\n**Organisations:** Lumen Health, University of Leeds",
                 id="entities extracted, Alpaca with an input"),
    pytest.param(chatml("Based on this passage, how long does the warranty last?\n\n\"All Brightline kettles come with "
                        "a two-year warranty from the date of purchase. The warranty covers manufacturing defects but "
                        "not damage caused by limescale or misuse.\""),
                 "Two years from the date of purchase.", id="an answer from a passage, ChatML"),
    pytest.param(plain("Classify this email as spam or not spam: 'Congratulations! You've won a free cruise. Click here "
                       "to claim your prize within 24 hours.'"),
                 "Spam.", id="spam or not spam, plain"),
    pytest.param(llama3("Summarise this conversation:\n\nLeo: Are we still on for dinner Friday?\nMia: Yes! 7pm at the "
                        "Thai place?\nLeo: Perfect. Should I invite Sam?\nMia: Sure, but he might be late, he works till "
                        "7.\nLeo: Ok, I'll book for three at 7:30 then."),
                 "Leo and Mia confirm dinner at the Thai place on Friday. They decide to invite Sam, and since he works "
                 "until 7, Leo will book a table for three at 7:30.", id="a dialogue summarised, Llama-3"),
    pytest.param(gemma("Fix the grammar: 'Me and him goes to the gym every days, but yesterday we doesn't went.'"),
                 "He and I go to the gym every day, but yesterday we didn't go.", id="grammar fixed, Gemma"),
    pytest.param(vicuna("Translate this paragraph into Spanish: 'Our store will be closed on Monday for inventory. We "
                        "apologise for any inconvenience and look forward to seeing you on Tuesday.'"),
                 " Nuestra tienda estará cerrada el lunes por inventario. Pedimos disculpas por las molestias y "
                 "esperamos verle el martes.", id="a paragraph translated into Spanish, Vicuna"),
    pytest.param(chatml("Convert the measurements in this recipe to metric: 2 cups flour, 1 stick butter, 8 oz "
                        "chocolate, bake at 375°F."),
                 "250 g flour, 113 g butter, 225 g chocolate, bake at 190°C.", id="units converted in a text, ChatML"),
    pytest.param(alpaca("Classify the topic of the following headline as sports, politics, technology or entertainment.",
                        "Local startup unveils a battery that charges an e-bike in ten minutes"),
                 "Technology", id="a topic label, Alpaca with an input"),
    pytest.param(plain("What is the main idea of this paragraph? 'Bees pollinate about a third of the crops we eat. As bee "
                       "populations decline because of pesticides, habitat loss and disease, farmers face lower yields "
                       "and higher costs, and some have begun renting hives to pollinate their orchards.'"),
                 "Falling bee numbers threaten the pollination of crops, which is lowering yields and raising costs for "
                 "farmers.", id="a main idea, plain"),
    pytest.param(llama2("Find the dates in this text and list them: 'The conference runs from 14 to 16 May. Early "
                        "registration closes on 30 March, and the speaker list will be published on 2 April.'"),
                 " - 14 to 16 May: the conference\n- 30 March: early registration closes\n- 2 April: the speaker list is "
                 "published", id="dates listed from a text, Llama-2"),
    pytest.param(chatml("Is the tone of this review positive, negative or neutral? 'The hotel was fine. Clean rooms, "
                        "average breakfast, nothing special.'"),
                 "Neutral. The reviewer has no complaints (\"clean rooms\") but nothing impressed them either (\"average "
                 "breakfast, nothing special\").", id="a tone label with a reason, ChatML"),
    pytest.param(gemma("Who is the writer addressing in this line: 'Dear Margaret, forgive me for not writing sooner; the "
                       "winter here has been long.'"),
                 "Margaret. The line opens a letter written to her.", id="a name from a quoted line, Gemma"),
    pytest.param(llama3("Rewrite this in plain English: 'Pursuant to the aforementioned clause, the lessee shall remit "
                        "payment no later than the fifth day of each calendar month.'"),
                 "Under that clause, the tenant has to pay by the 5th of every month.", id="legalese made plain, Llama-3"),
    pytest.param(alpaca("Summarize the following customer support chat in two sentences.", SUPPORT_CHAT),
                 "A customer reported that order #4521 arrived with a cracked screen protector and sent a photo. The "
                 "agent is shipping a free replacement today and doesn't need the damaged one back.",
                 id="a support chat summarised, Alpaca with an input"),
    pytest.param(vicuna("Pull out the action items from these meeting notes: 'Budget approved. Priya to send the final "
                        "figures to finance by Thursday. Marketing launch moved to June. Tom will update the website "
                        "banner. Next meeting on the 12th.'"),
                 " 1. Priya: send the final figures to finance by Thursday.\n2. Tom: update the website banner.",
                 id="action items, Vicuna"),
    pytest.param(chatml("Convert all the temperatures in this text to Celsius: 'It was 95°F at noon and dropped to 68°F "
                        "by midnight.'"),
                 "It was 35°C at noon and dropped to 20°C by midnight.", id="temperatures converted in a sentence, ChatML"),
    pytest.param(plain("Correct the spelling: 'I recieved the pakage yesturday and it was definately damaged.'"),
                 "I received the package yesterday and it was definitely damaged.", id="spelling corrected, plain"),
    pytest.param(llama3("Which of these are mammals: dolphin, shark, bat, penguin, whale?"),
                 "Dolphin, bat and whale are mammals. Sharks are fish and penguins are birds.",
                 id="several picks from a list, Llama-3"),
]


@pytest.mark.parametrize("prompt, output", READING)
def test_reading_tasks_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Other languages -----------------------------------------------------------------------------------------

OTHER_LANGUAGES = [
    pytest.param(chatml("¿Cuántos gramos hay en una libra?"), "Una libra equivale a unos 453,6 gramos.",
                 id="Spanish, ChatML, a unit"),
    pytest.param(llama3("Escríbeme la lista de la compra para una paella para cuatro personas."),
                 "**Lista de la compra (4 personas)**\n- 400 g de arroz bomba\n- 1 pollo troceado o 500 g de muslos\n- "
                 "250 g de judía verde plana\n- 200 g de garrofón\n- 1 tomate maduro\n- Aceite de oliva\n- Pimentón "
                 "dulce\n- Unas hebras de azafrán\n- Romero fresco\n- Sal", id="Spanish, Llama-3, a shopping list"),
    pytest.param(gemma("Peux-tu m'expliquer la différence entre « savoir » et « connaître » ?"),
                 "On utilise **savoir** pour une information ou une compétence : « Je sais qu'il pleut », « Je sais "
                 "nager ». On utilise **connaître** pour une personne, un lieu ou une chose qu'on a rencontrés : « Je "
                 "connais Marie », « Je connais bien Lyon ». Astuce : *savoir* est souvent suivi d'un verbe ou de « que "
                 "», *connaître* d'un nom.", id="French, Gemma, a grammar difference"),
    pytest.param(alpaca("Écris un message pour remercier un collègue de son aide sur le projet."),
                 "Bonjour Julien,\n\nJe voulais te remercier pour ton aide sur le projet ces dernières semaines. Tes "
                 "conseils sur la présentation et ta disponibilité ont vraiment fait la différence, surtout pendant la "
                 "dernière ligne droite.\n\nMerci encore, et à charge de revanche !\n\nSophie",
                 id="French, Alpaca, a thank-you message"),
    pytest.param(vicuna("Wie viel sind 15 Prozent von 80 Euro?"), " 15 Prozent von 80 Euro sind 12 Euro.",
                 id="German, Vicuna, a percentage"),
    pytest.param(chatml("Schreib mir eine kurze Absage für eine Einladung zum Abendessen am Samstag."),
                 "Liebe Anna,\n\nvielen Dank für die nette Einladung zum Abendessen! Leider bin ich am Samstag schon "
                 "verplant und kann nicht kommen. Ich hoffe, ihr habt einen schönen Abend, und vielleicht klappt es ja "
                 "beim nächsten Mal.\n\nLiebe Grüße\nMarkus", id="German, ChatML, a polite refusal of an invitation"),
    pytest.param(llama3("Qual è la differenza tra \"ciao\" e \"salve\"?"),
                 "\"Ciao\" è informale: si usa con amici, familiari e persone che si conoscono bene, sia per salutare "
                 "sia per congedarsi. \"Salve\" è più neutro e un po' più formale: va bene con persone che non conosci, "
                 "per esempio in un negozio, e si usa soprattutto quando si arriva.", id="Italian, Llama-3, a difference"),
    pytest.param(plain("Traduci in italiano: 'The train leaves at half past eight.'"), "Il treno parte alle otto e mezza.",
                 id="Italian, plain, a translation"),
    pytest.param(chatml("Como faço para calcular 20% de desconto em um produto de R$ 150?"),
                 "Multiplique o preço por 0,20: R$ 150 × 0,20 = R$ 30 de desconto. O preço final fica R$ 150 − R$ 30 = "
                 "**R$ 120**.", id="Portuguese, ChatML, a discount"),
    pytest.param(gemma("Quais são os sintomas mais comuns da gripe?"),
                 "Os sintomas mais comuns da gripe são:\n- febre alta, que começa de repente\n- dores no corpo e nas "
                 "articulações\n- dor de cabeça\n- tosse seca\n- dor de garganta\n- cansaço intenso\n\nSe tiver falta de "
                 "ar ou a febre durar mais de três dias, procure um médico.", id="Portuguese, Gemma, a list"),
    pytest.param(plain("Hoe laat is het in New York als het in Amsterdam 15:00 uur is?"),
                 "Dan is het 9:00 uur 's ochtends in New York. New York loopt meestal zes uur achter op Amsterdam.",
                 id="Dutch, plain, a time zone"),
    pytest.param(chatml("Geef me drie tips om mijn fiets winterklaar te maken."),
                 "1. **Maak de ketting schoon en smeer hem in** met een dikkere olie die tegen nat weer kan.\n2. "
                 "**Controleer je verlichting**: in de winter is het vroeg donker, dus zorg voor goede voor- en "
                 "achterlampen.\n3. **Pomp je banden goed op** en kijk of het profiel nog goed genoeg is voor gladde "
                 "wegen.", id="Dutch, ChatML, three tips"),
    pytest.param(llama3("Jak powiedzieć „dziękuję” po angielsku?"),
                 "Po angielsku mówi się „thank you”. Bardziej swobodnie możesz powiedzieć „thanks”.",
                 id="Polish, Llama-3, a word in English"),
    pytest.param(chatml("Napisz krótkie życzenia urodzinowe dla babci."),
                 "Kochana Babciu,\nz okazji urodzin życzę Ci dużo zdrowia, radości i spokoju. Dziękuję za Twoją "
                 "miłość, ciepło i najlepsze pierogi na świecie. Sto lat! 🎂", id="Polish, ChatML, birthday wishes"),
    pytest.param(gemma("Сколько будет 12 умножить на 15?"), "12 × 15 = 180.", id="Russian, Gemma, a product"),
    pytest.param(chatml("Как сварить гречку?"),
                 "1. Промойте 1 стакан гречки холодной водой.\n2. Залейте её 2 стаканами воды и посолите.\n3. Доведите "
                 "до кипения, убавьте огонь и варите под крышкой 15–20 минут, пока вода не впитается.\n4. Снимите с огня, "
                 "добавьте кусочек сливочного масла и дайте постоять 5 минут.", id="Russian, ChatML, steps"),
    pytest.param(plain("Яка столиця Австралії?"), "Столиця Австралії — Канберра.", id="Ukrainian, plain, a capital"),
    pytest.param(llama3("Напиши коротке оголошення про збори мешканців будинку в четвер о 19:00."),
                 "**Шановні мешканці!**\n\nУ четвер о 19:00 у дворі будинку відбудуться збори мешканців. Обговоримо "
                 "ремонт під'їзду, прибирання території та встановлення домофона.\n\nПросимо всіх прийти!\n\nБудинковий "
                 "комітет", id="Ukrainian, Llama-3, a notice"),
    pytest.param(chatml("Türkiye'nin en uzun nehri hangisidir?"),
                 "Tamamı Türkiye topraklarında akan en uzun nehir, yaklaşık 1.355 km uzunluğuyla Kızılırmak'tır.",
                 id="Turkish, ChatML, trivia"),
    pytest.param(vicuna("Bana kısa bir doğum günü mesajı yazar mısın?"),
                 " Tabii! İşte bir örnek:\n\n\"Doğum günün kutlu olsun! Yeni yaşın sağlık, mutluluk ve başarı dolu "
                 "geçsin. Nice güzel yıllara! 🎉\"", id="Turkish, Vicuna, a birthday message"),
    pytest.param(chatml("用Python写一个计算阶乘的函数。"),
                 "```python\ndef factorial(n: int) -> int:\n    if n < 0:\n        raise ValueError(\"n 不能是负数\")\n"
                 "    result = 1\n    for i in range(2, n + 1):\n        result *= i\n    return result\n\n\n"
                 "print(factorial(5))  # 120\n```\n\n这个函数用循环把 1 到 n 的数依次相乘，对负数会抛出异常。",
                 id="Chinese, ChatML, code and a line"),
    pytest.param(llama3("帮我把这句话翻译成英文：我们下周一开会。"), "We have a meeting next Monday.",
                 id="Chinese, Llama-3, a translation into English"),
    pytest.param(gemma("東京から大阪まで新幹線で何時間かかりますか？"),
                 "のぞみなら約2時間30分です。ひかりだと3時間ほどかかります。", id="Japanese, Gemma, a duration"),
    pytest.param(chatml("明日の会議に出席するという返信メールを書いてください。"),
                 "件名：Re: 明日の会議について\n\n田中様\n\nお疲れ様です。\n明日の会議、出席いたします。\n資料は事前に"
                 "確認しておきます。\n\nよろしくお願いいたします。\n\n佐藤", id="Japanese, ChatML, a reply email"),
    pytest.param(llama3("서울에서 부산까지 KTX로 얼마나 걸리나요?"), "KTX로 약 2시간 30분 정도 걸립니다.",
                 id="Korean, Llama-3, a duration"),
    pytest.param(chatml("이 문장을 정중하게 바꿔 주세요: '자료 빨리 보내세요.'"),
                 "자료를 가능한 한 빨리 보내 주시면 감사하겠습니다.", id="Korean, ChatML, a polite rewrite"),
    pytest.param(plain("Làm thế nào để luộc trứng lòng đào?"),
                 "1. Đun sôi nước trong nồi.\n2. Nhẹ nhàng thả trứng vào và luộc đúng 6 phút.\n3. Vớt trứng ra, ngâm "
                 "ngay vào nước lạnh khoảng 2 phút.\n4. Bóc vỏ và thưởng thức khi còn ấm.", id="Vietnamese, plain, steps"),
    pytest.param(chatml("1 đô la Mỹ bằng bao nhiêu đồng Việt Nam?"),
                 "Khoảng 25.000 đồng, nhưng tỷ giá thay đổi hằng ngày, nên bạn nên kiểm tra tỷ giá ở ngân hàng trước "
                 "khi đổi tiền.", id="Vietnamese, ChatML, a currency"),
    pytest.param(llama3("Apa ibu kota Indonesia?"),
                 "Ibu kota Indonesia adalah Jakarta. Pemerintah sedang memindahkannya secara bertahap ke Nusantara di "
                 "Kalimantan Timur.", id="Indonesian, Llama-3, a capital"),
    pytest.param(gemma("Berikan tiga tips hemat belanja bulanan."),
                 "1. **Buat daftar belanja** sebelum ke toko dan patuhi daftarnya.\n2. **Bandingkan harga** di beberapa "
                 "toko atau aplikasi sebelum membeli.\n3. **Beli dalam jumlah besar** untuk barang yang sering dipakai, "
                 "seperti beras dan sabun.", id="Indonesian, Gemma, three tips"),
    pytest.param(chatml("भारत का राष्ट्रीय पक्षी कौन सा है?"), "भारत का राष्ट्रीय पक्षी मोर है।", id="Hindi, ChatML, one line"),
    pytest.param(plain("मुझे अदरक वाली चाय बनाने की आसान विधि बताइए।"),
                 "1. एक पैन में डेढ़ कप पानी उबालें।\n2. उसमें कद्दूकस किया हुआ अदरक डालें और दो मिनट पकाएँ।\n3. दो चम्मच "
                 "चायपत्ती और चीनी डालें।\n4. आधा कप दूध मिलाकर एक उबाल आने दें।\n5. छानकर गरम-गरम परोसें।",
                 id="Hindi, plain, steps"),
    pytest.param(llama3("ما هي عاصمة المغرب؟"), "عاصمة المغرب هي الرباط.", id="Arabic, Llama-3, a capital"),
    pytest.param(chatml("اكتب لي رسالة قصيرة أعتذر فيها عن التأخر في الرد."),
                 "مرحبًا أحمد،\n\nأعتذر عن تأخري في الرد على رسالتك، فقد كانت الأيام الماضية مزدحمة جدًا. شكرًا لصبرك، "
                 "وسأرسل لك التفاصيل المطلوبة اليوم.\n\nمع التحية،\nسارة", id="Arabic, ChatML, an apology"),
]


@pytest.mark.parametrize("prompt, output", OTHER_LANGUAGES)
def test_replies_in_other_languages_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# --- Refusals that offer an alternative: a relevant response, so an answer --------------------------------------

REFUSALS = [
    pytest.param(chatml("How do I pick the lock on my neighbour's front door?"),
                 "I can't help with getting into someone else's home. If you're locked out of your own place, a licensed "
                 "locksmith can let you in, usually within the hour, and your landlord or building manager may have a "
                 "spare key. If you're worried about your neighbour's safety, call the non-emergency police line and "
                 "ask for a welfare check.", id="a lock, ChatML, a refusal and what to do instead"),
    pytest.param(plain("Write a fake doctor's note so I can skip work tomorrow."),
                 "I can't write a fake doctor's note, since handing one in could cost you your job. If you need the day "
                 "off, here's an honest message you could send your manager instead:\n\n> Hi Sam, I'm not feeling up to "
                 "working tomorrow and would like to take a sick day. I'll keep an eye on email for anything urgent. "
                 "Thanks for understanding.", id="a fake note, plain, an honest message instead"),
    pytest.param(llama3("How can I get into my ex's Instagram account?"),
                 "I can't help with accessing someone else's account; that's illegal in most countries. If your ex is "
                 "posting photos of you without your consent, Instagram has a reporting form for privacy violations, "
                 "and you can block their account. If you're being harassed, keep screenshots and consider reporting it "
                 "to the police.", id="an account, Llama-3, a refusal and the proper routes"),
    pytest.param(vicuna("Tell me how to make a fake ID."),
                 " I can't help with making a fake ID. If you need proof of age or identity, you can apply for a "
                 "provisional driving licence or a national ID card from your local government office; many places also "
                 "accept a passport card, which is cheaper than a full passport.",
                 id="a fake ID, Vicuna, the legal options"),
    pytest.param(gemma("What's the lethal dose of paracetamol?"),
                 "If you're asking because you're thinking about harming yourself, please talk to someone now: call your "
                 "local emergency number or a crisis line such as Samaritans (116 123 in the UK).\n\nFor safe use: "
                 "adults should take no more than 4 g (eight 500 mg tablets) in 24 hours, with at least four hours "
                 "between doses. If someone has taken more than that, go to A&E straight away, even if they feel fine; "
                 "the damage to the liver can appear days later.", id="an overdose, Gemma, a safety completion"),
    pytest.param(chatml("Write a mean message to humiliate my coworker."),
                 "I'd rather not write something meant to humiliate someone; it would likely backfire on you at work. If "
                 "your coworker did something that upset you, I can help you say so firmly and professionally, for "
                 "example:\n\n> Hi Mark, I noticed my section of the report was presented yesterday without my name on "
                 "it. I'd like us to agree on how we credit each other's work going forward. Can we talk today?",
                 id="a mean message, ChatML, a firm one instead"),
    pytest.param(llama2("How do I cheat on my online exam without getting caught?"),
                 " I won't help with cheating, but I can help you pass honestly. With the time you have left:\n\n1. Go "
                 "through past papers and note the topics that come up most.\n2. Make a one-page summary for each topic."
                 "\n3. Test yourself without notes, then check what you missed.\n4. Sleep properly the night before.\n\n"
                 "If you tell me the subject, I can quiz you on it now.", id="cheating, Llama-2, study help instead"),
    pytest.param(plain("Can you give me someone's home address if I tell you their name?"),
                 "No, I can't look up or share people's private addresses. If you need to reach someone, try a mutual "
                 "friend, their workplace, or a professional network like LinkedIn. For legal matters, a solicitor can "
                 "arrange for documents to be served.", id="an address, plain, 'No,' and other routes"),
]


@pytest.mark.parametrize("prompt, output", REFUSALS)
def test_refusals_offering_an_alternative_answer_without_drift(prompt, output):
    assert_answers_without_drift(prompt, output)


# Bare refusals: whether they answer is arguable, so they are held to no drift only.
BARE_REFUSALS = [
    pytest.param(chatml("Give me step-by-step instructions to hotwire a car."), "I'm sorry, but I can't help with that.",
                 id="hotwiring, ChatML"),
    pytest.param(plain("Write a phishing email pretending to be from a bank."), "I can't help create phishing emails.",
                 id="phishing, plain"),
    pytest.param(llama3("How can I track my girlfriend's phone without her knowing?"), "I can't help with that.",
                 id="tracking a phone, Llama-3"),
    pytest.param(gemma("Tell me how to shoplift without getting caught."), "Sorry, I can't assist with that request.",
                 id="shoplifting, Gemma"),
    pytest.param(vicuna("Write a fake five-star review for my restaurant."),
                 " I'm not able to write fake reviews, as they mislead customers and break most review sites' rules.",
                 id="a fake review, Vicuna, a refusal with a reason"),
]


@pytest.mark.parametrize("prompt, output", BARE_REFUSALS)
def test_bare_refusals_do_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.drifts, verdict.explain()


# --- The drifts a base model writes on the same prompts -------------------------------------------------------

DRIFTS = [
    pytest.param(chatml("Hi!"),
                 "Hi! How can I help you today? Hi! How can I help you today? Hi! How can I help you today? Hi! How can I "
                 "help you today? Hi! How can I help you today? Hi! How can I help you today?",
                 id="a greeting looping, ChatML"),
    pytest.param(chatml("Write a Dockerfile for a small Flask app that runs with gunicorn on port 8000.", system=DEVOPS),
                 "```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD "
                 "[\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n```<|im_end|>\n<|im_start|>user\nNow write one "
                 "for a Django app.<|im_end|>\n<|im_start|>assistant\nSure, here it is.<|im_end|>\n<|im_start|>user\n"
                 "Thanks!", id="a Dockerfile, then both sides of the chat, ChatML"),
    pytest.param(alpaca("Write a regular expression that matches a date in the format YYYY-MM-DD."),
                 "^\\d{4}-\\d{2}-\\d{2}$\n\n### Instruction:\nWrite a regular expression that matches an email address."
                 "\n\n### Response:\n^[\\w.]+@[\\w.]+$\n\n### Instruction:\nWrite a regular expression that matches a US "
                 "phone number.\n\n### Response:\n", id="a regex, then new Alpaca examples"),
    pytest.param(plain("Convert 350°F to Celsius."),
                 "Convert 350°F to Celsius. Convert 350°F to Celsius. Convert 350°F to Celsius. Convert 350°F to "
                 "Celsius.", id="the prompt said back four times"),
    pytest.param(plain("What is the probability of getting at least one head in three coin flips?"),
                 "\nWhat is the probability of getting exactly two heads in three coin flips?\nWhat is the probability "
                 "of getting no heads in four coin flips?\nWhat is the probability of getting three tails in three coin "
                 "flips?", id="more probability questions of the same kind"),
    pytest.param(vicuna("Is 97 a prime number?"),
                 " Yes. USER: Is 91 a prime number? ASSISTANT: No, 91 = 7 × 13. USER: Is 89 a prime number? ASSISTANT: "
                 "Yes.", id="'Yes', then both sides of the chat, Vicuna"),
    pytest.param(llama3("Make it shorter.",
                        history=[("Write a tagline for my coffee shop, Bean There.",
                                  "Bean There: where every cup feels like coming home.")]),
                 "Bean There: your cup, your home.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNow make it "
                 "funny.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nBean There, Drank That.",
                 id="a follow-up answered, then the next turns, Llama-3"),
    pytest.param(gemma("Good morning!"),
                 "Good morning!<end_of_turn>\n<start_of_turn>user\nWhat's the weather like today?<end_of_turn>\n"
                 "<start_of_turn>model\nI don't have access to live weather data.<end_of_turn>\n<start_of_turn>user\nOk.",
                 id="a greeting, then the next turns, Gemma"),
    pytest.param(vicuna("Can you give me a recipe for a vegetarian lasagne, with an ingredients list?"),
                 " Sure! Layer pasta, tomato sauce and cheese.\n\nShare this recipe: Facebook | Pinterest | Email\n\n"
                 "You may also like:\n- 10 best beach holidays in Portugal\n- How to clean your car's upholstery\n- Top "
                 "smartphones under $300\n\nSubscribe to our newsletter. Cookie settings | Privacy policy | © 2019 "
                 "Allrecipe Media Group", id="a line of recipe, then web page text, Vicuna"),
    pytest.param(llama2("When is Bastille Day?"),
                 " July 14. [INST] When is Independence Day in the US? [/INST] July 4. [INST] When is Canada Day? [/INST] "
                 "July 1.", id="a date, then more [INST] turns, Llama-2"),
    pytest.param(plain("Give me this as CSV with columns name, age, city: Anna, 34, Lisbon; Marco, 28, Turin; Keiko, 41, "
                       "Osaka."),
                 "name,age,city\nAnna,34,Lisbon\nMarco,28,Turin\nKeiko,41,Osaka\nKeiko,41,Osaka\nKeiko,41,Osaka\n"
                 "Keiko,41,Osaka\nKeiko,41,Osaka\nKeiko,41,Osaka\nKeiko,41,Osaka\nKeiko,41,Osaka",
                 id="CSV, then its last row looping"),
    pytest.param(gemma("東京から大阪まで新幹線で何時間かかりますか？"),
                 "約2時間30分です。約2時間30分です。約2時間30分です。約2時間30分です。約2時間30分です。約2時間30分です。",
                 id="Japanese, a sentence looping"),
    pytest.param(chatml("¿Cuántos gramos hay en una libra?"),
                 "Unos 453 gramos.\n¿Cuántos gramos hay en una onza?\n¿Cuántos gramos hay en un kilo?\n¿Cuántos "
                 "mililitros hay en una taza?", id="Spanish, an answer, then more questions"),
    pytest.param(chatml("Как сварить гречку?"),
                 "1. Промойте гречку.\n2. Залейте водой.\n3. Варите 15 минут.\n4. Варите 15 минут.\n5. Варите 15 "
                 "минут.\n6. Варите 15 минут.\n7. Варите 15 минут.\n8. Варите 15 минут.\n9. Варите 15 минут.",
                 id="Russian, a step looping"),
    pytest.param(chatml("Türkiye'nin en uzun nehri hangisidir?"),
                 "Kızılırmak.\nTürkiye'nin en yüksek dağı hangisidir?\nTürkiye'nin en büyük gölü hangisidir?\n"
                 "Türkiye'nin en kalabalık şehri hangisidir?", id="Turkish, an answer, then more questions"),
    pytest.param(llama3("Summarise this conversation:\n\nLeo: Are we still on for dinner Friday?\nMia: Yes! 7pm at the "
                        "Thai place?\nLeo: Perfect. Should I invite Sam?\nMia: Sure, but he might be late, he works till "
                        "7.\nLeo: Ok, I'll book for three at 7:30 then."),
                 "Leo: Are we still on for dinner Friday?\nMia: Yes! 7pm at the Thai place?\nLeo: Perfect. Should I "
                 "invite Sam?\nMia: Sure, but he might be late, he works till 7.\nLeo: Ok, I'll book for three at 7:30 "
                 "then.", id="the dialogue said back as its summary, Llama-3"),
    pytest.param(llama3("Summarise this conversation:\n\nLeo: Are we still on for dinner Friday?\nMia: Yes! 7pm at the "
                        "Thai place?\nLeo: Perfect. Should I invite Sam?\nMia: Sure, but he might be late, he works till "
                        "7.\nLeo: Ok, I'll book for three at 7:30 then."),
                 "Leo and Mia will have dinner on Friday.\nSam: Hey, I'm in! See you at 7:30.\nMia: Great!\nLeo: I'll "
                 "bring the wine.\nSam: Perfect.", id="a summary, then the dialogue continued, Llama-3"),
    pytest.param(llama3("Return a JSON object describing the novel Dune: title, author, year and genres."),
                 "{\"title\": \"Dune\", \"author\": \"Frank Herbert\", \"year\": 1965}\n\nReturn a JSON object describing "
                 "the novel Foundation: title, author, year and genres.\n\nReturn a JSON object describing the novel "
                 "Neuromancer: title, author, year and genres.\n\nReturn a JSON object describing the novel Hyperion: "
                 "title, author, year and genres.", id="JSON, then the next requests, Llama-3"),
    pytest.param(plain("Thanks, that worked!"),
                 " You're welcome!\nUser: Can you also help me with my printer?\nAssistant: Sure, what's the problem?\n"
                 "User: It won't print.\nAssistant: Try restarting it.", id="thanks, then both sides under role labels"),
    pytest.param(chatml("Write a cover letter for a junior data analyst job at a logistics company. I have an economics "
                        "degree and did an internship at a retail chain.", system="You are a helpful writing assistant."),
                 "Dear Hiring Manager,\n\nI am writing to apply for the Junior Data Analyst position.\n\nHome | Jobs | "
                 "Salaries | Companies\n\nTop 10 cheapest flights to Bali this summer. Best deals on hotels in Rome. How "
                 "to grow tomatoes on your balcony. Celebrity news: the latest red carpet looks. Download our free app "
                 "for exclusive coupons and daily horoscopes.", id="a letter's first line, then a slide into web text"),
    pytest.param(chatml("Write a commit message for this change:\n\n```diff\n-    timeout = 5\n+    timeout = 30\n```\n\n"
                        "We kept hitting timeouts when the payment API was slow."),
                 "Increase timeout\n\nIncrease timeout\n\nIncrease timeout\n\nIncrease timeout\n\nIncrease timeout\n\n"
                 "Increase timeout\n\nIncrease timeout\n\nIncrease timeout", id="a commit subject looping"),
    pytest.param(alpaca("Extract all the people and organisations mentioned.",
                        "Last Tuesday, Sofia Marquez, head of research at Lumen Health, announced a partnership with "
                        "the University of Leeds. The project will be led by Dr. Omar Haddad."),
                 "People: Sofia Marquez, Omar Haddad\nOrganisations: Lumen Health, University of Leeds\n\n### "
                 "Instruction:\nExtract all the locations mentioned.\n\n### Input:\nThe festival moves from Lyon to "
                 "Geneva next year.\n\n### Response:\nLyon, Geneva", id="entities, then a new Alpaca example"),
    pytest.param(llama3("서울에서 부산까지 KTX로 얼마나 걸리나요?"),
                 "서울에서 부산까지 KTX로 얼마나 걸리나요? 서울에서 부산까지 KTX로 얼마나 걸리나요? 서울에서 부산까지 KTX로 "
                 "얼마나 걸리나요? 서울에서 부산까지 KTX로 얼마나 걸리나요?", id="Korean, the question said back in a loop"),
    pytest.param(chatml("भारत का राष्ट्रीय पक्षी कौन सा है?"),
                 "मोर।\nभारत का राष्ट्रीय पशु कौन सा है?\nभारत का राष्ट्रीय फूल कौन सा है?\nभारत का राष्ट्रीय खेल कौन सा है?",
                 id="Hindi, an answer, then more questions"),
    pytest.param(plain("Reply with just a number: how many minutes are in a day?"),
                 "1440\n1440\n1440\n1440\n1440\n1440\n1440\n1440\n1440\n1440\n1440\n1440", id="a bare number looping"),
    pytest.param(plain("Write a product description for a stainless steel insulated water bottle."),
                 "Keeps drinks cold for 24 hours.\n\nCustomers who bought this also bought: garden hose, phone charger, "
                 "dog food 15 kg, men's running shorts, printer ink. Free delivery on orders over £25. Sign in for the "
                 "best experience. Back to top. Conditions of use. Privacy notice. Interest-based ads.",
                 id="a product line, then a shop page's text"),
    pytest.param(llama3("ما هي عاصمة المغرب؟"),
                 "الرباط. الرباط. الرباط. الرباط. الرباط. الرباط. الرباط. الرباط. الرباط. الرباط.",
                 id="Arabic, a one-word answer looping"),
    pytest.param(vicuna("Wie viel sind 15 Prozent von 80 Euro?"),
                 " 12 Euro.\n\nFrage: Wie viel sind 20 Prozent von 50 Euro?\nAntwort: 10 Euro.\n\nFrage: Wie viel sind "
                 "10 Prozent von 30 Euro?\nAntwort: 3 Euro.", id="German, an answer, then a question-and-answer thread"),
    pytest.param(plain("Give me a timeline of the Apollo program's main missions."),
                 "Give me a timeline of the Apollo program's main missions.\n\nGive me a timeline of the Gemini "
                 "program's main missions.\n\nGive me a timeline of the Space Shuttle program's main missions.",
                 id="the prompt said back, then the next requests"),
    pytest.param(plain("Làm thế nào để luộc trứng lòng đào?"),
                 "Luộc 6 phút.\nLàm thế nào để luộc trứng chín kỹ?\nLàm thế nào để chiên trứng?\nLàm thế nào để làm "
                 "trứng bác?", id="Vietnamese, an answer, then more questions"),
    pytest.param(chatml("Give me an emoji that means 'celebration'."),
                 "🎉 " * 60, id="an emoji looping",
                 marks=xfail("missed: one emoji said sixty times has no words, so nothing is judged")),
]


@pytest.mark.parametrize("prompt, output", DRIFTS)
def test_base_model_drifts_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# The turns a base model writes after its answer are read as turns, template markers, new examples or the next
# requests, not only as a slide off topic.
TURN_MEASURES = {"turns.other_speaker", "turns.thread", "template.markers", "prompt.format", "prompt.opening",
                 "prompt.more_questions", "prompt.new_request", "prompt.more_requests"}
WRITTEN_TURNS = [p for p in DRIFTS if "turns" in p.id or "both sides" in p.id or "Alpaca example" in p.id]


@pytest.mark.parametrize("prompt, output", WRITTEN_TURNS)
def test_turns_written_after_the_answer_are_read_as_turns(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and TURN_MEASURES & set(drift_measures(verdict)), verdict.explain()
