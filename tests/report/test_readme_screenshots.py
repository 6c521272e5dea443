"""The README's screenshots of `compare --changed --html`: linked from its "Reviewing a refresh" section,
checked in, PNGs of the widths the README states, small, and the command that makes them named in
docs/refreshing.md. (`make screenshots` makes them from a real refresh: bench/screenshots.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import png_pixels as png  # tests/report/png_pixels.py

ROOT = Path(__file__).resolve().parents[2]
DESKTOP, PHONE = "docs/images/compare-changed-desktop.png", "docs/images/compare-changed-phone.png"


def section(text: str, heading: str) -> str:
    """The text under a '## ' heading, up to the next one."""
    found = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert found, f"no '## {heading}' section"
    return found.group(1)


def linked_images(markdown: str) -> dict[str, tuple[str, int]]:
    """Every PNG the text shows (![...](x.png)) or links ([...](x.png)): how, and the width in pixels
    its text states ("390 px")."""
    images = {}
    for bang, text, target in re.findall(r"(!?)\[([^\]]*)\]\(([^)\s]+\.png)\)", markdown):
        width = re.search(r"(\d+) px", text)
        assert width, f"the text of {target} states no width: {text!r}"
        images[target] = ("shown" if bang else "linked", int(width.group(1)))
    return images


def review_images() -> dict[str, tuple[str, int]]:
    return linked_images(section((ROOT / "README.md").read_text(encoding="utf-8"), "Reviewing a refresh"))


def test_the_review_section_shows_the_desktop_screenshot_and_links_the_phone_one():
    images = review_images()
    assert {target: how for target, (how, _) in images.items()} == {DESKTOP: "shown", PHONE: "linked"}
    assert images[DESKTOP][1] >= 1024 and images[PHONE][1] <= 430  # a desktop's width and a phone's


def test_each_screenshot_is_a_small_png_of_the_width_the_readme_states():
    images = review_images()
    assert set(images) == {DESKTOP, PHONE}
    for target, (_, width) in images.items():
        image = png.read(ROOT / target)  # fails unless it is a PNG
        assert image.width == width, target
        assert image.height <= 2000, f"{target}: the top of the page, not all of it"
        assert (ROOT / target).stat().st_size < 400_000, f"{target}: make screenshots writes it smaller"


def test_the_page_on_refreshing_says_how_to_make_them_again():
    review = section((ROOT / "docs" / "refreshing.md").read_text(encoding="utf-8"), "Reviewing a refresh")
    assert "make screenshots" in review and "bench/screenshots.py" in review
    assert "screenshots: setup" in (ROOT / "Makefile").read_text(encoding="utf-8")
