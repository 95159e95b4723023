"""The house rules that keep the layers apart: a Qt-free core and io, an io that reads only through
core services, and a docstring in every room."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dialog_app"
QT_FREE = ("core", "demo", "io")
STORE = ("sqlalchemy", "sqlmodel", "alembic", "sqlite3", "dialog_app.core.models", "dialog_app.core.store")


def modules(*parts: str) -> list[Path]:
    root = PACKAGE.joinpath(*parts)
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in {
            "import_module", "__import__"
        }:
            names.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return names


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


QT_FREE_MODULES = [m for part in QT_FREE for m in modules(part)]


def test_the_scan_sees_the_core():
    # then: a broken path would make the rules below pass vacuously
    assert len(QT_FREE_MODULES) > 20
    assert any(m.name == "project.py" for m in QT_FREE_MODULES)


@pytest.mark.parametrize("path", QT_FREE_MODULES, ids=relative)
def test_core_and_io_never_import_qt(path):
    # when
    qt = sorted(n for n in imported_names(path) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
                or n.startswith("dialog_app.gui"))
    # then
    assert qt == [], f"{relative(path)} imports {qt}"


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


@pytest.mark.parametrize("path", modules("io"), ids=relative)
def test_io_reads_only_through_core_services(path):
    # when: what the module imports of the database, its tables and the store
    store = sorted(n for n in imported_names(path) if within(n, STORE))
    # then: a second store (a shared server) needs no change in io/
    assert store == [], f"{relative(path)} imports {store}"


def test_the_rules_see_what_they_forbid():
    # then: the rules match the names as a module spells them, and only those
    assert within("sqlalchemy.orm", STORE) and within("dialog_app.core.store.identity", STORE)
    assert within("dialog_app.core.models", STORE) and not within("dialog_app.core.modelsx", STORE)
    assert not within("dialog_app.core.project_files", STORE)
    assert "dialog_app.core.store.identity" in imported_names(PACKAGE / "core" / "store" / "file_kinds.py")


@pytest.mark.parametrize("path", modules(), ids=relative)
def test_every_module_says_what_it_is_for(path):
    # when
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    # then
    assert docstring and docstring.strip(), f"{relative(path)} has no module docstring"
