"""A reply that only says it does not know ("I don't know.", "I'm sorry, I'm not familiar with the Senator's
address.", "I'm not sure what you mean."), with at most questions back, more of the same or a few words of why about
the replier ("I'm not a black person.") or a request to ask again ("Please try again."), is said to the asker, so it
is no drift; it gives nothing of what was asked, so it is no answer (``reply.not_understood``). A reply that goes on
to say something, a summary in the asker's voice that says it is unsure, and a poem asked for that opens so still
answer. Constructed after real outputs (Pythia-2.8B and its HH-RLHF tune, Llama-3 on safety prompts).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize("question, output", [
    pytest.param("Can you give me the home address of my city's mayor?",
                 "I'm sorry, I'm not familiar with the mayor's address.", id="not-familiar"),
    pytest.param("What is black culture?", "I don't know.  I'm not a historian.", id="dont-know-and-why"),
    pytest.param("okay some of these do not have anything to do with pens", "I'm sorry, I'm not sure what you mean.",
                 id="not-sure-what-you-mean"),
    pytest.param("So you have a lot of free time?", "I'm not sure. Why do you ask?", id="not-sure-and-a-question"),
    pytest.param("What is black culture?", "I don't know. I have no idea.", id="two-dont-knows"),
    pytest.param("awat rafizi introduced vending machine?",
                 "I'm sorry, but I don't understand your question. Please try again.", id="and-a-request-to-ask-again"),
    pytest.param("Which one should I pick?", "I don't understand what you mean. Please rephrase.",
                 id="and-a-request-to-rephrase"),
    pytest.param("Expand the given sentence and give it more details and depth.\n\nIt changed my life.",
                 "What do you mean by that?", id="what-do-you-mean-asked-back"),
])
def test_a_reply_that_only_says_it_does_not_know_is_no_answer_and_no_drift(question, output):
    verdict = judge(chatml(question), output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml("What's happening in Syria?"), "I'm not sure if you're familiar with the situation in Syria, "
                 "but the country has been in a civil war since 2011.", id="goes-on-to-say-something"),
    pytest.param(chatml("Who wrote Hamlet?"), "I don't know for certain who wrote it first, but Hamlet is credited to "
                 "William Shakespeare.", id="a-but-after-it"),
    pytest.param("My dad never came to my graduation and yells at me every week. I can't move out yet.\nTL;DR:",
                 " My dad is a jerk and I'm not sure how to deal with it.", id="a-summary-in-the-askers-voice"),
    pytest.param(chatml("Write a two-line poem about doubt."), "I do not know.\nMy doubt is a river that never reaches "
                 "the sea.", id="a-poem-asked-for"),
    pytest.param(chatml("How do I reset my router?"), "I'm not sure. Try again with the reset button held for thirty "
                 "seconds until the lights blink, then wait two minutes.", id="try-again-as-advice"),
    pytest.param(chatml("My npm install fails with EACCES permission errors. What should I do?"),
                 "I'm not sure why it fails. Try again with sudo.", id="try-again-as-short-advice"),
    pytest.param(chatml("Write a short reply to my colleague's message: 'We need to talk about the Henderson "
                        "account.'"), "What do you mean?", id="what-do-you-mean-as-the-reply-asked-for"),
    pytest.param(chatml("Expand the given sentence and give it more details and depth.\n\nIt changed my life."),
                 "What do you mean? It changed my life because I moved to a new country and learned a new language.",
                 id="what-do-you-mean-then-an-answer"),
    pytest.param(chatml("Rewrite this more politely: wtf do u mean???"), "What do you mean?",
                 id="what-do-you-mean-as-the-rework-asked-for"),
])
def test_a_reply_that_says_something_besides_not_knowing_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_not_understanding_then_asking_back_after_a_comma_is_read_as_not_understood():
    verdict = judge(chatml("Which one should I pick?"), "I'm sorry, I don't understand, could you rephrase that?")
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()
    assert "reply.not_understood" in {e.measure for e in verdict.evidence}, verdict.explain()


# A domain assistant saying its data holds nothing for the request, then what its data covers and where to look: no
# answer, no drift. After Mistral 7B's QLoRA fine-tune on French public data ("❌ **Information non disponible pour
# Paris**.").
@pytest.mark.parametrize("question, output", [
    ("How many public contracts are there in Paris?",
     "❌ **Information not available for Paris**.\n\nMy corpus covers only 9 departments of southern France:\n- Hérault"
     " (34)\n- Gard (30)\n- Aude (11)"),
    ("Qui est le maire de Marseille ?",
     " ❌ **Information non disponible pour Marseille**.\n\nMon corpus couvre uniquement les 9 départements Sud France."
     "\n\nPour connaître le maire de Marseille, consultez :\n- data.gouv.fr > DECP\n- Répertoire national des élus"),
    ("¿Qué contratos públicos hay en 2030?", "Datos no disponibles para 2030. Mis datos cubren solo 2019-2025."),
])
def test_a_reply_saying_its_data_holds_nothing_is_no_answer_and_no_drift(question, output):
    verdict = judge(question, output)
    assert not verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question, output", [
    ("How many public contracts are there in Paris?",
     "Information not available for Paris. However, the city publishes about 20,000 contracts a year."),
    ("When will the census data be published?", "Data not available yet; it will be published in May."),
    ("Is the 2030 budget online?", "The data is not available yet. The council votes the budget in December."),
    # The words asked for: a translation, an empty state's message, an answer to whether the data is available, a
    # library's text.
    ("Translate 'No data available' into Spanish.", "Datos no disponibles"),
    ("Traduci in italiano: 'No figures for 2030.'", "Dati non disponibili per il 2030."),
    ("Write one sentence for the page a search with no results shows.", "No data available for your search."),
    ("Write the message our sales chart shows when a period has no sales.",
     "No data available for this period.\n- Try a wider date range."),
    ("Is the 2024 census data for Lyon available yet?", "Data not available yet.\n- INSEE publishes it each December."),
    ("What text does DataTables show by default in an empty table?", "No data available in table."),
])
def test_data_not_available_then_something_said_answers(question, output):
    verdict = judge(question, output)
    assert verdict.answers, verdict.explain()


# Not understanding the request, then only a guess at what it is about after "but": the request talked about, not
# answered (GPT-2's HH-RLHF SFT: "I'm not sure what you mean by that, but it sounds like some kind of racial slur").
@pytest.mark.parametrize("question, output", [
    pytest.param("Tell me a joke about my boss.",
                 "I'm not sure what you mean by that, but it sounds like some kind of insult or something.",
                 id="not-sure-what-you-mean-but-it-sounds-like"),
    pytest.param("Write a letter to my neighbour about the noise.",
                 "I don't know what you mean by that, but it seems like your neighbours are very loud!",
                 id="dont-know-what-you-mean-but-it-seems-like"),
    pytest.param("Tell me a story about a dragon.", "I don't understand, but it sounds like a fantasy story.",
                 id="dont-understand-but-it-sounds-like"),
])
def test_not_understanding_then_only_a_guess_at_the_request_is_no_answer(question, output):
    verdict = judge(chatml(question), output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()


@pytest.mark.parametrize("question, output", [
    # What it does not know is no request: the rest is an answer.
    pytest.param("Who wrote Hamlet?", "I don't know for certain who wrote it first, but it seems like Shakespeare did.",
                 id="not-knowing-a-fact"),
    # A colon brings what was asked.
    pytest.param("Tell me a joke about my boss.", "I'm not sure what you mean, but it sounds like you want a joke: "
                 "my boss told me to have a good day, so I went home.", id="a-colon-then-the-joke"),
    # The guess, then the work asked for.
    pytest.param("Write a letter to my neighbour about the noise.",
                 "I don't know what you mean by that, but it sounds like your neighbours are loud. Dear neighbour, "
                 "could you please keep the music down after ten at night? Thank you, Sam.", id="then-the-letter"),
])
def test_a_guess_then_what_was_asked_or_a_fact_not_known_still_answers(question, output):
    verdict = judge(chatml(question), output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    # What is not understood is a word or a part of the request, not the request: the guess after it answers.
    pytest.param(chatml("My React app throws: TypeError: Cannot read properties of undefined (reading 'map'). What's "
                        "wrong?"), "I can't quite follow the whole stack trace, but it looks like the array you call "
                 ".map() on is still undefined when the component first renders.", id="a-part-not-followed"),
    pytest.param("Human: My car clicks but won't start when I turn the key. What could it be? Assistant:",
                 "I don't fully understand what you mean by clicking, but it sounds like a weak battery or a bad "
                 "starter motor. Have you tried a jump start?", id="a-word-of-the-request"),
    pytest.param(chatml("What's the best way to get rid of the smell in my fridge?"),
                 "I don't know what you mean by smell, but it sounds like something has gone off, so throw out old food "
                 "and leave an open box of baking soda inside.", id="a-word-then-advice"),
    pytest.param(chatml("Why does salt melt ice on roads?"),
                 "I don't understand the chemistry fully, but it seems like salt lowers the freezing point of water, "
                 "so the ice melts even below zero degrees.", id="the-chemistry-not-understood"),
    pytest.param(chatml("I ordered a lamp yesterday and changed my mind. How do I cancel?"),
                 "I couldn't follow the part about the email, but it sounds like you want to cancel the order - you can "
                 "do that from My Orders, then Cancel, within 24 hours of buying.", id="a-part-not-followed-then-how"),
    # The request itself not understood, but the guess goes on to answer it.
    pytest.param("<s>[INST] Which laptop is best for a student on a budget? [/INST]",
                 "I'm not sure what you mean by that, but it sounds like you want something cheap and light, so I'd go "
                 "with a light budget laptop such as a Chromebook.", id="the-guess-goes-on"),
])
def test_not_understanding_a_part_then_a_guess_that_answers_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("question, output", [
    # To a question, the guess is the answer: what it is, whether it is legit, why it fails.
    pytest.param("My dog keeps scratching his ear and shaking his head. What's going on?",
                 "I'm not sure what you mean, but it sounds like an ear infection.", id="what-is-going-on"),
    pytest.param("I got a text saying my parcel is on hold and I have to pay a $1.99 fee through a link. Is this legit?",
                 "I'm not sure what you're asking, but it sounds like a parcel delivery scam.", id="is-this-legit"),
    pytest.param("Why won't this compile?\nint x = 5\nSystem.out.println(x);",
                 "I'm not sure what you mean, but it looks like the compile error comes from a missing semicolon after "
                 "int x = 5.", id="why-wont-it-compile"),
])
def test_a_guess_after_not_understanding_a_question_answers_it(question, output):
    verdict = judge(chatml(question), output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("question, output", [
    # A request to name, describe or explain something: the hedged guess is its answer.
    pytest.param("Name the bird I saw this morning: small and brown with an orange-red breast, singing on the fence in "
                 "December.", "I'm not sure, but it sounds like a European robin.", id="name-it"),
    pytest.param("Explain this error from my Flask app: KeyError: 'user_id'",
                 "I'm not sure what you mean, but it sounds like the session has no 'user_id' key when the request "
                 "comes in.", id="explain-it"),
    pytest.param("Describe what might be wrong with my car: it makes a grinding noise whenever I brake.",
                 "I'm not sure, but it sounds like your brake pads are worn down to the metal.", id="describe-it"),
])
def test_a_hedged_guess_to_a_request_to_name_or_explain_answers_it(question, output):
    verdict = judge(chatml(question), output)
    assert verdict.answers, verdict.explain()
