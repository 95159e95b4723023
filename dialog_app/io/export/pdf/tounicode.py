"""ReportLab's character map written right for characters beyond U+FFFF (emoji, for one).

ReportLab 5.0 writes each subset's ToUnicode CMap (``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``)
as ``<code> <%04X>`` of the code point, so 😀 (U+1F600) is written ``<1F600>``: five hex digits
that a PDF reader takes as U+1F60 and a stray nibble. The PDF specification wants the text as
UTF-16BE, a surrogate pair here: ``<D83DDE00>``. ``install`` wraps ReportLab's function so that
only such entries are rewritten; every other line stays byte for byte what ReportLab wrote, and
if ReportLab starts writing pairs itself there is nothing left to rewrite. The test
tests/io/export/pdf/test_pdf_tounicode.py fails once ReportLab's own output changes, which is
the time to see whether this is still needed.
"""

from __future__ import annotations

import re

from reportlab.pdfbase import ttfonts

_ASTRAL = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def utf16_hex(code: int) -> str:
    """``code`` as the UTF-16BE hex a CMap's bfchar destination holds."""
    return chr(code).encode("utf-16-be").hex().upper()


def fix(cmap: str) -> str:
    """``cmap`` with every destination beyond U+FFFF as its surrogate pair."""
    return _ASTRAL.sub(lambda m: m.group(1) + "<" + utf16_hex(int(m.group(2), 16)) + ">", cmap)


def install() -> None:
    """Wrap ReportLab's CMap writer once per process (``addObjects`` looks it up as a module global)."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "fixed_by_dialog_app", False):
        return

    def make_to_unicode_cmap(fontname, subset):
        return fix(original(fontname, subset))

    make_to_unicode_cmap.fixed_by_dialog_app = True  # type: ignore[attr-defined]
    make_to_unicode_cmap.original = original  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
