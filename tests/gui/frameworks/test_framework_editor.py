"""The framework editor: frameworks and themes edited in the dialog land in the file, and undo and redo
of each show up when the editor reads the project again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTreeView

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.dialogs import messages as boxes
from dialog_app.gui.frameworks import editor_prompts
from dialog_app.gui.frameworks.framework_editor import FrameworkEditor
from dialog_app.gui.ops import ProjectSession

ALT = Qt.KeyboardModifier.AltModifier
EU = "eu-digital-decade"


@pytest.fixture
def session_of(app):
    """A session for a project, closed (after its writes) when the test ends."""
    sessions = []

    def make(project) -> ProjectSession:
        session = ProjectSession(project)
        busy = [False]
        session.busy_changed.connect(lambda now: busy.__setitem__(0, now))
        session.idle = lambda: not busy[0]  # the writes asked for so far have run and answered
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


def open_editor(qtbot, session) -> FrameworkEditor:
    editor = FrameworkEditor(session)  # its first reading is delivered by the event loop
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.show()
    editor.activateWindow()
    return editor


@pytest.fixture
def editor(app, qtbot, messages, seeded_project, session_of):
    """The editor on the demo project, showing the framework in use."""
    return open_editor(qtbot, session_of(seeded_project))


def settle(qtbot, editor, action) -> None:
    """Do something that writes, and wait until the editor has read the result back."""
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        action()


def undo(qtbot, editor) -> None:
    editor.session.project.history.undo()
    settle(qtbot, editor, editor.reload)


def redo(qtbot, editor) -> None:
    editor.session.project.history.redo()
    settle(qtbot, editor, editor.reload)


def shown(editor) -> list[str]:
    """The tree as text, in reading order, sub-themes indented."""
    model, rows = editor.model, []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append("  " * depth + index.data())
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return rows


def theme_named(project, framework_id, name):
    return next(t for t in project.frameworks.themes(framework_id) if t.name == name)


def notes_with(project, theme_id) -> set:
    return set(project.notes.ids(NoteFilter(theme_ids=frozenset({theme_id}))))


def pick_framework(qtbot, editor, preset_id: str):
    framework = next(f for f in editor.data.frameworks if f.preset_id == preset_id)
    settle(qtbot, editor, lambda: editor.select_framework(framework.id))
    return framework


def button(editor, name: str) -> QPushButton:
    return editor.findChild(QPushButton, name)


# --- what is shown ---------------------------------------------------------------------------------


def test_the_editor_opens_on_the_framework_in_use(editor, seeded_project):
    active = seeded_project.frameworks.active_framework()
    picker = editor.findChild(QComboBox, "frameworkPicker")
    # then the picker lists the three frameworks and shows the one in use, marked
    assert picker.count() == 3
    assert picker.currentData() == active.id
    assert active.name in picker.currentText() and "in use" in picker.currentText()
    assert editor.findChild(QCheckBox, "setActiveButton").isChecked()
    # and the tree shows its five themes with their note counts; the first is in the form
    assert shown(editor) == [f"{t.code}  {t.name}" for t in seeded_project.frameworks.themes(active.id)]
    first = seeded_project.frameworks.themes(active.id)[0]
    assert editor.model.index(0, 1).data() == str(seeded_project.frameworks.theme_usage(first.id).notes)
    assert editor.form.name.text() == first.name
    assert editor.findChild(QTreeView, "themeTree") is editor.tree


# --- frameworks ------------------------------------------------------------------------------------


def test_create_a_framework(editor, seeded_project, qtbot, monkeypatch):
    # given the writer names a new framework
    monkeypatch.setattr(editor_prompts, "ask_text", lambda *_args: "Regionens egna teman")
    # when they choose New → Empty framework…
    settle(qtbot, editor, editor.findChild(QAction, "newFrameworkAction").trigger)
    # then the file has it, empty, and the editor shows it
    created = [f for f in seeded_project.frameworks.frameworks() if f.name == "Regionens egna teman"]
    assert len(created) == 1 and seeded_project.frameworks.themes(created[0].id) == []
    assert editor.findChild(QComboBox, "frameworkPicker").currentData() == created[0].id
    assert shown(editor) == []
    # and undo takes it away again, redo brings it back
    undo(qtbot, editor)
    assert "Regionens egna teman" not in [f.name for f in seeded_project.frameworks.frameworks()]
    assert editor.findChild(QComboBox, "frameworkPicker").count() == 3
    redo(qtbot, editor)
    assert "Regionens egna teman" in [f.name for f in seeded_project.frameworks.frameworks()]


def test_rename_the_framework(editor, seeded_project, qtbot, monkeypatch):
    active = seeded_project.frameworks.active_framework()
    asked = []
    monkeypatch.setattr(editor_prompts, "ask_text",
                        lambda _parent, _title, _label, text: asked.append(text) or "Digitaliseringsstrategin")
    # when the writer renames the shown framework
    settle(qtbot, editor, button(editor, "renameFrameworkButton").click)
    # then they were offered the old name to edit, and the file and the picker have the new one
    assert asked == [active.name]
    assert seeded_project.frameworks.active_framework().name == "Digitaliseringsstrategin"
    assert "Digitaliseringsstrategin" in editor.findChild(QComboBox, "frameworkPicker").currentText()
    undo(qtbot, editor)
    assert seeded_project.frameworks.active_framework().name == active.name
    assert active.name in editor.findChild(QComboBox, "frameworkPicker").currentText()
    redo(qtbot, editor)
    assert seeded_project.frameworks.active_framework().name == "Digitaliseringsstrategin"


def test_add_a_shipped_preset(app, qtbot, messages, empty_project, session_of):
    # given a new project with only the national strategy
    editor = open_editor(qtbot, session_of(empty_project))
    national = editor.findChild(QAction, "preset_se-digital-2017")
    agenda = editor.findChild(QAction, "preset_agenda-2030")
    # then the preset it has is offered no more, the others are, named with their theme counts
    assert not national.isEnabled() and agenda.isEnabled()
    assert "Agenda 2030" in agenda.text() and "17" in agenda.text()
    # when the writer adds Agenda 2030
    settle(qtbot, editor, agenda.trigger)
    # then the project has a copy of it in its own language, shown in the editor
    added = next(f for f in empty_project.frameworks.frameworks() if f.preset_id == "agenda-2030")
    assert len(empty_project.frameworks.themes(added.id)) == 17
    assert editor.data.framework_id == added.id and len(shown(editor)) == 17
    assert shown(editor)[0] == "1  Ingen fattigdom"
    assert not editor.findChild(QAction, "preset_agenda-2030").isEnabled()
    undo(qtbot, editor)
    assert [f.preset_id for f in empty_project.frameworks.frameworks()] == ["se-digital-2017"]
    redo(qtbot, editor)
    assert len(empty_project.frameworks.frameworks()) == 2


def test_choose_the_framework_in_use(editor, seeded_project, qtbot):
    before = seeded_project.frameworks.active_framework()
    box = editor.findChild(QCheckBox, "setActiveButton")
    # given the writer opens another framework: it is not in use
    eu = pick_framework(qtbot, editor, EU)
    assert not box.isChecked()
    # when they tick "Use in capture and review"
    settle(qtbot, editor, box.click)
    # then capture and review use it, and the picker marks it
    assert seeded_project.frameworks.active_framework().id == eu.id
    assert box.isChecked() and "in use" in editor.findChild(QComboBox, "frameworkPicker").currentText()
    # and unticking it changes nothing (another framework is chosen by ticking its own box)
    box.click()
    assert box.isChecked() and seeded_project.frameworks.active_framework().id == eu.id
    undo(qtbot, editor)
    assert seeded_project.frameworks.active_framework().id == before.id
    assert not box.isChecked()
    redo(qtbot, editor)
    assert seeded_project.frameworks.active_framework().id == eu.id


def test_delete_a_framework_asks_first(editor, seeded_project, qtbot, monkeypatch):
    questions = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: questions.append(text) or True)
    eu = pick_framework(qtbot, editor, EU)
    settle(qtbot, editor, button(editor, "deleteFrameworkButton").click)
    # then it was asked about, with its theme count, and is gone; the editor shows the one in use
    assert len(questions) == 1 and eu.name in questions[0] and "17" in questions[0]
    assert eu.id not in [f.id for f in seeded_project.frameworks.frameworks()]
    assert editor.data.framework_id == seeded_project.frameworks.active_framework().id
    undo(qtbot, editor)
    assert len(seeded_project.frameworks.themes(eu.id)) == 17


# --- themes ----------------------------------------------------------------------------------------


def test_add_a_theme_and_a_sub_theme(editor, seeded_project, qtbot):
    framework_id = editor.data.framework_id
    # when the writer adds a theme
    settle(qtbot, editor, button(editor, "addThemeButton").click)
    # then it is last at the top level, numbered after the others, selected with its name ready
    added = seeded_project.frameworks.themes(framework_id)[-1]
    assert (added.name, added.code, added.parent_id) == ("New theme", "6", None)
    assert editor.current_theme_id() == added.id and editor.form.name.text() == "New theme"
    assert editor.form.name.selectedText() == "New theme"
    # when they add a sub-theme to it
    settle(qtbot, editor, button(editor, "addSubThemeButton").click)
    # then it is under the new theme, numbered 6.1, in the new theme's colour
    sub = seeded_project.frameworks.themes(framework_id)[-1]
    assert (sub.parent_id, sub.code, sub.colour) == (added.id, "6.1", added.colour)
    assert shown(editor)[-2:] == ["6  New theme", "  6.1  New sub-theme"]
    # and each undo takes one away
    undo(qtbot, editor)
    assert shown(editor)[-1] == "6  New theme"
    undo(qtbot, editor)
    assert len(shown(editor)) == 5
    redo(qtbot, editor)
    assert shown(editor)[-1] == "6  New theme"


def test_edit_a_theme_writes_only_the_changed_fields(editor, seeded_project, qtbot, monkeypatch):
    framework_id = editor.data.framework_id
    theme = seeded_project.frameworks.themes(framework_id)[1]
    service = seeded_project.theme_editing
    written = []
    original = service.update_theme
    monkeypatch.setattr(service, "update_theme", lambda theme_id, **fields: written.append(fields) or original(theme_id, **fields))
    # given the second theme is selected
    editor.select_theme(theme.id)
    assert editor.form.name.text() == theme.name
    # when the writer edits its name, colour, description and keywords (not its code) and saves
    editor.form.name.setText("Trygghet och tillit")
    editor.form.set_colour("#aa3300")
    editor.form.description.setPlainText("Säkerhet, integritet och förtroende för digitala tjänster.")
    editor.form.keywords.setPlainText("trygghet\nbedrägerier, nätfiske\n\n")
    settle(qtbot, editor, button(editor, "applyThemeButton").click)
    # then exactly those fields were written
    assert written == [{"name": "Trygghet och tillit", "colour": "#AA3300",
                        "description": "Säkerhet, integritet och förtroende för digitala tjänster.",
                        "keywords": ["trygghet", "bedrägerier", "nätfiske"]}]
    stored = seeded_project.frameworks.theme(theme.id)
    assert (stored.name, stored.code, stored.colour) == ("Trygghet och tillit", theme.code, "#AA3300")
    assert stored.keywords == ["trygghet", "bedrägerier", "nätfiske"]
    assert shown(editor)[1] == f"{theme.code}  Trygghet och tillit"
    assert not button(editor, "applyThemeButton").isEnabled()
    # and undo puts every field back, in the file, the tree and the form
    undo(qtbot, editor)
    stored = seeded_project.frameworks.theme(theme.id)
    assert (stored.name, stored.colour, stored.description, stored.keywords) == (
        theme.name, theme.colour, theme.description, theme.keywords)
    assert shown(editor)[1] == f"{theme.code}  {theme.name}"
    assert editor.form.name.text() == theme.name and editor.form.values()["colour"] == theme.colour.upper()
    redo(qtbot, editor)
    assert seeded_project.frameworks.theme(theme.id).name == "Trygghet och tillit"
    assert editor.form.name.text() == "Trygghet och tillit"


def test_an_edit_is_saved_when_the_writer_moves_on(editor, seeded_project, qtbot):
    themes = seeded_project.frameworks.themes(editor.data.framework_id)
    editor.select_theme(themes[0].id)
    editor.form.code.setText("1A")
    # when another theme is selected before saving
    settle(qtbot, editor, lambda: editor.select_theme(themes[2].id))
    # then the edit was saved, and the form shows the theme now selected
    assert seeded_project.frameworks.theme(themes[0].id).code == "1A"
    assert editor.form.name.text() == themes[2].name


def test_reading_again_keeps_a_field_being_edited(editor, seeded_project, qtbot):
    theme = seeded_project.frameworks.themes(editor.data.framework_id)[0]
    editor.form.description.setPlainText("Ett utkast")
    # when the theme changes elsewhere (another window) and the editor reads it again
    seeded_project.theme_editing.update_theme(theme.id, name="Kompetens för alla")
    settle(qtbot, editor, editor.reload)
    # then the new name shows, and the unsaved description is still there to save
    assert editor.form.name.text() == "Kompetens för alla"
    assert editor.form.changes() == {"description": "Ett utkast"}


# --- moving ----------------------------------------------------------------------------------------


def drop(qtbot, editor, theme_id, row: int, parent: QModelIndex) -> bool:
    """What the tree view does on a drop: ask the model, with the dragged theme's own mime data."""
    model = editor.model
    data = model.mimeData([model.index_of(theme_id)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        accepted = model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return accepted


def test_drag_a_theme_under_another(editor, seeded_project, qtbot):
    eu = pick_framework(qtbot, editor, EU)
    one_one = theme_named(seeded_project, eu.id, "IKT-specialister")
    two = theme_named(seeded_project, eu.id, "Säker och hållbar digital infrastruktur")
    # when 1.1 is dropped onto theme 2
    accepted = drop(qtbot, editor, one_one.id, -1, editor.model.index_of(two.id))
    # then the view moves nothing itself; the file has 1.1 last under 2, and the tree shows that
    assert accepted is False
    moved = seeded_project.frameworks.theme(one_one.id)
    assert (moved.parent_id, moved.position) == (two.id, 5)
    assert shown(editor)[8] == "  1.1  IKT-specialister" and shown(editor)[7] == "  2.5  Kvantdatorer"
    assert editor.current_theme_id() == one_one.id
    undo(qtbot, editor)
    assert seeded_project.frameworks.theme(one_one.id).parent_id == theme_named(seeded_project, eu.id, "Kompetens").id
    assert shown(editor)[1] == "  1.1  IKT-specialister"
    redo(qtbot, editor)
    assert seeded_project.frameworks.theme(one_one.id).parent_id == two.id


def test_drag_a_theme_between_others(editor, seeded_project, qtbot):
    framework_id = editor.data.framework_id
    first, _second, third, *_rest = seeded_project.frameworks.themes(framework_id)
    # when theme 1 is dropped between 2 and 3 (the view's row counts theme 1 itself)
    drop(qtbot, editor, first.id, 2, QModelIndex())
    # then it is second at the top level
    assert [t.id for t in seeded_project.frameworks.themes(framework_id)].index(first.id) == 1
    assert shown(editor)[1].endswith(first.name)
    # when theme 3 is dropped on the empty space below the themes, it goes last
    drop(qtbot, editor, third.id, -1, QModelIndex())
    assert seeded_project.frameworks.themes(framework_id)[-1].id == third.id
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert seeded_project.frameworks.themes(framework_id)[0].id == first.id


def test_a_theme_cannot_be_dropped_into_itself(editor, seeded_project, qtbot):
    eu = pick_framework(qtbot, editor, EU)
    one = theme_named(seeded_project, eu.id, "Kompetens")
    one_one = theme_named(seeded_project, eu.id, "IKT-specialister")
    model = editor.model
    data = model.mimeData([model.index_of(one.id)])
    # then the view is told the drop is not possible, and a drop changes nothing
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(one_one.id))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(one.id))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(one_one.id)) is False
    assert seeded_project.frameworks.theme(one.id).parent_id is None


