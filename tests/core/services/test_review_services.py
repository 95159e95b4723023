"""The strategy writer's services: review status in bulk, merging duplicates, the synthesis per
theme with its key quotes, and saved filters."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter


@pytest.fixture
def notes(project, meeting):
    return [project.notes.add(meeting.id, f"Synpunkt {n} om bredband") for n in range(5)]


@pytest.fixture
def themes(project):
    framework = project.frameworks.active_framework()
    return project.frameworks.themes(framework.id)


# --- review status --------------------------------------------------------------------------


def test_statuses_change_in_bulk_and_undo_gives_each_note_its_own_back(project, notes):
    # given notes in different states
    project.notes.set_status([notes[0].id], "reviewed")
    project.history.clear()
    # when three are approved for publication
    changed = project.notes.set_status([n.id for n in notes[:3]], "approved")
    # then
    assert changed == 3
    assert {project.notes.get(n.id).status for n in notes[:3]} == {"approved"}
    step = project.history.next_undo
    assert (step.action, step.count) == ("status", 3)
    # and undo restores each note's earlier status, redo approves again
    project.history.undo()
    assert [project.notes.get(n.id).status for n in notes[:3]] == ["reviewed", "captured", "captured"]
    project.history.redo()
    assert {project.notes.get(n.id).status for n in notes[:3]} == {"approved"}
    assert [e.action for e in project.notes.events(notes[1].id)][-1] == "status"


def test_setting_the_same_status_again_is_not_a_step(project, notes):
    project.notes.set_status([notes[0].id], "excluded")
    project.history.clear()
    assert project.notes.set_status([notes[0].id], "excluded") == 0
    assert project.history.next_undo is None


def test_an_unknown_status_is_refused(project, notes):
    with pytest.raises(InvalidValueError):
        project.notes.set_status([notes[0].id], "published")


# --- merging duplicates ---------------------------------------------------------------------


def test_merging_keeps_both_provenances_and_adds_votes(project, meeting, themes):
    # given the same point captured twice, at two tables, with votes and themes
    first = project.notes.add(meeting.id, "Fler laddstolpar", table_label="Bord 1", votes=2, theme_ids=[themes[4].id])
    second = project.notes.add(meeting.id, "Fler laddstolpar!", table_label="Bord 4", votes=3, key_quote=True,
                               theme_ids=[themes[2].id])
    # when the second is merged into the first
    votes = project.merging.merge(first.id, second.id)
    # then the first carries both notes' votes, the key-quote flag and both themes
    kept = project.notes.get(first.id)
    assert votes == kept.votes == 5 and kept.key_quote
    assert {t.id for t in project.tagging.themes_of(first.id)} == {themes[4].id, themes[2].id}
    # and the second is in the bin pointing at the first, its provenance kept in the file
    absorbed = project.notes.get(second.id)
    assert absorbed.deleted_at is not None and absorbed.merged_into_id == first.id
    assert [n.id for n in project.merging.merged_into(first.id)] == [second.id]
    event = [e for e in project.notes.events(first.id) if e.action == "merged"][0]
    assert event.detail["absorbed"] == str(second.id) and event.detail["votes"] == 3
    assert project.notes.count() == 1


def test_a_merge_can_be_undone_and_redone(project, meeting, themes):
    first = project.notes.add(meeting.id, "A", votes=1)
    second = project.notes.add(meeting.id, "B", votes=4, theme_ids=[themes[0].id])
    project.merging.merge(first.id, second.id)
    # when undone
    project.history.undo()
    # then both notes are as before
    assert project.notes.get(first.id).votes == 1
    assert project.tagging.themes_of(first.id) == []
    assert project.notes.get(second.id).deleted_at is None and project.notes.get(second.id).merged_into_id is None
    # and redo merges again
    project.history.redo()
    assert project.notes.get(first.id).votes == 5


def test_a_note_cannot_be_merged_into_itself_or_from_the_bin(project, notes):
    with pytest.raises(InvalidValueError):
        project.merging.merge(notes[0].id, notes[0].id)
    project.notes.delete([notes[1].id])
    with pytest.raises(InvalidValueError):
        project.merging.merge(notes[0].id, notes[1].id)


# --- synthesis and key quotes ---------------------------------------------------------------


def test_the_synthesis_is_kept_as_typed_and_survives_reopening(project, notes, themes):
    theme = themes[4]
    project.synthesis.save_text(theme.id, "Många vittnar om <b>ojämn</b> täckning & långsamt bredband.")
    project.synthesis.add_quote(theme.id, notes[2].id)
    project.synthesis.add_quote(theme.id, notes[0].id)
    project.synthesis.add_quote(theme.id, notes[2].id)  # picking twice keeps one
    project.synthesis.order_quotes(theme.id, [notes[0].id, notes[2].id])
    path = project.path
    project.close()
    with Project.open(path, user="bertil") as again:
        synthesis = again.synthesis.get(theme.id)
    assert synthesis.text == "Många vittnar om <b>ojämn</b> täckning & långsamt bredband."
    assert synthesis.quotes == (notes[0].id, notes[2].id)
    assert synthesis.updated_by == "anna" and synthesis.updated_at.tzinfo is not None


def test_a_theme_without_synthesis_reads_empty(project, themes):
    synthesis = project.synthesis.get(themes[0].id)
    assert (synthesis.text, synthesis.quotes, synthesis.updated_at) == ("", (), None)


def test_quotes_can_be_removed_and_must_be_ordered_whole(project, notes, themes):
    theme = themes[0]
    project.synthesis.add_quote(theme.id, notes[0].id)
    project.synthesis.add_quote(theme.id, notes[1].id)
    with pytest.raises(InvalidValueError):
        project.synthesis.order_quotes(theme.id, [notes[1].id])
    project.synthesis.remove_quote(theme.id, notes[0].id)
    assert project.synthesis.get(theme.id).quotes == (notes[1].id,)


def test_a_note_in_the_bin_cannot_be_a_quote(project, notes, themes):
    project.notes.delete([notes[0].id])
    with pytest.raises(InvalidValueError):
        project.synthesis.add_quote(themes[0].id, notes[0].id)
    with pytest.raises(NotFoundError):
        project.synthesis.get(uuid.uuid4())


# --- saved filters --------------------------------------------------------------------------


def test_a_filter_is_saved_under_a_name_and_read_back_equal(project, meeting, themes):
    wanted = NoteFilter(
        text="bredband", dialogue_ids=frozenset({meeting.id}), theme_ids=frozenset({themes[4].id}),
        statuses=frozenset({"approved", "reviewed"}), untagged=False, key_quotes_only=True,
        created_from=datetime(2026, 3, 1, tzinfo=timezone.utc),
    )
    project.saved_filters.save("Godkända om infrastruktur", wanted)
    project.saved_filters.save("Alla nyckelcitat", NoteFilter(key_quotes_only=True))
    assert project.saved_filters.names() == ["Alla nyckelcitat", "Godkända om infrastruktur"]
    assert project.saved_filters.get("Godkända om infrastruktur") == wanted
    project.saved_filters.delete("Alla nyckelcitat")
    assert project.saved_filters.names() == ["Godkända om infrastruktur"]
    with pytest.raises(NotFoundError):
        project.saved_filters.get("Alla nyckelcitat")


# --- what the review table asks for -----------------------------------------------------------


def test_key_quotes_are_marked_in_bulk_and_undone_note_by_note(project, notes):
    project.notes.update(notes[0].id, key_quote=True)
    project.history.clear()
    changed = project.notes.set_key_quote([n.id for n in notes[:3]], True)
    assert changed == 2  # the first already was one
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("key_quote", 2)
    project.history.undo()
    assert [project.notes.get(n.id).key_quote for n in notes[:3]] == [True, False, False]
    project.history.redo()
    assert all(project.notes.get(n.id).key_quote for n in notes[:3])
    assert any(e.action == "edit" and e.detail == {"key_quote": True} for e in project.notes.events(notes[1].id))


def test_row_numbers_lead_to_ids_and_records_in_the_order_asked(project, notes):
    keys = project.notes.keys()
    assert keys == [project.notes.get(n.id).seq for n in reversed(notes)]  # newest first
    assert project.notes.ids_of_keys([keys[2], keys[0], 999_999]) == [notes[2].id, notes[4].id]
    project.notes.delete([notes[4].id])
    records = project.notes.records_by_keys(keys)
    assert set(records) == set(keys[1:])  # a note in the bin is left out
    assert records[keys[1]].text == notes[3].text and records[keys[1]].id == notes[3].id


def test_a_limited_listing_is_the_start_of_the_whole_one(project, notes):
    whole = project.notes.keys(NoteFilter(text="bredband"), "text", False)
    assert project.notes.keys(NoteFilter(text="bredband"), "text", False, limit=2) == whole[:2]
    assert project.notes.keys(limit=0) == []


@pytest.mark.parametrize("sort", ["created_at", "text", "dialogue", "question", "group", "kind", "votes",
                                  "key_quote", "status"])
def test_the_listing_read_through_the_driver_matches_the_orm(project, notes, sort):
    """``keys`` reads row numbers straight from sqlite3; ``ids`` through SQLAlchemy: same order."""
    project.notes.update(notes[1].id, votes=3)
    note_filter = NoteFilter(dialogue_ids=frozenset({notes[0].dialogue_id}), statuses=frozenset({"captured"}))
    for descending in (True, False):
        keys = project.notes.keys(note_filter, sort, descending)
        assert project.notes.ids_of_keys(keys) == project.notes.ids(note_filter, sort, descending)


def test_a_first_screen_of_a_themes_notes_is_the_start_of_all_of_them(project, notes, themes):
    project.tagging.tag([n.id for n in notes[1:4]], themes[0].id)
    note_filter = NoteFilter(theme_ids=frozenset({themes[0].id}), statuses=frozenset({"captured"}))
    whole = project.notes.keys(note_filter)
    assert len(whole) == 3
    assert project.notes.keys(note_filter, limit=2) == whole[:2]
