"""`python -m why_finetune judge [FILE]`: judge JSON lines, one verdict per line.

Input: one JSON object per line, {"prompt": "...", "output": "..."[, "template": "..."]}, from FILE or
standard input (FILE "-" is standard input too). Blank lines are skipped. A template holding the slot
"{prompt}" is the prompt as sent, the prompt put in its slot, as --score reads it (score.prompt_as_sent).

Output: one JSON object per non-blank input line, in order:
  {"line": N, "answers": bool, "drifts": bool, "scores": {...}, "evidence": [{measure, value,
   threshold, span, message, property}, ...]}
or, for a line that cannot be judged (invalid JSON, not an object, a missing field, a field that is
not a string):
  {"line": N, "error": "..."}
and the remaining lines are still judged.

Exit status: 0 every line was judged; 1 some line was bad; 2 FILE could not be read (message on
standard error, no traceback).

With --score, FILE holds labelled lines {"prompt", "output", "answers", "drifts"[, "source", "id",
"template"]} (see score.py): the output is the agreement per property, overall and per source, and
each miss with its evidence. Exit status: 0; 1 when a property's agreement is below --min; 2 when
FILE cannot be read or a line cannot be scored (one line on standard error naming FILE and the line).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from why_finetune.judges.judging import judge
from why_finetune.judges.score import LabelledInputError, prompt_as_sent, read_labelled, render, score
from why_finetune.judges.thresholds import Thresholds


def build_parser(prog: str = "python -m why_finetune judge") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Judge model outputs: does each answer its prompt, does it drift? Reads JSON lines "
        '{"prompt": ..., "output": ...}; writes one JSON verdict per line.',
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="JSON-lines file (default: stdin)")
    parser.add_argument(
        "--thresholds",
        metavar="JSON",
        help='threshold overrides as a JSON object, e.g. \'{"loop_unit_repeat": 0.5}\'',
    )
    parser.add_argument(
        "--score",
        action="store_true",
        help="FILE holds labelled lines (prompt, output, answers, drifts[, source]): report how often the "
        "judges agree with the labels, per property and per source, and each miss with its evidence",
    )
    parser.add_argument(
        "--min",
        type=_share,
        metavar="SHARE",
        help="with --score: exit 1 when a property's agreement is below this share (0 to 1, e.g. 0.9)",
    )
    return parser


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a share between 0 and 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a share between 0 and 1, got {text!r}")
    return value


def score_file(name: str, handle: Iterable[str], out: TextIO, minimum: float | None,
               thresholds: Thresholds | None) -> int:
    """Score a labelled file: the report on `out`; exit 1 when a property is below `minimum`."""
    result = score(read_labelled(handle, name), thresholds)
    out.write(render(result, name))
    low = result.below(minimum) if minimum is not None else []
    if low and minimum is not None:
        shares = ", ".join(f"{p} {result.overall.share(p) * 100:.0f}%" for p in low)
        out.write(f"Below the minimum of {minimum * 100:.0f}%: {shares}\n")
        return 1
    return 0


def judge_lines(lines: Iterable[str], out: TextIO, thresholds: Thresholds | None = None) -> int:
    """Judge each line and write a result line; return the number of bad lines."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        result = _judge_line(line, thresholds)
        if "error" in result:
            bad += 1
        out.write(json.dumps({"line": number, **result}, ensure_ascii=False) + "\n")
    return bad


def _judge_line(line: str, thresholds: Thresholds | None) -> dict:
    text = line.rstrip("\r\n")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return {"error": _json_problem(text, exc)}
    if not isinstance(record, dict):
        return {"error": f"expected a JSON object with 'prompt' and 'output', got {type(record).__name__}"}
    for field in ("prompt", "output"):
        if field not in record:
            return {"error": f"missing field {field!r}"}
        if not isinstance(record[field], str):
            return {"error": f"field {field!r} must be a string, got {type(record[field]).__name__}"}
    template = record.get("template")
    if template is not None and not isinstance(template, str):
        return {"error": f"field 'template' must be a string or null, got {type(template).__name__}"}
    return judge(prompt_as_sent(record["prompt"], template), record["output"], thresholds).to_dict()


def _json_problem(text: str, exc: json.JSONDecodeError) -> str:
    """Where and what is wrong with a line, in the line's own columns (1-based)."""
    if exc.pos >= len(text.rstrip()) and text.strip():
        end = len(text.rstrip())
        closer = _missing_closer(text)
        what = f"missing its closing {closer!r}" if closer else "incomplete"
        return f"invalid JSON: the line ends after column {end} and is {what}"
    return f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.pos + 1}"


def _missing_closer(text: str) -> str | None:
    """The bracket or quote that would close what is still open at the end of `text`, if any."""
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]" and stack and stack[-1] == ch:
            stack.pop()
    if in_string:
        return '"'
    return stack[-1] if stack else None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    thresholds = None
    if args.thresholds:
        try:
            overrides = json.loads(args.thresholds)
            thresholds = Thresholds.from_mapping(overrides)
        except (json.JSONDecodeError, ValueError, TypeError) as exc:
            print(f"error: --thresholds: {exc}", file=sys.stderr)
            return 2
    if args.min is not None and not args.score:
        print("error: --min needs --score", file=sys.stderr)
        return 2
    if args.score:
        return _score_main(args.file, args.min, thresholds)
    if args.file == "-":
        bad = judge_lines(sys.stdin, sys.stdout, thresholds)
        return 1 if bad else 0
    try:
        handle = open(args.file, encoding="utf-8")
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        with handle:
            bad = judge_lines(handle, sys.stdout, thresholds)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    return 1 if bad else 0


def _utf8_lines(handle, name: str):
    """The file's lines as text; a line that is not UTF-8 is named, not a traceback."""
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            raise LabelledInputError(f"{name}, line {number}: not UTF-8 text; save the file as UTF-8") from None


def _score_main(path: str, minimum: float | None, thresholds: Thresholds | None) -> int:
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            return score_file(name, sys.stdin, sys.stdout, minimum, thresholds)
        with open(path, "rb") as handle:
            return score_file(name, _utf8_lines(handle, name), sys.stdout, minimum, thresholds)
    except LabelledInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"error: cannot read {name}: {reason}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
