"""The import dialog's fixtures: an empty project's session, and the dialog on a Swedish CSV file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dialog_app.gui.ops import ProjectSession
from tests.gui.import_fixtures import Importer, write_csv


@pytest.fixture
def session(empty_project, qapp) -> Iterator[ProjectSession]:
    session = ProjectSession(empty_project)
    yield session
    session.wait()


@pytest.fixture
def csv_importer(qtbot, session, tmp_path, messages) -> Importer:
    return Importer(qtbot, session, write_csv(tmp_path / "Enkät om digital hjälp.csv"))
