"""Possible names (issue 14): found in notes and syntheses, the register's names left out, the
writer's choice remembered and undoable, and an export that never passes an undecided name
silently: it stops and lists them, or masks or prints them when told to, and says what it checked."""

from __future__ import annotations

import pytest

from dialog_app.core.services.possible_names import KEEP, MASK
from dialog_app.io.export import UnconfirmedNamesError, export
from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import UNCONFIRMED_KEEP, UNCONFIRMED_MASK, ExportOptions


@pytest.fixture
def noted(project, meeting):
    """Approved notes naming a registered participant, two unregistered people and nobody."""
    project.participation.add_participant(meeting.id, "Anna Svensson")
    texts = ["Anna Svenssons förslag: fler digitala ombud.", "Enligt Jonathan Mayhew saknas fiber i byarna.",
             "Jonathan Mayhew vill ha mer stöd.", "Karin tycker att BankID är krångligt.",
             "Bredband behövs i hela Västerbotten."]
    notes = [project.notes.add(meeting.id, text, status="approved") for text in texts]
    return project, notes


def test_the_scan_lists_unregistered_names_most_frequent_first(noted):
    project, notes = noted
    candidates = project.possible_names.scan()
    assert [(c.key, c.shown, c.count) for c in candidates] == [("jonathan mayhew", "Jonathan Mayhew", 2),
                                                                ("karin", "Karin", 1)]
    assert candidates[0].note_ids == (notes[1].id, notes[2].id)
    assert "saknas fiber" in candidates[0].example


def test_a_choice_is_remembered_leaves_the_list_and_is_one_undo_step(noted):
    project, _notes = noted
    project.possible_names.decide(["Jonathan Mayhew"], MASK)
    project.possible_names.decide(["karin"], KEEP)
    assert project.possible_names.decisions() == {"jonathan mayhew": MASK, "karin": KEEP}
    assert project.possible_names.scan() == []
    assert [c.decision for c in project.possible_names.scan(include_decided=True)] == [MASK, KEEP]
    assert project.history.undo().action == "decide_names"
    assert project.possible_names.decisions() == {"jonathan mayhew": MASK}
    assert project.possible_names.names_to_mask().confirmed == ("jonathan mayhew",)


def test_an_export_stops_at_undecided_names_and_writes_nothing(noted, tmp_path):
    project, _notes = noted
    target = tmp_path / "remiss.csv"
    with pytest.raises(UnconfirmedNamesError) as stop:
        export(project, "csv", target)
    assert [(n.shown, n.where) for n in stop.value.names] == [("Jonathan Mayhew", ("D1-002", "D1-003")),
                                                             ("Karin", ("D1-004",))]
    assert not target.exists()


def test_confirmed_names_are_masked_and_the_statement_says_exactly_what_was_checked(noted):
    project, _notes = noted
    project.possible_names.decide(["jonathan mayhew"], MASK)
    project.possible_names.decide(["karin"], KEEP)
    report = gather(project, ExportOptions(language="en"))
    texts = [note.text for note in report.notes]
    assert texts[:4] == ["[name] förslag: fler digitala ombud.", "Enligt [name] saknas fiber i byarna.",
                         "[name] vill ha mer stöd.", "Karin tycker att BankID är krångligt."]
    assert (report.names.registered, report.names.confirmed, report.names.dismissed) == (1, 1, 1)
    assert report.names.unconfirmed == ()


def test_undecided_names_are_masked_or_printed_when_the_writer_says_so(noted):
    project, _notes = noted
    masked = gather(project, ExportOptions(unconfirmed_names=UNCONFIRMED_MASK))
    kept = gather(project, ExportOptions(unconfirmed_names=UNCONFIRMED_KEEP))
    assert masked.notes[3].text == "[namn] tycker att BankID är krångligt."
    assert kept.notes[3].text == "Karin tycker att BankID är krångligt."
    assert len(masked.names.unconfirmed) == len(kept.names.unconfirmed) == 2


def test_a_confirmed_name_that_is_also_a_word_is_masked_only_where_it_is_a_name(project, meeting):
    for text in ("Per sa att det är svårt.", "En dator per person behövs."):
        project.notes.add(meeting.id, text, status="approved")
    project.possible_names.decide(["per"], MASK)
    assert [note.text for note in gather(project).notes] == ["[namn] sa att det är svårt.",
                                                             "En dator per person behövs."]
