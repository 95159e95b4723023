"""A zip from a stranger is opened only once it is sane: no bombs, no climbing out, no lying sizes."""

from __future__ import annotations

import io
import zipfile

import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports import zip_guard
from dialog_app.io.imports.zip_guard import climbs_out, open_zip, read_member


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refusal(source) -> FileProblem:
    with pytest.raises(ImportFileError) as refused:
        open_zip(source)
    return refused.value.problem


def test_a_sane_zip_opens_and_its_members_read():
    archive = open_zip(zipped({"word/document.xml": b"<w/>", "media/a.png": b"\x89PNG"}))
    assert read_member(archive, "word/document.xml") == b"<w/>"


def test_a_member_that_unpacks_to_far_more_than_it_weighs_is_a_bomb():
    assert refusal(zipped({"xl/sharedStrings.xml": b"\0" * (64 * 1024 * 1024)})) is FileProblem.ZIP_BOMB


def test_too_many_members_is_a_bomb(monkeypatch):
    monkeypatch.setattr(zip_guard, "MAX_MEMBERS", 10)
    assert refusal(zipped({f"m{i}": b"x" for i in range(11)})) is FileProblem.ZIP_BOMB


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil", "/etc/passwd", "C:/Windows/x", "..\\x"])
def test_a_member_that_climbs_out_is_refused(name):
    assert climbs_out(name)
    assert refusal(zipped({"ok.xml": b"<a/>", name: b"x"})) is FileProblem.UNSAFE_PATH


def test_names_that_only_look_odd_do_not_climb_out():
    assert not any(climbs_out(n) for n in ["a..b/c", "sources/ä ö.txt", "x/./y", "..a"])


def test_a_member_that_unpacks_past_its_limit_is_stopped_while_read():
    archive = open_zip(zipped({"big": b"a" * 5000}))
    with pytest.raises(ImportFileError) as refused:
        read_member(archive, "big", limit=4096)
    assert refused.value.problem is FileProblem.ZIP_BOMB


def test_a_missing_member_and_a_file_that_is_no_zip_are_broken(tmp_path):
    archive = open_zip(zipped({"a": b"x"}))
    with pytest.raises(ImportFileError) as refused:
        read_member(archive, "project.qde")
    assert refused.value.problem is FileProblem.BROKEN
    png = tmp_path / "bild.docx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert refusal(png) is FileProblem.BROKEN


def test_a_file_far_beyond_a_sane_size_is_refused_unread(tmp_path):
    big = tmp_path / "big.xlsx"
    with big.open("wb") as out:
        out.truncate(zip_guard.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert refusal(big) is FileProblem.TOO_BIG
