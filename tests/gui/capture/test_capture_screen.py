"""The facilitator's capture screen, driven from the keyboard as in a meeting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTableView

from dialog_app.core.project import Project

CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def meeting_file(project_path):
    """A project with one planned dialogue of three questions."""
    path = project_path("möte")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället", place="Härnösand")
        for question, minutes in (("Vilka hinder finns?", 20), ("Vad kan regionen göra?", 25), ("Övrigt", 10)):
            project.dialogues.add_question(dialogue.id, question, minutes)
    return path


@pytest.fixture
def window(app, qtbot, messages, meeting_file):
    from dialog_app.gui.main_window import MainWindow

    window = MainWindow(start_capturing=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitSignal(window.capture.loaded, timeout=10_000):
        window.open_project(meeting_file)
    yield window
    window.close()


@pytest.fixture
def screen(window, qtbot):
    """The capture screen with its dialogue started (question 1 running)."""
    capture = window.capture
    with qtbot.waitSignal(capture.loaded, timeout=10_000):
        capture.start_or_finish()
    return capture


def type_note(qtbot, screen, text: str, enter: bool = True):
    screen.input.setFocus()
    screen.input.insertPlainText(text)  # QTest types ASCII only; the box takes any text like this
    if enter:
        with qtbot.waitSignal(screen.note_saved, timeout=10_000) as saved:
            qtbot.keyClick(screen.input, Qt.Key.Key_Return)
        return saved.args[0]
    return None


def settle(qtbot, screen):
    """Wait until every queued write has reached the file and the screen has heard of it."""
    assert screen.session.wait(10_000)  # every queued write has run; its news and callbacks follow
    qtbot.wait(50)


def test_the_capture_screen_is_ready_for_typing(window, screen):
    assert window.tabs.currentWidget() is screen
    assert screen.findChild(QPlainTextEdit, "captureInput").hasFocus()
    assert screen.agenda.current.question == "Vilka hinder finns?"
    assert "Question 1" in screen.stamp_label.text()


def test_enter_saves_a_note_with_its_stamps(screen, qtbot):
    # given the facilitator chose a group, a kind and a table
    qtbot.keyClick(screen.input, Qt.Key.Key_2, ALT)
    qtbot.keyClick(screen.input, Qt.Key.Key_F3)
    screen.stamps.table.setEditText("Bord 3")
    # when a note is typed and Enter pressed
    note_id = type_note(qtbot, screen, "Fler mötesplatser för digital hjälp på biblioteken")
    # then the note on disk carries the question, group, table, kind and the time it was typed
    project = screen.session.project
    note = project.notes.get(note_id)
    assert note.text == "Fler mötesplatser för digital hjälp på biblioteken"
    assert note.agenda_item_id == screen.agenda.current.id
    assert note.group_id == project.participation.groups()[1].id
    assert (note.kind, note.table_label, note.source_kind) == ("idea", "Bord 3", "typed")
    assert note.created_at.tzinfo is not None
    # and the box is empty, ready for the next note
    assert screen.input.toPlainText() == ""


def test_a_note_shows_at_once_and_as_saved_only_after_the_commit(screen, qtbot):
    screen.input.insertPlainText("Syns direkt")
    with qtbot.waitSignal(screen.note_shown, timeout=1_000) as shown:
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    row = screen.model.capture_row(shown.args[0])
    assert row is not None and row.text == "Syns direkt"
    qtbot.waitSignal(screen.note_saved, timeout=10_000).wait() if row.state == "saving" else None
    qtbot.waitUntil(lambda: screen.model.capture_row(shown.args[0]).state == "saved")
    assert screen.session.project.notes.get(shown.args[0]).text == "Syns direkt"


def test_shift_enter_starts_a_new_line(screen, qtbot):
    screen.input.insertPlainText("Första raden")
    qtbot.keyClick(screen.input, Qt.Key.Key_Return, SHIFT)
    screen.input.insertPlainText("andra raden")
    assert screen.input.toPlainText() == "Första raden\nandra raden"
    assert screen.model.rowCount() == 0
    with qtbot.waitSignal(screen.note_saved, timeout=10_000) as saved:
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.session.project.notes.get(saved.args[0]).text == "Första raden\nandra raden"


def test_a_blank_note_is_not_saved(screen, qtbot):
    screen.input.insertPlainText("   \n  ")
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert screen.session.project.notes.count() == 0


def test_f8_advances_the_question_and_records_the_times(screen, qtbot):
    first = screen.agenda.current
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.keyClick(screen.input, Qt.Key.Key_F8)
    assert screen.agenda.current.question == "Vad kan regionen göra?"
    agenda = screen.session.project.dialogues.agenda(screen.agenda.current.dialogue_id)
    assert agenda[0].id == first.id and agenda[0].ended_at is not None
    assert agenda[1].started_at is not None and agenda[1].ended_at is None
    # and a note typed now belongs to the second question
    note_id = type_note(qtbot, screen, "Om samordning")
    assert screen.session.project.notes.get(note_id).agenda_item_id == agenda[1].id
    # Shift+F8 goes back
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.keyClick(screen.input, Qt.Key.Key_F8, SHIFT)
    assert screen.agenda.current.id == first.id


def test_the_timer_turns_amber_then_red(screen, monkeypatch):
    from dialog_app.gui.capture import agenda_panel

    started = screen.agenda.current.started_at
    for minutes, text, level, words in ((5, "05:00 / 20:00", "calm", ""),
                                        (17, "17:00 / 20:00", "amber", "◔ Planned time nearly up"),
                                        (21, "21:00 / 20:00", "red", "⚠ Over the planned time")):
        monkeypatch.setattr(agenda_panel, "_now", lambda minutes=minutes: started + timedelta(minutes=minutes))
        screen.agenda.update_timer()
        assert screen.agenda.timer_label.text() == text
        assert screen.agenda.timer_label.property("level") == level
        # not in colour alone: in words beside the clock, and to a screen reader
        assert screen.agenda.timer_words.text() == words == screen.agenda.timer_label.accessibleDescription()
        assert screen.agenda.timer_words.isVisibleTo(screen) == bool(words)


def test_group_kind_and_table_switch_from_the_keyboard(screen, qtbot):
    groups = screen.session.project.participation.groups()
    qtbot.keyClick(screen.input, Qt.Key.Key_3, ALT)
    assert screen.stamps.group_id == groups[2].id
    qtbot.keyClick(screen.input, Qt.Key.Key_0, ALT)
    assert screen.stamps.group_id is None
    qtbot.keyClick(screen.input, Qt.Key.Key_F4)
    assert screen.stamps.kind == "concern"
    qtbot.keyClick(screen.input, Qt.Key.Key_F5)
    assert screen.stamps.kind == "question"
    # Alt+T goes to the table box; Enter there returns to typing
    qtbot.keyClick(screen.input, Qt.Key.Key_T, ALT)
    assert screen.stamps.table.hasFocus()
    qtbot.keyClicks(screen.stamps.table.lineEdit(), "Grupp B")
    qtbot.keyClick(screen.stamps.table.lineEdit(), Qt.Key.Key_Return)
    assert screen.input.hasFocus()
    assert screen.stamps.table_label == "Grupp B"
    assert "Grupp B" in screen.stamp_label.text() and "Question" in screen.stamp_label.text()


def themes(screen):
    framework = screen.session.project.frameworks.active_framework()
    return screen.session.project.frameworks.themes(framework.id)


def test_ctrl_digit_tags_the_note_being_typed(screen, qtbot):
    screen.input.insertPlainText("Kurser för äldre i BankID")
    qtbot.keyClick(screen.input, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(screen.input, Qt.Key.Key_5, CTRL)
    assert "themes:" in screen.stamp_label.text()
    with qtbot.waitSignal(screen.note_saved, timeout=10_000) as saved:
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    tagged = {t.id for t in screen.session.project.tagging.themes_of(saved.args[0])}
    assert tagged == {themes(screen)[0].id, themes(screen)[4].id}


def test_ctrl_digit_on_an_empty_box_tags_and_untags_the_last_note(screen, qtbot):
    note_id = type_note(qtbot, screen, "Fiber till varje by")
    qtbot.keyClick(screen.input, Qt.Key.Key_5, CTRL)
    settle(qtbot, screen)
    assert [t.id for t in screen.session.project.tagging.themes_of(note_id)] == [themes(screen)[4].id]
    assert screen.model.capture_row(note_id).themes[0][0] == themes(screen)[4].id
    qtbot.keyClick(screen.input, Qt.Key.Key_5, CTRL)
    settle(qtbot, screen)
    assert screen.session.project.tagging.themes_of(note_id) == []


def test_votes_key_quote_and_hiding_from_the_keyboard(screen, qtbot):
    note_id = type_note(qtbot, screen, "Bra förslag")
    qtbot.keyClick(screen.input, Qt.Key.Key_Plus, CTRL)
    settle(qtbot, screen)
    qtbot.keyClick(screen.input, Qt.Key.Key_Plus, CTRL)
    settle(qtbot, screen)
    qtbot.keyClick(screen.input, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(screen.input, Qt.Key.Key_K, CTRL)
    qtbot.keyClick(screen.input, Qt.Key.Key_H, CTRL)
    settle(qtbot, screen)
    note = screen.session.project.notes.get(note_id)
    assert (note.votes, note.key_quote, note.hidden_from_projector) == (1, True, True)
    row = screen.model.capture_row(note_id)
    assert (row.votes, row.key_quote, row.hidden_from_projector) == (1, True, True)


def test_plus_and_minus_in_the_list_change_the_chosen_notes_votes(screen, qtbot):
    older = type_note(qtbot, screen, "Äldre")
    type_note(qtbot, screen, "Nyare")
    qtbot.keyClick(screen.input, Qt.Key.Key_L, CTRL)
    note_list = screen.findChild(QTableView, "captureList")
    assert note_list.hasFocus()
    note_list.setCurrentIndex(screen.model.index(screen.model.row_of(older)))
    qtbot.keyClick(note_list, Qt.Key.Key_Plus)
    settle(qtbot, screen)
    assert screen.session.project.notes.get(older).votes == 1
    qtbot.keyClick(note_list, Qt.Key.Key_Escape)
    assert screen.input.hasFocus()


def test_a_note_is_edited_in_place(screen, qtbot):
    note_id = type_note(qtbot, screen, "Stavfel i anteckningen")
    screen.list.setFocus()
    screen.list.setCurrentIndex(screen.model.index(0))
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    editor = screen.list.findChild(QPlainTextEdit, "captureEditor")
    assert editor is not None and editor.toPlainText() == "Stavfel i anteckningen"
    editor.setPlainText("Rättad anteckning")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.session.project.notes.get(note_id).text == "Rättad anteckning"
    assert screen.model.capture_row(note_id).text == "Rättad anteckning"


def test_delete_then_undo_and_redo(screen, qtbot, window):
    note_id = type_note(qtbot, screen, "Tas bort av misstag")
    screen.list.setFocus()
    screen.list.setCurrentIndex(screen.model.index(0))
    qtbot.keyClick(screen.list, Qt.Key.Key_Delete)
    settle(qtbot, screen)
    assert screen.model.rowCount() == 0 and screen.session.project.notes.count() == 0
    # Ctrl+Z brings it back, to the list too
    screen.input.setFocus()
    qtbot.keyClick(screen.input, Qt.Key.Key_Z, CTRL)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5_000)
    assert screen.session.project.notes.get(note_id).deleted_at is None
    # Ctrl+Shift+Z deletes it again
    qtbot.keyClick(screen.input, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5_000)


def test_ctrl_z_in_an_empty_box_undoes_the_last_capture(screen, qtbot):
    type_note(qtbot, screen, "Enter trycktes för tidigt")
    qtbot.keyClick(screen.input, Qt.Key.Key_Z, CTRL)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5_000)
    assert screen.session.project.notes.count() == 0


def test_ctrl_z_while_typing_undoes_the_typing_only(screen, qtbot):
    type_note(qtbot, screen, "Sparad")
    qtbot.keyClicks(screen.input, "abc")
    qtbot.keyClick(screen.input, Qt.Key.Key_Z, CTRL)
    settle(qtbot, screen)
    assert screen.session.project.notes.count() == 1
    assert screen.input.toPlainText() != "abc"


def test_attendance_headcounts_and_organisations(screen, qtbot):
    group = screen.session.project.participation.groups()[0]
    spin = screen.attendance.spin_for(group.id)
    spin.setValue(12)
    spin.editingFinished.emit()
    screen.attendance.organisation_input.setText("Studieförbundet Vuxenskolan")
    qtbot.keyClick(screen.attendance.organisation_input, Qt.Key.Key_Return)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.attendance.organisation_list.count() == 1, timeout=5_000)
    dialogue_id = screen.agenda.current.dialogue_id
    assert screen.session.project.participation.headcounts(dialogue_id)[group.id] == 12
    assert [o.name for o in screen.session.project.participation.organisations(dialogue_id)] == ["Studieförbundet Vuxenskolan"]
    assert "12" in screen.attendance.total.text()
    # a known organisation is offered while typing
    completions = screen.attendance.organisation_input.completer().model().stringList()
    assert "Studieförbundet Vuxenskolan" in completions
    # Delete in the list removes it from the dialogue
    screen.attendance.organisation_list.setFocus()
    screen.attendance.organisation_list.setCurrentRow(0)
    qtbot.keyClick(screen.attendance.organisation_list, Qt.Key.Key_Delete)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.attendance.organisation_list.count() == 0, timeout=5_000)


def test_f1_shows_every_shortcut_and_esc_closes_it(screen, qtbot):
    qtbot.keyClick(screen.input, Qt.Key.Key_F1)
    assert screen.help.isVisible()
    shown = [label.text() for label in screen.help.findChildren(type(screen.stamp_label))]
    for keys in ("Enter", "Shift+Enter", "F8 / Shift+F8", "Alt+1 … Alt+9", "F2 F3 F4 F5", "Alt+T", "Ctrl+1 … Ctrl+9",
                 "Ctrl+K", "Ctrl++ / Ctrl+-", "Ctrl+H", "Ctrl+L", "↑ ↓  Enter  Delete", "+ / −",
                 "Ctrl+Z / Ctrl+Shift+Z", "F7", "F1"):
        assert keys in shown
    qtbot.keyClick(screen.help, Qt.Key.Key_Escape)
    assert not screen.help.isVisible()


def test_tab_moves_from_the_box_to_the_list(screen, qtbot):
    screen.input.setFocus()
    qtbot.keyClick(screen.input, Qt.Key.Key_Tab)
    assert screen.list.hasFocus()


def test_unsent_text_survives_a_restart(app, qtbot, messages, meeting_file, window):
    # given half a note in the box when the laptop dies
    window.capture.input.insertPlainText("Halvskriven mening om bredband")
    qtbot.wait(600)  # the draft is written a moment after typing stops
    window.project.opened.lock.release()  # the process dies: the operating system drops its lock
    # when the app starts again on the same project
    from dialog_app.gui.main_window import MainWindow

    again = MainWindow(start_capturing=True)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.capture.loaded, timeout=10_000):
        again.open_project(meeting_file)
    # then the words are back in the box
    assert again.capture.input.toPlainText() == "Halvskriven mening om bredband"
    again.close()


def test_a_failed_save_keeps_the_words(screen, qtbot, messages, monkeypatch):
    from dialog_app.core.errors import ProjectAccessError

    def disk_full(*_args, **_kwargs):
        raise ProjectAccessError(screen.session.project.path, "database or disk is full")

    monkeypatch.setattr(screen.session.project.capture, "save", disk_full)
    screen.input.insertPlainText("Viktig synpunkt")
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=5_000)
    assert screen.input.toPlainText() == "Viktig synpunkt"
    assert screen.model.capture_row(screen.model.note_id(0)).state == "failed"
    assert "not saved" in messages[0] and "free space" in messages[0]


def test_a_new_dialogue_with_its_questions(window, qtbot, monkeypatch):
    from dialog_app.gui.dialogs import new_dialogue
    from dialog_app.gui.capture import capture_screen

    spec = new_dialogue.NewDialogue(
        title="Workshop om AI i välfärden", kind="workshop",
        starts_at=window.project.dialogues.list()[0].created_at, place=None, online=True,
        questions=new_dialogue.parse_questions("Var gör AI nytta? | 15\nVad oroar er?"),
    )
    monkeypatch.setattr(capture_screen, "ask_new_dialogue", lambda _parent, _zone=None: spec)
    with qtbot.waitSignal(window.capture.loaded, timeout=10_000):
        window.capture.new_dialogue_button.click()
    created = next(d for d in window.project.dialogues.list() if d.title == "Workshop om AI i välfärden")
    agenda = window.project.dialogues.agenda(created.id)
    assert [(q.question, q.planned_minutes) for q in agenda] == [("Var gör AI nytta?", 15), ("Vad oroar er?", None)]
    # the screen may first finish a reload that the change news started; then it opens the new one
    qtbot.waitUntil(lambda: window.capture.dialogue_box.currentText() == "Workshop om AI i välfärden",
                    timeout=10_000)
    assert created.online and created.kind == "workshop"


def test_a_new_dialogue_is_one_step_the_edit_menu_names_and_undoes(window, qtbot, monkeypatch, messages):
    from dialog_app.gui.capture import capture_screen
    from dialog_app.gui.dialogs import new_dialogue

    spec = new_dialogue.NewDialogue(
        title="Hearing om öppna data", kind="workshop", starts_at=window.project.dialogues.list()[0].created_at,
        place=None, online=False, questions=new_dialogue.parse_questions("Vilka data saknas?\nVem behöver dem?\nÖvrigt"),
    )
    monkeypatch.setattr(capture_screen, "ask_new_dialogue", lambda _parent, _zone=None: spec)
    capture = window.capture
    # when a dialogue with three questions is created
    capture.new_dialogue_button.click()
    qtbot.waitUntil(lambda: capture.dialogue_box.currentText() == "Hearing om öppna data", timeout=10_000)
    # then the Edit menu offers to undo it, as one step
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo new dialogue", timeout=10_000)
    # and undo takes the dialogue and its questions away, from the picker too
    created = next(d for d in window.project.dialogues.list() if d.title == "Hearing om öppna data")
    questions = [q.id for q in window.project.dialogues.agenda(created.id)]
    assert len(questions) == 3
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: capture.dialogue_box.findText("Hearing om öppna data") < 0, timeout=10_000)
    assert window.project.dialogues.agenda(created.id) == []
    qtbot.wait(200)
    assert messages == []  # the screen went to another dialogue, without a word of error
    # and redo brings it back with the same questions
    qtbot.waitUntil(lambda: window.redo_action.text() == "&Redo new dialogue", timeout=10_000)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: capture.dialogue_box.findText("Hearing om öppna data") >= 0, timeout=10_000)
    assert [q.id for q in window.project.dialogues.agenda(created.id)] == questions


def test_f7_opens_the_projector_on_the_current_question_and_it_follows(window, screen, qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    # when the facilitator presses F7
    qtbot.keyClick(screen.input, Qt.Key.Key_F7)
    projector = window.projector
    assert projector is not None and projector.objectName() == "projectorWindow"
    qtbot.waitUntil(lambda: projector.question_label.text() == "Vilka hinder finns?", timeout=10_000)
    # and a note is captured with an e-mail address in it
    with qtbot.waitSignal(projector.refreshed, timeout=10_000):
        type_note(qtbot, screen, "Skriv till anna.berg@example.se om fibern")
    shown = " ".join(label.text() for label in projector.findChildren(QLabel))
    assert "om fibern" in shown and "anna.berg@example.se" not in shown
    # the facilitator keeps typing in the capture box, and F7 closes the projector
    assert QApplication.focusWidget() is screen.input
    qtbot.keyClick(screen.input, Qt.Key.Key_F7)
    assert window.projector is None


def test_the_picker_names_the_dialogue_that_is_shown(window, qtbot):
    # given a second dialogue, with a note
    project = window.project
    other = project.dialogues.create("Nätverksmöte för kommunerna")
    project.notes.add(other.id, "Gemensam upphandling")
    capture = window.capture
    # when it is chosen while change news about the first is still arriving
    capture.reload_dialogues()
    with qtbot.waitSignal(capture.loaded, timeout=10_000):
        capture.open_dialogue(other.id)
    qtbot.wait(200)
    # then the picker, the agenda and the notes all belong to it
    assert capture.dialogue_box.currentText() == "Nätverksmöte för kommunerna"
    assert capture.model.rowCount() == 1


def test_undoing_the_only_dialogue_leaves_the_screen_empty(app, qtbot, messages, project_path, monkeypatch):
    from dialog_app.gui.capture import capture_screen
    from dialog_app.gui.dialogs import new_dialogue
    from dialog_app.gui.main_window import MainWindow

    path = project_path("tom")
    Project.create(path).close()
    window = MainWindow(start_capturing=True)
    qtbot.addWidget(window)
    window.show()
    window.open_project(path)
    qtbot.waitUntil(lambda: window.capture.empty.isVisible(), timeout=10_000)
    spec = new_dialogue.NewDialogue(title="Första mötet", kind="workshop", starts_at=None, place=None, online=False)
    monkeypatch.setattr(capture_screen, "ask_new_dialogue", lambda _parent, _zone=None: spec)
    with qtbot.waitSignal(window.capture.loaded, timeout=10_000):
        window.capture.new_dialogue_button.click()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10_000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.capture.empty.isVisible(), timeout=10_000)
    assert window.capture.loaded_data is None and messages == []
    assert "no dialogues yet" in window.capture.empty.text()
    window.close()
