"""Text made safe for a spreadsheet cell: never run as a formula, never a character XML forbids.

A consultation table is opened in Excel or LibreOffice by people who did not write it. A note
that begins with "=", "+", "-" or "@" would be run there as a formula (CSV and formula
injection), so every text cell is passed through ``neutralise``: OWASP's advice, a leading
single quote, which makes the spreadsheet show the text as it was written. ``clean`` removes
the control characters that XML 1.0 (and so XLSX) cannot hold. Line ends are kept as stored: a
note imported with Windows line ends ("\\r\\n") is the same text in the CSV file (inside its
quoted field) and in the workbook (openpyxl writes the CR as "&#13;", which Excel and openpyxl
read back; LibreOffice keeps only the line feed, as it does for any cell).
"""

from __future__ import annotations

import re

# What a spreadsheet may take for the start of a formula: OWASP's list (= + - @, tab, carriage
# return), and the fullwidth and small-form lookalikes that some spreadsheets and input methods
# turn into the real ones.
FORMULA_STARTS = frozenset("=+-@\t\r" "\uff1d\uff0b\uff0d\uff20" "\ufe66\ufe62\ufe63\ufe6b")
# Skipped when looking for the first real character: white space, and the invisible ones.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LEADING = re.compile(rf"[\s{_INVISIBLE}]*")
# XML 1.0 allows tab, line feed and carriage return, but no other C0 control character, no
# lone surrogate and neither U+FFFE nor U+FFFF; openpyxl raises IllegalCharacterError on some.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
QUOTE = "'"


def neutralise(text: str) -> str:
    """``text`` with a leading quote when a spreadsheet could read it as a formula, else as it is."""
    if not text:
        return text
    if text[0] in FORMULA_STARTS:
        return QUOTE + text
    first = _LEADING.match(text).end()
    if first < len(text) and text[first] in FORMULA_STARTS:
        return QUOTE + text
    return text


def clean(text: str) -> str:
    """``text`` without the control characters XML forbids; tabs and line ends as they are."""
    return _FORBIDDEN.sub("", text)


def safe_text(text: str) -> str:
    """Cleaned, then neutralised: what every text cell of the data exports holds.

    Cleaning comes first, so that a control character cannot hide a formula behind it.
    """
    return neutralise(clean(text))


def safe(value: object) -> object:
    """A cell value made safe: text through ``safe_text``; numbers, dates and None as they are."""
    return safe_text(value) if isinstance(value, str) else value
