"""The table of contents: one line per level 1–2 heading, on pages reserved before the layout.

Every line is one line high (a long title is cut with "…"), so how many pages the contents take
is known from the headings alone, before the body is laid out. The pages are left empty in the
layout pass and drawn when the canvas saves, once every heading's page is known; each line links
to its heading's bookmark.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf.context import Context, Place
from dialog_app.io.export.pdf.typeset import draw_string, truncate

TITLE_SIZE = 20.0
TITLE_BLOCK = 58.0  # the title, its rule and the space below
PITCH = {1: 22.0, 2: 16.5}
SIZE = {1: 10.8, 2: 9.6}
INDENT = {1: 0.0, 2: 16.0}
NUMBER_ROOM = 36.0


def paginate(places: Sequence[Place]) -> list[list[Place]]:
    """The contents' lines page by page; at least one page, even with no headings."""
    pages: list[list[Place]] = [[]]
    room = s.FRAME_HEIGHT - TITLE_BLOCK
    for place in places:
        pitch = PITCH.get(place.level, PITCH[2])
        if pitch > room:
            pages.append([])
            room = s.FRAME_HEIGHT
        pages[-1].append(place)
        room -= pitch
    return pages


def bookmark(key: str) -> str:
    """A PDF destination name for an outline key."""
    return "h-" + "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in key)


def draw_page(canv: Canvas, context: Context, title: str, lines: Sequence[Place], first: bool) -> None:
    """Draw one contents page onto the (replayed) canvas: title, lines, page numbers, links."""
    regular, bold = context.regular, context.bold
    left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
    y = s.PAGE_HEIGHT - s.MARGIN_TOP
    canv.saveState()
    if first:
        canv.setFillColor(s.ACCENT)
        draw_string(canv, bold, TITLE_SIZE, left, y - TITLE_SIZE,
                    truncate(bold, TITLE_SIZE, bold.clean(title, False), right - left))
        canv.setStrokeColor(s.RULE)
        canv.setLineWidth(0.8)
        canv.line(left, y - TITLE_SIZE - 12, right, y - TITLE_SIZE - 12)
        y -= TITLE_BLOCK
    for place in lines:
        level = place.level if place.level in PITCH else 2
        pitch, size = PITCH[level], SIZE[level]
        face = bold if level == 1 else regular
        baseline = y - pitch + 5
        x = left + INDENT[level]
        number = str(place.page) if place.page else ""
        room = right - NUMBER_ROOM - x
        text = truncate(face, size, face.clean(place.title, False), room)
        canv.setFillColor(s.ACCENT if level == 1 else s.INK)
        draw_string(canv, face, size, x, baseline, text)
        canv.setFillColor(s.INK)
        canv.setFont(regular.name, size)
        canv.drawRightString(right, baseline, number)
        end = x + face.width(text) * size + 6
        start_of_number = right - regular.width(number) * size - 6
        if start_of_number - end > 8:
            canv.setStrokeColor(s.RULE)
            canv.setLineWidth(0.8)
            canv.setDash(0.8, 2.6)
            canv.line(end, baseline + 1, start_of_number, baseline + 1)
            canv.setDash()
        if place.page:
            canv.linkRect("", bookmark(place.key), (x, baseline - 4, right, baseline + size), relative=0,
                          thickness=0)
        y -= pitch
    canv.restoreState()
