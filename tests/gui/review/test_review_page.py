"""The review workspace, driven as the strategy writer drives it: search, filters, counts, saved
filters, the detail pane and the table's columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.review import filter_bar
from dialog_app.gui.review.filter_bar import UNTAGGED
from dialog_app.gui.review.review_model import column
from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name


def held(project):
    """A dialogue that was held (it has notes)."""
    counts = project.dialogues.note_counts()
    return next(d for d in project.dialogues.list() if counts.get(d.id))


def wait_listed(review, change) -> None:
    with review.qtbot.waitSignal(review.page.listed, timeout=10_000):
        change()


def test_the_table_lists_every_live_note_with_the_count(review):
    # Given the demo project, when the review page opens, then every live note is a row
    total = review.project.notes.count()
    assert review.page.model.rowCount() == total
    assert review.page.filters.count.text() == f"{total} notes"
    # and the rows show the notes' own text and themes as the database has them
    row = review.row(0)
    note = review.project.notes.get(row.note_id)
    assert row.text == note.text
    assert {chip.theme_id for chip in row.themes} == {t.id for t in review.project.tagging.themes_of(note.id)}


def test_the_first_screen_comes_with_its_rows(review):
    # Given the table showing every note, the theme model trained (a model trained while the search
    # is read makes its rows stale, rightly: they lack the learned suggestions)
    review.project.suggestions.learner.wait()
    review.qtbot.wait(50)  # the trained model's news reaches the page
    rows = review.page.model.rows
    shown: list = []
    review.page.first_rows_shown.connect(
        lambda: shown.append([rows.fresh(n) for n in range(min(20, len(rows)))]))
    word = max(review.row(5).text.split(), key=len).strip(".,!?").lower()
    # When a search lists other notes
    wait_listed(review, lambda: review.page.filters.search.setText(word))
    # Then the rows of the first screen were read with the listing: shown with their text at once
    # (a read of their own could not have come back before the listing was shown)
    assert shown and all(shown[0])
    assert review.page.model.rowCount() and word in review.page.model.row(0).text.lower()


def test_search_lists_what_the_index_finds_and_marks_the_words(review):
    page = review.page
    wait_listed(review, lambda: page.filters.search.setText("digital"))
    expected = review.project.notes.keys(NoteFilter(text="digital"))
    assert page.model.keys() == expected and expected
    assert page.filters.count.text().startswith(f"{len(expected)} of ")
    assert page.highlighter.query == "digital"
    # the detail pane shows the current note whole, the matches marked
    page.select_rows([0])
    review.qtbot.waitUntil(lambda: "#ffd600" in page.detail.toHtml(), timeout=5_000)


def test_search_keeps_swedish_letters_distinct(review):
    page = review.page
    wait_listed(review, lambda: page.filters.search.setText("för"))
    with_ring = set(page.model.keys())
    wait_listed(review, lambda: page.filters.search.setText("for"))
    assert set(page.model.keys()) == set(review.project.notes.keys(NoteFilter(text="for")))
    assert with_ring != set(page.model.keys())


@pytest.mark.parametrize("button, field, pick", [
    ("dialogues", "dialogue_ids", lambda p: [held(p).id]),
    ("groups", "group_ids", lambda p: [p.participation.groups()[0].id]),
    ("kinds", "kinds", lambda p: ["idea"]),
    ("statuses", "statuses", lambda p: ["approved", "reviewed"]),
    ("themes", "theme_ids", lambda p: [p.frameworks.themes(p.frameworks.active_framework().id)[1].id]),
])
def test_each_filter_lists_exactly_its_notes(review, button, field, pick):
    values = pick(review.project)
    wait_listed(review, lambda: getattr(review.page.filters, button).set_selected(values, notify=True))
    expected = review.project.notes.keys(NoteFilter(**{field: frozenset(values)}))
    assert review.page.model.keys() == expected
    assert 0 < len(expected) < review.project.notes.count()


def test_question_untagged_key_quote_and_date_filters_combine(review):
    page, project = review.page, review.project
    dialogue = held(project)
    wait_listed(review, lambda: page.filters.dialogues.set_selected([dialogue.id], notify=True))
    question = project.dialogues.agenda(dialogue.id)[0]
    # the question filter offers the chosen dialogue's questions only
    offered = {page.filters.questions.list.item(i).data(Qt.ItemDataRole.UserRole + 1)
               for i in range(page.filters.questions.list.count())}
    assert offered == {q.id for q in project.dialogues.agenda(dialogue.id)}
    wait_listed(review, lambda: page.filters.questions.set_selected([question.id], notify=True))
    assert page.model.keys() == project.notes.keys(
        NoteFilter(dialogue_ids=frozenset({dialogue.id}), agenda_item_ids=frozenset({question.id})))

    wait_listed(review, lambda: page.filters.set_filter(NoteFilter()))
    wait_listed(review, lambda: page.filters.themes.set_selected([UNTAGGED], notify=True))
    assert page.model.keys() == project.notes.keys(NoteFilter(untagged=True))
    wait_listed(review, lambda: page.filters.key_quotes.setChecked(True))
    assert page.model.keys() == project.notes.keys(NoteFilter(untagged=True, key_quotes_only=True))

    first = project.notes.list()[-1].created_at
    wait_listed(review, lambda: page.filters.set_filter(NoteFilter()))
    day = QDate(first.astimezone().date())
    wait_listed(review, lambda: page.filters.dates.start.setDate(day))
    wait_listed(review, lambda: page.filters.dates.end.setDate(day.addDays(1)))
    wait_listed(review, lambda: page.filters.dates.enabled_box.setChecked(True))
    start, end = page.filters.dates.range()
    assert page.model.keys() == project.notes.keys(NoteFilter(created_from=start, created_to=end))
    assert page.model.keys()


def test_a_filter_is_saved_under_a_name_and_brought_back(review, monkeypatch):
    page = review.page
    group = review.project.participation.groups()[1].id
    wait_listed(review, lambda: page.filters.groups.set_selected([group], notify=True))
    wait_listed(review, lambda: page.filters.search.setText("digital"))
    wanted = page.filters.current_filter()
    monkeypatch.setattr(filter_bar, "ask_filter_name", lambda _parent, _suggestion: "Unga om digital")
    page.filters._ask_save()
    review.session.wait()
    review.qtbot.waitUntil(lambda: "Unga om digital" in page.filters._saved_names, timeout=5_000)
    assert review.project.saved_filters.get("Unga om digital") == wanted

    wait_listed(review, lambda: page.filters.set_filter(NoteFilter()))
    assert page.model.rowCount() == review.project.notes.count()
    wait_listed(review, lambda: page.filters.load_requested.emit("Unga om digital"))
    assert page.filters.current_filter() == wanted
    assert page.model.keys() == review.project.notes.keys(wanted)


def test_clicking_a_theme_in_the_tree_lists_its_notes(review):
    page, project = review.page, review.project
    theme = project.frameworks.themes(project.frameworks.active_framework().id)[2]
    index = page.themes._items[theme.id].index()
    wait_listed(review, lambda: page.themes.clicked.emit(index))
    assert page.model.keys() == project.notes.keys(NoteFilter(theme_ids=frozenset({theme.id})))
    # the tree's count is the number of the theme's notes
    count_cell = page.themes.model_.itemFromIndex(index.siblingAtColumn(2))
    assert count_cell.text() == str(page.model.rowCount())


def test_sorting_by_a_column_asks_the_database(review):
    page = review.page
    wait_listed(review, lambda: page.table.sortByColumn(column("votes"), Qt.SortOrder.DescendingOrder))
    votes = [review.row(r).votes for r in range(page.model.rowCount())]
    assert votes == sorted(votes, reverse=True)
    wait_listed(review, lambda: page.table.sortByColumn(column("text"), Qt.SortOrder.AscendingOrder))
    assert page.model.keys() == review.project.notes.keys(NoteFilter(), "text", False)


def test_columns_are_shown_and_hidden_and_the_choice_is_kept(review, app_home):
    from dialog_app.core import app_settings

    page = review.page
    assert page.table.isColumnHidden(column("question"))
    page.show_column("question", True)
    page.show_column("votes", False)
    assert not page.table.isColumnHidden(column("question"))
    assert "votes" in app_settings.hidden_columns("review")
    assert "question" not in app_settings.hidden_columns("review")


def test_the_detail_pane_tells_the_notes_history(review):
    page, project = review.page, review.project
    review.select([0])
    note_id = project.notes.ids_of_keys([page.model.key(0)])[0]
    project.notes.set_status([note_id], "reviewed")
    review.settle()
    review.qtbot.waitUntil(lambda: "set the status to Reviewed" in page.detail.toPlainText(), timeout=5_000)
    assert "captured by" in page.detail.toPlainText() or "imported by" in page.detail.toPlainText()


def test_a_note_with_markup_is_shown_as_typed(review):
    page, project = review.page, review.project
    dialogue = project.dialogues.list()[0].id
    project.notes.add(dialogue, "<b>fet</b> & <script>x</script>")
    review.settle()
    wait_listed(review, lambda: page.filters.search.setText("fet"))
    page.select_rows([0])
    review.qtbot.waitUntil(lambda: "<b>fet</b> & <script>x</script>" in page.detail.toPlainText(), timeout=5_000)


def test_the_detail_pane_says_where_an_imported_note_stood_in_its_file(review):
    page, project = review.page, review.project
    dialogue = project.dialogues.list()[0].id
    project.notes.add(dialogue, "Fiber till <varje> by", source_kind="imported",
                      source_ref="enkät #2.csv#row=14@2026-12-06T05:12:00Z")
    review.settle()
    wait_listed(review, lambda: page.filters.search.setText("fiber till"))
    page.select_rows([0])
    review.qtbot.waitUntil(lambda: "enkät #2.csv, row 14" in page.detail.toPlainText(), timeout=5_000)
    assert "(imported 6 Dec 2026 06:12)" in page.detail.toPlainText()  # in the project's zone, Stockholm
