"""The outline's blocks turned into flowables: how each kind of block looks in the PDF.

Content is the outline's business (outline.py); this module only chooses the look: a run of
notes becomes one NoteList, tables and the register become Grids, a heading gets the room it
needs for what follows. Every text is printed as typed (markup.py, typeset.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from dialog_app.io.export import outline as o
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf.chart import bar_charts
from dialog_app.io.export.pdf.contents import paginate
from dialog_app.io.export.pdf.context import Context, Place
from dialog_app.io.export.pdf.flowables import Badge, Heading, KeepRoom, Label, Para, QuoteBox, ReservedPage
from dialog_app.io.export.pdf.grid import Grid, columns_for
from dialog_app.io.export.pdf.markup import paragraph_text
from dialog_app.io.export.pdf.notes import NoteList
from dialog_app.io.export.pdf.rows import Rows
from dialog_app.io.export.report import Report

SHORT_LIST = 8
REGISTER_WIDTHS = (1.15, 0.9, 0.95, 2.2, 1.6, 2.3)  # ref, dialogue, question, group, kind, themes (by name)


def flowables(context: Context, report: Report, blocks: list[o.Block]) -> list[Flowable]:
    """The whole report as flowables, with room kept after every heading."""
    for block in blocks:
        if isinstance(block, o.Heading) and _listed(block):
            context.places.setdefault(block.key, Place(block.key, block.text, block.level))
    refs = [b.ref for b in blocks if isinstance(b, o.NoteItem)]
    widest = max((context.bold.width(ref) * s.NOTE_SIZE for ref in refs), default=0.0)
    context.gutter = max(48.0, widest + 12)
    laid = _Layout(context, report)
    out = _keep_headings(list(laid.run(blocks)))
    context.total = max(1, sum(f.sheet.count if isinstance(f, Rows) else 1 for f in out))
    return out


class _Layout:
    def __init__(self, context: Context, report: Report) -> None:
        self.context = context
        self.report = report
        self.st = context.styles
        self.colour = s.ACCENT  # the current theme's

    def run(self, blocks: list[o.Block]) -> Iterable[Flowable]:
        pending: list[o.NoteItem] = []
        for block in blocks:
            if isinstance(block, o.NoteItem):
                pending.append(block)
                continue
            if pending:
                yield NoteList(self.context, pending)
                pending = []
            yield from self.block(block)
        if pending:
            yield NoteList(self.context, pending)

    def block(self, block: o.Block) -> Iterable[Flowable]:
        match block:
            case o.Cover():
                yield from self.cover(block)
            case o.Contents():
                for _page in paginate(list(self.context.places.values())):
                    yield ReservedPage(self.context)
                    yield PageBreak()
            case o.Heading():
                yield from self.heading(block)
            case o.Para():
                yield self.para(block)
            case o.Facts():
                grid = Grid(self.context, None, block.rows, (1, 2.8),
                            columns_for(self.context, 2, muted_first=True), striped=False, ruled=False,
                            size=9.2, leading=12.5, row_headers=True)
                yield grid.flowable()
                yield Spacer(0, 8)
            case o.Table():
                widths = block.widths or (1,) * len(block.header)
                grid = Grid(self.context, block.header, block.rows, widths,
                            columns_for(self.context, len(block.header), block.numeric))
                yield grid.flowable()
                yield Spacer(0, 12)
            case o.Bullets():
                yield from self.bullets(block)
            case o.BarChart():
                for drawing in bar_charts(self.context, block, s.FRAME_WIDTH):
                    yield drawing
                yield Spacer(0, 12)
            case o.Quote():
                yield self.quote(block)
            case o.Register():
                widths = REGISTER_WIDTHS if len(block.header) == len(REGISTER_WIDTHS) else (1,) * len(block.header)
                rows = [(row.ref, *row.cells) for row in block.rows]
                grid = Grid(self.context, block.header, rows, widths,
                            columns_for(self.context, len(block.header), bold_first=True, accent_first=True))
                yield grid.flowable()

    def cover(self, cover: o.Cover) -> Iterable[Flowable]:
        st, regular, bold = self.st, self.context.regular, self.context.bold
        title_size = 30 if len(cover.title) <= 70 else 24 if len(cover.title) <= 140 else 18
        title_style = st.cover_title.clone("cover_title_sized", fontSize=title_size, leading=title_size * 1.2)
        yield Badge(bold, cover.version_label)
        yield Para(paragraph_text(bold, cover.title), title_style, role="H1")
        if cover.subtitle:
            yield Para(paragraph_text(regular, cover.subtitle), st.cover_subtitle)
        if cover.organiser:
            yield Para(paragraph_text(bold, cover.organiser), st.cover_line)
        if cover.date:
            yield Para(paragraph_text(regular, cover.date), st.cover_small)
        if cover.framework:
            yield Para(paragraph_text(regular, cover.framework), st.cover_small)
        yield NextPageTemplate("body")
        yield PageBreak()

    def heading(self, heading: o.Heading) -> Iterable[Flowable]:
        colour = self._theme_colour(heading.key)
        if colour is not None and heading.level <= 2:
            self.colour = colour
        elif heading.level == 1:
            self.colour = s.ACCENT
        place = self.context.places.get(heading.key) if _listed(heading) else None
        style = {1: self.st.h1, 2: self.st.h2}.get(heading.level, self.st.h3)
        if heading.level == 1:
            yield PageBreakIfNotEmpty()
        rule = self.colour if heading.level == 1 else None
        yield Heading(paragraph_text(self.context.bold, heading.text, newlines=False), style, place, rule,
                      heading.level)

    def _theme_colour(self, key: str):
        if key.startswith("theme-") and key[6:].isdigit():
            index = int(key[6:])
            if index < len(self.report.themes):
                return s.colour(self.report.themes[index].colour)
        return None

    def para(self, para: o.Para) -> Flowable:
        style = self.st.para(para.style)
        face = self.context.bold if para.style == "label" else self.context.regular
        text = paragraph_text(face, para.text)
        return Label(text, style) if para.style == "label" else Para(text, style)

    def bullets(self, bullets: o.Bullets) -> Iterable[Flowable]:
        regular = self.context.regular
        group = object()  # the list's L element
        items = [Para(paragraph_text(regular, item), self.st.bullet, bulletText=f"{n}." if bullets.numbered
                      else "\u2022", group=group) for n, item in enumerate(bullets.items, 1)]
        if len(items) <= SHORT_LIST:
            yield KeepTogether(items)  # a short list is not split across pages
        else:
            yield from items
        yield Spacer(0, 6)

    def quote(self, quote: o.Quote) -> Flowable:
        oblique, regular, bold = self.context.oblique, self.context.regular, self.context.bold
        opening = "\u201d" if self.report.options.language == "sv" else "\u201c"  # Swedish: ”…”
        text = paragraph_text(oblique, f"{opening}{quote.text.strip()}\u201d")
        ref = escape(bold.clean(quote.ref, newlines=False))
        source = paragraph_text(regular, quote.source, newlines=False)
        line = f"<b>{ref}</b>" + (f" \u00b7 {source}" if source else "")
        return QuoteBox([Para(text, self.st.quote), Para(line, self.st.quote_source)], self.colour)


def _listed(heading: o.Heading) -> bool:
    """Levels 1–2 go into the contents and the bookmarks, unless the outline keeps a section out."""
    return heading.level <= 2 and getattr(heading, "contents", True)


def _keep_headings(flowables: list[Flowable]) -> list[Flowable]:
    """Put a KeepRoom before each run of headings and labels, sized for them and what follows."""
    out: list[Flowable] = []
    i = 0
    while i < len(flowables):
        flowable = flowables[i]
        if not getattr(flowable, "keep_next", False):
            out.append(flowable)
            i += 1
            continue
        j = i
        while j < len(flowables) and getattr(flowables[j], "keep_next", False):
            j += 1
        following = flowables[j] if j < len(flowables) else None
        if following is not None and isinstance(following, (PageBreakIfNotEmpty, NextPageTemplate)):
            following = None
        out.append(KeepRoom(flowables[i:j], following))
        out.extend(flowables[i:j])
        i = j
    return out
