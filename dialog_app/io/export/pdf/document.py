"""The PDF report's entry point: the page templates, the running head, metadata, one layout pass.

``write(report, stream, job)`` is what the export registry calls. The cover has a
page of its own without head or foot; every other page has the running head (title, version
label) drawn while laid out and the foot ("Page 3 of 41") drawn at save (pages.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from dialog_app.core.jobs import Job
from dialog_app.io.export import outline as o
from dialog_app.io.export.pdf import fonts, tagging
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf.blocks import flowables
from dialog_app.io.export.pdf.context import Context
from dialog_app.io.export.pdf.markup import plain
from dialog_app.io.export.pdf.pages import Furniture, canvas_maker
from dialog_app.io.export.pdf.rows import Rows
from dialog_app.io.export.pdf.typeset import truncate
from dialog_app.io.export.report import Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
CREATOR = "dialog_app"


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    """Lay the report out and write the PDF to ``stream``; raises Cancelled when the job is cancelled."""
    w = report.wording
    context = Context(job=job, lang=LANGUAGE_TAGS.get(report.options.language, "sv-SE"),
                      pdfa=report.options.pdfa)
    blocks = list(o.outline(report))
    cover = next((b for b in blocks if isinstance(b, o.Cover)), None)
    contents_title = next((b.title for b in blocks if isinstance(b, o.Contents)), "")
    story = flowables(context, report, blocks)
    job.check()
    head = _RunningHead(context, report.title, report.version_label)
    doc = _ReportDoc(
        stream, context, head,
        pagesize=(s.PAGE_WIDTH, s.PAGE_HEIGHT),
        title=plain(report.title), author=plain(report.organiser), subject=plain(cover.subtitle if cover else ""),
        creator=CREATOR, producer=CREATOR, lang=context.lang,
        keywords=[plain(report.version_label)] if report.version_label else [], displayDocTitle=1,
        initialFontName=fonts.REGULAR, initialFontSize=s.BODY_SIZE, initialLeading=s.BODY_LEADING,
    )
    footer_left = " \u00b7 ".join(part for part in (report.organiser, cover.date if cover else "") if part)
    furniture = Furniture(
        contents_title=contents_title,
        footer_left=context.regular.clean(footer_left, newlines=False),
        page_of=lambda page, total: w(QT_TRANSLATE_NOOP("Export", "Page %1 of %2"), w.number(page), w.number(total)),
    )
    with _binary_streams():
        doc.build(story, canvasmaker=canvas_maker(context, furniture))
    context.done = context.total
    context.report_progress()


class _RunningHead:
    """The head of every page but the cover: the title left, the version label right, a rule."""

    SIZE = 8.0

    def __init__(self, context: Context, title: str, version_label: str) -> None:
        self.context = context
        regular, bold = context.regular, context.bold
        self.version = bold.clean(version_label, newlines=False)
        room = s.FRAME_WIDTH - bold.width(self.version) * self.SIZE - 24
        self.title = truncate(regular, self.SIZE, regular.clean(title, newlines=False), room)

    def __call__(self, canv, _doc) -> None:
        context = self.context
        left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
        block = context.typesetter(canv).block()
        block.line(s.RULE, 0.5, left, s.HEADER_Y - 7, right, s.HEADER_Y - 7)
        block.lines(context.regular, self.SIZE, left, s.HEADER_Y, [self.title], 0, s.MUTED)
        block.lines(context.bold, self.SIZE, left, s.HEADER_Y, [self.version], 0, s.ACCENT, "right", s.FRAME_WIDTH)
        canv.addLiteral(tagging.HEADER)
        canv.addLiteral(block.operators())
        canv.addLiteral(tagging.END)


def _cover_page(context: Context):
    def draw(canv, _doc) -> None:
        context.cover_pages.add(canv.getPageNumber())
        canv.addLiteral(tagging.ARTIFACT)
        canv.saveState()
        canv.setFillColor(s.ACCENT)
        canv.rect(0, s.PAGE_HEIGHT - 16, s.PAGE_WIDTH, 16, stroke=0, fill=1)
        canv.rect(0, 0, 16, s.PAGE_HEIGHT, stroke=0, fill=1)
        canv.restoreState()
        canv.addLiteral(tagging.END)

    return draw


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams compressed but not also ASCII85-encoded: a quarter smaller, and faster to write.

    ReportLab reads this switch from its global settings while it writes the file; it is put back
    afterwards. (Another PDF written at the same moment is valid either way.)
    """
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


class _ReportDoc(BaseDocTemplate):
    """One layout pass with a look for a cancel before every flowable and progress per page."""

    def __init__(self, stream: BinaryIO, context: Context, head: _RunningHead, **kwargs) -> None:
        super().__init__(stream, leftMargin=s.MARGIN_LEFT, rightMargin=s.MARGIN_RIGHT,
                         topMargin=s.MARGIN_TOP, bottomMargin=s.MARGIN_BOTTOM, **kwargs)
        self.context = context
        body = Frame(s.MARGIN_LEFT, s.MARGIN_BOTTOM, s.FRAME_WIDTH, s.FRAME_HEIGHT, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(s.MARGIN_LEFT + 24, 110, s.FRAME_WIDTH - 24, s.PAGE_HEIGHT * 0.62, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=_cover_page(context)),
            PageTemplate("body", [body], onPage=head),
        ])

    def handle_flowable(self, flowables) -> None:
        self.context.job.check()
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable) -> None:  # noqa: N802  (ReportLab's name)
        if not isinstance(flowable, Rows):
            self.context.done += 1

    def afterPage(self) -> None:  # noqa: N802
        self.context.report_progress()
