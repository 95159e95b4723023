"""The Word report's contents page read back from its XML: entries already there, linked to the headings.

LibreOffice and converters show a TOC field's stored result as it is, so the result must list every
chapter and section before Word ever updates it. Also the count tables' header rows.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from lxml import etree

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.docx.document import TEXT_WIDTH
from dialog_app.io.export.gather import gather
from dialog_app.io.export.outline import Heading, outline

TODAY = date(2026, 11, 23)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = {"w": W_NS}
RIGHT, DOTS = WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def _export(exported, tmp_path: Path, language: str = "en") -> Path:
    target = tmp_path / f"rapport-{language}.docx"
    export(exported.project, "docx", target, ExportOptions(language=language), today=TODAY)
    return target


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml")).find(_w("body"))


def _toc_span(paragraphs: list) -> tuple[int, int]:
    """The first and the last paragraph of the TOC field, found by following the field nesting."""
    depth, start = 0, None
    for index, p in enumerate(paragraphs):
        for element in p.iter(_w("fldChar"), _w("instrText")):
            if element.tag == _w("instrText"):
                if start is None and element.text.strip().startswith("TOC "):
                    start = index
                continue
            kind = element.get(_w("fldCharType"))
            depth += {"begin": 1, "end": -1}.get(kind, 0)
            if start is not None and kind == "end" and depth == 0:
                return start, index
    raise AssertionError("no complete TOC field")


def _entry(p) -> tuple[str, str, str, str]:
    """(style id, text, link anchor, PAGEREF bookmark) of one entry paragraph."""
    style = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=W)
    link = p.find(_w("hyperlink"))
    text = "".join(link.xpath("w:r/w:t/text()", namespaces=W))
    pageref = " ".join(link.xpath("w:r/w:instrText/text()", namespaces=W)).split()
    assert pageref[0] == "PAGEREF" and link.xpath("w:r/w:tab", namespaces=W)  # the number after a tab
    return style, text, link.get(_w("anchor")), pageref[1]


def _headings(paragraphs: list, styles) -> list[tuple[int, str, str]]:
    """(level, text, bookmark) of each Heading 1–2 paragraph, the ones Word's \\o "1-2" lists."""
    found = []
    for p in paragraphs:
        style_id = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=W)
        name = styles.get(style_id)
        if name in ("heading 1", "heading 2"):
            marks = p.xpath("w:bookmarkStart/@w:name", namespaces=W)
            found.append((int(name[-1]), "".join(p.xpath("w:r/w:t/text()", namespaces=W)), *marks))
    return found


def test_the_toc_fields_result_lists_every_heading_in_order_with_its_link(exported, tmp_path):
    path = _export(exported, tmp_path)
    paragraphs = _body(path).findall(_w("p"))
    document = docx.Document(path)
    styles = {s.style_id: s.element.name_val for s in document.styles}
    first, last = _toc_span(paragraphs)
    begin = paragraphs[first].xpath("w:r/w:fldChar", namespaces=W)[0]
    assert begin.get(_w("fldCharType")) == "begin" and begin.get(_w("dirty")) == "true"  # Word rebuilds it
    entries = [_entry(p) for p in paragraphs[first:last + 1] if p.find(_w("hyperlink")) is not None]
    headings = _headings(paragraphs, styles)
    # one entry per heading, in order: its style by level, its text, a link and a page number to its bookmark
    assert [(style, text, anchor) for style, text, anchor, _ref in entries] == [
        (f"TOC{level}", text, mark) for level, text, mark in headings]
    assert all(anchor == ref for _style, _text, anchor, ref in entries)
    report = gather(exported.project, ExportOptions(language="en"), today=TODAY)
    listed = [b.text for b in outline(report) if isinstance(b, Heading) and b.contents and b.level <= 2]
    assert [text for _style, text, _anchor, _ref in entries] == listed and len(listed) >= 10
    assert {styles[f"TOC{level}"] for level in (1, 2)} == {"toc 1", "toc 2"}  # Word's own entry styles
    # the bookmarks: hidden (_Toc…), unique, each ended
    names = [m.get(_w("name")) for m in _body(path).iter(_w("bookmarkStart"))]
    ids = [m.get(_w("id")) for m in _body(path).iter(_w("bookmarkStart"))]
    ends = [m.get(_w("id")) for m in _body(path).iter(_w("bookmarkEnd"))]
    assert all(n.startswith("_Toc") and len(n) <= 40 for n in names)
    assert len(set(names)) == len(names) == len(set(ids)) and sorted(ids) == sorted(ends)


def test_entries_have_a_right_tab_no_invented_page_numbers_and_no_placeholder(exported, tmp_path):
    path = _export(exported, tmp_path, "sv")
    paragraphs = _body(path).findall(_w("p"))
    first, last = _toc_span(paragraphs)
    entries = [p for p in paragraphs[first:last + 1] if p.find(_w("hyperlink")) is not None]
    for p in entries:
        results = p.xpath("w:hyperlink/w:r[w:fldChar/@w:fldCharType='separate']/following-sibling::w:r/w:t",
                          namespaces=W)
        assert results == []  # no number rather than a guessed one: Word computes them
        tab = p.xpath("w:pPr/w:tabs/w:tab", namespaces=W)[0]
        assert (tab.get(_w("val")), tab.get(_w("leader"))) == ("right", "none")  # no dots running into nothing
    document = docx.Document(path)
    for name in ("toc 1", "toc 2"):
        stop = document.styles[name].paragraph_format.tab_stops[0]
        assert (stop.alignment, stop.leader) == (RIGHT, DOTS)  # dots once Word numbers them
        assert abs(stop.position - TEXT_WIDTH) < 635  # at the right margin, to the twip
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Uppdatera fält" not in text and "Update Field" not in text


def test_count_tables_have_a_repeating_header_row(exported, tmp_path):
    document = docx.Document(_export(exported, tmp_path))
    report = gather(exported.project, ExportOptions(language="en"), today=TODAY)
    caption = report.wording("Notes per stakeholder group")
    charts = [t for t in document.tables if t._tbl.xpath("./w:tblPr/w:tblCaption/@w:val") == [caption]]
    assert charts
    for chart in charts:
        header = chart.rows[0]
        assert header._tr.xpath("./w:trPr/w:tblHeader/@w:val") == ["true"]
        assert [c.text for c in header.cells] == ["Stakeholder group", "Number", ""]
        assert chart._tbl.xpath("./w:tblPr/w:tblLook/@w:firstRow") == ["1"]
        assert not any(r._tr.xpath("./w:trPr/w:tblHeader") for r in chart.rows[1:])
    # every table of the report names its columns in a header row
    assert all(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader") for t in document.tables)
