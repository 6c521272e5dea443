"""A Korean request to write questions ("...질문을 작성해주세요", 'please write ... questions') asks for questions as
the work: a reply made of them answers it and does not drift. A question asked of the model, answered with more
questions, still asks instead of answering. Constructed after a Korean chat model and its DPO tune, asked for
interview questions."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

TEMPLATE = "<human>:\n{}\n<bot>:\n"
INTERVIEW_QUESTIONS = ("1. 딥러닝과 전통적인 기계 학습의 차이를 설명해 주시겠어요?\n"
                       "2. 과적합을 막기 위해 어떤 방법을 써 보셨나요?\n"
                       "3. 모델을 실제 서비스에 배포할 때 가장 어려웠던 점은 무엇이었나요?")


def test_questions_written_as_asked_answer_and_do_not_drift():
    prompt = TEMPLATE.format("기계 학습 전문가와의 면접에서 사용될 수 있는 세 개의 질문을 작성해주세요.")
    verdict = judge(prompt, INTERVIEW_QUESTIONS)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_questions_generated_as_asked_answer_too():
    prompt = TEMPLATE.format("기계 학습 면접 질문 세 개를 생성해 주세요.")
    verdict = judge(prompt, INTERVIEW_QUESTIONS)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_more_questions_to_a_question_still_ask_instead_of_answering():
    prompt = TEMPLATE.format("기계 학습에서 과적합이란 무엇인가요?")
    verdict = judge(prompt, INTERVIEW_QUESTIONS.replace("딥러닝과 전통적인 기계 학습의", "과적합과 과소적합의"))
    assert verdict.drifts, verdict.explain()


def test_questions_given_to_write_something_else_from_ask_for_that():
    verdict = judge("<human>:\n아래 질문을 참고하여 자기소개서를 작성해주세요.\n질문: 지원 동기는 무엇인가요?\n<bot>:\n",
                    "1. 당신의 가장 큰 강점은 무엇인가요?\n2. 당신의 약점은 무엇인가요?\n3. 5년 후 당신은 어디에 있을 것 같나요?\n4. 왜 우리 회사를 선택했나요?")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


# Tips on writing questions are asked for, not questions.
TIPS_ON_QUESTIONS = [
    pytest.param("<|im_start|>user\n설문조사 질문을 작성할 때 주의할 점은 무엇인가요?<|im_end|>\n<|im_start|>assistant\n",
                 "설문조사 질문을 작성할 때는 다음을 주의하세요.\n\n1. 한 질문에 하나의 내용만 묻습니다.\n2. 유도 질문을 피합니다.\n3. 응답자가 이해하기 쉬운 단어를 사용합니다.\n4. 보기 항목이 서로 겹치지 않게 만듭니다.",
                 (True, False), id="ko-fp-answer-tips"),
    pytest.param("<|im_start|>user\n좋은 인터뷰 질문 작성 요령을 알려주세요.<|im_end|>\n<|im_start|>assistant\n",
                 "좋은 인터뷰 질문을 만들려면 다음을 기억하세요.\n\n1. 예/아니오로 끝나지 않는 열린 질문을 씁니다.\n2. 지원자의 실제 경험을 묻습니다.\n3. 한 번에 하나만 묻습니다.\n4. 직무와 관련된 상황을 제시합니다.",
                 (True, False), id="ko-fp-how-to-write-questions"),
    pytest.param("설문조사 질문을 작성할 때 주의할 점은 무엇인가요?\n",
                 "설문조사 결과는 어떻게 분석하나요?\n설문조사 대상자는 어떻게 선정하나요?\n설문조사 기간은 얼마나 해야 하나요?\n온라인 설문조사 도구는 무엇이 좋나요?",
                 (False, True), id="ko-miss-tips-then-more-questions"),
]


@pytest.mark.parametrize("prompt, output, expected", TIPS_ON_QUESTIONS)
def test_a_request_about_writing_questions_asks_for_what_it_names(prompt, output, expected):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == expected, verdict.explain()
