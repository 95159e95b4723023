"""What the Overview tab reads: the counts of the active framework's themes, per group and dialogue."""

from __future__ import annotations

from dialog_app.gui.ops import ProjectSession, QueryOp
from dialog_app.gui.overview.matrix_data import MatrixData, load_matrix


def read_matrix(session: ProjectSession) -> QueryOp[MatrixData | None]:
    """The matrix, or None when the project has no framework."""
    return QueryOp(session, lambda project, _job: load_matrix(project))
