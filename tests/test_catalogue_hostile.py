"""A catalogue that could hang or crash the suite is refused in one line naming the file: bytes that are
not UTF-8, and YAML aliases that expand to more than any catalogue holds (the "billion laughs")."""

import time

import pytest

from why_finetune.catalogue import CatalogueError, load_catalogue

PAIRS = """
pairs:
  local:
    backend: local
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "{query}"
"""


def laughs(levels: int = 9) -> str:
    """Anchors that each repeat the one before ten times: 10**levels items, in a few hundred bytes."""
    lines = ['a0: &a0 ["lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_a_catalogue_that_is_not_utf8_is_one_line_naming_the_file(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_bytes(("queries:\n  - {id: mars, text: 'Caf\u00e9 on Mars?'}\n" + PAIRS).encode("latin-1"))
    with pytest.raises(CatalogueError) as error:
        load_catalogue(path)
    message = str(error.value)
    assert str(path) in message and "UTF-8" in message and "\n" not in message


@pytest.mark.parametrize("where", ["thresholds", "expect"])
def test_aliases_that_expand_past_any_catalogue_are_refused_at_once_in_one_line(tmp_path, where):
    block = {"thresholds": "    thresholds: {loop_share: *a9}\n",
             "expect": "    expect: {local: {base: *a9}}\n"}[where]
    path = tmp_path / "catalogue.yaml"
    path.write_text(laughs() + "queries:\n  - id: mars\n    text: What do you think of Mars?\n" + block + PAIRS)
    started = time.monotonic()
    with pytest.raises(CatalogueError) as error:
        load_catalogue(path)
    message = str(error.value)
    assert time.monotonic() - started < 5  # not a hang: refused before anything walks the expansion
    assert str(path) in message and "alias" in message and "\n" not in message and len(message) < 400


def test_an_alias_that_shares_a_small_block_is_still_read(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(
        "queries:\n"
        "  - {id: mars, text: What do you think of Mars?, expect: &same {local: {base: [drifts]}}}\n"
        "  - {id: dog, text: Tell me how to train my dog to sit, expect: *same}\n" + PAIRS)
    catalogue = load_catalogue(path)
    assert [query.options["expect"] for query in catalogue.queries] == [{"local": {"base": ["drifts"]}}] * 2
