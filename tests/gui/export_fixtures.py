"""The export dialog as tests drive it: over the export test project, loaded and previewed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.gui.export.export_selection import IdRole
from tests.io.export_project import ExportProject, build

LOAD = 10_000


class Exporter:
    def __init__(self, qtbot, built: ExportProject) -> None:
        self.qtbot = qtbot
        self.built = built
        self.dialog = ExportDialog(built.project)
        qtbot.addWidget(self.dialog)
        self.dialog.show()
        self.settle()

    @property
    def choices(self):
        return self.dialog.choices

    @property
    def lines(self):
        return self.dialog.preview.lines

    def value(self, key: str) -> str:
        return self.lines[key].value

    def settle(self) -> None:
        """The lists are loaded and the preview shows the current choices."""
        job = self.dialog.preview_job
        self.qtbot.waitUntil(lambda: self.dialog._loaded and not job.busy and bool(self.lines), timeout=LOAD)

    def choose_format(self, key: str) -> None:
        box = self.choices.format_box
        box.setCurrentIndex(box.findData(key))

    def dialogue_item(self, name: str):
        wanted = self.built.dialogues[name].id
        return next(i for i in self.choices.dialogues.items() if i.data(0, IdRole) == wanted)

    def theme_item(self, name: str):
        wanted = self.built.themes[name].id
        return next(i for i in self.choices.themes.items() if i.data(0, IdRole) == wanted)


@pytest.fixture
def built(tmp_path: Path) -> Iterator[ExportProject]:
    folder = tmp_path / "project"
    folder.mkdir()
    project = build(folder / "export.dialog")
    try:
        yield project
    finally:
        QThreadPool.globalInstance().waitForDone(LOAD)  # no preview or export still reading the file
        project.project.close()


@pytest.fixture
def exporter(app, qtbot, built, messages) -> Iterator[Exporter]:
    driver = Exporter(qtbot, built)
    yield driver
    driver.dialog.preview_job.stop()
    driver.dialog.runner.cancel()
