"""The writer's pages together in the main window: the overview's click lands in the review table,
the framework editor opens from the menu and the review follows its changes, and every page has a
tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import WriteOp


def test_the_main_window_has_a_tab_for_each_moment(seeded_window):
    tabs = seeded_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Dialogues", "Capture", "Review", "Write", "Overview"]
    assert tabs.widget(2).objectName() == "reviewPage" and tabs.widget(4).objectName() == "matrixPage"


def test_clicking_an_overview_cell_lists_its_notes_in_the_review_table(seeded_window, qtbot):
    window = seeded_window
    with qtbot.waitSignal(window.matrix.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(window.matrix)
    table = window.matrix.findChild(type(window.review.table), "matrixTable")
    project = window.project
    theme = project.frameworks.themes(project.frameworks.active_framework().id)[0]
    group = project.participation.groups()[0]
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.headerData(r, Qt.Orientation.Vertical).strip().endswith(theme.name))
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") == group.name)
    index = model.index(row, column)
    table.scrollTo(index)
    with qtbot.waitSignal(window.review.listed, timeout=10_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.tabs.currentWidget() is window.review
    wanted = NoteFilter(theme_ids=frozenset({theme.id}), group_ids=frozenset({group.id}))
    assert window.review.filters.current_filter() == wanted
    assert window.review.model.keys() == project.notes.keys(wanted)
    assert window.review.filters.themes.selected() == {theme.id}


def test_the_framework_editor_opens_from_the_menu_and_the_review_follows_a_rename(seeded_window, qtbot):
    window = seeded_window
    with qtbot.waitSignal(window.review.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(window.review)
    window.frameworks_action.trigger()
    editor = window.framework_editor
    assert editor is not None and editor.objectName() == "frameworkEditor" and editor.isVisible()
    theme = window.review.names.active_themes()[0]
    with qtbot.waitSignal(window.review.loaded, timeout=10_000):
        WriteOp(window.session, lambda project, _job: project.theme_editing.update_theme(theme.theme_id,
                                                                                        name="Kompetens")).run()
    assert window.review.names.active_themes()[0].name == "Kompetens"
    assert window.undo_action.text() == "&Undo theme edit"
    editor.close()
    qtbot.waitUntil(lambda: window.framework_editor is None, timeout=5_000)
