"""The HTML report as a person sees it: rendered by a real headless Chromium, screenshot checked.

Chromium runs as a subprocess on a file:// URL with its network features off; pytest itself opens
no socket. Without /usr/bin/chromium (Debian's `chromium` package) these tests skip and say so.
"""

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from why_finetune.report import html
from why_finetune.report.recorded import recorded_report

import png_pixels as png  # tests/report/png_pixels.py (pytest puts this directory on sys.path)

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
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
    assert not missing and len(report.case_ids()) == 32
    assert "<del>cat</del><ins>dog</ins>" in dom
