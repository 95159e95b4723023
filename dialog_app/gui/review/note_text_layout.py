"""A note's text in its review-table cell: up to two wrapped lines, elided at the end, and when the
first search hit lies beyond what fits, shown from a little before the hit (after a leading "…") so
the hit is always in sight. Pure text layout; the delegate paints what this returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

ELLIPSIS = "\u2026"
MAX_LINES = 2
Formats = Callable[[int, int], list]  # (offset, length of the text shown) -> QTextLayout.FormatRange list


@dataclass
class LaidText:
    layout: QTextLayout  # laid out, lines positioned from (0, 0); formats still to set
    offset: int  # a span at ``p`` of the note's text is at ``p - offset`` of the layout's text
    ellipsis_at: QPointF | None  # where the trailing "…" goes (its baseline's left end), if cut
    height: float


def lay_out(text: str, font: QFont, width: float, lines: int, first_hit: tuple[int, int] | None,
            formats: Formats = lambda _offset, _length: []) -> LaidText:
    """Lay ``text`` (one line: whitespace already made spaces) into ``lines`` lines of ``width``;
    ``formats(offset, length)`` gives the marks for the text shown (set before the layout, as
    QTextLayout.setFormats drops the lines laid out)."""
    lines = max(1, min(MAX_LINES, lines))
    offset = 0
    if first_hit is not None:
        seen = _visible_chars(text, font, width, lines)
        if first_hit[1] > seen - 1:  # the hit would be cut off (or on the "…")
            offset = _start_before(text, first_hit[0], seen)
    shown = text if offset == 0 else ELLIPSIS + text[offset:]
    shift = offset - 1 if offset else 0
    laid = _layout(shown, font, width, lines, formats(shift, len(shown)))
    laid.offset = shift
    return laid


def _options() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _visible_chars(text: str, font: QFont, width: float, lines: int) -> int:
    layout = QTextLayout(text, font)
    layout.setTextOption(_options())
    layout.beginLayout()
    seen = 0
    for _ in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        seen = line.textStart() + line.textLength()
    layout.endLayout()
    return seen


def _start_before(text: str, hit: int, seen: int) -> int:
    """Where to start so that the hit shows about a third of the way in, at a word's start."""
    start = max(1, hit - max(8, seen // 3))
    space = text.find(" ", start, hit)
    return space + 1 if space >= 0 else start


def _layout(text: str, font: QFont, width: float, lines: int, marks: list, room: float = 0.0) -> LaidText:
    """Lay out; when text is left over, lay out again with room for the "…" on the last line."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    layout.setTextOption(_options())
    layout.setFormats(marks)
    layout.beginLayout()
    y, last = 0.0, None
    for number in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - (room if number == lines - 1 else 0.0))
        line.setPosition(QPointF(0, y))
        y += line.height()
        last = line
    cut = last is not None and last.textStart() + last.textLength() < len(text)
    layout.endLayout()
    if cut and not room:
        return _layout(text, font, width, lines, marks, metrics.horizontalAdvance(ELLIPSIS) + 1)
    ellipsis_at = None
    if cut and last is not None:
        ellipsis_at = QPointF(last.naturalTextWidth(), last.y() + last.ascent())
    return LaidText(layout, 0, ellipsis_at, y)
