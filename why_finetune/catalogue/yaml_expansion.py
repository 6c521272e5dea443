"""How big parsed YAML is once its aliases are written out, so that a few hundred bytes of anchors
(the "billion laughs") cannot hang whatever walks, prints or serialises the data.

PyYAML builds an alias as a second reference to the same object, so loading costs nothing; the cost
comes later, in every reader that walks the data as a tree. The size is counted without expanding
anything: each shared list or mapping is measured once.
"""

from __future__ import annotations

# Far above any real catalogue or cassette (a catalogue of thousands of queries holds tens of thousands
# of values), far below what hangs a reader: a billion laughs passes it at its sixth level of ten.
MAX_EXPANDED_VALUES = 1_000_000


def within_expansion(data, limit: int = MAX_EXPANDED_VALUES) -> bool:
    """Whether `data`, every alias written out, holds at most `limit` values and refers to no container
    inside itself (an anchor used within its own block)."""
    sizes: dict[int, int] = {}  # id of a list or mapping -> its size, aliases written out
    open_ids: set[int] = set()  # the containers being measured: met again inside themselves, a cycle
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        node, measured_children = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        key = id(node)
        if measured_children:
            open_ids.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(child), 1) for child in children)
            if sizes[key] > limit:
                return False
        elif key in open_ids:
            return False
        elif key not in sizes:
            open_ids.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if isinstance(child, (dict, list)))
    return True
