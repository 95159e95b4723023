"""Tables through the import's table door: every way a CSV is saved, the look the mapping step gets,
the guess for an unknown sheet, the preview that matches the read, and files that are no table."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

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
