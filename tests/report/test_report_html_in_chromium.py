"""The HTML report as a person sees it: rendered by a real headless Chromium, screenshot checked.

Chromium runs as a subprocess on a file:// URL with its network features off; pytest itself opens
no socket. Without /usr/bin/chromium (Debian's `chromium` package) these tests skip and say so.
"""

import os
import shutil
import subprocess
from collections import Counter

import png_pixels as png  # tests/report/png_pixels.py (pytest puts this directory on sys.path)
import pytest

from why_finetune.report.sources.recorded import recorded_report
from why_finetune.report.views import html


def working_browser() -> str | None:
    """The first Chromium-family browser that runs: Debian's `chromium` here; on a GitHub runner,
    whose `chromium` may be a stub that cannot start, its Google Chrome."""
    for name in ("chromium", "/usr/bin/chromium", "google-chrome"):
        path = shutil.which(name) or (name if os.path.isabs(name) and os.path.exists(name) else None)
        if path and subprocess.run([path, "--version"], capture_output=True, timeout=60).returncode == 0:
            return path
    return None


CHROMIUM = working_browser()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium); the HTML is not rendered"
)

GREEN, RED, MARK = (26, 127, 55), (207, 34, 46), (255, 211, 61)  # .badge.ok, .badge.bad, mark in html.CSS
WIDTH, HEIGHT = 1280, 2000


def chromium(tmp_path, url, *extra, timeout=120):
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *extra, url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def report_file(recorded, tmp_path):
    """The report of a typical run: the local pair recorded (one snapshot changed), the course pair not."""
    recorded.record("local/dog-sit/templated/chat", "Training a dog to sit is easy: hold a treat, say sit, reward.")
    recorded.snapshot("local/dog-sit/templated/chat", "Training a cat to sit is hard: hold a treat, say sit.")
    report = recorded_report(recorded.catalogue, recorded.catalogue.cases(), recorded.cassettes, recorded.snapshots)
    return html.write_report(tmp_path / "report.html", report), report


def test_the_report_renders_with_badges_and_highlights(report_file, tmp_path):
    path, _ = report_file
    screenshot = tmp_path / "report.png"
    result = chromium(tmp_path, path.as_uri(), f"--screenshot={screenshot}", f"--window-size={WIDTH},{HEIGHT}")
    assert screenshot.is_file(), f"no screenshot; chromium said:\n{result.stderr[-2000:]}"
    image = png.read(screenshot)
    assert (image.width, image.height) == (WIDTH, HEIGHT)
    colours = Counter(image.pixels(step=2))
    sampled = sum(colours.values())
    background = colours.most_common(3)
    drawn = sampled - sum(count for _, count in background)
    assert drawn > 0.05 * sampled, f"the page looks blank: {background}"
    assert colours[GREEN] > 100, "no green verdict badge in the screenshot"
    assert colours[RED] > 100, "no red verdict badge in the screenshot"
    assert colours[MARK] > 100, "no highlighted evidence in the screenshot"


def test_every_case_is_in_the_rendered_page(report_file, tmp_path):
    path, report = report_file
    result = chromium(tmp_path, path.as_uri(), "--dump-dom")
    dom = result.stdout
    assert "</html>" in dom, f"no DOM; chromium said:\n{result.stderr[-2000:]}"
    missing = [case_id for case_id in report.case_ids() if f'data-case="{case_id}"' not in dom]
    assert report.case_ids() and not missing
    assert "<del>cat</del><ins>dog</ins>" in dom


# -- on a phone: 390 px wide ---------------------------------------------------------------------------

PHONE = 390

