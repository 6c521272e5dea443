"""`compare --changed [REF]`: a refresh reviewed like a pull request, in a throwaway git repository.

The recordings are written as the recorder writes them (report_project.py) and committed; then some
change, and `compare --changed` is run in the project's folder, as a person would, reading REF with
git (a real git, in a subprocess: hence this module's marker in tests/conftest.py).
"""

from __future__ import annotations

import argparse
import html
import io
import secrets
import shutil
import subprocess

import pytest
from markdown_it import MarkdownIt
from report_project import LOOPING, SHIPPED_CATALOGUE, Project

from why_finetune.commands import compare as cli

CHAT = "local/mars/templated/chat"  # the catalogue expects it to answer, and not to drift
BASE = "local/dog-sit/raw/base"
MARS_ANSWER = "Mars is the fourth planet from the Sun: cold, dry and red, with the tallest volcano we know of."


def git(root, *args):
    run = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
                         cwd=root, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture
def repo(recorded, monkeypatch) -> Project:
    """The local pair recorded, its catalogue beside it, all committed; the current folder is the project."""
    shutil.copy(SHIPPED_CATALOGUE, recorded.root / "catalogue.yaml")
    (recorded.root / "pytest.ini").write_text("[pytest]\n")
    recorded.record(CHAT, MARS_ANSWER)
    recorded.snapshot(CHAT, MARS_ANSWER)
    git(recorded.root, "init", "-q")
    git(recorded.root, "add", "-A")
    git(recorded.root, "commit", "-qm", "recorded")
    monkeypatch.chdir(recorded.root)
    return recorded


def changed(*argv, environ=None):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(parser.parse_args(["--changed", *argv]), stdout=out, stderr=err, environ=environ or {})
    return status, out.getvalue(), err.getvalue()


def refresh(project: Project, case_id: str, output: str) -> None:
    """What a refresh does to one case: its recording and its snapshot, written together."""
    project.record(case_id, output)
    project.snapshot(case_id, output)


def headline(out: str) -> str:
    """The count line at the top, unwrapped."""
    return " ".join(out.split("\n\n")[0].split())


def shown_cases(out: str) -> list[str]:
    return [line.split()[1] for line in out.splitlines() if line.startswith("━━ ") and "/" in line.split()[1]]


def test_a_refresh_that_changes_nothing_says_no_behaviour_changed_and_exits_0(repo):
    refresh(repo, CHAT, MARS_ANSWER)  # the same output, written again
    status, out, err = changed()
    assert status == 0, err
    assert headline(out).startswith("No behaviour changed since HEAD (")
    assert shown_cases(out) == []


def test_only_the_changed_cases_are_shown_their_output_at_ref_beside_now(repo):
    looping_more = " on a chair?\n\nI'm not sure how to teach my dog to sit on a chair.\n" * 5
    refresh(repo, BASE, looping_more)
    refresh(repo, CHAT, MARS_ANSWER + " It has two small moons.")
    status, out, err = changed("--width", "120")
    assert status == 0, err
    assert shown_cases(out) == [BASE, CHAT]
    first = headline(out)
    assert first.startswith("2 cases differ from HEAD (") and "2 changed (0 with a new verdict)" in first
    assert "every expectation that held at HEAD still holds" in first
    assert f"━━ {CHAT} (changed): output changed, verdicts unchanged" in out
    columns = [line for line in out.splitlines() if "│" in line]
    assert any(line.startswith("chat at HEAD (") and line.rstrip().endswith("│ chat now") for line in columns)
    assert any("Mars is the fourth planet" in line.split("│")[0] and "Mars is the fourth planet" in line.split("│")[1]
               for line in columns)
    assert "we know of.{+ It has two small moons.+}" in out  # the words that changed, then -> now


def test_a_verdict_that_changed_is_said_in_words_and_a_broken_expectation_exits_1(repo):
    refresh(repo, CHAT, "")
    status, out, err = changed()
    assert status == 1
    assert f"━━ {CHAT} (changed): chat: answers -> no answer" in out
    assert "✗ chat: expected answers: held at HEAD, fails now" in out
    assert headline(out).endswith("; 2 expectations that held at HEAD fail now.")  # the case's, and its pair's
    assert err.splitlines() == [f"compare: expectation broken: {CHAT}: chat: expected answers: held at HEAD, fails now",
                                "compare: expectation broken: local/mars/templated: expected chat to answer better "
                                "than base: held at HEAD, fails now"]


def test_relaxing_the_expectation_in_the_same_change_does_not_hide_that_it_broke(repo):
    catalogue = repo.root / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("  chat: [answers, not drifts]\n  chat_better: true",
                                                       "  chat: []\n  chat_better: false"))
    refresh(repo, CHAT, "")
    status, out, _ = changed()
    assert status == 1
    assert "chat: expected answers: held at HEAD, fails now" in out


