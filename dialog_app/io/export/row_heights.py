"""Row heights for wrapped cells, so that a printed or viewed sheet shows every cell whole.

openpyxl writes a row without a height unless it is given one, and LibreOffice 7.4 then keeps the
default height on opening an XLSX (seen in its PDF print: a wrapped note's further lines ran over
the rows below). Whether Excel grows such a row on opening could not be checked here (no Excel),
so nothing is left to the reader: each row that holds a wrapped cell of more than one line gets
an explicit height (``customHeight``), which Excel and LibreOffice both use as written.

The lines are counted by wrapping the text at its column's width, word by word, as a spreadsheet
does. A column's width is counted in widths of the digit "0" of the sheet's font, so a text is
measured in the same unit: with the advance widths of DejaVu Sans (shipped in resources/fonts/),
which is what LibreOffice shows where Calibri is missing, and which is wider than Calibri beside
its own "0"; a line is taken to hold only ``FILL`` of the width, less a margin. A character
DejaVu Sans lacks counts as wide as an "M". A row a little too tall wastes some paper; a row too
short hides text.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from openpyxl.utils import get_column_letter
from reportlab.pdfbase.ttfonts import TTFontFile

from dialog_app.core.paths import resources_dir

DEFAULT_FONT_SIZE = 11  # points: openpyxl's default font, Calibri 11
DEFAULT_WIDTH = 13  # characters: the width openpyxl assumes for a column without one
LINE_HEIGHT = 15 / 11  # points of row per point of font: Excel's 15-point row for an 11-point font
PADDING = 3  # points above and below the lines
MARGIN = 0.5  # of the width, in "0"s: the cell's inner margins
FILL = 0.9  # of the rest, what is taken to be filled: room for rounding and a narrower "0"
MAX_HEIGHT = 409  # points: the tallest row Excel allows
WORDS_KEPT = 100_000
_BREAKS = re.compile("\r\n|[\r\n]")
_lock = threading.Lock()
_sizes: dict[tuple[str, bool], float] = {}


@cache
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    """Each character's advance in widths of the regular face's "0", and the one for the rest."""
    folder = resources_dir() / "fonts"
    regular = TTFontFile(str(folder / "DejaVuSans.ttf"))
    face = TTFontFile(str(folder / "DejaVuSans-Bold.ttf")) if bold else regular
    zero = regular.charWidths[ord("0")]
    return {code: width / zero for code, width in face.charWidths.items()}, face.charWidths[ord("M")] / zero


def _size(word: str, bold: bool) -> float:
    """The width of ``word`` in "0"s, remembered (words repeat a lot in a table of notes)."""
    found = _sizes.get((word, bold))
    if found is None:
        with _lock:
            widths, missing = _advances(bold)
        found = sum(widths.get(ord(ch), missing) for ch in word)
        if len(_sizes) > WORDS_KEPT:  # kept as long as the app runs: bound the memory
            _sizes.clear()
        _sizes[(word, bold)] = found
    return found


def line_count(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (at least 1)."""
    room = max(1.0, (width - MARGIN) * FILL)
    return sum(_wrapped(paragraph, room, bold) for paragraph in _BREAKS.split(text))


def _wrapped(paragraph: str, room: float, bold: bool) -> int:
    """Lines of one paragraph wrapped greedily at spaces; a word longer than a line is split."""
    space = _size(" ", bold)
    lines, used = 1, 0.0
    for word in paragraph.split(" "):
        size = _size(word, bold)
        if used and used + space + size <= room:
            used += space + size
            continue
        if used:
            lines += 1  # the word starts a new line
        while size > room:
            lines += 1
            size -= room
        used = size
    return lines


def row_height(lines: int, font_size: float | None = None) -> float:
    """The height in points of a row of ``lines`` lines, never above Excel's largest."""
    size = font_size or DEFAULT_FONT_SIZE
    return min(MAX_HEIGHT, round(lines * size * LINE_HEIGHT + PADDING, 1))


def fit_rows(sheet) -> None:
    """Give every row whose wrapped cells need more than one line the height they need."""
    widths: dict[int, float] = {}
    for row in sheet.iter_rows():
        tallest = 0.0
        for cell in row:
            value = cell.value
            if not isinstance(value, str) or not cell.alignment.wrap_text:
                continue
            column = cell.column
            if column not in widths:  # .get: looking must not add a column to the file
                dimension = sheet.column_dimensions.get(get_column_letter(column))
                widths[column] = (dimension.width if dimension is not None else 0) or DEFAULT_WIDTH
            lines = line_count(value, widths[column], bool(cell.font.b))
            if lines > 1:
                tallest = max(tallest, row_height(lines, cell.font.sz))
        if tallest:
            sheet.row_dimensions[row[0].row].height = tallest
