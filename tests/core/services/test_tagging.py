"""Putting themes on notes and taking them off, one or many at a time, with undo that remembers who."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter


@pytest.fixture
def themes(project):
    national = project.frameworks.active_framework()
    return {t.code: t for t in project.frameworks.themes(national.id)}


def test_tagging_one_note_records_who_when_and_how(project, meeting, themes):
    # given
    note = project.notes.add(meeting.id, "Kurser i digital kompetens för äldre")
    # when
    added = project.tagging.tag([note.id], themes["1"].id)
    # then
    assert added == 1
    assert [t.code for t in project.tagging.themes_of(note.id)] == ["1"]
    (tagging,) = project.tagging.taggings_of(note.id)
    assert (tagging.tagged_by, tagging.origin) == ("anna", "typed")
    assert tagging.tagged_at.utcoffset() == timedelta(0)
    (event,) = project.notes.events(note.id)
    assert (event.action, event.detail["theme_id"], event.by) == ("tag", str(themes["1"].id), "anna")


def test_tagging_twice_adds_nothing_the_second_time(project, meeting, themes):
    # given
    note = project.notes.add(meeting.id, "Bredband")
    project.tagging.tag([note.id], themes["5"].id)
    steps_before = project.history.next_undo
    # when
    again = project.tagging.tag([note.id, note.id], themes["5"].id)
    # then
    assert again == 0
    assert project.history.next_undo is steps_before
    assert len(project.tagging.taggings_of(note.id)) == 1


def test_bulk_tagging_many_notes_is_one_undoable_step(seeded_project):
    # given
    national = seeded_project.frameworks.active_framework()
    security = seeded_project.frameworks.find_theme(national.id, "Digital trygghet")
    all_ids = seeded_project.notes.ids()
    lacking = set(all_ids) - set(seeded_project.notes.ids(NoteFilter(theme_ids=frozenset({security.id}))))
    # when
    added = seeded_project.tagging.tag(all_ids, security.id)
    # then
    assert added == len(lacking) > 50
    assert seeded_project.notes.count(NoteFilter(theme_ids=frozenset({security.id}))) == 150
    step = seeded_project.history.next_undo
    assert (step.action, step.count) == ("tag", len(lacking))
    # when
    seeded_project.history.undo()
    # then
    now_tagged = set(seeded_project.notes.ids(NoteFilter(theme_ids=frozenset({security.id}))))
    assert now_tagged == set(all_ids) - lacking
    # when
    seeded_project.history.redo()
    # then
    assert seeded_project.notes.count(NoteFilter(theme_ids=frozenset({security.id}))) == 150


def test_bulk_untag_and_undo_restore_who_tagged_when_and_how(project_path):
    # given: Anna tags from a suggestion; later Bertil opens the project and untags
    path = project_path("two-people")
    with Project.create(path, user="anna") as anna:
        meeting = anna.dialogues.create("Workshop")
        ids = [anna.notes.add(meeting.id, f"Idé {n} om e-tjänster").id for n in range(30)]
        theme = anna.frameworks.find_theme(anna.frameworks.active_framework().id, "4")
        anna.tagging.tag(ids, theme.id, origin="suggestion")
        original = {t.note_id: (t.tagged_by, t.tagged_at, t.origin) for i in ids for t in anna.tagging.taggings_of(i)}
    with Project.open(path, user="bertil") as bertil:
        # when
        removed = bertil.tagging.untag(ids[:20], theme.id)
        # then
        assert removed == 20
        step = bertil.history.next_undo
        assert (step.action, step.count) == ("untag", 20)
        assert all(bertil.tagging.themes_of(i) == [] for i in ids[:20])
        assert bertil.notes.events(ids[0])[-1].action == "untag"
        assert bertil.notes.events(ids[0])[-1].by == "bertil"
        # when
        bertil.history.undo()
        # then
        restored = {t.note_id: (t.tagged_by, t.tagged_at, t.origin) for i in ids for t in bertil.tagging.taggings_of(i)}
        assert restored == original
        assert all(v[0] == "anna" and v[2] == "suggestion" for v in restored.values())
        assert bertil.notes.events(ids[0])[-1].action == "tag"
        # when
        bertil.history.redo()
        # then
        assert sum(len(bertil.tagging.themes_of(i)) for i in ids) == 10


def test_untagging_notes_without_the_theme_changes_nothing(project, meeting, themes):
    # given
    note = project.notes.add(meeting.id, "Otaggad")
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    removed = project.tagging.untag([note.id], themes["2"].id)
    # then
    assert removed == 0
    assert project.history.next_undo is None


def test_notes_in_the_bin_are_not_tagged(project, meeting, themes):
    # given
    live = project.notes.add(meeting.id, "Levande")
    binned = project.notes.add(meeting.id, "Slängd")
    project.notes.delete([binned.id])
    # when
    added = project.tagging.tag([live.id, binned.id], themes["3"].id)
    # then
    assert added == 1
    assert project.tagging.themes_of(binned.id) == []


def test_tagging_with_an_unknown_theme_or_origin_is_refused(project, meeting, themes):
    # given
    note = project.notes.add(meeting.id, "Text")
    project.history.clear()  # what the given set up is history; the step under test is new
    # when / then
    with pytest.raises(NotFoundError):
        project.tagging.tag([note.id], uuid.uuid4())
    with pytest.raises(InvalidValueError):
        project.tagging.tag([note.id], themes["1"].id, origin="guess")
    with pytest.raises(InvalidValueError):
        project.tagging.tag(["nonsense"], themes["1"].id)
    assert project.tagging.taggings_of(note.id) == []
    assert project.history.next_undo is None


def test_a_note_can_carry_themes_of_several_frameworks(project_path):
    # given
    with Project.create(project_path("multi"), frameworks=["se-digital-2017", "eu-digital-decade"]) as project:
        meeting = project.dialogues.create("Hearing")
        note = project.notes.add(meeting.id, "Molntjänster för småföretag")
        national, eu = project.frameworks.frameworks()
        innovation = project.frameworks.find_theme(national.id, "3")
        businesses = project.frameworks.find_theme(eu.id, "3")
        # when
        project.tagging.tag([note.id], innovation.id)
        project.tagging.tag([note.id], businesses.id)
        # then
        assert {t.id for t in project.tagging.themes_of(note.id)} == {innovation.id, businesses.id}
        assert set(project.tagging.themes_by_note([note.id])[note.id]) == {innovation.id, businesses.id}


def test_undo_steps_run_back_in_order_across_edits_deletions_and_tags(project, meeting, themes):
    # given
    note = project.notes.add(meeting.id, "Första")
    project.tagging.tag([note.id], themes["1"].id)
    project.notes.update(note.id, text="Andra")
    project.notes.delete([note.id])
    # when
    actions = [project.history.undo().action for _ in range(3)]
    # then
    assert actions == ["delete", "edit", "tag"]
    stored = project.notes.get(note.id)
    assert (stored.text, stored.deleted_at) == ("Första", None)
    assert project.tagging.themes_of(note.id) == []


def test_imported_taggings_are_not_an_undoable_step(project, meeting, themes):
    # given
    ids = [project.notes.add(meeting.id, f"Rad {n}").id for n in range(10)]
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    stored = project.tagging.import_many([(i, themes["2"].id) for i in ids] * 2)
    # then
    assert stored == 10
    assert project.notes.count(NoteFilter(theme_ids=frozenset({themes["2"].id}))) == 10
    assert project.history.next_undo is None


def test_the_untagged_filter_finds_notes_without_any_theme(project, meeting, themes):
    # given
    tagged = project.notes.add(meeting.id, "Taggad")
    untagged = project.notes.add(meeting.id, "Otaggad")
    project.tagging.tag([tagged.id], themes["1"].id)
    # when / then
    assert project.notes.ids(NoteFilter(untagged=True)) == [untagged.id]
    assert project.notes.ids(NoteFilter(theme_ids=frozenset({themes["1"].id}))) == [tagged.id]
