"""The two entry points for minutes: the same minutes written in Word, LibreOffice and Markdown give
the same notes, questions and groups; a quick look counts what would come in."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports.documents import inspect_document, read_document
from dialog_app.io.imports.source_facts import ReadOptions, Source
from tests.io.imports.document_files import odt_bytes, source_of

MARKDOWN = """# Vad är viktigast för regionen?

Bättre bredband i Sörbyn & Överkalix 🚀

Kommuner:

- Fler turer på kvällen
- Anropsstyrd trafik

**Näringsliv:** Vi behöver <b>lärlingar</b>

# Frågor utan svar
"""

ODT = (
    '<text:h text:outline-level="1">Vad är viktigast för regionen?</text:h>'
    "<text:p>Bättre bredband i Sörbyn &amp; Överkalix 🚀</text:p>"
    "<text:p>Kommuner:</text:p>"
    "<text:list><text:list-item><text:p>Fler turer på kvällen</text:p></text:list-item>"
    "<text:list-item><text:p>Anropsstyrd trafik</text:p></text:list-item></text:list>"
    '<text:p><text:span text:style-name="T1">Näringsliv:</text:span>'
    " Vi behöver &lt;b&gt;lärlingar&lt;/b&gt;</text:p>"
    '<text:h text:outline-level="1">Frågor utan svar</text:h>'
)

QUESTION = "Vad är viktigast för regionen?"


def word_minutes(path: Path) -> Path:
    document = docx.Document()
    document.add_heading(QUESTION, 1)
    document.add_paragraph("Bättre bredband i Sörbyn & Överkalix 🚀")
    document.add_paragraph("")
    document.add_paragraph("Kommuner:")
    document.add_paragraph("Fler turer på kvällen", style="List Bullet")
    document.add_paragraph("Anropsstyrd trafik", style="List Bullet")
    lead = document.add_paragraph()
    lead.add_run("Näringsliv:").bold = True
    lead.add_run(" Vi behöver <b>lärlingar</b>")
    document.add_heading("Frågor utan svar", 1)
    document.save(path)
    return path


@pytest.fixture(params=["docx", "odt", "markdown"])
def minutes(request, tmp_path: Path) -> Source:
    if request.param == "docx":
        return source_of(word_minutes(tmp_path / "protokoll.docx"), "docx")
    path = tmp_path / ("protokoll.odt" if request.param == "odt" else "protokoll.md")
    path.write_bytes(odt_bytes(ODT) if request.param == "odt" else MARKDOWN.encode("utf-8"))
    return source_of(path, request.param)


def test_the_same_minutes_in_any_format_give_the_same_notes_with_group_lines(minutes):
    # when
    plan = read_document(minutes, ReadOptions(group_lines=True), Job())
    # then
    assert [(note.text, note.question, note.group) for note in plan.notes] == [
        ("Bättre bredband i Sörbyn & Överkalix 🚀", QUESTION, None),
        ("Fler turer på kvällen", QUESTION, "Kommuner"),
        ("Anropsstyrd trafik", QUESTION, "Kommuner"),
        ("Vi behöver <b>lärlingar</b>", QUESTION, "Näringsliv"),
    ]
    assert plan.questions == (QUESTION, "Frågor utan svar")
    assert plan.groups == ("Kommuner", "Näringsliv")
    assert (plan.file_name, plan.sha256, plan.kind) == (minutes.name, minutes.sha256, SourceKind.DOCUMENT)
    assert plan.facts["format"] == minutes.format


def test_the_same_minutes_in_any_format_keep_every_line_without_group_lines(minutes):
    # when
    plan = read_document(minutes, ReadOptions(), Job())
    # then: nothing typed is lost
    assert [note.text for note in plan.notes] == [
        "Bättre bredband i Sörbyn & Överkalix 🚀", "Kommuner:", "Fler turer på kvällen", "Anropsstyrd trafik",
        "Näringsliv: Vi behöver <b>lärlingar</b>"]
    assert plan.groups == ()


def test_origins_count_the_paragraphs_of_the_word_file_headings_and_blank_ones_included(tmp_path):
    # when
    plan = read_document(source_of(word_minutes(tmp_path / "protokoll.docx"), "docx"), ReadOptions(), Job())
    # then
    assert [note.origin for note in plan.notes] == [f"paragraph={n}" for n in (2, 4, 5, 6, 7)]


@pytest.mark.parametrize(("group_lines", "count"), [(False, 5), (True, 4)])
def test_a_quick_look_counts_what_would_become_notes(minutes, group_lines, count):
    # when
    facts = inspect_document(minutes, ReadOptions(group_lines=group_lines))
    # then
    assert (facts.kind, facts.format, facts.sha256, facts.path) == (
        SourceKind.DOCUMENT, minutes.format, minutes.sha256, minutes.path)
    assert facts.row_count == count
    assert (facts.header, facts.sample, facts.sheets, facts.mapping) == ((), (), (), None)


def test_a_text_file_says_its_encoding_and_the_user_may_choose_another(tmp_path):
    # given
    path = tmp_path / "anteckningar.txt"
    text = "Överkalix behöver bredband.\r\n\r\nCivilsamhälle:\r\nFler mötesplatser – 20 €\r\n"
    path.write_bytes(text.encode("cp1252"))
    source = source_of(path, "text")
    # when
    plan = read_document(source, ReadOptions(group_lines=True), Job())
    chosen = read_document(source, ReadOptions(encoding="iso8859_15"), Job())
    # then
    assert plan.facts == {"format": "text", "encoding": "cp1252"}
    assert [(note.text, note.group, note.origin) for note in plan.notes] == [
        ("Överkalix behöver bredband.", None, "paragraph=1"),
        ("Fler mötesplatser – 20 €", "Civilsamhälle", "paragraph=3")]
    assert inspect_document(source, ReadOptions()).encoding == "cp1252"
    assert chosen.facts["encoding"] == "iso8859_15"
    assert chosen.notes[-1].text == "Fler mötesplatser \x96 20 \x80"  # what the user asked for, shown as it reads


TEXT = "Synpunkter från mötet i Överkalix – 20 € per månad är mycket.\r\nÅÄÖ åäö “citat” 🚀\r\n"


@pytest.mark.parametrize(("saved_as", "encoding", "found"), [
    ("Notepad, UTF-8", "utf_8", "utf_8"),
    ("Notepad, UTF-8 with BOM", "utf_8_sig", "utf_8_sig"),
    ("Notepad, Unicode", "utf_16", "utf_16"),
    ("UTF-16 without a mark", "utf_16_le", "utf_16_le"),
    ("Notepad, ANSI on Swedish Windows", "cp1252", "cp1252"),
])
def test_a_text_file_reads_back_exactly_however_it_was_saved(tmp_path, saved_as, encoding, found):
    # given: Windows-1252 has no emoji
    text = TEXT.replace(" 🚀", "") if encoding == "cp1252" else TEXT
    path = tmp_path / "anteckningar.txt"
    path.write_bytes(text.encode(encoding))
    # when
    plan = read_document(source_of(path, "text"), ReadOptions(), Job())
    # then
    assert plan.facts["encoding"] == found, saved_as
    assert [note.text for note in plan.notes] == [" ".join(text.split())]


@pytest.mark.parametrize(("name", "fmt", "data", "problem"), [
    ("bild.txt", "text", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem.BINARY),
    ("arkiv.md", "markdown", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", FileProblem.BINARY),
    ("tom.txt", "text", b"\xef\xbb\xbf \r\n\t\r\n", FileProblem.EMPTY),
    ("bild.docx", "docx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem.BROKEN),
    ("bild.odt", "odt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem.BROKEN),
    ("tabell.rtf", "rtf", b"{\\rtf1}", FileProblem.UNKNOWN_KIND),
])
def test_a_file_that_is_not_what_its_name_says_is_refused_in_words(tmp_path, name, fmt, data, problem):
    # given
    path = tmp_path / name
    path.write_bytes(data)
    # when
    with pytest.raises(ImportFileError) as refused:
        read_document(source_of(path, fmt), ReadOptions(), Job())
    # then
    assert refused.value.problem is problem


def test_an_encoding_that_does_not_read_the_file_is_refused(tmp_path):
    # given
    path = tmp_path / "anteckningar.txt"
    path.write_bytes("Överkalix".encode("cp1252"))
    # when
    with pytest.raises(ImportFileError) as refused:
        read_document(source_of(path, "text"), ReadOptions(encoding="utf_8"), Job())
    # then
    assert (refused.value.problem, refused.value.detail) == (FileProblem.WRONG_ENCODING, "utf_8")
