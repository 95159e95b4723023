"""Emoji and symbols DejaVu Sans lacks are drawn from the shipped Noto Emoji and copy out exactly.

Read back as readers would: pypdf and poppler's pdftotext both take the text from the fonts'
ToUnicode maps, which must hold a character beyond U+FFFF as its UTF-16 surrogate pair.
"""

from __future__ import annotations

from dialog_app.io.export.pdf import fonts
from dialog_app.io.export.pdf.markup import paragraph_text
from tests.io.pdf_reading import flat, fonts as used_fonts, layout_text, write_pdf

SAID = "Bra 😀 men fjällen är 👎 och 🇸🇪"
UNKNOWN = "Ord 漢字 kvar"  # no shipped font has CJK: one visible stand-in


def _note(exported, text: str) -> None:
    dialogue = exported.dialogues["first"]
    exported.project.notes.add(dialogue.id, text, status="approved")


def test_emoji_in_a_note_copy_out_exactly_with_pypdf_and_pdftotext(exported, tmp_path):
    # given
    _note(exported, SAID)
    # when
    pdf = write_pdf(exported.project, tmp_path, language="sv")
    # then: both readers give back the very characters typed
    assert SAID in pdf.text
    assert SAID in flat(layout_text(pdf.path))
    assert "\u1f60" not in pdf.text  # the old fault: the code point read as four hex digits
    # and the fallback font is embedded beside DejaVu Sans
    embedded = used_fonts(pdf.reader)
    emoji = [name for name in embedded if name.endswith(fonts.FALLBACK)]
    assert emoji and all(embedded[name] for name in emoji)


def test_a_character_no_shipped_font_has_prints_as_one_stand_in(exported, tmp_path):
    # given
    _note(exported, f"{UNKNOWN} och 👍")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="sv")
    # then
    assert "Ord \ufffd kvar och 👍" in pdf.text


def test_paragraph_markup_sets_the_fallback_runs_in_their_font():
    regular = fonts.faces()[fonts.REGULAR]
    # when
    markup = paragraph_text(regular, "a < 👎👎 & b\nc")
    # then
    assert markup == f'a &lt; <font name="{fonts.FALLBACK}">👎👎</font> &amp; b<br/>c'
    assert regular.runs("fjällen är 👎") == [(regular, "fjällen är "), (regular.fallback, "👎")]
    assert regular.width("👎") > 0.5  # measured in the font that draws it, not as a missing glyph


def test_emoji_in_a_theme_and_a_group_name_copy_out_of_heading_contents_chart_and_register(exported, tmp_path):
    # given: a theme and a stakeholder group whose names hold an emoji DejaVu lacks
    project = exported.project
    framework = project.frameworks.frameworks()[0]
    theme = project.frameworks.add_theme(framework.id, "Fjällen 👎", code="9")
    group = project.participation.add_group("Renskötare 🦌")
    note = project.notes.add(exported.dialogues["first"].id, "Vägen till fjället 👎", group_id=group.id,
                             status="approved")
    project.tagging.tag([note.id], theme.id)
    # when
    pdf = write_pdf(project, tmp_path, language="sv")
    # then: contents line, chapter heading, chart label and register cell each read back exactly
    text = pdf.text
    assert text.count("9 Fjällen 👎") >= 3  # contents, heading, register
    assert "Renskötare 🦌" in text
    assert "\ufffd" not in text
