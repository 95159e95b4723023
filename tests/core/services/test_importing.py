"""Storing an import plan: everything in one transaction and one undo step, on a real project file
reopened from disk; the same file imported twice noticed; a cancelled import leaves no trace."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from dialog_app.core.errors import DialogueHasNotesError
from dialog_app.core.import_plan import (
    BadRow, ImportedNote, ImportedPerson, ImportedTheme, ImportPlan, RowProblem, SourceKind,
)
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.origins import parse_origin
from dialog_app.core.project import Project
from dialog_app.core.services.importing import ImportTarget
from dialog_app.core.services.merge_changes import RECORDED
from dialog_app.core.services.note_filter import NoteFilter

MORNING = datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc)


def survey_plan(**changes) -> ImportPlan:
    values = dict(
        file_name="enkät.csv", sha256="ab" * 32, kind=SourceKind.TABLE,
        notes=(
            ImportedNote("Fler mötesplatser på biblioteken", "row=2", question="Vad saknas?",
                         group="civilsamhälle", table="Bord 3", votes=4, themes=("access",)),
            ImportedNote("Bredband i glesbygden", "row=3", question="Vad saknas?", group="Föreningar",
                         time=MORNING, themes=("access", "rural")),
            ImportedNote("Digital hjälp för äldre", "row=5", question="Vem behöver stöd?"),
        ),
        bad_rows=(BadRow("row=4", RowProblem.RAGGED),),
        questions=("Vad saknas?", "Vem behöver stöd?"),
        groups=("civilsamhälle", "Föreningar"),
        themes=(
            ImportedTheme("access", "Tillgång", colour="#1f77b4", description="Att nå tjänsterna",
                          synthesis="Många talade om avstånd."),
            ImportedTheme("rural", "Landsbygd", parent="access"),
        ),
        framework="Koder från NVivo",
        persons=(ImportedPerson("Eva Ek", "eva@example.se", "row=2"),),
    )
    values.update(changes)
    return ImportPlan(**values)


def notes_of(project: Project, dialogue_id) -> list:
    return project.notes.list(NoteFilter(dialogue_ids=frozenset({dialogue_id})))


def table_dump(path) -> dict[str, list[tuple]]:
    """Every row of every table of the file (and the search index), in a comparable order."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        names = [n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'note_fts%' "
            "AND name NOT LIKE 'sqlite_%'")]
        dump = {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
        dump["note_fts"] = sorted(connection.execute("SELECT rowid, text FROM note_fts").fetchall())
    return dump


# --- what is stored ------------------------------------------------------------------------------


def test_a_plan_is_stored_whole_and_read_back_from_disk(project):
    # when
    result = project.imports.apply(survey_plan(), ImportTarget(new_dialogue_title="Enkät våren 2026"))
    path = project.path
    project.close()
    # then
    with Project.open(path, user="anna") as reopened:
        dialogue = reopened.dialogues.get(result.dialogue_id)
        assert (dialogue.title, dialogue.kind) == ("Enkät våren 2026", "survey_import")
        assert [q.question for q in reopened.dialogues.agenda(dialogue.id)] == ["Vad saknas?", "Vem behöver stöd?"]
        notes = {n.text: n for n in notes_of(reopened, dialogue.id)}
        assert set(notes) == {"Fler mötesplatser på biblioteken", "Bredband i glesbygden", "Digital hjälp för äldre"}
        first = notes["Fler mötesplatser på biblioteken"]
        assert (first.votes, first.table_label, first.source_kind, first.captured_by) == (4, "Bord 3", "imported", "anna")
        origin = parse_origin(first.source_ref)
        assert (origin.file_name, origin.place) == ("enkät.csv", "row=2")
        assert notes["Bredband i glesbygden"].created_at == MORNING
        groups = {g.id: g.name for g in reopened.participation.groups()}
        assert groups[first.group_id] == "Civilsamhälle"  # an existing group, matched in any case
        assert groups[notes["Bredband i glesbygden"].group_id] == "Föreningar"  # created
        assert notes["Digital hjälp för äldre"].group_id is None
        framework = next(f for f in reopened.frameworks.frameworks() if f.name == "Koder från NVivo")
        access, rural = reopened.frameworks.themes(framework.id)
        assert (access.name, access.colour, access.description, access.parent_id) == (
            "Tillgång", "#1F77B4", "Att nå tjänsterna", None)
        assert (rural.name, rural.parent_id) == ("Landsbygd", access.id)
        assert reopened.synthesis.get(access.id).text == "Många talade om avstånd."
        assert {t.name for t in reopened.tagging.themes_of(notes["Bredband i glesbygden"].id)} == {"Tillgång", "Landsbygd"}
        assert [h.text for h in reopened.search.search("glesbygd")] == ["Bredband i glesbygden"]
        assert reopened.participation.participants(dialogue.id) == []
        assert reopened.check() == []
    assert (result.questions_created, result.groups_created, result.themes_created) == (2, 1, 2)
    assert (result.tagged_notes, result.bad_rows, result.skipped_existing, result.persons_created) == (2, 1, 0, 0)


def test_questions_of_the_dialogue_are_matched_in_any_case_and_new_ones_appended(project, meeting):
    asked = project.dialogues.add_question(meeting.id, "VAD SAKNAS?")
    # when
    project.imports.apply(survey_plan(), ImportTarget(dialogue_id=meeting.id))
    # then
    agenda = project.dialogues.agenda(meeting.id)
    assert [(q.question, q.position) for q in agenda] == [("VAD SAKNAS?", 0), ("Vem behöver stöd?", 1)]
    bibliotek = next(n for n in notes_of(project, meeting.id) if "bibliotek" in n.text)
    assert bibliotek.agenda_item_id == asked.id


def test_groups_go_where_the_user_mapped_them_or_are_created(project, meeting):
    groups = {g.name: g.id for g in project.participation.groups()}
    target = ImportTarget(dialogue_id=meeting.id, groups={"civilsamhälle": groups["Kommun"], "Föreningar": None})
    # when
    result = project.imports.apply(survey_plan(), target)
    # then
    by_text = {n.text: n.group_id for n in notes_of(project, meeting.id)}
    after = {g.id: g.name for g in project.participation.groups()}
    assert by_text["Fler mötesplatser på biblioteken"] == groups["Kommun"]
    assert after[by_text["Bredband i glesbygden"]] == "Föreningar"
    assert result.groups_created == 1


def test_persons_are_stored_only_when_the_user_asks(project, meeting):
    project.imports.apply(survey_plan(), ImportTarget(dialogue_id=meeting.id))
    assert project.participation.participants(meeting.id) == []
    # when
    project.imports.apply(survey_plan(), ImportTarget(dialogue_id=meeting.id, keep_persons=True, skip_existing=False))
    # then: in the participant register only
    assert [(p.name, p.email, p.is_personal_data) for p in project.participation.participants(meeting.id)] == [
        ("Eva Ek", "eva@example.se", True)]


# --- the same file twice -------------------------------------------------------------------------


def test_the_same_file_twice_is_noticed_and_what_is_there_skipped(project, meeting):
    plan = survey_plan()
    assert project.imports.already_there(plan, meeting.id) == 0
    first = project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id))
    # when
    again = project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id))
    # then
    assert project.imports.already_there(plan, meeting.id) == 3
    assert (len(again.note_ids), again.skipped_existing) == (0, 3)
    earlier = project.imports.imported_before(plan.sha256)
    assert [(e.file_name, e.notes, e.skipped, e.dialogue_id) for e in earlier] == [
        ("enkät.csv", 3, 0, meeting.id), ("enkät.csv", 0, 3, meeting.id)]
    assert earlier[0].at.tzinfo is not None
    assert project.imports.imported_before("cd" * 32) == []
    assert len(first.note_ids) == 3


