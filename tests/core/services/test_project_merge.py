"""Merging table projects back (issue 13, first part): by id, the later version winning, the other
version kept in the note's history; the same file twice changes nothing; either direction gives
the same notes."""

from __future__ import annotations

import time

import pytest

from dialog_app.core.project import Project
from dialog_app.core.services.project_merging import SameProjectError
from dialog_app.core.table_projects import plan_tables


@pytest.fixture
def tables(project, tmp_path):
    """Two table projects of a master with one dialogue and its question."""
    dialogue = project.dialogues.create_with_questions("Dialogmöte om e-tjänster", [("Vad saknas?", 20)])
    paths = project.prepare_tables(plan_tables(project.path, 2, tmp_path / "bord"))
    return dialogue.id, paths


def content(project: Project) -> dict:
    """What a user sees of the notes: text, status, votes, themes; and the note history's kept texts."""
    notes = {}
    for note_id in project.notes.ids(None):
        note = project.notes.get(note_id)
        themes = sorted(t.code or t.name for t in project.tagging.themes_of(note_id))
        notes[note_id] = (note.text, note.status, note.votes, note.table_label, tuple(themes))
    kept = {note_id: sorted((e.detail or {}).get("text", "") for e in project.notes.events(note_id)
                            if e.action == "merge_superseded") for note_id in notes}
    return {"notes": notes, "kept": kept, "dialogues": sorted(d.title for d in project.dialogues.list())}


def test_notes_from_two_tables_come_together_once(tables):
    dialogue_id, (one, two) = tables
    with Project.open(one) as first:
        first.notes.add(dialogue_id, "Fler e-tjänster på lätt svenska", table_label="Bord 1")
    with Project.open(two) as second:
        second.notes.add(dialogue_id, "Bank-id är svårt för många äldre", table_label="Bord 2")
    with Project.open(one) as first:
        result = first.project_merge.merge(two)
        assert result.counts.added["note"] == 1
        again = first.project_merge.merge(two)
        assert not again.counts.changed
        texts = sorted(n[0] for n in content(first)["notes"].values())
        assert texts == ["Bank-id är svårt för många äldre", "Fler e-tjänster på lätt svenska"]
        assert [hit.text for hit in first.search.search("bank")] == ["Bank-id är svårt för många äldre"]
        assert first.check() == []
        assert first.table_label == "Bord 1"  # settings stay this project's own


def test_either_direction_gives_the_same_content_and_keeps_both_versions(tables, tmp_path):
    dialogue_id, (one, two) = tables
    with Project.open(one) as first:
        note = first.notes.add(dialogue_id, "Bredband i hela länet")
        theme = first.frameworks.themes(first.frameworks.frameworks()[0].id)[0]
    # the note reaches the second table by a merge, then both edit it
    with Project.open(two) as second:
        second.project_merge.merge(one)
        second.notes.update(note.id, text="Bredband i hela länet, även i skärgården")
    time.sleep(0.01)
    with Project.open(one) as first:
        first.notes.update(note.id, text="Snabbt bredband i hela länet")
        first.tagging.tag([note.id], theme.id)
    copies = []
    for mine, theirs in ((one, two), (two, one)):
        target = tmp_path / f"copy-{mine.stem}.dialog"
        with Project.open(mine) as project:
            project.prepare_tables(plan_tables(mine, 1, tmp_path / mine.stem))  # a plain copy of this state
        copy = next((tmp_path / mine.stem).iterdir())
        copy.rename(target)
        with Project.open(target) as project:
            result = project.project_merge.merge(theirs)
            assert result.counts.superseded_notes == [note.id.hex]  # the losing version is news once
            copies.append(content(project))
            assert project.notes.get(note.id).text == "Snabbt bredband i hela länet"  # the later edit wins
            assert [hit.text for hit in project.search.search("skärgården")] == []  # the index follows the text
            assert project.check() == []
    assert copies[0] == copies[1]
    assert copies[0]["kept"][note.id] == ["Bredband i hela länet, även i skärgården"]


def test_a_dry_run_reports_and_stores_nothing(tables):
    dialogue_id, (one, two) = tables
    with Project.open(two) as second:
        second.notes.add(dialogue_id, "Digitala ombud på biblioteken")
    with Project.open(one) as first:
        before = content(first)
        result = first.project_merge.merge(two, dry_run=True)
        assert result.counts.added["note"] == 1
        assert content(first) == before


def test_a_project_is_not_merged_into_itself(tables):
    _dialogue_id, (one, _two) = tables
    with Project.open(one) as first, pytest.raises(SameProjectError):
        first.project_merge.merge(one)


def test_a_deletion_and_a_later_restore_carry_over_by_time(tables):
    dialogue_id, (one, two) = tables
    with Project.open(one) as first:
        kept = first.notes.add(dialogue_id, "Fiber till varje by")
        gone = first.notes.add(dialogue_id, "Dubblett av förra")
    with Project.open(two) as second:
        second.project_merge.merge(one)
        second.notes.delete([gone.id, kept.id])
    time.sleep(0.01)
    with Project.open(one) as first:
        first.project_merge.merge(two)
        assert set(first.notes.ids(None)) == set()  # both deletions came over
        first.notes.restore([kept.id])  # then the first laptop takes one back out of the bin
    with Project.open(two) as second:
        second.project_merge.merge(one)
        assert set(second.notes.ids(None)) == {kept.id}  # the later restore wins
    with Project.open(one) as first:
        assert not first.project_merge.merge(two).counts.changed


def test_a_text_edited_on_one_laptop_and_a_status_set_on_another_both_survive(tables, tmp_path):
    dialogue_id, (one, two) = tables
    with Project.open(one) as first:
        note = first.notes.add(dialogue_id, "Digital hjälp på biblioteket")
    with Project.open(two) as second:
        second.project_merge.merge(one)
        second.notes.set_status([note.id], "reviewed")
    time.sleep(0.01)
    with Project.open(one) as first:
        first.notes.update(note.id, text="Digital hjälp på biblioteket, även på lördagar", votes=3)
    results = []
    for mine, theirs in ((one, two), (two, one)):
        with Project.open(mine) as project:
            merge = project.project_merge.merge(theirs)
            assert merge.counts.superseded_notes == []  # no text was edited on both sides
            got = project.notes.get(note.id)
            results.append((got.text, got.status, got.votes))
    assert results == [("Digital hjälp på biblioteket, även på lördagar", "reviewed", 3)] * 2


def test_projects_made_apart_recognise_their_default_groups_and_preset_frameworks(project_path):
    """Two laptops that each made a new project (not prepared from one master): the default groups
    and the preset framework are the same things under other ids, and are taken as one."""
    with Project.create(project_path("a")) as first, Project.create(project_path("b")) as second:
        dialogue = second.dialogues.create("Workshop i Gävle")
        framework = second.frameworks.frameworks()[0]
        theme = second.frameworks.themes(framework.id)[0]
        group = second.participation.groups()[0]
        note = second.notes.add(dialogue.id, "Mer stöd till föreningar", group_id=group.id)
        second.tagging.tag([note.id], theme.id)
        other = second.path
    with Project.open(project_path("a")) as first:
        groups, frameworks = first.participation.groups(), first.frameworks.frameworks()
        first.project_merge.merge(other)
        assert [g.id for g in first.participation.groups()] == [g.id for g in groups]
        assert [f.id for f in first.frameworks.frameworks()] == [f.id for f in frameworks]
        merged = first.notes.get(note.id)
        assert merged.group_id == groups[0].id
        assert [t.code for t in first.tagging.themes_of(note.id)] == [theme.code]
        assert first.check() == []
