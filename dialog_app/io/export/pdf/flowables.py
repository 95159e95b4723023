"""The report's small custom flowables: headings that record where they land, the room a heading
keeps for what follows it, quotes with a coloured rule, reserved contents pages, the cover badge."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Paragraph
from reportlab.platypus.doctemplate import FrameBreak

from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf import tagging
from dialog_app.io.export.pdf.context import Context, Place
from dialog_app.io.export.pdf.fonts import Face
from dialog_app.io.export.pdf.typeset import draw_string, truncate


class Para(tagging.TaggedParagraphMixin, Paragraph):
    """A paragraph tagged P (or the role given: H1 on the cover, LBody in a list)."""

    def __init__(self, text, style, bulletText=None, frags=None, role: str | None = None,  # noqa: N803
                 group=None, **kwargs) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
        self.tag_init(role, group)


class Heading(Paragraph):
    """A heading (H1–H3); records its page and position for the contents and the bookmarks. A
    chapter heading (level 1) has a rule below it, with a short bar in the theme's colour."""

    keep_next = True

    def __init__(self, text: str, style, place: Place | None, rule: Color | None = None, level: int = 1) -> None:
        super().__init__(text, style)
        self.place = place
        self.rule = rule
        self.role = f"H{min(max(level, 1), 3)}"

    def draw(self) -> None:
        if self.place is not None and not self.place.page:
            self.place.page = self.canv.getPageNumber()
            self.place.top = self.canv.absolutePosition(0, self.height)[1]
        tags = tagging.tags_of(self.canv)
        if tags is not None:
            tags.mark(self.canv, tags.add(self.role))
        super().draw()
        if tags is not None:
            self.canv.addLiteral(tagging.END)
        if self.rule is not None:
            canv = self.canv
            if tags is not None:
                canv.addLiteral(tagging.ARTIFACT)
            canv.saveState()
            canv.setStrokeColor(s.RULE)
            canv.setLineWidth(0.8)
            canv.line(0, -7, self.width, -7)
            canv.setStrokeColor(self.rule)
            canv.setLineWidth(3)
            canv.line(0, -7, 56, -7)
            canv.restoreState()
            if tags is not None:
                canv.addLiteral(tagging.END)

    def split(self, availWidth, availHeight):  # noqa: N803
        # a heading moves to the next page whole; only one longer than a page is cut
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        return super().split(availWidth, availHeight) if at_top else []


class Label(Para):
    """A small heading inside a chapter (the outline's "label" paragraph): kept with what follows.
    Tagged P: the outline's levels 1–3 are the headings; a label is a paragraph's lead-in."""

    keep_next = True


class KeepRoom(Flowable):
    """Before a heading: starts a new page unless the heading and the start of what follows fit."""

    def __init__(self, heads: Sequence[Flowable], following: Flowable | None) -> None:
        super().__init__()
        self.heads = list(heads)
        self.following = following

    def _needed(self, width: float) -> float:
        needed = 0.0
        for flowable in self.heads:  # not at a page's top (then nothing is kept): spaces before count
            _w, h = flowable.wrapOn(self.canv, width, s.FRAME_HEIGHT)
            needed += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        following = self.following
        if following is not None:
            if hasattr(following, "min_height"):
                needed += following.min_height(width)
            else:
                _w, h = following.wrapOn(self.canv, width, s.FRAME_HEIGHT)
                if isinstance(following, KeepTogether):
                    h = following._H  # its wrap says "too tall" on purpose, to be asked to split
                needed += min(h, 3 * getattr(getattr(following, "style", None), "leading", 14.0)
                              if isinstance(following, Paragraph) else h)
                needed += following.getSpaceBefore()
        return needed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = getattr(self, "_frame", None)
        if frame is not None and not frame._atTop and self._needed(availWidth) > availHeight:
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


class QuoteBox(Flowable):
    """A key quote: its paragraphs indented beside a bar in the theme's colour."""

    INDENT = 14.0

    def __init__(self, paragraphs: Sequence[Flowable], colour: Color, tail: bool = False, key=None) -> None:
        super().__init__()
        self.paragraphs = list(paragraphs)
        self.colour = colour
        self.key = key or object()  # the BlockQuote element both parts of a split quote share
        self.spaceBefore = 0 if tail else 4
        self.spaceAfter = 12

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        inner = availWidth - self.INDENT
        self._sizes = [p.wrap(inner, availHeight) for p in self.paragraphs]
        self.width = availWidth
        self.height = sum(h for _w, h in self._sizes) + sum(p.getSpaceAfter() for p in self.paragraphs[:-1])
        return availWidth, self.height

    def min_height(self, width: float) -> float:
        self.wrap(width, s.FRAME_HEIGHT)
        return min(self.height, 60.0)

    def draw(self) -> None:
        canv = self.canv
        tags = tagging.tags_of(canv)
        if tags is not None:
            canv.addLiteral(tagging.ARTIFACT)
        canv.saveState()
        canv.setFillColor(self.colour)
        canv.rect(0, 0, 3, self.height, stroke=0, fill=1)
        canv.restoreState()
        if tags is not None:
            canv.addLiteral(tagging.END)
            tags.open(tags.keyed(self.key, "BlockQuote"))
        y = self.height
        for paragraph, (_w, h) in zip(self.paragraphs, self._sizes, strict=True):
            y -= h
            paragraph.drawOn(canv, self.INDENT, y)
            y -= paragraph.getSpaceAfter()
        if tags is not None:
            tags.close()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        first, *rest = self.paragraphs
        parts = first.split(availWidth - self.INDENT, availHeight)
        if len(parts) < 2:
            return []
        return [QuoteBox([parts[0]], self.colour, key=self.key),
                QuoteBox([*parts[1:], *rest], self.colour, tail=True, key=self.key)]


class ReservedPage(Flowable):
    """Marks a page kept for the table of contents, which is drawn on it at save (pages.py);
    a PageBreak follows it."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.context.contents_pages.append(self.canv.getPageNumber())
        tags = tagging.tags_of(self.canv)
        if tags is not None and not self.context.contents_tags:  # filled when the pages are drawn
            self.context.contents_tags[:] = [tags.add("H1"), tags.add("TOC")]


class Badge(Flowable):
    """The version label on the cover ("Remissversion"): white bold text on the accent colour."""

    SIZE = 10.0

    def __init__(self, face: Face, text: str) -> None:
        super().__init__()
        self.face = face
        self.text = face.clean(text, newlines=False).strip()
        self.spaceAfter = 22

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.text = truncate(self.face, self.SIZE, self.text, availWidth - 20)
        self.width = self.face.width(self.text) * self.SIZE + 20
        self.height = self.SIZE + 12 if self.text else 0
        return self.width, self.height

    def draw(self) -> None:
        if not self.text:
            return
        canv = self.canv
        tags = tagging.tags_of(canv)
        canv.saveState()
        canv.setFillColor(s.ACCENT)
        if tags is not None:
            canv.addLiteral(tagging.ARTIFACT)
        canv.roundRect(0, 0, self.width, self.height, 3, stroke=0, fill=1)
        canv.setFillColor(s.WHITE)
        if tags is not None:
            canv.addLiteral(tagging.END)
            tags.mark(canv, tags.add("P"))
        draw_string(canv, self.face, self.SIZE, 10, 6.5, self.text)
        if tags is not None:
            canv.addLiteral(tagging.END)
        canv.restoreState()
