"""Reading a written .qdpx back for the tests: its XML, its source texts, its selections."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

NS = {"q": "urn:QDA-XML:project:1.0"}
# the official schemas, vendored with their licence so that validation runs on every clone
SCHEMAS = Path(__file__).resolve().parent / "refi_schemas"
PROJECT_SCHEMA = SCHEMAS / "Project-mrt2019.xsd"
CODEBOOK_SCHEMA = SCHEMAS / "Codebook-mrt2019.xsd"
CODEBOOK_NS = {"c": "urn:QDA-XML:codebook:1.0"}


@dataclass
class Qdpx:
    names: list[str]  # the zip's entries
    root: etree._Element  # project.qde
    qde: bytes
    texts: dict[str, str]  # zip entry -> its text, decoded as UTF-8 and nothing else

    def find(self, path: str) -> list[etree._Element]:
        return self.root.xpath(path, namespaces=NS)

    def source_text(self, source: etree._Element) -> str:
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        return self.texts["sources/" + path.removeprefix("internal://")]

    def selections(self) -> dict[str, str]:
        """Selection name ("D1-003") -> its text, cut out of its source by code points."""
        cut = {}
        for source in self.find("//q:TextSource"):
            text = self.source_text(source)
            for selection in source.xpath("q:PlainTextSelection", namespaces=NS):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                cut[selection.get("name")] = text[start:end]
        return cut

    def guids(self) -> list[str]:
        return sorted(self.root.xpath("//@guid | //@targetGUID | //@creatingUser | //@creatingUserGUID"))


def read_qdpx(path: Path) -> Qdpx:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        qde = archive.read("project.qde")
        texts = {n: archive.read(n).decode("utf-8") for n in names if n.endswith(".txt")}
    return Qdpx(names, etree.fromstring(qde), qde, texts)


def valid(document: bytes, schema: Path) -> tuple[bool, str]:
    checker = etree.XMLSchema(etree.parse(str(schema)))
    ok = checker.validate(etree.fromstring(document))
    return ok, str(checker.error_log)
