"""Source texts as tools save them: UTF-8 with or without a BOM, UTF-16 with one, an older Windows
code page; found in the .qdpx under the names tools give them, and never outside it."""

from __future__ import annotations

import zipfile

import pytest

from dialog_app.io.imports.refi_sources import Members, decode
from tests.io.imports.refi_build import zipped

TEXT = "Åsa i Överkalix: “bättre bussar” – 👍"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
], ids=["utf-8", "utf-8 with bom", "utf-16 with bom"])
def test_a_source_text_decodes_in_the_encodings_tools_save(data):
    assert decode(data) == TEXT


def test_a_text_that_is_not_utf8_is_read_as_windows_1252():
    assert decode("Åsa sa “ja” – 5 €".encode("cp1252")) == "Åsa sa “ja” – 5 €"


@pytest.mark.parametrize(("path", "found"), [
    ("internal://a.txt", "A"), ("a.txt", "A"), ("INTERNAL://A.TXT", "A"), ("internal://sub/b.txt", "B"),
    ("", "G"), ("relative://a.txt", None), ("absolute:///tmp/a.txt", None), ("file:///a.txt", None),
    ("internal://none.txt", "G"),
])
def test_a_source_is_found_by_its_path_else_by_its_guid_and_only_in_the_zip(tmp_path, path, found):
    # given
    (tmp_path / "archive.zip").write_bytes(zipped({"sources/a.txt": "A", "sources/sub/b.txt": "B",
                                                   "sources/c0000000-0000-0000-0000-000000000001.txt": "G"}))
    with zipfile.ZipFile(tmp_path / "archive.zip") as archive:
        # when
        text = Members(archive).text(path, "c0000000-0000-0000-0000-000000000001")
    # then
    assert text == found
