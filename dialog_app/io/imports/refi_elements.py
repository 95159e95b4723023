"""REFI-QDA elements found by their local names, whatever namespace a tool wrote them in.

The standard's namespaces are ``urn:QDA-XML:project:1.0`` and ``urn:QDA-XML:codebook:1.0``, but
tools write older ones (``urn:QDA-XML:codebook:0:4``), a project namespace in a codebook, or none
at all; the element names are what they agree on. GUIDs are compared without braces and case,
as tools write ``{1FF58B12-…}`` and ``1ff58b12-…`` for the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree


def local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if element is None else [child for child in element if local(child) == name]


def first(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((child for child in element if local(child) == name), None)


def text_of(element: etree._Element | None, name: str) -> str:
    """The text of ``element``'s first child called ``name``; "" when there is none."""
    found = first(element, name)
    return "".join(found.itertext()) if found is not None else ""


def descendants(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (item for item in element.iter() if local(item) == name)


def guid(value: str | None) -> str:
    """A GUID as this reader compares it: no braces, no surrounding blanks, lower case."""
    return (value or "").strip().strip("{}").strip().lower()


def targets(element: etree._Element, name: str) -> list[str]:
    """The GUIDs that ``element``'s ``name`` children (CodeRef, NoteRef, SourceRef…) point at."""
    return [g for g in (guid(child.get("targetGUID")) for child in children(element, name)) if g]


def position(element: etree._Element, name: str) -> int | None:
    """An integer attribute, tolerating blanks and a decimal point ("12.0"); None when it is no number."""
    raw = (element.get(name) or "").strip()
    try:
        return int(raw)
    except ValueError:
        try:
            number = float(raw)
        except ValueError:
            return None
        return int(number) if number.is_integer() else None
