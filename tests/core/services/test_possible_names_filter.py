"""The review's filter on notes with undecided possible names: narrowed to those notes' ids before
any SQL (the detector reads text, not columns), and the names per note a table page shows."""

from __future__ import annotations

import pytest

from dialog_app.core.services.note_filter import NoteFilter, conditions
from dialog_app.core.services.possible_names import KEEP, MASK


@pytest.fixture
def noted(project, meeting):
    """Notes naming a registered participant, two unregistered people and nobody."""
    project.participation.add_participant(meeting.id, "Anna Svensson")
    texts = ["Anna Svenssons förslag: fler digitala ombud.", "Enligt Jonathan Mayhew saknas fiber i byarna.",
             "Jonathan Mayhew vill ha mer stöd.", "Karin tycker att BankID är krångligt.",
             "Bredband behövs i hela Västerbotten."]
    return project, [project.notes.add(meeting.id, text) for text in texts]


def test_the_filter_becomes_the_notes_with_undecided_names(noted):
    project, notes = noted
    narrowed = project.possible_names.narrow(NoteFilter(unconfirmed_names=True, statuses=frozenset({"captured"})))
    assert narrowed == NoteFilter(statuses=frozenset({"captured"}), note_ids=frozenset(n.id for n in notes[1:4]))
    assert set(project.notes.ids(narrowed)) == {n.id for n in notes[1:4]}
    project.possible_names.decide(["jonathan mayhew"], MASK)
    assert project.possible_names.narrow(NoteFilter(unconfirmed_names=True)).note_ids == {notes[3].id}
    # chosen notes and undecided names together: both must hold
    only = NoteFilter(unconfirmed_names=True, note_ids=frozenset({notes[0].id, notes[3].id}))
    assert project.possible_names.narrow(only).note_ids == {notes[3].id}
    project.possible_names.decide(["karin"], KEEP)
    assert project.possible_names.narrow(NoteFilter(unconfirmed_names=True)) is None  # no note can match


def test_other_filters_pass_unchanged_and_an_unnarrowed_one_is_refused(noted):
    project, _notes = noted
    plain = NoteFilter(key_quotes_only=True)
    assert project.possible_names.narrow(plain) is plain
    with pytest.raises(ValueError):
        conditions(NoteFilter(unconfirmed_names=True))


def test_names_per_text_leave_the_register_out(noted):
    project, notes = noted
    found = project.possible_names.in_texts({n.seq: n.text for n in notes})
    assert {seq: [(name.text, name.key) for name in names] for seq, names in found.items()} == {
        notes[1].seq: [("Jonathan Mayhew", "jonathan mayhew")],
        notes[2].seq: [("Jonathan Mayhew", "jonathan mayhew")],
        notes[3].seq: [("Karin", "karin")],
    }