def test_alt_arrows_move_the_selected_theme(editor, seeded_project, qtbot):
    eu = pick_framework(qtbot, editor, EU)
    gigabit = theme_named(seeded_project, eu.id, "Gigabit för alla")
    editor.select_theme(gigabit.id)
    editor.tree.setFocus()
    # when Alt+Down moves it below 5G, and Alt+Left takes it out beside its parent
    settle(qtbot, editor, lambda: qtbot.keyClick(editor.tree, Qt.Key.Key_Down, ALT))
    assert seeded_project.frameworks.theme(gigabit.id).position == 1
    settle(qtbot, editor, lambda: qtbot.keyClick(editor.tree, Qt.Key.Key_Left, ALT))
    moved = seeded_project.frameworks.theme(gigabit.id)
    assert (moved.parent_id, moved.position) == (None, 2)
    # and Alt+Right puts it back under the theme above it, last
    settle(qtbot, editor, lambda: qtbot.keyClick(editor.tree, Qt.Key.Key_Right, ALT))
    moved = seeded_project.frameworks.theme(gigabit.id)
    infrastructure = theme_named(seeded_project, eu.id, "Säker och hållbar digital infrastruktur")
    assert (moved.parent_id, moved.position) == (infrastructure.id, 4)
    assert editor.current_theme_id() == gigabit.id


