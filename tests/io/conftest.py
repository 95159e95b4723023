"""Fixtures for the exporters: the export project, built once per test in its own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.io.export_project import ExportProject, build


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[ExportProject]:
    built = build(tmp_path / "export.dialog")
    try:
        yield built
    finally:
        built.project.close()


SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture
def shared_refi() -> Path:
    """../shared/refi (the REFI-QDA schemas); skipped where absent, as in a user's clone."""
    folder = SHARED / "refi"
    if not (folder / "Project-mrt2019.xsd").is_file():
        pytest.skip("../shared/refi is not here (a user's clone has none)")
    return folder
