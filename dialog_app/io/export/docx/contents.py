"""The table of contents written out, as Word itself leaves it after an update.

A TOC field shows its last result; Word computes one only when asked, and LibreOffice and the
converters built on it never do (LibreOffice 7.4 shows the stored result as it is, page numbers
included, and ignores w:dirty and w:updateFields). A field with an empty result left the contents
page blank outside Word. So the result is written here: one paragraph per chapter and section in
Word's styles "toc 1"/"toc 2", the heading's text as a link to a bookmark on the heading, a right
tab and a PAGEREF field to that bookmark.

Page numbers need a layout this writer does not have, and a guessed number would be wrong in
print, so each PAGEREF starts empty and its tab has no leader (no dots that run into nothing).
Word fills the numbers in when it updates the fields: the TOC is marked dirty and the settings
ask for an update on open; it rebuilds the entries with the styles' dot leader and real numbers,
and one who declines keeps these entries. LibreOffice keeps them as they are, titles that link,
until one chooses Update Index there (it reads the field as its own table of contents).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.styles.styles import Styles
from docx.text.paragraph import Paragraph

from dialog_app.io.export.docx.parts import clean, close_field, open_field
from dialog_app.io.export.outline import Heading

LEVELS = 2  # chapters and their sections; a theme's own sections stay out
INSTRUCTION = f'TOC \\o "1-{LEVELS}" \\h \\z'  # built-in heading styles 1–2, entries as links
STYLES = {level: f"toc {level}" for level in range(1, LEVELS + 1)}  # Word's built-in names for the entries


def add_styles(styles: Styles, width: Length) -> None:
    """Word's "toc 1"/"toc 2" (ids TOC1, TOC2), which Word also uses when it rebuilds the contents."""
    for level, name in STYLES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = f"TOC{level}"
        style.base_style = styles["Normal"]
        style.next_paragraph_style = styles["Normal"]
        style.font.bold = level == 1
        format_ = style.paragraph_format
        format_.left_indent = Cm(0.6 * (level - 1))
        format_.space_before = Pt(6 if level == 1 else 0)
        format_.space_after = Pt(3)
        format_.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def listed(blocks: Sequence[object]) -> list[Heading]:
    """The headings the contents lists, in order: those the TOC instruction picks."""
    return [b for b in blocks if isinstance(b, Heading) and b.contents and b.level <= LEVELS]


def bookmark_name(key: str) -> str:
    """A hidden bookmark ("_Toc…", as Word names its own) from the heading's key: letters, digits and _."""
    return ("_Toc_" + re.sub(r"[^A-Za-z0-9_]", "_", key))[:40]


def mark(paragraph: Paragraph, name: str, number: int) -> None:
    """A bookmark around the whole heading: the target of its contents entry and of its page number."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    if p.pPr is not None:
        p.pPr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def write(new_paragraph: Callable[[str | None], Paragraph], headings: Sequence[Heading], width: Length) -> None:
    """The TOC field with an entry per heading in its result; ``new_paragraph(style)`` adds a paragraph."""
    if not headings:
        return
    for position, heading in enumerate(headings):
        paragraph = new_paragraph(STYLES[heading.level])
        stop = paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        stop._tab.set(qn("w:leader"), "none")  # said, not left to the default: it replaces the style's dots
        if position == 0:
            open_field(paragraph._p, INSTRUCTION, dirty=True)
        _entry(paragraph, heading)
    close_field(new_paragraph(None)._p)  # in a plain paragraph of its own, as Word ends it


def _entry(paragraph: Paragraph, heading: Heading) -> None:
    name = bookmark_name(heading.key)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), name)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = clean(heading.text).replace("\n", " ")
    for content in (text, OxmlElement("w:tab")):
        run = OxmlElement("w:r")
        run.append(content)
        link.append(run)
    open_field(link, f"PAGEREF {name} \\h")  # its result left empty: no number is better than a wrong one
    close_field(link)