# --- merging and deleting --------------------------------------------------------------------------


def test_merge_a_theme_into_another(editor, seeded_project, qtbot, monkeypatch):
    framework_id = editor.data.framework_id
    target, source = seeded_project.frameworks.themes(framework_id)[:2]
    source_notes, target_notes = notes_with(seeded_project, source.id), notes_with(seeded_project, target.id)
    gained = len(source_notes - target_notes)
    offered, questions = [], []

    def choose(_parent, _title, _label, choices):
        offered.extend(value for _text, value in choices)
        return target.id

    monkeypatch.setattr(editor_prompts, "ask_choice", choose)
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: questions.append(text) or True)
    # when the writer merges the second theme into the first
    editor.select_theme(source.id)
    settle(qtbot, editor, button(editor, "mergeThemeButton").click)
    # then the other themes of the framework were offered, and the question said how many notes gain it
    assert source.id not in offered and target.id in offered and len(offered) == 4
    assert len(questions) == 1 and f"{gained} note" in questions[0] and target.name in questions[0]
    # and the source is gone, every one of its notes carries the target, and the status says so
    assert source.id not in [t.id for t in seeded_project.frameworks.themes(framework_id)]
    assert notes_with(seeded_project, target.id) == source_notes | target_notes
    assert f"{gained} note" in editor.findChild(QLabel, "editorStatus").text()
    assert editor.current_theme_id() == target.id and len(shown(editor)) == 4
    undo(qtbot, editor)
    assert notes_with(seeded_project, source.id) == source_notes
    assert notes_with(seeded_project, target.id) == target_notes
    assert len(shown(editor)) == 5
    redo(qtbot, editor)
    assert notes_with(seeded_project, target.id) == source_notes | target_notes


