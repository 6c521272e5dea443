"""A request for program text in a named language ("Write a function in Python that takes a list of numbers and
returns their average.") is answered by code. A reply part with no line of code, a simulated session or talk about
programming, gives nothing of what was asked. A one-line function, code in a fenced block, and requests that name
no language ("a standup comedy script", "the Excel function name") are left as they were. Constructed by hand
after a real output (a Llama-2 fine-tune's "Entering user input... User says "List". ...")."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.code import asks_for_code

from .samples import chatml

AVERAGE = "Write a function in Python that takes in a list of numbers and returns the average of the list."


@pytest.mark.parametrize("prompt, output", [
    pytest.param(AVERAGE, "Entering user input... User says the list of numbers. The average of the list was entered "
                          "by the user. The current output is wrong, so the user tries again with a new list of "
                          "numbers.", id="a-simulated-session"),
    pytest.param("Create a JavaScript function that reverses a string.",
                 "Reversing a string is a classic exercise in JavaScript. Many developers learn it early, and it "
                 "teaches how strings and arrays work together in the language.", id="talk-about-it"),
    pytest.param("フィボナッチ数列を出力するpythonコードを書いてください。",
                 "Ah, an interesting request! However, the Fibonacci sequence is a complex mathematical task, and I "
                 "cannot provide Python code for it without more context. It begins 0, 1, 1, 2, 3, 5, 8.",
                 id="asked-in-japanese"),
    pytest.param("用Python写一个计算阶乘的函数。", "用Python计算阶乘很常见，例如5的阶乘等于120，它在组合数学里很重要。",
                 id="asked-in-chinese"),
    # "Write Python code to find the greatest common divisor of two numbers", answered with sentences about it.
    pytest.param("দুটি সংখ্যার গরিষ্ঠ সাধারণ গুণনীয়ক বের করতে পাইথন কোড লিখুন",
                 "১২ এবং ১৮ এর গরিষ্ঠ সাধারণ গুণনীয়ক হলো ৬। এটি গণিতের একটি গুরুত্বপূর্ণ ধারণা।", id="asked-in-bengali"),
    # "Write a function in Python that reverses a string", answered with a sentence about reversing strings.
    pytest.param("पायथन में एक फ़ंक्शन लिखिए जो किसी स्ट्रिंग को उल्टा कर दे।",
                 "स्ट्रिंग को उल्टा करना प्रोग्रामिंग का एक आम अभ्यास है और यह शुरुआती लोगों के लिए उपयोगी है।",
                 id="asked-in-hindi"),
])
def test_a_request_for_code_answered_with_no_line_of_code_is_no_answer(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert not verdict.answers, verdict.explain()
    assert "reply.no_code" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(AVERAGE, "def average(numbers): return sum(numbers) / len(numbers)", id="one-line"),
    pytest.param(AVERAGE, "Here it is:\n\n```python\ndef average(numbers):\n    return sum(numbers) / len(numbers)\n```",
                 id="fenced"),
    pytest.param("Write SQL code that lists every employee's name.", "SELECT name FROM employees", id="a-query"),
    pytest.param("Write a bash script that prints the disk usage of my home folder.",
                 "You only need one line:\n\ndu -sh ~\n\nThe -s flag gives one total for the disk usage of the "
                 "home folder.", id="a-command"),
    pytest.param("দুটি সংখ্যার গরিষ্ঠ সাধারণ গুণনীয়ক বের করতে পাইথন কোড লিখুন",
                 "```python\ndef gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return a\n```", id="bengali-code"),
    pytest.param("Write a short standup comedy script in the style of a tired office worker.",
                 "So I get to the office at nine, and the coffee machine has a meeting before me. It's booked until "
                 "ten. The coffee machine has a better calendar than I do.", id="a-script-that-is-no-code"),
])
def test_code_given_or_a_script_that_is_no_code_answers(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, asks", [
    (AVERAGE, True),
    ("Create a Python script to profile memory usage during training.", True),
    ("Write code for a Discord bot using Discord.js v14.", True),
    ("Write a short standup comedy script in the style of Louis CK.", False),
    ("Please write the Excel function name associated with each description.", False),
    ("Explain what a Python function is.", False),
    ("Write a short script where Taylor Swift meets a fan.", False),  # a name, no language
    ("Write a script about rust on old cars.", False),
    ("Write a C++ class for a stack.", True),
    ("フィボナッチ数列を出力するpythonコードを書いてください。", True),
    ("用Python写一个计算阶乘的函数。", True),
    ("파이썬 코드를 작성해 주세요: 1부터 10까지 더하기", True),
    ("Pythonのコードについて教えてください。", False),  # tell me about Python code
    ("写一首关于Python的诗", False),  # a poem about Python
    ("用Python写代码有什么好处？", False),  # what are the benefits of writing code in Python?
    ("파이썬 코드를 작성하는 좋은 습관은 무엇인가요?", False),  # good habits when writing Python code?
    ("私はよくGoで関数を書いています。おすすめの本は？", False),  # I often write functions in Go; a book?
    ("ギターのCコードの押さえ方を書いてください。", False),  # how to finger a C chord on the guitar
    ("C言語のコードを書いてください。", True),
    ("你能用Python写一个函数计算阶乘吗？", True),  # can you write ...? asks for code
    ("用Python写个程序，判断今天是什么日子。", True),
    ("React 코드를 짜주세요", True),
    ("পাইথনে ফিবোনাচি ক্রম গণনা করার জন্য একটি ফাংশন লিখুন", True),  # write a function in Python ...
    ("পাইথন কী এবং এটি কেন জনপ্রিয়?", False),  # what is Python and why is it popular?
    ("पायथन में एक फ़ंक्शन लिखिए जो किसी स्ट्रिंग को उल्टा कर दे।", True),
    ("पायथन कोड लिखने के अच्छे तरीके क्या हैं?", False),  # good ways of writing Python code?
    ("پائتھن میں ایک فنکشن لکھیں جو دو نمبروں کو جمع کرے۔", True),  # Urdu: write a function in Python that adds
    ("पायथन प्रोग्रामिंग पर एक छोटी कविता लिखिए।", False),  # a short poem on Python programming
    ("পাইথন প্রোগ্রামিং নিয়ে একটি কবিতা লিখুন", False),  # a poem about Python programming
    ("पाइथनमा एउटा फङ्सन लेख्नुहोस् जसले लिप वर्ष जाँच गर्छ।", True),  # Nepali: write a function in Python ...
    ("পাইথন প্রোগ্রামার সম্পর্কে একটি গল্প লিখুন", False),  # a story about a Python programmer
    ("पायथन कोड के बारे में एक कविता लिखिए", False),  # a poem about Python code
    ("پائتھن کوڈ کے بارے میں ایک نظم لکھیں", False),  # a poem about Python code
    ("पायथन में फ़ंक्शन कैसे लिखें?", False),  # how do I write a function in Python?
    ("Python 3.11 में एक फ़ंक्शन लिखिए जो सूची को उल्टा करे।", True),  # a version number is no sentence's end
])
def test_a_request_for_code_names_a_language(prompt, asks):
    assert asks_for_code(prompt) == asks
