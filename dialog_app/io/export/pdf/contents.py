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
from dialog_app.io.export.pdf import tagging
from dialog_app.io.export.pdf.context import Context, Place
from dialog_app.io.export.pdf.structure import TaggedLink
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


def draw_page(canv: Canvas, context: Context, title: str, lines: Sequence[Place], first: bool,
              tags: Sequence[tagging.Element] = ()) -> None:
    """Draw one contents page onto the (replayed) canvas: title, lines, page numbers, links.
    ``tags``: the contents' heading and TOC elements, made in their place in the reading order."""
    marks = _Marks(canv, tags)
    regular, bold = context.regular, context.bold
    left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
    y = s.PAGE_HEIGHT - s.MARGIN_TOP
    canv.saveState()
    if first:
        canv.setFillColor(s.ACCENT)
        marks.heading()
        draw_string(canv, bold, TITLE_SIZE, left, y - TITLE_SIZE,
                    truncate(bold, TITLE_SIZE, bold.clean(title, False), right - left))
        marks.end()
        marks.artifact()
        canv.setStrokeColor(s.RULE)
        canv.setLineWidth(0.8)
        canv.line(left, y - TITLE_SIZE - 12, right, y - TITLE_SIZE - 12)
        marks.end()
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
        link = marks.line()
        draw_string(canv, face, size, x, baseline, text)
        canv.setFillColor(s.INK)
        canv.setFont(regular.name, size)
        canv.drawRightString(right, baseline, number)
        marks.end()
        end = x + face.width(text) * size + 6
        start_of_number = right - regular.width(number) * size - 6
        if start_of_number - end > 8:
            marks.artifact()
            canv.setStrokeColor(s.RULE)
            canv.setLineWidth(0.8)
            canv.setDash(0.8, 2.6)
            canv.line(end, baseline + 1, start_of_number, baseline + 1)
            canv.setDash()
            marks.end()
        if place.page:
            _link(canv, link, f"{text} {number}", bookmark(place.key),
                  (x, baseline - 4, right, baseline + size))
        y -= pitch
    canv.restoreState()


def _link(canv: Canvas, element: tagging.Element | None, description: str, destination: str, rect) -> None:
    """A link to a heading, described ("Bakgrund 4") and, when tagged, part of the line's Link element."""
    name = f"TOC{canv._annotationCount}"  # _addAnnotation counts it
    annotation = TaggedLink(Rect=rect, Contents=description, Destination=canv._bookmarkReference(destination),
                            Border="[0 0 0]", F=4)
    canv._addAnnotation(annotation, name)
    if element is not None:
        element.kids.append(tagging.Annot(canv.getPageNumber(), canv._doc.annotationName(name), annotation))


class _Marks:
    """The marked content of a contents page; nothing when the document is not tagged."""

    def __init__(self, canv: Canvas, elements: Sequence[tagging.Element]) -> None:
        self.canv = canv
        self.tags = tagging.tags_of(canv) if len(elements) == 2 else None
        self.elements = elements

    def heading(self) -> None:
        if self.tags is not None:
            self.tags.mark(self.canv, self.elements[0])

    def line(self) -> tagging.Element | None:
        """A TOCI with its Link, whose text begins now."""
        if self.tags is None:
            return None
        item = self.tags.add("TOCI", self.elements[1])
        link = self.tags.add("Link", item)
        self.tags.mark(self.canv, link)
        return link

    def artifact(self) -> None:
        if self.tags is not None:
            self.canv.addLiteral(tagging.ARTIFACT)

    def end(self) -> None:
        if self.tags is not None:
            self.canv.addLiteral(tagging.END)
