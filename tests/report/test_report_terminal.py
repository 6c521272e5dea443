"""The comparison in a terminal: fits 80 columns, honours NO_COLOR, has a plain mode for CI logs."""

import io
import re

from why_finetune.report.cells import output_cell
from why_finetune.report.model import Report, group_rows, pair_info
from why_finetune.report.sources.published import published_report
from why_finetune.report.sources.recorded import recorded_report, select_cases
from why_finetune.report.views import terminal
from why_finetune.report.views.textwrap_styled import width

SGR = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    def isatty(self):
        return True


def report_of(project, pairs=None, queries=None):
    cases = select_cases(project.catalogue, pairs, queries)
    return recorded_report(project.catalogue, cases, project.cassettes, project.snapshots)


def style(**kwargs):
    return terminal.Style(**kwargs)


def flat(text):
    """The words of a one-column (plain) rendering, whatever the wrapping."""
    return " ".join(text.split())


def widest(text):
    return max(width(SGR.sub("", line)) for line in text.splitlines())


def test_base_and_chat_sit_side_by_side_with_verdicts_and_evidence(recorded):
    text = terminal.render(report_of(recorded, ["local"], ["dog-sit"]), style())
    assert "BASE gemma-3-270m" in text and "CHAT SmolLM2-135M-Instruct" in text  # names shortened, not cut
    assert "━━ dog-sit · raw ━━" in text and "━━ dog-sit · templated ━━" in text
    assert "○ no answer (expected)" in text and "○ drifts (expected)" in text and "✓ answers  ✓ no drift" in text
    assert "snapshot unchanged" in text
    assert "✓ chat answers better (reply score 1.00 vs base 0.00)" in text  # the pair verdict of the row
    assert "loops:" in text  # the evidence, in the judge's words
    assert "gemma-3-270m-q4_k_m.gguf" in text and "recorded 2026-11-27" in text  # provenance
    assert re.search(r"^ on a chair\? +│ \(empty output\)$", text, re.M)


def test_every_line_fits_80_columns_even_with_wide_and_control_characters(project):
    nasty = "宇宙飛行士は火星に行きたい。" * 8 + "\n🚀🚀🚀 " * 30 + "\x1b[31mred\x1b[0m\ttab\r\n" + "x" * 300
    project.record("local/mars/raw/base", nasty)
    project.record("local/mars/raw/chat", "e\u0301" * 200)
    for plain in (False, True):
        text = terminal.render(report_of(project, ["local"], ["mars"]), style(plain=plain, max_lines=None))
        assert widest(text) <= 80
        assert "\x1b" not in text  # the model's escape codes are shown, not obeyed
        assert "\\x1b[31mred" in text


def test_recordings_that_fill_every_cell_fit_80_columns(recorded):
    assert widest(terminal.render(report_of(recorded), style())) <= 80
    assert widest(terminal.render(report_of(recorded), style(width=100))) <= 100


def test_colour_follows_the_terminal_and_NO_COLOR(recorded):
    report = report_of(recorded, ["local"], ["dog-sit"])
    assert terminal.choose_style(Terminal(), environ={}).color
    assert not terminal.choose_style(Terminal(), environ={"NO_COLOR": "1"}).color
    assert not terminal.choose_style(io.StringIO(), environ={}).color  # a pipe or a file
    assert terminal.choose_style(io.StringIO(), color="always", environ={"NO_COLOR": "1"}).color
    coloured = terminal.render(report, terminal.choose_style(Terminal(), environ={}))
    assert "\x1b[32m✓ answers\x1b[0m" in coloured and "○ drifts (expected)" in coloured
    assert "\x1b[31m" not in coloured.split("at a glance")[0]  # the typical run is what the catalogue expects
    assert "\x1b[30;43m" in coloured  # the looping span highlighted inside the output
    assert widest(coloured) <= 80
    assert "\x1b" not in terminal.render(report, terminal.choose_style(Terminal(), environ={"NO_COLOR": "1"}))


def test_plain_mode_is_ascii_framed_uncoloured_and_shows_whole_outputs(recorded):
    plain = terminal.choose_style(Terminal(), plain=True, environ={})
    text = terminal.render(report_of(recorded, ["local"], ["dog-sit"]), plain)
    assert not plain.color and plain.max_lines is None
    assert "\x1b" not in text
    assert not set("│─┼━✓✗…•") & set(text)
    assert "== local/dog-sit/raw/" not in text and "== local/dog-sit/raw ==" in text
    assert "-- base google/gemma-3-270m: no answer (expected), drifts (expected); snapshot unchanged" in flat(text)
    assert "   | I'm not sure how to train my dog to sit on a chair." in text
    assert "more lines" not in text
    assert widest(text) <= 80


