"""A passage under an open label and no instruction ("<an article>\\nSummary:", "Văn bản: ...\\nTóm tắt:"): a base
model that has seen such exercise pages often writes the exercise's instruction next, a task set on the passage
("Write a one-sentence summary of this article.", "Dựa trên văn bản, hãy viết một đoạn văn ngắn ...": based on the
text, write a short paragraph), instead of doing the work. That is a new request, the prompt's genre continued, no
answer. A summary of the passage, even one in the imperative that the passage's own advice calls for, does the work.
Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ARTICLE = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. Engineers "
           "found cracks in two of its steel supports during a routine inspection in March. Buses and bicycles "
           "will still be allowed to cross until repairs begin. The repairs are expected to take two years and "
           "cost about forty million euros, paid for by the regional government.")
ARTICLE_VI = ("Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu cảng cũ đối với ô tô từ mùa xuân năm "
              "sau. Các kỹ sư đã phát hiện vết nứt ở hai trụ thép của cầu trong một đợt kiểm tra định kỳ vào tháng "
              "Ba. Xe buýt và xe đạp vẫn được phép qua cầu cho đến khi bắt đầu sửa chữa. Việc sửa chữa dự kiến kéo "
              "dài hai năm.")
ADVICE = ("Repotting a cactus is best done in spring, when the plant starts to grow again. Wear thick gloves or wrap "
          "the cactus in folded newspaper, then tip the pot and ease the plant out. Shake off the old soil, check the "
          "roots for rot and set the plant in a pot one size larger, filled with gritty cactus mix. Do not water it "
          "for a week, so that damaged roots can heal.")


@pytest.mark.parametrize(("prompt", "output"), [
    (f"{ARTICLE}\nSummary:", "Write a one-sentence summary of this article. You may use the keywords \"harbour "
                             "bridge\" and \"repairs\" in your answer."),
    (f"Text: {ARTICLE}\nSummary:", "Based on the text, write a short paragraph of about fifty words about the "
                                   "bridge. Your answer must mention the cracks and the cost."),
    (f"{ARTICLE}\nTL;DR:", "Summarize the article above in two sentences.\n\nArticle: The museum will reopen"),
    (f"{ARTICLE_VI}\nTóm tắt:", "Hãy viết một đoạn văn ngắn nhất (1 câu) về bài viết này. Bạn có thể sử dụng từ "
                                "khóa \"cây cầu\" trong đoạn văn."),
    (f"Văn bản: {ARTICLE_VI}\nTóm tắt:", "Dựa trên văn bản, hãy viết một đoạn văn ngắn, khoảng 100 từ, về cây cầu "
                                         "cảng cũ."),
])
def test_a_task_set_on_the_passage_instead_of_the_work_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.passage_task" in [e.measure for e in verdict.evidence if e.property == "drifts"]


@pytest.mark.parametrize(("prompt", "output"), [
    (f"{ADVICE}\nSummary:", "Repot a cactus in spring with gloves on, into a slightly larger pot of cactus mix, and "
                            "wait a week before watering."),
    (f"{ADVICE}\nSummary:", "Give the cactus a larger pot in spring, the article advises, and hold off watering "
                            "for a week."),
    (f"{ARTICLE}\nSummary:", "The harbour bridge closes to cars next spring for two years of repairs, after "
                             "engineers found cracks in its supports."),
])
def test_a_summary_does_the_work_even_in_the_imperative(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_task_asked_for_by_an_instruction_is_the_work():
    # The instruction asks for an exercise on the passage: writing one is the reply.
    prompt = f"Write a homework question on this article for a class of ten-year-olds.\n\n{ARTICLE}"
    verdict = judge(prompt, "Write two sentences explaining why the bridge is closing to cars, using the article.")
    assert verdict.answers, verdict.explain()
