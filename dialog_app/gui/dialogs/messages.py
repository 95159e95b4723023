"""Plain message boxes, behind small functions so that tests can replace them and never block."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "dialog_app", text)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "dialog_app", text)


def confirm(parent: QWidget | None, text: str) -> bool:
    """A yes/no question; No is the default, so a stray Enter changes nothing."""
    answer = QMessageBox.question(parent, "dialog_app", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