def test_merging_can_be_called_off(editor, seeded_project, qtbot, monkeypatch):
    framework_id = editor.data.framework_id
    target, source = seeded_project.frameworks.themes(framework_id)[:2]
    monkeypatch.setattr(editor_prompts, "ask_choice", lambda *_args: target.id)
    monkeypatch.setattr(boxes, "confirm", lambda _parent, _text: False)
    editor.select_theme(source.id)
    button(editor, "mergeThemeButton").click()
    qtbot.waitUntil(lambda: editor.session.idle(), timeout=10_000)
    assert len(seeded_project.frameworks.themes(framework_id)) == 5
    assert seeded_project.history.next_undo is None


def test_deleting_a_tagged_theme_asks_first(editor, seeded_project, qtbot, monkeypatch):
    framework_id = editor.data.framework_id
    theme = seeded_project.frameworks.themes(framework_id)[2]
    tagged = notes_with(seeded_project, theme.id)
    assert tagged
    questions, answer = [], [False]
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: questions.append(text) or answer[0])
    editor.select_theme(theme.id)
    # when the writer presses Delete and answers No
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(questions) and editor.session.idle(), timeout=10_000)
    # then they were told how many notes lose it and that Ctrl+Z undoes it, and nothing was deleted
    assert theme.name in questions[0] and f"{len(tagged)} note" in questions[0] and "Ctrl+Z" in questions[0]
    assert notes_with(seeded_project, theme.id) == tagged and len(shown(editor)) == 5
    # when they answer Yes
    answer[0] = True
    settle(qtbot, editor, button(editor, "deleteThemeButton").click)
    # then the theme is gone and its notes no longer carry it
    assert theme.id not in [t.id for t in seeded_project.frameworks.themes(framework_id)]
    assert all(theme.id not in [t.id for t in seeded_project.tagging.themes_of(n)] for n in tagged)
    assert len(shown(editor)) == 4 and editor.current_theme() is not None
    undo(qtbot, editor)
    assert notes_with(seeded_project, theme.id) == tagged and len(shown(editor)) == 5
    redo(qtbot, editor)
    assert notes_with(seeded_project, theme.id) == set()


