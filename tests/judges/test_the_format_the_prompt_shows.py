"""A prompt that closes with the format its answer takes, shown under a line naming it ("... answer using the
format:\n\nAnswer:", "... usando il formato:\n\nRisposta:"): the reply may reason first and give the labelled line
last; that line is the format asked for, no new example of the prompt's. Written a second time, it is one. Constructed
for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ENGLISH = ("Think briefly about the question:\n\nShould cities ban cars from their centres?\n\nThen conclude with a "
           "number from 5 (fully agree) to -5 (fully disagree), using the format:\n\nAnswer:")
ITALIAN = ("Ragiona brevemente sulla questione:\n\nLe città dovrebbero vietare le auto nei centri storici?\n\nE in "
           "conclusione rispondi con un numero da 5 a -5 usando il formato:\n\nRisposta:")
REASONING = ("Banning cars from city centres cuts noise and pollution and makes streets safer for people on foot. "
             "Shops often gain customers once streets are pedestrian. On the other hand, people with reduced mobility "
             "and delivery drivers need access, so exceptions and good public transport are essential.\n\n")
RAGIONAMENTO = ("Vietare le auto nei centri storici riduce il rumore e l'inquinamento e rende le strade più sicure per "
                "chi va a piedi. I negozi spesso guadagnano clienti. D'altra parte, chi ha problemi di mobilità e chi "
                "consegna merci ha bisogno di accesso, quindi servono eccezioni e buoni trasporti pubblici.\n\n")


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(ENGLISH, REASONING + "Answer: 3", id="english"),
    pytest.param(ITALIAN, RAGIONAMENTO + "Risposta: 3", id="italian"),
])
def test_the_labelled_line_after_reasoning_is_the_format_asked_for(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(ENGLISH, REASONING + "Answer: 3\n\nAnswer: 4\n\nAnswer: 2", id="the-label-again-and-again"),
    pytest.param("Should cities ban cars from their centres?\nAnswer:", REASONING + "Answer: 3\nQuestion: Should "
                 "cities ban scooters too?\nAnswer: 2", id="no-format-shown"),
])
def test_the_label_said_again_is_a_new_example(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "prompt.format" in [e.measure for e in verdict.evidence], verdict.explain()


def test_the_label_opening_the_reply_then_again_is_a_new_example():
    verdict = judge(ENGLISH, "Answer: 3\n\n" + REASONING + "Answer: 4")
    assert verdict.drifts, verdict.explain()
    assert "prompt.format" in [e.measure for e in verdict.evidence], verdict.explain()


def test_a_word_holding_form_shows_no_format():
    from why_finetune.judges.echo import format_shown

    assert format_shown("Perform the steps below:\n\nAnswer:") == ""
    assert format_shown("Reply in this format:\n\nAnswer:") == "answer"


# A template's fields with placeholders for their values ("Verdict: <true/false>\nReason: <one sentence>") are the
# format asked for: filled once, no new example; filled again, one.
CLAIM = ("Review the claim below and reply in this format:\nVerdict: <true/false>\nReason: <one sentence>\n\n"
         "Claim: Water boils at 100 °C at sea level.")


def test_a_templates_fields_filled_once_answer():
    verdict = judge(CLAIM, "Verdict: true\nReason: At standard atmospheric pressure, pure water boils at 100 °C.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_templates_fields_filled_again_are_a_new_example():
    verdict = judge(CLAIM, "Verdict: true\nReason: At standard atmospheric pressure, pure water boils at 100 °C.\n\n"
                           "Claim: The Moon is made of cheese.\nVerdict: false\nReason: It is made of rock.")
    assert verdict.drifts, verdict.explain()


# A placeholder may list every option the field takes, however many ("Category: <Delay/Safety/.../Information>"), and
# a label picked from the list is the field's value, not the prompt said back.
TICKET = ("Classify the passenger's comment.\n\nComment: The bus came forty minutes late again.\n\n"
          "Return the result exactly in this format:\nSentiment: <Positive/Neutral/Negative>\n"
          "Category: <Delay/Safety/Cleanliness/Cost/Accessibility/Availability/Crowding/Staff Behavior/Comfort>")


def test_a_long_list_of_options_is_a_placeholder():
    verdict = judge(TICKET, "Sentiment: Negative\nCategory: Delay")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_options_filled_twice_are_a_new_example():
    verdict = judge(TICKET, "Sentiment: Negative\nCategory: Delay\n\nComment: The driver was kind.\n"
                            "Sentiment: Positive\nCategory: Staff Behavior")
    assert verdict.drifts, verdict.explain()


# The same in other languages, the options in brackets or after a field of the prompt's own ("Messaggio: ..."): the
# template filled once answers, said back with its placeholders it is an echo.
@pytest.mark.parametrize("prompt, output", [
    ("Classe l'article dans une catégorie.\n\nTitre : « Le PSG s'impose 3-1 face à Lyon »\n\nRéponds dans ce format :\n"
     "Catégorie : [sport/politique/économie/culture/sciences]", "Catégorie : sport"),
    ("Indica il tono del messaggio.\n\nMessaggio: \"Ciao ragazzi, stasera pizza da me? Portate voi le birre!\"\n\n"
     "Rispondi esattamente così:\nTono: <formale/informale/neutro>", "Tono: informale"),
    ("次のレビューの感情を判定してください。\n\nレビュー：「スタッフの対応がとても丁寧で、また来たいと思いました。」\n\n"
     "次の形式で答えてください：\n感情：<ポジティブ/ニュートラル/ネガティブ>", "感情：ポジティブ"),
])
def test_a_template_filled_in_other_languages_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_template_said_back_with_its_placeholders_is_an_echo():
    verdict = judge(TICKET, "Sentiment: <Positive/Neutral/Negative>\n"
                            "Category: <Delay/Safety/Cleanliness/Cost/Accessibility/Availability/Crowding/Staff "
                            "Behavior/Comfort>")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_free_placeholder_filled_with_the_prompts_text_copied_is_an_echo():
    review = ("The room was clean and quiet, the staff at the desk were friendly, and breakfast had fresh bread and "
              "good coffee every morning.")
    prompt = (f"Summarize the review in a few words.\n\nReview: {review}\n\nAnswer in this format:\n"
              "Summary: <one short sentence>")
    verdict = judge(prompt, f"Summary: {review}")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_options_separated_by_bars_however_many_are_a_placeholder():
    prompt = ("Classify the passenger's comment.\n\nComment: The bus came forty minutes late again.\n\n"
              "Return exactly:\nSentiment: <Positive|Neutral|Negative>\n"
              "Category: <Delay|Safety|Cleanliness|Cost|Accessibility|Availability|Crowding>")
    verdict = judge(prompt, "Sentiment: Negative\nCategory: Delay")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_tag_or_a_link_after_a_speakers_label_lists_no_options():
    from why_finetune.judges.formats import lists_options

    assert not lists_options("Alice: Look at this video I found!\nBob: What is it about?\n"
                             "Alice: <https://youtu.be/abc/watch>")
    assert not lists_options("User: Think first.\nAssistant: </think>")
    assert not lists_options("Date of birth: <dd/mm/yyyy>")
    assert lists_options("Priority: <low|medium|high|urgent>")
