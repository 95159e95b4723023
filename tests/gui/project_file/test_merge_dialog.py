"""File ▸ Merge… (issue 13): the files previewed, same-named themes settled before anything is
stored, the merge one undo step, and the notes it settled one click from the review."""

from __future__ import annotations

import time

import pytest

from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.core.services.merge_themes import KEEP_BOTH, MAKE_ONE
from dialog_app.core.table_projects import plan_tables
from dialog_app.gui.operations import edits
from dialog_app.gui.project_file import merge_dialog
from dialog_app.gui.project_file.merge_dialog import MergeDialog

LOAD = 10_000


@pytest.fixture
def meeting(project_path, tmp_path):
    """A master with two table projects; each table typed a note, and both edited the master's note."""
    path = project_path("Workshop")
    with Project.create(path) as master:
        dialogue = master.dialogues.create_with_questions("Workshop om digital kompetens", [("Vad behövs?", 20)])
        shared = master.notes.add(dialogue.id, "Fler kurser för äldre")
        framework = master.frameworks.create("Regionens mål")
        tables = master.prepare_tables(plan_tables(path, 2, tmp_path / "bord"))
    for n, table in enumerate(tables, start=1):
        with Project.open(table) as project:
            project.notes.add(dialogue.id, f"Anteckning från bord {n}", table_label=f"Bord {n}")
            project.notes.update(shared.id, text=f"Fler kurser för äldre (bord {n})")
        time.sleep(0.01)
    return {"path": path, "tables": tables, "shared": shared.id, "framework": framework.id}


@pytest.fixture
def window(main_window, qtbot, meeting):
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(meeting["path"])
    return main_window


def open_merge(window, qtbot, monkeypatch, paths) -> MergeDialog:
    monkeypatch.setattr(merge_dialog, "choose_projects", lambda parent: list(paths))
    window.merge_action.trigger()
    dialog = window.findChild(MergeDialog, "mergeProjectsDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.reports), timeout=LOAD)
    return dialog


def test_two_tables_are_previewed_merged_and_undone_in_one_step(window, qtbot, monkeypatch, meeting):
    dialog = open_merge(window, qtbot, monkeypatch, meeting["tables"])
    preview = dialog.report.summary.text()
    assert "Workshop – Bord 1.dialog would bring in:" in preview and "1 note" in preview
    assert window.project.summary()["notes"] == 1  # a preview stores nothing
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged, timeout=LOAD):
        dialog.merge_button.click()
    project = window.project
    assert project.summary()["notes"] == 3
    assert "brought in" in dialog.report.summary.text()
    assert not dialog.merge_button.isVisible()
    assert dialog.report.notes.count() == 1  # the master's note, edited at both tables
    assert "(bord 2)" in dialog.report.notes.item(0).text()
    assert "Merged 2 files" in window.statusBar().currentMessage()
    assert project.history.next_undo.action is Action.MERGE_PROJECTS
    assert window.undo_action.text() == "&Undo merging of projects"
    with qtbot.waitSignal(window.session.changed, timeout=LOAD):
        edits.undo_or_redo(window.session, "undo").run()
    window.session.wait()
    assert project.summary()["notes"] == 1
    assert project.notes.get(meeting["shared"]).text == "Fler kurser för äldre"
    assert project.check() == []


def test_a_settled_note_is_one_click_from_the_review(window, qtbot, monkeypatch, meeting):
    dialog = open_merge(window, qtbot, monkeypatch, meeting["tables"])
    with qtbot.waitSignal(dialog.merged, timeout=LOAD):
        dialog.merge_button.click()
    item = dialog.report.notes.item(0)
    with qtbot.waitSignal(window.review.loaded, timeout=LOAD):
        dialog.report.notes.itemActivated.emit(item)
    assert window.tabs.currentWidget() is window.review
    qtbot.waitUntil(lambda: window.review.model.rowCount() == 1, timeout=LOAD)
    chosen = window.review.filters.chosen
    assert chosen.isVisible() and chosen.text() == "Only 1 chosen note ✕"
    chosen.click()
    qtbot.waitUntil(lambda: window.review.model.rowCount() == 3, timeout=LOAD)
    assert not chosen.isVisible()
    dialog.report.all_button.click()  # 2 new notes and the one changed
    assert chosen.isVisible() and chosen.text() == "Only 3 chosen notes ✕"
    qtbot.waitUntil(lambda: window.review.model.rowCount() == 3, timeout=LOAD)


def test_themes_that_meet_only_in_the_merge_are_asked_for_then(window, qtbot, monkeypatch, meeting):
    """Each table added "Kompetens" apart: previewed alone, neither meets a theme of the master's;
    merged in a row, the second meets the first's. Nothing is stored until that is chosen too."""
    for table in meeting["tables"]:
        with Project.open(table) as project:
            project.frameworks.add_theme(meeting["framework"], "Kompetens")
    dialog = open_merge(window, qtbot, monkeypatch, meeting["tables"])
    assert dialog.conflict_table.rowCount() == 0 and dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1, timeout=LOAD)
    assert dialog.problem.text() == "Choose for these themes too; nothing was merged yet."
    assert window.project.summary()["notes"] == 1 and window.project.history.next_undo is None
    choice = dialog.conflict_table.cellWidget(0, 2)
    choice.setCurrentIndex(choice.findData(KEEP_BOTH))
    with qtbot.waitSignal(dialog.merged, timeout=LOAD):
        dialog.merge_button.click()
    names = [t.name for t in window.project.frameworks.themes(meeting["framework"])]
    assert names == ["Kompetens", "Kompetens"]


def test_a_conflict_is_shown_and_the_merge_waits_for_the_choice(window, qtbot, monkeypatch, meeting):
    window.project.frameworks.add_theme(meeting["framework"], "Kompetens")
    with Project.open(meeting["tables"][0]) as project:
        theme = project.frameworks.add_theme(meeting["framework"], "Kompetens")
        project.tagging.tag([meeting["shared"]], theme.id)
    dialog = open_merge(window, qtbot, monkeypatch, meeting["tables"][:1])
    assert dialog.conflict_table.isVisible() and dialog.conflict_table.rowCount() == 1
    assert dialog.conflict_table.item(0, 0).text() == "Kompetens"
    assert dialog.conflict_table.item(0, 1).text() == "Regionens mål"
    assert not dialog.merge_button.isEnabled()
    assert dialog.problem.text() == "Choose for 1 theme before merging."
    choice = dialog.conflict_table.cellWidget(0, 2)
    choice.setCurrentIndex(choice.findData(MAKE_ONE))
    assert dialog.merge_button.isEnabled() and not dialog.problem.isVisible()
    with qtbot.waitSignal(dialog.merged, timeout=LOAD):
        dialog.merge_button.click()
    project = window.project
    (kompetens,) = [t for t in project.frameworks.themes(meeting["framework"]) if t.name == "Kompetens"]
    assert [t.id for t in project.tagging.themes_of(meeting["shared"])] == [kompetens.id]


def test_the_project_itself_is_left_out(window, qtbot, monkeypatch, meeting):
    monkeypatch.setattr(merge_dialog, "choose_projects", lambda parent: [meeting["path"]])
    window.merge_action.trigger()
    dialog = window.findChild(MergeDialog, "mergeProjectsDialog")
    assert dialog.files.count() == 0
    assert dialog.problem.text() == "A project cannot be merged into itself; it was left out."
    assert not dialog.merge_button.isEnabled()
