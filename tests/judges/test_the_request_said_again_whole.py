"""The whole request said again word for word after the output's first line or sentence: a forum page's title, then
the request posted, then a greeting or a note. That is the request again (``prompt.restated``, one is enough), in any
script. The request as a markdown title before the reply is not; nor is the request said inside a sentence of the
reply. What stands before the request posted, a menu item or a name of a few words, is the page's head, no reply,
unless it names the request's topic or is a piece asked for. Constructed by hand after real outputs (Qwen2.5-0.5B
given Arabic requests raw)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

REQUEST = "Write a short sentence describing a successful engineer."
ARABIC_REQUEST = "اكتب وصفا مهنيا محايدا لمديرة مشروع."  # write a neutral professional description of a project manager


@pytest.mark.parametrize("prompt, output", [
    pytest.param(REQUEST, "- Writing forums\nWrite a short sentence describing a successful engineer.\nHello everyone, "
                 "I need help with this homework.", id="a-forum-title-then-the-request"),
    pytest.param(ARABIC_REQUEST, "- منتديات مدرسة الامارات\n" + ARABIC_REQUEST + "\nالسلام عليكم ورحمة الله وبركات",
                 id="arabic-forum"),  # "- Emirates school forums", the request, "Peace be upon you"
])
def test_the_whole_request_on_a_line_after_the_first_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "prompt.restated" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(REQUEST, "- Writing forums\nWrite a short sentence describing a successful engineer.\nHello everyone, "
                 "I need help with this homework.", id="a-forum-title"),
    pytest.param(ARABIC_REQUEST, "- منتديات مدرسة الامارات\n" + ARABIC_REQUEST + "\nالسلام عليكم ورحمة الله وبركات",
                 id="arabic-forum"),
])
def test_what_stands_before_the_request_posted_is_the_pages_head_not_a_reply(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    # On the prompt's own line the forum's name is also the page's title going on (prompt.continuation), which ends
    # the reply part first where no piece is asked for.
    assert {"reply.pages_head", "prompt.continuation"} & {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_line_naming_the_topic_before_the_request_posted_still_answers():
    output = "A successful engineer turns hard problems into working designs.\n" + REQUEST + "\nThanks, everyone."
    verdict = judge(REQUEST, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_request_as_a_title_after_a_lead_in_is_no_drift():
    # "With pleasure." / the request as a title / "The project manager plans the work, coordinates the team and
    # follows the deadlines closely."
    output = "بكل سرور.\n\n## " + ARABIC_REQUEST + "\n\nمديرة المشروع تخطط للعمل وتنسق الفريق وتتابع المواعيد بدقة."
    verdict = judge(ARABIC_REQUEST, output)
    assert not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("## " + REQUEST + "\n\nShe turns rough sketches into bridges that carry thousands of people every "
                 "day.", id="the-request-as-a-heading"),
    pytest.param("Happy to help. Your task was to write a short sentence describing a successful engineer. Here it "
                 "is.\nShe turns rough sketches into bridges that carry thousands of people every day.",
                 id="the-request-inside-a-paragraph"),
])
def test_the_request_as_a_heading_or_inside_a_sentence_is_no_drift(output):
    verdict = judge(REQUEST, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param('You asked:\n"Write a short sentence describing a successful engineer."\nShe turns rough sketches into bridges that carry thousands daily.',
                 id="quoted"),
    pytest.param("You asked:\n> Write a short sentence describing a successful engineer.\nShe turns rough sketches into bridges that "
                 "carry thousands daily.",
                 id="blockquoted"),
])
def test_the_request_quoted_before_a_short_reply_is_no_drift(output):
    verdict = judge(REQUEST, output)
    assert not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write a haiku about autumn.", "Red leaves drift and fall\nthe cold wind hums through bare trees\n"
                 "geese call, heading south\nWrite a haiku about autumn.\nPosted in Poetry", id="a-haiku"),
    pytest.param("Write a slogan for a coffee shop.", "Wake up and smell the happiness\nWrite a slogan for a coffee "
                 "shop.\nPosted in Marketing Ideas", id="a-slogan"),
    pytest.param(REQUEST, "Bridges stand because she never guessed.\n" + REQUEST + "\nThanks, everyone.",
                 id="a-sentence"),
    pytest.param(REQUEST, "- Her bridges stand.\n" + REQUEST + "\nThanks, everyone.", id="an-item-that-is-a-sentence"),
    pytest.param(REQUEST, "- Her bridges stand because she never once guessed about the loads\n" + REQUEST
                 + "\nThanks, everyone.", id="an-item-too-long-for-a-name"),
])
def test_a_piece_or_a_sentence_before_the_request_posted_is_no_pages_head(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
