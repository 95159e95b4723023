"""The export dialog never writes over the project, another project or a folder, nor under another
format's name: the user is told in words and chooses again, and nothing is written."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.io.export import ExportFormat
from tests.gui import gated_writer
from tests.gui.export_fixtures import LOAD, built, exporter, gated, offered  # noqa: F401 - the fixtures
from tests.io.export_project import LIBRARIES


@pytest.fixture
def answers(monkeypatch) -> dict:
    """The save dialog's answers, one per time it is shown (None: the user cancels); what it was asked."""
    chosen: dict = {"answers": [], "asked": []}

    def ask(_parent, suggested: Path, fmt: ExportFormat) -> Path | None:
        chosen["asked"].append(suggested)
        return chosen["answers"].pop(0) if chosen["answers"] else None

    monkeypatch.setattr(ExportDialog, "ask_target", classmethod(lambda _cls, *args: ask(*args)))
    return chosen


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_projects_own_file_is_refused_and_the_user_chooses_again(exporter, answers, messages, offered):
    # given: the user picks the project file itself in the save dialog, then gives up
    project = exporter.built.path
    before, names = sha256(project), sorted(p.name for p in project.parent.iterdir())
    answers["answers"] = [project]
    exporter.choose_format("csv")
    # when
    exporter.dialog.export_button.click()
    # then: told in words, asked again, and nothing was written
    assert len(messages) == 1
    assert f"“{project.name}” is the project you are exporting" in messages[0]
    assert "An export never replaces a project; choose another name." in messages[0]
    assert len(answers["asked"]) == 2 and answers["asked"][1].parent == project.parent
    assert answers["asked"][1].suffix == ".csv"
    assert not exporter.dialog.runner.running and exporter.choices.isEnabled()
    assert sha256(project) == before and sorted(p.name for p in project.parent.iterdir()) == names
    assert exporter.built.project.check() == []
    assert "text" not in offered


def test_after_a_refusal_a_good_name_is_exported(exporter, qtbot, answers, messages, offered):
    # given: first another project, then a proper name
    other = exporter.built.path.with_name("annat.dialog")
    other.write_bytes(b"SQLite format 3\x00" + bytes(84))
    good = exporter.built.path.with_name("remiss.csv")
    answers["answers"] = [other, good]
    exporter.choose_format("csv")
    # when
    with qtbot.waitSignal(exporter.dialog.exported, timeout=LOAD):
        exporter.dialog.export_button.click()
    # then
    assert len(messages) == 1 and "is a dialog_app project" in messages[0]
    assert other.read_bytes() == b"SQLite format 3\x00" + bytes(84)
    assert LIBRARIES in good.read_text(encoding="utf-8-sig")


def test_another_formats_name_is_refused_not_doubled(exporter, answers, messages, offered, tmp_path):
    # given: a CSV export, and the user types a PDF's name
    wrong = tmp_path / "remiss.pdf"
    answers["answers"] = [wrong]
    exporter.choose_format("csv")
    # when
    exporter.dialog.export_button.click()
    # then: neither remiss.pdf nor remiss.pdf.csv
    assert len(messages) == 1
    assert "ending in .csv" in messages[0] and "“remiss.csv”" in messages[0]
    assert not wrong.exists() and not (tmp_path / "remiss.pdf.csv").exists()
    assert not exporter.dialog.runner.running


def test_a_folder_is_refused_and_the_next_question_opens_in_it(exporter, answers, messages, offered, tmp_path):
    # given
    folder = tmp_path / "remisser"
    folder.mkdir()
    answers["answers"] = [folder]
    exporter.choose_format("pdf")
    # when
    exporter.dialog.export_button.click()
    # then
    assert len(messages) == 1 and "“remisser” is a folder" in messages[0]
    assert answers["asked"][1].parent == folder
    assert list(folder.iterdir()) == [] and not (tmp_path / "remisser.pdf").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks")
def test_a_target_that_becomes_the_project_while_writing_is_not_replaced(gated, exporter, qtbot, answers, offered,
                                                                         messages, tmp_path):
    # given: an export half-way through
    project = exporter.built.path
    before = sha256(project)
    target = tmp_path / "remiss.csv"
    answers["answers"] = [target]
    exporter.choose_format("csv")
    exporter.dialog.export_button.click()
    qtbot.waitUntil(gated_writer.HALF_WRITTEN.is_set, timeout=LOAD)
    # when: someone puts a link to the project where the export goes
    target.symlink_to(project)
    with qtbot.waitSignal(exporter.dialog.export_failed, timeout=LOAD):
        gated_writer.GATE.set()
    # then
    assert len(messages) == 1 and "is the project you are exporting" in messages[0]
    assert "Nothing was written" in messages[0]
    assert target.is_symlink() and sha256(project) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
