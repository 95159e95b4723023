"""Shared fixtures: private app folders for every test, and empty or seeded projects to work on.

The GUI tests (tests/gui/conftest.py) build on ``empty_project`` and ``seeded_project``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing of Hypothesis's in the work tree (no example database, its caches in the temp folder);
# storage-bound tests have no use for deadlines.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "dialog_app-hypothesis")
settings.register_profile("dialog_app", database=None, deadline=None)
settings.load_profile("dialog_app")

from dialog_app.core.paths import HOME_ENV  # noqa: E402
from dialog_app.core.project import Project  # noqa: E402

DEMO_NOTES = 150
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own DIALOG_APP_HOME, so nothing touches the user's real folders."""
    home = tmp_path_factory.mktemp("app-home")
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture
def project_path(tmp_path: Path) -> Callable[[str], Path]:
    """A factory: ``project_path("name")`` is a not-yet-existing ``.dialog`` path in tmp_path."""

    def make(name: str = "project") -> Path:
        return tmp_path / f"{name}.dialog"

    return make


@pytest.fixture
def make_project_file(project_path: Callable[[str], Path]) -> Callable[..., Path]:
    """A factory that writes a closed, empty project file and returns its path."""

    def make(name: str = "project", **options) -> Path:
        path = project_path(name)
        Project.create(path, **options).close()
        return path

    return make


@pytest.fixture
def empty_project(project_path: Callable[[str], Path]) -> Iterator[Project]:
    """A new project with the default groups and the national-strategy framework, open."""
    project = Project.create(project_path("empty"))
    try:
        yield project
    finally:
        project.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo project of 150 notes, built once per session. Read-only: tests copy it."""
    from dialog_app.demo.build import build_demo

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(folder / "app-home"))
        with build_demo(folder / "demo.dialog", notes=DEMO_NOTES):
            pass
    path = folder / "demo.dialog"
    assert not any(path.with_name(path.name + s).exists() for s in SIDECAR_SUFFIXES)
    return path


@pytest.fixture
def seeded_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo project, this test's own."""
    return Path(shutil.copy(demo_file, tmp_path / "seeded.dialog"))


@pytest.fixture
def seeded_project(seeded_copy: Path) -> Iterator[Project]:
    """The demo project (5 dialogues, 150 notes, three frameworks), open, this test's own copy."""
    project = Project.open(seeded_copy)
    try:
        yield project
    finally:
        project.close()
