"""The ToUnicode fix (pdf/tounicode.py) is in place, and ReportLab still needs it.

The first test pins what ReportLab itself writes: when an upgrade makes it fail, look whether
ReportLab now writes surrogate pairs (then drop tounicode.py) or changed the CMap's shape (then
adapt the rewrite).
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

from dialog_app.io.export.pdf import fonts, tounicode


def test_reportlab_still_writes_astral_code_points_as_bare_hex():
    fonts.faces()  # installs the fix
    original = ttfonts.makeToUnicodeCMap.original
    # when
    cmap = original("F", [0, 0x41, 0x1F44E])
    # then: five hex digits, which a reader takes as U+1F44 and a stray nibble
    assert "<02> <1F44E>" in cmap.splitlines()


def test_the_fix_writes_surrogate_pairs_and_leaves_the_rest_alone():
    fonts.faces()
    assert getattr(ttfonts.makeToUnicodeCMap, "fixed_by_dialog_app", False)
    # when
    cmap = ttfonts.makeToUnicodeCMap("F", [0, 0x41, 0x1F44E, 0xE5])
    # then
    lines = cmap.splitlines()
    assert "<02> <D83DDC4E>" in lines
    assert "<01> <0041>" in lines and "<03> <00E5>" in lines
    assert cmap.replace("<D83DDC4E>", "<1F44E>") == ttfonts.makeToUnicodeCMap.original("F", [0, 0x41, 0x1F44E, 0xE5])
    tounicode.install()  # a second install does not wrap twice
    assert ttfonts.makeToUnicodeCMap("F", [0x1F600]).count("<D83DDE00>") == 1
