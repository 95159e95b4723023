"""Phrases the core's typed errors for people, in the interface language."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from dialog_app.core import errors
from dialog_app.core.import_plan import BadRow, FileProblem, ImportFileError, RowProblem
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
    if isinstance(error, ImportFileError):
        return import_file(error)
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


def import_file(error: ImportFileError) -> str:
    """Why a file cannot be imported, and that nothing was stored."""
    return file_problem(error) + " " + translate("ErrorText", "Nothing was imported.")


def file_problem(error: ImportFileError) -> str:
    """Why a file cannot be imported (or not as chosen), in a sentence or two."""
    detail = error.detail
    texts = {
        FileProblem.UNREADABLE: translate("ErrorText", "The file could not be read. Check that it is still there "
                                                       "and that no other program holds it."),
        FileProblem.TOO_BIG: translate("ErrorText", "The file is too big to import (%1 MB). Split it into smaller "
                                                    "files."),
        FileProblem.EMPTY: translate("ErrorText", "The file is empty."),
        FileProblem.BINARY: translate("ErrorText", "The file holds binary data, not text: it may be another kind "
                                                   "of file with a wrong name."),
        FileProblem.NOT_TEXT: translate("ErrorText", "The file's text could not be read in any of the encodings "
                                                     "tried."),
        FileProblem.WRONG_ENCODING: translate("ErrorText", "The file is not written in %1. Choose another "
                                                           "encoding."),
        FileProblem.BROKEN: translate("ErrorText", "The file is damaged, or not what its name says."),
        FileProblem.ZIP_BOMB: translate("ErrorText", "The file unpacks to far more than a real file of its kind, "
                                                     "so it was refused."),
        FileProblem.UNSAFE_PATH: translate("ErrorText", "The file holds a part that would be written outside its "
                                                        "folder (%1), so it was refused."),
        FileProblem.UNSAFE_XML: translate("ErrorText", "The file holds XML declarations that can be used to attack "
                                                       "a computer, so it was refused."),
        FileProblem.UNKNOWN_KIND: translate("ErrorText", "Files of this kind (%1) cannot be imported. Import CSV, "
                                                         "Excel, Word, text or REFI-QDA files."),
        FileProblem.NO_SHEET: translate("ErrorText", "The workbook has no sheet named “%1”."),
        FileProblem.NO_COLUMN: translate("ErrorText", "The table has no column named “%1”."),
        FileProblem.NO_TEXT_COLUMN: translate("ErrorText", "Choose the column that holds the notes."),
        FileProblem.NOTHING: translate("ErrorText", "The file holds nothing to import."),
    }
    text = texts.get(error.problem, translate("ErrorText", "The file cannot be imported."))
    return text.replace("%1", detail or "—")


def place(origin: str) -> str:
    """Where in a file, in words: "row=14" as "Row 14"."""
    kind, _, value = origin.partition("=")
    places = {
        "row": translate("ErrorText", "Row %1"),
        "paragraph": translate("ErrorText", "Paragraph %1"),
        "selection": translate("ErrorText", "Selection %1"),
    }
    return places[kind].replace("%1", value) if kind in places else origin


def row_problem(bad: BadRow) -> str:
    """Why one row, paragraph or selection could not be read."""
    texts = {
        RowProblem.RAGGED: translate("ErrorText", "It has more cells than the table has columns."),
        RowProblem.BAD_TIME: translate("ErrorText", "“%1” is not a time that can be read."),
        RowProblem.BAD_VOTES: translate("ErrorText", "“%1” is not a number of votes."),
        RowProblem.TOO_LONG: translate("ErrorText", "The text is longer than a note may be."),
        RowProblem.BAD_SELECTION: translate("ErrorText", "The coded passage lies outside its source's text."),
        RowProblem.NO_SOURCE: translate("ErrorText", "The text the passage was coded in is missing from the file."),
    }
    return texts.get(bad.problem, bad.problem.value).replace("%1", bad.detail)


class ErrorText(QObject):
    """The messages with a number in them, whose plural Qt chooses (lupdate reads ``self.tr``)."""

    def dialogue_has_notes(self, count: int) -> str:
        return self.tr("The new dialogue was not taken back: it holds %n note(s), and undo never removes "
                       "notes (not even those in the bin).", "", count)
