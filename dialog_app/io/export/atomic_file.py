"""An export never leaves half a file behind: written beside the target, renamed over it when whole.

Progress and cancel are core/jobs.py's ``Job``; a ``Cancelled`` raised inside ``atomic_output``
removes the half-written file like any other error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dialog_app.core.errors import DialogAppError
from dialog_app.io.export.target import TargetRules


class ExportError(DialogAppError):
    """The export could not be written; ``path`` says where, ``reason`` why (for the GUI to phrase)."""

    NO_FOLDER, DISK_FULL, NOT_ALLOWED, OTHER = "no_folder", "disk_full", "not_allowed", "other"

    def __init__(self, path: Path, detail: str, reason: str = OTHER) -> None:
        self.path = path
        self.detail = detail
        self.reason = reason
        super().__init__(f"{path}: {detail}")


@contextlib.contextmanager
def atomic_output(target: Path, rules: TargetRules | None = None, replace: bool = True) -> Iterator[BinaryIO]:
    """A file that becomes ``target`` only when the block ends without an error.

    It is written beside the target (same folder, so the final rename is atomic) under a hidden
    name; a cancel, a crash of the writer or a full disk removes it and leaves any older file at
    ``target`` as it was. With ``rules``, the target is checked before and again just before the
    rename: what sits there may have changed while the export was written (ExportTargetError).
    With ``replace=False`` a file already at ``target`` (also one that appears while this one is
    written) is never replaced: FileExistsError, before anything is written or at the end.
    """
    target = Path(target)
    if rules is not None:
        rules.check(target)
    if not replace and os.path.lexists(target):
        raise _exists(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(target, "the folder does not exist", ExportError.NO_FOLDER)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise ExportError(target, *_describe(exc)) from exc
    temporary_path = Path(temporary)
    try:
        with os.fdopen(handle, "w+b") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary_path, _mode_for(target))  # mkstemp's 0600 would hide it from the user's group
        if rules is not None:
            rules.check(target)
        if replace:
            os.replace(temporary_path, target)
        else:
            _place_new(temporary_path, target)
    except FileExistsError:
        temporary_path.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temporary_path.unlink(missing_ok=True)
        raise ExportError(target, *_describe(exc)) from exc
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def _place_new(temporary: Path, target: Path) -> None:
    """``temporary`` renamed to ``target`` unless a file is there: a hard link fails on a taken name
    at the very moment it is made. Where the file system has no hard links (FAT, some shares), the
    name is looked at just before the rename instead."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise _exists(target) from None
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(target):
            raise _exists(target) from None
        os.replace(temporary, target)
        return
    temporary.unlink()


_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}


def _exists(target: Path) -> FileExistsError:
    return FileExistsError(errno.EEXIST, "a file of that name exists; nothing was replaced", str(target))


def _mode_for(target: Path) -> int:
    """An older file's permissions, or what a new file gets under the user's umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _describe(exc: OSError) -> tuple[str, str]:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full; nothing was written (free some space and export again)", ExportError.DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ("the file cannot be written there (no permission, or the file is open in another program)",
                ExportError.NOT_ALLOWED)
    return exc.strerror or str(exc), ExportError.OTHER
