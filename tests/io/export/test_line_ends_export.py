"""A note stored with Windows line ends ("rad ett\\r\\nrad två") comes out as stored in every format
that can hold a line end, and as one line break where a format has no line-end characters.

- CSV: the exact characters in the quoted field; the writer's "\\r\\n" row ends do not touch them.
- XLSX: the exact characters (the CR written as "&#13;"), read back so by openpyxl and Excel.
- DOCX: Word keeps no line-end characters in a paragraph: a line break is an element (``<w:br/>``,
  what Shift+Enter makes), so "\\r\\n" is one line break, and reads back as one "\\n".
- PDF: no line-end characters either, only glyphs placed on lines: the two lines are printed one
  under the other, with no empty line and no stand-in for the CR, and extracted as two lines.
- REFI-QDA: the exact characters in the source file, the selection's positions counted on them;
  read as QualCoder reads it, every coding lands on its note.
"""

from __future__ import annotations

import csv
import zipfile

import docx
import openpyxl
import pytest

from dialog_app.io.export import ExportOptions, export
from tests.io.imports.refi_build import read as read_plan
from tests.io.imports.refi_build import source_of
from tests.io.pdf_reading import TODAY, read
from tests.io.qualcoder_reading import read_like_qualcoder
from tests.io.refi_files import read_qdpx

CRLF_NOTE = "rad ett\r\nrad två"
LF_NOTE = "första raden\nandra raden"
AFTER = "Anteckningen efter, som ska kodas rätt."


@pytest.fixture
def with_line_ends(exported):
    dialogue = exported.dialogues["second"]
    for name, text in (("crlf", CRLF_NOTE), ("after", AFTER)):
        exported.notes[name] = exported.project.notes.add(dialogue.id, text, status="approved")
    exported.notes["lf"] = exported.project.notes.add(exported.dialogues["first"].id, LF_NOTE, status="approved")
    exported.project.tagging.tag([exported.notes[n].id for n in ("crlf", "after", "lf")], exported.themes["trust"].id)
    return exported


def test_the_project_stores_the_crlf_as_typed(with_line_ends):
    assert with_line_ends.project.notes.get(with_line_ends.notes["crlf"].id).text == CRLF_NOTE


def test_csv_holds_the_exact_characters_in_a_quoted_field(with_line_ends, tmp_path):
    path = tmp_path / "rader.csv"
    export(with_line_ends.project, "csv", path, ExportOptions(language="sv"))
    raw = path.read_bytes()
    assert b'"rad ett\r\nrad tv\xc3\xa5"' in raw
    assert '"första raden\nandra raden"'.encode() in raw  # a line feed is not made a CRLF either
    with path.open(encoding="utf-8-sig", newline="") as handle:
        texts = {row[9] for row in csv.reader(handle, delimiter=";")}
    assert {CRLF_NOTE, LF_NOTE, AFTER} <= texts


def test_xlsx_holds_the_exact_characters(with_line_ends, tmp_path):
    path = tmp_path / "rader.xlsx"
    export(with_line_ends.project, "xlsx", path, ExportOptions(language="sv"))
    texts = {c.value for row in openpyxl.load_workbook(path).worksheets[0].iter_rows() for c in row}
    assert {CRLF_NOTE, LF_NOTE} <= texts
    with zipfile.ZipFile(path) as archive:
        assert "rad ett&#13;\nrad tv" in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_docx_makes_the_crlf_one_line_break(with_line_ends, tmp_path):
    path = tmp_path / "rapport.docx"
    export(with_line_ends.project, "docx", path, ExportOptions(language="sv"), today=TODAY)
    document = docx.Document(str(path))
    holding = [p for p in document.paragraphs if "rad ett" in p.text]
    assert holding and all("rad ett\nrad två" in p.text for p in holding)  # python-docx reads <w:br/> as "\n"
    assert not any("rad ett\n\n" in p.text for p in holding)  # one break, not two
    assert not any("\r" in p.text for p in document.paragraphs)


def test_pdf_prints_the_two_lines_one_under_the_other(with_line_ends, tmp_path):
    path = tmp_path / "rapport.pdf"
    export(with_line_ends.project, "pdf", path, ExportOptions(language="sv"), today=TODAY)
    text = "\n".join(read(path).pages)
    assert "rad ett\nrad två" in text  # the next line, with no empty line between
    assert "\ufffd" not in text and "\r" not in text


def test_refi_source_and_positions_hold_the_exact_characters(with_line_ends, tmp_path):
    path = tmp_path / "rader.qdpx"
    export(with_line_ends.project, "qdpx", path, ExportOptions(language="sv"))
    qdpx = read_qdpx(path)
    cut = qdpx.selections()
    refs = {text: ref for ref, text in cut.items()}
    assert cut[refs[CRLF_NOTE]] == CRLF_NOTE and cut[refs[LF_NOTE]] == LF_NOTE and cut[refs[AFTER]] == AFTER
    crlf_source = next(t for t in qdpx.texts.values() if CRLF_NOTE in t)
    assert "\n" not in crlf_source.replace("\r\n", "")  # the source ends all its lines like its note
    lf_source = next(t for t in qdpx.texts.values() if LF_NOTE in t)
    assert "\r" not in lf_source


def test_qualcoder_codes_every_note_of_a_crlf_source_in_its_place(with_line_ends, tmp_path):
    path = tmp_path / "rader.qdpx"
    export(with_line_ends.project, "qdpx", path, ExportOptions(language="sv"))
    exact = read_qdpx(path).selections()
    qualcoder = read_like_qualcoder(path)
    coded = {ref: texts[0] for ref, texts in qualcoder.codings.items()}
    assert {exact_ref for exact_ref, text in exact.items() if text in (CRLF_NOTE, AFTER, LF_NOTE)} <= set(coded)
    for ref, text in coded.items():
        # QualCoder shows a CRLF as a line break and a space (its rule for Windows files); nothing shifts
        assert text == exact[ref].replace("\r\n", "\n "), ref



def test_this_apps_refi_import_reads_the_crlf_note_back_exactly(with_line_ends, tmp_path):
    path = tmp_path / "rader.qdpx"
    export(with_line_ends.project, "qdpx", path, ExportOptions(language="sv"))
    texts = {note.text for note in read_plan(source_of(path)).notes}
    assert {CRLF_NOTE, LF_NOTE, AFTER} <= texts
