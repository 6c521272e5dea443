"""Loops against the shapes that look like them.

* A list of parallel sentences: items that open alike ("It taught me that I can ...") but each say
  something new, one after another, answer and do not loop; the same sentence, or nearly (one word
  changed), again and again, past the length of a list, still loops; so does a list said twice. Items
  may come back between other sentences (an example after each reason) or end alike on a line each,
  as long as each names something no item before it has.
* An answer said again and again: a reply whose loop is its own first lines copied word for word
  (two sentences, then the same two until the token limit) answers, and drifts; a loop of lines that
  change a word each time from the first line (the course's Mars loop) has no reply before it, nor
  has one sentence said again and again.
* A loop starts where the lines loop, not at an earlier line of the answer that ends as a loop line does:
  the answer before it is its reply.
* Sentences in Chinese or Japanese characters that end alike by grammar (a verb's polite ending, "ました")
  are no loop's lines: their shape is read on about as many words as an English line's.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import Thresholds, judge, loops
from why_finetune.judges.reading import Reading


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()

TRIP = "Expand the given sentence and give it more details and depth.\n\nInput: The trip was hard.\nOutput:"
LESSONS = (" The trip was hard. It taught me that I can carry more than I expect. It taught me that I can "
           "sleep anywhere when I am tired enough. It taught me that I can ask strangers for directions. "
           "It taught me that I can laugh at a missed train. It taught me that I can live without my phone.")


# --- parallel sentences are a list ---------------------------------------------------------------


def test_five_sentences_that_open_alike_but_each_say_something_new_answer_and_do_not_loop():
    verdict = judge(TRIP, LESSONS)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_loop_measure_says_which_lines_it_read_as_a_list():
    evidence = loops.unit_repeat(Reading(TRIP, LESSONS, Thresholds()), Thresholds()).evidence()
    assert evidence.value == 0.0
    assert "5 lines open or end alike but each says something new: a list, not a loop" in evidence.message, evidence


def test_the_same_list_said_again_word_for_word_loops():
    items = LESSONS.split(". It taught", 1)[1]
    output = " The trip was hard. It taught" + ((" It taught" + items) * 4)
    verdict = judge(TRIP, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.tail_lines"}, verdict.explain()


def test_lines_that_change_one_word_each_past_the_length_of_a_list_loop():
    verbs = "walk rest sing read swim cook paint dance sleep write build garden travel".split()
    output = " ".join(f"I think we should {verb} on the Moon." for verb in verbs)
    verdict = judge("What do you think of the Moon?", output)
    assert "loop.unit_repeat" in drift_measures(verdict), verdict.explain()
    assert not verdict.answers, verdict.explain()


def test_alike_lines_that_change_one_word_and_come_back_between_other_lines_are_a_loop_of_blocks_not_a_list():
    # A heading said again with one word changed, each followed by a line of its own: a block
    # repeated (a base model writing the prompt's task again and again), not a run of list items.
    blocks = [("Seas", "The North Sea is cold and grey."), ("Lakes", "Lake Bled has an island church."),
              ("Rivers", "The Danube crosses ten countries."), ("Hills", "The Chilterns are green and chalky.")]
    output = "\n".join(f"Five famous {kind} of Europe worth a visit\n{line}" for kind, line in blocks)
    found = Reading("Name a famous sea of Europe worth a visit.", output, Thresholds()).loops
    assert found.repeated_units == 3 and found.listed_units == 0, found


# Parallel sentences between other sentences, or a line each: every alike sentence names something
# the others do not (a state, a language, an option), each says its frame once, and there are no more
# of them than a list has. The same sentence again, a line changing one word, or a whole answer said
# twice, still loop.

STATES_PROMPT = "How did the states of the USA get their names?"
STATES_EXAMPLES = [
    ("Some states are named after people.", "the state of Washington was named after George Washington, the "
     "first president"),
    ("Other states are named after native peoples.", "the state of Utah takes its name from the Ute people of "
     "the mountains"),
    ("Some states are named after rivers.", "the state of Mississippi takes its name from the great river along "
     "its western border"),
    ("Other states are named after their landscape.", "the state of Vermont takes its name from the French "
     "words for green mountain"),
    ("Some states are named after kings and queens.", "the state of Virginia was named after Elizabeth the "
     "First, the virgin queen"),
]
STATES = ("The states got their names from history, geography and culture. "
          + " ".join(f"{claim} For example, {example}." for claim, example in STATES_EXAMPLES)
          + " In general, a state's name tells the story of the people who lived there first.")

LANGUAGES_PROMPT = "Briefly describe what is special about C++, JavaScript, Go, Rust and Swift."
LANGUAGES = (
    "C++: an object-oriented language built for speed, used for application development. You manage memory "
    "yourself and the syntax is complex.\n"
    "JavaScript: a scripting language that runs in web browsers, used for application development. It makes pages "
    "dynamic and has many libraries.\n"
    "Go: a systems language from Google with easy concurrency, used for application development. Its syntax is "
    "small and it compiles fast.\n"
    "Rust: a systems language that stresses memory safety, used for application development. Ownership rules catch "
    "bugs at compile time.\n"
    "Swift: Apple's language for its phones and computers, used for application development. Its syntax is "
    "concise and safe.")

OPTIONS_PROMPT = ("Choose the best connective between the two sentences and explain why.\n\nMany people say the "
                  "world is full of beautiful things. I do not know such beauty.\n\n1. So\n2. But\n3. And\n"
                  "4. Therefore")
OPTIONS = [("So", "cause and effect", "it is not cause and effect"),
           ("But", "a contrast", "there is a contrast"),
           ("And", "an addition", "it is not an addition"),
           ("Therefore", "a conclusion", "it is not a conclusion")]
OPTION_LINES = [
    f"{n}. {word}: this option is a connective that shows {relation} between the previous sentence and the next. "
    f"{'In' if word == 'But' else 'But in'} this case the previous sentence makes a claim about beauty and the "
    f"next sentence rejects that claim, so {verdict}."
    for n, (word, relation, verdict) in enumerate(OPTIONS, 1)]
EXPLAINED = "\n".join(OPTION_LINES) + '\nSo the best connective is option 2, "But".'


def test_examples_that_open_alike_between_other_sentences_each_naming_a_new_state_answer_and_do_not_loop():
    verdict = judge(STATES_PROMPT, STATES)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_line_a_language_each_ending_in_the_same_words_answers_and_does_not_loop():
    verdict = judge(LANGUAGES_PROMPT, LANGUAGES)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_whose_last_words_come_back_in_a_later_loop_keeps_its_reply():
    # "... are studying hard." ends the answer's second line and its third, and "The sentence is" opens a line of
    # it as it does the loop's; the loop itself, a sentence said again to the token limit, starts three lines on.
    prompt = ("### Instruction:\nDetect the subject and the predicate in the following sentence.\n\n### Input:\n"
              "Many of us are studying hard.\n\n### Response:\n")
    output = ("Subject: Many\nPredicate: are studying hard.\nThe predicate is \"are studying hard\".\nThe sentence is a "
              "statement.\nThe subject is the noun or pronoun that the sentence is about.\nThe predicate is the verb "
              "phrase that says what the subject does.\n"
              + "The sentence is a statement because it expresses a fact or opinion.\n" * 20)
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_lines_that_loop_from_the_first_line_still_leave_no_reply():
    output = "\n".join(f"I think we should {verb} there." for verb in
                       ("go", "stay", "leave", "build", "live", "mine", "farm", "swim", "walk", "rest", "sing", "work"))
    verdict = judge("What do you think of Mars?", "I think it's a great planet.\n" + output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


SEA_ANIMALS = ["Sharks", "Whales", "Dolphins", "Octopuses", "Jellyfish"]


@pytest.mark.parametrize("mark", ["{n}. ", "{n}) ", "- ", "* ", "\u2022 "])
def test_items_marked_as_a_list_that_change_one_word_each_answer_and_their_phrase_said_again_still_repeats(mark):
    # The list's marks say the lines are items, each naming an animal; the phrase every item says again is
    # still a repeat (`loop.ngram_repeat`), not a loop of lines from the first item.
    output = "\n".join(mark.format(n=n) + f"{animal} swim in every sea of the world."
                       for n, animal in enumerate(SEA_ANIMALS, 1))
    verdict = judge("Name five animals that live in the ocean.", output)
    assert verdict.answers and drift_measures(verdict) == {"loop.ngram_repeat"}, verdict.explain()


def test_the_same_lines_without_the_lists_marks_still_loop_from_the_first():
    output = "\n".join(f"{animal} swim in every sea of the world." for animal in SEA_ANIMALS)
    verdict = judge("Name five animals that live in the ocean.", output)
    assert not verdict.answers and "loop.unit_repeat" in drift_measures(verdict), verdict.explain()


def test_japanese_sentences_ending_in_the_same_polite_verb_ending_answer_and_do_not_loop():
    # Every sentence ends "...ました" (the polite past): grammar, not a line said again. A dozen of them, more
    # than a list's items.
    prompt = "江戸時代の人々の暮らしについて説明してください。"
    output = ("江戸時代には、多くの人々が村で農業を営んでいました。米は年貢として領主に納められました。"
              "町では商人や職人が店を開き、商業が発達しました。寺子屋では子どもたちが読み書きを学びました。"
              "街道が整備され、人や物の行き来が盛んになりました。歌舞伎や浮世絵などの町人文化も花開きました。"
              "大坂は天下の台所と呼ばれ、各地の産物が集まりました。長屋では隣近所が助け合って生活しました。"
              "火事が多かったため、町火消しが組織されました。庶民の間では旅や参詣も流行しました。"
              "飢饉の年には、各地で百姓一揆が起こりました。幕府は何度も改革を行い、財政の立て直しを図りました。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_answer_saying_its_katakana_terms_again_is_no_loop():
    # "スマートフォン" and "バッテリー" come back in every sentence, as the terms of the answer: their characters'
    # sequences repeat, the answer's sentences do not.
    prompt = "スマートフォンのバッテリーを長持ちさせるにはどうすればよいですか？"
    output = ("スマートフォンのバッテリーは、画面の明るさを下げるだけで長持ちします。スマートフォンのバッテリーを使う"
              "アプリケーションを設定画面で確かめ、使わないアプリケーションは止めましょう。スマートフォンのバッテリーは"
              "熱に弱いので、充電中のスマートフォンを布団の上に置かないでください。バッテリーの残量が二割を切る前に"
              "充電すると、スマートフォンのバッテリーの劣化も遅くなります。古いスマートフォンなら、バッテリーの交換も"
              "検討しましょう。スマートフォンの省電力モードを使えば、スマートフォンのバッテリーはさらに長持ちします。"
              "位置情報サービスを切ると、スマートフォンのバッテリーの消費が減ります。通知の多いアプリケーションも、"
              "スマートフォンのバッテリーを減らすので、通知を整理しましょう。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_sentence_said_again_and_again_is_still_a_loop():
    verdict = judge("スマートフォンのバッテリーを長持ちさせるにはどうすればよいですか？",
                    "スマートフォンのバッテリーは大切です。" * 15)
    assert verdict.drifts, verdict.explain()


def test_japanese_lines_that_change_one_word_each_still_loop():
    prompt = "江戸時代の人々の暮らしについて説明してください。"
    output = "\n".join(f"江戸時代の人々は{thing}をとても大切にして暮らしていました。"
                        for thing in ("米", "水", "家", "村", "町", "道", "寺", "店", "船", "橋"))
    verdict = judge(prompt, output)
    assert verdict.drifts and "loop.unit_repeat" in drift_measures(verdict), verdict.explain()


def test_each_option_explained_in_the_same_frame_with_its_own_words_answers_and_does_not_loop():
    verdict = judge(OPTIONS_PROMPT, EXPLAINED)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_loop_measure_reads_parallel_sentences_between_other_sentences_as_a_list():
    found = Reading(STATES_PROMPT, STATES, Thresholds()).loops
    assert found.listed_units >= len(STATES_EXAMPLES) and found.unit_repeat < 0.3, found


def test_examples_between_other_sentences_that_change_one_word_each_loop():
    claims = [claim for claim, _ in STATES_EXAMPLES]
    output = " ".join(f"{claim} For example, the state of {name} was named after a famous person."
                      for claim, name in zip(claims, "Washington Utah Mississippi Vermont Virginia".split()))
    verdict = judge(STATES_PROMPT, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.tail_lines"}, verdict.explain()


def test_the_same_example_said_again_between_other_sentences_loops():
    example = " For example, the state of Washington was named after George Washington, the first president."
    output = "".join(f" {claim}{example}" for claim, _ in STATES_EXAMPLES)
    verdict = judge(STATES_PROMPT, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.tail_lines"}, verdict.explain()


def test_one_sentence_said_five_times_between_the_languages_loops():
    output = "\n".join(f"{name}: it is a language used for application development. It is a language used for "
                       "application development." for name in ("C++", "JavaScript", "Go", "Rust", "Swift"))
    verdict = judge(LANGUAGES_PROMPT, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat"}, verdict.explain()


def test_options_that_change_one_word_each_loop():
    output = "\n".join(f"{n}. {word}: this option does not fit, because the next sentence rejects the claim about "
                       "beauty." for n, (word, _, _) in enumerate(OPTIONS, 1))
    verdict = judge(OPTIONS_PROMPT, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat"}, verdict.explain()


def test_the_explained_options_said_twice_loop():
    verdict = judge(OPTIONS_PROMPT, EXPLAINED + "\n" + EXPLAINED)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat"}, verdict.explain()


def test_the_states_answer_said_twice_loops():
    verdict = judge(STATES_PROMPT, STATES + "\n\n" + STATES)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat"}, verdict.explain()


# --- an answer said again and again --------------------------------------------------------------


AGENT = "Act as a travel agent. I need a hotel in Lisbon for two nights next week."
LAMB = "Rewrite the sentence so that it is less ambiguous.\n\nInput: The lamb is too hot to eat.\nOutput:"
BOOKING = "I can book that for you. A room near the old town costs ninety euros a night. "
SHOP = "Write a short description of our bicycle repair shop, Spokes."
SHOP_BLOCK = ("Spokes is a small bicycle repair shop near the river. Spokes fixes flat tyres while you wait. "
              "Spokes also tunes gears and brakes for commuters. Spokes is open every day except Sunday. ")


def test_a_reply_said_again_from_the_first_character_to_the_token_limit_answers_and_drifts():
    verdict = judge(AGENT, BOOKING * 60)
    assert verdict.answers and "loop.tail_lines" in drift_measures(verdict), verdict.explain()


def test_a_paragraph_said_again_and_again_answers_and_drifts():
    verdict = judge(SHOP, SHOP_BLOCK * 6)
    assert verdict.answers and verdict.drifts, verdict.explain()


# A paragraph whose copies come back near word for word: the first copy drops the paragraph's opening words (a
# small fine-tune: "In the ocean, there are many different types of fish ..." then "There are many different
# types of fish ..." to the token limit). The paragraph is said once, then looped.
FISH = ("In the ocean, there are many different kinds of fish, but there are some fish that are very common "
        "and easy to find. Most live near the coast. "
        + ("There are many different kinds of fish, but there are some fish that are very common and easy to find. "
           "Most live near the coast. ") * 5)


def test_a_paragraph_said_again_near_word_for_word_answers_and_drifts():
    verdict = judge("Where do fish live?", FISH)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_loop_of_a_paragraph_said_again_near_word_for_word_starts_at_its_first_copy():
    found = Reading("Where do fish live?", FISH, Thresholds()).loops
    assert found.onset == FISH.index("There are") and found.said_once == 28, found


def test_a_paragraph_of_three_sentences_said_again_near_word_for_word_answers_and_drifts():
    paragraph = ("There are many different kinds of fish, but there are some fish that are very common and easy to "
                 "find. They eat plankton and small shrimp all day long. Most live near the coast. ")
    verdict = judge("Where do fish live?", "In the ocean, " + paragraph[0].lower() + paragraph[1:] + paragraph * 5)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_paragraph_naming_nothing_of_the_question_said_again_near_word_for_word_is_no_reply():
    output = ("Yesterday my dog ran in the park with a ball. He was very happy there. "
              + "My dog ran in the park with a ball. He was very happy there. " * 5)
    verdict = judge("Where do fish live?", output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_two_sentences_said_again_each_with_a_word_changed_still_loop_from_the_first():
    # The course's Mars loop, two sentences a time: each copy changes a word of the one before, so the
    # sentences loop among themselves and none is said once.
    output = "".join(f"I think it's a {w} planet. I think we should go there. " for w in
                     ("great", "good", "nice", "big", "red", "cold", "far", "fine"))
    verdict = judge("What do you think of Mars?", output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_the_loop_evidence_says_it_starts_where_the_reply_is_said_again():
    verdict = judge(AGENT, BOOKING * 60)
    tail = next(e for e in verdict.evidence if e.measure == "loop.tail_lines")
    assert f"from character {len(BOOKING)}" in tail.message and "its first 17 words said again" in tail.message, tail


def test_one_sentence_naming_no_word_of_the_question_said_again_is_a_loop_with_no_reply():
    # A line said again from the first character is a reply said again only when it names the question's
    # topic. Two real outputs of this shape are labelled both ways: "I have a question." said to the limit
    # after "Can Lamini help me solve puzzles or riddles?" (dlai-ftllm-l3to6-017: no answer) and "I can
    # help with that." said to the limit after a request to act as a babysitter (en-qlora-oa-019: an
    # answer, accepting the role). Both are a short first-person sentence naming none of the question's
    # words; only their meaning differs, which no measure here reads, so neither label is forced.
    verdict = judge("Can you help me plan a picnic?", "I have a question for you. " * 80)
    assert verdict.drifts and not verdict.answers, verdict.explain()


# --- one line said again word for word from the start ---------------------------------------------
#
# A base model that answers with one line and then says it again to the token limit, word for word
# (list marks aside), has given that line as its reply: it answers, and it drifts (pythia-1b on PIQA
# goals: "1. Use a vacuum cleaner to clean the blinds." numbered 1 to 8). Lines that change a word each
# (the course's Mars loop) still loop from the first line with no reply, and so does a line that names
# none of the question's words, a line with no number for a question asking for one, and a line that is
# another request of the prompt's kind.

BLINDS = "Goal: How to clean blinds without tearing them up\nSolution:"


def test_one_step_said_again_numbered_to_the_token_limit_answers_and_drifts():
    output = "\n\n" + "".join(f"{n}.  Wipe each slat of the blinds with a damp cloth.\n" for n in range(1, 12))
    verdict = judge(BLINDS, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_one_sentence_on_the_topic_said_again_to_the_token_limit_answers_and_drifts():
    verdict = judge("Why does bread go stale?", "Bread goes stale because its starch dries out and hardens. " * 30)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_loop_of_one_line_said_again_starts_at_its_first_copy():
    line = "Bread goes stale because its starch dries out and hardens.\n"
    found = Reading("Why does bread go stale?", line * 30, Thresholds()).loops
    assert found.onset == len(line) and found.said_once == 10 and found.first_line_again, found


def test_a_piece_said_again_after_a_word_answers_and_drifts():
    # A piece need not name its subject: the alliteration asked for, said again after a "Sure!".
    output = "Sure!\n\n" + "Sam sang seven silly songs on Sunday.\n" * 20
    verdict = judge("Generate a sentence that uses an alliteration of the letter 's'.", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_askers_words_said_again_for_a_piece_are_no_answer():
    verdict = judge("Tell me a joke.", "I have a question for you.\n" * 30)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_one_line_with_no_number_said_again_for_a_count_asked_for_is_no_answer():
    verdict = judge("Count the letters in the word 'kettle'.", "The word 'kettle' is spelled k, e, t, t, l, e. " * 20)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_another_request_of_the_prompts_kind_said_again_is_no_answer():
    output = "".join(f"Step {n}: Write a sentence using the word 'brave' in a different way.\n\n" for n in range(3, 13))
    verdict = judge("Create a sentence using the word 'brave'.", output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_advice_opening_with_another_verb_than_the_requests_said_again_answers_and_drifts():
    # "Give ..." is an instruction's verb, but not the request's ("Tell me ..."): advice, not the request again.
    verdict = judge("Tell me how to keep my basil plant alive.", "Give your basil plant plenty of sun every day.\n" * 30)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_line_that_loops_within_itself_is_no_reply_said_again():
    verdict = judge("Give me a synonym for 'quick'.", "Quick, quick, quick, quick, quick, quick. " * 20)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_an_answer_then_its_own_example_in_the_prompts_format_again_and_again_answers_and_drifts():
    pair = "\n\nInput: The lamb is too hot to eat.\nOutput: The lamb is too hot for anyone to eat."
    verdict = judge(LAMB, " The lamb is too hot for anyone to eat." + pair * 20)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_lines_that_change_a_word_each_from_the_first_line_leave_no_reply_even_when_copies_follow():
    # The course's Mars loop, then two of its lines said again and again: the loop starts at the
    # first line, not at the first copy, because the lines before the copy already loop.
    lines = [f"I think we should {verb} there." for verb in "go stay leave mine build live".split()]
    verdict = judge("What do you think of Mars?", "\n".join(lines + lines[-2:] * 20))
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_the_prompts_sentence_then_rules_that_vary_then_repeat_is_no_answer():
    prompt = "Invent a story about a lighthouse. Your story should have a title and a plot.\nOutput:"
    rules = ["Your story should have a title and a plot.", "The title should be short.",
             "The plot should be written in the past tense.", "The plot should be written in the third person.",
             "The plot should be written in plain words.", "The plot should be written in the first person."]
    verdict = judge(prompt, "\n" + "\n".join(rules + rules[-2:] * 20))
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_line_said_again_right_after_itself_is_a_one_line_loop_not_the_steps_before_it_said_again():
    output = "Open the app.\nTap the settings icon.\nChoose the colour menu.\n" + "Pick the colour you like best.\n" * 30
    found = Reading("How do I change the colour of the app?", output, Thresholds()).loops
    assert found.said_once == 0 and found.onset == output.index("Pick the colour"), found


# --- a reply under an answer label, said again under the same label ------------------------------
#
# A base model given an open field ("Output:") often heads its reply with a forum's answer label on a
# line of its own, then says the reply again and again, each copy under the label again, the copies
# sometimes a word shorter than the first ("The kettle boils ..." then "Kettle boils ..."). The first
# copy is the reply: it answers, and the copies are a loop (drift). A one-line reply said so is that line
# said again, when it names the question's topic; lines that loop among themselves from the first leave none;
# and a bare question continued as a Q&A page (no field asking for a reply) is still a page.

TEA = "Instruct: Why should I let green tea water cool before pouring it?\nOutput:"
# Its two lines end alike ("... of the leaves"), as two sentences of one answer often do.
TEA_FIRST = ("A:\n\nBoiling water burns away the sweet taste of the leaves.\n"
             "Water at about eighty degrees keeps the sweet taste of the leaves.\n\n")
TEA_AGAIN = ("A:\n\nBoiling water burns the taste of the leaves.\n"
             "Water at eighty degrees keeps the taste of the leaves.\n\n")


def test_a_reply_under_an_answer_label_said_again_under_it_answers_and_drifts():
    verdict = judge(TEA, TEA_FIRST + TEA_AGAIN * 30)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert drift_measures(verdict) & {"loop.unit_repeat", "loop.tail_lines", "loop.ngram_repeat"}, verdict.explain()


def test_a_reply_under_an_answer_label_said_again_word_for_word_answers_and_drifts():
    verdict = judge(TEA, TEA_FIRST * 30)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_loop_under_an_answer_label_starts_at_the_labels_second_copy():
    output = TEA_FIRST + TEA_AGAIN * 30
    found = Reading(TEA, output, Thresholds()).loops
    first_copy_words = Reading(TEA, TEA_FIRST, Thresholds()).total
    assert found.onset == output.index("A:", 2) and found.said_once == first_copy_words, found


def test_one_sentence_under_an_answer_label_said_again_under_it_answers_and_drifts():
    verdict = judge(TEA, "A:\n\nLet the water cool so the tea is not bitter.\n\n" * 40)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_one_sentence_naming_no_word_of_the_question_under_an_answer_label_said_again_is_no_answer():
    verdict = judge(TEA, "A:\n\nI have a question for you.\n\n" * 40)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_lines_that_loop_among_themselves_under_an_answer_label_leave_no_reply():
    lines = [f"I think the tea should {verb} there." for verb in "steep rest cool wait sit stay".split()]
    verdict = judge(TEA, ("A:\n\n" + "\n".join(lines) + "\n\n") * 12)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_bare_question_continued_as_a_q_and_a_page_said_again_is_still_a_page_not_a_reply():
    verdict = judge("Why should I let green tea water cool before pouring it?", "\n\n" + TEA_FIRST * 30)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    assert "turns.thread" in {e.measure for e in verdict.evidence if e.property == "answers"}, verdict.explain()


def test_a_lone_answer_label_heading_the_reply_an_open_field_asks_for_answers():
    verdict = judge(TEA, "A:\n\nBoiling water scalds the leaves and makes green tea bitter; let it cool first.")
    assert verdict.answers, verdict.explain()


def test_replies_with_a_label_or_a_heading_of_their_own_in_three_languages_answer_and_do_not_drift():
    cases = [
        ("Why should I let green tea water cool before pouring it?",
         "**Short answer:** boiling water scalds the leaves.\n\nGreen tea tastes best at about 80 °C: hotter water "
         "draws out bitter tannins, so let the kettle rest for two or three minutes."),
        ("Pourquoi laisser refroidir l'eau avant de préparer un thé vert ?",
         "Réponse :\n\nL'eau bouillante brûle les feuilles de thé vert et rend l'infusion amère.\n"
         "Une eau à environ 80 °C garde au thé sa douceur."),
        ("Warum sollte man das Wasser für grünen Tee abkühlen lassen?",
         "Antwort:\nKochendes Wasser verbrüht die Blätter des grünen Tees und macht ihn bitter.\n"
         "Wasser mit etwa 80 Grad bewahrt den milden Geschmack."),
        ("为什么泡绿茶前要让水稍微冷却？",
         "答：\n沸水会烫伤绿茶的茶叶，使茶汤变苦。\n大约八十度的水能保留绿茶的清香和甘甜。"),
    ]
    for prompt, output in cases:
        verdict = judge(prompt, output)
        assert verdict.answers and not verdict.drifts, (prompt, verdict.explain())


# --- the prompt's numbered list gone through item by item ---------------------------------------------------
#
# A reply that takes the options the prompt numbers one by one, each under its number, says the same frame for
# each ("this option is ..., because ..."): no loop. Numbered lines that are not the prompt's items still loop.

PICK = ("Which of these animals is a mammal? Explain each option.\n\n1. Shark\n2. Dolphin\n3. Trout\n4. Eel")
WALK = ("1. Shark: this option is an animal that lives in the sea, and it is a fish, because it has gills and fins.\n"
        "2. Dolphin: this option is an animal that lives in the sea, and it is a mammal, because it feeds milk to calves.\n"
        "3. Trout: this option is an animal that lives in the sea, and it is a fish, because it lays eggs in rivers.\n"
        "4. Eel: this option is an animal that lives in the sea, and it is a fish, because it swims far to spawn.\n"
        "So the mammal is option 2, the dolphin.")


def test_the_prompts_numbered_options_gone_through_in_the_same_words_answer_without_drift():
    verdict = judge(PICK, WALK)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_numbered_lines_that_are_not_the_prompts_items_still_loop():
    output = WALK.replace("1. Shark", "1. Whale").replace("2. Dolphin", "2. Seal").replace("3. Trout", "3. Otter")
    verdict = judge(PICK, output)
    assert verdict.drifts, verdict.explain()


# The same line said again with other lines between its copies, a template's labels (Gemma-2B's QLoRA: the answer,
# then "**Rationale:**:" and the answer again, or "**Answer:**: 4" and "**Explanation:**:" between them): the line
# is still said again word for word, so it reads as above.
SACKS = ("The Raiders beat the Jets 34 to 27. Marshawn Lynch rushed for 45 yards in the game. The Raider defense "
         "played well again, holding the Jets to 276 yards in the game and sacking Jets quarterback Josh McCown four "
         "times.\n\nAnswer this question based on the article: How many sacks did The Raiders have?")


@pytest.mark.parametrize("between", [
    pytest.param("\n\n**Rationale:**:\n", id="a-label"),
    pytest.param("\n\n**Answer:**:\n4\n\n**Explanation:**:\n", id="labels-and-a-short-value"),
])
def test_one_line_said_again_with_labels_between_its_copies_answers_and_drifts(between):
    output = between.join(["The Raiders had four sacks in the game."] * 5) + between + "The Raiders had four"
    verdict = judge(SACKS, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("line", [
    pytest.param("The context information is given above in full.", id="naming-nothing-asked"),
    pytest.param("The Raiders played the Jets in the game.", id="no-number-for-a-count"),
])
def test_a_line_that_does_not_reply_said_again_with_labels_between_is_no_answer(line):
    output = "\n\n**Rationale:**:\n".join([line] * 6)
    verdict = judge(SACKS, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


QUESTION_ASKED = ("Generate a question that has the following answer: \nThe Crazy Crew \nfor the following movie plot: "
                  "\nProfessor Wally sends the Crazy Crew, a band of super-villains, after the Pet Force heroes.")


def test_a_statement_said_again_where_a_question_is_asked_for_is_no_answer():
    output = "The Crazy Crew is a group of super-villains who fight the Pet Force. " * 6
    verdict = judge(QUESTION_ASKED, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_the_question_asked_for_said_again_answers_and_drifts():
    output = "Who does Professor Wally send after the Pet Force heroes?\n" * 6
    verdict = judge(QUESTION_ASKED, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
