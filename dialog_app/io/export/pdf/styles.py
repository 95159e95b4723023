"""The report's look in one place: page geometry, colours, type sizes and the paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from dialog_app.io.export.pdf import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 62.0
MARGIN_TOP = 72.0
MARGIN_BOTTOM = 66.0
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
HEADER_Y = PAGE_HEIGHT - 42.0  # baseline of the running head
FOOTER_Y = 38.0  # baseline of the page number

INK = HexColor("#1F2933")  # body text
MUTED = HexColor("#5C6670")  # asides, meta lines, running head
ACCENT = HexColor("#1B4F72")  # headings, the cover
RULE = HexColor("#C9D1D9")  # hairlines
TINT = HexColor("#EEF2F6")  # table header, labels
STRIPE = HexColor("#F7F9FB")  # every other table row
WHITE = HexColor("#FFFFFF")

BODY_SIZE, BODY_LEADING = 10.0, 14.0
NOTE_SIZE, NOTE_LEADING = 9.6, 13.0
META_SIZE, META_LEADING = 8.0, 10.5
CELL_SIZE, CELL_LEADING = 8.6, 11.0


def colour(hex_value: str, fallback: Color = ACCENT) -> Color:
    """A theme's "#rrggbb" colour; anything else is the accent colour."""
    try:
        return HexColor(hex_value) if hex_value and hex_value.startswith("#") and len(hex_value) == 7 else fallback
    except ValueError:
        return fallback


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    quote_source: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    cover_small: ParagraphStyle
    contents_title: ParagraphStyle

    def para(self, style: str) -> ParagraphStyle:
        return getattr(self, style, self.body) if style in ("body", "lead", "muted", "label") else self.body


def styles() -> Styles:
    fonts.faces()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR, fontSize=BODY_SIZE,
                          leading=BODY_LEADING, textColor=INK, spaceAfter=6)

    def style(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        lead=style("lead", fontSize=11.2, leading=16, spaceAfter=9),
        muted=style("muted", fontSize=8.8, leading=12, textColor=MUTED),
        label=style("label", fontName=fonts.BOLD, fontSize=9.6, leading=13, textColor=ACCENT, backColor=TINT,
                    borderPadding=(3, 4, 3, 4), leftIndent=4, rightIndent=4, spaceBefore=10, spaceAfter=8),
        h1=style("h1", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=16),
        h2=style("h2", fontName=fonts.BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=16,
                 spaceAfter=8),
        h3=style("h3", fontName=fonts.BOLD, fontSize=11, leading=14, textColor=INK, spaceBefore=12, spaceAfter=6),
        bullet=style("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3),
        quote=style("quote", fontName=fonts.OBLIQUE, fontSize=10.6, leading=15, textColor=INK, spaceAfter=2),
        quote_source=style("quote_source", fontSize=META_SIZE, leading=META_LEADING + 1, textColor=MUTED,
                           spaceAfter=0),
        cover_title=style("cover_title", fontName=fonts.BOLD, fontSize=30, leading=36, textColor=ACCENT,
                          spaceAfter=14),
        cover_subtitle=style("cover_subtitle", fontSize=15, leading=20, textColor=MUTED, spaceAfter=34),
        cover_line=style("cover_line", fontName=fonts.BOLD, fontSize=12, leading=17, spaceAfter=2),
        cover_small=style("cover_small", fontSize=10, leading=14, textColor=MUTED, spaceAfter=2),
        contents_title=style("contents_title", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=ACCENT),
    )
