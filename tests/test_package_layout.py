"""The package's shape, read from its source: no import circles, and a root that holds only the
package's face and its entry points."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "why_finetune"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The package's modules `path` imports, wherever the import stands (a function's body too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("why_finetune")}


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        # `from why_finetune.x import y` names module x.y or a name in x: keep the modules only.
        graph[name] = {target for target in imports_of(path) if target in modules and target != name}
    return graph


def cycle_through(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the list of modules around it, or None."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node], _ = "open", stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        state[node], _ = "done", stack.pop()
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_circle():
    assert cycle_through({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_through({"a": {"b"}, "b": set()}) is None


def test_no_module_of_the_package_imports_itself_back_through_others():
    # A package "x" importing its own module "x.y" is how a package shows its face, not a circle.
    graph = {name: {t for t in targets if not t.startswith(name + ".")} for name, targets in import_graph().items()}
    circle = cycle_through(graph)
    assert circle is None, f"an import circle: {' -> '.join(circle or [])}"


def test_the_package_root_holds_only_its_face_and_entry_points():
    # Everything else lives in a folder named for its concept (clients, catalogue, commands, judges, ...).
    root = sorted(path.name for path in PACKAGE.glob("*.py"))
    face = ["__init__.py", "__main__.py", "cli.py", "testing.py",
            "expectations.py"]  # the last kept for test files an earlier release's `init` wrote
    assert root == sorted(face)


def test_the_readmes_layout_names_every_folder_and_root_module_of_the_package_and_nothing_else():
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("\nwhy_finetune/\n", 1)[1].split("\ntests/\n", 1)[0]
    named = set()
    for line in block.splitlines():
        if line.startswith("  ") and not line.startswith("   "):  # an entry; deeper lines continue a description
            entry = re.split(r"\s{2,}", line.strip())[0]
            named.update(name.strip() for name in entry.split(","))
    folders = {f"{path.name}/" for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    modules = {path.name for path in PACKAGE.glob("*.py")} - {"expectations.py"}  # a re-export for old test files
    assert named == folders | modules
