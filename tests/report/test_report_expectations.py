"""Every view says what the catalogue expects of a case, so an expected failure reads as expected.

A base model that drifts, or a small chat model that the catalogue says does not answer raw
prompts, is the lesson, not a failure: its verdict reads "(expected)" in a neutral colour. Only a
verdict the catalogue does not expect is red, and it says what was expected instead. Evidence says
which verdict it stands for, and evidence that did not decide a verdict says so.
"""

import re

import pytest
from report_project import LOOPING, Project

from why_finetune.catalogue import load_catalogue
from why_finetune.report.sources.recorded import recorded_report
from why_finetune.report.views import html, terminal

SGR = re.compile(r"\x1b\[[0-9;]*m")

CATALOGUE = """
expect:
  base: [drifts, not answers]
  chat: [answers, not drifts]
  chat_better: true
queries:
  - id: dog-sit
    text: "Tell me how to train my dog to sit"
pairs:
  small:
    description: "A base model and a chat model too small to answer raw prompts."
    backend: local
    base: example-organisation/tiny-base-1b
    chat: example-organisation/tiny-chat-1b-instruct
    template: "<user>{query}</user>\\n"
    expect:
      raw:
        chat: [not answers]
        chat_better: false
"""
OFF_TOPIC = ". I want to make sure she's prepared for the day."
ANSWER = ("To teach your dog to sit, hold a treat above its nose and move it back over its head. "
          "When it sits, say sit, give it the treat and praise it. Repeat a few times a day.")


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    project = Project(tmp_path, load_catalogue(path))
    project.cassettes.mkdir()
    project.snapshots.mkdir()
    return project


def render(project, **style):
    report = recorded_report(project.catalogue, project.catalogue.cases(), project.cassettes, project.snapshots)
    return report, terminal.render(report, terminal.Style(**style))


def lines_with(text, words):
    return [SGR.sub("", line) for line in text.splitlines() if words in SGR.sub("", line)]


def test_a_verdict_the_catalogue_expects_reads_as_expected_in_a_neutral_colour(small):
    small.record("small/dog-sit/raw/base", LOOPING)
    small.record("small/dog-sit/raw/chat", "")
    _, text = render(small, color=True)
    plain = SGR.sub("", text)
    assert "no answer (expected)" in plain and "drifts (expected)" in plain
    assert "\x1b[31m" not in text.split("at a glance")[0], "nothing the catalogue expects is red"
    assert "chat does not answer better (not expected to)" in plain


def test_a_verdict_the_catalogue_does_not_expect_is_red_and_says_what_was_expected(small):
    small.record("small/dog-sit/templated/base", LOOPING)
    small.record("small/dog-sit/templated/chat", LOOPING)
    _, text = render(small, color=True)
    assert "\x1b[31m✗ no answer (expected: answers)\x1b[0m" in text
    assert "\x1b[31m✗ drifts (expected: no drift)\x1b[0m" in text
    assert "✗ chat does not answer better (expected: chat answers better)" in SGR.sub("", text)


def test_a_verdict_the_catalogue_does_not_check_says_so(small):
    small.record("small/dog-sit/raw/chat", OFF_TOPIC)
    _, text = render(small)
    assert "no drift (not checked)" in text


def test_evidence_says_which_verdict_it_stands_for_and_whether_it_decided_it(small):
    small.record("small/dog-sit/raw/chat", OFF_TOPIC)
    small.record("small/dog-sit/templated/chat", ANSWER)
    _, short = render(small)
    assert lines_with(short, "• no answer: off topic:"), "the evidence for 'no answer' names that verdict"
    assert lines_with(short, "• answers: replies:")
    _, full = render(small, max_lines=None)
    assert lines_with(full, "• not decisive, under its thresholds:"), \
        "drift evidence beside 'no drift' reads as not decisive"
    assert "no drift; closest measure" not in full


def test_plain_and_html_views_say_what_is_expected_too(small):
    small.record("small/dog-sit/raw/base", LOOPING)
    small.record("small/dog-sit/raw/chat", "")
    report, plain = render(small, plain=True, max_lines=None)
    assert "no answer (expected), drifts (expected)" in " ".join(plain.split())
    page = html.render(report)
    assert 'class="badge expected"' in page and "no answer (expected)" in page
    assert 'class="badge bad"' not in page.split('data-case="small/dog-sit/templated')[0]


def test_model_names_are_shortened_rather_than_cut_or_wrapped_at_80_columns(small):
    small.record("small/dog-sit/raw/base", LOOPING)
    small.record("small/dog-sit/raw/chat", OFF_TOPIC)
    _, text = render(small)
    pair = small.catalogue.pair("small")
    base, chat = (name.rsplit("/", 1)[-1] for name in (pair.base, pair.chat))
    assert f"━━ pair small: {base} (base) vs {chat} (chat)" in text.splitlines()
    heading = lines_with(text, "BASE ")[0]
    assert heading.startswith(f"BASE {base}") and f"CHAT {chat}" in heading and "…" not in heading


def test_the_line_per_case_names_an_unmet_expectation(small):
    small.record("small/dog-sit/templated/base", LOOPING)
    small.record("small/dog-sit/templated/chat", LOOPING)
    _, text = render(small)
    glance = [" ".join(line.split()) for line in text.split("at a glance")[1].splitlines()]
    chat = glance.index("small dog-sit templated chat no answer, drifts none")
    assert glance[chat + 1] == "^ expected: answers, not drifts"
    base = glance.index("small dog-sit templated base no answer, drifts none")
    assert glance[base + 1] != "^ expected: answers, not drifts" and not glance[base + 1].startswith("^")
