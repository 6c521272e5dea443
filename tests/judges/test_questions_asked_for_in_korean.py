"""A Korean request to write questions ("...질문을 작성해주세요", 'please write ... questions') asks for questions as
the work: a reply made of them answers it and does not drift. A question asked of the model, answered with more
questions, still asks instead of answering. Constructed after a Korean chat model and its DPO tune, asked for
interview questions."""

from __future__ import annotations

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
