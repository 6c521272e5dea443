"""A request to fix, correct or refactor code the prompt holds is answered by that code given back changed: its words
are the prompt's by necessity, so it is no echo, and the "else:", "try:" or "if not self.url:" lines of the method,
or its docstring's "Arguments:", are code, not fields of the prompt's format written again. The code given back
unchanged still only echoes it.
Constructed after real outputs (DeepSeek-Coder-V2-Lite-Instruct and its bug-fixing QLoRA, asked to "fix the single
statement bug in this python method" under an "### Instruction:/### Response:" template)."""

from __future__ import annotations

import pytest

from tests.judges.templates import alpaca
from why_finetune.judges import judge
from why_finetune.judges.code import _an_edit_of, gives_the_code_back_changed

METHOD = '''def set_logger(script):
    """Set up logging.

    Arguments:
        script -- the name the log file takes
    """
    log_format = logging.Formatter("%(message)s")
    root_logger = logging.getLogger()
    try:
        file_handler = logging.fileHandler(script + ".logs")
    except OSError:
        return root_logger
    else:
        file_handler.setFormatter(log_format)
    root_logger.addHandler(file_handler)
    return root_logger'''

PROMPT = ("You are an AI programming assistant.\n### Instruction:\nfix the single statement bug in this python method\n"
          f"{METHOD}\n### Response:\n")

MENDED = METHOD.replace("logging.fileHandler", "logging.FileHandler")


def test_the_method_given_back_with_the_bug_fixed_answers_and_does_not_drift():
    verdict = judge(PROMPT, MENDED + "\n\n")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_explained_fix_with_the_mended_method_does_not_write_the_prompts_format_again():
    output = ("The bug is `logging.fileHandler`: the class is `logging.FileHandler`. Here is the corrected method:\n\n"
              f"```python\n{MENDED}\n```\n\nThis change makes the file handler a real `FileHandler`.")
    verdict = judge(PROMPT, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "prompt.format" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(METHOD + "\n\n", id="alone"),
    pytest.param(METHOD + "\n# fixed", id="with-a-comment-added"),
    pytest.param(METHOD.replace("return root_logger", "return root_logger  # fixed"), id="a-comment-on-a-line"),
    pytest.param("\n".join(f"{n}  {line}" for n, line in enumerate(METHOD.splitlines(), 1)), id="lines-numbered"),
    pytest.param("Fix the single statement bug in this Python method:\n" + METHOD, id="under-the-request-recased"),
    pytest.param(METHOD.replace('"%(message)s"', "'%(message)s'").replace('script + ".logs"', "script+'.logs'"),
                 id="spaced-and-quoted-anew"),
])
def test_the_method_given_back_unchanged_is_an_echo(output):
    verdict = judge(PROMPT, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_request_not_to_change_the_code_is_no_request_to_mend_it():
    prompt = ("Explain what this function does. Don't change the code.\n\n```python\ndef is_even(n):\n"
              "    return n % 2 == 0\n```")
    output = "```python\ndef is_even(n):\n    return n % 2 == 0\n```\nExplanation:"
    assert not judge(prompt, output).answers, judge(prompt, output).explain()


def test_a_new_instruction_after_the_fix_is_still_the_prompts_format():
    output = MENDED + "\n### Instruction:\nfix the single statement bug in this python method\ndef add(a, b):\n"
    verdict = judge(PROMPT, output)
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_line", [
    "Explain what this python method does",
    "Write a docstring for this python method",
])
def test_a_request_that_is_no_mending_is_not_answered_by_the_code_said_back_changed_in_one_line(request_line):
    prompt = PROMPT.replace("fix the single statement bug in this python method", request_line)
    verdict = judge(prompt, MENDED + "\n\n")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("request_line", [
    "Explain what this python method does. Don't change the code.",
    "I don't want you to fix it, only explain the error in this python method.",
    "What will change if I run this code twice?",
])
def test_code_changed_against_a_request_not_to_change_it_is_no_mended_answer(request_line):
    prompt = PROMPT.replace("fix the single statement bug in this python method", request_line)
    verdict = judge(prompt, MENDED + "\n\n")
    assert not verdict.answers, verdict.explain()


SWITCH = """function label(code) {
  switch (code) {
    case 200:
      return 'ok';
    default:
      return 'error'
  }
}"""


def test_a_brace_blocks_case_and_default_lines_are_code_not_fields():
    prompt = alpaca("Fix the missing semicolon in this function.", SWITCH)
    verdict = judge(prompt, SWITCH.replace("'error'", "'error';"))
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_code_cut_off_in_its_block_keeps_the_prompts_fields_around_it():
    prompt = "Complete each function.\nCode: function size(list) {\n  let n = 0;\nOutput:"
    output = " return list.length;\n}\nCode: function area(r) {\n  return 3.14 * r * r;\n}\nOutput:"
    verdict = judge(prompt, output)
    assert "prompt.format" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_the_request_written_again_after_mended_code_is_a_new_exercise_not_a_mended_answer():
    output = MENDED + "\n\nFix the single statement bug in this Python method:\ndef add(a, b):\n    return a - b\n"
    assert not gives_the_code_back_changed(PROMPT, output)
    assert gives_the_code_back_changed(PROMPT, MENDED)


def test_the_method_cut_off_in_a_word_by_the_token_limit_is_not_mended():
    cut = METHOD[: METHOD.rindex("root_logger") + 7]  # "... return root_lo"
    assert not gives_the_code_back_changed(PROMPT, cut)
    assert gives_the_code_back_changed(PROMPT, MENDED[: MENDED.rindex("root_logger") + 7])


def test_a_line_only_respaced_is_no_edit_whatever_other_line_it_is_like():
    # The prompt's lines are a set: which is compared first must not decide.
    for held in (["return a-b", "return a-c"], ["return a-c", "return a-b"]):
        assert not _an_edit_of("return a - b", held)
    assert _an_edit_of("return a + b", ["return a-b"])
