"""An export is all or nothing: a cancel, a crash or a full disk leaves no half-written file."""

from __future__ import annotations

import errno
import os

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.export import FORMATS, ExportFormat, export
from dialog_app.io.export.atomic_file import ExportError, atomic_output


def writer_that(action):
    def write(report, stream, job):
        stream.write(b"the beginning of a file")
        job.report(1, 2)
        action(job)
        stream.write(b"... and its end")
    return write


@pytest.fixture
def fake_writer(monkeypatch):
    """Replace every format's writer by the one a test chooses."""
    chosen = {}
    monkeypatch.setattr(ExportFormat, "writer", lambda self: chosen["write"])
    return chosen


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".dialog" and "-wal" not in p.name
                  and "-shm" not in p.name and not p.name.endswith(".dialog.lock"))


def test_a_finished_export_replaces_the_file_at_once(exported, fake_writer, tmp_path):
    # given
    target = tmp_path / "rapport.csv"
    target.write_bytes(b"an older export")
    fake_writer["write"] = writer_that(lambda job: None)
    # when
    result = export(exported.project, "csv", target)
    # then
    assert target.read_bytes() == b"the beginning of a file... and its end"
    assert result.notes == 9 and result.dialogues == 3
    assert leftovers(tmp_path) == ["rapport.csv"]


def test_a_cancel_midway_leaves_no_file_and_keeps_the_older_one(exported, fake_writer, tmp_path):
    # given
    target = tmp_path / "rapport.csv"
    target.write_bytes(b"an older export")
    job = Job()

    def cancel_now(given):
        job.cancel()
        given.check()

    fake_writer["write"] = writer_that(cancel_now)
    # when
    with pytest.raises(Cancelled):
        export(exported.project, "csv", target, job=job)
    # then
    assert target.read_bytes() == b"an older export"
    assert leftovers(tmp_path) == ["rapport.csv"]


def test_a_cancel_before_writing_makes_no_file(exported, fake_writer, tmp_path):
    # given
    job = Job()
    job.cancel()
    fake_writer["write"] = writer_that(lambda given: None)
    # when
    with pytest.raises(Cancelled):
        export(exported.project, "pdf", tmp_path / "rapport.pdf", job=job)
    # then
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("format_key", list(FORMATS))
def test_every_real_writer_stops_at_a_cancel_and_leaves_no_file(exported, tmp_path, format_key):
    # given: the user cancels as soon as the writer reports progress
    job = Job(on_progress=lambda done, total: job.cancel())
    out = tmp_path / "out"
    out.mkdir()
    # when
    with pytest.raises(Cancelled):
        export(exported.project, format_key, out / f"rapport.{format_key}", job=job)
    # then
    assert list(out.iterdir()) == []


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(exported, fake_writer, tmp_path):
    # given
    def disk_full(_job):
        raise OSError(errno.ENOSPC, "No space left on device")

    fake_writer["write"] = writer_that(disk_full)
    # when
    with pytest.raises(ExportError) as caught:
        export(exported.project, "xlsx", tmp_path / "data.xlsx")
    # then
    assert "disk is full" in str(caught.value) and caught.value.reason == ExportError.DISK_FULL
    assert leftovers(tmp_path) == []


def test_a_writer_that_crashes_leaves_nothing(exported, fake_writer, tmp_path):
    # given
    def crash(_job):
        raise RuntimeError("a bug in a writer")

    fake_writer["write"] = writer_that(crash)
    # when
    with pytest.raises(RuntimeError):
        export(exported.project, "docx", tmp_path / "rapport.docx")
    # then
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_gets_the_users_usual_permissions_and_an_old_one_keeps_its_own(tmp_path):
    # given
    umask = os.umask(0o022)
    try:
        kept = tmp_path / "kept.csv"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        # when
        for target in (tmp_path / "new.csv", kept):
            with atomic_output(target) as stream:
                stream.write(b"new")
    finally:
        os.umask(umask)
    # then
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError) as caught:
        with atomic_output(tmp_path / "no-such-folder" / "rapport.pdf"):
            pass
    assert "folder does not exist" in str(caught.value)


def test_an_unknown_format_is_refused(exported, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(exported.project, "odt", tmp_path / "rapport.odt")
    assert leftovers(tmp_path) == []
