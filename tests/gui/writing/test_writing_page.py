"""The synthesis editor: the writer's text saved as typed, key quotes picked, ordered and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton

from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.writing.note_delegate import MarksRole, MetaRole, NoteIdRole
from dialog_app.gui.writing.writing_page import WritingPage
from dialog_app.gui.writing.theme_list import EntryRole, ThemeIdRole

LOAD = 10_000
ALT = Qt.KeyboardModifier.AltModifier


class Writer:
    """The page as the main window would hold it: on a session, which brings the change news."""

    def __init__(self, qtbot, project: Project) -> None:
        self.qtbot = qtbot
        self.project = project
        self.session = ProjectSession(project)
        self.writing = False  # writes waiting or running, told after their callbacks ran
        self.session.busy_changed.connect(lambda busy: setattr(self, "writing", busy))
        self.page = WritingPage()
        qtbot.addWidget(self.page)
        self.page.resize(1200, 700)
        self.page.show()
        with qtbot.waitSignal(self.page.theme_loaded, timeout=LOAD):
            self.page.set_session(self.session)

    @property
    def editor(self) -> QPlainTextEdit:
        return self.page.findChild(QPlainTextEdit, "synthesisText")

    @property
    def quotes(self) -> QListWidget:
        return self.page.findChild(QListWidget, "synthesisQuotes")

    @property
    def notes(self) -> QListWidget:
        return self.page.findChild(QListWidget, "synthesisNotes")

    @property
    def theme_id(self):
        return self.page.findChild(QListWidget, "synthesisThemes").currentItem().data(ThemeIdRole)

    def quote_ids(self) -> list:
        return [self.quotes.item(r).data(NoteIdRole) for r in range(self.quotes.count())]

    def note_row(self, note_id) -> int:
        return next(r for r in range(self.notes.count()) if self.notes.item(r).data(NoteIdRole) == note_id)

    def settle(self) -> None:
        """Every write done, and the page shows what the file holds."""
        self.qtbot.waitUntil(lambda: not self.writing and not self.page.saver.busy, timeout=LOAD)
        self.qtbot.waitUntil(lambda: not self.page._timer.isActive()
                             and not self.page._content_loader.busy and not self.page._theme_loader.busy,
                             timeout=LOAD)

    def close(self) -> None:
        self.page.flush()
        self.session.close()  # every write done, the news stopped (the fixture closes the project again)


@pytest.fixture
def writer(app, qtbot, seeded_project):
    writer = Writer(qtbot, seeded_project)
    yield writer
    writer.close()


@pytest.fixture
def themes(seeded_project):
    framework = seeded_project.frameworks.active_framework()
    return seeded_project.frameworks.themes(framework.id)


# --- what is shown ----------------------------------------------------------------------------


def test_the_themes_are_listed_and_the_first_is_opened(writer, themes):
    # then
    listed = writer.page.findChild(QListWidget, "synthesisThemes")
    assert [listed.item(r).text() for r in range(listed.count())] == [f"{t.code}  {t.name}" for t in themes]
    assert writer.theme_id == themes[0].id
    assert writer.page.findChild(QLabel, "synthesisTitle").text() == f"{themes[0].code}  {themes[0].name}"


def test_the_theme_notes_are_shown_with_dialogue_group_and_marks(writer, seeded_project, themes):
    # given
    wanted = seeded_project.notes.ids(NoteFilter(theme_ids=frozenset({themes[0].id})))
    notes = seeded_project.notes.by_ids(wanted)
    dialogues = {d.id: d.title for d in seeded_project.dialogues.list()}
    # then
    assert [writer.notes.item(r).data(NoteIdRole) for r in range(writer.notes.count())] == wanted
    for row, note_id in enumerate(wanted):
        item, note = writer.notes.item(row), notes[note_id]
        assert item.text() == note.text
        assert dialogues[note.dialogue_id] in item.data(MetaRole)
        assert ("Key quote" in item.data(MarksRole)) == note.key_quote


def test_select_theme_before_the_themes_are_loaded_opens_it(app, qtbot, seeded_project, themes):
    # given
    page = WritingPage()
    qtbot.addWidget(page)
    page.show()
    session = ProjectSession(seeded_project)
    # when
    with qtbot.waitSignal(page.theme_loaded, timeout=LOAD, check_params_cb=lambda t: t == themes[2].id):
        page.set_session(session)
        page.select_theme(themes[2].id)
    # then
    assert page.findChild(QListWidget, "synthesisThemes").currentRow() == 2


def test_searching_narrows_the_notes(writer):
    # given
    first = writer.notes.item(0)
    word = max(first.text().split(), key=len)
    # when
    writer.page.notes.search.setText(word)
    # then
    visible = [writer.notes.item(r) for r in range(writer.notes.count()) if not writer.notes.item(r).isHidden()]
    assert first in visible
    assert all(word.casefold() in (i.text() + i.data(MetaRole)).casefold() for i in visible)


# --- the text, saved as typed -----------------------------------------------------------------


def test_typed_text_is_saved_after_a_pause(writer, qtbot, seeded_project, themes):
    # when the writer types Swedish text
    writer.editor.setFocus()
    writer.editor.insertPlainText("Vad vi hörde: fler mötesplatser för äldre, på biblioteken och i föreningslivet.")
    # then it shows as being saved, and a moment later it is in the file
    saved = writer.page.findChild(QLabel, "synthesisSaved")
    assert saved.text() == "Saving…"
    with qtbot.waitSignal(writer.page.saved, timeout=LOAD):
        pass
    assert seeded_project.synthesis.get(themes[0].id).text == \
        "Vad vi hörde: fler mötesplatser för äldre, på biblioteken och i föreningslivet."
    assert saved.text() == "Saved"
    # and the theme is marked as begun in the list
    writer.settle()
    listed = writer.page.findChild(QListWidget, "synthesisThemes")
    assert listed.currentItem().data(EntryRole).written
    assert not listed.item(1).data(EntryRole).written


def test_the_text_is_there_after_reopening_the_project(app, qtbot, seeded_copy):
    # given a writer who types and closes the project at once (the main window flushes first)
    with Project.open(seeded_copy) as project:
        themes = project.frameworks.themes(project.frameworks.active_framework().id)
        writer = Writer(qtbot, project)
        writer.editor.insertPlainText("Åtgärder för ökad digital delaktighet…")
        writer.close()
    # when the project is opened again
    with Project.open(seeded_copy) as project:
        writer = Writer(qtbot, project)
        # then the text is in the file and in the editor
        assert project.synthesis.get(themes[0].id).text == "Åtgärder för ökad digital delaktighet…"
        assert writer.editor.toPlainText() == "Åtgärder för ökad digital delaktighet…"
        writer.close()


def test_switching_theme_saves_the_text_of_the_theme_left(writer, qtbot, seeded_project, themes):
    # given
    writer.editor.insertPlainText("Om kompetens")
    # when another theme is chosen before the pause is over
    with qtbot.waitSignal(writer.page.theme_loaded, timeout=LOAD):
        writer.page.select_theme(themes[1].id)
    writer.settle()
    # then the first theme has its text, and the second shows its own
    assert seeded_project.synthesis.get(themes[0].id).text == "Om kompetens"
    assert seeded_project.synthesis.get(themes[1].id).text == ""
    assert writer.editor.toPlainText() == ""
    # and coming back shows the text again
    with qtbot.waitSignal(writer.page.theme_loaded, timeout=LOAD):
        writer.page.select_theme(themes[0].id)
    assert writer.editor.toPlainText() == "Om kompetens"


def test_hiding_the_page_saves_the_text(writer, qtbot, seeded_project, themes):
    # given
    writer.editor.insertPlainText("Trygghet först")
    # when
    writer.page.hide()
    writer.session.wait()
    # then
    assert seeded_project.synthesis.get(themes[0].id).text == "Trygghet först"


def test_our_own_save_coming_back_does_not_overwrite_what_is_typed(writer, qtbot, seeded_project, themes):
    # given a save on its way to the file
    writer.editor.insertPlainText("Första meningen.")
    writer.page.flush()
    # when the writer goes on typing before the change news of that save arrive
    writer.editor.moveCursor(writer.editor.textCursor().MoveOperation.End)
    writer.editor.insertPlainText(" Andra meningen.")
    writer.settle()
    # then nothing typed was lost, in the editor or the file
    assert writer.editor.toPlainText() == "Första meningen. Andra meningen."
    assert seeded_project.synthesis.get(themes[0].id).text == "Första meningen. Andra meningen."


def test_a_text_saved_elsewhere_is_shown_when_nothing_is_typed(writer, qtbot, seeded_project, themes):
    # when the text changes in the file (another window, an import)
    with qtbot.waitSignal(writer.page.theme_loaded, timeout=LOAD):
        seeded_project.synthesis.save_text(themes[0].id, "Skrivet någon annanstans")
    # then
    assert writer.editor.toPlainText() == "Skrivet någon annanstans"


def test_typing_is_not_in_the_projects_history(writer, seeded_project):
    # given
    step = seeded_project.history.next_undo
    # when
    writer.editor.insertPlainText("Text")
    writer.page.flush()
    writer.settle()
    # then typing is undone in the editor, not in the Edit menu's history
    assert seeded_project.history.next_undo is step
    assert writer.editor.document().isUndoAvailable()


# --- key quotes -------------------------------------------------------------------------------


def test_the_button_adds_the_selected_note_to_the_quotes(writer, qtbot, seeded_project, themes):
    # given
    writer.notes.setCurrentRow(2)
    note_id = writer.notes.currentItem().data(NoteIdRole)
    # when
    qtbot.mouseClick(writer.page.findChild(QPushButton, "addQuoteButton"), Qt.MouseButton.LeftButton)
    writer.settle()
    # then
    assert seeded_project.synthesis.get(themes[0].id).quotes == (note_id,)
    assert writer.quote_ids() == [note_id]
    assert "In the quotes" in writer.notes.item(writer.note_row(note_id)).data(MarksRole)
    assert not writer.page.findChild(QPushButton, "addQuoteButton").isEnabled()  # picked already


def test_enter_and_double_click_add_notes_to_the_quotes(writer, qtbot, seeded_project, themes):
    # when Enter is pressed on one note
    writer.notes.setFocus()
    writer.notes.setCurrentRow(0)
    first = writer.notes.currentItem().data(NoteIdRole)
    qtbot.keyClick(writer.notes, Qt.Key.Key_Return)
    writer.settle()
    # and another is double-clicked
    item = writer.notes.item(1)
    second = item.data(NoteIdRole)
    writer.notes.scrollToItem(item)
    centre = writer.notes.visualItemRect(item).center()
    qtbot.mouseClick(writer.notes.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click's
    qtbot.mouseDClick(writer.notes.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # first press
    writer.settle()
    # then both are quotes, in the order picked
    assert seeded_project.synthesis.get(themes[0].id).quotes == (first, second)
    assert writer.quote_ids() == [first, second]


@pytest.fixture
def three_quotes(writer, seeded_project, themes):
    ids = [writer.notes.item(r).data(NoteIdRole) for r in range(3)]
    for note_id in ids:
        seeded_project.synthesis.add_quote(themes[0].id, note_id)
    writer.settle()
    assert writer.quote_ids() == ids
    return ids


def test_alt_up_reorders_and_undo_redo_follow(writer, qtbot, seeded_project, themes, three_quotes):
    a, b, c = three_quotes
    # when the last quote is moved up with the keyboard
    writer.quotes.setFocus()
    writer.quotes.setCurrentRow(2)
    qtbot.keyClick(writer.quotes, Qt.Key.Key_Up, ALT)
    writer.settle()
    # then the file has the new order, as an undoable step
    assert seeded_project.synthesis.get(themes[0].id).quotes == (a, c, b)
    assert seeded_project.history.next_undo.action == "order_quotes"
    assert writer.quotes.currentRow() == 1
    # when undone, the list follows; when redone, too
    seeded_project.history.undo()
    writer.settle()
    assert writer.quote_ids() == [a, b, c]
    seeded_project.history.redo()
    writer.settle()
    assert writer.quote_ids() == [a, c, b]


def test_alt_down_and_the_buttons_reorder(writer, qtbot, seeded_project, themes, three_quotes):
    a, b, c = three_quotes
    # when
    writer.quotes.setFocus()
    writer.quotes.setCurrentRow(0)
    qtbot.keyClick(writer.quotes, Qt.Key.Key_Down, ALT)
    writer.settle()
    # then
    assert seeded_project.synthesis.get(themes[0].id).quotes == (b, a, c)
    # when the down button moves the current quote on
    qtbot.mouseClick(writer.page.findChild(QPushButton, "quoteDownButton"), Qt.MouseButton.LeftButton)
    writer.settle()
    assert seeded_project.synthesis.get(themes[0].id).quotes == (b, c, a)
    assert not writer.page.findChild(QPushButton, "quoteDownButton").isEnabled()  # it is last now


def test_delete_removes_a_quote_and_undo_puts_it_back(writer, qtbot, seeded_project, themes, three_quotes):
    a, b, c = three_quotes
    # when
    writer.quotes.setFocus()
    writer.quotes.setCurrentRow(1)
    qtbot.keyClick(writer.quotes, Qt.Key.Key_Delete)
    writer.settle()
    # then
    assert seeded_project.synthesis.get(themes[0].id).quotes == (a, c)
    assert writer.quote_ids() == [a, c]
    assert "In the quotes" not in writer.notes.item(writer.note_row(b)).data(MarksRole)
    # when undone
    seeded_project.history.undo()
    writer.settle()
    # then it is back in its place
    assert writer.quote_ids() == [a, b, c]
    assert "In the quotes" in writer.notes.item(writer.note_row(b)).data(MarksRole)


def test_undoing_an_added_quote_removes_it_from_the_list(writer, qtbot, seeded_project, themes):
    # given
    writer.notes.setCurrentRow(0)
    qtbot.mouseClick(writer.page.findChild(QPushButton, "addQuoteButton"), Qt.MouseButton.LeftButton)
    writer.settle()
    assert writer.quotes.count() == 1
    # when
    assert seeded_project.history.undo().action == "add_quote"
    writer.settle()
    # then
    assert writer.quotes.count() == 0
    assert seeded_project.synthesis.get(themes[0].id).quotes == ()


# --- empty states -----------------------------------------------------------------------------


def test_no_project_and_no_framework_say_so(app, qtbot, project_path):
    page = WritingPage()
    qtbot.addWidget(page)
    page.show()
    empty = page.findChild(QLabel, "synthesisEmpty")
    assert empty.isVisible() and "No project" in empty.text()
    with Project.create(project_path("bare"), frameworks=[]) as project:
        with qtbot.waitSignal(page.themes_loaded, timeout=LOAD):
            page.set_session(ProjectSession(project))
        assert empty.isVisible() and "no theme framework" in empty.text()
        page.set_session(None)
