"""The Word report: written through export(), read back with python-docx and from its XML."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
from lxml import etree

from dialog_app.core.jobs import Job
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from dialog_app.io.export.outline import Heading, outline
from dialog_app.io.export.wording import Wording
from tests.io import export_project as fx

TODAY = date(2026, 11, 23)
W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _export(exported, tmp_path: Path, name: str = "rapport.docx", **options) -> Path:
    target = tmp_path / name
    export(exported.project, "docx", target, ExportOptions(**options), today=TODAY)
    return target


def _report(exported, **options):
    return gather(exported.project, ExportOptions(**options), today=TODAY)


def _text(document) -> str:
    """Every paragraph of the body, tables included, one per line."""
    lines = []
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            lines += [cell.text for row in item.rows for cell in row.cells]
        else:
            lines.append(item.text)
    return "\n".join(lines)


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def _instructions(path: Path, part: str) -> list[str]:
    return [text.strip() for text in _xml(path, part).xpath("//w:instrText/text()", namespaces=W)]


def test_headings_are_words_heading_styles_in_the_outlines_order(exported, tmp_path):
    document = docx.Document(_export(exported, tmp_path, language="en"))
    report = _report(exported, language="en")
    w = report.wording
    headings = [(p.style.name, p.text) for p in document.paragraphs if "Heading" in p.style.name
                and p.style.name != "TOC Heading"]
    expected = [(f"Heading {b.level}" if b.contents else f"Section Heading {b.level}", b.text)
                for b in outline(report) if isinstance(b, Heading)]
    assert headings == expected
    # a theme's own sections are headings one level below it (never a skipped level), out of the contents
    sections = {p.style.name: p.style.base_style.name for p in document.paragraphs
                if p.style.name.startswith("Section Heading")}
    assert sections == {"Section Heading 2": "Heading 2", "Section Heading 3": "Heading 3"}
    chapters = [text for style, text in headings if style == "Heading 1"]
    themes = [t.title for t in report.themes if t.depth == 0]
    assert chapters == [w("About this report"), w("About the dialogues"), *themes,
                        w("Input outside the themes"), w("Register of input")]
    assert ("Heading 2", "1.1 Digital hjälp på biblioteken") in headings  # the sub-theme
    assert all(p.paragraph_format.page_break_before for p in document.paragraphs if p.style.name == "Heading 1")
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Subtitle", "Quote", "List Bullet", "List Number"} <= styles


def test_text_is_intact_literal_and_masked(exported, tmp_path):
    text = _text(docx.Document(_export(exported, tmp_path, language="en")))
    w = Wording("en")
    for kept in (fx.LIBRARIES, fx.SAMI, fx.FINNISH, fx.MARKUP, fx.FORMULA, fx.FORMULA_PLUS, fx.UNCOVERED):
        assert kept in text
    for personal in ("070-123 45 67", "anna.berg@example.se", "811218-9876", "08-123 456 78", fx.PARTICIPANT):
        assert personal not in text
    for mask in ("[phone]", "[e-mail]", "[personal identity number]", "[name]"):
        assert w(mask) in text
    for unpublished in (fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.EXCLUDED, fx.DELETED):
        assert unpublished not in text


def test_register_lists_every_published_note_and_every_reference_used(exported, tmp_path):
    document = docx.Document(_export(exported, tmp_path, language="en"))
    report = _report(exported, language="en")
    register = document.tables[-1]
    header, *rows = register.rows
    assert header._tr.xpath("./w:trPr/w:tblHeader")  # repeated on every page
    listed = [row.cells[0].text for row in rows]
    assert listed == [note.ref for note in report.notes]
    cited = {p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "Note"}
    cited |= {p.text.splitlines()[-1].split(" · ")[0] for p in document.paragraphs if p.style.name == "Quote"}
    assert cited and cited <= set(listed)
    body = _text(document)
    assert all(note.text in body for note in report.notes)  # the register holds no text; the chapters do


def test_contents_page_numbers_and_update_on_open_are_word_fields(exported, tmp_path):
    path = _export(exported, tmp_path, language="en")
    assert 'TOC \\o "1-2" \\h \\z' in _instructions(path, "word/document.xml")
    settings = _xml(path, "word/settings.xml")
    assert settings.xpath("w:updateFields/@w:val", namespaces=W) == ["true"]
    document = docx.Document(path)
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section._sectPr.xpath('./w:footerReference[@w:type="first"]')  # defined, and empty: none on the cover
    assert section.first_page_footer.paragraphs[0].text == ""
    footer = etree.fromstring(section.footer._element.xml.encode())
    assert [t.strip() for t in footer.xpath("//w:instrText/text()", namespaces=W)] == ["PAGE", "NUMPAGES"]
    assert "".join(footer.xpath("//w:t/text()", namespaces=W)) == "Page 1 of 1"
    body = _xml(path, "word/document.xml")  # the contents entries are in the field's result (test_docx_contents)
    assert len(body.xpath("//w:p[w:pPr/w:pStyle/@w:val='TOC1']/w:hyperlink", namespaces=W)) >= 5


def test_properties_and_language(exported, tmp_path):
    for language, locale in (("sv", "sv-SE"), ("en", "en-GB")):
        path = _export(exported, tmp_path, f"{language}.docx", language=language)
        properties = docx.Document(path).core_properties
        assert properties.title == "Regional digitaliseringsstrategi 2030"
        assert properties.author == "Region Västerbotten"
        assert properties.language == locale
        assert properties.subject and properties.keywords and properties.comments == ""
        assert _report(exported, language=language).framework in properties.keywords
        styles = _xml(path, "word/styles.xml")
        assert styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val", namespaces=W) == [locale]
        with zipfile.ZipFile(path) as package:
            assert "docProps/thumbnail.jpeg" not in package.namelist()  # the template's preview


def test_bar_chart_is_a_table_with_readable_numbers_and_coloured_bars(exported, tmp_path):
    document = docx.Document(_export(exported, tmp_path, language="en"))
    report = _report(exported, language="en")
    trust = report.themes[2]
    caption = report.wording("Notes per stakeholder group")
    charts = [t for t in document.tables if t._tbl.xpath("./w:tblPr/w:tblCaption/@w:val") == [caption]]
    assert len(charts) == sum(1 for t in report.themes if t.groups)
    chart = charts[2]
    header, *rows = chart.rows
    assert header._tr.xpath("./w:trPr/w:tblHeader")
    assert [(r.cells[0].text, r.cells[1].text) for r in rows] == [(g, str(n)) for g, n in trust.groups]
    fills = chart._tbl.xpath(".//w:r/w:rPr/w:shd/@w:fill")
    assert fills and set(fills) == {trust.colour.lstrip("#").upper()}


def test_numbered_lists_each_start_at_one(exported, tmp_path):
    document = docx.Document(_export(exported, tmp_path, language="en"))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(numbered) == 3 and num_ids[0] == num_ids[1] != num_ids[2]
    numbering = document.part.numbering_part.element
    assert numbering.xpath(f'w:num[@w:numId="{num_ids[2]}"]/w:lvlOverride/w:startOverride/@w:val') == ["1"]


def test_control_characters_and_line_breaks_in_a_note(exported, tmp_path):
    dialogue = exported.dialogues["first"]
    exported.project.notes.add(dialogue.id, "Före\x00efter\x07 bell\nny rad\x0bsista\x1f.", status="approved")
    document = docx.Document(_export(exported, tmp_path, language="en"))
    note = next(p for p in document.paragraphs if p.style.name == "Note" and "Före" in p.text)
    assert "Föreefter bell\nny rad\nsista." in note.text
    assert len(note._p.xpath(".//w:br")) >= 3  # two in the text, one before the meta line


def test_progress_runs_to_the_end(exported, tmp_path):
    calls = []
    export(exported.project, "docx", tmp_path / "rapport.docx", job=Job(on_progress=lambda *call: calls.append(call)),
           today=TODAY)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 1
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_swedish_words_and_footer(exported, tmp_path):
    swedish = docx.Document(_export(exported, tmp_path, "sv.docx", language="sv"))
    english = docx.Document(_export(exported, tmp_path, "en.docx", language="en"))
    assert "Om dialogerna" in [p.text for p in swedish.paragraphs if p.style.name == "Heading 1"]
    assert "About the dialogues" in [p.text for p in english.paragraphs if p.style.name == "Heading 1"]
    assert swedish.sections[0].footer.paragraphs[0].text == "Sida 1 av 1"
    assert english.sections[0].footer.paragraphs[0].text == "Page 1 of 1"
