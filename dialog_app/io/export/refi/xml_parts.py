"""The XML the project and the codebook share: namespaces, the code tree, and how it is written.

Every text goes through lxml, which escapes it ("<b>", "&"), after ``clean`` has taken out what
XML 1.0 cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

from lxml import etree

from dialog_app import __version__
from dialog_app.io.export.refi.guids import guid
from dialog_app.io.export.refi.xml_text import clean
from dialog_app.io.export.report import ThemeEntry

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"dialog_app {__version__}"
_RGB = re.compile(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")


class Maker:
    """Elements of one namespace: ``x.sub(parent, "Code", name=…)``, attributes cleaned, None left out."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def tag(self, local: str) -> str:
        return f"{{{self.namespace}}}{local}"

    def root(self, tag: str, /, **attributes: object) -> etree._Element:
        element = etree.Element(self.tag(tag), nsmap={None: self.namespace})
        _set(element, attributes)
        return element

    def sub(self, parent: etree._Element, tag: str, text: str | None = None, /,
            **attributes: object) -> etree._Element:
        element = etree.SubElement(parent, self.tag(tag))
        _set(element, attributes)
        if text is not None:
            element.text = clean(text)
        return element


def _set(element: etree._Element, attributes: dict[str, object]) -> None:
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        element.set(key, clean(str(value)))


def code_guid(theme: ThemeEntry) -> str:
    return guid("code", theme.id)


def colour(theme: ThemeEntry) -> str | None:
    """"#RRGGBB" as the schema's RGBType wants it; None (no colour) for anything else."""
    value = (theme.colour or "").strip()
    return value.upper() if _RGB.fullmatch(value) else None


def add_codes(
    x: Maker, parent: etree._Element, themes: Iterable[ThemeEntry], notes_of: dict[int, str] | None = None,
) -> etree._Element | None:
    """``<Codes>`` with one ``<Code>`` per theme, sub-themes nested in their parents; None if no themes.

    ``notes_of`` maps a theme's index to the GUID of its memo (the project's ``<Notes>``); the
    codebook alone has no memos.
    """
    themes = list(themes)
    if not themes:
        return None
    codes = x.sub(parent, "Codes")
    made: dict[int, etree._Element] = {}
    for theme in themes:  # framework order: a parent always comes before its sub-themes
        above = made.get(theme.parent) if theme.parent is not None else None
        element = x.sub(codes if above is None else above, "Code",
                        guid=code_guid(theme), name=theme.title, isCodable=True, color=colour(theme))
        if theme.description.strip():
            x.sub(element, "Description", theme.description)
        if notes_of and theme.index in notes_of:
            x.sub(element, "NoteRef", targetGUID=notes_of[theme.index])
        made[theme.index] = element
    return codes


def timestamp(moment: datetime) -> str:
    """xsd:dateTime in UTC, to the second: "2026-03-12T12:00:00Z"."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'  # in the double quotes every tool expects


def to_bytes(root: etree._Element) -> bytes:
    return DECLARATION + etree.tostring(root, encoding="UTF-8", pretty_print=True)
