"""The bin (issue 15): what is in it, and emptying it for good. Emptied notes leave no row and no
byte of their text in the file; one undo puts back every row exactly, until the file is closed;
the dialogue they were the last notes of can then be deleted; a merge with an older copy that
still holds them does not bring them back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pytest

from dialog_app.core.errors import DialogueHasNotesError, InvalidValueError
from dialog_app.core.project import Project
from dialog_app.core.table_projects import plan_tables
from tests.core.services.person_fixtures import held, index_terms, table_rows

SECRET = "Hemlig uppgift om Kvarnbäcksskolans budget"
SECRET_BYTES = [b"Kvarnb\xc3\xa4cksskolans", b"Hemlig uppgift"]
EARLIER = "Utkast om Rosenlunds vattenverk"  # an earlier text of a binned note: in its history only


@dataclass
class Bin:
    dialogue: object
    kept: object
    secret: object
    other: object
    theme_id: object


@pytest.fixture
def binned(project) -> Bin:
    """A dialogue with a live note and two binned: one tagged, a key quote, edited once."""
    dialogue = project.dialogues.create_with_questions("Dialogmöte om skolan", [("Vad behövs?", 20)])
    question = project.dialogues.agenda(dialogue.id)[0]
    kept = project.notes.add(dialogue.id, "Fler lärare behövs", agenda_item_id=question.id)
    secret = project.notes.add(dialogue.id, EARLIER, agenda_item_id=question.id)
    project.notes.update(secret.id, text=SECRET)
    other = project.notes.add(dialogue.id, "Skolgården är för liten")
    framework = project.frameworks.active_framework()
    theme = project.frameworks.themes(framework.id)[0]
    project.tagging.tag([kept.id, secret.id], theme.id)
    project.synthesis.add_quote(theme.id, secret.id)
    project.notes.delete([secret.id])
    project.notes.delete([other.id])
    project.history.clear()
    return Bin(dialogue, kept, secret, other, theme.id)


def test_the_bin_lists_each_binned_note_with_its_reference_place_and_who_binned_it(project, binned):
    entries = project.bin.entries()
    assert [e.note_id for e in entries] == [binned.other.id, binned.secret.id]  # the latest binned first
    secret = entries[1]
    assert (secret.ref, secret.text, secret.dialogue_title, secret.question, secret.deleted_by) == (
        "D1-002", SECRET, "Dialogmöte om skolan", "Vad behövs?", "anna")
    assert entries[0].question == "" and entries[0].merged_into == ""
    assert project.bin.resolve(["D1-002"]) == [binned.secret.id]
    with pytest.raises(InvalidValueError, match="not in the bin"):
        project.bin.resolve(["D1-001"])


def test_emptying_removes_the_notes_and_all_that_hangs_on_them_and_no_byte_of_the_text(project, binned):
    assert held(project.path, SECRET_BYTES)
    assert project.bin.empty([binned.secret.id]) == 1
    assert held(project.path, SECRET_BYTES) == []
    assert held(project.path, [b"Rosenlunds"]) == []  # the earlier text, from its history, too
    assert not {"kvarnbäcksskolans", "rosenlunds"} & index_terms(project.path)
    with sqlite3.connect(project.path) as connection:
        for table in ("tagging", "noteevent", "synthesisquote"):
            assert not connection.execute(f"SELECT count(*) FROM {table} WHERE note_id = ?",
                                          (binned.secret.id.hex,)).fetchone()[0]
    assert [e.note_id for e in project.bin.entries()] == [binned.other.id]
    assert project.notes.get(binned.kept.id).text == "Fler lärare behövs"  # the others untouched
    assert [t.id for t in project.tagging.themes_of(binned.kept.id)] == [binned.theme_id]
    assert project.check() == []


def test_one_undo_brings_back_every_row_exactly_and_redo_empties_again(project, binned):
    before = table_rows(project.path)
    project.bin.empty()
    assert project.bin.entries() == []
    step = project.history.undo()
    assert (step.action, step.count) == ("empty_bin", 2)
    assert table_rows(project.path) == before
    project.history.redo()  # the emptying again
    assert project.bin.entries() == [] and held(project.path, SECRET_BYTES) == []
    project.history.undo()
    project.bin.restore([binned.secret.id])  # back in the search index, as it was
    assert [hit.id for hit in project.search.search("Kvarnbäcksskolans")] == [binned.secret.id]


def test_once_the_file_is_closed_emptying_is_final(project_path):
    path = project_path("final")
    with Project.create(path, user="anna") as project:
        dialogue = project.dialogues.create("Möte")
        note = project.notes.add(dialogue.id, SECRET)
        project.notes.delete([note.id])
        project.bin.empty()
    with Project.open(path) as project:
        assert project.history.next_undo is None
        assert project.bin.entries() == []
    assert held(path, SECRET_BYTES) == []


def test_only_notes_in_the_bin_are_emptied(project, binned):
    with pytest.raises(InvalidValueError, match="not in the bin"):
        project.bin.empty([binned.kept.id, binned.secret.id])
    assert len(project.bin.entries()) == 2 and project.history.next_undo is None
    assert project.bin.empty([]) == 0


def test_a_dialogue_whose_notes_were_all_emptied_can_be_deleted(project, binned):
    project.notes.delete([binned.kept.id])
    with pytest.raises(DialogueHasNotesError):
        project.dialogue_editing.delete(binned.dialogue.id)
    project.bin.empty()
    project.dialogue_editing.delete(binned.dialogue.id)
    assert project.dialogues.list() == []


def test_a_note_merged_into_another_is_listed_and_emptied_but_not_restored_alone(project, binned):
    duplicate = project.notes.add(binned.dialogue.id, "Fler lärare!")
    project.merging.merge(binned.kept.id, duplicate.id)
    entry = next(e for e in project.bin.entries() if e.note_id == duplicate.id)
    assert entry.merged_into == "D1-001"
    with pytest.raises(InvalidValueError, match="merged into"):
        project.bin.restore([duplicate.id])
    assert project.bin.restore([binned.other.id]) == 1
    assert project.bin.empty([duplicate.id]) == 1
    assert project.notes.get(binned.kept.id).deleted_at is None  # the note it was merged into stays


def test_a_merge_with_an_older_copy_does_not_bring_an_emptied_note_back(project, binned, tmp_path):
    one, two = project.prepare_tables(plan_tables(project.path, 2, tmp_path / "bord"))
    with Project.open(one) as first:
        assert first.bin.empty([binned.secret.id]) == 1
    with Project.open(two) as second:  # still holds the note in its bin, with its tags and history
        result = second.project_merge.merge(one)
        assert result.counts.removed["note"] == 1
        assert [e.note_id for e in second.bin.entries()] == [binned.other.id]
        assert second.check() == []
        assert "kvarnbäcksskolans" not in index_terms(two)
        second.history.undo()  # the merge's undo puts the note back, searchable once restored
        assert {e.note_id for e in second.bin.entries()} == {binned.secret.id, binned.other.id}
        assert second.check() == []
    with Project.open(one) as first:  # and the other way: the older copy brings nothing back
        first.project_merge.merge(two)
        assert [e.note_id for e in first.bin.entries()] == [binned.other.id]
        assert first.check() == []
