"""Screenshots a test can leave for a person to look at, only when asked: set DIALOG_APP_TEST_SHOTS
to a folder. Otherwise a test writes nowhere but its own temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV = "DIALOG_APP_TEST_SHOTS"


def save_shot(widget, name: str) -> Path | None:
    """Save ``widget`` as NAME.png in the folder asked for; None when nobody asked."""
    folder = os.environ.get(ENV)
    if not folder:
        return None
    target = Path(folder) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(target))
    return target
