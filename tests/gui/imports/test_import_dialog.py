"""The import dialog on real files: the file in words, the columns and their live preview, the notes
stored as one undo step, and a broken file refused with the project untouched."""

from __future__ import annotations

from dialog_app.core.history import Action
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.imports.column_roles import Role
from dialog_app.gui.operations import edits
from tests.gui.import_fixtures import WAIT, Importer, write_csv, write_docx, write_xlsx

ANSWERS = "Vad behöver din organisation?"


def notes_in(project, title: str) -> list[str]:
    dialogue = project.dialogues.find(title)
    return sorted(note.text for note in project.notes.list(NoteFilter(dialogue_ids=frozenset({dialogue.id}))))


def test_the_source_step_says_what_the_file_is(csv_importer):
    # then: the encoding and delimiter Excel in Swedish saves with, in words, and changeable
    text = csv_importer.dialog.source.detected.text()
    assert "Encoding: Windows-1252" in text and "Delimiter: semicolon" in text
    assert csv_importer.dialog.source.encoding_box.isVisibleTo(csv_importer.dialog)
    assert csv_importer.dialog.source.encoding_box.currentText() == "Windows-1252"
    assert not csv_importer.dialog.source.sheet_box.isVisibleTo(csv_importer.dialog)


def test_choosing_another_encoding_looks_at_the_file_again(csv_importer, qtbot):
    # when: the user says the file is UTF-8, which it is not
    source = csv_importer.dialog.source
    source.encoding_box.setCurrentIndex(source.encoding_box.findData("utf_8"))
    with qtbot.waitSignal(csv_importer.dialog.inspected, timeout=WAIT):
        source.encoding_box.activated.emit(source.encoding_box.currentIndex())
    # then: refused in words, and no way on until another encoding is chosen
    assert source.problem.isVisibleTo(csv_importer.dialog)
    assert "UTF-8" in source.problem.text() or "utf" in source.problem.text().lower()
    assert not csv_importer.dialog.chrome.next_button.isEnabled()


def test_a_role_changed_changes_the_preview(csv_importer):
    # given
    csv_importer.next()
    csv_importer.map_columns(**{ANSWERS: Role.TEXT})
    preview = csv_importer.dialog.mapping.preview
    assert preview.texts(2)[0].startswith("Fler mötesplatser") and set(preview.texts(1)) == {""}
    # when
    csv_importer.map_columns(**{ANSWERS: Role.TEXT, "Aktörsgrupp": Role.GROUP, "Namn": Role.PERSONAL})
    # then: the groups show, and the names stay out of the notes
    assert preview.texts(1) == ["Kommun", "Civilsamhälle", "Näringsliv"]
    assert not any("Anna" in text for text in preview.texts(2))
    page = csv_importer.dialog.mapping
    assert page.keep_personal.isVisibleTo(csv_importer.dialog) and not page.keep_personal.isChecked()


def test_the_import_stores_the_notes_and_undo_takes_them_back_in_one_step(csv_importer, qtbot):
    # given
    csv_importer.next()
    csv_importer.map_columns(**{ANSWERS: Role.TEXT, "Aktörsgrupp": Role.GROUP, "Namn": Role.PERSONAL})
    csv_importer.to_target()
    target = csv_importer.dialog.target
    assert target.title_edit.text() == "Enkät om digital hjälp"
    # when
    csv_importer.run()
    # then
    project = csv_importer.project
    assert len(notes_in(project, "Enkät om digital hjälp")) == 3
    assert "Fler mötesplatser för digital hjälp på biblioteken" in notes_in(project, "Enkät om digital hjälp")
    assert csv_importer.dialog.summary.values["notes"] == "3"
    assert project.history.next_undo.action is Action.IMPORT
    # when: Edit ▸ Undo, once
    with qtbot.waitSignal(csv_importer.session.changed, timeout=WAIT):
        edits.undo_or_redo(csv_importer.session, "undo").run()
    csv_importer.session.wait()
    # then
    # then: the notes and the dialogue the import made are gone, and redo is offered
    assert "Enkät om digital hjälp" not in {d.title for d in project.dialogues.list()}
    assert project.history.next_redo.action is Action.IMPORT


def test_the_same_file_again_is_noticed_and_what_is_there_skipped(csv_importer, qtbot):
    # given: the file imported once
    csv_importer.next()
    csv_importer.map_columns(**{ANSWERS: Role.TEXT})
    csv_importer.to_target()
    csv_importer.run()
    again = Importer(qtbot, csv_importer.session, csv_importer.dialog.path)
    # when
    again.next()
    again.map_columns(**{ANSWERS: Role.TEXT})
    again.to_target()
    target = again.dialog.target
    qtbot.waitUntil(lambda: target.notice.isVisibleTo(again.dialog) and "3 of its" in target.notice.text(),
                    timeout=WAIT)
    # then: into the dialogue it went to before, with "skip" on
    assert "This file was imported on" in target.notice.text()
    assert target.existing_radio.isChecked() and target.dialogue_box.currentText() == "Enkät om digital hjälp"
    assert target.skip_existing.isChecked()
    again.run()
    assert len(notes_in(again.project, "Enkät om digital hjälp")) == 3
    assert again.dialog.summary.values["skipped"] == "3"


