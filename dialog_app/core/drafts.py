"""The text in the capture box before Enter is pressed, kept on disk so a crash cannot take it.

Each window keeps its own draft, ``drafts/<project key>/<window>.txt`` in the app's data folder,
replaced atomically on every (debounced) change: two windows on one project never overwrite each
other's words. The window that opens a project for editing takes over the drafts left by windows
that closed without sending them (a crash, a killed process): only one window edits a project at a
time (core/store/writer_lock.py), so every other draft of it is left behind.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from dialog_app.core.paths import app_dirs


def _project_key(project_path: Path) -> str:
    return hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Drafts:
    """One window's draft of one project."""

    def __init__(self, project_path: Path, window: str | None = None) -> None:
        self.project_path = Path(project_path)
        self.folder = app_dirs().data / "drafts" / _project_key(project_path)
        self.window = window or uuid.uuid4().hex
        self.file = self.folder / f"{self.window}.txt"

    def save(self, text: str) -> None:
        """Keep ``text`` as this window's draft; an empty text removes it."""
        rewrite(self.file, text)

    def left_behind(self) -> list[tuple[Path, str]]:
        """Drafts of this project that no open window owns (the caller edits the project), oldest first."""
        legacy = self.folder.parent / f"{_project_key(self.project_path)}.txt"  # one draft a project, before
        found = [p for p in self.folder.glob("*.txt") if p != self.file] if self.folder.is_dir() else []
        if legacy.is_file():
            found.append(legacy)
        texts = []
        for path in sorted(found, key=_modified):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if text.strip():
                texts.append((path, text))
        return texts

    def take_over(self, boxed: str) -> str:
        """Join the drafts left behind with ``boxed`` (the box's text), keep that as this window's
        draft, and only then remove the old files: the words are on disk at every moment."""
        left = self.left_behind()
        joined = "\n\n".join([text for _, text in left] + ([boxed] if boxed.strip() else []))
        if left:
            self.save(joined)
            for path, _ in left:
                path.unlink(missing_ok=True)
        return joined


def draft_files(project_path: Path) -> list[Path]:
    """Every draft of this project on disk, whichever window left it: an erasure rewrites them all."""
    folder = app_dirs().data / "drafts" / _project_key(project_path)
    legacy = folder.parent / f"{_project_key(project_path)}.txt"
    found = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    return found + ([legacy] if legacy.is_file() else [])


def draft_texts(project_path: Path) -> list[tuple[Path, str]]:
    """Each readable draft of this project with its text (an unreadable one is left alone)."""
    texts = []
    for path in draft_files(project_path):
        try:
            texts.append((path, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return texts


def rewrite(file: Path, text: str) -> None:
    """Replace a draft file with ``text`` in one step (written beside it, synced, renamed over it);
    an empty text removes it."""
    if not text:
        file.unlink(missing_ok=True)
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_suffix(".tmp")
    with open(temporary, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, file)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
