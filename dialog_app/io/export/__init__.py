"""Exports for the consultation: the formats, and ``export()`` that writes one of them safely.

    from dialog_app.io.export import export, ExportOptions
    result = export(project, "pdf", Path("sammanstallning.pdf"), ExportOptions(language="sv"))

Every format reads the same ``Report`` (gather.py), so they agree on what is published and how
it is masked; each writer lives in its own module, imported only when its format is asked for.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from dialog_app.core.errors import DialogAppError
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.export.atomic_file import ExportError, atomic_output
from dialog_app.io.export.options import LANGUAGES, UNCONFIRMED_REFUSE, ExportOptions
from dialog_app.io.export.report import UnconfirmedName
from dialog_app.io.export.target import ExportTargetError, TargetRules
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dialog_app.core.project import Project
    from dialog_app.io.export.report import Report

__all__ = [
    "FORMATS", "LANGUAGES", "Cancelled", "ExportError", "ExportFormat", "ExportOptions", "ExportResult",
    "ExportTargetError", "Job", "TargetRules", "UnconfirmedNamesError", "export",
]


class Writer(Protocol):
    def __call__(self, report: Report, stream: BinaryIO, job: Job) -> None: ...


@dataclass(frozen=True)
class ExportFormat:
    key: str  # as the command line spells it
    suffix: str
    label: str  # English source text of the "Export" context; see wording.py
    module: str  # the writer: a module with ``write(report, stream, job)``

    def writer(self) -> Writer:
        return importlib.import_module(self.module).write


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("pdf", ".pdf", QT_TRANSLATE_NOOP("Export", "PDF report"), "dialog_app.io.export.pdf.document"),
        ExportFormat("docx", ".docx", QT_TRANSLATE_NOOP("Export", "Word document"), "dialog_app.io.export.docx.report"),
        ExportFormat("xlsx", ".xlsx", QT_TRANSLATE_NOOP("Export", "Excel workbook"), "dialog_app.io.export.xlsx_data"),
        ExportFormat("csv", ".csv", QT_TRANSLATE_NOOP("Export", "CSV table"), "dialog_app.io.export.csv_data"),
        ExportFormat("qdpx", ".qdpx", QT_TRANSLATE_NOOP("Export", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)"),
                     "dialog_app.io.export.refi.project"),
        ExportFormat("qdc", ".qdc", QT_TRANSLATE_NOOP("Export", "REFI-QDA codebook"), "dialog_app.io.export.refi.codebook"),
    )
}


class UnconfirmedNamesError(DialogAppError):
    """Possible names nobody confirmed or dismissed are in what the export would publish; nothing
    was written. Confirm or dismiss them, or choose to mask or keep them all."""

    def __init__(self, names: tuple[UnconfirmedName, ...]) -> None:
        shown = ", ".join(name.shown for name in names[:8]) + (" …" if len(names) > 8 else "")
        super().__init__(f"{len(names)} possible name(s) are neither confirmed nor dismissed: {shown}")
        self.names = names


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    notes: int  # notes included
    themes: int
    dialogues: int
    masked: Counter[str]  # privacy kind -> how many were masked
    masked_where: tuple[str, ...]  # note references and theme titles, in report order
    left_out: dict[str, int]  # stored status ("captured", …) -> notes not included


def export(
    project: Project,
    format_key: str,
    target: Path | str,
    options: ExportOptions | None = None,
    job: Job | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write one export to ``target``, all or nothing: a cancel or an error leaves no file behind.

    ``job`` hears the writer's progress; once it is cancelled the export raises ``Cancelled``.

    A target that is a project, a database, a folder or a name without this format's suffix is
    refused with ExportTargetError before anything is read or written (target.py).
    """
    from dialog_app.io.export.gather import gather

    try:
        chosen = FORMATS[format_key]
    except KeyError:
        raise ValueError(f"unknown export format {format_key!r}; formats: {', '.join(FORMATS)}") from None
    target = Path(target)
    rules = TargetRules(chosen.suffix, project.path)
    rules.check(target)
    writer = chosen.writer()
    job = job or Job()
    report = gather(project, options, job=job, today=today)
    job.check()
    refuse_unconfirmed(report)
    with atomic_output(target, rules) as stream:
        writer(report, stream, job)
        job.check()
    return result_of(report, target, format_key)


def refuse_unconfirmed(report: Report) -> None:
    """Stop an export that would print possible names nobody decided on, unless asked to go on."""
    options = report.options
    if (report.names.unconfirmed and not options.include_personal_data
            and options.unconfirmed_names == UNCONFIRMED_REFUSE):
        raise UnconfirmedNamesError(report.names.unconfirmed)


def result_of(report: Report, target: Path, format_key: str) -> ExportResult:
    where = tuple(dict.fromkeys(m.where for m in report.masked))
    return ExportResult(
        path=target, format=format_key, notes=len(report.notes), themes=len(report.themes),
        dialogues=len(report.dialogues), masked=report.masked_counts(), masked_where=where,
        left_out=dict(report.left_out),
    )
