"""The retention date in the window (gallring, issue 14): a project whose date has passed says so
when opened, with three ways on; File ▸ Retention date… sets and clears the date as one undo step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from dialog_app.core.project import Project
from dialog_app.core.services.participant_register import ParticipantFields
from dialog_app.gui import formats
from dialog_app.gui.dialogs.retention_dialog import RetentionDialog

LOAD = 10_000


def open_with_date(window, qtbot, path, until: date | None, someone: bool = True):
    """A project with that date and, unless ``someone`` is False, a registered person to anonymise."""
    with Project.create(path) as project:
        project.retention.set_until(until)
        if someone:
            meeting = project.dialogues.create("Dialogmöte i Vilhelmina")
            project.participant_register.add(meeting.id, ParticipantFields("Anna Svensson"))
    with qtbot.waitSignal(window.project_loaded, timeout=LOAD):
        window.open_project(path)


def prompt_of(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, "retentionDuePrompt")


def settled(app) -> None:
    QThreadPool.globalInstance().waitForDone(LOAD)
    app.processEvents()
    app.processEvents()


def test_a_passed_date_is_said_on_opening_with_three_ways_on(main_window, qtbot, project_path, monkeypatch):
    asked = []
    monkeypatch.setattr(main_window, "_anonymise_project", lambda: asked.append("anonymise"))
    open_with_date(main_window, qtbot, project_path("Gammal"), date.today() - timedelta(days=1))
    qtbot.waitUntil(lambda: prompt_of(main_window) is not None and prompt_of(main_window).isVisible(), timeout=LOAD)
    prompt = prompt_of(main_window)
    assert formats.date(date.today() - timedelta(days=1)) in prompt.text() and "passed" in prompt.text()
    buttons = {name: prompt.findChild(QPushButton, name)
               for name in ("retentionAnonymise", "retentionExport", "retentionLater")}
    assert all(button is not None and button.isVisible() for button in buttons.values())
    assert [b.text() for b in buttons.values()] == ["&Anonymise…", "&Export for the archive first…", "&Later"]
    assert prompt.defaultButton() is buttons["retentionLater"]
    buttons["retentionAnonymise"].click()
    assert asked == ["anonymise"]


def test_export_first_opens_the_export_dialog(main_window, qtbot, project_path):
    open_with_date(main_window, qtbot, project_path("Arkiv"), date(2020, 1, 31))
    qtbot.waitUntil(lambda: prompt_of(main_window) is not None and prompt_of(main_window).isVisible(), timeout=LOAD)
    prompt_of(main_window).findChild(QPushButton, "retentionExport").click()
    qtbot.waitUntil(lambda: main_window.findChild(QDialog, "exportDialog") is not None, timeout=LOAD)
    qtbot.waitUntil(lambda: prompt_of(main_window) is None, timeout=LOAD)
    main_window.findChild(QDialog, "exportDialog").reject()


def test_later_closes_the_prompt_and_leaves_the_project_as_it_was(main_window, qtbot, project_path):
    open_with_date(main_window, qtbot, project_path("Sedan"), date(2020, 1, 31))
    qtbot.waitUntil(lambda: prompt_of(main_window) is not None and prompt_of(main_window).isVisible(), timeout=LOAD)
    prompt_of(main_window).findChild(QPushButton, "retentionLater").click()
    qtbot.waitUntil(lambda: prompt_of(main_window) is None, timeout=LOAD)
    assert main_window.project.retention.until() == date(2020, 1, 31)


@pytest.mark.parametrize("days", [None, 0, 400], ids=["none", "today", "future"])
def test_no_prompt_before_the_date_has_passed(main_window, qtbot, project_path, app, days):
    # the date is taken when the test runs, not when it is collected: a run may cross midnight
    until = None if days is None else date.today() + timedelta(days=days)
    open_with_date(main_window, qtbot, project_path("Ny"), until)
    settled(app)
    assert prompt_of(main_window) is None


def test_an_anonymised_project_is_not_asked_again(main_window, qtbot, project_path, app):
    open_with_date(main_window, qtbot, project_path("Anonym"), date(2020, 1, 31), someone=False)
    settled(app)
    assert prompt_of(main_window) is None


def open_dialog(window, qtbot) -> RetentionDialog:
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog, "retentionDialog")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=LOAD)
    return dialog


def test_the_dialog_sets_a_date_as_one_undo_step(main_window, qtbot, project_path):
    open_with_date(main_window, qtbot, project_path("Sätt"), None)
    assert main_window.retention_action.isEnabled()
    dialog = open_dialog(main_window, qtbot)
    assert not dialog.enabled.isChecked() and not dialog.date.isEnabled() and dialog.date.calendarPopup()
    dialog.enabled.setChecked(True)
    dialog.date.setDate(QDate(2031, 3, 15))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD):
        dialog.ok_button.click()
    assert main_window.project.retention.until() == date(2031, 3, 15)
    qtbot.waitUntil(lambda: main_window.undo_action.text() == "&Undo choice of retention date", timeout=LOAD)
    main_window.undo_action.trigger()
    main_window.session.wait()
    assert main_window.project.retention.until() is None


def test_the_dialog_shows_the_stored_date_and_clears_it(main_window, qtbot, project_path):
    open_with_date(main_window, qtbot, project_path("Rensa"), date(2030, 6, 30))
    dialog = open_dialog(main_window, qtbot)
    assert dialog.enabled.isChecked() and dialog.date.date() == QDate(2030, 6, 30)
    dialog.enabled.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD):
        dialog.ok_button.click()
    assert main_window.project.retention.until() is None
    qtbot.waitUntil(lambda: main_window.undo_action.isEnabled(), timeout=LOAD)
    main_window.undo_action.trigger()
    main_window.session.wait()
    assert main_window.project.retention.until() == date(2030, 6, 30)


def test_cancel_stores_nothing(main_window, qtbot, project_path):
    open_with_date(main_window, qtbot, project_path("Avbryt"), None)
    dialog = open_dialog(main_window, qtbot)
    dialog.enabled.setChecked(True)
    dialog.reject()
    main_window.session.wait()
    assert main_window.project.retention.until() is None and not main_window.undo_action.isEnabled()
