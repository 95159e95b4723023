"""Every export format of one fixed project, compared with stored reference files (as novelWriter does).

reference_project.py builds the same small project on every run (fixed UUIDs, note times and
dialogue dates; Swedish text with å, ä, ö, markup-like text, a masked phone number, themes with a
sub-theme, tags, a synthesis, a key quote, an unpublished note). Each export is read back as text
(reference_files.py) and must equal tests/io/reference/<format>.txt; a difference fails the test
with a unified diff of the two.

When an export is changed on purpose (a new column, other wording, a layout change), regenerate
the references and review the diff before committing it:

    DIALOG_APP_UPDATE_REFERENCE=1 python -m pytest tests/io/test_export_reference.py
    git diff tests/io/reference/

The exports use the Swedish wording in resources/translations, so a changed translation of the
"Export" context changes them too; so may a new version of pypdf (its text extraction) or of
openpyxl and python-docx (how they read values and styles back). The REFI project stamps itself with the wall clock at export;
that moment is normalised (reference_files.EXPORT_TIME) and nothing else.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from dialog_app.io.export import ExportOptions, export
from tests.io.reference_files import EXPORT_TIME, check, docx_text, pdf_text, qdpx_text, xlsx_text
from tests.io.reference_project import TODAY, build_reference


@pytest.fixture
def reference(tmp_path: Path) -> Iterator[Project]:
    # The exports print local times; the reference files were made in Swedish time.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Stockholm")
        time.tzset()
        project = build_reference(tmp_path / "referens.dialog")
        try:
            yield project
        finally:
            project.close()
    time.tzset()


def _export(project: Project, key: str, folder: Path) -> Path:
    target = folder / f"referens.{key}"
    export(project, key, target, ExportOptions(language="sv"), today=TODAY)
    return target


def test_csv_is_the_reference_text(reference, tmp_path):
    # when
    path = _export(reference, "csv", tmp_path)
    # then: byte for byte, its BOM, delimiter and line ends included
    check("csv.txt", path.read_bytes().decode("utf-8"))


def test_xlsx_cells_are_the_reference_cells(reference, tmp_path):
    # when
    path = _export(reference, "xlsx", tmp_path)
    # then
    check("xlsx.txt", xlsx_text(path))


def test_docx_paragraphs_and_styles_are_the_reference(reference, tmp_path):
    # when
    path = _export(reference, "docx", tmp_path)
    # then
    check("docx.txt", docx_text(path))


def test_pdf_text_of_each_page_is_the_reference(reference, tmp_path):
    # when
    path = _export(reference, "pdf", tmp_path)
    # then
    check("pdf.txt", pdf_text(path))


def test_qdpx_xml_and_sources_are_the_reference(reference, tmp_path):
    # when
    made_from = datetime.now(timezone.utc)
    path = _export(reference, "qdpx", tmp_path)
    text = qdpx_text(path, made_from, datetime.now(timezone.utc))
    # then: only the export's own moment was normalised, the notes keep their times
    assert EXPORT_TIME in text
    assert 'creationDateTime="2026-03-12T12:05:00Z"' in text  # D1-001, 13:05 in Luleå
    check("qdpx.txt", text)


def test_qdc_codebook_is_the_reference_xml(reference, tmp_path):
    # when
    path = _export(reference, "qdc", tmp_path)
    # then
    check("qdc.txt", path.read_bytes().decode("utf-8"))


def test_a_second_build_is_the_same_project(reference, tmp_path):
    # given a second build, made later in the same run
    again = build_reference(tmp_path / "again.dialog")
    try:
        # when
        (tmp_path / "again").mkdir()
        made_from = datetime.now(timezone.utc)
        first = _export(reference, "qdpx", tmp_path)
        second = _export(again, "qdpx", tmp_path / "again")
        made_until = datetime.now(timezone.utc)
    finally:
        again.close()
    # then: the same ids (the REFI GUIDs derive from them) and times, so the references test
    # the exports and not the build
    assert qdpx_text(first, made_from, made_until) == qdpx_text(second, made_from, made_until)
