"""What is drawn on the pages when the canvas saves, once the layout pass knows every page.

The canvas holds each finished page back (the well-known "numbered canvas" recipe) and, at save,
adds to each what only the whole document can tell: "Page 3 of 41", the contents pages with
their page numbers and links, and the bookmarks (PDF outline) of the level 1–2 headings. So the
report is laid out once, not once per pass as ReportLab's multiBuild would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from dialog_app.io.export.pdf import contents, structure, tagging, xmp
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf.context import Context, Place
from dialog_app.io.export.pdf.markup import plain
from dialog_app.io.export.pdf.typeset import truncate


# Canvas attributes that count across the whole document, not per page: kept as they run
# when a held page is put back (annotation names must stay unique).
_DOCUMENT_WIDE = ("_annotationCount",)


@dataclass(frozen=True)
class Furniture:
    """The fixed words of every page."""

    contents_title: str
    footer_left: str
    page_of: Callable[[int, int], str]  # "Page 3 of 41" in the document's language


class ReportCanvas(Canvas):
    """A canvas that holds its pages back until ``save`` and then finishes each."""

    def __init__(self, *args, context: Context, furniture: Furniture, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._context = context
        self.tags = context.tags  # flowables tag their content through the canvas (tagging.tags_of)
        self._furniture = furniture
        self._held: list[dict] = []
        self._footer_left: str | None = None

    def showPage(self) -> None:  # noqa: N802  (ReportLab's name)
        self._held.append({k: v for k, v in self.__dict__.items() if k != "_held"})
        self._startPage()

    def save(self) -> None:
        held, self._held = self._held, []
        total = len(held)
        context = self._context
        by_page: dict[int, list[Place]] = {}
        for place in context.places.values():
            if place.page:
                by_page.setdefault(place.page, []).append(place)
        contents_lines = contents.paginate(list(context.places.values()))
        contents_pages = {page: n for n, page in enumerate(context.contents_pages)}
        outline = _Outline(self)
        for n in range(total):
            if n % 32 == 0:
                context.job.check()
            state, held[n] = held[n], None
            running = {name: self.__dict__[name] for name in _DOCUMENT_WIDE if name in self.__dict__}
            self.__dict__.update(state)
            self.__dict__.update(running)
            page = n + 1
            if page in contents_pages:
                index = contents_pages[page]
                if index == 0:
                    self.bookmarkHorizontalAbsolute(contents.bookmark("contents"), s.PAGE_HEIGHT - s.MARGIN_TOP + 8)
                    outline.add(self._furniture.contents_title, "contents", 1)
                if index < len(contents_lines):
                    contents.draw_page(self, context, self._furniture.contents_title, contents_lines[index],
                                       first=index == 0, tags=context.contents_tags)
            for place in sorted(by_page.get(page, ()), key=lambda p: -p.top):
                self.bookmarkHorizontalAbsolute(contents.bookmark(place.key), place.top + 6)
                outline.add(place.title, place.key, place.level)
            if page not in context.cover_pages:
                self._footer(page, total)
            super().showPage()
        if outline.used:
            self.showOutline()
        if self.tags.root.kids:  # a document whose flowables tag nothing (the register extract) claims nothing
            structure.write(self._doc, self.tags, total)
            xmp.add(self._doc, context.lang, context.pdfa)
        super().save()

    def _footer(self, page: int, total: int) -> None:
        regular = self._context.regular
        left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
        number = regular.clean(self._furniture.page_of(page, total), False)
        if self._footer_left is None:
            room = s.FRAME_WIDTH - regular.width(number) * 8 - 40
            self._footer_left = truncate(regular, 8, self._furniture.footer_left, room)
        block = self._context.typesetter(self).block()
        block.line(s.RULE, 0.5, left, s.FOOTER_Y + 12, right, s.FOOTER_Y + 12)
        block.lines(regular, 8, left, s.FOOTER_Y, [self._footer_left], 0, s.MUTED)
        block.lines(regular, 8, left, s.FOOTER_Y, [number], 0, s.MUTED, "right", s.FRAME_WIDTH)
        self.addLiteral(tagging.FOOTER)
        self.addLiteral(block.operators())
        self.addLiteral(tagging.END)


class _Outline:
    """Bookmarks in reading order; a level never more than one deeper than the one before."""

    def __init__(self, canv: ReportCanvas) -> None:
        self.canv = canv
        self.depth = -1
        self.used = False

    def add(self, title: str, key: str, level: int) -> None:
        depth = min(max(level - 1, 0), self.depth + 1)
        title = plain(title) or "-"
        self.canv.addOutlineEntry(title, contents.bookmark(key), level=depth, closed=False)
        self.depth = depth
        self.used = True


def canvas_maker(context: Context, furniture: Furniture) -> Callable[..., ReportCanvas]:
    def make(*args, **kwargs) -> ReportCanvas:
        return ReportCanvas(*args, context=context, furniture=furniture, **kwargs)

    return make
