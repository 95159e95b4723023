"""File ▸ Project settings… (issue 15): the project's title, organiser, time zone and language,
saved as one undo step on a real project file."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog

from dialog_app.core.services.project_facts import ProjectFacts

LOAD = 10_000


def settled(app, window) -> None:
    window.session.wait(LOAD)
    QThreadPool.globalInstance().waitForDone(LOAD)
    app.processEvents()
    app.processEvents()


def open_dialog(window, qtbot):
    window.project_facts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "projectFactsDialog") is not None, timeout=LOAD)
    dialog = window.findChild(QDialog, "projectFactsDialog")
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=LOAD)
    return dialog


def test_the_facts_are_shown_saved_and_undone(main_window, qtbot, tmp_path, app):
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.create_project(tmp_path / "Strategi.dialog")
    assert main_window.project_facts_action.isEnabled()
    dialog = open_dialog(main_window, qtbot)
    assert (dialog.title.text(), dialog.time_zone.currentText(), dialog.language.currentData()) == (
        "Strategi", "Europe/Stockholm", main_window.project.language)
    # when
    dialog.title.setText("Regional digitaliseringsstrategi")
    dialog.organiser.setText("Region Västernorrland")
    dialog.time_zone.setCurrentText("Europe/Helsinki")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD):
        dialog.ok_button.click()
    settled(app, main_window)
    # then
    assert main_window.project.facts.read() == ProjectFacts(
        "Regional digitaliseringsstrategi", "Region Västernorrland", "Europe/Helsinki", "sv")
    assert main_window.windowTitle().startswith("Regional digitaliseringsstrategi")
    assert main_window.undo_action.text() == "&Undo project settings"
    # when
    main_window.undo_action.trigger()
    settled(app, main_window)
    # then
    assert main_window.project.facts.read().organiser == ""


def test_an_unknown_time_zone_is_said_in_the_dialog(main_window, qtbot, tmp_path, app):
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.create_project(tmp_path / "Strategi.dialog")
    dialog = open_dialog(main_window, qtbot)
    dialog.time_zone.setCurrentText("Europe/Atlantis")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "time zone" in dialog.state.text(), timeout=LOAD)
    assert dialog.isVisible() and main_window.project.facts.read().time_zone == "Europe/Stockholm"