def test_deleting_an_unused_theme_does_not_ask(editor, seeded_project, qtbot, monkeypatch):
    monkeypatch.setattr(boxes, "confirm", lambda *_args: pytest.fail("asked about an unused theme"))
    eu = pick_framework(qtbot, editor, EU)
    quantum = theme_named(seeded_project, eu.id, "Kvantdatorer")
    editor.select_theme(quantum.id)
    settle(qtbot, editor, button(editor, "deleteThemeButton").click)
    assert quantum.id not in [t.id for t in seeded_project.frameworks.themes(eu.id)]
    assert "Ctrl+Z" in editor.findChild(QLabel, "editorStatus").text()


# --- undo in the editor, and errors ----------------------------------------------------------------


def test_ctrl_z_in_the_editor_undoes_the_last_change(editor, seeded_project, qtbot, monkeypatch):
    monkeypatch.setattr(editor_prompts, "ask_text", lambda *_args: "Nytt namn")
    before = seeded_project.frameworks.active_framework().name
    settle(qtbot, editor, button(editor, "renameFrameworkButton").click)
    assert button(editor, "undoButton").isEnabled()
    editor.tree.setFocus()
    settle(qtbot, editor, lambda: qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert seeded_project.frameworks.active_framework().name == before
    assert button(editor, "redoButton").isEnabled()


def test_ctrl_z_first_puts_back_an_unsaved_edit(editor, seeded_project, qtbot):
    theme = seeded_project.frameworks.themes(editor.data.framework_id)[0]
    editor.form.set_colour("#000000")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # then the form shows the stored colour again, and nothing was written or undone
    assert editor.form.changes() == {} and editor.form.values()["colour"] == theme.colour.upper()
    assert seeded_project.history.next_undo is None and editor.session.idle()


def test_a_failed_write_is_explained(editor, seeded_project, qtbot, monkeypatch, messages):
    def refuse(*_args, **_kwargs):
        raise InvalidValueError("a framework needs a name")

    monkeypatch.setattr(editor_prompts, "ask_text", lambda *_args: "X")
    monkeypatch.setattr(seeded_project.theme_editing, "rename_framework", refuse)
    settle(qtbot, editor, button(editor, "renameFrameworkButton").click)
    assert messages == ["a framework needs a name"]
