"""The survey and polling exports recognised by their columns, from fixture files that mirror what
Microsoft Forms, Google Forms and Mentimeter write, read through the table import end to end."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dialog_app.core.import_plan import ImportedPerson
from dialog_app.core.jobs import Job
from dialog_app.io.imports.layouts import (
    GOOGLE_FORMS, MENTIMETER, MICROSOFT_FORMS, detect_layout, find_header_row, layout_key,
)
from dialog_app.io.imports.source_facts import ReadOptions, Source, TableMapping
from dialog_app.io.imports.tables import inspect_table, preview_plan, read_table
from tests.io.imports.test_xlsx_table import workbook_bytes

STOCKHOLM = ZoneInfo("Europe/Stockholm")
Q1 = "Vad fungerar bra i din kommun i dag?"
Q2 = "Vad borde regionen prioritera de kommande fem åren?"
Q3 = "Hur vill du vara delaktig framöver?"


def save_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    path.write_bytes(workbook_bytes(sheets))
    return path


def save_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf_8"))
    return path


def source(path: Path) -> Source:
    data = path.read_bytes()
    return Source(path, data, path.suffix.lstrip("."), hashlib.sha256(data).hexdigest())


def microsoft_forms(path: Path, swedish: bool) -> Path:
    header = (["ID", "Starttid", "Tid för slutförande", "E-post", "Namn", "Tidpunkt för senaste ändring"] if swedish
              else ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"])
    started, done = datetime(2024, 3, 5, 14, 1, 2), datetime(2024, 3, 5, 14, 3, 22)
    rows = [
        [1, started, done, "anonymous", None, None, "Kollektivtrafiken mellan orterna", "Bredband på landsbygden",
         "Gärna fler dialogmöten"],
        [2, started, datetime(2024, 3, 6, 9, 15), "karin.nilsson@lulea.se", "Karin Nilsson", None, None,
         "Vården i glesbygd – fler mobila team", "Via e-post"],
    ]
    return save_xlsx(path, {"Blad1" if swedish else "Sheet1": [[*header, Q1, Q2, Q3], *rows]})


@pytest.mark.parametrize("swedish", [False, True], ids=["english", "swedish"])
def test_a_microsoft_forms_export_becomes_questions_and_answers(tmp_path, swedish):
    path = microsoft_forms(tmp_path / "Regional dialog(1-2).xlsx", swedish)
    facts = inspect_table(source(path), ReadOptions())
    plan = read_table(source(path), ReadOptions(), Job())
    assert facts.layout == MICROSOFT_FORMS and facts.mapping.text == (Q1, Q2, Q3)
    assert facts.mapping.time == ("Tid för slutförande" if swedish else "Completion time")
    assert facts.mapping.personal == (("E-post", "Namn") if swedish else ("Email", "Name"))
    assert [(n.text, n.question, n.origin) for n in plan.notes] == [
        ("Kollektivtrafiken mellan orterna", Q1, "row=2"), ("Bredband på landsbygden", Q2, "row=2"),
        ("Gärna fler dialogmöten", Q3, "row=2"), ("Vården i glesbygd – fler mobila team", Q2, "row=3"),
        ("Via e-post", Q3, "row=3")]
    assert plan.notes[3].time == datetime(2024, 3, 6, 9, 15, tzinfo=STOCKHOLM)
    assert plan.questions == (Q1, Q2, Q3) and plan.persons == ()
    assert "Karin" not in repr(plan) and "karin" not in repr(facts.mapping)
    assert plan.facts == {"sheet": "Blad1" if swedish else "Sheet1", "layout": MICROSOFT_FORMS}


def test_personal_data_of_a_form_is_kept_only_when_asked_and_then_as_persons(tmp_path):
    path = microsoft_forms(tmp_path / "enkät.xlsx", swedish=False)
    facts = inspect_table(source(path), ReadOptions())
    keep = TableMapping(**{**facts.mapping.__dict__, "keep_personal": True})
    plan = read_table(source(path), ReadOptions(mapping=keep), Job())
    assert plan.persons == (ImportedPerson("", "anonymous", "row=2"),
                            ImportedPerson("Karin Nilsson", "karin.nilsson@lulea.se", "row=3"))
    assert preview_plan(facts, keep).persons == plan.persons


@pytest.mark.parametrize(("stamp", "email", "when"), [
    ("Timestamp", "Email Address", "3/5/2024 14:03:22"),
    ("Tidstämpel", "E-postadress", "2024-03-05 14:03:22"),
    ("Timestamp", None, "2024/03/05 2:03:22 PM GMT+1"),
])
def test_a_google_forms_export_becomes_questions_and_answers(tmp_path, stamp, email, when):
    header = [stamp, *([email] if email else []), Q1, Q2]
    row = [when, *(["per.holm@gmail.com"] if email else []), "Naturen och lugnet", ""]
    later = [when, *([""] if email else []), "", "Jobb"]
    path = save_csv(tmp_path / "Regional dialog (svar).csv", [header, row, later])
    facts = inspect_table(source(path), ReadOptions())
    plan = read_table(source(path), ReadOptions(), Job())
    assert facts.layout == GOOGLE_FORMS and facts.mapping.time == stamp
    assert facts.mapping.personal == ((email,) if email else ())
    assert [(n.text, n.question, n.origin) for n in plan.notes] == [
        ("Naturen och lugnet", Q1, "row=2"), ("Jobb", Q2, "row=3")]
    assert plan.notes[0].time == datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)
    assert plan.facts["layout"] == GOOGLE_FORMS and "per.holm" not in repr(plan)


def test_a_google_form_of_one_question_keeps_its_question(tmp_path):
    path = save_csv(tmp_path / "svar.csv", [["Tidstämpel", Q1], ["2024-03-05 14:03:22", "Skolorna"]])
    assert read_table(source(path), ReadOptions(), Job()).notes[0].question == Q1


def mentimeter(path: Path) -> Path:
    summary = [["Regional utvecklingsstrategi – dialogmöte Luleå"], ["Fråga", "Antal svar"], [Q1, 3]]
    voters = [
        ["Regional utvecklingsstrategi – dialogmöte Luleå"],
        ["Exported 2024-03-05 16:00"],
        [],
        ["Date", "Session", "Voter", f"{Q1}: Answer", f"{Q1}: Upvotes", f"{Q2}: Answer"],
        [datetime(2024, 3, 5, 14, 3, 22), 1, "a1b2c3", "Fjällen och friluftslivet", 4, "Fler utbildningsplatser"],
        [datetime(2024, 3, 5, 14, 4, 1), 1, "d4e5f6", "Gemenskapen", 1, None],
        [datetime(2024, 3, 5, 14, 5), 1, "g7h8i9", None, None, "Bostäder för unga"],
    ]
    return save_xlsx(path, {"Overview": summary, "Voters": voters})


def test_a_mentimeter_workbook_is_found_below_its_title_rows_on_its_own_sheet(tmp_path):
    path = mentimeter(tmp_path / "Dialogmöte Luleå.xlsx")
    facts = inspect_table(source(path), ReadOptions())
    plan = read_table(source(path), ReadOptions(), Job())
    assert (facts.layout, facts.sheet, facts.sheets) == (MENTIMETER, "Voters", ("Overview", "Voters"))
    assert facts.mapping == TableMapping(text=(f"{Q1}: Answer", f"{Q2}: Answer"), time="Date", personal=("Voter",),
                                         header_row=2, questions_from_header=True)
    assert facts.row_count == 3 and facts.sample_rows == (5, 6, 7)
    # then: rows are counted from the sheet's top, as Excel shows them
    assert [(n.text, n.question, n.origin) for n in plan.notes] == [
        ("Fjällen och friluftslivet", Q1, "row=5"), ("Fler utbildningsplatser", Q2, "row=5"),
        ("Gemenskapen", Q1, "row=6"), ("Bostäder för unga", Q2, "row=7")]
    assert "a1b2c3" not in repr(plan) and preview_plan(facts, facts.mapping).notes == plan.notes


def test_the_sheet_the_user_chose_wins_over_the_layouts_own(tmp_path):
    path = mentimeter(tmp_path / "menti.xlsx")
    facts = inspect_table(source(path), ReadOptions(sheet="Overview"))
    # then: its first row is taken for the header, widened to the sheet's columns
    assert (facts.sheet, facts.layout) == ("Overview", None)
    assert facts.header == ("Regional utvecklingsstrategi – dialogmöte Luleå", "Column 2")


def test_other_tables_are_no_known_layout():
    assert detect_layout(["Bord", "Aktörsgrupp", "Synpunkt"]) is None
    assert detect_layout(["ID", "Synpunkt", "Datum"]) is None
    assert detect_layout(["Timestamp"]) is None
    assert detect_layout(["Date", "Session", "Voter"]) is None
    assert find_header_row([["Titel"], ["Synpunkt", "Grupp"]]) is None


def test_a_form_that_asks_for_a_name_keeps_that_column_personal():
    name, mapping = detect_layout(["Tidsstämpel", "Ditt namn", Q1])
    assert (name, mapping.text, mapping.personal) == (GOOGLE_FORMS, (Q1,), ("Ditt namn",))


def test_the_layout_key_is_the_same_for_the_same_columns_however_spaced_or_cased():
    key = layout_key(["Tidstämpel", Q1, Q2])
    assert layout_key([" tidstämpel ", Q1.upper(), Q2]) == key
    assert layout_key(["Tidstämpel", Q2, Q1]) != key and len(key) == 16


@pytest.mark.parametrize(("header", "layout", "text", "time"), [
    (["ID", "Starttid", "Sluttid", "E-post", "Namn", Q1], MICROSOFT_FORMS, (Q1,), "Sluttid"),
    (["Id", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback", Q1, f"Points - {Q1}",
      f"Feedback - {Q1}", Q2], MICROSOFT_FORMS, (Q1, Q2), "Completion time"),
    (["Timestamp", "Email Address", "Score", Q1, Q2], GOOGLE_FORMS, (Q1, Q2), "Timestamp"),
    (["Datum", "Session", "Deltagare", f"{Q1}: Svar"], MENTIMETER, (f"{Q1}: Svar",), "Datum"),
])
def test_variants_of_the_known_exports_are_recognised(header, layout, text, time):
    name, mapping = detect_layout(header)
    assert (name, mapping.text, mapping.time) == (layout, text, time)
    assert not set(mapping.text) & set(mapping.personal)


def test_a_header_below_title_rows_is_found_in_a_csv_too(tmp_path):
    rows = [["Dialogmöte Kiruna"], ["Date", "Session", "Voter", f"{Q1}: Answer"],
            ["2024-03-05 14:03:22", "1", "x9", "Gruvstaden flyttar – vi måste hänga med"]]
    path = save_csv(tmp_path / "menti.csv", rows)
    plan = read_table(source(path), ReadOptions(), Job())
    assert [(n.text, n.question, n.origin) for n in plan.notes] == [
        ("Gruvstaden flyttar – vi måste hänga med", Q1, "row=3")]
