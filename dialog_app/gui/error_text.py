"""Phrases the core's typed errors for people, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialog_app.core import errors

translate = QCoreApplication.translate


def describe(error: BaseException) -> str:
    """One or two sentences a facilitator can act on; never a traceback."""
    if isinstance(error, errors.ProjectFileError):
        return _file_message(error).replace("%1", error.path.name)
    if isinstance(error, errors.DialogAppError):
        return str(error)
    return translate("ErrorText", "Something unexpected went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


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
    if isinstance(error, errors.DamagedProjectError):
        return translate(
            "ErrorText",
            "“%1” is damaged and cannot be opened. Use a backup copy, or ask for help; "
            "the file was not changed.",
        )
    if isinstance(error, errors.ProjectLockedError):
        return translate("ErrorText", "“%1” is busy in another program. Close it there and try again.")
    if isinstance(error, errors.ProjectAccessError):
        return translate(
            "ErrorText",
            "“%1” could not be read or written. Check that the drive is connected, "
            "that there is free space and that you may write there.",
        )
    return translate("ErrorText", "“%1” cannot be used as a project.")
