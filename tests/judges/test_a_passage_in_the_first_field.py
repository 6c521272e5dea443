"""A prompt made of a labelled passage and an open field that names the work ("Text: <an article>\\nSummary:",
"Văn bản: ...\\nTóm tắt:", "Review: ...\\nSentiment:"): the open field's label is the instruction, the first field
the passage it works on. A summary made of the passage's own sentences copies its words by design, as work on a
passage does under an instruction (see passage.py); the passage said back whole is still an echo. A field that asks
("Question: ...?") is the request, not a passage. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

ARTICLE = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. Engineers "
           "found cracks in two of its steel supports during a routine inspection in March. Buses and bicycles "
           "will still be allowed to cross until repairs begin. The repairs are expected to take two years and "
           "cost about forty million euros, paid for by the regional government.")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


def test_a_summary_made_of_the_passages_own_sentences_answers_without_drift():
    output = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. "
              "The repairs are expected to take two years.")
    verdict = judge(f"Text: {ARTICLE}\nSummary:", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_summary_in_the_passages_words_with_a_few_of_its_own_answers_without_drift():
    output = ("The council will close the old harbour bridge to cars from next spring, after engineers found "
              "cracks in two of its steel supports during a routine inspection in March.")
    verdict = judge(f"Text: {ARTICLE}\nSummary:", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_same_in_another_language_and_labels():
    article = ("Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu cảng cũ đối với ô tô từ mùa xuân "
               "năm sau. Các kỹ sư đã phát hiện vết nứt ở hai trụ thép của cầu trong một đợt kiểm tra định kỳ vào "
               "tháng Ba. Xe buýt và xe đạp vẫn được phép qua cầu cho đến khi bắt đầu sửa chữa. Việc sửa chữa dự "
               "kiến kéo dài hai năm.")
    output = ("Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu cảng cũ đối với ô tô. Việc sửa chữa "
              "dự kiến kéo dài hai năm.")
    verdict = judge(f"Văn bản: {article}\nTóm tắt:", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_sentences_ending_in_a_danda_make_a_passage_too():
    article = ("पाठ: भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने सोमवार को श्रीहरिकोटा से एक नया मौसम उपग्रह सफलतापूर्वक "
               "प्रक्षेपित किया। यह उपग्रह चक्रवात, भारी बारिश और सूखे की बेहतर भविष्यवाणी करने में मदद करेगा। वैज्ञानिकों के "
               "अनुसार इससे किसानों और मछुआरों को समय पर चेतावनी मिल सकेगी। उपग्रह का जीवनकाल लगभग दस वर्ष होगा।")
    output = ("इसरो ने श्रीहरिकोटा से एक नया मौसम उपग्रह प्रक्षेपित किया, जो चक्रवात, भारी बारिश और सूखे की बेहतर "
              "भविष्यवाणी करके किसानों और मछुआरों को समय पर चेतावनी देगा।")
    verdict = judge(f"{article}\nसारांश:", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.xfail(strict=True, reason="reply.words: with no instruction the question is read from the review, so "
                   "'Positive' before new examples is neither a word of the form asked for nor a pick from the prompt")
def test_a_label_for_the_passage_then_new_examples_of_the_format_answers_and_drifts():
    review = ("I bought this kettle for my office last month. It boils water in under two minutes and is very quiet. "
              "The handle stays cool and the lid opens with one hand. I would buy it again without a second thought.")
    output = ("Positive\n\nReview: The blender is loud and the lid leaked after two weeks.\nSentiment: Negative\n\n"
              "Review: Good value for the price, and it has worked perfectly since.\nSentiment: Positive\n\nReview:")
    verdict = judge(f"Review: {review}\nSentiment:", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_passage_said_back_whole_is_still_an_echo():
    verdict = judge(f"Text: {ARTICLE}\nSummary:", ARTICLE)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_one_word_label_for_the_passage_still_answers():
    review = ("I bought this kettle for my office last month. It boils water in under two minutes and is very quiet. "
              "The handle stays cool and the lid opens with one hand. I would buy it again without a second thought.")
    verdict = judge(f"Review: {review}\nSentiment:", "Positive")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_long_question_in_its_field_is_the_request_and_said_back_is_an_echo():
    question = ("My neighbour's dog barks every night from ten until after midnight. I have asked him twice to keep "
                "it inside, and he says it is not his problem. The building's rules say nothing about pets. "
                "What can I do next without going to court?")
    output = ("My neighbour's dog barks every night from ten until after midnight. I have asked him twice to keep "
              "it inside, and he says it is not his problem.")
    verdict = judge(f"Question: {question}\nAnswer:", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# The open label's reading is for a text under a label that names no asker, and an open label that names the work,
# not a reply's slot: the user's own request copied back is still an echo.
REQUEST = ("Write a short cover letter for a junior data analyst position at a logistics company. Mention my "
           "experience with SQL and Python, a project that cut delivery delays by a fifth, and that I am available to "
           "start next month. Keep it under two hundred words and make the tone warm but professional.")
REQUEST_BACK = ("Write a short cover letter for a junior data analyst position. Mention my experience with SQL and "
                "Python. Keep it under two hundred words.")


@pytest.mark.parametrize("prompt", [
    f"### Instruction:\n{REQUEST}\n\n### Response:\n",
    f"Human: {REQUEST}\n\nAssistant:",
    f"User: {REQUEST}\nAssistant:",
    f"Instruction: {REQUEST}\nResponse:",
])
def test_the_users_request_copied_back_under_a_reply_slot_is_still_an_echo(prompt):
    verdict = judge(prompt, REQUEST_BACK)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_sentences_of_a_reading_tasks_context_that_name_nothing_asked_are_still_an_echo():
    context = ("The city museum opened in 1921 in a former grain exchange. Its first curator was Elena Marsh, a "
               "botanist who collected local fossils. In 1958 a fire destroyed the west wing. The museum was rebuilt "
               "in 1962 with a new glass roof. Today it welcomes about ninety thousand visitors a year.")
    prompt = f"Context: {context}\nQuestion: Who was the museum's first curator?\nAnswer:"
    verdict = judge(prompt, "In 1958 a fire destroyed the west wing. Today it welcomes about ninety thousand "
                            "visitors a year.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_same_prompt_inside_a_chat_template_reads_the_same():
    # "Text:" and "Summary:" in the user's turn are a passage and the work on it, not two speakers of a transcript.
    output = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. "
              "The repairs are expected to take two years.")
    verdict = judge(chatml(f"Text: {ARTICLE}\nSummary:"), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A passage with no label of its own, the open label under it ("<an article>\nSummary:", "<a post>\nTL;DR:"): the text
# above the label is the passage, as it is under "Text:".

@pytest.mark.parametrize("label", ["Summary:", "TL;DR:", "In short:"])
def test_a_summary_of_a_passage_with_no_label_of_its_own_answers_without_drift(label):
    output = ("The council will close the old harbour bridge to cars from next spring, after engineers found "
              "cracks in two of its steel supports.")
    verdict = judge(f"{ARTICLE}\n{label}", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_same_in_vietnamese_with_no_label_of_its_own():
    article = ("Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu cảng cũ đối với ô tô từ mùa xuân "
               "năm sau. Các kỹ sư đã phát hiện vết nứt ở hai trụ thép của cầu trong một đợt kiểm tra định kỳ vào "
               "tháng Ba. Xe buýt và xe đạp vẫn được phép qua cầu cho đến khi bắt đầu sửa chữa. Việc sửa chữa dự "
               "kiến kéo dài hai năm.")
    output = "Hội đồng thành phố đóng cửa cây cầu cảng cũ đối với ô tô vì vết nứt ở hai trụ thép của cầu."
    verdict = judge(f"{article}\nTóm tắt:", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_passage_with_no_label_said_back_whole_is_still_an_echo():
    verdict = judge(f"{ARTICLE}\nSummary:", ARTICLE)
    assert verdict.drifts and not verdict.answers, verdict.explain()


@pytest.mark.parametrize("label", ["Answer:", "Assistant:", "Response:"])
def test_a_request_with_no_label_before_a_replys_slot_copied_back_is_still_an_echo(label):
    verdict = judge(f"{REQUEST}\n{label}", REQUEST_BACK)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A paragraph holding the asker's request ("... Write a short announcement ...") before an open label naming the
# work is no passage: said back, it is still an echo. A how-to passage in the imperative ("Make the dough ...") is one.
BAKERY = ("I run a small bakery in Leeds and we are opening a second shop on Park Row on Saturday the 14th. The first "
          "fifty customers get free coffee and a pastry. Write a short announcement for our Instagram page. Mention the "
          "new address and keep it cheerful.")
DOUGH = ("Make the dough the evening before: mix the flour, water, salt and a pinch of yeast until no dry flour is left, "
         "then cover the bowl. Give it twelve hours at room temperature, until it has doubled and is full of bubbles. "
         "In the morning, shape it gently into a round loaf and bake it in a hot covered pot for forty-five minutes.")


@pytest.mark.parametrize("label", ["Announcement:", "Post:"])
def test_a_request_with_no_label_of_its_own_copied_back_under_a_label_naming_the_work_is_still_an_echo(label):
    verdict = judge(f"{BAKERY}\n{label}", "Write a short announcement for our Instagram page about the second shop on "
                                          "Park Row, opening Saturday the 14th, with free coffee for the first fifty "
                                          "customers.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_work_asked_for_by_such_a_request_answers():
    verdict = judge(f"{BAKERY}\nAnnouncement:", "Big news! Bakery number two opens its doors on Park Row this "
                                                "Saturday. Be one of the first fifty through the door for a coffee and "
                                                "a pastry on us. See you there!")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_how_to_passage_in_the_imperative_is_still_a_passage():
    verdict = judge(f"{DOUGH}\nSummary:", "Make the dough the evening before, give it twelve hours at room temperature, "
                                          "and bake it in a hot covered pot.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# An open label that is an instruction of its own ("Extract the date:") works on the field above it, however short.
NOTICE = 'Text: "The library will close early on Friday, May 2, for the staff training day."'


@pytest.mark.parametrize(("label", "output"), [
    pytest.param("Extract the date:", " Friday, May 2", id="extract-the-date"),
    pytest.param("Identify the reason:", " the staff training day", id="identify-the-reason"),
])
def test_a_span_of_the_field_answers_the_instruction_under_it(label, output):
    verdict = judge(f"{NOTICE}\n{label}", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_span_of_the_field_answers_under_a_system_turn_too():
    # The system turn's words above the field instruct the replier; they are no instruction over the field.
    prompt = chatml(f"{NOTICE}\nExtract the date:")
    verdict = judge(prompt, "Friday, May 2")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_label_that_is_a_request_of_its_own_works_on_its_value():
    verdict = judge("Исправь ошибки в предложении: «Я хочу пойти в магазин завтро.»",
                    "Исправленное предложение: «Я хочу пойти в магазин завтра.»")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_field_said_back_whole_is_still_an_echo():
    verdict = judge(f"{NOTICE}\nExtract the date:", " The library will close early on Friday, May 2, for the staff "
                                                    "training day.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("Text: „Das Konzert beginnt am Samstag um 20 Uhr in der Stadthalle.“\nNenne den Ort:", "In der Stadthalle.",
                 id="german"),
    pytest.param("Phrase : « Le chat de ma voisine dort sur le toit. »\nTrouve le sujet :", "Le chat de ma voisine",
                 id="french-a-longer-span"),
    pytest.param("テキスト：「田中さんは来週の月曜日に東京へ出張します。」\n人名を抽出してください：", "田中さん", id="japanese"),
    pytest.param("句子：“小王昨天在图书馆借了三本书。”\n找出句中的地点：", "图书馆", id="chinese"),
])
def test_the_instruction_under_the_field_in_other_languages_is_answered_by_a_span(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
