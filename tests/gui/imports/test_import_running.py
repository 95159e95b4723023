"""The import running: rows that could not be read are a choice to make, a running import shows its
progress and can be cancelled, and a cancelled or failed import stores nothing."""

from __future__ import annotations

import threading

from dialog_app.core.errors import DialogAppError
from dialog_app.gui.imports.column_roles import Role
from tests.gui.import_fixtures import HEADER, ROWS, WAIT, Importer, write_csv

ANSWERS = HEADER[-1]


def test_rows_that_could_not_be_read_are_listed_and_left_out_only_when_chosen(qtbot, session, tmp_path,
                                                                              messages):
    # given: a row with a cell too many
    ragged = ("Eva Sund", "Region", "2026-11-04 11:00", "Ett svar", "och en cell för mycket")
    importer = Importer(qtbot, session, write_csv(tmp_path / "svar.csv", rows=(*ROWS, ragged)))
    importer.next()
    importer.map_columns(**{ANSWERS: Role.TEXT})
    # when
    importer.to_target()
    # then: where and why, in words, and no import until the user chooses to leave it out
    bad = importer.dialog.target.bad_rows
    assert bad.isVisibleTo(importer.dialog) and bad.list.topLevelItemCount() == 1
    assert bad.list.topLevelItem(0).text(0) == "Row 5"
    assert "more cells" in bad.list.topLevelItem(0).text(1)
    assert not importer.dialog.chrome.next_button.isEnabled()
    bad.skip.setChecked(True)
    importer.run()
    assert importer.dialog.summary.values["notes"] == "3"


def test_a_running_import_shows_progress_and_a_cancel_stores_nothing(qtbot, session, tmp_path, monkeypatch,
                                                                    messages):
    # given: the store held half-way until the test has pressed Cancel
    importer = Importer(qtbot, session, write_csv(tmp_path / "svar.csv"))
    importer.next()
    importer.map_columns(**{ANSWERS: Role.TEXT})
    importer.to_target()
    started, gate = threading.Event(), threading.Event()
    real_apply = session.project.imports.apply

    def held_apply(plan, target, job):
        job.report(1, 2)
        started.set()
        gate.wait(WAIT / 1000)
        return real_apply(plan, target, job)

    monkeypatch.setattr(session.project.imports, "apply", held_apply)
    before = session.project.summary()
    dialog = importer.dialog
    # when
    importer.next()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.chrome.progress.maximum() == 2, timeout=WAIT)
    assert dialog.chrome.progress.isVisibleTo(dialog) and not dialog.pages.isEnabled()
    dialog.chrome.cancel_run.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT)
    session.wait()
    # then
    assert dialog.chrome.status.text() == "Cancelled; nothing was imported."
    assert session.project.summary() == before
    assert dialog.pages.currentWidget() is dialog.target and dialog.chrome.next_button.isEnabled()


def test_a_failed_import_says_why_and_stays(qtbot, session, tmp_path, monkeypatch, messages):
    # given
    importer = Importer(qtbot, session, write_csv(tmp_path / "svar.csv"))
    importer.next()
    importer.map_columns(**{ANSWERS: Role.TEXT})
    importer.to_target()

    def refused(plan, target, job):
        raise DialogAppError("the project is read-only")

    monkeypatch.setattr(session.project.imports, "apply", refused)
    # when
    with qtbot.waitSignal(importer.dialog.import_failed, timeout=WAIT) as failed:
        importer.next()
    # then
    assert failed.args == ["the project is read-only"]
    assert importer.dialog.chrome.status.text() == "the project is read-only"
    assert importer.dialog.pages.currentWidget() is importer.dialog.target
