"""The GUI's house rules: one path to the core (gui/ops), no tables or store above the services,
rooms that stand on their own, and no circles of imports anywhere in the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_layers import PACKAGE, STORE, imported_names, modules, relative, within

OPS_ONLY = ("dialog_app.gui.worker", "dialog_app.gui.write_queue", "dialog_app.gui.change_bridge")
OPS_OWNERS = {"gui/ops.py", "gui/worker.py", "gui/write_queue.py", "gui/change_bridge.py"}
# The rooms users see: a tab or a window each. Shared pieces live outside them (widgets, models,
# operations, dialogs and the gui/ modules themselves).
FEATURES = ("capture", "dialogues", "export", "frameworks", "imports", "overview", "project_file", "projector",
            "review", "writing")
GUI_MODULES = modules("gui")


def gui_path(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_the_scan_sees_the_gui():
    # then: a broken path would make the rules below pass vacuously
    assert len(GUI_MODULES) > 60
    assert {f for f in FEATURES if (PACKAGE / "gui" / f).is_dir()} == set(FEATURES)


@pytest.mark.parametrize("path", GUI_MODULES, ids=relative)
def test_the_gui_never_touches_tables_or_the_store(path):
    # when
    store = sorted(n for n in imported_names(path) if within(n, STORE))
    # then: the GUI reads and writes through the services alone
    assert store == [], f"{relative(path)} imports {store}"


@pytest.mark.parametrize("path", GUI_MODULES, ids=relative)
def test_only_the_operations_module_runs_work(path):
    # when
    if gui_path(path) in OPS_OWNERS:
        return
    runners = sorted(n for n in imported_names(path) if within(n, OPS_ONLY))
    # then: every user action goes through gui/ops (one change summary, one undo step, progress)
    assert runners == [], f"{relative(path)} imports {runners}; use dialog_app.gui.ops"


@pytest.mark.parametrize("path", [p for p in GUI_MODULES if p.parent.name in FEATURES
                                  and p.parent.parent == PACKAGE / "gui"], ids=relative)
def test_rooms_do_not_import_each_other(path):
    # when
    own = path.parent.name
    others = sorted(n for n in imported_names(path)
                    if any(within(n, f"dialog_app.gui.{f}") for f in FEATURES if f != own))
    # then: what two rooms share lives outside both
    assert others == [], f"{relative(path)} imports {others}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (at top level or inside a function)."""
    known = {module_name(p) for p in modules()}
    graph: dict[str, set[str]] = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
                targets.add(node.module)
        graph[module_name(path)] = {t for t in targets if t in known and not _is_package(t)} - {module_name(path)}
    return graph


def _is_package(name: str) -> bool:
    return (PACKAGE.parent / name.replace(".", "/") / "__init__.py").exists()


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_circle_finder_finds_a_circle():
    # then
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_round_a_circle():
    # when
    found = circles(import_graph())
    # then: every room can be read, tested and moved on its own
    assert found == [], f"import circles: {found}"
