"""The Excel workbook: exactly the published notes, masked, as text that never runs, and counts that add up."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import datetime

import openpyxl

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from tests.io import export_project as fx

PERSONAL_BITS = ("070-123", "anna.berg@", "811218", fx.PARTICIPANT)


def workbook(exported, tmp_path, **options):
    path = tmp_path / "anteckningar.xlsx"
    export(exported.project, "xlsx", path, ExportOptions(**options))
    return openpyxl.load_workbook(path), path


def notes_of(book) -> list[dict[str, object]]:
    """The notes sheet (the first) as one dict per row, keyed by the headers."""
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def texts_in(book) -> str:
    return "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None)


def test_the_notes_sheet_holds_exactly_the_approved_notes(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en")
    rows = notes_of(book)
    report = gather(exported.project, ExportOptions(language="en"))
    assert [r["Reference"] for r in rows] == [n.ref for n in report.notes]
    assert [r["Note id"] for r in rows] == [str(n.id) for n in report.notes]
    texts = {r["Text"] for r in rows}
    assert {fx.LIBRARIES, fx.SAMI, fx.FINNISH, fx.MARKUP, fx.UNCOVERED} <= texts
    for hidden in (fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.EXCLUDED, fx.DELETED):
        assert hidden not in texts
    assert {r["Status"] for r in rows} == {"Approved for publication"}


def test_all_statuses_adds_captured_and_reviewed_but_never_excluded_or_deleted(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en", all_statuses=True)
    texts = {r["Text"] for r in notes_of(book)}
    assert {fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.LIBRARIES} <= texts
    assert fx.EXCLUDED not in texts and fx.DELETED not in texts
    assert len(texts) == len(gather(exported.project, ExportOptions(all_statuses=True)).notes)


def test_each_row_has_every_field_of_its_note(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en")
    libraries = next(r for r in notes_of(book) if r["Text"] == fx.LIBRARIES)
    assert libraries["Reference"] == "D1-001"
    assert libraries["Dialogue number"] == 1
    assert libraries["Dialogue title"] == "Dialogmöte med civilsamhället"
    assert libraries["Dialogue date"] == datetime(2026, 3, 12, 13, 0)  # in the project's zone, not the computer's
    assert isinstance(libraries["Noted at"], datetime)
    assert libraries["Stakeholder group"] == "Civilsamhälle"
    assert libraries["Question"] == "Vad behöver du för att känna dig trygg digitalt?"
    assert libraries["Table"] == "Bord 2"
    assert libraries["Themes"] == "1 Digital kompetens; 1.1 Digital hjälp på biblioteken"
    assert libraries["Theme codes"] == "1; 1.1"
    assert libraries["Votes"] == 7
    assert libraries["Key quote"] == "Yes"
    assert "Captured by" not in libraries


def test_personal_data_is_masked_everywhere_in_the_workbook(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, all_statuses=True)
    everything = texts_in(book)
    for bit in PERSONAL_BITS:
        assert bit not in everything
    assert "[telefon]" in everything


def test_the_about_sheet_says_what_was_masked_and_where(exported, tmp_path):
    book, _path = workbook(exported, tmp_path)
    about = dict(book["Om exporten"].iter_rows(values_only=True))
    assert about["Anteckningar som ingår"] == "Endast godkända anteckningar"
    assert about["Anteckningar i exporten"] == len(gather(exported.project).notes)
    assert about["Personuppgifter"] == "Maskerade: 5"
    assert about["– telefonnummer"] == 2
    assert about["Maskerade i"] == "D1-003; D2-002; 1 Digital kompetens (sammanfattning)"
    assert "Inmatad: 1" in about["Anteckningar som inte ingår"]


def test_asking_for_personal_data_adds_who_captured_and_says_it_is_unmasked(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en", include_personal_data=True)
    rows = notes_of(book)
    assert list(rows[0])[-2:] == ["Captured by", "Note id"]
    assert {r["Captured by"] for r in rows} == {"facilitator"}
    assert any(fx.PERSONAL in str(r["Text"]) for r in rows)
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Personal data"].startswith("Included unmasked")


def test_formulas_are_stored_as_neutralised_text(exported, tmp_path):
    book, path = workbook(exported, tmp_path, language="en")
    sheet = book.worksheets[0]
    formula_cells = [c for row in sheet.iter_rows() for c in row if c.value in ("'" + fx.FORMULA, "'" + fx.FORMULA_PLUS)]
    assert len(formula_cells) == 2
    assert all(c.data_type == "s" for c in formula_cells)
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere in the workbook


def test_markup_stays_literal_text(exported, tmp_path):
    book, _path = workbook(exported, tmp_path)
    assert fx.MARKUP in {c.value for row in book.worksheets[0].iter_rows() for c in row}


def test_titles_of_dialogues_and_themes_are_neutralised_too(exported, tmp_path):
    framework = exported.project.frameworks.frameworks()[0]
    theme = exported.project.frameworks.add_theme(framework.id, "=SUM(1;2)", code="")
    dialogue = exported.project.dialogues.create("-Dialog med minus", kind="workshop")
    note = exported.project.notes.add(dialogue.id, "Helt vanlig text.", status="approved")
    exported.project.tagging.tag([note.id], theme.id)
    book, _path = workbook(exported, tmp_path, language="en")
    row = next(r for r in notes_of(book) if r["Text"] == "Helt vanlig text.")
    assert row["Dialogue title"] == "'-Dialog med minus"
    assert row["Themes"] == "'=SUM(1;2)"
    counts = [r[0] for r in book["Themes × groups"].iter_rows(values_only=True)]
    assert "'=SUM(1;2)" in counts


def test_a_control_character_does_not_break_the_workbook(exported, tmp_path):
    dialogue = exported.dialogues["second"]
    exported.project.notes.add(dialogue.id, "Klocka\x07 och\x00 flik\tkvar\x1b\nny rad", status="approved")
    book, _path = workbook(exported, tmp_path)
    assert "Klocka och flik\tkvar\nny rad" in {c.value for row in book.worksheets[0].iter_rows() for c in row}


def test_the_counts_sheet_matches_the_report(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en", all_statuses=True)
    report = gather(exported.project, ExportOptions(language="en", all_statuses=True))
    rows = list(book["Themes × groups"].iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "Theme" and header[-2:] == ("Group not stated", "Total")
    assert header[1:-2] == report.groups
    by_label = {row[0]: row for row in rows[1:] if row[0]}

    def expected(notes):
        per_group = Counter(report.notes[i].group for i in notes)
        return (*(per_group[g] for g in report.groups), per_group[""], len(notes))

    assert [row[0] for row in rows[1:len(report.themes) + 1]] == [t.title for t in report.themes]
    for theme in report.themes:
        assert by_label[theme.title][1:] == expected(theme.notes)
    assert by_label["No theme"][1:] == expected(report.uncovered)
    assert by_label["Total (each note once)"][1:] == expected(range(len(report.notes)))
    assert by_label["1 Digital kompetens"][-1] == 3  # libraries, personal data, and the captured note


def test_a_theme_selection_has_no_no_theme_row(exported, tmp_path):
    chosen = frozenset({exported.themes["trust"].id})
    book, _path = workbook(exported, tmp_path, language="en", theme_ids=chosen)
    labels = [row[0] for row in book["Themes × groups"].iter_rows(values_only=True)]
    assert "No theme" not in labels
    assert "2 Digital trygghet" in labels


def test_the_layout_is_ready_to_filter(exported, tmp_path):
    book, _path = workbook(exported, tmp_path, language="en")
    sheet = book.worksheets[0]
    header = [c for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{header[-1].column_letter}{sheet.max_row}"
    assert all(c.font.bold for c in header)
    text_column = next(c.column_letter for c in header if c.value == "Text")
    assert sheet[f"{text_column}2"].alignment.wrap_text
    assert sheet.column_dimensions[text_column].width >= 40
    dates = [sheet.cell(row=2, column=c.column).value for c in header if c.value in ("Dialogue date", "Noted at")]
    assert all(isinstance(d, datetime) for d in dates)


def test_swedish_and_english_headers_and_sheet_names(exported, tmp_path):
    swedish_book, _path = workbook(exported, tmp_path)
    assert swedish_book.sheetnames == ["Anteckningar", "Teman × grupper", "Om exporten"]
    headers = [c.value for c in swedish_book.worksheets[0][1]]
    assert headers[:3] == ["Referens", "Dialognummer", "Dialog"]
    assert {"Intressentgrupp", "Text", "Teman", "Röster", "Nyckelcitat", "Antecknings-id"} <= set(headers)
    assert [c.value for c in swedish_book["Teman × grupper"][1]][-2:] == ["Grupp ej angiven", "Totalt"]
    english_book, _path = workbook(exported, tmp_path, language="en")
    assert english_book.sheetnames == ["Notes", "Themes × groups", "About"]
    assert [c.value for c in english_book.worksheets[0][1]][:3] == ["Reference", "Dialogue number", "Dialogue title"]


def test_a_note_longer_than_excel_holds_is_cut_with_a_mark(exported, tmp_path, monkeypatch):
    # given: a note from before notes had a length limit (MAX_TEXT_CHARS, below what Excel holds)
    monkeypatch.setattr("dialog_app.core.services.note_fields.MAX_TEXT_CHARS", 100_000)
    long_text = "Lång anteckning. " * 2500  # 42 500 characters; Excel holds 32 767 in a cell
    exported.project.notes.add(exported.dialogues["second"].id, long_text, status="approved")
    book, _path = workbook(exported, tmp_path)
    cut = next(r["Text"] for r in notes_of(book) if str(r["Text"]).startswith("Lång anteckning."))
    assert len(cut) == 32_767 and cut.endswith("…")
    assert long_text.startswith(cut[:-1])