# Added to a copy of the report (the report itself runs no script): it measures the laid-out page and
# writes what it finds into the DOM, which --dump-dom then prints.
MEASURE = """
<script>
addEventListener("load", () => {
  const view = document.documentElement.clientWidth;
  const out = [];
  const name = (el) => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).replace(/ /g, ".") : "")
    + " " + JSON.stringify((el.textContent || "").trim().slice(0, 40));
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > view + 0.5 || box.left < -0.5) out.push("past the viewport: " + name(el) + " " + Math.round(box.left) + ".." + Math.round(box.right));
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
      out.push("clipped or scrolled inside: " + name(el) + " " + el.scrollWidth + " > " + el.clientWidth);
  }
  for (const code of document.querySelectorAll("code")) {
    const box = code.getBoundingClientRect(), parent = code.parentElement.getBoundingClientRect();
    if (box.right > parent.right + 0.5) out.push("command out of its box: " + name(code));
  }
  for (const row of document.querySelectorAll("tr.row:not(.compact):not(.extra)")) {
    const [base, chat] = row.querySelectorAll("td.cell");
    if (base && chat && chat.getBoundingClientRect().top < base.getBoundingClientRect().bottom - 0.5)
      out.push("base and chat side by side: " + row.dataset.row);
  }
  parent.postMessage(JSON.stringify({view: view, page: document.documentElement.scrollWidth, problems: out}), "*");
});
</script>
<style>html { scrollbar-width: none; }</style>
"""

# A desktop browser window is at least 500 px wide, so the phone's screen is an iframe of its width,
# as on a phone, with overlay scrollbars taking no room.
PHONE_FRAME = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>body {{ margin: 0; }}</style></head>
<body><iframe src="{src}" width="{width}" height="{height}" style="border: 0; display: block"></iframe>
<script>addEventListener("message", (event) => {{
  const result = document.createElement("pre"); result.id = "measured"; result.textContent = event.data;
  document.body.appendChild(result); }});</script></body></html>
"""


def measured(tmp_path, path, width):
    probe = tmp_path / "measure.html"
    probe.write_text(path.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    frame = tmp_path / "phone.html"
    frame.write_text(PHONE_FRAME.format(src=probe.name, width=width, height=HEIGHT), encoding="utf-8")
    result = chromium(tmp_path, frame.as_uri(), "--dump-dom", f"--window-size={max(width, 800)},{HEIGHT}",
                      "--force-device-scale-factor=1", "--run-all-compositor-stages-before-draw",
                      "--virtual-time-budget=5000")
    import html as html_module
    import json
    import re

    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert found, f"the page was not measured; chromium said:\n{result.stderr[-2000:]}"
    return json.loads(html_module.unescape(found.group(1)))


def test_on_a_phone_nothing_is_wider_than_the_screen_commands_wrap_and_columns_stack(report_file, tmp_path):
    path, _ = report_file
    page = measured(tmp_path, path, PHONE)
    assert page["view"] == PHONE
    assert not page["problems"], "\n".join(page["problems"][:30])
    assert page["page"] <= PHONE, f"the page scrolls sideways: {page['page']} px wide"


def test_on_a_phone_the_screenshot_shows_verdicts_and_highlights(report_file, tmp_path):
    path, _ = report_file
    frame = tmp_path / "phone.html"
    frame.write_text(PHONE_FRAME.format(src=path.name, width=PHONE, height=HEIGHT), encoding="utf-8")
    screenshot = tmp_path / "phone.png"
    result = chromium(tmp_path, frame.as_uri(), f"--screenshot={screenshot}", f"--window-size=800,{HEIGHT}",
                      "--force-device-scale-factor=1")
    assert screenshot.is_file(), f"no screenshot; chromium said:\n{result.stderr[-2000:]}"
    image = png.read(screenshot)
    colours = Counter(pixel for y, row in enumerate(image.rows) if y % 2 == 0
                      for pixel in zip(row[0:PHONE * image.channels:image.channels * 2],
                                       row[1:PHONE * image.channels:image.channels * 2],
                                       row[2:PHONE * image.channels:image.channels * 2]))
    assert colours[GREEN] > 50 and colours[MARK] > 50
