"""What a user does with a project file as a whole: its backups, a restore, a copy to mail; and
whether a file is a project or a database at all, so that an export never replaces one.

The store does the work (core/store/backups.py, restoring.py, copying.py, opening.py,
file_kinds.py); this is the one door to it for the GUI, the exporters and scripts, which never
reach into the store themselves.
"""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.store.backups import Backup, BackupError, BackupReason, folder_for, list_backups
from dialog_app.core.store.copying import save_copy
from dialog_app.core.store.file_kinds import DATABASE, PROJECT, kind_by_header, kind_by_name, working_files
from dialog_app.core.store.opening import Notice, NoticeKind
from dialog_app.core.store.restoring import Restored, newest_sound_backup, restore
from dialog_app.core.store.writer_lock import LockHolder

__all__ = [
    "DATABASE", "PROJECT", "Backup", "BackupError", "BackupReason", "LockHolder", "Notice", "NoticeKind", "Restored",
    "backup_folder", "kind_by_header", "kind_by_name", "list_backups", "newest_sound_backup", "restore", "save_copy",
    "working_files",
]


def backup_folder(project: Path) -> Path:
    """Where this project file's backups (and anything set aside beside it) are kept."""
    return folder_for(project)
