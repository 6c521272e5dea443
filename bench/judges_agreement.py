"""The judges' agreement with every labelled output the project holds, by source, from `judge --score`.

    .venv/bin/python bench/judges_agreement.py                 # the report (all labels, then high-confidence)
    .venv/bin/python bench/judges_agreement.py --judged-right  # ids judged as labelled on both properties

Writes the labelled sets (tests/judges/labelled_sets.py) as one labelled file and runs the command a
team runs on its own labels, so bench/RESULTS.md shows what `judge --score` says. No fitting: the
judges' thresholds are set by hand (but chosen by reading these outputs, so the per-source rows are not
held-out figures); bench/judges_fit.py compares them with fitted combinations held out by source.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.judges import labelled_sets  # noqa: E402
from why_finetune.cli import main as cli_main  # noqa: E402
from why_finetune.judges import judge  # noqa: E402


def report(items, name: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(labelled_sets.as_json_lines(items), encoding="utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli_main(["judge", "--score", str(path)])
    return out.getvalue().replace(str(path), name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judged-right", action="store_true", help="print the ids of high-confidence "
                        "outputs judged as labelled on both properties")
    args = parser.parse_args()
    items = labelled_sets.everything()
    high = [i for i in items if i.confidence == "high"]
    if args.judged_right:
        for item in high:
            v = judge(item.prompt, item.output)
            if (v.answers, v.drifts) == (item.answers, item.drifts):
                print(item.id)
        return 0
    print(report(items, "all-labels.jsonl"))
    print(report(high, "high-confidence-labels.jsonl"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
