"""The PDF report prints every note as typed: every script, markup and formulas literal, and
personal data masked."""

from __future__ import annotations

import pytest

from dialog_app.io.export import vocabulary
from dialog_app.io.export.wording import Wording
from tests.io.export_project import (
    FINNISH, FORMULA, FORMULA_PLUS, LIBRARIES, MARKUP, NAMED, PARTICIPANT, PERSONAL, SAMI, SYNTHESIS,
)
from tests.io.pdf_reading import flat, layout_text, write_pdf

TEXTS = {"swedish": LIBRARIES, "sami": SAMI, "finnish_greek_cyrillic": FINNISH}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_script_is_printed_intact(exported, tmp_path, name):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: both readers get the characters back from the embedded subsets
    assert flat(TEXTS[name]) in pdf.text
    assert flat(TEXTS[name]) in flat(layout_text(pdf.path))


def test_markup_in_a_note_is_printed_as_typed(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: <b>, &, <font>, <para>, &amp; are text, not ReportLab markup
    assert flat(MARKUP) in pdf.text
    assert "&amp;" in pdf.text and "<b>fet</b>" in pdf.text


def test_formula_looking_notes_are_printed_literally(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then
    assert FORMULA in pdf.text
    assert FORMULA_PLUS in pdf.text


def test_personal_data_is_masked(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then
    for secret in ("070-123 45 67", "anna.berg@example.se", "811218-9876", PARTICIPANT, "08-123 456 78"):
        assert secret not in pdf.text
    words = Wording("en")
    for mask in vocabulary.MASKS.values():
        assert words(mask) in pdf.text
    assert flat(PERSONAL) not in pdf.text and flat(NAMED) not in pdf.text
    assert SYNTHESIS.split(" Kontakt")[0] in pdf.text  # the synthesis is there, its phone masked


def test_personal_data_is_printed_when_asked_for(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en", include_personal_data=True)
    # then
    assert flat(PERSONAL) in pdf.text
    assert PARTICIPANT in pdf.text
