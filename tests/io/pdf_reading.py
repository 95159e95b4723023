"""Reading an exported PDF report back for the tests: its pages' text, bookmarks, links and fonts.

Text comes from pypdf (always there for the tests) and, where poppler's ``pdftotext`` is
installed, from that too; ``layout_text`` skips the test cleanly where it is not.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dialog_app.core.project import Project
from dialog_app.io.export import ExportOptions, export

REF = re.compile(r"\bD\d+-\d{3,}\b")
TODAY = date(2026, 11, 23)


@dataclass
class ReadBack:
    path: Path
    reader: PdfReader
    pages: list[str]  # each page's text as extracted

    @property
    def text(self) -> str:
        return flat("\n".join(self.pages))

    @property
    def body(self) -> str:
        """The text of every page but the cover without the running head and the page number,
        so that what runs on from one page to the next reads as one."""
        return flat("\n".join("\n".join(page.splitlines()[1:-1]) for page in self.pages[1:]))

    def page_of(self, words: str, after: int = 0) -> int:
        """The 1-based number of the first page after page ``after`` whose text holds ``words``;
        0 if none does."""
        wanted = flat(words)
        return next((n for n, page in enumerate(self.pages, 1) if n > after and wanted in flat(page)), 0)


def flat(text: str) -> str:
    """Whitespace as single spaces, so a line broken by the layout still matches the typed text."""
    return " ".join(text.split())


def write_pdf(project: Project, folder: Path, name: str = "report.pdf", **options) -> ReadBack:
    target = folder / name
    export(project, "pdf", target, ExportOptions(**options), today=TODAY)
    return read(target)


def read(path: Path) -> ReadBack:
    reader = PdfReader(path)
    return ReadBack(path, reader, [page.extract_text() or "" for page in reader.pages])


def layout_text(path: Path) -> str:
    """``pdftotext -layout`` of the file; skips the test where poppler-utils is not installed."""
    command = shutil.which("pdftotext")
    if command is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run([command, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def bookmarks(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) of every outline entry, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(entries, depth: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return found


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use: base name -> whether its program is embedded (/FontFile2)."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor) and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found
