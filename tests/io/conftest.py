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

