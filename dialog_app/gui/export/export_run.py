"""One export written in the background: progress for the bar, a cancel that leaves no file.

The export runs as an operation (export_ops.write_export); its ``Job`` is what stops it, and the
operation's progress is the way back to the GUI thread (gui/operation_run.py).
"""

from __future__ import annotations

from pathlib import Path

from dialog_app.gui.export.export_ops import write_export
from dialog_app.gui.operation_run import OperationRun
from dialog_app.gui.ops import ProjectSession
from dialog_app.io.export import ExportOptions


class ExportRun(OperationRun):
    """``succeeded`` carries the ExportResult; after ``failed`` or ``cancelled`` nothing was written."""

    def start(self, session: ProjectSession, format_key: str, target: Path, options: ExportOptions) -> None:
        if self.running:
            raise RuntimeError("an export is already running")
        super().start(write_export(session, format_key, target, options))
