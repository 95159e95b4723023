"""A character no shipped font has a glyph for never breaks the PDF: it prints as a visible stand-in.

An emoji DejaVu Sans lacks is drawn from the fallback font instead (test_pdf_emoji.py)."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

from dialog_app.core.jobs import Job
from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions
from dialog_app.io.export.pdf import document, fonts
from tests.io.pdf_reading import flat, read, write_pdf

LACKING = "CJK 漢字, emoji 👍🏽, private \ue000, unassigned \u0378, NUL \x00, bell \x07, tag \U000e0041."


def test_a_note_with_characters_the_font_lacks_is_printed_with_stand_ins(exported, tmp_path):
    # given
    dialogue = exported.dialogues["first"]
    exported.project.notes.add(dialogue.id, f"Före. {LACKING} Efter.", status="approved")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: the text around them is intact, the emoji is drawn and each lacking run is one stand-in
    text = pdf.text
    shown = "CJK \ufffd, emoji 👍🏽, private \ufffd, unassigned \ufffd, NUL \ufffd, bell \ufffd, tag \ufffd."
    assert f"Före. {shown}" in text
    assert "Efter." in text


def test_a_lone_surrogate_and_odd_titles_do_not_break_the_build(exported, tmp_path):
    # given: a report whose texts hold what no database would (a lone surrogate)
    report = gather(exported.project, ExportOptions(language="en"))
    note = report.notes[0]
    odd = replace(note, text=f"broken \ud800 pair {LACKING}")
    report = replace(report, notes=(odd, *report.notes[1:]), title="Titel \ud83d med 漢字 och \x00",
                     organiser="Region 👍")
    target = tmp_path / "odd.pdf"
    # when
    with target.open("wb") as stream:
        document.write(report, stream, Job())
    # then
    pdf = read(target)
    assert "broken \ufffd pair" in pdf.text
    assert "Titel \ufffd med \ufffd och \ufffd" in pdf.text
    assert pdf.reader.metadata.title  # the metadata took the raw title without failing


def test_clean_keeps_what_the_face_has_and_replaces_the_rest():
    regular = fonts.faces()[fonts.REGULAR]
    # then
    printable = "Åsa čđŋšŧž Ελληνικά Русский"
    assert regular.clean(printable) == printable
    assert regular.clean("a\tb\r\nc\rd") == "a b\nc\nd"
    assert regular.clean("a\nb", newlines=False) == "a b"
    assert regular.clean("e\u0301") == "é"  # composed, so the precomposed glyph is used
    assert regular.clean("x漢字👍🏽y") == "x\ufffd👍🏽y"


def test_a_thousand_distinct_characters_print_across_font_subsets(exported, tmp_path):
    # given: more distinct glyphs than one 256-code subset holds, in one note and one line
    regular = fonts.faces()[fonts.REGULAR]
    letters = "".join(ch for ch in map(chr, range(0x100, 0x530))
                      if ch in regular.charset and ch.isalpha() and unicodedata.is_normalized("NFC", ch))[:600]
    words = " ".join(letters[i:i + 12] for i in range(0, len(letters), 12))
    report = gather(exported.project, ExportOptions(language="en"))
    report = replace(report, notes=(replace(report.notes[0], text=words), *report.notes[1:]))
    out = io.BytesIO()
    # when
    document.write(report, out, Job())
    # then
    target = tmp_path / "subsets.pdf"
    target.write_bytes(out.getvalue())
    assert flat(words) in read(target).text
