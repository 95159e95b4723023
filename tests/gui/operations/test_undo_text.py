"""Every undoable action is named in the Edit menu, in English and in Swedish: no vague fallback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from dialog_app.core.history import Action, Step
from dialog_app.core.paths import resources_dir
from dialog_app.gui.operations import undo_text


def translated(qapp, language: str, action: Action, count: int) -> str:
    """The phrase with only ``language``'s translation file installed."""
    translator = QTranslator()
    assert translator.load(f"dialog_app_{language}", str(resources_dir() / "translations"))
    qapp.installTranslator(translator)
    try:
        return undo_text.describe(Step(action, count, lambda: None, lambda: None))
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_an_english_phrase_with_its_plural_chosen(qapp, action):
    one, three = translated(qapp, "en", action, 1), translated(qapp, "en", action, 3)
    assert one.strip() and "%n" not in one + three and "(s)" not in one + three


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_a_swedish_phrase(qapp, action):
    swedish, english = translated(qapp, "sv", action, 3), translated(qapp, "en", action, 3)
    assert swedish.strip() and swedish != english, f"{action}: no Swedish phrase"
