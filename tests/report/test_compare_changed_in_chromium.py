"""`compare --changed` as a person sees it: its HTML page and its Markdown (rendered as GitHub does, with
CommonMark and tables) drawn by a real headless Chromium, at desktop and phone width."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from test_compare_changed import CHAT, changed, refresh, repo  # noqa: F401  (repo is a fixture)
from test_report_html_in_chromium import CHROMIUM, PHONE, chromium, measured

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed; the views are not rendered")

MARKDOWN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body {{ font: 14px system-ui; margin: 16px; }} pre {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
table {{ border-collapse: collapse; display: block; overflow-x: auto; }} td, th {{ border: 1px solid #ccc; }}</style>
</head><body>{body}</body></html>"""


@pytest.fixture
def views(repo, tmp_path):  # noqa: F811
    refresh(repo, CHAT, "")
    refresh(repo, "local/dog-sit/raw/base", "To teach a dog to sit, hold a treat above its nose and say sit.")
    changed("--html", str(tmp_path / "changes.html"), "--markdown", str(tmp_path / "changes.md"))
    markdown = (tmp_path / "changes.md").read_text()
    page = tmp_path / "markdown.html"
    page.write_text(MARKDOWN_PAGE.format(body=MarkdownIt("commonmark").enable("table").render(markdown)))
    return tmp_path / "changes.html", page


def test_the_html_view_renders_each_case_then_beside_now(views, tmp_path):
    html_view, _ = views
    dom = chromium(tmp_path, html_view.as_uri(), "--dump-dom").stdout
    assert "</html>" in dom
    assert dom.count(f'data-case="{CHAT}"') == 2 and dom.count('data-case="local/dog-sit/raw/base"') == 2


def test_the_rendered_markdown_has_its_tables_and_folded_outputs(views, tmp_path):
    _, page = views
    dom = chromium(tmp_path, page.as_uri(), "--dump-dom").stdout
    assert dom.count("<table>") == 1 and dom.count("<details>") == 2
    assert "chat: answers -&gt; no answer<br>❌ chat: expected answers: held at HEAD, fails now" in dom


def test_on_a_phone_the_html_view_is_no_wider_than_the_screen_and_its_columns_stack(views, tmp_path):
    page = measured(tmp_path, views[0], PHONE)
    assert not page["problems"], "\n".join(page["problems"][:30])
    assert page["page"] <= PHONE
