"""CSV and TSV files as municipalities and survey tools save them: every encoding and delimiter found,
nothing lost, and a file that is no table refused in words."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.table_text import read_table_bytes, read_table_file

ROWS = [
    ["Tidsstämpel", "Vad är viktigast för regionen?", "Intressentgrupp"],
    ["2026-03-18 14:02", "Bättre bredband i Sörbyn och Överkalix", "Civilsamhälle"],
    ["2026-03-18 14:05", "Fler mötesplatser; gärna på biblioteket.\nOch hjälp med BankID", "Kommun"],
    ["2026-03-18 14:07", "Säg \"digital först\" men glöm inte dem som står utanför – 20 € i månaden är mycket",
     "Invånare / medborgare"],
]


def written(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize(("saved_as", "delimiter", "encoding", "found"), [
    ("Excel: CSV UTF-8", ";", "utf_8_sig", "utf_8_sig"),
    ("Excel: CSV (semikolonavgränsad)", ";", "cp1252", "cp1252"),
    ("Excel: Unicode text", "\t", "utf_16", "utf_16"),
    ("UTF-16 without a byte-order mark", "\t", "utf_16_le", "utf_16_le"),
    ("Google Forms / Microsoft Forms CSV", ",", "utf_8", "utf_8"),
])
def test_every_way_a_table_is_saved_reads_back_exactly(saved_as, delimiter, encoding, found):
    # when
    table = read_table_bytes(written(ROWS, delimiter, encoding))
    # then: how it was saved is found, and every cell is as typed (åäö, €, quotes, a line break)
    assert (table.encoding, table.delimiter) == (found, delimiter), saved_as
    assert table.rows == ROWS
    assert table.header == ROWS[0] and table.records == ROWS[1:]


def test_a_short_windows_file_with_a_euro_sign_is_windows_1252_not_latin_9():
    # given: a few cells saved by Swedish Excel (found by the property below: "€" is 0x80 there,
    # a control code in ISO 8859-15, which the detector first preferred)
    rows = [["0", "000000a.b"], ["a", "00000a.b"], ["a", "0000b€"], ["aaa.b", "aaa.bbbb"]]
    # when
    table = read_table_bytes(written(rows, ",", "cp1252"))
    # then
    assert table.encoding == "cp1252" and table.rows == rows


def test_a_file_on_disk_is_read_the_same(tmp_path):
    path = tmp_path / "enkät.csv"
    path.write_bytes(written(ROWS, ";", "cp1252"))
    assert read_table_file(path).rows == ROWS


def test_what_the_user_says_wins_over_what_is_detected():
    data = written(ROWS, ";", "cp1252")
    table = read_table_bytes(data, encoding="iso8859_15", delimiter=";")
    assert table.encoding == "iso8859_15" and table.rows[1] == ROWS[1]


def test_blank_lines_are_not_rows():
    table = read_table_bytes(b"a;b\r\n\r\n1;2\r\n;\r\n")
    assert table.rows == [["a", "b"], ["1", "2"]]


@pytest.mark.parametrize(("data", "problem"), [
    (b"", FileProblem.EMPTY),
    (b"  \r\n \r\n", FileProblem.EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", FileProblem.BINARY),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", FileProblem.BINARY),
])
def test_a_file_that_is_no_table_of_text_is_refused_with_its_reason(data, problem):
    with pytest.raises(ImportFileError) as refused:
        read_table_bytes(data)
    assert refused.value.problem is problem


def test_a_file_that_cannot_be_read_is_refused_in_words(tmp_path):
    with pytest.raises(ImportFileError) as refused:
        read_table_file(tmp_path / "saknas.csv")
    assert refused.value.problem is FileProblem.UNREADABLE and refused.value.detail


def test_a_codec_that_does_not_fit_is_refused_not_guessed():
    with pytest.raises(ImportFileError) as refused:
        read_table_bytes("Åsa;Per\n".encode("cp1252"), encoding="utf_8")
    assert refused.value.problem is FileProblem.WRONG_ENCODING and refused.value.detail == "utf_8"


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöÅÄÖéü 0123456789.-–€", min_size=1, max_size=30)
WORDS = WORDS.filter(lambda s: s.strip())


@settings(max_examples=300, deadline=None)
@given(rows=st.integers(2, 4).flatmap(lambda width: st.lists(st.lists(WORDS, min_size=width, max_size=width),
                                                             min_size=2, max_size=8)),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf_8", "utf_8_sig", "cp1252", "utf_16"]))
def test_any_table_of_swedish_text_reads_back_as_written(rows, delimiter, encoding):
    table = read_table_bytes(written(rows, delimiter, encoding))
    assert table.rows == rows and table.delimiter == delimiter
    assert codecs.lookup(table.encoding).name in {codecs.lookup(encoding).name, "utf-8"}
