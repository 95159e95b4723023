"""Counting what was heard: notes per theme × stakeholder group × dialogue, matching a hand count."""

from __future__ import annotations

import pytest

from dialog_app.core.project import Project
from dialog_app.core.store.identity import SCHEMA_VERSION
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.services.stats import StatsService


@pytest.fixture
def small(project_path):
    """Two dialogues, two groups and seven notes, counted by hand in the tests below.

    | note | dialogue | group  | national themes | other |
    |------|----------|--------|-----------------|-------|
    | n1   | meeting  | civil  | 1               |       |
    | n2   | meeting  | civil  | 1, 2            |       |
    | n3   | meeting  | muni   | 2               |       |
    | n4   | meeting  | (none) | -               |       |
    | n5   | workshop | muni   | 1               |       |
    | n6   | workshop | muni   | -               | EU 1  |
    | n7   | workshop | civil  | 1  (in the bin) |       |
    """
    project = Project.create(project_path("stats"), frameworks=["se-digital-2017", "eu-digital-decade"])
    national, eu = project.frameworks.frameworks()
    t1 = project.frameworks.find_theme(national.id, "1")
    t2 = project.frameworks.find_theme(national.id, "2")
    eu1 = project.frameworks.find_theme(eu.id, "1")
    civil = project.participation.find_group("civil_society")
    muni = project.participation.find_group("municipality")
    meeting = project.dialogues.create("Dialogmöte")
    workshop = project.dialogues.create("Workshop")
    add = project.notes.add
    n1 = add(meeting.id, "n1", group_id=civil.id)
    n2 = add(meeting.id, "n2", group_id=civil.id)
    n3 = add(meeting.id, "n3", group_id=muni.id)
    add(meeting.id, "n4")
    n5 = add(workshop.id, "n5", group_id=muni.id)
    n6 = add(workshop.id, "n6", group_id=muni.id)
    n7 = add(workshop.id, "n7", group_id=civil.id)
    project.tagging.tag([n1.id, n2.id, n5.id, n7.id], t1.id)
    project.tagging.tag([n2.id, n3.id], t2.id)
    project.tagging.tag([n6.id], eu1.id)
    project.notes.delete([n7.id])
    ids = {
        "national": national.id, "eu": eu.id, "t1": t1.id, "t2": t2.id, "eu1": eu1.id,
        "civil": civil.id, "muni": muni.id, "meeting": meeting.id, "workshop": workshop.id,
    }
    yield project, ids
    project.close()


def test_counts_per_theme_group_and_dialogue_match_a_hand_count(small):
    # given
    project, i = small
    # when
    rows = project.stats.counts(i["national"])
    # then
    counted = {(r.theme_id, r.group_id, r.dialogue_id): r.notes for r in rows}
    assert counted == {
        (i["t1"], i["civil"], i["meeting"]): 2,  # n1, n2
        (i["t2"], i["civil"], i["meeting"]): 1,  # n2
        (i["t2"], i["muni"], i["meeting"]): 1,  # n3
        (None, None, i["meeting"]): 1,  # n4
        (i["t1"], i["muni"], i["workshop"]): 1,  # n5
        (None, i["muni"], i["workshop"]): 1,  # n6: only a theme of another framework
    }


def test_counts_fold_into_theme_by_group_and_theme_by_dialogue(small):
    # given
    project, i = small
    rows = project.stats.counts(i["national"])
    # when / then
    assert StatsService.matrix(rows) == {
        (i["t1"], i["civil"]): 2, (i["t1"], i["muni"]): 1,
        (i["t2"], i["civil"]): 1, (i["t2"], i["muni"]): 1,
        (None, None): 1, (None, i["muni"]): 1,
    }
    assert StatsService.matrix(rows, by="dialogue_id") == {
        (i["t1"], i["meeting"]): 2, (i["t1"], i["workshop"]): 1,
        (i["t2"], i["meeting"]): 2, (None, i["meeting"]): 1, (None, i["workshop"]): 1,
    }
    assert StatsService.per_theme(rows) == {i["t1"]: 3, i["t2"]: 2, None: 2}


def test_counts_for_another_framework_see_only_its_themes(small):
    # given
    project, i = small
    # when
    per_theme = StatsService.per_theme(project.stats.counts(i["eu"]))
    # then
    assert per_theme == {i["eu1"]: 1, None: 5}


def test_counts_follow_the_note_filter(small):
    # given
    project, i = small
    # when
    rows = project.stats.counts(i["national"], NoteFilter(dialogue_ids=frozenset({i["workshop"]})))
    # then
    assert StatsService.per_theme(rows) == {i["t1"]: 1, None: 1}


def test_untagging_and_undo_change_the_counts(small):
    # given
    project, i = small
    n1 = project.notes.ids(NoteFilter(text="n1"))
    # when
    project.tagging.untag(n1, i["t1"])
    # then
    assert StatsService.per_theme(project.stats.counts(i["national"]))[i["t1"]] == 2
    # when
    project.history.undo()
    # then
    assert StatsService.per_theme(project.stats.counts(i["national"]))[i["t1"]] == 3


def test_the_demo_counts_agree_with_the_note_filters(seeded_project):
    # given
    national = seeded_project.frameworks.active_framework()
    # when
    per_theme = StatsService.per_theme(seeded_project.stats.counts(national.id))
    # then
    assert per_theme[None] == seeded_project.notes.count(NoteFilter(untagged=True))
    for theme in seeded_project.frameworks.themes(national.id):
        assert per_theme.get(theme.id, 0) == seeded_project.notes.count(NoteFilter(theme_ids=frozenset({theme.id})))


def test_the_project_summary_counts_what_the_project_holds(small):
    # given
    project, _ = small
    # when
    counts = project.summary()
    # then
    assert counts["dialogues"] == 2
    assert counts["notes"] == 6 and counts["deleted_notes"] == 1
    assert counts["tagged_notes"] == 5  # n1, n2, n3, n5, n6 (n7 is in the bin)
    assert counts["frameworks"] == 2
    assert counts["schema_version"] == SCHEMA_VERSION
