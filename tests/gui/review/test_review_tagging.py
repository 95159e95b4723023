"""Tagging in the review workspace: by number key, by the type-ahead picker, by drag and drop onto the
theme tree, in bulk; suggestions accepted and rejected with one key; status, key quotes, merging and
duplicates; and every one of them undone and redone."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QThreadPool
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton

from dialog_app.core.history import Action
from dialog_app.core.jobs import Cancelled
from dialog_app.core.kinds import TagOrigin
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.review.review_model import column
from dialog_app.gui.review.theme_picker import ThemePicker
from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def themes(project):
    return project.frameworks.themes(project.frameworks.active_framework().id)


def tagged(project, ids, theme_id) -> set:
    by_note = project.tagging.themes_by_note(ids)
    return {note_id for note_id in ids if theme_id in by_note[note_id]}


def untagged_rows(review, theme_id, count):
    """Rows whose notes lack the theme (so a key puts it on rather than off)."""
    project = review.project
    ids = review.listed_ids()
    lacking = [row for row, note_id in enumerate(ids) if note_id not in tagged(project, [note_id], theme_id)]
    return lacking[:count]


def undo_redo(review, check_undone, check_redone) -> None:
    review.project.history.undo()
    review.settle()
    check_undone()
    review.project.history.redo()
    review.settle()
    check_redone()


def test_number_key_tags_the_selected_notes_and_again_untags_them(review):
    project = review.project
    first = themes(project)[0]
    ids = review.select(untagged_rows(review, first.id, 3))
    review.press(KEY.Key_1)
    assert tagged(project, ids, first.id) == set(ids)
    # the table shows the new chip without a reload of the page
    row = review.row(review.page.model.row_of(review.page.selected_keys()[0]))
    assert first.id in {chip.theme_id for chip in row.themes}
    undo_redo(review, lambda: tagged(project, ids, first.id) == set() or pytest.fail("undo"),
              lambda: tagged(project, ids, first.id) == set(ids) or pytest.fail("redo"))
    review.press(KEY.Key_1)
    assert tagged(project, ids, first.id) == set()


def test_a_key_typed_in_the_search_box_stays_there(review):
    page = review.page
    page.filters.search.setFocus()
    review.qtbot.keyClick(page.filters.search, KEY.Key_1)
    assert page.filters.search.text() == "1"
    assert review.project.history.next_undo is None


def test_bulk_tagging_a_large_selection_is_one_undoable_step(review):
    project, page = review.project, review.page
    theme = themes(project)[1]
    rows = list(range(page.model.rowCount()))
    page.select_rows(rows)
    ids = review.listed_ids()
    review.press(KEY.Key_2)
    assert tagged(project, ids, theme.id) == set(ids)
    assert project.history.next_undo.action == "tag"
    undo_redo(review, lambda: None, lambda: None)
    assert tagged(project, ids, theme.id) == set(ids)
    # pressing the key again on notes that all carry the theme takes it off all of them
    review.press(KEY.Key_2)
    assert tagged(project, ids, theme.id) == set()


def test_the_type_ahead_picker_tags_and_untags_with_any_theme(review, monkeypatch):
    project = review.project
    theme = themes(project)[-1]
    ids = review.select(untagged_rows(review, theme.id, 2))
    monkeypatch.setattr(ThemePicker, "pick", classmethod(lambda cls, *_args: theme.id))
    review.press(KEY.Key_T)
    assert tagged(project, ids, theme.id) == set(ids)
    review.press(KEY.Key_T, SHIFT)
    assert tagged(project, ids, theme.id) == set()


def test_the_picker_narrows_as_you_type_and_enter_picks(review, qtbot):
    names = review.page.names
    picker = ThemePicker(names.active_themes(), "Tag")
    qtbot.addWidget(picker)
    wanted = names.active_themes()[2]
    picker.query.insert(wanted.name[:6].lower())
    visible = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert visible and all(wanted.name[:6].lower() in item.text().lower() for item in visible)
    picker.list.setCurrentItem(next(i for i in visible if i.text().strip() == wanted.title))
    qtbot.keyClick(picker.query, KEY.Key_Return)
    assert picker.chosen == wanted.theme_id


def test_dropping_notes_on_a_theme_tags_them(review):
    project, page = review.project, review.page
    theme = themes(project)[3]
    rows = untagged_rows(review, theme.id, 4)
    ids = review.select(rows)
    indexes = [page.model.index(row, 1) for row in rows]
    mime: QMimeData = page.model.mimeData(indexes)
    target = page.themes.visualRect(page.themes._items[theme.id].index()).center()
    drop = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.themes.dropEvent(drop)
    assert drop.isAccepted()
    review.settle()
    assert tagged(project, ids, theme.id) == set(ids)
    undo_redo(review, lambda: tagged(project, ids, theme.id) == set() or pytest.fail("undo"),
              lambda: tagged(project, ids, theme.id) == set(ids) or pytest.fail("redo"))


def test_a_drop_of_anything_else_is_refused(review):
    page = review.page
    mime = QMimeData()
    mime.setText("1 2 3")
    target = page.themes.visualRect(page.themes.model_.index(2, 0)).center()
    drop = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.themes.dropEvent(drop)
    assert not drop.isAccepted()


def test_the_context_menu_tags_with_any_theme(review):
    project, page = review.project, review.page
    theme = themes(project)[4]
    ids = review.select(untagged_rows(review, theme.id, 2))
    menu = page.actions_.context_menu()
    tag_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Tag with")
    title = f"{theme.code} {theme.name}" if theme.code else theme.name
    next(a for a in tag_menu.actions() if a.text().strip() == title).trigger()
    review.settle()
    assert tagged(project, ids, theme.id) == set(ids)


def suggested_rows(review):
    return [row for row in range(review.page.model.rowCount()) if review.row(row).suggestions]


def test_a_suggestion_is_accepted_with_one_key_and_recorded_as_such(review):
    project = review.project
    rows = suggested_rows(review)
    assert rows, "the demo project has notes whose words match a theme's keywords"
    row = review.row(rows[0])
    theme = row.suggestions[0].theme_id
    review.select([rows[0]])
    review.press(KEY.Key_A)
    origins = {t.theme_id: t.origin for t in project.tagging.taggings_of(row.note_id)}
    assert origins[theme] == TagOrigin.SUGGESTION
    undo_redo(review, lambda: theme not in {t.id for t in project.tagging.themes_of(row.note_id)} or pytest.fail(),
              lambda: theme in {t.id for t in project.tagging.themes_of(row.note_id)} or pytest.fail())


def test_a_rejected_suggestion_is_not_suggested_again(review):
    project, page = review.project, review.page
    row = review.row(suggested_rows(review)[0])
    theme = row.suggestions[0].theme_id
    review.select([page.model.row_of(row.key)])
    review.press(KEY.Key_R)
    assert theme in project.suggestions.rejected(row.note_id)
    assert theme not in {chip.theme_id for chip in review.row(page.model.row_of(row.key)).suggestions}
    assert theme not in {t.id for t in project.tagging.themes_of(row.note_id)}  # never applied
    undo_redo(review, lambda: theme not in project.suggestions.rejected(row.note_id) or pytest.fail(),
              lambda: theme in project.suggestions.rejected(row.note_id) or pytest.fail())


@pytest.mark.parametrize("key, status", [(KEY.Key_R, "reviewed"), (KEY.Key_P, "approved"),
                                         (KEY.Key_E, "excluded")])
def test_status_keys_set_the_review_status_of_the_selection(review, key, status):
    project = review.project
    ids = review.select([0, 1, 2])
    before = {i: project.notes.get(i).status for i in ids}
    review.press(key, CTRL)
    assert {project.notes.get(i).status for i in ids} == {status}
    undo_redo(review, lambda: {i: project.notes.get(i).status for i in ids} == before or pytest.fail(),
              lambda: {project.notes.get(i).status for i in ids} == {status} or pytest.fail())


def test_k_marks_key_quotes(review):
    project = review.project
    ids = review.select([3, 4])
    wanted = not all(project.notes.get(i).key_quote for i in ids)
    review.press(KEY.Key_K)
    assert {project.notes.get(i).key_quote for i in ids} == {wanted}
    undo_redo(review, lambda: None, lambda: {project.notes.get(i).key_quote for i in ids} == {wanted} or pytest.fail())


def test_merging_two_notes_keeps_both_provenances_and_adds_votes(review):
    project, page = review.project, review.page
    ids = review.select([0, 1])
    keep_key, absorb_key = sorted(page.selected_keys())
    keep, absorb = project.notes.ids_of_keys([keep_key, absorb_key])
    votes = project.notes.get(keep).votes + project.notes.get(absorb).votes
    review.press(KEY.Key_M)
    assert project.notes.get(keep).votes == votes
    assert [n.id for n in project.merging.merged_into(keep)] == [absorb]
    assert page.model.row_of(absorb_key) == -1  # the absorbed note left the table
    undo_redo(review, lambda: page.model.row_of(absorb_key) >= 0 or pytest.fail(),
              lambda: page.model.row_of(absorb_key) == -1 or pytest.fail())
    assert set(ids) == {keep, absorb}


def test_merge_needs_exactly_two_notes(review, qtbot):
    review.select([0, 1, 2])
    with qtbot.waitSignal(review.page.message) as said:
        review.page.actions_.merge_selected()
    assert "exactly two" in said.args[0]


def test_duplicates_are_flagged_and_a_group_merges(review, qtbot):
    project, page = review.project, review.page
    dialogue = project.dialogues.list()[1].id
    text = "Vi behöver bättre bredband på landsbygden"
    copies = [project.notes.add(dialogue, text, votes=2).id for _ in range(3)]
    review.settle()
    page.actions_.find_duplicates()
    qtbot.waitUntil(lambda: getattr(page, "duplicates_dialog", None) is not None, timeout=10_000)
    dialog = page.duplicates_dialog
    assert not page.table.isColumnHidden(column("duplicate"))
    flagged = {note_id for note_id in copies if page.model.duplicate_group(note_id) is not None}
    assert flagged == set(copies)
    group = next(i for i in range(dialog.tree.topLevelItemCount())
                 if dialog.tree.topLevelItem(i).child(0).data(0, Qt.ItemDataRole.UserRole + 1) in copies)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(group))
    dialog.merge_button.click()
    review.settle()
    assert project.notes.get(copies[0]).votes == 6
    assert {n.id for n in project.merging.merged_into(copies[0])} == set(copies[1:])
    assert project.notes.count(NoteFilter(text="landsbygden bredband")) == 1


def test_merging_a_duplicate_group_is_one_undo_step(review, qtbot):
    # Given a group of four copies of one note, found by the scan
    project, page = review.project, review.page
    dialogue = project.dialogues.list()[1].id
    copies = [project.notes.add(dialogue, "Fler laddstolpar längs E14 behövs", votes=1).id for _ in range(4)]
    review.settle()
    page.actions_.find_duplicates()
    qtbot.waitUntil(lambda: page.duplicates_dialog is not None, timeout=10_000)
    dialog = page.duplicates_dialog
    group = next(i for i in range(dialog.tree.topLevelItemCount())
                 if dialog.tree.topLevelItem(i).child(0).data(0, Qt.ItemDataRole.UserRole + 1) in copies)
    # When the group is merged
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(group))
    dialog.merge_button.click()
    review.settle()
    assert {n.id for n in project.merging.merged_into(copies[0])} == set(copies[1:])
    # Then the Edit menu offers one step for the whole group, named by its four notes
    step = project.history.next_undo
    assert (step.action, step.count) == (Action.MERGE_DUPLICATES, 4)
    # and one Undo brings every copy back, as it was; one Redo merges them all again
    undo_redo(review, lambda: (project.merging.merged_into(copies[0]) == []
                               and all(project.notes.get(i).deleted_at is None for i in copies)
                               and project.notes.get(copies[0]).votes == 1) or pytest.fail("undo"),
              lambda: {n.id for n in project.merging.merged_into(copies[0])} == set(copies[1:]) or pytest.fail())
    assert project.notes.get(copies[0]).votes == 4


def test_a_cancelled_duplicate_search_shows_nothing_and_no_error(review, qtbot, monkeypatch):
    # Given duplicates, and a search held back until the user has cancelled it
    project, page = review.project, review.page
    dialogue = project.dialogues.list()[1].id
    for _ in range(2):
        project.notes.add(dialogue, "Vi behöver bättre bredband på landsbygden")
    review.settle()
    gate, ended, failures = threading.Event(), [], []
    find = project.duplicates.find

    def held_find(*args, **kwargs):
        gate.wait(10)
        try:
            return find(*args, **kwargs)
        except BaseException as error:
            ended.append(error)
            raise

    monkeypatch.setattr(project.duplicates, "find", held_find)
    review.session.failed.connect(failures.append)
    # When the search starts and the user cancels it
    page.actions_.find_duplicates()
    page.findChild(QProgressDialog).findChild(QPushButton).click()
    gate.set()
    # Then the search stopped at its first look, and neither groups nor an error are shown
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert isinstance(ended[0], Cancelled)
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert getattr(page, "duplicates_dialog", None) is None
    assert failures == []

def test_delete_moves_to_the_bin_and_undo_brings_back(review):
    project, page = review.project, review.page
    ids = review.select([0, 1])
    total = page.model.rowCount()
    review.press(KEY.Key_Delete)
    assert page.model.rowCount() == total - 2
    assert all(project.notes.get(i).deleted_at is not None for i in ids)
    undo_redo(review, lambda: page.model.rowCount() == total or pytest.fail(),
              lambda: page.model.rowCount() == total - 2 or pytest.fail())


def test_the_actions_name_their_keys_in_the_context_menu(review):
    review.select([0])
    menu = review.page.actions_.context_menu()
    texts = [a.text() for a in menu.actions()]
    assert {"Tag with", "Status", "Key quote", "Move to the bin", "Find possible duplicates…"} <= set(texts)
    assert review.page.actions_.key_quote.shortcut().toString() == "K"


def test_a_tagged_note_leaves_the_untagged_listing_by_itself(review, qtbot):
    page = review.page
    with qtbot.waitSignal(page.listed, timeout=10_000):
        page.filters.themes.set_selected(["untagged"], notify=True)
    before = page.model.rowCount()
    ids = review.select([0])
    page.table.setFocus()
    with qtbot.waitSignal(page.listed, timeout=10_000):  # no explicit re-listing: the change news
        qtbot.keyClick(page.table, KEY.Key_1)
    assert page.model.rowCount() == before - 1
    assert ids[0] not in review.listed_ids()
