"""The HTML report: one self-contained file, every case present, all text escaped."""

import json
from html.parser import HTMLParser

from why_finetune.report.sources.published import PUBLISHED_FILE, published_report
from why_finetune.report.sources.recorded import recorded_report, select_cases
from why_finetune.report.views import html


class Page(HTMLParser):
    """Tags, attributes and text of a page, as a browser's parser sees them."""

    def __init__(self, text):
        super().__init__()
        self.tags, self.cases, self.text, self.stack, self.marks = [], [], [], [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.stack.append(tag)
        if "data-case" in attrs:
            self.cases.append(attrs["data-case"])

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1] == "mark":
            self.marks.append(data)

    def all_text(self):
        return "".join(self.text)


def page_of(project, pairs=None, queries=None):
    cases = select_cases(project.catalogue, pairs, queries)
    return Page(html.render(recorded_report(project.catalogue, cases, project.cassettes, project.snapshots)))


def test_every_case_has_a_cell_recorded_or_not(recorded):
    page = page_of(recorded)
    assert sorted(page.cases) == sorted(case.id for case in recorded.catalogue.cases())


def test_one_row_per_query_and_form_with_base_beside_chat(recorded):
    page = page_of(recorded, ["local"])
    rows = [attrs for tag, attrs in page.tags if tag == "tr" and attrs.get("class") == "row"]
    queries = [query.id for query in recorded.catalogue.queries]
    assert [r["data-row"] for r in rows] == [f"local/{q}/{f}" for q in queries for f in ("raw", "templated")]
    cells = [attrs["data-case"] for tag, attrs in page.tags if tag == "td"]
    assert cells[:2] == ["local/dog-sit/raw/base", "local/dog-sit/raw/chat"]


def test_the_file_is_self_contained(recorded):
    text = html.render(recorded_report(recorded.catalogue, recorded.catalogue.cases(), recorded.cassettes,
                                       recorded.snapshots))
    page = Page(text)
    assert {tag for tag, _ in page.tags}.isdisjoint({"script", "link", "img", "iframe", "object", "embed"})
    assert not any("src" in attrs for _, attrs in page.tags)
    assert "url(" not in text and "@import" not in text
    assert "<style>" in text and '<meta charset="utf-8">' in text


def test_outputs_are_escaped_and_keep_their_line_breaks(project):
    project.record("local/mars/raw/base", '<script>alert("x")</script>\n<b>bold</b> & "quotes"\n\nend')
    page = page_of(project, ["local"], ["mars"])
    assert not any(tag == "script" for tag, _ in page.tags)
    assert '<script>alert("x")</script>\n<b>bold</b> & "quotes"\n\nend' in page.all_text()


def test_badges_marks_snapshot_diff_and_provenance(recorded):
    recorded.record("local/dog-sit/templated/chat", "Training a dog to sit is easy.")
    recorded.snapshot("local/dog-sit/templated/chat", "Training a cat to sit is hard.")
    recorded.record("local/mars/templated/chat", "")  # no answer where the chat model is expected to answer better
    text = html.render(recorded_report(recorded.catalogue, recorded.catalogue.cases(["local"]),
                                       recorded.cassettes, recorded.snapshots))
    page = Page(text)
    classes = [attrs.get("class", "") for _, attrs in page.tags]
    assert "badge ok" in classes and "badge bad" in classes
    assert "badge snap changed" in classes and "badge snap unchanged" in classes
    assert "pair-verdict ok" in classes and "pair-verdict bad" in classes
    assert "on a chair" in " ".join(page.marks)  # the looping span, highlighted inside the base output
    assert "<|im_end|>" in page.marks  # the echoed template
    assert "<del>cat</del><ins>dog</ins>" in text
    assert "changed since the stored snapshot: 2 words removed, 2 added" in page.all_text()
    words = page.all_text()
    assert "gemma-3-270m-q4_k_m.gguf" in words and "2026-11-27" in words and "why-finetune local server" in words


def test_an_unrecorded_pair_is_listed_compactly_with_the_command_to_record_it(project):
    page = page_of(project, ["local"])  # (the course pair shows its published 2023 outputs instead)
    assert len(page.cases) == len(project.catalogue.cases(["local"]))
    assert "not recorded — run python -m why_finetune refresh --pair local" in page.all_text()


def test_the_published_view_shows_chatgpt_and_links_to_the_notebooks(project):
    page = Page(html.render(published_report(project.catalogue, project.cassettes, project.snapshots)))
    assert "course/dog-sit/raw/chat-gpt" in page.cases
    assert "course/dog-sit/templated/base" in page.cases
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    # The source notebook's commit, as the published data names it (read, not typed: it is a public hash).
    records = json.loads(PUBLISHED_FILE.read_text())["records"]
    source = next(s for r in records for s in r["sources"] if s["repo"].startswith("ww-jermaine/"))
    assert f"https://github.com/{source['repo']}/blob/{source['commit']}/{source['path']}" in links
    assert any(link.endswith("01_Why_finetuning_lab_student%20%281%29.ipynb") for link in links)


def test_each_highlight_is_tied_to_the_evidence_it_belongs_to(project):
    """A loop's highlight and a template echo's differ, and each points at its own evidence line."""
    import re

    looping_echo = ("I think Mars is red and cold.\n" * 6) + "<|im_end|>\n<|im_start|>user\nWhat about Venus?\n"
    project.record("local/mars/raw/base", looping_echo)
    text = html.render(recorded_report(project.catalogue, project.catalogue.cases(["local"]),
                                       project.cassettes, project.snapshots))
    cell = text.split('data-case="local/mars/raw/base"')[1].split("</td>")[0]
    marks = re.findall(r'<mark class="(e\d+)[^"]*" data-evidence="(\d+)"[^>]*>(.*?)</mark>', cell, re.S)
    evidence = dict(re.findall(r'<li class="[^"]*" data-evidence="(\d+)">(.*?)</li>', cell, re.S))
    by_text = {body: (colour, number) for colour, number, body in marks}
    loop, echo = by_text["I think Mars is red and cold"], by_text["&lt;|im_end|&gt;"]
    assert loop != echo, "a loop's highlight looks different from an echo's"
    assert "loops" in evidence[loop[1]] and "echoes the chat template" in evidence[echo[1]]
    assert all(number in evidence for _, number, _ in marks), "every highlight names an evidence line"
    assert f'class="key {echo[0]}"' in cell, "the evidence line shows the colour of its highlights"
