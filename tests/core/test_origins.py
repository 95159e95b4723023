"""Where an imported note came from, kept in its source_ref and read back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from dialog_app.core.origins import format_origin, parse_origin

AT = datetime(2026, 12, 6, 6, 12, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("file_name", ["svar.csv", "Minnes#anteckningar @ Umeå.docx", "a@b#c.xlsx"])
def test_an_origin_reads_back_whatever_the_file_is_called(file_name):
    # when
    origin = parse_origin(format_origin(file_name, "row=14", AT))
    # then: the time in UTC, the file's name whole even with # and @ in it
    assert origin.file_name == file_name
    assert (origin.place, origin.place_kind, origin.place_value) == ("row=14", "row", "14")
    assert origin.imported_at == AT and origin.imported_at.utcoffset() == timedelta(0)


def test_the_stored_form_is_short_and_language_free():
    assert format_origin("svar.csv", "paragraph=3", AT) == "svar.csv#paragraph=3@2026-12-06T05:12:30Z"


@pytest.mark.parametrize("ref", [None, "", "merged from other.dialog", "x#y", "x#a=1@not-a-time"])
def test_a_ref_not_written_as_an_origin_is_none(ref):
    assert parse_origin(ref) is None
