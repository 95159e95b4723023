"""What the PDF report publishes: every published note once in the chapters and once in the
register, no unpublished or deleted note anywhere."""

from __future__ import annotations

from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions
from tests.io.export_project import CAPTURED_ONLY, DELETED, EXCLUDED, REVIEWED_ONLY
from tests.io.pdf_reading import REF, bookmarks, flat, write_pdf


def split_at_register(pdf) -> tuple[str, str]:
    """The text of the chapters after "About this report" (which cites an example reference)
    and the text of the register (the last bookmark)."""
    chapters = [page for depth, _title, page in bookmarks(pdf.reader) if depth == 0]
    first, register = chapters[2], chapters[-1]  # after "Contents" and "About this report"
    return "\n".join(pdf.pages[first - 1:register - 1]), "\n".join(pdf.pages[register - 1:])


def test_every_reference_in_the_chapters_is_in_the_register(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    chapters, register = split_at_register(pdf)
    # then
    quoted = set(REF.findall(chapters))
    assert quoted
    assert quoted <= set(REF.findall(register))


def test_every_published_note_is_in_the_register_and_its_text_in_a_chapter(exported, tmp_path):
    # given
    report = gather(exported.project, ExportOptions(language="en"))
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    chapters, register = split_at_register(pdf)
    # then
    assert set(REF.findall(register)) == {note.ref for note in report.notes}
    for note in report.notes:
        assert flat(note.text) in flat(chapters), note.ref


def test_unpublished_and_deleted_notes_are_nowhere(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then: not in the chapters, the quotes (a captured note is a key quote) or the register
    for text in (CAPTURED_ONLY, REVIEWED_ONLY, EXCLUDED, DELETED):
        assert flat(text) not in pdf.text
    unpublished = {"D1-004", "D1-008", "D1-009", "D2-004"}  # deleted, captured, excluded, reviewed
    assert not unpublished & set(REF.findall(pdf.text))


def test_all_statuses_brings_in_the_unapproved_notes_but_not_the_excluded(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en", all_statuses=True)
    # then
    assert flat(CAPTURED_ONLY) in pdf.text and flat(REVIEWED_ONLY) in pdf.text
    assert flat(EXCLUDED) not in pdf.text and flat(DELETED) not in pdf.text


def test_the_register_names_each_theme_after_its_code(exported, tmp_path):
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    _chapters, register = split_at_register(pdf)
    # then: "1.1 Digital hjälp på biblioteken", not "1.1" alone
    report = gather(exported.project, ExportOptions(language="en"))
    shown = [t for t in report.themes if t.notes]
    assert shown
    for theme in shown:
        assert flat(f"{theme.code} {theme.name}") in flat(register), theme.name
