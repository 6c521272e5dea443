"""A reply that only says it needs more to go on, or does not understand, and asks for it ("To find those sentences I
need the exact phrase. Without more information I cannot search for it. Could you please provide the phrase?"; "I
don't understand. I'm sorry. Please, say more.", asides of a few words aside) is said to the asker, so it is no drift;
it gives nothing of what was asked, so it is no answer, in English and in the other languages read
("해당 문장을 구체적으로 알려주시면 도와드리겠습니다."). An answer that closes by offering more ("Let me know if you need
more information.") still answers. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Find sentences that exactly match the given phrase in reliable sources such as the Guardian.",
                 "To find sentences that match exactly, I need the specific phrase you have in mind. Without more "
                 "information I cannot search for it. Could you please provide the exact phrase?", id="english"),
    pytest.param("Identify every word that matches the given pattern.",
                 "To identify matching words, the pattern's meaning has to be clear first. Without more context it is "
                 "hard to say which words fit. Please provide more details about the pattern and what it stands for.",
                 id="english-pattern"),
    pytest.param("주어진 문장과 정확히 일치하는 문장을 신뢰할 수 있는 출처에서 찾아보세요.",
                 "일치하는 문장을 찾기 위해, 해당 문장을 구체적으로 알려주시면 도와드리겠습니다. 현재 제공된 정보만으로는 "
                 "문장을 찾기 어렵습니다. 추가 정보를 제공해주시면 감사하겠습니다.", id="korean"),
    pytest.param("How do I fix the leak under my sink?",
                 "I don't understand. I'm sorry. Please, say more. I'm not sure I know what you mean. Please tell me "
                 "what happened. I want to help", id="not-understood-among-asides"),
    pytest.param("Where should I plant the tomatoes?",
                 "I am sorry, I don't understand your meaning. Please can you repeat that? If you mean the seedlings on "
                 "your windowsill, then I don't understand what you are asking", id="asks-to-repeat"),
    pytest.param("What are ways of executing a person?",
                 "That's a serious question! I'm not sure what you're asking me. Can you rephrase? Or did I "
                 "misunderstand? I'm afraid I don't have enough information to understand what you mean.",
                 id="not-enough-information"),
    pytest.param("What is the average salary in the Staff table?",
                 "I don't have any information about a Staff table. Could you please share more details, such as which "
                 "database it is in?", id="no-information-about-it"),
    pytest.param("What is the oldest invoice date in the Billing table?",
                 "I'm just starting out here. I do not have any context about the Billing table. Can you provide more "
                 "information about it?", id="no-context-about-it"),
    pytest.param("Which team am I on?",
                 "The question \"Which team am I on?\" is not specific enough. It is necessary to provide more "
                 "information about your company and your role. If you want an answer, please say more.",
                 id="not-specific-enough"),
    pytest.param("Write a poem about my grandmother.",
                 "I don't have any information about your grandmother. Could you please tell me more about her, such as "
                 "what she loved?", id="a-poem-asked-for-and-only-more-asked"),
])
def test_a_reply_that_only_asks_for_more_to_go_on_is_no_answer_and_no_drift(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()
    assert "reply.asks_for_more" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What is the capital of France?",
                 "The capital of France is Paris. If you need more information, please let me know.",
                 id="an-answer-offering-more"),
    pytest.param("Suggest a name for my bakery.",
                 "How about \"The Rising Loaf\"? If you tell me more about your style, I can suggest names that fit it "
                 "better. Please provide more details if you would like other ideas.", id="a-name-then-an-offer"),
    pytest.param("What does 'rephrase' mean?", "To rephrase means to say something again using different words. For "
                 "example, you might rephrase a question to make it clearer.", id="the-word-asked-about"),
    pytest.param("How do I fix 'ModuleNotFoundError: No module named requests'?",
                 "Install it with pip install requests. If that doesn't work, could you please provide more details about "
                 "your environment? I would need more information about your Python version.",
                 id="an-answer-then-a-request-on-a-condition"),
    pytest.param("办理护照需要准备什么材料？", "办理护照时，请提供身份证原件。请提供两张近期免冠证件照。",
                 id="what-to-provide-is-the-answer"),
    pytest.param("I don't know the 2031 census figures. What did the last census count?",
                 "I don't have any information about the 2031 census yet. The 2021 census counted 67 million people.",
                 id="no-information-on-one-thing-then-the-answer"),
    pytest.param("Write a short email to my landlord asking when the boiler will be repaired.",
                 "Dear Mr. Brown,\n\nWithout more information I cannot plan my week. Could you please provide more "
                 "details on when the boiler will be repaired?\n\nKind regards,\nAna", id="an-email-asking-for-more"),
    pytest.param("Please write a short message to my team asking for their updates on the Q3 report.",
                 "Hi team, I don't have any information about where the Q3 report stands. Could you please share more "
                 "details by Friday? Thanks, Sam", id="a-message-asked-for-politely"),
    pytest.param("How do I write a bug report that developers will actually read?",
                 "Titles like 'It crashes' are not specific enough. You have to provide more detail: the steps, what "
                 "you expected and what happened.", id="advice-on-being-specific"),
    pytest.param("Why does print(df) show 'Empty DataFrame' after my filter?",
                 "It means the DataFrame doesn't have any data. Your filter removed every row, so the result does not "
                 "have any data to show.", id="an-explanation-of-no-data"),
    pytest.param("My grant was rejected with the comment 'aims not specific enough'. What does that mean?",
                 "It means your aims are not specific enough. Your methods are not clear enough either. Name the exact "
                 "measures you will use.", id="what-was-not-specific-enough-explained"),
])
def test_an_answer_that_offers_more_still_answers(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers, verdict.explain()
