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


@pytest.mark.parametrize("output", [
    "Please write a one-sentence summary of this article.",
    "Now summarize the article in one sentence.",
    "In one sentence, summarize the article.",
    "Summarize this news article in one sentence.",
    "Write a summary of the news story above.",
    "Your task: write a headline for the article above.",
    "Based on the article above, write a headline.",
    "Write a TL;DR for this article in one sentence.",
    "Using the information in the article, write a headline.",
])
def test_the_task_said_in_other_words_is_still_a_task(output):
    verdict = judge(f"{ARTICLE}\nSummary:", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


REPORTS = ("A good report is written for its reader. Put the conclusion first, then the evidence, and keep each "
           "section short. Use headings the reader can scan, and move tables and long calculations to an appendix. "
           "Finally, ask a colleague to read it before you send it, since they will spot what you took for granted.")
REVIEWS = ("I have read many reviews of blenders before buying this one. It crushes ice in seconds, the jug is easy "
           "to clean and the motor is quiet for its power. The lid is a little stiff, but after three months of daily "
           "smoothies it still works like new, and I would buy it again.")


@pytest.mark.parametrize(("prompt", "output"), [
    (f"{REPORTS}\nTL;DR:", "Write the report for its reader: conclusion first, short sections, and a colleague's read."),
    (f"{REVIEWS}\nTL;DR:", "Read the reviews: this blender is powerful, easy to clean and quiet, with a stiff lid."),
    (f"{ADVICE}\nSummary:", "According to the article, give the cactus a larger pot in spring and wait a week to "
                            "water it."),
    (f"{ARTICLE_VI}\nTóm tắt:", "Theo bài viết, hãy chờ hai năm để cầu cảng cũ được sửa xong."),
])
def test_advice_passed_on_in_the_imperative_is_a_summary(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("label", ["Exercise:", "Writing prompt:", "Discussion questions:", "Homework task:"])
def test_a_task_asked_for_by_the_open_label_is_the_work(label):
    verdict = judge(f"{ARTICLE}\n{label}", "Write a letter to the council responding to this article and saying "
                                           "whether the bridge should close.")
    assert verdict.answers, verdict.explain()
