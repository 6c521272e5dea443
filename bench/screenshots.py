"""The README's screenshots of `compare --changed --html`, made from a real refresh.

    make screenshots            (or: .venv/bin/python bench/screenshots.py)

Nothing in them is typed: this repository's catalogue and the `local` pair's cassettes and snapshots
are copied into a throwaway git repository and committed; the `local` pair is refreshed there through
the real local server with a different max_new_tokens (`python -m why_finetune refresh --pair local`,
about a minute or two); `compare --changed --html` renders what that refresh changed; and headless
Chromium (Debian's `chromium`, as tests/report/test_report_html_in_chromium.py runs it) draws the page
at desktop and at phone width. The screenshots are the top of the page, cut to a fixed height, and
written to docs/images/ as RGB PNGs compressed with zlib at its highest level.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
PAIR = "local"
#: The refreshed pair's answers may be this many tokens long instead of the catalogue's 128. Longer, not
#: shorter: cut to 96 tokens, two outputs no longer show what the catalogue expects (a loop too short to
#: count as one), so the refresh does not record them and stops here.
MAX_NEW_TOKENS = 160
#: (file name, width, height) of each screenshot, in CSS pixels at a device scale factor of 1.
SHOTS = (("compare-changed-desktop.png", 1280, 1400), ("compare-changed-phone.png", 390, 1600))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-new-tokens", type=int, default=MAX_NEW_TOKENS)
    parser.add_argument("--out", type=Path, default=IMAGES, help="where the PNGs go (default docs/images)")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway repository and print its path")
    args = parser.parse_args()
    browser = chromium()
    if browser is None:
        print("screenshots: no Chromium found; install Debian's `chromium` (apt-get install -y chromium)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="why-finetune-screenshots-"))
    try:
        project = committed_project(work / "project")
        set_max_new_tokens(project / "catalogue.yaml", PAIR, args.max_new_tokens)
        run(project, sys.executable, "-m", "why_finetune", "refresh", "--pair", PAIR)
        page = work / "changes.html"
        # Exit 1 would mean an expectation broke; the page is written either way and is what we show.
        run(project, sys.executable, "-m", "why_finetune", "compare", "--changed", "--html", str(page), ok=(0, 1))
        args.out.mkdir(parents=True, exist_ok=True)
        for name, width, height in SHOTS:
            shot = screenshot(browser, page, width, height, work)
            size = recompress(shot, args.out / name, width, height)
            print(f"screenshots: wrote {(args.out / name).relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out / name}"
                  f" ({width}x{height}, {size // 1024} KiB)")
    finally:
        if args.keep:
            print(f"screenshots: the throwaway repository is {work / 'project'}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def committed_project(project: Path) -> Path:
    """A git repository holding what a user's project holds: the suite's test file, a pytest.ini, this
    repository's catalogue and the pair's recordings and snapshots, committed."""
    (project / "tests" / "behaviour").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "behaviour" / "test_behaviour.py", project / "tests" / "behaviour")
    (project / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    shutil.copy(ROOT / "catalogue.yaml", project / "catalogue.yaml")
    for folder in ("cassettes", "snapshots"):
        shutil.copytree(ROOT / folder / PAIR, project / folder / PAIR)
    run(project, "git", "init", "-q")
    run(project, "git", "add", "-A")
    # A fixed date, so that the same recordings make the same commit, whose id the screenshots show.
    run(project, "git", "-c", "user.name=why-finetune", "-c", "user.email=screenshots@example.invalid",
        "commit", "-qm", "the shipped recordings", env=FIXED_DATE)
    return project


def set_max_new_tokens(catalogue: Path, pair: str, tokens: int) -> None:
    """Change one pair's max_new_tokens in the catalogue's text, leaving its comments and layout alone."""
    text = catalogue.read_text(encoding="utf-8")
    block = re.search(rf"^  {re.escape(pair)}:\n(?:(?:    .*)?\n)*", text, re.M)  # the pair's lines, indented deeper
    changed = block and re.sub(r"^(    max_new_tokens:) *\d+ *$", rf"\g<1> {tokens}", block.group(0), count=1, flags=re.M)
    if not changed or changed == block.group(0):
        raise SystemExit(f"screenshots: catalogue.yaml: pair {pair!r} has no max_new_tokens line to change")
    text = text[:block.start()] + changed + text[block.end():]
    assert yaml.safe_load(text)["pairs"][pair]["max_new_tokens"] == tokens
    catalogue.write_text(text, encoding="utf-8")


FIXED_DATE = {"GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}


def run(cwd: Path, *command: str, ok=(0,), env=None) -> None:
    """Run a command in the throwaway repository, with no key: nothing here needs one."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(Path.home()),  # the model cache
                   "PYTHONPATH": str(ROOT), "GIT_CONFIG_NOSYSTEM": "1", **(env or {})}
    result = subprocess.run(list(command), cwd=cwd, env=environment, capture_output=True, text=True, timeout=1800)
    if result.returncode not in ok:
        raise SystemExit(f"screenshots: `{' '.join(command[:6])}` failed ({result.returncode}):\n"
                         + result.stdout[-3000:] + result.stderr[-3000:])