def test_a_drift_that_ends_is_said_so(repo):
    refresh(repo, BASE, "To teach a dog to sit, hold a treat above its nose and say sit.")
    _, out, _ = changed()
    assert f"━━ {BASE} (changed): base: no answer -> answers; base: no longer drifts" in " ".join(out.split())


def test_the_same_output_recorded_again_another_day_names_what_changed_not_the_date(repo):
    # A refresh with a larger max_new_tokens, a day later: the model stopped before either limit.
    repo.record(CHAT, MARS_ANSWER, provenance={"recorded": "2026-12-04"}, request={"max_new_tokens": 160})
    repo.record(BASE, LOOPING, provenance={"recorded": "2026-12-04", "runtime": "xllamacpp 2027.01.1"})
    status, out, err = changed("--width", "120")
    assert status == 0, err
    assert f"━━ {CHAT} (changed): output unchanged; the recorded request changed" in out
    assert f"━━ {BASE} (changed): output unchanged; recorded again (runtime changed)" in out


def test_new_and_removed_cases_are_listed(repo):
    (repo.cassettes / f"{BASE}.yaml").unlink()
    (repo.snapshots / f"{BASE}.yml").unlink()
    refresh(repo, "course/mars/raw/chat", MARS_ANSWER)
    status, out, err = changed()
    assert status == 0, err
    assert shown_cases(out) == ["course/mars/raw/chat", BASE]  # grouped by pair, in the catalogue's order
    assert "0 changed (0 with a new verdict), 1 new, 1 removed" in headline(out)
    assert f"━━ {BASE} (removed): base: removed, no recording now" in out
    assert "━━ course/mars/raw/chat (new): chat: new recording" in out


def test_ref_is_any_revision_and_is_never_checked_out(repo):
    first = git(repo.root, "rev-parse", "HEAD").strip()
    refresh(repo, CHAT, "")
    git(repo.root, "commit", "-qam", "the chat model stopped answering")
    refresh(repo, CHAT, MARS_ANSWER + " Again.")
    before = git(repo.root, "status", "--porcelain"), git(repo.root, "rev-parse", "HEAD")
    status, out, _ = changed(first[:10])
    assert status == 0  # "answers" held at the first commit, and holds now
    assert headline(out).startswith(f"1 case differs from {first[:10]}:")
    status, out, _ = changed("HEAD")
    assert f"━━ {CHAT} (changed): chat: no answer -> answers" in out
    assert (git(repo.root, "status", "--porcelain"), git(repo.root, "rev-parse", "HEAD")) == before


@pytest.mark.parametrize("setup, message", [
    ("no repository", "is not in a git repository, so there is no HEAD to compare with: commit the recordings"),
    ("no commit", "no revision 'HEAD' in the git repository at"),
    ("unknown ref", "no revision 'no-such-branch' in the git repository at"),
])
def test_without_a_git_repository_or_ref_one_line_says_what_to_do(recorded, monkeypatch, setup, message):
    shutil.copy(SHIPPED_CATALOGUE, recorded.root / "catalogue.yaml")
    (recorded.root / "pytest.ini").write_text("[pytest]\n")
    monkeypatch.chdir(recorded.root)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(recorded.root.parent))  # no repository above it either
    if setup != "no repository":
        git(recorded.root, "init", "-q")
    if setup == "unknown ref":
        git(recorded.root, "add", "-A")
        git(recorded.root, "commit", "-qm", "recorded")
    status, out, err = changed(*(["no-such-branch"] if setup == "unknown ref" else []))
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err


def test_an_option_is_never_taken_for_a_revision(repo):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    err = io.StringIO()
    status = cli.run(parser.parse_args(["--changed=--output=x"]), stdout=io.StringIO(), stderr=err, environ={})
    err = err.getvalue()
    assert status == 2 and "is not a revision" in err


# -- Markdown, as GitHub reads it -----------------------------------------------------------------------

HOSTILE = "```\n</details><script>alert(1)</script> | @octocat **bold** <!-- \u202eevil"


GITHUB = MarkdownIt("commonmark").enable("table")  # CommonMark with tables, as GitHub reads a summary


def parsed(markdown: str):
    return GITHUB.parse(markdown)


def shown(inline) -> str:
    """What a reader sees of an inline token: rendered, entities read back (a <br> stays a tag)."""
    return html.unescape(GITHUB.renderer.renderInline(inline.children, GITHUB.options, {}))


