"""Selections counted in code points on the very text of the source file: emoji, combining marks,
and text XML 1.0 cannot hold (control characters); line ends as stored ("\\r\\n" too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialog_app.io.export import export
from tests.io.export_project import build
from tests.io.refi_files import NS, PROJECT_SCHEMA, read_qdpx, valid

EMOJI = "Bra möte 👍🏽 – och 🇸🇪 flaggan! 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 efteråt."
COMBINING = "Cafe\u0301 och Ma\u030ane: e\u0301, a\u030a och n\u0303 som två tecken, 👍🏽 igen."
CONTROL = "Inklistrat\x0cmed sidbrytning,\x00 NUL,\x07 klocka\r\noch Windows-rader\ri gammal Mac-stil.\tTabb."
CONTROL_CLEANED = "Inklistrat\nmed sidbrytning, NUL, klocka\r\noch Windows-rader\ri gammal Mac-stil.\tTabb."


@pytest.fixture
def unusual(tmp_path: Path):
    built = build(tmp_path / "ovanlig.dialog")
    second = built.dialogues["second"]
    odd = built.project.dialogues.create("Möte <b>A&B</b>\x07 om \"citat\"", kind="workshop")
    for name, dialogue, text in (("emoji", second, EMOJI), ("combining", second, COMBINING),
                                 ("control", odd, CONTROL)):
        built.notes[name] = built.project.notes.add(dialogue.id, text, status="approved")
    built.project.tagging.tag([built.notes["emoji"].id, built.notes["control"].id], built.themes["trust"].id)
    try:
        yield built
    finally:
        built.project.close()


def test_non_bmp_and_combining_characters_are_counted_in_code_points(unusual, tmp_path):
    # when
    export(unusual.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    cut = qdpx.selections()
    assert EMOJI in cut.values() and COMBINING in cut.values()
    text = next(t for t in qdpx.texts.values() if EMOJI in t)
    emoji = qdpx.find(f"//q:PlainTextSelection[@name='{next(r for r, c in cut.items() if c == EMOJI)}']")[0]
    assert int(emoji.get("startPosition")) == text.index(EMOJI)  # code points, not UTF-16 units or bytes
    assert int(emoji.get("endPosition")) - int(emoji.get("startPosition")) == len(EMOJI)


def test_control_characters_are_cleaned_alike_in_the_file_and_the_xml_and_line_ends_kept(unusual, tmp_path):
    # when
    export(unusual.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")  # parsing it at all proves the XML is well-formed
    # then
    assert CONTROL_CLEANED in qdpx.selections().values()
    assert all("\x0c" not in text and "\x00" not in text for text in qdpx.texts.values())
    odd = qdpx.find("//q:TextSource[contains(@name, 'Möte')]")[0]  # undated: after the empty D3
    assert odd.get("name") == 'D4 Möte <b>A&B</b> om "citat"'
    assert qdpx.source_text(odd).startswith('D4 Möte <b>A&B</b> om "citat"\r\n')  # its note's line ends


def test_unusual_text_still_validates(unusual, tmp_path):
    # when
    export(unusual.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    ok, errors = valid(qdpx.qde, PROJECT_SCHEMA)
    assert ok, errors
    assert len(qdpx.root.xpath("//q:PlainTextSelection", namespaces=NS)) == 12
