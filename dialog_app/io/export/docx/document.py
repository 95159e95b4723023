"""A new Word document set up for a report: A4, its language, its styles, its properties, its footer.

python-docx's default template already has Word's built-in styles (Title, Heading 1–3, List
Bullet, Quote, the table styles), which the layout uses so that Word's navigation pane, its
table of contents and screen readers understand the document. This module adds the few styles
of its own, states the document's language (spell checking, reading aloud), fills in the
properties Word shows under File > Info, and puts "Page X of Y" in the footer of every page
but the cover.
"""

from __future__ import annotations

from datetime import datetime

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dialog_app.io.export.docx import contents
from dialog_app.io.export.docx.parts import clean, fill_in, update_fields_on_open
from dialog_app.io.export.outline import Cover
from dialog_app.io.export.report import Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

LOCALES = {"sv": "sv-SE", "en": "en-GB"}
BODY_FONT = "Calibri"  # the headings' font in the template's theme too
MARGIN = Cm(2.5)
TEXT_WIDTH = Cm(21.0) - 2 * MARGIN  # A4 less the margins
GREY = RGBColor(0x59, 0x59, 0x59)  # 7:1 on white: grey, yet readable
NOTE_INDENT = Cm(2.2)  # the reference of a note hangs in this margin
FACT_INDENT = Cm(5.0)


def new_document(report: Report) -> Document:
    document = docx.Document()
    _page(document)
    _styles(document)
    _language(document, LOCALES[report.options.language])
    update_fields_on_open(document)
    _footer(document, report)
    _drop_thumbnail(document)
    return document


def _page(document: Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Cm(1.25)


def _styles(document: Document) -> None:
    styles = document.styles
    _body_font(document, BODY_FONT)
    for level, size in ((1, 20), (2, 15), (3, 12.5)):
        styles[f"Heading {level}"].font.size = Pt(size)
    styles["Heading 1"].paragraph_format.space_after = Pt(10)
    for level in (2, 3):  # a heading at its level for navigation and screen readers, not for the contents
        section = styles.add_style(f"Section Heading {level}", WD_STYLE_TYPE.PARAGRAPH)
        section.base_style = styles[f"Heading {level}"]
        section.next_paragraph_style = styles["Normal"]
    quote = styles["Quote"].paragraph_format
    quote.left_indent = quote.right_indent = Cm(0.8)
    quote.space_before, quote.space_after = Pt(4), Pt(10)

    def paragraph_style(name: str, size: float, **format_) -> None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        style.font.size = Pt(size)
        if "colour" in format_:
            style.font.color.rgb = format_.pop("colour")
        if format_.pop("bold", False):
            style.font.bold = True
        for name_, value in format_.items():
            setattr(style.paragraph_format, name_, value)

    paragraph_style("Lead Paragraph", 12.5, colour=RGBColor(0x26, 0x26, 0x26), space_after=Pt(10))
    paragraph_style("Aside", 9.5, colour=GREY, space_after=Pt(8))
    paragraph_style("Label", 10.5, bold=True, colour=RGBColor(0x40, 0x40, 0x40), keep_with_next=True,
                    space_before=Pt(10), space_after=Pt(3))
    paragraph_style("Note", 11, left_indent=NOTE_INDENT, first_line_indent=-NOTE_INDENT,
                    keep_together=True, space_after=Pt(7))
    styles["Note"].paragraph_format.tab_stops.add_tab_stop(NOTE_INDENT)
    paragraph_style("Fact", 11, left_indent=FACT_INDENT, first_line_indent=-FACT_INDENT, space_after=Pt(1))
    styles["Fact"].paragraph_format.tab_stops.add_tab_stop(FACT_INDENT)
    paragraph_style("Table Text", 10, space_after=Pt(0), line_spacing=1.0)
    paragraph_style("Cover Details", 13, space_after=Pt(4))
    contents.add_styles(styles, TEXT_WIDTH)
    styles["Footer"].font.size = Pt(9)
    styles["Footer"].font.color.rgb = GREY


def _body_font(document: Document, font: str) -> None:
    """The template's theme sets Cambria for body text; this report is set in Calibri throughout."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "cs"):
        fonts.attrib.pop(qn(f"w:{script}Theme" if script != "cs" else "w:cstheme"), None)
        fonts.set(qn(f"w:{script}"), font)


def _language(document: Document, locale: str) -> None:
    """The document's language in the default run properties, and what Word calls its theme's."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), locale)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), locale)
    proof_state = settings.find(qn("w:proofState"))  # "spelling clean" would stop Word checking it
    if proof_state is not None:
        settings.remove(proof_state)
    if locale.startswith("sv"):
        for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            element = settings.find(qn(tag))
            if element is not None:
                element.set(qn("w:val"), value)


def _footer(document: Document, report: Report) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_footer.is_linked_to_previous = False  # an empty footer: none on the cover
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    template = report.wording(QT_TRANSLATE_NOOP("Export", "Page %1 of %2"))
    fill_in(paragraph, template, {"%1": ("PAGE", "1"), "%2": ("NUMPAGES", "1")})


def _drop_thumbnail(document: Document) -> None:
    """The template's preview picture would stand for this document in file browsers."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    preview = document.settings.element.find(qn("w:savePreviewPicture"))
    if preview is not None:
        document.settings.element.remove(preview)


def set_properties(document: Document, report: Report, cover: Cover) -> None:
    """What Word shows under File > Info, and what a search or a screen reader finds first."""
    properties = document.core_properties
    properties.title = clean(cover.title)
    properties.subject = clean(cover.subtitle)
    properties.author = clean(report.organiser)
    properties.last_modified_by = clean(report.organiser)
    properties.category = clean(report.version_label)
    properties.comments = ""
    keywords = [report.version_label, report.framework, *(t.name for t in report.themes if t.depth == 0)]
    properties.keywords = clean("; ".join(k for k in keywords if k))[:255]
    properties.language = LOCALES[report.options.language]
    made = datetime(report.made_on.year, report.made_on.month, report.made_on.day)
    properties.created = properties.modified = made
    properties.revision = 1