def chromium() -> str | None:
    for name in ("chromium", "google-chrome"):
        path = shutil.which(name)
        if path and subprocess.run([path, "--version"], capture_output=True, timeout=60).returncode == 0:
            return path
    return None


#: Chromium's window is never narrower than this, whatever --window-size says: a narrower screen is an
#: iframe of its width inside the window, as tests/report/test_report_html_in_chromium.py measures it.
NARROWEST_WINDOW = 500

FRAME = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>body {{ margin: 0; }}</style></head>
<body><iframe src="{src}" width="{width}" height="{height}" scrolling="no" style="border: 0; display: block">
</iframe></body></html>
"""


def screenshot(browser: str, page: Path, width: int, height: int, work: Path) -> Path:
    """Chromium's screenshot of the page's top, `width` CSS pixels wide; it may be wider than that
    (the window's narrowest), the page taking its left `width` pixels."""
    frame = work / f"frame-{width}.html"
    frame.write_text(FRAME.format(src=page.as_uri(), width=width, height=height), encoding="utf-8")
    shot = work / f"shot-{width}.png"
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        f"--user-data-dir={work / f'profile-{width}'}", "--force-device-scale-factor=1",
        "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
        f"--window-size={max(width, NARROWEST_WINDOW)},{height}", f"--screenshot={shot}", frame.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    if not shot.is_file():
        raise SystemExit(f"screenshots: Chromium drew nothing at {width} px:\n{result.stderr[-2000:]}")
    return shot


# -- PNG: read Chromium's, write it again smaller ----------------------------------------------------

def recompress(source: Path, target: Path, width: int, height: int) -> int:
    """Write the top left `width` x `height` pixels of `source` to `target` as 8-bit RGB (no alpha),
    zlib at level 9. Returns the new file's size. Rows are left unfiltered: on these pages of flat
    colour and text that compresses best (measured: 216 KB, against 276 KB with the usual per-row
    choice of filter and 281 KB as Chromium writes it)."""
    shot_width, shot_height, channels, rows = read_png(source)
    if shot_width < width or shot_height < height:
        raise SystemExit(f"screenshots: Chromium drew {shot_width}x{shot_height}, not {width}x{height}")
    raw = bytearray()
    for row in rows[:height]:
        row = row[:width * channels]
        raw += b"\x00" + (row if channels == 3 else bytes(b for i, b in enumerate(row) if i % 4 != 3))
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    target.write_bytes(data)
    return len(data)


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def read_png(path: Path):
    sys.path.insert(0, str(ROOT / "tests" / "report"))
    import png_pixels  # the tests' PNG reader: Chromium's 8-bit RGB(A), any row filter

    image = png_pixels.read(path)
    return image.width, image.height, image.channels, image.rows


if __name__ == "__main__":
    sys.exit(main())
