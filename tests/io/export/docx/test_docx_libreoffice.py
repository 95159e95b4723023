"""The Word report as LibreOffice shows it: converted to PDF headless, its contents page lists the chapters.

Skipped where LibreOffice is not installed (CI); packaging/check_libreoffice.py is the same check
for a maintainer, on the demo project.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dialog_app.io.export import ExportOptions, export

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "packaging"))
import check_libreoffice  # noqa: E402  (packaging/check_libreoffice.py: the maintainers' check)

pytestmark = pytest.mark.skipif(check_libreoffice.soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_libreoffice_shows_every_chapter_on_the_contents_page_as_a_link(exported, tmp_path, language):
    docx = tmp_path / f"rapport-{language}.docx"
    export(exported.project, "docx", docx, ExportOptions(language=language), today=date(2026, 11, 23))
    pdf = check_libreoffice.to_pdf(docx, tmp_path)
    headings = check_libreoffice.listed_headings(docx)
    assert len(headings) >= 10
    assert check_libreoffice.missing(docx, pdf) == []
    assert "Uppdatera fält" not in check_libreoffice.page_text(pdf, 2)  # Word's placeholder is gone
    # each entry a link to the page its chapter or section is on
    reader = PdfReader(pdf)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    links = sorted((link for link in links if link.get("/Subtype") == "/Link" and "/Dest" in link),
                   key=lambda link: -float(link["/Rect"][1]))  # top to bottom, as the entries stand
    targets = [reader.get_page_number(link["/Dest"][0].get_object().indirect_reference) + 1 for link in links]
    assert len(targets) == len(headings) and targets == sorted(targets) and targets[0] == 3  # after the contents
    for heading, target in zip(headings, targets, strict=True):
        assert " ".join(heading.split()) in " ".join(check_libreoffice.page_text(pdf, target).split())