def test_a_workbook_offers_its_sheets(qtbot, session, tmp_path, messages):
    # when
    importer = Importer(qtbot, session, write_xlsx(tmp_path / "enkät.xlsx"))
    # then
    source = importer.dialog.source
    assert [source.sheet_box.itemText(i) for i in range(source.sheet_box.count())] == ["Svar", "Om enkäten"]
    assert source.sheet_box.isVisibleTo(importer.dialog) and "Sheet: Svar" in source.detected.text()
    importer.next()
    importer.map_columns(**{ANSWERS: Role.TEXT, "Aktörsgrupp": Role.GROUP})
    importer.to_target()
    importer.run()
    assert len(notes_in(importer.project, "enkät")) == 3


def test_minutes_go_straight_to_the_target_with_their_groups(qtbot, session, tmp_path, messages):
    # given
    importer = Importer(qtbot, session, write_docx(tmp_path / "Minnesanteckningar.docx"))
    source = importer.dialog.source
    assert source.group_lines.isVisibleTo(importer.dialog) and not source.group_lines.isChecked()
    assert not importer.dialog.chrome.step_labels[1].isVisibleTo(importer.dialog)  # no columns step
    # when
    with qtbot.waitSignal(importer.dialog.inspected, timeout=WAIT):
        source.group_lines.setChecked(True)
    importer.to_target()
    # then: the group lines named groups the project does not have, each offered as new or mapped
    assert set(importer.dialog.target.groups.chosen()) >= {"Civilsamhälle", "Kommun"}
    importer.run()
    assert notes_in(importer.project, "Minnesanteckningar") == [
        "Medborgarkontoren behöver fler öppettimmar", "Studieförbunden kan hålla kurser på biblioteken"]


def test_a_broken_file_is_refused_in_words_and_nothing_changes(qtbot, session, tmp_path, messages):
    # given: a "workbook" that is no zip at all
    broken = tmp_path / "svar.xlsx"
    broken.write_bytes(b"\x00\x01 not a workbook " * 50)
    before = session.project.summary()
    # when
    importer = Importer(qtbot, session, broken)
    # then
    problem = importer.dialog.source.problem
    assert problem.isVisibleTo(importer.dialog) and "Nothing was imported." in problem.text()
    assert "Traceback" not in problem.text() and "Error" not in problem.text()
    assert not importer.dialog.chrome.next_button.isEnabled()
    assert session.project.summary() == before


def test_the_mapping_used_is_offered_again_for_the_same_layout(qtbot, session, tmp_path, messages):
    # given: a first file mapped by hand and read
    first = Importer(qtbot, session, write_csv(tmp_path / "november.csv"))
    first.next()
    first.map_columns(**{ANSWERS: Role.TEXT, "Inskickat": Role.TIME, "Namn": Role.PERSONAL})
    first.to_target()
    first.dialog.close()
    # when: another file with the same columns
    second = Importer(qtbot, session, write_csv(tmp_path / "december.csv", rows=ROWS_DECEMBER))
    second.next()
    # then
    page = second.dialog.mapping
    assert page.mapping().text == (ANSWERS,) and page.mapping().time == "Inskickat"
    assert page.mapping().personal == ("Namn",) and page.mapping().group is None
    assert page.remembered_row.isVisibleTo(second.dialog)
    # and the detected columns are one click away
    page.reset_button.click()
    assert page.mapping() == page.facts.mapping and not page.remembered_row.isVisibleTo(second.dialog)


ROWS_DECEMBER = (("Per Lind", "Region", "2026-12-01 13:00", "Samordna e-tjänsterna mellan kommunerna"),)


def test_names_are_kept_in_the_participant_register_only_when_asked(csv_importer):
    # given
    csv_importer.next()
    csv_importer.map_columns(**{ANSWERS: Role.TEXT, "Namn": Role.PERSONAL})
    csv_importer.dialog.mapping.keep_personal.setChecked(True)
    csv_importer.to_target()
    # when
    csv_importer.run()
    # then: registered, and never a note
    project = csv_importer.project
    dialogue = project.dialogues.find("Enkät om digital hjälp")
    assert sorted(p.name for p in project.participation.participants(dialogue.id)) == [
        "Anna Berg", "Olle Ek", "Åsa Öberg"]
    assert not any("Anna" in text for text in notes_in(project, "Enkät om digital hjälp"))
    assert csv_importer.dialog.summary.values["persons"] == "3"
