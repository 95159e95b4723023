"""The text in the capture box before Enter is pressed, kept on disk so a crash cannot take it.

One small file per project in the app's data folder, replaced atomically on every (debounced) change.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dialog_app.core.paths import app_dirs


def _draft_file(project_path: Path) -> Path:
    key = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return app_dirs().data / "drafts" / f"{key}.txt"


def save_draft(project_path: Path, text: str) -> None:
    """Keep ``text`` as the project's draft; an empty text removes the draft."""
    target = _draft_file(project_path)
    if not text:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    with open(temporary, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def load_draft(project_path: Path) -> str:
    try:
        return _draft_file(project_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
