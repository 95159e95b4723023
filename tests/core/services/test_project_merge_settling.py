"""What a merge settles besides notes (issue 13): a tag removed on one laptop, two themes of one
name made apart, and the merge as one undo step."""

from __future__ import annotations

import time

import pytest

from dialog_app.core.project import Project
from dialog_app.core.services.merge_themes import KEEP_BOTH, MAKE_ONE
from dialog_app.core.services.project_merging import ThemesToSettle
from dialog_app.core.table_projects import plan_tables


@pytest.fixture
def tables(project, tmp_path):
    """Two table projects of a master with one dialogue, one note and the region's own framework."""
    dialogue = project.dialogues.create_with_questions("Dialogmöte om kompetens", [("Vad behövs?", 20)])
    note = project.notes.add(dialogue.id, "Fler utbildningar i digital kompetens")
    framework = project.frameworks.create("Regionens mål")
    project.frameworks.add_theme(framework.id, "Infrastruktur")
    paths = project.prepare_tables(plan_tables(project.path, 2, tmp_path / "bord"))
    return dialogue.id, note.id, framework.id, paths


def themes_of(project: Project, note_id) -> list[str]:
    return sorted(t.name for t in project.tagging.themes_of(note_id))


def tagged_at_both(tables) -> object:
    """The note tagged at the first table, and the second table merged with it: the theme."""
    _dialogue_id, note_id, framework_id, (one, two) = tables
    with Project.open(one) as first:
        theme = first.frameworks.themes(framework_id)[0]
        first.tagging.tag([note_id], theme.id)
    with Project.open(two) as second:
        second.project_merge.merge(one)
        assert themes_of(second, note_id) == ["Infrastruktur"]
    return theme


def test_a_tag_removed_on_one_laptop_stays_removed_and_is_listed(tables):
    _dialogue_id, note_id, _framework_id, (one, two) = tables
    theme = tagged_at_both(tables)
    time.sleep(0.01)
    with Project.open(one) as first:
        first.tagging.untag([note_id], theme.id)  # the first table takes it off again, later
    for mine, theirs in ((two, one), (one, two)):
        with Project.open(mine) as project:
            result = project.project_merge.merge(theirs)
            assert themes_of(project, note_id) == []
            assert project.check() == []
            if mine == two:
                assert [(t.note_id, t.kept) for t in result.counts.settled_tags] == [(note_id.hex, False)]
                assert result.counts.removed["tagging"] == 1
            else:
                assert not result.counts.changed  # the removal was already here


def test_a_tag_put_back_after_the_removal_elsewhere_stays(tables):
    _dialogue_id, note_id, _framework_id, (one, two) = tables
    theme = tagged_at_both(tables)
    with Project.open(two) as second:
        second.tagging.untag([note_id], theme.id)
    time.sleep(0.01)
    with Project.open(one) as first:
        first.tagging.untag([note_id], theme.id)
        first.tagging.tag([note_id], theme.id)  # tagged again, after the second table's removal
    for mine, theirs in ((two, one), (one, two)):
        with Project.open(mine) as project:
            project.project_merge.merge(theirs)
            assert themes_of(project, note_id) == ["Infrastruktur"]


def add_same_theme_apart(one, two, framework_id, note_id) -> None:
    """Each table adds "Kompetens" to the region's framework; the second tags the note with it."""
    with Project.open(one) as first:
        first.frameworks.add_theme(framework_id, "Kompetens", colour="#22AA66")
    with Project.open(two) as second:
        theme = second.frameworks.add_theme(framework_id, "kompetens", colour="#AA6622")
        second.tagging.tag([note_id], theme.id)
        second.synthesis.save_text(theme.id, "Många vill lära sig mer.")


def test_two_themes_of_one_name_stop_the_merge_until_settled(tables):
    _dialogue_id, note_id, framework_id, (one, two) = tables
    add_same_theme_apart(one, two, framework_id, note_id)
    with Project.open(one) as first:
        before = sorted(t.name for t in first.frameworks.themes(framework_id))
        preview = first.project_merge.merge(two, dry_run=True)
        (conflict,) = preview.counts.theme_conflicts
        assert (conflict.name, conflict.framework, conflict.choice) == ("kompetens", "Regionens mål", None)
        with pytest.raises(ThemesToSettle) as refused:
            first.project_merge.merge(two)
        assert [c.their_id for c in refused.value.conflicts] == [conflict.their_id]
        assert sorted(t.name for t in first.frameworks.themes(framework_id)) == before  # nothing came in
        assert first.history.next_undo is None


