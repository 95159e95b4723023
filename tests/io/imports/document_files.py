"""Minutes written to disk for the document reader tests: Word files made by python-docx, an
OpenDocument text zipped by hand, and a Word file with one of its members swapped for a hostile one."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from dialog_app.io.imports.source_facts import Source

ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
BOLD_STYLE = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties fo:font-weight="bold"/></style:style>')


def source_of(path: Path, fmt: str) -> Source:
    data = path.read_bytes()
    return Source(path, data, fmt, hashlib.sha256(data).hexdigest())


def zipped(members: dict[str, bytes], stored: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data, zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_content(body: str, automatic_styles: str = BOLD_STYLE) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODT_NAMESPACES} office:version="1.2">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def odt_bytes(body: str, automatic_styles: str = BOLD_STYLE, mimetype: str = "application/vnd.oasis.opendocument.text",
              content: str | None = None) -> bytes:
    """A minimal valid OpenDocument text: the mimetype first and stored, the content, the manifest."""
    return zipped({
        "mimetype": mimetype.encode("ascii"),
        "content.xml": (content if content is not None else odt_content(body, automatic_styles)).encode("utf-8"),
        "META-INF/manifest.xml": ODT_MANIFEST.encode("utf-8"),
    }, stored=("mimetype",))


def with_members(docx: bytes, replaced: dict[str, bytes]) -> bytes:
    """The Word file with some members replaced or added, the rest as they were."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(replaced)
    return zipped(members)
