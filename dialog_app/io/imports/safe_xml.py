"""XML from a stranger, parsed so that nothing it declares can run, fetch or explode.

Exchange files (REFI-QDA, Office and OpenDocument parts) never need a document type declaration,
so any file with one is refused outright (entity bombs, external entities); the parser is also set
to resolve no entities, load no DTD and touch no network, in case a declaration slips past.
"""

from __future__ import annotations

import re

from lxml import etree

from dialog_app.core.import_plan import FileProblem, ImportFileError

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


def has_declaration(data: bytes) -> bool:
    """True when the XML declares a document type or entities (in UTF-8 or UTF-16)."""
    if _DECLARATION.search(data):
        return True
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00<" in data[:4] or b"<\x00" in data[:4]:
        return any(_DECLARATION.search(data.decode(codec, errors="ignore").encode())
                   for codec in ("utf-16-le", "utf-16-be"))
    return False


def parse_xml(data: bytes) -> etree._Element:
    """The root element; raises ``ImportFileError`` for a declaration or XML that is not well-formed."""
    if has_declaration(data):
        raise ImportFileError(FileProblem.UNSAFE_XML)
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as error:
        raise ImportFileError(FileProblem.BROKEN, str(error)) from error
    if root is None:
        raise ImportFileError(FileProblem.BROKEN, "no XML")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ImportFileError(FileProblem.UNSAFE_XML)
    return root