def test_make_one_joins_the_themes_and_is_remembered(tables):
    _dialogue_id, note_id, framework_id, (one, two) = tables
    add_same_theme_apart(one, two, framework_id, note_id)
    with Project.open(one) as first:
        conflict = first.project_merge.merge(two, dry_run=True).counts.theme_conflicts[0]
        result = first.project_merge.merge(two, choices={conflict.their_id: MAKE_ONE})
        assert result.counts.theme_conflicts[0].choice == MAKE_ONE
        names = [t.name for t in first.frameworks.themes(framework_id)]
        assert names.count("Kompetens") == 1 and "kompetens" not in names
        ours = next(t for t in first.frameworks.themes(framework_id) if t.name == "Kompetens")
        assert themes_of(first, note_id) == ["Kompetens"]  # the other table's tag came to our theme
        assert first.synthesis.get(ours.id).text == "Många vill lära sig mer."
        again = first.project_merge.merge(two)  # no question the second time, and nothing new
        assert again.counts.theme_conflicts == [] and not again.counts.changed
        assert first.check() == []


def test_keep_both_adds_the_other_theme_beside_ours(tables):
    _dialogue_id, note_id, framework_id, (one, two) = tables
    add_same_theme_apart(one, two, framework_id, note_id)
    with Project.open(one) as first:
        conflict = first.project_merge.merge(two, dry_run=True).counts.theme_conflicts[0]
        first.project_merge.merge(two, choices={conflict.their_id: KEEP_BOTH})
        names = sorted(t.name for t in first.frameworks.themes(framework_id))
        assert names == ["Infrastruktur", "Kompetens", "kompetens"]
        assert not first.project_merge.merge(two).counts.changed


def snapshot(project: Project) -> dict:
    notes = {}
    for note_id in project.notes.ids(None):
        note = project.notes.get(note_id)
        notes[note_id] = (note.text, note.status, tuple(themes_of(project, note_id)),
                          len(project.notes.events(note_id)))
    return {"notes": notes, "dialogues": sorted(d.title for d in project.dialogues.list()),
            "themes": sorted(t.name for f in project.frameworks.frameworks() for t in project.frameworks.themes(f.id)),
            "search": sorted(hit.text for hit in project.search.search("kompetens"))}


def test_a_merge_is_one_undo_step_that_takes_back_all_of_it(tables):
    dialogue_id, note_id, framework_id, (one, two) = tables
    with Project.open(two) as second:
        second.dialogues.create("Workshop om kompetens")
        second.notes.add(dialogue_id, "Kompetens inom AI behövs i kommunerna")
        second.notes.update(note_id, text="Fler utbildningar i digital kompetens för äldre")
        theme = second.frameworks.themes(framework_id)[0]
        second.tagging.tag([note_id], theme.id)
    time.sleep(0.01)
    with Project.open(one) as first:
        first.tagging.tag([note_id], theme.id)
        time.sleep(0.01)
        first.tagging.untag([note_id], theme.id)  # a later removal: the second table's tag is taken off
        first.notes.update(note_id, text="Fler utbildningar i digital kompetens, även på kvällar")
        before = snapshot(first)
        result = first.project_merge.merge(two)
        assert result.counts.changed and result.counts.superseded_notes == [note_id.hex]
        merged = snapshot(first)
        assert merged != before
        step = first.history.undo()
        assert step.action == "merge_projects"
        assert snapshot(first) == before
        assert first.check() == []
        first.history.redo()
        assert snapshot(first) == merged
        assert first.check() == []


def test_a_merge_undone_under_a_later_note_and_redone_keeps_both(tables):
    """A note typed after the merge, undone (to the bin), then the merge undone and both redone:
    the merged notes take new index numbers, none taken twice."""
    dialogue_id, _note_id, _framework_id, (one, two) = tables
    with Project.open(two) as second:
        for n in range(3):
            second.notes.add(dialogue_id, f"Kompetens {n} från bord två")
    with Project.open(one) as first:
        first.project_merge.merge(two)
        later = first.notes.add(dialogue_id, "Skriven efter sammanslagningen om kompetens")
        merged = snapshot(first)
        first.history.undo()
        first.history.undo()
        assert len(snapshot(first)["search"]) == 1
        first.history.redo()
        first.history.redo()
        assert without_history(snapshot(first)) == without_history(merged)  # the bin and back leave two events
        assert later.id in first.notes.ids(None)
        assert first.check() == []


def without_history(seen: dict) -> dict:
    return {**seen, "notes": {k: v[:3] for k, v in seen["notes"].items()}}


def test_a_cancelled_merge_stores_nothing_and_records_no_step(tables):
    from dialog_app.core.jobs import Cancelled, Job

    dialogue_id, _note_id, _framework_id, (one, two) = tables
    with Project.open(two) as second:
        second.notes.add(dialogue_id, "Kompetens för chefer")
    with Project.open(one) as first:
        before = snapshot(first)
        job = Job(lambda done, total: done >= total // 2 and job.cancel())
        with pytest.raises(Cancelled):
            first.project_merge.merge(two, job=job)
        assert snapshot(first) == before and first.history.next_undo is None
        assert first.check() == []
