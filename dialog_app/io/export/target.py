"""Where an export may be written: never over a project, a database, a folder or a file of another kind.

    rules = TargetRules(".pdf", project.path)
    target = rules.final_path(Path(asked))  # raises ExportTargetError; adds ".pdf" to a bare name

Every caller (the command line, the export dialog, ``export()`` and ``atomic_output`` just before
its rename) asks the same rules, so a project can never be replaced by an export, whoever calls.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core import project_files
from dialog_app.core.errors import DialogAppError


class ExportTargetError(DialogAppError):
    """An export may not be written at ``path``; ``reason`` says why, ``suffix`` what the format writes."""

    THIS_PROJECT = "this_project"  # the project being exported, or one of its working files
    PROJECT = "project"  # another dialog_app project, or one of its working files
    DATABASE = "database"  # an SQLite database, or a working file of one
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"  # a pipe, a device, a socket
    WRONG_SUFFIX = "wrong_suffix"  # another format's suffix, or one no format writes
    NO_SUFFIX = "no_suffix"  # callers add the suffix where the user sees it (final_path)

    _DETAILS = {
        THIS_PROJECT: "this is the project being exported, or one of its working files",
        PROJECT: "this is a dialog_app project",
        DATABASE: "this is an SQLite database, or one of its working files",
        FOLDER: "this is a folder",
        NOT_A_FILE: "this is not a regular file",
        WRONG_SUFFIX: "the name does not end in {suffix}",
        NO_SUFFIX: "the name has no suffix; use one ending in {suffix}",
    }

    def __init__(self, path: Path, reason: str, suffix: str) -> None:
        self.path = Path(path)
        self.reason = reason
        self.suffix = suffix
        detail = self._DETAILS[reason].format(suffix=suffix)
        super().__init__(f"{self.path}: {detail}; an export is never written there")


@dataclass(frozen=True)
class TargetRules:
    """The rules for one export: the format's suffix, and the project it must never replace."""

    suffix: str  # such as ".pdf"
    project: Path | None = None

    def final_path(self, target: Path | str) -> Path:
        """``target``, or ``target`` with the suffix added when it has none; checked either way."""
        target = Path(target)
        try:
            self.check(target)
            return target
        except ExportTargetError as refusal:
            if refusal.reason != ExportTargetError.NO_SUFFIX:
                raise
        corrected = target.with_name(target.name + self.suffix)
        self.check(corrected)
        return corrected

    def check(self, target: Path | str) -> None:
        """Raise ExportTargetError unless ``target`` is a new file or an older export of this format."""
        target = Path(target)
        if self._is_this_project(target):
            self._refuse(target, ExportTargetError.THIS_PROJECT)
        kind = _file_kind(target)
        if kind is not None and stat.S_ISDIR(kind):
            self._refuse(target, ExportTargetError.FOLDER)
        if kind is not None and not stat.S_ISREG(kind):
            self._refuse(target, ExportTargetError.NOT_A_FILE)
        # a symlink is judged by what it points at too: "remiss.csv" -> "other.dialog"
        for name in dict.fromkeys((target.name, Path(os.path.realpath(target)).name)):
            named = _database_by_name(name)
            if named:
                self._refuse(target, named)
        if kind is not None:
            header = _database_by_header(target)
            if header:
                self._refuse(target, header)
        given = target.suffix.lower()
        if not given:
            self._refuse(target, ExportTargetError.NO_SUFFIX)
        if given != self.suffix.lower():
            self._refuse(target, ExportTargetError.WRONG_SUFFIX)

    def _is_this_project(self, target: Path) -> bool:
        """The project or a working file of it, however spelled: a link, another case, "..", a symlink."""
        if self.project is None:
            return False
        where = os.path.normcase(os.path.realpath(target))
        for name in (str(self.project), *project_files.working_files(self.project)):
            if where == os.path.normcase(os.path.realpath(name)):
                return True  # also a working file that does not exist yet
            try:
                if os.path.samefile(target, name):
                    return True  # a hard link, or a spelling that realpath does not fold
            except OSError:
                continue  # one of the two is not there: not the same file
        return False

    def _refuse(self, target: Path, reason: str) -> None:
        raise ExportTargetError(target, reason, self.suffix)


def _file_kind(target: Path) -> int | None:
    """The file type bits of what ``target`` points at, or None where nothing is there yet."""
    try:
        return os.stat(target).st_mode
    except OSError:
        return None  # new, a dangling symlink (replacing the link harms nothing), or out of reach


_REASONS = {project_files.PROJECT: ExportTargetError.PROJECT, project_files.DATABASE: ExportTargetError.DATABASE}


def _database_by_name(name: str) -> str | None:
    return _REASONS.get(project_files.kind_by_name(name))


def _database_by_header(target: Path) -> str | None:
    """A project or database renamed to look like an export ("notes.csv"), told by its first bytes."""
    return _REASONS.get(project_files.kind_by_header(target))
