"""What the projector reads: one snapshot of what the room should see now, off the GUI thread."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from dialog_app.gui.ops import ProjectSession, QueryOp
from dialog_app.gui.projector.projector_content import ProjectorContent, load_content


def read_content(session: ProjectSession, dialogue_id: uuid.UUID, masks: Mapping[str, str]) -> QueryOp[ProjectorContent]:
    return QueryOp(session, lambda project, _job: load_content(project, dialogue_id, masks))
