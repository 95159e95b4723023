"""Codebooks as the tools write them: nested codes as sub-themes, colours in any spelling, codes
without names or GUIDs, memos on codes as syntheses, codebooks in any namespace."""

from __future__ import annotations

import pytest

from dialog_app.io.imports.refi_codes import colour
from tests.io.imports.refi_build import project, qdpx, read, source_of

A, B, C = ("c0000000-0000-0000-0000-00000000000a", "c0000000-0000-0000-0000-00000000000b",
           "c0000000-0000-0000-0000-00000000000c")


def codebook(tmp_path, codes: str, namespace: str = 'xmlns="urn:QDA-XML:codebook:1.0"', name: str = "ramverk.qdc"):
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><CodeBook {namespace}><Codes>{codes}</Codes></CodeBook>',
                    encoding="utf-8")
    return read(source_of(path))


def test_nested_codes_become_sub_themes_parents_first(tmp_path):
    # when
    plan = codebook(tmp_path, f'<Code guid="{A}" name="Trygghet" isCodable="true" color="#FF0000">'
                              f'<Description>Att känna sig säker</Description>'
                              f'<Code guid="{B}" name="Bedrägerier" isCodable="true"/></Code>'
                              f'<Code guid="{C}" name="Kompetens" isCodable="false"/>')
    # then
    assert [(t.key, t.name, t.parent, t.colour, t.description) for t in plan.themes] == [
        (A, "Trygghet", None, "#ff0000", "Att känna sig säker"), (B, "Bedrägerier", A, None, ""),
        (C, "Kompetens", None, None, "")]
    assert plan.framework == "ramverk" and plan.notes == ()


@pytest.mark.parametrize("namespace", ['xmlns="urn:QDA-XML:codebook:0:4"', 'xmlns="urn:QDA-XML:project:1.0"', ""],
                         ids=["older", "project's", "none"])
def test_a_codebook_in_any_namespace_reads_the_same(tmp_path, namespace):
    # when
    plan = codebook(tmp_path, f'<Code guid="{A}" name="Trygghet" isCodable="true"/>', namespace)
    # then
    assert [(t.key, t.name) for t in plan.themes] == [(A, "Trygghet")]


def test_codes_without_names_are_named_by_their_guid_and_without_guids_by_their_place(tmp_path):
    # when
    plan = codebook(tmp_path, f'<Code guid="{{{A.upper()}}}" isCodable="true"><Code name="  " isCodable="true"/></Code>'
                              f'<Code guid="{A}" name="Samma GUID igen" isCodable="true"/>')
    # then
    assert [(t.key, t.name, t.parent) for t in plan.themes] == [
        (A, "c0000000", None), ("#2", "#2", A), (f"{A}#3", "Samma GUID igen", None)]


@pytest.mark.parametrize(("written", "read_as"), [
    ("#46AA00", "#46aa00"), ("#abc", "#aabbcc"), ("46aa00", "#46aa00"), (" #FFFFFF ", "#ffffff"),
    ("red", None), ("#12345", None), ("", None), (None, None),
])
def test_colours_in_any_spelling_become_lowercase_rrggbb(written, read_as):
    assert colour(written) == read_as


def test_memos_on_a_code_become_its_synthesis(tmp_path):
    # given: two memos on one code, one inline and one in a file of the project; a memo on nothing
    body = (f'<CodeBook><Codes><Code guid="{A}" name="Trygghet" isCodable="true">'
            f'<NoteRef targetGUID="{B.upper()}"/><NoteRef targetGUID="{C}"/><NoteRef targetGUID="{A}"/></Code>'
            f'</Codes></CodeBook><Notes>'
            f'<Note guid="{B}" name="Memo">'
            f"<PlainTextContent>  Många oroar sig för bedrägerier. </PlainTextContent></Note>"
            f'<Note guid="{C}" name="Memo 2" plainTextPath="internal://memo.txt"/></Notes>')
    # when
    plan = read(qdpx(tmp_path, project(body), {"sources/memo.txt": "Särskilt äldre.\n"}))
    # then
    assert plan.themes[0].synthesis == "Många oroar sig för bedrägerier.\n\nSärskilt äldre."


def test_a_project_without_codes_has_no_framework(tmp_path):
    # when
    plan = read(qdpx(tmp_path, project("<Sources/>")))
    # then
    assert plan.themes == () and plan.framework == ""