def test_a_note_edited_or_binned_since_counts_as_gone(project, meeting):
    plan = survey_plan()
    result = project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id))
    project.notes.delete([result.note_ids[0]])
    project.notes.update(result.note_ids[1], text="Bredband i hela länet")
    # when
    again = project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id))
    # then
    assert again.skipped_existing == 1
    assert sorted(n.text for n in notes_of(project, meeting.id)) == [
        "Bredband i glesbygden", "Bredband i hela länet", "Digital hjälp för äldre", "Fler mötesplatser på biblioteken"]


def test_without_skipping_the_notes_come_in_again(project, meeting):
    plan = survey_plan()
    project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id))
    # when
    again = project.imports.apply(plan, ImportTarget(dialogue_id=meeting.id, skip_existing=False))
    # then
    assert (len(again.note_ids), again.skipped_existing) == (3, 0)
    assert len(notes_of(project, meeting.id)) == 6


# --- one undo step -------------------------------------------------------------------------------


def test_undo_removes_everything_and_redo_brings_back_the_same_rows(project):
    before = table_dump(project.path)
    result = project.imports.apply(survey_plan(), ImportTarget(new_dialogue_title="Enkät", keep_persons=True))
    after = table_dump(project.path)
    assert project.history.next_undo.action == "import" and project.history.next_undo.count == 3
    # when
    project.history.undo()
    # then: as before, but for the record of the rows removed (a merge carries removals over)
    undone = table_dump(project.path)
    assert {**undone, "removedrow": []} == before
    assert {(table, key) for table, key, _at in undone["removedrow"]} == {
        (table, row[0]) for table in RECORDED for row in after[table] if row not in before[table]}
    assert project.imports.imported_before(survey_plan().sha256) == []
    # when
    project.history.redo()
    # then
    assert table_dump(project.path) == after
    assert project.search.search("glesbygd")[0].id == result.note_ids[1]
    assert project.check() == []


