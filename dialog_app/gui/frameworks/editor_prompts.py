"""The framework editor's small questions (a name, a theme to merge into), behind functions that
tests replace so that nothing blocks."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The text typed, stripped; None when cancelled or left empty."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    value = value.strip()
    return value if ok and value else None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[tuple[str, Any]]) -> Any:
    """The value of the choice picked from ``(text, value)`` pairs; None when cancelled."""
    texts = [text for text, _value in choices]
    picked, ok = QInputDialog.getItem(parent, title, label, texts, 0, False)
    return choices[texts.index(picked)][1] if ok and picked in texts else None
