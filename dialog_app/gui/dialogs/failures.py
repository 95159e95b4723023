"""How a failure reaches the user: an expected one in a box, in words; an unexpected one in the calm
crash dialog, logged. Apart from the plain boxes (messages.py), which the crash dialog uses too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dialog_app.core.errors import DialogAppError
from dialog_app.gui import error_text, unexpected
from dialog_app.gui.dialogs import messages


def show_error(parent: QWidget | None, error: BaseException, lead: str = "") -> None:
    """``lead`` says what the failure meant here ("The note was not saved ..."), before the reason."""
    if isinstance(error, DialogAppError):
        messages.warn(parent, " ".join(part for part in (lead, error_text.describe(error)) if part))
    else:
        unexpected.report(error, parent, lead)
