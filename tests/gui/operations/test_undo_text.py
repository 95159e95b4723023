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


def test_a_refused_undo_of_a_new_dialogue_is_said_in_both_languages(qapp):
    # given: undoing a new dialogue was refused because notes were captured in it
    from dialog_app.core.errors import DialogueHasNotesError
    from dialog_app.gui import error_text

    def said(language: str, count: int) -> str:
        translator = QTranslator()
        assert translator.load(f"dialog_app_{language}", str(resources_dir() / "translations"))
        qapp.installTranslator(translator)
        try:
            return error_text.describe(DialogueHasNotesError(count))
        finally:
            qapp.removeTranslator(translator)

    # then: the reason in words, with the count and its plural, never the core's English
    assert "it holds 1 note," in said("en", 1) and "it holds 3 notes," in said("en", 3)
    assert "innehåller 1 anteckning," in said("sv", 1) and "innehåller 3 anteckningar," in said("sv", 3)
