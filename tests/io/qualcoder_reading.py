"""A .qdpx read the way QualCoder's REFI-QDA import reads it (src/qualcoder/refi.py, read from its
source: github.com/ccbogel/QualCoder), offline and without Qt, for the tests.

What it does that matters here, and only that:

- a text source is read with Python's universal newlines (each "\\r\\n" and "\\r" becomes "\\n");
  when the file's first line ends in "\\r\\n" (and the project is not from ATLAS.ti) every "\\n" is
  then followed by a space, so that a line break counts two characters as in the file;
- a coding's text is that text cut at the selection's positions;
- a ``<Note>`` of ``<Notes>`` with a name and a ``plainTextPath`` becomes a journal, its text the
  file read with universal newlines; ``<Description>`` and ``<NoteRef>`` on codes are not read;
- a named ``<Case>`` becomes a case with its ``VariableValue``s as attributes (named by the
  ``<Variable>`` they refer to); its ``SourceRef``/``SelectionRef`` are not read;
- a ``VariableValue`` on a text source becomes an attribute of that file.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

Q = "{urn:QDA-XML:project:1.0}"
VALUES = tuple(Q + kind for kind in ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
                                     "DateTimeValue"))


@dataclass
class QualCoderProject:
    sources: dict[str, str] = field(default_factory=dict)  # name -> full text as QualCoder holds it
    codings: dict[str, list[str]] = field(default_factory=dict)  # selection name -> coded texts
    journals: dict[str, str] = field(default_factory=dict)  # name -> entry
    cases: dict[str, dict[str, str]] = field(default_factory=dict)  # case name -> attribute -> value
    file_attributes: dict[str, dict[str, str]] = field(default_factory=dict)  # source name -> attribute -> value


def _universal(data: bytes) -> str:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace", newline=None).read()


def _first_line_crlf(data: bytes) -> bool:
    first = data.split(b"\n", 1)[0]
    return data.find(b"\n") > 0 and first.endswith(b"\r")


def read_like_qualcoder(path: Path) -> QualCoderProject:
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(files["project.qde"])
    atlas = "ATLAS" in (root.get("origin") or "")
    variables = {v.get("guid"): v.get("name") for v in root.iter(Q + "Variable")}
    made = QualCoderProject()
    annotations = set()
    for source in root.iter(Q + "TextSource"):
        if source.getparent().tag != Q + "Sources":
            continue
        data = files["sources/" + source.get("plainTextPath").split("internal://")[1]]
        text = _universal(data)
        if _first_line_crlf(data) and not atlas:
            text = text.replace("\n", "\n ")
        name = source.get("name")
        made.sources[name] = text
        for selection in source.iter(Q + "PlainTextSelection"):
            if selection.find(Q + "Coding") is not None:
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                made.codings.setdefault(selection.get("name"), []).append(text[start:end])
        annotations |= {ref.get("targetGUID") for ref in source.findall(Q + "NoteRef")}
        made.file_attributes[name] = _values(source, variables)
    for note in root.iter(Q + "Note"):
        if note.get("plainTextPath") and note.get("name") and note.get("guid") not in annotations:
            made.journals[note.get("name")] = _universal(files["sources/" + note.get("plainTextPath")
                                                              .split("internal://")[1]])
    for case in root.iter(Q + "Case"):
        if case.get("name") is not None:
            made.cases[case.get("name")] = _values(case, variables)
    return made


def _values(element, variables: dict[str, str]) -> dict[str, str]:
    found = {}
    for value in element.findall(Q + "VariableValue"):
        ref = value.find(Q + "VariableRef").get("targetGUID")
        typed = next((child for child in value if child.tag in VALUES), None)
        found[variables.get(ref, "")] = (typed.text or "").strip() if typed is not None else ""
    return found
