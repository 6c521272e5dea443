"""Every measure the judge runs, in order. To add one: write it as a small function in the module
of its concept (it reads a Reading and the thresholds, declares its own thresholds, and returns a
Finding or an Evidence), then list it here.

DRIFT_MEASURES: ``measure(reading, thresholds) -> Finding | None``; drift when any holds.
ANSWER_CHECKS: ``check(reply, reading, thresholds) -> Evidence | None``; each names one reason the
reply part is not an answer; the output answers when none does.
"""

from __future__ import annotations

from why_finetune.judges import (
    about_the_question,
    arithmetic,
    blocks,
    boilerplate,
    choices,
    counting,
    dialogue,
    echo,
    in_a_row,
    inline_examples,
    loops,
    passage,
    passage_task,
    reply,
    script,
    template,
    topic,
    translation,
)

DRIFT_MEASURES = (
    loops.unit_repeat,
    loops.ngram_repeat,
    loops.tail_lines,
    loops.back_to_back,
    blocks.block_again,
    in_a_row.in_a_row,
    counting.count_up,
    dialogue.other_speaker,
    dialogue.replier_again,
    dialogue.thread,
    echo.prompt_echo,
    echo.question_said_back_reordered,
    echo.items_back,
    choices.choices_again,
    echo.continuation,
    echo.restated,
    echo.more_requests,
    echo.request_in_japanese,
    passage_task.passage_task,
    about_the_question.task_set_again,
    echo.prompt_format,
    inline_examples.inline_example,
    inline_examples.formula_again,
    echo.prompt_opening,
    echo.question_again,
    echo.questions,
    echo.more_questions,
    echo.asker_voice,
    topic.trailing_gap,
    translation.code_after_a_translation,
    translation.in_the_source_language,
    translation.asked_again,
    passage.off_the_passage,
    boilerplate.boilerplate,
    arithmetic.numbers,
    arithmetic.after_the_result,
    script.switch,
    script.mixed,
    script.foreign_script,
    template.template_markers,
    template.system_turn,
    template.next_entry,
)

ANSWER_CHECKS = (
    reply.enough_words,
    reply.not_an_echo,
    reply.most_of_the_output,
    reply.on_topic,
    reply.on_the_passage,
    reply.gives_the_number,
    reply.picks_an_option,
    reply.gives_the_format,
    reply.gives_code,
    translation.translates,
    reply.not_the_askers_voice,
    reply.is_text,
    reply.not_a_thread,
    reply.not_only_a_question,
    reply.not_another_request,
    reply.not_a_later_step,
    reply.understands,
    reply.not_an_aside,
    reply.not_a_refusal,
    reply.not_about_the_question,
)
