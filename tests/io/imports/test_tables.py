"""Tables through the import's table door: every way a CSV is saved, the look the mapping step gets,
the guess for an unknown sheet, the preview that matches the read, and files that are no table."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dialog_app.core.import_plan import FileProblem, ImportFileError, RowProblem, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports.source_facts import ReadOptions, Source, TableMapping
from dialog_app.io.imports.tables import inspect_table, preview_plan, read_table

HEADER = ["Bord", "Aktörsgrupp", "Synpunkt", "Röster", "Tid", "Namn"]
ROWS = [
    ["1", "Civilsamhälle", "Bättre bredband i Sörbyn; och i Överkalix", "3", "2026-03-18 14:02", "Anna Berg"],
    ["2", "Kommun", "Fler mötesplatser, gärna på biblioteket.\nOch hjälp med BankID", "0", "2026-03-18 14:05", ""],
    ["2", "Invånare / medborgare", "Säg \"digital först\" men glöm inte dem utanför – 20 € är mycket", "", "", "Bo"],
]


def source(path: Path) -> Source:
    data = path.read_bytes()
    return Source(path, data, "xlsx" if path.suffix == ".xlsx" else "csv", hashlib.sha256(data).hexdigest())


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf_8_sig") -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf_8_sig", "utf_8", "utf_16", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_into_the_same_notes(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "bordssamtal.csv", [HEADER, *ROWS], delimiter, encoding)
    # when
    facts = inspect_table(source(path), ReadOptions())
    plan = read_table(source(path), ReadOptions(), Job())
    # then: how it was saved is found and said, and the guess finds every column's part
    assert (facts.encoding, facts.delimiter) == (encoding, delimiter)
    assert facts.mapping == TableMapping(text=("Synpunkt",), group="Aktörsgrupp", time="Tid", votes="Röster",
                                         table="Bord", personal=("Namn",))
    assert [n.text for n in plan.notes] == [row[2] for row in ROWS]
    assert [(n.group, n.table, n.votes, n.origin) for n in plan.notes] == [
        ("Civilsamhälle", "1", 3, "row=2"), ("Kommun", "2", 0, "row=3"), ("Invånare / medborgare", "2", 0, "row=4")]
    assert plan.notes[0].time is not None and plan.notes[0].time.utcoffset() is not None
    assert plan.facts == {"encoding": encoding, "delimiter": delimiter}
    assert (plan.kind, plan.file_name, plan.sha256) == (SourceKind.TABLE, path.name, source(path).sha256)
    assert plan.groups == ("Civilsamhälle", "Kommun", "Invånare / medborgare") and plan.persons == ()


def test_the_look_names_blank_and_repeated_headers_and_pads_the_sample(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Synpunkt", "", "Synpunkt"], ["Mer buss", "x"], ["Färre bilar", "", "y"]])
    facts = inspect_table(source(path), ReadOptions())
    assert facts.header == ("Synpunkt", "Column 2", "Synpunkt (2)")
    assert facts.sample == (("Mer buss", "x", ""), ("Färre bilar", "", "y")) and facts.row_count == 2
    assert facts.sample_rows == (2, 3) and facts.kind is SourceKind.TABLE and facts.layout is None


def test_rows_keep_their_spreadsheet_numbers_across_blank_lines_and_line_breaks(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b'Synpunkt\r\n"Rad ett\r\nforts\xc3\xa4tter"\r\n\r\nRad tre\r\n')
    plan = read_table(source(path), ReadOptions(), Job())
    assert [(n.text, n.origin) for n in plan.notes] == [("Rad ett\r\nfortsätter", "row=2"), ("Rad tre", "row=4")]


def test_the_guess_never_takes_names_or_addresses_for_the_text(tmp_path):
    rows = [["E-post", "Namn", "Kommentar"],
            ["kerstin.lindqvist@region.se", "Kerstin Lindqvist-Åberg", "Bra"],
            ["jan@example.org", "Jan Ek", "Tack"]]
    facts = inspect_table(source(write_csv(tmp_path / "a.csv", rows)), ReadOptions())
    assert facts.mapping.text == ("Kommentar",) and facts.mapping.personal == ("E-post", "Namn")


def test_what_the_user_chose_wins(tmp_path):
    path = write_csv(tmp_path / "a.csv", [HEADER, *ROWS], ";", "cp1252")
    options = ReadOptions(encoding="cp1252", delimiter=";", mapping=TableMapping(text=("Synpunkt",), question="Bord"))
    plan = read_table(source(path), options, Job())
    assert [n.question for n in plan.notes] == ["1", "2", "2"] and plan.notes[0].group is None


def test_the_preview_is_the_read_of_the_first_rows(tmp_path):
    rows = [HEADER, *ROWS, ["3", "Näringsliv", "Kompetensförsörjning", "x", "", ""]]
    path = write_csv(tmp_path / "a.csv", rows + [["4", "Kommun", f"Synpunkt {i}", "", "", ""] for i in range(60)])
    facts = inspect_table(source(path), ReadOptions())
    preview = preview_plan(facts, facts.mapping)
    plan = read_table(source(path), ReadOptions(), Job())
    assert len(facts.sample) == 50 and facts.row_count == 64
    assert preview.notes == plan.notes[:49] and preview.bad_rows == plan.bad_rows
    assert preview.bad_rows[0].problem is RowProblem.BAD_VOTES and preview.facts == plan.facts


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06", FileProblem.BINARY),
    (b"", FileProblem.EMPTY),
])
def test_a_file_that_is_no_table_is_refused(tmp_path, data, problem):
    path = tmp_path / "svar.csv"
    path.write_bytes(data)
    for attempt in (lambda: inspect_table(source(path), ReadOptions()),
                    lambda: read_table(source(path), ReadOptions(), Job())):
        with pytest.raises(ImportFileError) as refused:
            attempt()
        assert refused.value.problem is problem


def test_a_table_with_no_text_column_cannot_be_read_without_a_mapping(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["ID", "Röster"], ["1", "3"], ["2", "5"]])
    assert inspect_table(source(path), ReadOptions()).mapping.text == ()
    with pytest.raises(ImportFileError) as refused:
        read_table(source(path), ReadOptions(), Job())
    assert refused.value.problem is FileProblem.NO_TEXT_COLUMN



def test_a_workbook_is_read_from_the_sheet_chosen(tmp_path):
    book = Workbook()
    book.active.title = "Instruktioner"
    book.active.append(["Fyll i bladen per bord"])
    for title, answer in (("Bord 1", "Mer kollektivtrafik"), ("Bord 2", "Billigare bostäder")):
        sheet = book.create_sheet(title)
        sheet.append(["Aktörsgrupp", "Synpunkt", "Röster"])
        sheet.append(["Näringsliv", answer, 2.0])
    path = tmp_path / "bordssamtal.xlsx"
    book.save(path)
    facts = inspect_table(source(path), ReadOptions(sheet="Bord 2"))
    plan = read_table(source(path), ReadOptions(sheet="Bord 2"), Job())
    assert facts.sheets == ("Instruktioner", "Bord 1", "Bord 2")
    assert facts.sample == (("Näringsliv", "Billigare bostäder", "2"),)
    assert [(n.text, n.group, n.votes) for n in plan.notes] == [("Billigare bostäder", "Näringsliv", 2)]
    assert plan.facts == {"sheet": "Bord 2"} and preview_plan(facts, facts.mapping) == plan
    with pytest.raises(ImportFileError) as refused:
        read_table(source(path), ReadOptions(sheet="Bord 3"), Job())
    assert (refused.value.problem, refused.value.detail) == (FileProblem.NO_SHEET, "Bord 3")


# Any Unicode text but NUL (a NUL marks a binary file) and lone surrogates (no encoding writes them),
# with the characters that test a CSV writer most: delimiters, quotes, line breaks, emoji.
CSV_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# XML 1.0 (an .xlsx is XML) cannot hold C0 control codes other than tab, line feed and carriage return,
# nor U+FFFE and U+FFFF: openpyxl refuses to write them, so no workbook holds them.
XLSX_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters=(
    *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"), "\ufffe", "\uffff"))


def cells(alphabet):
    tricky = st.sampled_from([";", ",", '"', "\n", "\r\n", "\t", " ", "😀", "👩‍👩‍👧", "å", "€", "=SUMMA(A1)"])
    return st.lists(st.one_of(st.text(alphabet, max_size=12), tricky), max_size=4).map("".join)


def tables(alphabet):
    return st.integers(1, 3).flatmap(lambda width: st.lists(
        st.lists(cells(alphabet), min_size=width, max_size=width), min_size=1, max_size=6))


def expected_notes(rows: list[list[str]]) -> list[tuple[str, str]]:
    """Every cell that is not blank, stripped, with its row as a spreadsheet numbers it."""
    return [(cell.strip(), f"row={number}") for number, row in enumerate(rows, 2) for cell in row if cell.strip()]


def read_all(path: Path, width: int, **options) -> list[tuple[str, str]]:
    header = tuple(f"Fråga {i}" for i in range(1, width + 1))
    plan = read_table(source(path), ReadOptions(mapping=TableMapping(text=header), **options), Job())
    assert plan.bad_rows == ()
    return [(note.text, note.origin) for note in plan.notes]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=tables(CSV_CHARACTERS))
def test_any_table_of_text_written_as_csv_by_excel_reads_back_as_its_cells(tmp_path, rows):
    # given: what Excel's "CSV UTF-8" writes (a byte-order mark, commas, quoted cells where needed);
    # the delimiter is given as the user confirms it in the mapping step, since a cell of unquoted
    # semicolons makes a comma table equally a semicolon table and no detector can tell
    width = len(rows[0])
    path = write_csv(tmp_path / "svar.csv", [[f"Fråga {i}" for i in range(1, width + 1)], *rows])
    # then: each cell is its note, stripped of the whitespace around it (see table_mapping)
    assert read_all(path, width, delimiter=",") == expected_notes(rows)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=tables(XLSX_CHARACTERS))
def test_any_table_of_text_written_as_xlsx_reads_back_as_its_cells(tmp_path, rows):
    width = len(rows[0])
    book = Workbook()
    sheet = book.active
    sheet.append([f"Fråga {i}" for i in range(1, width + 1)])
    for number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=number, column=column, value=value or None)
            cell.data_type = "s"  # text, as Excel keeps a typed "=SUMMA(A1)" behind its apostrophe
    path = tmp_path / "svar.xlsx"
    book.save(path)
    assert read_all(path, width) == expected_notes(rows)


def test_an_unknown_poll_export_gets_a_guess_that_takes_its_columns_parts(tmp_path):
    # given: a Slido-like Q&A export, which no known layout describes
    rows = [["Question", "Author", "Upvotes", "Date", "Labels"],
            ["Hur ska glesbygden få del av satsningarna på infrastruktur?", "Anonym", "12", "2024-03-05 14:03", ""],
            ["Vad händer med nattågen?", "Eva S", "3", "2024-03-05 14:10", "Trafik"]]
    facts = inspect_table(source(write_csv(tmp_path / "slido.csv", rows)), ReadOptions())
    assert facts.layout is None
    assert facts.mapping == TableMapping(text=("Question",), time="Date", votes="Upvotes", personal=("Author",))
    assert [n.votes for n in preview_plan(facts, facts.mapping).notes] == [12, 3]
