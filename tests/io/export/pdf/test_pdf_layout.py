"""The PDF report's page breaks: tables repeat their header, headings stay with what follows,
a note longer than a page goes on at the next, and a chart of many groups still fits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from dialog_app.demo.build import build_demo
from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions
from dialog_app.io.export.outline import Heading, Para, Register, outline
from tests.io.pdf_reading import bookmarks, flat, write_pdf


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Project]:
    project = build_demo(tmp_path / "demo.dialog", notes=300)
    try:
        yield project
    finally:
        project.close()


def test_the_register_repeats_its_header_on_every_page(demo, tmp_path):
    # given
    report = gather(demo, ExportOptions(language="en", all_statuses=True))
    header = next(b for b in outline(report) if isinstance(b, Register)).header
    # when
    pdf = write_pdf(demo, tmp_path, language="en", all_statuses=True)
    # then
    first = bookmarks(pdf.reader)[-1][2]
    pages = pdf.pages[first - 1:]
    assert len(pages) >= 5
    assert all(" ".join(header) in flat(page) for page in pages)


def test_no_page_ends_with_a_heading_or_a_label(demo, tmp_path):
    # given
    report = gather(demo, ExportOptions(language="en", all_statuses=True))
    headings = {flat(b.text) for b in outline(report)
                if isinstance(b, Heading) or (isinstance(b, Para) and b.style == "label")}
    # when
    pdf = write_pdf(demo, tmp_path, language="en", all_statuses=True)
    # then: the last line above the page number is never a heading
    for number, page in enumerate(pdf.pages[2:], start=3):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert flat(lines[-2]) not in headings, (number, lines[-2])


def test_a_note_longer_than_a_page_goes_on_at_the_next(exported, tmp_path):
    # given
    paragraphs = [" ".join(f"ord{p}x{i}" for i in range(90)) for p in range(9)]
    dialogue = exported.dialogues["first"]
    exported.project.notes.add(dialogue.id, "\n\n".join(paragraphs), status="approved")
    exported.project.notes.add(dialogue.id, "Anteckningen efter den långa.", status="approved")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: every word, in order, over more than one page; the next note after it
    text = pdf.body
    assert flat(" ".join(paragraphs)) in text
    assert pdf.page_of("ord8x89", after=2) > pdf.page_of("ord0x0", after=2)
    assert text.index("ord8x89") < text.index("Anteckningen efter den långa.")


def test_a_chart_of_many_groups_prints_every_group_and_value(exported, tmp_path):
    # given: 35 groups with notes under one theme
    project = exported.project
    dialogue = exported.dialogues["second"]
    theme = exported.themes["infra"]
    ids = []
    for n in range(35):
        group = project.participation.add_group(f"Grupp {n:02d}")
        ids += [project.notes.add(dialogue.id, f"Inspel {n}-{k}", group_id=group.id, status="approved").id
                for k in range(n % 4 + 1)]
    project.tagging.tag(ids, theme.id)
    # when
    pdf = write_pdf(project, tmp_path, language="en")
    # then: the theme's chapter holds every group's bar, each with its value beside it
    start = next(page for _d, title, page in bookmarks(pdf.reader) if title.startswith(theme.code))
    lines = [line.strip() for page in pdf.pages[start - 1:start + 1] for line in page.splitlines()]
    for n in range(35):
        label = lines.index(f"Grupp {n:02d}")
        assert lines[label + 1] == str(n % 4 + 1)
