"""A request about the replier itself ("Please introduce yourself.", "自己紹介をお願いします。", "Stell dich bitte vor.")
has the replier for its topic: a reply that speaks of itself in the first person ("I am an AI assistant ...",
"私はAIアシスタントです ...") is on topic without the request's words. A reply that never speaks of itself is still
held to them. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Please introduce yourself.",
                 "Hello! I am an AI assistant here to chat with you. My goal is to answer your questions by gathering "
                 "and sharing information, and to help with writing and planning.", id="english"),
    pytest.param("Stell dich bitte vor.",
                 "Hallo! Ich bin ein KI-Assistent und bin hier, um mit dir zu sprechen. Mein Ziel ist es, Fragen zu "
                 "beantworten und Informationen zu sammeln und weiterzugeben.", id="german"),
    pytest.param("Présente-toi, s'il te plaît.",
                 "Bonjour ! Je suis un assistant d'intelligence artificielle. Mon rôle est de répondre à tes questions "
                 "et de t'aider à écrire, à chercher et à organiser tes idées.", id="french"),
    pytest.param("自己紹介をお願いします。",
                 "こんにちは！私はAIアシスタントで、ユーザーと対話するためにここにいます。私の目的は、情報の収集と提供を通じて、"
                 "質問に答えることです。", id="japanese"),
    pytest.param("请做一下自我介绍。",
                 "你好！我是一个人工智能助手，可以回答问题、帮助写作和提供信息。我的目标是让你的工作和学习更轻松。", id="chinese"),
])
def test_a_reply_speaking_of_itself_answers_a_request_about_the_replier(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Please introduce yourself.",
                 "The weather in Paris is mild in spring, and the museums stay open late on Fridays, with long queues "
                 "at the Louvre and quiet rooms at the Orsay.", id="a-page-about-something-else"),
    pytest.param("Introduce the Eiffel Tower to a visitor.",
                 "I am a great fan of long walks. My favourite season is autumn, when the leaves turn and the air is "
                 "cool and I can sit in the park for hours. I also like to cook on Sundays, and my friends come over "
                 "for soup and bread and long talks until late.",
                 id="first-person-but-the-request-is-not-about-the-replier"),
    pytest.param("Please introduce yourself.",
                 "I am going to the store to buy some milk. Then I will go to the bank and pay my bills. After that I "
                 "will cook dinner for my family and we will watch a film together before the children go to bed.",
                 id="first-person-text-that-introduces-no-one"),
])
def test_a_reply_that_does_not_speak_of_itself_is_still_held_to_the_requests_words(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert not verdict.answers, verdict.explain()