def test_the_short_view_of_a_huge_output_wraps_only_about_what_it_shows(recorded, monkeypatch):
    # A base model that loops to the cassette size limit: the short view keeps its first lines, so
    # wrapping all of it (hundreds of megabytes of styled characters) would be spent on nothing.
    from why_finetune.report.views import textwrap_styled

    huge = "the base model loops on and on\n" * (512 * 1024 // 31)  # well inside the cassette size limit
    recorded.record("local/mars/raw/base", huge)
    recorded.snapshot("local/mars/raw/base", huge)
    wrapped_characters = []
    wrap_line = textwrap_styled._wrap_line

    def counting(line, *args):
        wrapped_characters.append(sum(len(text) for text, _ in line))
        return wrap_line(line, *args)

    monkeypatch.setattr(textwrap_styled, "_wrap_line", counting)
    text = terminal.render(report_of(recorded, ["local"], ["mars"]), style())
    assert sum(wrapped_characters) <= terminal.LINES_COUNTED * 80 < len(huge) // 10
    assert "the base model loops on and on" in text
    assert f"… at least {terminal.LINES_COUNTED - terminal.DEFAULT_MAX_LINES} more lines (--full shows all)" in text
    assert len(text.splitlines()) < 200


def test_long_outputs_are_cut_with_a_hint_unless_full(recorded):
    lines = "\n".join(f"line {n}" for n in range(60))
    recorded.record("local/mars/raw/base", lines)
    recorded.snapshot("local/mars/raw/base", lines)
    short = terminal.render(report_of(recorded, ["local"], ["mars"]), style())
    assert "… 44 more lines (--full shows all)" in short and "line 59" not in short
    assert "line 59" in terminal.render(report_of(recorded, ["local"], ["mars"]), style(max_lines=None))


def test_a_changed_snapshot_is_shown_as_a_word_diff(recorded):
    recorded.record("local/dog-sit/templated/chat", "Training a dog to sit is easy.")
    recorded.snapshot("local/dog-sit/templated/chat", "Training a cat to sit is hard.")
    text = terminal.render(report_of(recorded, ["local"], ["dog-sit"]), style())
    assert "snapshot CHANGED (diff below)" in text
    assert "snapshot changed (chat): 2 words removed, 2 added (-old +new)" in text
    assert "  Training a [-cat-]{+dog+} to sit is [-hard.-]{+easy.+}" in text
    coloured = terminal.render(report_of(recorded, ["local"], ["dog-sit"]), style(color=True))
    assert "\x1b[31;9mcat\x1b[0m\x1b[32;4mdog\x1b[0m" in coloured


def test_an_unrecorded_pair_says_how_to_record_it_instead_of_crashing(project):
    text = terminal.render(report_of(project, ["local"]), style())  # (course shows its 2023 outputs instead)
    cases = len(project.catalogue.cases(["local"]))
    assert f"{cases} cases, none with an output: not recorded — run python -m why_finetune" in " ".join(text.split())
    assert widest(text) <= 80


def test_an_empty_output_and_a_missing_snapshot_are_said_plainly(project):
    project.record("local/mars/raw/chat", "")
    text = terminal.render(report_of(project, ["local"], ["mars"]), style())
    assert "(empty output)" in text and "no snapshot" in text
    plain = flat(terminal.render(report_of(project, ["local"], ["mars"]), style(plain=True)))
    assert "not recorded -- run python -m why_finetune refresh --pair local (the local server starts itself)" in plain


def test_published_outputs_show_the_lab_s_chatgpt_answer_and_their_sources(project):
    report = published_report(project.catalogue, project.cassettes, project.snapshots)
    text = terminal.render(report, style())
    assert "ChatGPT, as the lab showed it" in text
    assert "BASE meta-llama/Llama-2-7b-hf" in text and "CHAT meta-llama/Llama-2-7b-chat-hf" in text
    assert "Tell me how to train my dog to stay." in text  # what the lab printed
    assert widest(text) <= 80
    plain = flat(terminal.render(report, style(plain=True, max_lines=None)))
    assert "-- ChatGPT, as the lab showed it: answers, no drift" in plain
    assert "notebook ww-jermaine/Finetuning-Large-Language-Models @ aa80f1b (+2 more)" in plain
    assert "set LAMINI_API_KEY and run python -m why_finetune refresh --pair course" in plain


def test_a_cell_can_be_rendered_from_any_output(project):
    case = project.case("local/mars/raw/base")
    cell = output_cell(case, "Mars is red. Mars is red. Mars is red. Mars is red.", {"backend": "test"})
    report = Report("t", "s", group_rows([cell], [case]), {"local": pair_info(case.pair)})
    text = terminal.render(report, style())
    assert "CHAT" in text and "not run" in text  # the other cell of the row says it did not run


def test_plain_mode_spells_non_ascii_in_ascii_and_still_fits(project):
    project.record("local/mars/raw/base", "It’s “red” — café… 宇宙 🚀 e\u0301")
    project.record("local/mars/raw/chat", "宇宙飛行士は火星に行きたい。" * 10)
    text = terminal.render(report_of(project, ["local"], ["mars"]), style(plain=True, max_lines=None))
    text.encode("ascii")
    assert "It's \"red\" -- cafe... \\u5b87\\u5b99 \\U0001f680 e" in flat(text)
    assert "not recorded -- run python -m why_finetune refresh --pair local" in flat(text)
    assert widest(text) <= 80
