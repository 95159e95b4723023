"""REFI-QDA projects (.qdpx) and codebooks (.qdc) from NVivo, ATLAS.ti, MAXQDA, QualCoder and this
app's own export, read into an ``ImportPlan``.

Codes become themes (``refi_codes``), coded selections of text sources become notes tagged with
their codes and grouped by the cases that hold them (``refi_notes``), memos on codes become the
themes' syntheses. The framework is named after the project (``Project@name``), else after the
file. A codebook brings themes only. A .qdpx is opened only through ``zip_guard`` and every XML in
it parsed only through ``safe_xml``: a stranger's file is refused before it is read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from lxml import etree

from dialog_app.core.import_plan import FileProblem, ImportedTheme, ImportFileError, ImportPlan, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports import refi_own
from dialog_app.io.imports.refi_codes import read_codes
from dialog_app.io.imports.refi_elements import local
from dialog_app.io.imports.refi_notes import read_cases, read_notes
from dialog_app.io.imports.refi_sources import Members, count_selections, memos, text_sources
from dialog_app.io.imports.safe_xml import parse_xml
from dialog_app.io.imports.source_facts import Source, SourceFacts
from dialog_app.io.imports.zip_guard import open_zip, read_member

PROJECT = "project.qde"
ROOTS = ("Project", "CodeBook")


@dataclass(frozen=True)
class Opened:
    root: etree._Element
    members: Members


def inspect_refi(source: Source) -> SourceFacts:
    """A quick look: the selections of its text sources are the notes it would make."""
    opened = open_refi(source)
    return SourceFacts(path=source.path, kind=SourceKind.REFI, format=source.format, sha256=source.sha256,
                       row_count=count_selections(opened.root))


def read_refi(source: Source, job: Job) -> ImportPlan:
    job.check()
    opened = open_refi(source)
    root, own = opened.root, refi_own.is_own(opened.root)
    themes = read_codes(root, memos(root, opened.members), refi_own.synthesis if own else str.strip)
    sources, skipped = text_sources(root, opened.members)
    made = read_notes(sources, {theme.key for theme in themes}, read_cases(root), own, job)
    facts = {"origin": (root.get("origin") or "").strip(), "text_sources": str(len(sources)),
             "skipped_sources": str(skipped)}
    if made.countings:
        facts["offsets"] = ", ".join(dict.fromkeys(made.countings))
    return ImportPlan(
        file_name=source.name, sha256=source.sha256, kind=SourceKind.REFI, notes=tuple(made.notes),
        bad_rows=tuple(made.bad_rows), questions=tuple(made.questions),
        groups=tuple(dict.fromkeys(note.group for note in made.notes if note.group)),
        themes=themes, framework=_framework(root, source, themes), facts=facts,
    )


def open_refi(source: Source) -> Opened:
    """The project's (or codebook's) root element, and the .qdpx's members to find source texts in."""
    if source.format == "qdc":
        return Opened(_root(source.data), Members(None))
    archive = open_zip(source.data)
    return Opened(_root(read_member(archive, _project_member(archive))), Members(archive))


def _project_member(archive: zipfile.ZipFile) -> str:
    """"project.qde", as the standard names it; else the one .qde at the top a tool named otherwise."""
    names = [n for n in archive.namelist() if "/" not in n.strip("/") and n.lower().endswith(".qde")]
    exact = [n for n in names if n.lower() == PROJECT]
    if exact or len(names) == 1:
        return (exact or names)[0]
    raise ImportFileError(FileProblem.BROKEN, f"{PROJECT} is missing")


def _root(data: bytes) -> etree._Element:
    root = parse_xml(data)
    if local(root) not in ROOTS:
        raise ImportFileError(FileProblem.BROKEN, f"<{local(root)}> is not a REFI-QDA project or codebook")
    return root


def _framework(root: etree._Element, source: Source, themes: tuple[ImportedTheme, ...]) -> str:
    if not themes:
        return ""
    return (root.get("name") or "").strip() or source.path.stem
