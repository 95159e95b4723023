"""The PDF report's navigation: "Page N of M" on every page but the cover, a table of contents
whose lines give the right pages and link to them, and bookmarks for the chapters."""

from __future__ import annotations

import re

import pytest

from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions
from dialog_app.io.export.outline import Heading, outline
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording
from tests.io.pdf_reading import bookmarks, flat, layout_text, write_pdf

PAGE_OF = QT_TRANSLATE_NOOP("Export", "Page %1 of %2")
CONTENTS_ENDS = 2  # the fixture's report: the cover, then one page of contents


def listed_headings(project, language: str) -> list[Heading]:
    report = gather(project, ExportOptions(language=language))
    return [b for b in outline(report) if isinstance(b, Heading) and b.level <= 2 and b.contents]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_page_but_the_cover_has_page_n_of_m(exported, tmp_path, language):
    # when
    pdf = write_pdf(exported.project, tmp_path, language=language)
    # then
    words = Wording(language)
    total = len(pdf.pages)
    assert total == len(pdf.reader.pages) > 5
    assert words(PAGE_OF, 1, total) not in flat(pdf.pages[0])
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert words(PAGE_OF, number, total) in flat(page)
    if language == "sv":
        assert f"Sida 2 av {total}" in flat(pdf.pages[1])


def test_the_contents_list_every_chapter_with_the_page_it_starts_on(exported, tmp_path):
    # given
    headings = listed_headings(exported.project, "en")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: one line per level 1–2 heading, its page number the page the heading is on
    contents = flat(pdf.pages[1])
    assert Wording("en")(QT_TRANSLATE_NOOP("Export", "Contents")) in contents
    for heading in headings:
        found = re.search(re.escape(flat(heading.text)) + r" (\d+)", contents)
        assert found, heading.text
        page = int(found.group(1))
        assert flat(heading.text) in flat(pdf.pages[page - 1]), (heading.text, page)
    chapters = [h for h in headings if h.level == 1]
    assert [contents.index(flat(h.text)) for h in chapters] == sorted(contents.index(flat(h.text)) for h in chapters)


def test_chapters_start_on_a_new_page(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: a chapter's title is the first thing below the running head of the page its bookmark names
    chapters = [(title, page) for depth, title, page in bookmarks(pdf.reader)[1:] if depth == 0]
    assert [title for title, _page in chapters] == [
        h.text for h in listed_headings(exported.project, "en") if h.level == 1]
    for title, page in chapters:
        assert pdf.pages[page - 1].splitlines()[1].strip() == title  # line 0 is the running head


def test_contents_lines_link_to_their_headings(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: one link per line, in order, each to the page its bookmark names
    reader = pdf.reader
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    targets = [reader.get_page_number(link["/Dest"][0].get_object()) + 1 for link in links]
    assert targets == [page for _depth, _title, page in bookmarks(reader)[1:]]
    assert len(targets) == len(listed_headings(exported.project, "en"))


def test_bookmarks_lead_to_the_chapters(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then
    marks = bookmarks(pdf.reader)
    assert marks[0] == (0, "Contents", 2)
    headings = listed_headings(exported.project, "en")
    assert [(depth, title) for depth, title, _page in marks[1:]] == [(h.level - 1, h.text) for h in headings]
    for _depth, title, page in marks[1:]:
        assert flat(title) in flat(pdf.pages[page - 1])


def test_pdftotext_reads_the_page_numbers_too(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    text = layout_text(pdf.path)
    # then
    total = len(pdf.pages)
    pages = text.split("\f")
    assert all(f"Page {n} of {total}" in pages[n - 1] for n in range(2, total + 1))


def test_a_contents_longer_than_a_page_goes_on_and_still_links(exported, tmp_path):
    # given: 70 more dialogues, each a line of the contents
    for n in range(70):
        dialogue = exported.project.dialogues.create(f"Extra dialog {n:02d}", kind="workshop")
        exported.project.notes.add(dialogue.id, f"Anteckning {n}", status="approved")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: the contents take pages 2–4, their links in order lead where the bookmarks do
    marks = bookmarks(pdf.reader)
    first_chapter = marks[1][2]
    assert marks[0] == (0, "Contents", 2) and first_chapter == 5
    reader = pdf.reader
    targets = [reader.get_page_number(a.get_object()["/Dest"][0].get_object()) + 1
               for page in reader.pages[1:first_chapter - 1] for a in page.get("/Annots", [])]
    assert targets == [page for _depth, _title, page in marks[1:]]
    assert "Extra dialog 69" in flat(pdf.pages[2]) and "Register of input" in flat(pdf.pages[3])
