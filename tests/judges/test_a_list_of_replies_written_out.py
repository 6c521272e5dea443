"""A data set's list of replies written out: the reply closes as a quoted string it never opened and the next
opens after a comma ('...以维护权益。", "你好！建议先协商解决...'), or a list of quoted strings starts right after the
reply's last full stop ('...合法权益。"你好", "如果...'). The next entry is a reply to no one: the data the model
was tuned on going on (``template.next_entry``). Not quoted words in a sentence, a JSON list or code, nor a string
the prompt left open. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


@pytest.mark.parametrize("prompt, output", [
    pytest.param("对方不认借条怎么办？",
                 '你可以向法院起诉，并提供转账记录和聊天记录作为证据，证明借款事实存在。", "你好！建议先协商解决，如果对方拒绝'
                 "归还，可以起诉。", id="a-string-never-opened-then-the-next"),
    pytest.param("How do I boil an egg?",
                 'Put the egg in boiling water for nine minutes, then cool it in cold water before peeling it.", '
                 '"Hello! To boil an egg, first bring a pot of water to a rolling boil.', id="in-english"),
    pytest.param("宠物狗被撞死，可以索要精神赔偿吗？",
                 '如果对方有过错并造成了狗的死亡，你有权要求赔偿，但精神损害赔偿一般难以得到支持。"您好", "根据法律规定，'
                 "宠物属于主人的财产，可以要求对方赔偿", id="a-list-of-strings-after-the-last-full-stop"),
])
def test_the_next_reply_of_a_list_after_the_answer_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "template.next_entry" in [e.measure for e in verdict.evidence], verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Give me three colours as a JSON list.", '["red", "blue", "green"]', id="a-json-list"),
    pytest.param("What are synonyms of hardship?", 'Synonyms of hardship are "difficulty", "trouble" and "adversity".',
                 id="quoted-words-in-a-sentence"),
    pytest.param("逆境的同义词是什么？", '逆境的同义词有"困难", "艰难", "困境"等，都指不顺利的处境。', id="quoted-words-in-chinese"),
    pytest.param("中国有哪些大城市？请用引号列出。", '中国的大城市很多。"北京", "上海", "广州", "深圳"是最大的四个城市。',
                 id="a-list-of-words-after-a-full-stop"),
    pytest.param("Give me three words that rhyme with cat.", 'Sure!"Bat", "hat" and "mat" all rhyme with cat.',
                 id="a-list-of-words-after-an-exclamation"),
    pytest.param('Complete the JSON object: {"reply": "', 'Sure, I can help with that", "mood": "friendly"}',
                 id="a-string-the-prompt-left-open"),
    pytest.param("Show how to send basic auth with requests in Python.",
                 'import requests\n\nresponse = requests.get("https://example.com", auth=("user", "pass"))\n'
                 "print(response.status_code)", id="code"),
])
def test_quoted_strings_that_are_no_next_reply_do_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert "template.next_entry" not in [e.measure for e in verdict.evidence if e.property == "drifts"], \
        verdict.explain()
    assert not verdict.drifts, verdict.explain()
