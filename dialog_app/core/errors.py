"""Typed errors of the core; the GUI and the command line phrase them for people."""

from __future__ import annotations

import errno as errnos
import os
from pathlib import Path


class DialogAppError(Exception):
    """Base of every expected failure: shown as a message, never as a traceback."""


class ProjectFileError(DialogAppError):
    """A project file cannot be used; ``path`` says which."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.path}: {self.describe()}" + (f" ({detail})" if detail else ""))

    def describe(self) -> str:
        return "the project file cannot be used"


class ProjectMissingError(ProjectFileError):
    def describe(self) -> str:
        return "no such file"


class ProjectExistsError(ProjectFileError):
    def describe(self) -> str:
        return "a file already exists there"


class NotAProjectError(ProjectFileError):
    def describe(self) -> str:
        return "this file is not a dialog_app project"


class NewerSchemaError(ProjectFileError):
    """The file was written by a newer version of the app; it is left untouched."""

    def __init__(self, path: Path | str, file_version: int, app_version: int) -> None:
        self.file_version = file_version
        self.app_version = app_version
        super().__init__(path, f"file schema {file_version}, this app reads up to {app_version}")

    def describe(self) -> str:
        return "the project was saved by a newer version of dialog_app; update the app to open it"


class DamagedProjectError(ProjectFileError):
    def describe(self) -> str:
        return "the project file is damaged"


class DamagedIndexError(DamagedProjectError):
    """The full-text search index is damaged; the notes themselves may well be sound."""

    def describe(self) -> str:
        return "the search index in the project file is damaged"


class ProjectLockedError(ProjectFileError):
    def describe(self) -> str:
        return "the project is busy in another program; close it there and try again"


class ForeignSchemaError(ProjectFileError):
    """The file holds database objects (triggers, views, tables, indexes) that dialog_app's own
    migrations do not create, or lacks some they do: it is not opened, so nothing in it can run."""

    def __init__(self, path: Path | str, foreign: list[str], missing: list[str]) -> None:
        self.foreign = foreign  # e.g. "trigger keep_out on note"
        self.missing = missing
        parts = ([f"foreign: {', '.join(foreign)}"] if foreign else []) + (
            [f"missing: {', '.join(missing)}"] if missing else [])
        super().__init__(path, "; ".join(parts))

    def describe(self) -> str:
        return "the file holds database objects dialog_app did not create; it was not opened"


class ProjectInUseError(ProjectFileError):
    """Another dialog_app (a window, a computer on a shared folder) has the project open for editing."""

    def __init__(self, path: Path | str, holder: object) -> None:
        self.holder = holder  # store.writer_lock.LockHolder: who, where, since when
        super().__init__(path, str(holder))

    def describe(self) -> str:
        return "the project is open for editing in another dialog_app window or on another computer"


class ReadOnlyProjectError(ProjectFileError):
    """A change was asked of a project that is open read-only; nothing was written."""

    def describe(self) -> str:
        return "the project is open read-only here; nothing was changed"


class ProjectClosedError(ProjectFileError):
    """Something still asked a project that was closed; nothing was read or written."""

    def describe(self) -> str:
        return "the project was closed; nothing was read or written"


class ProjectAccessError(ProjectFileError):
    """The operating system refused the file; ``errno`` says why, when it is known."""

    def __init__(self, path: Path | str, detail: str = "", errno: int | None = None) -> None:
        self.errno = errno
        super().__init__(path, detail)

    @classmethod
    def from_os_error(cls, path: Path | str, error: OSError) -> ProjectAccessError:
        return cls(path, errno=error.errno)

    def describe(self) -> str:
        if self.errno is not None:
            return "the file cannot be read or written: " + os_error_words(self.errno)
        return "the file cannot be read or written (permissions, a full disk or a removed drive)"


class NotFoundError(DialogAppError):
    """A dialogue, note, group or theme named by the caller does not exist."""

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(f"no {what} {key!s}")


class AmbiguousError(DialogAppError):
    """A name matches more than one record; the caller must be more precise."""

    def __init__(self, what: str, key: object, count: int) -> None:
        self.what = what
        self.key = key
        self.count = count
        super().__init__(f"{count} {what}s match {key!s}; give the id instead")


class InvalidValueError(DialogAppError):
    """A value a service was given is not allowed (an unknown kind, an empty text ...)."""


class DialogueHasNotesError(InvalidValueError):
    """Undoing a dialogue's creation was refused: notes were captured in it (some may be in the bin)."""

    def __init__(self, count: int) -> None:
        super().__init__(f"the dialogue holds {count} notes; undo their capture or move them first")
        self.count = count


_WORDS_BY_NAME = {  # by name: not every system has every errno (EDQUOT, ELOOP on Windows)
    "ENAMETOOLONG": "the file name is too long; choose a shorter name, or a folder nearer the top of the drive",
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk is full",
    "EACCES": "you have no permission to use it",
    "EPERM": "you have no permission to use it",
    "EROFS": "the drive is read-only",
    "EIO": "the drive could not be read; is it still connected?",
    "ENOENT": "there is no such file or folder",
    "ENOTDIR": "a part of the path is not a folder",
    "EISDIR": "it is a folder",
    "ELOOP": "the path goes round in a loop of links",
    "EMFILE": "too many files are open",
    "ENFILE": "too many files are open",
}
_OS_ERROR_WORDS = {getattr(errnos, name): words for name, words in _WORDS_BY_NAME.items() if hasattr(errnos, name)}


def os_error_words(errno: int | None) -> str:
    """What an operating-system error number means, in words, without the file's name."""
    if errno in _OS_ERROR_WORDS:
        return _OS_ERROR_WORDS[errno]
    return os.strerror(errno).lower() if errno else "the operating system refused"
