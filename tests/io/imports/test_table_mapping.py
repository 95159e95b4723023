"""What each cell of a table becomes under a mapping: notes with their question, group, table, time
and votes, unreadable rows with their reason, and personal data only when asked for."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from dialog_app.core.import_plan import BadRow, FileProblem, ImportedPerson, ImportFileError, RowProblem
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.services.note_fields import MAX_TEXT_CHARS
from dialog_app.io.imports.source_facts import TableMapping
from dialog_app.io.imports.table_mapping import build_plan, question_of

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FORM = ("ID", "Completion time", "Email", "Name", "Vad fungerar bra i dag?", "Vad borde regionen satsa på?")
FORM_MAPPING = TableMapping(text=FORM[4:], time="Completion time", personal=("Email", "Name"))
SHEET = ("Bord", "Aktörsgrupp", "Fråga", "Synpunkt", "Röster", "Tid")
SHEET_MAPPING = TableMapping(text=("Synpunkt",), question="Fråga", group="Aktörsgrupp", table="Bord",
                             votes="Röster", time="Tid")


def plan(header, rows, mapping, first_row=2):
    return build_plan("enkät.xlsx", "ab" * 32, header, list(enumerate(rows, first_row)), mapping, {"sheet": "Blad1"})


def test_a_form_makes_a_note_of_every_answer_under_its_column_as_question():
    rows = [
        ("1", "2024-03-05 14:03:22", "anna@kommun.se", "Anna Berg", "Kollektivtrafiken", "  Bredband på landsbygden\n"),
        ("2", "2024-03-05 14:10:00", "", "", "", "Fler vårdcentraler"),
    ]
    result = plan(FORM, rows, FORM_MAPPING)
    assert [(n.text, n.question, n.origin) for n in result.notes] == [
        ("Kollektivtrafiken", "Vad fungerar bra i dag?", "row=2"),
        ("Bredband på landsbygden", "Vad borde regionen satsa på?", "row=2"),
        ("Fler vårdcentraler", "Vad borde regionen satsa på?", "row=3"),
    ]
    assert result.notes[0].time == datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)
    assert result.questions == ("Vad fungerar bra i dag?", "Vad borde regionen satsa på?")
    # then: names and addresses are nowhere in the plan
    assert result.persons == () and "Anna" not in repr(result)
    assert result.bad_rows == () and result.file_name == "enkät.xlsx" and result.facts == {"sheet": "Blad1"}


def test_personal_columns_go_to_persons_only_when_asked():
    rows = [("1", "", "anna@kommun.se", "Anna Berg", "Ja", ""), ("2", "", "", "", "Nej", ""),
            ("3", "", "", "Bo Ek", "", "")]
    result = plan(FORM, rows, TableMapping(**{**FORM_MAPPING.__dict__, "keep_personal": True}))
    assert result.persons == (ImportedPerson("Anna Berg", "anna@kommun.se", "row=2"),
                              ImportedPerson("Bo Ek", "", "row=4"))
    assert [n.text for n in result.notes] == ["Ja", "Nej"]


def test_one_text_column_takes_its_question_group_table_votes_and_time_from_their_columns():
    rows = [("3", "Civilsamhälle", "Hur når vi unga?", "Via skolan och föreningarna", "4", "2024-03-05 14.03"),
            ("1", "", "", "Mer grönt i centrum", "", "")]
    result = plan(SHEET, rows, SHEET_MAPPING)
    first, second = result.notes
    assert (first.question, first.group, first.table, first.votes) == ("Hur når vi unga?", "Civilsamhälle", "3", 4)
    assert first.time == datetime(2024, 3, 5, 14, 3, tzinfo=STOCKHOLM)
    assert (second.question, second.group, second.table, second.votes, second.time) == (None, None, "1", 0, None)
    assert result.groups == ("Civilsamhälle",) and result.questions == ("Hur når vi unga?",)


def test_one_text_column_may_take_its_header_as_the_question():
    mapping = TableMapping(text=("Synpunkt",), questions_from_header=True)
    assert plan(SHEET, [("", "", "", "Bra", "", "")], mapping).notes[0].question == "Synpunkt"


@pytest.mark.parametrize(("cells", "problem", "detail"), [
    (("1", "", "", "Text", "", "igår"), RowProblem.BAD_TIME, "igår"),
    (("1", "", "", "Text", "många", ""), RowProblem.BAD_VOTES, "många"),
    (("1", "", "", "Text", "-2", ""), RowProblem.BAD_VOTES, "-2"),
    (("1", "", "", "Text", "2.5", ""), RowProblem.BAD_VOTES, "2.5"),
    (("1", "", "", "x" * (MAX_TEXT_CHARS + 1), "", ""), RowProblem.TOO_LONG, "Synpunkt"),
    (("1", "", "", "Text", "", "", "överbliven"), RowProblem.RAGGED, "7"),
])
def test_a_row_that_cannot_be_read_is_listed_with_its_reason_and_the_rest_read(cells, problem, detail):
    result = plan(SHEET, [("2", "", "", "Första", "", ""), cells], SHEET_MAPPING, first_row=5)
    assert [n.text for n in result.notes] == ["Första"]
    assert result.bad_rows == (BadRow("row=6", problem, detail),)


def test_blank_answers_and_blank_trailing_cells_are_no_notes_and_no_bad_rows():
    rows = [("1", "", "", "   ", "", "", ""), ("1", "", "", "", "många", "igår")]
    result = plan(SHEET, rows, SHEET_MAPPING)
    assert result.notes == () and result.bad_rows == ()


def test_mentimeter_answer_columns_ask_their_question_without_the_suffix():
    assert question_of("Vad ska regionen prioritera?: Answer") == "Vad ska regionen prioritera?"
    assert question_of("Ordmoln: svar ") == "Ordmoln"
    assert question_of("Vad är viktigt?") == "Vad är viktigt?"


@pytest.mark.parametrize(("mapping", "problem", "detail"), [
    (TableMapping(text=()), FileProblem.NO_TEXT_COLUMN, ""),
    (TableMapping(text=("Svar",)), FileProblem.NO_COLUMN, "Svar"),
    (TableMapping(text=("Synpunkt",), group="Organisation"), FileProblem.NO_COLUMN, "Organisation"),
])
def test_a_mapping_that_does_not_fit_the_table_is_refused(mapping, problem, detail):
    with pytest.raises(ImportFileError) as refused:
        plan(SHEET, [], mapping)
    assert (refused.value.problem, refused.value.detail) == (problem, detail)


def test_progress_is_reported_and_a_cancel_stops_the_read():
    seen: list[tuple[int, int]] = []
    rows = [("1", "", "", f"Synpunkt {i}", "", "") for i in range(2500)]
    build_plan("a.csv", "", SHEET, enumerate(rows, 2), SHEET_MAPPING, {}, Job(lambda d, t: seen.append((d, t))), 2500)
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        build_plan("a.csv", "", SHEET, enumerate(rows, 2), SHEET_MAPPING, {}, job, 2500)
