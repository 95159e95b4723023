"""Notes by their export reference ("D2-017"): the same numbers the exports print, stable when
notes go to the bin, and errors that say which references exist."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from dialog_app.core.errors import AmbiguousError, InvalidValueError, NotFoundError
from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions


def test_references_are_the_ones_the_export_prints(seeded_project):
    # given
    seeded_project.notes.set_status(seeded_project.notes.ids(), "approved")
    report = gather(seeded_project, ExportOptions(include_personal_data=True))
    # when
    refs = seeded_project.note_refs.refs(note.id for note in report.notes)
    # then
    assert len(report.notes) == 150
    assert refs == {note.id: note.ref for note in report.notes}
    assert seeded_project.note_refs.resolve([note.ref for note in report.notes]) == [n.id for n in report.notes]


@pytest.fixture
def two_dialogues(empty_project):
    later = empty_project.dialogues.create("Senare", starts_at=datetime(2026, 5, 1, tzinfo=timezone.utc))
    earlier = empty_project.dialogues.create("Tidigare", starts_at=datetime(2026, 4, 1, tzinfo=timezone.utc))
    notes = [empty_project.notes.add(earlier.id, f"Inspel {n}").id for n in range(3)]
    notes.append(empty_project.notes.add(later.id, "Senare inspel").id)
    return empty_project, notes


def test_dialogues_count_in_date_order_and_a_binned_note_keeps_its_number(two_dialogues):
    project, notes = two_dialogues
    project.notes.delete([notes[1]])
    assert project.note_refs.refs(notes) == {notes[0]: "D1-001", notes[1]: "D1-002", notes[2]: "D1-003",
                                             notes[3]: "D2-001"}
    assert project.note_refs.resolve(["d1-3", "D2-001", "D1-003"]) == [notes[2], notes[3]]
    with pytest.raises(InvalidValueError, match="^note D1-002 is in the bin; restore it first$"):
        project.note_refs.resolve(["D1-002"])


def test_ids_and_id_prefixes_name_notes_too(two_dialogues):
    project, notes = two_dialogues
    assert project.note_refs.resolve([str(notes[0]), notes[3].hex[:8]]) == [notes[0], notes[3]]


@pytest.mark.parametrize(("key", "says"), [
    ("D3-001", "no note D3-001: the project's dialogues are D1 to D2"),
    ("D1-004", "no note D1-004: D1 has notes D1-001 to D1-003"),
    ("bredband", "no note bredband (give a reference such as D2-017, or a note's id)"),
])
def test_a_reference_to_no_note_says_which_exist(two_dialogues, key, says):
    project, _notes = two_dialogues
    with pytest.raises(NotFoundError) as raised:
        project.note_refs.resolve([key])
    assert str(raised.value) == says


def test_a_shared_id_prefix_is_ambiguous(two_dialogues):
    # given: a numbering with a second note whose id starts like the first's
    project, notes = two_dialogues
    numbering = project.note_refs.numbering()
    twin = uuid.UUID(notes[0].hex[:8] + "0" * 24)
    numbering = replace(numbering, refs={**numbering.refs, twin: "D9-001"})
    # then
    with pytest.raises(AmbiguousError, match="2 notes match"):
        project.note_refs.resolve([notes[0].hex[:8]], numbering=numbering)
