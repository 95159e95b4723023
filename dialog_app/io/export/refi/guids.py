"""GUIDs for the exchange files that stay the same from one export to the next.

A tool that imports a project twice, or a project and then its codebook, recognises the same code,
source or selection by its GUID; so every GUID is derived (uuid5) from the project's own UUIDs, or
from a fixed name for the things the project does not store (the exporting user, the variables).
"""

from __future__ import annotations

import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:dialog_app:refi-qda")


def guid(kind: str, *keys: object) -> str:
    """The GUID of one thing: ``guid("code", theme.id)``, ``guid("coding", note.id, theme.id)``."""
    name = ":".join([kind, *(str(key) for key in keys)])
    return str(uuid.uuid5(NAMESPACE, name))


USER = guid("user", "dialog_app")  # the one user of the files: never a person's name
