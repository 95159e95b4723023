"""The writer's matrix: note counts per theme and stakeholder group (or dialogue), each cell a filter."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.overview import matrix_reads as matrix_module
from dialog_app.gui.overview.count_matrix_model import BarRole, CountRole, FilterRole
from dialog_app.gui.overview.matrix_data import BY_DIALOGUE, BY_GROUP
from dialog_app.gui.overview.matrix_page import MatrixPage
from dialog_app.gui.widgets.shading import contrast

LOAD = 10_000


def show_page(qtbot, project) -> MatrixPage:
    page = MatrixPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD):
        page.set_session(ProjectSession(project))
    return page


@pytest.fixture
def page(app, qtbot, seeded_project) -> MatrixPage:
    return show_page(qtbot, seeded_project)


@pytest.fixture
def framework(seeded_project):
    return seeded_project.frameworks.active_framework()


@pytest.fixture
def themes(seeded_project, framework):
    return {t.code: t for t in seeded_project.frameworks.themes(framework.id)}


def table(page) -> QTableView:
    return page.findChild(QTableView, "matrixTable")


def row_of(page, label: str) -> int:
    model = table(page).model()
    for row in range(model.rowCount()):
        if model.headerData(row, Qt.Orientation.Vertical).strip() == label:
            return row
    raise AssertionError(f"no row {label!r}")


def column_of(page, name: str) -> int:
    model = table(page).model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ") == name:
            return column
    raise AssertionError(f"no column {name!r}")


def click(qtbot, page, row: int, column: int):
    view = table(page)
    index = view.model().index(row, column)
    view.scrollTo(index)
    with qtbot.waitSignal(page.filter_requested, timeout=LOAD) as asked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return asked.args[0]


def reload(qtbot, page, change: ChangeKind = ChangeKind.TAGS):
    with qtbot.waitSignal(page.loaded, timeout=LOAD):
        page.session.changed.emit(Change({change: frozenset()}))


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d7ede",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


# --- what the matrix shows --------------------------------------------------------------------


def test_the_rows_are_the_themes_in_order_then_no_theme_then_all_notes(page, themes):
    # when
    model = table(page).model()
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    # then
    assert labels == [f"{t.code}  {t.name}" for t in themes.values()] + ["No theme in this framework", "All notes"]
    assert page.findChild(QLabel, "matrixHeading").text().startswith(page.session.project.frameworks.active_framework().name)


def test_the_columns_are_the_totals_then_the_groups_then_no_group(page, seeded_project):
    # when
    model = table(page).model()
    names = [model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(model.columnCount())]
    # then (the demo has notes typed with no group)
    assert names == ["All groups"] + [g.name for g in seeded_project.participation.groups()] + ["No group"]


@pytest.mark.parametrize("axis", [BY_GROUP, BY_DIALOGUE])
def test_every_cell_counts_exactly_the_notes_its_filter_lists(page, seeded_project, axis):
    # given
    page.set_axis(axis)
    model = table(page).model()
    unfilterable = []
    # then every cell that can be clicked counts what the note list would show
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            note_filter = index.data(FilterRole)
            if note_filter is None:
                unfilterable.append(model.headerData(column, Qt.Orientation.Horizontal))
            else:
                assert index.data(CountRole) == seeded_project.notes.count(note_filter), (row, column)
    # and only the notes with no group cannot be listed from here
    assert set(unfilterable) == ({"No group"} if axis == BY_GROUP else set())


def test_the_theme_totals_add_up_to_the_notes_with_each_theme(page, seeded_project, themes):
    # then
    model = table(page).model()
    total = model.total_column()
    for code, theme in themes.items():
        count = model.index(row_of(page, f"{code}  {theme.name}"), total).data(CountRole)
        assert count == seeded_project.notes.count(NoteFilter(theme_ids=frozenset({theme.id}))) > 0
    assert model.index(model.rowCount() - 1, total).data(CountRole) == seeded_project.notes.count() == 150


# --- asking for notes -------------------------------------------------------------------------


def test_clicking_a_cell_asks_for_the_notes_of_its_theme_and_group(page, qtbot, seeded_project, themes):
    # given
    group = seeded_project.participation.groups()[0]
    row, column = row_of(page, f"1  {themes['1'].name}"), column_of(page, group.name)
    # when
    asked = click(qtbot, page, row, column)
    # then
    assert asked == NoteFilter(theme_ids=frozenset({themes["1"].id}), group_ids=frozenset({group.id}))
    shown = table(page).model().index(row, column).data(Qt.ItemDataRole.DisplayRole)
    assert shown == str(seeded_project.notes.count(asked))


def test_enter_on_a_cell_asks_for_its_notes(page, qtbot, seeded_project, themes):
    # given the keyboard on the cell of theme 3 and the second group
    view = table(page)
    group = seeded_project.participation.groups()[1]
    view.setFocus()
    view.setCurrentIndex(view.model().index(row_of(page, f"3  {themes['3'].name}"), column_of(page, group.name)))
    # when
    with qtbot.waitSignal(page.filter_requested, timeout=LOAD) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    # then
    assert asked.args[0] == NoteFilter(theme_ids=frozenset({themes["3"].id}), group_ids=frozenset({group.id}))


def test_a_theme_total_asks_for_the_theme_only_and_all_notes_of_a_group_for_the_group(page, qtbot, seeded_project,
                                                                                      themes):
    model = table(page).model()
    group = seeded_project.participation.groups()[2]
    # when the bar of theme 2 is clicked
    asked = click(qtbot, page, row_of(page, f"2  {themes['2'].name}"), model.total_column())
    # then
    assert asked == NoteFilter(theme_ids=frozenset({themes["2"].id}))
    # when the group's count in the "All notes" row is clicked
    asked = click(qtbot, page, model.rowCount() - 1, column_of(page, group.name))
    # then
    assert asked == NoteFilter(group_ids=frozenset({group.id}))


def test_clicking_headers_asks_for_a_group_or_a_theme(page, qtbot, seeded_project, themes):
    view = table(page)
    group = seeded_project.participation.groups()[0]
    # when the group's column header is clicked
    header = view.horizontalHeader()
    column = column_of(page, group.name)
    with qtbot.waitSignal(page.filter_requested, timeout=LOAD) as asked:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))
    assert asked.args[0] == NoteFilter(group_ids=frozenset({group.id}))
    # when a theme's row header is clicked
    rows = view.verticalHeader()
    row = row_of(page, f"4  {themes['4'].name}")
    with qtbot.waitSignal(page.filter_requested, timeout=LOAD) as asked:
        qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(rows.width() // 2, rows.sectionViewportPosition(row) + 5))
    assert asked.args[0] == NoteFilter(theme_ids=frozenset({themes["4"].id}))


def test_the_no_group_column_says_why_it_lists_nothing(page, qtbot, themes):
    # given
    model = table(page).model()
    index = model.index(row_of(page, f"1  {themes['1'].name}"), column_of(page, "No group"))
    # when / then
    with qtbot.assertNotEmitted(page.filter_requested, wait=100):
        view = table(page)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert "cannot pick out notes with no stakeholder group" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_dialogue_switch_puts_dialogues_in_the_columns(page, qtbot, seeded_project, themes):
    # when
    page.findChild(QComboBox, "matrixAxis").setCurrentIndex(1)
    # then
    model = table(page).model()
    dialogues = seeded_project.dialogues.list()
    assert model.columnCount() == len(dialogues) + 1
    dialogue = next(d for d in dialogues if seeded_project.notes.count(
        NoteFilter(dialogue_ids=frozenset({d.id}), theme_ids=frozenset({themes["1"].id}))))
    column = 1 + dialogues.index(dialogue)
    assert model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ").startswith(dialogue.title[:10])
    asked = click(qtbot, page, row_of(page, f"1  {themes['1'].name}"), column)
    assert asked == NoteFilter(theme_ids=frozenset({themes["1"].id}), dialogue_ids=frozenset({dialogue.id}))
    assert dialogue.title in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)


# --- the "no theme" row -----------------------------------------------------------------------


def test_the_no_theme_row_lists_untagged_notes_while_they_are_the_same(page, qtbot, seeded_project):
    # given (in the demo, a note with no theme of the active framework has no theme at all)
    group = seeded_project.participation.groups()[1]
    row = row_of(page, "No theme in this framework")
    # when
    asked = click(qtbot, page, row, column_of(page, group.name))
    # then
    assert asked == NoteFilter(untagged=True, group_ids=frozenset({group.id}))
    assert table(page).model().index(row, column_of(page, group.name)).data(CountRole) == \
        seeded_project.notes.count(asked)


def test_the_no_theme_row_is_not_clickable_once_other_frameworks_tag_those_notes(page, qtbot, seeded_project,
                                                                                 framework):
    # given an untagged note tagged with a theme of another framework
    other = next(f for f in seeded_project.frameworks.frameworks() if f.id != framework.id)
    note_id = seeded_project.notes.ids(NoteFilter(untagged=True))[0]
    seeded_project.tagging.tag([note_id], seeded_project.frameworks.themes(other.id)[0].id)
    # when the matrix hears of it
    reload(qtbot, page)
    # then the row still counts the note, but cannot list exactly its notes
    model = table(page).model()
    row = row_of(page, "No theme in this framework")
    assert all(model.index(row, c).data(FilterRole) is None for c in range(model.columnCount()))
    assert "themes of another framework" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.assertNotEmitted(page.filter_requested, wait=100):
        view = table(page)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(model.index(row, 0)).center())


# --- refreshing -------------------------------------------------------------------------------


def test_tagging_a_note_updates_the_counts(page, qtbot, seeded_project, themes):
    # given
    model = table(page).model()
    row = row_of(page, f"5  {themes['5'].name}")
    before = model.index(row, model.total_column()).data(CountRole)
    note_id = seeded_project.notes.ids(NoteFilter(untagged=True))[0]
    # when
    seeded_project.tagging.tag([note_id], themes["5"].id)
    reload(qtbot, page)
    # then
    assert model.index(row, model.total_column()).data(CountRole) == before + 1


def test_a_hidden_matrix_counts_again_only_when_shown(page, qtbot, seeded_project, themes):
    # given the page hidden (a meeting is being captured)
    page.hide()
    model = table(page).model()
    row = row_of(page, f"5  {themes['5'].name}")
    before = model.index(row, model.total_column()).data(CountRole)
    dialogue = seeded_project.dialogues.list()[0]
    seeded_project.notes.add(dialogue.id, "Fiber till alla byar", theme_ids=[themes["5"].id])
    # when change news arrive, nothing is read
    with qtbot.assertNotEmitted(page.loaded, wait=300):
        page.session.changed.emit(Change({ChangeKind.NOTES: frozenset()}))
    assert model.index(row, model.total_column()).data(CountRole) == before
    # then showing it counts again
    with qtbot.waitSignal(page.loaded, timeout=LOAD):
        page.show()
    assert model.index(row, model.total_column()).data(CountRole) == before + 1


def test_a_burst_of_reloads_runs_one_count_at_a_time(page, qtbot, monkeypatch):
    # given a count that takes a while, watched for overlap
    running, most, calls = [0], [0], [0]
    lock = threading.Lock()
    original = matrix_module.load_matrix

    def slow_load(project):
        with lock:
            running[0] += 1
            calls[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        try:
            return original(project)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(matrix_module, "load_matrix", slow_load)
    # when five reloads are asked for at once
    for _ in range(5):
        page.refresh()
    qtbot.waitUntil(lambda: not page._loading and not page._pending, timeout=LOAD)
    # then they never overlapped, and the last request was not lost
    assert most[0] == 1
    assert calls[0] == 2


# --- looks ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_shades_are_readable_and_follow_the_palette(page, dark, themes, tmp_path):
    # given
    if dark:
        page.setPalette(dark_palette())
    view = table(page)
    palette = view.palette()
    model = view.model()
    base = palette.color(QPalette.ColorRole.Base)
    assert base == QColor("#1e1e1e" if dark else QPalette().color(QPalette.ColorRole.Base))
    # then every cell's text stands out from its shade
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole).color()
            text = index.data(Qt.ItemDataRole.ForegroundRole).color()
            assert contrast(text, background) >= 4.5, (row, column)
    # and a busier cell is further from the background colour than a quieter one, an empty cell not shaded
    cells = [model.index(r, c) for r in range(len(themes)) for c in range(1, model.columnCount())]
    by_count = sorted(cells, key=lambda i: i.data(CountRole))
    quiet, busy = by_count[0], by_count[-1]
    assert quiet.data(CountRole) == 0 and quiet.data(Qt.ItemDataRole.BackgroundRole).color() == base
    assert contrast(busy.data(Qt.ItemDataRole.BackgroundRole).color(), base) > \
        contrast(next(i for i in by_count if i.data(CountRole) == 1).data(Qt.ItemDataRole.BackgroundRole).color(), base)
    assert page.grab().save(str(tmp_path / "matrix.png"))  # and it paints in this palette


def test_each_theme_has_a_bar_in_its_colour_as_long_as_its_count(page, themes):
    # given
    view = table(page)
    model = view.model()
    total = model.total_column()
    image = view.viewport().grab().toImage()
    widths = {}
    # then each theme's bar is painted in the theme's colour, from the left of its cell
    for code, theme in themes.items():
        index = model.index(row_of(page, f"{code}  {theme.name}"), total)
        rect = view.visualRect(index)
        y = rect.center().y()
        colour = QColor(theme.colour)
        xs = [x for x in range(rect.left(), rect.right()) if image.pixelColor(x, y) == colour]
        assert xs, code
        widths[code] = len(xs)
        assert index.data(BarRole) == pytest.approx(index.data(CountRole) / max(
            model.index(r, total).data(CountRole) for r in range(model.rowCount() - 1)))
    # and the longest bar belongs to the theme with most notes
    counts = {code: model.index(row_of(page, f"{code}  {t.name}"), total).data(CountRole) for code, t in themes.items()}
    assert max(widths, key=widths.get) == max(counts, key=counts.get)


def test_tooltips_say_what_a_cell_counts(page, seeded_project, themes):
    # given
    model = table(page).model()
    group = seeded_project.participation.groups()[0]
    index = model.index(row_of(page, f"1  {themes['1'].name}"), column_of(page, group.name))
    # when
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    # then
    assert tip.startswith(f"{index.data(CountRole)} note")
    assert f"from {group.name} tagged 1 {themes['1'].name}" in tip
    assert "Click" in tip


def test_sub_themes_follow_their_theme_indented(page, qtbot, seeded_project, framework, themes):
    # given
    child = seeded_project.frameworks.add_theme(framework.id, "Digital kompetens i skolan", parent_id=themes["1"].id,
                                                code="1.1")
    # when
    reload(qtbot, page, ChangeKind.THEMES)
    # then
    model = table(page).model()
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert labels[1] == f"    1.1  {child.name}"
    assert labels[0] == f"1  {themes['1'].name}"


# --- empty states -----------------------------------------------------------------------------


def test_a_project_without_notes_says_so(app, qtbot, empty_project):
    # when
    page = show_page(qtbot, empty_project)
    # then
    empty = page.findChild(QLabel, "matrixEmpty")
    assert empty.isVisible() and "No notes yet" in empty.text()
    assert not table(page).isVisible()


def test_a_project_without_a_framework_says_so(app, qtbot, project_path):
    # given
    with Project.create(project_path("bare"), frameworks=[]) as project:
        # when
        page = show_page(qtbot, project)
        # then
        assert "no theme framework" in page.findChild(QLabel, "matrixEmpty").text()


def test_no_project_clears_the_page(page):
    # when
    page.set_session(None)
    # then
    assert table(page).model().rowCount() == 0
    assert page.findChild(QLabel, "matrixEmpty").isVisible()
