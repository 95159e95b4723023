"""Message boxes, behind two functions so that tests can replace them and never block."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dialog_app.core.errors import DialogAppError
from dialog_app.gui import error_text, unexpected


def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "dialog_app", text)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "dialog_app", text)


def show_error(parent: QWidget | None, error: BaseException, lead: str = "") -> None:
    """An expected failure in a box, in words; an unexpected one in the calm crash dialog (logged).

    ``lead`` says what the failure meant here ("The note was not saved ..."), before the reason.
    """
    if isinstance(error, DialogAppError):
        warn(parent, " ".join(part for part in (lead, error_text.describe(error)) if part))
    else:
        unexpected.report(error, parent, lead)


def confirm(parent: QWidget | None, text: str) -> bool:
    """A yes/no question; No is the default, so a stray Enter changes nothing."""
    answer = QMessageBox.question(parent, "dialog_app", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
