"""The PDF report's metadata (title, author, subject, creator, language) and its embedded fonts."""

from __future__ import annotations

import pytest

from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording
from tests.io.pdf_reading import fonts, write_pdf


@pytest.mark.parametrize(("language", "tag"), [("sv", "sv-SE"), ("en", "en-GB")])
def test_metadata_names_the_report_its_organiser_and_language(exported, tmp_path, language, tag):
    # when
    pdf = write_pdf(exported.project, tmp_path, language=language)
    # then
    meta = pdf.reader.metadata
    assert meta.title == "Regional digitaliseringsstrategi 2030"
    assert meta.author == "Region Västerbotten"
    assert meta.subject == Wording(language)(QT_TRANSLATE_NOOP("Export", "Summary of the input from the dialogues"))
    assert meta.creator == "dialog_app"
    catalog = pdf.reader.trailer["/Root"]
    assert catalog["/Lang"] == tag
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]


def test_every_font_is_dejavu_and_embedded(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: regular, bold and oblique subsets, each with its TrueType program inside
    used = fonts(pdf.reader)
    assert {name.split("+")[-1] for name in used} == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert all(used.values()), used
