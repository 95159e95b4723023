"""The export dialog as tests drive it: over the export test project, loaded and previewed; the answer
after a successful export, and a writer that waits half-way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.gui.export.export_selection import IdRole
from dialog_app.gui.ops import ProjectSession
from dialog_app.io.export import FORMATS, ExportFormat
from tests.gui import gated_writer
from tests.io.export_project import ExportProject, build

LOAD = 10_000


class Exporter:
    def __init__(self, qtbot, built: ExportProject) -> None:
        self.qtbot = qtbot
        self.built = built
        self.dialog = ExportDialog(ProjectSession(built.project))
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


@pytest.fixture
def offered(monkeypatch) -> dict:
    """The success message's text, and what the user then asked to open ("open" the file)."""
    seen: dict = {"opened": []}

    def offer(_parent, text: str) -> str:
        seen["text"] = text
        return "open"

    monkeypatch.setattr(ExportDialog, "offer_to_open", classmethod(lambda _cls, *args: offer(*args)))
    monkeypatch.setattr(ExportDialog, "open_file", classmethod(lambda _cls, path: seen["opened"].append(path)))
    return seen


@pytest.fixture
def gated(monkeypatch, messages) -> None:
    """The CSV format written by a writer that waits half-way until the gate opens."""
    monkeypatch.setitem(FORMATS, "csv", ExportFormat("csv", ".csv", FORMATS["csv"].label, "tests.gui.gated_writer"))
    gated_writer.GATE.clear()
    gated_writer.HALF_WRITTEN.clear()
    yield
    gated_writer.GATE.set()  # no writer is left waiting, and what it ends in is delivered now
    QThreadPool.globalInstance().waitForDone(LOAD)
    QCoreApplication.processEvents()
