"""The CSV table: UTF-8 with BOM, the language's delimiter, RFC 4180 quoting, and safe cells."""

from __future__ import annotations

import csv

import pytest

from dialog_app.core.jobs import Job
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from tests.io import export_project as fx

BOM = b"\xef\xbb\xbf"


def exported_csv(exported, tmp_path, **options):
    path = tmp_path / "anteckningar.csv"
    export(exported.project, "csv", path, ExportOptions(**options))
    return path


def read_rows(path, delimiter) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_file_starts_with_the_utf8_bom_and_ends_lines_with_crlf(exported, tmp_path):
    raw = exported_csv(exported, tmp_path).read_bytes()
    assert raw.startswith(BOM)
    header_line = raw[len(BOM):raw.index(b"\n") + 1]
    assert header_line.endswith(b"\r\n")
    assert raw.endswith(b"\r\n")


@pytest.mark.parametrize(("options", "delimiter"), [
    ({"language": "sv"}, ";"),
    ({"language": "en"}, ","),
    ({"language": "sv", "csv_delimiter": ","}, ","),
    ({"language": "en", "csv_delimiter": ";"}, ";"),
])
def test_the_delimiter_follows_the_language_unless_one_is_chosen(exported, tmp_path, options, delimiter):
    path = exported_csv(exported, tmp_path, **options)
    header = path.read_bytes()[len(BOM):].split(b"\r\n")[0].decode()
    other = "," if delimiter == ";" else ";"
    assert header.count(delimiter) == 15 and other not in header
    assert len(read_rows(path, delimiter)[0]) == 16


def test_the_rows_are_the_reports_notes_with_their_text_intact(exported, tmp_path):
    rows = as_dicts(read_rows(exported_csv(exported, tmp_path, language="en"), ","))
    report = gather(exported.project, ExportOptions(language="en"))
    assert [r["Reference"] for r in rows] == [n.ref for n in report.notes]
    assert [r["Note id"] for r in rows] == [str(n.id) for n in report.notes]
    texts = [r["Text"] for r in rows]
    assert {fx.LIBRARIES, fx.SAMI, fx.FINNISH, fx.MARKUP, fx.UNCOVERED} <= set(texts)
    for hidden in (fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.EXCLUDED, fx.DELETED):
        assert hidden not in texts
    libraries = rows[0]
    assert libraries["Themes"] == "1 Digital kompetens; 1.1 Digital hjälp på biblioteken"
    assert libraries["Votes"] == "7"
    assert libraries["Key quote"] == "Yes"
    assert libraries["Dialogue date"].startswith("2026-03-12 ")


def test_all_statuses_adds_the_captured_and_reviewed_notes(exported, tmp_path):
    rows = as_dicts(read_rows(exported_csv(exported, tmp_path, all_statuses=True), ";"))
    texts = {r["Text"] for r in rows}
    assert {fx.CAPTURED_ONLY, fx.REVIEWED_ONLY} <= texts
    assert fx.EXCLUDED not in texts and fx.DELETED not in texts


def test_personal_data_is_masked(exported, tmp_path):
    raw = exported_csv(exported, tmp_path, all_statuses=True).read_text(encoding="utf-8-sig")
    for bit in ("070-123", "anna.berg@", "811218", fx.PARTICIPANT):
        assert bit not in raw
    assert "[telefon]" in raw


def test_formula_cells_are_neutralised(exported, tmp_path):
    rows = as_dicts(read_rows(exported_csv(exported, tmp_path, language="en"), ","))
    texts = {r["Text"] for r in rows}
    assert "'" + fx.FORMULA in texts
    assert "'" + fx.FORMULA_PLUS in texts
    assert fx.FORMULA not in texts
    for row in rows:
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_line_breaks_and_quotes_inside_a_note_round_trip(exported, tmp_path):
    text = 'Första raden;\nandra "citerade" raden, med komma\n\ntredje'
    exported.project.notes.add(exported.dialogues["second"].id, text, status="approved")
    for delimiter, language in ((";", "sv"), (",", "en")):
        rows = read_rows(exported_csv(exported, tmp_path, language=language), delimiter)
        assert text in [value for row in rows for value in row]
        assert {len(row) for row in rows} == {16}


def test_swedish_and_english_headers(exported, tmp_path):
    swedish_header = read_rows(exported_csv(exported, tmp_path), ";")[0]
    assert swedish_header[:3] == ["Referens", "Dialognummer", "Dialog"]
    assert {"Intressentgrupp", "Text", "Teman", "Röster", "Nyckelcitat", "Status", "Antecknings-id"} <= set(
        swedish_header)
    english_header = read_rows(exported_csv(exported, tmp_path, language="en"), ",")[0]
    assert english_header[:3] == ["Reference", "Dialogue number", "Dialogue title"]
    assert english_header[-1] == "Note id"


def test_captured_by_only_when_personal_data_is_asked_for(exported, tmp_path):
    header = read_rows(exported_csv(exported, tmp_path, language="en"), ",")[0]
    assert "Captured by" not in header
    rows = as_dicts(read_rows(exported_csv(exported, tmp_path, language="en", include_personal_data=True), ","))
    assert list(rows[0])[-2:] == ["Captured by", "Note id"]
    assert {r["Captured by"] for r in rows} == {"facilitator"}


def test_progress_counts_the_rows_up_to_the_total(exported, tmp_path):
    seen: list[tuple[int, int]] = []
    job = Job(on_progress=lambda *step: seen.append(step))
    export(exported.project, "csv", tmp_path / "a.csv", ExportOptions(), job)
    total = len(gather(exported.project).notes)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
