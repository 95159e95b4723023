"""The Edit menu's actions: undo and redo, after every write queued before them."""

from __future__ import annotations

from dialog_app.core.history import Step
from dialog_app.gui.ops import ProjectSession, WriteOp


def undo_or_redo(session: ProjectSession, which: str) -> WriteOp[Step | None]:
    """``which`` is "undo" or "redo"; the step moved comes back, or None when there was none."""
    if which not in ("undo", "redo"):
        raise ValueError(which)
    return WriteOp(session, lambda project, _job: getattr(project.history, which)())
