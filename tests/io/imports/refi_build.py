"""Small REFI-QDA files built in a test: a project.qde as the test writes it, zipped with its sources."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from dialog_app.core.import_plan import ImportPlan
from dialog_app.core.jobs import Job
from dialog_app.io.imports.refi_reader import read_refi
from dialog_app.io.imports.source_facts import Source

NS = 'xmlns="urn:QDA-XML:project:1.0"'


def source_of(path: Path) -> Source:
    data = path.read_bytes()
    return Source(path, data, path.suffix.lower().lstrip("."), hashlib.sha256(data).hexdigest())


def zipped(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def qdpx(tmp_path: Path, qde: str, sources: dict[str, bytes | str] | None = None, name: str = "test.qdpx") -> Source:
    """A .qdpx of ``qde`` and ``sources`` (member name -> text), read as the import reads it."""
    path = tmp_path / name
    path.write_bytes(zipped({"project.qde": qde, **(sources or {})}))
    return source_of(path)


def read(source: Source) -> ImportPlan:
    return read_refi(source, Job())


def project(body: str, name: str = "Intervjuer", namespace: str = NS, origin: str = "MAXQDA 2022") -> str:
    head = f'<?xml version="1.0" encoding="utf-8"?><Project {namespace} name="{name}" origin="{origin}">'
    return f"{head}{body}</Project>"


def text_source(guid: str, selections: str, path: str | None = None, content: str | None = None) -> str:
    where = f' plainTextPath="{path}"' if path is not None else ""
    inline = f"<PlainTextContent>{content}</PlainTextContent>" if content is not None else ""
    return f'<TextSource guid="{guid}" name="Intervju"{where}>{inline}{selections}</TextSource>'


def selection(guid: str, start: int, end: int, *codes: str) -> str:
    codings = "".join(f'<Coding guid="{guid[:-4]}{i:04d}"><CodeRef targetGUID="{code}"/></Coding>'
                      for i, code in enumerate(codes))
    head = f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">'
    return f"{head}{codings}</PlainTextSelection>"
