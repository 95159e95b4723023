"""Erasing a person (issue 14): her register entry goes, every mention becomes the mark, and no byte
of her name, e-mail or phone is left in the file (free pages, the search index's old segments and a
journal included); one undo step puts back everything exactly, until the file is closed."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import ReadOnlyProjectError
from dialog_app.core.person_record import DIALOGUE, DRAFT, HISTORY, NOTE, SETTING, SYNTHESIS
from dialog_app.core.person_terms import MARK
from dialog_app.core.project import Project
from dialog_app.core.services.person_erasing import REGISTER
from dialog_app.core.services.possible_names import MASK
from tests.core.services.person_fixtures import EMAIL, NAME, PHONE, add_anna, held, index_terms, table_rows


@pytest.fixture
def anna(project):
    return add_anna(project)


def note_text(project, note_id) -> str:
    return project.notes.get(note_id).text


def test_the_erasure_replaces_every_mention_and_says_what_it_changed(project, anna):
    result = project.person_data.erase(NAME)
    assert result.names == (NAME,)
    assert result.searched_for == (NAME, EMAIL, PHONE)
    assert result.counts == {REGISTER: 1, NOTE: 3, SYNTHESIS: 1, HISTORY: 1, DIALOGUE: 0, SETTING: 2, DRAFT: 1}
    assert result.still_in_file == ()
    assert note_text(project, anna.notes["genitive"]) == f"{MARK} förslag: fler digitala ombud på biblioteken."
    assert note_text(project, anna.notes["contact"]) == f"Nås på {MARK} eller {MARK} för uppföljning."
    assert note_text(project, anna.notes["binned"]) == f"{MARK} tog upp busstrafiken."
    assert project.synthesis.get(anna.theme_id).text == f"Flera, bland dem {MARK}, lyfte bredbandet."
    assert anna.draft.read_text(encoding="utf-8") == f"{MARK} sa också att"
    # the others are left alone: another registered person, a confirmed name, a bare first name
    assert note_text(project, anna.notes["per"]) == "Per Holm tycker att e-tjänsterna är krångliga."
    assert note_text(project, anna.notes["nobody"]) == "Anna sa att bussarna är sena."
    assert [p.name for p in project.participation.participants(project.dialogues.list()[0].id)] == ["Per Holm"]
    assert project.possible_names.decisions() == {"jonathan mayhew": MASK}
    assert project.saved_filters.get("Annas förslag").text == MARK
    assert project.person_data.find(NAME).empty


def test_no_byte_of_her_is_left_in_the_file_and_the_index_has_forgotten_her(project, anna):
    assert held(project.path)  # she is there before
    project.person_data.erase(NAME)
    assert held(project.path) == []
    terms = index_terms(project.path)
    assert not {"svensson", "0701234567", "svenssons"} & terms
    assert "holm" in terms  # the index still works for the others
    assert project.search.search("Svensson") == []
    assert project.check() == []  # the index in step with the notes, the file sound
    assert project.search.search("Anna Svensson") == []
    assert [hit.id for hit in project.search.search("Holm")] == [anna.notes["per"]]


def test_one_undo_puts_back_every_row_exactly_and_redo_erases_again(project, anna):
    before = table_rows(project.path)
    draft_before = anna.draft.read_text(encoding="utf-8")
    project.person_data.erase(NAME)
    step = project.history.undo()
    assert (step.action, step.count) == ("erase_person", 1)
    assert table_rows(project.path) == before
    assert anna.draft.read_text(encoding="utf-8") == draft_before
    assert len(project.person_data.find(NAME).register) == 1
    assert [hit.id for hit in project.search.search("Svenssons")] == [anna.notes["genitive"]]
    project.history.redo()
    assert held(project.path) == []
    assert project.person_data.find(NAME).empty


def test_once_the_file_is_closed_the_erasure_is_final(project_path):
    path = project_path("final")
    with Project.create(path, user="anna") as project:
        add_anna(project)
        project.person_data.erase(NAME)
        assert project.history.next_undo is not None
    assert held(path) == []
    with Project.open(path) as project:
        assert project.history.next_undo is None
        assert project.person_data.find(NAME).empty
    assert held(path) == []


def test_a_name_nobody_mentions_changes_nothing_and_is_no_undo_step(project, anna):
    before = table_rows(project.path)
    result = project.person_data.erase("Karin Berg")
    assert not result.changed and result.occurrences == 0
    assert project.history.next_undo is None
    assert table_rows(project.path) == before


def test_anonymising_erases_every_registered_person_and_every_confirmed_name(project, anna):
    result = project.person_data.anonymise()
    assert set(result.names) == {NAME, "Per Holm", "jonathan mayhew"}
    assert result.counts[REGISTER] == 2
    assert note_text(project, anna.notes["per"]) == f"{MARK} tycker att e-tjänsterna är krångliga."
    assert note_text(project, anna.notes["mayhew"]) == f"Enligt {MARK} saknas fiber i byarna."
    assert project.possible_names.decisions() == {}
    assert held(project.path, (b"Holm", b"holm", b"Mayhew", b"mayhew", b"Svensson", b"svensson")) == []
    assert project.history.next_undo.action == "erase_person"
    project.history.undo()
    assert note_text(project, anna.notes["mayhew"]) == "Enligt Jonathan Mayhew saknas fiber i byarna."
    assert len(project.participation.participants(project.dialogues.list()[0].id)) == 2


def test_backups_made_before_are_listed_and_can_be_erased_but_never_the_project(project, anna, tmp_path):
    before = project.back_up(unless_unchanged=False)
    result = project.person_data.erase(NAME)
    assert [b.path for b in result.backups] == [before.path]
    after = project.back_up(unless_unchanged=False)  # taken after the erasure: it holds nobody
    assert [b.path for b in project.person_data.backups_holding(NAME, also=(EMAIL, PHONE))] == [before.path]
    stranger = tmp_path / "other.dialog"
    stranger.write_bytes(b"not a backup")
    deleted = project.person_data.erase_backups([before.path, project.path, stranger, after.path.with_name("x")])
    assert deleted == [before.path]
    assert not before.path.exists() and not before.path.with_name(before.path.name + ".json").exists()
    assert project.path.exists() and stranger.exists() and after.path.exists()
    assert project.person_data.backups_holding(NAME, also=(EMAIL, PHONE)) == []


def test_a_project_open_read_only_cannot_be_erased(project_path):
    path = project_path("readonly")
    with Project.create(path, user="anna") as project:
        add_anna(project)
    with Project.open(path, read_only=True) as project:
        with pytest.raises(ReadOnlyProjectError):
            project.person_data.erase(NAME)
    assert held(path)


def test_undo_leaves_alone_a_text_changed_since_without_an_undo_step(project, anna):
    project.person_data.erase(NAME)
    project.synthesis.save_text(anna.theme_id, "Bredbandet lyftes av många.")  # typed on: no undo step
    anna.draft.write_text("Något nytt", encoding="utf-8")
    project.history.undo()
    assert project.synthesis.get(anna.theme_id).text == "Bredbandet lyftes av många."
    assert anna.draft.read_text(encoding="utf-8") == "Något nytt"
    assert note_text(project, anna.notes["genitive"]).startswith("Anna Svenssons förslag")
