"""A throwaway project for the report's tests: recordings and snapshots written into a temporary
directory through the project's own serializer, never into the repository's cassettes/ or snapshots/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from why_finetune.recording import serializer
from why_finetune.recording.persistence import CassetteStore

SHIPPED_CATALOGUE = Path(__file__).resolve().parents[2] / "catalogue.yaml"

LOCAL_PROVENANCE = {
    "backend": "why-finetune local server",
    "runtime": "xllamacpp 2026.10.11549",
    "lamini_client": "3.4.6",
    "recorded": "2026-11-27",
}
MODEL_FILES = {
    "google/gemma-3-270m": "gemma-3-270m-q4_k_m.gguf",
    "HuggingFaceTB/SmolLM2-135M-Instruct": "SmolLM2-135M-Instruct.Q4_1.gguf",
}

LOOPING = " on a chair?\n\nI'm not sure how to train my dog to sit on a chair.\n" * 5
ANSWER = (
    "Training a dog to sit is a fun and rewarding experience. Here's a simple way:\n\n"
    "1. Hold a treat close to your dog's nose.\n2. Move your hand up, so its head follows the treat.\n"
    "3. Once it sits, say \"sit\", give it the treat and praise it.\n\nRepeat a few times a day."
)
TEMPLATE_ECHO = "<|im_end|>\n<|im_start|>assistant\n<|im_end|>\n<|im_start|>user\n" * 4


def write_cassette(root: Path, case, output: str, provenance: dict | None = None, prompt: str | None = None,
                   request: dict | None = None) -> Path:
    """A cassette as the recorder writes it: one lamini completion, readable YAML. `request` adds
    fields to the request's body (max_new_tokens, say)."""
    path = CassetteStore(Path(root)).path_for(case.id)
    info = {"case": case.id, "pair": case.pair.id, "model": case.model, **LOCAL_PROVENANCE,
            "model_file": MODEL_FILES.get(case.model), **(provenance or {})}
    body = {"model_name": case.model, "prompt": case.prompt if prompt is None else prompt,
            "output_type": None, "max_tokens": None, **(request or {})}
    data = {
        "provenance": info,
        "interactions": [{
            "request": {"body": json.dumps(body), "headers": {"Content-Type": ["application/json"]},
                        "method": "POST", "uri": "http://127.0.0.1:8800/v1/completions"},
            "response": {"status": {"code": 200, "message": "OK"},
                         "headers": {"Content-Type": ["application/json"]},
                         "body": {"string": json.dumps({"output": output})}},
        }],
        "version": 1,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(serializer.serialize(data), encoding="utf-8")
    return path


def write_snapshot(root: Path, case, output: str) -> Path:
    path = Path(root) / f"{case.id}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"case": case.id, "model": case.model, "prompt": case.prompt, "output": output,
            "provenance": {"backend": "why-finetune local server"}}
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def typical_output(case) -> str:
    """What the local pair typically does: the base loops or echoes, the chat model answers when templated."""
    if case.role == "base":
        return TEMPLATE_ECHO if case.form == "templated" else LOOPING
    return ANSWER if case.form == "templated" else ""


@dataclass
class Project:
    root: Path
    catalogue: object

    @property
    def cassettes(self) -> Path:
        return self.root / "cassettes"

    @property
    def snapshots(self) -> Path:
        return self.root / "snapshots"

    def case(self, case_id: str):
        return self.catalogue.case(case_id)

    def record(self, case_id: str, output: str, **kwargs) -> Path:
        return write_cassette(self.cassettes, self.case(case_id), output, **kwargs)

    def snapshot(self, case_id: str, output: str) -> Path:
        return write_snapshot(self.snapshots, self.case(case_id), output)
