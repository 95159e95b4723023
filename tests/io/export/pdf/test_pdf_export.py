"""The PDF report as the export runs it: progress reported, a cancel leaving no file, and the
document's language chosen independently of the app's."""

from __future__ import annotations

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording
from tests.io.pdf_reading import TODAY, write_pdf

WORDS = [QT_TRANSLATE_NOOP("Export", w) for w in ("Contents", "About the dialogues", "Register of input")]


def test_progress_climbs_to_its_total(exported, tmp_path):
    # given
    calls: list[tuple[int, int]] = []
    # when
    export(exported.project, "pdf", tmp_path / "r.pdf", ExportOptions(language="en"),
           Job(on_progress=lambda done, total: calls.append((done, total))), today=TODAY)
    # then
    assert len(calls) > 5
    assert all(0 <= done <= total for done, total in calls)
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)
    assert calls[-1][0] == calls[-1][1]


@pytest.mark.parametrize("cancel_at", [1, 4])
def test_a_cancel_during_layout_leaves_no_file(exported, tmp_path, cancel_at):
    # given: an older report at the target, and a cancel while the pages are laid out
    target = tmp_path / "r.pdf"
    target.write_bytes(b"older report")
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == cancel_at:
            job.cancel()

    job = Job(on_progress=progress)

    # when
    with pytest.raises(Cancelled):
        export(exported.project, "pdf", target, ExportOptions(language="en"), job, today=TODAY)
    # then: the older file as it was, no half-written one beside it
    assert target.read_bytes() == b"older report"
    assert sorted(p.name for p in tmp_path.iterdir() if "r.pdf" in p.name) == ["r.pdf"]
    assert len(seen) == cancel_at  # it stopped at the next look, not at the end


def test_english_and_swedish_reports_use_their_own_words(exported, tmp_path):
    # when
    english = write_pdf(exported.project, tmp_path, "en.pdf", language="en")
    swedish = write_pdf(exported.project, tmp_path, "sv.pdf", language="sv")
    # then
    en, sv = Wording("en"), Wording("sv")
    for source in WORDS:
        assert en(source) in english.text
        assert sv(source) in swedish.text
        assert sv(source) != en(source)
        assert en(source) not in swedish.text
    assert sv.date(TODAY) in swedish.text and en.date(TODAY) in english.text
