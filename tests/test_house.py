"""The house rules, read from the import graph so that they stay true (issue 12).

Rooms are the packages and top-level modules of `pipeline/` and `flows/`. Each room may
import only rooms below it; the store is a sink; nothing in the library imports the flows;
no import hides inside a function when it crosses into another room (that hid the
directions before), save in the command rooms (`pipeline.cli`, `flows`), whose commands
load the stages they need when they run so that each command starts fast (issue 13).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Each room with the rooms it may import (besides itself). Leaves import nothing of ours.
LEAVES = {"pipeline.records", "pipeline.config", "pipeline.errors", "pipeline.names", "pipeline.dates", "pipeline.lexicon",
          "pipeline.labels", "pipeline.progress", "pipeline.lazy", "pipeline.frozen", "pipeline.heads", "pipeline"}
ALLOWED: dict[str, set[str]] = {
    "pipeline.files": set(),
    "pipeline.ingest": {"pipeline.files"},
    "pipeline.segment": set(),
    "pipeline.answers": {"pipeline.segment"},
    "pipeline.themes": set(),
    "pipeline.link": {"pipeline.answers", "pipeline.segment"},
    "pipeline.process": {"pipeline.ingest", "pipeline.segment", "pipeline.answers", "pipeline.themes"},
    "pipeline.store": set(),
    "pipeline.evaluate": set(),
    "pipeline.fetch": {"pipeline.ingest"},  # the sidecar format lives in ingest, which reads it
    "pipeline.archive": {"pipeline.process", "pipeline.link", "pipeline.store", "pipeline.ingest", "pipeline.files"},
    "pipeline.report": {"pipeline.store", "pipeline.themes", "pipeline.link"},
    "pipeline.site": {"pipeline.store", "pipeline.report", "pipeline.themes"},
    "pipeline.cli": {"pipeline.process", "pipeline.link", "pipeline.report", "pipeline.evaluate",
                     "pipeline.themes", "pipeline.store", "pipeline.files", "pipeline.fetch", "pipeline.site"},
    "flows": {"pipeline.archive", "pipeline.cli", "pipeline.store", "pipeline.process", "pipeline.fetch", "pipeline.site"},
}
# Rooms whose functions may import other rooms (downwards only: the rule above still holds):
# a command loads its stages when it runs, so `scrutiny search` does not pay for spaCy, and
# a run with nothing new does not load the linker.
LAZY_ROOMS = {"pipeline.cli", "flows", "pipeline.archive"}


def room(module: str) -> str:
    if module.startswith("flows"):
        return "flows"
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def modules() -> dict[str, Path]:
    out = {}
    for path in [*ROOT.glob("pipeline/**/*.py"), *ROOT.glob("flows/*.py")]:
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, inside a function) for each import of ours in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inner: set[int] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner |= {id(n) for n in ast.walk(fn) if isinstance(n, (ast.Import, ast.ImportFrom))}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        found += [(n, id(node) in inner) for n in names if n.split(".")[0] in ("pipeline", "flows")]
    return found


GRAPH = {m: imports(p) for m, p in modules().items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_each_room_imports_only_rooms_below_it(module):
    here = room(module)
    allowed = ALLOWED.get(here, set()) | LEAVES | {here}
    if module in LEAVES:
        allowed = {"pipeline", "pipeline.config", module}  # a leaf may read its settings
    wrong = sorted({m for m, _ in GRAPH[module] if room(m) not in allowed and m not in allowed})
    assert not wrong, f"{module} ({here}) imports {wrong}; it may import {sorted(allowed)}"


def test_the_store_is_a_sink():
    for module, found in GRAPH.items():
        if room(module) == "pipeline.store":
            for m, _ in found:
                assert room(m) in {"pipeline.store"} | LEAVES, f"{module} imports {m}"


def test_the_segmenter_imports_nothing_above_it():
    above = {"pipeline.answers", "pipeline.link", "pipeline.themes", "pipeline.process", "pipeline.store",
             "pipeline.archive", "pipeline.report", "pipeline.cli", "flows"}
    for module, found in GRAPH.items():
        if room(module) == "pipeline.segment":
            assert not [m for m, _ in found if room(m) in above], module


def test_nothing_in_the_library_imports_the_flows():
    for module, found in GRAPH.items():
        if module.startswith("pipeline"):
            assert not [m for m, _ in found if m.startswith("flows")], module


def test_no_import_hides_inside_a_function_when_it_crosses_rooms():
    hidden = sorted(
        (module, m) for module, found in GRAPH.items() for m, inner in found
        if inner and room(m) != room(module) and room(module) not in LAZY_ROOMS
    )
    assert not hidden, hidden


def test_the_rooms_form_no_circle():
    edges = {(room(a), room(b)) for a, found in GRAPH.items() for b, _ in found if room(a) != room(b)}
    rooms = {r for e in edges for r in e}
    seen: dict[str, int] = {}

    def visit(r: str, stack: list[str]) -> None:
        seen[r] = 1
        for a, b in edges:
            if a == r:
                assert seen.get(b) != 1, f"circle: {' -> '.join([*stack, r, b])}"
                if b not in seen:
                    visit(b, [*stack, r])
        seen[r] = 2

    for r in sorted(rooms):
        if r not in seen:
            visit(r, [])
