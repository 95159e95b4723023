"""The text sources of a REFI-QDA project, their selections and codings, and where their text is.

A text source keeps its plain text inline (``PlainTextContent``) or in a member of the .qdpx
named by ``plainTextPath``: "internal://<guid>.txt" means ``sources/<guid>.txt``; QualCoder
writes the bare file name; some tools leave the path out, and the file is then ``<guid>.txt``.
Only the zip is looked in: a "relative://" or "absolute://" path names a file on the sender's
disk, which this reader never opens. Memos (``Notes/Note``) are laid out like text sources.
Sources other than text (PDF, pictures, audio, video) hold no text to make notes of.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from lxml import etree

from dialog_app.io.imports.refi_elements import children, first, guid, local, position, targets, text_of
from dialog_app.io.imports.zip_guard import read_member

SOURCES = "sources/"
OTHER_SOURCES = ("PDFSource", "PictureSource", "AudioSource", "VideoSource")


@dataclass(frozen=True)
class Selection:
    guid: str
    start: int | None  # None: the tool wrote no number
    end: int | None
    codes: tuple[str, ...]  # the GUIDs its codings point at
    description: str
    created: str  # creationDateTime as written, "" when not


@dataclass(frozen=True)
class TextSource:
    guid: str
    name: str
    description: str
    text: str | None  # None: its text is not in the file
    selections: tuple[Selection, ...]


class Members:
    """The members of a .qdpx, found the way tools name them (any case, with or without sources/)."""

    def __init__(self, archive: zipfile.ZipFile | None) -> None:
        self.archive = archive
        self.names = {} if archive is None else {n.lower(): n for n in archive.namelist() if not n.endswith("/")}

    def text(self, path: str, source_guid: str) -> str | None:
        for name in _candidates(path, source_guid):
            found = self.names.get(name.lower())
            if found is not None and self.archive is not None:
                return decode(read_member(self.archive, found))
        return None


def _candidates(path: str, source_guid: str) -> list[str]:
    path = path.strip().replace("\\", "/")
    scheme, sep, rest = path.partition("://")
    if sep and scheme.lower() != "internal":
        return []  # a file on the sender's disk
    rest = rest if sep else path
    names = [SOURCES + rest, rest] if rest else []
    if source_guid:
        names += [f"{SOURCES}{source_guid}.txt", f"{source_guid}.txt"]
    return names


def decode(data: bytes) -> str:
    """A source's text: UTF-8 as the standard says (a BOM tolerated), UTF-16 with its BOM, else Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def content(element: etree._Element, members: Members) -> str | None:
    """The plain text of a text source or memo: inline, else its member; None when neither is there."""
    inline = first(element, "PlainTextContent")
    if inline is not None:
        return "".join(inline.itertext())
    return members.text(element.get("plainTextPath") or "", guid(element.get("guid")))


def text_sources(root: etree._Element, members: Members) -> tuple[list[TextSource], int]:
    """Every text source with its selections, and how many sources of other kinds were passed over."""
    sources = first(root, "Sources")
    if sources is None:
        return [], 0
    found, skipped = [], 0
    for element in sources:
        kind = local(element)
        if kind in OTHER_SOURCES:
            skipped += 1
        elif kind == "TextSource":
            found.append(TextSource(
                guid(element.get("guid")), (element.get("name") or "").strip(), text_of(element, "Description"),
                content(element, members), tuple(_selection(s) for s in children(element, "PlainTextSelection")),
            ))
    return found, skipped


def _selection(element: etree._Element) -> Selection:
    codes = tuple(code for coding in children(element, "Coding") for code in targets(coding, "CodeRef"))
    return Selection(guid(element.get("guid")), position(element, "startPosition"), position(element, "endPosition"),
                     codes, text_of(element, "Description"), (element.get("creationDateTime") or "").strip())


def count_selections(root: etree._Element) -> int:
    sources = first(root, "Sources")
    if sources is None:
        return 0
    return sum(len(children(s, "PlainTextSelection")) for s in children(sources, "TextSource"))


def memos(root: etree._Element, members: Members) -> dict[str, str]:
    """Each memo's (``Notes/Note``) text by its GUID."""
    notes = first(root, "Notes")
    if notes is None:
        return {}
    return {guid(note.get("guid")): (content(note, members) or text_of(note, "Description")).strip()
            for note in children(notes, "Note")}