def test_the_markdown_has_the_count_a_table_per_pair_and_the_outputs_folded(repo, tmp_path):
    refresh(repo, CHAT, "")
    refresh(repo, "course/mars/raw/chat", MARS_ANSWER)
    status, _, _ = changed("--markdown", str(tmp_path / "summary.md"))
    assert status == 1
    markdown = (tmp_path / "summary.md").read_text()
    tokens = parsed(markdown)
    headings = [shown(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0].startswith("What changed in the models' behaviour since <code>HEAD (")
    assert headings[1:3] == ["pair <code>course</code>: meta-llama/Llama-2-7b-hf (base) vs meta-llama/Llama-2-7b-chat-hf (chat)",
                             "pair <code>local</code>: google/gemma-3-270m (base) vs HuggingFaceTB/SmolLM2-135M-Instruct (chat)"]
    assert sum(t.type == "table_open" for t in tokens) == 2
    rows = [[shown(c) for c in tokens[i:] if c.type == "inline"][:4] for i, t in enumerate(tokens) if t.type == "tr_open"]
    body = [row for row in rows if row[0] != "case"]
    assert [row[0] for row in body] == ["<code>course/mars/raw/chat</code> (new)", f"<code>{CHAT}</code> (changed)"]
    assert "chat: answers -> no answer<br>❌ chat: expected answers: held at HEAD, fails now" in body[1][1]
    assert body[1][2] == "answers, no drift" and body[1][3].startswith("no answer (expected: answers)")
    fences = [t.content for t in tokens if t.type == "fence"]
    assert MARS_ANSWER + "\n" in fences and "(empty output)\n" in fences
    opened = [t.content for t in tokens if t.type == "html_block" and t.content.startswith("<details>")]
    assert len(opened) == 2 and markdown.count("</details>") == 2


def test_what_a_model_wrote_stays_inside_its_code_block(repo, tmp_path):
    refresh(repo, CHAT, HOSTILE)
    changed("--markdown", str(tmp_path / "summary.md"))
    markdown = (tmp_path / "summary.md").read_text()
    tokens = parsed(markdown)
    fences = [t for t in tokens if t.type == "fence"]
    assert any(t.content.startswith("```\n</details><script>") and "\\u202eevil" in t.content for t in fences)
    outside = "".join(t.content for t in tokens if t.type != "fence")
    assert "<script>" not in outside and "\u202e" not in markdown
    closing = [t for t in tokens if t.type == "html_block" and "</details>" in t.content]
    assert len(closing) == 1  # the model's own one is text in its block


def test_the_markdown_stays_short_enough_for_a_pull_request(repo, tmp_path):
    long = "Mars, " * 5000
    for case in repo.catalogue.cases(["local"]):
        refresh(repo, case.id, long + case.id)
    changed("--markdown", str(tmp_path / "summary.md"))
    markdown = (tmp_path / "summary.md").read_text()
    assert len(markdown) < 65_536
    cases = len(repo.catalogue.cases(["local"]))
    table_rows = [t for t in parsed(markdown) if t.type == "tr_open"]
    assert len(table_rows) == cases + 1  # every case is in the table, however long its output
    assert "more characters)" in markdown
    assert "left out to keep this short" in markdown or markdown.count("<details>") == cases


# -- HTML ------------------------------------------------------------------------------------------------

def test_the_html_shows_each_changed_case_at_ref_beside_now(repo, tmp_path):
    refresh(repo, CHAT, "")
    status, out, _ = changed("--html", str(tmp_path / "changes.html"))
    page = (tmp_path / "changes.html").read_text()
    assert status == 1 and f"HTML written to {tmp_path / 'changes.html'}" in out
    assert page.count(f'data-case="{CHAT}"') == 2  # then, now
    assert '<span class="role">chat at HEAD (' in page and '<span class="role">chat now</span>' in page
    assert "chat: answers -&gt; no answer" in page and "held at HEAD, fails now" in page
    assert page.count('data-case="') == 2


# -- the key ---------------------------------------------------------------------------------------------

def test_the_key_in_use_reaches_no_view(repo, tmp_path):
    key = "lk-" + secrets.token_hex(20)
    refresh(repo, CHAT, f"{MARS_ANSWER} {key}")  # as if an endpoint had echoed it
    refresh(repo, BASE, f"{key}\n" * 3)
    status, out, err = changed("--html", str(tmp_path / "c.html"), "--markdown", str(tmp_path / "c.md"),
                               environ={"LAMINI_API_KEY": key})
    texts = {"terminal": out, "stderr": err, "html": (tmp_path / "c.html").read_text(),
             "markdown": (tmp_path / "c.md").read_text()}
    assert {name: key in text for name, text in texts.items()} == dict.fromkeys(texts, False)
    assert "<redacted key>" in out and "&lt;redacted key&gt;" in texts["html"]