def test_undo_keeps_what_was_done_since_to_an_old_note_under_a_new_question(project, meeting):
    project.imports.apply(survey_plan(), ImportTarget(dialogue_id=meeting.id))
    question = project.dialogues.agenda(meeting.id)[1]
    later = project.notes.add(meeting.id, "Skrivet efteråt", agenda_item_id=question.id)
    project.history.undo()  # the capture: the note goes to the bin, still under the question
    # when
    project.history.undo()
    project.history.redo()
    # then
    assert project.notes.get(later.id).agenda_item_id == question.id


def test_undo_is_refused_while_a_note_captured_since_is_in_the_new_dialogue(project):
    result = project.imports.apply(survey_plan(), ImportTarget(new_dialogue_title="Enkät"))
    project.notes.add(result.dialogue_id, "Skrivet efteråt")
    project.history.undo()  # the capture (to the bin)
    # when / then
    with pytest.raises(DialogueHasNotesError):
        project.history.undo()
    assert len(notes_of(project, result.dialogue_id)) == 3


def test_a_cancelled_import_stores_nothing(project, meeting):
    notes = tuple(ImportedNote(f"Anteckning nr {i}", f"row={i + 2}", question="Vad saknas?") for i in range(5000))
    plan = survey_plan(notes=notes)
    before = table_dump(project.path)
    seen: list[int] = []

    def cancel_after_the_first_chunk(done: int, _total: int) -> None:
        seen.append(done)
        if done > 0:
            job.cancel()

    job = Job(cancel_after_the_first_chunk)
    # when
    with pytest.raises(Cancelled):
        project.imports.apply(plan, ImportTarget(new_dialogue_title="Enkät"), job)
    # then
    assert seen == [0, 2000]
    assert table_dump(project.path) == before
    assert project.history.next_undo is None


def test_a_codebook_brings_its_themes_without_a_dialogue(project):
    codebook = ImportPlan("koder.qdc", "cd" * 32, SourceKind.REFI, notes=(),
                          themes=(ImportedTheme("a", "Tillgång"), ImportedTheme("b", "Avstånd", parent="a")),
                          framework="Kodbok")
    dialogues = len(project.dialogues.list())
    # when
    result = project.imports.apply(codebook, ImportTarget())
    # then
    assert (result.dialogue_id, result.themes_created, len(project.dialogues.list())) == (None, 2, dialogues)
    assert project.imports.imported_before(codebook.sha256)[0].dialogue_id is None
    project.history.undo()
    assert "Kodbok" not in {f.name for f in project.frameworks.frameworks()}
