"""The export dialog's operations: read the choices, read the preview's report, write the export.

All three only read the project (an export writes a file of its own, never the project), so they
are ``QueryOp``s beside other reads. Each gets the operation's ``Job``: cancelling the operation
stops the reading or the writing at its next report or check, and nothing is left half written.
"""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.jobs import Job
from dialog_app.gui.export.export_data import Choices, load_choices
from dialog_app.gui.ops import ProjectSession, QueryOp
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather


def read_choices(session: ProjectSession) -> QueryOp[Choices]:
    """The themes and dialogues to choose from."""
    return QueryOp(session, lambda project, _job: load_choices(project))


def read_preview(session: ProjectSession, options: ExportOptions) -> QueryOp:
    """The report these options would print (gather's Report), for the preview."""
    return QueryOp(session, lambda project, job: gather(project, options, job=job))


def write_export(session: ProjectSession, format_key: str, target: Path, options: ExportOptions) -> QueryOp:
    """Write the export to ``target``; the result is the ExportResult."""
    return QueryOp(session, lambda project, job: export(project, format_key, target, options, _by_permille(job)))


class _by_permille(Job):  # noqa: N801 - used like a function
    """The operation's job, told of progress only when the shown permille changes: a fast writer
    reports per note, and every report crosses to the GUI thread."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._shown = -1

    def report(self, done: int, total: int) -> None:
        self.check()
        permille = done * 1000 // total if total > 0 else 0
        if permille != self._shown:
            self._shown = permille
            self._job.report(done, total)

    def check(self) -> None:
        self._job.check()

    def cancel(self) -> None:
        self._job.cancel()

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled
