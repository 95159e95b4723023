"""Phrases the core's typed errors for people, in the interface language."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from dialog_app.core import errors
from dialog_app.core.project_files import BackupError

translate = QCoreApplication.translate

LONGEST_NAME = 60  # characters of a file name shown in a message; a longer one is shortened in the middle


def describe(error: BaseException) -> str:
    """One or two sentences a facilitator can act on; never a traceback, a class name or SQL."""
    if isinstance(error, errors.ForeignSchemaError):
        return _foreign_schema(error)
    if isinstance(error, errors.ProjectFileError):
        return _file_message(error).replace("%1", shown_name(error.path))
    if isinstance(error, BackupError):
        return _backup_message(error).replace("%1", shown_name(error.path))
    if isinstance(error, errors.DialogueHasNotesError):
        return ErrorText().dialogue_has_notes(error.count)
    if isinstance(error, errors.DialogAppError):
        return str(error)
    return what_happened(error)


def what_happened(error: BaseException) -> str:
    """An unexpected failure in words: its message and class are for the log, never for people."""
    if isinstance(error, MemoryError):
        return translate("ErrorText", "There was not enough memory to finish. Close other programs and try again.")
    if isinstance(error, OSError):
        return translate(
            "ErrorText",
            "A file could not be read or written, so this was not finished. Check that the drive is "
            "connected, that there is free space and that you may write there.",
        )
    return translate("ErrorText", "dialog_app ran into a problem it did not expect, so what you were doing may not "
                                   "have been finished.")


def shown_name(path: Path) -> str:
    """A file's name as a message shows it: bytes that are not UTF-8 as "�", a long name shortened."""
    name = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if len(name) > LONGEST_NAME:
        name = name[: LONGEST_NAME - 16] + "…" + name[-15:]
    return name


def _file_message(error: errors.ProjectFileError) -> str:
    if isinstance(error, errors.ProjectMissingError):
        return translate("ErrorText", "The project “%1” was not found. It may have been moved or renamed.")
    if isinstance(error, errors.ProjectExistsError):
        return translate("ErrorText", "A file named “%1” already exists. Choose another name.")
    if isinstance(error, errors.NotAProjectError):
        return translate("ErrorText", "“%1” is not a dialog_app project. Nothing in it was changed.")
    if isinstance(error, errors.NewerSchemaError):
        return translate(
            "ErrorText",
            "“%1” was saved by a newer version of dialog_app. Update the app to open it; "
            "the file was not changed.",
        )
    if isinstance(error, errors.DamagedIndexError):
        return translate(
            "ErrorText",
            "The search index of “%1” is damaged, so searching and saving may fail. "
            "Use a backup copy, or ask for help; the file was not changed.",
        )
    if isinstance(error, errors.DamagedProjectError):
        return translate(
            "ErrorText",
            "“%1” is damaged and cannot be opened. Use a backup copy, or ask for help; "
            "the file was not changed.",
        )
    if isinstance(error, errors.ProjectLockedError):
        return translate("ErrorText", "“%1” is busy in another program. Close it there and try again.")
    if isinstance(error, errors.ProjectInUseError):
        return translate(
            "ErrorText",
            "“%1” is open for editing in another dialog_app window or on another computer. Close it there "
            "first; nothing was changed.",
        )
    if isinstance(error, errors.ReadOnlyProjectError):
        return translate(
            "ErrorText",
            "“%1” is open read-only here, so nothing was changed. To edit it, open it where you may write, or "
            "close it in the other window first.",
        )
    if isinstance(error, errors.ProjectAccessError) and error.errno == errno.ENAMETOOLONG:
        return translate(
            "ErrorText",
            "The name “%1” is too long for the drive. Choose a shorter name, or a folder nearer the top of "
            "the drive.",
        )
    if isinstance(error, errors.ProjectAccessError):
        return translate(
            "ErrorText",
            "“%1” could not be read or written. Check that the drive is connected, "
            "that there is free space and that you may write there.",
        )
    return translate("ErrorText", "“%1” cannot be used as a project.")


def _foreign_schema(error: errors.ForeignSchemaError) -> str:
    parts = error.foreign[:3] + (["…"] if len(error.foreign) > 3 else [])
    return translate(
        "ErrorText",
        "“%1” holds database parts that dialog_app did not make (%2). It was not opened, so nothing in it has "
        "run, and the file was not changed. If someone sent it to you, ask them for the project again.",
    ).replace("%1", shown_name(error.path)).replace("%2", ", ".join(parts) or "—")


def _backup_message(error: BackupError) -> str:
    if error.reason == BackupError.UNSOUND:
        return translate(
            "ErrorText",
            "The backup “%1” is damaged or not a dialog_app project, so it was not restored. The project was "
            "not changed.",
        )
    return translate(
        "ErrorText",
        "The backup could not be put in place of “%1”. Check that the drive is connected and has free space; "
        "the project was not changed.",
    )


class ErrorText(QObject):
    """The messages with a number in them, whose plural Qt chooses (lupdate reads ``self.tr``)."""

    def dialogue_has_notes(self, count: int) -> str:
        return self.tr("The new dialogue was not taken back: it holds %n note(s), and undo never removes "
                       "notes (not even those in the bin).", "", count)
