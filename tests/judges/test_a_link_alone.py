"""An output that is only a link, unasked: "https://www.youtube.com/watch?v=..." for "인공지능이 우리 생활에 미치는 영향을
설명해주세요.", a markdown image's link, "URL: https://...". A base model trained on web pages posts a link in place of a
reply, as a page's link list or a forum's answer does: it says nothing in any language, and a reply in another script
than the question's is no longer held to its words because it cannot write them. It is a web page's chrome
(``page.boilerplate``): no answer, and drift. A link the request asks for (a link, a site, a place to read, a
download, or a thing whose usual answer is its address: a video, a repository, a paper, documentation), or gives,
may be the reply; a sentence with a link in it, a markdown link's text or a word of advice before
it says something. Constructed by hand after real outputs (Polyglot-Ko-1.3B before its KoAlpaca LoRA,
LLaMA-2-7B's summary LoRA, distilgpt2 tuned on Norwegian)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("### 질문: 인공지능이 우리 생활에 미치는 영향을 설명해주세요.\n\n### 답변: ",
                 "https://www.youtube.com/watch?v=XGcuzf5OnFQ&amp;t=249s \u200b", id="a video's link for a Korean question"),
    pytest.param(chatml("Explain how a language model predicts the next word."),
                 "[![Next word prediction](https://media.example.org/uploads/next-word.png)](https://example.org/nlp/)",
                 id="a markdown image's link"),
    pytest.param("Summarise the text below in two sentences.\n\nThe council met on Monday and voted to repair the "
                 "old bridge before winter, after residents complained about its state.\n\nSummary:",
                 "URL: https://docs.example.org/docs/litex", id="a labelled address"),
])
def test_a_link_alone_unasked_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "page.boilerplate" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(chatml("Give me the address of the Python documentation."), "https://docs.python.org/3/",
                 id="an address asked for"),
    pytest.param(chatml("Where can I find the Python documentation?"),
                 "The Python documentation is at https://docs.python.org/3/ and covers every version.",
                 id="a sentence with a link in it"),
    pytest.param(chatml("Where can I read the full text of the GDPR?"), "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                 id="a place asked for"),
    pytest.param(chatml("Python的官方网站是什么？"), "https://www.python.org/", id="a website asked for in Chinese"),
    pytest.param(chatml("¿Dónde puedo descargar Firefox?"), "https://www.mozilla.org/es-ES/firefox/new/",
                 id="a download asked for in Spanish"),
    pytest.param(chatml("What is the capital of Australia?"), "[Canberra](https://en.wikipedia.org/wiki/Canberra)",
                 id="a markdown link whose text answers"),
    pytest.param(chatml("How can I check my internet speed?"), "Try: https://fast.com", id="advice and a link"),
    pytest.param(chatml("Recommend a YouTube video that explains backpropagation."),
                 "https://www.youtube.com/watch?v=Ilg3gGewQ5U", id="a video asked for"),
    pytest.param(chatml("Can you share the paper that introduced the Transformer architecture?"),
                 "https://arxiv.org/abs/1706.03762", id="a paper asked for"),
    pytest.param(chatml("파이썬 공식 문서 알려줘"), "https://docs.python.org/ko/3/", id="documentation asked for in Korean"),
])
def test_a_link_asked_for_or_said_in_a_sentence_is_no_chrome(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in drift_measures(verdict), verdict.explain()
