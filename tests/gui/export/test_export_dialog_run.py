"""Running an export from the dialog: the file written and offered, a cancel or a failure that
leaves no file, and the dialog usable again afterwards."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.io.export import ExportFormat
from tests.gui import gated_writer
from tests.gui.export_fixtures import LOAD, built, exporter, gated, offered  # noqa: F401 - the fixtures
from tests.io.export_project import LIBRARIES, SAMI


@pytest.fixture
def target(monkeypatch, tmp_path) -> dict:
    """Where the user says to write: ``chosen["path"]``; what the dialog suggested is kept too."""
    chosen: dict = {"path": tmp_path / "out" / "remiss.csv"}
    chosen["path"].parent.mkdir()

    def ask(_parent, suggested: Path, fmt: ExportFormat) -> Path | None:
        chosen["suggested"], chosen["format"] = suggested, fmt
        return chosen["path"]

    monkeypatch.setattr(ExportDialog, "ask_target", classmethod(lambda _cls, *args: ask(*args)))
    return chosen


def test_enter_exports_the_file_and_offers_to_open_it(exporter, qtbot, target, offered):
    # given
    exporter.choose_format("csv")
    exporter.settle()
    # when the user presses Enter
    with qtbot.waitSignal(exporter.dialog.exported, timeout=LOAD):
        qtbot.keyClick(exporter.dialog, Qt.Key.Key_Return)
    # then the file holds the approved notes, personal data masked
    assert target["format"].key == "csv"
    assert target["suggested"].parent == exporter.built.path.parent and target["suggested"].suffix == ".csv"
    with target["path"].open(encoding="utf-8-sig", newline="") as stream:
        cells = [cell for row in csv.reader(stream, delimiter=";") for cell in row]
    assert any(LIBRARIES in cell for cell in cells) and any(SAMI in cell for cell in cells)
    assert not any("070-123 45 67" in cell or "anna.berg@example.se" in cell for cell in cells)
    # and the user was told where, how many notes, how much was masked, and could open it
    assert str(target["path"]) in offered["text"]
    assert "9 note" in offered["text"] and "5 piece" in offered["text"]
    assert offered["opened"] == [target["path"]]
    assert exporter.dialog.isVisible() and exporter.choices.isEnabled()
    assert list(target["path"].parent.iterdir()) == [target["path"]]


def test_a_missing_suffix_is_added(exporter, qtbot, target, offered):
    # given
    target["path"] = target["path"].with_name("remiss")
    exporter.choose_format("csv")
    # when
    with qtbot.waitSignal(exporter.dialog.exported, timeout=LOAD):
        exporter.dialog.export_button.click()
    # then
    assert (target["path"].parent / "remiss.csv").is_file()


def test_cancelling_leaves_no_file_and_the_dialog_open(gated, exporter, qtbot, target, offered):
    # given an export half-way through
    exporter.choose_format("csv")
    exporter.dialog.export_button.click()
    qtbot.waitUntil(gated_writer.HALF_WRITTEN.is_set, timeout=LOAD)
    qtbot.waitUntil(lambda: exporter.dialog.progress.maximum() == 2, timeout=LOAD)
    assert exporter.dialog.progress.isVisible() and exporter.dialog.cancel_button.isVisible()
    assert not exporter.choices.isEnabled() and not exporter.dialog.export_button.isEnabled()
    # when the user presses Esc
    qtbot.keyClick(exporter.dialog, Qt.Key.Key_Escape)
    with qtbot.waitSignal(exporter.dialog.export_cancelled, timeout=LOAD):
        gated_writer.GATE.set()
    # then nothing was written, not even half a file, and the dialog is there to try again
    assert list(target["path"].parent.iterdir()) == []
    assert exporter.dialog.isVisible() and exporter.choices.isEnabled()
    assert not exporter.dialog.progress.isVisible()
    assert "cancelled" in exporter.dialog.status.text()
    assert "text" not in offered


def test_closing_the_dialog_cancels_the_export(gated, exporter, qtbot, target, offered):
    # given an export half-way through
    exporter.choose_format("csv")
    exporter.dialog.export_button.click()
    qtbot.waitUntil(gated_writer.HALF_WRITTEN.is_set, timeout=LOAD)
    # when the window is closed
    exporter.dialog.close()
    with qtbot.waitSignal(exporter.dialog.export_cancelled, timeout=LOAD):
        gated_writer.GATE.set()
    # then
    assert not exporter.dialog.isVisible()
    assert list(target["path"].parent.iterdir()) == []


def test_a_missing_folder_is_said_and_the_dialog_stays(exporter, qtbot, target, offered, messages):
    # given a folder that is not there
    target["path"] = target["path"].parent / "gone" / "remiss.csv"
    exporter.choose_format("csv")
    exporter.choices.all_statuses.click()
    # when
    with qtbot.waitSignal(exporter.dialog.export_failed, timeout=LOAD):
        exporter.dialog.export_button.click()
    # then the user is told, in words, and nothing is lost
    assert len(messages) == 1
    assert "remiss.csv" in messages[0] and "folder does not exist" in messages[0]
    assert exporter.dialog.isVisible() and exporter.choices.isEnabled()
    assert exporter.choices.all_statuses.isChecked()
    assert not target["path"].parent.exists() and "text" not in offered
